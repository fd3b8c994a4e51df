/* E-mail alerts' signed tokens and address check, shared by the public program (which
 * checks the links) and minhbachctl send-alerts (which mails them). A token names one
 * subscription (confirm, unsubscribe) or one address (manage, delete), and is signed with
 * a key derived from the configuration's alert_secret (libsodium's crypto_auth,
 * HMAC-SHA-512-256): no account is needed, and no token can be made without the secret. */
#ifndef MB_ALERT_TOKEN_H
#define MB_ALERT_TOKEN_H

#include <stdbool.h>

enum alert_token_kind {
	ALERT_CONFIRM = 'c',	/* confirm a subscription; expires */
	ALERT_UNSUBSCRIBE = 'u',	/* end a subscription */
	ALERT_MANAGE = 'm',	/* an address's subscriptions, and deleting all its data */
	/* an inquiry form (cgi-bin/public/inquiry.h): the id is when it was issued (Unix
	 * seconds), the scope the zones it offers */
	ALERT_INQUIRY = 'i',
};

/* How long a confirmation link is good, and how long an unconfirmed request is kept. */
#define ALERT_CONFIRM_HOURS	48
/* The shortest alert_secret accepted. */
#define ALERT_SECRET_MIN	32
#define ALERT_TOKEN_MAX		96

/* Derives the signing key from the secret. Returns 0, or -1 when the secret is shorter
 * than ALERT_SECRET_MIN. */
int			 alert_key_set(const char *secret);
/* Whether a key was set. */
bool			 alert_key_ready(void);
/* The token of kind for id, valid until expires (Unix seconds; 0: no end). */
void			 alert_token(char out[ALERT_TOKEN_MAX], enum alert_token_kind, unsigned long long id,
			    long long expires);
/* The id a token of kind names, or 0 when it is not one (malformed, another kind, a wrong
 * signature). *expired: a good signature whose time has passed (now: Unix seconds); the id
 * is then 0 too. */
unsigned long long	 alert_token_check(const char *token, enum alert_token_kind, long long now,
			    bool *expired);
/* The same with a scope: a text the token is signed for but does not carry (the checker
 * must be given the same). alert_token is alert_token_scoped with no scope. */
void			 alert_token_scoped(char out[ALERT_TOKEN_MAX], enum alert_token_kind,
			    unsigned long long id, long long expires, const char *scope);
unsigned long long	 alert_token_check_scoped(const char *token, enum alert_token_kind, long long now,
			    const char *scope, bool *expired);
/* A keyed hash of a client's network address (the rate limit per client keeps no address). */
void			 alert_client_key(unsigned char out[32], const char *addr);
/* Whether s is an e-mail address the alerts take: ASCII, at most 254 bytes, one @, a local
 * part of at most 64 of the characters of RFC 5322's dot-atom, a domain of labels of letters,
 * digits and hyphens with at least one dot. Nothing that could end a mail header. */
bool			 alert_email_valid(const char *s);

#endif
