/* The language catalog: every fixed text of the site in Vietnamese and English, in the
 * *.xml files of one folder (one file per part of the site). Loaded once per process
 * before the workers start; read-only afterwards. */
#include "i18n.h"
#include "buf.h"
#include "log.h"
#include "xmlsafe.h"

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct message {
	char	*key;
	char	*text[LANG__MAX];
};

static xmlHashTablePtr	catalog;
static unsigned int	catalog_count;

/* The messages last looked up, by the address of their key: pages pass the same string
 * literals again and again (the registry's page 516 lookups, 364 instructions each in the
 * hash table: 14 % of its instructions, callgrind), so a slot holds the address last seen
 * and its message, and a hit is checked against the message's key. */
#define I18N_RECENT	1024
static struct {
	const char		*key;
	const struct message	*m;
} recent[I18N_RECENT];

/* Keys asked for that the catalog lacks (a record's field or value without a label): each
 * is logged once per process, the first I18N_MISSING_LOGGED of them. Logged on every
 * lookup, a page of such records wrote a line per row on every request (44 lines a page of
 * changes: 1.37 million lines in the log of the bench's instance). */
#define I18N_MISSING_LOGGED	64
static xmlHashTablePtr	missing;
static unsigned int	missing_count;

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
	free(m->key);
	free(m);
}

static int
i18n_load_file(const char *path)
{
	xmlDocPtr doc;
	xmlNodePtr root, m;
	int rc = -1;

	if ((doc = xmlsafe_read_file(path)) == NULL) {
		log_error("%s: cannot read the language catalog", path);
		return -1;
	}
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
		msg->key = xstrdup((const char *)key);
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
	return rc;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
i18n_load(const char *dir)
{
	DIR *d;
	struct dirent *e;
	char **names = NULL, path[1024];
	size_t n = 0;
	int rc = 0;

	i18n_free();
	catalog = xmlHashCreate(1024);
	if ((d = opendir(dir)) == NULL) {
		log_error("%s: cannot open the language catalog: %s", dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);

		if (len > 4 && strcmp(e->d_name + len - 4, ".xml") == 0 && e->d_name[0] != '.') {
			names = xgrow(names, n, sizeof(*names));
			names[n++] = xstrdup(e->d_name);
		}
	}
	closedir(d);
	qsort(names, n, sizeof(*names), name_cmp);
	for (size_t i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (rc == 0 && i18n_load_file(path) != 0)
			rc = -1;
		free(names[i]);
	}
	free(names);
	if (rc == 0 && catalog_count == 0) {
		log_error("%s: the language catalog is empty", dir);
		rc = -1;
	}
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
	memset(recent, 0, sizeof(recent));
	catalog_count = 0;
	if (missing != NULL)
		xmlHashFree(missing, NULL);
	missing = NULL;
	missing_count = 0;
}

static void
i18n_missing(const char *key)
{
	if (missing_count > I18N_MISSING_LOGGED)
		return;
	if (missing == NULL && (missing = xmlHashCreate(16)) == NULL)
		return;
	if (xmlHashLookup(missing, BAD_CAST key) != NULL)
		return;
	if (missing_count++ == I18N_MISSING_LOGGED) {
		log_warn("more keys have no message: not logged");
		return;
	}
	if (xmlHashAddEntry(missing, BAD_CAST key, (void *)1) == 0)
		log_warn("no message for key `%s` (logged once)", key);
}

const char *
i18n_get(enum lang l, const char *key)
{
	size_t slot = ((uintptr_t)key >> 2) % I18N_RECENT;
	const struct message *m = recent[slot].m;

	if (recent[slot].key == key && m != NULL && strcmp(m->key, key) == 0)
		return m->text[l];
	m = catalog ? xmlHashLookup(catalog, BAD_CAST key) : NULL;
	recent[slot].key = key;
	recent[slot].m = m;
	if (m == NULL) {
		i18n_missing(key);
		return key;
	}
	return m->text[l];
}

unsigned int
i18n_count(void)
{
	return catalog_count;
}
