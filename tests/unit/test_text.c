/* test_text.c: UTF-8 decoding, widths, cleaning and word wrapping. */
#include <locale.h>

#include "testutil.h"
#include "../../src/text.h"

/* The wrapped lines of s at width, as strings joined by '|'. */
static char *wrapped(const char *s, int width)
{
    struct text_lines tl = { 0 };
    char *out = calloc(strlen(s) * 2 + 64, 1);

    assert_true(text_wrap(s, width, &tl));
    for (size_t i = 0; i < tl.n; i++) {
        if (i)
            strcat(out, "|");
        strncat(out, s + tl.v[i].off, tl.v[i].len);
        /* No line may be wider than asked. */
        assert_true(text_width(s + tl.v[i].off, tl.v[i].len) <= width);
    }
    text_lines_free(&tl);
    return out;
}

static void expect_wrap(const char *s, int width, const char *want)
{
    char *got = wrapped(s, width);
    if (strcmp(got, want) != 0)
        fail_msg("wrap(\"%s\", %d):\n got  \"%s\"\n want \"%s\"", s, width, got, want);
    free(got);
}

static void test_decode_ascii_and_multibyte(void **state)
{
    uint32_t cp;
    (void)state;
    assert_int_equal(text_decode("A", 1, &cp), 1);
    assert_int_equal(cp, 'A');
    assert_int_equal(text_decode("\xC3\xA9", 2, &cp), 2); /* é */
    assert_int_equal(cp, 0xE9);
    assert_int_equal(text_decode("\xE2\x80\x94", 3, &cp), 3); /* — */
    assert_int_equal(cp, 0x2014);
    assert_int_equal(text_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1F600);
}

static void test_decode_rejects_bad_sequences(void **state)
{
    uint32_t cp;
    (void)state;
    assert_int_equal(text_decode("\xFF", 1, &cp), 1);
    assert_int_equal(cp, TEXT_REPLACEMENT);
    assert_int_equal(text_decode("\xC0\xAF", 2, &cp), 1); /* overlong '/' */
    assert_int_equal(cp, TEXT_REPLACEMENT);
    assert_int_equal(text_decode("\xED\xA0\x80", 3, &cp), 1); /* surrogate */
    assert_int_equal(cp, TEXT_REPLACEMENT);
    assert_int_equal(text_decode("\xE2\x80", 2, &cp), 1); /* cut short */
    assert_int_equal(cp, TEXT_REPLACEMENT);
}

static void test_valid_utf8_reports_offset(void **state)
{
    size_t bad = 99;
    (void)state;
    assert_true(text_valid_utf8("caf\xC3\xA9 \xE2\x80\x94 ok", 12, &bad));
    assert_false(text_valid_utf8("abc\xFF" "def", 7, &bad));
    assert_int_equal(bad, 3);
}

static void test_width_counts_wide_and_combining(void **state)
{
    (void)state;
    assert_int_equal(text_width("abc", 3), 3);
    assert_int_equal(text_width("\xE6\x97\xA5\xE6\x9C\xAC", 6), 4); /* 日本: 2 wide */
    assert_int_equal(text_width("e\xCC\x81", 3), 1);              /* e + combining acute */
    assert_int_equal(text_width("\xE2\x80\x94", 3), 1);           /* em dash */
}

static void test_clean_replaces_control_characters(void **state)
{
    char *s;
    (void)state;
    s = text_clean("a\x1b[2Jb\x07" "c\tz", false);
    assert_null(strchr(s, '\x1b'));
    assert_null(strchr(s, '\x07'));
    assert_string_equal(s, "a\xEF\xBF\xBD[2Jb\xEF\xBF\xBD" "c z");
    free(s);
    s = text_clean("x\xC2\x9B" "1m", true); /* C1 CSI */
    assert_string_equal(s, "x?1m");
    free(s);
}

/* Bidi overrides and isolates could make "take 5" read "5 ekat" or hide
 * a word; U+FEFF is invisible. Each shows as a visible mark instead. */
static void test_clean_marks_bidi_controls(void **state)
{
    static const char *const hidden[] = {
        "\xE2\x80\xAA", "\xE2\x80\xAB", "\xE2\x80\xAC", "\xE2\x80\xAD", "\xE2\x80\xAE",
        "\xE2\x81\xA6", "\xE2\x81\xA7", "\xE2\x81\xA8", "\xE2\x81\xA9", "\xEF\xBB\xBF",
    };
    (void)state;
    for (size_t i = 0; i < sizeof hidden / sizeof hidden[0]; i++) {
        char in[16], *s;
        snprintf(in, sizeof in, "a%sb", hidden[i]);
        s = text_clean(in, false);
        assert_string_equal(s, "a\xEF\xBF\xBD" "b");
        free(s);
        s = text_clean(in, true);
        assert_string_equal(s, "a?b");
        free(s);
    }
    assert_true(text_is_bidi_control(0x202E));
    assert_false(text_is_bidi_control(0x2029));
    assert_false(text_is_bidi_control(0x202F));
    assert_false(text_is_bidi_control(0x2065));
    assert_false(text_is_bidi_control(0x206A));
}

static void test_clean_ascii_transliterates(void **state)
{
    char *s;
    (void)state;
    s = text_clean("It\xE2\x80\x99s \xE2\x80\x9C" "fine\xE2\x80\x9D \xE2\x80\x94 \xE2\x80\xA2 ok\xE2\x80\xA6 caf\xC3\xA9", true);
    assert_string_equal(s, "It's \"fine\" - * ok... cafe");
    free(s);
    /* Accented Latin letters keep their base letter; other scripts show '?'. */
    s = text_clean("Na\xC3\xAFve \xC3\x86sop \xC3\x9F \xCE\xB1 \xE4\xB8\xAD", true);
    assert_string_equal(s, "Naive AEsop ss ? ?");
    free(s);
    s = text_clean("It\xE2\x80\x99s", false); /* UTF-8 mode keeps it */
    assert_string_equal(s, "It\xE2\x80\x99s");
    free(s);
}

static void test_wrap_breaks_at_spaces(void **state)
{
    (void)state;
    expect_wrap("the quick brown fox", 10, "the quick|brown fox");
    expect_wrap("the quick brown fox", 19, "the quick brown fox");
    expect_wrap("the quick brown fox", 18, "the quick brown|fox");
    expect_wrap("a b", 1, "a|b");
}

static void test_wrap_breaks_long_words(void **state)
{
    (void)state;
    expect_wrap("abcdefghij", 4, "abcd|efgh|ij");
    expect_wrap("see pseudarthrosis now", 8, "see|pseudart|hrosis|now");
}

static void test_wrap_empty_gives_one_line(void **state)
{
    (void)state;
    expect_wrap("", 10, "");
}

static void test_wrap_counts_display_width_not_bytes(void **state)
{
    (void)state;
    /* Each é is 2 bytes but 1 column: 5 columns fit in 5. */
    expect_wrap("\xC3\xA9\xC3\xA9\xC3\xA9 \xC3\xA9", 5, "\xC3\xA9\xC3\xA9\xC3\xA9 \xC3\xA9");
    /* Wide characters take 2 columns: 3 of them need 6. */
    expect_wrap("\xE6\x97\xA5\xE6\x97\xA5\xE6\x97\xA5", 4, "\xE6\x97\xA5\xE6\x97\xA5|\xE6\x97\xA5");
    /* Never cut inside a multibyte character. */
    expect_wrap("\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94", 2, "\xE2\x80\x94\xE2\x80\x94|\xE2\x80\x94");
}

static void test_wrap_drops_spaces_at_breaks(void **state)
{
    (void)state;
    expect_wrap("one   two", 4, "one|two");
}

/* What a reader typed is overwritten before it is freed (shared machines). */
static void test_wipe_overwrites_every_byte(void **state)
{
    char secret[] = "2021: fusion, pain came back";
    (void)state;
    text_wipe(secret);
    for (size_t i = 0; i < sizeof secret; i++)
        assert_int_equal(secret[i], 0);
    text_wipe(NULL); /* nothing to wipe */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode_ascii_and_multibyte),
        cmocka_unit_test(test_decode_rejects_bad_sequences),
        cmocka_unit_test(test_valid_utf8_reports_offset),
        cmocka_unit_test(test_width_counts_wide_and_combining),
        cmocka_unit_test(test_clean_replaces_control_characters),
        cmocka_unit_test(test_clean_marks_bidi_controls),
        cmocka_unit_test(test_clean_ascii_transliterates),
        cmocka_unit_test(test_wrap_breaks_at_spaces),
        cmocka_unit_test(test_wrap_breaks_long_words),
        cmocka_unit_test(test_wrap_empty_gives_one_line),
        cmocka_unit_test(test_wrap_counts_display_width_not_bytes),
        cmocka_unit_test(test_wrap_drops_spaces_at_breaks),
        cmocka_unit_test(test_wipe_overwrites_every_byte),
    };
    if (!setlocale(LC_ALL, "C.UTF-8"))
        fprintf(stderr, "test_text: C.UTF-8 locale missing\n");
    return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
