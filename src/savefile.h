/* savefile.h: writes a file the person named, never half-written and never
 * over an existing file unless they said so. */
#ifndef FBSS_SAVEFILE_H
#define FBSS_SAVEFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#ifndef FBSS_VERSION
#define FBSS_VERSION "unknown" /* the Makefile sets it */
#endif

enum save_status { SAVE_OK, SAVE_EXISTS, SAVE_FAILED };

/* Writes text to path through a temporary file in the same folder, then
 * renames it into place. Without replace, an existing path is left alone
 * and SAVE_EXISTS returned. Anything there that is not a regular file (a
 * folder, a device such as /dev/full, a FIFO, a symbolic link) is refused
 * with SAVE_FAILED, before any question about replacing. A file size
 * limit (ulimit -f) gives "File too large", not death by SIGXFSZ. On
 * failure nothing is left behind and why says what went wrong. */
enum save_status save_text(const char *path, const char *text, bool replace, char *why,
                           size_t why_size);

/* The name offered for a summary saved on now's (local) date:
 * "~/fbss-summary-2026-11-30.txt". */
void save_default_name(char *buf, size_t size, time_t now);

/* The path to write for the name a person typed: "~" and "~/..." are in
 * home. Returns a malloc'd path, or NULL with why set (home unknown, out
 * of memory). */
char *save_expand(const char *typed, const char *home, char *why, size_t why_size);

/* The full path of a saved file, to tell the person where it went
 * (malloc'd; NULL when out of memory). */
char *save_full_path(const char *path);

/* The file's text for a self-check summary: a first line with the date,
 * the guide's version and its content's review date (reviewed may be
 * NULL), then the summary, every line cleaned as the screen cleans
 * content (control characters shown as marks; only ASCII when ascii).
 * malloc'd; NULL when out of memory. */
char *save_summary_file(const char *summary, const char *version, const char *reviewed,
                        time_t now, bool ascii);

#endif
