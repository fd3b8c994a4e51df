/* What a subscription follows: a registry search kept as its normalized query string and
 * read back with the registry's own validators (alerts.h), for the form and the sender. */
#include "alerts.h"
#include "registry.h"

#include <string.h>

int
alert_search_parse(struct request *tmp, const char *query)
{
	struct param_error perr = { NULL, NULL };
	const char *bad = NULL;

	if (kv_parse(&tmp->query, query, strlen(query), &bad) != 0 ||
	    params_validate(tmp, projects_params, PARAM_QUERY, &perr) != 0) {
		alert_search_free(tmp);
		return -1;
	}
	return 0;
}

void
alert_search_free(struct request *tmp)
{
	params_free(tmp);
	kv_free(&tmp->query);
}
