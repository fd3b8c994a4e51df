/* The project registry's filters, declared once in REGISTRY_FILTERS (sql/projects.def):
 * the parameter declarations, the binding of PROJECT_WHERE, the count's statement, the
 * query string of links and the keyset cursor follow from that one list. */
#include "registry.h"

#include <stdio.h>

/* The filters, in the order of REGISTRY_FILTERS, then the sort and the page's cursor. */
const struct param_decl projects_params[] = {
	REGISTRY_PARAMS
	{ .name = NULL },
};

/* How a filter's value is bound, arity times over. */
enum registry_binding {
	RF_BIND_TEXT,		/* the validated text */
	RF_BIND_INT,		/* the integer */
	RF_BIND_DECIMAL,	/* the number */
	RF_BIND_LIKE,		/* '%text%' with LIKE's wildcards escaped */
};

static const struct {
	enum registry_binding	binding;
	unsigned int		arity;
} registry_filters[RF__MAX] = {
#define REGISTRY_BINDING(id, key, binding, arity, ...)	[id] = { binding, arity },
	REGISTRY_FILTERS(REGISTRY_BINDING)
#undef REGISTRY_BINDING
};

const char *
registry_text(const struct param_value *values, unsigned int k)
{
	return values != NULL && values[k].count > 0 ? values[k].text[0] : NULL;
}

long long
registry_sort(const struct param_value *values)
{
	return values != NULL && values[RP_SORT].count > 0 ? values[RP_SORT].i[0] : 0;
}

unsigned int
registry_given(const struct param_value *values)
{
	unsigned int mask = 0;

	for (unsigned int k = 0; k < RF__MAX; k++)
		if (registry_text(values, k) != NULL)
			mask |= RF_BIT(k);
	return mask;
}

void
registry_add(struct registry_binds *b, struct db_param v)
{
	b->p = xgrow(b->p, b->n, sizeof(*b->p));
	b->p[b->n++] = v;
}

/* '%q%' with LIKE's wildcards escaped (malloc'd). */
static char *
registry_like_pattern(const char *q)
{
	struct buf b;

	buf_init(&b);
	buf_putc(&b, '%');
	for (; *q != '\0'; q++) {
		if (*q == '%' || *q == '_' || *q == '\\')
			buf_putc(&b, '\\');
		buf_putc(&b, *q);
	}
	buf_putc(&b, '%');
	return b.data;
}

void
registry_bind(struct registry_binds *b, const struct param_value *values, unsigned int mask)
{
	for (unsigned int k = 0; k < RF__MAX; k++) {
		const char *text = registry_text(values, k);
		struct db_param v = DB_NULL;

		if (!(mask & RF_BIT(k)))
			continue;
		if (text != NULL) {
			switch (registry_filters[k].binding) {
			case RF_BIND_TEXT:
				v = DB_TEXT(text);
				break;
			case RF_BIND_INT:
				v = DB_INT(values[k].i[0]);
				break;
			case RF_BIND_DECIMAL:
				v = DB_DOUBLE(values[k].d[0]);
				break;
			case RF_BIND_LIKE:
				if (b->pattern == NULL)
					b->pattern = registry_like_pattern(text);
				v = DB_TEXT(b->pattern);
				break;
			}
		}
		for (unsigned int i = 0; i < registry_filters[k].arity; i++)
			registry_add(b, v);
	}
}

void
registry_binds_free(struct registry_binds *b)
{
	free(b->p);
	free(b->pattern);
	memset(b, 0, sizeof(*b));
}

unsigned int
registry_count(struct registry_binds *b, const struct param_value *values)
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

	for (unsigned int k = 0; k < sizeof(counts) / sizeof(counts[0]); k++)
		if ((given & ~counts[k].mask) == 0) {
			registry_bind(b, values, counts[k].mask);
			return counts[k].sql;
		}
	registry_bind(b, values, RF_ALL);
	return SQL_PROJECTS_COUNT;
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

void
registry_attrs(const struct param_value *values, xmlNodePtr e)
{
	for (unsigned int k = 0; k < RF__MAX; k++)
		xml_attr(e, projects_params[k].name, registry_text(values, k));
}

int
registry_cursor_split(const char *s, char **key, long long *id)
{
	const char *tilde = strrchr(s, '~');
	char *end;

	if (tilde == NULL || tilde[1] == '\0')
		return -1;
	*id = strtoll(tilde + 1, &end, 10);
	if (*end != '\0' || *id <= 0)
		return -1;
	*key = xstrndup(s, (size_t)(tilde - s));
	return 0;
}

/* The statements of each sort (enum registry_sort, vocab.h). */
static const enum public_sql registry_page_sql[SORT__MAX] = {
	[SORT_NAME] = SQL_PROJECTS_NAME, [SORT_NAME_DESC] = SQL_PROJECTS_NAME_DESC,
	[SORT_CAPITAL] = SQL_PROJECTS_CAPITAL, [SORT_CAPITAL_DESC] = SQL_PROJECTS_CAPITAL_DESC,
	[SORT_DATE] = SQL_PROJECTS_DATE, [SORT_DATE_DESC] = SQL_PROJECTS_DATE_DESC };
static const enum public_sql registry_back_sql[SORT__MAX] = {
	[SORT_NAME] = SQL_PROJECTS_BACK_NAME, [SORT_NAME_DESC] = SQL_PROJECTS_BACK_NAME_DESC,
	[SORT_CAPITAL] = SQL_PROJECTS_BACK_CAPITAL,
	[SORT_CAPITAL_DESC] = SQL_PROJECTS_BACK_CAPITAL_DESC,
	[SORT_DATE] = SQL_PROJECTS_BACK_DATE, [SORT_DATE_DESC] = SQL_PROJECTS_BACK_DATE_DESC };
static const enum public_sql registry_data_sql[SORT__MAX] = {
	[SORT_NAME] = SQL_OD_PROJECTS_NAME, [SORT_NAME_DESC] = SQL_OD_PROJECTS_NAME_DESC,
	[SORT_CAPITAL] = SQL_OD_PROJECTS_CAPITAL, [SORT_CAPITAL_DESC] = SQL_OD_PROJECTS_CAPITAL_DESC,
	[SORT_DATE] = SQL_OD_PROJECTS_DATE, [SORT_DATE_DESC] = SQL_OD_PROJECTS_DATE_DESC };

unsigned int
registry_sql(enum registry_statement which, long long sort)
{
	if (sort < 0 || sort >= (long long)(sizeof(registry_page_sql) / sizeof(registry_page_sql[0])))
		sort = 0;
	switch (which) {
	case REGISTRY_PAGE:
		return registry_page_sql[sort];
	case REGISTRY_BACK:
		return registry_back_sql[sort];
	case REGISTRY_DATA:
		break;
	}
	return registry_data_sql[sort];
}

void
registry_cursor_bind(struct registry_binds *b, const char *key, long long id, long long limit)
{
	registry_add(b, key ? DB_INT(1) : DB_NULL);
	registry_add(b, DB_TEXT(key));
	registry_add(b, DB_TEXT(key));
	registry_add(b, key ? DB_INT(id) : DB_NULL);
	registry_add(b, DB_INT(limit));
}
