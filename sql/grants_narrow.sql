-- Before migrations: the public account's SELECT on each table with published columns is
-- narrowed to those columns, so none is read whole. Run by `minhbachctl migrate` when a
-- migration is to be applied, with @db, @public_user and @host set.
--
-- sql/grants.sql grants a table whole when every one of its columns is published
-- (public_columns): MariaDB then checks the right once a table, not once a column. A column a
-- migration adds to such a table would be readable from the moment it exists until
-- `minhbachctl grant` ran; narrowed first, it is refused until a migration publishes it and
-- the grant that follows widens the table again.
--
-- Every such table is narrowed, not only those grants.sql grants whole, so that this file
-- need not know grants.sql's rule. MariaDB's REVOKE SELECT on a table takes its columns'
-- grants with it, so the published columns are granted again at once; a statement of the
-- public program on that table in between is refused (error 1142, a 503 with Retry-After).
BEGIN NOT ATOMIC
-- no such grant, or no such account yet (`grant` has not run): nothing to narrow
DECLARE CONTINUE HANDLER FOR 1133, 1141, 1147 BEGIN END;
-- before migration 031 there is no list of published columns, and no table granted whole
IF EXISTS (SELECT 1 FROM information_schema.tables
           WHERE table_schema = @db AND table_name = 'public_columns') THEN
  SET SESSION group_concat_max_len = 65536;
  FOR t IN (SELECT pc.table_name AS name,
                   CONCAT('SELECT (', GROUP_CONCAT(CONCAT('`', pc.column_name, '`')), ')') AS cols
            FROM public_columns pc GROUP BY pc.table_name) DO
    EXECUTE IMMEDIATE CONCAT('REVOKE SELECT ON `', @db, '`.`', t.name, '` FROM ',
                             QUOTE(@public_user), '@', QUOTE(@host));
    EXECUTE IMMEDIATE CONCAT('GRANT ', t.cols, ' ON `', @db, '`.`', t.name, '` TO ',
                             QUOTE(@public_user), '@', QUOTE(@host));
  END FOR;
END IF;
END;
