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
#define INI_MAX_FILE (64L << 20)   /* bytes; a sanity limit */

/* Keys, values and ids point into the file's text (buf). */
struct ini_key {
    const char *key;
    const char *value;
    int line;
};

struct ini_section {
    const char *id;
    int line;
    struct ini_key *keys;
    size_t n_keys, cap;
};

struct ini_file {
    char *path;
    char *buf;  /* the file's text, cut into NUL-terminated pieces */
    struct ini_section *secs;
    size_t n_secs, cap;
};

/* Reads and checks path. With verify set, iniparser reads the file too and
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
