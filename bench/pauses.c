/* The machine's own pauses, for ./portal bench: on each core, a process pinned to it asks to
 * wake every millisecond for SECONDS and counts the times it woke more than 10 ms late. It
 * runs at real-time priority (SCHED_FIFO) when allowed, so that no other process of the
 * machine comes before it: what still holds it up is the kernel or the hypervisor under the
 * machine. One line a core, after SECONDS or when told to stop (SIGTERM):
 *
 *   minhbach-bench-pauses SECONDS
 *   cpu N fifo|normal wakes W late10 L worst_ms X late_ms T
 *
 * (T: the time past the millisecond asked for, in the wakes more than 10 ms late).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stopping;
static pid_t children[1024];
static long nchildren;

static void
on_stop(int sig)
{
	(void)sig;
	stopping = 1;
	for (long i = 0; i < nchildren; i++)
		kill(children[i], SIGTERM);
}

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec / 1e9;
}

static void
watch(int cpu, double seconds)
{
	struct sched_param sp = { .sched_priority = 10 };
	struct timespec ms = { 0, 1000000 };
	cpu_set_t set;
	double end, prev, t, gap, worst = 0, late = 0;
	long wakes = 0, late10 = 0;
	int fifo;

	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (sched_setaffinity(0, sizeof(set), &set) != 0) {
		perror("sched_setaffinity");
		exit(1);
	}
	fifo = sched_setscheduler(0, SCHED_FIFO, &sp) == 0;
	prev = now();
	end = prev + seconds;
	while (!stopping && prev < end) {
		nanosleep(&ms, NULL);
		t = now();
		gap = t - prev - 0.001;
		wakes++;
		if (gap > 0.010) {
			late10++;
			late += gap;
		}
		if (gap > worst)
			worst = gap;
		prev = t;
	}
	printf("cpu %d %s wakes %ld late10 %ld worst_ms %.1f late_ms %.1f\n", cpu,
	    fifo ? "fifo" : "normal", wakes, late10, worst * 1e3, late * 1e3);
	exit(0);
}

int
main(int argc, char **argv)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	double seconds;

	if (argc != 2 || (seconds = atof(argv[1])) <= 0) {
		fprintf(stderr, "usage: minhbach-bench-pauses SECONDS\n");
		return 2;
	}
	setvbuf(stdout, NULL, _IOLBF, 0);
	signal(SIGTERM, on_stop);
	for (long c = 0; c < cpus && c < 1024; c++) {
		pid_t pid = fork();

		if (pid == 0) {
			nchildren = 0;	/* a core's process stops itself only */
			watch((int)c, seconds);
		}
		if (pid > 0)
			children[nchildren++] = pid;
	}
	while (wait(NULL) > 0 || errno == EINTR)
		;
	return 0;
}
