/* test_hostile.c: content files that attack the loader (inifile.c,
 * content.c): a file swapped for a FIFO, files past the documented
 * limits, a chain of menus too deep to walk, and iniparser's cross-check
 * reading pieces of bounded size (so loading stays linear).
 *
 * Some C library and iniparser calls are replaced here (the program's own
 * definitions come first at link time) to watch what the loader does by
 * name and to swap a file at the worst moment. */
#include "testutil.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <iniparser.h>
#include <signal.h>

/* ---- watching the loader */

static const char *watched;      /* a content file's path */
static int opens_by_name;        /* open() of watched */
static int other_uses_by_name;   /* stat() or fopen() of watched */
static bool swap_on_stat;        /* turn watched into a FIFO when stat()ed */
static int biggest_dict;         /* entries in the largest iniparser reading */
static const char *tamper_key;   /* "section:key" whose value iniparser misreads */

static void swap_for_fifo(const char *path)
{
    unlink(path);
    mkfifo(path, 0600);
}

int stat(const char *path, struct stat *st)
{
    int rc = fstatat(AT_FDCWD, path, st, 0);

    if (watched && strcmp(path, watched) == 0) {
        other_uses_by_name++;
        if (swap_on_stat)
            swap_for_fifo(path); /* between the check and the open */
    }
    return rc;
}

FILE *fopen(const char *path, const char *mode)
{
    static FILE *(*real)(const char *, const char *);

    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "fopen");
    if (watched && strcmp(path, watched) == 0)
        other_uses_by_name++;
    return real(path, mode);
}

int open(const char *path, int flags, ...)
{
    static int (*real)(const char *, int, ...);
    mode_t mode = 0;

    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "open");
    if (flags & O_CREAT) {
        va_list ap;
        va_start(ap, flags);
        mode = (mode_t)va_arg(ap, int);
        va_end(ap);
    }
    if (watched && strcmp(path, watched) == 0)
        opens_by_name++;
    return real(path, flags, mode);
}

dictionary *iniparser_load(const char *name)
{
    static dictionary *(*real)(const char *);
    dictionary *d;

    if (!real)
        *(void **)&real = dlsym(RTLD_NEXT, "iniparser_load");
    d = real(name);
    if (d && d->n > biggest_dict)
        biggest_dict = d->n;
    for (ssize_t i = 0; d && tamper_key && i < d->size; i++) {
        if (d->key[i] && strcmp(d->key[i], tamper_key) == 0) {
            free(d->val[i]);
            d->val[i] = strdup("misread");
        }
    }
    return d;
}

static void on_alarm(int sig)
{
    (void)sig;
    static const char msg[] = "test_hostile: the loader hung (killed after 5 s)\n";
    (void)!write(2, msg, sizeof msg - 1);
    _exit(1);
}

/* ---- fixture: a folder per test */

struct fx {
    char *dir;
    char path[4200];
    struct guide g;
    struct diag d;
    char *msg;
};

static int fx_setup(void **state)
{
    struct fx *f = calloc(1, sizeof *f);

    if (!f)
        return -1;
    f->dir = tmp_dir();
    snprintf(f->path, sizeof f->path, "%s/a.ini", f->dir);
    watched = NULL;
    opens_by_name = other_uses_by_name = biggest_dict = 0;
    tamper_key = NULL;
    swap_on_stat = false;
    signal(SIGALRM, on_alarm);
    alarm(5);
    *state = f;
    return 0;
}

static int fx_teardown(void **state)
{
    struct fx *f = *state;

    alarm(0);
    watched = NULL;
    content_free(&f->g);
    diag_free(&f->d);
    free(f->msg);
    rm_dir(f->dir);
    free(f);
    return 0;
}

#define FX_TEST(t) cmocka_unit_test_setup_teardown(t, fx_setup, fx_teardown)

/* Loads the folder with --check's reading (iniparser too); the report. */
static bool load(struct fx *f)
{
    bool ok = content_load(f->dir, &f->g, &f->d);

    free(f->msg);
    f->msg = diag_text(&f->d);
    return ok;
}

static void expect_in_report(const struct fx *f, const char *frag)
{
    if (!strstr(f->msg, frag))
        fail_msg("expected \"%s\" in the report:\n%s", frag, f->msg);
}

/* A growing text, for generated files. */
struct buf {
    char *s;
    size_t len;
    FILE *f;
};

static void buf_open(struct buf *b)
{
    b->s = NULL;
    b->len = 0;
    b->f = open_memstream(&b->s, &b->len);
    assert_non_null(b->f);
}

static void buf_put(struct fx *f, struct buf *b)
{
    fclose(b->f);
    put_file(f->dir, "a.ini", b->s, (long)b->len);
    free(b->s);
}

/* ---- 1. one open, through which everything is read */

static void test_file_is_opened_once_and_read_through_it(void **state)
{
    struct fx *f = *state;

    put_file(f->dir, "a.ini", GUIDE_OK, -1);
    watched = f->path;
    assert_true(load(f));
    assert_int_equal(opens_by_name, 1);
    assert_int_equal(other_uses_by_name, 0); /* no stat, no fopen: iniparser included */
}

/* Before: stat said "regular file", then fopen met the FIFO swapped in and
 * waited for a writer forever. */
static void test_file_swapped_for_a_fifo_after_a_check_does_not_hang(void **state)
{
    struct fx *f = *state;

    put_file(f->dir, "a.ini", GUIDE_OK, -1);
    watched = f->path;
    swap_on_stat = true;
    if (load(f))
        assert_int_equal(opens_by_name, 1); /* read the file before any swap */
    else
        expect_in_report(f, "not an ordinary file");
}

static void test_fifo_in_place_of_a_file_is_reported_without_waiting(void **state)
{
    struct fx *f = *state;

    put_file(f->dir, "b.ini", GUIDE_OK, -1);
    assert_int_equal(mkfifo(f->path, 0600), 0);
    assert_false(load(f));
    expect_in_report(f, "a.ini: error: not an ordinary file");
    expect_in_report(f, "fix: content files must be ordinary text files");
}

/* ---- 2. limits per file, each a clear error */

static void test_too_many_keys_is_an_error_on_the_first_key_past_it(void **state)
{
    struct fx *f = *state;
    struct buf b;

    buf_open(&b);
    fputs("[guide]\ntitle = T\nroot = home\n"               /* 1-3 */
          "[home]\ntype = menu\ntitle = Home\nchildren = one\n" /* 4-7 */
          "[one]\ntype = page\ntitle = One\n", b.f);            /* 8-10 */
    for (int i = 1; i <= 100000; i++)
        fprintf(b.f, "x%d = w\n", i);
    buf_put(f, &b);
    assert_false(load(f));
    /* 7 keys before line 11, so the 20,001st is on line 20004 */
    expect_in_report(f, "a.ini:20004: error: more than 20000 keys in one file, the limit");
    expect_in_report(f, "fix: split the content into several files");
    assert_int_equal(diag_count(&f->d), 1);
}

static void test_too_many_sections_is_an_error(void **state)
{
    struct fx *f = *state;
    struct buf b;

    buf_open(&b);
    fputs(GUIDE_OK, b.f); /* 3 sections, 11 lines: the 5001st is on line 5009 */
    for (int i = 0; i < 100000; i++)
        fprintf(b.f, "[t%d]\n", i);
    buf_put(f, &b);
    assert_false(load(f));
    expect_in_report(f, "a.ini:5009: error: more than 5000 sections in one file, the limit");
    assert_int_equal(diag_count(&f->d), 1);
}

static void test_file_past_the_size_limit_is_an_error(void **state)
{
    struct fx *f = *state;
    char path[4300];
    int fd;

    put_file(f->dir, "a.ini", GUIDE_OK, -1);
    snprintf(path, sizeof path, "%s/b.ini", f->dir);
    fd = creat(path, 0600);
    assert_true(fd >= 0);
    assert_int_equal(ftruncate(fd, (8L << 20) + 1), 0); /* sparse: no disk used */
    close(fd);
    assert_false(load(f));
    expect_in_report(f, "b.ini: error: the file is 8388609 bytes; the limit is 8388608 bytes");
}

/* At the limits the file loads, and iniparser still checks every line:
 * in pieces of at most 512 entries, so the cost grows with the file, not
 * with its square (one reading of 20,000 keys took seconds). */
static void test_file_at_the_key_limit_loads_checked_in_small_pieces(void **state)
{
    struct fx *f = *state;
    struct buf b;

    buf_open(&b);
    fputs("[guide]\ntitle = T\nroot = home\n"
          "[home]\ntype = menu\ntitle = Home\nchildren = g\n"
          "[g]\ntype = glossary\ntitle = Words\n", b.f);
    for (int i = 0; i < 4997; i++) /* 5000 sections, 8 + 3 * 4997 keys */
        fprintf(b.f, "[t%d]\ntype = term\ntitle = Term %d\np1 = Text.\n", i, i);
    buf_put(f, &b);
    if (!load(f))
        fail_msg("expected the content to load, got:\n%s", f->msg);
    assert_true(biggest_dict > 0);
    assert_true(biggest_dict <= 513);
}

/* The cross-check still sees a difference in a later piece, on its line
 * (iniparser is made to misread one value). */
static void test_iniparser_difference_in_a_later_piece_is_reported(void **state)
{
    struct fx *f = *state;
    struct buf b;

    buf_open(&b);
    fputs("[guide]\ntitle = T\nroot = home\n"
          "[home]\ntype = menu\ntitle = Home\nchildren = one\n"
          "[one]\ntype = page\ntitle = One\n", b.f); /* lines 1-10 */
    for (int i = 1; i <= 999; i++)
        fprintf(b.f, "p%d = Text %d.\n", i, i);     /* p900 on line 910 */
    buf_put(f, &b);
    assert_true(load(f));
    content_free(&f->g);
    diag_free(&f->d);
    tamper_key = "one:p900";
    assert_false(load(f));
    expect_in_report(f, "a.ini:910: error: iniparser reads this line differently");
    assert_int_equal(diag_count(&f->d), 1);
}

/* ---- 3. depth */

/* Menus m0 > m1 > ... > m<depth-1> > leaf. */
static void put_chain(struct fx *f, int depth)
{
    struct buf b;

    buf_open(&b);
    fputs("[guide]\ntitle = Deep\nroot = m0\n", b.f);
    for (int i = 0; i < depth; i++) {
        fprintf(b.f, "[m%d]\ntype = menu\ntitle = Menu %d\nchildren = ", i, i);
        if (i + 1 < depth)
            fprintf(b.f, "m%d\n", i + 1);
        else
            fputs("leaf\n", b.f);
    }
    fputs("[leaf]\ntype = page\ntitle = Leaf\np1 = The end.\n", b.f);
    buf_put(f, &b);
}

static void test_fifty_levels_of_menus_load(void **state)
{
    struct fx *f = *state;

    put_chain(f, 50);
    if (!load(f))
        fail_msg("expected the content to load, got:\n%s", f->msg);
}

/* Before: --check accepted 180,000 levels, and the contents screen's
 * recursive walk overflowed the stack. */
static void test_a_deeper_chain_of_menus_is_an_error(void **state)
{
    struct fx *f = *state;

    put_chain(f, 51);
    assert_false(load(f));
    expect_in_report(f, "error: [leaf] is 51 levels down from [m0]");
    expect_in_report(f, "the limit is 50");
    expect_in_report(f, "fix: list it in a menu nearer the start");
    diag_free(&f->d);
    content_free(&f->g);
    put_chain(f, 4000);
    assert_false(load(f));
    expect_in_report(f, "error: [m51] is 51 levels down from [m0] (the longest chain of menus "
                        "goes 4000 levels down)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FX_TEST(test_file_is_opened_once_and_read_through_it),
        FX_TEST(test_file_swapped_for_a_fifo_after_a_check_does_not_hang),
        FX_TEST(test_fifo_in_place_of_a_file_is_reported_without_waiting),
        FX_TEST(test_too_many_keys_is_an_error_on_the_first_key_past_it),
        FX_TEST(test_too_many_sections_is_an_error),
        FX_TEST(test_file_past_the_size_limit_is_an_error),
        FX_TEST(test_file_at_the_key_limit_loads_checked_in_small_pieces),
        FX_TEST(test_iniparser_difference_in_a_later_piece_is_reported),
        FX_TEST(test_fifty_levels_of_menus_load),
        FX_TEST(test_a_deeper_chain_of_menus_is_an_error),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
