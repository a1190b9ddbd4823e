// The diagnosis benchmark: randomized faults on real data, scored by CONTRACT §7.
//
// Generates cases with bench/diagnosis/generate.py (real datasets, really trained models, one
// injected fault or a control each) into a temporary directory, runs the built CLI on each the way a
// user does (`node dist/cli.js diagnose …`), and tabulates per category, task, family and control
// kind: cases, right (expected findings in the top 3), found anywhere, median rank, false alarms,
// and the smallest effect found in 80 % of cases (power by magnitude).
//
// Usage: node bench/diagnosis/run.mjs [--quick] [--cases N] [--seed S] [--jobs J] [--out FILE] [--keep DIR [--reuse]]
//   --quick   the CI size (bench/diagnosis/floor.json names its seed and size) and its floor:
//             exits 1 when the score falls under the floor or a run crashes.
//   --keep    generate into DIR and leave it there; with --reuse, score the cases already in DIR.
//   default   the full run (400 cases) written to bench/DIAGNOSIS.md.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout, clearTimeout } from 'node:timers';
import { COUNTED, SEVERE, matches, score } from '../../scripts/score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const quick = args.includes('--quick');
const floor = JSON.parse(readFileSync(join(here, 'floor.json'), 'utf8'));
const seed = Number(flag('--seed', quick ? floor.quick.seed : floor.full.seed));
const ncases = Number(flag('--cases', quick ? floor.quick.cases : floor.full.cases));
const jobs = Number(flag('--jobs', Math.max(1, cpus().length)));
const outFile = flag('--out', quick ? null : join(root, 'bench/DIAGNOSIS.md'));
const keep = flag('--keep', null);
const DIAGNOSE_TIMEOUT_MS = 180_000; // a 100k-row pair takes seconds; minutes means a hang

function findPython() {
  for (const py of ['python3', '/usr/bin/python3']) {
    const r = spawnSync(py, ['-c', 'import sklearn, scipy, pandas, statsmodels, yaml'], { encoding: 'utf8' });
    if (r.status === 0) return py;
  }
  console.error('bench:diagnosis needs python3 with scikit-learn, scipy, pandas, statsmodels and yaml (apt-get install -y python3-sklearn python3-scipy python3-pandas python3-statsmodels python3-yaml)');
  process.exit(2);
}

const vega = join(root, 'node_modules/vega-datasets/data');
if (!existsSync(vega)) {
  console.error('bench:diagnosis needs the vega-datasets package (npm ci)');
  process.exit(2);
}
if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('bench:diagnosis runs dist/cli.js: npm run build first');
  process.exit(2);
}

const work = keep ?? mkdtempSync(join(tmpdir(), 'mld-diag-'));
const started = Date.now();
console.error(`generating ${ncases} cases (seed ${seed}) into ${work} …`);
const reuse = args.includes('--reuse') && keep !== null && existsSync(keep);
const gen = reuse ? { status: 0, stdout: readFileSync(join(keep, 'generation.json'), 'utf8') } : spawnSync(findPython(), [join(here, 'generate.py'), '--seed', String(seed), '--cases', String(ncases), '--out', work, '--vega', vega, '--jobs', String(jobs)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (gen.status !== 0) {
  console.error(`generator failed (exit ${gen.status})`);
  process.exit(2);
}
const genSummary = JSON.parse(gen.stdout.trim().split('\n').pop());
const genSeconds = (Date.now() - started) / 1000;
console.error(`generated ${genSummary.cases} cases in ${genSeconds.toFixed(0)} s (${genSummary.regenerated} regenerated attempts)${genSummary.unbuildable?.length ? `; unbuildable: ${genSummary.unbuildable.join(', ')}` : ''}`);

function diagnose(name) {
  const dir = join(work, name);
  // Each run writes its report into a directory of its own: two benchmarks (say, two commits
  // compared on one case set) may read the same cases at once.
  const out = mkdtempSync(join(tmpdir(), 'mld-diag-out-'));
  const cli = ['dist/cli.js', 'diagnose', '--baseline', join(dir, 'base'), '--current', join(dir, 'current'), '--out', out, '--format', 'json', '--quiet'];
  if (existsSync(join(dir, 'ml-doctor.yml'))) cli.push('--config', join(dir, 'ml-doctor.yml'));
  return new Promise((res) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, cli, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    // error lines name the case's files relative to the case set, not this machine's temp path
    child.stderr.on('data', (d) => (err += String(d).replaceAll(`${work}/`, '')));
    const timer = setTimeout(() => child.kill('SIGKILL'), DIAGNOSE_TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const ms = Date.now() - t0;
      const file = join(out, 'report.json');
      const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
      rmSync(out, { recursive: true, force: true });
      // exit 2 is the CLI refusing an input (a wrong diagnosis of that case); anything else without a
      // report is a crash or a hang of the tool
      if (code === 2) return res({ name, refused: `exit 2: ${err.trim().split('\n')[0] ?? ''}`.slice(0, 200), ms });
      if (!report) return res({ name, crashed: `exit ${code}: ${err.trim().split('\n')[0] ?? ''}`.slice(0, 200), ms });
      res({ name, report, ms });
    });
  });
}

const names = readdirSync(work).filter((n) => existsSync(join(work, n, 'truth.json'))).sort();
const results = [];
let next = 0;
await Promise.all(Array.from({ length: jobs }, async () => {
  while (next < names.length) {
    const name = names[next++];
    const r = await diagnose(name);
    r.truth = JSON.parse(readFileSync(join(work, name, 'truth.json'), 'utf8'));
    results.push(r);
    if (results.length % 25 === 0) console.error(`diagnosed ${results.length}/${names.length}`);
  }
}));
results.sort((a, b) => a.name.localeCompare(b.name));
const seconds = (Date.now() - started) / 1000;

// ---------------------------------------------------------------- scoring
for (const r of results) {
  const t = r.truth;
  r.kind = t.bench.kind;
  r.family = t.bench.family;
  r.category = r.kind === 'fault' ? t.root_cause_category : null;
  r.effect = t.bench.effect;
  if (r.crashed || r.refused) {
    r.right = false;
    r.found = false;
    r.rank = null;
    r.falseAlarm = r.kind === 'control';
    r.reasons = [r.crashed ?? r.refused];
    continue;
  }
  r.reasons = score(r.report, t);
  r.right = r.reasons.length === 0;
  const root = t.expect[0];
  const counted = r.report.findings.filter((f) => COUNTED.has(f.severity));
  const idx = root ? counted.findIndex((f) => matches(f, root)) : -1;
  r.found = idx >= 0;
  r.rank = idx >= 0 ? r.report.findings.indexOf(counted[idx]) + 1 : null;
  r.falseAlarm = r.kind === 'control' && r.report.findings.some((f) => SEVERE.has(f.severity));
  r.top = r.report.findings.slice(0, 3).map((f) => `${f.category}${f.feature ? `(${f.feature})` : ''}${f.segment ? `[${f.segment.column}=${f.segment.value ?? ''}]` : ''}:${f.severity}`).join(', ');
}

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)} %`);
const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length === 0 ? '—' : String(s[Math.floor((s.length - 1) / 2)]);
};
/** Smallest effect m such that ≥ 80 % of the cases with effect ≥ m are right (a power curve read at 80 %). */
function power80(rs) {
  const xs = rs.filter((r) => typeof r.effect === 'number').sort((a, b) => a.effect - b.effect);
  for (let i = 0; i < xs.length; i++) {
    const tail = xs.slice(i);
    if (tail.length >= 2 && tail.filter((r) => r.right).length >= 0.8 * tail.length) return `${Number(xs[i].effect.toPrecision(3))} (${tail.length} cases ≥ it)`;
  }
  return 'not reached';
}
function row(label, rs) {
  return `| ${label} | ${rs.length} | ${rs.filter((r) => r.right).length} (${pct(rs.filter((r) => r.right).length, rs.length)}) | ${pct(rs.filter((r) => r.found).length, rs.length)} | ${median(rs.map((r) => r.rank))} |`;
}
const group = (rs, key) => {
  const m = new Map();
  for (const r of rs) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return [...m.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
};

const faults = results.filter((r) => r.kind === 'fault');
const controls = results.filter((r) => r.kind === 'control');
const rightRate = faults.filter((r) => r.right).length / Math.max(1, faults.length);
const falseAlarmRate = controls.filter((r) => r.falseAlarm).length / Math.max(1, controls.length);
const crashed = results.filter((r) => r.crashed);
const refused = results.filter((r) => r.refused);
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();

const L = [];
L.push(`# Diagnosis benchmark${quick ? ' (quick)' : ''}`);
L.push('');
L.push(`Machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}. Commit ${commit}. Seed ${seed}, ${results.length} cases (${faults.length} faults, ${controls.length} controls) over ${new Set(results.map((r) => r.truth.dataset)).size} datasets; ${genSummary.regenerated} generation attempts were rejected by their own effect check and regenerated${genSummary.unbuildable?.length ? ` (${genSummary.unbuildable.length} case(s) found no valid draw: ${genSummary.unbuildable.join(', ')})` : ''}. ${reuse ? `Diagnosis wall ${seconds.toFixed(0)} s (the cases were generated beforehand with --keep and reused).` : `Wall ${seconds.toFixed(0)} s (generation ${genSeconds.toFixed(0)} s).`}`);
L.push('');
L.push(`Generated by \`npm run bench:diagnosis\` (bench/diagnosis/). Right = CONTRACT §7 (verdict allowed, every expected finding among the first 3 of severity ≥ minor); found = the root-cause expectation anywhere in the findings (severity ≥ minor); rank = its position. A control is a false alarm when it raises a major or critical finding.`);
L.push('');
L.push(`**Faults right: ${faults.filter((r) => r.right).length}/${faults.length} (${pct(faults.filter((r) => r.right).length, faults.length)}). Controls with a major/critical finding: ${controls.filter((r) => r.falseAlarm).length}/${controls.length} (${pct(controls.filter((r) => r.falseAlarm).length, controls.length)}).**${refused.length ? ` Refused as an input error (exit 2): ${refused.length}.` : ''}${crashed.length ? ` Crashed, hung or no report: ${crashed.length}.` : ''}`);
L.push('');
L.push('## Per category (CONTRACT §6)');
L.push('');
L.push('| category | cases | right | found anywhere | median rank |');
L.push('|---|---|---|---|---|');
for (const [k, rs] of group(faults, (r) => r.category)) L.push(row(k, rs));
L.push('');
L.push('## Per task');
L.push('');
L.push('| task | cases | right | found anywhere | median rank |');
L.push('|---|---|---|---|---|');
for (const [k, rs] of group(faults, (r) => r.truth.task)) L.push(row(k, rs));
L.push('');
L.push('## Per fault family, with power by magnitude');
L.push('');
L.push('| family | category | cases | right | found anywhere | median rank | effect measure | smallest effect right in 80 % |');
L.push('|---|---|---|---|---|---|---|---|');
for (const [k, rs] of group(faults, (r) => r.family)) {
  const base = row(k, rs).split(' | ');
  L.push(`| ${k} | ${rs[0].category} | ${base.slice(1).join(' | ').replace(/ \|$/, '')} | ${rs[0].truth.bench.effect_name} | ${power80(rs)} |`);
}
L.push('');
L.push('## Controls');
L.push('');
L.push('| control | cases | major/critical finding | verdict not pass |');
L.push('|---|---|---|---|');
for (const [k, rs] of group(controls, (r) => r.family)) L.push(`| ${k} | ${rs.length} | ${rs.filter((r) => r.falseAlarm).length} (${pct(rs.filter((r) => r.falseAlarm).length, rs.length)}) | ${rs.filter((r) => r.report && r.report.verdict !== 'pass').length} |`);
L.push('');
L.push('## Per dataset');
L.push('');
L.push('| dataset | faults | right | controls | false alarms |');
L.push('|---|---|---|---|---|');
for (const [k, rs] of group(results, (r) => r.truth.dataset)) {
  const f = rs.filter((r) => r.kind === 'fault');
  const c = rs.filter((r) => r.kind === 'control');
  L.push(`| ${k} | ${f.length} | ${pct(f.filter((r) => r.right).length, f.length)} | ${c.length} | ${c.filter((r) => r.falseAlarm).length} |`);
}
L.push('');
L.push('<details><summary>Every case that was wrong</summary>');
L.push('');
for (const r of results.filter((x) => !x.right || x.falseAlarm)) L.push(`- \`${r.name}\` — ${r.truth.change.replace(/\|/g, '/')} → top: ${r.top ?? '—'}; ${r.reasons.join('; ')}`);
L.push('');
L.push('</details>');
const md = L.join('\n') + '\n';
process.stdout.write(md);
if (outFile) writeFileSync(outFile, md);
if (!keep) rmSync(work, { recursive: true, force: true });

if (quick) {
  const { minRight, maxFalseAlarm } = floor.quick;
  const bad = [];
  if (crashed.length) bad.push(`${crashed.length} run(s) crashed`);
  if (rightRate < minRight) bad.push(`faults right ${(100 * rightRate).toFixed(1)} % < floor ${(100 * minRight).toFixed(0)} %`);
  if (falseAlarmRate > maxFalseAlarm) bad.push(`control false alarms ${(100 * falseAlarmRate).toFixed(1)} % > ceiling ${(100 * maxFalseAlarm).toFixed(0)} %`);
  if (bad.length) {
    console.error(`bench:diagnosis --quick FAILED: ${bad.join('; ')}`);
    process.exit(1);
  }
  console.error(`bench:diagnosis --quick ok: faults right ${(100 * rightRate).toFixed(1)} % (floor ${(100 * minRight).toFixed(0)} %), control false alarms ${(100 * falseAlarmRate).toFixed(1)} % (ceiling ${(100 * maxFalseAlarm).toFixed(0)} %)`);
}
