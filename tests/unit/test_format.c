/* Unit tests: one rounding and one look for each kind of figure, in both languages. */
#include "format.h"
#include "tap.h"

#include <stdlib.h>

static char out[256];

static const char *
fig(const char *text, enum figure kind, enum lang lang)
{
	struct buf b;

	buf_init(&b);
	format_figure(&b, text, kind, lang);
	snprintf(out, sizeof(out), "%s", b.data ? b.data : "");
	buf_free(&b);
	return out;
}

static const char *
dec(const char *text, int decimals, int shift, int trim)
{
	struct buf b;

	buf_init(&b);
	if (format_decimal(&b, text, decimals, shift, trim, LANG_VI) != 0)
		snprintf(out, sizeof(out), "(error)");
	else
		snprintf(out, sizeof(out), "%s", b.data ? b.data : "");
	buf_free(&b);
	return out;
}

int
main(void)
{
	const char *tdir = getenv("TEMPLATES_DIR");
	char catalog[1024];

	snprintf(catalog, sizeof(catalog), "%s/i18n", tdir ? tdir : "templates");
	ok(i18n_load(catalog) == 0, "the catalog loads");
	/* percent: the exact ratio 196.8 / 214.5 and its stored 2-decimal rate read alike */
	is_str(fig("91.748252", FIG_PCT, LANG_VI), "91,7 %", "196,8 / 214,5 ha is 91,7 %%");
	is_str(fig("91.7", FIG_PCT, LANG_EN), "91.7 %", "the same in English");
	is_str(fig("91.75", FIG_PCT, LANG_VI), "91,8 %", "a half rounds away from zero");
	is_str(fig("0.05", FIG_PCT, LANG_VI), "0,1 %", "on the decimal digits, not the binary value");
	is_str(fig("2.675", FIG_HA, LANG_EN), "2.68 ha", "2.675 is 2.68 (printf says 2.67)");
	is_str(fig("", FIG_PCT, LANG_VI), "–", "no value is a dash");
	is_str(fig("abc", FIG_PCT, LANG_VI), "–", "nor is text");
	/* hectares keep two decimals where the data has them */
	is_str(fig("3.25", FIG_HA, LANG_VI), "3,25 ha", "3.25 ha stays 3,25");
	is_str(fig("196.80", FIG_HA, LANG_VI), "196,8 ha", "196.80 is 196,8");
	is_str(fig("217133.00", FIG_HA, LANG_VI), "217.133 ha", "whole hectares have no fraction, grouped");
	is_str(fig("1386.40", FIG_HA, LANG_EN), "1,386.4 ha", "English marks");
	/* counts and money */
	is_str(fig("1234567", FIG_COUNT, LANG_VI), "1.234.567", "a count, grouped");
	is_str(fig("57", FIG_COUNT, LANG_EN), "57", "a small count");
	is_str(fig("12345678.90", FIG_MUSD_BARE, LANG_VI), "12,3", "USD in millions");
	is_str(fig("4703178333.30", FIG_MUSD, LANG_EN), "4,703.2 million USD", "with the unit");
	is_str(fig("49950.00", FIG_MUSD_BARE, LANG_VI), "0,0", "under 50,000 USD is 0,0");
	is_str(fig("50000.00", FIG_MUSD_BARE, LANG_VI), "0,1", "50,000 USD is 0,1");
	/* the decimal itself */
	is_str(dec("9.96", 1, 0, 0), "10,0", "a carry into the integer part");
	is_str(dec("999.95", 1, 0, 0), "1.000,0", "and into a new group");
	is_str(dec("-0.04", 1, 0, 0), "0,0", "no minus on a zero");
	is_str(dec("-12.35", 1, 0, 0), "-12,4", "a negative half away from zero");
	is_str(dec("1.5e3", 0, 0, 0), "1.500", "an exponent");
	is_str(dec("0.10", 2, 0, 1), "0,1", "trimmed");
	is_str(dec("5.00", 2, 0, 1), "5", "trimmed to a whole number");
	is_str(dec("1.2.3", 1, 0, 0), "(error)", "two points is not a number");
	return done();
}
