/* minhbachctl send-alerts (README "Following changes by e-mail"): confirmation mails, then
 * for each confirmed subscription the published changes that match it since its last
 * mail, as one mail, then the inquiries' confirmations (README "Asking a board"), over SMTP
 * to the deployment's relay (libcurl). alerts.c chooses and
 * records; alerts_mail.c writes the mails and hands them to the relay. */
#ifndef MB_TOOLS_ALERTS_H
#define MB_TOOLS_ALERTS_H

#include "buf.h"
#include "config.h"
#include "db.h"
#include "i18n.h"

/* Runs once. Returns 0; 75 (EX_TEMPFAIL) when a mail failed for a reason that may pass (the
 * relay away, a 4xx): those are tried again by a later run, with backoff; 1 on an error of
 * the configuration or the database. */
int	alerts_run(struct config *, const struct db_settings *);
/* A bounce the relay received for address (minhbachctl alert-bounce ADDRESS, for the
 * bounce processing of the deployment's mail system): counts a permanent failure, as a 5xx
 * does; the third in a row disables the address. Returns 0 or 1. */
int	alerts_bounce(const struct db_settings *, const char *address);

/* The inquiries' confirmation mails (inquiry_mail.c), one run: what was sent, what waits
 * for a later run, what the relay refused for good. Also forgets the inquiries' rate-limit
 * rows older than a day. Returns 0, or -1 on an error of the database. */
struct mailer;
struct inquiry_counts {
	unsigned int	 sent, retries, refused;
};
int	inquiry_mails(const struct db_settings *, struct mailer *, const char *origin,
	    struct inquiry_counts *);

/* The relay, from the configuration (smtp_url, smtp_from, smtp_user, smtp_password,
 * smtp_starttls). */
struct mailer	*mailer_open(struct config *);
void		 mailer_close(struct mailer *);

enum mail_result { MAIL_SENT, MAIL_TEMPORARY, MAIL_PERMANENT };

/* One mail being written: its headers' values and its two bodies. */
struct mail {
	const char	*to;
	struct buf	 subject;	/* UTF-8, one line */
	struct buf	 text;		/* text/plain, UTF-8 */
	struct buf	 html;		/* the content of <body>, UTF-8 */
	char		 unsubscribe[600];	/* List-Unsubscribe URL, or empty */
	char		 message_id[160];
	enum lang	 lang;
};

void		 mail_init(struct mail *, const char *to, enum lang);
void		 mail_free(struct mail *);
/* Sends it. *why: the relay's answer or libcurl's error, for the log. */
enum mail_result mailer_send(struct mailer *, const struct mail *, char *why, size_t n);
/* A paragraph in both parts: the catalog's text of key, then an optional link (alerts.c). */
void		 mail_para(struct mail *, const char *key, const char *href);
/* Appends the text of an HTML fragment (tags dropped, entities read) to out. */
void		 mail_text_of(struct buf *out, const char *html, size_t n);

#endif
