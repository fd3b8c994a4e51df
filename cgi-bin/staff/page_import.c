/* /staff/import — bulk import: GET the form, POST a CSV or XML file. A file with any error
 * is refused whole, its errors listed by line; a good one becomes a draft change request
 * whose page previews every operation, and goes through review like a hand edit. */
#include "import.h"

int
page_import(struct request *req)
{
	xml_elem(req->page, "import-form");
	return 200;
}

int
page_import_post(struct request *req)
{
	struct session *s = auth_session(req);
	const struct upload *u = upload_get(&req->files, "file");
	const char *note = param_text(req, "note"), *note_en = param_text(req, "note_en");
	xmlNodePtr page = xml_elem(req->page, "import-form");
	struct import im;
	enum db_status rc;
	char *payload;
	unsigned long long id = 0;
	int status;

	memset(&im, 0, sizeof(im));
	if (u == NULL || u->len == 0)
		import_error(&im, 0, "file", "error.param.required", NULL);
	else if (u->len > IMPORT_MAX_BYTES)
		import_error(&im, 0, "file", "import.error.size", NULL);
	else {
		size_t k = 0;

		/* XML or CSV, told by the content, whatever the name says */
		if (u->len >= 3 && memcmp(u->data, "\xef\xbb\xbf", 3) == 0)
			k = 3;
		while (k < u->len && (u->data[k] == ' ' || u->data[k] == '\n' || u->data[k] == '\r' ||
		    u->data[k] == '\t'))
			k++;
		if (k < u->len && u->data[k] == '<') {
			xml_attr(page, "format", "xml");
			import_read_xml_req(req, &im, u->data, u->len);
		} else {
			xml_attr(page, "format", "csv");
			import_read_csv(&im, u->data, u->len);
		}
	}
	if (note == NULL || *note == '\0' || strlen(note) > 2000)
		import_error(&im, 0, "note", "edit.error.note", NULL);
	/* the rows' errors and the record's together: every error of the file at once */
	if (im.nops > 0 && !im.errors_more && (rc = import_check(req, &im)) != DB_OK) {
		import_free(&im);
		return db_http_status(rc);
	}
	if (im.nerrors == 0 && im.nops == 0)
		import_error(&im, 0, NULL, "import.error.nothing", NULL);
	if (im.nerrors > 0) {
		import_xml(&im, page);
		xml_text(page, "note", note);
		xml_text(page, "note_en", note_en);
		audit(req, "import_refused", "import", 0, u ? u->filename : NULL);
		import_free(&im);
		req->resp.status = 400;
		return 200;
	}
	payload = import_payload(&im);
	{
		struct db_param p[10] = { DB_INT(im.board_id), DB_TEXT("import"), DB_NULL, DB_NULL,
		    DB_TEXT("draft"), DB_TEXT(payload), DB_TEXT(note), DB_TEXT(note_en),
		    DB_INT(s->user_id), DB_TEXT("draft") };

		rc = db_exec(staff_db(req), SQL_REQUEST_INSERT, p, 10, NULL, &id);
	}
	free(payload);
	if (rc != DB_OK) {
		import_free(&im);
		return db_http_status(rc);
	}
	{
		char detail[64], path[64];

		snprintf(detail, sizeof(detail), "%u operations", im.nops);
		audit(req, "import", "change_request", (long long)id, detail);
		snprintf(path, sizeof(path), "/staff/changes/%llu", id);
		status = staff_redirect(req, path);
	}
	import_free(&im);
	return status;
}
