/* A zone's facts that decide a site (zone_facts, migration 028): the fields of the change
 * requests of the entity "zone_facts", and the rules across them. Each group of facts
 * (rent, fee, infrastructure, distances, sectors, incentives, the developer's contact)
 * has its date and its source: a group with a value needs both. */
#include "staff.h"

#include <ctype.h>

static const char *const currencies[] = { "USD", "VND", NULL };
static const char *const rent_units[] = { "m2_term", "m2_year", "m2_month", NULL };
static const char *const fee_units[] = { "m2_year", "m2_month", NULL };
static const char *const power_units[] = { "MW", "MVA", NULL };

#define DATE	.type = PARAM_DATE
#define SOURCE	.type = PARAM_TEXT, .max = 300
#define KM	.type = PARAM_DECIMAL, .min = 0, .max = 100000
#define M3_DAY	.type = PARAM_DECIMAL, .min = 0, .max = 10000000

/* The columns of SQL_FACTS_FIELDS, in this order (sql/records.def). */
const struct param_decl facts_fields[] = {
	{ .name = "rent_amount", .type = PARAM_DECIMAL, .min = 0, .max = 1000000000 },
	{ .name = "rent_currency", .type = PARAM_ENUM, .choices = currencies },
	{ .name = "rent_unit", .type = PARAM_ENUM, .choices = rent_units },
	{ .name = "rent_term_end", DATE },
	{ .name = "rent_as_of", DATE },
	{ .name = "rent_source", SOURCE },
	{ .name = "fee_amount", .type = PARAM_DECIMAL, .min = 0, .max = 10000000 },
	{ .name = "fee_currency", .type = PARAM_ENUM, .choices = currencies },
	{ .name = "fee_unit", .type = PARAM_ENUM, .choices = fee_units },
	{ .name = "fee_as_of", DATE },
	{ .name = "fee_source", SOURCE },
	{ .name = "power_capacity", .type = PARAM_DECIMAL, .min = 0, .max = 10000000 },
	{ .name = "power_unit", .type = PARAM_ENUM, .choices = power_units },
	{ .name = "water_m3_day", M3_DAY },
	{ .name = "wastewater_m3_day", M3_DAY },
	{ .name = "infra_as_of", DATE },
	{ .name = "infra_source", SOURCE },
	{ .name = "seaport_km", KM },
	{ .name = "airport_km", KM },
	{ .name = "border_gate_km", KM },
	{ .name = "expressway_km", KM },
	{ .name = "distances_as_of", DATE },
	{ .name = "distances_source", SOURCE },
	/* sector codes, a choice of several (edit.c), stored comma-separated and sorted */
	{ .name = "sectors_admitted", .type = PARAM_TEXT, .max = 500, .multi = true },
	{ .name = "sectors_as_of", DATE },
	{ .name = "sectors_source", SOURCE },
	{ .name = "incentives", .type = PARAM_TEXT, .max = 2000 },
	{ .name = "incentives_en", .type = PARAM_TEXT, .max = 2000 },
	{ .name = "incentives_basis", .type = PARAM_TEXT, .max = 400 },
	{ .name = "incentives_as_of", DATE },
	{ .name = "incentives_source", SOURCE },
	{ .name = "developer_name", .type = PARAM_TEXT, .max = 200 },
	{ .name = "developer_phone", .type = PARAM_TEXT, .max = 40 },
	{ .name = "developer_email", .type = PARAM_TEXT, .max = 200 },
	{ .name = "developer_web", .type = PARAM_URL, .max = 300 },
	{ .name = "developer_as_of", DATE },
	{ .name = "developer_source", SOURCE },
	{ .name = NULL },
};

/* The groups: their values, then the date and the source they need. */
static const struct {
	const char	*values[5];
	const char	*as_of, *source;
} groups[] = {
	{ { "rent_amount", "rent_currency", "rent_unit", "rent_term_end" }, "rent_as_of", "rent_source" },
	{ { "fee_amount", "fee_currency", "fee_unit" }, "fee_as_of", "fee_source" },
	{ { "power_capacity", "power_unit", "water_m3_day", "wastewater_m3_day" }, "infra_as_of",
	    "infra_source" },
	{ { "seaport_km", "airport_km", "border_gate_km", "expressway_km" }, "distances_as_of",
	    "distances_source" },
	{ { "sectors_admitted" }, "sectors_as_of", "sectors_source" },
	{ { "incentives", "incentives_en", "incentives_basis" }, "incentives_as_of",
	    "incentives_source" },
	{ { "developer_name", "developer_phone", "developer_email", "developer_web" },
	    "developer_as_of", "developer_source" },
};

/* An amount and what it is counted in go together. */
static void
together(struct record_form *f, const char *amount, const char *other)
{
	if (record_value(f, amount) != NULL && record_value(f, other) == NULL)
		record_form_error(f, other, "edit.error.fact_unit");
	else if (record_value(f, amount) == NULL && record_value(f, other) != NULL)
		record_form_error(f, amount, "edit.error.fact_value");
}

static int
code_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sector codes as stored: split at commas and spaces, each a code, sorted, once. */
static void
sectors_normalise(struct record_form *f)
{
	int i = record_field(f->def, "sectors_admitted");
	char *copy, *save = NULL, *codes[64];
	unsigned int n = 0;
	struct buf b;

	if (i < 0 || f->values[i] == NULL)
		return;
	copy = xstrdup(f->values[i]);
	for (char *c = strtok_r(copy, ", \t\r\n", &save); c != NULL;
	    c = strtok_r(NULL, ", \t\r\n", &save)) {
		if (n == sizeof(codes) / sizeof(codes[0]) || strlen(c) > 40 ||
		    strspn(c, "abcdefghijklmnopqrstuvwxyz0123456789_-") != strlen(c)) {
			record_form_error(f, "sectors_admitted", "edit.error.code");
			free(copy);
			return;
		}
		codes[n++] = c;
	}
	qsort(codes, n, sizeof(codes[0]), code_cmp);
	buf_init(&b);
	for (unsigned int k = 0; k < n; k++) {
		if (k > 0 && strcmp(codes[k], codes[k - 1]) == 0)
			continue;
		if (b.len > 0)
			buf_putc(&b, ',');
		buf_puts(&b, codes[k]);
	}
	free(f->values[i]);
	f->values[i] = b.data;	/* NULL when no code was given */
	free(copy);
}

void
facts_checks(struct record_form *f)
{
	const char *email = record_value(f, "developer_email");

	sectors_normalise(f);
	together(f, "rent_amount", "rent_currency");
	together(f, "rent_amount", "rent_unit");
	together(f, "fee_amount", "fee_currency");
	together(f, "fee_amount", "fee_unit");
	together(f, "power_capacity", "power_unit");
	if (record_value(f, "rent_term_end") != NULL && record_value(f, "rent_amount") == NULL)
		record_form_error(f, "rent_amount", "edit.error.fact_value");
	if (email != NULL && (strchr(email, '@') == NULL || strpbrk(email, " <>\"") != NULL))
		record_form_error(f, "developer_email", "edit.error.email");
	for (size_t g = 0; g < sizeof(groups) / sizeof(groups[0]); g++) {
		bool any = false;

		for (int k = 0; k < 5 && groups[g].values[k] != NULL; k++)
			any = any || record_value(f, groups[g].values[k]) != NULL;
		if (!any && (record_value(f, groups[g].as_of) || record_value(f, groups[g].source))) {
			record_form_error(f, groups[g].values[0], "edit.error.fact_value");
			continue;
		}
		if (any && record_value(f, groups[g].as_of) == NULL)
			record_form_error(f, groups[g].as_of, "edit.error.fact_dated");
		if (any && record_value(f, groups[g].source) == NULL)
			record_form_error(f, groups[g].source, "edit.error.fact_dated");
	}
}

/* Several values of a field that takes several (the sectors' choice): one text, the values
 * joined by commas; a stored payload holds them joined already. NULL when none. */
char *
facts_join(const struct kv_list *l, const char *name)
{
	struct buf b;

	buf_init(&b);
	for (unsigned int i = 0; i < l->count; i++) {
		if (strcmp(l->items[i].key, name) != 0 || l->items[i].value[0] == '\0')
			continue;
		if (b.len > 0)
			buf_putc(&b, ',');
		buf_puts(&b, l->items[i].value);
	}
	return b.data;
}
