/* The project registry's filters, declared once in REGISTRY_FILTERS (sql/projects.def):
 * the parameter declarations, the binding of PROJECT_WHERE, the count's statement, the
 * query string of links and the keyset cursor follow from that one list. */
#include "registry.h"
#include "search.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The filters, in the order of REGISTRY_FILTERS, then the sort and the page's cursor. */
const struct param_decl projects_params[] = {
	REGISTRY_PARAMS
	{ .name = NULL },
};

#define REGISTRY_PART_NAME(id, key, ...)	[id] = key,
const char *const registry_parts[RP__PARTS] = {
	REGISTRY_FILTERS(REGISTRY_PART_NAME)
	[RP_KEYSET] = "after",
};
#undef REGISTRY_PART_NAME

/* whether q holds a word to search for (not only spaces and punctuation) */
static bool
registry_has_words(const struct param_value *values)
{
	const char *q = registry_text(values, RF_Q);
	char *folded = q != NULL ? search_fold(q) : NULL;
	bool words = folded != NULL && *folded != '\0';

	free(folded);
	return words;
}

long long
registry_sort(const struct param_value *values)
{
	if (values != NULL && values[RP_SORT].count > 0)
		return values[RP_SORT].i[0];
	return registry_has_words(values) ? SORT_RELEVANCE : SORT_NAME;
}

void
registry_add(struct registry_binds *b, struct db_param v)
{
	b->p = xgrow(b->p, b->n, sizeof(*b->p));
	b->p[b->n++] = v;
}

static int
registry_found(void *ctx, const struct db_row *r)
{
	(void)r;
	*(bool *)ctx = true;
	return 0;
}

/* q's boolean query with the words as typed, set once per binds, no statement run: whether
 * it is kept is decided later (undecided), by registry_search or by the count */
static const char *
registry_search_typed(struct registry_binds *b, const char *q)
{
	if (!b->searched) {
		b->searched = true;
		b->search = search_query(q, false);
		b->undecided = b->search != NULL && b->db != NULL;
	}
	return b->search;
}

/* Whether the search's words as typed find any project, whatever the other filters
 * (SQL_PROJECTS_SEARCH_ANY; a failure counts as found: the words are kept as typed). */
static bool
registry_search_finds(struct registry_binds *b)
{
	struct db_param p = DB_TEXT(b->search);
	bool found = false;

	return db_query(b->db, SQL_PROJECTS_SEARCH_ANY, &p, 1, registry_found, &found) != DB_OK ||
	    found;
}

/* The search with its last word completed ("nha may van d" → "+nha +may +van +d*"). */
static void
registry_search_complete(struct registry_binds *b, const char *q)
{
	free(b->search);
	b->search = search_query(q, true);
	b->undecided = false;
}

/* q's boolean query, decided once per binds: the words as typed, or with the last one
 * completed when as typed they find no project at all ("nha may van d"); so whole words
 * never share a list with completions, and "van don" never lists "vận Dongbian". A count
 * (registry_count_fetch) decides it without a statement of its own when it finds projects. */
static const char *
registry_search(struct registry_binds *b, const char *q)
{
	registry_search_typed(b, q);
	if (b->undecided) {
		b->undecided = false;
		if (!registry_search_finds(b))
			registry_search_complete(b, q);
	}
	return b->search;
}

/* registry_bind, with the filters in unset taken as not given */
static void
registry_bind_unset(struct registry_binds *b, const struct param_value *values,
    unsigned int mask, unsigned int unset)
{
	for (unsigned int k = 0; k < RF__MAX; k++) {
		const char *text = registry_text(values, k);
		struct db_param v = DB_NULL;

		if (!(mask & RF_BIT(k)))
			continue;
		if (text != NULL && !(unset & RF_BIT(k)))
			v = registry_filter_param(values, k, k == RF_Q ? registry_search(b, text) : NULL);
		if (v.type == DBP_NULL) {
			b->absent |= 1u << k;
			continue;
		}
		for (unsigned int i = 0; i < registry_filter_defs[k].arity; i++)
			registry_add(b, v);
	}
}

void
registry_reset(struct registry_binds *b)
{
	b->n = 0;
	b->absent = 0;
}

void
registry_bind(struct registry_binds *b, const struct param_value *values, unsigned int mask)
{
	registry_bind_unset(b, values, mask, 0);
}

void
registry_binds_free(struct registry_binds *b)
{
	free(b->p);
	free(b->search);
	free(b->words);
	*b = (struct registry_binds)REGISTRY_BINDS(NULL);
}

/* The statement that counts the filtered projects (registry_count_fetch), with its values
 * appended to b: a search's, capped when cap > 0; the per-zone totals, or through the
 * country's investors, when the filters given allow it; else SQL_PROJECTS_COUNT. */
static unsigned int
registry_count(struct registry_binds *b, const struct param_value *values, long long cap)
{
	/* the shortcuts, each for the filters its statement binds (sql/projects.def) */
	static const struct {
		unsigned int	sql;
		unsigned int	mask;
	} counts[] = {
		{ SQL_PROJECTS_COUNT_TOTALS, RF_BIT(RF_ZONE) | RF_BIT(RF_STATUS) },
		{ SQL_PROJECTS_COUNT_COUNTRY,
		    RF_BIT(RF_ZONE) | RF_BIT(RF_STATUS) | RF_BIT(RF_COUNTRY) },
	};
	unsigned int given = registry_given(values);
	const char *q = registry_text(values, RF_Q);

	if (q != NULL && registry_search_typed(b, q) != NULL) {
		registry_bind_unset(b, values, RF_ALL, RF_BIT(RF_Q));
		registry_add(b, DB_TEXT(b->search));
		if (cap <= 0)
			return SQL_PROJECTS_COUNT_SEARCH;
		registry_add(b, DB_INT(cap + 1));
		return SQL_PROJECTS_COUNT_SEARCH_CAPPED;
	}
	for (unsigned int k = 0; k < sizeof(counts) / sizeof(counts[0]); k++)
		if ((given & ~counts[k].mask) == 0) {
			registry_bind(b, values, counts[k].mask);
			return counts[k].sql;
		}
	registry_bind(b, values, RF_ALL);
	return SQL_PROJECTS_COUNT;
}

enum db_status
registry_count_fetch(struct registry_binds *b, const struct param_value *values, long long cap,
    char **total, bool *capped)
{
	enum db_status rc;
	unsigned int stmt;
	int found;

	for (int round = 0; ; round++) {
		registry_reset(b);
		stmt = registry_count(b, values, cap);
		rc = db_fetch_one(b->db, REGISTRY_STMT(b, stmt), b->p, b->n, total, REGISTRY_TOTALS,
		    &found);
		*capped = rc == DB_OK && stmt == SQL_PROJECTS_COUNT_SEARCH_CAPPED &&
		    total[0] != NULL && strtoll(total[0], NULL, 10) > cap;
		if (rc != DB_OK || !b->undecided || round > 0)
			return rc;
		/* the search's words as typed: kept when they find projects here, or elsewhere
		 * when other filters are given (asked only then); else counted again completed */
		b->undecided = false;
		if ((total[0] != NULL && strcmp(total[0], "0") != 0) ||
		    ((registry_given(values) & ~RF_BIT(RF_Q)) != 0 && registry_search_finds(b)))
			return rc;
		registry_search_complete(b, registry_text(values, RF_Q));
		db_values_free(total, REGISTRY_TOTALS);
	}
}

void
registry_query(const struct param_value *values, bool with_sort, struct buf *b)
{
	for (unsigned int k = 0; k <= RP_SORT; k++) {
		const char *v = registry_text(values, k);

		if (v == NULL || (k == RP_SORT && !with_sort))
			continue;
		if (b->len > 0)
			buf_putc(b, '&');
		buf_puts(b, projects_params[k].name);
		buf_putc(b, '=');
		url_encode(b, v);
	}
}

int
registry_cursor_split(const char *s, char **key, long long *id)
{
	const char *tilde = strrchr(s, '~');

	if (tilde == NULL || (*id = public_id(tilde + 1, strlen(tilde + 1), 18)) == 0)
		return -1;
	*key = xstrndup(s, (size_t)(tilde - s));
	return 0;
}

/* The statements of each order (REGISTRY_ORDERS, sql/projects.def). */
#define REGISTRY_SQL(prefix)	{ REGISTRY_ORDERS(REGISTRY_SQL_##prefix) }
#define REGISTRY_SQL_PAGE(id, ...)	[ORDER_##id] = SQL_PROJECTS_##id,
#define REGISTRY_SQL_BACK(id, ...)	[ORDER_##id] = SQL_PROJECTS_BACK_##id,
#define REGISTRY_SQL_DATA(id, ...)	[ORDER_##id] = SQL_OD_PROJECTS_##id,
static const enum public_sql registry_statements[][ORDER__MAX] = {
	[REGISTRY_PAGE] = REGISTRY_SQL(PAGE),
	[REGISTRY_BACK] = REGISTRY_SQL(BACK),
	[REGISTRY_DATA] = REGISTRY_SQL(DATA),
};

/* The order of each for a search: its _Q twin from the search's projects (best matches
 * first already is) */
static const enum registry_order registry_searched[ORDER__MAX] = {
	[ORDER_NAME] = ORDER_NAME_Q, [ORDER_NAME_DESC] = ORDER_NAME_DESC_Q,
	[ORDER_CAPITAL_DESC] = ORDER_CAPITAL_DESC_Q, [ORDER_CAPITAL] = ORDER_CAPITAL_Q,
	[ORDER_DATE_DESC] = ORDER_DATE_DESC_Q, [ORDER_DATE] = ORDER_DATE_Q,
	[ORDER_RANK] = ORDER_RANK, [ORDER_NAME_EN] = ORDER_NAME_EN_Q,
	[ORDER_NAME_DESC_EN] = ORDER_NAME_DESC_EN_Q, [ORDER_RANK_EN] = ORDER_RANK_EN,
	[ORDER_NAME_Q] = ORDER_NAME_Q, [ORDER_NAME_DESC_Q] = ORDER_NAME_DESC_Q,
	[ORDER_CAPITAL_DESC_Q] = ORDER_CAPITAL_DESC_Q, [ORDER_CAPITAL_Q] = ORDER_CAPITAL_Q,
	[ORDER_DATE_DESC_Q] = ORDER_DATE_DESC_Q, [ORDER_DATE_Q] = ORDER_DATE_Q,
	[ORDER_NAME_EN_Q] = ORDER_NAME_EN_Q, [ORDER_NAME_DESC_EN_Q] = ORDER_NAME_DESC_EN_Q,
};

_Static_assert((int)ORDER_NAME == SORT_NAME && (int)ORDER_NAME_DESC == SORT_NAME_DESC &&
    (int)ORDER_CAPITAL == SORT_CAPITAL && (int)ORDER_CAPITAL_DESC == SORT_CAPITAL_DESC &&
    (int)ORDER_DATE == SORT_DATE && (int)ORDER_DATE_DESC == SORT_DATE_DESC &&
    (int)ORDER_RANK == SORT_RELEVANCE, "the sorts are the first orders, in their order");

enum registry_order
registry_order(const struct param_value *values, enum lang lang)
{
	/* the sorts are the first orders, in the same order (sql/projects.def) */
	long long sort = registry_sort(values);
	bool searched = registry_has_words(values);
	enum registry_order order;

	if (sort < 0 || sort >= SORT__MAX || (sort == SORT_RELEVANCE && !searched))
		sort = SORT_NAME;	/* best matches first needs words to match */
	order = (enum registry_order)sort;
	if (lang == LANG_EN && sort == SORT_NAME)
		order = ORDER_NAME_EN;
	else if (lang == LANG_EN && sort == SORT_NAME_DESC)
		order = ORDER_NAME_DESC_EN;
	else if (lang == LANG_EN && sort == SORT_RELEVANCE)
		order = ORDER_RANK_EN;
	return searched ? registry_searched[order] : order;
}

unsigned int
registry_sql(enum registry_statement which, enum registry_order order)
{
	return registry_statements[which][order < ORDER__MAX ? order : ORDER_NAME];
}

void
registry_bind_rows(struct registry_binds *b, const struct param_value *values,
    enum registry_order order)
{
	if (order < ORDER__MAX && registry_searched[order] == order) {
		/* RANK_FROM's search twice; the filters then need not search again */
		const char *search = registry_search(b, registry_text(values, RF_Q));

		registry_add(b, DB_TEXT(search));
		registry_add(b, DB_TEXT(search));
		registry_bind_unset(b, values, RF_ALL, RF_BIT(RF_Q));
		return;
	}
	registry_bind(b, values, RF_ALL);
}

/* A common search's first page (WALK_ORDERS, sql/projects.def) for each order of a search:
 * its walk; best match first's also the two parts that read it when the words are common in
 * the text and not in names: the named projects from the names' FULLTEXT index, then the
 * others' walk. */
static const struct {
	enum public_sql	walk, named, others;
} registry_walks[ORDER__MAX] = {
	[ORDER_NAME_Q] = { SQL_PROJECTS_WALK_NAME, 0, 0 },
	[ORDER_NAME_DESC_Q] = { SQL_PROJECTS_WALK_NAME_DESC, 0, 0 },
	[ORDER_CAPITAL_DESC_Q] = { SQL_PROJECTS_WALK_CAPITAL_DESC, 0, 0 },
	[ORDER_CAPITAL_Q] = { SQL_PROJECTS_WALK_CAPITAL, 0, 0 },
	[ORDER_DATE_DESC_Q] = { SQL_PROJECTS_WALK_DATE_DESC, 0, 0 },
	[ORDER_DATE_Q] = { SQL_PROJECTS_WALK_DATE, 0, 0 },
	[ORDER_NAME_EN_Q] = { SQL_PROJECTS_WALK_NAME_EN, 0, 0 },
	[ORDER_NAME_DESC_EN_Q] = { SQL_PROJECTS_WALK_NAME_DESC_EN, 0, 0 },
	[ORDER_RANK] = { SQL_PROJECTS_WALK_RANK, SQL_PROJECTS_NAMED, SQL_PROJECTS_WALK_RANK_OTHERS },
	[ORDER_RANK_EN] = { SQL_PROJECTS_WALK_RANK_EN, SQL_PROJECTS_NAMED_EN,
	    SQL_PROJECTS_WALK_RANK_EN_OTHERS },
};

/* Appends the search's words as SEARCH_WORDS takes them: "+van +don" → "van", "don", each
 * twice, NULL for none (b->words holds them, split once). */
static void
registry_add_words(struct registry_binds *b)
{
	char *w;

	if (b->words == NULL) {
		b->words = xstrdup(b->search);
		for (w = b->words; (w = strchr(w, ' ')) != NULL; w++)
			*w = '\0';
	}
	w = b->words;
	for (unsigned int k = 0; k < WALK_WORDS_MAX; k++) {
		struct db_param v = w != NULL ? DB_TEXT(w + 1) : DB_NULL;

		registry_add(b, v);
		registry_add(b, v);
		/* the next word, after this one's terminator, if the search holds it */
		w = w != NULL && w + strlen(w) < b->words + strlen(b->search) ? w + strlen(w) + 1 : NULL;
	}
}

static int
registry_sampled(void *ctx, const struct db_row *r)
{
	long long *n = ctx;

	for (unsigned int k = 0; k < 2 && k < r->ncols; k++)
		n[k] = r->values[k] != NULL ? strtoll(r->values[k], NULL, 10) : 0;
	return 0;
}

/* Plans the walk of order (b->walk): its statement, or best match first's two parts, when
 * the words are common in the sample (SQL_PROJECTS_SAMPLE); else none. */
static void
registry_walk_plan(struct registry_binds *b, enum registry_order order)
{
	long long n[2] = { 0, 0 };	/* in the text, in the names */

	registry_reset(b);
	registry_add_words(b);
	registry_add_words(b);
	if (db_query(b->db, SQL_PROJECTS_SAMPLE, b->p, b->n, registry_sampled, n) != DB_OK ||
	    n[0] < WALK_SAMPLE_MIN)
		return;
	if (registry_walks[order].named == 0 || n[1] >= WALK_SAMPLE_MIN) {
		b->walk[b->walks++] = registry_walks[order].walk;
		return;
	}
	b->walk[b->walks++] = registry_walks[order].named;
	b->walk[b->walks++] = registry_walks[order].others;
}

unsigned int
registry_walk(struct registry_binds *b, const struct param_value *values,
    enum registry_order order, unsigned int part, long long limit)
{
	const char *q = registry_text(values, RF_Q);
	unsigned int n = 0, stmt;

	/* the words as typed, at most WALK_WORDS_MAX of them, no other filter; no walk for
	 * an order without one (0: the first statement is site.def's) */
	if (part == 0) {
		b->walks = 0;
		/* a few thousand projects: their FULLTEXT index answers a common word at once */
		if ((b->projects > 0 && b->projects < WALK_MIN_PROJECTS) ||
		    order >= ORDER__MAX || registry_walks[order].walk == 0 || q == NULL ||
		    registry_search_typed(b, q) == NULL || strchr(b->search, '*') != NULL ||
		    (registry_given(values) & ~RF_BIT(RF_Q)) != 0)
			return SQL__MAX;
		for (const char *c = b->search; *c != '\0'; c++)
			n += *c == '+';
		if (n > WALK_WORDS_MAX)
			return SQL__MAX;
		registry_walk_plan(b, order);
	}
	if (part >= b->walks)
		return SQL__MAX;
	stmt = b->walk[part];
	registry_reset(b);
	if (stmt == SQL_PROJECTS_NAMED || stmt == SQL_PROJECTS_NAMED_EN) {
		registry_add(b, DB_TEXT(b->search));
	} else {
		registry_bind_unset(b, values, RF_ALL, RF_BIT(RF_Q));
		registry_add_words(b);
		if (stmt == SQL_PROJECTS_WALK_RANK_OTHERS || stmt == SQL_PROJECTS_WALK_RANK_EN_OTHERS)
			registry_add_words(b);	/* WALK_OTHERS: in the text, not all in names */
	}
	registry_add(b, DB_INT(limit));
	return stmt;
}

enum db_status
registry_count_walked(struct registry_binds *b, const struct param_value *values, long long cap,
    char **total, bool *capped)
{
	enum db_status rc;
	int found;

	/* the walk found projects with the words as typed: they are kept */
	b->undecided = false;
	registry_reset(b);
	registry_add_words(b);
	registry_add(b, DB_INT(cap + 1));
	rc = db_fetch_one(b->db, SQL_PROJECTS_COUNT_WALK, b->p, b->n, total, REGISTRY_TOTALS, &found);
	if (rc != DB_OK)
		return rc;
	*capped = total[0] != NULL && strtoll(total[0], NULL, 10) > cap;
	if (*capped)
		return rc;
	/* fewer (the count is exact), or stopped before (no row): the FULLTEXT index's */
	db_values_free(total, REGISTRY_TOTALS);
	return registry_count_fetch(b, values, cap, total, capped);
}

void
registry_cursor_bind(struct registry_binds *b, const char *key, long long id, long long limit)
{
	if (key == NULL) {
		b->absent |= 1u << RP_KEYSET;
	} else {
		registry_add(b, DB_INT(1));
		registry_add(b, DB_TEXT(key));
		registry_add(b, DB_TEXT(key));
		registry_add(b, DB_INT(id));
	}
	registry_add(b, DB_INT(limit));
}
