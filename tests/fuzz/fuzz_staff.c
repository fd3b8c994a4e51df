/* Fuzz targets of the staff program's parsers: the edit forms, the stored change payloads,
 * and the CSV and XML import files up to the stage before the database. */
#include "fuzz.h"
#include "import.h"

#include <stdbool.h>

/* Input: a form body (urlencoded): read as every record's form, its payload read back. */
int
fuzz_staff_form(const uint8_t *data, size_t n)
{
	char *s = xstrndup((const char *)data, n);
	struct kv_list l = { NULL, 0 };
	struct import im;
	const char *bad;

	if (kv_parse(&l, s, n, &bad) == 0)
		for (unsigned int k = 0; k < RECORD__MAX; k++) {
			struct record_form f, back;
			char *payload;

			record_form_read(&record_defs[k], &l, &f);
			payload = record_form_payload(&f);
			/* a stored payload reads back as the form it was made from */
			if (record_form_parse(&record_defs[k], payload, &back) != f.nerrors &&
			    f.nerrors == 0)
				abort();
			for (unsigned int i = 0; i < record_defs[k].nfields; i++)
				if ((f.values[i] == NULL) != (back.values[i] == NULL) ||
				    (f.values[i] != NULL && strcmp(f.values[i], back.values[i]) != 0))
					abort();
			record_form_free(&back);
			record_form_free(&f);
			free(payload);
		}
	kv_free(&l);
	memset(&im, 0, sizeof(im));
	(void)import_parse_payload(&im, s);
	import_free(&im);
	free(s);
	return 0;
}

/* Input: a CSV import file: read into operations, stored as a payload and read back. */
int
fuzz_import_csv(const uint8_t *data, size_t n)
{
	char *p = fuzz_copy(data, n);
	struct import im, back;
	char *payload;

	memset(&im, 0, sizeof(im));
	memset(&back, 0, sizeof(back));
	import_read_csv(&im, p, n);
	payload = import_payload(&im);
	if (import_parse_payload(&back, payload) != 0 && im.nerrors == 0)
		abort();	/* a file without errors whose payload does not read back */
	if (im.nerrors == 0 && back.nops != im.nops)
		abort();
	free(payload);
	import_free(&back);
	import_free(&im);
	free(p);
	return 0;
}

/* Input: an XML import file: parsed safely and validated against the schema. */
int
fuzz_import_xml(const uint8_t *data, size_t n)
{
	static bool loaded;
	struct import im;
	xmlDocPtr doc;

	if (!loaded) {
		loaded = true;
		if (import_schema_load(TOP_SRCDIR "/htdocs/schema/minhbach-1.xsd") != 0)
			abort();
	}
	memset(&im, 0, sizeof(im));
	if ((doc = import_xml_read(&im, (const char *)data, n)) != NULL)
		xmlFreeDoc(doc);
	import_free(&im);
	return 0;
}
