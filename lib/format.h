/* The one formatting rule of each kind of figure on the public pages (counts, percent,
 * hectares, money), so that a figure reads the same on every page that shows it. */
#ifndef MB_FORMAT_H
#define MB_FORMAT_H

#include "buf.h"
#include "i18n.h"

enum figure {
	FIG_COUNT,	/* 1.234 / 1,234: whole number */
	FIG_PCT,	/* 91,7 % / 91.7 %: one decimal */
	FIG_HA,		/* 3,25 ha / 196,8 ha: two decimals, trailing zeros dropped */
	FIG_MUSD,	/* USD in millions, one decimal, with the unit: 12,3 triệu USD */
	FIG_MUSD_BARE,	/* the same without the unit (a column that names it) */
	FIG__MAX
};

/* Appends the number in text (a decimal as MariaDB gives it, "196.80", or an XPath
 * number's string, "91.74825174825175"; an exponent is accepted) rounded to decimals
 * places, half away from zero on the decimal digits themselves (no binary rounding), with
 * the language's grouping and decimal marks; shift moves the decimal point left first
 * (6: millions); trim drops trailing zeros of the fraction. Appends nothing and returns
 * -1 when text is not a number. */
int	format_decimal(struct buf *, const char *text, int decimals, int shift, int trim,
	    enum lang);
/* Appends text formatted as the kind of figure, with its unit (" %", " ha", the catalog's
 * unit.musd); "–" when text is empty or not a number. */
void	format_figure(struct buf *, const char *text, enum figure, enum lang);

#endif
