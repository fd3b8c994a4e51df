#!/usr/bin/env bash
# Deployment: the systemd units as `make install` installs them, checked offline (no running
# systemd needed): `systemd-analyze verify` with the installed programs in the place the
# units name (the prefix replaced by the DESTDIR stage), the sandbox each unit must keep,
# `systemd-analyze security` under a threshold, and the users systemd-sysusers creates.
. "$top_srcdir/tests/lib/tap.sh"
need_portal
. "$top_srcdir/tests/lib/deploy.sh"
for t in systemd-analyze systemd-sysusers; do
	command -v $t >/dev/null || { echo "1..0 # SKIP $t is not installed (Debian: systemd)"; exit 0; }
done

D=$PORTAL_INSTANCE_DIR/deploy/systemd
U=$D/units
rm -rf "$D"
mkdir -p "$U" "$D/sysroot/etc"
ok "make install DESTDIR=... of the build" deploy_install "$D" || diag "$(tail -20 "$D/install.log")"
UNITS="minhbach-public.service minhbach-staff.service minhbach-migrate.service
	minhbach-alerts.service"
for u in $UNITS minhbach-alerts.timer; do
	sed "s|$PREFIX/|$P/|g" "$SHARE/conf/systemd/$u" >"$U/$u"
done

# verify prints a line for each problem (a bad value is only a warning, exit status 0)
verify() { (cd "$U" && systemd-analyze verify --man=no "$@" 2>&1); }
out=$(verify $UNITS minhbach-alerts.timer)
rc=$?
is "$rc $out" "0 " "systemd-analyze verify: the installed units have no error and no warning"
sed 's/^ProtectSystem=strict/ProtectSystem=strikt/' "$U/minhbach-public.service" >"$U/broken.service"
ok "(it reports a unit's mistake)" test -n "$(verify broken.service)"
sed "s|^ExecStart=$P/|ExecStart=$PREFIX/|" "$U/minhbach-staff.service" >"$U/missing.service"
ok "(and a program that is not installed)" test -n "$(verify missing.service)"

has() { grep -qx -- "$2" "$U/$1"; }
# within UNIT: systemd-analyze security rates the unit's exposure 2.0 or less (of 10)
within() { systemd-analyze security --offline=yes --threshold=20 "$1" >/dev/null 2>&1; }
for u in $UNITS; do
	for line in NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes \
		PrivateDevices=yes CapabilityBoundingSet= RestrictSUIDSGID=yes \
		SystemCallFilter=@system-service MemoryDenyWriteExecute=yes; do
		ok "$u: $line" has "$u" "$line"
	done
	exposure=$(systemd-analyze security --offline=yes "$U/$u" 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: *\([0-9.]*\).*/\1/p')
	ok "$u: systemd-analyze security rates its exposure 2.0 or less ($exposure)" within "$U/$u"
done
grep -v -e '^Protect' -e '^Private' -e '^Restrict' -e '^SystemCall' -e '^Capability' \
	-e '^NoNewPrivileges' -e '^MemoryDeny' -e '^LockPersonality' "$U/minhbach-public.service" >"$U/bare.service"
beyond() { ! within "$1"; }
ok "(a unit without its sandbox is rated above that)" beyond "$U/bare.service"
for p in public staff; do
	ok "minhbach-$p runs as its own user" has minhbach-$p.service "User=minhbach-$p"
	ok "minhbach-$p has its runtime folder for the socket" has minhbach-$p.service "RuntimeDirectory=minhbach/$p"
	ok "minhbach-$p checks its configuration before it starts" \
		grep -q "^ExecStartPre=$P/libexec/minhbach/minhbach-$p -t " "$U/minhbach-$p.service"
done
ok "the migrations run as a throw-away user" has minhbach-migrate.service DynamicUser=yes
ok "the alerts run as a throw-away user" has minhbach-alerts.service DynamicUser=yes
ok "the timer starts the alerts every 5 minutes" has minhbach-alerts.timer OnUnitInactiveSec=5min

sysusers() { systemd-sysusers --root="$D/sysroot" "$SHARE/conf/systemd/minhbach.sysusers" >/dev/null 2>&1; }
ok "systemd-sysusers creates the programs' users from the installed sysusers file" sysusers
is "$(cut -d: -f1,7 "$D/sysroot/etc/passwd" 2>/dev/null | sort | tr '\n' ' ')" \
	"minhbach-public:/usr/sbin/nologin minhbach-staff:/usr/sbin/nologin " "two users, no shell"
done_testing
