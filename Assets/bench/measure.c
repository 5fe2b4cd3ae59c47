/* Runs a command and reports what the kernel counted for it, as /usr/bin/time does: `measure OUT PROGRAM ARGS...`
   writes "<peak RSS in KB> <wall ms> <exit status>" to OUT, with the command's standard output left as it was.
   The bench starts commands through this small process because Linux counts a child's peak memory from the memory of
   the process that started it: started straight from the bench, every command would seem at least as large as the
   bench. Built by the bench with `cc -O2 measure.c`. */
#include <spawn.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

int main(int argc, char **argv) {
    if (argc < 3) return 2;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid;
    if (posix_spawn(&pid, argv[2], NULL, NULL, argv + 2, environ) != 0) return 127;
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) return 1;
    clock_gettime(CLOCK_MONOTONIC, &end);
    FILE *out = fopen(argv[1], "w");
    if (!out) return 1;
    fprintf(out, "%ld %.3f %d\n", usage.ru_maxrss, (end.tv_sec - start.tv_sec) * 1e3 + (end.tv_nsec - start.tv_nsec) / 1e6,
            WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return fclose(out) == 0 ? 0 : 1;
}
