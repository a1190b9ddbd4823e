// The Action's entry point: only calls run() (src/action.ts).
import { run } from './action.js';
import { keepFreedMemory } from './memory.js';
import { applyV8Flags } from './v8-flags.js';

// Before anything runs hot (decision 0029).
applyV8Flags();
// Before the first large array (decision 0043).
keepFreedMemory();
await run();
