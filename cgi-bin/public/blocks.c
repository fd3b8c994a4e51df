/* The pieces several public pages (and the feeds) show: free texts in the page's language,
 * published changes as the catalog says them, a zone's stale mark, counts of overdue
 * projects, "last changed", and the meter of a rate. */
#include "page.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static bool
blank(const char *s)
{
	if (s == NULL)
		return true;
	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

void
block_text(struct html *h, const char *vi, const char *en)
{
	if (h->lang != LANG_EN)
		html_text(h, vi);
	else if (!blank(en))
		html_text(h, en);
	else if (!blank(vi)) {
		H(h, "<span lang=\"vi\">");
		html_text(h, vi);
		H(h, "</span> <span class=\"lang-mark\">");
		html_t(h, "lang.vietnamese");
		H(h, "</span>");
	}
}

void
block_change_summary(struct html *h, const char *key, const char *arg, const char *summary)
{
	if (key != NULL) {
		html_t(h, key);
		if (arg != NULL) {
			H(h, ": ");
			html_t(h, arg);
		}
	} else
		block_text(h, summary, NULL);
}

/* in a list of words, each with a space before and after */
static bool
among(const char *list, const char *field)
{
	size_t n = strlen(field);

	for (const char *p = strstr(list, field); p != NULL; p = strstr(p + 1, field))
		if (p > list && p[-1] == ' ' && p[n] == ' ')
			return true;
	return false;
}

bool
change_twinned(const char *field)
{
	return field != NULL &&
	    among(" reason remedy summary action doc_title source location contact incentives ", field);
}

bool
change_twin(const char *field)
{
	size_t n = field != NULL ? strlen(field) : 0;
	char base[64];

	if (n < 4 || n - 3 >= sizeof(base) || strcmp(field + n - 3, "_en") != 0)
		return false;
	memcpy(base, field, n - 3);
	base[n - 3] = '\0';
	return change_twinned(base);
}

void
block_change_field(struct html *h, const char *field)
{
	char key[128];
	const char *label;

	snprintf(key, sizeof(key), "change.field.%s", field ? field : "");
	label = i18n_get(h->lang, key);
	html_text(h, strcmp(label, key) != 0 ? label : field);
}

/* whether field ends with suffix (a zone fact's group: rent_as_of, rent_source …) */
static bool
ends_with(const char *field, const char *suffix)
{
	size_t n = strlen(field), k = strlen(suffix);

	return n > k && strcmp(field + n - k, suffix) == 0;
}

void
block_change_value(struct html *h, const char *entity, const char *field, const char *value,
    const char *en)
{
	char key[128];

	if (value == NULL || *value == '\0' || field == NULL)
		return;
	if (strcmp(field, "boundary") == 0) {
		/* the history keeps a boundary's type and size (geo_summary): "Polygon:7" */
		const char *colon = strchr(value, ':');

		snprintf(key, sizeof(key), "geo.type.%.*s", colon ? (int)(colon - value) : 0, value);
		html_t(h, key);
		if (colon != NULL) {
			H(h, " (");
			html_text(h, colon + 1);
			H(h, " ");
			html_t(h, "map.positions");
			H(h, ")");
		}
	} else if (strcmp(field, "status") == 0) {
		snprintf(key, sizeof(key), "%s%s",
		    entity != NULL && strcmp(entity, "zone") == 0 ? "zone.status." : "status.", value);
		html_t(h, key);
	} else if (strcmp(field, "doc_type") == 0)
		html_tv(h, "doctype.", value);
	else if (among(" authority revocation area outcome ", field)) {
		snprintf(key, sizeof(key), "%s.%s", field, value);
		html_t(h, key);
	} else if (among(" occupancy_as_of approved_on planned_start actual_start planned_operation"
	    " actual_operation permit_expires_on status_since effective_on remedy_due doc_issued_on"
	    " reviewed_on published_on period_start period_end rent_term_end ", field) ||
	    ends_with(field, "_as_of"))
		html_date(h, value);
	else if (strstr(field, "_ha") != NULL)
		html_fig(h, value, FIG_HA);
	else if (among(" registered_usd disbursed_usd ", field))
		html_fig(h, value, FIG_MUSD);
	else if (among(" registered_capital disbursed_capital ", field)) {
		struct buf *b = h->b;

		format_decimal(b, value, 0, 0, 0, h->lang);
	} else if (change_twinned(field) || ends_with(field, "_source") ||
	    among(" doc_issuer incentives_basis developer_name ", field))
		block_text(h, value, en);	/* free text in Vietnamese: marked on English pages */
	else
		html_text(h, value);
}

/* <option>s of a vocabulary, each labelled from the catalog, cur selected */
void
block_vocab_options(struct html *h, enum vocab v, const char *cur)
{
	for (const char *const *val = vocabs[v].values; *val != NULL; val++) {
		H(h, "<option value=\"");
		html_text(h, *val);
		H(h, "\"");
		if (cur != NULL && strcmp(cur, *val) == 0)
			H(h, " selected");
		H(h, ">");
		html_tv(h, vocabs[v].label, *val);
		H(h, "</option>");
	}
}

void
block_table_open(struct html *h, const char *caption_key, const struct block_col *cols, size_t n)
{
	H(h, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"");
	html_t(h, "common.scroll_table");
	H(h, "\"><table class=\"data stack\"><caption>");
	html_t(h, caption_key);
	H(h, "</caption><thead><tr>");
	for (size_t i = 0; i < n; i++) {
		if (cols[i].num)
			H(h, "<th scope=\"col\" class=\"num\">");
		else
			H(h, "<th scope=\"col\">");
		html_t(h, cols[i].key);
		H(h, "</th>");
	}
	H(h, "</tr></thead><tbody>");
}

void
block_cell_open(struct html *h, bool num, const char *label)
{
	if (num)
		H(h, "<td class=\"num\" data-label=\"");
	else
		H(h, "<td data-label=\"");
	html_t(h, label);
	H(h, "\">");
}

void
block_fact(struct html *h, const char *label)
{
	H(h, "<dt>");
	html_t(h, label);
	H(h, "</dt><dd>");
}

void
block_target_value(struct html *h, const char *unit, const char *v)
{
	html_fig(h, v, unit != NULL && strcmp(unit, "count") == 0 ? FIG_COUNT : FIG_MUSD);
}

void
block_stale_mark(struct html *h, const char *flag)
{
	if (flag == NULL || strcmp(flag, "1") != 0)
		return;
	H(h, " <span class=\"stale\" title=\"");
	html_t(h, "zone.stale.title");
	H(h, "\">");
	html_t(h, "zone.stale");
	H(h, "</span>");
}

void
block_overdue_count(struct page *pg, const char *count, const char *sample, const char *href)
{
	struct html *h = &pg->h;

	H(h, "<li class=\"status-overdue\"><a href=\"");
	html_href(h, href);
	H(h, "\"><span class=\"count\">");
	html_fig(h, count, FIG_COUNT);
	H(h, "</span><span class=\"label\">");
	html_t(h, "zone.overdue");
	H(h, "</span></a>");
	page_sample_mark(pg, sample);
	H(h, "</li>");
}

void
block_last_changed(struct html *h, const char *date, const char *href)
{
	if (date == NULL)
		return;
	H(h, "<p class=\"last-changed\">");
	html_t(h, "record.last_changed");
	H(h, ": <a href=\"");
	html_href(h, href);
	H(h, "\"><time datetime=\"");
	html_text(h, date);
	H(h, "\">");
	html_date(h, date);
	H(h, "</time></a></p>");
}

void
block_meter(struct html *h, const char *value, const char *label)
{
	double v = value != NULL && *value != '\0' ? strtod(value, NULL) : NAN;
	char width[32];

	if (v > 100)
		snprintf(width, sizeof(width), "100");
	else if (!(v >= 0))
		snprintf(width, sizeof(width), "0");
	else {
		snprintf(width, sizeof(width), "%.1f", v);
		if (strcmp(width + strlen(width) - 2, ".0") == 0)
			width[strlen(width) - 2] = '\0';
	}
	/* an SVG bar: its width is an attribute, so the page needs no inline style (CSP) */
	H(h, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"meter\" viewBox=\"0 0 100 10\""
	    " preserveAspectRatio=\"none\" role=\"img\" aria-label=\"");
	html_text(h, label);
	H(h, ": ");
	html_fig(h, value, FIG_PCT);
	H(h, "\" focusable=\"false\"><rect class=\"meter-fill\" width=\"");
	html_text(h, width);
	H(h, "\" height=\"10\"></rect></svg>");
}
