-- Two of a project's marks kept on its row, so that its page reads them with the row
-- instead of with one subquery each (docs/performance.md, "A project's page"):
--
-- * last_published_at: when the latest published change of the project was published (the
--   greatest change_log.published_at of entity 'project' and this id), NULL before any;
-- * disbursements_sample: whether any of its dated disbursements is a sample figure.
--
-- Both are kept by the triggers below, whoever writes change_log or disbursements (the
-- staff program, the demo data, an administrator's SQL), and so always equal to what the
-- subqueries would give (tests/http/project_marks.sh). A statement that writes either table
-- while it reads projects (INSERT … SELECT … FROM projects) is refused by MariaDB (error
-- 1442): such a writer reads into a temporary table first (sql/demo/36_disbursements.sql).

ALTER TABLE projects
  ADD COLUMN last_published_at DATETIME NULL AFTER overdue_on,
  ADD COLUMN disbursements_sample BOOLEAN NOT NULL DEFAULT FALSE AFTER last_published_at;

UPDATE projects p SET
  p.last_published_at = (SELECT MAX(c.published_at) FROM change_log c
                         WHERE c.entity = 'project' AND c.entity_id = p.id),
  p.disbursements_sample = COALESCE((SELECT MAX(d.is_sample) FROM disbursements d
                                     WHERE d.project_id = p.id), FALSE);

-- The marks of project id, computed again (after a change was edited or removed, or a
-- disbursement); the row is written only when they differ, so the projects' own triggers
-- run only then.
CREATE PROCEDURE project_marks_refresh(project INT UNSIGNED)
BEGIN
  DECLARE new_last DATETIME;
  DECLARE new_sample BOOLEAN;
  SELECT MAX(c.published_at) INTO new_last FROM change_log c
  WHERE c.entity = 'project' AND c.entity_id = project;
  SELECT COALESCE(MAX(d.is_sample), FALSE) INTO new_sample FROM disbursements d
  WHERE d.project_id = project;
  UPDATE projects p SET p.last_published_at = new_last, p.disbursements_sample = new_sample
  WHERE p.id = project AND NOT (p.last_published_at <=> new_last AND p.disbursements_sample <=> new_sample);
END;

-- a new change moves the mark forward (the common case: no need to read the others)
CREATE TRIGGER change_log_marks_insert AFTER INSERT ON change_log FOR EACH ROW
  IF NEW.entity = 'project' THEN
    UPDATE projects p SET p.last_published_at = NEW.published_at
    WHERE p.id = NEW.entity_id AND (p.last_published_at IS NULL OR p.last_published_at < NEW.published_at);
  END IF;
CREATE TRIGGER change_log_marks_update AFTER UPDATE ON change_log FOR EACH ROW
  BEGIN
    IF OLD.entity = 'project' THEN CALL project_marks_refresh(OLD.entity_id); END IF;
    IF NEW.entity = 'project' AND NOT (OLD.entity <=> NEW.entity AND OLD.entity_id <=> NEW.entity_id) THEN
      CALL project_marks_refresh(NEW.entity_id);
    END IF;
  END;
CREATE TRIGGER change_log_marks_delete AFTER DELETE ON change_log FOR EACH ROW
  IF OLD.entity = 'project' THEN CALL project_marks_refresh(OLD.entity_id); END IF;

CREATE TRIGGER disbursements_marks_insert AFTER INSERT ON disbursements FOR EACH ROW
  IF NEW.is_sample THEN
    UPDATE projects p SET p.disbursements_sample = TRUE
    WHERE p.id = NEW.project_id AND NOT p.disbursements_sample;
  END IF;
CREATE TRIGGER disbursements_marks_update AFTER UPDATE ON disbursements FOR EACH ROW
  BEGIN
    CALL project_marks_refresh(OLD.project_id);
    IF NOT (OLD.project_id <=> NEW.project_id) THEN CALL project_marks_refresh(NEW.project_id); END IF;
  END;
CREATE TRIGGER disbursements_marks_delete AFTER DELETE ON disbursements FOR EACH ROW
  CALL project_marks_refresh(OLD.project_id);

-- A mark written on a project's row is not one of the figures the zone and status totals
-- count: their trigger (020_overdue_totals.sql) now writes them only when one of those
-- changed (20,000 changes inserted for 300 projects: 3.6 s before, 1.8 s after).
DROP TRIGGER projects_totals_update;
CREATE TRIGGER projects_totals_update AFTER UPDATE ON projects FOR EACH ROW
  IF NOT (OLD.zone_id <=> NEW.zone_id AND OLD.status <=> NEW.status
          AND OLD.is_sample <=> NEW.is_sample AND OLD.registered_usd <=> NEW.registered_usd
          AND OLD.land_ha <=> NEW.land_ha AND OLD.overdue_on <=> NEW.overdue_on) THEN
    CALL project_totals_add(-1, OLD.zone_id, OLD.status, OLD.is_sample, OLD.registered_usd,
      OLD.land_ha, OLD.overdue_on);
    CALL project_totals_add(1, NEW.zone_id, NEW.status, NEW.is_sample, NEW.registered_usd,
      NEW.land_ha, NEW.overdue_on);
  END IF;

CREATE OR REPLACE VIEW pub_projects AS
  SELECT id, zone_id, investor_id, sector, name, name_en, name_sort_en, status, status_since, authority,
         currency, registered_capital, disbursed_capital, registered_usd, disbursed_usd, land_ha,
         approved_on, planned_start, actual_start, planned_operation, actual_operation,
         permit_expires_on, delay_remedy_due, part_revoked_on, part_revoked_from_ha,
         part_revoked_to_ha, overdue_on, last_published_at, disbursements_sample, is_secondary,
         is_sample, version, updated_at
  FROM projects;

-- pub_projects_listed: pub_projects' columns again (021_registry_listing.sql)
BEGIN NOT ATOMIC
  DECLARE cols, idx TEXT;
  SELECT GROUP_CONCAT(CONCAT('`', column_name, '`') ORDER BY ordinal_position) INTO cols
    FROM information_schema.columns
    WHERE table_schema = DATABASE() AND table_name = 'pub_projects';
  SELECT GROUP_CONCAT(DISTINCT CONCAT('`', index_name, '`')) INTO idx
    FROM information_schema.statistics
    WHERE table_schema = DATABASE() AND table_name = 'projects' AND index_name <> 'PRIMARY';
  EXECUTE IMMEDIATE CONCAT('CREATE OR REPLACE VIEW pub_projects_listed AS SELECT ', cols,
    ' FROM projects FORCE INDEX (', idx, ')');
END;
