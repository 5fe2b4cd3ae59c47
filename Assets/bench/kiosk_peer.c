/* The kiosk's peer in `kofu bench`: the least a C ncursesw program does to show the same start screen and answer
   the same keys. It reads the frame Kofu draws (a UTF-8 text file, one line per row), shows it, then on a digit
   masks it with ●, on Backspace takes one back, on an arrow moves a highlighted line, on Enter clears the mask.
   Built by the bench with `cc -O2 kiosk_peer.c -lncursesw`. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc != 2) return 2;
    setlocale(LC_ALL, "");
    FILE *frame = fopen(argv[1], "r");
    if (!frame) return 1;
    initscr();
    raw();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
    char line[1024];
    for (int row = 0; row < LINES && fgets(line, sizeof line, frame); row++) {
        line[strcspn(line, "\n")] = 0;
        mvaddstr(row, 0, line);
    }
    fclose(frame);
    refresh();
    int digits = 0, highlighted = 8;
    for (;;) {
        wint_t key;
        int kind = get_wch(&key);
        if (kind == ERR) continue;
        if (kind == OK && key >= '0' && key <= '9' && digits < 4) {
            mvaddstr(12, 30 + 4 * digits++, "●");
        } else if ((kind == OK && (key == 127 || key == 8)) || (kind == KEY_CODE_YES && key == KEY_BACKSPACE)) {
            if (digits > 0) mvaddstr(12, 30 + 4 * --digits, " ");
        } else if (kind == OK && key == '\r') {
            while (digits > 0) mvaddstr(12, 30 + 4 * --digits, " ");
        } else if (kind == KEY_CODE_YES && (key == KEY_DOWN || key == KEY_UP)) {
            mvchgat(highlighted, 4, 40, A_NORMAL, 0, NULL);
            highlighted = key == KEY_DOWN ? 9 : 8;
            mvchgat(highlighted, 4, 40, A_REVERSE, 0, NULL);
        } else if (kind == OK && key == 'q') {
            break;
        }
        refresh();
    }
    endwin();
    return 0;
}
