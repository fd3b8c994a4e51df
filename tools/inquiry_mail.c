/* The inquiries' confirmation mails (send_alerts.h), sent by each run of
 * `minhbachctl send-alerts`: one per stored inquiry whose mail is due, to the address it
 * gave, in its language. An inquiry is marked sent before its mail is handed to the relay,
 * so a run that dies in between never mails it twice; a temporary failure marks it due
 * again, tried 1, 2, 4 … minutes later (at most 6 hours); a permanent one (5xx) gives up.
 *
 * The address was not confirmed by its owner, so the mail says only what the site writes:
 * the zones asked about and their boards, never the name or the message typed into the
 * form (the form cannot be used to mail someone else a text of one's choosing). */
#include "send_alerts.h"
#include "html.h"
#include "log.h"
#include "rows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum inquiry_sql { I_PURGE, I_DUE, I_ZONES, I_MARK, I_RETRY, I_REFUSED, I__MAX };

static const char *const inquiry_sql[I__MAX] = {
	[I_PURGE] = "DELETE FROM inquiry_requests WHERE at < NOW() - INTERVAL 1 DAY",
	[I_DUE] = "SELECT id, email, lang FROM inquiries WHERE confirm_mail = 'due'"
	    " AND (confirm_next_try_at IS NULL OR confirm_next_try_at <= NOW()) ORDER BY id",
	[I_ZONES] = "SELECT z.slug, z.name, z.name_en, b.name AS board, b.name_en AS board_en"
	    " FROM inquiry_zones iz JOIN zones z ON z.id = iz.zone_id JOIN boards b"
	    " ON b.id = z.board_id WHERE iz.inquiry_id = ? ORDER BY z.name",
	[I_MARK] = "UPDATE inquiries SET confirm_mail = 'sent' WHERE id = ? AND confirm_mail = 'due'",
	[I_RETRY] = "UPDATE inquiries SET confirm_mail = 'due', confirm_tries = confirm_tries + 1,"
	    " confirm_next_try_at = NOW() + INTERVAL LEAST(POW(2, confirm_tries) * 60, 21600) SECOND"
	    " WHERE id = ?",
	[I_REFUSED] = "UPDATE inquiries SET confirm_mail = 'refused' WHERE id = ?",
};

static const char *const due_cols[] = { "id", "email", "lang" };
static const char *const zone_cols[] = { "slug", "name", "name_en", "board", "board_en" };

/* the text in the mail's language: en where it has one */
static const char *
pick(enum lang lang, const char *vi, const char *en)
{
	return lang == LANG_EN && en != NULL && *en != '\0' ? en : vi;
}

/* The mail of one inquiry, its zones read. */
static enum db_status
compose(struct db *db, const char *origin, long long id, struct mail *ml)
{
	struct rows z = ROWS(zone_cols);
	struct db_param p = DB_INT(id);
	struct html h = { &ml->html, ml->lang, "" };
	enum db_status rc;

	if ((rc = rows_read(&z, db, I_ZONES, &p, 1)) != DB_OK) {
		rows_free(&z);
		return rc;
	}
	buf_puts(&ml->subject, i18n_get(ml->lang, "mail.inquiry.subject"));
	snprintf(ml->message_id, sizeof(ml->message_id), "<inquiry-%lld.%lld@minhbach>", id,
	    (long long)time(NULL));
	mail_para(ml, "mail.inquiry.received", NULL);
	H(&h, "<ul>");
	for (unsigned int i = 0; i < z.n; i++) {
		const char *name = pick(ml->lang, rows_get(&z, i, 1), rows_get(&z, i, 2));
		const char *board = pick(ml->lang, rows_get(&z, i, 3), rows_get(&z, i, 4));
		char href[600];

		snprintf(href, sizeof(href), "%s%s/zones/%s", origin, ml->lang == LANG_EN ? "/en" : "",
		    rows_get(&z, i, 0));
		buf_printf(&ml->text, "- %s (%s)\n  %s\n", name, board, href);
		H(&h, "<li><a href=\"");
		html_href(&h, href);
		H(&h, "\">");
		html_text(&h, name);
		H(&h, "</a> (");
		html_text(&h, board);
		H(&h, ")</li>");
	}
	H(&h, "</ul>");
	buf_putc(&ml->text, '\n');
	mail_para(ml, "mail.inquiry.reply", NULL);
	mail_para(ml, "mail.inquiry.privacy", NULL);
	mail_para(ml, "mail.inquiry.not_you", NULL);
	rows_free(&z);
	return DB_OK;
}

static void
exec_id(struct db *db, unsigned int idx, long long id)
{
	struct db_param p = DB_INT(id);

	if (db_exec(db, idx, &p, 1, NULL, NULL) != DB_OK)
		log_error("send-alerts: inquiry %lld: %s", id, db_last_error(db));
}

int
inquiry_mails(const struct db_settings *dbs, struct mailer *m, const char *origin,
    struct inquiry_counts *c)
{
	struct db *db = db_open(dbs, inquiry_sql, I__MAX);
	struct rows due = ROWS(due_cols);
	int rc = -1;

	if (!db_connected(db) || db_exec(db, I_PURGE, NULL, 0, NULL, NULL) != DB_OK ||
	    rows_read(&due, db, I_DUE, NULL, 0) != DB_OK)
		goto out;
	for (unsigned int i = 0; i < due.n; i++) {
		long long id = strtoll(rows_get(&due, i, 0), NULL, 10);
		struct db_param p = DB_INT(id);
		unsigned long long marked = 0;
		enum mail_result r;
		struct mail ml;
		char why[300];

		if (db_exec(db, I_MARK, &p, 1, &marked, NULL) != DB_OK)
			goto out;
		if (marked != 1)
			continue;
		mail_init(&ml, rows_get(&due, i, 1),
		    strcmp(rows_get(&due, i, 2), "en") == 0 ? LANG_EN : LANG_VI);
		if (compose(db, origin, id, &ml) != DB_OK) {
			mail_free(&ml);
			exec_id(db, I_RETRY, id);
			goto out;
		}
		r = mailer_send(m, &ml, why, sizeof(why));
		mail_free(&ml);
		if (r == MAIL_SENT) {
			c->sent++;
			continue;
		}
		log_warn("inquiry %lld: %s: %s", id,
		    r == MAIL_TEMPORARY ? "will try again" : "refused for good", why);
		if (r == MAIL_PERMANENT) {
			exec_id(db, I_REFUSED, id);
			c->refused++;
			continue;
		}
		exec_id(db, I_RETRY, id);
		c->retries++;
		/* no answer at all: the relay is away, the others wait for the next run */
		if (strstr(why, "(SMTP 0)") != NULL)
			break;
	}
	rc = 0;
out:
	if (rc != 0)
		log_error("send-alerts: inquiries: %s", db_last_error(db));
	rows_free(&due);
	db_close(db);
	return rc;
}
