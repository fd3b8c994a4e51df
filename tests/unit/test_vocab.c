/* The vocabularies of cgi-bin/public/vocab.h against their other copies: the schema's
 * ENUMs (sql/migrations/001_schema.sql), the XML export's XSD and openapi.json each list
 * the same values in the same order. */
#include "tap.h"
#include "../../cgi-bin/public/vocab.h"

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

int
main(void)
{
	static const char *const statuses[] = { VOCAB_PROJECT_STATUSES, NULL };
	static const char *const authorities[] = { VOCAB_AUTHORITIES, NULL };
	static const char *const kinds[] = { VOCAB_ZONE_KINDS, NULL };
	static const char *const zone_statuses[] = { VOCAB_ZONE_STATUSES, NULL };
	static const char *const sorts[] = { VOCAB_SORTS, NULL };
	char *schema = squeezed("sql/migrations/001_schema.sql");
	char *xsd = squeezed("htdocs/schema/minhbach-1.xsd");
	char *openapi = squeezed("htdocs/api/v1/openapi.json");

	ok(schema != NULL && xsd != NULL && openapi != NULL, "the schema, the XSD and OpenAPI are read");
	if (schema == NULL || xsd == NULL || openapi == NULL)
		return done();
	check("project statuses", statuses, schema, xsd, openapi);
	check("authorities", authorities, schema, xsd, openapi);
	check("zone kinds", kinds, schema, xsd, openapi);
	check("zone statuses", zone_statuses, schema, xsd, openapi);
	check("sorts", sorts, NULL, NULL, openapi);
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
	return done();
}
