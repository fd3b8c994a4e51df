/* GET and POST /zones/<slug>/inquiry (inquiry.h): the form alone, and an inquiry stored.
 *
 * A refused post answers the form again, with the values kept, a fresh token and what was
 * wrong: 400 naming the field; 403 when the token has expired (the person only has to send
 * again); 429 with Retry-After past the rate limit. A filled honeypot gets the same answer
 * as success and nothing is stored, so a robot learns nothing. The confirmation mail is
 * queued (inquiries.confirm_mail) and sent by `minhbachctl send-alerts`. Never cached. */
#include "inquiry.h"
#include "alert_token.h"
#include "alerts.h"

#include <ctype.h>
#include <stdio.h>
#include <time.h>

/* Loose here (a value past these is the pipeline's plain 400); each field is checked on
 * its own below, so that the form comes back with its values. */
const struct param_decl inquiry_params[] = {
	{ .name = "t", .type = PARAM_TEXT, .max = ALERT_TOKEN_MAX },
	{ .name = "offer", .type = PARAM_TEXT, .max = 300 },
	{ .name = "zone", .type = PARAM_TEXT, .max = 80, .multi = true, .max_count = PARAM_MULTI_MAX },
	{ .name = "name", .type = PARAM_TEXT, .max = 2000 },
	{ .name = "organisation", .type = PARAM_TEXT, .max = 2000 },
	{ .name = "country", .type = PARAM_TEXT, .max = 100 },
	{ .name = "email", .type = PARAM_TEXT, .max = 2000 },
	{ .name = "land_ha", .type = PARAM_TEXT, .max = 100 },
	{ .name = "sector", .type = PARAM_TEXT, .max = 100 },
	{ .name = "message", .type = PARAM_TEXT, .max = 40000 },
	{ .name = "consent", .type = PARAM_TEXT, .max = 10 },
	{ .name = "website", .type = PARAM_TEXT, .max = 2000 },	/* the honeypot */
	{ .name = NULL },
};

/* each field's own check, in the form's order (email and consent are checked apart) */
static const struct param_decl checks[] = {
	{ .name = "name", .type = PARAM_TEXT, .max = 200, .required = true },
	{ .name = "organisation", .type = PARAM_TEXT, .max = 200 },
	{ .name = "country", .type = PARAM_TEXT, .max = 2, .required = true },
	{ .name = "land_ha", .type = PARAM_DECIMAL, .min = 0, .max = 100000 },
	{ .name = "sector", .type = PARAM_TEXT, .max = 40 },
	{ .name = "message", .type = PARAM_TEXT, .max = 4000, .required = true },
};

static const char *const zone_cols[] = { "slug", "name", "name_en" };

/* the page's own title, then the zones its form offers, each a link to its page */
static struct page *
inquiry_page(struct request *req, const struct rows *zones)
{
	struct page *pg = alerts_private_page(req, "inquiry.title");
	struct html *h = &pg->h;

	H(h, "<p class=\"crumbs\">");
	for (unsigned int i = 0; i < zones->n; i++) {
		if (i > 0)
			H(h, " · ");
		H(h, "<a href=\"");
		html_base(h);
		H(h, "/zones/");
		html_urlpart(h, rows_get(zones, i, 0));
		H(h, "\">");
		html_pick(h, rows_get(zones, i, 1), rows_get(zones, i, 2));
		H(h, "</a>");
	}
	H(h, "</p>");
	return pg;
}

/* the page of a refused post: status, what was wrong (field NULL: a text alone), the form */
static int
again(struct request *req, const struct rows *zones, int status, const char *field,
    const char *reason_key)
{
	struct page *pg = inquiry_page(req, zones);
	struct html *h = &pg->h;
	enum db_status rc;

	req->resp.status = status;
	H(h, "<p class=\"error-field\" role=\"alert\">");
	if (field != NULL) {
		html_t(h, "error.param.field");
		H(h, " <code>");
		html_text(h, field);
		H(h, "</code>: ");
	}
	html_t(h, reason_key);
	H(h, "</p>");
	if ((rc = inquiry_box_again(req, pg, zones)) != DB_OK)
		return db_http_status(rc);
	return 200;
}

static int
sent(struct request *req)
{
	struct page *pg = alerts_private_page(req, "inquiry.sent.title");
	struct html *h = &pg->h;

	H(h, "<p>");
	html_t(h, "inquiry.sent.text");
	H(h, "</p><p><a href=\"");
	html_base(h);
	H(h, "/zones/");
	html_urlpart(h, req->path_args[0]);
	H(h, "\">");
	html_t(h, "inquiry.sent.back");
	H(h, "</a></p>");
	return 200;
}

/* whether s is one of the comma-separated slugs of list */
static bool
listed(const char *list, const char *s)
{
	size_t n = strlen(s);

	for (const char *p = list; p != NULL && *p != '\0'; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (strncmp(p, s, n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return true;
	return false;
}

/* how many items a comma-separated list holds */
static unsigned int
items(const char *list)
{
	unsigned int n = 1;

	for (; *list != '\0'; list++)
		n += *list == ',';
	return n;
}

/* The fields, checked, in the form's order; the zones ticked into ticked (comma-separated,
 * each one offered, none twice), the land as "12.50" into land ("" when not given). Returns 0, or the refusal's page. */
static int
check_fields(struct request *req, const struct rows *zones, const char *offer, struct buf *ticked,
    char land[32])
{
	const struct param_value *z = param(req, "zone");
	const char *email = param_text(req, "email");
	long long i;
	double d;

	if (z->count == 0)
		return again(req, zones, 400, "zone", "inquiry.error.zone");
	for (unsigned int k = 0; k < z->count; k++) {
		if (!listed(offer, z->text[k]) || listed(ticked->data, z->text[k]))
			return again(req, zones, 400, "zone", "inquiry.error.zone");
		if (k > 0)
			buf_putc(ticked, ',');
		buf_puts(ticked, z->text[k]);
	}
	land[0] = '\0';
	for (size_t k = 0; k < sizeof(checks) / sizeof(checks[0]); k++) {
		const char *v = param_text(req, checks[k].name), *why;

		/* the e-mail address comes before the land */
		if (strcmp(checks[k].name, "land_ha") == 0 && (email == NULL || !alert_email_valid(email)))
			return again(req, zones, 400, "email", "alerts.error.email");
		if (v == NULL) {
			if (checks[k].required)
				return again(req, zones, 400, checks[k].name, "error.param.required");
			continue;
		}
		if ((why = param_check(&checks[k], v, &i, &d)) != NULL)
			return again(req, zones, 400, checks[k].name, why);
		if (strcmp(checks[k].name, "country") == 0 &&
		    (!isalpha((unsigned char)v[0]) || !isalpha((unsigned char)v[1])))
			return again(req, zones, 400, "country", "inquiry.error.country");
		if (checks[k].type == PARAM_DECIMAL) {
			if (d <= 0)
				return again(req, zones, 400, checks[k].name, "error.param.range");
			snprintf(land, 32, "%.2f", d);
		}
	}
	if (param_text(req, "consent") == NULL || strcmp(param_text(req, "consent"), "1") != 0)
		return again(req, zones, 400, "consent", "inquiry.error.consent");
	return 0;
}

/* inquiry_submit's answer for the checked post */
static int
submit(struct request *req, const struct rows *zones, const char *ticked, const char *land)
{
	const char *remote = req->remote_addr != NULL ? req->remote_addr : "";
	char country[3] = { (char)toupper((unsigned char)param_text(req, "country")[0]),
	    (char)toupper((unsigned char)param_text(req, "country")[1]), '\0' };
	unsigned char client[32];
	char *v = NULL;
	int found = 0;
	long long r;
	enum db_status rc;

	alert_client_key(client, remote);
	{
		struct db_param p[] = {
			DB_BLOB((const char *)client, sizeof(client)), DB_TEXT(ticked),
			DB_TEXT(param_text(req, "name")), public_opt_text(req, "organisation"),
			DB_TEXT(country), DB_TEXT(param_text(req, "email")),
			*land != '\0' ? DB_TEXT(land) : DB_NULL, public_opt_text(req, "sector"),
			DB_TEXT(param_text(req, "message")), DB_TEXT(lang_code(req->lang)),
		};

		rc = db_fetch_one(alerts_db(req), SQL_INQUIRY_SUBMIT, p, 10, &v, 1, &found);
	}
	r = rc == DB_OK && found && v != NULL ? strtoll(v, NULL, 10) : 0;
	free(v);
	if (rc != DB_OK)
		return db_http_status(rc);
	switch (r) {
	case -1:
		http_add_header(req, "Retry-After", "3600");
		return again(req, zones, 429, NULL, "inquiry.error.rate");
	case -2:
		return again(req, zones, 400, "zone", "inquiry.error.zone");
	case -3:
		return again(req, zones, 400, "country", "inquiry.error.country");
	case -4:
		return again(req, zones, 400, "sector", "inquiry.error.sector");
	default:
		return r > 0 ? sent(req) : 500;
	}
}

static int
post(struct request *req, const struct rows *zones, const char *offer)
{
	const char *hp = param_text(req, "website");
	long long now = (long long)time(NULL);
	unsigned long long issued;
	struct buf ticked;
	char land[32];
	bool expired;
	int status;

	if (!alerts_same_origin(req))
		return 403;
	if (hp != NULL)
		return sent(req);
	issued = alert_token_check_scoped(param_text(req, "t"), ALERT_INQUIRY, now, offer, &expired);
	if (expired)
		return again(req, zones, 403, NULL, "inquiry.error.expired");
	if (issued == 0)
		return again(req, zones, 400, "t", "inquiry.error.token");
	buf_init(&ticked);
	buf_putc(&ticked, '\0');
	ticked.len = 0;
	status = check_fields(req, zones, offer, &ticked, land);
	if (status == 0)
		status = submit(req, zones, ticked.data, land);
	buf_free(&ticked);
	return status;
}

int
page_inquiry(struct request *req)
{
	const char *slug = req->path_args[0];
	const char *offer = req->method == METHOD_POST ? param_text(req, "offer") : NULL;
	struct rows zones = ROWS(zone_cols);
	enum db_status rc;
	int status;

	if (!alert_key_ready())
		return 404;
	if (offer == NULL)
		offer = slug;
	{
		struct db_param p[2] = { DB_TEXT(offer), DB_TEXT(offer) };

		rc = rows_read(&zones, public_db(req), SQL_INQUIRY_ZONES, p, 2);
	}
	if (rc != DB_OK) {
		rows_free(&zones);
		return db_http_status(rc);
	}
	/* the zones a form offers: the page's own among them, each a published zone */
	if (zones.n == 0 || zones.n > INQUIRY_ZONES_MAX || !listed(offer, slug) ||
	    items(offer) != zones.n) {
		rows_free(&zones);
		return req->method == METHOD_POST ? http_bad_param(req, "offer", "inquiry.error.form") : 404;
	}
	if (req->method == METHOD_POST)
		status = post(req, &zones, offer);
	else {
		struct page *pg = inquiry_page(req, &zones);

		status = (rc = inquiry_box(req, pg, &zones, 0, 1, 2)) == DB_OK ? 200 : db_http_status(rc);
	}
	rows_free(&zones);
	return status;
}
