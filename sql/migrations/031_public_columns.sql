-- The public account reads the published columns of a table directly: a grant of SELECT on
-- those columns (sql/grants.sql) instead of a view that only names them. The view cost
-- MariaDB the parsing of its definition on every statement that read it, about a fifth of
-- its CPU for a project's page (docs/performance.md, "Round 6"); a column grant draws the
-- same line: a column not listed, or a `SELECT *`, is refused to the public account (error
-- 1143 or 1142), as a column the view did not name was.
--
-- public_columns lists them, one row a column: what the public may read, in the schema
-- itself. A migration that publishes a new column adds its row; `minhbachctl grant` grants
-- what is listed and takes back what is not. Views stay where the public rows or values are
-- not a table's own: a filter (pub_project_totals, pub_project_month_totals,
-- pub_document_files), a join (pub_site, pub_zone_scope, pub_alert_follows) or an index
-- hint (pub_projects_listed).

CREATE TABLE public_columns (
  table_name  VARCHAR(64) NOT NULL,
  column_name VARCHAR(64) NOT NULL,
  PRIMARY KEY (table_name, column_name)
) ENGINE=InnoDB;

-- the columns the views of the same tables named, each view a table's columns under their
-- own names (002_public_views.sql and its successors)
INSERT INTO public_columns (table_name, column_name)
SELECT v.table_name, c.column_name
FROM (SELECT 'pub_announcements' AS view_name, 'announcements' AS table_name
      UNION ALL SELECT 'pub_boards', 'boards'
      UNION ALL SELECT 'pub_change_log', 'change_log'
      UNION ALL SELECT 'pub_change_log_fields', 'change_log_fields'
      UNION ALL SELECT 'pub_countries', 'countries'
      UNION ALL SELECT 'pub_data_generation', 'data_generation'
      UNION ALL SELECT 'pub_disbursements', 'disbursements'
      UNION ALL SELECT 'pub_gov_editions', 'gov_editions'
      UNION ALL SELECT 'pub_gov_indices', 'gov_indices'
      UNION ALL SELECT 'pub_gov_scores', 'gov_scores'
      UNION ALL SELECT 'pub_gov_subindices', 'gov_subindices'
      UNION ALL SELECT 'pub_gov_subscores', 'gov_subscores'
      UNION ALL SELECT 'pub_investors', 'investors'
      UNION ALL SELECT 'pub_documents', 'legal_documents'
      UNION ALL SELECT 'pub_occupancy', 'occupancy_snapshots'
      UNION ALL SELECT 'pub_project_search', 'project_search'
      UNION ALL SELECT 'pub_status_events', 'project_status_events'
      UNION ALL SELECT 'pub_projects', 'projects'
      UNION ALL SELECT 'pub_provinces', 'provinces'
      UNION ALL SELECT 'pub_findings', 'review_findings'
      UNION ALL SELECT 'pub_sectors', 'sectors'
      UNION ALL SELECT 'pub_targets', 'targets'
      UNION ALL SELECT 'pub_zone_facts', 'zone_facts'
      UNION ALL SELECT 'pub_zones', 'zones') v
JOIN information_schema.columns c ON c.table_schema = DATABASE() AND c.table_name = v.view_name;

-- what read those views as a definer reads the tables: the subscription page's view and the
-- two functions the public account may call (025_alerts.sql, 029_inquiries.sql), each as
-- it was but for the names
CREATE OR REPLACE VIEW pub_alert_follows AS
  SELECT s.id, s.address_id, s.kind, s.target, s.frequency, s.lang,
         s.confirmed_at IS NOT NULL AS confirmed,
         COALESCE(p.name, z.name) AS name, COALESCE(p.name_en, z.name_en) AS name_en
  FROM alert_subscriptions s
  LEFT JOIN projects p ON s.kind = 'project' AND p.id = CAST(s.target AS UNSIGNED)
  LEFT JOIN zones z ON s.kind = 'zone' AND z.slug = s.target;

CREATE OR REPLACE FUNCTION alert_subscribe(p_email VARCHAR(254), p_client BINARY(32), p_kind VARCHAR(10),
    p_target VARCHAR(600), p_zone VARCHAR(80), p_frequency VARCHAR(10), p_lang VARCHAR(2))
  RETURNS INT MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
  DECLARE v_key BINARY(32) DEFAULT UNHEX(SHA2(LOWER(p_email), 256));
  DECLARE v_target BINARY(32) DEFAULT UNHEX(SHA2(p_target, 256));
  DECLARE v_addr INT UNSIGNED;
  DECLARE v_zone INT UNSIGNED;
  IF (SELECT COUNT(*) FROM alert_requests WHERE who = p_client
      AND at > NOW() - INTERVAL 1 HOUR) >= 10 THEN
    RETURN -1;
  END IF;
  INSERT INTO alert_requests (who) VALUES (p_client);
  IF p_kind = 'project' THEN
    SET v_zone = (SELECT zone_id FROM projects WHERE id = CAST(p_target AS UNSIGNED));
  ELSEIF p_kind = 'zone' THEN
    SET v_zone = (SELECT id FROM zones WHERE slug = p_target);
  ELSE
    SET v_zone = (SELECT id FROM zones WHERE slug = p_zone);
  END IF;
  IF p_kind <> 'search' AND v_zone IS NULL THEN
    RETURN -3;
  END IF;
  SET v_addr = (SELECT id FROM alert_addresses WHERE email_key = v_key);
  IF v_addr IS NOT NULL THEN
    IF EXISTS (SELECT 1 FROM alert_subscriptions WHERE address_id = v_addr
               AND confirmed_at IS NULL AND created_at > NOW() - INTERVAL 1 DAY) THEN
      RETURN -2;
    END IF;
    -- an older request of the same follow that was never confirmed gives way
    DELETE FROM alert_subscriptions WHERE address_id = v_addr AND kind = p_kind
      AND target_key = v_target AND confirmed_at IS NULL;
    IF EXISTS (SELECT 1 FROM alert_subscriptions WHERE address_id = v_addr AND kind = p_kind
               AND target_key = v_target) THEN
      RETURN -4;
    END IF;
  ELSE
    INSERT INTO alert_addresses (email, email_key) VALUES (p_email, v_key);
    SET v_addr = LAST_INSERT_ID();
  END IF;
  INSERT INTO alert_subscriptions (address_id, kind, target, target_key, zone_id, frequency, lang)
    VALUES (v_addr, p_kind, p_target, v_target, v_zone, p_frequency, p_lang);
  RETURN LAST_INSERT_ID();
END;

CREATE OR REPLACE FUNCTION inquiry_submit(p_client BINARY(32), p_zones VARCHAR(300), p_name VARCHAR(200),
    p_organisation VARCHAR(200), p_country CHAR(2), p_email VARCHAR(254), p_land VARCHAR(20),
    p_sector VARCHAR(40), p_message VARCHAR(4000), p_lang VARCHAR(2))
  RETURNS INT MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
  DECLARE v_id INT UNSIGNED;
  DECLARE v_wanted INT DEFAULT LENGTH(p_zones) - LENGTH(REPLACE(p_zones, ',', '')) + 1;
  IF p_zones IS NULL OR p_zones = '' OR v_wanted > 3
     OR (SELECT COUNT(*) FROM zones WHERE FIND_IN_SET(slug, p_zones)) <> v_wanted THEN
    RETURN -2;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM countries WHERE code = p_country) THEN
    RETURN -3;
  END IF;
  IF p_sector IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sectors WHERE code = p_sector) THEN
    RETURN -4;
  END IF;
  IF (SELECT COUNT(*) FROM inquiry_requests WHERE who = p_client
      AND at > NOW() - INTERVAL 1 HOUR) >= 5 THEN
    RETURN -1;
  END IF;
  INSERT INTO inquiry_requests (who) VALUES (p_client);
  INSERT INTO inquiries (name, organisation, country, email, land_ha, sector, message, lang,
      consent, confirm_mail)
    VALUES (p_name, p_organisation, UPPER(p_country), p_email, CAST(p_land AS DECIMAL(10,2)),
      p_sector, p_message, p_lang, TRUE,
      IF(EXISTS (SELECT 1 FROM inquiries WHERE email = p_email
                 AND created_at > NOW() - INTERVAL 1 DAY), 'skipped', 'due'));
  SET v_id = LAST_INSERT_ID();
  INSERT INTO inquiry_zones (inquiry_id, zone_id)
    SELECT v_id, id FROM zones WHERE FIND_IN_SET(slug, p_zones);
  RETURN v_id;
END;

-- the views the column grants replace
DROP VIEW pub_announcements, pub_boards, pub_change_log, pub_change_log_fields,
  pub_countries, pub_data_generation, pub_disbursements, pub_gov_editions, pub_gov_indices,
  pub_gov_scores, pub_gov_subindices, pub_gov_subscores, pub_investors, pub_documents,
  pub_occupancy, pub_project_search, pub_status_events, pub_projects, pub_provinces,
  pub_findings, pub_sectors, pub_targets, pub_zone_facts, pub_zones;
