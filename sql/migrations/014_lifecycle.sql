-- A project's life after a decision (docs/open-data.md, "Lifecycle"):
--
-- * A partial revocation (thu hồi một phần, thu gọn diện tích) is not the end of a project:
--   it is an event that reduces the land and keeps the status the project had (operating,
--   construction, delayed…), so the project stays in every count of that status and in the
--   overdue computation, and can change status later. Only a whole revocation sets the
--   status 'revoked'. The event's status is therefore the project's status at that date, and
--   projects.status stays equal to the latest event's. The project keeps a mark of what it
--   lost (part_revoked_*: the land before its first partial revocation, after its latest).
-- * "Overdue" is defined once: a date the record commits to has passed without being met —
--   the planned start or operation without its actual date, or the remedy deadline of the
--   latest delay while the project is delayed. overdue_on is the first day the project is
--   overdue (stored and indexed: "overdue today" is overdue_on <= CURRENT_DATE, a range
--   the counts read in an index, however "today" moves). Revoked and expired projects are
--   never overdue.
-- * How often the province reports its zones' figures: a zone's occupancy figures older
--   than one reporting period and its grace are stale.

-- Partial revocations that left no land were whole ones.
ALTER TABLE project_status_events
  DROP CONSTRAINT events_revocation,
  DROP CONSTRAINT events_partial,
  DROP CONSTRAINT events_basis;
UPDATE project_status_events SET revocation = 'whole'
WHERE revocation = 'partial' AND (land_ha_after IS NULL OR land_ha_after <= 0);

-- Each partial revocation takes the status in effect before it: that of the latest earlier
-- event that was not a partial revocation.
CREATE TEMPORARY TABLE t_partial (id INT UNSIGNED PRIMARY KEY, project_id INT UNSIGNED NOT NULL,
  prev VARCHAR(12) NOT NULL);
INSERT INTO t_partial
SELECT e.id, e.project_id,
       COALESCE((SELECT b.status FROM project_status_events b
                 WHERE b.project_id = e.project_id AND (b.revocation IS NULL OR b.revocation = 'whole')
                   AND (b.effective_on < e.effective_on OR (b.effective_on = e.effective_on AND b.id < e.id))
                 ORDER BY b.effective_on DESC, b.id DESC LIMIT 1), 'approved')
FROM project_status_events e WHERE e.revocation = 'partial';
UPDATE project_status_events e JOIN t_partial t ON t.id = e.id SET e.status = t.prev;

ALTER TABLE project_status_events
  ADD CONSTRAINT events_revocation CHECK ((status = 'revoked') = (revocation <=> 'whole')
                                          AND (revocation IS NULL OR status <> 'expired')),
  ADD CONSTRAINT events_partial CHECK (revocation IS NULL OR revocation = 'whole'
                                       OR (land_ha_before IS NOT NULL AND land_ha_after IS NOT NULL
                                           AND land_ha_after > 0 AND land_ha_after < land_ha_before)),
  ADD CONSTRAINT events_basis CHECK ((status NOT IN ('delayed','suspended','revoked','expired')
                                      AND revocation IS NULL)
                                     OR (reason IS NOT NULL AND document_id IS NOT NULL));

ALTER TABLE projects
  ADD COLUMN delay_remedy_due DATE NULL AFTER permit_expires_on,
  ADD COLUMN part_revoked_on DATE NULL AFTER delay_remedy_due,
  ADD COLUMN part_revoked_from_ha DECIMAL(10,2) NULL AFTER part_revoked_on,
  ADD COLUMN part_revoked_to_ha DECIMAL(10,2) NULL AFTER part_revoked_from_ha,
  ADD CONSTRAINT projects_part_revoked CHECK ((part_revoked_on IS NULL) = (part_revoked_from_ha IS NULL)
    AND (part_revoked_on IS NULL) = (part_revoked_to_ha IS NULL)
    AND (part_revoked_on IS NULL OR (part_revoked_to_ha > 0 AND part_revoked_to_ha < part_revoked_from_ha)));

-- The projects that were partly revoked get back the status in effect (that of their latest
-- event) since the date it took effect, and the mark.
UPDATE projects p
JOIN (SELECT project_id, MIN(effective_on) AS first_on, MAX(effective_on) AS last_on
      FROM project_status_events WHERE revocation = 'partial' GROUP BY project_id) r ON r.project_id = p.id
SET p.status = (SELECT e.status FROM project_status_events e WHERE e.project_id = p.id
                ORDER BY e.effective_on DESC, e.id DESC LIMIT 1),
    p.status_since = COALESCE((SELECT MAX(e.effective_on) FROM project_status_events e
                               WHERE e.project_id = p.id AND (e.revocation IS NULL OR e.revocation = 'whole')),
                              p.status_since),
    p.part_revoked_on = r.last_on,
    p.part_revoked_from_ha = (SELECT e.land_ha_before FROM project_status_events e
                              WHERE e.project_id = p.id AND e.revocation = 'partial'
                              ORDER BY e.effective_on, e.id LIMIT 1),
    p.part_revoked_to_ha = (SELECT e.land_ha_after FROM project_status_events e
                            WHERE e.project_id = p.id AND e.revocation = 'partial'
                            ORDER BY e.effective_on DESC, e.id DESC LIMIT 1);

UPDATE projects p SET p.delay_remedy_due = (SELECT e.remedy_due FROM project_status_events e
  WHERE e.project_id = p.id AND e.status = 'delayed' AND e.revocation IS NULL
  ORDER BY e.effective_on DESC, e.id DESC LIMIT 1);

-- The published history of a partial revocation said "status → revoked": it changed the land
-- area only (the changes that set 'revoked' and left land).
CREATE TEMPORARY TABLE t_partial_changes (change_id INT UNSIGNED PRIMARY KEY);
INSERT INTO t_partial_changes
SELECT s.change_id FROM change_log_fields s
JOIN change_log_fields l ON l.change_id = s.change_id AND l.field = 'land_ha' AND l.new_value + 0 > 0
WHERE s.field = 'status' AND s.new_value = 'revoked';
DELETE f FROM change_log_fields f JOIN t_partial_changes t ON t.change_id = f.change_id
WHERE f.field IN ('status', 'status_since');
DROP TEMPORARY TABLE t_partial, t_partial_changes;

ALTER TABLE projects
  ADD COLUMN overdue_on DATE AS (IF(status IN ('revoked', 'expired'), NULL, NULLIF(LEAST(
      IF(actual_start IS NULL AND planned_start IS NOT NULL, planned_start + INTERVAL 1 DAY, DATE '9999-12-31'),
      IF(actual_operation IS NULL AND planned_operation IS NOT NULL, planned_operation + INTERVAL 1 DAY, DATE '9999-12-31'),
      IF(status = 'delayed' AND delay_remedy_due IS NOT NULL, delay_remedy_due + INTERVAL 1 DAY, DATE '9999-12-31')),
    DATE '9999-12-31'))) STORED AFTER part_revoked_to_ha,
  ADD KEY projects_overdue (overdue_on, zone_id, is_sample),
  ADD KEY projects_zone_overdue (zone_id, overdue_on, is_sample);

-- The province's reporting period of zone figures (a quarter, and the weeks its reports
-- take to arrive): a zone's figures older than both are stale.
ALTER TABLE site
  ADD COLUMN report_period_months TINYINT UNSIGNED NOT NULL DEFAULT 3,
  ADD COLUMN report_grace_days SMALLINT UNSIGNED NOT NULL DEFAULT 45;

CREATE OR REPLACE VIEW pub_site AS
  SELECT s.id, s.province_id, p.code AS province_code, p.name AS province_name,
         p.name_en AS province_name_en, s.title, s.title_en, s.publisher, s.publisher_en,
         s.contact_email, s.licence_name, s.licence_url, s.report_period_months, s.report_grace_days
  FROM site s JOIN provinces p ON p.id = s.province_id;
CREATE OR REPLACE VIEW pub_projects AS
  SELECT id, zone_id, investor_id, sector, name, name_en, name_sort_en, status, status_since, authority,
         currency, registered_capital, disbursed_capital, registered_usd, disbursed_usd, land_ha,
         approved_on, planned_start, actual_start, planned_operation, actual_operation,
         permit_expires_on, delay_remedy_due, part_revoked_on, part_revoked_from_ha,
         part_revoked_to_ha, overdue_on, is_secondary, is_sample, version, updated_at
  FROM projects;
