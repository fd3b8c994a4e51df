-- Least-privilege accounts. Run by `minhbachctl grant` with an account that may create users
-- and grant; it sets @db, @public_user, @public_password, @staff_user, @staff_password and
-- @host first. Public: SELECT on the pub_* views only, and EXECUTE on the alert_* functions
-- and inquiry_submit (its only writes: e-mail alerts, migration 025; inquiries, 029). Staff:
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
-- other right revoked
FOR t IN (SELECT table_name AS name,
                 CASE WHEN table_type = 'VIEW' AND table_name LIKE 'pub\_%' THEN 'SELECT' END AS pub,
                 CASE WHEN table_type = 'VIEW' AND table_name LIKE 'staff\_%' THEN 'SELECT'
                      WHEN table_type <> 'BASE TABLE' OR table_name = 'schema_version'
                        OR table_name LIKE 'alert\_%' OR table_name = 'inquiry_requests' THEN NULL
                      WHEN table_name = 'audit_log' THEN 'SELECT, INSERT'
                      ELSE 'SELECT, INSERT, UPDATE, DELETE' END AS staff
          FROM information_schema.tables WHERE table_schema = @db) DO
  FOR g IN (SELECT CONCAT(QUOTE(@public_user), '@', QUOTE(@host)) AS a, t.pub AS want
            UNION ALL SELECT CONCAT(QUOTE(@staff_user), '@', QUOTE(@host)), t.staff) DO
    IF g.want IS NULL THEN
      EXECUTE IMMEDIATE CONCAT('REVOKE ALL PRIVILEGES ON `', @db, '`.`', t.name, '` FROM ', g.a);
    ELSE
      EXECUTE IMMEDIATE CONCAT('GRANT ', g.want, ' ON `', @db, '`.`', t.name, '` TO ', g.a);
      EXECUTE IMMEDIATE CONCAT('REVOKE ',
        CASE g.want WHEN 'SELECT' THEN 'INSERT, UPDATE, DELETE, '
                    WHEN 'SELECT, INSERT' THEN 'UPDATE, DELETE, ' ELSE '' END,
        'CREATE, DROP, REFERENCES, INDEX, ALTER, CREATE VIEW, SHOW VIEW, TRIGGER,',
        ' DELETE HISTORY, GRANT OPTION ON `', @db, '`.`', t.name, '` FROM ', g.a);
    END IF;
  END FOR;
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
