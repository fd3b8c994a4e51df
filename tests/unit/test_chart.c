/* Unit tests: the line charts (cgi-bin/public/chart.c) as the pages show them, figure for
 * figure: the expected SVG is what the XSLT that drew the charts before wrote for the same
 * points. */
#include "chart.h"
#include "tap.h"

#include <math.h>
#include <stdlib.h>

static struct buf out;

static const char *
draw(enum lang lang, const struct chart *c, const struct chart_point *pts, size_t n)
{
	struct html h = { .b = &out, .lang = lang, .base = "" };

	out.len = 0;
	if (out.data != NULL)
		out.data[0] = '\0';
	chart_line(&h, c, pts, n);
	return out.data;
}

int
main(void)
{
	struct chart occ = CHART_INIT("Tỉ lệ lấp đầy (%)", "occ");
	struct chart one = CHART_INIT("One", "one");
	struct chart rank = CHART_INIT("PCI: rank", "rank");
	struct chart score = CHART_INIT("Score", "score");
	const struct chart_point history[] = { { "2023-12-31", "61.54" }, { "2024-06-30", "63.08" } };
	const struct chart_point single[] = { { "2024-06-30", "91.74825174825175" } };
	const struct chart_point ranks[] = { { "2017", "1" }, { "2018", "5" }, { "2019", "3" },
	    { "2020", "12" }, { "2021", "9" }, { "2022", "7" }, { "2023", "4" }, { "2024", "2" } };
	const struct chart_point scores[] = { { "2019", "6.57" }, { "2020", "7.44" }, { "2021", "7.48" },
	    { "2022", "4.94" }, { "2023", "5.19" } };
	const struct chart_point gap[] = { { "2020", "50" }, { "2021", NULL }, { "2022", "70" } };
	const char *s;

	buf_init(&out);
	is_str(draw(LANG_VI, &occ, history, 2),
	    "<figure class=\"chart\"><figcaption aria-hidden=\"true\">Tỉ lệ lấp đầy (%)</figcaption><svg "
	    "xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"230\" role=\"img\" aria-labelledby="
	    "\"occ-t\" focusable=\"false\"><title id=\"occ-t\">Tỉ lệ lấp đầy (%)</title><g aria-hidden=\"tru"
	    "e\"><line class=\"grid\" x1=\"13%\" y1=\"190\" x2=\"92%\" y2=\"190\"></line><text class=\"tick\" x=\"1"
	    "2%\" y=\"194\" text-anchor=\"end\">0</text><line class=\"grid\" x1=\"13%\" y1=\"147.5\" x2=\"92%\" y2"
	    "=\"147.5\"></line><text class=\"tick\" x=\"12%\" y=\"151.5\" text-anchor=\"end\">25</text><line cl"
	    "ass=\"grid\" x1=\"13%\" y1=\"105\" x2=\"92%\" y2=\"105\"></line><text class=\"tick\" x=\"12%\" y=\"109\""
	    " text-anchor=\"end\">50</text><line class=\"grid\" x1=\"13%\" y1=\"62.5\" x2=\"92%\" y2=\"62.5\"></l"
	    "ine><text class=\"tick\" x=\"12%\" y=\"66.5\" text-anchor=\"end\">75</text><line class=\"grid\" x1"
	    "=\"13%\" y1=\"20\" x2=\"92%\" y2=\"20\"></line><text class=\"tick\" x=\"12%\" y=\"24\" text-anchor=\"en"
	    "d\">100</text></g><line class=\"line\" x1=\"18%\" y1=\"85.4\" x2=\"90%\" y2=\"82.8\"></line><circle"
	    " class=\"dot\" cx=\"18%\" cy=\"85.4\" r=\"4\"></circle><text class=\"value\" x=\"18%\" y=\"76.4\" text"
	    "-anchor=\"middle\" aria-hidden=\"true\">61,5</text><text class=\"label\" x=\"18%\" y=\"216\" text-"
	    "anchor=\"middle\" aria-hidden=\"true\">2023-12</text><circle class=\"dot\" cx=\"90%\" cy=\"82.8\" "
	    "r=\"4\"></circle><text class=\"value\" x=\"90%\" y=\"73.8\" text-anchor=\"middle\" aria-hidden=\"tr"
	    "ue\">63,1</text><text class=\"label\" x=\"90%\" y=\"216\" text-anchor=\"middle\" aria-hidden=\"tru"
	    "e\">2024-06</text></svg></figure>",
	    "two points on the 0–100 axis, labels and values in Vietnamese");
	is_str(draw(LANG_EN, &one, single, 1),
	    "<figure class=\"chart\"><figcaption aria-hidden=\"true\">One</figcaption><svg xmlns=\"http://"
	    "www.w3.org/2000/svg\" width=\"100%\" height=\"230\" role=\"img\" aria-labelledby=\"one-t\" focusa"
	    "ble=\"false\"><title id=\"one-t\">One</title><g aria-hidden=\"true\"><line class=\"grid\" x1=\"13"
	    "%\" y1=\"190\" x2=\"92%\" y2=\"190\"></line><text class=\"tick\" x=\"12%\" y=\"194\" text-anchor=\"end"
	    "\">0</text><line class=\"grid\" x1=\"13%\" y1=\"147.5\" x2=\"92%\" y2=\"147.5\"></line><text class="
	    "\"tick\" x=\"12%\" y=\"151.5\" text-anchor=\"end\">25</text><line class=\"grid\" x1=\"13%\" y1=\"105\""
	    " x2=\"92%\" y2=\"105\"></line><text class=\"tick\" x=\"12%\" y=\"109\" text-anchor=\"end\">50</text>"
	    "<line class=\"grid\" x1=\"13%\" y1=\"62.5\" x2=\"92%\" y2=\"62.5\"></line><text class=\"tick\" x=\"12"
	    "%\" y=\"66.5\" text-anchor=\"end\">75</text><line class=\"grid\" x1=\"13%\" y1=\"20\" x2=\"92%\" y2=\""
	    "20\"></line><text class=\"tick\" x=\"12%\" y=\"24\" text-anchor=\"end\">100</text></g><circle cla"
	    "ss=\"dot\" cx=\"54%\" cy=\"34\" r=\"4\"></circle><text class=\"value\" x=\"54%\" y=\"25\" text-anchor="
	    "\"middle\" aria-hidden=\"true\">91.7</text><text class=\"label\" x=\"54%\" y=\"216\" text-anchor=\""
	    "middle\" aria-hidden=\"true\">2024-06</text></svg></figure>",
	    "a single point in the middle, its value rounded in English");

	/* ranks: an axis fitted to the values, whole ticks, 1 at the top */
	rank.lo = 1;
	rank.hi = 63;
	rank.fit = rank.whole = rank.invert = true;
	rank.decimals = 0;
	s = draw(LANG_EN, &rank, ranks, 8);
	ok(strstr(s, "<line class=\"grid\" x1=\"13%\" y1=\"20\" x2=\"92%\" y2=\"20\"></line>"
	    "<text class=\"tick\" x=\"12%\" y=\"24\" text-anchor=\"end\">1</text>") != NULL,
	    "rank 1 is the top tick");
	ok(strstr(s, ">15</text></g>") != NULL && strstr(s, ">20</text>") == NULL,
	    "the axis ends at the tick after the worst rank (15), not at 63");
	ok(strstr(s, "<line class=\"line\" x1=\"38.57%\" y1=\"44.3\" x2=\"48.86%\" y2=\"153.6\">")
	    != NULL, "x in percent with two decimals, y in pixels with one");
	ok(strstr(s, ">2017</text>") == NULL && strstr(s, ">2018</text>") != NULL &&
	    strstr(s, ">2024</text>") != NULL, "a label every other point, counted from the last");
	/* 4.94 read as libxml2 reads it lies a hair above 150.05 px, strtod's below */
	score.hi = 10;
	score.fit = true;
	s = draw(LANG_EN, &score, scores, 5);
	ok(strstr(s, "cy=\"150.1\"") != NULL, "a value on a rounding boundary rounds as before");
	ok(strstr(s, ">4</text>") != NULL && strstr(s, ">8</text></g>") != NULL,
	    "fitted axis from 4 to 8");
	/* a point without a value is drawn where NaN is, and its value is not written */
	s = draw(LANG_VI, &occ, gap, 3);
	ok(strstr(s, "cy=\"NaN\"") != NULL && strstr(s, ">70,0</text>") != NULL,
	    "a missing value is left out of the axis");
	is_str(chart_number(" 12.50 ") == 12.5 ? "yes" : "no", "yes", "a number with spaces");
	ok(isnan(chart_number("12,5")) && isnan(chart_number(NULL)), "not a number");
	buf_free(&out);
	return done();
}
