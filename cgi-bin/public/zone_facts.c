/* The facts that decide a site (zone_facts, migration 028) as the zone page and the
 * finder's comparison show them: each group (rent, fee, infrastructure, distances, sectors,
 * incentives, the developer's contact) with its date and source; a fact the zone has not
 * published is there, said "not published", with no value. */
#include "zone_facts.h"
#include "format.h"
#include "rows.h"

#include <stdio.h>

/* SQL_ZONE_FACTS, SQL_ZONE_FACTS_COMPARE (FACTS_COLUMNS, sql/zone.def) */
enum { F_SLUG, F_RENT, F_RENT_CUR, F_RENT_UNIT, F_TERM_END, F_RENT_AS_OF, F_RENT_SRC, F_FEE,
    F_FEE_CUR, F_FEE_UNIT, F_FEE_AS_OF, F_FEE_SRC, F_POWER, F_POWER_UNIT, F_WATER, F_WASTE,
    F_INFRA_AS_OF, F_INFRA_SRC, F_SEAPORT, F_AIRPORT, F_BORDER, F_EXPRESSWAY, F_DIST_AS_OF,
    F_DIST_SRC, F_SECTORS_VI, F_SECTORS_EN, F_SECTORS_AS_OF, F_SECTORS_SRC, F_INC, F_INC_EN,
    F_INC_BASIS, F_INC_AS_OF, F_INC_SRC, F_DEV, F_DEV_PHONE, F_DEV_EMAIL, F_DEV_WEB,
    F_DEV_AS_OF, F_DEV_SRC, F_SAMPLE, F__MAX };
static const char *const fact_cols[F__MAX] = { "@slug", "rent_amount", "rent_currency",
    "rent_unit", "rent_term_end", "rent_as_of", "rent_source", "fee_amount", "fee_currency",
    "fee_unit", "fee_as_of", "fee_source", "power_capacity", "power_unit", "water_m3_day",
    "wastewater_m3_day", "infra_as_of", "infra_source", "seaport_km", "airport_km",
    "border_gate_km", "expressway_km", "distances_as_of", "distances_source", "sectors_names",
    "sectors_names_en", "sectors_as_of", "sectors_source", "incentives", "incentives_en",
    "incentives_basis", "incentives_as_of", "incentives_source", "developer_name",
    "developer_phone", "developer_email", "developer_web", "developer_as_of",
    "developer_source", "facts_sample" };

enum fact_kind {
	FK_MONEY,	/* amount (col), currency (col2), unit code (col3: unit.<code>) */
	FK_AMOUNT,	/* a number (col) and its unit: the catalog's unit.<col2's value>, or unit */
	FK_DATE,
	FK_TEXT,	/* Vietnamese (col), English (col2, or -1) */
	FK_PHONE,
	FK_EMAIL,
	FK_WEB,
};

struct fact {
	const char	*label;
	enum fact_kind	 kind;
	int		 col, col2, col3;
	const char	*unit;
};

static const struct {
	const char	*heading;
	int		 as_of, source;
	struct fact	 facts[4];
	unsigned int	 n;
} groups[] = {
	{ "facts.group.rent", F_RENT_AS_OF, F_RENT_SRC, {
	    { "facts.rent", FK_MONEY, F_RENT, F_RENT_CUR, F_RENT_UNIT, NULL },
	    { "facts.term_end", FK_DATE, F_TERM_END, -1, -1, NULL } }, 2 },
	{ "facts.group.fee", F_FEE_AS_OF, F_FEE_SRC, {
	    { "facts.fee", FK_MONEY, F_FEE, F_FEE_CUR, F_FEE_UNIT, NULL } }, 1 },
	{ "facts.group.infra", F_INFRA_AS_OF, F_INFRA_SRC, {
	    { "facts.power", FK_AMOUNT, F_POWER, F_POWER_UNIT, -1, NULL },
	    { "facts.water", FK_AMOUNT, F_WATER, -1, -1, "unit.m3_day" },
	    { "facts.wastewater", FK_AMOUNT, F_WASTE, -1, -1, "unit.m3_day" } }, 3 },
	{ "facts.group.distances", F_DIST_AS_OF, F_DIST_SRC, {
	    { "facts.seaport", FK_AMOUNT, F_SEAPORT, -1, -1, "unit.km" },
	    { "facts.airport", FK_AMOUNT, F_AIRPORT, -1, -1, "unit.km" },
	    { "facts.border_gate", FK_AMOUNT, F_BORDER, -1, -1, "unit.km" },
	    { "facts.expressway", FK_AMOUNT, F_EXPRESSWAY, -1, -1, "unit.km" } }, 4 },
	{ "facts.group.sectors", F_SECTORS_AS_OF, F_SECTORS_SRC, {
	    { "facts.group.sectors", FK_TEXT, F_SECTORS_VI, F_SECTORS_EN, -1, NULL } }, 1 },
	{ "facts.group.incentives", F_INC_AS_OF, F_INC_SRC, {
	    { "facts.incentives", FK_TEXT, F_INC, F_INC_EN, -1, NULL },
	    { "facts.basis", FK_TEXT, F_INC_BASIS, -1, -1, NULL } }, 2 },
	{ "facts.group.developer", F_DEV_AS_OF, F_DEV_SRC, {
	    { "facts.developer", FK_TEXT, F_DEV, -1, -1, NULL },
	    { "facts.phone", FK_PHONE, F_DEV_PHONE, -1, -1, NULL },
	    { "facts.email", FK_EMAIL, F_DEV_EMAIL, -1, -1, NULL },
	    { "facts.web", FK_WEB, F_DEV_WEB, -1, -1, NULL } }, 4 },
};
#define NGROUPS	(sizeof(groups) / sizeof(groups[0]))

#define FV(k)	rows_get(r, i, (unsigned int)(k))

static void
not_published(struct html *h)
{
	H(h, "<span class=\"not-published\">");
	html_t(h, "facts.not_published");
	H(h, "</span>");
}

/* a decimal in the page's language, trailing zeros dropped */
static void
number(struct html *h, const char *v)
{
	struct buf b;

	buf_init(&b);
	if (format_decimal(&b, v, 4, 0, 1, h->lang) == 0)
		html_text(h, b.data);
	buf_free(&b);
}

/* The value of fact f of row i, or "not published". */
static void
fact_value(struct html *h, const struct rows *r, unsigned int i, const struct fact *f)
{
	const char *v = FV(f->col);

	if (v == NULL || *v == '\0') {
		not_published(h);
		return;
	}
	switch (f->kind) {
	case FK_MONEY:
		number(h, v);
		H(h, " ");
		html_text(h, FV(f->col2));
		html_tv(h, "unit.", FV(f->col3));
		break;
	case FK_AMOUNT:
		number(h, v);
		H(h, " ");
		if (f->unit != NULL)
			html_t(h, f->unit);
		else
			html_tv(h, "unit.", FV(f->col2));
		break;
	case FK_DATE:
		html_date(h, v);
		break;
	case FK_TEXT:
		block_text(h, v, f->col2 >= 0 ? FV(f->col2) : NULL);
		break;
	case FK_PHONE: {
		char tel[64];
		size_t n = 0;

		/* the number to dial: without its spaces and dots */
		for (const char *c = v; *c != '\0' && n + 1 < sizeof(tel); c++)
			if (*c != ' ' && *c != '.')
				tel[n++] = *c;
		tel[n] = '\0';
		H(h, "<a href=\"tel:");
		html_href(h, tel);
		H(h, "\">");
		html_text(h, v);
		H(h, "</a>");
		break;
	}
	case FK_EMAIL:
		H(h, "<a href=\"mailto:");
		html_href(h, v);
		H(h, "\">");
		html_text(h, v);
		H(h, "</a>");
		break;
	case FK_WEB:
		H(h, "<a href=\"");
		html_href(h, v);
		H(h, "\" rel=\"nofollow\">");
		html_text(h, v);
		H(h, "</a>");
		break;
	}
}

/* "as of <date> · Source: <text>" of group g, when published */
static void
dated(struct html *h, const struct rows *r, unsigned int i, size_t g)
{
	if (FV(groups[g].as_of) != NULL) {
		html_t(h, "facts.as_of");
		H(h, " ");
		html_date(h, FV(groups[g].as_of));
	}
	if (FV(groups[g].source) != NULL) {
		if (FV(groups[g].as_of) != NULL)
			H(h, " · ");
		html_t(h, "common.source");
		H(h, ": ");
		block_text(h, FV(groups[g].source), NULL);
	}
}

enum db_status
zone_facts_section(struct request *req, struct page *pg, const char *slug)
{
	struct html *h = &pg->h;
	struct db_param p = DB_TEXT(slug);
	struct rows facts = ROWS(fact_cols);
	const struct rows *r = &facts;
	const unsigned int i = 0;
	enum db_status rc = rows_read(&facts, public_db(req), SQL_ZONE_FACTS, &p, 1);

	if (rc != DB_OK || facts.n == 0) {
		rows_free(&facts);
		return rc;
	}
	H(h, "<section class=\"zone-facts\" aria-labelledby=\"facts-h\"><h2 id=\"facts-h\">");
	html_t(h, "facts.heading");
	page_sample_mark(pg, FV(F_SAMPLE));
	H(h, "</h2><p class=\"note\">");
	html_t(h, "facts.lead");
	H(h, "</p><div class=\"cards\">");
	for (size_t g = 0; g < NGROUPS; g++) {
		H(h, "<section class=\"card\" id=\"facts-");
		html_text(h, groups[g].heading + sizeof("facts.group.") - 1);
		H(h, "\"><h3>");
		html_t(h, groups[g].heading);
		H(h, "</h3><dl class=\"facts wide\">");
		for (unsigned int k = 0; k < groups[g].n; k++) {
			block_fact(h, groups[g].facts[k].label);
			fact_value(h, r, i, &groups[g].facts[k]);
			H(h, "</dd>");
		}
		H(h, "</dl>");
		if (FV(groups[g].as_of) != NULL || FV(groups[g].source) != NULL) {
			H(h, "<p class=\"note fact-source\">");
			dated(h, r, i, g);
			H(h, "</p>");
		}
		H(h, "</section>");
	}
	H(h, "</div></section>");
	rows_free(&facts);
	return DB_OK;
}

enum db_status
zone_facts_compare(struct request *req, struct page *pg, const char *const *slugs, unsigned int n,
    bool table)
{
	struct html *h = &pg->h;
	struct db_param p[6];
	struct rows facts = ROWS(fact_cols);
	const struct rows *r = &facts;
	enum db_status rc;

	for (unsigned int k = 0; k < 3; k++)
		p[k] = p[k + 3] = k < n ? DB_TEXT(slugs[k]) : DB_NULL;
	if ((rc = rows_read(&facts, public_db(req), SQL_ZONE_FACTS_COMPARE, p, 6)) != DB_OK) {
		rows_free(&facts);
		return rc;
	}
	for (size_t g = 0; g < NGROUPS; g++)
		for (unsigned int k = 0; k < groups[g].n; k++) {
			const struct fact *f = &groups[g].facts[k];

			if (table)
				H(h, "<tr><th scope=\"row\">");
			else
				H(h, "<dt>");
			html_t(h, f->label);
			if (table)
				H(h, "</th>");
			else
				H(h, "</dt>");
			for (unsigned int i = 0; i < facts.n; i++) {
				if (table) {
					H(h, "<td data-label=\"");
					html_t(h, f->label);
					H(h, "\">");
				} else
					H(h, "<dd>");
				fact_value(h, r, i, f);
				if (FV(f->col) != NULL) {
					page_sample_mark(pg, FV(F_SAMPLE));
					H(h, "<br><small>");
					dated(h, r, i, g);
					H(h, "</small>");
				}
				if (table)
					H(h, "</td>");
				else
					H(h, "</dd>");
			}
			if (table)
				H(h, "</tr>");
		}
	rows_free(&facts);
	return DB_OK;
}

enum db_status
zone_facts_sector_options(struct request *req, struct html *h, const char *cur)
{
	static const char *const cols[] = { "code", "name", "name_en" };
	struct rows s = ROWS(cols);
	enum db_status rc = rows_read(&s, public_db(req), SQL_FINDER_SECTORS, NULL, 0);

	for (unsigned int i = 0; rc == DB_OK && i < s.n; i++) {
		H(h, "<option value=\"");
		html_text(h, rows_get(&s, i, 0));
		H(h, "\"");
		if (cur != NULL && strcmp(cur, rows_get(&s, i, 0)) == 0)
			H(h, " selected");
		H(h, ">");
		html_pick(h, rows_get(&s, i, 1), rows_get(&s, i, 2));
		H(h, "</option>");
	}
	rows_free(&s);
	return rc;
}
