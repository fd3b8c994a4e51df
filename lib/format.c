/* The one formatting rule of each kind of figure: decimal rounding on the digits, the
 * language's marks, the units. */
#include "format.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DIGITS	80

/* The digits of text without sign and point into digits, the number of integer digits in
 * *intlen; *negative. Returns -1 when text is not a plain or exponent decimal. */
static int
split_digits(const char *text, char *digits, size_t *intlen, int *negative)
{
	char tmp[MAX_DIGITS];
	size_t n = 0;
	int seen_point = 0;
	const char *p = text;

	while (isspace((unsigned char)*p))
		p++;
	if (strpbrk(p, "eE") != NULL) {	/* an XPath number far from 1: through a double */
		char *end;
		double x = strtod(p, &end);

		if (end == p || !isfinite(x) || fabs(x) >= 1e30)
			return -1;
		snprintf(tmp, sizeof(tmp), "%.20f", x);
		p = tmp;
	}
	*negative = *p == '-';
	if (*p == '-' || *p == '+')
		p++;
	*intlen = 0;
	for (; *p != '\0'; p++) {
		if (*p == '.' && !seen_point) {
			seen_point = 1;
			continue;
		}
		if (!isdigit((unsigned char)*p) || n + 1 >= MAX_DIGITS)
			break;
		digits[n++] = *p;
		if (!seen_point)
			(*intlen)++;
	}
	while (isspace((unsigned char)*p))
		p++;
	digits[n] = '\0';
	return n == 0 || *p != '\0' ? -1 : 0;
}

int
format_decimal(struct buf *b, const char *text, int decimals, int shift, int trim,
    enum lang lang)
{
	char digits[MAX_DIGITS], num[2 * MAX_DIGITS];
	const char group = lang == LANG_EN ? ',' : '.';
	const char point = lang == LANG_EN ? '.' : ',';
	size_t intlen, len, keep, i;
	int negative, zero = 1;

	if (text == NULL || decimals < 0 || decimals > 12 || shift < 0 || shift > 12 ||
	    split_digits(text, digits, &intlen, &negative) != 0)
		return -1;
	/* num: shift + 1 leading zeros (room for the shift and a carry), the digits, zeros */
	memset(num, '0', sizeof(num));
	memcpy(num + shift + 1, digits, strlen(digits));
	len = (size_t)shift + 1 + strlen(digits);
	intlen += 1;			/* the point now lies after num[intlen - 1], before the shift */
	keep = intlen + (size_t)decimals;	/* digits kept, the point moved left by shift */
	if (keep + 1 > len)
		len = keep + 1;
	if (num[keep] >= '5') {		/* half away from zero, on the decimal digits */
		for (i = keep; i-- > 0 && num[i] == '9';)
			num[i] = '0';
		num[i]++;
	}
	num[keep] = '\0';
	/* the integer part is num[0 .. intlen) without its leading zeros */
	for (i = 0; i + 1 < intlen && num[i] == '0'; i++)
		;
	for (size_t k = i; k < keep; k++)
		if (num[k] != '0')
			zero = 0;
	if (trim)
		while (keep > intlen && num[keep - 1] == '0')
			num[--keep] = '\0';
	if (negative && !zero)
		buf_putc(b, '-');
	for (size_t k = i; k < intlen; k++) {
		buf_putc(b, num[k]);
		if ((intlen - k - 1) % 3 == 0 && k + 1 < intlen)
			buf_putc(b, group);
	}
	if (keep > intlen) {
		buf_putc(b, point);
		buf_append(b, num + intlen, keep - intlen);
	}
	return 0;
}

void
format_figure(struct buf *b, const char *text, enum figure kind, enum lang lang)
{
	static const struct { int decimals, shift, trim; const char *unit; } rule[FIG__MAX] = {
		[FIG_COUNT] = { 0, 0, 0, NULL },
		[FIG_PCT] = { 1, 0, 0, " %" },
		[FIG_HA] = { 2, 0, 1, " ha" },
		[FIG_MUSD] = { 1, 6, 0, NULL },
		[FIG_MUSD_BARE] = { 1, 6, 0, NULL },
	};

	if (kind >= FIG__MAX || text == NULL || *text == '\0' ||
	    format_decimal(b, text, rule[kind].decimals, rule[kind].shift, rule[kind].trim,
	    lang) != 0) {
		buf_puts(b, "–");
		return;
	}
	if (rule[kind].unit != NULL)
		buf_puts(b, rule[kind].unit);
	if (kind == FIG_MUSD) {
		buf_putc(b, ' ');
		buf_puts(b, i18n_get(lang, "unit.musd"));
	}
}
