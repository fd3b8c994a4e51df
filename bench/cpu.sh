# cpu.sh — where a request's CPU goes, for bench/bench.sh (sourced by it; uses its I, OUT
# and SECS): the CPU time of the instance's own processes over each wrk run, and the calls
# to the allocator in callgrind's counts.
#
# A program's CPU is that of the process in var/bench/run/PROGRAM.pid and of its
# descendants (utime + stime in /proc/PID/stat), plus what its processes' children that
# already ended took (cutime + cstime: a worker the supervisor replaced); MariaDB's threads
# are all in mariadbd's figure. Only those pid files' processes count, never another
# instance's. wrk's own CPU comes from the shell's `times` (wrk is the bench's child).

CPU_PROGRAMS="public mariadb nginx peer-fpm bench-ref"
CPU_TCK=$(getconf CLK_TCK)

# cpu_mark FILE: the CPU so far (ms), "PROGRAM MS" a line, and "wrk MS"; `times` runs in
# this shell (a subshell would count only its own children)
cpu_mark() {
	local g roots=""
	for g in $CPU_PROGRAMS; do
		[ -s "$I/run/$g.pid" ] && roots="$roots $g=$(cat "$I/run/$g.pid")"
	done
	times >"$1.times"
	# a process may end between the glob and the read
	{ cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v roots="$roots" -v tck="$CPU_TCK" -v times="$1.times" '
		# "PID (COMM) STATE PPID ...": after the name, utime is the 12th field
		{ pid = $1; sub(/^.*\) /, ""); ppid[pid] = $2; t[pid] = $12 + $13 + $14 + $15 }
		END {
			n = split(roots, r, " ")
			for (i = 1; i <= n; i++) { split(r[i], kv, "="); root[kv[2]] = kv[1]; ms[kv[1]] = 0 }
			for (p in t) {
				q = p
				for (depth = 0; depth < 8 && !(q in root) && (q in ppid); depth++) q = ppid[q]
				if (q in root) ms[root[q]] += t[p] * 1000 / tck
			}
			for (g in ms) print g, ms[g]
			# the children of the shell: "0m1.230s 0m0.450s" on the second line
			getline < times; getline < times
			w = 0
			for (i = 1; i <= 2; i++) { split($i, a, "m"); sub(/s$/, "", a[2]); w += a[1] * 60000 + a[2] * 1000 }
			print "wrk", w
		}' >"$1"
	rm -f "$1.times"
	local us=${EPOCHREALTIME/./}
	echo "wall $((us / 1000))" >>"$1"
}

# cpu_diff BEFORE AFTER REQUESTS >FILE: what each program took between the two marks, and
# the requests wrk completed ("requests N")
cpu_diff() {
	awk -v reqs="$3" 'NR == FNR { a[$1] = $2; next } { printf "%s %.1f\n", $1, $2 - a[$1] }
		END { print "requests", reqs + 0 }' "$1" "$2"
}

# cpu_per_request PROGRAM FILE...: the program's ms a request over the cases' .cpu files
cpu_per_request() {
	awk -v g="$1" '$1 == g { ms += $2 } $1 == "requests" { n += $2 }
		END { if (n > 0) printf "%.3f", ms / n; else print "-" }' "${@:2}"
}

# cpu_row LABEL REQ/S PROGRAM FILE...: a row of the CPU table; PROGRAM the workers that
# answered (public, bench-ref, peer-fpm; - for none), FILE the case's .cpu files (the
# rounds of a peer case); cores: what the four took over the time between the marks
cpu_row() {
	local label=$1 rps=$2 prog=$3
	shift 3
	printf '| %s | %s | %s |\n' "$label" "$rps" "$(awk -v prog="$prog" '
		{ ms[$1] += $2 }
		END {
			n = ms["requests"]
			if (n == 0) { print "- | - | - | - | -"; exit }
			split(prog " mariadb nginx wrk", g, " ")
			for (i = 1; i <= 4; i++) {
				cell = (g[i] == "-") ? "-" : sprintf("%.3f", ms[g[i]] / n)
				if (g[i] != "-") all += ms[g[i]]
				printf "%s | ", cell
			}
			printf "%.2f", (ms["wall"] > 0) ? all / ms["wall"] : 0
		}' "$@")"
}

cpu_table_head() {
	echo
	echo "### CPU a request, by process (ms: utime + stime in /proc over each wrk run, divided by the requests wrk completed)"
	echo
	echo "The program's workers are the portal's public workers, the minimal FastCGI program's or php-fpm's (the PHP peer: its rounds added); cores: the CPU of the four over the wall time of the wrk runs (the machine has $(nproc); other work takes the rest)."
	echo
	echo "| case | req/s | program's workers | MariaDB | nginx | wrk | cores |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
}

# callgrind_allocs FILE: the calls to malloc, calloc, realloc and the aligned allocators
# in a callgrind output file (strdup, asprintf and libxml2's xmlMalloc reach malloc
# through its symbol, so each counts once there). Callgrind names a function once a file,
# "fn=(ID) NAME", and then "(ID)" alone; each "calls=N" counts calls to the last cfn=.
callgrind_allocs() {
	awk '
		match($0, /^c?fn=\([0-9]+\)/) {
			id = substr($0, RSTART, RLENGTH); sub(/^c?fn=/, "", id)
			rest = substr($0, RLENGTH + 1); sub(/^ /, "", rest)
			if (rest != "") name[id] = rest
			if ($0 ~ /^cfn=/) callee = name[id]
			next
		}
		/^cfn=/ { callee = substr($0, 5); next }
		/^calls=/ && callee ~ /^(malloc|calloc|realloc|memalign|posix_memalign|aligned_alloc|valloc|pvalloc)$/ {
			n += substr($1, 7)
		}
		END { print n + 0 }' "$1"
}
