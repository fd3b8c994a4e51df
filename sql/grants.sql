-- Least-privilege accounts. Run by `minhbachctl grant` with an account that may create users
-- and grant; it sets @db, @public_user, @public_password, @staff_user, @staff_password and
-- @host first. Public: SELECT on the pub_* views only. Staff: DML on the working tables, and
-- only INSERT and SELECT on the audit log. Neither may run DDL.

EXECUTE IMMEDIATE CONCAT('CREATE USER IF NOT EXISTS ', QUOTE(@public_user), '@', QUOTE(@host),
                         ' IDENTIFIED BY ', QUOTE(@public_password));
EXECUTE IMMEDIATE CONCAT('ALTER USER ', QUOTE(@public_user), '@', QUOTE(@host),
                         ' IDENTIFIED BY ', QUOTE(@public_password));
EXECUTE IMMEDIATE CONCAT('CREATE USER IF NOT EXISTS ', QUOTE(@staff_user), '@', QUOTE(@host),
                         ' IDENTIFIED BY ', QUOTE(@staff_password));
EXECUTE IMMEDIATE CONCAT('ALTER USER ', QUOTE(@staff_user), '@', QUOTE(@host),
                         ' IDENTIFIED BY ', QUOTE(@staff_password));

-- Start from nothing so a re-run also takes away what is no longer granted.
EXECUTE IMMEDIATE CONCAT('REVOKE ALL PRIVILEGES, GRANT OPTION FROM ', QUOTE(@public_user), '@', QUOTE(@host));
EXECUTE IMMEDIATE CONCAT('REVOKE ALL PRIVILEGES, GRANT OPTION FROM ', QUOTE(@staff_user), '@', QUOTE(@host));

BEGIN NOT ATOMIC
FOR v IN (SELECT table_name AS t FROM information_schema.views
          WHERE table_schema = @db AND table_name LIKE 'pub\_%') DO
  EXECUTE IMMEDIATE CONCAT('GRANT SELECT ON `', @db, '`.`', v.t, '` TO ',
                           QUOTE(@public_user), '@', QUOTE(@host));
END FOR;

FOR t IN (SELECT table_name AS t FROM information_schema.tables
          WHERE table_schema = @db AND table_type = 'BASE TABLE'
            AND table_name NOT IN ('schema_version', 'audit_log')) DO
  EXECUTE IMMEDIATE CONCAT('GRANT SELECT, INSERT, UPDATE, DELETE ON `', @db, '`.`', t.t, '` TO ',
                           QUOTE(@staff_user), '@', QUOTE(@host));
END FOR;
END;

EXECUTE IMMEDIATE CONCAT('GRANT SELECT, INSERT ON `', @db, '`.`audit_log` TO ',
                         QUOTE(@staff_user), '@', QUOTE(@host));
