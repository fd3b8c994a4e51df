/* The registry's filters both programs share (registry_filters.h): how each is bound. */
#include "registry_filters.h"

const struct registry_filter_def registry_filter_defs[RF__MAX] = {
#define REGISTRY_BINDING(id, key, binding, arity, ...)	[id] = { binding, arity },
	REGISTRY_FILTERS(REGISTRY_BINDING)
#undef REGISTRY_BINDING
};

const char *
registry_text(const struct param_value *values, unsigned int k)
{
	return values != NULL && values[k].count > 0 ? values[k].text[0] : NULL;
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

struct db_param
registry_filter_param(const struct param_value *values, unsigned int k, const char *search)
{
	if (registry_text(values, k) == NULL)
		return DB_NULL;
	switch (registry_filter_defs[k].binding) {
	case RF_BIND_TEXT:
		return DB_TEXT(registry_text(values, k));
	case RF_BIND_INT:
		return DB_INT(values[k].i[0]);
	case RF_BIND_DECIMAL:
		return DB_DOUBLE(values[k].d[0]);
	case RF_BIND_SEARCH:
		return search != NULL ? DB_TEXT(search) : DB_NULL;
	}
	return DB_NULL;
}
