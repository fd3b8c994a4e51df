/* Applying one change inside a publication's transaction: the record changed or added,
 * and its public change history. The import applies its operations through these too. */
#include "apply.h"

#include "geo.h"
#include "i18n.h"

/* A change of the history: its summary as catalog keys (key, and arg: a second key it
 * names, or NULL), which every page and feed says in its own language; the Vietnamese
 * text is kept beside them for the readers of the table. */
static enum db_status
log_change(struct pub *pb, const char *entity, const char *key, const char *arg,
    unsigned long long *change_id)
{
	char summary[300];
	struct db_param p[8] = { DB_TEXT(entity), DB_INT(pb->entity_id), DB_TEXT(summary),
	    DB_TEXT(key), DB_TEXT(arg), DB_TEXT(pb->note), DB_TEXT(pb->note_en),
	    DB_INT(pb->request_id) };

	snprintf(summary, sizeof(summary), "%s%s%s", i18n_get(LANG_VI, key), arg ? ": " : "",
	    arg ? i18n_get(LANG_VI, arg) : "");
	return db_exec(pb->db, SQL_CHANGE_LOG_INSERT, p, 8, NULL, change_id);
}

static enum db_status
log_field(struct pub *pb, unsigned long long change_id, const char *field, const char *old,
    const char *new)
{
	struct db_param p[4] = { DB_INT((long long)change_id), DB_TEXT(field), DB_TEXT(old),
	    DB_TEXT(new) };

	return db_exec(pb->db, SQL_CHANGE_FIELD_INSERT, p, 4, NULL, NULL);
}

/* Zones and projects: every editable field set from the form, the old → new of those that
 * changed written to the change history. */
/* The statements of the records edited field by field, and their entry in the history: a
 * zone's facts are the zone's (its change page and feed list them). */
static const struct {
	enum record_kind kind;
	unsigned int	 lock, update;
	const char	*entity, *summary;
} edited[] = {
	{ RECORD_ZONE, SQL_ZONE_FIELDS_LOCK, SQL_ZONE_UPDATE, "zone", "changelog.zone" },
	{ RECORD_PROJECT, SQL_PROJECT_FIELDS_LOCK, SQL_PROJECT_UPDATE, "project", "changelog.project" },
	{ RECORD_FACTS, SQL_FACTS_FIELDS_LOCK, SQL_FACTS_UPDATE, "zone", "changelog.zone_facts" },
};

static enum db_status
apply_fields(struct pub *pb)
{
	const struct record_def *def = pb->f.def;
	bool zone = def->kind == RECORD_ZONE;
	unsigned int e = 0;
	struct db_param key = DB_INT(pb->entity_id);
	struct db_param p[RECORD_FIELDS_MAX + 2];
	char *cur[RECORD_FIELDS_MAX + 1];
	const char *names[RECORD_FIELDS_MAX + 1];
	unsigned long long change_id, n = 0;
	enum db_status rc;
	int found;
	bool hectares = false;

	while (e + 1 < sizeof(edited) / sizeof(edited[0]) && edited[e].kind != def->kind)
		e++;
	/* a zone without facts gets its row (version 0) in this transaction */
	if (def->kind == RECORD_FACTS &&
	    (rc = db_exec(pb->db, SQL_FACTS_ROW, &key, 1, NULL, NULL)) != DB_OK)
		return rc;
	record_columns(def, names);
	rc = db_fetch_named(pb->db, edited[e].lock, &key, 1, names, def->nfields + 1, cur, &found);
	if (rc != DB_OK || !found) {
		db_values_free(cur, def->nfields + 1);
		return rc != DB_OK ? rc : DB_CONFLICT;
	}
	if (atoll(cur[def->nfields]) != pb->base_version) {
		pb->why = "publish.error.version";
		db_values_free(cur, def->nfields + 1);
		return DB_CONFLICT;
	}
	if (record_unchanged(&pb->f, cur)) {
		/* a change that changes nothing would leave an empty entry in the history */
		pb->why = "publish.error.unchanged";
		db_values_free(cur, def->nfields + 1);
		return DB_CONFLICT;
	}
	for (unsigned int i = 0; i < def->nfields; i++)
		p[i] = DB_TEXT(pb->f.values[i]);
	p[def->nfields] = DB_INT(pb->entity_id);
	p[def->nfields + 1] = DB_INT(pb->base_version);
	rc = db_exec(pb->db, edited[e].update, p, def->nfields + 2, &n, NULL);
	if (rc == DB_OK && n == 0) {
		pb->why = "publish.error.version";
		rc = DB_CONFLICT;
	}
	if (rc == DB_OK)
		rc = log_change(pb, edited[e].entity, edited[e].summary, NULL, &change_id);
	for (unsigned int i = 0; rc == DB_OK && i < def->nfields; i++) {
		if (record_same(&def->fields[i], cur[i], pb->f.values[i]))
			continue;
		if (zone && (strstr(def->fields[i].name, "_ha") || strcmp(def->fields[i].name,
		    "occupancy_as_of") == 0))
			hectares = true;
		if (zone && strcmp(def->fields[i].name, "boundary") == 0) {
			/* its type and size: the history keeps short values, the record the text */
			char *was = geo_summary(cur[i]), *now = geo_summary(pb->f.values[i]);

			rc = log_field(pb, change_id, "boundary", was, now);
			free(was);
			free(now);
			continue;
		}
		rc = log_field(pb, change_id, def->fields[i].name, cur[i], pb->f.values[i]);
	}
	if (rc == DB_OK && hectares) {
		struct db_param o[3] = { DB_TEXT(i18n_get(LANG_VI, "changelog.occupancy_source")),
		    DB_TEXT(i18n_get(LANG_EN, "changelog.occupancy_source")), DB_INT(pb->entity_id) };

		rc = db_exec(pb->db, SQL_OCCUPANCY_UPSERT, o, 3, NULL, NULL);
	}
	db_values_free(cur, def->nfields + 1);
	return rc;
}

static enum db_status insert_basis(struct pub *, const char *, const char *, const char *,
    unsigned long long *);

static const char *
doc_type_for(const char *status)
{
	if (strcmp(status, "revoked") == 0)
		return "revocation_decision";
	if (strcmp(status, "suspended") == 0)
		return "suspension_decision";
	if (strcmp(status, "delayed") == 0)
		return "delay_decision";
	return "other";
}

/* A status change: the legal document, the event, the project's status, and the change
 * history. A partial revocation (status "revoked", revocation "partial" in the form) is an
 * event that reduces the land and keeps the project's status: the event records the status
 * in effect, the project keeps it and the mark of the land lost. */
static enum db_status
apply_status(struct pub *pb)
{
	struct record_form *f = &pb->f;
	const char *to = record_value(f, "status"), *on = record_value(f, "effective_on");
	const char *revocation = record_value(f, "revocation");
	bool partial = record_partial_revocation(f);
	const char *after = record_value(f, "land_ha_after");
	struct db_param key = DB_INT(pb->entity_id);
	struct status_row cur;
	char arg[40];
	unsigned long long doc_id = 0, change_id, n = 0;
	enum db_status rc;
	int found;

	rc = FETCH_ROW(pb->db, SQL_PROJECT_STATUS_LOCK, &key, 1, status_cols, &cur, &found);
	if (rc != DB_OK || !found) {
		FREE_ROW(status_cols, &cur);
		return rc != DB_OK ? rc : DB_CONFLICT;
	}
	if (cur.version != pb->base_version) {
		pb->why = "publish.error.version";
		rc = DB_CONFLICT;
		goto out;
	}
	if (!status_transition_ok(cur.status, to)) {
		pb->why = "edit.error.transition";
		rc = DB_CONFLICT;
		goto out;
	}
	if ((rc = insert_basis(pb, doc_type_for(to), record_value(f, "reason"),
	    record_value(f, "reason_en"), &doc_id)) != DB_OK)
		goto out;
	{
		struct db_param e[13] = { pb->event_id ? DB_INT(pb->event_id) : DB_NULL,
		    DB_INT(pb->entity_id), DB_TEXT(partial ? cur.status : to), DB_TEXT(on),
		    DB_TEXT(record_value(f, "reason")), DB_TEXT(record_value(f, "reason_en")),
		    DB_TEXT(record_value(f, "remedy")), DB_TEXT(record_value(f, "remedy_en")),
		    DB_TEXT(record_value(f, "remedy_due")), DB_TEXT(revocation),
		    partial ? DB_TEXT(cur.land_ha) : DB_NULL, partial ? DB_TEXT(after) : DB_NULL,
		    doc_id ? DB_INT((long long)doc_id) : DB_NULL };

		if ((rc = db_exec(pb->db, SQL_EVENT_INSERT, e, 13, NULL, NULL)) != DB_OK)
			goto out;
	}
	{
		struct db_param u[6] = { DB_TEXT(to), DB_TEXT(on), DB_TEXT(to),
		    DB_TEXT(record_value(f, "remedy_due")), DB_INT(pb->entity_id),
		    DB_INT(pb->base_version) };
		struct db_param r[5] = { DB_TEXT(after), DB_TEXT(on), DB_TEXT(after),
		    DB_INT(pb->entity_id), DB_INT(pb->base_version) };

		rc = partial ? db_exec(pb->db, SQL_PROJECT_PART_REVOKE, r, 5, &n, NULL) :
		    db_exec(pb->db, SQL_PROJECT_SET_STATUS, u, 6, &n, NULL);
		if (rc == DB_OK && n == 0) {
			pb->why = "publish.error.version";
			rc = DB_CONFLICT;
			goto out;
		}
	}
	/* a partial revocation changes the land, not the status */
	snprintf(arg, sizeof(arg), "status.%s", to);
	if (rc == DB_OK)
		rc = log_change(pb, "project", partial ? "changelog.partial" : "changelog.status",
		    partial ? NULL : arg, &change_id);
	if (rc == DB_OK && !partial)
		rc = log_field(pb, change_id, "status", cur.status, to);
	if (rc == DB_OK && partial)
		rc = log_field(pb, change_id, "land_ha", cur.land_ha, after);
	/* the texts and the legal basis as they were given, each its own field */
	{
		static const char *const given[] = { "reason", "reason_en", "doc_number",
		    "doc_issued_on", "doc_issuer", NULL };

		for (int k = 0; rc == DB_OK && given[k] != NULL; k++)
			if (record_value(f, given[k]) != NULL)
				rc = log_field(pb, change_id, given[k], NULL, record_value(f, given[k]));
	}
out:
	FREE_ROW(status_cols, &cur);
	return rc;
}

/* An optional legal basis (number, date, issuer) as a document of the project, titled by
 * the form's doc_title, else by title (and title_en); *id is 0 when there is none. */
static enum db_status
insert_basis(struct pub *pb, const char *doc_type, const char *title, const char *title_en,
    unsigned long long *id)
{
	struct record_form *f = &pb->f;
	const char *t = record_value(f, "doc_title");
	const char *t_en = record_value(f, "doc_title_en");
	struct db_param d[10] = { pb->doc_id ? DB_INT(pb->doc_id) : DB_NULL, DB_INT(pb->entity_id), DB_TEXT(doc_type),
	    DB_TEXT(record_value(f, "doc_number")), DB_TEXT(record_value(f, "doc_issued_on")),
	    DB_TEXT(record_value(f, "doc_issuer")), DB_TEXT(t ? t : title),
	    DB_TEXT(t ? t_en : title_en), DB_TEXT(record_value(f, "doc_url")),
	    DB_TEXT(record_value(f, "doc_file_id")) };

	const char *file = record_value(f, "doc_file_id");

	*id = 0;
	if (record_value(f, "doc_number") == NULL)
		return DB_OK;
	if (file != NULL) {
		/* a file is published only by the request that uploaded it */
		struct db_param k = DB_TEXT(file);
		struct file_owner_row o;
		int found;
		enum db_status rc = FETCH_ROW(pb->db, SQL_FILE_OWNER, &k, 1, file_owner_cols, &o,
		    &found);
		bool mine = rc == DB_OK && found && o.request_id == pb->request_id;

		if (rc != DB_OK)
			return rc;
		if (!mine) {
			pb->why = "publish.error.file";
			return DB_CONFLICT;
		}
	}
	return db_exec(pb->db, SQL_DOCUMENT_INSERT, d, 10, NULL, id);
}

/* The change history of the project for an added finding or document: each value given. */
static enum db_status
log_added(struct pub *pb, const char *summary_key)
{
	unsigned long long change_id;
	enum db_status rc = log_change(pb, "project", summary_key, NULL, &change_id);

	for (unsigned int i = 0; rc == DB_OK && i < pb->f.def->nfields; i++)
		if (pb->f.values[i] != NULL && strcmp(pb->f.def->fields[i].name, "doc_file_id") != 0)
			rc = log_field(pb, change_id, pb->f.def->fields[i].name, NULL, pb->f.values[i]);
	return rc;
}

static enum db_status
apply_finding(struct pub *pb)
{
	struct record_form *f = &pb->f;
	unsigned long long doc = 0;
	enum db_status rc = insert_basis(pb, "inspection_conclusion", record_value(f, "summary"),
	    record_value(f, "summary_en"), &doc);

	if (rc == DB_OK) {
		struct db_param p[9] = { DB_INT(pb->entity_id), DB_TEXT(record_value(f, "area")),
		    DB_TEXT(record_value(f, "reviewed_on")), DB_TEXT(record_value(f, "outcome")),
		    DB_TEXT(record_value(f, "summary")), DB_TEXT(record_value(f, "summary_en")),
		    DB_TEXT(record_value(f, "action")), DB_TEXT(record_value(f, "action_en")),
		    doc ? DB_INT((long long)doc) : DB_NULL };

		rc = db_exec(pb->db, SQL_FINDING_INSERT, p, 9, NULL, NULL);
	}
	return rc == DB_OK ? log_added(pb, "changelog.finding") : rc;
}

static enum db_status
apply_document(struct pub *pb)
{
	unsigned long long doc = 0;
	enum db_status rc = insert_basis(pb, record_value(&pb->f, "doc_type"), NULL, NULL, &doc);

	return rc == DB_OK ? log_added(pb, "changelog.document") : rc;
}

static enum db_status
apply_announcement(struct pub *pb)
{
	struct record_form *f = &pb->f;
	struct db_param p[6] = { DB_INT(pb->entity_id), DB_TEXT(record_value(f, "published_on")),
	    DB_TEXT(record_value(f, "title")), DB_TEXT(record_value(f, "title_en")),
	    DB_TEXT(record_value(f, "body")), DB_TEXT(record_value(f, "body_en")) };

	return db_exec(pb->db, SQL_ANNOUNCEMENT_INSERT, p, 6, NULL, NULL);
}

/* The board scope again at publication: the zone may have moved, the board may no longer
 * be the provincial one. */
static enum db_status
check_scope(struct pub *pb)
{
	const char *field, *why;
	enum db_status rc = edit_scope(pb->db, &pb->f, pb->board_id, pb->author_admin, &field, &why);

	if (rc == DB_OK && why != NULL) {
		pb->why = why;
		rc = DB_CONFLICT;
	}
	return rc;
}

static enum db_status
apply_target(struct pub *pb)
{
	struct record_form *f = &pb->f;
	const char *zone = record_value(f, "zone");
	struct db_param p[9] = { DB_TEXT(zone), DB_TEXT(record_value(f, "period_label")),
	    DB_TEXT(record_value(f, "period_start")), DB_TEXT(record_value(f, "period_end")),
	    DB_TEXT(record_value(f, "metric")), DB_TEXT(record_value(f, "target_value")),
	    DB_TEXT(record_value(f, "metric")), DB_TEXT(record_value(f, "source")),
	    DB_TEXT(record_value(f, "source_en")) };

	enum db_status rc = check_scope(pb);

	return rc == DB_OK ? db_exec(pb->db, SQL_TARGET_UPSERT, p, 9, NULL, NULL) : rc;
}

static enum db_status
apply_index(struct pub *pb)
{
	struct record_form *f = &pb->f;
	struct db_param e[5] = { DB_TEXT(record_value(f, "index_code")),
	    DB_TEXT(record_value(f, "year")), DB_TEXT(record_value(f, "provinces_ranked")),
	    DB_TEXT(record_value(f, "source")), DB_TEXT(record_value(f, "source_en")) };
	struct db_param s[5] = { DB_TEXT(record_value(f, "score")), DB_TEXT(record_value(f, "rank_no")),
	    DB_TEXT(record_value(f, "index_code")), DB_TEXT(record_value(f, "year")),
	    DB_TEXT(record_value(f, "province")) };
	unsigned long long n = 0;
	enum db_status rc = check_scope(pb);

	if (rc == DB_OK)
		rc = db_exec(pb->db, SQL_EDITION_UPSERT, e, 5, NULL, NULL);

	if (rc == DB_OK)
		rc = db_exec(pb->db, SQL_SCORE_UPSERT, s, 5, &n, NULL);
	if (rc == DB_OK && n == 0) {
		pb->why = "publish.error.province";
		rc = DB_CONFLICT;
	}
	return rc;
}

enum db_status
publish_apply(struct pub *pb, enum record_kind kind)
{
	switch (kind) {
	case RECORD_STATUS:
		return apply_status(pb);
	case RECORD_FINDING:
		return apply_finding(pb);
	case RECORD_DOCUMENT:
		return apply_document(pb);
	case RECORD_ANNOUNCEMENT:
		return apply_announcement(pb);
	case RECORD_TARGET:
		return apply_target(pb);
	case RECORD_INDEX:
		return apply_index(pb);
	default:
		return apply_fields(pb);
	}
}

enum db_status
publish_log(struct pub *pb, const char *entity, const char *key, unsigned long long *change_id)
{
	return log_change(pb, entity, key, NULL, change_id);
}

enum db_status
publish_log_field(struct pub *pb, unsigned long long change_id, const char *field,
    const char *old, const char *new)
{
	return log_field(pb, change_id, field, old, new);
}
