// Runs the built CLI on every scenario folder (base/, current/, truth.json) and scores each
// diagnosis by CONTRACT §7. Prints one line per scenario and the total.
// Usage: node scripts/scenarios.mjs [DIR=../shared/scenarios] [--min N] [--verbose]
// Exit code: 1 when a scenario's run crashed or wrote no report, or the score is below --min.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { score } from './score.mjs';

const args = process.argv.slice(2);
const minIdx = args.indexOf('--min');
const min = minIdx >= 0 ? Number(args[minIdx + 1]) : 0;
const verbose = args.includes('--verbose');
const dir = args.find((a, i) => !a.startsWith('--') && (minIdx < 0 || i !== minIdx + 1)) ?? '../shared/scenarios';

const names = existsSync(dir) ? readdirSync(dir).filter((n) => existsSync(join(dir, n, 'truth.json'))).sort() : [];
if (names.length === 0) {
  console.log(`no scenarios under ${dir}`);
  process.exit(0);
}
let ok = 0;
let crashed = 0;
const started = Date.now();
for (const name of names) {
  const root = join(dir, name);
  const truth = JSON.parse(readFileSync(join(root, 'truth.json'), 'utf8'));
  const out = mkdtempSync(join(tmpdir(), 'mld-scn-'));
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['dist/cli.js', 'diagnose', '--baseline', join(root, 'base'), '--current', join(root, 'current'), '--out', out, '--format', 'json', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Date.now() - t0;
  if (r.status === 2 || !existsSync(join(out, 'report.json'))) {
    crashed++;
    console.log(`FAIL ${name}: exit ${r.status}: ${(r.stderr || '').trim().split('\n')[0]}`);
    rmSync(out, { recursive: true, force: true });
    continue;
  }
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  const reasons = score(report, truth);
  const top = report.findings.slice(0, 3).map((f) => `${f.category}${f.feature ? `(${f.feature})` : ''}${f.segment ? `[${f.segment.column}=${f.segment.value ?? ''}]` : ''}:${f.severity}`).join(', ');
  if (reasons.length === 0) ok++;
  console.log(`${reasons.length === 0 ? 'ok  ' : 'FAIL'} ${name} (${ms} ms) verdict=${report.verdict} top: ${top || '—'}${reasons.length ? `\n       ${reasons.join('\n       ')}` : ''}`);
  if (verbose) for (const f of report.findings) console.log(`       ${f.id} ${f.severity} ${f.category} ${f.title}`);
}
console.log(`scenarios: ${ok}/${names.length} right (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(crashed > 0 || ok < min ? 1 : 0);
