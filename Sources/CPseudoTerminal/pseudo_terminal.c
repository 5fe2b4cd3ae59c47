#include "pseudo_terminal.h"

#include <pty.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

void kofu_reset_signals(void) {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    for (int signal = 1; signal < 32; signal++) {
        if (signal != SIGKILL && signal != SIGSTOP) sigaction(signal, &(struct sigaction){.sa_handler = SIG_DFL}, NULL);
    }
}

pid_t kofu_spawn_on_pty(const char *path, char *const argv[], char *const envp[], unsigned short rows,
                        unsigned short cols, int *master) {
    struct winsize size = {.ws_row = rows, .ws_col = cols};
    pid_t pid = forkpty(master, NULL, NULL, &size);
    if (pid == 0) {
        /* Only async-signal-safe calls between fork and exec: the parent may have other threads. The program starts
           with signals as a terminal emulator would start it, whatever this process blocks or ignores. */
        kofu_reset_signals();
        execve(path, argv, envp);
        _exit(127);
    }
    return pid;
}

int kofu_wait_child(pid_t pid, int *status, long *max_rss_kilobytes) {
    struct rusage usage;
    if (wait4(pid, status, 0, &usage) < 0) return -1;
    *max_rss_kilobytes = usage.ru_maxrss;
    return 0;
}
