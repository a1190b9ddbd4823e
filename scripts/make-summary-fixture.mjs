// Writes the Parquet fixture of the summary-path test (test/analysis/summary/duckdb.test.ts):
// a deterministic baseline and current eval table made by DuckDB itself. Run it from the repo
// root with `node scripts/make-summary-fixture.mjs`; the output is committed.
import { DuckDBInstance } from '@duckdb/node-api';

const N = 6000;
// u(i, k): a deterministic uniform in [0, 1) from DuckDB's hash of (row, stream, run).
const u = (k, run) => `((hash(i, ${k}, ${run}) % 1000003) / 1000003.0)`;
// A roughly normal value: the sum of four uniforms, centred and scaled to unit variance.
const z = (k, run) => `((${u(k, run)} + ${u(k + 10, run)} + ${u(k + 20, run)} + ${u(k + 30, run)} - 2.0) * 1.7320508)`;

// drift: the share of rows whose x1 comes from a narrow clump at 2.0 instead of the unit normal.
function table(run, drift, euBroken) {
  return `
    SELECT
      CAST(label AS INTEGER) AS label,
      CAST(ROUND(1.0 / (1.0 + exp(-(2.2 * signal + ${euBroken ? `CASE WHEN region = 'EU' THEN -3.0 * signal ELSE 0 END` : '0'}))), 6) AS DOUBLE) AS score,
      CAST(ROUND(x1, 4) AS DOUBLE) AS x1,
      CAST(ROUND(x2, 4) AS DOUBLE) AS x2,
      region,
      plan
    FROM (
      SELECT *, CASE WHEN x1 + 0.8 * n1 > 0 THEN 1 ELSE 0 END AS label, x1 + 0.5 * n2 AS signal
      FROM (
        SELECT i,
          CASE WHEN ${u(7, run)} < ${drift} THEN 2.0 + 0.3 * ${z(8, run)} ELSE ${z(1, run)} END AS x1,
          ${z(2, run)} AS x2,
          ${z(3, run)} AS n1,
          ${z(4, run)} AS n2,
          CASE WHEN ${u(5, run)} < 0.3 THEN 'EU' WHEN ${u(5, run)} < 0.6 THEN 'US' WHEN ${u(5, run)} < 0.85 THEN 'APAC' ELSE 'LATAM' END AS region,
          CAST(FLOOR(${u(6, run)} * 3) AS INTEGER) AS plan
        FROM range(${N}) t(i)
      )
    )`;
}

const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
await c.run(`COPY (${table(1, 0, false)}) TO 'test/fixtures/summary/base.parquet' (FORMAT parquet)`);
await c.run(`COPY (${table(2, 0.25, true)}) TO 'test/fixtures/summary/current.parquet' (FORMAT parquet)`);
const r = await c.runAndReadAll(`SELECT 'base' AS run, COUNT(*) AS n, AVG(label) AS pos, AVG(x1) AS x1 FROM 'test/fixtures/summary/base.parquet'
  UNION ALL SELECT 'current', COUNT(*), AVG(label), AVG(x1) FROM 'test/fixtures/summary/current.parquet'`);
console.log(r.getRowObjects());
