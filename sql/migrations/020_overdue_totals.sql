-- The overdue projects without counting them (docs/performance.md).
--
-- "Overdue today" is overdue_on <= CURRENT_DATE (014_lifecycle.sql): a range of the index on
-- overdue_on that holds most dated projects (100,000 projects: 44,585 of 45,173), read on
-- every home page, zone directory and zone page (8-13 ms). project_totals (003) now also
-- counts, per zone and status, the projects that have a day they become overdue from
-- (overdue_on not NULL) and the sample ones among them; the overdue today are those less the
-- ones whose day is still to come, a short range of the same index (588 rows there).
ALTER TABLE project_totals
  ADD COLUMN due_projects INT NOT NULL DEFAULT 0,
  ADD COLUMN due_sample_projects INT NOT NULL DEFAULT 0;

UPDATE project_totals t
JOIN (SELECT zone_id, status, COUNT(overdue_on) AS n,
        SUM(overdue_on IS NOT NULL AND is_sample) AS s
      FROM projects GROUP BY zone_id, status) p ON p.zone_id = t.zone_id AND p.status = t.status
SET t.due_projects = p.n, t.due_sample_projects = p.s;

DROP TRIGGER projects_totals_insert;
DROP TRIGGER projects_totals_update;
DROP TRIGGER projects_totals_delete;

-- one project added to (n = 1) or taken from (n = -1) its zone and status
CREATE PROCEDURE project_totals_add(n INT, zone INT UNSIGNED, st VARCHAR(20), sample BOOL,
    usd DECIMAL(18,2), ha DECIMAL(10,2), due DATE)
  INSERT INTO project_totals (zone_id, status, projects, sample_projects, registered_usd, land_ha,
    due_projects, due_sample_projects)
  VALUES (zone, st, n, n * sample, n * usd, n * ha, n * (due IS NOT NULL),
    n * (due IS NOT NULL AND sample))
  ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
    sample_projects = sample_projects + VALUES(sample_projects),
    registered_usd = registered_usd + VALUES(registered_usd), land_ha = land_ha + VALUES(land_ha),
    due_projects = due_projects + VALUES(due_projects),
    due_sample_projects = due_sample_projects + VALUES(due_sample_projects);

CREATE TRIGGER projects_totals_insert AFTER INSERT ON projects FOR EACH ROW
  CALL project_totals_add(1, NEW.zone_id, NEW.status, NEW.is_sample, NEW.registered_usd,
    NEW.land_ha, NEW.overdue_on);
CREATE TRIGGER projects_totals_update AFTER UPDATE ON projects FOR EACH ROW
  BEGIN
    CALL project_totals_add(-1, OLD.zone_id, OLD.status, OLD.is_sample, OLD.registered_usd,
      OLD.land_ha, OLD.overdue_on);
    CALL project_totals_add(1, NEW.zone_id, NEW.status, NEW.is_sample, NEW.registered_usd,
      NEW.land_ha, NEW.overdue_on);
  END;
CREATE TRIGGER projects_totals_delete AFTER DELETE ON projects FOR EACH ROW
  CALL project_totals_add(-1, OLD.zone_id, OLD.status, OLD.is_sample, OLD.registered_usd,
    OLD.land_ha, OLD.overdue_on);

CREATE OR REPLACE VIEW pub_project_totals AS
  SELECT zone_id, status, projects, sample_projects, registered_usd, land_ha, due_projects,
         due_sample_projects
  FROM project_totals WHERE projects > 0;
