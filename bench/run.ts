// `npm run bench`: every benchmark with its budget (from the issues). Exit 1 when one is over.
// Timings are wall-clock on this machine; run on an idle machine for the figures quoted in notes.
import { benchCsv } from './csv.js';
import { benchData } from './data.js';
import { benchPerformance } from './performance.js';

type Bench = () => Promise<{ name: string; ms: number; budgetMs: number }>;
const benches: Bench[] = [benchCsv, benchPerformance, benchData];

let over = 0;
for (const b of benches) {
  const r = await b();
  const ok = r.ms <= r.budgetMs;
  if (!ok) over++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${r.name}: ${(r.ms / 1000).toFixed(2)} s (budget ${(r.budgetMs / 1000).toFixed(1)} s)`);
}
process.exit(over > 0 ? 1 : 0);
