/* test_keys.c: key dispatch from the one table, per screen, and digits. */
#include <curses.h>

#include "testutil.h"
#include "../../src/keys.h"

static void test_movement_keys_everywhere(void **state)
{
    (void)state;
    enum view views[] = { SCR_MENU, SCR_PAGE, SCR_CHECK };
    for (size_t i = 0; i < 3; i++) {
        assert_int_equal(keys_action(KEY_UP, views[i]), ACT_UP);
        assert_int_equal(keys_action('k', views[i]), ACT_UP);
        assert_int_equal(keys_action(KEY_DOWN, views[i]), ACT_DOWN);
        assert_int_equal(keys_action('j', views[i]), ACT_DOWN);
        assert_int_equal(keys_action(KEY_NPAGE, views[i]), ACT_PAGE_DOWN);
        assert_int_equal(keys_action(KEY_PPAGE, views[i]), ACT_PAGE_UP);
        assert_int_equal(keys_action('b', views[i]), ACT_PAGE_UP);
        assert_int_equal(keys_action(KEY_HOME, views[i]), ACT_TOP);
        assert_int_equal(keys_action('g', views[i]), ACT_TOP);
        assert_int_equal(keys_action(KEY_END, views[i]), ACT_BOTTOM);
        assert_int_equal(keys_action('G', views[i]), ACT_BOTTOM);
        assert_int_equal(keys_action(KEY_LEFT, views[i]), ACT_BACK);
        assert_int_equal(keys_action('<', views[i]), ACT_BACK);
        assert_int_equal(keys_action('h', views[i]), ACT_HELP); /* as in less and lynx */
        assert_int_equal(keys_action('m', views[i]), ACT_HOME); /* lynx: main screen */
        assert_int_equal(keys_action(KEY_BACKSPACE, views[i]), ACT_BACK);
        assert_int_equal(keys_action(27, views[i]), ACT_BACK);
        assert_int_equal(keys_action('q', views[i]), ACT_QUIT);
        assert_int_equal(keys_action('?', views[i]), ACT_HELP);
        assert_int_equal(keys_action('!', views[i]), ACT_URGENT);
    }
}

static void test_enter_depends_on_screen(void **state)
{
    (void)state;
    assert_int_equal(keys_action('\r', SCR_MENU), ACT_OPEN);
    assert_int_equal(keys_action(KEY_RIGHT, SCR_MENU), ACT_OPEN);
    assert_int_equal(keys_action('l', SCR_MENU), ACT_OPEN);
    assert_int_equal(keys_action('\r', SCR_CHECK), ACT_RESULT);
    /* On a page, Enter follows the related page chosen with Tab. */
    assert_int_equal(keys_action('\r', SCR_PAGE), ACT_FOLLOW);
    assert_int_equal(keys_action('\t', SCR_PAGE), ACT_NEXT_LINK);
    assert_int_equal(keys_action('\t', SCR_MENU), ACT_NONE);
}

static void test_space_pages_but_ticks_in_checklists(void **state)
{
    (void)state;
    assert_int_equal(keys_action(' ', SCR_PAGE), ACT_PAGE_DOWN);
    assert_int_equal(keys_action(' ', SCR_MENU), ACT_PAGE_DOWN);
    assert_int_equal(keys_action(' ', SCR_CHECK), ACT_TOGGLE);
    assert_int_equal(keys_action('x', SCR_CHECK), ACT_TOGGLE);
    assert_int_equal(keys_action('x', SCR_PAGE), ACT_NONE);
    assert_int_equal(keys_action(']', SCR_PAGE), ACT_NEXT_PAGE);
    assert_int_equal(keys_action('[', SCR_PAGE), ACT_PREV_PAGE);
    assert_int_equal(keys_action('w', SCR_CHECK), ACT_WHY);
    assert_int_equal(keys_action('c', SCR_CHECK), ACT_CLEAR);
}

static void test_finding_keys_work_everywhere_they_should(void **state)
{
    (void)state;
    assert_int_equal(keys_action('/', SCR_MENU), ACT_SEARCH);
    assert_int_equal(keys_action('/', SCR_CHECK), ACT_SEARCH);
    assert_int_equal(keys_action('t', SCR_PAGE), ACT_CONTENTS);
    assert_int_equal(keys_action('v', SCR_MENU), ACT_RECENT);
    assert_int_equal(keys_action('r', SCR_CHECK), ACT_RESULT);
    assert_int_equal(keys_action('r', SCR_MENU), ACT_NONE);
    assert_int_equal(keys_action('n', SCR_PAGE), ACT_NEXT_MATCH);
    assert_int_equal(keys_action('N', SCR_PAGE), ACT_PREV_MATCH);
    assert_int_equal(keys_action('d', SCR_PAGE), ACT_WORDS);
    /* Checklist keys keep their meaning there. */
    assert_int_equal(keys_action('c', SCR_CHECK), ACT_CLEAR);
    assert_int_equal(keys_action('w', SCR_CHECK), ACT_WHY);
}

static void test_unbound_keys_do_nothing(void **state)
{
    (void)state;
    assert_int_equal(keys_action('z', SCR_MENU), ACT_NONE);
    assert_int_equal(keys_action(KEY_F(2), SCR_PAGE), ACT_NONE);
    assert_int_equal(keys_action(KEY_F(1), SCR_PAGE), ACT_HELP); /* F1 where there is one */
}

static void test_every_action_is_described_for_help(void **state)
{
    size_t n;
    const struct binding *t = keys_table(&n);
    (void)state;
    assert_true(n > 10);
    for (size_t i = 0; i < n; i++) {
        assert_true(t[i].names || t[i].words);
        assert_true(strlen(t[i].help) > 3);
        if (t[i].keys[0] == 0) { /* help only (digits, read by the screen), or plain only */
            assert_true(t[i].action == ACT_NONE || t[i].names == NULL || t[i].words);
            continue;
        }
        /* The first key of each row really triggers the row's action, on
         * the first screen the row names. */
        unsigned v = t[i].screens;
        enum view one = (enum view)(v & (~v + 1));
        assert_int_equal(keys_action(t[i].keys[0], one), t[i].action);
    }
}

static void test_no_function_key_is_needed(void **state)
{
    size_t n;
    const struct binding *t = keys_table(&n);
    (void)state;
    /* Every action has a plain key besides any special key. */
    for (size_t i = 0; i < n && t[i].keys[0]; i++) {
        bool plain = false;
        for (int k = 0; k < KEYS_PER_BINDING && t[i].keys[k]; k++)
            plain |= t[i].keys[k] < KEY_MIN;
        if (!plain)
            fail_msg("binding '%s' needs a special key", t[i].names);
    }
}

static void test_digits_build_item_numbers(void **state)
{
    int pending = 0;
    (void)state;
    assert_int_equal(keys_digit(&pending, '3', 14, 0), 3);
    pending = 0;
    assert_int_equal(keys_digit(&pending, '1', 14, 0), 1);
    assert_int_equal(keys_digit(&pending, '2', 14, 0), 12); /* 1 then 2 = item 12 */
    assert_int_equal(keys_digit(&pending, '5', 14, 0), 5);  /* 125 is too big: 5 */
    assert_int_equal(keys_digit(&pending, '9', 5, 0), 0);   /* no item 9 */
    assert_int_equal(keys_digit(&pending, 'j', 14, 0), 0);  /* a non-digit resets */
    assert_int_equal(pending, 0);
    assert_int_equal(keys_digit(&pending, '0', 14, 0), 0);  /* there is no item 0 */
}

static void test_digits_time_out(void **state)
{
    int pending = 0;
    (void)state;
    assert_int_equal(keys_digit(&pending, '1', 15, 5000), 1);
    assert_int_equal(keys_digit(&pending, '5', 15, KEYS_DIGIT_MS), 15); /* quick: 15 */
    pending = 0;
    assert_int_equal(keys_digit(&pending, '1', 15, 5000), 1);
    assert_int_equal(keys_digit(&pending, '5', 15, KEYS_DIGIT_MS + 1), 5); /* 1, pause, 5 */
    assert_int_equal(keys_digit(&pending, '1', 15, 300), 1); /* 51 is too big: 1 */
    assert_int_equal(keys_digit(&pending, '2', 15, 300), 12);
}

/* One meaning per letter: a plain-mode word that is also a full-screen
 * key does the same in both modes. */
static void test_plain_words_mean_what_the_keys_mean(void **state)
{
    size_t n;
    const struct binding *t = keys_table(&n);
    (void)state;
    for (size_t i = 0; i < n; i++) {
        for (int k = 0; k < KEYS_PER_BINDING && t[i].keys[k]; k++) {
            int ch = t[i].keys[k];
            char word[2] = { (char)ch, 0 };
            const struct binding *b = ch > ' ' && ch < 127 ? keys_word(word) : NULL;
            if (b && b->action != t[i].action && (b->screens & t[i].screens))
                fail_msg("'%c' is %s in the full screen but %s in plain mode", ch, t[i].help,
                         b->help);
        }
    }
    assert_int_equal(keys_word("b")->action, ACT_PAGE_UP);
    assert_int_equal(keys_word("back")->action, ACT_BACK);
    assert_int_equal(keys_word("<")->action, ACT_BACK);
    assert_int_equal(keys_word("BACK")->action, ACT_BACK); /* any case */
    assert_int_equal(keys_word("n")->action, ACT_NEXT_MATCH);
    assert_int_equal(keys_word("N")->action, ACT_PREV_MATCH); /* exact case first */
    assert_int_equal(keys_word("h")->action, ACT_HELP);
    assert_int_equal(keys_word("m")->action, ACT_HOME);
    assert_int_equal(keys_word("r")->action, ACT_RESULT);
    assert_int_equal(keys_word("v")->action, ACT_RECENT);
    assert_int_equal(keys_word("t")->action, ACT_CONTENTS);
    assert_int_equal(keys_word("]")->action, ACT_NEXT_PAGE);
    assert_int_equal(keys_word("Q")->action, ACT_QUIT);
    assert_null(keys_word("p"));
    assert_null(keys_word("zz"));
    assert_int_equal(keys_screen_only('p')->action, ACT_PREV_LINK);
    assert_null(keys_screen_only('b'));
}

static bool help_has(char **v, size_t n, const char *line)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], line) == 0)
            return true;
    return false;
}

static void test_both_help_screens_come_from_the_table(void **state)
{
    char **v = calloc(keys_help_count(), sizeof *v);
    size_t n;
    (void)state;
    assert_non_null(v);
    n = keys_help(FACE_SCREEN, false, v);
    assert_true(help_has(v, n, "- ?, h, F1: This help"));
    assert_true(help_has(v, n, "- Left, Backspace, Ctrl-H, Esc, <: Go back"));
    assert_true(help_has(v, n, "- Enter, r: Show the result (self-check, values, sheet)"));
    assert_true(help_has(v, n, "- s: Save a summary to a file (self-check, sheet)"));
    while (n > 0)
        free(v[--n]);
    n = keys_help(FACE_PLAIN, true, v);
    assert_true(help_has(v, n, "- < or back: go back"));
    assert_true(help_has(v, n, "- n: next match of the search (pages)"));
    assert_true(help_has(v, n, "- s, or s and a file name, such as s notes.txt: save a summary "
                               "to a file (self-check, sheet) (turned off on this machine)"));
    assert_false(help_has(v, n, "- Tab: Choose the next related page (See also) (pages)"));
    while (n > 0)
        free(v[--n]);
    free(v);
    assert_false(keys_allowed(ACT_SAVE, true));
    assert_true(keys_allowed(ACT_SAVE, false));
    assert_true(keys_allowed(ACT_SEARCH, true));
    /* A status line under --kiosk leaves out "s:save", and only that. */
    assert_true(keys_kiosk_refuses('s'));
    assert_false(keys_kiosk_refuses('q'));
    assert_false(keys_kiosk_refuses('P')); /* printing is the administrator's choice */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_movement_keys_everywhere),
        cmocka_unit_test(test_enter_depends_on_screen),
        cmocka_unit_test(test_space_pages_but_ticks_in_checklists),
        cmocka_unit_test(test_unbound_keys_do_nothing),
        cmocka_unit_test(test_finding_keys_work_everywhere_they_should),
        cmocka_unit_test(test_every_action_is_described_for_help),
        cmocka_unit_test(test_no_function_key_is_needed),
        cmocka_unit_test(test_digits_build_item_numbers),
        cmocka_unit_test(test_digits_time_out),
        cmocka_unit_test(test_plain_words_mean_what_the_keys_mean),
        cmocka_unit_test(test_both_help_screens_come_from_the_table),
    };
    return cmocka_run_group_tests_name("keys", tests, NULL, NULL);
}
