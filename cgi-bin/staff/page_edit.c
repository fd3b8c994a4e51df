/* /staff/zones/<slug>/edit, /staff/projects/<id>/edit and /staff/projects/<id>/status:
 * the forms that prepare a change. Saving stores a change request (a draft, or submitted
 * for review); nothing public changes until a reviewer publishes it. Errors are shown
 * beside their fields with the input kept; a record changed or claimed by someone else
 * meanwhile gives a conflict page with both versions, and nothing is saved. */
#include "edit.h"

#include <sodium.h>

struct open_request {
	long long	 id;
	long long	 author_id;
	char		*author;
	char		*state;
	char		*payload;
	char		*note;
	char		*note_en;
};

static void
open_request_free(struct open_request *o)
{
	free(o->author);
	free(o->state);
	free(o->payload);
	free(o->note);
	free(o->note_en);
	memset(o, 0, sizeof(*o));
}

/* The open change request on this record, if any (o->id 0 when none). */
static enum db_status
open_request(struct request *req, const struct edit_target *t, struct open_request *o)
{
	struct db_param p[2] = { DB_TEXT(t->def->entity), DB_INT(t->id) };
	struct open_row r;
	int found;
	enum db_status rc;

	memset(o, 0, sizeof(*o));
	rc = FETCH_ROW(staff_db(req), SQL_REQUEST_OPEN_FOR, p, 2, open_cols, &r, &found);
	if (rc != DB_OK || !found) {
		FREE_ROW(open_cols, &r);
		return rc;
	}
	o->id = r.id;
	o->author_id = r.author_id;
	o->author = r.display_name;
	o->state = r.state;
	o->payload = r.payload;
	o->note = r.note;
	o->note_en = r.note_en;
	return DB_OK;
}

/* <pending id state><author/></pending> under parent; NULL when there is no open request. */
static xmlNodePtr
open_request_xml(const struct open_request *o, xmlNodePtr parent)
{
	xmlNodePtr n;

	if (o->id == 0)
		return NULL;
	n = xml_elem(parent, "pending");
	xml_attr_int(n, "id", o->id);
	xml_attr(n, "state", o->state);
	xml_text(n, "author", o->author);
	return n;
}

/* The form's fields under parent, the coded ones a choice from their vocabulary. */
static enum db_status
form_xml(struct request *req, const struct record_form *f, char *const *current, xmlNodePtr parent)
{
	return edit_choices_xml(staff_db(req), record_form_xml(f, current, parent));
}

/* The form prefilled with the published values (a status change starts empty). */
static void
form_from_current(const struct edit_target *t, struct record_form *f)
{
	memset(f, 0, sizeof(*f));
	f->def = t->def;
	for (unsigned int i = 0; i < t->def->nfields; i++)
		f->values[i] = t->current[i] ? xstrdup(t->current[i]) : NULL;
}

static int
edit_page(struct request *req, enum record_kind kind)
{
	struct session *s = auth_session(req);
	xmlNodePtr edit = xml_elem(req->page, "edit");
	struct edit_target t;
	struct open_request o;
	struct record_form f;
	enum db_status rc;
	int status;

	if ((status = edit_target_load(req, kind, req->path_args[0], &t)) != 0)
		return status;
	if (!auth_has_role(s, t.board_id, "editor")) {
		edit_target_free(&t);
		return 403;
	}
	if ((rc = open_request(req, &t, &o)) != DB_OK) {
		edit_target_free(&t);
		return db_http_status(rc);
	}
	xml_attr(edit, "kind", t.def->entity);
	edit_target_xml(&t, edit);
	if (o.id != 0 && (rc = edit_thread_xml(req, o.id, open_request_xml(&o, edit))) != DB_OK) {
		open_request_free(&o);
		edit_target_free(&t);
		return db_http_status(rc);
	}
	if (o.id != 0 && o.author_id == s->user_id && strcmp(o.state, "submitted") != 0) {
		/* go on with one's own draft */
		record_form_parse(t.def, o.payload, &f);
		memset(f.errors, 0, sizeof(f.errors));
		xml_text(edit, "note", o.note);
		xml_text(edit, "note_en", o.note_en);
	} else
		form_from_current(&t, &f);
	rc = form_xml(req, &f, t.def->adds ? NULL : t.current, edit);
	record_form_free(&f);
	open_request_free(&o);
	edit_target_free(&t);
	return rc == DB_OK ? 200 : db_http_status(rc);
}

int
page_zone_edit(struct request *req)
{
	return edit_page(req, RECORD_ZONE);
}

int
page_project_edit(struct request *req)
{
	return edit_page(req, RECORD_PROJECT);
}

int
page_facts_edit(struct request *req)
{
	return edit_page(req, RECORD_FACTS);
}

int
page_status(struct request *req)
{
	return edit_page(req, RECORD_STATUS);
}

/* 409: both versions side by side (theirs: published or pending; mine: the form). */
static int
conflict(struct request *req, xmlNodePtr edit, const char *why, char *const *theirs,
    const struct record_form *mine)
{
	xmlNodePtr c = xml_elem(edit, "conflict");

	xml_attr(c, "reason", why);
	(void)form_xml(req, mine, theirs, c);
	req->resp.status = 409;
	audit(req, "edit_conflict", mine->def->entity, 0, why);
	return 200;
}

#define PDF_MAX	(10 * 1024 * 1024)

/* The decision's PDF attached to the form, if any, checked by its content (a PDF header, an
 * end-of-file marker near the end) and capped. Returns NULL (none, or a good one in *out),
 * or the catalog key of the reason it is refused. Nothing is stored here. */
static const char *
pdf_check(struct request *req, const struct upload **out)
{
	const struct upload *u = upload_get(&req->files, "doc_pdf");

	*out = NULL;
	if (u == NULL || u->len == 0)
		return NULL;
	if (u->len > PDF_MAX)
		return "edit.error.pdf_size";
	if (u->len < 16 || memcmp(u->data, "%PDF-", 5) != 0 ||
	    memmem(u->data + (u->len > 1024 ? u->len - 1024 : 0), u->len > 1024 ? 1024 : u->len,
	    "%%EOF", 5) == NULL)
		return "edit.error.pdf_type";
	*out = u;
	return NULL;
}

/* Stores the PDF as a file of change request id (by its SHA-256: the same file is kept once
 * per request), puts its id in the form and the request's payload, and drops the request's
 * earlier file. Inside the caller's transaction. */
static enum db_status
store_pdf(struct request *req, const struct upload *u, unsigned long long request_id,
    struct record_form *f)
{
	unsigned char hash[crypto_hash_sha256_BYTES];
	unsigned long long file = 0;
	char idtext[24], *payload;
	int i = record_field(f->def, "doc_file_id");
	enum db_status rc;

	crypto_hash_sha256(hash, (const unsigned char *)u->data, u->len);
	{
		struct db_param p[4] = { DB_INT((long long)request_id),
		    DB_BLOB((const char *)hash, sizeof(hash)), DB_INT((long long)u->len),
		    DB_BLOB(u->data, u->len) };

		if ((rc = db_exec(staff_db(req), SQL_FILE_INSERT, p, 4, NULL, &file)) != DB_OK)
			return rc;
	}
	snprintf(idtext, sizeof(idtext), "%llu", file);
	free(f->values[i]);
	f->values[i] = xstrdup(idtext);
	payload = record_form_payload(f);
	{
		struct db_param p[2] = { DB_TEXT(payload), DB_INT((long long)request_id) };

		rc = db_exec(staff_db(req), SQL_REQUEST_SET_PAYLOAD, p, 2, NULL, NULL);
	}
	free(payload);
	if (rc == DB_OK) {
		struct db_param p[2] = { DB_INT((long long)request_id), DB_INT((long long)file) };

		rc = db_exec(staff_db(req), SQL_FILES_OTHER_DELETE, p, 2, NULL, NULL);
	}
	return rc;
}

/* Keeps the file of one's own draft when the form brings no new one (the form never names
 * a file: see record_form_read). */
static void
keep_draft_file(const struct open_request *o, struct record_form *f)
{
	struct record_form draft;
	int i = record_field(f->def, "doc_file_id");

	if (i < 0 || o->id == 0 || o->payload == NULL)
		return;
	record_form_parse(f->def, o->payload, &draft);
	if (draft.values[i] != NULL) {
		free(f->values[i]);
		f->values[i] = xstrdup(draft.values[i]);
	}
	record_form_free(&draft);
}

/* Writes the change request (new, or one's own draft again) and its PDF in one
 * transaction: the file exists only with the request that owns it. */
static enum db_status
save_request(struct request *req, const struct edit_target *t, const struct open_request *o,
    const struct upload *pdf, const char *note, const char *note_en, bool submit,
    struct record_form *f,
    unsigned long long *id)
{
	struct session *s = auth_session(req);
	char *payload = record_form_payload(f);
	enum db_status rc;

	if ((rc = db_begin(staff_db(req))) != DB_OK) {
		free(payload);
		return rc;
	}
	if (o->id != 0) {
		struct db_param p[8] = { DB_TEXT(payload), DB_TEXT(note), DB_TEXT(note_en),
		    DB_INT(t->version), DB_TEXT(submit ? "submitted" : "draft"),
		    DB_TEXT(submit ? "submitted" : "draft"), DB_INT(o->id), DB_INT(s->user_id) };

		rc = db_exec(staff_db(req), SQL_REQUEST_UPDATE_DRAFT, p, 8, NULL, NULL);
		*id = (unsigned long long)o->id;
	} else {
		struct db_param p[10] = { DB_INT(t->board_id), DB_TEXT(t->def->entity), DB_INT(t->id),
		    DB_INT(t->version), DB_TEXT(submit ? "submitted" : "draft"), DB_TEXT(payload),
		    DB_TEXT(note), DB_TEXT(note_en), DB_INT(s->user_id),
		    DB_TEXT(submit ? "submitted" : "draft") };

		rc = db_exec(staff_db(req), SQL_REQUEST_INSERT, p, 10, NULL, id);
	}
	free(payload);
	if (rc == DB_OK && submit)
		rc = edit_request_event(req, (long long)*id, "submitted", NULL);
	if (rc == DB_OK && pdf != NULL)
		rc = store_pdf(req, pdf, *id, f);
	if (rc == DB_OK)
		rc = db_commit(staff_db(req));
	if (rc != DB_OK)
		db_rollback(staff_db(req));
	return rc;
}

static int
edit_post(struct request *req, enum record_kind kind)
{
	struct session *s = auth_session(req);
	xmlNodePtr edit = xml_elem(req->page, "edit");
	const char *note = param_text(req, "note"), *action = param_text(req, "action");
	const char *note_en = param_text(req, "note_en");
	long long version = param_int(req, "version", -1);
	bool submit = action != NULL && strcmp(action, "submit") == 0;
	struct edit_target t;
	struct open_request o = { 0 };
	struct record_form f;
	const struct upload *pdf = NULL;
	const char *why;
	enum db_status rc;
	int status = 200;
	unsigned long long id = 0;

	if ((status = edit_target_load(req, kind, req->path_args[0], &t)) != 0)
		return status;
	if (!auth_has_role(s, t.board_id, "editor")) {
		edit_target_free(&t);
		return 403;
	}
	status = 200;
	xml_attr(edit, "kind", t.def->entity);
	edit_target_xml(&t, edit);
	xml_text(edit, "note", note);
	xml_text(edit, "note_en", note_en);
	record_form_read(t.def, &req->form, &f);
	record_form_against(&f, t.status, t.land_ha);
	if ((rc = edit_codes_check(staff_db(req), &f)) != DB_OK) {
		status = db_http_status(rc);
		goto out;
	}
	if ((rc = edit_boundary_against(staff_db(req), &f)) != DB_OK) {
		status = db_http_status(rc);
		goto out;
	}
	if (f.nerrors == 0 && (kind == RECORD_TARGET || kind == RECORD_INDEX)) {
		const char *field = NULL;

		if ((rc = edit_scope(staff_db(req), &f, t.board_id, s->admin, &field, &why)) != DB_OK) {
			status = db_http_status(rc);
			goto out;
		}
		if (why != NULL) {
			/* a board's editor writes for that board only */
			f.errors[record_field(t.def, field)] = why;
			f.nerrors++;
			req->resp.status = 403;
			audit(req, "forbidden", t.def->entity, t.id, why);
		}
	}
	if (record_field(t.def, "doc_file_id") >= 0 && (why = pdf_check(req, &pdf)) != NULL)
		xml_attr(edit, "pdf_error", why);
	if (note == NULL || strlen(note) > 2000)
		xml_attr(edit, "note_error", note ? "error.param.too_long" : "edit.error.note");
	if (f.nerrors > 0 || xmlHasProp(edit, BAD_CAST "note_error") != NULL ||
	    xmlHasProp(edit, BAD_CAST "pdf_error") != NULL) {
		(void)form_xml(req, &f, t.def->adds ? NULL : t.current, edit);
		if (req->resp.status == 200)
			req->resp.status = 400;
		goto out;
	}
	if (submit && record_unchanged(&f, t.current)) {
		/* nothing to review: the form proposes the published values */
		xml_attr(edit, "form_error", "edit.error.unchanged");
		(void)form_xml(req, &f, t.current, edit);
		req->resp.status = 422;
		goto out;
	}
	if ((rc = open_request(req, &t, &o)) != DB_OK) {
		status = db_http_status(rc);
		goto out;
	}
	if (o.id != 0 && (o.author_id != s->user_id || strcmp(o.state, "submitted") == 0)) {
		struct record_form theirs;

		record_form_parse(t.def, o.payload, &theirs);
		open_request_xml(&o, edit);
		status = conflict(req, edit, "edit.conflict.pending", theirs.values, &f);
		record_form_free(&theirs);
		goto out;
	}
	if (version != t.version) {
		status = conflict(req, edit, "edit.conflict.published", t.current, &f);
		goto out;
	}
	if (pdf == NULL)
		keep_draft_file(&o, &f);
	rc = save_request(req, &t, &o, pdf, note, note_en, submit, &f, &id);
	if (rc == DB_CONFLICT) {
		/* someone else's request got there first */
		status = conflict(req, edit, "edit.conflict.pending", t.current, &f);
		goto out;
	}
	if (rc != DB_OK) {
		status = db_http_status(rc);
		goto out;
	}
	{
		char path[64];
		char *payload = record_form_payload(&f);
		struct buf d;

		buf_init(&d);
		buf_printf(&d, "request %llu: %s", id, payload);
		audit(req, submit ? "submit" : "edit", t.def->entity, t.id, d.data);
		buf_free(&d);
		free(payload);
		snprintf(path, sizeof(path), "/staff/changes/%llu", id);
		status = staff_redirect(req, path);
	}
out:
	record_form_free(&f);
	open_request_free(&o);
	edit_target_free(&t);
	return status;
}

int
page_zone_edit_post(struct request *req)
{
	return edit_post(req, RECORD_ZONE);
}

int
page_project_edit_post(struct request *req)
{
	return edit_post(req, RECORD_PROJECT);
}

int
page_facts_edit_post(struct request *req)
{
	return edit_post(req, RECORD_FACTS);
}

int
page_status_post(struct request *req)
{
	return edit_post(req, RECORD_STATUS);
}

/* The pages that add records: /staff/projects/<id>/finding and /document,
 * /staff/boards/<slug>/announcement, /target and /index. The last path segment names
 * the kind of record. */
static enum record_kind
adding_kind(const struct request *req)
{
	const char *last = strrchr(req->path, '/') + 1;

	for (int k = 0; k < RECORD__MAX; k++)
		if (record_defs[k].adds && strcmp(record_defs[k].entity, last) == 0)
			return (enum record_kind)k;
	return RECORD__MAX;
}

int
page_add(struct request *req)
{
	enum record_kind k = adding_kind(req);

	return k == RECORD__MAX ? 404 : edit_page(req, k);
}

int
page_add_post(struct request *req)
{
	enum record_kind k = adding_kind(req);

	return k == RECORD__MAX ? 404 : edit_post(req, k);
}
