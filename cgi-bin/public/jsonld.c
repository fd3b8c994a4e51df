/* Numbers in JSON-LD (jsonld.h). */
#include "jsonld.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* libxml2's xmlXPathFormatNumber, as the templates' number() wrote it */
void
jsonld_number(struct html *h, const char *text)
{
	struct buf *b = h->b;
	double x = NAN;
	char work[64], *e, *p;
	int n;

	/* XPath's number: an optional minus, digits with one optional point; else NaN */
	if (text != NULL && strspn(text + (*text == '-'), "0123456789.") ==
	    strlen(text + (*text == '-')) && strchr(text, '.') == strrchr(text, '.') &&
	    strcspn(text, "0123456789") < strlen(text))
		x = strtod(text, NULL);

	if (isnan(x)) {
		buf_puts(b, "NaN");
		return;
	}
	if (isinf(x)) {
		buf_puts(b, x > 0 ? "Infinity" : "-Infinity");
		return;
	}
	if (x == 0) {
		buf_putc(b, '0');
		return;
	}
	if (x > -2147483648.0 && x < 2147483647.0 && x == (int)x) {
		buf_printf(b, "%d", (int)x);
		return;
	}
	if (fabs(x) > 1e9 || fabs(x) < 1e-5) {
		n = snprintf(work, sizeof(work), "%*.*e", DBL_DIG + 6, DBL_DIG - 1, x);
		e = strchr(work, 'e');
	} else {
		/* (int)log10(|x|): the exponent %e writes is its floor */
		char ex[32];
		int ip;

		snprintf(ex, sizeof(ex), "%e", fabs(x));
		ip = atoi(strchr(ex, 'e') + 1);
		if (ip < 0) {
			snprintf(ex, sizeof(ex), "1e%d", ip);
			if (fabs(x) != strtod(ex, NULL))
				ip++;
		}
		n = snprintf(work, sizeof(work), "%0.*f", ip > 0 ? DBL_DIG - ip - 1 : DBL_DIG - ip, x);
		e = work + n;
	}
	/* the fraction's trailing zeros (and a point left alone) go */
	p = e;
	while (p[-1] == '0')
		p--;
	if (p[-1] == '.')
		p--;
	memmove(p, e, strlen(e) + 1);
	for (p = work; *p == ' '; p++)
		;
	buf_puts(b, p);
}
