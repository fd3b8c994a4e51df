/* Atom feeds (RFC 4287) written with the page writer (html.h): the escaping of XML text and
 * attribute values as libxml2 writes them, and the head every feed shares (its id, title,
 * updated, publisher, links, licence and generator). */
#ifndef MB_ATOM_H
#define MB_ATOM_H

#include "page.h"

/* XML text: & < > escaped, a carriage return as &#13;. NULL writes nothing. */
void	atom_text(struct html *, const char *);
/* A double-quoted XML attribute value: & < > " and tab, newline, carriage return
 * escaped. NULL writes nothing. */
void	atom_attr(struct html *, const char *);
/* The catalog's text for key (i18n.h) as XML text. */
void	atom_t(struct html *, const char *key);
/* The English form on an English page when there is one, else the Vietnamese, as XML text. */
void	atom_pick(struct html *, const char *vi, const char *en);
/* <name>value</name> (value as XML text), or <name/> when value is NULL or empty. */
#define ATOM_ELEM(h, name, value) \
	atom_elem((h), "<" name ">", "</" name ">", "<" name "/>", (value))
void	atom_elem(struct html *, const char *open, const char *close, const char *empty,
	    const char *value);
/* "YYYY-MM-DD hh:mm:ss" (UTC) as "YYYY-MM-DDThh:mm:ssZ" into out; NULL gives "TZ". */
void	atom_time(char out[32], const char *);
/* Starts req's feed: the XML declaration, <feed>, its <id> (the origin, the path without
 * the language and ?query when query is not empty) and <title>, whose text follows. */
void	atom_begin(struct html *, const struct request *, const char *query);
/* Ends the title (" · " and the site's title), then <updated> (nothing: <updated/>), the
 * publisher, the links to the feed itself (?query) and to its page (alternate, ?alt_query
 * when not empty), the licence and the generator. */
void	atom_head(struct html *, const struct request *, const char *updated, const char *query,
	    const char *alternate, const char *alt_query);
/* Ends the feed. */
void	atom_end(struct html *);

#endif
