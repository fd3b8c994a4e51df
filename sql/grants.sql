-- Least-privilege accounts. Run by `minhbachctl grant` with an account that may create users
-- and grant; it sets @db, @public_user, @public_password, @staff_user, @staff_password and
-- @host first. Public: SELECT on the columns public_columns lists (migration 031; a table
-- whose every column is listed, whole) and on the pub_* views, and EXECUTE on the alert_*
-- functions and inquiry_submit (its only writes: e-mail alerts, migration 025; inquiries,
-- 029). Staff:
-- DML on the working tables but the alert_* tables (which hold e-mail addresses) and
-- inquiry_requests (the inquiries' rate limit), only INSERT and SELECT on the audit log,
-- SELECT on the staff_* views (counts of subscribers). Neither may run DDL.
--
-- Re-running it while the programs are connected never takes away, even for a moment, a
-- right that stays (a worker preparing its statements meanwhile would get error 1142): it
-- grants what is wanted first, then revokes only what is not, table by table. Rights at the
-- level of the whole database are not wanted at all. Global rights are never given by this
-- file (the migration account cannot grant them) and so are not looked at.

EXECUTE IMMEDIATE CONCAT('CREATE USER IF NOT EXISTS ', QUOTE(@public_user), '@', QUOTE(@host),
                         ' IDENTIFIED BY ', QUOTE(@public_password));
EXECUTE IMMEDIATE CONCAT('ALTER USER ', QUOTE(@public_user), '@', QUOTE(@host),
                         ' IDENTIFIED BY ', QUOTE(@public_password));
EXECUTE IMMEDIATE CONCAT('CREATE USER IF NOT EXISTS ', QUOTE(@staff_user), '@', QUOTE(@host),
                         ' IDENTIFIED BY ', QUOTE(@staff_password));
EXECUTE IMMEDIATE CONCAT('ALTER USER ', QUOTE(@staff_user), '@', QUOTE(@host),
                         ' IDENTIFIED BY ', QUOTE(@staff_password));

BEGIN NOT ATOMIC
-- "there is no such grant": nothing to take away at that level
DECLARE CONTINUE HANDLER FOR 1141, 1147 BEGIN END;

FOR acct IN (SELECT CONCAT(QUOTE(@public_user), '@', QUOTE(@host)) AS a
             UNION ALL SELECT CONCAT(QUOTE(@staff_user), '@', QUOTE(@host))) DO
  EXECUTE IMMEDIATE CONCAT('REVOKE ALL PRIVILEGES ON `', @db, '`.* FROM ', acct.a);
  EXECUTE IMMEDIATE CONCAT('REVOKE GRANT OPTION ON `', @db, '`.* FROM ', acct.a);
END FOR;

-- for each table and view: the rights each account keeps (NULL: none), granted, then every
-- other right revoked. The public account's SELECT on a table's published columns is
-- 'SELECT (`a`, `b` …)': the columns listed in public_columns; a column granted before and
-- no longer listed is taken back after. A table whose every column is published is granted
-- whole ('SELECT'): the same columns, and MariaDB checks the right once a table instead of
-- once a column of every statement (docs/performance.md, round 7). A column a migration
-- adds is still refused until it is published: `minhbachctl migrate` narrows those tables
-- to their columns before it applies a migration (sql/grants_narrow.sql), and the grant
-- after it widens them again. A SELECT on the whole of a table with a column not published,
-- were one given by hand or left by a column added without `migrate`, stays: MariaDB's
-- REVOKE SELECT on a table takes its columns' grants with it, and this account cannot see
-- another's grants to tell (tests/http/privileges.sh finds it: it reads every column not
-- listed, and each must be refused).
-- (a table's column list whole: GROUP_CONCAT stops at 1,024 bytes by default)
SET SESSION group_concat_max_len = 65536;
FOR t IN (SELECT it.table_name AS name,
                 CASE WHEN it.table_type = 'VIEW' AND it.table_name LIKE 'pub\_%' THEN 'SELECT'
                      WHEN it.table_type = 'BASE TABLE' THEN
                        (SELECT IF(NOT EXISTS (SELECT 1 FROM information_schema.columns ic
                                               WHERE ic.table_schema = @db
                                                 AND ic.table_name = it.table_name
                                                 AND ic.column_name NOT IN
                                                   (SELECT p2.column_name FROM public_columns p2
                                                    WHERE p2.table_name = it.table_name)),
                                   'SELECT',
                                   CONCAT('SELECT (', GROUP_CONCAT(CONCAT('`', pc.column_name, '`')), ')'))
                         FROM public_columns pc WHERE pc.table_name = it.table_name
                         HAVING COUNT(*) > 0) END AS pub,
                 CASE WHEN it.table_type = 'VIEW' AND it.table_name LIKE 'staff\_%' THEN 'SELECT'
                      WHEN it.table_type <> 'BASE TABLE' OR it.table_name = 'schema_version'
                        OR it.table_name = 'public_columns'
                        OR it.table_name LIKE 'alert\_%' OR it.table_name = 'inquiry_requests' THEN NULL
                      WHEN it.table_name = 'audit_log' THEN 'SELECT, INSERT'
                      ELSE 'SELECT, INSERT, UPDATE, DELETE' END AS staff
          FROM information_schema.tables it WHERE it.table_schema = @db) DO
  FOR g IN (SELECT CONCAT(QUOTE(@public_user), '@', QUOTE(@host)) AS a, t.pub AS want
            UNION ALL SELECT CONCAT(QUOTE(@staff_user), '@', QUOTE(@host)), t.staff) DO
    IF g.want IS NULL THEN
      EXECUTE IMMEDIATE CONCAT('REVOKE ALL PRIVILEGES ON `', @db, '`.`', t.name, '` FROM ', g.a);
    ELSE
      EXECUTE IMMEDIATE CONCAT('GRANT ', g.want, ' ON `', @db, '`.`', t.name, '` TO ', g.a);
      EXECUTE IMMEDIATE CONCAT('REVOKE ',
        CASE WHEN g.want LIKE 'SELECT%' AND g.want NOT LIKE 'SELECT, %' THEN 'INSERT, UPDATE, DELETE, '
             WHEN g.want = 'SELECT, INSERT' THEN 'UPDATE, DELETE, ' ELSE '' END,
        'CREATE, DROP, REFERENCES, INDEX, ALTER, CREATE VIEW, SHOW VIEW, TRIGGER,',
        ' DELETE HISTORY, GRANT OPTION ON `', @db, '`.`', t.name, '` FROM ', g.a);
      -- every other column, whether granted or not (this account cannot read another's
      -- grants; "no such grant" is ignored)
      FOR c IN (SELECT ic.column_name AS name FROM information_schema.columns ic
                WHERE ic.table_schema = @db AND ic.table_name = t.name AND g.want LIKE 'SELECT (%'
                  AND ic.column_name NOT IN (SELECT pc.column_name FROM public_columns pc
                                             WHERE pc.table_name = t.name)) DO
        EXECUTE IMMEDIATE CONCAT('REVOKE SELECT (`', c.name, '`) ON `', @db, '`.`', t.name,
                                 '` FROM ', g.a);
      END FOR;
    END IF;
  END FOR;
END FOR;

-- the views migration 031 replaced by column grants: the rights on them are taken back, so
-- that a view of the same name made later does not find them
FOR v IN (SELECT 'pub_announcements' AS name UNION ALL SELECT 'pub_boards'
          UNION ALL SELECT 'pub_change_log' UNION ALL SELECT 'pub_change_log_fields'
          UNION ALL SELECT 'pub_countries' UNION ALL SELECT 'pub_data_generation'
          UNION ALL SELECT 'pub_disbursements' UNION ALL SELECT 'pub_documents'
          UNION ALL SELECT 'pub_findings' UNION ALL SELECT 'pub_gov_editions'
          UNION ALL SELECT 'pub_gov_indices' UNION ALL SELECT 'pub_gov_scores'
          UNION ALL SELECT 'pub_gov_subindices' UNION ALL SELECT 'pub_gov_subscores'
          UNION ALL SELECT 'pub_investors' UNION ALL SELECT 'pub_occupancy'
          UNION ALL SELECT 'pub_project_search' UNION ALL SELECT 'pub_projects'
          UNION ALL SELECT 'pub_provinces' UNION ALL SELECT 'pub_sectors'
          UNION ALL SELECT 'pub_status_events' UNION ALL SELECT 'pub_targets'
          UNION ALL SELECT 'pub_zone_facts' UNION ALL SELECT 'pub_zones') DO
  IF NOT EXISTS (SELECT 1 FROM information_schema.tables it
                 WHERE it.table_schema = @db AND it.table_name = v.name) THEN
    EXECUTE IMMEDIATE CONCAT('REVOKE ALL PRIVILEGES ON `', @db, '`.`', v.name, '` FROM ',
                             QUOTE(@public_user), '@', QUOTE(@host));
  END IF;
END FOR;
-- the public account's only writes: the alert_* functions and inquiry_submit (SQL SECURITY
-- DEFINER)
FOR r IN (SELECT routine_name AS name FROM information_schema.routines
          WHERE routine_schema = @db AND routine_type = 'FUNCTION'
            AND (routine_name LIKE 'alert\_%' OR routine_name = 'inquiry_submit')) DO
  EXECUTE IMMEDIATE CONCAT('GRANT EXECUTE ON FUNCTION `', @db, '`.`', r.name, '` TO ',
                           QUOTE(@public_user), '@', QUOTE(@host));
END FOR;
END;
