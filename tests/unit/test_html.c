/* Unit tests: lib/html.c lets no value become markup — text, attribute values, URLs, URL
 * parts and JSON in a script are each escaped for where they go. */
#include "html.h"
#include "tap.h"

#include <stdlib.h>

static struct buf b;
static struct html h = { &b, LANG_VI, "" };

static const char *
out(void)
{
	return b.data ? b.data : "";
}

int
main(void)
{
	buf_init(&b);
	H(&h, "<p title=\"");
	html_text(&h, "a \"b\" <c> & 'd'");
	H(&h, "\">");
	html_text(&h, "</p><script>x</script>");
	H(&h, "</p>");
	is_str(out(), "<p title=\"a &quot;b&quot; &lt;c&gt; &amp; 'd'\">&lt;/p&gt;&lt;script&gt;x&lt;/script&gt;</p>",
	    "text and attribute values: & < > \" escaped");

	buf_reset(&b);
	html_href(&h, "/projects?q=vân đồn&after=x\"><script>");
	is_str(out(), "/projects?q=v%C3%A2n%20%C4%91%E1%BB%93n&amp;after=x%22%3E%3Cscript%3E",
	    "an href: non-ASCII, spaces, quotes and < > percent-encoded, & as an entity");
	buf_reset(&b);
	html_href(&h, "javascript:alert(1)");
	is_str(out(), "#", "an href with a javascript: scheme is refused");
	buf_reset(&b);
	html_href(&h, " JaVaScRiPt:alert(1)");
	ok(strchr(out(), ':') == NULL, "no scheme survives a leading space: %s", out());
	buf_reset(&b);
	html_href(&h, "data:text/html,<b>");
	is_str(out(), "#", "a data: URL is refused");
	buf_reset(&b);
	html_href(&h, "https://example.vn/a?b=1&c=2");
	is_str(out(), "https://example.vn/a?b=1&amp;c=2", "an https URL is kept");
	buf_reset(&b);
	html_href(&h, "/zones/a:b");
	is_str(out(), "/zones/a:b", "a colon after the first slash is a path, not a scheme");

	buf_reset(&b);
	html_urlpart(&h, "a&b=c d/é");
	is_str(out(), "a%26b%3Dc%20d%2F%C3%A9", "a URL part cannot add a parameter or a segment");

	buf_reset(&b);
	html_json(&h, "</script><b>\"\\\n");
	is_str(out(), "\"\\u003c/script>\\u003cb>\\\"\\\\\\n\"", "JSON in a script cannot close it");

	buf_reset(&b);
	html_pick(&h, "Vân Đồn", "Van Don");
	is_str(out(), "Vân Đồn", "a Vietnamese page picks the Vietnamese name");
	h.lang = LANG_EN;
	buf_reset(&b);
	html_pick(&h, "Vân Đồn", "Van Don");
	html_pick(&h, "<Vân>", "");
	is_str(out(), "Van Don&lt;Vân&gt;", "an English page picks the English name, else the Vietnamese, escaped");

	buf_reset(&b);
	html_date(&h, "2020-10-26");
	html_date(&h, "<b>");
	is_str(out(), "26 Oct 2020", "a date in English; what is not a date writes nothing");
	h.lang = LANG_VI;
	buf_reset(&b);
	html_date(&h, "2020-10-26");
	is_str(out(), "26/10/2020", "a date in Vietnamese");

	buf_reset(&b);
	html_fig(&h, "1234567.891", FIG_COUNT);
	is_str(out(), "1.234.568", "a count with Vietnamese grouping");
	buf_reset(&b);
	html_fig(&h, "<x>", FIG_HA);
	ok(strchr(out(), '<') == NULL, "a figure that is not a number writes no markup: %s", out());
	buf_free(&b);
	return done();
}
