#!/usr/bin/env bash
# Deployment: `make distcheck`. The tarball holds every file configure, make, make check and
# make install need: it is unpacked read-only, configured and built out of its tree, its
# `make check` passes (the HTTP, browser, fuzz and deployment tests skip there: no instance),
# it installs and uninstalls without leaving a file, and distclean leaves none. Everything
# happens in a folder of the test instance, from a fresh configure with the environment of
# a user (no PORTAL_* variable); the source tree is not written to.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/deploy.sh"

D=$PORTAL_INSTANCE_DIR/deploy/distcheck
ROOT=$(cd "$top_srcdir" && pwd -P)
rm -rf "$D"
mkdir -p "$D"
touch "$D/stamp"
# a user's environment: nothing of ./portal's (PORTAL_URL would run the HTTP tests inside)
user_env() { env -i PATH="$PATH" HOME="$D" LANG=C.UTF-8 "$@"; }

ok "configure in a fresh folder, as a user" \
	user_env sh -c "cd '$D' && '$ROOT/configure' -q >configure.log 2>&1" ||
	diag "$(tail -20 "$D/configure.log")"
flags=$(sed -n 's/^WARN_CFLAGS = //p' "$D/Makefile")
ok "a user's build does not turn warnings into errors ($flags)" test -n "${flags%%*-Werror*}"
ok "./portal's build does (--enable-werror)" grep -q '^WARN_CFLAGS = .*-Werror' "$BUILD_DIR/Makefile"

distcheck() { user_env make -C "$D" -j2 distcheck >"$D/distcheck.log" 2>&1; }
ok "make distcheck passes" distcheck ||
	diag "$(grep -v '^  [A-Z]\|^PASS\|^SKIP' "$D/distcheck.log" | tail -30)"
tarball=$(ls "$D"/minhbach-*.tar.gz 2>/dev/null | head -1)
ok "and leaves its tarball" test -f "$tarball"
listing=$(tar -tzf "$tarball" 2>/dev/null | sed 's|^[^/]*/||')
for f in configure Makefile.in build-aux/tap-driver.sh conf/nginx/minhbach-tls.conf.in \
	conf/systemd/minhbach-public.service templates/i18n/messages.xml sql/grants.sql \
	htdocs/static/site.css tests/deploy/install.sh tests/fuzz/fuzz.sh; do
	ok "the tarball has $f" grep -qx "$f" <<<"$listing"
done
ok "whose make check ran the unit tests" grep -q '^PASS: tests/unit/test_render' "$D/distcheck.log"
ok "and skipped the tests that need an instance" grep -q '^SKIP: tests/http/pages.sh' "$D/distcheck.log"

changed=$(find "$ROOT" -path "$ROOT/var" -prune -o -path "$ROOT/.git" -prune -o -newer "$D/stamp" -print | head -5)
is "$changed" "" "nothing in the source tree was written"
done_testing
