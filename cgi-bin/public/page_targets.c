/* GET /targets — every period's targets against the actuals computed from project
 * records, with the rule for each actual stated on the page. */
#include "page.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>

/* A number as XPath 1.0 reads a string (libxml2's xmlXPathStringEvalNumber): digits, a
 * fraction of at most 20 digits after its leading zeros, an exponent; else NaN. The
 * progress is computed as the page always computed it, so its rounding stays the same. */
static double
xpath_number(const char *s)
{
	double v = 0, fraction = 0;
	int digits = 0, frac = 0, exponent = 0, negative = 0, exp_negative = 0;

	if (s == NULL)
		return NAN;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	if (*s == '-') {
		negative = 1;
		s++;
	} else if (*s != '.' && (*s < '0' || *s > '9'))
		return NAN;
	for (; *s >= '0' && *s <= '9'; s++, digits++)
		v = v * 10 + (double)(*s - '0');
	if (*s == '.') {
		int max;

		if (*++s < '0' || *s > '9') {
			if (digits == 0)
				return NAN;
		}
		for (; *s == '0'; s++)
			frac++;
		for (max = frac + 20; *s >= '0' && *s <= '9' && frac < max; s++, frac++)
			fraction = fraction * 10 + (*s - '0');
		v += fraction / pow(10.0, frac);
		while (*s >= '0' && *s <= '9')
			s++;
	}
	if (*s == 'e' || *s == 'E') {
		if (*++s == '-') {
			exp_negative = 1;
			s++;
		} else if (*s == '+')
			s++;
		for (; *s >= '0' && *s <= '9'; s++)
			if (exponent < 1000000)
				exponent = exponent * 10 + (*s - '0');
	}
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	if (*s != '\0')
		return NAN;
	if (negative)
		v = -v;
	return v * pow(10.0, exp_negative ? -exponent : exponent);
}

/* A number as XPath 1.0 writes it (libxml2's xmlXPathFormatNumber): 15 significant
 * digits without trailing zeros, an integer as one, "Infinity", "NaN". */
static void
xpath_string(char out[64], double x)
{
	char *p, *end;
	int n;

	if (isinf(x)) {
		snprintf(out, 64, "%s", x > 0 ? "Infinity" : "-Infinity");
		return;
	}
	if (isnan(x)) {
		snprintf(out, 64, "NaN");
		return;
	}
	if (x == 0 || (x > INT_MIN && x < INT_MAX && x == (int)x)) {
		snprintf(out, 64, "%d", (int)x);
		return;
	}
	if (fabs(x) > 1E9 || fabs(x) < 1E-5) {
		n = snprintf(out, 64, "%.*e", DBL_DIG - 1, x);
		end = strchr(out, 'e');
	} else {
		int place = (int)log10(fabs(x));

		n = snprintf(out, 64, "%0.*f", place > 0 ? DBL_DIG - place - 1 : DBL_DIG - place, x);
		end = out + n;
	}
	/* the fraction's trailing zeros (and its point when nothing is left of it) */
	for (p = end; *(p - 1) == '0'; p--)
		;
	if (*(p - 1) == '.')
		p--;
	memmove(p, end, strlen(end) + 1);
}

static void
rules(struct html *h)
{
	static const char *const metrics[] = { "licensed_capital", "disbursed_capital",
	    "projects_started", "started_capital" };

	H(h, "<section class=\"rules\" aria-labelledby=\"rules-h\"><h2 id=\"rules-h\">");
	html_t(h, "targets.rules");
	H(h, "</h2><dl>");
	for (size_t i = 0; i < sizeof(metrics) / sizeof(metrics[0]); i++) {
		H(h, "<dt>");
		html_tv(h, "target.", metrics[i]);
		H(h, "</dt><dd>");
		html_tv(h, "target.rule.", metrics[i]);
		H(h, "</dd>");
	}
	H(h, "</dl></section>");
}

struct periods {
	struct page	*pg;
	char		 current[32];	/* "start/end" of the period being written */
	int		 n;
};

/* a period's section up to its table's rows */
static void
period_open(struct html *h, int n, const struct db_row *r)
{
	H(h, "<section aria-labelledby=\"p-");
	html_int(h, n);
	H(h, "\"><h2 id=\"p-");
	html_int(h, n);
	H(h, "\">");
	html_text(h, db_col(r, "period_label"));
	H(h, "<small> (");
	html_date(h, db_col(r, "period_start"));
	H(h, " – ");
	html_date(h, db_col(r, "period_end"));
	H(h, ")</small></h2><div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "common.scroll_table");
	H(h, "\"><table class=\"data stack\"><caption>");
	html_t(h, "home.targets.caption");
	H(h, "</caption><thead><tr><th scope=\"col\">");
	html_t(h, "target.metric");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "target.scope");
	H(h, "</th><th scope=\"col\" class=\"num\">");
	html_t(h, "target.target");
	H(h, "</th><th scope=\"col\" class=\"num\">");
	html_t(h, "target.actual");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "target.progress");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "common.source");
	H(h, "</th></tr></thead><tbody>");
}

static int
target_row(void *ctx, const struct db_row *r)
{
	struct periods *p = ctx;
	struct html *h = &p->pg->h;
	const char *unit = db_col(r, "@unit"), *slug = db_col(r, "zone_slug");
	char period[32], pct[64];

	/* the rows come period by period (SQL_TARGETS_ALL) */
	snprintf(period, sizeof(period), "%s/%s", db_col(r, "period_start") ?
	    db_col(r, "period_start") : "", db_col(r, "period_end") ? db_col(r, "period_end") : "");
	if (p->n == 0 || strcmp(period, p->current) != 0) {
		if (p->n > 0)
			H(h, "</tbody></table></div></section>");
		snprintf(p->current, sizeof(p->current), "%s", period);
		period_open(h, ++p->n, r);
	}
	xpath_string(pct, 100 * xpath_number(db_col(r, "actual")) /
	    xpath_number(db_col(r, "target_value")));
	H(h, "<tr><th scope=\"row\">");
	html_tv(h, "target.", db_col(r, "@metric"));
	page_sample_mark(p->pg, db_col(r, "is_sample"));
	H(h, "</th><td data-label=\"");
	html_t(h, "target.scope");
	H(h, "\">");
	if (slug != NULL) {
		H(h, "<a href=\"");
		html_base(h);
		H(h, "/zones/");
		html_href(h, slug);
		H(h, "\">");
		html_pick(h, db_col(r, "zone_name"), db_col(r, "zone_name_en"));
		H(h, "</a>");
	} else
		html_t(h, "target.province");
	H(h, "</td><td class=\"num\" data-label=\"");
	html_t(h, "target.target");
	H(h, "\">");
	block_target_value(h, unit, db_col(r, "target_value"));
	H(h, "</td><td class=\"num\" data-label=\"");
	html_t(h, "target.actual");
	H(h, "\">");
	block_target_value(h, unit, db_col(r, "actual"));
	page_sample_mark(p->pg, db_col(r, "actual_is_sample"));
	H(h, "</td><td data-label=\"");
	html_t(h, "target.progress");
	H(h, "\">");
	block_meter(h, pct, i18n_get(h->lang, "target.progress"));
	H(h, " ");
	html_fig(h, pct, FIG_PCT);
	H(h, "</td><td data-label=\"");
	html_t(h, "common.source");
	H(h, "\"><small>");
	block_text(h, db_col(r, "source"), db_col(r, "source_en"));
	H(h, "</small></td></tr>");
	return 0;
}

int
page_targets(struct request *req)
{
	struct page *pg = page_start(req);
	struct periods p = { .pg = pg };
	enum db_status rc;

	html_t(&pg->title, "targets.title");
	page_link(pg, OD_CSV, OD_LIST, NULL, "/targets.csv");
	page_link(pg, OD_API, OD_LIST, NULL, "/api/v1/targets");
	H(&pg->h, "<h1>");
	html_t(&pg->h, "targets.title");
	H(&pg->h, "</h1>");
	rules(&pg->h);
	rc = db_query(public_db(req), SQL_TARGETS_ALL, NULL, 0, target_row, &p);
	if (p.n > 0)
		H(&pg->h, "</tbody></table></div></section>");
	return db_http_status(rc);
}
