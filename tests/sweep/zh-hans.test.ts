import { sweep } from './sweep';

// Every zh-hans page, and the language chooser and the 404 page outside the locales, visited once
// and judged on all that visit records (tests/sweep/sweep.ts).
sweep('zh-hans');
