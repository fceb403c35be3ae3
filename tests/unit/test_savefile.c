/* test_savefile.c: saving a summary: the name offered, ~, refusing what is
 * not a regular file, a file size limit, and what the file holds. */
#include <dirent.h>
#include <locale.h>
#include <signal.h>
#include <sys/resource.h>
#include <time.h>

#include "testutil.h"
#include "../../src/savefile.h"

#define NOON_2026_11_30 ((time_t)1796040000) /* 12:00 UTC */

static int entries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;

    assert_non_null(d);
    while ((e = readdir(d)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf = calloc(1, 1 << 16);

    assert_non_null(f);
    assert_non_null(buf);
    size_t n = fread(buf, 1, (1 << 16) - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void test_default_name_has_the_date_in_home(void **state)
{
    char name[64];
    (void)state;
    setenv("TZ", "UTC", 1);
    tzset();
    save_default_name(name, sizeof name, NOON_2026_11_30);
    assert_string_equal(name, "~/fbss-summary-2026-11-30.txt");
}

static void test_tilde_is_the_home_folder(void **state)
{
    char why[256] = "";
    char *p;
    (void)state;
    p = save_expand("~/fbss-summary-2026-11-30.txt", "/home/ann", why, sizeof why);
    assert_string_equal(p, "/home/ann/fbss-summary-2026-11-30.txt");
    free(p);
    p = save_expand("~", "/home/ann", why, sizeof why);
    assert_string_equal(p, "/home/ann");
    free(p);
    p = save_expand("notes.txt", "/home/ann", why, sizeof why);
    assert_string_equal(p, "notes.txt");
    free(p);
    p = save_expand("~bob/x", "/home/ann", why, sizeof why); /* not ours to guess */
    assert_string_equal(p, "~bob/x");
    free(p);
    assert_null(save_expand("~/x", NULL, why, sizeof why));
    assert_non_null(strstr(why, "home folder"));
}

static void test_full_path_is_said(void **state)
{
    char *dir = tmp_dir(), cwd[4096], *full, want[4200];
    (void)state;
    assert_non_null(getcwd(cwd, sizeof cwd));
    assert_int_equal(chdir(dir), 0);
    full = save_full_path("notes.txt");
    snprintf(want, sizeof want, "%s/notes.txt", dir);
    assert_string_equal(full, want);
    free(full);
    assert_int_equal(chdir(cwd), 0);
    rm_dir(dir);
}

static void test_a_folder_is_refused_before_any_question(void **state)
{
    char *dir = tmp_dir(), why[512];
    (void)state;
    /* Not SAVE_EXISTS (which would ask "Replace it?"): refused outright. */
    assert_int_equal(save_text(dir, "x\n", false, why, sizeof why), SAVE_FAILED);
    assert_non_null(strstr(why, "is a folder, not a file"));
    assert_int_equal(save_text(dir, "x\n", true, why, sizeof why), SAVE_FAILED);
    assert_int_equal(entries(dir), 0);
    rm_dir(dir);
}

static void test_special_files_are_never_replaced(void **state)
{
    char *dir = tmp_dir(), why[512], fifo[4200], link[4200], target[4200];
    struct stat st;
    (void)state;
    /* /dev/full: without replace, old code said "exists" and would then
     * have renamed a file over it. */
    assert_int_equal(save_text("/dev/full", "x\n", false, why, sizeof why), SAVE_FAILED);
    assert_non_null(strstr(why, "a device"));
    assert_int_equal(lstat("/dev/full", &st), 0);
    assert_true(S_ISCHR(st.st_mode));

    snprintf(fifo, sizeof fifo, "%s/pipe", dir);
    assert_int_equal(mkfifo(fifo, 0600), 0);
    assert_int_equal(save_text(fifo, "x\n", true, why, sizeof why), SAVE_FAILED);
    assert_non_null(strstr(why, "pipe"));
    assert_int_equal(lstat(fifo, &st), 0);
    assert_true(S_ISFIFO(st.st_mode));

    snprintf(target, sizeof target, "%s/target.txt", dir);
    put_file(dir, "target.txt", "kept\n", -1);
    snprintf(link, sizeof link, "%s/link.txt", dir);
    assert_int_equal(symlink(target, link), 0);
    assert_int_equal(save_text(link, "x\n", true, why, sizeof why), SAVE_FAILED);
    assert_non_null(strstr(why, "a link"));
    assert_int_equal(lstat(link, &st), 0);
    assert_true(S_ISLNK(st.st_mode));
    char *kept = slurp(target);
    assert_string_equal(kept, "kept\n");
    free(kept);
    assert_int_equal(entries(dir), 3); /* no temporary file left */
    rm_dir(dir);
}

static void test_a_regular_file_is_replaced_only_when_asked(void **state)
{
    char *dir = tmp_dir(), why[512], path[4200], *got;
    (void)state;
    snprintf(path, sizeof path, "%s/s.txt", dir);
    assert_int_equal(save_text(path, "one\n", false, why, sizeof why), SAVE_OK);
    assert_int_equal(save_text(path, "two\n", false, why, sizeof why), SAVE_EXISTS);
    got = slurp(path);
    assert_string_equal(got, "one\n");
    free(got);
    assert_int_equal(save_text(path, "two\n", true, why, sizeof why), SAVE_OK);
    got = slurp(path);
    assert_string_equal(got, "two\n");
    free(got);
    assert_int_equal(entries(dir), 1);
    rm_dir(dir);
}

static void test_a_missing_folder_is_named(void **state)
{
    char why[512];
    (void)state;
    assert_int_equal(save_text("/nonexistent-fbss/s.txt", "x\n", false, why, sizeof why),
                     SAVE_FAILED);
    assert_non_null(strstr(why, "there is no folder /nonexistent-fbss"));
    assert_non_null(strstr(why, "; choose a name in a folder that exists")); /* what to do */
}

/* ulimit -f: the write fails with "File too large" instead of SIGXFSZ
 * killing the program, and no partial file with answers is left. */
static void test_a_file_size_limit_is_reported_not_fatal(void **state)
{
    char *dir = tmp_dir(), why[512], path[4200];
    char *big = malloc(256 * 1024);
    struct rlimit old, lim;
    struct sigaction before, after;
    (void)state;
    assert_non_null(big);
    memset(big, 'a', 256 * 1024 - 1);
    big[256 * 1024 - 1] = '\0';
    snprintf(path, sizeof path, "%s/s.txt", dir);
    sigaction(SIGXFSZ, NULL, &before);
    assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
    lim = old;
    lim.rlim_cur = 4096;
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
    enum save_status st = save_text(path, big, false, why, sizeof why);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
    assert_int_equal(st, SAVE_FAILED);
    assert_string_equal(why, "File too large");
    assert_int_equal(entries(dir), 0); /* the temporary file is gone */
    sigaction(SIGXFSZ, NULL, &after);
    assert_true(after.sa_handler == before.sa_handler); /* put back as it was */
    free(big);
    rm_dir(dir);
}

static void test_summary_file_is_dated_and_clean(void **state)
{
    const char *summary = "Self-check\n\nYou ticked:\n- evil \033]0;owned\007 title\n"
                          "- csi \xc2\x9b" "31m red, cr\r, bs\b, bel\a\n- “quotes” — dash\n";
    char *text;
    (void)state;
    setenv("TZ", "UTC", 1);
    tzset();
    setlocale(LC_ALL, "C.UTF-8"); /* as the guide runs on a UTF-8 terminal */
    text = save_summary_file(summary, "0.1.0", "2026-11-21", NOON_2026_11_30, false);
    assert_non_null(text);
    assert_non_null(strstr(text, "Saved on 2026-11-30 by fbss-guide 0.1.0."));
    assert_non_null(strstr(text, "last reviewed on 2026-11-21"));
    assert_non_null(strstr(text, "You ticked:\n"));
    assert_non_null(strstr(text, "“quotes” — dash")); /* UTF-8 kept for a UTF-8 terminal */
    for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
        if (*p < 0x20 && *p != '\n')
            fail_msg("control byte 0x%02x in the saved summary", *p);
        if (*p == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0)
            fail_msg("a C1 control in the saved summary");
    }
    free(text);

    text = save_summary_file(summary, "0.1.0", NULL, NOON_2026_11_30, true);
    assert_non_null(text);
    assert_null(strstr(text, "reviewed"));
    assert_non_null(strstr(text, "\"quotes\" - dash"));
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        if (*p >= 0x80 || (*p < 0x20 && *p != '\n'))
            fail_msg("byte 0x%02x in an ASCII summary", *p);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_name_has_the_date_in_home),
        cmocka_unit_test(test_tilde_is_the_home_folder),
        cmocka_unit_test(test_full_path_is_said),
        cmocka_unit_test(test_a_folder_is_refused_before_any_question),
        cmocka_unit_test(test_special_files_are_never_replaced),
        cmocka_unit_test(test_a_regular_file_is_replaced_only_when_asked),
        cmocka_unit_test(test_a_missing_folder_is_named),
        cmocka_unit_test(test_a_file_size_limit_is_reported_not_fatal),
        cmocka_unit_test(test_summary_file_is_dated_and_clean),
    };
    return cmocka_run_group_tests_name("savefile", tests, NULL, NULL);
}
