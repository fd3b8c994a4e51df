-- E-mail alerts (README "Following changes by e-mail", docs/security.md).
--
-- A subscription follows a project, a zone (its parks and their projects) or a registry
-- search (its normalized query string); it is confirmed by a signed link mailed to the
-- address (double opt-in) and mailed by `minhbachctl send-alerts` (tools/alerts.c).
--
-- The public program writes here only through the functions below (SQL SECURITY DEFINER;
-- its account has EXECUTE on them and no right on the tables, sql/grants.sql), so a bug in
-- a public page can neither read an address nor write anything but what these allow. The
-- staff account has no right on these tables: it reads the counts per zone
-- (staff_alert_counts), never an address.

CREATE TABLE alert_addresses (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email       VARCHAR(254) NOT NULL,
  -- SHA-256 of the lower-cased address: one row per address whatever its case
  email_key   BINARY(32) NOT NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  -- permanent delivery failures in a row; at ALERT_MAX_FAILURES the address is disabled
  failures    TINYINT UNSIGNED NOT NULL DEFAULT 0,
  disabled_at DATETIME NULL,
  UNIQUE KEY alert_addresses_key (email_key)
) ENGINE=InnoDB;

CREATE TABLE alert_subscriptions (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  address_id  INT UNSIGNED NOT NULL,
  kind        ENUM('project','zone','search') NOT NULL,
  -- the project's id, the zone's slug, or the search's normalized query string
  target      VARCHAR(600) NOT NULL,
  target_key  BINARY(32) NOT NULL,
  -- the zone it concerns, for the staff's counts (a search without a zone: NULL)
  zone_id     INT UNSIGNED NULL,
  frequency   ENUM('immediate','daily') NOT NULL,
  lang        ENUM('vi','en') NOT NULL,
  created_at  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  confirmed_at DATETIME NULL,
  -- the confirmation mail was handed to the relay (NULL: still to send)
  confirm_mailed_at DATETIME NULL,
  -- the newest published change already considered: a mail covers what is after it
  last_change_id INT UNSIGNED NOT NULL DEFAULT 0,
  -- set before a mail is handed to the relay and cleared after: a run that finds it set
  -- crashed in between, and takes that mail as sent (never twice)
  sending_upto INT UNSIGNED NULL,
  checked_at  DATETIME NULL,
  mailed_at   DATETIME NULL,
  -- temporary failures in a row, and when to try again (backoff)
  tries       SMALLINT UNSIGNED NOT NULL DEFAULT 0,
  next_try_at DATETIME NULL,
  UNIQUE KEY alert_subscriptions_follow (address_id, kind, target_key),
  KEY alert_subscriptions_zone (zone_id),
  CONSTRAINT alert_subscriptions_address FOREIGN KEY (address_id)
    REFERENCES alert_addresses (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Subscription requests, for the rate limit per client address (a keyed hash of it, never
-- the address itself); kept a day.
CREATE TABLE alert_requests (
  who         BINARY(32) NOT NULL,
  at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY alert_requests_who (who, at)
) ENGINE=InnoDB;

-- A subscription request. Returns the new subscription's id, or: -1 the client made too
-- many requests in the last hour (10); -2 the address already has a confirmation pending
-- from the last 24 hours (one a day: the form cannot mail-bomb anyone); -3 the project or
-- zone does not exist; -4 the address already follows it (confirmed): nothing to do.
CREATE FUNCTION alert_subscribe(p_email VARCHAR(254), p_client BINARY(32), p_kind VARCHAR(10),
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
    SET v_zone = (SELECT zone_id FROM pub_projects WHERE id = CAST(p_target AS UNSIGNED));
  ELSEIF p_kind = 'zone' THEN
    SET v_zone = (SELECT id FROM pub_zones WHERE slug = p_target);
  ELSE
    SET v_zone = (SELECT id FROM pub_zones WHERE slug = p_zone);
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

-- Confirms a subscription (the signed link was checked by the program). Returns 1, 2 when
-- it was confirmed already, 0 when there is no such subscription (unsubscribed, or its
-- request expired). Changes are mailed from the confirmation on; the address's failures
-- are forgotten (its owner just received a mail).
CREATE FUNCTION alert_confirm(p_id INT UNSIGNED)
  RETURNS INT MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
  DECLARE v_addr INT UNSIGNED DEFAULT (SELECT address_id FROM alert_subscriptions WHERE id = p_id);
  IF v_addr IS NULL THEN
    RETURN 0;
  END IF;
  IF (SELECT confirmed_at FROM alert_subscriptions WHERE id = p_id) IS NOT NULL THEN
    RETURN 2;
  END IF;
  UPDATE alert_subscriptions SET confirmed_at = NOW(),
    last_change_id = (SELECT COALESCE(MAX(id), 0) FROM change_log) WHERE id = p_id;
  UPDATE alert_addresses SET failures = 0, disabled_at = NULL WHERE id = v_addr;
  RETURN 1;
END;

-- Ends a subscription; an address left with none is deleted too. Returns 1, or 0 when it
-- was gone already.
CREATE FUNCTION alert_unsubscribe(p_id INT UNSIGNED)
  RETURNS INT MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
  DECLARE v_addr INT UNSIGNED DEFAULT (SELECT address_id FROM alert_subscriptions WHERE id = p_id);
  IF v_addr IS NULL THEN
    RETURN 0;
  END IF;
  DELETE FROM alert_subscriptions WHERE id = p_id;
  DELETE FROM alert_addresses WHERE id = v_addr
    AND NOT EXISTS (SELECT 1 FROM alert_subscriptions WHERE address_id = v_addr);
  RETURN 1;
END;

-- Deletes every row of an address: the address, its subscriptions and its requests.
-- Returns 1, or 0 when there was nothing.
CREATE FUNCTION alert_forget(p_address INT UNSIGNED)
  RETURNS INT MODIFIES SQL DATA SQL SECURITY DEFINER
BEGIN
  DECLARE v_key BINARY(32) DEFAULT (SELECT email_key FROM alert_addresses WHERE id = p_address);
  IF v_key IS NULL THEN
    RETURN 0;
  END IF;
  DELETE FROM alert_requests WHERE who = v_key;
  DELETE FROM alert_addresses WHERE id = p_address;
  RETURN 1;
END;

-- What an address follows, without the address: the page that manages its subscriptions.
CREATE VIEW pub_alert_follows AS
  SELECT s.id, s.address_id, s.kind, s.target, s.frequency, s.lang,
         s.confirmed_at IS NOT NULL AS confirmed,
         COALESCE(p.name, z.name) AS name, COALESCE(p.name_en, z.name_en) AS name_en
  FROM alert_subscriptions s
  LEFT JOIN pub_projects p ON s.kind = 'project' AND p.id = CAST(s.target AS UNSIGNED)
  LEFT JOIN pub_zones z ON s.kind = 'zone' AND z.slug = s.target;

-- The staff's counts: confirmed subscribers per zone (a project's zone, the zone followed,
-- the zone filter of a search), and of the searches of no zone; never an address.
CREATE VIEW staff_alert_counts AS
  SELECT z.slug, z.name, z.name_en, COUNT(DISTINCT s.address_id) AS subscribers
  FROM zones z LEFT JOIN alert_subscriptions s ON s.zone_id = z.id AND s.confirmed_at IS NOT NULL
  GROUP BY z.id, z.slug, z.name, z.name_en
  UNION ALL
  SELECT NULL, NULL, NULL, COUNT(DISTINCT s.address_id) FROM alert_subscriptions s
  WHERE s.zone_id IS NULL AND s.confirmed_at IS NOT NULL;
