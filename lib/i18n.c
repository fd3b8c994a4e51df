/* The language catalog: every fixed text of the site in Vietnamese and English.
 * Loaded once per process before the workers start; read-only afterwards. */
#include "i18n.h"
#include "buf.h"
#include "log.h"
#include "xmlsafe.h"

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <stdlib.h>
#include <string.h>

struct message {
	char	*text[LANG__MAX];
};

static xmlHashTablePtr	catalog;
static unsigned int	catalog_count;

const char *
lang_code(enum lang l)
{
	return l == LANG_EN ? "en" : "vi";
}

static void
message_free(void *payload, const xmlChar *name)
{
	struct message *m = payload;

	(void)name;
	for (int i = 0; i < LANG__MAX; i++)
		free(m->text[i]);
	free(m);
}

int
i18n_load(const char *path)
{
	xmlDocPtr doc;
	xmlNodePtr root, m;
	int rc = -1;

	i18n_free();
	if ((doc = xmlsafe_read_file(path)) == NULL) {
		log_error("%s: cannot read the language catalog", path);
		return -1;
	}
	catalog = xmlHashCreate(512);
	root = xmlDocGetRootElement(doc);
	if (root == NULL || !xmlStrEqual(root->name, BAD_CAST "catalog")) {
		log_error("%s: root element must be <catalog>", path);
		goto out;
	}
	for (m = root->children; m != NULL; m = m->next) {
		struct message *msg;
		xmlChar *key;

		if (m->type != XML_ELEMENT_NODE)
			continue;
		if ((key = xmlGetProp(m, BAD_CAST "k")) == NULL) {
			log_error("%s:%ld: message without k", path, xmlGetLineNo(m));
			goto out;
		}
		msg = xcalloc(1, sizeof(*msg));
		for (xmlNodePtr t = m->children; t != NULL; t = t->next) {
			int l;
			xmlChar *text;

			if (t->type != XML_ELEMENT_NODE)
				continue;
			if (xmlStrEqual(t->name, BAD_CAST "vi"))
				l = LANG_VI;
			else if (xmlStrEqual(t->name, BAD_CAST "en"))
				l = LANG_EN;
			else
				continue;
			text = xmlNodeGetContent(t);
			free(msg->text[l]);
			msg->text[l] = xstrdup((const char *)text);
			xmlFree(text);
		}
		if (msg->text[LANG_VI] == NULL || msg->text[LANG_EN] == NULL) {
			log_error("%s:%ld: message %s lacks a translation", path, xmlGetLineNo(m),
			    (const char *)key);
			message_free(msg, NULL);
			xmlFree(key);
			goto out;
		}
		if (xmlHashAddEntry(catalog, key, msg) != 0) {
			log_error("%s:%ld: message %s defined twice", path, xmlGetLineNo(m),
			    (const char *)key);
			message_free(msg, NULL);
			xmlFree(key);
			goto out;
		}
		catalog_count++;
		xmlFree(key);
	}
	rc = 0;
out:
	xmlFreeDoc(doc);
	if (rc != 0)
		i18n_free();
	return rc;
}

void
i18n_free(void)
{
	if (catalog != NULL)
		xmlHashFree(catalog, message_free);
	catalog = NULL;
	catalog_count = 0;
}

const char *
i18n_get(enum lang l, const char *key)
{
	struct message *m = catalog ? xmlHashLookup(catalog, BAD_CAST key) : NULL;

	if (m == NULL) {
		log_warn("no message for key `%s`", key);
		return key;
	}
	return m->text[l];
}

unsigned int
i18n_count(void)
{
	return catalog_count;
}
