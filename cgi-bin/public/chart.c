/* Inline SVG line charts (chart.h). The figures are computed as the XSLT that drew them
 * before did, rounding for rounding, so that a chart reads the same: XPath's numbers and
 * their strings, format-number()'s '0.#' and '0.##'. */
#include "chart.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHART_NUM	48	/* room for any number's text */

static bool
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* As libxml2 reads it (xmlXPathStringEvalNumber): the digits accumulated in a double and
 * the fraction's divided by its power of ten, not strtod's nearest double, for a value a
 * hair from a rounding boundary to round as it did. */
double
chart_number(const char *s)
{
	double v = 0;
	bool neg = false, digits = false;
	int exponent = 0, eneg = 0;

	if (s == NULL)
		return NAN;
	while (blank(*s))
		s++;
	if (*s != '.' && (*s < '0' || *s > '9') && *s != '-')
		return NAN;
	if (*s == '-') {
		neg = true;
		s++;
	}
	for (; *s >= '0' && *s <= '9'; s++) {
		v = v * 10 + (*s - '0');
		digits = true;
	}
	if (*s == '.') {
		double fraction = 0;
		int places = 0, max;

		s++;
		if ((*s < '0' || *s > '9') && !digits)
			return NAN;
		for (; *s == '0'; s++)
			places++;
		for (max = places + 20; *s >= '0' && *s <= '9' && places < max; s++, places++)
			fraction = fraction * 10 + (*s - '0');
		v += fraction / pow(10.0, places);
		while (*s >= '0' && *s <= '9')
			s++;
	}
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '-' || *s == '+')
			eneg = *s++ == '-';
		for (; *s >= '0' && *s <= '9'; s++)
			if (exponent < 1000000)
				exponent = exponent * 10 + (*s - '0');
	}
	while (blank(*s))
		s++;
	if (*s != '\0')
		return NAN;
	if (neg)
		v = -v;
	return v * pow(10.0, eneg ? -exponent : exponent);
}

/* A number's string as XPath gives it (libxml2): whole numbers plainly, else at most 15
 * significant digits without trailing zeros, in scientific notation outside [1e-5, 1e9]. */
static void
xpath_string(double x, char out[CHART_NUM])
{
	char work[CHART_NUM], *p, *after;
	double a = fabs(x);
	int size;

	if (isnan(x)) {
		snprintf(out, CHART_NUM, "NaN");
		return;
	}
	if (isinf(x)) {
		snprintf(out, CHART_NUM, x > 0 ? "Infinity" : "-Infinity");
		return;
	}
	if (x == 0) {
		snprintf(out, CHART_NUM, "0");
		return;
	}
	if (x > INT_MIN && x < INT_MAX && x == (int)x) {
		snprintf(out, CHART_NUM, "%d", (int)x);
		return;
	}
	if (a > 1e9 || a < 1e-5) {
		size = snprintf(work, sizeof(work), "%*.*e", DBL_DIG + 6, DBL_DIG - 1, x);
		while (size > 0 && work[size] != 'e')
			size--;
	} else {
		int whole = (int)log10(a);

		size = snprintf(work, sizeof(work), "%0.*f",
		    whole > 0 ? DBL_DIG - whole - 1 : DBL_DIG - whole, x);
	}
	for (p = work; *p == ' '; p++)
		size--;
	memmove(work, p, strlen(p) + 1);
	after = work + size;
	for (p = after - 1; *p == '0'; p--)
		;
	if (*p != '.')
		p++;
	memmove(p, after, strlen(after) + 1);
	snprintf(out, CHART_NUM, "%s", work);
}

/* What a number becomes when a template keeps it in a variable as text and reads it back. */
static double
through_text(double x)
{
	char s[CHART_NUM];

	xpath_string(x, s);
	return chart_number(s);
}

/* format-number(x, '0.#') (places 1) or '0.##' (places 2), as libxslt writes it. */
static void
format_places(double x, int places, char out[CHART_NUM])
{
	double scale = places == 1 ? 10 : 100, n, frac;
	int len = 0, j;

	if (isnan(x) || isinf(x)) {
		snprintf(out, CHART_NUM, isnan(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity");
		return;
	}
	if (x < 0)
		out[len++] = '-';
	n = floor(scale * fabs(x) + 0.5) / scale;
	len += snprintf(out + len, (size_t)(CHART_NUM - len), "%.0f", floor(n));
	frac = n - floor(n);
	if (frac == 0)
		return;
	frac = floor(scale * frac + 0.5);
	for (j = places; j > 0 && fmod(frac, 10.0) < 1.0; j--)
		frac /= 10.0;
	snprintf(out + len, (size_t)(CHART_NUM - len), ".%0*.0f", j, floor(frac));
}

/* A number in the page's language with decimals places (mb:num: format_decimal). */
static void
write_num(struct html *h, double v, int decimals)
{
	char s[CHART_NUM];

	xpath_string(v, s);
	format_decimal(h->b, s, decimals, 0, 0, h->lang);
}

static void
write_double(struct html *h, double v)
{
	char s[CHART_NUM];

	xpath_string(v, s);
	html_text(h, s);
}

struct axis {
	double	lo, span;
	bool	invert;
};

/* The y of value v: 190 px for lo, 20 px for lo + span (reversed when invert). */
static void
axis_y(const struct axis *a, double v, char out[CHART_NUM])
{
	double frac = (v - a->lo) / a->span;

	format_places(a->invert ? 20 + frac * 170 : 190 - frac * 170, 1, out);
}

/* A grid line and a label for each tick from lo to hi, step by step. */
static void
write_ticks(struct html *h, const struct axis *a, double hi, double step)
{
	int decimals = (step < 1) + (step == 0.25);
	double v = a->lo, next;
	char y[CHART_NUM];

	for (;;) {
		axis_y(a, v, y);
		H(h, "<line class=\"grid\" x1=\"13%\" y1=\"");
		html_text(h, y);
		H(h, "\" x2=\"92%\" y2=\"");
		html_text(h, y);
		H(h, "\"></line><text class=\"tick\" x=\"12%\" y=\"");
		write_double(h, chart_number(y) + 4);
		H(h, "\" text-anchor=\"end\">");
		write_num(h, v, decimals);
		H(h, "</text>");
		/* ranks start at 1: the next tick is the next multiple of the step */
		next = (floor(v / step) + 1) * step;
		if (!(next <= hi + step / 1000 && next > v))
			break;
		next *= 100;
		v = floor(next);
		if (next - v >= 0.5)
			v += 1;
		v /= 100;
	}
}

/* The tick step: the first of 1, 2, 5 times a power of ten giving at most 4 intervals. */
static double
tick_step(double raw, bool whole)
{
	static const double steps[] = { 0.25, 0.5, 1, 2, 5, 10, 20, 25, 50, 100 };

	if (whole && raw <= 1)
		return 1;
	for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++)
		if (raw <= steps[i])
			return steps[i];
	return through_text(ceil(raw / 100) * 100);
}

/* The first 7 characters of a label (UTF-8), and how many there are. */
static size_t
label_cut(const char *s, size_t *chars)
{
	size_t n = 0, k = 0;

	for (; s != NULL && s[n] != '\0'; n++)
		if (((unsigned char)s[n] & 0xC0) != 0x80 && k++ == 7)
			break;
	*chars = k > 7 ? 7 : k;
	return n;
}

void
chart_line(struct html *h, const struct chart *c, const struct chart_point *pts, size_t n)
{
	double min = NAN, max = NAN, step, alo, ahi, gap, k, v;
	bool have_min = false, have_max = false;
	struct axis a = { .invert = c->invert };
	char cx[CHART_NUM], cy[CHART_NUM], px[CHART_NUM], py[CHART_NUM];
	size_t chars = 0;

	/* the first value not above any other, the first not below any other */
	for (size_t i = 0; i < n; i++) {
		bool below = false, above = false;

		if (pts[i].value == NULL)
			continue;
		v = chart_number(pts[i].value);
		for (size_t j = 0; j < n; j++) {
			double w = chart_number(pts[j].value);

			if (pts[j].value == NULL)
				continue;
			above = above || v > w;
			below = below || v < w;
		}
		if (!above && !have_min) {
			min = v;
			have_min = true;
		}
		if (!below && !have_max) {
			max = v;
			have_max = true;
		}
	}
	step = tick_step(through_text(c->fit ? (max - min) / 4 : (c->hi - c->lo) / 4), c->whole);
	alo = c->lo;
	ahi = c->hi;
	if (c->fit && n > 0) {
		double flo = floor((min - step * 0.2) / step) * step;
		double fhi = ceil((max + step * 0.2) / step) * step;

		alo = flo < c->lo ? c->lo : flo;
		ahi = fhi > c->hi ? c->hi : fhi;
	}
	alo = through_text(alo);
	ahi = through_text(ahi);
	a.lo = alo;
	a.span = ahi > alo ? through_text(ahi - alo) : 1;
	/* x from 18 % to 90 % of the width; a label every k points, so that labels of this
	 * length (7 px a character at 13 px) do not overlap in a 288 px wide chart (a 320 px
	 * screen): the table beside the chart has every value */
	gap = n > 1 ? through_text(72.0 / (double)(n - 1)) : 0;
	if (n > 0)
		label_cut(pts[0].label, &chars);
	k = n > 1 ? through_text(ceil(((double)chars * 7 + 4) * (double)(n - 1) / (0.72 * 288))) : 1;

	H(h, "<figure class=\"chart\"><figcaption aria-hidden=\"true\">");
	html_text(h, c->title);
	H(h, "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"230\""
	    " role=\"img\" aria-labelledby=\"");
	html_text(h, c->id);
	H(h, "-t\" focusable=\"false\"><title id=\"");
	html_text(h, c->id);
	H(h, "-t\">");
	html_text(h, c->title);
	H(h, "</title><g aria-hidden=\"true\">");
	write_ticks(h, &a, ahi, step);
	H(h, "</g>");
	for (size_t i = 1; i < n; i++) {
		format_places(18 + (double)(i - 1) * gap, 2, px);
		format_places(18 + (double)i * gap, 2, cx);
		axis_y(&a, chart_number(pts[i - 1].value), py);
		axis_y(&a, chart_number(pts[i].value), cy);
		H(h, "<line class=\"line\" x1=\"");
		html_text(h, px);
		H(h, "%\" y1=\"");
		html_text(h, py);
		H(h, "\" x2=\"");
		html_text(h, cx);
		H(h, "%\" y2=\"");
		html_text(h, cy);
		H(h, "\"></line>");
	}
	for (size_t i = 0; i < n; i++) {
		v = chart_number(pts[i].value);
		format_places(18 + (double)i * gap + (n == 1 ? 36 : 0), 2, cx);
		axis_y(&a, v, cy);
		H(h, "<circle class=\"dot\" cx=\"");
		html_text(h, cx);
		H(h, "%\" cy=\"");
		html_text(h, cy);
		H(h, "\" r=\"4\"></circle>");
		if (fmod((double)(n - 1 - i), k) != 0)
			continue;
		H(h, "<text class=\"value\" x=\"");
		html_text(h, cx);
		H(h, "%\" y=\"");
		write_double(h, chart_number(cy) - 9);
		H(h, "\" text-anchor=\"middle\" aria-hidden=\"true\">");
		write_num(h, v, c->decimals);
		H(h, "</text><text class=\"label\" x=\"");
		html_text(h, cx);
		H(h, "%\" y=\"216\" text-anchor=\"middle\" aria-hidden=\"true\">");
		html_textn(h, pts[i].label ? pts[i].label : "", label_cut(pts[i].label, &chars));
		H(h, "</text>");
	}
	H(h, "</svg></figure>");
}
