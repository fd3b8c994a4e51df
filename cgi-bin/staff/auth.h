/* Staff accounts and sessions: sign-in with throttling, sessions stored hashed in MariaDB,
 * roles per management board, CSRF tokens, the audit log. */
#ifndef MB_STAFF_AUTH_H
#define MB_STAFF_AUTH_H

#include <stdbool.h>

struct request;

#define SESSION_IDLE		(30 * 60)	/* seconds without a request */
#define SESSION_MAX		(12 * 3600)	/* seconds since sign-in */
#define PASSWORD_MIN		12		/* characters */
#define THROTTLE_WINDOW		(15 * 60)	/* seconds a failure counts */
#define THROTTLE_PER_PAIR	5		/* free failures per (account, client address) */
#define THROTTLE_PER_ADDR	20		/* free failures per client address */
#define THROTTLE_DELAY		15		/* seconds to wait after the first failure over */
#define THROTTLE_DELAY_MAX	THROTTLE_WINDOW	/* the wait doubles with each failure up to this */
#define AUDIT_DETAIL_MAX	2000		/* characters of audit_log.detail */
#define SESSION_COOKIE		"mb_session"

struct board_role {
	long long	board_id;
	bool		editor;
	bool		reviewer;
};

struct session {
	long long		 user_id;
	char			 username[64];
	char			 display_name[256];
	bool			 admin;
	char			 csrf[65];
	unsigned char		 token_hash[32];
	struct board_role	 boards[32];
	unsigned int		 nboards;
	const char		*refusal;	/* why a 403 is answered, for the audit log */
};

/* The request's session, or NULL when not signed in. */
struct session	*auth_session(struct request *);
/* Loads the session from the cookie into req->session. Returns 0 (signed in), 1 (no valid
 * session), or an HTTP status for a database failure. */
int		 auth_load(struct request *);
void		 auth_free(struct request *);
/* Checks the POST's origin and CSRF token. Returns true when both are right. */
bool		 auth_post_ok(struct request *);
/* Same-origin check alone (the sign-in form, which has no session yet): the Origin (or
 * the Referer) must be the configured origin, scheme, host and port, or without one the
 * request's own scheme and Host. */
bool		 auth_origin_ok(struct request *);
/* The configured origin ("https://host[:port]", the public_origin key), or NULL. */
void		 auth_set_origin(const char *);
/* True when the user holds role ("editor", "reviewer") on board_id; admins hold none. */
bool		 auth_has_role(const struct session *, long long board_id, const char *role);
bool		 auth_has_any_role(const struct session *, const char *role);

enum login_result { LOGIN_OK, LOGIN_BAD, LOGIN_THROTTLED, LOGIN_DB_ERROR };
/* Verifies the credentials, records the attempt, and on success starts a session and sets
 * its cookie. Failures are throttled per (account, client address) and per client address,
 * never per account alone, so no one elsewhere can lock a user out: past the free failures
 * each one doubles the wait (*retry_after, seconds, when LOGIN_THROTTLED). */
enum login_result auth_login(struct request *, const char *username, const char *password,
		    int *retry_after);
/* Ends the request's session and clears the cookie. */
void		 auth_logout(struct request *);
/* Changes the signed-in user's password after checking the current one (a wrong one counts
 * as a failed sign-in, throttled and audited); ends the user's other sessions. Returns 0,
 * or the catalog key of the reason ("login.error.throttled" with *retry_after set). */
const char	*auth_change_password(struct request *, const char *current, const char *next,
		    int *retry_after);
/* Argon2id hash of password (crypto_pwhash_str); returns 0 or -1. */
int		 auth_hash_password(const char *password, char out[128]);

/* Appends to the audit log; never fails the request (a failure is logged). Every text is
 * made valid UTF-8 (U+FFFD for a bad byte) and cut to its column's length at a character
 * boundary, so a row is never dropped for its content. */
void		 audit(struct request *, const char *action, const char *entity, long long entity_id,
		    const char *detail);
/* The same inside the caller's transaction: the row commits or rolls back with it. */
enum db_status	 audit_tx(struct request *, const char *action, const char *entity,
		    long long entity_id, const char *detail);
/* The same for a user who is not signed in (failed sign-in). */
void		 audit_anonymous(struct request *, const char *username, const char *action,
		    const char *detail);

#endif
