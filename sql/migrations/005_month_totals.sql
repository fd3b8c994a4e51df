-- Performance at 100,000 projects, continued (docs/performance.md): the targets' actuals.
--
-- project_month_totals: the number of projects and their registered capital per zone and
-- calendar month of the licence ('approved', approved_on) and of the actual start
-- ('started', actual_start), kept by triggers in the same transaction as every change to
-- projects, as project_totals (003_performance.sql). A target's actual reads the months
-- that lie wholly inside its period here, and only the days before the first and after
-- the last whole month from the projects' date indexes: a quarter or a year reads a few
-- hundred rows instead of every project licensed or started in it. month is the month's
-- first day; it leads the key, so that a period's months are one range. A month that
-- loses its last project keeps a row of zeros.
CREATE TABLE project_month_totals (
  basis       ENUM('approved','started') NOT NULL,
  month       DATE NOT NULL,
  zone_id     INT UNSIGNED NOT NULL,
  projects    INT NOT NULL DEFAULT 0,
  registered_usd DECIMAL(22,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (month, basis, zone_id)
) ENGINE=InnoDB;

INSERT INTO project_month_totals (basis, month, zone_id, projects, registered_usd)
SELECT 'approved', approved_on - INTERVAL DAYOFMONTH(approved_on) - 1 DAY, zone_id,
       COUNT(*), SUM(registered_usd)
FROM projects GROUP BY 2, 3;
INSERT INTO project_month_totals (basis, month, zone_id, projects, registered_usd)
SELECT 'started', actual_start - INTERVAL DAYOFMONTH(actual_start) - 1 DAY, zone_id,
       COUNT(*), SUM(registered_usd)
FROM projects WHERE actual_start IS NOT NULL GROUP BY 2, 3;

-- One statement each (a multi-row upsert from a derived table): a project without an
-- actual start has no 'started' row (m IS NULL).
CREATE TRIGGER projects_month_totals_insert AFTER INSERT ON projects FOR EACH ROW
  INSERT INTO project_month_totals (basis, month, zone_id, projects, registered_usd)
  SELECT b, m, z, n, v FROM (
    SELECT 'approved' AS b, NEW.approved_on - INTERVAL DAYOFMONTH(NEW.approved_on) - 1 DAY AS m,
           NEW.zone_id AS z, 1 AS n, NEW.registered_usd AS v
    UNION ALL SELECT 'started', NEW.actual_start - INTERVAL DAYOFMONTH(NEW.actual_start) - 1 DAY,
           NEW.zone_id, 1, NEW.registered_usd) d
  WHERE m IS NOT NULL
  ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
    registered_usd = registered_usd + VALUES(registered_usd);

-- Most updates (a status, a name) touch none of the four columns: they write nothing here,
-- so they take no lock on the totals.
CREATE TRIGGER projects_month_totals_update AFTER UPDATE ON projects FOR EACH ROW
  INSERT INTO project_month_totals (basis, month, zone_id, projects, registered_usd)
  SELECT b, m, z, n, v FROM (
    SELECT 'approved' AS b, OLD.approved_on - INTERVAL DAYOFMONTH(OLD.approved_on) - 1 DAY AS m,
           OLD.zone_id AS z, -1 AS n, -OLD.registered_usd AS v
    UNION ALL SELECT 'started', OLD.actual_start - INTERVAL DAYOFMONTH(OLD.actual_start) - 1 DAY,
           OLD.zone_id, -1, -OLD.registered_usd
    UNION ALL SELECT 'approved', NEW.approved_on - INTERVAL DAYOFMONTH(NEW.approved_on) - 1 DAY,
           NEW.zone_id, 1, NEW.registered_usd
    UNION ALL SELECT 'started', NEW.actual_start - INTERVAL DAYOFMONTH(NEW.actual_start) - 1 DAY,
           NEW.zone_id, 1, NEW.registered_usd) d
  WHERE m IS NOT NULL AND NOT (OLD.zone_id <=> NEW.zone_id AND OLD.approved_on <=> NEW.approved_on
    AND OLD.actual_start <=> NEW.actual_start AND OLD.registered_usd <=> NEW.registered_usd)
  ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
    registered_usd = registered_usd + VALUES(registered_usd);

CREATE TRIGGER projects_month_totals_delete AFTER DELETE ON projects FOR EACH ROW
  INSERT INTO project_month_totals (basis, month, zone_id, projects, registered_usd)
  SELECT b, m, z, n, v FROM (
    SELECT 'approved' AS b, OLD.approved_on - INTERVAL DAYOFMONTH(OLD.approved_on) - 1 DAY AS m,
           OLD.zone_id AS z, -1 AS n, -OLD.registered_usd AS v
    UNION ALL SELECT 'started', OLD.actual_start - INTERVAL DAYOFMONTH(OLD.actual_start) - 1 DAY,
           OLD.zone_id, -1, -OLD.registered_usd) d
  WHERE m IS NOT NULL
  ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
    registered_usd = registered_usd + VALUES(registered_usd);

CREATE VIEW pub_project_month_totals AS
  SELECT basis, month, zone_id, projects, registered_usd
  FROM project_month_totals WHERE projects <> 0;
