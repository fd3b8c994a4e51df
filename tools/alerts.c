/* minhbachctl send-alerts (send_alerts.h): one run of the e-mail alerts.
 *
 * A subscription's state says what was mailed: last_change_id, the newest published change
 * already considered. Before a mail is handed to the relay its range's end is recorded
 * (sending_upto), and after the relay took it last_change_id moves there; a run that finds
 * sending_upto set (the previous one died in between) takes that mail as sent, so no change
 * is ever mailed twice. A temporary failure (the relay away, a 4xx) leaves last_change_id
 * where it was and tries again later, 1, 2, 4 … minutes later, at most 6 hours (the next
 * mail covers everything since); a permanent one (5xx) counts against the address, which
 * is no longer mailed after ALERT_MAX_FAILURES in a row. Runs never overlap (a named lock).
 *
 * What matches: a project's changes; a zone's, its parks' and their projects' (ZONE_CHANGES,
 * as the zone's change page); a registry search's: the changes of the projects that the
 * registry's count conditions (PROJECT_COUNT_WHERE, bound by registry_bind from the search's
 * stored query string read with the registry's validators) find now. */
#include "send_alerts.h"
#include "alert_token.h"
#include "alerts.h"
#include "html.h"
#include "log.h"
#include "page.h"
#include "registry.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ALERT_MAX_FAILURES	3
#define EXIT_TEMPFAIL		75

enum alert_sql {
	A_LOCK, A_RECOVER, A_PURGE_REQUESTS, A_PURGE_UNCONFIRMED, A_PURGE_ADDRESSES,
	A_CONFIRMS, A_CONFIRM_MARK, A_CONFIRM_UNMARK, A_MAX_CHANGE, A_DUE,
	A_MATCH_PROJECT, A_MATCH_ZONE, A_MATCH_SEARCH, A_CHANGE, A_CHANGE_FIELDS,
	A_SENDING, A_SENT, A_CHECKED, A_RETRY, A_REFUSED, A_ADDRESS_FAILED, A_BOUNCED,
	A__MAX
};

#define RANGE	" AND c.id > ? AND c.id <= ? ORDER BY c.id"
#define FOLLOWED \
  "SELECT s.id, s.address_id, s.kind, s.target, s.frequency, s.lang, s.last_change_id," \
  " UNIX_TIMESTAMP(s.created_at) AS created, a.email, f.name, f.name_en" \
  " FROM alert_subscriptions s JOIN alert_addresses a ON a.id = s.address_id" \
  " JOIN pub_alert_follows f ON f.id = s.id WHERE a.disabled_at IS NULL"

static const char *const alert_sql[A__MAX] = {
	[A_LOCK] = "SELECT GET_LOCK('minhbach send-alerts', 0)",
	[A_RECOVER] = "UPDATE alert_subscriptions SET last_change_id = sending_upto,"
	    " sending_upto = NULL, mailed_at = NOW() WHERE sending_upto IS NOT NULL",
	[A_PURGE_REQUESTS] = "DELETE FROM alert_requests WHERE at < NOW() - INTERVAL 1 DAY",
	[A_PURGE_UNCONFIRMED] = "DELETE FROM alert_subscriptions WHERE confirmed_at IS NULL"
	    " AND created_at < NOW() - INTERVAL 48 HOUR",
	[A_PURGE_ADDRESSES] = "DELETE FROM alert_addresses WHERE NOT EXISTS"
	    " (SELECT 1 FROM alert_subscriptions s WHERE s.address_id = alert_addresses.id)",
	[A_CONFIRMS] = FOLLOWED " AND s.confirmed_at IS NULL AND s.confirm_mailed_at IS NULL"
	    " ORDER BY s.id",
	[A_CONFIRM_MARK] = "UPDATE alert_subscriptions SET confirm_mailed_at = NOW()"
	    " WHERE id = ? AND confirm_mailed_at IS NULL",
	[A_CONFIRM_UNMARK] = "UPDATE alert_subscriptions SET confirm_mailed_at = NULL WHERE id = ?",
	[A_MAX_CHANGE] = "SELECT COALESCE(MAX(id), 0) FROM change_log",
	/* immediate ones at every run, a digest once a day; none while backing off */
	[A_DUE] = FOLLOWED " AND s.confirmed_at IS NOT NULL AND s.last_change_id < ?"
	    " AND (s.next_try_at IS NULL OR s.next_try_at <= NOW())"
	    " AND (s.frequency = 'immediate' OR s.checked_at IS NULL"
	    "  OR s.checked_at <= NOW() - INTERVAL 1 DAY) ORDER BY s.id",
	[A_MATCH_PROJECT] = "SELECT c.id FROM change_log c WHERE c.entity = 'project'"
	    " AND c.entity_id = ?" RANGE,
	[A_MATCH_ZONE] = "SELECT c.id FROM change_log c WHERE" ZONE_CHANGES RANGE,
	[A_MATCH_SEARCH] = "SELECT c.id FROM change_log c JOIN projects p"
	    " ON c.entity = 'project' AND p.id = c.entity_id" PROJECT_COUNT_WHERE RANGE,
	[A_CHANGE] = CHANGE_COLUMNS " WHERE c.id = ?",
	[A_CHANGE_FIELDS] = "SELECT field, old_value, new_value FROM change_log_fields"
	    " WHERE change_id = ? ORDER BY field",
	[A_SENDING] = "UPDATE alert_subscriptions SET sending_upto = ? WHERE id = ?",
	[A_SENT] = "UPDATE alert_subscriptions SET last_change_id = ?, sending_upto = NULL,"
	    " tries = 0, next_try_at = NULL, checked_at = NOW(), mailed_at = NOW() WHERE id = ?",
	[A_CHECKED] = "UPDATE alert_subscriptions SET last_change_id = ?, checked_at = NOW()"
	    " WHERE id = ?",
	[A_RETRY] = "UPDATE alert_subscriptions SET sending_upto = NULL, tries = tries + 1,"
	    " next_try_at = NOW() + INTERVAL LEAST(POW(2, tries) * 60, 21600) SECOND WHERE id = ?",
	[A_REFUSED] = "UPDATE alert_subscriptions SET sending_upto = NULL, tries = tries + 1,"
	    " next_try_at = NOW() + INTERVAL 1 DAY WHERE id = ?",
	[A_ADDRESS_FAILED] = "UPDATE alert_addresses SET failures = failures + 1,"
	    " disabled_at = IF(failures >= 3, NOW(), NULL) WHERE id = ?",
	[A_BOUNCED] = "UPDATE alert_addresses SET failures = failures + 1,"
	    " disabled_at = IF(failures >= 3, NOW(), NULL) WHERE email_key = UNHEX(SHA2(LOWER(?), 256))",
};

/* One subscription, as FOLLOWED reads it. */
struct follow {
	long long	 id, address, last, created;
	char		*kind, *target, *frequency, *email, *name, *name_en;
	enum lang	 lang;
};

struct follows {
	struct follow	*v;
	size_t		 n;
};

struct run {
	struct db	*db;
	struct mailer	*mailer;
	const char	*origin;
	long long	 max;		/* the newest published change at the start */
	unsigned int	 confirms, alerts, retries, refused;
	bool		 relay_away;	/* stop: every other mail would fail the same way */
};

static char *
dup_or_empty(const char *s)
{
	return xstrdup(s != NULL ? s : "");
}

static int
follow_row(void *ctx, const struct db_row *r)
{
	struct follows *fs = ctx;
	struct follow *f;

	fs->v = xgrow(fs->v, fs->n, sizeof(*fs->v));
	f = &fs->v[fs->n++];
	f->id = strtoll(db_col(r, "id"), NULL, 10);
	f->address = strtoll(db_col(r, "address_id"), NULL, 10);
	f->last = strtoll(db_col(r, "last_change_id"), NULL, 10);
	f->created = strtoll(db_col(r, "created"), NULL, 10);
	f->kind = dup_or_empty(db_col(r, "kind"));
	f->target = dup_or_empty(db_col(r, "target"));
	f->frequency = dup_or_empty(db_col(r, "frequency"));
	f->email = dup_or_empty(db_col(r, "email"));
	f->name = dup_or_empty(db_col(r, "name"));
	f->name_en = dup_or_empty(db_col(r, "name_en"));
	f->lang = strcmp(db_col(r, "lang"), "en") == 0 ? LANG_EN : LANG_VI;
	return 0;
}

static void
follows_free(struct follows *fs)
{
	for (size_t i = 0; i < fs->n; i++) {
		struct follow *f = &fs->v[i];

		free(f->kind);
		free(f->target);
		free(f->frequency);
		free(f->email);
		free(f->name);
		free(f->name_en);
	}
	free(fs->v);
}

/* origin, then /en for English, then path */
static void
link_to(struct buf *b, const struct run *run, enum lang lang, const char *path)
{
	buf_printf(b, "%s%s%s", run->origin, lang == LANG_EN ? "/en" : "", path);
}

/* What the subscription follows, as a line of text: "Project: name" or the search. */
static void
follow_title(struct buf *b, const struct follow *f)
{
	char key[64];
	const char *name = f->lang == LANG_EN && *f->name_en != '\0' ? f->name_en : f->name;

	snprintf(key, sizeof(key), "alerts.kind.%s", f->kind);
	buf_printf(b, "%s: ", i18n_get(f->lang, key));
	if (strcmp(f->kind, "search") != 0)
		buf_puts(b, name);
	else
		buf_puts(b, *f->target != '\0' ? f->target : i18n_get(f->lang, "alerts.kind.search.all"));
}

/* The page of what is followed, absolute. */
static void
follow_href(struct buf *b, const struct run *run, const struct follow *f)
{
	char path[700];

	if (strcmp(f->kind, "project") == 0 || strcmp(f->kind, "zone") == 0)
		snprintf(path, sizeof(path), "/%ss/%s", f->kind, f->target);
	else
		snprintf(path, sizeof(path), "/projects%s%s", *f->target ? "?" : "", f->target);
	link_to(b, run, f->lang, path);
}

void
mail_para(struct mail *ml, const char *key, const char *href)
{
	struct html h = { &ml->html, ml->lang, "" };

	buf_printf(&ml->text, "%s\n", i18n_get(ml->lang, key));
	H(&h, "<p>");
	html_t(&h, key);
	if (href != NULL) {
		buf_printf(&ml->text, "%s\n", href);
		H(&h, "<br><a href=\"");
		html_href(&h, href);
		H(&h, "\">");
		html_text(&h, href);
		H(&h, "</a>");
	}
	H(&h, "</p>");
	buf_putc(&ml->text, '\n');
}

static enum mail_result
deliver(struct run *run, const struct mail *ml, const struct follow *f)
{
	char why[300];
	enum mail_result r = mailer_send(run->mailer, ml, why, sizeof(why));

	if (r != MAIL_SENT)
		log_warn("subscription %lld: %s: %s", f->id,
		    r == MAIL_TEMPORARY ? "will try again" : "refused for good", why);
	/* no answer at all (SMTP 0): the relay is away, the other mails wait for the next run */
	if (r == MAIL_TEMPORARY && strstr(why, "(SMTP 0)") != NULL)
		run->relay_away = true;
	return r;
}

static void
exec1(struct run *run, unsigned int idx, long long a)
{
	struct db_param p = DB_INT(a);

	if (db_exec(run->db, idx, &p, 1, NULL, NULL) != DB_OK)
		log_error("send-alerts: %s", db_last_error(run->db));
}

static void
exec2(struct run *run, unsigned int idx, long long a, long long b)
{
	struct db_param p[] = { DB_INT(a), DB_INT(b) };

	if (db_exec(run->db, idx, p, 2, NULL, NULL) != DB_OK)
		log_error("send-alerts: %s", db_last_error(run->db));
}

/* the confirmation mail of a new subscription */
static void
confirm(struct run *run, const struct follow *f)
{
	struct db_param p = DB_INT(f->id);
	unsigned long long marked = 0;
	char t[ALERT_TOKEN_MAX];
	struct buf href;
	struct mail ml;
	enum mail_result r;

	if (db_exec(run->db, A_CONFIRM_MARK, &p, 1, &marked, NULL) != DB_OK || marked != 1)
		return;
	mail_init(&ml, f->email, f->lang);
	buf_init(&href);
	buf_printf(&ml.subject, "%s: ", i18n_get(f->lang, "mail.confirm.subject"));
	follow_title(&ml.subject, f);
	snprintf(ml.message_id, sizeof(ml.message_id), "<confirm-%lld.%lld@minhbach>", f->id,
	    (long long)time(NULL));
	mail_para(&ml, "mail.confirm.asked", NULL);
	follow_href(&href, run, f);
	{
		struct html h = { &ml.html, ml.lang, "" };

		follow_title(&ml.text, f);
		buf_printf(&ml.text, "\n%s\n\n", href.data);
		H(&h, "<p><a href=\"");
		html_href(&h, href.data);
		H(&h, "\">");
		buf_reset(&href);
		follow_title(&href, f);
		html_text(&h, href.data);
		H(&h, "</a></p>");
	}
	alert_token(t, ALERT_CONFIRM, (unsigned long long)f->id,
	    f->created + ALERT_CONFIRM_HOURS * 3600LL);
	buf_reset(&href);
	link_to(&href, run, f->lang, "/alerts/confirm?t=");
	buf_puts(&href, t);
	mail_para(&ml, "mail.confirm.link", href.data);
	mail_para(&ml, "mail.confirm.ignore", NULL);
	r = deliver(run, &ml, f);
	if (r == MAIL_SENT)
		run->confirms++;
	else if (r == MAIL_TEMPORARY) {
		exec1(run, A_CONFIRM_UNMARK, f->id);
		run->retries++;
	} else {
		exec1(run, A_ADDRESS_FAILED, f->address);
		run->refused++;
	}
	buf_free(&href);
	mail_free(&ml);
}

static int
change_id_row(void *ctx, const struct db_row *r)
{
	struct follows *ids = ctx;	/* only its count and a list of ids in v[].id */

	ids->v = xgrow(ids->v, ids->n, sizeof(*ids->v));
	memset(&ids->v[ids->n], 0, sizeof(ids->v[0]));
	ids->v[ids->n++].id = strtoll(r->values[0], NULL, 10);
	return 0;
}

/* The changes in (f->last, run->max] that match f, into ids. */
static enum db_status
matches(struct run *run, const struct follow *f, struct follows *ids)
{
	struct registry_binds b = REGISTRY_BINDS(NULL);
	struct request tmp;
	enum db_status rc;

	if (strcmp(f->kind, "project") == 0) {
		struct db_param p[] = { DB_INT(strtoll(f->target, NULL, 10)), DB_INT(f->last),
			DB_INT(run->max) };

		return db_query(run->db, A_MATCH_PROJECT, p, 3, change_id_row, ids);
	}
	if (strcmp(f->kind, "zone") == 0) {
		struct db_param p[] = { DB_TEXT(f->target), DB_TEXT(f->target), DB_INT(f->last),
			DB_INT(run->max) };

		return db_query(run->db, A_MATCH_ZONE, p, 4, change_id_row, ids);
	}
	memset(&tmp, 0, sizeof(tmp));
	if (alert_search_parse(&tmp, f->target) != 0) {
		log_warn("subscription %lld: the search \"%s\" is no longer valid", f->id, f->target);
		return DB_OK;
	}
	registry_bind(&b, tmp.params, RF_ALL);
	registry_add(&b, DB_INT(f->last));
	registry_add(&b, DB_INT(run->max));
	rc = db_query(run->db, REGISTRY_STMT(&b, A_MATCH_SEARCH), b.p, b.n, change_id_row, ids);
	registry_binds_free(&b);
	alert_search_free(&tmp);
	return rc;
}

/* One change into the mail: its record, summary and date, each field old → new, a link. */
struct change_ctx {
	struct run	*run;
	struct mail	*ml;
	const char	*entity;
};

static int
field_row(void *ctx, const struct db_row *r)
{
	struct change_ctx *c = ctx;
	const char *field = db_col(r, "field");
	struct buf frag;
	struct html h = { &frag, c->ml->lang, "" };

	if (change_twin(field))
		return 0;
	buf_init(&frag);
	H(&h, "<li>");
	block_change_field(&h, field);
	H(&h, ": ");
	block_change_value(&h, c->entity, field, db_col(r, "old_value"), NULL);
	H(&h, " → ");
	block_change_value(&h, c->entity, field, db_col(r, "new_value"), NULL);
	H(&h, "</li>");
	buf_append(&c->ml->html, frag.data, frag.len);
	buf_puts(&c->ml->text, "   ");
	mail_text_of(&c->ml->text, frag.data, frag.len);
	buf_putc(&c->ml->text, '\n');
	buf_free(&frag);
	return 0;
}

static int
change_row(void *ctx, const struct db_row *r)
{
	struct change_ctx *c = ctx;
	const char *entity = db_col(r, "@entity"), *ref = db_col(r, "ref");
	struct buf frag, href;
	struct html h = { &frag, c->ml->lang, "" };
	char path[200];

	buf_init(&frag);
	buf_init(&href);
	c->entity = strcmp(entity, "zone") == 0 ? "zone" : "project";
	snprintf(path, sizeof(path), "/%ss/%s", c->entity, ref != NULL ? ref : "");
	link_to(&href, c->run, c->ml->lang, path);
	H(&h, "<li><p><a href=\"");
	html_href(&h, href.data);
	H(&h, "\">");
	html_pick(&h, db_col(r, "name"), db_col(r, "name_en"));
	H(&h, "</a> — ");
	block_change_summary(&h, db_col(r, "summary_key"), db_col(r, "summary_arg"),
	    db_col(r, "summary"));
	H(&h, " (");
	html_date(&h, db_col(r, "published_at"));
	H(&h, ")</p>");
	buf_append(&c->ml->html, frag.data, frag.len);
	buf_puts(&c->ml->text, "* ");
	mail_text_of(&c->ml->text, frag.data, frag.len);
	buf_printf(&c->ml->text, "\n   %s\n", href.data);
	buf_free(&frag);
	buf_free(&href);
	return 0;
}

/* the mail of a subscription's changes ids */
static void
alert(struct run *run, const struct follow *f, const struct follows *ids)
{
	struct change_ctx c;
	char t[ALERT_TOKEN_MAX];
	struct buf href;
	struct mail ml;
	struct html h;
	enum mail_result r;

	mail_init(&ml, f->email, f->lang);
	h = (struct html){ &ml.html, ml.lang, "" };
	c = (struct change_ctx){ run, &ml, NULL };
	buf_init(&href);
	buf_printf(&ml.subject, "%s — ", i18n_get(f->lang, "mail.alert.subject"));
	follow_title(&ml.subject, f);
	snprintf(ml.message_id, sizeof(ml.message_id), "<alert-%lld.%lld-%lld@minhbach>", f->id,
	    f->last, run->max);
	mail_para(&ml, "mail.alert.intro", NULL);
	H(&h, "<ul>");
	for (size_t i = 0; i < ids->n; i++) {
		struct db_param p = DB_INT(ids->v[i].id);

		db_query(run->db, A_CHANGE, &p, 1, change_row, &c);
		H(&h, "<ul>");
		db_query(run->db, A_CHANGE_FIELDS, &p, 1, field_row, &c);
		H(&h, "</ul></li>");
		buf_putc(&ml.text, '\n');
	}
	H(&h, "</ul>");
	alert_token(t, ALERT_UNSUBSCRIBE, (unsigned long long)f->id, 0);
	link_to(&href, run, f->lang, "/alerts/unsubscribe?t=");
	buf_puts(&href, t);
	snprintf(ml.unsubscribe, sizeof(ml.unsubscribe), "%s", href.data);
	mail_para(&ml, "mail.unsubscribe", href.data);
	alert_token(t, ALERT_MANAGE, (unsigned long long)f->address, 0);
	buf_reset(&href);
	link_to(&href, run, f->lang, "/alerts/manage?t=");
	buf_puts(&href, t);
	mail_para(&ml, "mail.manage", href.data);

	exec2(run, A_SENDING, run->max, f->id);
	r = deliver(run, &ml, f);
	if (r == MAIL_SENT) {
		exec2(run, A_SENT, run->max, f->id);
		run->alerts++;
	} else if (r == MAIL_TEMPORARY) {
		exec1(run, A_RETRY, f->id);
		run->retries++;
	} else {
		exec1(run, A_REFUSED, f->id);
		exec1(run, A_ADDRESS_FAILED, f->address);
		run->refused++;
	}
	buf_free(&href);
	mail_free(&ml);
}

static int
run_mails(struct run *run)
{
	struct follows fs = { NULL, 0 };
	struct db_param p;
	char *max = NULL;
	int found = 0;

	if (db_query(run->db, A_CONFIRMS, NULL, 0, follow_row, &fs) != DB_OK)
		goto fail;
	for (size_t i = 0; i < fs.n && !run->relay_away; i++)
		confirm(run, &fs.v[i]);
	follows_free(&fs);
	fs = (struct follows){ NULL, 0 };
	if (db_fetch_one(run->db, A_MAX_CHANGE, NULL, 0, &max, 1, &found) != DB_OK)
		goto fail;
	run->max = max != NULL ? strtoll(max, NULL, 10) : 0;
	free(max);
	p = DB_INT(run->max);
	if (db_query(run->db, A_DUE, &p, 1, follow_row, &fs) != DB_OK)
		goto fail;
	for (size_t i = 0; i < fs.n && !run->relay_away; i++) {
		struct follows ids = { NULL, 0 };

		if (matches(run, &fs.v[i], &ids) != DB_OK) {
			free(ids.v);
			goto fail;
		}
		if (ids.n == 0)
			exec2(run, A_CHECKED, run->max, fs.v[i].id);
		else
			alert(run, &fs.v[i], &ids);
		free(ids.v);
	}
	follows_free(&fs);
	return 0;
fail:
	follows_free(&fs);
	log_error("send-alerts: %s", db_last_error(run->db));
	return -1;
}

int
alerts_run(struct config *cfg, const struct db_settings *dbs)
{
	const char *secret = config_get(cfg, "alert_secret", NULL);
	const char *tdir = config_get(cfg, "templates_dir", DATADIR "/minhbach/templates");
	struct run run = { .origin = config_get(cfg, "public_origin", NULL) };
	struct inquiry_counts ic = { 0, 0, 0 };
	char *locked = NULL;
	int found = 0, rc = 1;

	if (run.origin == NULL || !http_origin_valid(run.origin) || alert_key_set(secret) != 0) {
		fprintf(stderr, "%s: send-alerts needs `public_origin` (the site's address, as in "
		    "minhbach-public.conf) and `alert_secret` (the same as minhbach-public.conf's, "
		    "at least %d characters)\n", cfg->path, ALERT_SECRET_MIN);
		return 1;
	}
	if ((run.mailer = mailer_open(cfg)) == NULL)
		return 1;
	{
		char catalog[1024];

		snprintf(catalog, sizeof(catalog), "%s/i18n", tdir);
		if (i18n_load(catalog) != 0)
			goto out;
	}
	run.db = db_open(dbs, alert_sql, A__MAX);
	db_set_parts(run.db, registry_parts, RP__PARTS);	/* the search's filters */
	if (!db_connected(run.db) ||
	    db_fetch_one(run.db, A_LOCK, NULL, 0, &locked, 1, &found) != DB_OK) {
		fprintf(stderr, "minhbachctl: cannot reach the database: %s\n", db_last_error(run.db));
		goto out;
	}
	if (locked == NULL || strcmp(locked, "1") != 0) {
		printf("another send-alerts is running: nothing done\n");
		rc = 0;
		goto out;
	}
	if (db_exec(run.db, A_RECOVER, NULL, 0, NULL, NULL) != DB_OK ||
	    db_exec(run.db, A_PURGE_REQUESTS, NULL, 0, NULL, NULL) != DB_OK ||
	    db_exec(run.db, A_PURGE_UNCONFIRMED, NULL, 0, NULL, NULL) != DB_OK ||
	    db_exec(run.db, A_PURGE_ADDRESSES, NULL, 0, NULL, NULL) != DB_OK ||
	    run_mails(&run) != 0 || inquiry_mails(dbs, run.mailer, run.origin, &ic) != 0) {
		fprintf(stderr, "minhbachctl: send-alerts: %s\n", db_last_error(run.db));
		goto out;
	}
	printf("send-alerts: %u confirmation mail(s), %u alert mail(s), %u inquiry "
	    "confirmation(s) sent; %u to try again, %u refused\n", run.confirms, run.alerts,
	    ic.sent, run.retries + ic.retries, run.refused + ic.refused);
	rc = run.retries + ic.retries > 0 || run.relay_away ? EXIT_TEMPFAIL : 0;
out:
	free(locked);
	if (run.db != NULL)
		db_close(run.db);
	i18n_free();
	mailer_close(run.mailer);
	return rc;
}

int
alerts_bounce(const struct db_settings *dbs, const char *address)
{
	struct db *db = db_open(dbs, alert_sql, A__MAX);
	struct db_param p = DB_TEXT(address);
	unsigned long long n = 0;
	int rc = 1;

	if (!db_connected(db))
		fprintf(stderr, "minhbachctl: cannot reach the database: %s\n", db_last_error(db));
	else if (db_exec(db, A_BOUNCED, &p, 1, &n, NULL) != DB_OK)
		fprintf(stderr, "minhbachctl: %s\n", db_last_error(db));
	else {
		printf("%s\n", n > 0 ? "counted" : "no such address");
		rc = 0;
	}
	db_close(db);
	return rc;
}
