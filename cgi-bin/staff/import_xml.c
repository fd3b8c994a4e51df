/* The XML import: a file in the portal's own schema (htdocs/schema/minhbach-1.xsd), the one
 * the exports use. It is parsed safely, validated against the schema, then compared with
 * the published record: projects that differ are updated, projects, documents and status
 * changes whose ids are new are added; what is the same changes nothing, so an export
 * re-imports without change. Zones are references: they must exist. */
#include "import.h"

#include <libxml/xmlschemas.h>

#include "xmlsafe.h"

#define attr(n, name)	((char *)xmlGetProp((n), BAD_CAST (name)))

static xmlSchemaPtr schema;

int
import_schema_load(const char *path)
{
	xmlSchemaParserCtxtPtr pc;
	xmlDocPtr doc;

	if ((doc = xmlsafe_read_file(path)) == NULL) {
		log_error("%s: cannot read the import schema", path);
		return -1;
	}
	pc = xmlSchemaNewDocParserCtxt(doc);
	schema = xmlSchemaParse(pc);
	xmlSchemaFreeParserCtxt(pc);
	xmlFreeDoc(doc);
	if (schema == NULL) {
		log_error("%s: the import schema does not compile", path);
		return -1;
	}
	return 0;
}

struct validation {
	struct import	*im;
};

static void
on_schema_error(void *ctx, xmlErrorPtr e)
{
	struct validation *v = ctx;
	char msg[300];
	size_t n;

	snprintf(msg, sizeof(msg), "%s", e->message ? e->message : "invalid");
	n = strlen(msg);
	if (n > 0 && msg[n - 1] == '\n')
		msg[n - 1] = '\0';
	import_error(v->im, (unsigned int)e->line, NULL, "import.error.schema", msg);
}

/* The text of child element name of n, or NULL. */
static const char *
child_text(xmlNodePtr n, const char *name, xmlNodePtr *found)
{
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST name)) {
			if (found)
				*found = c;
			return c->children && c->children->content ? (const char *)c->children->content : "";
		}
	return NULL;
}

static void
kv_add(struct kv_list *kv, const char *k, const char *v)
{
	if (v == NULL)
		return;
	kv->items = xgrow(kv->items, kv->count, sizeof(*kv->items));
	kv->items[kv->count].key = xstrdup(k);
	kv->items[kv->count].value = xstrdup(v);
	kv->count++;
}

/* A project element as the fields of the project form. */
static void
project_kv(xmlNodePtr p, struct kv_list *kv)
{
	static const char *const plain[] = { "name", "name_en", "registered_usd", "disbursed_usd",
	    "land_ha", "approved_on", "planned_start", "actual_start", "planned_operation",
	    "actual_operation", "permit_expires_on", NULL };
	xmlNodePtr reg = NULL, inv = NULL;
	char *a;

	for (int k = 0; plain[k]; k++)
		kv_add(kv, plain[k], child_text(p, plain[k], NULL));
	kv_add(kv, "registered_capital", child_text(p, "registered_capital", &reg));
	kv_add(kv, "disbursed_capital", child_text(p, "disbursed_capital", NULL));
	if (reg && (a = attr(reg, "currency"))) {
		kv_add(kv, "currency", a);
		xmlFree(a);
	}
	if ((a = attr(p, "sector"))) {
		kv_add(kv, "sector", a);
		xmlFree(a);
	}
	if ((a = attr(p, "authority"))) {
		kv_add(kv, "authority", a);
		xmlFree(a);
	}
	kv_add(kv, "investor", child_text(p, "investor", &inv));
	if (inv && (a = attr(inv, "country"))) {
		kv_add(kv, "investor_country", a);
		xmlFree(a);
	}
	if ((a = attr(p, "zone"))) {
		kv_add(kv, "zone", a);
		xmlFree(a);
	}
}

/* The published values of a project's form fields, to tell whether the file changes it. */
static bool
project_differs(struct request *req, long long id, const struct record_form *f, bool *exists)
{
	const struct record_def *def = f->def;
	struct db_param p = DB_INT(id);
	char *v[RECORD_FIELDS_MAX + 1];
	int found;
	bool differs = false;

	*exists = false;
	if (db_fetch_one(staff_db(req), SQL_PROJECT_FIELDS, &p, 1, v, def->nfields + 1, &found) != DB_OK ||
	    !found) {
		db_values_free(v, def->nfields + 1);
		return false;
	}
	*exists = true;
	for (unsigned int i = 0; i < def->nfields; i++) {
		const char *a = v[i], *b = f->values[i];

		if (a == NULL || b == NULL ? a != b :
		    def->fields[i].type == PARAM_DECIMAL ? strtod(a, NULL) != strtod(b, NULL) :
		    strcmp(a, b) != 0)
			differs = true;
	}
	db_values_free(v, def->nfields + 1);
	return differs;
}

/* Whether a status change (or document) id is already published. */
static bool
event_exists(struct request *req, unsigned int stmt, const char *id)
{
	struct db_param p = DB_TEXT(id);
	char *v[1];
	int found = 0;

	(void)db_fetch_one(staff_db(req), stmt, &p, 1, v, 1, &found);
	db_values_free(v, 1);
	return found;
}

static xmlNodePtr
section(xmlNodePtr root, const char *name)
{
	for (xmlNodePtr c = root->children; c != NULL; c = c->next)
		if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, BAD_CAST name))
			return c;
	return NULL;
}

/* An element of the file by its numeric id attribute, and what the file does with it. */
struct by_id {
	long long	 id;
	xmlNodePtr	 node;		/* a document */
	unsigned int	 op;		/* or the operation that adds a project */
	bool		 cited;		/* a document a new status change cites */
};

static int
by_id_cmp(const void *a, const void *b)
{
	long long x = ((const struct by_id *)a)->id, y = ((const struct by_id *)b)->id;

	return x < y ? -1 : x > y;
}

/* The documents of the file sorted by id, so that each lookup is a binary search: the
 * reading stays O(n log n) however many documents and status changes a file holds. */
static struct by_id *
documents_index(xmlNodePtr docs, size_t *n)
{
	struct by_id *ix = NULL;

	*n = 0;
	for (xmlNodePtr d = docs ? docs->children : NULL; d != NULL; d = d->next) {
		char *a;

		if (d->type != XML_ELEMENT_NODE)
			continue;
		ix = xgrow(ix, *n, sizeof(*ix));
		a = attr(d, "id");
		ix[*n].id = a ? atoll(a) : 0;
		ix[*n].node = d;
		ix[*n].cited = false;
		(*n)++;
		xmlFree(a);
	}
	if (*n > 0)
		qsort(ix, *n, sizeof(*ix), by_id_cmp);
	return ix;
}

static struct by_id *
document_by_id(struct by_id *ix, size_t n, const char *id)
{
	struct by_id key = { .id = atoll(id) };

	return n > 0 ? bsearch(&key, ix, n, sizeof(*ix), by_id_cmp) : NULL;
}

/* The operations that add a project, by project id (for the approvals the file carries). */
static struct by_id *
new_projects_index(const struct import *im, size_t *n)
{
	struct by_id *ix = xcalloc(im->nops + 1, sizeof(*ix));

	*n = 0;
	for (unsigned int i = 0; i < im->nops; i++)
		if (im->ops[i].kind == OP_PROJECT_NEW) {
			ix[*n].id = im->ops[i].project_id;
			ix[*n].op = i;
			(*n)++;
		}
	qsort(ix, *n, sizeof(*ix), by_id_cmp);
	return ix;
}

static void
kv_attr(struct kv_list *kv, const char *key, xmlNodePtr n, const char *name)
{
	char *a = attr(n, name);

	kv_add(kv, key, a);
	xmlFree(a);
}

/* Projects: one that differs from the published record is updated; one whose id the
 * portal does not have is added with that id. */
static void
read_projects(struct request *req, struct import *im, xmlNodePtr projects)
{
	for (xmlNodePtr p = projects ? projects->children : NULL; p != NULL; p = p->next) {
		struct kv_list kv = { NULL, 0 };
		struct record_form f;
		char *id;
		bool exists, differs;

		if (p->type != XML_ELEMENT_NODE)
			continue;
		if (im->nerrors > 0 && im->nops >= IMPORT_MAX_OPS)
			break;		/* refused already: read no further */
		id = attr(p, "id");
		project_kv(p, &kv);
		record_form_read(&record_defs[RECORD_PROJECT], &kv, &f);
		differs = project_differs(req, atoll(id), &f, &exists);
		record_form_free(&f);
		kv_add(&kv, "id", id);
		if (!exists)
			(void)import_op_from_kv(im, &kv, OP_PROJECT_NEW, (unsigned int)xmlGetLineNo(p));
		else if (differs)
			(void)import_op_from_kv(im, &kv, OP_PROJECT_UPDATE, (unsigned int)xmlGetLineNo(p));
		kv_free(&kv);
		xmlFree(id);
	}
}

/* The fields of a document element, as the legal basis of a status change or a document
 * of its own. */
static void
document_kv(xmlNodePtr d, struct kv_list *kv)
{
	kv_add(kv, "doc_number", child_text(d, "number", NULL));
	kv_add(kv, "doc_issued_on", child_text(d, "issued_on", NULL));
	kv_add(kv, "doc_issuer", child_text(d, "issuer", NULL));
	kv_add(kv, "doc_title", child_text(d, "title", NULL));
	kv_add(kv, "doc_title_en", child_text(d, "title_en", NULL));
	kv_add(kv, "doc_url", child_text(d, "url", NULL));
}

/* Status changes whose id is new become status changes of their project, with their
 * document as legal basis; documents whose id is new and that no new status change cites
 * are added to their project. The first "approved" of a project this file adds is its
 * approval, which adding the project records. */
static void
read_history(struct request *req, struct import *im, xmlNodePtr docs, xmlNodePtr changes)
{
	size_t ndocs, nnew;
	struct by_id *dix = documents_index(docs, &ndocs);
	struct by_id *nix = new_projects_index(im, &nnew);

	for (xmlNodePtr c = changes ? changes->children : NULL; c != NULL; c = c->next) {
		struct kv_list kv = { NULL, 0 };
		struct import_op *op;
		char *id, *project, *status, *doc;
		struct by_id *d = NULL;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (im->nerrors > 0 && im->nops >= IMPORT_MAX_OPS)
			break;		/* refused already: read no further */
		id = attr(c, "id");
		if (event_exists(req, SQL_EVENT_EXISTS, id)) {
			xmlFree(id);
			continue;
		}
		project = attr(c, "project");
		status = attr(c, "status");
		if (strcmp(status, "approved") == 0) {
			/* the approval of a project this file adds */
			struct by_id key = { .id = atoll(project) }, *n;

			n = nnew > 0 ? bsearch(&key, nix, nnew, sizeof(*nix), by_id_cmp) : NULL;
			if (n != NULL && im->ops[n->op].event_id == 0)
				im->ops[n->op].event_id = atoll(id);
			xmlFree(id);
			xmlFree(project);
			xmlFree(status);
			continue;
		}
		kv_add(&kv, "project_id", project);
		kv_attr(&kv, "revocation", c, "revocation");
		/* a partial revocation's event carries the status it kept; the form enters it as
		 * a revocation of kind "partial" (apply.c keeps the status) */
		kv_add(&kv, "status", kv_get(&kv, "revocation") != NULL &&
		    strcmp(kv_get(&kv, "revocation"), "partial") == 0 ? "revoked" : status);
		kv_attr(&kv, "effective_on", c, "effective_on");
		kv_add(&kv, "reason", child_text(c, "reason", NULL));
		kv_add(&kv, "reason_en", child_text(c, "reason_en", NULL));
		kv_add(&kv, "remedy", child_text(c, "remedy", NULL));
		kv_add(&kv, "remedy_en", child_text(c, "remedy_en", NULL));
		kv_add(&kv, "remedy_due", child_text(c, "remedy_due", NULL));
		kv_add(&kv, "land_ha_after", child_text(c, "land_ha_after", NULL));
		if ((doc = attr(c, "document")) != NULL) {
			if ((d = document_by_id(dix, ndocs, doc)) == NULL)
				import_error(im, (unsigned int)xmlGetLineNo(c), "document",
				    "import.error.document", doc);
			else
				document_kv(d->node, &kv);
		}
		op = import_op_from_kv(im, &kv, OP_STATUS, (unsigned int)xmlGetLineNo(c));
		if (op != NULL) {
			op->event_id = atoll(id);
			op->doc_id = doc && !event_exists(req, SQL_DOCUMENT_EXISTS, doc) ? atoll(doc) : 0;
			if (d != NULL && op->doc_id != 0)
				d->cited = true;
		}
		xmlFree(doc);
		xmlFree(id);
		xmlFree(project);
		xmlFree(status);
		kv_free(&kv);
	}
	for (size_t i = 0; i < ndocs && !(im->nerrors > 0 && im->nops >= IMPORT_MAX_OPS); i++) {
		struct kv_list kv = { NULL, 0 };
		struct import_op *op;
		xmlNodePtr d = dix[i].node;
		char *id, *project;

		if (dix[i].cited)
			continue;
		id = attr(d, "id");
		project = attr(d, "project");
		if (project != NULL && !event_exists(req, SQL_DOCUMENT_EXISTS, id)) {
			kv_add(&kv, "project_id", project);
			kv_attr(&kv, "doc_type", d, "type");
			document_kv(d, &kv);
			if ((op = import_op_from_kv(im, &kv, OP_DOCUMENT, (unsigned int)xmlGetLineNo(d))))
				op->doc_id = atoll(id);
		}
		kv_free(&kv);
		xmlFree(id);
		xmlFree(project);
	}
	free(dix);
	free(nix);
}

/* Zones are references: each must exist. */
static void
check_zones(struct request *req, struct import *im, xmlNodePtr zones)
{
	for (xmlNodePtr z = zones ? zones->children : NULL; z != NULL; z = z->next) {
		char *slug, *v[2];
		struct db_param p;
		int found = 0;

		if (z->type != XML_ELEMENT_NODE)
			continue;
		slug = attr(z, "slug");
		p = DB_TEXT(slug);
		(void)db_fetch_one(staff_db(req), SQL_ZONE_BOARD_BY_SLUG, &p, 1, v, 2, &found);
		db_values_free(v, 2);
		if (!found)
			import_error(im, (unsigned int)xmlGetLineNo(z), "zone", "import.error.zone", slug);
		xmlFree(slug);
	}
}

/* A scan of the bytes before libxml2 sees them, linear in their size: refuses a file with
 * more than IMPORT_XML_MAX_ELEMENTS elements, or an element with more than
 * IMPORT_XML_MAX_ATTRIBUTES attributes (libxml2 2.9 checks attributes for duplicates in
 * time quadratic in their number: 80,000 on one element took 23 s). It counts what looks
 * like a start tag and its '=' outside quotes, so it may overcount (a tag inside a
 * comment), never undercount. Returns true when the file is within the bounds. */
static bool
xml_prescan(struct import *im, const char *p, size_t n)
{
	unsigned int line = 1, elements = 0;
	char msg[120];

	for (size_t i = 0; i < n; i++) {
		unsigned int attrs = 0, start = line;
		char quote = 0;

		if (p[i] == '\n')
			line++;
		if (p[i] != '<' || i + 1 >= n || p[i + 1] == '/' || p[i + 1] == '!' || p[i + 1] == '?')
			continue;
		if (++elements > IMPORT_XML_MAX_ELEMENTS) {
			snprintf(msg, sizeof(msg), "line %u: more than %u elements", line,
			    IMPORT_XML_MAX_ELEMENTS);
			import_error(im, line, NULL, "import.error.limits", msg);
			return false;
		}
		for (i++; i < n && (quote != 0 || p[i] != '>'); i++) {
			if (p[i] == '\n')
				line++;
			if (quote != 0 && p[i] == quote)
				quote = 0;
			else if (quote == 0 && (p[i] == '"' || p[i] == '\''))
				quote = p[i];
			else if (quote == 0 && p[i] == '=' && ++attrs > IMPORT_XML_MAX_ATTRIBUTES) {
				snprintf(msg, sizeof(msg), "line %u: more than %u attributes in one element",
				    start, IMPORT_XML_MAX_ATTRIBUTES);
				import_error(im, start, NULL, "import.error.limits", msg);
				return false;
			}
		}
	}
	return true;
}

xmlDocPtr
import_xml_read(struct import *im, const char *p, size_t n)
{
	char err[300];
	xmlDocPtr doc;

	if (n > IMPORT_MAX_BYTES) {
		import_error(im, 0, NULL, "import.error.size", NULL);
		return NULL;
	}
	if (!xml_prescan(im, p, n))
		return NULL;
	if ((doc = xmlsafe_read_memory(p, n, err, sizeof(err))) == NULL) {
		import_error(im, 0, NULL, "import.error.xml", err);
		return NULL;
	}
	if (schema != NULL) {
		xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(schema);
		struct validation v = { im };

		xmlSchemaSetValidStructuredErrors(vc, on_schema_error, &v);
		if (xmlSchemaValidateDoc(vc, doc) != 0 && im->nerrors == 0)
			import_error(im, 0, NULL, "import.error.schema", NULL);
		xmlSchemaFreeValidCtxt(vc);
	} else
		import_error(im, 0, NULL, "import.error.schema", "no schema loaded");
	if (im->nerrors > 0) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

void
import_read_xml_req(struct request *req, struct import *im, const char *p, size_t n)
{
	xmlDocPtr doc = import_xml_read(im, p, n);
	xmlNodePtr root;

	if (doc == NULL)
		return;
	root = xmlDocGetRootElement(doc);
	check_zones(req, im, section(root, "zones"));
	read_projects(req, im, section(root, "projects"));
	read_history(req, im, section(root, "documents"), section(root, "status_changes"));
	xmlFreeDoc(doc);
}
