// The generated SQL of every dialect against committed golden files (test/__outputs__/sql/): a
// change of the query text shows up as a diff. DuckDB's text is also run (duckdb.test.ts); Spark
// and BigQuery are held to these files.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateSql, DIALECTS, edgesSql, type ColumnEdges, type SqlPlan } from '../../../src/analysis/summary/sql.js';

const BINARY: SqlPlan = {
  table: 'analytics.eval_predictions',
  task: 'binary',
  classes: ['no', 'yes'],
  label: 'churned',
  pred: null,
  score: 'p_churn',
  numeric: ['tenure months'],
  categorical: ['plan', "o'region"],
};
const BINARY_EDGES: ColumnEdges[] = [
  { column: 'p_churn', role: 'score', edges: [0.1, 0.30000000000000004, 0.7], psiEdges: [0.30000000000000004], asCategory: false },
  { column: 'tenure months', role: 'feature', edges: [1, 12.5, 1e-7 + 40], psiEdges: [12.5], asCategory: false },
];
const REGRESSION: SqlPlan = {
  table: 'warehouse.prices',
  task: 'regression',
  classes: [],
  label: 'price',
  pred: 'predicted',
  score: null,
  numeric: ['carat', 'children'],
  categorical: ['cut'],
};
const REGRESSION_EDGES: ColumnEdges[] = [
  { column: 'price', role: 'label', edges: [500, 2500], psiEdges: [2500], asCategory: false },
  { column: 'predicted', role: 'pred', edges: [480, 2600], psiEdges: [480], asCategory: false },
  { column: 'carat', role: 'feature', edges: [0.4, 1.01], psiEdges: [1.01], asCategory: false },
  { column: 'children', role: 'feature', edges: [0, 1, 2], psiEdges: [1], asCategory: true },
];

const CASES = DIALECTS.flatMap((d) => [
  { name: `${d}-binary-edges.sql`, sql: () => edgesSql(BINARY, d) },
  { name: `${d}-binary-aggregate.sql`, sql: () => aggregateSql(BINARY, BINARY_EDGES, d) },
  { name: `${d}-regression-aggregate.sql`, sql: () => aggregateSql(REGRESSION, REGRESSION_EDGES, d) },
]);

describe('ml-doctor sql', () => {
  it.each(CASES)('prints the query committed as $name', ({ name, sql }) => {
    const file = join(import.meta.dirname, '../../__outputs__/sql', name);
    const text = sql();
    // Written only on request: a missing golden fails instead of being created and passing.
    if (process.env['UPDATE_OUTPUTS']) writeFileSync(file, text);
    expect(existsSync(file), `${file} is missing: regenerate it with UPDATE_OUTPUTS=1`).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  it('writes edges as exact double literals and quotes names per dialect', () => {
    const spark = aggregateSql(BINARY, BINARY_EDGES, 'spark');
    expect(spark).toContain('WHEN `p_churn` <= 3.0000000000000004e-1 THEN 1');
    expect(spark).toContain("`o'region`");
    expect(spark).toContain("'o\\'region' AS name");
    expect(aggregateSql(BINARY, BINARY_EDGES, 'duckdb')).toContain("'o''region' AS name");
    expect(aggregateSql(BINARY, BINARY_EDGES, 'duckdb')).toContain('"tenure months"');
    expect(aggregateSql(BINARY, BINARY_EDGES, 'bigquery')).toContain('`analytics`.`eval_predictions`');
    expect(Number('3.0000000000000004e-1')).toBe(0.30000000000000004);
  });
});
