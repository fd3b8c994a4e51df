/* GET /indices — the four governance indices, the province's rank per edition;
 * GET /indices/<pci|par|sipas|papi> — one index: scores, ranks, sub-indices, and the
 * table of all provinces for one edition (?year=). */
#include "chart.h"
#include "page.h"
#include "rows.h"

#include <math.h>
#include <stdio.h>

const struct param_decl index_params[] = {
	{ .name = "year", .type = PARAM_INT, .min = 2000, .max = 2100 },
	{ .name = NULL },
};

enum { I_CODE, I_NAME, I_NAME_EN, I_ABBREV, I_PUBLISHER, I_PUBLISHER_EN, I_SCALE_MAX, I__COLS };
static const char *const index_cols[I__COLS] = { "@code", "name", "name_en", "abbrev",
    "publisher", "publisher_en", "scale_max" };

/* SQL_INDEX_SERIES: the province in each edition */
enum { E_CODE, E_YEAR, E_RANKED, E_SCORE, E_RANK, E_SOURCE, E_SOURCE_EN, E_SAMPLE, E__COLS };
static const char *const edition_cols[E__COLS] = { "@code", "@year", "provinces_ranked",
    "score", "rank_no", "source", "source_en", "is_sample" };

enum { S_CODE, S_YEAR, S_NAME, S_NAME_EN, S_SCORE, S_SAMPLE, S__COLS };
static const char *const subscore_cols[S__COLS] = { "@code", "@year", "name", "name_en",
    "score", "is_sample" };

enum { Y_YEAR, Y_SOURCE, Y_SOURCE_EN, Y__COLS };
static const char *const year_cols[Y__COLS] = { "@year", "source", "source_en" };

enum { P_RANK, P_NAME, P_NAME_EN, P_SCORE, P_SAMPLE, P_HOME, P__COLS };
static const char *const province_cols[P__COLS] = { "rank_no", "name", "name_en", "score",
    "is_sample", "home" };

static bool
same(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/* A score with two decimals in the page's language (nothing for NULL). */
static void
write_score(struct html *h, const char *score)
{
	if (score != NULL)
		format_decimal(h->b, score, 2, 0, 0, h->lang);
}

static void
scroll_open(struct html *h, const char *table_class)
{
	H(h, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "common.scroll_table");
	H(h, "\"><table class=\"");
	html_text(h, table_class);
	H(h, "\"><caption>");
}

/* The head of a table of editions (year, score, rank, and their sources when source). */
static void
edition_head(struct html *h, bool source)
{
	H(h, "</caption><thead><tr><th scope=\"col\">");
	html_t(h, "index.year");
	H(h, "</th><th scope=\"col\" class=\"num\">");
	html_t(h, "index.score");
	H(h, "</th><th scope=\"col\" class=\"num\">");
	html_t(h, "index.rank");
	if (source) {
		H(h, "</th><th scope=\"col\">");
		html_t(h, "common.source");
	}
	H(h, "</th></tr></thead><tbody>");
}

/* An edition's rank among the provinces ranked: 3/63. */
static void
edition_rank(struct html *h, const struct rows *series, unsigned int i)
{
	html_text(h, rows_get(series, i, E_RANK));
	H(h, "/");
	html_text(h, rows_get(series, i, E_RANKED));
}

/* The chart of the ranks of editions [from, to) of series: 1 at the top, the axis fitted
 * to the ranks within the number of provinces ranked in the last edition. */
static void
rank_chart(struct html *h, const struct rows *series, unsigned int from, unsigned int to,
    const char *title, const char *id)
{
	struct chart c = CHART_INIT(title, id);
	struct chart_point pts[64];
	size_t n = 0;

	c.lo = 1;
	c.hi = to > from ? chart_number(rows_get(series, to - 1, E_RANKED)) : NAN;
	c.fit = c.whole = c.invert = true;
	c.decimals = 0;
	for (unsigned int i = from; i < to && n < sizeof(pts) / sizeof(pts[0]); i++)
		pts[n++] = (struct chart_point){ rows_get(series, i, E_YEAR),
		    rows_get(series, i, E_RANK) };
	chart_line(h, &c, pts, n);
}

/* One index of /indices: its editions are series' rows [from, to). */
static void
indices_section(struct page *pg, const struct rows *ix, unsigned int k,
    const struct rows *series, unsigned int from, unsigned int to)
{
	struct html *h = &pg->h;
	const char *code = rows_get(ix, k, I_CODE);
	char title[512], id[64];

	H(h, "<section aria-labelledby=\"ix-");
	html_text(h, code);
	H(h, "\"><h2 id=\"ix-");
	html_text(h, code);
	H(h, "\"><a href=\"");
	html_base(h);
	H(h, "/indices/");
	html_href(h, code);
	H(h, "\">");
	html_text(h, rows_get(ix, k, I_ABBREV));
	H(h, "</a><small> — ");
	html_pick(h, rows_get(ix, k, I_NAME), rows_get(ix, k, I_NAME_EN));
	H(h, "</small></h2>");
	if (from < to) {
		snprintf(title, sizeof(title), "%s: %s", rows_get(ix, k, I_ABBREV) ?
		    rows_get(ix, k, I_ABBREV) : "", i18n_get(h->lang, "indices.rank_trend"));
		snprintf(id, sizeof(id), "c-%s", code ? code : "");
		H(h, "<div class=\"chart-pair\">");
		rank_chart(h, series, from, to, title, id);
		scroll_open(h, "data");
		html_text(h, title);
		edition_head(h, false);
		for (unsigned int i = from; i < to; i++) {
			H(h, "<tr><th scope=\"row\">");
			html_text(h, rows_get(series, i, E_YEAR));
			H(h, "</th><td class=\"num\">");
			write_score(h, rows_get(series, i, E_SCORE));
			page_sample_mark(pg, rows_get(series, i, E_SAMPLE));
			H(h, "</td><td class=\"num\">");
			edition_rank(h, series, i);
			H(h, "</td></tr>");
		}
		H(h, "</tbody></table></div></div><p class=\"note\">");
		html_t(h, "common.source");
		H(h, ": ");
		block_text(h, rows_get(series, to - 1, E_SOURCE), rows_get(series, to - 1, E_SOURCE_EN));
		H(h, "</p>");
	}
	H(h, "</section>");
}

int
page_indices(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	struct db_param all[2] = { DB_NULL, DB_NULL };
	struct rows ix = ROWS(index_cols), series = ROWS(edition_cols);
	enum db_status rc;

	rc = rows_read(&ix, public_db(req), SQL_INDICES, NULL, 0);
	if (rc == DB_OK)
		rc = rows_read(&series, public_db(req), SQL_INDEX_SERIES, all, 2);
	if (rc != DB_OK)
		goto out;
	html_t(&pg->title, "indices.title");
	H(h, "<h1>");
	html_t(h, "indices.title");
	H(h, "</h1><p class=\"lead\">");
	html_t(h, "indices.lead");
	H(h, "</p>");
	for (unsigned int k = 0; k < ix.n; k++) {
		const char *code = rows_get(&ix, k, I_CODE);
		unsigned int from = 0, to;

		while (from < series.n && !same(rows_get(&series, from, E_CODE), code))
			from++;
		for (to = from; to < series.n && same(rows_get(&series, to, E_CODE), code); to++)
			;
		indices_section(pg, &ix, k, &series, from, to);
	}
	for (unsigned int i = 0; i < series.n; i++)
		page_sample(pg, rows_get(&series, i, E_SAMPLE));
	page_link(pg, OD_CSV, OD_LIST, NULL, "/indices.csv");
	page_link(pg, OD_API, OD_LIST, NULL, "/api/v1/indices");
out:
	rows_free(&ix);
	rows_free(&series);
	return db_http_status(rc);
}

/* The province's scores and ranks, edition by edition: two charts and their table. */
static void
index_trend(struct page *pg, const struct rows *ix, const struct rows *series)
{
	struct html *h = &pg->h;
	const char *abbrev = rows_get(ix, 0, I_ABBREV), *code = rows_get(ix, 0, I_CODE);
	char title[512];
	struct chart c;
	struct chart_point pts[64];
	size_t n = 0;

	H(h, "<section aria-labelledby=\"tr-h\"><h2 id=\"tr-h\">");
	html_t(h, "index.trend");
	H(h, "</h2><div class=\"chart-pair\"><div>");
	snprintf(title, sizeof(title), "%s: %s", abbrev ? abbrev : "",
	    i18n_get(h->lang, "index.score_trend"));
	c = (struct chart)CHART_INIT(title, "score");
	c.hi = chart_number(rows_get(ix, 0, I_SCALE_MAX));
	c.fit = true;
	for (unsigned int i = 0; i < series->n && n < sizeof(pts) / sizeof(pts[0]); i++)
		pts[n++] = (struct chart_point){ rows_get(series, i, E_YEAR),
		    rows_get(series, i, E_SCORE) };
	chart_line(h, &c, pts, n);
	snprintf(title, sizeof(title), "%s: %s", abbrev ? abbrev : "",
	    i18n_get(h->lang, "indices.rank_trend"));
	rank_chart(h, series, 0, series->n, title, "rank");
	H(h, "</div>");
	scroll_open(h, "data stack");
	html_t(h, "index.by_edition");
	edition_head(h, true);
	for (unsigned int i = 0; i < series->n; i++) {
		const char *sample = rows_get(series, i, E_SAMPLE);

		H(h, "<tr><th scope=\"row\"><a href=\"");
		html_base(h);
		H(h, "/indices/");
		html_href(h, code);
		H(h, "?year=");
		html_href(h, rows_get(series, i, E_YEAR));
		H(h, "\">");
		html_text(h, rows_get(series, i, E_YEAR));
		H(h, "</a></th><td class=\"num\" data-label=\"");
		html_t(h, "index.score");
		H(h, "\">");
		write_score(h, rows_get(series, i, E_SCORE));
		page_sample_mark(pg, sample);
		H(h, "</td><td class=\"num\" data-label=\"");
		html_t(h, "index.rank");
		H(h, "\">");
		edition_rank(h, series, i);
		page_sample_mark(pg, sample);
		H(h, "</td><td data-label=\"");
		html_t(h, "common.source");
		H(h, "\"><small>");
		block_text(h, rows_get(series, i, E_SOURCE), rows_get(series, i, E_SOURCE_EN));
		H(h, "</small></td></tr>");
	}
	H(h, "</tbody></table></div></div></section>");
}

/* The first row of subscores with code, at or after from; subscores->n when none. */
static unsigned int
subscore_find(const struct rows *subscores, unsigned int from, const char *code,
    const char *year)
{
	for (; from < subscores->n; from++)
		if (same(rows_get(subscores, from, S_CODE), code) &&
		    (year == NULL || same(rows_get(subscores, from, S_YEAR), year)))
			break;
	return from;
}

/* The sub-indices: one row a sub-index, one column an edition, then each edition's
 * number of sub-indices and its source. */
static void
index_subscores(struct page *pg, const struct rows *series, const struct rows *subscores)
{
	struct html *h = &pg->h;

	if (subscores->n == 0)
		return;
	H(h, "<section aria-labelledby=\"sub-h\"><h2 id=\"sub-h\">");
	html_t(h, "index.subindices");
	H(h, "</h2>");
	scroll_open(h, "data stack num-wrap");
	html_t(h, "index.subindices.caption");
	H(h, "</caption><thead><tr><th scope=\"col\">");
	html_t(h, "index.subindex");
	H(h, "</th>");
	for (unsigned int i = 0; i < series->n; i++) {
		H(h, "<th scope=\"col\" class=\"num\">");
		html_text(h, rows_get(series, i, E_YEAR));
		H(h, "</th>");
	}
	H(h, "</tr></thead><tbody>");
	for (unsigned int k = 0; k < subscores->n; k++) {
		const char *code = rows_get(subscores, k, S_CODE);

		if (code == NULL || subscore_find(subscores, 0, code, NULL) != k)
			continue;
		H(h, "<tr><th scope=\"row\">");
		html_pick(h, rows_get(subscores, k, S_NAME), rows_get(subscores, k, S_NAME_EN));
		H(h, "</th>");
		for (unsigned int i = 0; i < series->n; i++) {
			const char *year = rows_get(series, i, E_YEAR);
			unsigned int s = subscore_find(subscores, k, code, year);

			H(h, "<td class=\"num\" data-label=\"");
			html_text(h, year);
			H(h, "\">");
			if (s < subscores->n) {
				write_score(h, rows_get(subscores, s, S_SCORE));
				page_sample_mark(pg, rows_get(subscores, s, S_SAMPLE));
			} else {
				H(h, "<small>");
				html_t(h, "index.subindex.none");
				H(h, "</small>");
			}
			H(h, "</td>");
		}
		H(h, "</tr>");
	}
	H(h, "<tr class=\"edition-count\"><th scope=\"row\">");
	html_t(h, "index.subindex.count");
	H(h, "</th>");
	for (unsigned int i = 0; i < series->n; i++) {
		const char *year = rows_get(series, i, E_YEAR);
		long long count = 0;

		for (unsigned int s = 0; s < subscores->n; s++)
			count += same(rows_get(subscores, s, S_YEAR), year);
		H(h, "<td class=\"num\" data-label=\"");
		html_text(h, year);
		H(h, "\">");
		html_int(h, count);
		H(h, "</td>");
	}
	H(h, "</tr><tr class=\"edition-source\"><th scope=\"row\">");
	html_t(h, "common.source");
	H(h, "</th>");
	for (unsigned int i = 0; i < series->n; i++) {
		H(h, "<td data-label=\"");
		html_text(h, rows_get(series, i, E_YEAR));
		H(h, "\"><small>");
		block_text(h, rows_get(series, i, E_SOURCE), rows_get(series, i, E_SOURCE_EN));
		H(h, "</small></td>");
	}
	H(h, "</tr></tbody></table></div></section>");
	for (unsigned int s = 0; s < subscores->n; s++)
		page_sample(pg, rows_get(subscores, s, S_SAMPLE));
}

/* Every province in the edition of year shown. */
static void
index_table(struct page *pg, const struct rows *ix, const struct rows *years,
    const struct rows *table, const char *shown)
{
	struct html *h = &pg->h;
	unsigned int y;

	H(h, "<section aria-labelledby=\"all-h\"><h2 id=\"all-h\">");
	html_t(h, "index.all_provinces");
	H(h, " ");
	html_text(h, shown);
	H(h, "</h2><form class=\"filters\" method=\"get\" action=\"");
	html_base(h);
	H(h, "/indices/");
	html_href(h, rows_get(ix, 0, I_CODE));
	H(h, "\"><div><label for=\"f-year\">");
	html_t(h, "index.year");
	H(h, "</label><select id=\"f-year\" name=\"year\">");
	for (unsigned int i = 0; i < years->n; i++) {
		const char *year = rows_get(years, i, Y_YEAR);

		H(h, "<option value=\"");
		html_text(h, year);
		H(h, "\"");
		if (same(year, shown))
			H(h, " selected");
		H(h, ">");
		html_text(h, year);
		H(h, "</option>");
	}
	H(h, "</select></div><div class=\"actions\"><button type=\"submit\">");
	html_t(h, "common.show");
	H(h, "</button></div></form>");
	scroll_open(h, "data stack");
	html_text(h, rows_get(ix, 0, I_ABBREV));
	H(h, " ");
	html_text(h, shown);
	H(h, ": ");
	html_int(h, table->n);
	H(h, " ");
	html_t(h, "index.provinces");
	H(h, ". ");
	html_t(h, "common.source");
	H(h, ": ");
	for (y = 0; y < years->n && !same(rows_get(years, y, Y_YEAR), shown); y++)
		;
	block_text(h, rows_get(years, y, Y_SOURCE), rows_get(years, y, Y_SOURCE_EN));
	H(h, "</caption><thead><tr><th scope=\"col\" class=\"num\">");
	html_t(h, "index.rank");
	H(h, "</th><th scope=\"col\">");
	html_t(h, "index.province");
	H(h, "</th><th scope=\"col\" class=\"num\">");
	html_t(h, "index.score");
	H(h, "</th></tr></thead><tbody>");
	for (unsigned int i = 0; i < table->n; i++) {
		const char *sample = rows_get(table, i, P_SAMPLE);

		if (same(rows_get(table, i, P_HOME), "1"))
			H(h, "<tr class=\"home\">");
		else
			H(h, "<tr>");
		H(h, "<td class=\"num\" data-label=\"");
		html_t(h, "index.rank");
		H(h, "\">");
		html_text(h, rows_get(table, i, P_RANK));
		page_sample_mark(pg, sample);
		H(h, "</td><th scope=\"row\">");
		html_pick(h, rows_get(table, i, P_NAME), rows_get(table, i, P_NAME_EN));
		H(h, "</th><td class=\"num\" data-label=\"");
		html_t(h, "index.score");
		H(h, "\">");
		write_score(h, rows_get(table, i, P_SCORE));
		page_sample_mark(pg, sample);
		H(h, "</td></tr>");
	}
	H(h, "</tbody></table></div></section>");
}

int
page_index(struct request *req)
{
	struct page *pg = page_start(req);
	struct html *h = &pg->h;
	struct db *db = public_db(req);
	struct db_param code = DB_TEXT(req->path_args[0]);
	const struct param_value *year = param(req, "year");
	struct db_param y = year->count ? DB_INT(year->i[0]) : DB_NULL;
	struct db_param series_p[2] = { code, code };
	struct db_param table_p[3] = { code, y, code };
	struct rows ix = ROWS(index_cols), series = ROWS(edition_cols);
	struct rows subscores = ROWS(subscore_cols), years = ROWS(year_cols);
	struct rows table = ROWS(province_cols);
	const char *shown, *q = req->query_string != NULL ? req->query_string : "";
	enum db_status rc;
	int status = 0;

	if ((rc = rows_read(&ix, db, SQL_INDEX, &code, 1)) == DB_OK && ix.n == 0)
		status = 404;
	if (rc == DB_OK && status == 0)
		rc = rows_read(&series, db, SQL_INDEX_SERIES, series_p, 2);
	if (rc == DB_OK && status == 0)
		rc = rows_read(&subscores, db, SQL_INDEX_SUBSCORES, &code, 1);
	if (rc == DB_OK && status == 0)
		rc = rows_read(&years, db, SQL_INDEX_YEARS, &code, 1);
	if (rc == DB_OK && status == 0)
		rc = rows_read(&table, db, SQL_INDEX_EDITION_TABLE, table_p, 3);
	/* a year with no edition is a page that does not exist */
	if (rc == DB_OK && status == 0 && table.n == 0 && year->count)
		status = 404;
	if (rc != DB_OK || status != 0)
		goto out;
	shown = year->count ? param_text(req, "year") : rows_get(&years, 0, Y_YEAR);
	html_text(&pg->title, rows_get(&ix, 0, I_ABBREV));
	H(h, "<p class=\"crumbs\"><a href=\"");
	html_base(h);
	H(h, "/indices\">");
	html_t(h, "indices.title");
	H(h, "</a></p><h1>");
	html_text(h, rows_get(&ix, 0, I_ABBREV));
	H(h, "<small> — ");
	html_pick(h, rows_get(&ix, 0, I_NAME), rows_get(&ix, 0, I_NAME_EN));
	H(h, "</small></h1><p class=\"lead\">");
	html_t(h, "index.publisher");
	H(h, ": ");
	html_pick(h, rows_get(&ix, 0, I_PUBLISHER), rows_get(&ix, 0, I_PUBLISHER_EN));
	H(h, ".\n      ");
	html_t(h, "index.scale");
	H(h, " ");
	if (rows_get(&ix, 0, I_SCALE_MAX) != NULL)
		format_decimal(h->b, rows_get(&ix, 0, I_SCALE_MAX), 0, 0, 0, h->lang);
	H(h, ".</p>");
	index_trend(pg, &ix, &series);
	index_subscores(pg, &series, &subscores);
	index_table(pg, &ix, &years, &table, shown);
	for (unsigned int i = 0; i < series.n; i++)
		page_sample(pg, rows_get(&series, i, E_SAMPLE));
	for (unsigned int i = 0; i < table.n; i++)
		page_sample(pg, rows_get(&table, i, P_SAMPLE));
	page_link(pg, OD_CSV, OD_LIST, NULL, "/indices.csv?index=%s%s%s", rows_get(&ix, 0, I_CODE),
	    *q != '\0' ? "&" : "", q);
	page_link(pg, OD_API, OD_LIST, NULL, "/api/v1/indices/%s%s%s", rows_get(&ix, 0, I_CODE),
	    *q != '\0' ? "?" : "", q);
out:
	rows_free(&ix);
	rows_free(&series);
	rows_free(&subscores);
	rows_free(&years);
	rows_free(&table);
	return status != 0 ? status : db_http_status(rc);
}
