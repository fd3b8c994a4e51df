/* GET /documents/<id> — the PDF of a published legal document, served so that a browser
 * shows it and runs nothing of it (sandboxed, no sniffing). */
#include "public.h"

struct file_ctx {
	struct request	*req;
	int		 found;
};

static int
on_file(void *p, const struct db_row *r)
{
	struct file_ctx *c = p;
	char disposition[128];

	c->found = 1;
	snprintf(disposition, sizeof(disposition), "inline; filename=\"document-%s.pdf\"",
	    c->req->path_args[0]);
	http_add_header(c->req, "Content-Disposition", disposition);
	http_add_header(c->req, "X-Content-Type-Options", "nosniff");
	http_add_header(c->req, "Content-Security-Policy", "sandbox; default-src 'none'");
	c->req->cache_control = "public, max-age=86400";
	http_send(c->req, r->values[0], r->lengths[0], "application/pdf");
	return 1;
}

int
page_document(struct request *req)
{
	struct file_ctx c = { req, 0 };
	struct db_param id = DB_INT(public_path_id(req, 0));
	enum db_status rc;

	if (id.i == 0)
		return 404;
	rc = db_query(public_db(req), SQL_DOCUMENT_FILE, &id, 1, on_file, &c);
	if (rc != DB_OK && rc != DB_ABORTED)
		return db_http_status(rc);
	return c.found ? PAGE_DONE : 404;
}
