/* The records staff edit (zones, projects, project status changes): their fields, the
 * validation of a form, and the payload a change request stores until it is published. */
#ifndef MB_STAFF_RECORDS_H
#define MB_STAFF_RECORDS_H

#include <libxml/tree.h>

#include "params.h"

#define RECORD_FIELDS_MAX	40

enum record_kind {
	RECORD_ZONE,		/* edits a zone */
	RECORD_PROJECT,		/* edits a project */
	RECORD_STATUS,		/* adds a status change (and its legal document) to a project */
	RECORD_FINDING,		/* adds a review finding to a project */
	RECORD_DOCUMENT,	/* adds a legal document to a project */
	RECORD_ANNOUNCEMENT,	/* adds a board's announcement */
	RECORD_TARGET,		/* sets a target, in a board's charge */
	RECORD_INDEX,		/* sets a governance index value, in a board's charge */
	RECORD_FACTS,		/* edits a zone's facts that decide a site (facts.c) */
	RECORD__MAX
};

/* What a change hangs on: the record it edits, or the one it adds to. */
enum record_parent { PARENT_ZONE, PARENT_PROJECT, PARENT_BOARD };

struct record_def {
	enum record_kind	 kind;
	const char		*entity;	/* change_requests.entity */
	const struct param_decl	*fields;	/* NULL-terminated */
	unsigned int		 nfields;
	enum record_parent	 parent;
	bool			 adds;		/* adds a record: no published values to edit */
};

extern const struct record_def record_defs[RECORD__MAX];

/* A form for one record: the values typed (trimmed; NULL when empty) and the reason each
 * bad one was refused (a catalog key), field by field. */
struct record_form {
	const struct record_def	*def;
	char			*values[RECORD_FIELDS_MAX];
	const char		*errors[RECORD_FIELDS_MAX];
	unsigned int		 nerrors;
};

/* Reads and checks the fields from a form (record_form_read: never the fields only the
 * program sets, such as a stored file's id) or a stored payload (record_form_parse: all);
 * returns the number of errors. The cross-field rules (hectares, dates) are checked too. */
unsigned int	 record_form_read(const struct record_def *, const struct kv_list *,
		    struct record_form *);
unsigned int	 record_form_parse(const struct record_def *, const char *payload,
		    struct record_form *);
void		 record_form_free(struct record_form *);
/* The values as a query string (the change request's payload). */
char		*record_form_payload(const struct record_form *);
/* <form-fields><field name type required choices…><value/><current/><error/></field>…
 * current: the published values in field order, or NULL. Returns <form-fields>. */
xmlNodePtr	 record_form_xml(const struct record_form *, char *const *current, xmlNodePtr parent);
/* The columns of the record's published values (SQL_*_FIELDS): names[0 .. nfields - 1]
 * the fields', names[nfields] "version"; names holds RECORD_FIELDS_MAX + 1. */
void		 record_columns(const struct record_def *, const char **names);
/* Two values of the field equal as the database shows them ("12.50" is "12.5"). */
bool		 record_same(const struct param_decl *, const char *a, const char *b);
/* True when the form of an edited record (not one that adds) proposes exactly the
 * published values current (in field order): a change that changes nothing. */
bool		 record_unchanged(const struct record_form *, char *const *current);
/* Refuses field name of the form for the reason key (a catalog key), unless it has one. */
void		 record_form_error(struct record_form *, const char *name, const char *key);
/* A zone's boundary (GeoJSON, lib/geo.h) checked, within box (NULL: the ranges of longitude
 * and latitude only), and replaced by the form it is stored in; refused on the field
 * "boundary" otherwise. */
struct geo_box;
void		 boundary_check(struct record_form *, const struct geo_box *box);
/* Index of a field by name, or -1. */
int		 record_field(const struct record_def *, const char *name);
/* The value of a field of the form (NULL when empty). */
const char	*record_value(const struct record_form *, const char *name);

/* The rules of a status change against the project as published (its status and land
 * area): the transition is allowed, a partial revocation leaves less land. The rules
 * within the form are checked when it is read; these need the record. */
void		 record_form_against(struct record_form *, const char *status, const char *land_ha);
/* A zone's facts (facts.c): their fields, the rules across them (called by the form's
 * checks), and a field of several values as one text, comma-separated (NULL: none). */
extern const struct param_decl facts_fields[];
void		 facts_checks(struct record_form *);
char		*facts_join(const struct kv_list *, const char *name);

/* Project status changes allowed: true when from → to is. */
bool		 status_transition_ok(const char *from, const char *to);
/* True when a status change form is a partial revocation (status "revoked", revocation
 * "partial"): an event that reduces the land and keeps the project's status. */
bool		 record_partial_revocation(const struct record_form *);
/* True when the status needs a reason and a legal basis. */
bool		 status_needs_basis(const char *status);

#endif
