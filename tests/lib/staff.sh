# Helpers for the staff tests: sign in as a demo user, read the CSRF token, post forms.
# Source after tap.sh. Each user keeps a cookie jar in $T_TMP.

ORIGIN_HDR="Origin: $PORTAL_URL"

jar() { echo "$T_TMP/$1.jar"; }

# login USER [PASSWORD]: sets STATUS (303 on success)
login() {
	rm -f "$(jar "$1")"
	STATUS=$(curl -sS -o "$BODY" -D "$HEADERS" -w '%{http_code}' -c "$(jar "$1")" -H "$ORIGIN_HDR" \
		--data-urlencode "username=$1" --data-urlencode "password=${2:-$PORTAL_DEMO_PASSWORD}" \
		"$PORTAL_URL/staff/login")
}

# as USER PATH [curl options]: a request with USER's session
as() {
	local user=$1 path=$2
	shift 2
	STATUS=$(curl -sS -o "$BODY" -D "$HEADERS" -w '%{http_code}' -b "$(jar "$user")" -c "$(jar "$user")" \
		"$@" "$PORTAL_URL$path") || STATUS=000
}

# csrf USER: the user's CSRF token, read from their start page
csrf() {
	curl -sS -b "$(jar "$1")" "$PORTAL_URL/staff/" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 |
		sed 's/.*value="//; s/"$//'
}

# post USER PATH field=value...: a form POST with the user's session, origin and token
post() {
	local user=$1 path=$2 token args=()
	shift 2
	token=$(csrf "$user")
	for kv in "$@"; do args+=(--data-urlencode "$kv"); done
	as "$user" "$path" -H "$ORIGIN_HDR" --data-urlencode "csrf=$token" "${args[@]}"
}

# location: the redirect target of the last response
location() { sed -n 's/^[Ll]ocation: *//p' "$HEADERS" | tr -d '\r'; }

# The zone form's fields as published, as field=value arguments for post.
zone_form() {
	root_sql "SELECT CONCAT_WS('\n', CONCAT('name=', name), CONCAT('name_en=', name_en),
		CONCAT('status=', status), CONCAT('total_ha=', total_ha), CONCAT('leasable_ha=', leasable_ha),
		CONCAT('leased_ha=', leased_ha), CONCAT('occupancy_as_of=', occupancy_as_of),
		CONCAT('developer=', COALESCE(developer, '')), CONCAT('location=', COALESCE(location, '')),
		CONCAT('location_en=', COALESCE(location_en, '')), CONCAT('contact_en=', COALESCE(contact_en, '')),
		CONCAT('latitude=', COALESCE(latitude, '')), CONCAT('longitude=', COALESCE(longitude, '')),
		CONCAT('contact=', COALESCE(contact, '')), CONCAT('boundary=', COALESCE(boundary_geojson, '')),
		CONCAT('version=', version))
		FROM zones WHERE slug = '$1'"
}

# The project form's fields as published (sector replaced by $2 when given), as field=value
# arguments for post.
project_form() {
	root_sql "SELECT CONCAT_WS('\n', CONCAT('name=', name), CONCAT('name_en=', COALESCE(name_en, '')),
		CONCAT('sector=', COALESCE(NULLIF('${2:-}', ''), sector)), CONCAT('authority=', authority),
		CONCAT('currency=', currency), CONCAT('registered_capital=', registered_capital),
		CONCAT('disbursed_capital=', disbursed_capital), CONCAT('registered_usd=', registered_usd),
		CONCAT('disbursed_usd=', disbursed_usd), CONCAT('land_ha=', land_ha),
		CONCAT('approved_on=', approved_on), CONCAT('planned_start=', COALESCE(planned_start, '')),
		CONCAT('actual_start=', COALESCE(actual_start, '')),
		CONCAT('planned_operation=', COALESCE(planned_operation, '')),
		CONCAT('actual_operation=', COALESCE(actual_operation, '')),
		CONCAT('permit_expires_on=', COALESCE(permit_expires_on, '')), CONCAT('version=', version))
		FROM projects WHERE id = $1"
}
