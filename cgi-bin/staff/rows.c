/* The column lists of the rows the staff program takes its decisions from. */
#include "staff.h"
#include "rows.h"

const struct db_col session_cols[6] = { DBC_INT(struct session_row, id),
    DBC_TEXT(struct session_row, username), DBC_TEXT(struct session_row, display_name),
    DBC_BOOL(struct session_row, is_admin), DBC_TEXT(struct session_row, csrf_token),
    DBC_BOOL(struct session_row, stale) };
const struct db_col user_cols[4] = { DBC_INT(struct user_row, id),
    DBC_TEXT(struct user_row, username), DBC_TEXT(struct user_row, password_hash),
    DBC_BOOL(struct user_row, is_active) };
const struct db_col request_cols[11] = { DBC_INT(struct request_row, id),
    DBC_INT(struct request_row, board_id), DBC_TEXT(struct request_row, entity),
    DBC_INT(struct request_row, entity_id), DBC_INT(struct request_row, base_version),
    DBC_TEXT(struct request_row, state), DBC_TEXT(struct request_row, payload),
    DBC_TEXT(struct request_row, note), DBC_TEXT(struct request_row, note_en),
    DBC_INT(struct request_row, author_id),
    DBC_BOOL(struct request_row, author_admin) };
const struct db_col open_cols[7] = { DBC_INT(struct open_row, id),
    DBC_INT(struct open_row, author_id), DBC_TEXT(struct open_row, display_name),
    DBC_TEXT(struct open_row, state), DBC_TEXT(struct open_row, payload),
    DBC_TEXT(struct open_row, note), DBC_TEXT(struct open_row, note_en) };
const struct db_col place_cols[5] = { DBC_INT(struct place_row, id),
    DBC_INT(struct place_row, board_id), DBC_INT(struct place_row, version),
    DBC_TEXT(struct place_row, slug), DBC_TEXT(struct place_row, name) };
const struct db_col project_cols[6] = { DBC_INT(struct project_row, id),
    DBC_INT(struct project_row, board_id), DBC_INT(struct project_row, version),
    DBC_TEXT(struct project_row, status), DBC_TEXT(struct project_row, name),
    DBC_TEXT(struct project_row, land_ha) };
const struct db_col status_cols[3] = { DBC_TEXT(struct status_row, status),
    DBC_TEXT(struct status_row, land_ha), DBC_INT(struct status_row, version) };
const struct db_col zone_board_cols[2] = { DBC_INT(struct zone_board_row, id),
    DBC_INT(struct zone_board_row, board_id) };
const struct db_col file_owner_cols[1] = { DBC_INT(struct file_owner_row, request_id) };
const struct db_col board_scope_cols[1] = { DBC_BOOL(struct board_scope_row, is_provincial) };
const struct db_col max_ids_cols[3] = { DBC_INT(struct max_ids_row, projects),
    DBC_INT(struct max_ids_row, status_events), DBC_INT(struct max_ids_row, documents) };
const struct db_col failures_cols[2] = { DBC_INT(struct failures_row, failures),
    DBC_INT(struct failures_row, since_last) };

#define ROW(sql, cols)	{ sql, cols, DBC_COUNT(cols) }
const struct staff_row_decl staff_rows[] = {
	ROW(SQL_SESSION_GET, session_cols),
	ROW(SQL_USER_BY_NAME, user_cols),
	ROW(SQL_REQUEST_GET_LOCK, request_cols),
	ROW(SQL_REQUEST_OPEN_FOR, open_cols),
	ROW(SQL_ZONE_BY_SLUG, place_cols),
	ROW(SQL_BOARD_BY_SLUG, place_cols),
	ROW(SQL_PROJECT_BY_ID, project_cols),
	ROW(SQL_PROJECT_STATUS_LOCK, status_cols),
	ROW(SQL_ZONE_BOARD_BY_SLUG, zone_board_cols),
	ROW(SQL_FILE_OWNER, file_owner_cols),
	ROW(SQL_BOARD_PROVINCIAL, board_scope_cols),
	ROW(SQL_FAILURES_ADDR, failures_cols),
	ROW(SQL_FAILURES_PAIR, failures_cols),
	ROW(SQL_MAX_IDS, max_ids_cols),
};
const unsigned int staff_nrows = DBC_COUNT(staff_rows);
