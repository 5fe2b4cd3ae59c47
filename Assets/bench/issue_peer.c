/* The store's peer in `kofu bench`: replays, with the SQLite C API, exactly the statements Kofu ran for a series of
   paid issuances (recorded from its writing connection), on a copy of the database as it was before them, with the
   pragmas Kofu sets. Each distinct statement is prepared once and its values bound, as a careful C program would.
   Prints: issuances, total milliseconds, then p50, p99 and max milliseconds from BEGIN to COMMIT.
   Built by the bench with `cc -O2 issue_peer.c -lsqlite3`.

   Trace format, one record after another:
     T <index> <bytes>\n<sql>\n          a statement's text, once
     X <index> <values>\n                 run statement <index> with these values, each one of:
       N\n | I <integer>\n | R <real>\n | S <bytes>\n<text>\n | B <bytes>\n<bytes as hex>\n */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_STATEMENTS 4096

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static char *read_bytes(FILE *in, long length) {
    char *text = malloc(length + 1);
    if (!text || fread(text, 1, length, in) != (size_t)length) exit(3);
    text[length] = 0;
    fgetc(in);
    return text;
}

static int fail(sqlite3 *db, const char *what) {
    fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    return 1;
}

int main(int argc, char **argv) {
    if (argc != 3) return 2;
    sqlite3 *db;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) return fail(db, "open");
    if (sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;",
                     NULL, NULL, NULL) != SQLITE_OK) return fail(db, "pragmas");
    FILE *in = fopen(argv[2], "r");
    if (!in) return 2;
    static sqlite3_stmt *statements[MAX_STATEMENTS];
    static char *texts[MAX_STATEMENTS];
    size_t capacity = 1024, count = 0;
    double *latencies = malloc(capacity * sizeof *latencies), began = 0;
    double start = now_ms();
    char kind;
    while (fscanf(in, " %c", &kind) == 1) {
        int index, values;
        long length;
        if (kind == 'T') {
            if (fscanf(in, "%d %ld", &index, &length) != 2 || index < 0 || index >= MAX_STATEMENTS) return 3;
            fgetc(in);
            texts[index] = read_bytes(in, length);
            if (sqlite3_prepare_v3(db, texts[index], -1, SQLITE_PREPARE_PERSISTENT, &statements[index], NULL)
                != SQLITE_OK) return fail(db, texts[index]);
            continue;
        }
        if (kind != 'X' || fscanf(in, "%d %d", &index, &values) != 2 || !statements[index]) return 3;
        sqlite3_stmt *statement = statements[index];
        if (strncmp(texts[index], "BEGIN", 5) == 0) began = now_ms();
        for (int i = 1; i <= values; i++) {
            char type;
            if (fscanf(in, " %c", &type) != 1) return 3;
            if (type == 'N') {
                sqlite3_bind_null(statement, i);
            } else if (type == 'I') {
                long long value;
                if (fscanf(in, "%lld", &value) != 1) return 3;
                sqlite3_bind_int64(statement, i, value);
            } else if (type == 'R') {
                double value;
                if (fscanf(in, "%lf", &value) != 1) return 3;
                sqlite3_bind_double(statement, i, value);
            } else if (type == 'S' || type == 'B') {
                if (fscanf(in, "%ld", &length) != 1) return 3;
                fgetc(in);
                char *bytes = read_bytes(in, length);
                if (type == 'S') {
                    sqlite3_bind_text(statement, i, bytes, (int)length, free);
                } else {
                    long size = length / 2;
                    unsigned char *blob = malloc(size + 1);
                    for (long b = 0; b < size; b++) sscanf(bytes + 2 * b, "%2hhx", &blob[b]);
                    free(bytes);
                    sqlite3_bind_blob(statement, i, blob, (int)size, free);
                }
            } else {
                return 3;
            }
        }
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {}
        if (step != SQLITE_DONE) return fail(db, texts[index]);
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (strncmp(texts[index], "COMMIT", 6) == 0) {
            if (count == capacity) latencies = realloc(latencies, (capacity *= 2) * sizeof *latencies);
            latencies[count++] = now_ms() - began;
        }
    }
    double total = now_ms() - start;
    if (count == 0) return 4;
    qsort(latencies, count, sizeof *latencies, compare);
    size_t p99 = (size_t)(0.99 * count + 0.999999);
    printf("%zu %.3f %.3f %.3f %.3f\n", count, total, latencies[(count + 1) / 2 - 1], latencies[p99 - 1],
           latencies[count - 1]);
    for (int i = 0; i < MAX_STATEMENTS; i++) sqlite3_finalize(statements[i]);
    return sqlite3_close(db) == SQLITE_OK ? 0 : fail(db, "close");
}
