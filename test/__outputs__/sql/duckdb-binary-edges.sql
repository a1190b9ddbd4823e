-- ml-doctor summary v1: sketch edges of analytics.eval_predictions (duckdb)
WITH base AS (SELECT * FROM "analytics"."eval_predictions" WHERE "churned" IS NOT NULL AND "p_churn" IS NOT NULL AND ABS("p_churn") <= 1.7976931348623157e308)
SELECT 'q' AS section, 'p_churn' AS name, 'score' AS role, CAST(k0.k AS BIGINT) AS k, CAST(r0.v AS DOUBLE) AS v, CAST(0 AS BIGINT) AS n, CAST(0 AS BIGINT) AS d
FROM (SELECT "p_churn" AS v, ROW_NUMBER() OVER (ORDER BY "p_churn") - 1 AS r, COUNT(*) OVER () AS cnt FROM base WHERE "p_churn" IS NOT NULL AND ABS("p_churn") <= 1.7976931348623157e308) AS r0
CROSS JOIN (SELECT range AS k FROM range(1, 100)) AS k0
WHERE r0.r = CAST(FLOOR((CAST(k0.k AS DOUBLE) / CAST(100 AS DOUBLE)) * CAST(r0.cnt - 1 AS DOUBLE)) AS BIGINT)
UNION ALL
SELECT 'stats', 'p_churn', 'score', CAST(0 AS BIGINT), CAST(MAX("p_churn") AS DOUBLE), COUNT(*), COUNT(DISTINCT "p_churn") FROM base WHERE "p_churn" IS NOT NULL AND ABS("p_churn") <= 1.7976931348623157e308
UNION ALL
SELECT 'q' AS section, 'tenure months' AS name, 'feature' AS role, CAST(k1.k AS BIGINT) AS k, CAST(r1.v AS DOUBLE) AS v, CAST(0 AS BIGINT) AS n, CAST(0 AS BIGINT) AS d
FROM (SELECT "tenure months" AS v, ROW_NUMBER() OVER (ORDER BY "tenure months") - 1 AS r, COUNT(*) OVER () AS cnt FROM base WHERE "tenure months" IS NOT NULL AND ABS("tenure months") <= 1.7976931348623157e308) AS r1
CROSS JOIN (SELECT range AS k FROM range(1, 100)) AS k1
WHERE r1.r = CAST(FLOOR((CAST(k1.k AS DOUBLE) / CAST(100 AS DOUBLE)) * CAST(r1.cnt - 1 AS DOUBLE)) AS BIGINT)
UNION ALL
SELECT 'stats', 'tenure months', 'feature', CAST(0 AS BIGINT), CAST(MAX("tenure months") AS DOUBLE), COUNT(*), COUNT(DISTINCT "tenure months") FROM base WHERE "tenure months" IS NOT NULL AND ABS("tenure months") <= 1.7976931348623157e308
ORDER BY name, role, section, k
