/* test_history.c: back follows the path actually taken; the recent list
 * keeps the latest pages first, once each; a reset forgets both. */
#include "testutil.h"
#include "../../src/history.h"
#include "../../src/selection.h"

static struct node home = { .id = "home", .type = NODE_MENU, .title = "Home" };
static struct node pages[30];

static void make_pages(void)
{
    static char ids[30][16];
    for (int i = 0; i < 30; i++) {
        snprintf(ids[i], sizeof ids[i], "p%d", i);
        pages[i] = (struct node){ .id = ids[i], .type = NODE_PAGE, .title = ids[i] };
    }
}

static void test_back_retraces_jumps(void **state)
{
    struct history h;
    (void)state;
    make_pages();
    assert_true(history_init(&h, &home));
    assert_true(history_push(&h, &pages[0], true));  /* from a menu */
    assert_true(history_push(&h, &pages[5], true));  /* a link */
    assert_true(history_push(&h, &pages[9], true));  /* a search result */
    history_top(&h)->anchor_block = 7;               /* a place on that page */
    assert_true(history_push(&h, &pages[2], true));
    assert_ptr_equal(history_parent(&h)->node, &pages[9]);
    assert_true(history_back(&h));
    assert_ptr_equal(history_top(&h)->node, &pages[9]);
    assert_int_equal(history_top(&h)->anchor_block, 7); /* the place is kept */
    assert_true(history_back(&h));
    assert_ptr_equal(history_top(&h)->node, &pages[5]);
    assert_true(history_back(&h));
    assert_true(history_back(&h));
    assert_ptr_equal(history_top(&h)->node, &home);
    assert_null(history_parent(&h));
    assert_false(history_back(&h)); /* Home is never left */
    assert_ptr_equal(history_top(&h)->node, &home);
    history_free(&h);
}

static void test_recent_is_latest_first_without_repeats(void **state)
{
    struct history h;
    (void)state;
    make_pages();
    assert_true(history_init(&h, &home));
    assert_int_equal(h.n_recent, 0); /* the start is not a visit */
    history_push(&h, &pages[1], true);
    history_push(&h, &pages[2], true);
    history_push(&h, &pages[1], true);
    history_push(&h, &pages[3], false); /* a generated screen */
    assert_int_equal(h.n_recent, 2);
    assert_ptr_equal(h.recent[0], &pages[1]);
    assert_ptr_equal(h.recent[1], &pages[2]);
    history_free(&h);
}

static void test_recent_keeps_the_last_twenty(void **state)
{
    struct history h;
    (void)state;
    make_pages();
    assert_true(history_init(&h, &home));
    for (int i = 0; i < 30; i++)
        history_push(&h, &pages[i], true);
    assert_int_equal(h.n_recent, HISTORY_RECENT);
    assert_ptr_equal(h.recent[0], &pages[29]);
    assert_ptr_equal(h.recent[HISTORY_RECENT - 1], &pages[30 - HISTORY_RECENT]);
    history_free(&h);
}

static void test_reset_forgets_path_and_recent(void **state)
{
    struct history h;
    (void)state;
    make_pages();
    assert_true(history_init(&h, &home));
    history_top(&h)->sel = 4;
    history_push(&h, &pages[1], true);
    history_push(&h, &pages[2], true);
    history_reset(&h);
    assert_int_equal(h.depth, 1);
    assert_ptr_equal(history_top(&h)->node, &home);
    assert_int_equal(history_top(&h)->sel, 0); /* even the menu row */
    assert_int_equal(h.n_recent, 0);
    history_free(&h);
}

static void test_selection_stays_in_the_list_and_in_view(void **state)
{
    struct frame f = { 0 };
    (void)state;
    selection_move(&f, -3, 5);
    assert_int_equal(f.sel, 0);
    selection_move(&f, 9, 5);
    assert_int_equal(f.sel, 4);
    selection_show(&f, 3); /* rows 2..4 shown */
    assert_int_equal(f.top, 2);
    selection_move(&f, -4, 5);
    selection_show(&f, 3);
    assert_int_equal(f.top, 0);
    selection_move(&f, 1, 0); /* an empty list keeps row 0 */
    assert_int_equal(f.sel, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_back_retraces_jumps),
        cmocka_unit_test(test_recent_is_latest_first_without_repeats),
        cmocka_unit_test(test_recent_keeps_the_last_twenty),
        cmocka_unit_test(test_reset_forgets_path_and_recent),
        cmocka_unit_test(test_selection_stays_in_the_list_and_in_view),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
