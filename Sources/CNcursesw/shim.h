#ifndef KOFU_CNCURSESW_SHIM_H
#define KOFU_CNCURSESW_SHIM_H

/* The wide API (get_wch, add_wch, cchar_t) is only declared with these set, whatever the library linked. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Swift 6 refuses to read mutable C globals (stdscr, LINES, COLS, stdout) and cannot import macros built from
   expressions (A_BOLD, COLOR_PAIR, KEY_*): these functions hand them over. */

static inline WINDOW *kofu_stdscr(void) { return stdscr; }
static inline int kofu_lines(void) { return LINES; }
static inline int kofu_cols(void) { return COLS; }
static inline int kofu_color_pairs(void) { return COLOR_PAIRS; }

/* newterm instead of initscr: initscr exits the process on an unknown TERM, newterm returns NULL. */
static inline SCREEN *kofu_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline const char *kofu_codeset(void) { return nl_langinfo(CODESET); }

/* A terminal that cannot move its cursor (TERM=dumb, a printing terminal) would show every frame as a stream of
   text; newterm accepts it all the same. */
static inline int kofu_can_address_cursor(void) {
    const char *cup = tigetstr("cup");
    return cup != NULL && cup != (const char *)-1;
}

static inline attr_t kofu_attr_normal(void) { return A_NORMAL; }
static inline attr_t kofu_attr_bold(void) { return A_BOLD; }
static inline attr_t kofu_attr_reverse(void) { return A_REVERSE; }
static inline attr_t kofu_attr_dim(void) { return A_DIM; }

static inline int kofu_ok(void) { return OK; }
static inline int kofu_err(void) { return ERR; }
static inline int kofu_key_code_yes(void) { return KEY_CODE_YES; }
static inline int kofu_key_resize(void) { return KEY_RESIZE; }
static inline int kofu_key_enter(void) { return KEY_ENTER; }
static inline int kofu_key_backspace(void) { return KEY_BACKSPACE; }
static inline int kofu_key_up(void) { return KEY_UP; }
static inline int kofu_key_down(void) { return KEY_DOWN; }
static inline int kofu_key_left(void) { return KEY_LEFT; }
static inline int kofu_key_right(void) { return KEY_RIGHT; }

/* Termination signals only set a flag; the event loop notices it within one input timeout.
   Everything here is static, so each object file that uses it gets its own copy of the flag: call these
   functions from a single Swift source file, or the handler and the reader would see different flags. */

/* The storage lives in function-local statics: Swift's importer does not emit file-scope statics that lack an
   initializer (the link fails with an undefined reference), but it does emit the functions and their locals. */
static inline volatile sig_atomic_t *kofu_signal_slot(void) {
    static volatile sig_atomic_t number = 0;
    return &number;
}

static inline struct sigaction *kofu_previous_actions(void) {
    static struct sigaction previous[3];
    return previous;
}

static const int kofu_handled_signals[3] = { SIGINT, SIGTERM, SIGHUP };

static void kofu_signal_handler(int signal_number) { *kofu_signal_slot() = signal_number; }

/* Returns 0, or -1 with errno set. No SA_RESTART: a blocked read returns early, so the loop reacts at once. */
static inline int kofu_install_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = kofu_signal_handler;
    sigemptyset(&action.sa_mask);
    *kofu_signal_slot() = 0;
    sigset_t handled;
    sigemptyset(&handled);
    for (int i = 0; i < 3; i++) {
        if (sigaction(kofu_handled_signals[i], &action, &kofu_previous_actions()[i]) != 0) return -1;
        sigaddset(&handled, kofu_handled_signals[i]);
    }
    /* A blocked mask is inherited through exec: started by a program that blocks them (a test runner did), the
       kiosk would never see the operator's SIGTERM and could only be killed. */
    return sigprocmask(SIG_UNBLOCK, &handled, NULL);
}

static inline void kofu_restore_signal_handlers(void) {
    for (int i = 0; i < 3; i++) sigaction(kofu_handled_signals[i], &kofu_previous_actions()[i], NULL);
}

static inline int kofu_received_signal(void) { return *kofu_signal_slot(); }
static inline void kofu_clear_signal(void) { *kofu_signal_slot() = 0; }

#endif
