/* Inline SVG line charts written by the page itself: no chart library, no JavaScript. Every
 * chart has a title for screen readers and a data table beside it on the page. The SVG has
 * no viewBox: x is in percent of its width and y in pixels, so its text is drawn at the
 * stylesheet's size at every width instead of shrinking with the chart. */
#ifndef MB_CHART_H
#define MB_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "html.h"

/* A point, in the order drawn (left to right); the caller owns the strings. */
struct chart_point {
	const char	*label;	/* x: a year, a date; its first 7 characters are shown */
	const char	*value;	/* y: a number as MariaDB writes it ("71.94"); NULL: none */
};

struct chart {
	const char	*title;		/* text of the caption and of the SVG's title */
	const char	*id;		/* unique on the page: the title's id is <id>-t */
	double		 lo, hi;	/* the value axis (NAN: none) */
	/* instead, an axis from a rounded value below the smallest value to one above the
	 * largest (a fifth of a step away at least), kept within [lo, hi], so that a score
	 * moving between 60 and 75 shows its trend */
	bool		 fit;
	bool		 whole;		/* ticks on whole numbers (ranks) */
	bool		 invert;	/* lo at the top (ranks) */
	int		 decimals;	/* of the values written over the points */
};

/* An axis from 0 to 100, values with one decimal: set the other members after. */
#define CHART_INIT(title_, id_)	{ .title = (title_), .id = (id_), .lo = 0, .hi = 100, \
	.decimals = 1 }

/* Writes the chart of the n points (a <figure class="chart">). */
void	chart_line(struct html *, const struct chart *, const struct chart_point *, size_t n);
/* The number in text as the charts read it (XPath's number()): optional spaces, an optional
 * minus, digits with an optional fraction and exponent; NAN for anything else (NULL too). */
double	chart_number(const char *);

#endif
