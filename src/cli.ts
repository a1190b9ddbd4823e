#!/usr/bin/env node
// The `ml-doctor` command: a thin entry over runCli (src/cli/main.ts). A large review first
// restarts itself once with huge pages for malloc (src/cli/huge-pages.ts, decision 0022).
import { hostFacts } from './cli/host-facts.js';
import { hugePagesRelaunch } from './cli/huge-pages.js';

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
const { runCli } = await import('./cli/main.js');
process.exitCode = await runCli(argv, {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY,
});
