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

/* Adds kind ("submitted", "returned", "withdrawn", "published") by the signed-in user, with
 * the comment (or NULL), to the conversation of change request request_id; inside the
 * caller's transaction, if any. */
enum db_status	edit_request_event(struct request *, long long request_id, const char *kind,
		    const char *comment);
/* <thread><event kind><who/><comment/><at/></event>…</thread> under parent: the
 * conversation of the request, oldest first, in the site's time. */
enum db_status	edit_thread_xml(struct request *, long long request_id, xmlNodePtr parent);

/* The coded fields whose vocabulary the database holds (a project's sector, a target's zone,
 * an index value's province): edit_choices_xml makes each such <field> of the form a choice
 * (type "enum", an <option value><name/><name_en/></option> per code); edit_codes_check sets
 * the error of a code that is not in its vocabulary (the field named, "edit.error.code").
 * Both return the status of the database. */
enum db_status	edit_choices_xml(struct db *, xmlNodePtr form_fields);
enum db_status	edit_codes_check(struct db *, struct record_form *);
/* True when the field's vocabulary is held in the database. */
bool		edit_coded(const char *field);
/* A zone's boundary within the province's bounding box (provinces.bbox_*; without one,
 * within the ranges of longitude and latitude): refused on the form's field otherwise. */
enum db_status	edit_boundary_against(struct db *, struct record_form *);

#endif
