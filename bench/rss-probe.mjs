// Preloaded into the benchmarked CLI (`node --import ./bench/rss-probe.mjs dist/cli.js …`): writes
// the process's own peak resident set size (KiB) and its user and system CPU time (µs, all threads),
// from getrusage, to MLD_RSS_FILE when it exits, as three numbers. Portable (no /usr/bin/time), and
// it measures the CLI process alone, not the benchmark harness. The system time is where memory
// the host has taken back shows (first touches of fresh pages: bench/RESULTS.md, twenty-third part).
import { writeFileSync } from 'node:fs';

const file = process.env.MLD_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${u.maxRSS} ${u.userCPUTime} ${u.systemCPUTime}`);
  });
}
