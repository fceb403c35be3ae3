/* test_lineedit.c: the search prompt's line editing, as a reader types:
 * UTF-8 arriving byte by byte, moving by characters, the shell's control
 * keys, and the history of this session's lines. */
#include "testutil.h"
#include "../../src/lineedit.h"

#define CTRL(c) ((c) & 0x1f)

static void type(struct lineedit *e, const char *s)
{
    for (; *s; s++)
        lineedit_byte(e, (unsigned char)*s);
}

/* The line with the cursor shown as '|'. */
static const char *shown(const struct lineedit *e)
{
    static char out[256];
    snprintf(out, sizeof out, "%.*s|%s", (int)e->cur, e->buf, e->buf + e->cur);
    return out;
}

static void test_typing_and_moving_by_characters(void **state)
{
    char buf[64];
    struct lineedit e;
    (void)state;
    lineedit_init(&e, buf, sizeof buf, NULL);
    type(&e, "caf\xC3\xA9 x");
    assert_string_equal(shown(&e), "café x|");
    assert_int_equal(lineedit_cursor_col(&e), 6);
    lineedit_do(&e, LINEEDIT_LEFT);
    lineedit_do(&e, LINEEDIT_LEFT);
    lineedit_do(&e, LINEEDIT_LEFT); /* over é, both bytes at once */
    assert_string_equal(shown(&e), "caf|é x");
    assert_int_equal(lineedit_cursor_col(&e), 3);
    type(&e, "\xE2\x80\x99"); /* ’ arrives in three bytes */
    assert_string_equal(shown(&e), "caf’|é x");
    lineedit_do(&e, LINEEDIT_DELETE);
    assert_string_equal(shown(&e), "caf’| x");
    lineedit_do(&e, LINEEDIT_BACKSPACE);
    assert_string_equal(shown(&e), "caf| x");
    lineedit_do(&e, LINEEDIT_HOME);
    lineedit_do(&e, LINEEDIT_LEFT); /* stays at the start */
    assert_string_equal(shown(&e), "|caf x");
    lineedit_do(&e, LINEEDIT_END);
    lineedit_do(&e, LINEEDIT_RIGHT);
    assert_string_equal(shown(&e), "caf x|");
    /* Control characters are not text. */
    assert_false(lineedit_byte(&e, '\t'));
    assert_false(lineedit_byte(&e, 0x7F));
    assert_string_equal(e.buf, "caf x");
    lineedit_done(&e, false);
}

/* Bytes that start no character never reach the line: the line stays
 * valid UTF-8 whatever a terminal or a paste sends. */
static void test_bytes_that_start_no_character_are_dropped(void **state)
{
    char buf[64];
    struct lineedit e;
    (void)state;
    lineedit_init(&e, buf, sizeof buf, NULL);
    assert_false(lineedit_byte(&e, 0x80)); /* a lone continuation byte */
    assert_false(lineedit_byte(&e, 0xC0)); /* an overlong lead */
    assert_false(lineedit_byte(&e, 0xFF));
    type(&e, "\xF5\x80\x80" "a"); /* past U+10FFFF: its bytes are dropped, a stays */
    assert_string_equal(buf, "a");
    type(&e, "\xF0\x9F\x98\x80"); /* a real 4-byte character is kept */
    assert_string_equal(buf, "a\xF0\x9F\x98\x80");
    lineedit_done(&e, false);
}

static void test_a_full_line_takes_no_more(void **state)
{
    char buf[6];
    struct lineedit e;
    (void)state;
    lineedit_init(&e, buf, sizeof buf, NULL);
    type(&e, "abcd");
    type(&e, "\xC3\xA9"); /* two bytes: no room for both, none taken */
    assert_string_equal(buf, "abcd");
    assert_true(lineedit_byte(&e, 'e'));
    assert_false(lineedit_byte(&e, 'f'));
    assert_string_equal(buf, "abcde");
    lineedit_done(&e, false);
}

static void test_shell_control_keys(void **state)
{
    char buf[64];
    struct lineedit e;
    (void)state;
    lineedit_init(&e, buf, sizeof buf, NULL);
    type(&e, "spinal  cord stim");
    assert_true(lineedit_ctrl(&e, CTRL('w')));
    assert_string_equal(shown(&e), "spinal  cord |");
    assert_true(lineedit_ctrl(&e, CTRL('w')));
    assert_string_equal(shown(&e), "spinal  |");
    assert_true(lineedit_ctrl(&e, CTRL('a')));
    assert_string_equal(shown(&e), "|spinal  ");
    assert_true(lineedit_ctrl(&e, CTRL('f')));
    assert_true(lineedit_ctrl(&e, CTRL('e')));
    assert_string_equal(shown(&e), "spinal  |");
    type(&e, "chord");
    lineedit_ctrl(&e, CTRL('b'));
    lineedit_ctrl(&e, CTRL('b'));
    assert_true(lineedit_ctrl(&e, CTRL('k')));
    assert_string_equal(shown(&e), "spinal  cho|");
    lineedit_ctrl(&e, CTRL('b'));
    assert_true(lineedit_ctrl(&e, CTRL('u')));
    assert_string_equal(shown(&e), "|o");
    assert_true(lineedit_ctrl(&e, CTRL('d')));
    assert_string_equal(shown(&e), "|");
    assert_false(lineedit_ctrl(&e, 'x'));
    assert_false(lineedit_ctrl(&e, CTRL('g'))); /* cancel is the prompt's */
    lineedit_done(&e, false);
}

static void test_history_up_and_down(void **state)
{
    char buf[64];
    struct lineedit_history h = { 0 };
    struct lineedit e;
    (void)state;
    lineedit_init(&e, buf, sizeof buf, &h);
    type(&e, "sciatica");
    lineedit_done(&e, true);
    lineedit_init(&e, buf, sizeof buf, &h);
    type(&e, "scar");
    lineedit_done(&e, true);
    lineedit_init(&e, buf, sizeof buf, &h);
    type(&e, "scar"); /* a repeat is kept once */
    lineedit_done(&e, true);
    lineedit_init(&e, buf, sizeof buf, &h);
    lineedit_done(&e, true); /* nor is an empty line kept */
    assert_int_equal(h.n, 2);

    lineedit_init(&e, buf, sizeof buf, &h);
    type(&e, "dra");
    lineedit_do(&e, LINEEDIT_PREV);
    assert_string_equal(shown(&e), "scar|");
    lineedit_do(&e, LINEEDIT_PREV);
    assert_string_equal(shown(&e), "sciatica|");
    lineedit_do(&e, LINEEDIT_PREV); /* the oldest stays */
    assert_string_equal(buf, "sciatica");
    lineedit_do(&e, LINEEDIT_NEXT);
    lineedit_do(&e, LINEEDIT_NEXT); /* back to what was being typed */
    assert_string_equal(shown(&e), "dra|");
    lineedit_do(&e, LINEEDIT_NEXT);
    assert_string_equal(buf, "dra");
    lineedit_done(&e, false); /* cancelled: not kept */
    assert_int_equal(h.n, 2);

    lineedit_history_clear(&h);
    assert_int_equal(h.n, 0);
    lineedit_init(&e, buf, sizeof buf, &h);
    lineedit_do(&e, LINEEDIT_PREV); /* forgotten: nothing comes back */
    assert_string_equal(buf, "");
    lineedit_done(&e, false);
}

static void test_history_keeps_the_newest(void **state)
{
    char buf[16], line[16];
    struct lineedit_history h = { 0 };
    struct lineedit e;
    (void)state;
    for (int i = 0; i < LINEEDIT_HISTORY_MAX + 5; i++) {
        snprintf(line, sizeof line, "q%d", i);
        assert_true(lineedit_history_add(&h, line));
    }
    assert_int_equal(h.n, LINEEDIT_HISTORY_MAX);
    assert_string_equal(h.v[0], "q5");
    /* A history line longer than the buffer comes back cut, on a
     * character boundary. */
    assert_true(lineedit_history_add(&h, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
                                         "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9")); /* 9 x é */
    lineedit_init(&e, buf, sizeof buf, &h);
    lineedit_do(&e, LINEEDIT_PREV);
    assert_int_equal(strlen(buf), 14);
    lineedit_done(&e, false);
    lineedit_history_clear(&h);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_typing_and_moving_by_characters),
        cmocka_unit_test(test_bytes_that_start_no_character_are_dropped),
        cmocka_unit_test(test_a_full_line_takes_no_more),
        cmocka_unit_test(test_shell_control_keys),
        cmocka_unit_test(test_history_up_and_down),
        cmocka_unit_test(test_history_keeps_the_newest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
