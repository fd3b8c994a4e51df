/* Publication: a submitted change request becomes the published record, its public change
 * history and a new data generation, in one transaction. */
#include "publish.h"
#include "apply.h"
#include "import.h"

/* The constraints of the record tables (sql/migrations/) and the field of the forms each
 * concerns: a publication that breaks one names the field. */
static const struct {
	const char	*constraint;
	const char	*field;
} constraint_fields[] = {
	{ "projects_sector", "sector" }, { "projects_zone", "zone" },
	{ "projects_investor", "investor" }, { "investors_country", "investor_country" },
	{ "projects_money", "registered_capital" }, { "projects_land", "land_ha" },
	{ "projects_currency", "currency" }, { "projects_dates", "actual_start" },
	{ "projects_part_revoked", "land_ha_after" }, { "zones_hectares", "leased_ha" },
	{ "zones_coords", "latitude" }, { "occ_hectares", "leased_ha" },
	{ "occ_values", "leased_ha" }, { "events_basis", "doc_number" },
	{ "events_revocation", "revocation" }, { "events_partial", "land_ha_after" },
	{ "docs_url", "doc_url" }, { "docs_file", "doc_file_id" },
	{ "docs_file_once", "doc_file_id" }, { "targets_period", "period_end" },
	{ "targets_value", "target_value" }, { "targets_zone", "zone" },
	{ "editions_year", "year" }, { "editions_count", "provinces_ranked" },
	{ "scores_rank", "rank_no" }, { "scores_score", "score" },
	{ "zone_facts_rent", "rent_amount" }, { "zone_facts_fee", "fee_amount" },
	{ "zone_facts_power", "power_capacity" }, { "zone_facts_water", "water_m3_day" },
	{ "zone_facts_wastewater", "wastewater_m3_day" }, { "zone_facts_distances", "seaport_km" },
	{ "zone_facts_sector_list", "sectors_admitted" }, { "zone_facts_sectors", "sectors_admitted" },
};

const char *
publish_constraint_field(const char *error)
{
	/* "… CONSTRAINT `name` FOREIGN KEY …", "CONSTRAINT `name` failed for …",
	 * "Duplicate entry '…' for key 'name'" */
	static const char *const marks[] = { "CONSTRAINT `", "for key '", NULL };

	for (int m = 0; error != NULL && marks[m] != NULL; m++) {
		const char *at = strstr(error, marks[m]);
		size_t n;

		if (at == NULL)
			continue;
		at += strlen(marks[m]);
		n = strcspn(at, "`'");
		for (size_t k = 0; k < sizeof(constraint_fields) / sizeof(constraint_fields[0]); k++)
			if (strlen(constraint_fields[k].constraint) == n &&
			    strncmp(constraint_fields[k].constraint, at, n) == 0)
				return constraint_fields[k].field;
	}
	return NULL;
}

int
publish_request(struct request *req, long long request_id, const char **why, const char **field)
{
	struct session *s = auth_session(req);
	struct pub pb;
	struct db_param key = DB_INT(request_id);
	struct request_row r;
	enum record_kind kind;
	enum db_status rc;
	int found, status = 0;
	bool import;

	memset(&pb, 0, sizeof(pb));
	memset(&r, 0, sizeof(r));
	pb.req = req;
	pb.db = staff_db(req);
	pb.request_id = request_id;
	*why = NULL;
	*field = NULL;
	if ((rc = db_begin(pb.db)) != DB_OK) {
		*why = "publish.error.unavailable";
		return db_http_status(rc);
	}
	rc = FETCH_ROW(pb.db, SQL_REQUEST_GET_LOCK, &key, 1, request_cols, &r, &found);
	if (rc != DB_OK || !found) {
		status = rc != DB_OK ? db_http_status(rc) : 404;
		if (rc != DB_OK)
			*why = rc == DB_UNAVAILABLE ? "publish.error.unavailable" : "publish.error.database";
		goto fail;
	}
	pb.board_id = r.board_id;
	pb.author_admin = r.author_admin;
	import = strcmp(r.entity, "import") == 0;
	if (strcmp(r.state, "submitted") != 0) {
		*why = "publish.error.state";
		status = 409;
		goto fail;
	}
	if (!auth_has_role(s, r.board_id, "reviewer")) {
		status = 403;
		goto fail;
	}
	if (r.author_id == s->user_id) {
		*why = "publish.error.own";
		status = 403;
		goto fail;
	}
	if (import) {
		struct import im;

		memset(&im, 0, sizeof(im));
		if (import_parse_payload(&im, r.payload) != 0) {
			*why = "publish.error.invalid";
			status = 409;
			import_free(&im);
			goto fail;
		}
		rc = import_apply(req, &im, request_id, r.note, r.note_en, &pb.why);
		import_free(&im);
		goto finish;
	}
	kind = edit_kind(r.entity);
	if (kind == RECORD__MAX || r.entity_id <= 0) {
		status = 500;
		goto fail;
	}
	pb.entity_id = r.entity_id;
	pb.base_version = r.base_version;
	pb.note = r.note;
	pb.note_en = r.note_en;
	if (record_form_parse(&record_defs[kind], r.payload, &pb.f) != 0) {
		*why = "publish.error.invalid";
		status = 409;
		goto fail;
	}
	rc = publish_apply(&pb, kind);
finish:
	if (rc == DB_OK) {
		struct db_param p[4] = { DB_TEXT("published"), DB_INT(s->user_id), DB_NULL,
		    DB_INT(request_id) };

		rc = db_exec(pb.db, SQL_REQUEST_SET_STATE, p, 4, NULL, NULL);
	}
	if (rc == DB_OK)
		rc = edit_request_event(req, request_id, "published", NULL);
	if (rc == DB_OK)
		rc = db_exec(pb.db, SQL_GENERATION_BUMP, NULL, 0, NULL, NULL);
	if (rc == DB_OK) {
		/* the audit row commits with the publication, or neither does */
		char detail[64];

		snprintf(detail, sizeof(detail), "request %lld", request_id);
		rc = audit_tx(req, "publish", import ? "change_request" : r.entity,
		    import ? request_id : r.entity_id, detail);
	}
	if (rc == DB_OK)
		rc = db_commit(pb.db);
	if (rc != DB_OK) {
		if (rc == DB_CONFLICT && (pb.why == NULL || strcmp(pb.why, "publish.error.rules") == 0)) {
			/* a data rule the checks did not catch: the constraint names the field */
			*field = publish_constraint_field(db_last_error(pb.db));
			pb.why = *field != NULL ? "publish.error.constraint" : "publish.error.rules";
		}
		*why = pb.why ? pb.why : rc == DB_UNAVAILABLE ? "publish.error.unavailable" :
		    "publish.error.database";
		status = db_http_status(rc);
		goto fail;
	}
	record_form_free(&pb.f);
	FREE_ROW(request_cols, &r);
	return 0;
fail:
	db_rollback(pb.db);
	record_form_free(&pb.f);
	FREE_ROW(request_cols, &r);
	return status;
}
