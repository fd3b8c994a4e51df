-- The registry's pages read projects in the order of their sort's index (docs/performance.md).
--
-- A page of the registry (50 rows, in name, capital or date order) is cheapest read in the
-- order of the sort's index, stopping after the page. The optimizer weighs that against
-- reading every project and sorting them, and the statistics decide: at a few hundred
-- projects, or after the statistics are made again (a restart, ANALYZE TABLE), it read and
-- sorted them all under the Vietnamese collation (tests/http/registry_plan.sh). The listing
-- statements (REGISTRY_ORDERS, cgi-bin/public/sql/projects.def) read pub_projects_listed:
-- pub_projects' columns over projects with every secondary index allowed and the whole-table
-- scan not, so the plan is one of the indexes', the sort's when nothing narrower serves.
-- Made from pub_projects' columns and projects' indexes as they are now: a migration that
-- changes either makes it again.
BEGIN NOT ATOMIC
  DECLARE cols, idx TEXT;
  SELECT GROUP_CONCAT(CONCAT('`', column_name, '`') ORDER BY ordinal_position) INTO cols
    FROM information_schema.columns
    WHERE table_schema = DATABASE() AND table_name = 'pub_projects';
  SELECT GROUP_CONCAT(DISTINCT CONCAT('`', index_name, '`')) INTO idx
    FROM information_schema.statistics
    WHERE table_schema = DATABASE() AND table_name = 'projects' AND index_name <> 'PRIMARY';
  EXECUTE IMMEDIATE CONCAT('CREATE OR REPLACE VIEW pub_projects_listed AS SELECT ', cols,
    ' FROM projects FORCE INDEX (', idx, ')');
END;
