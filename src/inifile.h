/* inifile.h: reads one content .ini file.
 *
 * Every line is checked first against the traps of iniparser 4.1 (overlong
 * lines, trailing backslashes, unquoted ; and #, upper-case names, byte-order
 * marks, invalid UTF-8); only a clean file is handed to iniparser, and its
 * reading is compared with ours line by line. The result keeps each section
 * and key with its line number, for error messages. */
#ifndef FBSS_INIFILE_H
#define FBSS_INIFILE_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

#define INI_MAX_LINE 1000          /* bytes; iniparser fails past 1022 */
/* Limits per file (doc/content-format.md): the whole guide has about 250
 * keys in its largest file. They bound memory and time, and iniparser's
 * own reading, which --check runs too, slows with the square of the keys
 * in a file. Past a limit the file is an error, never cut. */
#define INI_MAX_FILE (8L << 20)    /* bytes */
#define INI_MAX_SECTIONS 5000
#define INI_MAX_KEYS 20000

/* Keys, values and ids point into the file's text (buf). */
struct ini_key {
    const char *key;
    const char *value;
    int line;
};

/* A hash of the file's ids, and of the keys of its large sections (more
 * than INI_HASH_FROM keys): lookups stay O(1) without a slot per key of
 * the many small sections. */
struct ini_names;
#define INI_HASH_FROM 16

struct ini_section {
    const char *id;
    int line;
    struct ini_key *keys;
    size_t n_keys, cap;
    size_t index;                  /* in the file's secs */
    const struct ini_names *names; /* the file's */
    bool hashed;                   /* its keys are in names (a large section) */
};

struct ini_file {
    char *path;
    char *buf;  /* the file's text, cut into NUL-terminated pieces */
    struct ini_section *secs;
    size_t n_secs, cap;
    size_t n_keys;                 /* in all sections */
    struct ini_names *names;
    bool over_limit;               /* past INI_MAX_SECTIONS or INI_MAX_KEYS */
};

/* Reads and checks path: opened once (never blocking, so a FIFO cannot
 * hang it), checked to be a regular file through the open descriptor and
 * read only through it. With verify set, iniparser reads the file too and
 * any difference from our reading is an error (--check does this; the
 * browser trusts the same reader to start fast). On any problem adds
 * errors to d and returns false; out is then empty. */
bool ini_read(const char *path, struct ini_file *out, bool verify, struct diag *d);

/* Takes the text out of f, for a caller that keeps pointing into it after
 * ini_free; free() it when done. */
char *ini_take_text(struct ini_file *f);

/* The value of key in section s, or NULL. */
const struct ini_key *ini_find(const struct ini_section *s, const char *key);

void ini_free(struct ini_file *f);

#endif
