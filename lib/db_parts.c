/* Variants of a statement with optional parts of its text left out (db.h, DB_PARTS).
 *
 * A statement that takes filters written as "(? IS NULL OR condition)" costs MariaDB the
 * opening, resolving and optimising of every condition and subquery on each execution,
 * whether its value is NULL or not: the registry's first page, 29 parameters all NULL but
 * the limit, took 983 µs a page against 350 µs for the same statement without its
 * conditions (one connection, 3,000 executions each, demo data; docs/performance.md).
 * So such a statement encloses each optional part of its text in the comments "part:name"
 * and "end:name" (not "+name": MariaDB may read a comment that starts with "+" as an
 * optimizer hint), and a caller that binds none of a part's values runs DB_PARTS(idx,
 * absent), absent having the bits of the names (db_set_parts) left out. Each variant is prepared on its
 * first use and kept, the least recently used closed beyond DB_VARIANTS; they go with the
 * connection, as the statements of db_open do. */
#include "buf.h"
#include "db_private.h"
#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
db_set_parts(struct db *db, const char *const *names, unsigned int n)
{
	if (n > DB_PARTS_MAX)
		abort();
	db->parts = names;
	db->nparts = n;
}

void
db_parts_strip(const char *sql, const char *const *names, unsigned int n, unsigned int absent,
    struct buf *out)
{
	char open[64], close[64];

	buf_puts(out, sql);
	for (unsigned int i = 0; i < n; i++) {
		char *from, *to;

		if (!(absent & (1u << i)))
			continue;
		snprintf(open, sizeof(open), "/*part:%s*/", names[i]);
		snprintf(close, sizeof(close), "/*end:%s*/", names[i]);
		while ((from = strstr(out->data, open)) != NULL &&
		    (to = strstr(from, close)) != NULL) {
			to += strlen(close);
			memmove(from, to, out->len - (size_t)(to - out->data) + 1);
			out->len -= (size_t)(to - from);
		}
	}
}

void
db_variants_close(struct db *db)
{
	for (unsigned int i = 0; i < DB_VARIANTS; i++)
		if (db->variants[i].st != NULL) {
			mysql_stmt_close(db->variants[i].st);
			db->variants[i] = (struct db_variant){ 0 };
		}
}

MYSQL_STMT *
db_variant(struct db *db, unsigned int id)
{
	struct db_variant *v = &db->variants[0];
	struct buf sql;
	MYSQL_STMT *st;

	for (unsigned int i = 0; i < DB_VARIANTS; i++) {
		if (db->variants[i].st != NULL && db->variants[i].id == id) {
			db->variants[i].used = ++db->variants_tick;
			return db->variants[i].st;
		}
		if (db->variants[i].used < v->used)
			v = &db->variants[i];
	}
	buf_init(&sql);
	db_parts_strip(db->sql[DB_PARTS_STATEMENT(id)], db->parts, db->nparts, DB_PARTS_ABSENT(id),
	    &sql);
	if ((st = mysql_stmt_init(db->conn)) == NULL)
		abort();
	if (mysql_stmt_prepare(st, sql.data, (unsigned long)sql.len) != 0) {
		log_error("statement %u without parts %#x: %s", DB_PARTS_STATEMENT(id),
		    DB_PARTS_ABSENT(id), mysql_stmt_error(st));
		(void)db_fail(db, mysql_stmt_errno(st), mysql_stmt_error(st));
		mysql_stmt_close(st);
		buf_free(&sql);
		return NULL;
	}
	buf_free(&sql);
	if (v->st != NULL)
		mysql_stmt_close(v->st);
	*v = (struct db_variant){ .id = id, .st = st, .used = ++db->variants_tick };
	return st;
}
