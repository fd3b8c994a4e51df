/* The SQL of the project registry's filters (REGISTRY_FILTERS), shared by the public
 * registry and the staff program's project list; registry_filters.h declares what follows
 * from the list. Only macros: the programs' .def files of statements include it where
 * they stand.
 * The program that expands the conditions defines REGISTRY_ZONE_SCOPE(col) first
 * (registry_filters.h). */
#ifndef MB_REGISTRY_SQL_H
#define MB_REGISTRY_SQL_H

/* A project's lifecycle mark "overdue" (014_lifecycle.sql): projects.overdue_on, the first
 * day a date the record commits to has passed unmet, has come; p is the projects' alias. */
#define PROJECT_OVERDUE(p)	" " p ".overdue_on <= CURRENT_DATE"
/* the projects of the zones one management board manages, by the board's slug */
#define REGISTRY_BOARD \
  " (? IS NULL OR p.zone_id IN (SELECT zb.id FROM zones zb" \
  "  JOIN boards b ON b.id = zb.board_id WHERE b.slug = ?))"
/* overdue=1: the overdue projects (PROJECT_OVERDUE, a range of an index); overdue=0 the others */
#define REGISTRY_OVERDUE \
  " (? IS NULL OR (? = 1 AND" PROJECT_OVERDUE("p") ")" \
  "  OR (? = 0 AND (p.overdue_on IS NULL OR p.overdue_on > CURRENT_DATE)))"
/* every word of q in the project's folded words (sql/migrations/013_search.sql), bound as a
 * FULLTEXT boolean query (search_query, search.c) */
#define REGISTRY_SEARCH \
  " (? IS NULL OR p.id IN (SELECT ps.project_id FROM project_search ps" \
  "  WHERE MATCH(ps.words) AGAINST(? IN BOOLEAN MODE)))"
#define REGISTRY_FILTERS(F) \
  F(RF_Q, "q", RF_BIND_SEARCH, 2, REGISTRY_SEARCH, REGISTRY_SEARCH, .type = PARAM_TEXT, .max = 100) \
  F(RF_ZONE, "zone", RF_BIND_TEXT, 2, REGISTRY_ZONE_SCOPE("p.zone_id"), REGISTRY_ZONE_SCOPE("p.zone_id"), \
    .type = PARAM_SLUG) \
  F(RF_BOARD, "board", RF_BIND_TEXT, 2, REGISTRY_BOARD, REGISTRY_BOARD, .type = PARAM_SLUG) \
  F(RF_STATUS, "status", RF_BIND_TEXT, 2, " (? IS NULL OR p.status = ?)", \
    " (? IS NULL OR p.status = ?)", .type = PARAM_ENUM, .choices = vocab_project_statuses) \
  F(RF_COUNTRY, "country", RF_BIND_TEXT, 2, " (? IS NULL OR i.country = UPPER(?))", \
    " (? IS NULL OR p.investor_id IN (SELECT ic.id FROM investors ic WHERE ic.country = UPPER(?)))", \
    .type = PARAM_SLUG) \
  F(RF_SECTOR, "sector", RF_BIND_TEXT, 2, " (? IS NULL OR p.sector = ?)", \
    " (? IS NULL OR p.sector = ?)", .type = PARAM_SLUG) \
  F(RF_AUTHORITY, "authority", RF_BIND_TEXT, 2, " (? IS NULL OR p.authority = ?)", \
    " (? IS NULL OR p.authority = ?)", .type = PARAM_ENUM, .choices = vocab_authorities) \
  F(RF_MIN_CAPITAL, "min_capital", RF_BIND_DECIMAL, 2, \
    " (? IS NULL OR p.registered_usd >= ? * 1000000)", \
    " (? IS NULL OR p.registered_usd >= ? * 1000000)", \
    .type = PARAM_DECIMAL, .min = 0, .max = 1000000) \
  F(RF_MAX_CAPITAL, "max_capital", RF_BIND_DECIMAL, 2, \
    " (? IS NULL OR p.registered_usd <= ? * 1000000)", \
    " (? IS NULL OR p.registered_usd <= ? * 1000000)", \
    .type = PARAM_DECIMAL, .min = 0, .max = 1000000, .not_below = "min_capital") \
  F(RF_YEAR, "year", RF_BIND_INT, 3, \
    " (? IS NULL OR p.approved_on BETWEEN MAKEDATE(?, 1) AND MAKEDATE(? + 1, 1) - INTERVAL 1 DAY)", \
    " (? IS NULL OR p.approved_on BETWEEN MAKEDATE(?, 1) AND MAKEDATE(? + 1, 1) - INTERVAL 1 DAY)", \
    .type = PARAM_INT, .min = 1990, .max = 2100) \
  F(RF_OVERDUE, "overdue", RF_BIND_INT, 3, REGISTRY_OVERDUE, REGISTRY_OVERDUE, \
    .type = PARAM_INT, .min = 0, .max = 1)

#endif
