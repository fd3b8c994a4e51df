/* Unit tests: the e-mail alerts' signed tokens and the address check (lib/alert_token.c). */
#include "alert_token.h"
#include "tap.h"

int
main(void)
{
	char t[ALERT_TOKEN_MAX], bad[ALERT_TOKEN_MAX];
	bool expired;

	ok(alert_token_check("u1-0-x", ALERT_UNSUBSCRIBE, 0, &expired) == 0,
	    "no token is good before a key is set");
	ok(alert_key_set("too short") == -1, "a secret under 32 characters is refused");
	ok(alert_key_set("0123456789abcdef0123456789abcdef") == 0, "a secret of 32 is taken");

	alert_token(t, ALERT_UNSUBSCRIBE, 42, 0);
	ok(alert_token_check(t, ALERT_UNSUBSCRIBE, 1000, &expired) == 42 && !expired,
	    "a token gives back its id (%s)", t);
	ok(alert_token_check(t, ALERT_MANAGE, 1000, &expired) == 0, "but not as another kind");
	memcpy(bad, t, sizeof(bad));
	bad[1] = '3';	/* u32-… instead of u42-… */
	ok(alert_token_check(bad, ALERT_UNSUBSCRIBE, 1000, &expired) == 0, "another id: refused");
	memcpy(bad, t, sizeof(bad));
	bad[strlen(bad) - 1] ^= 1;
	ok(alert_token_check(bad, ALERT_UNSUBSCRIBE, 1000, &expired) == 0, "another signature: refused");
	ok(alert_token_check("u42-0-", ALERT_UNSUBSCRIBE, 1000, &expired) == 0, "no signature: refused");
	ok(alert_token_check("u042-0-abc", ALERT_UNSUBSCRIBE, 1000, &expired) == 0, "a leading zero: refused");
	ok(alert_token_check(NULL, ALERT_UNSUBSCRIBE, 1000, &expired) == 0, "none: refused");
	{
		/* libsodium 1.0.18 decodes any byte above 127 as '_': a token with one in place
		 * of its '_' is another spelling, refused (tests/fuzz/fuzz_token.c found it) */
		unsigned long long id = 1;
		char *u;

		do
			alert_token(t, ALERT_UNSUBSCRIBE, id++, 0);
		while ((u = strchr(strrchr(t, '-') + 1, '_')) == NULL && id < 100000);
		memcpy(bad, t, sizeof(bad));
		if (u != NULL)
			bad[u - t] = (char)0x89;
		ok(u != NULL && alert_token_check(t, ALERT_UNSUBSCRIBE, 1000, &expired) == id - 1 &&
		    alert_token_check(bad, ALERT_UNSUBSCRIBE, 1000, &expired) == 0 && !expired,
		    "a byte above 127 in place of the signature's '_': refused (%s)", t);
		memcpy(bad, t, sizeof(bad));
		strcat(bad, "A");
		ok(alert_token_check(bad, ALERT_UNSUBSCRIBE, 1000, &expired) == 0, "a longer signature: refused");
	}

	alert_token(t, ALERT_CONFIRM, 7, 2000);
	ok(alert_token_check(t, ALERT_CONFIRM, 1999, &expired) == 7, "a confirmation before its end");
	ok(alert_token_check(t, ALERT_CONFIRM, 2001, &expired) == 0 && expired,
	    "after it: refused, and said to be expired");
	memcpy(bad, t, sizeof(bad));
	bad[3] = '3';	/* c7-2000 → c7-3000: a later end, not signed */
	ok(alert_token_check(bad, ALERT_CONFIRM, 2001, &expired) == 0 && !expired,
	    "an end moved by hand: forged, not expired");
	alert_key_set("another secret of thirty-two chars!!");
	ok(alert_token_check(t, ALERT_CONFIRM, 1999, &expired) == 0, "another secret: refused");

	alert_token_scoped(t, ALERT_INQUIRY, 1700000000, 1700172800, "ha-khau,dong-mai");
	ok(alert_token_check_scoped(t, ALERT_INQUIRY, 1700000100, "ha-khau,dong-mai", &expired) ==
	    1700000000, "a form token gives back when it was issued, for its scope");
	ok(alert_token_check_scoped(t, ALERT_INQUIRY, 1700000100, "ha-khau", &expired) == 0 &&
	    !expired, "another scope: refused");
	ok(alert_token_check(t, ALERT_INQUIRY, 1700000100, &expired) == 0, "no scope: refused");
	ok(alert_token_check_scoped(t, ALERT_INQUIRY, 1700172801, "ha-khau,dong-mai", &expired) == 0 &&
	    expired, "after its end: expired");
	alert_token(t, ALERT_INQUIRY, 5, 0);
	alert_token_scoped(bad, ALERT_INQUIRY, 5, 0, "");
	ok(strcmp(t, bad) == 0, "an empty scope signs as none (the tokens mailed before scopes stay good)");

	ok(alert_email_valid("reader@example.org"), "a plain address");
	ok(alert_email_valid("first.last+tag@mail.example.gov.vn"), "dots and a tag");
	ok(!alert_email_valid("a@b@example.org"), "two @: refused");
	ok(!alert_email_valid("reader@localhost"), "a domain without a dot: refused");
	ok(!alert_email_valid("reader@example.org\r\nBcc: x@example.org"), "a line break: refused");
	ok(!alert_email_valid("<reader@example.org>"), "angle brackets: refused");
	ok(!alert_email_valid("re..ader@example.org"), "two dots in a row: refused");
	ok(!alert_email_valid("reader@-example.org"), "a label starting with a hyphen: refused");
	ok(!alert_email_valid("người@example.org"), "not ASCII: refused");
	ok(!alert_email_valid("reader@example..org"), "an empty label: refused");
	return done();
}
