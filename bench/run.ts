// `npm run bench:parts`: every part benchmark with its budget (from the issues), each in its own process so
// one benchmark's heap does not slow the next. Exit 1 when one is over budget.
// Timings are wall-clock on this 2-core machine; quote figures measured while it is otherwise idle.
import { execFileSync } from 'node:child_process';

const benches = ['bench/csv.ts', 'bench/performance.ts', 'bench/data.ts'];
let over = 0;
for (const file of benches) {
  const out = execFileSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8' }).trim();
  // Each prints "<name>: <seconds> s (budget <seconds> s)" or "<name>: <seconds> s".
  const m = /:\s*([\d.]+) s(?: \(budget ([\d.]+) s\))?\s*$/.exec(out.split('\n').pop() ?? '');
  const budget = { 'bench/csv.ts': 4, 'bench/performance.ts': 2, 'bench/data.ts': 3 }[file]!;
  const secs = m ? Number(m[1]) : NaN;
  const ok = secs <= budget;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${out.split('\n').pop()}${m && m[2] ? '' : ` (budget ${budget.toFixed(1)} s)`}`);
}
process.exit(over > 0 ? 1 : 0);
