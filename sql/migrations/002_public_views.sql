-- The public account's whole world: read-only views over published data.
-- Nothing staff-only (users, sessions, audit log, change requests) appears here.

CREATE VIEW pub_site AS
  SELECT s.id, s.province_id, p.code AS province_code, p.name AS province_name,
         p.name_en AS province_name_en, s.title, s.title_en, s.publisher, s.publisher_en,
         s.contact_email, s.licence_name, s.licence_url
  FROM site s JOIN provinces p ON p.id = s.province_id;

CREATE VIEW pub_provinces AS SELECT id, code, name, name_en, region FROM provinces;
CREATE VIEW pub_boards AS
  SELECT id, province_id, slug, name, name_en, address, phone, email, website FROM boards;
CREATE VIEW pub_zones AS
  SELECT id, board_id, parent_id, kind, slug, name, name_en, status, total_ha, leasable_ha,
         leased_ha, occupancy_as_of, developer, location, latitude, longitude, established_on,
         contact, is_sample, version, updated_at
  FROM zones;
CREATE VIEW pub_occupancy AS
  SELECT id, zone_id, scope, as_of, leasable_ha, leased_ha, rate_pct, source, is_sample
  FROM occupancy_snapshots;
CREATE VIEW pub_countries AS SELECT code, name, name_en FROM countries;
CREATE VIEW pub_sectors AS SELECT code, name, name_en FROM sectors;
CREATE VIEW pub_investors AS SELECT id, name, country, is_sample FROM investors;
CREATE VIEW pub_projects AS
  SELECT id, zone_id, investor_id, sector, name, name_en, status, status_since, authority,
         currency, registered_capital, disbursed_capital, registered_usd, disbursed_usd, land_ha,
         approved_on, planned_start, actual_start, planned_operation, actual_operation,
         permit_expires_on, is_secondary, is_sample, version, updated_at
  FROM projects;
CREATE VIEW pub_disbursements AS
  SELECT id, project_id, disbursed_on, amount, amount_usd, is_sample FROM disbursements;
CREATE VIEW pub_documents AS
  SELECT id, project_id, zone_id, doc_type, number, issued_on, issuer, title, url, file_id, is_sample
  FROM legal_documents;
CREATE VIEW pub_document_files AS
  SELECT id, media_type, size_bytes, content, created_at FROM document_files
  WHERE id IN (SELECT file_id FROM legal_documents WHERE file_id IS NOT NULL);
CREATE VIEW pub_status_events AS
  SELECT id, project_id, status, effective_on, reason, remedy, remedy_due, revocation,
         land_ha_before, land_ha_after, document_id
  FROM project_status_events;
CREATE VIEW pub_findings AS
  SELECT id, project_id, area, reviewed_on, outcome, summary, action, document_id, is_sample
  FROM review_findings;
CREATE VIEW pub_targets AS
  SELECT id, province_id, zone_id, period_label, period_start, period_end, metric, target_value,
         unit, source, is_sample
  FROM targets;
CREATE VIEW pub_gov_indices AS
  SELECT code, name, name_en, abbrev, publisher, publisher_en, scale_max, position FROM gov_indices;
CREATE VIEW pub_gov_subindices AS
  SELECT id, index_code, code, name, name_en, position FROM gov_subindices;
CREATE VIEW pub_gov_editions AS
  SELECT id, index_code, year, provinces_ranked, published_on, source, source_url FROM gov_editions;
CREATE VIEW pub_gov_scores AS
  SELECT id, edition_id, province_id, score, rank_no, is_sample FROM gov_scores;
CREATE VIEW pub_gov_subscores AS SELECT score_id, subindex_id, score FROM gov_subscores;
CREATE VIEW pub_announcements AS
  SELECT id, board_id, published_on, title, title_en, body, body_en, is_sample FROM announcements;
CREATE VIEW pub_change_log AS
  SELECT id, entity, entity_id, published_at, summary, note FROM change_log;
CREATE VIEW pub_change_log_fields AS
  SELECT change_id, field, old_value, new_value FROM change_log_fields;
CREATE VIEW pub_data_generation AS SELECT generation, changed_at FROM data_generation;
