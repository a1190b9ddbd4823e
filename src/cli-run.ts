// The `ml-doctor` command itself, loaded by the entry (src/cli.ts). A module of its own, and a
// bundle of its own (dist/cli-run.js), so that the entry starts a large review's parse worker
// before the whole program is parsed (cli/early-worker.ts).
import { runCli } from './cli/main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY,
});
