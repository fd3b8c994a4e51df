/* /staff/changes/<id> — one change request: what it changes (published → proposed), its
 * state, and the actions the viewer may take: submit (its author), publish or send back
 * with a comment (a reviewer of the board who is not its author). */
#include "import.h"
#include "publish.h"

/* The columns of SQL_REQUEST_GET it reads, by name: c->v[C_X] is the column change_cols[C_X]. */
enum { C_ID, C_BOARD, C_ENTITY, C_ENTITY_ID, C_BASE, C_STATE, C_PAYLOAD, C_NOTE, C_NOTE_EN, C_AUTHOR_ID,
    C_COMMENT, C_AUTHOR, C_BOARD_NAME, C_CREATED, C_SUBMITTED, C_DECIDED, C_REVIEWER, C__MAX };
static const char *const change_cols[C__MAX] = { "id", "board_id", "entity", "entity_id",
    "base_version", "state", "payload", "note", "note_en", "author_id", "review_comment", "author",
    "board_name", "created_at", "submitted_at", "decided_at", "reviewer" };

struct change {
	long long	 id, board_id, entity_id, author_id;
	char		*v[C__MAX];	/* the SQL_REQUEST_GET columns, as change_cols */
};

static int
change_load(struct request *req, const char *key, struct change *c)
{
	char *end;
	long long id = strtoll(key, &end, 10);
	struct db_param p = DB_INT(id);
	int found;
	enum db_status rc;

	memset(c, 0, sizeof(*c));
	if (*key == '\0' || *end != '\0' || id <= 0)
		return 404;
	rc = db_fetch_named(staff_db(req), SQL_REQUEST_GET, &p, 1, change_cols, C__MAX, c->v,
	    &found);
	if (rc != DB_OK)
		return db_http_status(rc);
	if (!found)
		return 404;
	c->id = id;
	c->board_id = atoll(c->v[C_BOARD]);
	c->entity_id = c->v[C_ENTITY_ID] ? atoll(c->v[C_ENTITY_ID]) : 0;
	c->author_id = atoll(c->v[C_AUTHOR_ID]);
	return 0;
}

static void
change_free(struct change *c)
{
	db_values_free(c->v, C__MAX);
}

static bool
may_see(const struct session *s, const struct change *c)
{
	return s->admin || c->author_id == s->user_id ||
	    auth_has_role(s, c->board_id, "editor") || auth_has_role(s, c->board_id, "reviewer");
}

/* The attached PDF of a change: for the editors and reviewers of its board. */
static bool
may_open_file(const struct session *s, const struct change *c)
{
	return auth_has_role(s, c->board_id, "editor") || auth_has_role(s, c->board_id, "reviewer");
}

/* Withdrawing an open request: its author, or a reviewer of its board. */
static bool
may_withdraw(const struct session *s, const struct change *c)
{
	const char *st = c->v[C_STATE];

	return (strcmp(st, "draft") == 0 || strcmp(st, "submitted") == 0 ||
	    strcmp(st, "returned") == 0) && (c->author_id == s->user_id ||
	    auth_has_role(s, c->board_id, "reviewer"));
}

/* The values a change stands beside, in field order: the published ones of the record it
 * edits; for a status change, the project's status and land area now; none for a record it
 * adds. Points into t. */
static char *const *
change_current(struct edit_target *t)
{
	int st, land;

	if (!t->def->adds)
		return t->current;
	if (t->def->kind != RECORD_STATUS)
		return NULL;
	st = record_field(t->def, "status");
	land = record_field(t->def, "land_ha_after");
	t->current[st] = t->status ? xstrdup(t->status) : NULL;
	t->current[land] = t->land_ha ? xstrdup(t->land_ha) : NULL;
	return t->current;
}

int
page_change(struct request *req)
{
	struct session *s = auth_session(req);
	xmlNodePtr ch = xml_elem(req->page, "change");
	struct change c;
	struct edit_target t;
	struct record_form f;
	enum record_kind kind;
	enum db_status rc = DB_OK;
	int status;

	if ((status = change_load(req, req->path_args[0], &c)) != 0)
		return status;
	if (!may_see(s, &c)) {
		change_free(&c);
		return 403;
	}
	for (int i = 0; i < C__MAX; i++)
		if (i != C_PAYLOAD)
			xml_text(ch, change_cols[i], c.v[i]);
	kind = edit_kind(c.v[C_ENTITY]);
	if (may_withdraw(s, &c))
		xml_attr(ch, "can_withdraw", "1");
	if (strcmp(c.v[C_STATE], "draft") == 0 || strcmp(c.v[C_STATE], "returned") == 0) {
		if (c.author_id == s->user_id && auth_has_role(s, c.board_id, "editor"))
			xml_attr(ch, "can_submit", "1");
	} else if (strcmp(c.v[C_STATE], "submitted") == 0 &&
	    auth_has_role(s, c.board_id, "reviewer")) {
		xml_attr(ch, c.author_id == s->user_id ? "own" : "can_review", "1");
	}
	if (strcmp(c.v[C_ENTITY], "import") == 0) {
		struct import im;

		memset(&im, 0, sizeof(im));
		if (import_parse_payload(&im, c.v[C_PAYLOAD]) == 0)
			import_xml(&im, ch);
		import_free(&im);
	} else if (kind != RECORD__MAX && edit_target_by_id(req, kind, c.entity_id, &t) == 0) {
		edit_target_xml(&t, ch);
		record_form_parse(t.def, c.v[C_PAYLOAD], &f);
		if (record_value(&f, "doc_file_id") != NULL && may_open_file(s, &c))
			xml_attr(ch, "file", "1");	/* the reviewer opens the PDF before publishing */
		rc = edit_choices_xml(staff_db(req), record_form_xml(&f, change_current(&t), ch));
		record_form_free(&f);
		edit_target_free(&t);
	}
	if (rc == DB_OK)
		rc = edit_thread_xml(req, c.id, ch);
	change_free(&c);
	return rc == DB_OK ? 200 : db_http_status(rc);
}

/* Audits action on the change request c: "request <id>[: text]" in the detail. */
static void
audit_request(struct request *req, const char *action, const struct change *c, const char *text)
{
	struct buf d;

	buf_init(&d);
	buf_printf(&d, "request %lld%s%s", c->id, text ? ": " : "", text ? text : "");
	audit(req, action, c->v[C_ENTITY], c->entity_id, d.data);
	buf_free(&d);
}

/* True when the request edits a record and proposes exactly its published values. */
static bool
changes_nothing(struct request *req, const struct change *c)
{
	enum record_kind kind = edit_kind(c->v[C_ENTITY]);
	struct edit_target t;
	struct record_form f;
	bool none;

	if (kind == RECORD__MAX || record_defs[kind].adds ||
	    edit_target_by_id(req, kind, c->entity_id, &t) != 0)
		return false;
	none = record_form_parse(t.def, c->v[C_PAYLOAD], &f) == 0 && record_unchanged(&f, t.current);
	record_form_free(&f);
	edit_target_free(&t);
	return none;
}

/* Shows the change's page again, with status and the reason (a catalog key) the action
 * was refused; the reason is audited. */
static int
refuse(struct request *req, struct change *c, const char *action, int status, const char *why,
    const char *field)
{
	xmlNodePtr e = xml_elem(req->page, "refused");
	char detail[400];

	snprintf(detail, sizeof(detail), "%s%s%s%s%s", why, field ? " " : "", field ? field : "",
	    status >= 500 ? ": " : "", status >= 500 ? db_last_error(staff_db(req)) : "");
	xml_attr(e, "reason", why);
	xml_attr(e, "field", field);
	audit_request(req, action, c, detail);
	req->resp.status = status;
	change_free(c);
	status = page_change(req);
	/* a database still away cannot show the page: the 503 page says so */
	return status == 200 ? 200 : req->resp.status;
}

/* Runs stmt on the request (its state changes when *changed > 0) and adds the event kind
 * with comment to its conversation, in one transaction; a withdrawal also drops the files
 * the request uploaded (they would belong to no open request). */
static enum db_status
state_change(struct request *req, const struct change *c, unsigned int stmt,
    const struct db_param *p, unsigned int n, const char *kind, const char *comment,
    unsigned long long *changed)
{
	struct db *db = staff_db(req);
	enum db_status rc = db_begin(db);

	*changed = 0;
	if (rc == DB_OK)
		rc = db_exec(db, stmt, p, n, changed, NULL);
	if (rc == DB_OK && *changed > 0)
		rc = edit_request_event(req, c->id, kind, comment);
	if (rc == DB_OK && *changed > 0 && strcmp(kind, "withdrawn") == 0) {
		struct db_param f[2] = { DB_INT(c->id), DB_INT(0) };

		rc = db_exec(db, SQL_FILES_OTHER_DELETE, f, 2, NULL, NULL);
	}
	if (rc == DB_OK)
		rc = db_commit(db);
	if (rc != DB_OK)
		db_rollback(db);
	return rc;
}

int
page_change_action(struct request *req)
{
	struct session *s = auth_session(req);
	const char *action = req->path_args[1];
	struct change c;
	char path[64];
	int status;

	if ((status = change_load(req, req->path_args[0], &c)) != 0)
		return status;
	snprintf(path, sizeof(path), "/staff/changes/%lld", c.id);
	if (strcmp(action, "submit") == 0) {
		struct db_param p[2] = { DB_INT(c.id), DB_INT(s->user_id) };
		unsigned long long n = 0;
		enum db_status rc;

		if (c.author_id != s->user_id || !auth_has_role(s, c.board_id, "editor"))
			status = 403;
		else if (changes_nothing(req, &c))
			return refuse(req, &c, "submit_refused", 422, "edit.error.unchanged", NULL);
		else if ((rc = state_change(req, &c, SQL_REQUEST_SUBMIT, p, 2, "submitted", NULL, &n)) !=
		    DB_OK)
			status = db_http_status(rc);
		else if (n == 0)
			status = 409;
		else {
			audit_request(req, "submit", &c, NULL);
			status = staff_redirect(req, path);
		}
	} else if (strcmp(action, "return") == 0) {
		const char *comment = param_text(req, "comment");
		struct db_param p[4] = { DB_TEXT("returned"), DB_INT(s->user_id), DB_TEXT(comment),
		    DB_INT(c.id) };
		unsigned long long n = 0;
		enum db_status rc;

		if (!auth_has_role(s, c.board_id, "reviewer") || c.author_id == s->user_id)
			status = 403;
		else if (comment == NULL)
			status = http_bad_param(req, "comment", "error.param.required");
		else if ((rc = state_change(req, &c, SQL_REQUEST_SET_STATE, p, 4, "returned", comment,
		    &n)) != DB_OK)
			status = db_http_status(rc);
		else if (n == 0)
			status = 409;
		else {
			audit_request(req, "send_back", &c, comment);
			status = staff_redirect(req, path);
		}
	} else if (strcmp(action, "withdraw") == 0) {
		struct db_param p = DB_INT(c.id);
		unsigned long long n = 0;
		enum db_status rc;

		if (c.author_id != s->user_id && !auth_has_role(s, c.board_id, "reviewer"))
			status = 403;
		else if (!may_withdraw(s, &c))
			status = 409;	/* published or withdrawn already */
		else if ((rc = state_change(req, &c, SQL_REQUEST_WITHDRAW, &p, 1, "withdrawn", NULL,
		    &n)) != DB_OK)
			status = db_http_status(rc);
		else if (n == 0)
			status = 409;
		else {
			audit_request(req, "withdraw", &c, NULL);
			status = staff_redirect(req, path);
		}
	} else if (strcmp(action, "publish") == 0) {
		const char *why = NULL, *field = NULL;

		status = publish_request(req, c.id, &why, &field);
		if (status == 0)
			status = staff_redirect(req, path);
		else if (why != NULL) {
			/* refused or failed: said on the change's page, in the user's language, with
			 * the field a data rule concerns */
			return refuse(req, &c, status >= 500 ? "publish_failed" : "publish_refused",
			    status, why, field);
		}
	} else
		status = 404;
	change_free(&c);
	return status;
}

struct file_ctx {
	struct request	*req;
	long long	 id;
	bool		 found;
};

static int
on_file(void *p, const struct db_row *r)
{
	struct file_ctx *fc = p;
	char disposition[96];

	fc->found = true;
	snprintf(disposition, sizeof(disposition), "inline; filename=\"change-%lld.pdf\"", fc->id);
	http_add_header(fc->req, "Content-Disposition", disposition);
	http_add_header(fc->req, "X-Content-Type-Options", "nosniff");
	http_add_header(fc->req, "Content-Security-Policy", "sandbox; default-src 'none'");
	http_send(fc->req, r->values[0], r->lengths[0], "application/pdf");
	return 1;
}

/* GET /staff/changes/<id>/file — the PDF a change request attaches, before it is published:
 * only its own file (document_files.request_id), only to the editors and reviewers of its
 * board, sandboxed like /documents/<id>. */
int
page_change_file(struct request *req)
{
	struct session *s = auth_session(req);
	struct change c;
	struct record_form f;
	struct file_ctx fc = { req, 0, false };
	enum record_kind kind;
	enum db_status rc = DB_OK;
	int status;

	if ((status = change_load(req, req->path_args[0], &c)) != 0)
		return status;
	if (!may_open_file(s, &c)) {
		change_free(&c);
		return 403;
	}
	kind = edit_kind(c.v[C_ENTITY]);
	fc.id = c.id;
	memset(&f, 0, sizeof(f));
	if (kind != RECORD__MAX && record_field(&record_defs[kind], "doc_file_id") >= 0) {
		record_form_parse(&record_defs[kind], c.v[C_PAYLOAD], &f);
		if (record_value(&f, "doc_file_id") != NULL) {
			struct db_param p[2] = { DB_TEXT(record_value(&f, "doc_file_id")), DB_INT(c.id) };

			rc = db_query(staff_db(req), SQL_FILE_OF_REQUEST, p, 2, on_file, &fc);
		}
		record_form_free(&f);
	}
	change_free(&c);
	if (rc != DB_OK && rc != DB_ABORTED)
		return db_http_status(rc);
	return fc.found ? PAGE_DONE : 404;
}
