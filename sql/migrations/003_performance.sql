-- Performance at 100,000 projects (docs/performance.md).
--
-- project_totals: the number of projects, their registered capital and land per zone and
-- status, kept by triggers in the same transaction as every change to projects, so that
-- the home page, the zone directory, the zone pages and the registry's count read at most
-- a hundred-odd rows instead of aggregating every project on every request. Each trigger is
-- one statement (a multi-row upsert): a zone/status pair that loses its last project keeps
-- a row of zeros, which the readers skip.
CREATE TABLE project_totals (
  zone_id     INT UNSIGNED NOT NULL,
  status      ENUM('approved','construction','operating','delayed','suspended','revoked','expired') NOT NULL,
  projects    INT NOT NULL DEFAULT 0,
  sample_projects INT NOT NULL DEFAULT 0,
  registered_usd DECIMAL(22,2) NOT NULL DEFAULT 0,
  land_ha     DECIMAL(16,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (zone_id, status)
) ENGINE=InnoDB;

INSERT INTO project_totals (zone_id, status, projects, sample_projects, registered_usd, land_ha)
SELECT zone_id, status, COUNT(*), SUM(is_sample), SUM(registered_usd), SUM(land_ha)
FROM projects GROUP BY zone_id, status;

CREATE TRIGGER projects_totals_insert AFTER INSERT ON projects FOR EACH ROW
  INSERT INTO project_totals (zone_id, status, projects, sample_projects, registered_usd, land_ha)
  VALUES (NEW.zone_id, NEW.status, 1, NEW.is_sample, NEW.registered_usd, NEW.land_ha)
  ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
    sample_projects = sample_projects + VALUES(sample_projects),
    registered_usd = registered_usd + VALUES(registered_usd), land_ha = land_ha + VALUES(land_ha);

CREATE TRIGGER projects_totals_update AFTER UPDATE ON projects FOR EACH ROW
  INSERT INTO project_totals (zone_id, status, projects, sample_projects, registered_usd, land_ha)
  VALUES (OLD.zone_id, OLD.status, -1, -OLD.is_sample, -OLD.registered_usd, -OLD.land_ha),
         (NEW.zone_id, NEW.status, 1, NEW.is_sample, NEW.registered_usd, NEW.land_ha)
  ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
    sample_projects = sample_projects + VALUES(sample_projects),
    registered_usd = registered_usd + VALUES(registered_usd), land_ha = land_ha + VALUES(land_ha);

CREATE TRIGGER projects_totals_delete AFTER DELETE ON projects FOR EACH ROW
  INSERT INTO project_totals (zone_id, status, projects, sample_projects, registered_usd, land_ha)
  VALUES (OLD.zone_id, OLD.status, -1, -OLD.is_sample, -OLD.registered_usd, -OLD.land_ha)
  ON DUPLICATE KEY UPDATE projects = projects + VALUES(projects),
    sample_projects = sample_projects + VALUES(sample_projects),
    registered_usd = registered_usd + VALUES(registered_usd), land_ha = land_ha + VALUES(land_ha);

CREATE VIEW pub_project_totals AS
  SELECT zone_id, status, projects, sample_projects, registered_usd, land_ha
  FROM project_totals WHERE projects > 0;

-- The targets' actuals sum projects by licence date and by actual start: indexes that
-- hold every column those sums read, so no project row is fetched.
CREATE INDEX projects_approved_sum ON projects (approved_on, zone_id, registered_usd);
CREATE INDEX projects_started_sum ON projects (actual_start, zone_id, registered_usd);
-- The zone page ranks a zone's projects per status by date in this index alone.
CREATE INDEX projects_zone_since ON projects (zone_id, status, status_since);
