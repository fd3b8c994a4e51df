-- Inquiries to the management boards (README "Asking a board"): an investor's question
-- about one or more zones, sent from a zone's page or the finder's comparison, read by the
-- staff of the zones' boards at /staff/inquiries and never shown publicly.
--
-- The public program writes here only through inquiry_submit (SQL SECURITY DEFINER; its
-- account has EXECUTE on it and no right on the tables, sql/grants.sql), so a bug in a
-- public page can neither read an inquiry nor write anything but a new one. The staff
-- account reads and updates inquiries and inquiry_zones (its pages show a user only the
-- inquiries of the boards the user holds a role on; only an admin deletes), and has no
-- right on inquiry_requests (the rate limit's keyed hashes of client addresses).
--
-- Kept until an admin deletes one (on the inquirer's request); the rate limit's rows a day.

CREATE TABLE inquiries (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  name        VARCHAR(200) NOT NULL,
  organisation VARCHAR(200) NULL,
  country     CHAR(2) NOT NULL,
  email       VARCHAR(254) NOT NULL,
  -- the land wanted, hectares
  land_ha     DECIMAL(10,2) NULL,
  sector      VARCHAR(40) NULL,
  message     VARCHAR(4000) NOT NULL,
  -- the page's language: the confirmation mail's
  lang        ENUM('vi','en') NOT NULL,
  -- the consent line was ticked (the form refuses without it)
  consent     BOOLEAN NOT NULL,
  status      ENUM('open','answered') NOT NULL DEFAULT 'open',
  answered_at DATETIME NULL,
  answered_by INT UNSIGNED NULL,
  -- the confirmation mail, sent by `minhbachctl send-alerts`: due, sent, skipped (the
  -- address had one in the last 24 hours: the form cannot mail-bomb anyone) or refused
  -- for good (a 5xx); tries and next_try_at back off a temporary failure
  confirm_mail ENUM('due','sent','skipped','refused') NOT NULL DEFAULT 'due',
  confirm_tries SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  confirm_next_try_at DATETIME NULL,
  CONSTRAINT inquiries_consent CHECK (consent = 1),
  CONSTRAINT inquiries_land CHECK (land_ha IS NULL OR land_ha > 0),
  CONSTRAINT inquiries_answered CHECK ((status = 'answered') = (answered_at IS NOT NULL)),
  CONSTRAINT inquiries_country FOREIGN KEY (country) REFERENCES countries (code),
  CONSTRAINT inquiries_sector FOREIGN KEY (sector) REFERENCES sectors (code),
  CONSTRAINT inquiries_answered_by FOREIGN KEY (answered_by) REFERENCES staff_users (id)
    ON DELETE SET NULL,
  KEY inquiries_mail (confirm_mail),
  KEY inquiries_email (email)
) ENGINE=InnoDB;

-- The zones an inquiry asks about (one to three); each zone's board sees it.
CREATE TABLE inquiry_zones (
  inquiry_id  INT UNSIGNED NOT NULL,
  zone_id     INT UNSIGNED NOT NULL,
  PRIMARY KEY (inquiry_id, zone_id),
  KEY inquiry_zones_zone (zone_id),
  CONSTRAINT inquiry_zones_inquiry FOREIGN KEY (inquiry_id) REFERENCES inquiries (id)
    ON DELETE CASCADE,
  CONSTRAINT inquiry_zones_zone FOREIGN KEY (zone_id) REFERENCES zones (id)
) ENGINE=InnoDB;

-- Inquiries stored, for the rate limit per client address (a keyed hash of it, never the
-- address itself); kept a day (`minhbachctl send-alerts` deletes older rows).
CREATE TABLE inquiry_requests (
  who         BINARY(32) NOT NULL,
  at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY inquiry_requests_who (who, at)
) ENGINE=InnoDB;

-- Stores an inquiry (the program checked every field's form). p_zones: the zones' slugs,
-- comma-separated. Returns the new inquiry's id, or: -1 the client stored 5 inquiries in
-- the last hour; -2 a zone is not a published zone; -3 the country is not one of the
-- countries; -4 the sector is not one of the sectors. Nothing is written but on success.
CREATE FUNCTION inquiry_submit(p_client BINARY(32), p_zones VARCHAR(300), p_name VARCHAR(200),
    p_organisation VARCHAR(200), p_country CHAR(2), p_email VARCHAR(254), p_land VARCHAR(20),
    p_sector VARCHAR(40), p_message VARCHAR(4000), p_lang VARCHAR(2))
  RETURNS INT MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
  DECLARE v_id INT UNSIGNED;
  DECLARE v_wanted INT DEFAULT LENGTH(p_zones) - LENGTH(REPLACE(p_zones, ',', '')) + 1;
  IF p_zones IS NULL OR p_zones = '' OR v_wanted > 3
     OR (SELECT COUNT(*) FROM pub_zones WHERE FIND_IN_SET(slug, p_zones)) <> v_wanted THEN
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
    SELECT v_id, id FROM pub_zones WHERE FIND_IN_SET(slug, p_zones);
  RETURN v_id;
END;
