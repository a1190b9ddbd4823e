// Runs the built CLI on every scenario folder (base/, current/, truth.json) and scores each
// diagnosis by CONTRACT §7. Prints one line per scenario and the total.
// Usage: node scripts/scenarios.mjs [DIR=../shared/scenarios] [--min N] [--verbose]
// Exit code: 1 when a scenario's run crashed or wrote no report, or the score is below --min.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const minIdx = args.indexOf('--min');
const min = minIdx >= 0 ? Number(args[minIdx + 1]) : 0;
const verbose = args.includes('--verbose');
const dir = args.find((a, i) => !a.startsWith('--') && (minIdx < 0 || i !== minIdx + 1)) ?? '../shared/scenarios';

const SEVERE = new Set(['major', 'critical']);
const COUNTED = new Set(['minor', 'major', 'critical']);

/** Does a numeric bin label like "[1.2, 5)" contain v? */
function binContains(label, v) {
  const m = /^([[(])\s*(-?[\d.e+-]+|-inf|-∞)\s*,\s*(-?[\d.e+-]+|inf|∞)\s*([\])])$/.exec(label);
  if (!m) return false;
  const lo = /inf|∞/.test(m[2]) ? -Infinity : Number(m[2]);
  const hi = /inf|∞/.test(m[3]) ? Infinity : Number(m[3]);
  const x = Number(v);
  if (!Number.isFinite(x)) return false;
  return (m[1] === '[' ? x >= lo : x > lo) && (m[4] === ']' ? x <= hi : x < hi);
}

function matches(f, e) {
  if (f.category !== e.category) return false;
  if (e.feature !== undefined && f.feature !== e.feature) return false;
  if (e.segment) {
    if (!f.segment || f.segment.column !== e.segment.column) return false;
    if (e.segment.value !== undefined && f.segment.value !== e.segment.value && !binContains(String(f.segment.value ?? ''), e.segment.value)) return false;
  }
  return true;
}

export function score(report, truth) {
  const reasons = [];
  if (!truth.verdict.includes(report.verdict)) reasons.push(`verdict ${report.verdict} not in [${truth.verdict}]`);
  // "one of the first 3 findings (report order) of severity minor or higher"
  const first3 = report.findings.slice(0, 3).filter((f) => COUNTED.has(f.severity));
  for (const e of truth.expect ?? []) {
    if (!first3.some((f) => matches(f, e))) reasons.push(`expected ${JSON.stringify(e)} in the first 3 findings`);
  }
  if (truth.forbid_severe && report.findings.some((f) => SEVERE.has(f.severity))) reasons.push('a major/critical finding on a control');
  return reasons;
}

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
  const r = spawnSync(process.execPath, ['dist/cli.js', 'diagnose', '--baseline', join(root, 'base'), '--current', join(root, 'current'), '--out', out, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
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
