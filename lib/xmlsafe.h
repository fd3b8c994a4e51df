/* Parsing XML safely: no external entities, no network, no DTD loading, bounded size and
 * depth. Every XML the programs read goes through here. */
#ifndef MB_XMLSAFE_H
#define MB_XMLSAFE_H

#include <stdbool.h>
#include <stddef.h>
#include <libxml/tree.h>

#define XMLSAFE_MAX_BYTES	(8u * 1024 * 1024)
#define XMLSAFE_MAX_DEPTH	64

/* Installs the entity loader that refuses every external resource. Call once in main(). */
void		 xmlsafe_init(void);
/* While on, local files may be loaded (templates importing each other at start). */
void		 xmlsafe_trust_files(bool);
/* Parses untrusted bytes. Returns the document, or NULL with a message (line number first
 * when there is one) in err (size errlen). A DOCTYPE is refused outright. */
xmlDocPtr	 xmlsafe_read_memory(const char *, size_t, char *err, size_t errlen);
/* Parses a file of the installation (templates, catalog) with the same protections. */
xmlDocPtr	 xmlsafe_read_file(const char *path);

#endif
