-- Staff work that flows: the site's time zone, withdrawn change requests, and the
-- conversation of a request as a dated thread.
--
-- Times are stored in UTC (every connection sets time_zone = '+00:00'). The staff pages show
-- them in the site's time: utc_offset is a fixed offset, so that CONVERT_TZ(t, '+00:00',
-- utc_offset) needs no time zone tables (a MariaDB without mariadb-tzinfo-to-sql has none,
-- and CONVERT_TZ with a named zone then returns NULL). Viet Nam has kept UTC+7 without
-- daylight saving since 1975; time_zone names the zone for people and documents.
ALTER TABLE site
  ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
  ADD COLUMN utc_offset CHAR(6) NOT NULL DEFAULT '+07:00',
  ADD CONSTRAINT site_utc_offset CHECK (utc_offset REGEXP '^[+-](0[0-9]|1[0-4]):[0-5][0-9]$');

-- A request its author (or a reviewer of its board) withdrew: no longer open, so it no
-- longer holds its record (requests_one_open, 004), kept for the history.
ALTER TABLE change_requests
  MODIFY state ENUM('draft','submitted','published','returned','withdrawn') NOT NULL DEFAULT 'draft';

-- The conversation of a change request, oldest first: each submission, send-back (with the
-- reviewer's comment), withdrawal and publication, dated and signed.
CREATE TABLE change_request_events (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_id  INT UNSIGNED NOT NULL,
  user_id     INT UNSIGNED NOT NULL,
  kind        ENUM('submitted','returned','withdrawn','published') NOT NULL,
  comment     VARCHAR(2000) NULL,
  at          DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT request_events_request FOREIGN KEY (request_id) REFERENCES change_requests (id),
  CONSTRAINT request_events_user FOREIGN KEY (user_id) REFERENCES staff_users (id),
  KEY request_events_request (request_id, id)
) ENGINE=InnoDB;

-- the conversation so far, as the requests remember it
INSERT INTO change_request_events (request_id, user_id, kind, comment, at)
  SELECT id, author_id, 'submitted', NULL, submitted_at AS at FROM change_requests
  WHERE submitted_at IS NOT NULL
  UNION ALL
  SELECT id, reviewer_id, IF(state = 'published', 'published', 'returned'), review_comment, decided_at
  FROM change_requests WHERE reviewer_id IS NOT NULL AND decided_at IS NOT NULL
  ORDER BY at;
