import { sweep } from './sweep';

// Every en page, visited once and judged on all that visit records (tests/sweep/sweep.ts).
sweep('en');
