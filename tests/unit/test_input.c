/* test_input.c: bytes as terminals really send them, fed one by one with
 * the time each arrives, and the keys that come out. */
#include <curses.h>

#include "testutil.h"
#include "../../src/input.h"

#define D INPUT_ESC_DELAY_MS

/* Feeds the bytes of s all at time t, then collects every key (and, with
 * settle, what a pause after them gives). Returns how many keys. */
static size_t feed_at(struct input *in, const char *s, long t, bool settle, int *keys,
                      size_t max)
{
    size_t n = 0;
    int k;

    for (; *s; s++)
        input_feed(in, (unsigned char)*s, t);
    if (settle)
        input_tick(in, t + D);
    while (n < max && input_key(in, &k))
        keys[n++] = k;
    return n;
}

/* The one key a whole sequence gives, arriving at once. */
static void expect_key(const char *seq, int key)
{
    struct input in;
    int keys[8];

    input_init(&in, 0, NULL, 0);
    size_t n = feed_at(&in, seq, 0, true, keys, 8);
    if (n != 1 || keys[0] != key)
        fail_msg("sequence \\e%s: %zu keys, first %d, want %d", seq + 1, n, n ? keys[0] : -1,
                 key);
}

/* A sequence that must give no key at all, and leave the next key alone. */
static void expect_swallowed(const char *seq)
{
    struct input in;
    int keys[8];

    input_init(&in, 0, NULL, 0);
    size_t n = feed_at(&in, seq, 0, false, keys, 8);
    if (n != 0)
        fail_msg("sequence \\e%s gave %zu keys, first %d", seq + 1, n, keys[0]);
    n = feed_at(&in, "j", 1, false, keys, 8);
    if (n != 1 || keys[0] != 'j')
        fail_msg("after \\e%s, j gave %zu keys", seq + 1, n);
}

static void test_home_end_and_pages_as_terminals_send_them(void **state)
{
    (void)state;
    expect_key("\033[1~", KEY_HOME);  /* PuTTY, Linux console, screen */
    expect_key("\033[4~", KEY_END);
    expect_key("\033[5~", KEY_PPAGE);
    expect_key("\033[6~", KEY_NPAGE);
    expect_key("\033[H", KEY_HOME);   /* xterm, normal cursor mode */
    expect_key("\033[F", KEY_END);
    expect_key("\033OH", KEY_HOME);   /* xterm, application mode */
    expect_key("\033OF", KEY_END);
    expect_key("\033[7~", KEY_HOME);  /* rxvt */
    expect_key("\033[8~", KEY_END);
    expect_key("\033[1;5H", KEY_HOME); /* with Ctrl */
}

static void test_arrows_in_both_cursor_modes_and_with_modifiers(void **state)
{
    (void)state;
    expect_key("\033[A", KEY_UP);
    expect_key("\033[B", KEY_DOWN);
    expect_key("\033[C", KEY_RIGHT);
    expect_key("\033[D", KEY_LEFT);
    expect_key("\033OA", KEY_UP);
    expect_key("\033OB", KEY_DOWN);
    expect_key("\033OC", KEY_RIGHT);
    expect_key("\033OD", KEY_LEFT);
    expect_key("\033[1;5C", KEY_RIGHT); /* Ctrl-Right */
    expect_key("\033[1;2A", KEY_UP);    /* Shift-Up */
    expect_key("\033[Z", KEY_BTAB);     /* Shift-Tab */
}

static void test_f1_where_the_terminal_has_it(void **state)
{
    (void)state;
    expect_key("\033OP", KEY_F(1));   /* xterm, vt100 PF1 */
    expect_key("\033[11~", KEY_F(1)); /* rxvt, PuTTY */
    expect_key("\033[[A", KEY_F(1));  /* Linux console */
    expect_key("\033[[E", KEY_F(5));
    expect_key("\033[24~", KEY_F(12));
    expect_key("\033OM", '\r');       /* keypad Enter in application mode */
    expect_key("\033Op", '0');        /* keypad 0 in application mode */
}

static void test_other_sequences_are_swallowed_whole(void **state)
{
    (void)state;
    expect_swallowed("\033[99~");         /* unknown key */
    expect_swallowed("\033[200~");        /* bracketed paste start */
    expect_swallowed("\033[?1;2c");       /* a terminal's answer */
    expect_swallowed("\033[<0;12;5M");    /* a mouse report */
    expect_swallowed("\033[27;5;13~");    /* xterm's modifyOtherKeys */
    expect_swallowed("\033[2;3X");
    expect_swallowed("\033Oz");
    expect_swallowed("\033[1;5G");
}

static void test_an_overlong_sequence_is_swallowed(void **state)
{
    char seq[100] = "\033[";
    (void)state;
    memset(seq + 2, '1', 60);
    strcpy(seq + 62, "~");
    expect_swallowed(seq);
    memset(seq + 2, '1', 60);
    strcpy(seq + 62, "A"); /* ends like an arrow, but is not one */
    expect_swallowed(seq);
}

static void test_a_lone_esc_is_the_esc_key_after_the_delay(void **state)
{
    struct input in;
    int k;
    (void)state;
    input_init(&in, 0, NULL, 0);
    input_feed(&in, 0x1b, 1000);
    assert_false(input_key(&in, &k));
    assert_int_equal(input_wait_ms(&in, 1000), D);
    assert_int_equal(input_wait_ms(&in, 1000 + D - 10), 10);
    input_tick(&in, 1000 + D - 1);
    assert_false(input_key(&in, &k));
    input_tick(&in, 1000 + D);
    assert_true(input_key(&in, &k));
    assert_int_equal(k, 27);
    assert_false(input_key(&in, &k));
    assert_int_equal(input_wait_ms(&in, 1000 + D), -1);
}

static void test_an_arrow_split_within_the_delay_is_the_arrow(void **state)
{
    struct input in;
    int keys[8];
    (void)state;
    input_init(&in, 0, NULL, 0);
    assert_int_equal(feed_at(&in, "\033", 0, false, keys, 8), 0);
    input_tick(&in, D - 1);
    assert_int_equal(feed_at(&in, "[B", D - 1, true, keys, 8), 1);
    assert_int_equal(keys[0], KEY_DOWN);
    /* Split after the [: the same. */
    assert_int_equal(feed_at(&in, "\033[", 5000, false, keys, 8), 0);
    assert_int_equal(feed_at(&in, "5~", 5000 + D - 1, true, keys, 8), 1);
    assert_int_equal(keys[0], KEY_PPAGE);
}

static void test_the_late_rest_of_a_split_key_is_swallowed(void **state)
{
    struct input in;
    int keys[8];
    (void)state;
    input_init(&in, 0, NULL, 0);
    /* ESC alone past the delay is Esc; "[B" 300 ms later is not "[" and
     * "B", nor Down. */
    feed_at(&in, "\033", 0, false, keys, 8);
    input_tick(&in, D);
    assert_int_equal(feed_at(&in, "", D, false, keys, 8), 1);
    assert_int_equal(keys[0], 27);
    assert_int_equal(feed_at(&in, "[B", 300, true, keys, 8), 0);
    assert_int_equal(feed_at(&in, "j", 400, false, keys, 8), 1);
    assert_int_equal(keys[0], 'j');
    /* Split inside the parameters: "1;5C" must not type 1, 5. */
    assert_int_equal(feed_at(&in, "\033[", 1000, false, keys, 8), 0);
    input_tick(&in, 1000 + D);
    assert_int_equal(feed_at(&in, "1", 1000 + 2 * D, false, keys, 8), 0);
    assert_int_equal(feed_at(&in, ";5C", 1000 + 3 * D, true, keys, 8), 0);
    assert_int_equal(feed_at(&in, "k", 1000 + 4 * D, false, keys, 8), 1);
    assert_int_equal(keys[0], 'k');
}

static void test_esc_then_bracket_typed_slowly_is_two_keys(void **state)
{
    struct input in;
    int keys[8];
    (void)state;
    input_init(&in, 0, NULL, 0);
    feed_at(&in, "\033", 0, false, keys, 8);
    input_tick(&in, D);
    assert_int_equal(feed_at(&in, "", D, false, keys, 8), 1);
    assert_int_equal(keys[0], 27);
    /* [ 400 ms later is held for one delay, then is the [ key. */
    assert_int_equal(feed_at(&in, "[", 400, false, keys, 8), 0);
    assert_int_equal(input_wait_ms(&in, 400), D);
    assert_int_equal(feed_at(&in, "", 400 + D, true, keys, 8), 1);
    assert_int_equal(keys[0], '[');
    /* Long after an Esc, [ is simply [. */
    feed_at(&in, "\033", 5000, true, keys, 8);
    assert_int_equal(feed_at(&in, "[", 5000 + D + INPUT_LATE_MS + 1, false, keys, 8), 1);
    assert_int_equal(keys[0], '[');
}

static void test_esc_then_another_key_quickly(void **state)
{
    struct input in;
    int keys[8];
    (void)state;
    input_init(&in, 0, NULL, 0);
    /* A held Esc repeats: each one goes back. */
    assert_int_equal(feed_at(&in, "\033", 0, false, keys, 8), 0);
    assert_int_equal(feed_at(&in, "\033", 30, false, keys, 8), 1);
    assert_int_equal(keys[0], 27);
    assert_int_equal(feed_at(&in, "", 30 + D, true, keys, 8), 1);
    assert_int_equal(keys[0], 27);
    /* Esc then Enter, or q (or Alt-q): both keys, as typed. */
    assert_int_equal(feed_at(&in, "\033\r", 1000, false, keys, 8), 2);
    assert_int_equal(keys[0], 27);
    assert_int_equal(keys[1], '\r');
    assert_int_equal(feed_at(&in, "\033q", 2000, false, keys, 8), 2);
    assert_int_equal(keys[0], 27);
    assert_int_equal(keys[1], 'q');
}

static void test_backspace_as_ctrl_h_or_del(void **state)
{
    (void)state;
    expect_key("\b", KEY_BACKSPACE);
    expect_key("\177", KEY_BACKSPACE);
    expect_key("q", 'q');
    expect_key("\r", '\r');
    expect_key("\t", '\t');
}

static void test_utf8_bytes_pass_one_by_one(void **state)
{
    struct input in;
    int keys[8];
    (void)state;
    input_init(&in, 0, NULL, 0);
    assert_int_equal(feed_at(&in, "\xc3\xa9", 0, false, keys, 8), 2);
    assert_int_equal(keys[0], 0xc3);
    assert_int_equal(keys[1], 0xa9);
}

static void test_terminfo_sequences_beyond_the_common_ones(void **state)
{
    static const struct input_extra vt52[] = { { "\033A", KEY_UP }, { "\033[1~", KEY_FIND },
                                               { "\033&r", KEY_RESUME } };
    struct input in;
    int keys[8];
    (void)state;
    input_init(&in, 0, vt52, 3);
    assert_int_equal(feed_at(&in, "\033A", 0, true, keys, 8), 1);
    assert_int_equal(keys[0], KEY_UP);
    /* The common meaning wins: PuTTY's Home is Home under any TERM. */
    assert_int_equal(feed_at(&in, "\033[1~", 1000, true, keys, 8), 1);
    assert_int_equal(keys[0], KEY_HOME);
    /* Longer than the usual shape: read to its end. */
    assert_int_equal(feed_at(&in, "\033&r", 2000, true, keys, 8), 1);
    assert_int_equal(keys[0], KEY_RESUME);
}

static void test_escape_delay_from_the_environment(void **state)
{
    struct input in;
    (void)state;
    assert_int_equal(input_delay_from(NULL), INPUT_ESC_DELAY_MS);
    assert_int_equal(input_delay_from(""), INPUT_ESC_DELAY_MS);
    assert_int_equal(input_delay_from("25"), 25);
    assert_int_equal(input_delay_from("0"), INPUT_ESC_DELAY_MS);
    assert_int_equal(input_delay_from("25ms"), INPUT_ESC_DELAY_MS);
    assert_int_equal(input_delay_from("1000"), INPUT_ESC_DELAY_MAX_MS); /* Esc stays prompt */
    assert_int_equal(input_delay_from("-5"), INPUT_ESC_DELAY_MS);
    input_init(&in, 25, NULL, 0);
    input_feed(&in, 0x1b, 0);
    assert_int_equal(input_wait_ms(&in, 0), 25);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_home_end_and_pages_as_terminals_send_them),
        cmocka_unit_test(test_arrows_in_both_cursor_modes_and_with_modifiers),
        cmocka_unit_test(test_f1_where_the_terminal_has_it),
        cmocka_unit_test(test_other_sequences_are_swallowed_whole),
        cmocka_unit_test(test_an_overlong_sequence_is_swallowed),
        cmocka_unit_test(test_a_lone_esc_is_the_esc_key_after_the_delay),
        cmocka_unit_test(test_an_arrow_split_within_the_delay_is_the_arrow),
        cmocka_unit_test(test_the_late_rest_of_a_split_key_is_swallowed),
        cmocka_unit_test(test_esc_then_bracket_typed_slowly_is_two_keys),
        cmocka_unit_test(test_esc_then_another_key_quickly),
        cmocka_unit_test(test_backspace_as_ctrl_h_or_del),
        cmocka_unit_test(test_utf8_bytes_pass_one_by_one),
        cmocka_unit_test(test_terminfo_sequences_beyond_the_common_ones),
        cmocka_unit_test(test_escape_delay_from_the_environment),
    };
    return cmocka_run_group_tests_name("input", tests, NULL, NULL);
}
