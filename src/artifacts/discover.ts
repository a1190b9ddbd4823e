/**
 * Finds artifacts in a run directory by name (CONTRACT §1). Pure: takes the list of relative
 * paths a source returned and classifies them.
 */

export type ArtifactKind = 'metrics' | 'params' | 'eval' | 'summary' | 'trainlog' | 'reference';

export interface Discovered {
  readonly kind: ArtifactKind;
  /** Path relative to the run directory, with forward slashes. */
  readonly path: string;
}

const PARAMS = new Set(['params.yaml', 'params.yml', 'params.json', 'config.yaml', 'config.yml', 'config.json', 'hparams.yaml', 'hparams.json']);
const TRAINLOG_EXACT = new Set(['train_log.csv', 'train_log.jsonl', 'history.csv', 'history.jsonl', 'metrics.jsonl']);

/** Classifies one relative path, or returns null when it is not an artifact. Case-insensitive. */
export function classify(relPath: string): ArtifactKind | null {
  const p = relPath.replace(/\\/g, '/');
  const lower = p.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  const dirs = lower.split('/').slice(0, -1);

  // Training logs first: `metrics.jsonl` and `*_log.jsonl` must not be taken for metrics or eval tables.
  if (TRAINLOG_EXACT.has(base) || /^log.*\.csv$/.test(base) || /_log\.jsonl$/.test(base)) return 'trainlog';
  // A summary stands in for an eval table (docs/summary.md); it must not be taken for a metrics file.
  if (/\.summary\.json$/.test(base) && (dirs.includes('eval') || base.startsWith('predictions'))) return 'summary';
  if (base === 'metrics.json' || base === 'metrics.yaml' || base === 'metrics.yml' || /metrics.*\.json$/.test(base)) return 'metrics';
  if (PARAMS.has(base)) return 'params';
  const table = /\.(csv|jsonl|parquet)$/.test(base);
  if (table && (dirs.includes('eval') || /^predictions.*\.(csv|jsonl|parquet)$/.test(base))) return 'eval';
  if (table && dirs.includes('data') && !base.endsWith('.jsonl')) return 'reference';
  return null;
}

/** Classifies every path and sorts them for a stable order. */
export function discover(paths: readonly string[]): Discovered[] {
  const out: Discovered[] = [];
  for (const p of paths) {
    const kind = classify(p);
    if (kind) out.push({ kind, path: p.replace(/\\/g, '/') });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
