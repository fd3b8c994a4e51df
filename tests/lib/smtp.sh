# A real SMTP server on loopback for the mail tests (Debian's python3-aiosmtpd, each message
# into a Maildir) and minhbachctl send-alerts pointed at it. Source after tap.sh with
# SMTP_OFFSET set (the server listens on the test port + SMTP_OFFSET, so that parallel
# checkouts never collide); skips the whole file without aiosmtpd.
PY=/usr/bin/python3
if ! $PY -c 'import aiosmtpd' 2>/dev/null; then
	echo "1..0 # SKIP python3-aiosmtpd is not installed (./portal test installs it)"
	exit 0
fi

SMTP_PORT=$(( ${PORTAL_URL##*:} + SMTP_OFFSET ))
MAILDIR=$T_TMP/mail
CONF=$T_TMP/minhbachctl.conf
CTL=$PORTAL_BUILD/tools/minhbachctl
{
	cat "$PORTAL_INSTANCE_DIR/etc/minhbachctl.conf"
	echo "smtp_url = smtp://127.0.0.1:$SMTP_PORT"
	echo "smtp_from = alerts@minhbach.test"
} >"$CONF"
mkdir -p "$MAILDIR"/tmp "$MAILDIR"/new "$MAILDIR"/cur
SMTP_PID=
smtp_start() {
	$PY -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$MAILDIR" \
		>>"$T_TMP/smtp.log" 2>&1 &
	SMTP_PID=$!
	for _ in $(seq 50); do
		(exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}
smtp_stop() { [ -z "$SMTP_PID" ] || { kill "$SMTP_PID"; wait "$SMTP_PID" 2>/dev/null; SMTP_PID=; }; }

# send_alerts: one run; RC its exit status
send_alerts() { "$CTL" -c "$CONF" send-alerts >>"$T_TMP/send.log" 2>&1; RC=$?; }
mail_count() { find "$MAILDIR/new" -type f 2>/dev/null | wc -l; }
# show_mail FILE: the headers asked for and each text part decoded
show_mail() {
	$PY - "$1" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
for h in ('To', 'Subject', 'List-Unsubscribe', 'List-Unsubscribe-Post', 'Content-Type'):
    print(f'{h}: {m[h]}')
for part in m.walk():
    if part.get_content_type() in ('text/plain', 'text/html'):
        print(f'--- {part.get_content_type()}')
        print(part.get_content())
PY
}
