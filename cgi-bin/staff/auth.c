/* Staff accounts and sessions: sign-in with throttling, sessions stored hashed in MariaDB
 * (so any worker on any host can serve them), roles per management board, CSRF tokens and
 * the audit log. */
#include "staff.h"

#include <sodium.h>
#include <stdio.h>
#include <strings.h>

struct session *
auth_session(struct request *req)
{
	return req->session;
}

void
auth_free(struct request *req)
{
	free(req->session);
	req->session = NULL;
}

static void
set_cookie(struct request *req, const char *value, bool clear)
{
	char header[256];

	snprintf(header, sizeof(header), "%s=%s; Path=/; HttpOnly; SameSite=Strict%s%s",
	    SESSION_COOKIE, value, req->https ? "; Secure" : "",
	    clear ? "; Max-Age=0" : "");
	http_add_header(req, "Set-Cookie", header);
}

static int
on_role(void *ctx, const struct db_row *r)
{
	struct session *s = ctx;
	const char *b = db_row_value(r, "@board"), *role = db_row_value(r, "@role");
	long long board = b != NULL ? atoll(b) : 0;
	unsigned int i;

	if (b == NULL || role == NULL)
		return 1;	/* not the columns it reads: DB_ABORTED, and auth_load fails */
	for (i = 0; i < s->nboards; i++)
		if (s->boards[i].board_id == board)
			break;
	if (i == s->nboards) {
		if (s->nboards == sizeof(s->boards) / sizeof(s->boards[0]))
			return 0;
		memset(&s->boards[i], 0, sizeof(s->boards[i]));
		s->boards[i].board_id = board;
		s->nboards++;
	}
	if (strcmp(role, "editor") == 0)
		s->boards[i].editor = true;
	else if (strcmp(role, "reviewer") == 0)
		s->boards[i].reviewer = true;
	return 0;
}

int
auth_load(struct request *req)
{
	char token_hex[80];
	unsigned char token[32];
	struct session_row r;
	struct session *s;
	struct db_param p[3];
	enum db_status rc;
	int found;

	if (!http_cookie(http_env(req, "HTTP_COOKIE"), SESSION_COOKIE, token_hex, sizeof(token_hex)) ||
	    strlen(token_hex) != 64 ||
	    sodium_hex2bin(token, sizeof(token), token_hex, 64, NULL, NULL, NULL) != 0)
		return 1;
	s = xcalloc(1, sizeof(*s));
	crypto_hash_sha256(s->token_hash, token, sizeof(token));
	p[0] = DB_BLOB((const char *)s->token_hash, sizeof(s->token_hash));
	p[1] = DB_INT(SESSION_IDLE);
	p[2] = DB_INT(SESSION_MAX);
	rc = FETCH_ROW(staff_db(req), SQL_SESSION_GET, p, 3, session_cols, &r, &found);
	if (rc != DB_OK || !found) {
		free(s);
		FREE_ROW(session_cols, &r);
		return rc != DB_OK ? db_http_status(rc) : 1;
	}
	s->user_id = r.id;
	snprintf(s->username, sizeof(s->username), "%s", r.username);
	snprintf(s->display_name, sizeof(s->display_name), "%s", r.display_name);
	s->admin = r.is_admin;
	snprintf(s->csrf, sizeof(s->csrf), "%s", r.csrf_token);
	if (r.stale)
		(void)db_exec(staff_db(req), SQL_SESSION_TOUCH, p, 1, NULL, NULL);
	FREE_ROW(session_cols, &r);
	p[0] = DB_INT(s->user_id);
	if ((rc = db_query(staff_db(req), SQL_ROLES, p, 1, on_role, s)) != DB_OK) {
		free(s);
		return rc == DB_ABORTED ? 500 : db_http_status(rc);
	}
	req->session = s;
	return 0;
}

bool
auth_has_role(const struct session *s, long long board_id, const char *role)
{
	for (unsigned int i = 0; i < s->nboards; i++)
		if (s->boards[i].board_id == board_id)
			return strcmp(role, "editor") == 0 ? s->boards[i].editor : s->boards[i].reviewer;
	return false;
}

bool
auth_has_any_role(const struct session *s, const char *role)
{
	for (unsigned int i = 0; i < s->nboards; i++)
		if (strcmp(role, "editor") == 0 ? s->boards[i].editor : s->boards[i].reviewer)
			return true;
	return false;
}

/* The public origin of the staff pages, from the configuration (read-only after start). */
static char *configured_origin;

void
auth_set_origin(const char *origin)
{
	free(configured_origin);
	configured_origin = origin ? xstrdup(origin) : NULL;
}

bool
auth_origin_ok(struct request *req)
{
	return http_same_origin(req, configured_origin);
}

bool
auth_post_ok(struct request *req)
{
	struct session *s = auth_session(req);
	/* only the body carries the token (a multipart form as a field): a token in a URL
	 * leaks through logs and Referer */
	const char *token = kv_get(&req->form, "csrf");

	if (s == NULL || !auth_origin_ok(req))
		return false;
	return token != NULL && strlen(token) == 64 &&
	    sodium_memcmp(token, s->csrf, 64) == 0;
}

int
auth_hash_password(const char *password, char out[128])
{
	return crypto_pwhash_str(out, password, strlen(password),
	    crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

static void	audit_row(struct request *, long long, const char *, const char *, const char *,
		    long long, const char *);

/* Seconds to wait before the next try after n failures of which free were free, the last
 * one since seconds ago: 0 while n < free, then THROTTLE_DELAY doubling with each failure
 * up to THROTTLE_DELAY_MAX. */
static long long
throttle_wait(long long n, long long free_failures, long long since)
{
	long long wait;

	if (n < free_failures)
		return 0;
	wait = n - free_failures >= 10 ? THROTTLE_DELAY_MAX :
	    (long long)THROTTLE_DELAY << (n - free_failures);
	if (wait > THROTTLE_DELAY_MAX)
		wait = THROTTLE_DELAY_MAX;
	return wait > since ? wait - since : 0;
}

/* Seconds this (account, address) must still wait, or -1 when the database cannot say. */
static long long
throttle_check(struct request *req, const char *username)
{
	struct db_param p[3] = { DB_TEXT(req->remote_addr), DB_INT(THROTTLE_WINDOW),
	    DB_TEXT(username) };
	struct failures_row f;
	int found;
	long long pair = 0, addr = 0;

	/* since_last is NULL exactly when there is no failure */
	if (FETCH_ROW(staff_db(req), SQL_FAILURES_ADDR, p, 2, failures_cols, &f, &found) != DB_OK)
		return -1;
	if (found && f.failures > 0)
		addr = throttle_wait(f.failures, THROTTLE_PER_ADDR, f.since_last);
	if (FETCH_ROW(staff_db(req), SQL_FAILURES_PAIR, p, 3, failures_cols, &f, &found) != DB_OK)
		return -1;
	if (found && f.failures > 0)
		pair = throttle_wait(f.failures, THROTTLE_PER_PAIR, f.since_last);
	return pair > addr ? pair : addr;
}

static void
record_attempt(struct request *req, const char *username, bool ok)
{
	struct db_param p[3] = { DB_TEXT(username), DB_TEXT(req->remote_addr), DB_INT(ok) };

	(void)db_exec(staff_db(req), ok ? SQL_FAILURES_CLEAR : SQL_ATTEMPT_INSERT, p, ok ? 2 : 3,
	    NULL, NULL);
	if (ok)
		(void)db_exec(staff_db(req), SQL_ATTEMPT_INSERT, p, 3, NULL, NULL);
}

enum login_result
auth_login(struct request *req, const char *username, const char *password, int *retry_after)
{
	/* a hash to verify against when the user does not exist, so both take as long */
	static char dummy[crypto_pwhash_STRBYTES];
	struct db *db = staff_db(req);
	struct db_param p[4];
	struct user_row u;
	char token_hex[65], csrf_hex[65], name[64];
	unsigned char token[32], hash[32], csrf[32];
	long long wait;
	int found, ok;

	/* user names are lower case: any other case is the same account */
	snprintf(name, sizeof(name), "%s", username);
	for (char *c = name; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	username = name;
	if ((wait = throttle_check(req, username)) < 0)
		return LOGIN_DB_ERROR;
	if (wait > 0) {
		*retry_after = (int)wait;
		audit_anonymous(req, username, "login_throttled", NULL);
		return LOGIN_THROTTLED;
	}
	p[0] = DB_TEXT(username);
	if (FETCH_ROW(db, SQL_USER_BY_NAME, p, 1, user_cols, &u, &found) != DB_OK)
		return LOGIN_DB_ERROR;
	if (dummy[0] == '\0')
		auth_hash_password("not a password of anyone", dummy);
	ok = crypto_pwhash_str_verify(found ? u.password_hash : dummy, password, strlen(password)) == 0 &&
	    found && u.is_active;
	record_attempt(req, username, ok);
	if (!ok) {
		FREE_ROW(user_cols, &u);
		audit_anonymous(req, username, "login_failed", NULL);
		return LOGIN_BAD;
	}
	randombytes_buf(token, sizeof(token));
	randombytes_buf(csrf, sizeof(csrf));
	sodium_bin2hex(token_hex, sizeof(token_hex), token, sizeof(token));
	sodium_bin2hex(csrf_hex, sizeof(csrf_hex), csrf, sizeof(csrf));
	crypto_hash_sha256(hash, token, sizeof(token));
	p[0] = DB_BLOB((const char *)hash, sizeof(hash));
	p[1] = DB_INT(u.id);
	p[2] = DB_TEXT(csrf_hex);
	p[3] = DB_TEXT(req->remote_addr);
	if (db_exec(db, SQL_SESSION_INSERT, p, 4, NULL, NULL) != DB_OK) {
		FREE_ROW(user_cols, &u);
		return LOGIN_DB_ERROR;
	}
	p[0] = DB_INT(SESSION_IDLE);
	p[1] = DB_INT(SESSION_MAX);
	(void)db_exec(db, SQL_SESSIONS_PURGE, p, 2, NULL, NULL);
	set_cookie(req, token_hex, false);
	audit_row(req, u.id, u.username, "login", "staff_user", u.id, NULL);
	FREE_ROW(user_cols, &u);
	sodium_memzero(token_hex, sizeof(token_hex));
	return LOGIN_OK;
}

void
auth_logout(struct request *req)
{
	struct session *s = auth_session(req);

	if (s != NULL) {
		struct db_param p = DB_BLOB((const char *)s->token_hash, sizeof(s->token_hash));

		(void)db_exec(staff_db(req), SQL_SESSION_DELETE, &p, 1, NULL, NULL);
		audit(req, "logout", "staff_user", s->user_id, NULL);
	}
	set_cookie(req, "", true);
}

const char *
auth_change_password(struct request *req, const char *current, const char *next,
    int *retry_after)
{
	struct session *s = auth_session(req);
	struct db_param p[2] = { DB_INT(s->user_id) };
	char *v[1], hash[crypto_pwhash_STRBYTES];
	size_t chars = 0;
	long long wait;
	int found, ok;

	/* a wrong current password is a failed sign-in: the same throttle, the same record */
	if ((wait = throttle_check(req, s->username)) < 0)
		return "error.500";
	if (wait > 0) {
		*retry_after = (int)wait;
		audit(req, "password_throttled", "staff_user", s->user_id, NULL);
		return "login.error.throttled";
	}
	if (db_fetch_one(staff_db(req), SQL_USER_HASH, p, 1, v, 1, &found) != DB_OK || !found) {
		db_values_free(v, 1);
		return "error.500";
	}
	ok = crypto_pwhash_str_verify(v[0], current, strlen(current)) == 0;
	db_values_free(v, 1);
	if (!ok) {
		record_attempt(req, s->username, false);
		audit(req, "password_wrong", "staff_user", s->user_id, NULL);
		return "password.error.current";
	}
	for (const char *c = next; *c; c++)
		if (((unsigned char)*c & 0xc0) != 0x80)
			chars++;
	if (chars < PASSWORD_MIN)
		return "password.error.short";
	if (auth_hash_password(next, hash) != 0)
		return "error.500";
	p[0] = DB_TEXT(hash);
	p[1] = DB_INT(s->user_id);
	if (db_exec(staff_db(req), SQL_PASSWORD_UPDATE, p, 2, NULL, NULL) != DB_OK)
		return "error.500";
	p[0] = DB_INT(s->user_id);
	p[1] = DB_BLOB((const char *)s->token_hash, sizeof(s->token_hash));
	(void)db_exec(staff_db(req), SQL_SESSIONS_OF_USER_DELETE, p, 2, NULL, NULL);
	audit(req, "password_change", "staff_user", s->user_id, NULL);
	return NULL;
}

/* s as valid UTF-8 of at most max characters: a bad byte becomes U+FFFD, a longer text
 * is cut at a character boundary and ends with "…". NULL stays NULL. */
static char *
audit_text(const char *s, size_t max)
{
	struct buf b;
	size_t chars = 0, cut = 0;
	const unsigned char *p = (const unsigned char *)s;

	if (s == NULL)
		return NULL;
	buf_init(&b);
	while (*p != '\0') {
		size_t n = *p < 0x80 ? 1 : (*p & 0xe0) == 0xc0 ? 2 : (*p & 0xf0) == 0xe0 ? 3 :
		    (*p & 0xf8) == 0xf0 ? 4 : 0;

		if (chars + 1 == max)
			cut = b.len;	/* where "…" goes if the text is longer */
		if (n == 0 || strnlen((const char *)p, n) < n || !utf8_valid((const char *)p, n)) {
			buf_puts(&b, "\xef\xbf\xbd");
			p++;
		} else {
			buf_append(&b, p, n);
			p += n;
		}
		if (++chars > max) {
			b.len = cut;
			buf_puts(&b, "\xe2\x80\xa6");
			break;
		}
	}
	return b.data ? b.data : xstrdup("");
}

static enum db_status
audit_insert(struct request *req, long long user_id, const char *username, const char *action,
    const char *entity, long long entity_id, const char *detail)
{
	char *u = audit_text(username, 60), *d = audit_text(detail, AUDIT_DETAIL_MAX);
	char *e = audit_text(entity, 40), *a = audit_text(req->remote_addr, 45);
	struct db_param p[7] = { user_id ? DB_INT(user_id) : DB_NULL, DB_TEXT(u),
	    DB_TEXT(action), DB_TEXT(e), entity_id > 0 && entity_id <= 4294967295LL ?
	    DB_INT(entity_id) : DB_NULL, DB_TEXT(d), DB_TEXT(a) };
	enum db_status rc = db_exec(staff_db(req), SQL_AUDIT, p, 7, NULL, NULL);

	if (rc != DB_OK)
		log_error("audit log: cannot record %s by %s: %s", action, u ? u : "-",
		    db_last_error(staff_db(req)));
	free(u);
	free(d);
	free(e);
	free(a);
	return rc;
}

static void
audit_row(struct request *req, long long user_id, const char *username, const char *action,
    const char *entity, long long entity_id, const char *detail)
{
	(void)audit_insert(req, user_id, username, action, entity, entity_id, detail);
}

void
audit(struct request *req, const char *action, const char *entity, long long entity_id,
    const char *detail)
{
	struct session *s = auth_session(req);

	audit_row(req, s ? s->user_id : 0, s ? s->username : NULL, action, entity, entity_id,
	    detail);
}

enum db_status
audit_tx(struct request *req, const char *action, const char *entity, long long entity_id,
    const char *detail)
{
	struct session *s = auth_session(req);

	return audit_insert(req, s ? s->user_id : 0, s ? s->username : NULL, action, entity,
	    entity_id, detail);
}

void
audit_anonymous(struct request *req, const char *username, const char *action, const char *detail)
{
	audit_row(req, 0, username, action, NULL, 0, detail);
}
