/* Fuzz target of the signed tokens of the alerts' links and the inquiry form
 * (lib/alert_token.c), which come back from anybody in a query string or a form. Input: a
 * first line, the scope the checker is given; then the token as sent. Beyond not crashing:
 * a token accepted (or found expired) is the very token alert_token_scoped writes for what
 * it names, so that no other spelling of a token is taken; and a token made from the
 * input's first bytes (id, expiry, scope) is accepted back, and refused once any of its
 * bytes is changed. */
#include "fuzz.h"
#include "alert_token.h"
#include "buf.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define NOW	1800000000LL	/* a fixed "now", so that a run is repeatable */

static const enum alert_token_kind kinds[] = { ALERT_CONFIRM, ALERT_UNSUBSCRIBE, ALERT_MANAGE,
    ALERT_INQUIRY };

/* the id and expiry a token spells (its two numbers), for rebuilding it; false when it has
 * not that shape */
static bool
fields(const char *t, unsigned long long *id, long long *expires)
{
	char *end;

	*id = strtoull(t + 1, &end, 10);
	if (*end != '-')
		return false;
	*expires = strtoll(end + 1, &end, 10);
	return *end == '-';
}

static unsigned long long
take(const uint8_t **p, size_t *n, unsigned int bytes)
{
	unsigned long long v = 0;

	for (unsigned int i = 0; i < bytes && *n > 0; i++, (*p)++, (*n)--)
		v = v << 8 | **p;
	return v;
}

int
fuzz_alert_token(const uint8_t *data, size_t n)
{
	static bool keyed;
	char *scope, *token, made[ALERT_TOKEN_MAX];
	const uint8_t *rest, *p = data;
	size_t restn, pn = n;
	unsigned long long id, got;
	long long expires;
	bool expired;

	if (!keyed) {
		if (alert_key_set("a fuzzing secret, long enough for alert_key_set") != 0)
			abort();
		keyed = true;
	}
	fuzz_split(data, n, &scope, &rest, &restn);
	token = xstrndup((const char *)rest, restn);
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		got = alert_token_check_scoped(token, kinds[k], NOW, scope, &expired);
		if (got == 0 && !expired)
			continue;
		/* taken (or expired): it must be the canonical token of what it names */
		if (!fields(token, &id, &expires) || (got != 0 && got != id))
			abort();
		alert_token_scoped(made, kinds[k], id, expires, scope);
		if (strcmp(made, token) != 0)
			abort();
	}

	/* a token made from the input: accepted back, refused once changed */
	id = take(&p, &pn, 7) % 999999999999999999ULL + 1;	/* 1 .. 18 digits */
	expires = (long long)(take(&p, &pn, 7) % 1000000000000000000ULL);
	{
		enum alert_token_kind kind = kinds[take(&p, &pn, 1) % 4];
		size_t len, at;
		uint8_t to;

		alert_token_scoped(made, kind, id, expires, scope);
		got = alert_token_check_scoped(made, kind, NOW, scope, &expired);
		if (expires != 0 && expires < NOW ? got != 0 || !expired : got != id || expired)
			abort();
		len = strlen(made);
		at = (size_t)take(&p, &pn, 1) % len;
		to = (uint8_t)take(&p, &pn, 1);
		if (to != 0 && to != (uint8_t)made[at]) {
			made[at] = (char)to;
			if (alert_token_check_scoped(made, kind, NOW, scope, &expired) != 0 || expired)
				abort();
		}
	}
	free(token);
	free(scope);
	return 0;
}
