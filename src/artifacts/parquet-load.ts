/**
 * The Parquet readers (parquet.ts, with hyparquet and its decompressors: a third of what a parse
 * thread loads), loaded the first time a Parquet file is parsed. A review of CSV or JSONL tables
 * never loads them: the program and the parse worker start with less to compile (issue 11,
 * decision 0036). The bundles keep them in a chunk of their own.
 */
let loading: Promise<typeof import('./parquet.js')> | null = null;

export function loadParquet(): Promise<typeof import('./parquet.js')> {
  return (loading ??= import('./parquet.js'));
}
