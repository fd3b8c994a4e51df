-- A figure computed from any sample row is sample: the monthly totals the targets' actuals
-- read (005_month_totals.sql) also count the sample projects among theirs, kept by the same
-- triggers, so that an actual says whether a sample project contributes to it.
ALTER TABLE project_month_totals ADD COLUMN sample_projects INT NOT NULL DEFAULT 0;

UPDATE project_month_totals t SET sample_projects = (SELECT COUNT(*) FROM projects p
  WHERE p.is_sample AND p.zone_id = t.zone_id
  AND IF(t.basis = 'approved', p.approved_on, p.actual_start) BETWEEN t.month AND LAST_DAY(t.month));

DROP TRIGGER projects_month_totals_insert;
DROP TRIGGER projects_month_totals_update;
DROP TRIGGER projects_month_totals_delete;

CREATE TRIGGER projects_month_totals_insert AFTER INSERT ON projects FOR EACH ROW
  INSERT INTO project_month_totals (basis, month, zone_id, projects, sample_projects, registered_usd)
  SELECT b, m, z, n, s, v FROM (
    SELECT 'approved' AS b, NEW.approved_on - INTERVAL DAYOFMONTH(NEW.approved_on) - 1 DAY AS m,
           NEW.zone_id AS z, 1 AS n, NEW.is_sample AS s, NEW.registered_usd AS v
    UNION ALL SELECT 'started', NEW.actual_start - INTERVAL DAYOFMONTH(NEW.actual_start) - 1 DAY,
           NEW.zone_id, 1, NEW.is_sample, NEW.registered_usd) d
  WHERE m IS NOT NULL
  ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
    sample_projects = sample_projects + VALUES(sample_projects),
    registered_usd = registered_usd + VALUES(registered_usd);

CREATE TRIGGER projects_month_totals_update AFTER UPDATE ON projects FOR EACH ROW
  INSERT INTO project_month_totals (basis, month, zone_id, projects, sample_projects, registered_usd)
  SELECT b, m, z, n, s, v FROM (
    SELECT 'approved' AS b, OLD.approved_on - INTERVAL DAYOFMONTH(OLD.approved_on) - 1 DAY AS m,
           OLD.zone_id AS z, -1 AS n, -OLD.is_sample AS s, -OLD.registered_usd AS v
    UNION ALL SELECT 'started', OLD.actual_start - INTERVAL DAYOFMONTH(OLD.actual_start) - 1 DAY,
           OLD.zone_id, -1, -OLD.is_sample, -OLD.registered_usd
    UNION ALL SELECT 'approved', NEW.approved_on - INTERVAL DAYOFMONTH(NEW.approved_on) - 1 DAY,
           NEW.zone_id, 1, NEW.is_sample, NEW.registered_usd
    UNION ALL SELECT 'started', NEW.actual_start - INTERVAL DAYOFMONTH(NEW.actual_start) - 1 DAY,
           NEW.zone_id, 1, NEW.is_sample, NEW.registered_usd) d
  WHERE m IS NOT NULL AND NOT (OLD.zone_id <=> NEW.zone_id AND OLD.approved_on <=> NEW.approved_on
    AND OLD.actual_start <=> NEW.actual_start AND OLD.registered_usd <=> NEW.registered_usd
    AND OLD.is_sample <=> NEW.is_sample)
  ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
    sample_projects = sample_projects + VALUES(sample_projects),
    registered_usd = registered_usd + VALUES(registered_usd);

CREATE TRIGGER projects_month_totals_delete AFTER DELETE ON projects FOR EACH ROW
  INSERT INTO project_month_totals (basis, month, zone_id, projects, sample_projects, registered_usd)
  SELECT b, m, z, n, s, v FROM (
    SELECT 'approved' AS b, OLD.approved_on - INTERVAL DAYOFMONTH(OLD.approved_on) - 1 DAY AS m,
           OLD.zone_id AS z, -1 AS n, -OLD.is_sample AS s, -OLD.registered_usd AS v
    UNION ALL SELECT 'started', OLD.actual_start - INTERVAL DAYOFMONTH(OLD.actual_start) - 1 DAY,
           OLD.zone_id, -1, -OLD.is_sample, -OLD.registered_usd) d
  WHERE m IS NOT NULL
  ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
    sample_projects = sample_projects + VALUES(sample_projects),
    registered_usd = registered_usd + VALUES(registered_usd);

CREATE OR REPLACE VIEW pub_project_month_totals AS
  SELECT basis, month, zone_id, projects, sample_projects, registered_usd
  FROM project_month_totals WHERE projects <> 0;
