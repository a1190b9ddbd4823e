import { createRequire as __mldCreateRequire } from 'node:module'; const require = __mldCreateRequire(import.meta.url);
import {
  earlyWorkerStartup,
  takeEarlyWorker
} from "./chunks/chunk-4CJQ5GRQ.js";
import {
  DEFAULT_CONFIG,
  LLM_PROVIDERS,
  NO_TIMER,
  SCORE_BINS,
  SKETCH_BINS,
  SUMMARY_VERSION,
  VERSION,
  buildEvalView,
  bundledDataWorkerUrl,
  formatTimings,
  loadAgent,
  localDirSource,
  parseConfig,
  parseSummary,
  recordingTimer,
  renderMarkdown,
  review,
  summarizeView,
  workerDataRunner
} from "./chunks/chunk-MXL6SAGC.js";
import {
  machineLoad
} from "./chunks/chunk-CE2VJCMJ.js";
import {
  IN_PROCESS_PARSER,
  bundledWorkerUrl,
  parseTable,
  workerTableParser
} from "./chunks/chunk-ARMWRKK4.js";
import {
  STARTUP_WAIT_MS,
  applyV8FlagsAfter,
  usesWorkers
} from "./chunks/chunk-QNTFE5D6.js";
import {
  MAX_NUMERIC_CATEGORIES,
  MISSING_LABEL,
  PSI_BINS
} from "./chunks/chunk-CVA4GC6L.js";
import {
  InputError
} from "./chunks/chunk-62MQGLQZ.js";
import "./chunks/chunk-4BJFTPP6.js";
import {
  cellText
} from "./chunks/chunk-QVIMXX4N.js";
import "./chunks/chunk-DDMSJOCD.js";

// src/cli/main.ts
import { existsSync, mkdirSync, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join } from "node:path";

// src/analysis/summary/sql.ts
var DIALECTS = ["duckdb", "spark", "bigquery"];
var MAX_SEGMENT_VALUES = 50;
var SYNTAX = {
  duckdb: {
    id: (n) => `"${n.replace(/"/g, '""')}"`,
    str: "VARCHAR",
    int: "BIGINT",
    dbl: "DOUBLE",
    ranks: (a) => `(SELECT range AS k FROM range(1, ${SKETCH_BINS})) AS ${a}`
  },
  spark: {
    id: (n) => `\`${n.replace(/`/g, "``")}\``,
    str: "STRING",
    int: "BIGINT",
    dbl: "DOUBLE",
    ranks: (a) => `(SELECT explode(sequence(1, ${SKETCH_BINS - 1})) AS k) AS ${a}`
  },
  bigquery: {
    id: (n) => `\`${n.replace(/`/g, "\\`")}\``,
    str: "STRING",
    int: "INT64",
    dbl: "FLOAT64",
    ranks: (a) => `UNNEST(GENERATE_ARRAY(1, ${SKETCH_BINS - 1})) AS ${a}_k`
  }
};
function literal(d, s) {
  return d === "duckdb" ? `'${s.replace(/'/g, "''")}'` : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}
function num(x) {
  return x.toExponential();
}
function table(d, name) {
  if (d === "duckdb" && /[/\\]|\.parquet$|\.csv$/i.test(name)) return literal(d, name);
  return name.split(".").map(SYNTAX[d].id).join(".");
}
var finite = (x) => `${x} IS NOT NULL AND ABS(${x}) <= 1.7976931348623157e308`;
function keptFilter(p, s) {
  if (!p.pred && !p.score) throw new InputError("command line", "--pred", "a summary needs a prediction or a score column");
  if (p.task === "regression") return `${finite(s.id(p.label))} AND ${finite(s.id(p.pred))}`;
  const parts = [`${s.id(p.label)} IS NOT NULL`];
  if (p.pred) parts.push(`${s.id(p.pred)} IS NOT NULL`);
  if (p.score) parts.push(finite(s.id(p.score)));
  return parts.join(" AND ");
}
function sketchColumns(p) {
  const out = [];
  if (p.task === "binary" && p.score) out.push({ column: p.score, role: "score" });
  if (p.task === "regression") out.push({ column: p.label, role: "label" }, { column: p.pred, role: "pred" });
  for (const c of p.numeric) out.push({ column: c, role: "feature" });
  return out;
}
function edgesSql(p, d) {
  const s = SYNTAX[d];
  const lit = (x) => literal(d, x);
  const blocks = sketchColumns(p).map(({ column, role }, i) => {
    const x = s.id(column);
    const a = `r${i}`;
    const ranks = s.ranks(`k${i}`);
    const k = d === "bigquery" ? `k${i}_k` : `k${i}.k`;
    return [
      `SELECT 'q' AS section, ${lit(column)} AS name, ${lit(role)} AS role, CAST(${k} AS ${s.int}) AS k, CAST(${a}.v AS ${s.dbl}) AS v, CAST(0 AS ${s.int}) AS n, CAST(0 AS ${s.int}) AS d`,
      `FROM (SELECT ${x} AS v, ROW_NUMBER() OVER (ORDER BY ${x}) - 1 AS r, COUNT(*) OVER () AS cnt FROM base WHERE ${finite(x)}) AS ${a}`,
      `CROSS JOIN ${ranks}`,
      `WHERE ${a}.r = CAST(FLOOR((CAST(${k} AS ${s.dbl}) / CAST(${SKETCH_BINS} AS ${s.dbl})) * CAST(${a}.cnt - 1 AS ${s.dbl})) AS ${s.int})`,
      "UNION ALL",
      `SELECT 'stats', ${lit(column)}, ${lit(role)}, CAST(0 AS ${s.int}), CAST(MAX(${x}) AS ${s.dbl}), COUNT(*), COUNT(DISTINCT ${x}) FROM base WHERE ${finite(x)}`
    ].join("\n");
  });
  return `-- ml-doctor summary v${SUMMARY_VERSION}: sketch edges of ${p.table} (${d})
WITH base AS (SELECT * FROM ${table(d, p.table)} WHERE ${keptFilter(p, s)})
${blocks.join("\nUNION ALL\n")}
ORDER BY name, role, section, k
`;
}
function dedupEdges(raw, max) {
  const out = [];
  for (const q of raw) if (out.length === 0 || q > out[out.length - 1]) out.push(q);
  while (out.length > 0 && out[out.length - 1] >= max) out.pop();
  return out;
}
function edgesFromRows(p, rows, file) {
  return sketchColumns(p).map(({ column, role }) => {
    const mine = rows.filter((r) => r.name === column && r.role === role);
    const stats = mine.find((r) => r.section === "stats");
    if (!stats) throw new InputError(file, `column '${column}'`, "no stats row in the edges result");
    const byK = /* @__PURE__ */ new Map();
    for (const r of mine) if (r.section === "q") byK.set(r.k, r.v);
    const at = (k) => {
      const v = byK.get(k);
      if (v === void 0) throw new InputError(file, `column '${column}' rank ${k}`, "missing from the edges result");
      return v;
    };
    if (stats.n === 0) return { column, role, edges: [], psiEdges: [], asCategory: role === "feature" };
    const fine = Array.from({ length: SKETCH_BINS - 1 }, (_, i) => at(i + 1));
    const step = SKETCH_BINS / PSI_BINS;
    const deciles = Array.from({ length: PSI_BINS - 1 }, (_, i) => at((i + 1) * step));
    return { column, role, edges: dedupEdges(fine, stats.v), psiEdges: dedupEdges(deciles, stats.v), asCategory: role === "feature" && stats.d <= MAX_NUMERIC_CATEGORIES };
  });
}
function edgesFromSummary(p, base, file) {
  return sketchColumns(p).map(({ column, role }) => {
    const s = base.sketches.find((x) => x.column === column && x.role === role);
    if (!s) throw new InputError(file, `sketches`, `no sketch of column '${column}' (${role}) in the baseline summary`);
    const cat = base.categories.find((c) => c.column === column);
    return { column, role, edges: s.edges, psiEdges: s.psi_edges, asCategory: role === "feature" && cat?.segment === true };
  });
}
function planFromSummary(tableName, base) {
  const categoricalFeatures = base.categories.filter((c) => c.feature).map((c) => c.column);
  return {
    table: tableName,
    task: base.task,
    classes: base.classes,
    label: base.columns.label,
    pred: base.columns.pred,
    score: base.columns.score,
    numeric: base.sketches.filter((s) => s.role === "feature").map((s) => s.column),
    categorical: categoricalFeatures
  };
}
function binExpr(x, edges) {
  if (edges.length === 0) return "0";
  return `CASE ${edges.map((e, b) => `WHEN ${x} <= ${num(e)} THEN ${b}`).join(" ")} ELSE ${edges.length} END`;
}
function aggregateSql(p, edges, d) {
  const s = SYNTAX[d];
  const lit = (x) => literal(d, x);
  const cells = p.task === "binary" ? `COUNT(*) AS n, CAST(SUM(y_pos * p_pos) AS ${s.dbl}) AS s1, CAST(SUM((1 - y_pos) * p_pos) AS ${s.dbl}) AS s2, CAST(SUM(y_pos * (1 - p_pos)) AS ${s.dbl}) AS s3, CAST(SUM((1 - y_pos) * (1 - p_pos)) AS ${s.dbl}) AS s4, CAST(0 AS ${s.dbl}) AS s5, CAST(0 AS ${s.dbl}) AS s6` : "COUNT(*) AS n, SUM(e) AS s1, SUM(e * e) AS s2, SUM(ABS(e)) AS s3, SUM(e * e * e * e) AS s4, SUM(y) AS s5, SUM(y * y) AS s6";
  const derived = [];
  if (p.task === "binary") {
    const pos = lit(p.classes[1]);
    derived.push(`CASE WHEN CAST(${s.id(p.label)} AS ${s.str}) = ${pos} THEN 1 ELSE 0 END AS y_pos`);
    derived.push(p.pred ? `CASE WHEN CAST(${s.id(p.pred)} AS ${s.str}) = ${pos} THEN 1 ELSE 0 END AS p_pos` : `CASE WHEN ${s.id(p.score)} >= 0.5 THEN 1 ELSE 0 END AS p_pos`);
  } else {
    derived.push(`CAST(${s.id(p.pred)} AS ${s.dbl}) - CAST(${s.id(p.label)} AS ${s.dbl}) AS e`, `CAST(${s.id(p.label)} AS ${s.dbl}) AS y`);
  }
  const blocks = [];
  const head = (section, name, value, bin) => `SELECT ${lit(section)} AS section, ${lit(name)} AS name, ${value} AS value, CAST(${bin} AS ${s.int}) AS bin, ${cells}`;
  blocks.push(`${head("overall", "", "''", "0")} FROM t`);
  const catCols = [...p.categorical, ...edges.filter((e) => e.role === "feature" && e.asCategory).map((e) => e.column)];
  for (const c of catCols) {
    const v = `COALESCE(CAST(${s.id(c)} AS ${s.str}), ${lit(MISSING_LABEL)})`;
    blocks.push(`${head("cat", c, v, "0")} FROM t GROUP BY ${v}`);
  }
  for (const e of edges) {
    const x = s.id(e.column);
    const bin = binExpr(x, e.edges);
    blocks.push(`${head("sketch", e.column, lit(e.role), bin)} FROM t WHERE ${finite(x)} GROUP BY ${bin}`);
    blocks.push(
      `SELECT 'sketch_stats' AS section, ${lit(e.column)} AS name, ${lit(e.role)} AS value, CAST(0 AS ${s.int}) AS bin, COUNT(*) AS n, CAST(SUM(CASE WHEN ${finite(x)} THEN ${x} ELSE 0 END) AS ${s.dbl}) AS s1, CAST(MIN(CASE WHEN ${finite(x)} THEN ${x} END) AS ${s.dbl}) AS s2, CAST(MAX(CASE WHEN ${finite(x)} THEN ${x} END) AS ${s.dbl}) AS s3, CAST(SUM(CASE WHEN ${finite(x)} THEN 0 ELSE 1 END) AS ${s.dbl}) AS s4, CAST(0 AS ${s.dbl}) AS s5, CAST(0 AS ${s.dbl}) AS s6 FROM t`
    );
  }
  if (p.task === "binary" && p.score) {
    const x = s.id(p.score);
    const bin = `LEAST(${SCORE_BINS - 1}, CAST(FLOOR(${x} * ${SCORE_BINS}) AS ${s.int}))`;
    blocks.push(
      `SELECT 'score_hist' AS section, '' AS name, '' AS value, ${bin} AS bin, COUNT(*) AS n, CAST(SUM(y_pos) AS ${s.dbl}) AS s1, CAST(SUM(1 - y_pos) AS ${s.dbl}) AS s2, CAST(0 AS ${s.dbl}) AS s3, CAST(0 AS ${s.dbl}) AS s4, CAST(0 AS ${s.dbl}) AS s5, CAST(0 AS ${s.dbl}) AS s6 FROM t WHERE ${x} >= 0 AND ${x} <= 1 GROUP BY ${bin}`
    );
  }
  return `-- ml-doctor summary v${SUMMARY_VERSION}: aggregates of ${p.table} (${d}); convert the result with ml-doctor summarize --from-sql-result
WITH t AS (SELECT *, ${derived.join(", ")} FROM ${table(d, p.table)} WHERE ${keptFilter(p, s)})
${blocks.join("\nUNION ALL\n")}
ORDER BY section, name, value, bin
`;
}
function cellOf(task, r) {
  const [a, b, c, d, e, f] = r.s.map((x) => r.n === 0 && Number.isNaN(x) ? 0 : x);
  return task === "binary" ? { n: r.n, tp: a, fp: b, fn: c, tn: d } : { n: r.n, sum_err: a, sum_sq_err: b, sum_abs_err: c, sum_err4: d, sum_y: e, sum_y2: f };
}
function summaryFromSqlRows(p, edges, rows, file) {
  const overall = rows.find((r) => r.section === "overall");
  if (!overall) throw new InputError(file, "section 'overall'", "missing: is this the result of ml-doctor sql (the aggregate query)?");
  const empty = () => cellOf(p.task, { section: "", name: "", value: "", bin: 0, n: 0, s: [0, 0, 0, 0, 0, 0] });
  const sketches = edges.map((e) => {
    const bins = rows.filter((r) => r.section === "sketch" && r.name === e.column && r.value === e.role);
    const stats = rows.find((r) => r.section === "sketch_stats" && r.name === e.column && r.value === e.role);
    if (!stats) throw new InputError(file, `sketch_stats of '${e.column}'`, "missing from the result");
    const counts = new Array(e.edges.length + 1).fill(0);
    const cells = counts.map(() => empty());
    for (const r of bins) {
      if (!(r.bin >= 0 && r.bin < counts.length)) throw new InputError(file, `sketch '${e.column}' bin ${r.bin}`, `out of range 0..${counts.length - 1}`);
      counts[r.bin] = r.n;
      cells[r.bin] = cellOf(p.task, r);
    }
    const finiteN = counts.reduce((x, y) => x + y, 0);
    return {
      column: e.column,
      role: e.role,
      edges: e.edges.slice(),
      psi_edges: e.psiEdges.slice(),
      counts,
      ...e.role === "feature" ? { cells } : {},
      missing: stats.s[3],
      sum: finiteN > 0 ? stats.s[0] : 0,
      min: finiteN > 0 ? stats.s[1] : null,
      max: finiteN > 0 ? stats.s[2] : null
    };
  });
  const asCategory = new Set(edges.filter((e) => e.asCategory).map((e) => e.column));
  const categories = [...p.categorical, ...asCategory].map((c) => {
    const values = rows.filter((r) => r.section === "cat" && r.name === c).map((r) => ({ value: r.value, cell: cellOf(p.task, r) })).sort((x, y) => x.value < y.value ? -1 : x.value > y.value ? 1 : 0);
    const distinct = values.filter((v) => v.value !== MISSING_LABEL).length;
    const isString = !asCategory.has(c);
    return { column: c, feature: isString, segment: isString ? distinct >= 2 && distinct <= MAX_SEGMENT_VALUES : true, values };
  });
  let scoreHist = null;
  if (p.task === "binary" && p.score) {
    const pos = new Array(SCORE_BINS).fill(0);
    const neg = new Array(SCORE_BINS).fill(0);
    let inUnit = 0;
    for (const r of rows.filter((x) => x.section === "score_hist")) {
      pos[r.bin] = r.s[0];
      neg[r.bin] = r.s[1];
      inUnit += r.n;
    }
    scoreHist = inUnit === overall.n ? { pos, neg } : null;
  }
  return {
    summary_version: SUMMARY_VERSION,
    source: p.table,
    task: p.task,
    classes: p.task === "binary" ? p.classes.slice() : [],
    columns: { label: p.label, pred: p.pred, score: p.score },
    overall: cellOf(p.task, overall),
    score_hist: scoreHist,
    sketches,
    categories
  };
}

// src/cli/summary-args.ts
var SUMMARIZE_USAGE = `Usage: ml-doctor summarize TABLE [--baseline BASE.summary.json] [--out FILE] [column flags]
       ml-doctor summarize --from-sql-result RESULT.csv [--table NAME] (--baseline BASE.summary.json | --edges EDGES.csv + column flags) [--out FILE]
       ml-doctor sql --dialect duckdb|spark|bigquery --table NAME [--stage edges|aggregate]
                     (--baseline BASE.summary.json | --edges EDGES.csv + column flags)
Column flags: --label COL --pred COL --score COL --task binary|regression --classes NEG,POS
              --numeric a,b --categorical c,d --segments c (summarize TABLE reads the roles itself)
Writes / prints the summary input of docs/summary.md; diagnose reads eval/*.summary.json in place of an eval table.`;
var VALUE_FLAGS = ["--baseline", "--edges", "--out", "--from-sql-result", "--dialect", "--table", "--stage", "--label", "--pred", "--score", "--task", "--classes", "--numeric", "--categorical", "--segments"];
function oneOf(flag, v, allowed) {
  if (!allowed.includes(v)) throw new InputError("command line", flag, `invalid value '${v}'; expected one of: ${allowed.join(", ")}`);
  return v;
}
function collect(argv, allowed) {
  const vals = /* @__PURE__ */ new Map();
  const positional = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (!raw.startsWith("--")) {
      positional.push(raw);
      continue;
    }
    const eq = raw.indexOf("=");
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    if (!allowed.includes(flag)) throw new InputError("command line", flag, `unknown option; expected one of: ${allowed.join(", ")}`);
    const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === void 0 || value === "") throw new InputError("command line", flag, "needs a value");
    vals.set(flag, value);
  }
  return { vals, positional };
}
var list = (v) => v ? v.split(",").map((s) => s.trim()).filter((s) => s !== "") : [];
function columnFlags(vals) {
  const classes = vals.has("--classes") ? list(vals.get("--classes")) : null;
  if (classes && classes.length !== 2) throw new InputError("command line", "--classes", `expected NEG,POS (two values), found ${classes.length}`);
  return {
    label: vals.get("--label") ?? null,
    pred: vals.get("--pred") ?? null,
    score: vals.get("--score") ?? null,
    task: vals.has("--task") ? oneOf("--task", vals.get("--task"), ["binary", "regression"]) : null,
    classes,
    numeric: list(vals.get("--numeric")),
    categorical: list(vals.get("--categorical")),
    segments: vals.has("--segments") ? list(vals.get("--segments")) : null
  };
}
function parseSummarizeArgs(argv) {
  const { vals, positional } = collect(argv, VALUE_FLAGS.filter((f) => f !== "--dialect" && f !== "--stage"));
  if (positional.length > 1) throw new InputError("command line", positional[1], "summarize takes one table");
  const fromSqlResult = vals.get("--from-sql-result") ?? null;
  const table2 = positional[0] ?? null;
  if (!table2 && !fromSqlResult) throw new InputError("command line", "summarize", "needs an eval table (CSV or JSONL) or --from-sql-result FILE");
  if (table2 && fromSqlResult) throw new InputError("command line", "--from-sql-result", "give either a table or --from-sql-result, not both");
  if (vals.has("--baseline") && vals.has("--edges")) throw new InputError("command line", "--edges", "give either --baseline or --edges, not both");
  if (fromSqlResult && !vals.has("--baseline") && !vals.has("--edges")) {
    throw new InputError("command line", "--from-sql-result", "needs --baseline BASE.summary.json (current run) or --edges EDGES.csv (baseline run)");
  }
  return { table: table2, fromSqlResult, baseline: vals.get("--baseline") ?? null, edges: vals.get("--edges") ?? null, out: vals.get("--out") ?? null, source: vals.get("--table") ?? null, columns: columnFlags(vals) };
}
function parseSqlArgs(argv) {
  const { vals, positional } = collect(argv, VALUE_FLAGS.filter((f) => f !== "--out" && f !== "--from-sql-result"));
  if (positional.length > 0) throw new InputError("command line", positional[0], "unexpected argument; sql takes flags only");
  const dialect = vals.get("--dialect");
  if (!dialect) throw new InputError("command line", "--dialect", `is required; expected one of: ${DIALECTS.join(", ")}`);
  const checkedDialect = oneOf("--dialect", dialect, DIALECTS);
  const table2 = vals.get("--table");
  if (!table2) throw new InputError("command line", "--table", "is required (the eval table in the warehouse)");
  const stage = oneOf("--stage", vals.get("--stage") ?? "aggregate", ["edges", "aggregate"]);
  if (vals.has("--baseline") && vals.has("--edges")) throw new InputError("command line", "--edges", "give either --baseline or --edges, not both");
  if (stage === "aggregate" && !vals.has("--baseline") && !vals.has("--edges")) {
    throw new InputError("command line", "--stage", "the aggregate query needs --baseline BASE.summary.json or --edges EDGES.csv (run --stage edges on the baseline table first)");
  }
  return { dialect: checkedDialect, table: table2, stage, baseline: vals.get("--baseline") ?? null, edges: vals.get("--edges") ?? null, columns: columnFlags(vals) };
}

// src/cli/args.ts
var USAGE = `Usage: ml-doctor diagnose --baseline DIR --current DIR [--config FILE] [--out DIR]
                          [--format md|json|both]
                          [--llm none|openai|github-models|azure|compatible] [--llm-model NAME]
                          [--llm-base-url URL] [--mode standard|deep]
                          [--diff-base REF [--diff-head REF]]
                          [--fail-on critical|major|any|never] [--timings] [--quiet]
                          [--workers auto|on|off]

Compares a baseline run's artifacts with the current run's and diagnoses regressions.
Writes report.json and report.md to --out (default ml-doctor-report/).
Progress: each stage (load, performance, data, training, diagnosis, render) is printed on stderr
with its time as it finishes (a live line on a terminal); --quiet silences it.
--timings prints every part of each stage with the process's resident memory instead, and a
summary line.
--workers: eval tables of 16 MiB and more are parsed on other cores when one is free (auto), always
(on) or never (off), and the data checks of a pair of 65,536 rows and more run on another core
beside the performance analysis; the report is the same either way.
--llm adds an explanation by a model (never the verdict): the key comes from OPENAI_API_KEY
(github-models: GITHUB_TOKEN; azure: AZURE_OPENAI_API_KEY), the endpoint from --llm-base-url,
else OPENAI_BASE_URL (azure: AZURE_OPENAI_ENDPOINT). --mode deep lets it make up to 25 tool calls.
--diff-base lets it read \`git diff BASE HEAD\` of the repository in the working directory.
Exit codes: 0 pass or warn, 1 fail (per gate.fail-on), 2 usage or input error.

${SUMMARIZE_USAGE}`;
var FLAGS = ["--baseline", "--current", "--config", "--out", "--format", "--llm", "--llm-model", "--llm-base-url", "--mode", "--diff-base", "--diff-head", "--fail-on", "--timings", "--quiet", "--workers"];
var SWITCHES = ["--timings", "--quiet"];
function httpUrl(flag, v) {
  let u;
  try {
    u = new URL(v);
  } catch {
    u = void 0;
  }
  if (u === void 0 || u.protocol !== "http:" && u.protocol !== "https:") {
    throw new InputError("command line", flag, `invalid value '${v}'; expected an http(s) URL such as http://127.0.0.1:8000/v1`);
  }
  return v;
}
function oneOf2(flag, v, allowed) {
  if (!allowed.includes(v)) throw new InputError("command line", flag, `invalid value '${v}'; expected one of: ${allowed.join(", ")}`);
  return v;
}
function parseArgs(argv) {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") return { kind: "help" };
  if (argv[0] === "--version" || argv[0] === "-v") return { kind: "version" };
  if (argv[0] === "summarize" || argv[0] === "sql") {
    if (argv.includes("--help") || argv.includes("-h")) return { kind: "help" };
    return argv[0] === "sql" ? { kind: "sql", args: parseSqlArgs(argv.slice(1)) } : { kind: "summarize", args: parseSummarizeArgs(argv.slice(1)) };
  }
  if (argv[0] !== "diagnose") throw new InputError("command line", null, `unknown command '${argv[0]}'; expected: diagnose, summarize, sql`);
  const vals = /* @__PURE__ */ new Map();
  const switches = /* @__PURE__ */ new Set();
  for (let i = 1; i < argv.length; i++) {
    const raw = argv[i];
    if (raw === "--help" || raw === "-h") return { kind: "help" };
    const eq = raw.indexOf("=");
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    if (!FLAGS.includes(flag)) throw new InputError("command line", flag, `unknown option; expected one of: ${FLAGS.join(", ")}`);
    if (SWITCHES.includes(flag)) {
      if (eq > 0) throw new InputError("command line", flag, "takes no value");
      switches.add(flag);
      continue;
    }
    const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
    if (value === void 0 || value === "") throw new InputError("command line", flag, "needs a value");
    vals.set(flag, value);
  }
  const current = vals.get("--current");
  if (!current) throw new InputError("command line", "--current", "is required (the current run's artifacts directory)");
  return {
    kind: "diagnose",
    args: {
      baseline: vals.get("--baseline") ?? null,
      current,
      config: vals.get("--config") ?? null,
      out: vals.get("--out") ?? "ml-doctor-report",
      format: oneOf2("--format", vals.get("--format") ?? "md", ["md", "json", "both"]),
      llm: vals.has("--llm") ? oneOf2("--llm", vals.get("--llm"), LLM_PROVIDERS) : null,
      llmModel: vals.get("--llm-model")?.trim() || null,
      llmBaseUrl: vals.has("--llm-base-url") ? httpUrl("--llm-base-url", vals.get("--llm-base-url")) : null,
      mode: oneOf2("--mode", vals.get("--mode") ?? "standard", ["standard", "deep"]),
      diffBase: vals.get("--diff-base") ?? null,
      diffHead: vals.get("--diff-head") ?? "HEAD",
      failOn: vals.has("--fail-on") ? oneOf2("--fail-on", vals.get("--fail-on"), ["critical", "major", "any", "never"]) : null,
      timings: switches.has("--timings"),
      quiet: switches.has("--quiet"),
      workers: oneOf2("--workers", vals.get("--workers") ?? "auto", ["auto", "on", "off"])
    }
  };
}

// src/cli/git-diff.ts
import { execFile } from "node:child_process";
var MAX_BUFFER = 8 * 2 ** 20;
var STATUS = { A: "added", M: "modified", D: "removed", R: "renamed", C: "copied", T: "changed" };
function git(cwd, args) {
  return new Promise((resolve, reject) => {
    execFile("git", ["-c", "core.quotepath=off", ...args], { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8" }, (err, stdout, stderr) => {
      if (err) reject(new Error(`git ${args[0]} failed: ${stderr.trim().split("\n")[0] ?? err.message}`));
      else resolve(stdout);
    });
  });
}
async function verifyRefs(cwd, base, head) {
  for (const ref of [base, head]) {
    if (ref.startsWith("-")) return `'${ref}' is not a git ref`;
    try {
      await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    } catch {
      return `'${ref}' is not a commit in ${cwd}`;
    }
  }
  return null;
}
function gitDiffSource(cwd, base, head) {
  let files;
  return {
    files() {
      files ??= git(cwd, ["diff", "--no-ext-diff", "--no-textconv", "--name-status", "-z", base, head, "--"]).then((out) => {
        const parts = out.split("\0").filter((p) => p !== "");
        const list2 = [];
        for (let i = 0; i < parts.length; ) {
          const code = parts[i++];
          const letter = code[0] ?? "M";
          const path = letter === "R" || letter === "C" ? (i++, parts[i++]) : parts[i++];
          if (path !== void 0) list2.push({ path, status: STATUS[letter] ?? "modified" });
        }
        return list2;
      });
      return files;
    },
    async diff(path) {
      const out = await git(cwd, ["diff", "--no-ext-diff", "--no-textconv", "--no-color", base, head, "--", path]);
      return out === "" || /^Binary files /m.test(out) ? null : out;
    }
  };
}

// src/cli/summary-commands.ts
import { readFileSync, writeFileSync } from "node:fs";
function read(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new InputError(path, null, "file not found or not readable");
  }
}
function readSummary(path) {
  return parseSummary(path, read(path));
}
function resultTable(path, columns) {
  const t = parseTable(path, read(path));
  const lower = new Map(t.columns.map((c) => [c.name.toLowerCase(), c]));
  for (const c of columns) if (!lower.has(c)) throw new InputError(path, "header", `no column '${c}'; expected the columns ${columns.join(", ")} of the ml-doctor sql query`);
  return t;
}
function textAt(t, name, i) {
  return cellText(t.columns.find((c) => c.name.toLowerCase() === name), i);
}
function numAt(t, name, i, path) {
  const col = t.columns.find((c) => c.name.toLowerCase() === name);
  const v = col.kind === "number" ? col.values[i] : Number(cellText(col, i));
  if (col.kind === "number" && col.missing[i]) return NaN;
  if (!Number.isFinite(v) && !(col.kind === "number" && Number.isNaN(v))) throw new InputError(path, `row ${i + 2}, column '${name}'`, `not a number: '${cellText(col, i)}'`);
  return v;
}
function edgesRows(path) {
  const cols = ["section", "name", "role", "k", "v", "n", "d"];
  const t = resultTable(path, cols);
  return Array.from({ length: t.nRows }, (_, i) => ({
    section: textAt(t, "section", i),
    name: textAt(t, "name", i),
    role: textAt(t, "role", i),
    k: numAt(t, "k", i, path),
    v: numAt(t, "v", i, path),
    n: numAt(t, "n", i, path),
    d: numAt(t, "d", i, path)
  }));
}
function aggregateRows(path) {
  const cols = ["section", "name", "value", "bin", "n", "s1", "s2", "s3", "s4", "s5", "s6"];
  const t = resultTable(path, cols);
  return Array.from({ length: t.nRows }, (_, i) => ({
    section: textAt(t, "section", i),
    name: textAt(t, "name", i),
    value: textAt(t, "value", i),
    bin: numAt(t, "bin", i, path),
    n: numAt(t, "n", i, path),
    s: [numAt(t, "s1", i, path), numAt(t, "s2", i, path), numAt(t, "s3", i, path), numAt(t, "s4", i, path), numAt(t, "s5", i, path), numAt(t, "s6", i, path)]
  }));
}
function planFromFlags(table2, f) {
  if (!f.label) throw new InputError("command line", "--label", "is required without --baseline (the label column)");
  if (!f.pred && !f.score) throw new InputError("command line", "--pred", "a prediction (--pred) or score (--score) column is required without --baseline");
  const task = f.task ?? (f.score ? "binary" : null);
  if (!task) throw new InputError("command line", "--task", "is required without --baseline and --score: binary or regression");
  if (task === "regression" && !f.pred) throw new InputError("command line", "--pred", "a regression summary needs the prediction column");
  return { table: table2, task, classes: task === "binary" ? f.classes ?? ["0", "1"] : [], label: f.label, pred: f.pred, score: f.score, numeric: f.numeric, categorical: f.categorical };
}
function planAndEdges(table2, a) {
  if (a.baseline) {
    const base = readSummary(a.baseline);
    const plan2 = planFromSummary(table2, base);
    return { plan: plan2, edges: edgesFromSummary(plan2, base, a.baseline) };
  }
  const plan = planFromFlags(table2, a.columns);
  return { plan, edges: a.edges ? edgesFromRows(plan, edgesRows(a.edges), a.edges) : null };
}
function sqlCommand(a) {
  const { plan, edges } = planAndEdges(a.table, a);
  if (a.stage === "edges") return edgesSql(plan, a.dialect);
  return aggregateSql(plan, edges, a.dialect);
}
function summarizeCommand(a) {
  let summary;
  if (a.fromSqlResult) {
    const { plan, edges } = planAndEdges(a.source ?? a.fromSqlResult, a);
    summary = summaryFromSqlRows(plan, edges, aggregateRows(a.fromSqlResult), a.fromSqlResult);
  } else {
    const path = a.table;
    const table2 = parseTable(path, read(path));
    const f = a.columns;
    const view = buildEvalView(table2, {
      path,
      ...f.label ? { label: f.label } : {},
      ...f.pred ? { pred: f.pred } : {},
      ...f.score ? { score: f.score } : {},
      ...f.task ? { task: f.task === "binary" ? "classification" : "regression" } : {},
      ...f.classes ? { positive: f.classes[1] } : {},
      ...f.segments ? { segments: f.segments } : {}
    });
    summary = summarizeView(view, a.baseline ? readSummary(a.baseline) : null, path);
  }
  const json = JSON.stringify(summary, null, 1) + "\n";
  if (a.out) writeFileSync(a.out, json);
  return { json, out: a.out };
}

// src/cli/progress.ts
var LIVE_REDRAW_MS = 100;
var secs = (ms) => (ms / 1e3).toFixed(2);
var CLEAR = "\r\x1B[K";
var defaultEvery = (ms, fn) => {
  const h = setInterval(fn, ms);
  h.unref();
  return () => clearInterval(h);
};
function progressLine(o) {
  const shown = /* @__PURE__ */ new Set();
  let running = null;
  let stop = null;
  const drawLive = () => {
    if (running) o.write(`${CLEAR}ml-doctor: ${running.name} \u2026 ${secs(o.clock() - running.t0)} s`);
  };
  return {
    started(name) {
      if (!o.live) return;
      running = { name, t0: o.clock() };
      drawLive();
      stop ??= (o.every ?? defaultEvery)(LIVE_REDRAW_MS, drawLive);
    },
    finished(name, ms) {
      const first = !shown.has(name);
      shown.add(name);
      if (o.live) {
        running = null;
        o.write(first ? `${CLEAR}ml-doctor: ${name} ${secs(ms)} s
` : CLEAR);
      } else if (first) o.write(`ml-doctor: ${name} ${secs(ms)} s
`);
    },
    done(totalMs) {
      stop?.();
      stop = null;
      o.write(`${o.live ? CLEAR : ""}ml-doctor: done in ${secs(totalMs)} s
`);
    }
  };
}

// src/cli/main.ts
async function runCli(argv, io, env = process.env) {
  try {
    const cmd = parseArgs(argv);
    if (cmd.kind === "help") {
      io.stdout(USAGE + "\n");
      return 0;
    }
    if (cmd.kind === "version") {
      io.stdout(`ml-doctor ${VERSION}
`);
      return 0;
    }
    if (cmd.kind === "sql") {
      io.stdout(sqlCommand(cmd.args));
      return 0;
    }
    if (cmd.kind === "summarize") {
      const { json: json2, out } = summarizeCommand(cmd.args);
      if (out) io.stderr(`ml-doctor: wrote ${out}
`);
      else io.stdout(json2);
      return 0;
    }
    const a = cmd.args;
    const defaultCfg = join(io.cwd, ".github/ml-doctor.yml");
    const cfgPath = a.config ?? (existsSync(defaultCfg) ? defaultCfg : null);
    let config = DEFAULT_CONFIG;
    if (cfgPath) {
      let text;
      try {
        text = readFileSync2(cfgPath, "utf8");
      } catch {
        throw new InputError(cfgPath, null, "config file not found");
      }
      config = parseConfig(cfgPath, text);
    }
    if (a.diffBase !== null) {
      const bad = await verifyRefs(io.cwd, a.diffBase, a.diffHead);
      if (bad !== null) throw new InputError("command line", "--diff-base", bad);
    }
    if (a.failOn) config = { ...config, gate: { ...config.gate, failOn: a.failOn } };
    if (a.llm) config = { ...config, llm: { ...config.llm, provider: a.llm } };
    if (a.llmModel) config = { ...config, llm: { ...config.llm, model: a.llmModel } };
    if (a.llmBaseUrl) config = { ...config, llm: { ...config.llm, baseUrl: a.llmBaseUrl } };
    const started = performance.now();
    const progress = a.timings || a.quiet ? null : progressLine({ write: io.stderr, live: io.stderrIsTTY === true, clock: () => performance.now() });
    const timer = a.timings ? recordingTimer(() => performance.now(), (name, ms) => io.stderr(`ml-doctor: ${name} ${(ms / 1e3).toFixed(2)} s (rss ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB)
`)) : progress ? recordingTimer(() => performance.now(), (name, ms) => progress.finished(name, ms), (name) => progress.started(name)) : null;
    const current = localDirSource(a.current, "path", a.current);
    const baseline = a.baseline ? localDirSource(a.baseline, "path", a.baseline) : null;
    const workerUrl = bundledWorkerUrl(import.meta.url);
    const load = machineLoad();
    const useWorkers = usesWorkers(a.workers, load.load, load.cores);
    const dataWorkerUrl = bundledDataWorkerUrl(import.meta.url);
    const dataRunner = dataWorkerUrl && useWorkers ? workerDataRunner(dataWorkerUrl) : null;
    const early = takeEarlyWorker();
    const toData = dataRunner && dataWorkerUrl ? { onWorkerDone: () => dataRunner.prepare(), handOver: { url: dataWorkerUrl, take: (w) => dataRunner.adopt(w) } } : {};
    const parser = workerUrl && useWorkers ? workerTableParser(workerUrl, { started: early, ...toData }) : IN_PROCESS_PARSER;
    if (early && parser === IN_PROCESS_PARSER) void early.terminate();
    let result;
    try {
      result = await review({
        config,
        baseline,
        current,
        parser,
        ...dataRunner ? { dataRunner } : {},
        ...baseline ? {} : { baselineMissingReason: "no --baseline directory was given" },
        ...timer ? { timer } : {}
      });
    } finally {
      await parser.close();
      await dataRunner?.close();
    }
    const { report, problems, query } = result;
    if (config.llm.provider !== "none") {
      const { runAgent } = await loadAgent();
      report.agent = await runAgent({
        report,
        mode: a.mode,
        investigation: { data: query, ...a.diffBase !== null ? { diff: gitDiffSource(io.cwd, a.diffBase, a.diffHead) } : {} },
        provider: config.llm.provider,
        ...config.llm.model ? { model: config.llm.model } : {},
        ...config.llm.baseUrl ? { baseUrl: config.llm.baseUrl } : {},
        env
      });
      if (report.agent.fallback !== null) io.stderr(`ml-doctor: LLM skipped: ${report.agent.fallback}
`);
    }
    const { markdown, json } = (timer ?? NO_TIMER).stage("render", () => {
      const md = renderMarkdown(report);
      mkdirSync(a.out, { recursive: true });
      const text = JSON.stringify(report, null, 2) + "\n";
      writeFileSync2(join(a.out, "report.json"), text);
      writeFileSync2(join(a.out, "report.md"), md);
      return { markdown: md, json: text };
    });
    if (a.timings && timer) io.stderr(formatTimings(timer.totals, performance.now() - started) + "\n");
    progress?.done(performance.now() - started);
    io.stdout(a.format === "json" ? json : markdown);
    if (problems.length > 0) {
      for (const p of problems) io.stderr(`ml-doctor: ${p.message}
`);
      return 2;
    }
    return report.verdict === "fail" ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`ml-doctor: ${e.message}
`);
      return 2;
    }
    io.stderr(`ml-doctor: internal error: ${e instanceof Error ? e.message : String(e)} (please report this)
`);
    return 2;
  }
}

// src/cli-run.ts
applyV8FlagsAfter(earlyWorkerStartup(), STARTUP_WAIT_MS);
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY
});
