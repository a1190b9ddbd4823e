import { describe, expect, it } from 'vitest';
import { byCategory, cloneWorld, gen, makeWorld, run, worldView, type World } from './helpers.js';

/** Flips the labels of a random `share` of the rows that satisfy `where` (binary labels). */
function flipLabels(w: World, where: (i: number) => boolean, share: number, seed: number): World {
  const g = gen(seed);
  const out = cloneWorld(w);
  w.labels.forEach((y, i) => {
    if (where(i) && g.u() < share) out.labels[i] = 1 - y;
  });
  return out;
}

/** A `branch` column nested in region: east splits into e1 and e2, every other region is one branch. */
function branches(w: World): string[] {
  return w.region.map((r, i) => (r === 'east' ? (i % 2 === 0 ? 'e1' : 'e2') : `${r}-main`));
}

function view(w: World, branch: string[]) {
  return worldView(w, {
    features: { age: w.age, income: w.income, region: w.region, plan: w.plan, branch },
    segments: ['region', 'plan', 'branch'],
  });
}

describe('label-noise segment: evidence and share of the anomaly covered', () => {
  it('names the segment that holds the noise, not a denser subset nested inside it', () => {
    const base = makeWorld(61, 6000);
    const branch = branches(base);
    // All of east is relabelled badly; its e1 half a little worse than its e2 half.
    const cur = flipLabels(base, (i) => base.region[i] === 'east', 0, 62);
    const noisy = flipLabels(cur, (i) => branch[i] === 'e1', 0.35, 63);
    const both = flipLabels(noisy, (i) => branch[i] === 'e2', 0.25, 64);
    const { analysis, signals } = run(view(base, branch), view(both, branch));
    const ln = analysis.labelNoise!;
    const e1 = ln.segments.find((s) => s.column === 'branch' && s.value === 'e1')!;
    const east = ln.segments.find((s) => s.column === 'region' && s.value === 'east')!;
    // The subset has the larger rate difference: the old rule picked it.
    expect(e1.changed / e1.nCur).toBeGreaterThan(east.changed / east.nCur);
    expect(ln.segment).toMatchObject({ column: 'region', value: 'east' });
    expect(ln.segment!.coverage!).toBeGreaterThan(0.9);
    const signal = byCategory(signals, 'label_noise')[0]!;
    expect(signal.segment).toEqual({ column: 'region', value: 'east' });
    expect(signal.details['segment_coverage']).toBe(ln.segment!.coverage);
  });

  it('names the subset when the noise sits in it alone (the parent covers no more of it)', () => {
    const base = makeWorld(65, 6000);
    const branch = branches(base);
    const cur = flipLabels(base, (i) => branch[i] === 'e1', 0.35, 66);
    const { analysis } = run(view(base, branch), view(cur, branch));
    expect(analysis.labelNoise!.segment).toMatchObject({ column: 'branch', value: 'e1' });
  });
});

describe('label-noise segment on a feature that is not a segment column', () => {
  /** A party-id code 0…6 written as a number, as survey data has it. */
  const codes = (w: World) => w.age.map((_, i) => (i * 7919) % 7);

  it('names the value of a numeric code column (pid=5), as the performance segments do', () => {
    const base = makeWorld(71, 6000);
    const pid = codes(base);
    const cur = flipLabels(base, (i) => pid[i] === 5, 0.3, 72);
    const v = (w: World) => worldView(w, { features: { age: w.age, income: w.income, region: w.region, plan: w.plan, pid } });
    const { analysis, signals } = run(v(base), v(cur));
    expect(analysis.labelNoise!.segment).toMatchObject({ column: 'pid', value: '5' });
    expect(byCategory(signals, 'label_noise')[0]!.segment).toEqual({ column: 'pid', value: '5' });
  });

  it('names the range of a continuous feature that holds the noise', () => {
    const base = makeWorld(73, 6000);
    const sorted = [...base.income].sort((a, b) => a - b);
    const q80 = sorted[Math.floor(0.8 * sorted.length)]!;
    const cur = flipLabels(base, (i) => base.income[i]! >= q80, 0.3, 74);
    const { analysis } = run(worldView(base), worldView(cur));
    const seg = analysis.labelNoise!.segment!;
    expect(seg.column).toBe('income');
    // The top quintile bin `[lo, max]`: its lower edge is at the 80th percentile.
    const lo = Number(/^\[([^,]+),/.exec(seg.value)![1]);
    expect(lo).toBeGreaterThanOrEqual(sorted[Math.floor(0.75 * sorted.length)]!);
    expect(seg.value.endsWith(']')).toBe(true);
  });

  it('names no segment when the noise is spread over all rows', () => {
    const base = makeWorld(75, 6000);
    const pid = codes(base);
    const cur = flipLabels(base, () => true, 0.08, 76);
    const v = (w: World) => worldView(w, { features: { age: w.age, income: w.income, region: w.region, plan: w.plan, pid } });
    const { analysis } = run(v(base), v(cur));
    expect(analysis.labelNoise!.flagged).toBe(true);
    expect(analysis.labelNoise!.segment).toBeNull();
  });
});
