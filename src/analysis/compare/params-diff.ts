/**
 * Which parameters changed between the two runs' params/config files.
 */
import type { FlatParams, Scalar } from '../../artifacts/types.js';

export interface ParamChange {
  readonly key: string;
  readonly baseline: Scalar;
  readonly current: Scalar;
}

export function diffParams(base: readonly FlatParams[], cur: readonly FlatParams[]): ParamChange[] {
  const merge = (files: readonly FlatParams[]) => {
    const m = new Map<string, Scalar>();
    for (const f of files) {
      const prefix = files.length > 1 ? `${f.path.replace(/\.(json|ya?ml)$/i, '')}:` : '';
      for (const [k, v] of Object.entries(f.values)) m.set(prefix + k, v);
    }
    return m;
  };
  const b = merge(base);
  const c = merge(cur);
  const keys = [...new Set([...b.keys(), ...c.keys()])].sort();
  const out: ParamChange[] = [];
  for (const key of keys) {
    const bv = b.has(key) ? b.get(key)! : null;
    const cv = c.has(key) ? c.get(key)! : null;
    if (bv !== cv && !(typeof bv === 'number' && typeof cv === 'number' && Number.isNaN(bv) && Number.isNaN(cv))) {
      out.push({ key, baseline: bv, current: cv });
    }
  }
  return out;
}
