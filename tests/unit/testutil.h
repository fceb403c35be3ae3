/* testutil.h: helpers for the cmocka unit tests: temporary content folders
 * written from strings, and checks on the loader's error messages. */
#ifndef FBSS_TESTUTIL_H
#define FBSS_TESTUTIL_H

#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../src/content.h"
#include "../../src/diag.h"

/* A minimal valid guide: Home menu with one page. */
#define GUIDE_OK                                   \
    "[guide]\ntitle = Test guide\nroot = home\n"   \
    "[home]\ntype = menu\ntitle = Home\nchildren = one\n" \
    "[one]\ntype = page\ntitle = One\np1 = Text.\n"

/* Makes a fresh temporary folder; returns its malloc'd path. */
static inline char *tmp_dir(void)
{
    char *d = strdup("/tmp/fbss-test-XXXXXX");
    assert_non_null(d);
    assert_non_null(mkdtemp(d));
    return d;
}

/* Writes len bytes of text to dir/name (len -1: strlen). */
static inline void put_file(const char *dir, const char *name, const char *text, long len)
{
    char path[4096];
    FILE *f;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(text, 1, len < 0 ? strlen(text) : (size_t)len, f);
    fclose(f);
}

/* Removes dir and everything in it (one level of files and folders). */
static inline void rm_dir(char *dir)
{
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
    free(dir);
}

/* All messages of d joined by newlines (malloc'd). */
static inline char *diag_text(const struct diag *d)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    diag_print(d, f);
    fclose(f);
    return buf;
}

/* Loads a folder that holds one file with this text; expects failure and
 * that the report contains every given fragment (NULL-terminated). */
static inline void expect_load_error(const char *text, long len, ...)
{
    char *dir = tmp_dir();
    struct guide g;
    struct diag d = { 0 };
    va_list ap;

    put_file(dir, "a.ini", text, len);
    assert_false(content_load(dir, &g, &d));
    assert_null(g.root);
    char *msg = diag_text(&d);
    va_start(ap, len);
    for (const char *frag = va_arg(ap, const char *); frag; frag = va_arg(ap, const char *)) {
        if (!strstr(msg, frag))
            fail_msg("expected \"%s\" in the report:\n%s", frag, msg);
    }
    va_end(ap);
    free(msg);
    diag_free(&d);
    rm_dir(dir);
}

#ifdef TESTUTIL_LOAD_FX
/* Per-test state for loading content from a folder of its own, freed by
 * the teardown even when the test fails (test_content.c, test_aid.c). */
struct fx {
    char *dir;
    struct guide g;
    struct diag d;
    char *msg; /* the report, once taken */
};

static int fx_setup(void **state)
{
    struct fx *f = calloc(1, sizeof *f);

    if (!f)
        return -1;
    f->dir = tmp_dir();
    *state = f;
    return 0;
}

static int fx_teardown(void **state)
{
    struct fx *f = *state;

    content_free(&f->g);
    diag_free(&f->d);
    free(f->msg);
    rm_dir(f->dir);
    free(f);
    return 0;
}

#define FX_TEST(t) cmocka_unit_test_setup_teardown(t, fx_setup, fx_teardown)
#endif

#endif
