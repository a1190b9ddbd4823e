// Deterministic generator of the README demo: a churn classifier whose accuracy fell for
// high-value customers because their usage features drifted (a new streaming bundle in the
// 2026-10 snapshot inflates data usage for most premium accounts; the model, trained on the old
// behaviour, reads heavy usage as "engaged" and stops flagging them as churn risks).
// Run: node examples/churn/generate.mjs   (rewrites baseline/ and current/)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const normal = (r) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const pick = (r, items, weights) => {
  let u = r() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < items.length; i++) if ((u -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
};
const r4 = (v) => Number(v.toFixed(4));

// The "trained model": a fixed logistic regression on the observed features.
function modelScore(x) {
  const z = 0.6 - 0.045 * x.tenure_months + 0.018 * (x.monthly_charges - 60) - 0.09 * x.data_usage_gb - 0.012 * x.calls_per_month + 0.55 * x.support_tickets + (x.contract === 'month-to-month' ? 1.1 : -0.4);
  return sigmoid(z);
}

function makeRows(drift) {
  const r = rng(42);
  const rd = rng(7);
  const rows = [];
  for (let id = 1; id <= 4000; id++) {
    const value_tier = pick(r, ['low', 'mid', 'high'], [0.45, 0.35, 0.2]);
    const region = pick(r, ['north', 'south', 'east', 'west'], [0.3, 0.25, 0.25, 0.2]);
    const contract = pick(r, ['month-to-month', 'one-year', 'two-year'], [0.5, 0.3, 0.2]);
    const tenure_months = Math.max(1, Math.round(30 + 20 * normal(r)));
    const base = { low: 35, mid: 65, high: 105 }[value_tier];
    const monthly_charges = r4(base + 8 * normal(r));
    const engagement = normal(r); // latent: what really keeps customers
    let data_usage_gb = Math.max(0.1, r4(12 + 6 * engagement + 2 * normal(r) + (value_tier === 'high' ? 6 : 0)));
    const calls_per_month = Math.max(0, Math.round(40 + 15 * engagement + 8 * normal(r)));
    const support_tickets = Math.max(0, Math.round(1.2 - 0.8 * engagement + normal(r)));
    const pTrue = modelScore({ tenure_months, monthly_charges, data_usage_gb, calls_per_month, support_tickets, contract });
    const churned = r() < pTrue ? 1 : 0;
    // The drift: in the new snapshot most premium accounts got a streaming bundle that adds usage
    // unrelated to their engagement (the label does not change, the feature does).
    const u = rd();
    if (drift && value_tier === 'high' && u < 0.8) data_usage_gb = r4(data_usage_gb + 18 + 10 * rd());
    const x = { tenure_months, monthly_charges, data_usage_gb, calls_per_month, support_tickets, contract };
    const score = r4(modelScore(x));
    rows.push({ id, label: churned, pred: score >= 0.5 ? 1 : 0, score, ...x, value_tier, region });
  }
  return rows;
}

function csv(rows) {
  const cols = Object.keys(rows[0]);
  return [cols.join(','), ...rows.map((row) => cols.map((c) => row[c]).join(','))].join('\n') + '\n';
}

function metrics(rows) {
  const n = rows.length;
  let tp = 0, fp = 0, fn = 0, correct = 0, ll = 0;
  for (const x of rows) {
    if (x.pred === x.label) correct++;
    if (x.pred === 1 && x.label === 1) tp++;
    if (x.pred === 1 && x.label === 0) fp++;
    if (x.pred === 0 && x.label === 1) fn++;
    const p = Math.min(1 - 1e-15, Math.max(1e-15, x.score));
    ll -= x.label ? Math.log(p) : Math.log(1 - p);
  }
  // AUC by ranks (ties averaged).
  const sorted = [...rows].sort((a, b) => a.score - b.score);
  let rankSum = 0, nPos = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].score === sorted[i].score) j++;
    const avg = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (sorted[k].label === 1) { rankSum += avg; nPos++; }
    i = j;
  }
  const nNeg = n - nPos;
  const auc = (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
  const precision = tp / (tp + fp), recall = tp / (tp + fn);
  return { test: { accuracy: r4(correct / n), precision: r4(precision), recall: r4(recall), f1: r4((2 * precision * recall) / (precision + recall)), auc: r4(auc), log_loss: r4(ll / n) }, data: { n_test: n } };
}

function trainLog() {
  const r = rng(3);
  const lines = ['epoch,train_loss,val_loss,lr,grad_norm'];
  for (let e = 1; e <= 20; e++) {
    const t = 0.42 + 0.25 * Math.exp(-e / 4) + 0.003 * normal(r);
    const v = 0.45 + 0.22 * Math.exp(-e / 4) + 0.004 * normal(r);
    lines.push(`${e},${r4(t)},${r4(v)},0.01,${r4(0.8 * Math.exp(-e / 8) + 0.05)}`);
  }
  return lines.join('\n') + '\n';
}

function write(dir, snapshot, rows) {
  mkdirSync(join(dir, 'eval'), { recursive: true });
  writeFileSync(join(dir, 'eval/predictions.csv'), csv(rows));
  writeFileSync(join(dir, 'metrics.json'), JSON.stringify(metrics(rows), null, 2) + '\n');
  writeFileSync(join(dir, 'train_log.csv'), trainLog());
  writeFileSync(
    join(dir, 'params.yaml'),
    `seed: 1\ndata:\n  snapshot: ${snapshot}\n  label: churned\nmodel: { type: logistic_regression, C: 1.0 }\noptimizer: { lr: 0.01, epochs: 20 }\n`,
  );
}

write(join(here, 'baseline'), '2026-07', makeRows(false));
write(join(here, 'current'), '2026-10', makeRows(true));
console.log('wrote examples/churn/baseline and examples/churn/current');
