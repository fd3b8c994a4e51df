/* The project registry's filters, declared once for both programs (their SQL in
 * registry_sql.h): the public registry
 * (/projects, the API, the downloads, the feed; cgi-bin/public/sql/projects.def) and the
 * staff program's project list (/staff/projects; cgi-bin/staff/sql/projects.def). The one
 * that expands REGISTRY_FILTERS' conditions defines first REGISTRY_ZONE_SCOPE(col), the
 * projects in the scope of the zone slug bound twice (an economic zone's include its
 * parks', 010_zone_scope.sql): the public account reads pub_zone_scope, the staff account
 * the zones. tests/unit/test_registry.c checks each condition's
 * placeholders against its arity. */
#ifndef MB_REGISTRY_FILTERS_H
#define MB_REGISTRY_FILTERS_H

#include "db.h"
#include "params.h"
#include "vocab.h"
#include "registry_sql.h"

/* How a filter's value is bound, arity times over. */
enum registry_binding {
	RF_BIND_TEXT,		/* the validated text */
	RF_BIND_INT,		/* the integer */
	RF_BIND_DECIMAL,	/* the number */
	RF_BIND_SEARCH,		/* the search's boolean query (search_query, lib/search.h) */
};

enum registry_filter {
#define REGISTRY_ID(id, ...)	id,
	REGISTRY_FILTERS(REGISTRY_ID)
#undef REGISTRY_ID
	RF__MAX
};

#define RF_BIT(id)	(1u << (id))
#define RF_ALL		(RF_BIT(RF__MAX) - 1)

/* The declaration of each filter's parameter, in the order of REGISTRY_FILTERS (the
 * initializers of a struct param_decl[]; the first RF__MAX of a program's list). */
#define REGISTRY_DECL(id, key, binding, arity, list, count, ...)	{ .name = key, __VA_ARGS__ },
#define REGISTRY_FILTER_PARAMS	REGISTRY_FILTERS(REGISTRY_DECL)

struct registry_filter_def {
	enum registry_binding	binding;
	unsigned int		arity;
};
extern const struct registry_filter_def registry_filter_defs[RF__MAX];

/* values: req->params validated against a list that starts with REGISTRY_FILTER_PARAMS,
 * or NULL (no filter given). The value of parameter k, NULL when not given. */
const char	*registry_text(const struct param_value *values, unsigned int k);
/* A mask of the filters given (RF_BIT each). */
unsigned int	 registry_given(const struct param_value *values);
/* The value filter k is bound to (each of its arity placeholders): NULL when it is not
 * given; the search's boolean query search for RF_BIND_SEARCH (NULL: no word). */
struct db_param	 registry_filter_param(const struct param_value *values, unsigned int k,
		    const char *search);

#endif
