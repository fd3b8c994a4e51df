/* The registry's form (GET /projects): its filters, each with its current value, and the
 * choices of zone, board, country and sector (facets.c). */
#include "boards.h"
#include "facets.h"
#include "page.h"
#include "registry.h"

/* <option>s of one facet, cur selected */
static void
facet_options(struct html *h, const char *facet, const char *cur)
{
	for (unsigned int i = 0; i < facets_count(); i++) {
		const char *f = facets_get(i, FACET_FACET), *value = facets_get(i, FACET_VALUE);

		if (f == NULL || strcmp(f, facet) != 0)
			continue;
		H(h, "<option value=\"");
		html_text(h, value);
		H(h, "\"");
		if (cur != NULL && value != NULL && strcmp(cur, value) == 0)
			H(h, " selected");
		H(h, ">");
		html_pick(h, facets_get(i, FACET_LABEL), facets_get(i, FACET_LABEL_EN));
		H(h, "</option>");
	}
}

void
form_select_open(struct html *h, const char *id, const char *name, const char *label)
{
	H(h, "<div><label for=\"");
	html_text(h, id);
	H(h, "\">");
	html_t(h, label);
	H(h, "</label><select id=\"");
	html_text(h, id);
	H(h, "\" name=\"");
	html_text(h, name);
	H(h, "\"><option value=\"\">");
	html_t(h, "common.all");
	H(h, "</option>");
}

static void
text_input(struct html *h, const char *id, const char *name, const char *label,
    const char *value, bool year)
{
	H(h, "<div><label for=\"");
	html_text(h, id);
	H(h, "\">");
	html_t(h, label);
	H(h, "</label><input id=\"");
	html_text(h, id);
	H(h, "\" name=\"");
	html_text(h, name);
	if (year)
		H(h, "\" type=\"number\" min=\"1990\" max=\"2100\" inputmode=\"numeric\" value=\"");
	else
		H(h, "\" type=\"text\" inputmode=\"decimal\" pattern=\"[0-9]+([.,][0-9]+)?\" value=\"");
	html_text(h, value);
	H(h, "\"></div>");
}

void
projects_form(struct html *h, const struct param_value *v, const char *sort)
{
	const char *overdue = registry_text(v, RF_OVERDUE);

	H(h, "<form class=\"filters\" method=\"get\" action=\"");
	html_base(h);
	H(h, "/projects\" role=\"search\"><div class=\"wide\"><label for=\"f-q\">");
	html_t(h, "projects.search");
	H(h, "</label><input id=\"f-q\" name=\"q\" type=\"search\" value=\"");
	html_text(h, registry_text(v, RF_Q));
	H(h, "\" maxlength=\"100\" placeholder=\"");
	html_t(h, "projects.search.hint");
	H(h, "\"></div>");
	form_select_open(h, "f-zone", "zone", "project.zone");
	facet_options(h, "zone", registry_text(v, RF_ZONE));
	H(h, "</select></div>");
	form_select_open(h, "f-board", "board", "projects.board");
	facet_options(h, "board", registry_text(v, RF_BOARD));
	H(h, "</select></div>");
	form_select_open(h, "f-status", "status", "project.status");
	block_vocab_options(h, VOCAB_PROJECT_STATUS, registry_text(v, RF_STATUS));
	H(h, "</select></div>");
	form_select_open(h, "f-country", "country", "project.country");
	facet_options(h, "country", registry_text(v, RF_COUNTRY));
	H(h, "</select></div>");
	form_select_open(h, "f-sector", "sector", "project.sector");
	facet_options(h, "sector", registry_text(v, RF_SECTOR));
	H(h, "</select></div>");
	form_select_open(h, "f-auth", "authority", "project.authority");
	block_vocab_options(h, VOCAB_AUTHORITY, registry_text(v, RF_AUTHORITY));
	H(h, "</select></div>");
	text_input(h, "f-min", "min_capital", "projects.min_capital", registry_text(v, RF_MIN_CAPITAL), false);
	text_input(h, "f-max", "max_capital", "projects.max_capital", registry_text(v, RF_MAX_CAPITAL), false);
	text_input(h, "f-year", "year", "projects.year", registry_text(v, RF_YEAR), true);
	form_select_open(h, "f-overdue", "overdue", "projects.overdue");
	H(h, "<option value=\"1\"");
	if (overdue != NULL && strcmp(overdue, "1") == 0)
		H(h, " selected");
	H(h, ">");
	html_t(h, "projects.overdue.yes");
	H(h, "</option><option value=\"0\"");
	if (overdue != NULL && strcmp(overdue, "0") == 0)
		H(h, " selected");
	H(h, ">");
	html_t(h, "projects.overdue.no");
	H(h, "</option></select></div><div><label for=\"f-sort\">");
	html_t(h, "projects.sort");
	H(h, "</label><select id=\"f-sort\" name=\"sort\">");
	block_vocab_options(h, VOCAB_SORT, sort);
	H(h, "</select></div><div class=\"actions\"><button type=\"submit\">");
	html_t(h, "common.filter");
	H(h, "</button></div></form>");
}
