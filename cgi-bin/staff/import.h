/* Bulk import of projects and status changes, from CSV or from XML (the schema of
 * htdocs/schema/). A file becomes a list of operations, each checked like a hand edit;
 * with no error it is stored as one change request (entity "import") that goes through the
 * same review and is published in one transaction. */
#ifndef MB_STAFF_IMPORT_H
#define MB_STAFF_IMPORT_H

#include "edit.h"

#define IMPORT_MAX_BYTES	(5 * 1024 * 1024)
#define IMPORT_MAX_OPS		10000	/* operations of one import, CSV or XML */
#define IMPORT_XML_MAX_ELEMENTS	200000	/* elements of one XML file */
#define IMPORT_XML_MAX_ATTRIBUTES	32	/* attributes of one XML element */
#define IMPORT_MAX_ERRORS	200	/* errors listed; past them the page says there are more */

enum import_op_kind { OP_PROJECT_NEW, OP_PROJECT_UPDATE, OP_STATUS, OP_DOCUMENT };

struct import_op {
	enum import_op_kind	 kind;
	unsigned int		 line;		/* in the uploaded file */
	long long		 project_id;	/* 0 for a new project from CSV */
	long long		 event_id;	/* XML: the status change's id, kept */
	long long		 doc_id;	/* XML: the document's id, kept */
	long long		 version;	/* the project's version it expects */
	long long		 board_id;
	char			*zone;		/* new projects */
	char			*investor;
	char			*country;
	char			*name;		/* for the preview */
	struct record_form	 f;		/* project or status fields */
};

struct import_error {
	unsigned int	 line;
	char		*field;
	const char	*reason;	/* catalog key */
	char		*detail;	/* free text (the parser's message), or NULL */
};

struct import {
	struct import_op	*ops;
	unsigned int		 nops;
	struct import_error	*errors;
	unsigned int		 nerrors;
	bool			 errors_more;	/* more than IMPORT_MAX_ERRORS: the rest not listed */
	long long		 board_id;
};

void	import_free(struct import *);
/* Adds one operation of kind from the fields of a row or an element, recording errors. */
struct import_op *import_op_from_kv(struct import *, const struct kv_list *, enum import_op_kind,
	    unsigned int line);
/* Records an error of the file (line 0: of the whole file), once per line and field; past
 * IMPORT_MAX_ERRORS it only sets errors_more. */
void	import_error(struct import *, unsigned int line, const char *field, const char *reason,
	    const char *detail);
/* Reads a CSV file (projects, or status changes: told apart by the header). */
void	import_read_csv(struct import *, const char *, size_t);
/* Parses an XML file safely and validates it against the schema: the document, or NULL
 * with the reasons in im's errors. No database access. */
xmlDocPtr import_xml_read(struct import *, const char *, size_t);
/* Reads an XML file (validated against the schema first), compared with the record. */
void	import_read_xml_req(struct request *, struct import *, const char *, size_t);
/* Checks every operation against the database and the user's boards (import->board_id is
 * set). Returns DB_OK; problems are import errors. */
enum db_status import_check(struct request *, struct import *);
/* The operations as a change request's payload, and back. */
char	*import_payload(const struct import *);
int	import_parse_payload(struct import *, const char *);
/* <import><op …/>…</import> for the preview. */
void	import_xml(const struct import *, xmlNodePtr parent);
/* Applies every operation inside the publication's transaction. */
enum db_status import_apply(struct request *, struct import *, long long request_id,
	    const char *note, const char *note_en, const char **why);
/* Loads the schema the XML import is validated against (at start). */
int	import_schema_load(const char *path);

#endif
