#ifndef KOFU_PSEUDO_TERMINAL_H
#define KOFU_PSEUDO_TERMINAL_H

#include <sys/types.h>

/* Starts the program at `path` with `argv` and `envp` on a new pseudo-terminal of `rows` x `cols`, which becomes
   its controlling terminal, as a terminal emulator would start it. Returns the child's pid and puts the master side
   in *master, or returns -1 with errno set. Written in C because Swift cannot call ioctl or fork safely. */
pid_t kofu_spawn_on_pty(const char *path, char *const argv[], char *const envp[], unsigned short rows,
                        unsigned short cols, int *master);

/* Unblocks every signal and puts each back to its default action, for a child about to exec. */
void kofu_reset_signals(void);

/* Waits for `pid`; returns 0 with its exit status and peak resident set (kilobytes) as the kernel counted it, or -1
   with errno set. */
int kofu_wait_child(pid_t pid, int *status, long *max_rss_kilobytes);

#endif
