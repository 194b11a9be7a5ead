-- The achievement matrix in one hand-written statement, the yardstick the API is measured against:
-- each indicator's realization and target per reporting region for a whole year (submitted and verified
-- values), rolled up by the region rule to the provinces, and the achievement by polarity.
-- psql -v year=2025 -v province=    : one row per indicator and province (the national matrix)
-- psql -v year=2025 -v province=61  : that province's regencies and cities, and the province itself
WITH own AS (
    SELECT r.indicator_code, r.region_code,
           CASE i.time_aggregation WHEN 'SUM' THEN sum(r.value)
                                   WHEN 'AVERAGE' THEN round(avg(r.value), 4)
                                   ELSE (array_agg(r.value ORDER BY r.period_start DESC))[1] END AS realization
    FROM realization r JOIN indicator i ON i.code = r.indicator_code
    WHERE r.year = :year AND r.status IN ('SUBMITTED', 'VERIFIED')
      AND (:'province' = '' OR r.region_code = :'province' OR r.region_code LIKE :'province' || '.%')
    GROUP BY r.indicator_code, r.region_code, i.time_aggregation
), cell AS (
    -- Every region that reports the indicator itself: the regencies and cities, or the province.
    SELECT i.code AS indicator_code, i.region_aggregation AS rule, g.code AS region_code,
           coalesce(g.parent_code, g.code) AS province, o.realization, t.value AS target
    FROM indicator i
    JOIN region g ON (i.region_aggregation = 'PROVINCE_REPORTED') = (g.level = 'PROVINCE')
    LEFT JOIN own o ON o.indicator_code = i.code AND o.region_code = g.code
    LEFT JOIN target t ON t.indicator_code = i.code AND t.region_code = g.code AND t.year = :year
    WHERE :'province' = '' OR coalesce(g.parent_code, g.code) = :'province'
), province AS (
    SELECT c.indicator_code, c.province AS region_code,
           CASE c.rule WHEN 'SUM' THEN sum(c.realization) WHEN 'AVERAGE' THEN round(avg(c.realization), 4)
                       ELSE max(c.realization) END AS realization,
           coalesce(max(pt.value), CASE c.rule WHEN 'SUM' THEN sum(c.target) WHEN 'AVERAGE' THEN round(avg(c.target), 4)
                                               ELSE max(c.target) END) AS target
    FROM cell c
    LEFT JOIN target pt ON c.rule <> 'PROVINCE_REPORTED' AND pt.indicator_code = c.indicator_code
                       AND pt.region_code = c.province AND pt.year = :year
    GROUP BY c.indicator_code, c.province, c.rule
), matrix AS (
    SELECT indicator_code, region_code, target, realization FROM province
    UNION ALL
    SELECT indicator_code, region_code, target, realization FROM cell WHERE :'province' <> ''
)
SELECT m.indicator_code, m.region_code, m.target, m.realization,
       CASE WHEN m.realization IS NULL THEN NULL
            WHEN i.polarity = 'HIGHER_IS_BETTER' THEN round(m.realization * 100 / nullif(m.target, 0), 2)
            WHEN i.polarity = 'LOWER_IS_BETTER'
                THEN greatest(round((2 * m.target - m.realization) * 100 / nullif(m.target, 0), 2), 0)
            WHEN m.realization < i.range_low THEN round(m.realization * 100 / nullif(i.range_low, 0), 2)
            WHEN m.realization > i.range_high
                THEN greatest(round((2 * i.range_high - m.realization) * 100 / nullif(i.range_high, 0), 2), 0)
            ELSE 100 END AS achievement
FROM matrix m JOIN indicator i ON i.code = m.indicator_code
ORDER BY 1, 2;
