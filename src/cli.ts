#!/usr/bin/env node
// The `ml-doctor` command: a thin entry over runCli (src/cli/main.ts).
import { runCli } from './cli/main.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY,
});
