/* E-mail alerts' signed tokens and address check (alert_token.h). */
#include "alert_token.h"

#include <sodium.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Set once at start, read-only after. */
static unsigned char	 token_key[crypto_auth_KEYBYTES];
static bool		 token_key_set;

int
alert_key_set(const char *secret)
{
	static const char context[] = "minhbach alert tokens v1";

	if (secret == NULL || strlen(secret) < ALERT_SECRET_MIN || sodium_init() < 0)
		return -1;
	crypto_generichash(token_key, sizeof(token_key), (const unsigned char *)secret,
	    strlen(secret), (const unsigned char *)context, sizeof(context) - 1);
	token_key_set = true;
	return 0;
}

bool
alert_key_ready(void)
{
	return token_key_set;
}

/* the signed text: kind, id, expiry and the scope (none: "") */
static void
token_mac(unsigned char mac[crypto_auth_BYTES], char kind, unsigned long long id, long long expires,
    const char *scope)
{
	crypto_auth_hmacsha512256_state st;
	char msg[64];
	int n = snprintf(msg, sizeof(msg), "%c:%llu:%lld", kind, id, expires);

	crypto_auth_hmacsha512256_init(&st, token_key, sizeof(token_key));
	crypto_auth_hmacsha512256_update(&st, (const unsigned char *)msg, (unsigned long long)n);
	if (scope != NULL && *scope != '\0') {
		crypto_auth_hmacsha512256_update(&st, (const unsigned char *)":", 1);
		crypto_auth_hmacsha512256_update(&st, (const unsigned char *)scope, strlen(scope));
	}
	crypto_auth_hmacsha512256_final(&st, mac);
}

void
alert_token(char out[ALERT_TOKEN_MAX], enum alert_token_kind kind, unsigned long long id,
    long long expires)
{
	alert_token_scoped(out, kind, id, expires, NULL);
}

void
alert_token_scoped(char out[ALERT_TOKEN_MAX], enum alert_token_kind kind, unsigned long long id,
    long long expires, const char *scope)
{
	unsigned char mac[crypto_auth_BYTES];
	char b64[sodium_base64_ENCODED_LEN(crypto_auth_BYTES, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];

	token_mac(mac, (char)kind, id, expires, scope);
	sodium_bin2base64(b64, sizeof(b64), mac, sizeof(mac), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	snprintf(out, ALERT_TOKEN_MAX, "%c%llu-%lld-%s", (char)kind, id, expires, b64);
}

/* the signature's length in URL-safe base64 without padding */
#define TOKEN_MAC_CHARS	(sodium_base64_ENCODED_LEN(crypto_auth_BYTES, \
			    sodium_base64_VARIANT_URLSAFE_NO_PADDING) - 1)

/* a decimal number of at most 18 digits up to the next '-' */
static bool
token_number(const char **s, long long *v)
{
	const char *p = *s;

	*v = 0;
	if (*p < '0' || *p > '9' || (p[0] == '0' && p[1] != '-'))
		return false;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (p - *s >= 18)
			return false;
		*v = *v * 10 + (*p - '0');
	}
	if (*p != '-')
		return false;
	*s = p + 1;
	return true;
}

unsigned long long
alert_token_check(const char *token, enum alert_token_kind kind, long long now, bool *expired)
{
	return alert_token_check_scoped(token, kind, now, NULL, expired);
}

unsigned long long
alert_token_check_scoped(const char *token, enum alert_token_kind kind, long long now,
    const char *scope, bool *expired)
{
	unsigned char want[crypto_auth_BYTES], got[crypto_auth_BYTES];
	const char *p = token;
	long long id, expires;
	size_t len;

	*expired = false;
	if (!token_key_set || token == NULL || (len = strlen(token)) >= ALERT_TOKEN_MAX ||
	    p[0] != (char)kind)
		return 0;
	p++;
	if (!token_number(&p, &id) || id <= 0 || !token_number(&p, &expires))
		return 0;
	/* the signature: exactly the characters alert_token_scoped writes (libsodium 1.0.18's
	 * decoder reads every byte above 127 as '_', which would make two spellings of one
	 * token; tests/fuzz/fuzz_token.c) */
	if (strlen(p) != TOKEN_MAC_CHARS || strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789-_") != TOKEN_MAC_CHARS ||
	    sodium_base642bin(got, sizeof(got), p, TOKEN_MAC_CHARS, NULL, &len, NULL,
	    sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 || len != sizeof(got))
		return 0;
	token_mac(want, (char)kind, (unsigned long long)id, expires, scope);
	if (sodium_memcmp(want, got, sizeof(want)) != 0)
		return 0;
	if (expires != 0 && now > expires) {
		*expired = true;
		return 0;
	}
	return (unsigned long long)id;
}

void
alert_client_key(unsigned char out[32], const char *addr)
{
	crypto_generichash(out, 32, (const unsigned char *)addr, strlen(addr), token_key,
	    sizeof(token_key));
}

bool
alert_email_valid(const char *s)
{
	static const char atext[] = "!#$%&'*+/=?^_`{|}~-";
	const char *at, *p;
	bool dot = false;
	size_t n;

	if (s == NULL || (n = strlen(s)) < 3 || n > 254 || (at = strchr(s, '@')) == NULL ||
	    strchr(at + 1, '@') != NULL || at == s || at - s > 64 || s[0] == '.' || at[-1] == '.')
		return false;
	for (p = s; p < at; p++) {
		unsigned char c = (unsigned char)*p;

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    (c == '.' && p[1] != '.') || (c != '\0' && strchr(atext, c) != NULL)))
			return false;
	}
	/* the domain: labels of 1 to 63 letters, digits and hyphens, not starting or ending
	 * with a hyphen, separated by single dots */
	p = at + 1;
	for (;;) {
		const char *label = p;

		while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    *p == '-')
			p++;
		if (p == label || p - label > 63 || *label == '-' || p[-1] == '-')
			return false;
		if (*p == '\0')
			return dot;
		if (*p != '.')
			return false;
		dot = true;
		p++;
	}
}
