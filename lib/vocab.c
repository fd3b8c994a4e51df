/* The shared vocabularies (vocab.h) and their XML document for the templates. */
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

static xmlDocPtr vocab_doc;
static xmlNodePtr vocab_lists[VOCAB__MAX];

int
vocab_index(enum vocab v, const char *value)
{
	for (int k = 0; value != NULL && vocabs[v].values[k] != NULL; k++)
		if (strcmp(vocabs[v].values[k], value) == 0)
			return k;
	return -1;
}

void
vocab_load(void)
{
	xmlNodePtr root, list, value;
	char key[128];

	if (vocab_doc != NULL)
		return;
	vocab_doc = xmlNewDoc(BAD_CAST "1.0");
	root = xmlNewDocNode(vocab_doc, NULL, BAD_CAST "vocabularies", NULL);
	xmlDocSetRootElement(vocab_doc, root);
	for (int v = 0; v < VOCAB__MAX; v++) {
		list = vocab_lists[v] = xmlNewChild(root, NULL, BAD_CAST "vocab", NULL);
		xmlNewProp(list, BAD_CAST "name", BAD_CAST vocabs[v].name);
		for (int k = 0; vocabs[v].values[k] != NULL; k++) {
			value = xmlNewTextChild(list, NULL, BAD_CAST "v", BAD_CAST vocabs[v].values[k]);
			snprintf(key, sizeof(key), "%s%s", vocabs[v].label, vocabs[v].values[k]);
			xmlNewProp(value, BAD_CAST "key", BAD_CAST key);
		}
	}
}

xmlNodePtr
vocab_element(const char *name)
{
	for (int v = 0; v < VOCAB__MAX; v++)
		if (strcmp(vocabs[v].name, name) == 0)
			return vocab_lists[v];
	return NULL;
}

void
vocab_free(void)
{
	xmlFreeDoc(vocab_doc);
	vocab_doc = NULL;
	memset(vocab_lists, 0, sizeof(vocab_lists));
}
