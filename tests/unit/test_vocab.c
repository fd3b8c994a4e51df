/* The vocabularies of lib/vocab.h against their other copies: the schema's ENUMs
 * (sql/migrations/001_schema.sql), the XML export's XSD and openapi.json each list the same
 * values in the same order, and the catalog has every value's label in both languages. */
#include "tap.h"
#include "i18n.h"
#include "vocab.h"

#include <stdlib.h>

/* The file under $top_srcdir without any white space (malloc'd), or NULL. */
static char *
squeezed(const char *path)
{
	const char *top = getenv("top_srcdir");
	char full[1024];
	FILE *f;
	char *s;
	size_t n = 0;
	int c;

	snprintf(full, sizeof(full), "%s/%s", top ? top : ".", path);
	if ((f = fopen(full, "r")) == NULL)
		return NULL;
	s = malloc(4 << 20);
	while (s != NULL && (c = fgetc(f)) != EOF && n < (4u << 20) - 1)
		if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
			s[n++] = (char)c;
	if (s != NULL)
		s[n] = '\0';
	fclose(f);
	return s;
}

/* values written as before, each value between open and close, separated by sep, then after */
static void
list(char *out, size_t size, const char *const *values, const char *before, const char *open,
    const char *close, const char *sep, const char *after)
{
	size_t n = (size_t)snprintf(out, size, "%s", before);

	for (unsigned int k = 0; values[k] != NULL && n < size; k++)
		n += (size_t)snprintf(out + n, size - n, "%s%s%s%s", k ? sep : "", open, values[k], close);
	if (n < size)
		snprintf(out + n, size - n, "%s", after);
}

static void
check(const char *name, const char *const *values, const char *schema, const char *xsd,
    const char *openapi)
{
	char want[1024];

	if (schema != NULL) {
		list(want, sizeof(want), values, "ENUM(", "'", "'", ",", ")");
		ok(strstr(schema, want) != NULL, "%s: the schema's ENUM", name);
	}
	if (xsd != NULL) {
		list(want, sizeof(want), values, "<xs:restrictionbase=\"xs:string\">",
		    "<xs:enumerationvalue=\"", "\"/>", "", "</xs:restriction>");
		ok(strstr(xsd, want) != NULL, "%s: the XSD's enumeration", name);
	}
	list(want, sizeof(want), values, "\"enum\":[", "\"", "\"", ",", "]");
	ok(strstr(openapi, want) != NULL, "%s: OpenAPI's enum", name);
}

/* Every value's catalog key (the vocabulary's label + the value) in both languages. */
static void
labels(void)
{
	char dir[1024], key[128];
	const char *top = getenv("top_srcdir");

	snprintf(dir, sizeof(dir), "%s/templates/i18n", top ? top : ".");
	ok(i18n_load(dir) == 0, "the catalog loads");
	for (int v = 0; v < VOCAB__MAX; v++)
		for (int k = 0; vocabs[v].values[k] != NULL; k++) {
			snprintf(key, sizeof(key), "%s%s", vocabs[v].label, vocabs[v].values[k]);
			for (int lang = 0; lang < LANG__MAX; lang++)
				ok(strcmp(i18n_get((enum lang)lang, key), key) != 0 &&
				    *i18n_get((enum lang)lang, key) != '\0', "%s has its label in %s", key,
				    lang_code((enum lang)lang));
		}
	ok(strcmp(i18n_get(LANG_EN, "status.no_such_status"), "status.no_such_status") == 0,
	    "a value without a label is found");
	i18n_free();
}

int
main(void)
{
	char *schema = squeezed("sql/migrations/001_schema.sql");
	char *xsd = squeezed("htdocs/schema/minhbach-1.xsd");
	char *openapi = squeezed("htdocs/api/v1/openapi.json");
	char *totals = squeezed("sql/migrations/003_performance.sql");

	ok(schema != NULL && xsd != NULL && openapi != NULL && totals != NULL,
	    "the schema, the XSD and OpenAPI are read");
	if (schema == NULL || xsd == NULL || openapi == NULL || totals == NULL)
		return done();
	check("project statuses", vocab_project_statuses, schema, xsd, openapi);
	check("authorities", vocab_authorities, schema, xsd, openapi);
	check("zone kinds", vocab_zone_kinds, schema, xsd, openapi);
	check("zone statuses", vocab_zone_statuses, schema, xsd, openapi);
	check("sorts", vocab_sorts, NULL, NULL, openapi);
	check("project totals' statuses", vocab_project_statuses, totals, NULL, openapi);
	labels();
	/* the check itself finds a list that differs */
	{
		static const char *const wrong[] = { "approved", "operating", NULL };
		char want[256];

		list(want, sizeof(want), wrong, "ENUM(", "'", "'", ",", ")");
		ok(strstr(schema, want) == NULL, "a list in another order is not found");
	}
	free(schema);
	free(xsd);
	free(openapi);
	free(totals);
	return done();
}
