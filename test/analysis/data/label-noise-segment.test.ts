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
