/* The store's peer in `kofu bench`: replays, with the SQLite C API, exactly the statements Kofu ran for a series of
   paid issuances (recorded from its writing connection), on a copy of the database as it was before them, with the
   pragmas Kofu sets (WAL, synchronous=FULL, foreign keys). The whole trace is read and every distinct statement
   prepared before the clock starts; then each run only binds its values and steps, as a careful C program would.
   Prints: the journal mode, issuances, total milliseconds, then p50, p99 and max milliseconds from BEGIN to COMMIT.
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

typedef struct {
    char type;
    long long integer;
    double real;
    char *bytes;
    long length;
} Value;

typedef struct {
    int statement;
    int count;
    Value *values;
} Run;

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

static sqlite3_stmt *statements[MAX_STATEMENTS];
static char *texts[MAX_STATEMENTS];

/* Reads the whole trace: prepares each statement and decodes every run's values. */
static Run *load(sqlite3 *db, FILE *in, size_t *runs) {
    size_t capacity = 1024;
    Run *all = malloc(capacity * sizeof *all);
    char kind;
    *runs = 0;
    while (fscanf(in, " %c", &kind) == 1) {
        int index, count;
        long length;
        if (kind == 'T') {
            if (fscanf(in, "%d %ld", &index, &length) != 2 || index < 0 || index >= MAX_STATEMENTS) exit(3);
            fgetc(in);
            texts[index] = read_bytes(in, length);
            if (sqlite3_prepare_v3(db, texts[index], -1, SQLITE_PREPARE_PERSISTENT, &statements[index], NULL)
                != SQLITE_OK) exit(fail(db, texts[index]));
            continue;
        }
        if (kind != 'X' || fscanf(in, "%d %d", &index, &count) != 2 || index < 0 || index >= MAX_STATEMENTS
            || !statements[index] || count < 0) exit(3);
        Value *values = calloc(count ? count : 1, sizeof *values);
        for (int i = 0; i < count; i++) {
            Value *v = &values[i];
            if (fscanf(in, " %c", &v->type) != 1) exit(3);
            if (v->type == 'I' && fscanf(in, "%lld", &v->integer) != 1) exit(3);
            if (v->type == 'R' && fscanf(in, "%lf", &v->real) != 1) exit(3);
            if (v->type == 'S' || v->type == 'B') {
                if (fscanf(in, "%ld", &length) != 1) exit(3);
                fgetc(in);
                v->bytes = read_bytes(in, length);
                v->length = length;
                if (v->type == 'B') {
                    v->length = length / 2;
                    for (long b = 0; b < v->length; b++) sscanf(v->bytes + 2 * b, "%2hhx", (unsigned char *)&v->bytes[b]);
                }
            } else if (v->type != 'N' && v->type != 'I' && v->type != 'R') {
                exit(3);
            }
        }
        if (*runs == capacity) all = realloc(all, (capacity *= 2) * sizeof *all);
        all[(*runs)++] = (Run){index, count, values};
    }
    return all;
}

int main(int argc, char **argv) {
    if (argc != 3) return 2;
    sqlite3 *db;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) return fail(db, "open");
    if (sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;", NULL, NULL, NULL) != SQLITE_OK)
        return fail(db, "pragmas");
    /* The snapshot was made by VACUUM INTO, which does not carry the journal mode over. */
    sqlite3_stmt *mode;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &mode, NULL) != SQLITE_OK
        || sqlite3_step(mode) != SQLITE_ROW) return fail(db, "journal_mode");
    char journal[16];
    snprintf(journal, sizeof journal, "%s", (const char *)sqlite3_column_text(mode, 0));
    sqlite3_finalize(mode);
    if (sqlite3_exec(db, "PRAGMA synchronous = FULL;", NULL, NULL, NULL) != SQLITE_OK) return fail(db, "synchronous");
    FILE *in = fopen(argv[2], "r");
    if (!in) return 2;
    size_t runs;
    Run *all = load(db, in, &runs);
    fclose(in);
    size_t capacity = 1024, count = 0;
    double *latencies = malloc(capacity * sizeof *latencies), began = 0;
    double start = now_ms();
    for (size_t r = 0; r < runs; r++) {
        sqlite3_stmt *statement = statements[all[r].statement];
        const char *text = texts[all[r].statement];
        if (strncmp(text, "BEGIN", 5) == 0) began = now_ms();
        for (int i = 0; i < all[r].count; i++) {
            Value *v = &all[r].values[i];
            switch (v->type) {
            case 'N': sqlite3_bind_null(statement, i + 1); break;
            case 'I': sqlite3_bind_int64(statement, i + 1, v->integer); break;
            case 'R': sqlite3_bind_double(statement, i + 1, v->real); break;
            case 'S': sqlite3_bind_text(statement, i + 1, v->bytes, (int)v->length, SQLITE_STATIC); break;
            case 'B': sqlite3_bind_blob(statement, i + 1, v->bytes, (int)v->length, SQLITE_STATIC); break;
            }
        }
        int step;
        while ((step = sqlite3_step(statement)) == SQLITE_ROW) {}
        if (step != SQLITE_DONE) return fail(db, text);
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (strncmp(text, "COMMIT", 6) == 0) {
            if (count == capacity) latencies = realloc(latencies, (capacity *= 2) * sizeof *latencies);
            latencies[count++] = now_ms() - began;
        }
    }
    double total = now_ms() - start;
    if (count == 0) return 4;
    qsort(latencies, count, sizeof *latencies, compare);
    size_t p99 = (size_t)(0.99 * count + 0.999999);
    printf("%s %zu %.3f %.3f %.3f %.3f\n", journal, count, total, latencies[(count + 1) / 2 - 1], latencies[p99 - 1],
           latencies[count - 1]);
    for (int i = 0; i < MAX_STATEMENTS; i++) sqlite3_finalize(statements[i]);
    return sqlite3_close(db) == SQLITE_OK ? 0 : fail(db, "close");
}
