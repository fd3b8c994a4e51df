/* The checks of an import: each operation as a hand edit would be checked (its zone or
 * project exists in a board of the user, its transitions, its ids), with the published
 * record of each project read once. */
#include "import.h"
#include "apply.h"

/* What the file does to one project so far, and its published record (read once). */
struct project_state {
	long long		 id;
	const struct import_op	*born;		/* the operation of the file that adds it */
	unsigned int		 earlier;	/* the file's operations on it so far, documents aside */
	const char		*from;		/* the status its last status change set */
	bool			 loaded, exists;
	long long		 board_id, version;
	char			*status, *land_ha, *name;
};

static int
state_cmp(const void *a, const void *b)
{
	long long x = ((const struct project_state *)a)->id, y = ((const struct project_state *)b)->id;

	return x < y ? -1 : x > y;
}

/* One state per project id the file names, sorted by id for bsearch: the checks then cost
 * O(n log n) in the operations, not O(n²). */
static struct project_state *
states_new(const struct import *im, size_t *n)
{
	struct project_state *st = xcalloc(im->nops + 1, sizeof(*st));
	size_t k = 0;

	for (unsigned int i = 0; i < im->nops; i++)
		if (im->ops[i].project_id > 0)
			st[k++].id = im->ops[i].project_id;
	qsort(st, k, sizeof(*st), state_cmp);
	*n = 0;
	for (size_t i = 0; i < k; i++)
		if (*n == 0 || st[*n - 1].id != st[i].id)
			st[(*n)++].id = st[i].id;
	return st;
}

static struct project_state *
state_of(struct project_state *st, size_t n, long long id)
{
	struct project_state key = { .id = id };

	return id > 0 ? bsearch(&key, st, n, sizeof(*st), state_cmp) : NULL;
}

static void
states_free(struct project_state *st, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(st[i].status);
		free(st[i].land_ha);
		free(st[i].name);
	}
	free(st);
}

/* The published project, read the first time the file names it. */
static enum db_status
state_load(struct db *db, struct project_state *ps)
{
	struct db_param p = DB_INT(ps->id);
	struct project_row r;
	int found;
	enum db_status rc;

	if (ps->loaded)
		return DB_OK;
	if ((rc = FETCH_ROW(db, SQL_PROJECT_BY_ID, &p, 1, project_cols, &r, &found)) != DB_OK)
		return rc;
	ps->loaded = true;
	ps->exists = found;
	ps->board_id = r.board_id;
	ps->version = r.version;
	ps->status = r.status;
	ps->name = r.name;
	ps->land_ha = r.land_ha;
	return DB_OK;
}

/* An update proposing the published values changes nothing: refused by its line. */
static enum db_status
check_unchanged(struct db *db, struct import *im, const struct import_op *op)
{
	const struct record_def *def = &record_defs[RECORD_PROJECT];
	struct db_param p = DB_INT(op->project_id);
	char *cur[RECORD_FIELDS_MAX + 1];
	const char *names[RECORD_FIELDS_MAX + 1];
	int found;
	enum db_status rc;

	record_columns(def, names);
	rc = db_fetch_named(db, SQL_PROJECT_FIELDS, &p, 1, names, def->nfields + 1, cur, &found);
	if (rc == DB_OK && found && record_unchanged(&op->f, cur))
		import_error(im, op->line, NULL, "edit.error.unchanged", NULL);
	db_values_free(cur, def->nfields + 1);
	return rc;
}

/* Ids a file brings for new rows: from 1 to the largest id of the table plus
 * IMPORT_MAX_OPS, and within the INT UNSIGNED column, so that no file can push a table's
 * AUTO_INCREMENT to its end. */
static void
check_new_ids(struct request *req, struct import *im, enum db_status *rc)
{
	struct max_ids_row m;
	long long max[3];
	int found;

	if ((*rc = FETCH_ROW(staff_db(req), SQL_MAX_IDS, NULL, 0, max_ids_cols, &m, &found)) != DB_OK)
		return;
	max[0] = m.projects;
	max[1] = m.status_events;
	max[2] = m.documents;
	for (int k = 0; k < 3; k++) {
		max[k] += IMPORT_MAX_OPS;
		if (max[k] > 4294967294LL)
			max[k] = 4294967294LL;
	}
	for (unsigned int i = 0; i < im->nops; i++) {
		const struct import_op *op = &im->ops[i];

		if (op->kind == OP_PROJECT_NEW && op->project_id > max[0])
			import_error(im, op->line, "id", "import.error.id_range", NULL);
		if (op->event_id < 0 || op->event_id > max[1])
			import_error(im, op->line, "status_change", "import.error.id_range", NULL);
		if (op->doc_id < 0 || op->doc_id > max[2])
			import_error(im, op->line, "document", "import.error.id_range", NULL);
	}
}

/* The sectors' codes, read once an import (few: a line each in the reference data). */
struct codes {
	char		**v;
	unsigned int	 n;
};

static int
code_row(void *ctx, const struct db_row *r)
{
	struct codes *c = ctx;

	c->v = xgrow(c->v, c->n, sizeof(*c->v));
	c->v[c->n++] = xstrdup(db_col(r, "@value"));
	return 0;
}

static bool
code_known(const struct codes *c, const char *code)
{
	for (unsigned int i = 0; i < c->n; i++)
		if (strcmp(c->v[i], code) == 0)
			return true;
	return false;
}

static void
codes_free(struct codes *c)
{
	for (unsigned int i = 0; i < c->n; i++)
		free(c->v[i]);
	free(c->v);
}

/* A project's sector is a code of the sectors' list, named by its line. */
static void
check_sector(struct import *im, const struct codes *sectors, const struct import_op *op)
{
	const char *sector = op->kind == OP_PROJECT_NEW || op->kind == OP_PROJECT_UPDATE ?
	    record_value(&op->f, "sector") : NULL;

	if (sector != NULL && !code_known(sectors, sector))
		import_error(im, op->line, "sector", "import.error.code", sector);
}

/* Every operation against the database: its zone or project exists, in a board of the
 * user's, one board for the whole file; status changes follow the allowed transitions in
 * the file's order; the project versions they expect are noted; new ids are in range. */
enum db_status
import_check(struct request *req, struct import *im)
{
	struct session *s = auth_session(req);
	struct db *db = staff_db(req);
	size_t nstates;
	struct project_state *states = states_new(im, &nstates);
	struct codes sectors = { NULL, 0 };
	enum db_status rc;

	im->board_id = 0;
	rc = db_query(db, SQL_SECTORS, NULL, 0, code_row, &sectors);
	if (rc == DB_OK)
		check_new_ids(req, im, &rc);
	for (unsigned int i = 0; rc == DB_OK && i < im->nops; i++) {
		struct import_op *op = &im->ops[i];
		struct project_state *ps = state_of(states, nstates, op->project_id);
		const char *to = op->kind == OP_STATUS ? record_value(&op->f, "status") : NULL;
		struct zone_board_row zb;
		char *v[2];
		int found;

		check_sector(im, &sectors, op);
		if (op->kind != OP_PROJECT_NEW && ps != NULL && ps->born != NULL) {
			/* a project this file adds: it starts approved at version 1 */
			const char *from = ps->from ? ps->from : "approved";

			op->board_id = ps->born->board_id;
			op->version = 1 + ps->earlier;
			if (op->kind == OP_STATUS && (to == NULL || !status_transition_ok(from, to)))
				import_error(im, op->line, "status", "edit.error.transition", NULL);
		} else if (op->kind == OP_PROJECT_NEW) {
			struct db_param z = DB_TEXT(op->zone);

			if (ps != NULL)
				ps->born = op;
			if (op->zone == NULL)
				continue;	/* said already: required */
			if ((rc = FETCH_ROW(db, SQL_ZONE_BOARD_BY_SLUG, &z, 1, zone_board_cols, &zb,
			    &found)) != DB_OK)
				break;
			if (!found) {
				import_error(im, op->line, "zone", "import.error.zone", op->zone);
				continue;
			}
			op->board_id = zb.board_id;
			if (op->country != NULL) {
				struct db_param c = DB_TEXT(op->country);

				rc = db_fetch_one(db, SQL_COUNTRY_EXISTS, &c, 1, v, 1, &found);
				db_values_free(v, 1);
				if (rc != DB_OK)
					break;
				if (!found)
					import_error(im, op->line, "investor_country", "import.error.country",
					    op->country);
			}
		} else {
			const char *from;

			if ((rc = state_load(db, ps)) != DB_OK)
				break;
			if (!ps->exists) {
				import_error(im, op->line, op->kind == OP_PROJECT_UPDATE ? "id" : "project_id",
				    "import.error.project", NULL);
				continue;
			}
			op->board_id = ps->board_id;
			op->version = ps->version + ps->earlier;
			if (op->kind == OP_PROJECT_UPDATE && ps->earlier == 0 &&
			    (rc = check_unchanged(db, im, op)) != DB_OK)
				break;
			if (op->name == NULL)
				op->name = xstrdup(ps->name);
			/* earlier operations of this file on the same project come first */
			from = ps->from ? ps->from : ps->status;
			if (to != NULL && !status_transition_ok(from, to))
				import_error(im, op->line, "status", "edit.error.transition", NULL);
			if (op->kind == OP_STATUS && record_value(&op->f, "land_ha_after") != NULL &&
			    strtod(record_value(&op->f, "land_ha_after"), NULL) >= strtod(ps->land_ha, NULL))
				import_error(im, op->line, "land_ha_after", "edit.error.land_after", NULL);
		}
		if (ps != NULL && op->kind != OP_PROJECT_NEW && op->kind != OP_DOCUMENT) {
			ps->earlier++;
			/* a partial revocation keeps the status */
			if (to != NULL && !(op->kind == OP_STATUS && record_partial_revocation(&op->f)))
				ps->from = to;
		}
		if (!auth_has_role(s, op->board_id, "editor"))
			import_error(im, op->line, NULL, "import.error.board", NULL);
		else if (im->board_id == 0)
			im->board_id = op->board_id;
		else if (im->board_id != op->board_id)
			import_error(im, op->line, NULL, "import.error.one_board", NULL);
	}
	states_free(states, nstates);
	codes_free(&sectors);
	return rc;
}
