# TAP and HTTP helpers for the shell tests. Source it, then call need_portal.
# Each assertion prints one TAP line; done_testing prints the plan and sets the exit code.

T_N=0
T_FAILED=0
T_TMP=$(mktemp -d)
trap 'rm -rf "$T_TMP"' EXIT

# Skips the whole file when no instance was started (plain `make check`).
need_portal() {
	if [ -z "${PORTAL_URL:-}" ]; then
		echo "1..0 # SKIP no running instance: run ./portal test"
		exit 0
	fi
}

pass() { T_N=$((T_N + 1)); echo "ok $T_N - $*"; }
fail() { T_N=$((T_N + 1)); T_FAILED=$((T_FAILED + 1)); echo "not ok $T_N - $*"; }
diag() { sed 's/^/#   /' <<<"$*"; }

ok() { # ok CONDITION-COMMAND... -- description  (runs the command)
	local desc=$1
	shift
	if "$@"; then pass "$desc"; else fail "$desc"; fi
}

is() { # is GOT WANT DESCRIPTION
	if [ "$1" = "$2" ]; then pass "$3"; else fail "$3"; diag "got: $1"; diag "want: $2"; fi
}

# fetch PATH [curl options...]: sets STATUS; the body is in $BODY, the headers in $HEADERS.
BODY=$T_TMP/body
HEADERS=$T_TMP/headers
fetch() {
	local path=$1
	shift
	STATUS=$(curl -sS -o "$BODY" -D "$HEADERS" -w '%{http_code}' --max-time 30 "$@" "$PORTAL_URL$path") \
		|| STATUS=000
}

# body_has REGEX DESCRIPTION / body_lacks / header_has
body_has() {
	if grep -Eq -- "$1" "$BODY"; then pass "$2"; else fail "$2"; diag "no match for: $1"; diag "$(head -c 400 "$BODY")"; fi
}
body_lacks() {
	if grep -Eq -- "$1" "$BODY"; then fail "$2"; diag "unexpected: $(grep -Eo -- "$1" "$BODY" | head -3)"; else pass "$2"; fi
}
header_has() {
	if grep -Eiq -- "$1" "$HEADERS"; then pass "$2"; else fail "$2"; diag "headers: $(cat "$HEADERS")"; fi
}

# count_matches REGEX: how many lines of the body match
count_matches() { grep -Ec -- "$1" "$BODY" || true; }

# A SQL query as the database root, on the test instance.
# after a publication, the promise: no public page shows the old data for more than 2 s
# (nginx's 1 s copy has a one-second granularity; README, tests/http/freshness.sh)
wait_fresh() { sleep 2.1; }
root_sql() { mariadb --no-defaults --default-character-set=utf8mb4 -S "$PORTAL_DB_SOCKET" -uroot -N -B -r "$PORTAL_DB_NAME" -e "$1"; }

# walk_pages PATH MAX: fetches PATH, then each page its rel="next" link leads to, at most MAX
# pages; WALKED is the ids that the caller's rows() finds on them, PAGES how many there were
walk_pages() {
	local next
	fetch "$1"
	WALKED=$(rows | tr '\n' ' ')
	PAGES=1
	while next=$(grep -o 'rel="next" href="[^"]*"' "$BODY" | sed 's/.*href="//; s/"$//; s/&amp;/\&/g') && [ -n "$next" ]; do
		fetch "$next"
		WALKED="$WALKED$(rows | tr '\n' ' ')"
		PAGES=$((PAGES + 1))
		[ $PAGES -lt "$2" ] || break
	done
}

done_testing() {
	echo "1..$T_N"
	[ "$T_FAILED" = 0 ]
}
