/* The alerts' mails (alerts.h): a multipart/alternative message, plain text and HTML, each
 * base64 in UTF-8, with RFC 8058's one-click unsubscribe headers; handed to the
 * deployment's relay over SMTP by libcurl, which says whether the relay took it, refused it
 * for now (4xx, no connection) or for good (5xx). */
#include "send_alerts.h"
#include "html.h"
#include "log.h"

#include <curl/curl.h>
#include <sodium.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct mailer {
	CURL		*curl;
	const char	*url, *from, *user, *password;
	bool		 starttls;
};

struct mailer *
mailer_open(struct config *cfg)
{
	struct mailer *m = xcalloc(1, sizeof(*m));
	const char *tls = config_get(cfg, "smtp_starttls", "try");

	m->url = config_get(cfg, "smtp_url", NULL);
	m->from = config_get(cfg, "smtp_from", NULL);
	m->user = config_get(cfg, "smtp_user", NULL);
	m->password = config_get(cfg, "smtp_password", NULL);
	if (m->url == NULL || m->from == NULL || (strncmp(m->url, "smtp://", 7) != 0 &&
	    strncmp(m->url, "smtps://", 8) != 0) || strpbrk(m->from, "\r\n<> ") != NULL ||
	    strchr(m->from, '@') == NULL || (strcmp(tls, "try") != 0 && strcmp(tls, "yes") != 0)) {
		fprintf(stderr, "%s: send-alerts needs `smtp_url` (smtp://host:port or "
		    "smtps://host:port, the relay), `smtp_from` (the sender's address, e.g. "
		    "alerts@minhbach.example.gov.vn) and `smtp_starttls` try or yes\n", cfg->path);
		free(m);
		return NULL;
	}
	m->starttls = strcmp(tls, "yes") == 0;
	curl_global_init(CURL_GLOBAL_DEFAULT);
	if ((m->curl = curl_easy_init()) == NULL) {
		curl_global_cleanup();
		free(m);
		return NULL;
	}
	return m;
}

void
mailer_close(struct mailer *m)
{
	if (m == NULL)
		return;
	curl_easy_cleanup(m->curl);
	curl_global_cleanup();
	free(m);
}

void
mail_init(struct mail *ml, const char *to, enum lang lang)
{
	memset(ml, 0, sizeof(*ml));
	ml->to = to;
	ml->lang = lang;
	buf_init(&ml->subject);
	buf_init(&ml->text);
	buf_init(&ml->html);
}

void
mail_free(struct mail *ml)
{
	buf_free(&ml->subject);
	buf_free(&ml->text);
	buf_free(&ml->html);
}

void
mail_text_of(struct buf *out, const char *html, size_t n)
{
	static const struct { const char *entity; char c; } entities[] = {
		{ "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&#39;", '\'' },
	};

	for (size_t i = 0; i < n; i++) {
		if (html[i] == '<') {
			while (i < n && html[i] != '>')
				i++;
			continue;
		}
		if (html[i] == '&') {
			size_t k;

			for (k = 0; k < sizeof(entities) / sizeof(entities[0]); k++) {
				size_t len = strlen(entities[k].entity);

				if (n - i >= len && memcmp(html + i, entities[k].entity, len) == 0) {
					buf_putc(out, entities[k].c);
					i += len - 1;
					break;
				}
			}
			if (k < sizeof(entities) / sizeof(entities[0]))
				continue;
		}
		buf_putc(out, html[i]);
	}
}

/* base64 in lines of 76 characters, as MIME wants */
static void
put_base64(struct buf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i += 57) {
		size_t k = n - i < 57 ? n - i : 57;
		char line[sodium_base64_ENCODED_LEN(57, sodium_base64_VARIANT_ORIGINAL)];

		sodium_bin2base64(line, sizeof(line), (const unsigned char *)s + i, k,
		    sodium_base64_VARIANT_ORIGINAL);
		buf_puts(out, line);
		buf_puts(out, "\r\n");
	}
}

/* An RFC 2047 encoded header value: words of at most 45 bytes, cut between characters. */
static void
put_encoded(struct buf *out, const char *s)
{
	size_t n = strlen(s), i = 0;

	while (i < n) {
		size_t k = n - i < 45 ? n - i : 45;
		char word[sodium_base64_ENCODED_LEN(45, sodium_base64_VARIANT_ORIGINAL)];

		while (i + k < n && k > 0 && ((unsigned char)s[i + k] & 0xC0) == 0x80)
			k--;	/* not inside a character */
		sodium_bin2base64(word, sizeof(word), (const unsigned char *)s + i, k,
		    sodium_base64_VARIANT_ORIGINAL);
		buf_printf(out, "%s=?UTF-8?B?%s?=", i > 0 ? "\r\n " : "", word);
		i += k;
	}
}

/* the whole message, CRLF line ends */
static void
compose(struct buf *out, const struct mailer *m, const struct mail *ml)
{
	unsigned char rnd[12];
	char boundary[40], date[64];
	time_t now = time(NULL);
	struct tm tm;

	randombytes_buf(rnd, sizeof(rnd));
	memcpy(boundary, "mb-", 3);
	hex_encode(boundary + 3, rnd, sizeof(rnd));
	gmtime_r(&now, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	buf_printf(out, "Date: %s\r\nFrom: <%s>\r\nTo: <%s>\r\nMessage-ID: %s\r\nSubject: ", date,
	    m->from, ml->to, ml->message_id);
	put_encoded(out, ml->subject.data != NULL ? ml->subject.data : "");
	buf_puts(out, "\r\nMIME-Version: 1.0\r\nAuto-Submitted: auto-generated\r\n");
	if (ml->unsubscribe[0] != '\0')
		buf_printf(out, "List-Unsubscribe: <%s>\r\n"
		    "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", ml->unsubscribe);
	buf_printf(out, "Content-Language: %s\r\n"
	    "Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n"
	    "--%s\r\nContent-Type: text/plain; charset=utf-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n", lang_code(ml->lang), boundary, boundary);
	put_base64(out, ml->text.data, ml->text.len);
	buf_printf(out, "--%s\r\nContent-Type: text/html; charset=utf-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n", boundary);
	{
		struct buf doc;
		struct html h = { &doc, ml->lang, "" };

		buf_init(&doc);
		buf_printf(&doc, "<!DOCTYPE html><html lang=\"%s\"><head><meta charset=\"utf-8\">"
		    "<title>", lang_code(ml->lang));
		html_text(&h, ml->subject.data);
		buf_puts(&doc, "</title></head><body>");
		buf_append(&doc, ml->html.data, ml->html.len);
		buf_puts(&doc, "</body></html>\r\n");
		put_base64(out, doc.data, doc.len);
		buf_free(&doc);
	}
	buf_printf(out, "--%s--\r\n", boundary);
}

struct upload {
	const char	*p;
	size_t		 left;
};

static size_t
upload_read(char *dst, size_t size, size_t nmemb, void *ctx)
{
	struct upload *u = ctx;
	size_t n = size * nmemb < u->left ? size * nmemb : u->left;

	memcpy(dst, u->p, n);
	u->p += n;
	u->left -= n;
	return n;
}

enum mail_result
mailer_send(struct mailer *m, const struct mail *ml, char *why, size_t n)
{
	struct curl_slist *rcpt = NULL;
	char from[300], to[300];
	struct buf msg;
	struct upload u;
	long code = 0;
	CURLcode rc;

	buf_init(&msg);
	compose(&msg, m, ml);
	snprintf(from, sizeof(from), "<%s>", m->from);
	snprintf(to, sizeof(to), "<%s>", ml->to);
	rcpt = curl_slist_append(rcpt, to);
	u = (struct upload){ msg.data, msg.len };
	curl_easy_setopt(m->curl, CURLOPT_URL, m->url);
	curl_easy_setopt(m->curl, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(m->curl, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(m->curl, CURLOPT_READFUNCTION, upload_read);
	curl_easy_setopt(m->curl, CURLOPT_READDATA, &u);
	curl_easy_setopt(m->curl, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(m->curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)msg.len);
	curl_easy_setopt(m->curl, CURLOPT_USE_SSL, m->starttls ? (long)CURLUSESSL_ALL :
	    (long)CURLUSESSL_TRY);
	curl_easy_setopt(m->curl, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(m->curl, CURLOPT_TIMEOUT, 60L);
	curl_easy_setopt(m->curl, CURLOPT_NOSIGNAL, 1L);
	if (m->user != NULL) {
		curl_easy_setopt(m->curl, CURLOPT_USERNAME, m->user);
		curl_easy_setopt(m->curl, CURLOPT_PASSWORD, m->password != NULL ? m->password : "");
	}
	rc = curl_easy_perform(m->curl);
	curl_easy_getinfo(m->curl, CURLINFO_RESPONSE_CODE, &code);
	curl_slist_free_all(rcpt);
	buf_free(&msg);
	snprintf(why, n, "%s (SMTP %ld)", curl_easy_strerror(rc), code);
	if (rc == CURLE_OK)
		return MAIL_SENT;
	/* a 5xx from the relay: the address or the message is refused for good */
	return code >= 500 && code < 600 ? MAIL_PERMANENT : MAIL_TEMPORARY;
}
