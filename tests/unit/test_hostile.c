/* test_hostile.c: content files that attack the loader (inifile.c,
 * content.c): a file swapped for a FIFO, files past the documented
 * limits, a chain of menus too deep to walk, and iniparser's cross-check
 * reading pieces of bounded size (so loading stays linear).
 *
 * Some C library and iniparser calls are replaced here (the program's own
 * definitions come first at link time) to watch what the loader does by
 * name and to swap a file at the worst moment. */
#include "testutil.h"
#include "../../src/plain.h"
#include "../../src/session.h"

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

/* The contents screen walks whatever guide it is given without recursion:
 * a chain of 300,000 menus, built here past the loader's limit (the
 * recursive walk overflowed the stack at 180,000). The order and depth
 * of the listing are kept: a shared page appears once, at its first place. */
static void test_contents_of_a_very_deep_chain_is_listed_without_recursion(void **state)
{
    enum { N = 300000 };
    struct node *nodes = calloc(N + 2, sizeof *nodes);
    struct node **all = calloc(N + 2, sizeof *all), **kids = calloc(2 * N + 2, sizeof *kids);
    struct guide g = { 0 };
    struct session s;
    struct session_list *l;

    (void)state;
    assert_true(nodes && all && kids);
    for (size_t i = 0; i < N; i++) { /* m0 > m1 > ... > m(N-1) > leaf, and all list shared */
        nodes[i] = (struct node){ .id = "m", .type = NODE_MENU, .title = "Menu", .index = i };
        nodes[i].children = &kids[2 * i];
        nodes[i].n_children = 2;
        kids[2 * i] = &nodes[i + 1];
        kids[2 * i + 1] = &nodes[N + 1];
        all[i] = &nodes[i];
    }
    nodes[N] = (struct node){ .id = "leaf", .type = NODE_PAGE, .title = "Leaf", .index = N };
    nodes[N + 1] = (struct node){ .id = "shared", .type = NODE_PAGE, .title = "Shared",
                                  .index = N + 1 };
    nodes[N - 1].n_children = 1; /* the last menu lists the leaf only */
    all[N] = &nodes[N];
    all[N + 1] = &nodes[N + 1];
    g.title = "Deep";
    g.root = &nodes[0];
    g.nodes = all;
    g.n_nodes = N + 2;
    assert_true(session_init(&s, &g, FACE_PLAIN, false, 0));
    assert_int_equal(session_contents(&s), SESSION_OK);
    l = session_list_of(&s, session_top(&s)->node);
    assert_non_null(l);
    assert_int_equal(l->n, N + 2);
    assert_ptr_equal(l->targets[0], &nodes[0]);
    assert_int_equal(l->depth[0], 0);
    assert_ptr_equal(l->targets[N - 1], &nodes[N - 1]);
    assert_int_equal(l->depth[N - 1], N - 1);
    assert_ptr_equal(l->targets[N], &nodes[N]);       /* the leaf, deepest */
    assert_int_equal(l->depth[N], N);
    assert_ptr_equal(l->targets[N + 1], &nodes[N + 1]); /* shared: once, under m(N-2) */
    assert_int_equal(l->depth[N + 1], N - 1);
    session_free(&s);
    free(nodes);
    free(all);
    free(kids);
}

/* Each d screen is freed once it is off the path: 5,000 presses kept
 * 5,000 screens (+6 MB) before; and the idle reset frees the last one. */
static void test_words_screens_are_freed_as_you_go_and_on_idle(void **state)
{
    struct fx *f = *state;
    struct session s;

    put_file(f->dir, "a.ini",
             "[guide]\ntitle = T\nroot = home\n"
             "[home]\ntype = menu\ntitle = Home\nchildren = one, words\n"
             "[one]\ntype = page\ntitle = One\np1 = A fusion joins bones.\n"
             "[words]\ntype = glossary\ntitle = Glossary\np1 = Words.\n"
             "[t-fusion]\ntype = term\ntitle = Fusion\np1 = Joining bones.\n", -1);
    if (!load(f))
        fail_msg("expected the content to load, got:\n%s", f->msg);
    assert_true(session_init(&s, &f->g, FACE_SCREEN, true, 60));
    assert_int_equal(session_open_item(&s, 0), SESSION_OK);
    for (int i = 0; i < 5000; i++) {
        assert_int_equal(session_words(&s), SESSION_OK);
        assert_int_equal(session_back(&s), SESSION_OK);
    }
    assert_int_equal(session_words(&s), SESSION_OK);
    assert_int_equal(s.n_words, 1);
    session_forget(&s);
    assert_int_equal(s.n_words, 0);
    session_free(&s);
}

/* ---- 4. plain mode's line length */

/* Runs plain mode on input (through a file, so that with idle set it is
 * read through its descriptor); returns what it wrote. */
static char *plain_output(struct fx *f, const char *input, size_t len, int idle)
{
    struct plain_options po = { 80, true, true, 0, idle, NULL, NULL, NULL };
    char path[4300], *out = NULL;
    size_t out_len = 0;
    FILE *in, *o;

    put_file(f->dir, "b.ini", GUIDE_OK, -1);
    assert_true(content_load(f->dir, &f->g, &f->d));
    snprintf(path, sizeof path, "%s/typed", f->dir);
    in = fopen(path, "w+");
    assert_non_null(in);
    assert_int_equal(fwrite(input, 1, len, in), len);
    rewind(in);
    o = open_memstream(&out, &out_len);
    assert_int_equal(plain_run(&f->g, &po, in, o), 0);
    fclose(o);
    fclose(in);
    return out;
}

/* Before: one huge line (ssh -T fed a file) grew memory without end.
 * Now a line past 4096 bytes is dropped, the reader told, and the next
 * line is read as usual. */
static void check_long_line(struct fx *f, int idle)
{
    size_t big = 3u << 20, n = 0;
    char *input = malloc(big + 64), *out;

    assert_non_null(input);
    n += (size_t)sprintf(input, "1\n");
    memset(input + n, 'x', big);
    n += big;
    n += (size_t)sprintf(input + n, "\n<\n1\nq\n");
    out = plain_output(f, input, n, idle);
    free(input);
    if (!strstr(out, "That line was longer than 4096 characters, so the guide ignored it."))
        fail_msg("no word about the long line in:\n%.2000s", out);
    assert_null(strstr(out, "xxxxxxxx")); /* not echoed back either */
    /* The line after it still counts: back, then item 1 again. */
    assert_non_null(strstr(strstr(out, "ignored it."), "One"));
    free(out);
}

static void test_plain_mode_drops_a_huge_line_and_says_so(void **state)
{
    check_long_line(*state, 0);
}

static void test_plain_mode_with_idle_time_drops_a_huge_line_too(void **state)
{
    check_long_line(*state, 60);
}

static void test_plain_mode_keeps_a_line_of_4096_bytes(void **state)
{
    struct fx *f = *state;
    char input[4200], *out;

    memset(input, ' ', 4095);
    memcpy(input + 4095, "1\nq\n", 5); /* 4095 spaces and "1": 4096 bytes */
    out = plain_output(f, input, 4100, 0);
    assert_null(strstr(out, "longer than"));
    assert_non_null(strstr(out, "One"));
    free(out);
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
        cmocka_unit_test(test_contents_of_a_very_deep_chain_is_listed_without_recursion),
        FX_TEST(test_words_screens_are_freed_as_you_go_and_on_idle),
        FX_TEST(test_plain_mode_drops_a_huge_line_and_says_so),
        FX_TEST(test_plain_mode_with_idle_time_drops_a_huge_line_too),
        FX_TEST(test_plain_mode_keeps_a_line_of_4096_bytes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
