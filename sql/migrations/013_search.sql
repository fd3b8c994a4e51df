-- Word-based search of the registry (docs/open-data.md, docs/performance.md).
--
-- project_search holds, per project, the text a search may match: name_words the project's
-- names (Vietnamese and English), words those and the zone's names, the investor's name,
-- the country's and the sector's names in both languages and the numbers of the project's
-- legal documents. Adjacent words of the project's and the zone's Vietnamese names are also
-- there joined ("Vân Đồn" → "VânĐồn"), as people type place names written together in
-- domain names and romanised text ("vandon"). Two FULLTEXT indexes serve the search: words to
-- find, name_words to rank a match in the project's own names first. InnoDB compares a FULLTEXT
-- index's words in the column's collation: under utf8mb4_uca1400_ai_ci "van" is "Vân", "don"
-- is "Đồn" and "d*" finds both, so the text is stored as written and only the query is folded
-- (cgi-bin/public/search.c; tests/http/search.sh checks that the two agree on every letter).
-- Triggers keep it in the same transaction as every change to what it is made of, as
-- project_totals (003).
--
-- InnoDB indexes only words of innodb_ft_min_token_size characters or more and skips its
-- stopwords: Vietnamese words of one or two letters ("an", "ha", "cu", "da") must be indexed,
-- so the server runs with innodb_ft_min_token_size=1 and innodb_ft_enable_stopword=0
-- (./portal, conf/examples/mariadb-minhbach.cnf); this migration refuses to run on a server
-- without them rather than build an index that silently misses words.
BEGIN NOT ATOMIC
  IF @@innodb_ft_min_token_size > 1 OR @@innodb_ft_enable_stopword THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
      'the search index needs MariaDB with innodb_ft_min_token_size=1 and innodb_ft_enable_stopword=0 (conf/examples/mariadb-minhbach.cnf)';
  END IF;
END;

-- "Khu kinh tế Vân Đồn" → "Khukinh kinhtế tếVân VânĐồn Đồn": each word joined to the next
CREATE FUNCTION search_pairs(s TEXT CHARACTER SET utf8mb4) RETURNS TEXT CHARACTER SET utf8mb4
  DETERMINISTIC NO SQL
  RETURN REGEXP_REPLACE(s, '([\\p{L}\\p{N}]+)[^\\p{L}\\p{N}]+(?=([\\p{L}\\p{N}]+))', '\\1\\2 ');

CREATE TABLE project_search (
  project_id  INT UNSIGNED NOT NULL PRIMARY KEY,
  name_words  TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci NOT NULL,
  words       TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci NOT NULL,
  FULLTEXT KEY search_name (name_words),
  FULLTEXT KEY search_words (words),
  CONSTRAINT search_project FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- What project_search holds for each project, computed from the records.
-- (the Vietnamese names are in utf8mb4_uca1400_vietnamese_ai_ci, where ă, â, đ… are letters
-- of their own: the text is in utf8mb4_uca1400_ai_ci, where they are a, a, d)
CREATE VIEW project_search_source AS
  SELECT p.id AS project_id,
    CONCAT_WS(' ', p.name COLLATE utf8mb4_uca1400_ai_ci, p.name_en, search_pairs(p.name)) AS name_words,
    CONCAT_WS(' ', p.name COLLATE utf8mb4_uca1400_ai_ci, p.name_en, search_pairs(p.name),
      z.name COLLATE utf8mb4_uca1400_ai_ci, z.name_en, search_pairs(z.name),
      i.name COLLATE utf8mb4_uca1400_ai_ci, c.name COLLATE utf8mb4_uca1400_ai_ci, c.name_en,
      s.name COLLATE utf8mb4_uca1400_ai_ci, s.name_en,
      (SELECT GROUP_CONCAT(d.number SEPARATOR ' ') FROM legal_documents d
       WHERE d.project_id = p.id)) AS words
  FROM projects p JOIN zones z ON z.id = p.zone_id JOIN investors i ON i.id = p.investor_id
  JOIN countries c ON c.code = i.country JOIN sectors s ON s.code = p.sector;

INSERT INTO project_search (project_id, name_words, words)
  SELECT project_id, name_words, words FROM project_search_source;

CREATE PROCEDURE project_search_refresh(project INT UNSIGNED)
  INSERT INTO project_search (project_id, name_words, words)
  SELECT project_id, name_words, words FROM project_search_source WHERE project_id = project
  ON DUPLICATE KEY UPDATE name_words = VALUES(name_words), words = VALUES(words);

CREATE TRIGGER projects_search_insert AFTER INSERT ON projects FOR EACH ROW
  CALL project_search_refresh(NEW.id);
CREATE TRIGGER projects_search_update AFTER UPDATE ON projects FOR EACH ROW
  IF NOT (OLD.name <=> NEW.name AND OLD.name_en <=> NEW.name_en AND OLD.zone_id <=> NEW.zone_id
          AND OLD.investor_id <=> NEW.investor_id AND OLD.sector <=> NEW.sector) THEN
    CALL project_search_refresh(NEW.id);
  END IF;
CREATE TRIGGER documents_search_insert AFTER INSERT ON legal_documents FOR EACH ROW
  IF NEW.project_id IS NOT NULL THEN CALL project_search_refresh(NEW.project_id); END IF;
CREATE TRIGGER documents_search_update AFTER UPDATE ON legal_documents FOR EACH ROW
  BEGIN
    IF OLD.project_id IS NOT NULL AND NOT (OLD.project_id <=> NEW.project_id AND OLD.number <=> NEW.number) THEN
      CALL project_search_refresh(OLD.project_id);
    END IF;
    IF NEW.project_id IS NOT NULL AND NOT (OLD.project_id <=> NEW.project_id AND OLD.number <=> NEW.number) THEN
      CALL project_search_refresh(NEW.project_id);
    END IF;
  END;
CREATE TRIGGER documents_search_delete AFTER DELETE ON legal_documents FOR EACH ROW
  IF OLD.project_id IS NOT NULL THEN CALL project_search_refresh(OLD.project_id); END IF;
-- Names of zones, investors, countries and sectors change rarely: all their projects at
-- once, those of the one argument given.
CREATE PROCEDURE project_search_refresh_of(zone INT UNSIGNED, investor INT UNSIGNED,
    country CHAR(2), sector VARCHAR(40))
  INSERT INTO project_search (project_id, name_words, words)
  SELECT s.project_id, s.name_words, s.words FROM project_search_source s
  JOIN projects p ON p.id = s.project_id JOIN investors i ON i.id = p.investor_id
  WHERE p.zone_id <=> zone OR p.investor_id <=> investor OR i.country <=> country
    OR p.sector <=> sector
  ON DUPLICATE KEY UPDATE name_words = VALUES(name_words), words = VALUES(words);
CREATE TRIGGER zones_search_update AFTER UPDATE ON zones FOR EACH ROW
  IF NOT (OLD.name <=> NEW.name AND OLD.name_en <=> NEW.name_en) THEN
    CALL project_search_refresh_of(NEW.id, NULL, NULL, NULL);
  END IF;
CREATE TRIGGER investors_search_update AFTER UPDATE ON investors FOR EACH ROW
  IF NOT (OLD.name <=> NEW.name AND OLD.country <=> NEW.country) THEN
    CALL project_search_refresh_of(NULL, NEW.id, NULL, NULL);
  END IF;
CREATE TRIGGER countries_search_update AFTER UPDATE ON countries FOR EACH ROW
  IF NOT (OLD.name <=> NEW.name AND OLD.name_en <=> NEW.name_en) THEN
    CALL project_search_refresh_of(NULL, NULL, NEW.code, NULL);
  END IF;
CREATE TRIGGER sectors_search_update AFTER UPDATE ON sectors FOR EACH ROW
  IF NOT (OLD.name <=> NEW.name AND OLD.name_en <=> NEW.name_en) THEN
    CALL project_search_refresh_of(NULL, NULL, NULL, NEW.code);
  END IF;

-- English pages sort by the English name, the Vietnamese one where there is none, in an
-- English (not Vietnamese) order: a column of its own and an index for the keyset pages.
ALTER TABLE projects
  ADD COLUMN name_sort_en VARCHAR(300) COLLATE utf8mb4_uca1400_ai_ci
    AS (COALESCE(NULLIF(name_en, ''), name COLLATE utf8mb4_uca1400_ai_ci)) STORED,
  ADD KEY projects_name_en (name_sort_en, id);

CREATE VIEW pub_project_search AS SELECT project_id, name_words, words FROM project_search;
CREATE OR REPLACE VIEW pub_projects AS
  SELECT id, zone_id, investor_id, sector, name, name_en, name_sort_en, status, status_since,
         authority, currency, registered_capital, disbursed_capital, registered_usd,
         disbursed_usd, land_ha, approved_on, planned_start, actual_start, planned_operation,
         actual_operation, permit_expires_on, is_secondary, is_sample, version, updated_at
  FROM projects;
