import { sweep } from './sweep';

// Every zh-hant page, visited once and judged on all that visit records (tests/sweep/sweep.ts).
sweep('zh-hant');
