/* diag.c: error collection for content loading (see diag.h). */
#define _GNU_SOURCE
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Errors quote content, and content may hold control characters: they
 * become '?' so that a report cannot send escape sequences to a terminal. */
static void defuse(char *s)
{
    for (unsigned char *p = (unsigned char *)s; *p; p++) {
        if (*p < 0x20 || *p == 0x7F)
            *p = '?';
        else if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
            p[0] = p[1] = '?'; /* C1 controls, as UTF-8 */
    }
}

void diag_add(struct diag *d, const char *file, int line, const char *fix,
              const char *fmt, ...)
{
    char *what = NULL, *msg = NULL, *where;
    va_list ap;
    int rc;

    if (d->n >= DIAG_MAX) {
        d->dropped++;
        return;
    }
    va_start(ap, fmt);
    rc = vasprintf(&what, fmt, ap);
    va_end(ap);
    if (rc < 0) {
        d->oom = 1;
        return;
    }
    where = strdup(file); /* a file name can hold control characters too */
    if (!where) {
        free(what);
        d->oom = 1;
        return;
    }
    defuse(what);
    defuse(where);
    if (line > 0)
        rc = asprintf(&msg, "%s:%d: error: %s%s%s", where, line, what,
                      fix ? "\n  fix: " : "", fix ? fix : "");
    else
        rc = asprintf(&msg, "%s: error: %s%s%s", where, what,
                      fix ? "\n  fix: " : "", fix ? fix : "");
    free(where);
    free(what);
    if (rc < 0) {
        d->oom = 1;
        return;
    }
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 8;
        char **v = realloc(d->msgs, cap * sizeof *v);
        if (!v) {
            free(msg);
            d->oom = 1;
            return;
        }
        d->msgs = v;
        d->cap = cap;
    }
    d->msgs[d->n++] = msg;
}

size_t diag_count(const struct diag *d)
{
    return d->n + d->dropped + (size_t)d->oom;
}

void diag_print(const struct diag *d, FILE *f)
{
    for (size_t i = 0; i < d->n; i++)
        fprintf(f, "%s\n", d->msgs[i]);
    if (d->dropped)
        fprintf(f, "... and %zu more errors not shown\n", d->dropped);
    if (d->oom)
        fprintf(f, "error: out of memory while reporting errors\n");
}

void diag_free(struct diag *d)
{
    for (size_t i = 0; i < d->n; i++)
        free(d->msgs[i]);
    free(d->msgs);
    d->msgs = NULL;
    d->n = d->cap = d->dropped = 0;
    d->oom = 0;
}
