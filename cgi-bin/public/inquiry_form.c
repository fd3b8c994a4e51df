/* The inquiry form (inquiry.h): on a zone's page, in the finder's comparison, and again on
 * the page that answers a refused post, with the values kept. */
#include "inquiry.h"
#include "alert_token.h"

#include <stdio.h>
#include <strings.h>
#include <time.h>

static const char *const choice_cols[] = { "facet", "code", "name", "name_en" };
/* the countries and sectors, read for each form (a worker's, reused) */
static struct rows choices = ROWS(choice_cols);

/* <option>s of the choices of facet, cur selected */
static void
options(struct html *h, const char *facet, const char *cur)
{
	for (unsigned int i = 0; i < choices.n; i++) {
		const char *code = rows_get(&choices, i, 1);

		if (strcmp(rows_get(&choices, i, 0), facet) != 0)
			continue;
		H(h, "<option value=\"");
		html_text(h, code);
		H(h, "\"");
		if (cur != NULL && strcasecmp(cur, code) == 0)
			H(h, " selected");
		H(h, ">");
		html_pick(h, rows_get(&choices, i, 2), rows_get(&choices, i, 3));
		H(h, "</option>");
	}
}

/* A labelled text field: <p><label>…</label> <input …></p>, its value the request's. */
static void
field(struct html *h, struct request *req, const char *name, const char *label_key)
{
	H(h, "<p><label for=\"inq-");
	html_text(h, name);
	H(h, "\">");
	html_t(h, label_key);
	H(h, "</label> <input id=\"inq-");
	html_text(h, name);
	H(h, "\" name=\"");
	html_text(h, name);
	H(h, "\"");
	/* the input's type and limits, by field */
	if (strcmp(name, "name") == 0)
		H(h, " required maxlength=\"200\" autocomplete=\"name\"");
	else if (strcmp(name, "organisation") == 0)
		H(h, " maxlength=\"200\" autocomplete=\"organization\"");
	else if (strcmp(name, "email") == 0)
		H(h, " type=\"email\" required maxlength=\"254\" autocomplete=\"email\"");
	else if (strcmp(name, "land_ha") == 0)
		H(h, " inputmode=\"decimal\" maxlength=\"12\"");
	H(h, " value=\"");
	html_text(h, param_text(req, name));
	H(h, "\"></p>");
}

static void
select_field(struct html *h, struct request *req, const char *name, const char *label_key,
    bool required)
{
	H(h, "<p><label for=\"inq-");
	html_text(h, name);
	H(h, "\">");
	html_t(h, label_key);
	H(h, "</label> <select id=\"inq-");
	html_text(h, name);
	H(h, "\" name=\"");
	html_text(h, name);
	H(h, "\"");
	if (required)
		H(h, " required");
	H(h, "><option value=\"\">");
	html_t(h, required ? "inquiry.choose" : "inquiry.none");
	H(h, "</option>");
	options(h, name, param_text(req, name));
	H(h, "</select></p>");
}

/* whether slug is one of the request's ticked zones */
static bool
ticked(const struct request *req, const char *slug)
{
	const struct param_value *z = param(req, "zone");

	for (unsigned int i = 0; z != NULL && i < z->count; i++)
		if (strcmp(z->text[i], slug) == 0)
			return true;
	return false;
}

static enum db_status
box(struct request *req, struct page *pg, const struct rows *zones, const unsigned int col[3],
    bool again)
{
	struct html *h = &pg->h;
	struct db_param lang = DB_TEXT(lang_code(req->lang));
	char t[ALERT_TOKEN_MAX];
	struct buf scope;
	enum db_status rc;
	long long day = (long long)time(NULL) / 86400 * 86400;	/* inquiry.h: the day, not the second */
	unsigned int n = zones->n < INQUIRY_ZONES_MAX ? zones->n : INQUIRY_ZONES_MAX;

	if (!alert_key_ready() || n == 0)
		return DB_OK;
	rows_reset(&choices);
	if ((rc = rows_read(&choices, public_db(req), SQL_INQUIRY_CHOICES, &lang, 1)) != DB_OK)
		return rc;
	buf_init(&scope);
	for (unsigned int i = 0; i < n; i++) {
		if (i > 0)
			buf_putc(&scope, ',');
		buf_puts(&scope, rows_get(zones, i, col[0]));
	}
	alert_token_scoped(t, ALERT_INQUIRY, (unsigned long long)day,
	    day + INQUIRY_TOKEN_HOURS * 3600LL, scope.data);
	H(h, "<section class=\"inquiry\" id=\"inquiry\" aria-labelledby=\"inquiry-h\"><h2 id=\"inquiry-h\">");
	html_t(h, "inquiry.title");
	H(h, "</h2><p>");
	html_t(h, n > 1 ? "inquiry.intro.zones" : "inquiry.intro");
	H(h, "</p><form method=\"post\" action=\"");
	html_base(h);
	H(h, "/zones/");
	html_urlpart(h, rows_get(zones, 0, col[0]));
	H(h, "/inquiry#inquiry\"><input type=\"hidden\" name=\"t\" value=\"");
	html_text(h, t);
	H(h, "\"><input type=\"hidden\" name=\"offer\" value=\"");
	html_text(h, scope.data);
	H(h, "\">");
	buf_free(&scope);
	if (n == 1) {
		H(h, "<input type=\"hidden\" name=\"zone\" value=\"");
		html_text(h, rows_get(zones, 0, col[0]));
		H(h, "\">");
	} else {
		H(h, "<fieldset><legend>");
		html_t(h, "inquiry.zones");
		H(h, "</legend>");
		for (unsigned int i = 0; i < n; i++) {
			const char *slug = rows_get(zones, i, col[0]);

			H(h, "<label><input type=\"checkbox\" name=\"zone\" value=\"");
			html_text(h, slug);
			H(h, "\"");
			if (!again || ticked(req, slug))
				H(h, " checked");
			H(h, "> ");
			html_pick(h, rows_get(zones, i, col[1]), rows_get(zones, i, col[2]));
			H(h, "</label> ");
		}
		H(h, "</fieldset>");
	}
	field(h, req, "name", "inquiry.name");
	field(h, req, "organisation", "inquiry.organisation");
	select_field(h, req, "country", "inquiry.country", true);
	field(h, req, "email", "inquiry.email");
	field(h, req, "land_ha", "inquiry.land_ha");
	select_field(h, req, "sector", "inquiry.sector", false);
	H(h, "<p><label for=\"inq-message\">");
	html_t(h, "inquiry.message");
	H(h, "</label> <textarea id=\"inq-message\" name=\"message\" required maxlength=\"4000\""
	    " rows=\"6\">");
	html_text(h, param_text(req, "message"));
	/* the honeypot: out of sight and out of the tab order; a screen reader reads its label,
	 * which says to leave it empty */
	H(h, "</textarea></p><p class=\"visually-hidden\"><label for=\"inq-website\">");
	html_t(h, "inquiry.honeypot");
	H(h, "</label> <input id=\"inq-website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\""
	    " value=\"\"></p><p class=\"consent\"><label><input type=\"checkbox\" name=\"consent\" value=\"1\" required");
	if (again && param_text(req, "consent") != NULL)
		H(h, " checked");
	H(h, "> ");
	html_t(h, "inquiry.consent");
	H(h, "</label></p><p><button type=\"submit\">");
	html_t(h, "inquiry.submit");
	H(h, "</button></p></form></section>");
	return DB_OK;
}

enum db_status
inquiry_box(struct request *req, struct page *pg, const struct rows *zones, unsigned int slug,
    unsigned int name, unsigned int name_en)
{
	const unsigned int col[3] = { slug, name, name_en };

	return box(req, pg, zones, col, false);
}

enum db_status
inquiry_box_again(struct request *req, struct page *pg, const struct rows *zones)
{
	static const unsigned int col[3] = { 0, 1, 2 };

	return box(req, pg, zones, col, true);
}
