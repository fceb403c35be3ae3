/* diag.h: collects content errors so that all of them are reported at once,
 * each naming the file, the line where known, what is wrong and the fix. */
#ifndef FBSS_DIAG_H
#define FBSS_DIAG_H

#include <stddef.h>
#include <stdio.h>

#define DIAG_MAX 100 /* beyond this, further errors are counted, not kept */

struct diag {
    char **msgs;
    size_t n, cap;
    size_t dropped;
    int oom; /* an allocation failed while recording */
};

/* Records "FILE:LINE: error: WHAT" and, when fix is not NULL, "  fix: FIX".
 * line 0 means the line is not known. */
void diag_add(struct diag *d, const char *file, int line, const char *fix,
              const char *fmt, ...) __attribute__((format(printf, 5, 6)));

size_t diag_count(const struct diag *d);
void diag_print(const struct diag *d, FILE *f);
void diag_free(struct diag *d);

#endif
