/* The registry's filters (REGISTRY_FILTERS, cgi-bin/public/sql/projects.def): each
 * fragment holds as many placeholders as its declared arity, every statement that binds
 * the filters takes what registry_bind gives it, and without a filter's part (a filter not
 * given, db_parts_strip) it takes that filter's values fewer. */
#include "tap.h"
#include "buf.h"
#include "db.h"

/* the statements, by name, as the public program prepares them */
static const struct { const char *id, *sql; } stmts[] = {
#define S(id, sql) { #id, sql },
#include "../../cgi-bin/public/sql/site.def"
#include "../../cgi-bin/public/sql/home.def"
#include "../../cgi-bin/public/sql/targets.def"
#include "../../cgi-bin/public/sql/zones.def"
#include "../../cgi-bin/public/sql/zone.def"
#include "../../cgi-bin/public/sql/projects.def"
#include "../../cgi-bin/public/sql/project.def"
#include "../../cgi-bin/public/sql/changes.def"
#include "../../cgi-bin/public/sql/indices.def"
#include "../../cgi-bin/public/sql/finder.def"
#include "../../cgi-bin/public/sql/opendata.def"
#undef S
};

/* The '?' of a statement outside its string literals. */
static unsigned int
placeholders(const char *sql)
{
	unsigned int n = 0;
	char quote = 0;

	for (; *sql != '\0'; sql++) {
		if (quote != 0) {
			if (*sql == quote)
				quote = 0;
		} else if (*sql == '\'' || *sql == '"' || *sql == '`') {
			quote = *sql;
		} else if (*sql == '?') {
			n++;
		}
	}
	return n;
}

static unsigned int
statement(const char *id)
{
	for (unsigned int k = 0; k < sizeof(stmts) / sizeof(stmts[0]); k++)
		if (strcmp(stmts[k].id, id) == 0)
			return placeholders(stmts[k].sql);
	printf("# no statement %s\n", id);
	return 0;
}

enum { ARITY_ALL = 0
#define ARITY_SUM(id, key, binding, arity, ...)	+ (arity)
	REGISTRY_FILTERS(ARITY_SUM)
#undef ARITY_SUM
};
enum {
#define ARITY_OF(id, key, binding, arity, ...)	id##_ARITY = (arity),
	REGISTRY_FILTERS(ARITY_OF)
#undef ARITY_OF
};

int
main(void)
{
	unsigned int filters = 0;

#define CHECK(id, key, binding, arity, list, count, ...) \
	filters++; \
	ok(placeholders(list) == (arity), "%s: its condition holds %u placeholders", key, arity); \
	ok(placeholders(count) == (arity), "%s: its count's condition holds %u", key, arity);
	REGISTRY_FILTERS(CHECK)
#undef CHECK
	ok(filters > 0, "filters are declared");
	ok(placeholders(PROJECT_WHERE) == ARITY_ALL, "PROJECT_WHERE takes every filter's values");
	ok(placeholders(PROJECT_COUNT_WHERE) == ARITY_ALL, "so does the count's");
	/* what registry.c binds to each statement */
	ok(statement("SQL_PROJECTS_COUNT") == ARITY_ALL, "the count");
	ok(statement("SQL_PROJECTS_COUNT_TOTALS") == RF_ZONE_ARITY + RF_STATUS_ARITY,
	    "the count from the totals: zone and status");
	ok(statement("SQL_PROJECTS_COUNT_COUNTRY") ==
	    RF_ZONE_ARITY + RF_STATUS_ARITY + RF_COUNTRY_ARITY,
	    "the count through the country: zone, status and country");
	ok(statement("SQL_PROJECTS_NAME") == ARITY_ALL + 5, "a page: filters, cursor, limit");
	ok(statement("SQL_PROJECTS_BACK_DATE") == ARITY_ALL + 4, "a previous page's cursor");
	ok(statement("SQL_OD_PROJECTS_CAPITAL_DESC") == ARITY_ALL + 5, "the API's rows");
	ok(statement("SQL_PROJECTS_NAME_EN") == ARITY_ALL + 5, "an English page");
	ok(statement("SQL_PROJECTS_RANK") == 2 + ARITY_ALL + 5 &&
	    statement("SQL_PROJECTS_BACK_RANK_EN") == 2 + ARITY_ALL + 4 &&
	    statement("SQL_OD_PROJECTS_RANK") == 2 + ARITY_ALL + 5,
	    "best matches first: the search twice (registry_bind_rows), filters, cursor");
	ok(statement("SQL_PROJECTS_SEARCH_ANY") == 1, "whether the words find anything");
	ok(statement("SQL_PROJECTS_COUNT_SEARCH") == ARITY_ALL + 1, "a search's count: filters, search");
	ok(statement("SQL_PROJECTS_COUNT_SEARCH_CAPPED") == ARITY_ALL + 2,
	    "a search's capped count: filters, search, limit");
	ok(statement("SQL_OD_PROJECTS_DATE_Q") == 2 + ARITY_ALL + 5 &&
	    statement("SQL_PROJECTS_BACK_NAME_DESC_EN_Q") == 2 + ARITY_ALL + 4,
	    "a search's sorted pages: as best matches first");
	ok(statement("SQL_OD_CHANGES_SEARCH") == ARITY_ALL + 1, "the search feed: filters, limit");
	ok(statement("SQL_OD_XML_PROJECTS") == ARITY_ALL, "the XML export's projects");
	ok(statement("SQL_OD_XML_DOCUMENTS") == ARITY_ALL + 1, "its documents: flag, filters");
	ok(statement("SQL_OD_XML_EVENTS") == ARITY_ALL, "its status changes");
	/* each part (the names of registry.c's registry_parts), left out alone and all together */
	{
		static const char *const names[] = {
#define PART_NAME(id, key, ...)	key,
			REGISTRY_FILTERS(PART_NAME)
#undef PART_NAME
			"after",
		};
		static const unsigned int arity[] = {
#define PART_ARITY(id, key, binding, a, ...)	a,
			REGISTRY_FILTERS(PART_ARITY)
#undef PART_ARITY
			4,
		};
		const unsigned int nparts = sizeof(names) / sizeof(names[0]);
		unsigned int with_parts = 0, bad = 0;
		struct buf out;

		buf_init(&out);
		for (unsigned int k = 0; k < sizeof(stmts) / sizeof(stmts[0]); k++) {
			unsigned int all = placeholders(stmts[k].sql), kept = all, seen = 0;

			for (unsigned int i = 0; i < nparts; i++) {
				char mark[64];

				snprintf(mark, sizeof(mark), "/*part:%s*/", names[i]);
				if (strstr(stmts[k].sql, mark) == NULL)
					continue;
				seen++;
				buf_reset(&out);
				db_parts_strip(stmts[k].sql, names, nparts, 1u << i, &out);
				if (placeholders(out.data) != all - arity[i] ||
				    strstr(out.data, mark) != NULL) {
					printf("# %s without %s: %u placeholders of %u\n", stmts[k].id,
					    names[i], placeholders(out.data), all);
					bad++;
				}
				kept -= arity[i];
			}
			with_parts += seen > 0;
			buf_reset(&out);
			db_parts_strip(stmts[k].sql, names, nparts, (1u << nparts) - 1, &out);
			if (placeholders(out.data) != kept || strstr(out.data, "/*part:") != NULL ||
			    strstr(out.data, "/*end:") != NULL) {
				printf("# %s without every part: %u placeholders, %u expected\n",
				    stmts[k].id, placeholders(out.data), kept);
				bad++;
			}
		}
		buf_free(&out);
		ok(with_parts >= 50, "the registry's statements have parts (%u)", with_parts);
		ok(bad == 0, "without a part, a statement takes that part's values fewer (%u wrong)",
		    bad);
		buf_init(&out);
		db_parts_strip("a /*part:x*/ AND ? /*end:x*/ b /*part:y*/ ? /*end:y*/", names, 0, 3, &out);
		ok(strcmp(out.data, "a /*part:x*/ AND ? /*end:x*/ b /*part:y*/ ? /*end:y*/") == 0,
		    "only named parts go");
		buf_free(&out);
	}
	/* the counting itself */
	ok(placeholders("SELECT '?' FROM t WHERE a = ? AND `b?` = ?") == 2,
	    "a quoted '?' is no placeholder");
	return done();
}
