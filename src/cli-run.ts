// The `ml-doctor` command itself, loaded by the entry (src/cli.ts). A module of its own, and a
// bundle of its own (dist/cli-run.js), so that the entry starts a large review's parse worker
// before the whole program is parsed (cli/early-worker.ts).
import { runCli } from './cli/main.js';
import { earlyWorkerStartup } from './cli/early-worker.js';
import { applyV8FlagsAfter, STARTUP_WAIT_MS } from './v8-flags.js';

// V8's flags before anything runs hot (decision 0029), but after the early parse worker's start-up
// (decision 0053): set before it, they would cost that start-up Node's code cache.
applyV8FlagsAfter(earlyWorkerStartup(), STARTUP_WAIT_MS);

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY,
});
