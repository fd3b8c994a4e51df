-- Sample disbursements: each project's disbursed capital in three dated tranches, so that
-- "disbursed in a period" can be computed: 40 % three months after the licence, 35 % a
-- year later, the rest a year after that (never later than 2026-10-31). Illustrative.
-- Read into a temporary table first: a disbursement's trigger writes its project's row, which
-- the statement that inserts it may not read (030_project_marks.sql).
CREATE TEMPORARY TABLE t_disbursements AS
SELECT id, disbursed_on, amount, amount_usd FROM (
  SELECT p.id,
         LEAST(p.approved_on + INTERVAL t.months MONTH, DATE '2026-10-31') AS disbursed_on,
         CASE t.n WHEN 3
              THEN p.disbursed_capital - ROUND(p.disbursed_capital * 0.40, 2) - ROUND(p.disbursed_capital * 0.35, 2)
              ELSE ROUND(p.disbursed_capital * t.share, 2) END AS amount,
         CASE t.n WHEN 3
              THEN p.disbursed_usd - ROUND(p.disbursed_usd * 0.40, 2) - ROUND(p.disbursed_usd * 0.35, 2)
              ELSE ROUND(p.disbursed_usd * t.share, 2) END AS amount_usd
  FROM projects p
  JOIN (SELECT 1 AS n, 3 AS months, 0.40 AS share
        UNION ALL SELECT 2, 15, 0.35
        UNION ALL SELECT 3, 27, 0.25) t
  WHERE p.disbursed_usd > 0
) d
WHERE amount > 0 AND amount_usd > 0;
INSERT INTO disbursements (project_id, disbursed_on, amount, amount_usd, is_sample)
SELECT id, disbursed_on, amount, amount_usd, 1 FROM t_disbursements;
DROP TEMPORARY TABLE t_disbursements;
