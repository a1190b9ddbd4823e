// Preloaded into the benchmarked CLI (`node --import ./bench/rss-probe.mjs dist/cli.js …`): writes
// the process's own peak resident set size (KiB, from getrusage) to MLD_RSS_FILE when it exits.
// Portable (no /usr/bin/time), and it measures the CLI process alone, not the benchmark harness.
import { writeFileSync } from 'node:fs';

const file = process.env.MLD_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
