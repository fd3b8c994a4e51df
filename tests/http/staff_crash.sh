#!/usr/bin/env bash
# A publication is atomic under a crash (issue 11): the staff workers are killed, MariaDB is
# stopped and then the workers killed, or MariaDB is killed, at different moments of the
# publication of a status change; afterwards the change is either entirely published
# (status, history, change fields, generation, audit row) or not at all, and the request
# can then be published.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/staff.sh"

sup=$("$PORTAL_ROOT/portal" workers-pid test staff)
db_pid() { cat "$PORTAL_INSTANCE_DIR/run/mariadb.pid"; }
kill_workers() { local w; for w in $(pgrep -P "$sup"); do kill -KILL "$w" 2>/dev/null || true; done; }
staff_up() { # wait until the staff program signs in four times in a row (10 s at most): a
	# worker that lost MariaDB reconnects at its next request, at most once a second
	local good=0
	for _ in $(seq 1 100); do
		login reviewer
		if [ "$STATUS" = 303 ] && location | grep -q '/staff/$'; then
			good=$((good + 1))
			[ $good -ge 4 ] && return 0
		else
			good=0
			sleep 0.1
		fi
	done
	return 1
}

# state REQUEST PROJECT MARK: what a publication of REQUEST wrote, as one line
state() {
	root_sql "SELECT CONCAT_WS(' ', (SELECT state FROM change_requests WHERE id = $1),
		(SELECT status FROM projects WHERE id = $2),
		(SELECT COUNT(*) FROM project_status_events WHERE project_id = $2 AND reason = '$3'),
		(SELECT COUNT(*) FROM change_log WHERE request_id = $1),
		(SELECT COUNT(*) FROM change_log_fields f JOIN change_log c ON c.id = f.change_id WHERE c.request_id = $1),
		(SELECT COUNT(*) FROM audit_log WHERE action = 'publish' AND detail = 'request $1'),
		(SELECT generation FROM data_generation))"
}

projects=$(root_sql "SELECT p.id FROM projects p JOIN zones z ON z.id = p.zone_id JOIN boards b ON b.id = z.board_id
	WHERE b.slug = 'bql-kkt-van-don' AND p.status IN ('approved', 'construction', 'operating', 'delayed')
	AND NOT EXISTS (SELECT 1 FROM change_requests r WHERE r.open_record = CONCAT('status:', p.id))
	ORDER BY p.id DESC LIMIT 12")
ok "twelve projects to publish a status change of" test "$(wc -w <<<"$projects")" = 12
# how: worker (SIGKILL the workers), dbstop (SIGSTOP MariaDB, SIGKILL the workers while
# they wait for it, SIGCONT), dbkill (SIGSTOP then SIGKILL MariaDB, start it again); when:
# seconds after the POST started (a publication takes a few milliseconds: the small delays
# land before, inside and after its transaction)
trials="worker:0.005 worker:0.01 worker:0.02 worker:0.05 dbstop:0 dbstop:0.005 dbstop:0.01 dbstop:0.02 dbkill:0 dbkill:0.005 dbkill:0.01 dbkill:0.02"
set -- $projects
for trial in $trials; do
	how=${trial%%:*} when=${trial#*:} pid=$1
	shift
	mark="Thử sự cố $how $when"
	login editor
	post editor "/staff/projects/$pid/status" status=suspended effective_on=2026-11-27 "reason=$mark" \
		"doc_number=$RANDOM/QĐ-SC" doc_issued_on=2026-11-26 "doc_issuer=Ban Quản lý KKT Vân Đồn" \
		"version=$(root_sql "SELECT version FROM projects WHERE id = $pid")" "note=$mark" action=submit
	req=$(location | sed 's/.*changes\///')
	from=$(root_sql "SELECT status FROM projects WHERE id = $pid")
	gen=$(root_sql "SELECT generation FROM data_generation")
	login reviewer
	token=$(csrf reviewer)
	curl -s -o /dev/null -b "$(jar reviewer)" -H "$ORIGIN_HDR" --data-urlencode "csrf=$token" \
		--max-time 30 "$PORTAL_URL/staff/changes/$req/publish" &
	curl_pid=$!
	case $how in
	worker) sleep "$when"; kill_workers ;;
	dbstop) sleep "$when"; kill -STOP "$(db_pid)"; sleep 0.3; kill_workers; sleep 0.2; kill -CONT "$(db_pid)" ;;
	dbkill) sleep "$when"; kill -STOP "$(db_pid)"; sleep 0.3; kill -KILL "$(db_pid)"; sleep 0.3
		"$PORTAL_ROOT/portal" db-start test >/dev/null 2>&1 ;;
	esac
	wait "$curl_pid" || true
	staff_up || true
	# the workers reconnect by themselves; give a restarted MariaDB time to answer
	for _ in $(seq 1 50); do root_sql "SELECT 1" >/dev/null 2>&1 && break; sleep 0.2; done
	got=$(state "$req" "$pid" "$mark")
	case $got in
	"published suspended 1 1 "*" 1 $((gen + 1))") pass "$how at $when s: all published ($got)" ;;
	"submitted $from 0 0 0 0 $gen") pass "$how at $when s: nothing published ($got)"
		login reviewer
		post reviewer "/staff/changes/$req/publish"
		is "$STATUS" 303 "$how at $when s: the request is then published"
		got=$(state "$req" "$pid" "$mark")
		ok "$how at $when s: entirely ($got)" grep -Eq "^published suspended 1 1 [0-9]+ 1 $((gen + 1))\$" <<<"$got" ;;
	*) fail "$how at $when s: half published: $got (from $from, generation $gen)" ;;
	esac
done
as reviewer /staff/
is "$STATUS" 200 "the staff program answers after every crash"

done_testing
