/* What the edit pages and the change pages share: the record a change is about, its
 * published values, and who may touch it. */
#ifndef MB_STAFF_EDIT_H
#define MB_STAFF_EDIT_H

#include "staff.h"

struct edit_target {
	const struct record_def	*def;
	long long		 id;
	long long		 board_id;
	long long		 version;
	char			*name;
	char			*ref;		/* zone slug or project id, for links */
	char			*status;	/* projects: the current status */
	char			*land_ha;	/* projects: the current land area */
	char			*current[RECORD_FIELDS_MAX];	/* published values */
};

/* Loads the record (by zone slug or project id) and its published values. Returns 0, 404,
 * or the status of a database failure. */
int	edit_target_load(struct request *, enum record_kind, const char *key, struct edit_target *);
/* The same by the record's id, for a change request. */
int	edit_target_by_id(struct request *, enum record_kind, long long id, struct edit_target *);
void	edit_target_free(struct edit_target *);
/* <target entity id ref version name status land_ha board/> under parent. */
void	edit_target_xml(const struct edit_target *, xmlNodePtr parent);
/* The record kind of a change request's entity, or RECORD__MAX. */
enum record_kind edit_kind(const char *entity);

/* The board scope of a target or an index value: a target of a zone belongs to the zone's
 * board; a province-wide target and an index value to a provincial board (boards.
 * is_provincial); an admin may write any. Checked when saving and again when publishing.
 * *why is NULL, or the catalog key of the refusal and *field the field it concerns. */
enum db_status	edit_scope(struct db *, const struct record_form *, long long board_id,
		    bool admin, const char **field, const char **why);

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
	struct record_form	 f;
	const char		*why;
	long long		 event_id;	/* an imported status change keeps its id */
	long long		 doc_id;	/* and so does its document */
};

/* Applies one change of the given kind inside the open transaction. */
enum db_status	publish_apply(struct pub *, enum record_kind);
/* Writes a public change-history entry and its fields. */
enum db_status	publish_log(struct pub *, const char *entity, const char *summary,
		    unsigned long long *change_id);
enum db_status	publish_log_field(struct pub *, unsigned long long change_id, const char *field,
		    const char *old, const char *new);

/* Applies a submitted change request in one transaction: checks the reviewer, the record's
 * version and the rules again, changes the record, writes the public change history, marks
 * the request published, bumps the data generation and writes the audit row. Returns 0, or
 * an HTTP status (403, 404, or 409, 503, 500 with *why set to a catalog key); nothing is
 * written unless 0. */
int	publish_request(struct request *, long long request_id, const char **why);

#endif
