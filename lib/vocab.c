/* The shared vocabularies (vocab.h). */
#include "vocab.h"

#include <stdio.h>
#include <string.h>

#define VOCAB_VALUE(id, value)	value,
const char *const vocab_project_statuses[PS__MAX + 1] = {
	VOCAB_PROJECT_STATUS_LIST(VOCAB_VALUE) NULL };
const char *const vocab_sorts[SORT__MAX + 1] = { VOCAB_SORT_LIST(VOCAB_VALUE) NULL };
#undef VOCAB_VALUE
const char *const vocab_authorities[] = { "province", "central", NULL };
const char *const vocab_zone_kinds[] = { "kcn", "kkt", NULL };
const char *const vocab_zone_statuses[] = { "planned", "construction", "operating",
    "suspended", NULL };

const struct vocab_def vocabs[VOCAB__MAX] = {
	[VOCAB_PROJECT_STATUS] = { "project_status", "status.", vocab_project_statuses },
	[VOCAB_AUTHORITY] = { "authority", "authority.", vocab_authorities },
	[VOCAB_ZONE_KIND] = { "zone_kind", "zone.kind.", vocab_zone_kinds },
	[VOCAB_ZONE_STATUS] = { "zone_status", "zone.status.", vocab_zone_statuses },
	[VOCAB_SORT] = { "sort", "sort.", vocab_sorts },
};

int
vocab_index(enum vocab v, const char *value)
{
	for (int k = 0; value != NULL && vocabs[v].values[k] != NULL; k++)
		if (strcmp(vocabs[v].values[k], value) == 0)
			return k;
	return -1;
}
