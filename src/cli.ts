#!/usr/bin/env node
// The `ml-doctor` command's entry. It stays small, and the program (src/cli-run.ts) is bundled
// apart, so that a large review's parse worker starts before the program is loaded (its start-up
// then overlaps the program's: cli/early-worker.ts). The review runs in this process, with the C
// library's malloc as it is: a restart with huge pages for malloc (decision 0022) was withdrawn
// when it came to cost more than it saved (decision 0041).
import { tableBytes } from './cli/table-bytes.js';
import { startEarlyWorker, wantsEarlyWorker } from './cli/early-worker.js';
import { machineLoad } from './machine-load.js';
import { keepFreedMemory } from './memory.js';

// Before the first large array (decision 0043).
keepFreedMemory();
const argv = process.argv.slice(2);
// A large review parses one of its tables on another core: that worker starts now, beside the
// loading of the program (cli/early-worker.ts).
if (wantsEarlyWorker(argv, { tableBytes, machine: machineLoad })) startEarlyWorker(new URL('./parse-worker.js', import.meta.url));
// V8's flags are set by the program once it is loaded (cli-run.ts, decision 0053).
await import('./cli-run.js');
