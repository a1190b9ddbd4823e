// Benchmark: parse a 1M-row × 24-column eval CSV (≈140 MB) into columns.
import { parseCsv } from '../src/artifacts/csv.js';
import { createRng } from '../src/analysis/stats/rng.js';

export function makeCsv(rows: number, numeric: number, categorical: number): string {
  const rng = createRng(1);
  const header = ['id', 'label', 'pred', 'score', ...Array.from({ length: numeric }, (_, i) => `x${i}`), ...Array.from({ length: categorical }, (_, i) => `c${i}`)];
  const cats = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
  const parts: string[] = [header.join(',')];
  for (let r = 0; r < rows; r++) {
    const line: string[] = [String(r), rng() < 0.3 ? '1' : '0', rng() < 0.3 ? '1' : '0', rng().toFixed(6)];
    for (let j = 0; j < numeric; j++) line.push((rng() * 1000).toFixed(4));
    for (let j = 0; j < categorical; j++) line.push(cats[Math.floor(rng() * cats.length)]!);
    parts.push(line.join(','));
  }
  return parts.join('\n') + '\n';
}

export function benchCsv(): Promise<{ name: string; ms: number; budgetMs: number }> {
  const text = makeCsv(1_000_000, 15, 5);
  const t0 = performance.now();
  const t = parseCsv('bench.csv', text);
  const ms = performance.now() - t0;
  if (t.nRows !== 1_000_000 || t.columns.length !== 24) throw new Error('bench: wrong shape');
  return Promise.resolve({ name: `csv parse: 1000000 rows x 24 columns (${(text.length / 1e6).toFixed(0)} MB)`, ms, budgetMs: 4000 });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchCsv();
  console.log(`${r.name}: ${(r.ms / 1000).toFixed(2)} s (budget ${(r.budgetMs / 1000).toFixed(1)} s)`);
}
