-- ml-doctor summary v1: sketch edges of analytics.eval_predictions (bigquery)
WITH base AS (SELECT * FROM `analytics`.`eval_predictions` WHERE `churned` IS NOT NULL AND `p_churn` IS NOT NULL AND ABS(`p_churn`) <= 1.7976931348623157e308)
SELECT 'q' AS section, 'p_churn' AS name, 'score' AS role, CAST(k0_k AS INT64) AS k, CAST(r0.v AS FLOAT64) AS v, CAST(0 AS INT64) AS n, CAST(0 AS INT64) AS d
FROM (SELECT `p_churn` AS v, ROW_NUMBER() OVER (ORDER BY `p_churn`) - 1 AS r, COUNT(*) OVER () AS cnt FROM base WHERE `p_churn` IS NOT NULL AND ABS(`p_churn`) <= 1.7976931348623157e308) AS r0
CROSS JOIN UNNEST(GENERATE_ARRAY(1, 99)) AS k0_k
WHERE r0.r = CAST(FLOOR((CAST(k0_k AS FLOAT64) / CAST(100 AS FLOAT64)) * CAST(r0.cnt - 1 AS FLOAT64)) AS INT64)
UNION ALL
SELECT 'stats', 'p_churn', 'score', CAST(0 AS INT64), CAST(MAX(`p_churn`) AS FLOAT64), COUNT(*), COUNT(DISTINCT `p_churn`) FROM base WHERE `p_churn` IS NOT NULL AND ABS(`p_churn`) <= 1.7976931348623157e308
UNION ALL
SELECT 'q' AS section, 'tenure months' AS name, 'feature' AS role, CAST(k1_k AS INT64) AS k, CAST(r1.v AS FLOAT64) AS v, CAST(0 AS INT64) AS n, CAST(0 AS INT64) AS d
FROM (SELECT `tenure months` AS v, ROW_NUMBER() OVER (ORDER BY `tenure months`) - 1 AS r, COUNT(*) OVER () AS cnt FROM base WHERE `tenure months` IS NOT NULL AND ABS(`tenure months`) <= 1.7976931348623157e308) AS r1
CROSS JOIN UNNEST(GENERATE_ARRAY(1, 99)) AS k1_k
WHERE r1.r = CAST(FLOOR((CAST(k1_k AS FLOAT64) / CAST(100 AS FLOAT64)) * CAST(r1.cnt - 1 AS FLOAT64)) AS INT64)
UNION ALL
SELECT 'stats', 'tenure months', 'feature', CAST(0 AS INT64), CAST(MAX(`tenure months`) AS FLOAT64), COUNT(*), COUNT(DISTINCT `tenure months`) FROM base WHERE `tenure months` IS NOT NULL AND ABS(`tenure months`) <= 1.7976931348623157e308
ORDER BY name, role, section, k
