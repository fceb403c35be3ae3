/* test_printout.c: the print command runs without a shell, gets the sheet
 * on its standard input, and every failure is reported, never hidden. A
 * fake printer script stands in for lpr. */
#include "testutil.h"

#include "../../src/printout.h"

static char why[256];

/* Writes an executable script dir/name with this body. */
static char *script(const char *dir, const char *name, const char *body)
{
    char *path;
    assert_true(asprintf(&path, "%s/%s", dir, name) > 0);
    put_file(dir, name, body, -1);
    assert_int_equal(chmod(path, 0755), 0);
    return path;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    char *buf = calloc(1, 70000);
    assert_non_null(f);
    assert_non_null(buf);
    size_t n = fread(buf, 1, 69999, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

static void test_parse_splits_words(void **state)
{
    struct print_command pc;
    (void)state;
    assert_true(print_parse("  lpr   -P\tclinic  ", &pc, why, sizeof why));
    assert_int_equal(pc.n, 3);
    assert_string_equal(pc.words[0], "lpr");
    assert_string_equal(pc.words[1], "-P");
    assert_string_equal(pc.words[2], "clinic");
    assert_null(pc.words[3]);
    print_free(&pc);
}

static void test_parse_refuses_shell_syntax_and_empty(void **state)
{
    struct print_command pc;
    (void)state;
    assert_false(print_parse("lpr; rm -rf ~", &pc, why, sizeof why));
    assert_non_null(strstr(why, "without a shell"));
    assert_false(print_parse("lpr -P 'my printer'", &pc, why, sizeof why));
    assert_false(print_parse("lpr $PRINTER", &pc, why, sizeof why));
    assert_false(print_parse("lpr > /tmp/x", &pc, why, sizeof why));
    assert_false(print_parse("   ", &pc, why, sizeof why));
    assert_non_null(strstr(why, "empty"));
}

static void test_fake_printer_gets_the_text_and_arguments(void **state)
{
    char *dir = tmp_dir(), *cmd, *printer, *got;
    struct print_command pc;
    (void)state;
    /* Each argument on a line, then stdin: proves no shell joined or split them. */
    printer = script(dir, "printer", "#!/bin/sh\nout=\"$(dirname \"$0\")/out\"\n"
                     "for a in \"$@\"; do echo \"arg:$a\"; done > \"$out\"\ncat >> \"$out\"\n"
                     "echo noise; echo more >&2\n");
    assert_true(asprintf(&cmd, "%s -P clinic", printer) > 0);
    assert_true(print_parse(cmd, &pc, why, sizeof why));
    assert_true(print_run(&pc, "My appointment sheet\nline two\n", why, sizeof why));
    char *out;
    assert_true(asprintf(&out, "%s/out", dir) > 0);
    got = slurp(out);
    assert_string_equal(got, "arg:-P\narg:clinic\nMy appointment sheet\nline two\n");
    free(got);
    free(out);
    print_free(&pc);
    free(cmd);
    free(printer);
    rm_dir(dir);
}

static void test_failing_printer_is_reported(void **state)
{
    char *dir = tmp_dir(), *printer;
    struct print_command pc;
    (void)state;
    printer = script(dir, "broken", "#!/bin/sh\ncat >/dev/null\nexit 3\n");
    assert_true(print_parse(printer, &pc, why, sizeof why));
    assert_false(print_run(&pc, "text\n", why, sizeof why));
    assert_non_null(strstr(why, "reported an error (exit status 3)"));
    print_free(&pc);
    free(printer);
    rm_dir(dir);
}

static void test_missing_program_is_reported(void **state)
{
    struct print_command pc;
    (void)state;
    assert_true(print_parse("/nonexistent/fbss-printer -x", &pc, why, sizeof why));
    assert_false(print_run(&pc, "text\n", why, sizeof why));
    assert_string_equal(why, "cannot run /nonexistent/fbss-printer: No such file or directory");
    print_free(&pc);
}

static void test_printer_that_reads_nothing_does_not_kill_us(void **state)
{
    char *dir = tmp_dir(), *printer, *big = malloc(200000);
    struct print_command pc;
    (void)state;
    assert_non_null(big);
    memset(big, 'x', 199999);
    big[199999] = '\0';
    printer = script(dir, "deaf", "#!/bin/sh\nexit 0\n");
    assert_true(print_parse(printer, &pc, why, sizeof why));
    /* SIGPIPE is ignored while writing: we get here and say what happened. */
    assert_false(print_run(&pc, big, why, sizeof why));
    assert_non_null(strstr(why, "did not read the whole sheet"));
    print_free(&pc);
    free(printer);
    free(big);
    rm_dir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_splits_words),
        cmocka_unit_test(test_parse_refuses_shell_syntax_and_empty),
        cmocka_unit_test(test_fake_printer_gets_the_text_and_arguments),
        cmocka_unit_test(test_failing_printer_is_reported),
        cmocka_unit_test(test_missing_program_is_reported),
        cmocka_unit_test(test_printer_that_reads_nothing_does_not_kill_us),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
