#!/usr/bin/env node
// The `ml-doctor` command's entry. A large review first restarts itself once with huge pages for
// malloc (src/cli/huge-pages.ts, decision 0022); this file stays small so that the decision is
// made before the program (src/cli-run.ts, bundled apart) is loaded.
import { hostFacts, tableBytes } from './cli/host-facts.js';
import { loadFacts, startEarlyWorker, wantsEarlyWorker } from './cli/early-worker.js';
import { hugePagesRelaunch } from './cli/huge-pages.js';
import { applyV8Flags } from './v8-flags.js';

// Before anything runs hot (decision 0029).
applyV8Flags();
const argv = process.argv.slice(2);
const env = process.platform === 'linux' ? hugePagesRelaunch(argv, hostFacts()) : null;
if (env) {
  const execve = (process as unknown as { execve: (file: string, args: string[], env: Record<string, string>) => never }).execve;
  try {
    execve(process.execPath, [process.execPath, ...process.execArgv, process.argv[1]!, ...argv], env);
  } catch {
    // The restart is an optimisation: when it cannot happen, the review runs here.
  }
}
// A large review parses one of its tables on another core: that worker starts now, beside the
// loading of the program (cli/early-worker.ts).
if (wantsEarlyWorker(argv, { tableBytes, ...loadFacts() })) startEarlyWorker(new URL('./parse-worker.js', import.meta.url));
await import('./cli-run.js');
