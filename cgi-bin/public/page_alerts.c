/* The e-mail alerts' public pages (README "Following changes by e-mail"):
 *   GET  /alerts                what the alerts are, what is stored and for how long
 *   POST /alerts                a request from a Follow box: "check your mailbox"
 *   GET  /alerts/confirm?t=     the confirmation page; POST confirms
 *   GET  /alerts/unsubscribe?t= the page; POST ends it (RFC 8058 one-click: the token in
 *                               the URL, "List-Unsubscribe=One-Click" in the body)
 *   GET  /alerts/manage?t=      an address's subscriptions; POST /alerts/delete deletes
 *                               every row of the address
 * The links carry signed tokens (lib/alert_token.h); the writes are migration 025's
 * functions, on the primary (alerts_db). A page about one address is never cached. */
#include "alerts.h"
#include "alert_token.h"
#include "config.h"
#include "registry.h"

#include <sodium.h>

#include <stdio.h>
#include <time.h>

static const char *const follow_kinds[] = { "project", "zone", "search", NULL };
static const char *const frequencies[] = { "immediate", "daily", NULL };
static const char *const mail_langs[] = { "vi", "en", NULL };

const struct param_decl alerts_params[] = {
	{ .name = "email", .type = PARAM_TEXT, .max = 254 },
	{ .name = "follow", .type = PARAM_ENUM, .choices = follow_kinds },
	{ .name = "target", .type = PARAM_TEXT, .max = 600 },
	{ .name = "frequency", .type = PARAM_ENUM, .choices = frequencies },
	{ .name = "lang", .type = PARAM_ENUM, .choices = mail_langs },
	{ .name = NULL },
};

const struct param_decl alerts_token_params[] = {
	{ .name = "t", .type = PARAM_TEXT, .max = ALERT_TOKEN_MAX },
	{ .name = NULL },
};

/* The configured origin every subscription request must come from (read-only after start). */
static char	*alerts_origin;
/* The primary, for a worker that reads from replicas (opened when first needed). */
static struct db *alerts_primary;

int
alerts_init(struct config *cfg)
{
	const char *secret = config_get(cfg, "alert_secret", NULL);

	if (secret == NULL)
		return 0;
	if (alert_key_set(secret) != 0) {
		fprintf(stderr, "%s: `alert_secret` must hold at least %d characters (e.g. the "
		    "output of `head -c 32 /dev/urandom | base64`)\n", cfg->path, ALERT_SECRET_MIN);
		return -1;
	}
	alerts_origin = xstrdup(config_get(cfg, "public_origin", ""));
	return 0;
}

bool
alerts_same_origin(struct request *req)
{
	return http_same_origin(req, alerts_origin);
}

struct db *
alerts_db(struct request *req)
{
	struct worker *w = req->app;
	struct db_settings dbs;

	if (config_get(w->cfg, "db_replicas", NULL) == NULL)
		return w->db;
	if (alerts_primary == NULL && db_settings_from_config(&dbs, w->cfg) == 0)
		alerts_primary = db_open(&dbs, public_sql, SQL__MAX);
	return alerts_primary != NULL ? alerts_primary : w->db;
}

struct page *
alerts_private_page(struct request *req, const char *title_key)
{
	struct page *pg = page_start(req);

	free(req->page_cache_key);
	req->page_cache_key = NULL;
	req->cache_control = "no-store";
	http_add_header(req, "X-Accel-Expires", "0");
	pg->data_links = false;
	html_t(&pg->title, title_key);
	H(&pg->h, "<h1>");
	html_t(&pg->h, title_key);
	H(&pg->h, "</h1>");
	return pg;
}

static void
para(struct html *h, const char *key)
{
	H(h, "<p>");
	html_t(h, key);
	H(h, "</p>");
}

void
alerts_follow_box(struct page *pg, const char *kind, const char *target)
{
	struct html *h = &pg->h;

	if (!alert_key_ready())
		return;
	H(h, "<aside class=\"follow\" aria-labelledby=\"follow-h\"><h2 id=\"follow-h\">");
	html_t(h, "alerts.box.title");
	H(h, "</h2><p>");
	html_tv(h, "alerts.box.", kind);
	H(h, "</p><form method=\"post\" action=\"");
	html_base(h);
	H(h, "/alerts\"><input type=\"hidden\" name=\"follow\" value=\"");
	html_text(h, kind);
	H(h, "\"><input type=\"hidden\" name=\"target\" value=\"");
	html_text(h, target);
	H(h, "\"><p><label for=\"follow-email\">");
	html_t(h, "alerts.email");
	H(h, "</label> <input type=\"email\" id=\"follow-email\" name=\"email\" required"
	    " maxlength=\"254\" autocomplete=\"email\"></p><p><label for=\"follow-frequency\">");
	html_t(h, "alerts.frequency");
	H(h, "</label> <select id=\"follow-frequency\" name=\"frequency\"><option value=\"immediate\">");
	html_t(h, "alerts.frequency.immediate");
	H(h, "</option><option value=\"daily\">");
	html_t(h, "alerts.frequency.daily");
	H(h, "</option></select></p><p><label for=\"follow-lang\">");
	html_t(h, "alerts.lang");
	H(h, "</label> <select id=\"follow-lang\" name=\"lang\">");
	if (h->lang == LANG_EN)
		H(h, "<option value=\"en\">English</option><option value=\"vi\" lang=\"vi\">Tiếng Việt</option>");
	else
		H(h, "<option value=\"vi\">Tiếng Việt</option><option value=\"en\" lang=\"en\">English</option>");
	H(h, "</select></p><p class=\"hint\">");
	html_t(h, "alerts.consent");
	H(h, " <a href=\"");
	html_base(h);
	H(h, "/alerts\">");
	html_t(h, "alerts.privacy.link");
	H(h, "</a></p><p><button type=\"submit\">");
	html_t(h, "alerts.submit");
	H(h, "</button></p></form></aside>");
}

/* What a subscription follows (a row of pub_alert_follows: kind, target, name, name_en),
 * with a link to its page. */
static void
follow_line(struct html *h, char **row)
{
	const char *kind = row[2], *target = row[3];

	html_tv(h, "alerts.kind.", kind);
	H(h, ": <a href=\"");
	html_base(h);
	if (strcmp(kind, "project") == 0) {
		H(h, "/projects/");
		html_urlpart(h, target);
	} else if (strcmp(kind, "zone") == 0) {
		H(h, "/zones/");
		html_urlpart(h, target);
	} else {
		H(h, "/projects");
		if (*target != '\0') {
			H(h, "?");
			html_href(h, target);
		}
	}
	H(h, "\">");
	if (strcmp(kind, "search") != 0)
		html_pick(h, row[7], row[8]);
	else if (*target == '\0')
		html_t(h, "alerts.kind.search.all");
	else
		html_text(h, target);
	H(h, "</a>");
}

#define FOLLOW_COLS	9

static void
privacy(struct html *h)
{
	H(h, "<section aria-labelledby=\"privacy-h\"><h2 id=\"privacy-h\">");
	html_t(h, "alerts.privacy.title");
	H(h, "</h2>");
	para(h, "alerts.privacy.what");
	para(h, "alerts.privacy.why");
	para(h, "alerts.privacy.how_long");
	para(h, "alerts.privacy.rights");
	H(h, "</section>");
}

/* The token of the request: the form's t, else the URL's (RFC 8058 posts to the URL of the
 * List-Unsubscribe header). Returns its id, or answers: 400 naming t, 410 when expired. */
static int
token_id(struct request *req, enum alert_token_kind kind, unsigned long long *id)
{
	const char *t = param_text(req, "t");
	bool expired;

	if (t == NULL)
		t = kv_get(&req->query, "t");
	*id = alert_token_check(t, kind, (long long)time(NULL), &expired);
	if (*id != 0)
		return 0;
	return expired ? 410 : http_bad_param(req, "t", "alerts.error.token");
}

/* A form of one button posting the token t to path. */
static void
token_form(struct html *h, const char *path, const char *t, const char *button_key)
{
	H(h, "<form method=\"post\" action=\"");
	html_base(h);
	html_href(h, path);
	H(h, "\"><input type=\"hidden\" name=\"t\" value=\"");
	html_text(h, t);
	H(h, "\"><p><button type=\"submit\">");
	html_t(h, button_key);
	H(h, "</button></p></form>");
}

/* the function's result (SELECT alert_…(?) AS r) */
static enum db_status
call(struct request *req, unsigned int idx, const struct db_param *p, unsigned int n, long long *r)
{
	char *v = NULL;
	int found = 0;
	enum db_status rc = db_fetch_one(alerts_db(req), idx, p, n, &v, 1, &found);

	*r = rc == DB_OK && found && v != NULL ? strtoll(v, NULL, 10) : 0;
	free(v);
	return rc;
}

/* The follow of a Follow box, checked: a project's id, a zone's slug, or a search as the
 * registry reads it, normalized (its filters in their order; no sort, no page). Returns 0
 * (*norm, *zone set; zone NULL but for a search by zone), or the 400. */
static int
follow_target(struct request *req, const char *kind, const char *target, struct buf *norm,
    const char **zone)
{
	struct request tmp;
	long long i;

	*zone = NULL;
	if (strcmp(kind, "project") == 0) {
		struct param_decl d = { .name = "target", .type = PARAM_INT, .min = 1, .max = 4000000000LL };
		double dv;

		if (target == NULL || param_check(&d, target, &i, &dv) != NULL)
			return http_bad_param(req, "target", "alerts.error.target");
		buf_printf(norm, "%lld", i);
		return 0;
	}
	if (strcmp(kind, "zone") == 0) {
		struct param_decl d = { .name = "target", .type = PARAM_SLUG };
		double dv;

		if (target == NULL || param_check(&d, target, &i, &dv) != NULL)
			return http_bad_param(req, "target", "alerts.error.target");
		buf_puts(norm, target);
		return 0;
	}
	memset(&tmp, 0, sizeof(tmp));
	if (alert_search_parse(&tmp, target != NULL ? target : "") != 0)
		return http_bad_param(req, "target", "alerts.error.target");
	registry_query(tmp.params, false, norm);
	/* the zone's slug outlives tmp: the request's own copy in target */
	if (registry_text(tmp.params, RF_ZONE) != NULL) {
		const char *z = strstr(norm->data, "zone=");

		if (z != NULL) {
			size_t n = strcspn(z + 5, "&");

			*zone = xstrndup(z + 5, n);
		}
	}
	alert_search_free(&tmp);
	return 0;
}

/* POST /alerts: a request from a Follow box. */
static int
subscribe(struct request *req)
{
	const char *email = param_text(req, "email"), *kind = param_text(req, "follow");
	const char *freq = param_text(req, "frequency"), *lang = param_text(req, "lang");
	const char *remote = req->remote_addr != NULL ? req->remote_addr : "";
	unsigned char client[32];
	const char *zone = NULL;
	struct page *pg;
	struct buf norm;
	long long r;
	enum db_status rc;
	int status;

	if (!alerts_same_origin(req))
		return 403;
	if (email == NULL || !alert_email_valid(email))
		return http_bad_param(req, "email", "alerts.error.email");
	if (kind == NULL)
		return http_bad_param(req, "follow", "error.param.required");
	buf_init(&norm);
	buf_putc(&norm, '\0');
	norm.len = 0;
	if ((status = follow_target(req, kind, param_text(req, "target"), &norm, &zone)) != 0) {
		buf_free(&norm);
		return status;
	}
	alert_client_key(client, remote);
	{
		struct db_param p[] = {
			DB_TEXT(email), DB_BLOB((const char *)client, sizeof(client)), DB_TEXT(kind),
			DB_TEXT(norm.data), DB_TEXT(zone), DB_TEXT(freq ? freq : "immediate"),
			DB_TEXT(lang ? lang : lang_code(req->lang)),
		};

		rc = call(req, SQL_ALERT_SUBSCRIBE, p, 7, &r);
	}
	buf_free(&norm);
	free((char *)zone);
	if (rc != DB_OK)
		return db_http_status(rc);
	if (r == -1) {
		/* the page itself with the status, so that Retry-After stays (an error page
		 * replaces the handler's headers) */
		pg = alerts_private_page(req, "error.429");
		para(&pg->h, "error.429.text");
		req->resp.status = 429;
		http_add_header(req, "Retry-After", "3600");
		return 200;
	}
	if (r == -3)
		return http_bad_param(req, "target", "alerts.error.target");
	/* a new request, one pending already (-2) or a follow confirmed before (-4): the same
	 * answer, which tells no one what an address follows */
	pg = alerts_private_page(req, "alerts.sent.title");
	para(&pg->h, "alerts.sent.text");
	return 200;
}

/* GET /alerts: what the alerts are and the privacy statement; POST: a subscription. */
int
page_alerts(struct request *req)
{
	struct page *pg;

	if (!alert_key_ready())
		return 404;
	if (req->method == METHOD_POST)
		return subscribe(req);
	pg = page_start(req);
	pg->data_links = false;
	html_t(&pg->title, "alerts.title");
	H(&pg->h, "<h1>");
	html_t(&pg->h, "alerts.title");
	H(&pg->h, "</h1>");
	para(&pg->h, "alerts.intro");
	privacy(&pg->h);
	return 200;
}

/* Reads the follow of subscription id into row (FOLLOW_COLS); 0, 404 when it is gone, or
 * the database's status. */
static int
follow_read(struct request *req, unsigned long long id, char **row)
{
	struct db_param p = DB_INT((long long)id);
	int found = 0;
	enum db_status rc = db_fetch_one(alerts_db(req), SQL_ALERT_FOLLOW, &p, 1, row, FOLLOW_COLS, &found);

	if (rc != DB_OK)
		return db_http_status(rc);
	return found ? 0 : 404;
}

/* the page when a subscription is gone */
static int
gone(struct request *req)
{
	struct page *pg = alerts_private_page(req, "alerts.gone.title");

	para(&pg->h, "alerts.gone.text");
	return 200;
}

/* A page of one subscription's link: GET shows what it follows with one button, POST does
 * it (the function fn) and says so. */
struct token_page {
	enum alert_token_kind	 kind;
	unsigned int		 fn;
	const char		*path, *ask_title, *ask_text, *button;
	const char		*done_title, *done_text, *again_text;	/* again: fn said 2 */
	bool			 gone_when_0;	/* fn's 0: the subscription was gone */
};

static int
token_page(struct request *req, const struct token_page *tp)
{
	char *row[FOLLOW_COLS] = { NULL };
	unsigned long long id;
	struct page *pg;
	int status;

	if (!alert_key_ready())
		return 404;
	if ((status = token_id(req, tp->kind, &id)) != 0)
		return status;
	if (req->method == METHOD_POST) {
		struct db_param p = DB_INT((long long)id);
		long long r;
		enum db_status rc = call(req, tp->fn, &p, 1, &r);

		if (rc != DB_OK)
			return db_http_status(rc);
		if (r == 0 && tp->gone_when_0)
			return gone(req);
		pg = alerts_private_page(req, tp->done_title);
		para(&pg->h, r == 2 && tp->again_text != NULL ? tp->again_text : tp->done_text);
		return 200;
	}
	if ((status = follow_read(req, id, row)) != 0)
		return status == 404 ? gone(req) : status;
	pg = alerts_private_page(req, tp->ask_title);
	H(&pg->h, "<p>");
	html_t(&pg->h, tp->ask_text);
	H(&pg->h, "</p><p>");
	follow_line(&pg->h, row);
	H(&pg->h, "</p>");
	token_form(&pg->h, tp->path, param_text(req, "t"), tp->button);
	db_values_free(row, FOLLOW_COLS);
	return 200;
}

/* GET and POST /alerts/confirm?t= */
int
page_alerts_confirm(struct request *req)
{
	static const struct token_page tp = {
		ALERT_CONFIRM, SQL_ALERT_CONFIRM, "/alerts/confirm", "alerts.confirm.title",
		"alerts.confirm.text", "alerts.confirm.button", "alerts.confirmed.title",
		"alerts.confirmed.text", "alerts.confirmed.already", true,
	};

	return token_page(req, &tp);
}

/* GET and POST /alerts/unsubscribe?t= (the POST also RFC 8058's one-click) */
int
page_alerts_unsubscribe(struct request *req)
{
	static const struct token_page tp = {
		ALERT_UNSUBSCRIBE, SQL_ALERT_UNSUBSCRIBE, "/alerts/unsubscribe",
		"alerts.unsubscribe.title", "alerts.unsubscribe.text", "alerts.unsubscribe.button",
		"alerts.unsubscribed.title", "alerts.unsubscribed.text", NULL, false,
	};

	return token_page(req, &tp);
}

struct follows {
	struct html	*h;
	unsigned int	 n;
};

static int
follows_row(void *ctx, const struct db_row *r)
{
	struct follows *f = ctx;
	const char *cols[FOLLOW_COLS] = {
		db_col(r, "id"), db_col(r, "address_id"), db_col(r, "kind"), db_col(r, "target"),
		db_col(r, "frequency"), db_col(r, "lang"), db_col(r, "confirmed"), db_col(r, "name"),
		db_col(r, "name_en"),
	};
	char t[ALERT_TOKEN_MAX];

	if (f->n++ == 0)
		H(f->h, "<ul class=\"follows\">");
	H(f->h, "<li><p>");
	follow_line(f->h, (char **)cols);
	H(f->h, " · ");
	html_tv(f->h, "alerts.frequency.", cols[4]);
	if (strcmp(cols[6], "1") != 0) {
		H(f->h, " (");
		html_t(f->h, "alerts.manage.pending");
		H(f->h, ")");
	}
	H(f->h, "</p>");
	alert_token(t, ALERT_UNSUBSCRIBE, strtoull(cols[0], NULL, 10), 0);
	token_form(f->h, "/alerts/unsubscribe", t, "alerts.unsubscribe.button");
	H(f->h, "</li>");
	return 0;
}

/* GET /alerts/manage?t=: what the address follows (never the address itself) */
int
page_alerts_manage(struct request *req)
{
	unsigned long long id;
	struct follows f;
	struct db_param p;
	struct page *pg;
	enum db_status rc;
	int status;

	if (!alert_key_ready())
		return 404;
	if ((status = token_id(req, ALERT_MANAGE, &id)) != 0)
		return status;
	pg = alerts_private_page(req, "alerts.manage.title");
	f = (struct follows){ &pg->h, 0 };
	p = DB_INT((long long)id);
	if ((rc = db_query(alerts_db(req), SQL_ALERT_FOLLOWS, &p, 1, follows_row, &f)) != DB_OK)
		return db_http_status(rc);
	if (f.n > 0)
		H(&pg->h, "</ul>");
	else
		para(&pg->h, "alerts.manage.none");
	H(&pg->h, "<section aria-labelledby=\"delete-h\"><h2 id=\"delete-h\">");
	html_t(&pg->h, "alerts.delete.title");
	H(&pg->h, "</h2>");
	para(&pg->h, "alerts.delete.text");
	token_form(&pg->h, "/alerts/delete", param_text(req, "t"), "alerts.delete.button");
	H(&pg->h, "</section>");
	privacy(&pg->h);
	return 200;
}

/* POST /alerts/delete: every row of the address */
int
page_alerts_delete(struct request *req)
{
	unsigned long long id;
	struct db_param p;
	struct page *pg;
	long long r;
	enum db_status rc;
	int status;

	if (!alert_key_ready())
		return 404;
	if ((status = token_id(req, ALERT_MANAGE, &id)) != 0)
		return status;
	p = DB_INT((long long)id);
	if ((rc = call(req, SQL_ALERT_FORGET, &p, 1, &r)) != DB_OK)
		return db_http_status(rc);
	pg = alerts_private_page(req, "alerts.deleted.title");
	para(&pg->h, "alerts.deleted.text");
	return 200;
}
