// The Action's entry point: only calls run() (src/action.ts).
import { run } from './action.js';

await run();
