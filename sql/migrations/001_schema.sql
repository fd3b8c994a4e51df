-- Schema v1: the published record of zones, projects and indices, and the staff side
-- (users, roles, sessions, audit log, change requests) that feeds it.
--
-- Publication model: the record tables (zones … announcements) hold only published data.
-- Staff edits live in change_requests until a reviewer publishes them; publishing applies
-- the change to the record tables and writes change_log rows in one transaction. The
-- public DB account reads the record only through the pub_* views (002_views.sql).

CREATE TABLE provinces (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(16)  NOT NULL UNIQUE,
  name        VARCHAR(120) NOT NULL COLLATE utf8mb4_uca1400_vietnamese_ai_ci,
  name_en     VARCHAR(120) NOT NULL,
  region      VARCHAR(60)  NULL
) ENGINE=InnoDB;

-- One row: which province this portal is about, and its site-wide settings.
CREATE TABLE site (
  id          TINYINT UNSIGNED NOT NULL PRIMARY KEY DEFAULT 1,
  province_id INT UNSIGNED NOT NULL,
  title       VARCHAR(200) NOT NULL,
  title_en    VARCHAR(200) NOT NULL,
  publisher   VARCHAR(200) NOT NULL,
  publisher_en VARCHAR(200) NOT NULL,
  contact_email VARCHAR(200) NULL,
  licence_name VARCHAR(100) NOT NULL DEFAULT 'CC BY 4.0',
  licence_url  VARCHAR(300) NOT NULL DEFAULT 'https://creativecommons.org/licenses/by/4.0/',
  CONSTRAINT site_single CHECK (id = 1),
  CONSTRAINT site_province FOREIGN KEY (province_id) REFERENCES provinces (id)
) ENGINE=InnoDB;

CREATE TABLE boards (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  province_id INT UNSIGNED NOT NULL,
  slug        VARCHAR(80)  NOT NULL UNIQUE,
  name        VARCHAR(200) NOT NULL COLLATE utf8mb4_uca1400_vietnamese_ai_ci,
  name_en     VARCHAR(200) NOT NULL,
  address     VARCHAR(300) NULL,
  phone       VARCHAR(40)  NULL,
  email       VARCHAR(200) NULL,
  website     VARCHAR(300) NULL,
  CONSTRAINT boards_province FOREIGN KEY (province_id) REFERENCES provinces (id)
) ENGINE=InnoDB;

CREATE TABLE zones (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  board_id    INT UNSIGNED NOT NULL,
  parent_id   INT UNSIGNED NULL,
  kind        ENUM('kcn','kkt') NOT NULL,
  slug        VARCHAR(80)  NOT NULL UNIQUE,
  name        VARCHAR(200) NOT NULL COLLATE utf8mb4_uca1400_vietnamese_ai_ci,
  name_en     VARCHAR(200) NOT NULL,
  status      ENUM('planned','construction','operating','suspended') NOT NULL,
  total_ha    DECIMAL(10,2) NOT NULL,
  leasable_ha DECIMAL(10,2) NOT NULL,
  leased_ha   DECIMAL(10,2) NOT NULL,
  occupancy_as_of DATE NOT NULL,
  developer   VARCHAR(200) NULL,
  location    VARCHAR(200) NULL,
  latitude    DECIMAL(9,6) NULL,
  longitude   DECIMAL(9,6) NULL,
  established_on DATE NULL,
  contact     VARCHAR(300) NULL,
  is_sample   BOOLEAN NOT NULL DEFAULT TRUE,
  version     INT UNSIGNED NOT NULL DEFAULT 1,
  updated_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT zones_board  FOREIGN KEY (board_id)  REFERENCES boards (id),
  CONSTRAINT zones_parent FOREIGN KEY (parent_id) REFERENCES zones (id),
  CONSTRAINT zones_parent_kind CHECK (parent_id IS NULL OR kind = 'kcn'),
  CONSTRAINT zones_hectares CHECK (leased_ha >= 0 AND leased_ha <= leasable_ha AND leasable_ha <= total_ha),
  CONSTRAINT zones_coords CHECK ((latitude IS NULL) = (longitude IS NULL)),
  KEY zones_kind (kind, name),
  KEY zones_board_name (board_id, name)
) ENGINE=InnoDB;

-- Dated fill-rate statements: per zone (hectares) or province-wide (zone_id NULL, a
-- published rate that may come without its hectares).
CREATE TABLE occupancy_snapshots (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  zone_id     INT UNSIGNED NULL,
  scope       ENUM('zone','province_kcn','province_kkt') NOT NULL DEFAULT 'zone',
  as_of       DATE NOT NULL,
  leasable_ha DECIMAL(10,2) NULL,
  leased_ha   DECIMAL(10,2) NULL,
  rate_pct    DECIMAL(5,2)  NULL,
  source      VARCHAR(300)  NULL,
  is_sample   BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT occ_zone FOREIGN KEY (zone_id) REFERENCES zones (id),
  CONSTRAINT occ_scope CHECK ((scope = 'zone') = (zone_id IS NOT NULL)),
  CONSTRAINT occ_values CHECK (rate_pct IS NOT NULL OR (leasable_ha IS NOT NULL AND leased_ha IS NOT NULL)),
  CONSTRAINT occ_hectares CHECK (leased_ha IS NULL OR leasable_ha IS NULL OR leased_ha <= leasable_ha),
  CONSTRAINT occ_rate CHECK (rate_pct IS NULL OR rate_pct BETWEEN 0 AND 100),
  UNIQUE KEY occ_zone_date (zone_id, scope, as_of)
) ENGINE=InnoDB;

CREATE TABLE countries (
  code        CHAR(2) NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL COLLATE utf8mb4_uca1400_vietnamese_ai_ci,
  name_en     VARCHAR(100) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE sectors (
  code        VARCHAR(40) NOT NULL PRIMARY KEY,
  name        VARCHAR(150) NOT NULL COLLATE utf8mb4_uca1400_vietnamese_ai_ci,
  name_en     VARCHAR(150) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE investors (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(250) NOT NULL COLLATE utf8mb4_uca1400_vietnamese_ai_ci,
  country     CHAR(2) NOT NULL,
  is_sample   BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT investors_country FOREIGN KEY (country) REFERENCES countries (code),
  KEY investors_name (name)
) ENGINE=InnoDB;

CREATE TABLE projects (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  zone_id     INT UNSIGNED NOT NULL,
  investor_id INT UNSIGNED NOT NULL,
  sector      VARCHAR(40) NOT NULL,
  name        VARCHAR(300) NOT NULL COLLATE utf8mb4_uca1400_vietnamese_ai_ci,
  name_en     VARCHAR(300) NULL,
  -- current status, kept equal to the latest project_status_events row
  status      ENUM('approved','construction','operating','delayed','suspended','revoked','expired') NOT NULL,
  status_since DATE NOT NULL,
  authority   ENUM('province','central') NOT NULL,
  currency    CHAR(3) NOT NULL,
  registered_capital DECIMAL(18,2) NOT NULL,
  disbursed_capital  DECIMAL(18,2) NOT NULL DEFAULT 0,
  registered_usd     DECIMAL(18,2) NOT NULL,
  disbursed_usd      DECIMAL(18,2) NOT NULL DEFAULT 0,
  land_ha     DECIMAL(10,2) NOT NULL DEFAULT 0,
  approved_on DATE NOT NULL,
  planned_start      DATE NULL,
  actual_start       DATE NULL,
  planned_operation  DATE NULL,
  actual_operation   DATE NULL,
  permit_expires_on  DATE NULL,
  is_secondary BOOLEAN NOT NULL DEFAULT TRUE,
  is_sample   BOOLEAN NOT NULL DEFAULT TRUE,
  version     INT UNSIGNED NOT NULL DEFAULT 1,
  updated_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT projects_zone     FOREIGN KEY (zone_id)     REFERENCES zones (id),
  CONSTRAINT projects_investor FOREIGN KEY (investor_id) REFERENCES investors (id),
  CONSTRAINT projects_sector   FOREIGN KEY (sector)      REFERENCES sectors (code),
  CONSTRAINT projects_money CHECK (registered_capital >= 0 AND disbursed_capital >= 0
                                   AND registered_usd >= 0 AND disbursed_usd >= 0),
  CONSTRAINT projects_land CHECK (land_ha >= 0),
  CONSTRAINT projects_currency CHECK (currency REGEXP '^[A-Z]{3}$'),
  CONSTRAINT projects_dates CHECK ((actual_start IS NULL OR actual_start >= approved_on)
                                   AND (planned_start IS NULL OR planned_start >= approved_on)),
  KEY projects_zone_status (zone_id, status, name),
  KEY projects_status_name (status, name, id),
  KEY projects_name (name, id),
  KEY projects_capital (registered_usd, id),
  KEY projects_approved (approved_on, id)
) ENGINE=InnoDB;

-- Dated disbursements, so that "disbursed in a period" can be computed; the project's
-- disbursed_* columns are their running total.
CREATE TABLE disbursements (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  project_id  INT UNSIGNED NOT NULL,
  disbursed_on DATE NOT NULL,
  amount      DECIMAL(18,2) NOT NULL,
  amount_usd  DECIMAL(18,2) NOT NULL,
  is_sample   BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT disbursements_project FOREIGN KEY (project_id) REFERENCES projects (id),
  CONSTRAINT disbursements_amount CHECK (amount > 0 AND amount_usd > 0),
  KEY disbursements_date (disbursed_on, project_id),
  KEY disbursements_project (project_id, disbursed_on)
) ENGINE=InnoDB;

CREATE TABLE document_files (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sha256      BINARY(32) NOT NULL UNIQUE,
  media_type  VARCHAR(60) NOT NULL DEFAULT 'application/pdf',
  size_bytes  INT UNSIGNED NOT NULL,
  content     LONGBLOB NOT NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB;

CREATE TABLE legal_documents (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  project_id  INT UNSIGNED NULL,
  zone_id     INT UNSIGNED NULL,
  doc_type    ENUM('policy_decision','investment_certificate','land_lease','construction_permit',
                   'environment_approval','inspection_conclusion','delay_decision','suspension_decision',
                   'revocation_decision','extension','other') NOT NULL,
  number      VARCHAR(80)  NOT NULL,
  issued_on   DATE NOT NULL,
  issuer      VARCHAR(200) NOT NULL,
  title       VARCHAR(400) NOT NULL,
  url         VARCHAR(500) NULL,
  file_id     INT UNSIGNED NULL,
  is_sample   BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT docs_project FOREIGN KEY (project_id) REFERENCES projects (id),
  CONSTRAINT docs_zone    FOREIGN KEY (zone_id)    REFERENCES zones (id),
  CONSTRAINT docs_file    FOREIGN KEY (file_id)    REFERENCES document_files (id),
  CONSTRAINT docs_subject CHECK (project_id IS NOT NULL OR zone_id IS NOT NULL),
  CONSTRAINT docs_url CHECK (url IS NULL OR url REGEXP '^https?://'),
  KEY docs_project (project_id, issued_on)
) ENGINE=InnoDB;

CREATE TABLE project_status_events (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  project_id  INT UNSIGNED NOT NULL,
  status      ENUM('approved','construction','operating','delayed','suspended','revoked','expired') NOT NULL,
  effective_on DATE NOT NULL,
  reason      VARCHAR(1000) NULL,
  remedy      VARCHAR(1000) NULL,
  remedy_due  DATE NULL,
  revocation  ENUM('whole','partial') NULL,
  land_ha_before DECIMAL(10,2) NULL,
  land_ha_after  DECIMAL(10,2) NULL,
  document_id INT UNSIGNED NULL,
  CONSTRAINT events_project  FOREIGN KEY (project_id)  REFERENCES projects (id),
  CONSTRAINT events_document FOREIGN KEY (document_id) REFERENCES legal_documents (id),
  -- delay, suspension, revocation and expiry each carry a reason and a legal basis
  CONSTRAINT events_basis CHECK (status NOT IN ('delayed','suspended','revoked','expired')
                                 OR (reason IS NOT NULL AND document_id IS NOT NULL)),
  CONSTRAINT events_revocation CHECK ((status = 'revoked') = (revocation IS NOT NULL)),
  CONSTRAINT events_partial CHECK (revocation IS NULL OR revocation = 'whole'
                                   OR (land_ha_before IS NOT NULL AND land_ha_after IS NOT NULL
                                       AND land_ha_after >= 0 AND land_ha_after < land_ha_before)),
  KEY events_project (project_id, effective_on),
  KEY events_status_date (status, effective_on)
) ENGINE=InnoDB;

CREATE TABLE review_findings (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  project_id  INT UNSIGNED NOT NULL,
  area        ENUM('planning','land','construction','environment') NOT NULL,
  reviewed_on DATE NOT NULL,
  outcome     ENUM('compliant','minor','violation') NOT NULL,
  summary     VARCHAR(2000) NOT NULL,
  action      VARCHAR(1000) NULL,
  document_id INT UNSIGNED NULL,
  is_sample   BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT findings_project  FOREIGN KEY (project_id)  REFERENCES projects (id),
  CONSTRAINT findings_document FOREIGN KEY (document_id) REFERENCES legal_documents (id),
  KEY findings_project (project_id, reviewed_on)
) ENGINE=InnoDB;

-- Targets per period and scope; actuals are computed from project records (see docs).
CREATE TABLE targets (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  province_id INT UNSIGNED NOT NULL,
  zone_id     INT UNSIGNED NULL,
  period_label VARCHAR(40) NOT NULL,
  period_start DATE NOT NULL,
  period_end   DATE NOT NULL,
  metric      ENUM('licensed_capital','disbursed_capital','projects_started','started_capital') NOT NULL,
  target_value DECIMAL(18,2) NOT NULL,
  unit        ENUM('USD','count') NOT NULL,
  source      VARCHAR(400) NULL,
  is_sample   BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT targets_province FOREIGN KEY (province_id) REFERENCES provinces (id),
  CONSTRAINT targets_zone     FOREIGN KEY (zone_id)     REFERENCES zones (id),
  CONSTRAINT targets_period CHECK (period_end >= period_start),
  CONSTRAINT targets_value CHECK (target_value >= 0),
  CONSTRAINT targets_unit CHECK ((metric IN ('projects_started')) = (unit = 'count')),
  UNIQUE KEY targets_once (province_id, zone_id, period_start, period_end, metric)
) ENGINE=InnoDB;

CREATE TABLE gov_indices (
  code        VARCHAR(10) NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  abbrev      VARCHAR(20) NOT NULL,
  publisher   VARCHAR(200) NOT NULL,
  publisher_en VARCHAR(200) NOT NULL,
  scale_max   DECIMAL(6,2) NOT NULL,
  position    TINYINT UNSIGNED NOT NULL,
  CONSTRAINT gov_indices_code CHECK (code IN ('pci','par','sipas','papi'))
) ENGINE=InnoDB;

CREATE TABLE gov_subindices (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  index_code  VARCHAR(10) NOT NULL,
  code        VARCHAR(40) NOT NULL,
  name        VARCHAR(200) NOT NULL,
  name_en     VARCHAR(200) NOT NULL,
  position    TINYINT UNSIGNED NOT NULL,
  CONSTRAINT subindices_index FOREIGN KEY (index_code) REFERENCES gov_indices (code),
  UNIQUE KEY subindices_code (index_code, code)
) ENGINE=InnoDB;

CREATE TABLE gov_editions (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  index_code  VARCHAR(10) NOT NULL,
  year        SMALLINT UNSIGNED NOT NULL,
  provinces_ranked TINYINT UNSIGNED NOT NULL,
  published_on DATE NULL,
  source      VARCHAR(300) NOT NULL,
  source_url  VARCHAR(500) NULL,
  CONSTRAINT editions_index FOREIGN KEY (index_code) REFERENCES gov_indices (code),
  CONSTRAINT editions_year CHECK (year BETWEEN 2000 AND 2100),
  CONSTRAINT editions_count CHECK (provinces_ranked BETWEEN 1 AND 100),
  UNIQUE KEY editions_once (index_code, year)
) ENGINE=InnoDB;

CREATE TABLE gov_scores (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  edition_id  INT UNSIGNED NOT NULL,
  province_id INT UNSIGNED NOT NULL,
  score       DECIMAL(7,2) NOT NULL,
  rank_no     TINYINT UNSIGNED NOT NULL,
  is_sample   BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT scores_edition  FOREIGN KEY (edition_id)  REFERENCES gov_editions (id),
  CONSTRAINT scores_province FOREIGN KEY (province_id) REFERENCES provinces (id),
  CONSTRAINT scores_rank CHECK (rank_no >= 1),
  CONSTRAINT scores_score CHECK (score >= 0),
  UNIQUE KEY scores_once (edition_id, province_id),
  KEY scores_province (province_id, edition_id)
) ENGINE=InnoDB;

CREATE TABLE gov_subscores (
  score_id    INT UNSIGNED NOT NULL,
  subindex_id INT UNSIGNED NOT NULL,
  score       DECIMAL(7,2) NOT NULL,
  PRIMARY KEY (score_id, subindex_id),
  CONSTRAINT subscores_score    FOREIGN KEY (score_id)    REFERENCES gov_scores (id),
  CONSTRAINT subscores_subindex FOREIGN KEY (subindex_id) REFERENCES gov_subindices (id)
) ENGINE=InnoDB;

CREATE TABLE announcements (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  board_id    INT UNSIGNED NOT NULL,
  published_on DATE NOT NULL,
  title       VARCHAR(300) NOT NULL,
  title_en    VARCHAR(300) NULL,
  body        TEXT NOT NULL,
  body_en     TEXT NULL,
  is_sample   BOOLEAN NOT NULL DEFAULT TRUE,
  CONSTRAINT announcements_board FOREIGN KEY (board_id) REFERENCES boards (id),
  KEY announcements_date (published_on)
) ENGINE=InnoDB;

-- Published changes, one row per change and one per field that changed in it.
CREATE TABLE change_log (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entity      ENUM('zone','project') NOT NULL,
  entity_id   INT UNSIGNED NOT NULL,
  published_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  summary     VARCHAR(300) NOT NULL,
  note        VARCHAR(2000) NULL,
  request_id  INT UNSIGNED NULL,
  KEY change_log_entity (entity, entity_id, published_at),
  KEY change_log_date (published_at, id)
) ENGINE=InnoDB;

CREATE TABLE change_log_fields (
  change_id   INT UNSIGNED NOT NULL,
  field       VARCHAR(60) NOT NULL,
  old_value   VARCHAR(2000) NULL,
  new_value   VARCHAR(2000) NULL,
  PRIMARY KEY (change_id, field),
  CONSTRAINT change_fields_change FOREIGN KEY (change_id) REFERENCES change_log (id)
) ENGINE=InnoDB;

-- Incremented by every publication; page caches compare against it.
CREATE TABLE data_generation (
  id          TINYINT UNSIGNED NOT NULL PRIMARY KEY DEFAULT 1,
  generation  BIGINT UNSIGNED NOT NULL DEFAULT 1,
  changed_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  CONSTRAINT data_generation_single CHECK (id = 1)
) ENGINE=InnoDB;
INSERT INTO data_generation (id) VALUES (1);

-- Staff side -------------------------------------------------------------------------

CREATE TABLE staff_users (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username    VARCHAR(60) NOT NULL UNIQUE,
  display_name VARCHAR(200) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  is_admin    BOOLEAN NOT NULL DEFAULT FALSE,
  is_active   BOOLEAN NOT NULL DEFAULT TRUE,
  password_changed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT staff_users_name CHECK (username REGEXP '^[a-z0-9._-]{2,60}$')
) ENGINE=InnoDB;

CREATE TABLE staff_roles (
  user_id     INT UNSIGNED NOT NULL,
  board_id    INT UNSIGNED NOT NULL,
  role        ENUM('editor','reviewer') NOT NULL,
  PRIMARY KEY (user_id, board_id, role),
  CONSTRAINT staff_roles_user  FOREIGN KEY (user_id)  REFERENCES staff_users (id),
  CONSTRAINT staff_roles_board FOREIGN KEY (board_id) REFERENCES boards (id)
) ENGINE=InnoDB;

CREATE TABLE staff_sessions (
  token_hash  BINARY(32) NOT NULL PRIMARY KEY,
  user_id     INT UNSIGNED NOT NULL,
  csrf_token  CHAR(64) NOT NULL,
  client_addr VARCHAR(45) NOT NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  last_seen   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT staff_sessions_user FOREIGN KEY (user_id) REFERENCES staff_users (id),
  KEY staff_sessions_user (user_id)
) ENGINE=InnoDB;

CREATE TABLE login_attempts (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username    VARCHAR(60) NOT NULL,
  client_addr VARCHAR(45) NOT NULL,
  attempted_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  succeeded   BOOLEAN NOT NULL,
  KEY attempts_user (username, attempted_at),
  KEY attempts_addr (client_addr, attempted_at)
) ENGINE=InnoDB;

-- Append-only for the staff account (INSERT and SELECT granted, never UPDATE or DELETE).
CREATE TABLE audit_log (
  id          BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  user_id     INT UNSIGNED NULL,
  username    VARCHAR(60) NULL,
  action      VARCHAR(40) NOT NULL,
  entity      VARCHAR(40) NULL,
  entity_id   INT UNSIGNED NULL,
  detail      VARCHAR(2000) NULL,
  client_addr VARCHAR(45) NULL,
  KEY audit_at (at)
) ENGINE=InnoDB;

CREATE TABLE change_requests (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  board_id    INT UNSIGNED NOT NULL,
  entity      VARCHAR(40) NOT NULL,
  entity_id   INT UNSIGNED NULL,
  base_version INT UNSIGNED NULL,
  state       ENUM('draft','submitted','published','returned') NOT NULL DEFAULT 'draft',
  payload     MEDIUMTEXT NOT NULL,
  note        VARCHAR(2000) NULL,
  author_id   INT UNSIGNED NOT NULL,
  reviewer_id INT UNSIGNED NULL,
  review_comment VARCHAR(2000) NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  submitted_at DATETIME NULL,
  decided_at  DATETIME NULL,
  CONSTRAINT requests_board    FOREIGN KEY (board_id)    REFERENCES boards (id),
  CONSTRAINT requests_author   FOREIGN KEY (author_id)   REFERENCES staff_users (id),
  CONSTRAINT requests_reviewer FOREIGN KEY (reviewer_id) REFERENCES staff_users (id),
  CONSTRAINT requests_four_eyes CHECK (reviewer_id IS NULL OR reviewer_id <> author_id),
  KEY requests_state (state, board_id)
) ENGINE=InnoDB;
