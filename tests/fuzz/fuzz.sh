# Runs every libFuzzer target of tests/fuzz/ for FUZZ_SECONDS (default 4) each, then replays
# every saved crash input (tests/fuzz/regress/<target>/) through its target under the
# sanitizers. A crash input found is saved there. TAP; skipped when the fuzzers are not built
# (./portal test and ./portal fuzz build them in var/build-fuzz with clang).
#   FUZZ_SECONDS   seconds per target          FUZZ_TARGETS  which targets (default: all)
#   PORTAL_FUZZ_BUILD  the fuzz build folder   PORTAL_FUZZ_WORK  the growing corpus folder
. "$top_srcdir/tests/lib/tap.sh"

build=${PORTAL_FUZZ_BUILD:-$top_srcdir/var/build-fuzz}
work=${PORTAL_FUZZ_WORK:-$top_srcdir/var/fuzz}
secs=${FUZZ_SECONDS:-4}
src=$top_srcdir/tests/fuzz
# fuzz.h lists the targets (X(name), several to a line)
all=$(grep -o 'X([a-z_]*)' "$src/fuzz.h" | sed 's/X(\(.*\))/\1/' | grep -vx name)
targets=${FUZZ_TARGETS:-$all}

for t in $targets; do
	if [ ! -x "$build/tests/fuzz/$t" ]; then
		echo "1..0 # SKIP the fuzzers are not built (clang; ./portal fuzz builds them)"
		exit 0
	fi
done

for t in $targets; do
	bin=$build/tests/fuzz/$t
	regress=$src/regress/$t
	log=$T_TMP/$t.log
	mkdir -p "$work/$t" "$regress"
	# the first folder receives what the run learns; the seeds are only read
	if "$bin" -max_total_time="$secs" -timeout=10 -print_final_stats=1 \
		-dict="$src/$t.dict" -artifact_prefix="$regress/" \
		"$work/$t" "$src/corpus/$t" >"$log" 2>&1; then
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
		rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
		pass "$t: ${runs:-?} runs in ${secs} s (${rate:-?}/s), no crash"
	else
		fail "$t: crashed; input saved under tests/fuzz/regress/$t/"
		diag "$(grep -E 'ERROR|SUMMARY|Test unit written|#[0-9] ' "$log" | head -20)"
	fi
	set -- "$regress"/*
	if [ -e "$1" ]; then
		if "$bin" "$@" >"$log" 2>&1; then
			pass "$t: $# saved crash inputs replayed"
		else
			fail "$t: a saved crash input crashes again"
			diag "$(grep -E 'Running:|ERROR|SUMMARY|#[0-9] ' "$log" | head -20)"
		fi
	fi
done
done_testing
