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
	kv->items = xrealloc(kv->items, (kv->count + 1) * sizeof(*kv->items));
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

static xmlNodePtr
document_by_id(xmlNodePtr docs, const char *id)
{
	for (xmlNodePtr d = docs ? docs->children : NULL; d != NULL; d = d->next) {
		char *a;
		bool same;

		if (d->type != XML_ELEMENT_NODE)
			continue;
		a = attr(d, "id");
		same = a && strcmp(a, id) == 0;
		xmlFree(a);
		if (same)
			return d;
	}
	return NULL;
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
	kv_add(kv, "doc_url", child_text(d, "url", NULL));
}

/* Status changes whose id is new become status changes of their project, with their
 * document as legal basis; documents whose id is new and that no new status change cites
 * are added to their project. The first "approved" of a project this file adds is its
 * approval, which adding the project records. */
static void
read_history(struct request *req, struct import *im, xmlNodePtr docs, xmlNodePtr changes)
{
	for (xmlNodePtr c = changes ? changes->children : NULL; c != NULL; c = c->next) {
		struct kv_list kv = { NULL, 0 };
		struct import_op *op;
		char *id, *project, *status, *doc;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		id = attr(c, "id");
		if (event_exists(req, SQL_EVENT_EXISTS, id)) {
			xmlFree(id);
			continue;
		}
		project = attr(c, "project");
		status = attr(c, "status");
		if (strcmp(status, "approved") == 0) {
			/* the approval of a project this file adds */
			for (unsigned int i = 0; i < im->nops; i++)
				if (im->ops[i].kind == OP_PROJECT_NEW &&
				    im->ops[i].project_id == atoll(project) && im->ops[i].event_id == 0)
					im->ops[i].event_id = atoll(id);
			xmlFree(id);
			xmlFree(project);
			xmlFree(status);
			continue;
		}
		kv_add(&kv, "project_id", project);
		kv_add(&kv, "status", status);
		kv_attr(&kv, "effective_on", c, "effective_on");
		kv_attr(&kv, "revocation", c, "revocation");
		kv_add(&kv, "reason", child_text(c, "reason", NULL));
		kv_add(&kv, "remedy", child_text(c, "remedy", NULL));
		kv_add(&kv, "remedy_due", child_text(c, "remedy_due", NULL));
		kv_add(&kv, "land_ha_after", child_text(c, "land_ha_after", NULL));
		if ((doc = attr(c, "document")) != NULL) {
			xmlNodePtr d = document_by_id(docs, doc);

			if (d == NULL)
				import_error(im, (unsigned int)xmlGetLineNo(c), "document",
				    "import.error.document", doc);
			else
				document_kv(d, &kv);
		}
		op = import_op_from_kv(im, &kv, OP_STATUS, (unsigned int)xmlGetLineNo(c));
		if (op != NULL) {
			op->event_id = atoll(id);
			op->doc_id = doc && !event_exists(req, SQL_DOCUMENT_EXISTS, doc) ? atoll(doc) : 0;
		}
		xmlFree(doc);
		xmlFree(id);
		xmlFree(project);
		xmlFree(status);
		kv_free(&kv);
	}
	for (xmlNodePtr d = docs ? docs->children : NULL; d != NULL; d = d->next) {
		struct kv_list kv = { NULL, 0 };
		struct import_op *op;
		char *id, *project;
		bool cited = false;

		if (d->type != XML_ELEMENT_NODE)
			continue;
		id = attr(d, "id");
		project = attr(d, "project");
		for (unsigned int i = 0; i < im->nops; i++)
			if (im->ops[i].doc_id == atoll(id))
				cited = true;
		if (project != NULL && !cited && !event_exists(req, SQL_DOCUMENT_EXISTS, id)) {
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

xmlDocPtr
import_xml_read(struct import *im, const char *p, size_t n)
{
	char err[300];
	xmlDocPtr doc;

	if (n > IMPORT_MAX_BYTES) {
		import_error(im, 0, NULL, "import.error.size", NULL);
		return NULL;
	}
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
