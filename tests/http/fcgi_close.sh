#!/usr/bin/env bash
# FastCGI: a worker closes its connection as soon as a response is whole and everything the
# web server sent was read (lib/supervisor.c, request_end), instead of keeping it for a next
# request the web server does not send or waiting for the web server to close first; with
# input left unread it does not close at once, which could reset the connection under the
# response. Spoken to the workers' sockets directly, as a web server that asks to keep the
# connection (FCGI_KEEP_CONN) and never closes first.
. "$top_srcdir/tests/lib/tap.sh"
need_portal

I=$PORTAL_INSTANCE_DIR
client() { python3 "$top_srcdir/tests/lib/fcgi_close.py" "$@" 2>&1; }
pid=$(root_sql "SELECT MIN(id) FROM projects")

is "$(client "$I/run/public.sock" get "/projects/$pid")" "200 end closed" \
	"a project's page: whole, then the connection closed by the worker"
is "$(client "$I/run/public.sock" get /projects)" "200 end closed" "the registry: the same"
is "$(client "$I/run/public.sock" get /no-such-page)" "404 end closed" "a 404: the same"
is "$(client "$I/run/staff.sock" get /staff/login)" "200 end closed" "the staff program's sign-in page: the same"
# a body larger than max_body is refused unread: the 413 is whole and the connection is not
# reset under it
is "$(client "$I/run/public.sock" unread /inquiry)" "413 end closed" \
	"a refused body left unread: the 413 whole, the connection closed without a reset"
is "$(client "$I/run/staff.sock" unread /staff/login)" "413 end closed" "the staff program: the same"
# a body still streaming in (chunked, no length): the 411 is whole without waiting for the
# body's end, and the connection is left as libfcgi leaves it (kept, as asked)
is "$(client "$I/run/public.sock" streamed /inquiry)" "411 end open" \
	"a body still streaming in: the 411 whole at once, the connection not closed under it"
# the workers still answer through nginx after these
fetch "/projects/$pid"
is "$STATUS" 200 "the page through nginx afterwards"

done_testing
