-- English beside the Vietnamese: every free text the public sees gets an English column
-- (empty when nobody wrote it; the pages then show the Vietnamese marked as such), and the
-- change history stores what it generates as catalog keys instead of Vietnamese sentences,
-- so that each page and feed says it in its own language (templates/i18n/*.xml).
ALTER TABLE project_status_events
  ADD COLUMN reason_en VARCHAR(1000) NULL AFTER reason,
  ADD COLUMN remedy_en VARCHAR(1000) NULL AFTER remedy;
ALTER TABLE review_findings
  ADD COLUMN summary_en VARCHAR(2000) NULL AFTER summary,
  ADD COLUMN action_en VARCHAR(1000) NULL AFTER action;
ALTER TABLE legal_documents ADD COLUMN title_en VARCHAR(400) NULL AFTER title;
ALTER TABLE targets ADD COLUMN source_en VARCHAR(400) NULL AFTER source;
ALTER TABLE gov_editions ADD COLUMN source_en VARCHAR(300) NULL AFTER source;
ALTER TABLE occupancy_snapshots ADD COLUMN source_en VARCHAR(300) NULL AFTER source;
ALTER TABLE zones
  ADD COLUMN location_en VARCHAR(200) NULL AFTER location,
  ADD COLUMN contact_en VARCHAR(300) NULL AFTER contact;
ALTER TABLE change_requests ADD COLUMN note_en VARCHAR(2000) NULL AFTER note;
-- summary_key: the catalog key of the summary; summary_arg: a second key it names (the new
-- status of a status change). summary keeps the Vietnamese text for the rows written before.
ALTER TABLE change_log
  ADD COLUMN summary_key VARCHAR(60) NULL AFTER summary,
  ADD COLUMN summary_arg VARCHAR(60) NULL AFTER summary_key,
  ADD COLUMN note_en VARCHAR(2000) NULL AFTER note;

-- The rows written before: the summaries the programs generated from the catalog, by their
-- Vietnamese text; a status change by its fields; a zone's occupancy update by its fields.
UPDATE change_log SET summary_key = CASE summary
    WHEN 'Cập nhật thông tin khu' THEN 'changelog.zone'
    WHEN 'Cập nhật thông tin dự án' THEN 'changelog.project'
    WHEN 'Thêm kết quả rà soát' THEN 'changelog.finding'
    WHEN 'Thêm văn bản pháp lý' THEN 'changelog.document'
    WHEN 'Dự án mới' THEN 'changelog.new_project'
    WHEN 'Chuyển tình trạng: Thu hồi một phần, thu gọn diện tích' THEN 'changelog.partial' END
  WHERE summary_key IS NULL;
UPDATE change_log c
  JOIN change_log_fields s ON s.change_id = c.id AND s.field = 'status'
  SET c.summary_key = 'changelog.status',
      c.summary_arg = IF(s.new_value = 'revoked' AND (c.summary LIKE '%một phần%'
                         OR EXISTS (SELECT 1 FROM change_log_fields l WHERE l.change_id = c.id
                                    AND l.field = 'land_ha')),
                         'changelog.partial', CONCAT('status.', s.new_value))
  WHERE c.entity = 'project' AND c.summary_key IS NULL
    AND s.new_value IN ('approved','construction','operating','delayed','suspended','revoked','expired');
UPDATE change_log c SET c.summary_key = 'changelog.occupancy'
  WHERE c.entity = 'zone' AND c.summary_key IS NULL
    AND EXISTS (SELECT 1 FROM change_log_fields f WHERE f.change_id = c.id)
    AND NOT EXISTS (SELECT 1 FROM change_log_fields f WHERE f.change_id = c.id
                    AND f.field NOT IN ('leased_ha', 'leasable_ha', 'occupancy_as_of'));
-- the two fixed notes of the demo data's history
UPDATE change_log SET note_en = CASE note
    WHEN 'Số liệu theo báo cáo định kỳ của nhà đầu tư hạ tầng, Ban Quản lý đã đối chiếu.'
      THEN 'Figures from the infrastructure developer''s periodic report, checked by the management board.'
    WHEN 'Cập nhật theo báo cáo của nhà đầu tư, Ban Quản lý đã kiểm tra.'
      THEN 'Updated from the investor''s report, checked by the management board.' END
  WHERE note_en IS NULL;

-- A legal basis was written as one text "number (YYYY-MM-DD, issuer)": its parts become the
-- fields a status change now writes, so that the date reads as every date does.
INSERT INTO change_log_fields (change_id, field, old_value, new_value)
  SELECT change_id, 'doc_number', NULL,
         REGEXP_REPLACE(new_value, '^(.*) \\(([0-9]{4}-[0-9]{2}-[0-9]{2}), (.*)\\)$', '\\1')
  FROM change_log_fields
  WHERE field = 'legal_basis' AND new_value REGEXP '^.* \\([0-9]{4}-[0-9]{2}-[0-9]{2}, .*\\)$'
  UNION ALL
  SELECT change_id, 'doc_issued_on', NULL,
         REGEXP_REPLACE(new_value, '^(.*) \\(([0-9]{4}-[0-9]{2}-[0-9]{2}), (.*)\\)$', '\\2')
  FROM change_log_fields
  WHERE field = 'legal_basis' AND new_value REGEXP '^.* \\([0-9]{4}-[0-9]{2}-[0-9]{2}, .*\\)$'
  UNION ALL
  SELECT change_id, 'doc_issuer', NULL,
         REGEXP_REPLACE(new_value, '^(.*) \\(([0-9]{4}-[0-9]{2}-[0-9]{2}), (.*)\\)$', '\\3')
  FROM change_log_fields
  WHERE field = 'legal_basis' AND new_value REGEXP '^.* \\([0-9]{4}-[0-9]{2}-[0-9]{2}, .*\\)$';
DELETE FROM change_log_fields
  WHERE field = 'legal_basis' AND new_value REGEXP '^.* \\([0-9]{4}-[0-9]{2}-[0-9]{2}, .*\\)$';

-- The occupancy source the programs wrote from the catalog, in English too.
UPDATE occupancy_snapshots SET source_en = 'Updated by the management board'
  WHERE source = 'Ban quản lý cập nhật' AND source_en IS NULL;

CREATE OR REPLACE VIEW pub_zones AS
  SELECT id, board_id, parent_id, kind, slug, name, name_en, status, total_ha, leasable_ha,
         leased_ha, occupancy_as_of, developer, location, location_en, latitude, longitude,
         established_on, contact, contact_en, is_sample, version, updated_at
  FROM zones;
CREATE OR REPLACE VIEW pub_occupancy AS
  SELECT id, zone_id, scope, as_of, leasable_ha, leased_ha, rate_pct, source, source_en, is_sample
  FROM occupancy_snapshots;
CREATE OR REPLACE VIEW pub_documents AS
  SELECT id, project_id, zone_id, doc_type, number, issued_on, issuer, title, title_en, url, file_id,
         is_sample
  FROM legal_documents;
CREATE OR REPLACE VIEW pub_status_events AS
  SELECT id, project_id, status, effective_on, reason, reason_en, remedy, remedy_en, remedy_due,
         revocation, land_ha_before, land_ha_after, document_id
  FROM project_status_events;
CREATE OR REPLACE VIEW pub_findings AS
  SELECT id, project_id, area, reviewed_on, outcome, summary, summary_en, action, action_en,
         document_id, is_sample
  FROM review_findings;
CREATE OR REPLACE VIEW pub_targets AS
  SELECT id, province_id, zone_id, period_label, period_start, period_end, metric, target_value,
         unit, source, source_en, is_sample
  FROM targets;
CREATE OR REPLACE VIEW pub_gov_editions AS
  SELECT id, index_code, year, provinces_ranked, published_on, source, source_en, source_url
  FROM gov_editions;
CREATE OR REPLACE VIEW pub_change_log AS
  SELECT id, entity, entity_id, published_at, summary, summary_key, summary_arg, note, note_en
  FROM change_log;
