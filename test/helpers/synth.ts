// Small synthetic runs for behaviour tests: a binary classifier's eval table, training logs and
// params, with one knob per fault. Seeded, so every case is the same on every machine.
import { createRng } from '../../src/analysis/stats/rng.js';

export interface EvalRow {
  id: number;
  label: number;
  score: number;
  x1: number | null;
  x2: number | null;
  plan: string;
  gender: string;
}

const normal = (r: () => number) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** A baseline eval set: label depends on x1, x2 and plan; the score is a good model's probability. */
export function baseRows(n = 3000, seed = 1): EvalRow[] {
  const r = createRng(seed);
  const rows: EvalRow[] = [];
  for (let i = 0; i < n; i++) {
    const x1 = normal(r);
    const x2 = 50 + 10 * normal(r);
    const plan = ['basic', 'plus', 'pro'][Math.floor(r() * 3)]!;
    const gender = r() < 0.5 ? 'F' : 'M';
    const z = 1.6 * x1 + 0.08 * (x2 - 50) + (plan === 'pro' ? 0.8 : plan === 'basic' ? -0.6 : 0);
    const p = sigmoid(z);
    const label = r() < p ? 1 : 0;
    rows.push({ id: i + 1, label, score: p, x1, x2, plan, gender });
  }
  return rows;
}

/** Re-scores rows with a slightly different model (seed noise): the control. */
export function jitter(rows: EvalRow[], seed = 2, sd = 0.05): EvalRow[] {
  const r = createRng(seed);
  return rows.map((row) => ({ ...row, score: sigmoid(Math.log(row.score / (1 - row.score)) + sd * normal(r)) }));
}

export function modelScore(row: Pick<EvalRow, 'x1' | 'x2' | 'plan'>): number {
  const x1 = row.x1 ?? 0;
  const x2 = row.x2 ?? 50;
  return sigmoid(1.6 * x1 + 0.08 * (x2 - 50) + (row.plan === 'pro' ? 0.8 : row.plan === 'basic' ? -0.6 : 0));
}

/** The eval table; `threshold` is the decision rule that turns a score into `pred`. */
export function evalCsv(rows: EvalRow[], threshold = 0.5): string {
  const f = (v: number | null) => (v === null ? '' : String(Number(v.toFixed(6))));
  return (
    'id,label,pred,score,x1,x2,plan,gender\n' +
    rows.map((r) => `${r.id},${r.label},${r.score >= threshold ? 1 : 0},${f(r.score)},${f(r.x1)},${f(r.x2)},${r.plan},${r.gender}`).join('\n') +
    '\n'
  );
}

export function trainSampleCsv(rows: EvalRow[]): string {
  const f = (v: number | null) => (v === null ? '' : String(Number(v.toFixed(6))));
  return 'id,label,x1,x2,plan,gender\n' + rows.map((r) => `${r.id},${r.label},${f(r.x1)},${f(r.x2)},${r.plan},${r.gender}`).join('\n') + '\n';
}

export interface LogShape {
  epochs?: number;
  lr?: number;
  /** Validation loss rises after this epoch (overfitting). */
  overfitFrom?: number;
  /** Multiplies the decay time constant (underfitting: slower, higher losses). */
  slow?: number;
  /** From this epoch the losses blow up (instability / lr too high). */
  divergeFrom?: number;
  /** Epochs whose train loss is NaN. */
  nanAt?: number[];
  seed?: number;
}

export function trainLogCsv(s: LogShape = {}): string {
  const r = createRng(s.seed ?? 5);
  const epochs = s.epochs ?? 30;
  const lr = s.lr ?? 0.01;
  const tau = 5 * (s.slow ?? 1);
  const lines = ['epoch,train_loss,val_loss,lr,grad_norm'];
  for (let e = 1; e <= epochs; e++) {
    let t = 0.25 + 0.45 * Math.exp(-e / tau) + 0.002 * normal(r);
    let v = 0.3 + 0.4 * Math.exp(-e / tau) + 0.003 * normal(r);
    let g = 0.5 * Math.exp(-e / 10) + 0.1 + 0.01 * normal(r);
    if (s.overfitFrom !== undefined && e > s.overfitFrom) {
      t -= 0.006 * (e - s.overfitFrom);
      v += 0.012 * (e - s.overfitFrom);
    }
    if (s.divergeFrom !== undefined && e >= s.divergeFrom) {
      const k = e - s.divergeFrom + 1;
      t = t * Math.pow(3, k) * (1 + 0.3 * Math.sin(k));
      v = v * Math.pow(3, k) * (1 + 0.3 * Math.cos(k));
      g = g * Math.pow(4, k);
    }
    const tl = s.nanAt?.includes(e) ? 'NaN' : String(Number(t.toFixed(6)));
    lines.push(`${e},${tl},${Number(v.toFixed(6))},${lr},${Number(g.toFixed(6))}`);
  }
  return lines.join('\n') + '\n';
}

export function paramsYaml(p: { lr?: number; epochs?: number; weightDecay?: number; seed?: number; threshold?: number; calibration?: string } = {}): string {
  return [
    `seed: ${p.seed ?? 1}`,
    `optimizer: { name: sgd, lr: ${p.lr ?? 0.01}, epochs: ${p.epochs ?? 30}, weight_decay: ${p.weightDecay ?? 0.001} }`,
    `threshold: ${p.threshold ?? 0.5}`,
    `calibration: { method: ${p.calibration ?? 'temperature'} }`,
    '',
  ].join('\n');
}

export { normal, sigmoid };
