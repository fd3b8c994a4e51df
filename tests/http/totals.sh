#!/usr/bin/env bash
# The totals the triggers keep beside the projects (project_totals, 003 and 020; project_month_totals,
# 005) equal a count of the projects, also inside a transaction that edits, adds and
# removes projects; and every target's actual in /api/v1/targets, read from those totals,
# equals the sum over the projects and disbursements of its period, for periods that are
# whole months and periods that are not.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

# rows where the kept totals and a fresh count differ (0 when they agree)
MISMATCHES="SELECT
 (SELECT COUNT(*) FROM (SELECT b, m, z, COUNT(*) AS n, SUM(v) AS v FROM (
    SELECT 'approved' AS b, approved_on - INTERVAL DAYOFMONTH(approved_on) - 1 DAY AS m, zone_id AS z, registered_usd AS v FROM projects
    UNION ALL SELECT 'started', actual_start - INTERVAL DAYOFMONTH(actual_start) - 1 DAY, zone_id, registered_usd FROM projects WHERE actual_start IS NOT NULL) x
  GROUP BY b, m, z) c LEFT JOIN project_month_totals t ON t.basis = c.b AND t.month = c.m AND t.zone_id = c.z
  WHERE t.projects IS NULL OR t.projects <> c.n OR t.registered_usd <> c.v)
 + (SELECT COUNT(*) FROM project_month_totals t WHERE t.projects <> 0 AND NOT EXISTS (SELECT 1 FROM projects p
    WHERE p.zone_id = t.zone_id AND IF(t.basis = 'approved', p.approved_on, p.actual_start) BETWEEN t.month AND LAST_DAY(t.month)))
 + (SELECT COUNT(*) FROM (SELECT zone_id, status, COUNT(*) AS n, SUM(registered_usd) AS v, SUM(land_ha) AS l,
    SUM(is_sample) AS s, COUNT(overdue_on) AS d, SUM(overdue_on IS NOT NULL AND is_sample) AS ds
    FROM projects GROUP BY zone_id, status) c
  LEFT JOIN project_totals t ON t.zone_id = c.zone_id AND t.status = c.status
  WHERE t.projects IS NULL OR t.projects <> c.n OR t.registered_usd <> c.v OR t.land_ha <> c.l
    OR t.sample_projects <> c.s OR t.due_projects <> c.d OR t.due_sample_projects <> c.ds)
 + (SELECT COUNT(*) FROM project_totals t WHERE t.projects <> 0 AND NOT EXISTS (SELECT 1 FROM projects p
    WHERE p.zone_id = t.zone_id AND p.status = t.status))"

is "$(root_sql "$MISMATCHES")" 0 "the kept totals equal a count of the projects"

a=$(root_sql "SELECT MIN(id) FROM projects")
b=$(root_sql "SELECT MIN(id) FROM projects WHERE actual_start IS NOT NULL")
other=$(root_sql "SELECT MAX(id) FROM zones")
got=$(root_sql "START TRANSACTION;
UPDATE projects SET approved_on = approved_on - INTERVAL 40 DAY, registered_usd = registered_usd + 1234.5 WHERE id = $a;
UPDATE projects SET zone_id = $other, actual_start = NULL WHERE id = $b;
UPDATE projects SET name = CONCAT(name, ' ') WHERE id = $a + 1;
UPDATE projects SET planned_start = approved_on + INTERVAL 1 DAY, actual_start = NULL, is_sample = 0 WHERE id = $a + 2;
UPDATE projects SET status = 'revoked' WHERE id = (SELECT MIN(id) FROM projects WHERE overdue_on IS NOT NULL);
INSERT INTO projects (zone_id, investor_id, sector, name, status, status_since, authority, currency,
  registered_capital, registered_usd, land_ha, approved_on, actual_start)
  SELECT zone_id, investor_id, sector, CONCAT(name, ' (test)'), status, status_since, authority, currency,
  registered_capital, registered_usd, land_ha, '2021-02-17', '2021-06-30' FROM projects WHERE id = $a;
INSERT INTO projects (zone_id, investor_id, sector, name, status, status_since, authority, currency,
  registered_capital, registered_usd, land_ha, approved_on)
  SELECT zone_id, investor_id, sector, CONCAT(name, ' (test 2)'), status, status_since, authority, currency,
  registered_capital, registered_usd, land_ha, '2022-03-01' FROM projects WHERE id = $a;
DELETE FROM projects WHERE id = LAST_INSERT_ID();
$MISMATCHES;
ROLLBACK;")
is "$got" 0 "and still do after edits, an insert and a delete in one transaction"

# targets: the published actuals against sums over the projects; two more targets whose
# periods start and end inside a month (the part the monthly totals cannot answer)
bump="UPDATE data_generation SET generation = generation + 1, changed_at = CURRENT_TIMESTAMP(3) WHERE id = 1"
kkt=$(root_sql "SELECT parent_id FROM zones WHERE parent_id IS NOT NULL LIMIT 1")
root_sql "INSERT INTO targets (province_id, zone_id, period_label, period_start, period_end, metric, target_value, unit)
  SELECT province_id, NULL, 'test', '2019-05-17', '2021-02-10', 'licensed_capital', 1, 'USD' FROM site WHERE id = 1;
  INSERT INTO targets (province_id, zone_id, period_label, period_start, period_end, metric, target_value, unit)
  SELECT province_id, $kkt, 'test', '2022-01-20', '2022-02-09', 'projects_started', 1, 'count' FROM site WHERE id = 1;
  INSERT INTO targets (province_id, zone_id, period_label, period_start, period_end, metric, target_value, unit)
  SELECT province_id, $kkt, 'test', '2018-03-02', '2024-11-29', 'started_capital', 1, 'USD' FROM site WHERE id = 1;
  $bump"
want=$(root_sql "SELECT t.id, ROUND(CASE t.metric
  WHEN 'licensed_capital' THEN (SELECT COALESCE(SUM(p.registered_usd), 0) FROM projects p JOIN zones z ON z.id = p.zone_id
    WHERE p.approved_on BETWEEN t.period_start AND t.period_end AND (t.zone_id IS NULL OR z.id = t.zone_id OR z.parent_id = t.zone_id))
  WHEN 'disbursed_capital' THEN (SELECT COALESCE(SUM(d.amount_usd), 0) FROM disbursements d JOIN projects p ON p.id = d.project_id
    JOIN zones z ON z.id = p.zone_id WHERE d.disbursed_on BETWEEN t.period_start AND t.period_end
    AND (t.zone_id IS NULL OR z.id = t.zone_id OR z.parent_id = t.zone_id))
  WHEN 'projects_started' THEN (SELECT COUNT(*) FROM projects p JOIN zones z ON z.id = p.zone_id
    WHERE p.actual_start BETWEEN t.period_start AND t.period_end AND (t.zone_id IS NULL OR z.id = t.zone_id OR z.parent_id = t.zone_id))
  ELSE (SELECT COALESCE(SUM(p.registered_usd), 0) FROM projects p JOIN zones z ON z.id = p.zone_id
    WHERE p.actual_start BETWEEN t.period_start AND t.period_end AND (t.zone_id IS NULL OR z.id = t.zone_id OR z.parent_id = t.zone_id))
  END, 2) FROM targets t ORDER BY t.id")
fetch /api/v1/targets
got=$(jq -r '.items[] | "\(.id)\t\(.actual)"' "$BODY" | sort -n | awk -F'\t' '{ printf "%s\t%.2f\n", $1, $2 }')
n=$(wc -l <<<"$want")
is "$got" "$want" "every target's actual (of $n, three with periods inside months) equals the sum over its projects"
root_sql "DELETE FROM targets WHERE period_label = 'test'; $bump"

done_testing
