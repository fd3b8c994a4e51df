/* Applying one change inside a publication's transaction (apply.c): what publish.c and the
 * import's publication share. */
#ifndef MB_STAFF_APPLY_H
#define MB_STAFF_APPLY_H

#include "edit.h"

/* One change being published: the record, the values, and why it was refused. */
struct pub {
	struct request		*req;
	struct db		*db;
	long long		 request_id;
	long long		 board_id;	/* the request's */
	bool			 author_admin;
	long long		 entity_id;
	long long		 base_version;
	const char		*note;
	const char		*note_en;	/* the note in English, or NULL */
	struct record_form	 f;
	const char		*why;
	long long		 event_id;	/* an imported status change keeps its id */
	long long		 doc_id;	/* and so does its document */
};

/* Applies one change of the given kind inside the open transaction. */
enum db_status	publish_apply(struct pub *, enum record_kind);
/* Writes a public change-history entry, summarised by a catalog key, and its fields. */
enum db_status	publish_log(struct pub *, const char *entity, const char *key,
		    unsigned long long *change_id);
enum db_status	publish_log_field(struct pub *, unsigned long long change_id, const char *field,
		    const char *old, const char *new);

#endif
