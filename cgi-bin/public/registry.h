/* The project registry's filters (REGISTRY_FILTERS, sql/projects.def): their parameter
 * declarations, their binding, the query string that keeps them, and the keyset cursor. */
#ifndef MB_REGISTRY_H
#define MB_REGISTRY_H

#include <stdbool.h>

#include "keyset.h"
#include "public.h"
#include "registry_filters.h"
#include "vocab.h"

/* projects_params: the filters in the order of REGISTRY_FILTERS, then these. */
enum registry_param { RP_SORT = RF__MAX, RP_PAGE, RP_AFTER };

/* The initializers of projects_params (the API's list appends ?limit= to them). */
#define REGISTRY_PARAMS \
	REGISTRY_FILTER_PARAMS \
	[RP_SORT] = { .name = "sort", .type = PARAM_ENUM, .choices = vocab_sorts }, \
	[RP_PAGE] = { .name = "page", .type = PARAM_INT, .min = 1, .max = 1000000 }, \
	[RP_AFTER] = { .name = "after", .type = PARAM_TEXT, .max = 400 },

/* The optional parts of the registry's statements (db_set_parts; sql/projects.def): each
 * filter's condition, named by its parameter, then the keyset condition of a page after
 * the first, RP_KEYSET. A filter with no value is not bound and its part is left out. */
enum { RP_KEYSET = RF__MAX, RP__PARTS };
extern const char *const registry_parts[RP__PARTS];

/* The values bound to one statement: what the caller puts first, the filters', then what
 * it appends, and the parts of the statement left out for want of a value. Grows as
 * needed. db: where the search asks whether its words as typed find anything (else the
 * last word is completed); without it they are taken as typed. */
struct registry_binds {
	struct db_param	*p;
	unsigned int	 n;
	unsigned int	 absent;	/* bits of registry_parts */
	struct db	*db;
	bool		 searched;	/* search is set (NULL: q has no word) */
	bool		 undecided;	/* search holds the words as typed, not yet asked */
	char		*search;	/* q's FULLTEXT boolean query, owned */
	char		*words;		/* its words, bound by registry_walk, owned */
	unsigned int	 walk[2], walks;	/* registry_walk's plan: its statements */
	long long	 projects;	/* how many are published (0: unknown), for that plan */
};
#define REGISTRY_BINDS(db)	{ NULL, 0, 0, (db), false, false, NULL, NULL, { 0, 0 }, 0, 0 }
/* The statement idx as the values bound take it (DB_PARTS). */
#define REGISTRY_STMT(b, idx)	DB_PARTS((idx), (b)->absent)
/* Forgets the values bound. */
void		 registry_reset(struct registry_binds *);

/* values: req->params validated against projects_params, or NULL (no filter given);
 * registry_text and registry_given (lib/registry_filters.h) read them. */
/* Appends a value. */
void		 registry_add(struct registry_binds *, struct db_param);
/* Appends the values of the filters in mask (RF_ALL for PROJECT_WHERE), each as many times
 * as its arity, in the order of REGISTRY_FILTERS; a filter not given is not bound, and its
 * part is absent. */
void		 registry_bind(struct registry_binds *, const struct param_value *values,
		    unsigned int mask);
void		 registry_binds_free(struct registry_binds *);
/* The count of the filtered projects into total[REGISTRY_TOTALS] (total, registered_usd,
 * land_ha, is_sample; malloc'd, db_values_free), with b's values replaced. cap > 0 caps a
 * search's count: at most cap + 1 projects are counted, and *capped says when there are
 * more than cap (the total and sums are then of those counted, not of the search's).
 * A search's words as typed that find no project are completed (registry_search), and
 * counted again. */
#define REGISTRY_TOTALS	4
enum db_status	 registry_count_fetch(struct registry_binds *b, const struct param_value *values,
		    long long cap, char **total, bool *capped);
/* The filters given (and with_sort, the sort) as a query string, for links that keep
 * them; appended to b. */
void		 registry_query(const struct param_value *values, bool with_sort, struct buf *b);
/* The sort's index: the one chosen, else the best matches first for a search with a word,
 * else by name. */
long long	 registry_sort(const struct param_value *values);
/* Splits the registry's cursor "key~id". Returns 0 (*key malloc'd), or -1 when malformed. */
int		 registry_cursor_split(const char *, char **key, long long *id);

/* The orders of the registry's statements (REGISTRY_ORDERS, sql/projects.def): the sorts
 * in the order of enum registry_sort, then those of English pages. */
enum registry_order {
#define REGISTRY_ORDER_ID(id, ...)	ORDER_##id,
	REGISTRY_ORDERS(REGISTRY_ORDER_ID)
#undef REGISTRY_ORDER_ID
	ORDER__MAX
};
/* The order of a page in lang for the parameters. */
enum registry_order registry_order(const struct param_value *values, enum lang);
/* The registry's statements by order: a page of the HTML registry, the cursor of its
 * previous page, and the API's and downloads' rows. */
enum registry_statement { REGISTRY_PAGE, REGISTRY_BACK, REGISTRY_DATA };
unsigned int	 registry_sql(enum registry_statement, enum registry_order);
/* Appends what the statements of the order take before the keyset condition: the search's
 * ranking, when the order is by best match, and every filter. */
void		 registry_bind_rows(struct registry_binds *, const struct param_value *values,
		    enum registry_order);
/* The statement of part (0, 1) of a search's first page read in the sort's index
 * (WALK_ORDERS, sql/projects.def), with b's values replaced by its own; planned at part 0
 * from a sample of the words' frequency (SQL_PROJECTS_SAMPLE). SQL__MAX when there is no
 * such part: the order has none, the search has another filter or more words than
 * WALK_WORDS_MAX, its last word was completed, or its words are not common. */
unsigned int	 registry_walk(struct registry_binds *b, const struct param_value *values,
		    enum registry_order, unsigned int part, long long limit);
/* The count of a search whose first page registry_walk's statements filled (no filter but
 * q), as registry_count_fetch counts: past cap (*capped; total[0] alone) from the walk's test
 * of each project (SQL_PROJECTS_COUNT_WALK), else registry_count_fetch's. */
enum db_status	 registry_count_walked(struct registry_binds *b, const struct param_value *values,
		    long long cap, char **total, bool *capped);
/* Appends the keyset condition's values (after key~id, or from the start when key is
 * NULL) and the LIMIT, as REGISTRY_PAGE and REGISTRY_DATA statements take them. */
void		 registry_cursor_bind(struct registry_binds *, const char *key, long long id,
		    long long limit);

/* The registry's form (projects_form.c), its lists' choices read first (facets_read), with
 * the values of the filters given and the sort. */
struct html;
void		 projects_form(struct html *, const struct param_value *values, const char *sort);

#endif
