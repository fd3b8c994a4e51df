/* A public HTML page under construction: the handler writes its title and its main content
 * with the HTML writer (lib/html.h), names the data the page shows (its downloads, API and
 * feed: one list for the head's alternate links and the visible block), and layout.c puts
 * them in the chrome every public page shares. One page a worker, its buffers reused by
 * every request. */
#ifndef MB_PAGE_H
#define MB_PAGE_H

#include <stdbool.h>

#include "html.h"
#include "public.h"
#include "vocab.h"

enum od_kind { OD_CSV, OD_XML, OD_JSON, OD_API, OD_GEOJSON, OD_FEED };
/* what a link of a record page gives: downloads of the list shown (OD_LIST), the record's
 * own JSON (OD_RECORD) and its history (OD_HISTORY), or its projects' downloads */
enum od_what { OD_LIST, OD_RECORD, OD_HISTORY, OD_PROJECTS };

#define PAGE_LINKS	8

struct od_link {
	enum od_kind	 kind;
	enum od_what	 what;
	char		 href[512];
	char		 title[512];	/* feeds: what the feed follows (text, unescaped) */
};

struct page {
	struct html	 h;		/* <main>'s content */
	struct html	 title;		/* the page's title (escaped), before " · site" */
	struct html	 head;		/* more of the head: a record's JSON-LD */
	bool		 sample;	/* a sample figure is shown: the notice heads the page */
	bool		 data_links;	/* the page shows its data links (not an error page) */
	/* NULL: an HTML page, in the chrome; else the media type of a whole document the
	 * handler wrote into h (an Atom feed: "application/atom+xml") */
	const char	*media_type;
	struct od_link	 links[PAGE_LINKS];
	unsigned int	 nlinks;
};

/* The worker's page, emptied, for req's language: every public handler starts with it. */
struct page	*page_start(struct request *);
/* The page being written for req (page_start must have run). */
struct page	*page_of(struct request *);
/* Adds a data link: href built from the parts (a printf format of literals and values that
 * are already URL-safe); title only for feeds. */
void		 page_link(struct page *, enum od_kind, enum od_what, const char *title,
		    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* The feed of every change: the link every page without a feed of its own gives. */
void		 page_link_changes_feed(struct page *);
/* Marks the page as showing a sample figure when flag is "1". */
void		 page_sample(struct page *, const char *flag);
/* " «mẫu»" after a sample figure (flag "1"), and the notice at the top; _in writes the
 * mark into h instead of the page's content. */
void		 page_sample_mark(struct page *, const char *flag);
void		 page_sample_mark_in(struct page *, struct html *, const char *flag);
/* A project's lifecycle marks (PROJECT_MARKS, sql/site.def), each with its leading space:
 * its remedy deadline passed (with the date), else overdue; the land a partial revocation
 * left (page_projects.c; the registry's rows and the project page). */
void		 project_marks(struct html *, const char *deadline_passed, const char *overdue,
		    const char *part_revoked_on, const char *part_from_ha, const char *part_to_ha);
/* blocks.c: the pieces several pages (and the feeds) show. */
/* A free text written in Vietnamese with its English twin: on an English page the English,
 * or where there is none the Vietnamese in a <span lang="vi"> marked "(Vietnamese)". */
void		 block_text(struct html *, const char *vi, const char *en);
/* A published change's summary: its catalog key and argument, else its text. */
void		 block_change_summary(struct html *, const char *key, const char *arg,
		    const char *summary);
/* Whether a changed field is a free text with an English twin (reason, remedy …), and
 * whether it is such a twin (reason_en …), shown with its text, not on its own. */
bool		 change_twinned(const char *field);
bool		 change_twin(const char *field);
/* A changed field by its catalog label (the field's name when it has none). */
void		 block_change_field(struct html *, const char *field);
/* A changed value as the record's page shows it (status names, dates, hectares, money, free
 * texts with their twin en); entity: "zone" or "project". */
void		 block_change_value(struct html *, const char *entity, const char *field,
		    const char *value, const char *en);
/* The <option>s of a vocabulary (vocab.h), each labelled from the catalog, cur selected. */
void		 block_vocab_options(struct html *, enum vocab, const char *cur);
/* A data table's start up to <tbody>: a region that scrolls sideways, a table that stacks
 * on a narrow screen, its caption (a catalog key) and its columns' heads (numeric ones
 * right-aligned); the caller writes the rows and "</tbody></table></div>". */
struct block_col {
	const char	*key;
	bool		 num;
};
void		 block_table_open(struct html *, const char *caption_key,
		    const struct block_col *, size_t n);
/* A table cell's opening, its class "num" or none, its column's label for narrow screens
 * (data-label); the caller writes the value and </td>. */
void		 block_cell_open(struct html *, bool num, const char *label);
/* A fact's label and the opening of its value; the caller writes the value and </dd>. */
void		 block_fact(struct html *, const char *label);
/* A target's or an actual's value: a count (unit "count"), or millions of USD. */
void		 block_target_value(struct html *, const char *unit, const char *v);
/* " «cũ»" after a zone's occupancy figures older than the reporting period (flag "1"). */
void		 block_stale_mark(struct html *, const char *flag);
/* A count of overdue projects as an item of a status-counts list, linking to href (the
 * registry with its filters), with its sample mark. */
void		 block_overdue_count(struct page *, const char *count, const char *sample,
		    const char *href);
/* "Last changed: <date>" of a record page, linking to its change history (nothing without
 * a date). */
void		 block_last_changed(struct html *, const char *date, const char *href);
/* A bar for a rate in percent, with label and the figure as its text alternative. */
void		 block_meter(struct html *, const char *value, const char *label);
/* Writes the whole page (layout.c): the chrome around the parts of req's page, or the
 * document its handler wrote. Returns its media type. */
const char	*layout_write(struct request *, struct buf *out);
/* Writes the error page for status (perr: the field of a 400, or NULL). */
void		 layout_error(struct request *, int status, const struct param_error *,
		    struct buf *out);

#endif
