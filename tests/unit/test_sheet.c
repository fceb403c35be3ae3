/* test_sheet.c: the appointment sheet (sheet.c): ratings, My questions
 * (added from a page or a self-check, removed, reordered), the timeline
 * (added, edited, deleted), what-to-bring ticks, and the one text that
 * gathers them with the self-check results. */
#include "testutil.h"

#include "../../src/check.h"
#include "../../src/session.h"
#include "../../src/sheet.h"

static const char guide_text[] =
    "[guide]\ntitle = Test guide\nroot = home\ndisclaimer = Educational only.\n"
    "[home]\ntype = menu\ntitle = Home\nchildren = page, cmp, val, q, q2\n"
    "[page]\ntype = page\ntitle = Spine shots\n"
    "p1 = Shots can help.\n"
    "p2 = - A bullet that is no question?\n"
    "p3 = Questions to ask: bring these.\n"
    "p4 = - Is this shot to find the cause?\n"
    "p5 = - What are the risks for me?\n"
    "p6 = - A note, not a question.\n"
    "p7 = After the list.\n"
    "p8 = - Not after an ask?\n"
    "[cmp]\ntype = compare\ntitle = C\noption1 = Another operation\noption2 = A structured plan\n"
    "option3 = Keeping current care\naspect1 = What\n"
    "cell1_1 = a\ncell2_1 = b\ncell3_1 = c\n"
    "[val]\ntype = values\ntitle = What matters\n"
    "scale = Not important | Important | Very important\ncompare = cmp\n"
    "statement1 = Avoiding another operation\nstatement1_options = 2, 3\n"
    "statement2 = A chance of a bigger gain\nstatement2_options = 1\n"
    "statement2_why = One guide says its risks are higher.\n"
    "statement3 = Getting back to work soon\nstatement3_options = 2\n"
    "[q]\ntype = checklist\ntitle = Quick check\n"
    "item1 = I was offered surgery for a scan\nitem1_weight = 2\n"
    "item1_ask = What in my exam points to this?\n"
    "item2 = I feel rushed\nitem2_weight = 1\nitem2_ask = What if I wait?\n"
    "band1_min = 0\nband1_max = 1\nband1_title = Low\nband1_text = Few reasons.\n"
    "band2_min = 2\nband2_max = 3\nband2_title = High\nband2_text = Several reasons.\n"
    "bring1 = Your scans\nbring2 = Your operation notes\n"
    "[q2]\ntype = checklist\ntitle = Second check\n"
    "item1 = Something\nitem1_weight = 1\n"
    "band1_min = 0\nband1_max = 1\nband1_title = Any\n"
    "bring1 = Your scans\nbring2 = A list of your medicines\n";

struct fx {
    char *dir;
    struct guide g;
    struct diag d;
    struct sheet s;
    char *text;
};

static int setup(void **state)
{
    struct fx *f = calloc(1, sizeof *f);

    if (!f)
        return -1;
    f->dir = tmp_dir();
    put_file(f->dir, "a.ini", guide_text, -1);
    if (!content_load(f->dir, &f->g, &f->d)) {
        diag_print(&f->d, stderr);
        return -1;
    }
    if (!sheet_init(&f->s, &f->g))
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    struct fx *f = *state;

    sheet_free(&f->s);
    content_free(&f->g);
    diag_free(&f->d);
    free(f->text);
    rm_dir(f->dir);
    free(f);
    return 0;
}

#define T(t) cmocka_unit_test_setup_teardown(t, setup, teardown)

static void expect_in(const char *text, const char *frag)
{
    if (!strstr(text, frag))
        fail_msg("expected \"%s\" in:\n%s", frag, text);
}

static void expect_not_in(const char *text, const char *frag)
{
    if (strstr(text, frag))
        fail_msg("did not expect \"%s\" in:\n%s", frag, text);
}

/* ---- values */

static void test_ratings_stay_on_the_scale(void **state)
{
    struct fx *f = *state;
    assert_ptr_equal(f->s.values, content_find(&f->g, "val"));
    assert_true(sheet_rate(&f->s, 0, 3));
    assert_false(sheet_rate(&f->s, 0, 4));
    assert_false(sheet_rate(&f->s, 0, -1));
    assert_false(sheet_rate(&f->s, 3, 1)); /* no statement 4 */
    assert_int_equal(f->s.ratings[0], 3);
    sheet_rate_step(&f->s, 0, +1);
    assert_int_equal(f->s.ratings[0], 3); /* the top stays the top */
    sheet_rate_step(&f->s, 1, -1);
    assert_int_equal(f->s.ratings[1], 1); /* from not rated to the lowest label */
    sheet_rate_step(&f->s, 1, +1);
    assert_int_equal(f->s.ratings[1], 2);
}

static void test_values_text_restates_priorities_with_linked_options(void **state)
{
    struct fx *f = *state;
    sheet_rate(&f->s, 0, 3);
    sheet_rate(&f->s, 1, 1);
    f->text = sheet_values_text(&f->s);
    assert_non_null(f->text);
    expect_in(f->text, "Very important:\n- Avoiding another operation. The sources link this "
                       "to: A structured plan; Keeping current care.\n");
    /* How the sources link it goes with it: a link is not advice. */
    expect_in(f->text, "Not important:\n- A chance of a bigger gain. The sources link this to: "
                       "Another operation. One guide says its risks are higher.\n");
    expect_in(f->text, "Not rated yet: 1 of 3 statements.");
    /* Highest first. */
    assert_true(strstr(f->text, "Very important:") < strstr(f->text, "Not important:"));
    expect_not_in(f->text, "recommend");
}

static void test_values_text_when_nothing_is_rated(void **state)
{
    struct fx *f = *state;
    f->text = sheet_values_text(&f->s);
    assert_string_equal(f->text, "\nYou have not rated any statement yet.\n");
}

/* ---- questions */

static void test_page_questions_follow_an_ask(void **state)
{
    struct fx *f = *state;
    const char *q[8];
    size_t n = sheet_page_questions(content_find(&f->g, "page"), q, 8);
    assert_int_equal(n, 2);
    assert_string_equal(q[0], "Is this shot to find the cause?");
    assert_string_equal(q[1], "What are the risks for me?");
    assert_int_equal(sheet_page_questions(content_find(&f->g, "val"), q, 8), 0);
}

static void test_adding_a_page_twice_adds_nothing_new(void **state)
{
    struct fx *f = *state;
    const char *q[8];
    size_t n = sheet_page_questions(content_find(&f->g, "page"), q, 8), added;
    assert_int_equal(sheet_add_all(&f->s.questions, q, n, &added), SHEET_OK);
    assert_int_equal(added, 2);
    assert_int_equal(sheet_add_all(&f->s.questions, q, n, &added), SHEET_OK);
    assert_int_equal(added, 0);
    assert_int_equal(f->s.questions.n, 2);
}

static void test_self_check_asks_join_the_questions(void **state)
{
    struct fx *f = *state;
    const struct node *q = content_find(&f->g, "q");
    bool ticked[2] = { false, true };
    const char *asks[2];
    size_t n = check_ticked(q->check, ticked, true, asks), added;
    sheet_add_all(&f->s.questions, asks, n, &added);
    assert_int_equal(added, 1);
    assert_string_equal(f->s.questions.v[0], "What if I wait?");
}

static void test_remove_and_reorder(void **state)
{
    struct fx *f = *state;
    struct sheet_list *l = &f->s.questions;
    sheet_list_add(l, "one?");
    sheet_list_add(l, "two?");
    sheet_list_add(l, "three?");
    assert_true(sheet_list_move(l, 2, -1));
    assert_string_equal(l->v[1], "three?");
    assert_string_equal(l->v[2], "two?");
    assert_false(sheet_list_move(l, 0, -1));
    assert_false(sheet_list_move(l, 2, +1));
    assert_true(sheet_list_remove(l, 0));
    assert_int_equal(l->n, 2);
    assert_string_equal(l->v[0], "three?");
    assert_false(sheet_list_remove(l, 2));
}

static void test_list_entries_are_one_clean_line(void **state)
{
    struct fx *f = *state;
    struct sheet_list *l = &f->s.timeline;
    char big[SHEET_MAX_LINE + 10];
    assert_int_equal(sheet_list_add(l, "   "), SHEET_EMPTY);
    assert_int_equal(sheet_list_add(l, "  2019: first\toperation\x1b[2J \n"), SHEET_OK);
    assert_string_equal(l->v[0], "2019: first operation [2J");
    assert_int_equal(sheet_list_add(l, "2019: first operation [2J"), SHEET_DUPLICATE);
    /* Cut on a character boundary: "é" is 2 bytes and straddles the limit. */
    memset(big, 'a', sizeof big);
    memcpy(big + SHEET_MAX_LINE - 1, "\xC3\xA9", 2);
    big[sizeof big - 1] = '\0';
    assert_int_equal(sheet_list_add(l, big), SHEET_OK);
    assert_int_equal(strlen(l->v[1]), SHEET_MAX_LINE - 1);
}

static void test_timeline_edit_and_delete(void **state)
{
    struct fx *f = *state;
    struct sheet_list *l = &f->s.timeline;
    sheet_list_add(l, "2019: discectomy, leg pain eased");
    sheet_list_add(l, "2021: fusion");
    assert_int_equal(sheet_list_set(l, 1, "2021: fusion at L4-L5, pain came back"), SHEET_OK);
    assert_string_equal(l->v[1], "2021: fusion at L4-L5, pain came back");
    assert_int_equal(sheet_list_set(l, 1, " "), SHEET_EMPTY);
    assert_string_equal(l->v[1], "2021: fusion at L4-L5, pain came back");
    assert_int_equal(sheet_list_set(l, 2, "x"), SHEET_EMPTY);
    assert_true(sheet_list_remove(l, 0));
    assert_int_equal(l->n, 1);
}

static void test_list_is_bounded(void **state)
{
    struct fx *f = *state;
    char buf[32];
    for (int i = 0; i < SHEET_MAX_ENTRIES; i++) {
        snprintf(buf, sizeof buf, "entry %d", i);
        assert_int_equal(sheet_list_add(&f->s.timeline, buf), SHEET_OK);
    }
    assert_int_equal(sheet_list_add(&f->s.timeline, "one more"), SHEET_FULL);
}

/* ---- bring, and the whole sheet */

static void test_bring_items_come_once_from_every_checklist(void **state)
{
    struct fx *f = *state;
    assert_int_equal(f->s.n_bring, 3);
    assert_string_equal(f->s.bring[0], "Your scans");
    assert_string_equal(f->s.bring[2], "A list of your medicines");
    sheet_toggle_bring(&f->s, 1);
    assert_true(f->s.brought[1]);
    sheet_toggle_bring(&f->s, 1);
    assert_false(f->s.brought[1]);
    sheet_toggle_bring(&f->s, 9); /* out of range: nothing */
}

static void test_sheet_gathers_everything(void **state)
{
    struct fx *f = *state;
    const struct node *q = content_find(&f->g, "q"), *q2 = content_find(&f->g, "q2");
    bool t1[2] = { true, false }, t2[1] = { false };
    struct check_state checks[2] = { { q, t1 }, { q2, t2 } };

    sheet_rate(&f->s, 2, 2);
    sheet_list_add(&f->s.questions, "What are the risks for me?");
    sheet_list_add(&f->s.questions, "What if I wait?");
    sheet_list_add(&f->s.timeline, "2019: discectomy");
    sheet_toggle_bring(&f->s, 0);
    f->text = sheet_text(&f->g, &f->s, checks, 2);
    assert_non_null(f->text);
    expect_in(f->text, "My appointment sheet\nTest guide\n");
    expect_in(f->text, "Quick check\nResult: High\nSeveral reasons.\nYou ticked:\n"
                       "- I was offered surgery for a scan\n");
    expect_not_in(f->text, "Second check"); /* nothing ticked there */
    expect_in(f->text, "What matters to me\n==================\n");
    expect_in(f->text, "Important:\n- Getting back to work soon. The sources link this to: A "
                       "structured plan.\n");
    expect_in(f->text, "My questions\n============\n\n1. What are the risks for me?\n"
                       "2. What if I wait?\n");
    expect_in(f->text, "My timeline\n===========\n\n- 2019: discectomy\n");
    expect_in(f->text, "[x] Your scans\n[ ] Your operation notes\n[ ] A list of your medicines\n");
    expect_in(f->text, "\nEducational only.\n");
}

static void test_empty_sheet_says_so(void **state)
{
    struct fx *f = *state;
    bool t1[2] = { false, false };
    struct check_state checks[1] = { { content_find(&f->g, "q"), t1 } };
    assert_false(sheet_any(&f->s));
    f->text = sheet_text(&f->g, &f->s, checks, 1);
    expect_in(f->text, "No self-check ticked yet.");
    expect_in(f->text, "You have not rated any statement yet.");
    expect_in(f->text, "No questions added yet.");
    expect_in(f->text, "No timeline entries yet.");
}

static void test_clear_forgets_everything(void **state)
{
    struct fx *f = *state;
    sheet_rate(&f->s, 0, 1);
    sheet_list_add(&f->s.questions, "q?");
    sheet_list_add(&f->s.timeline, "t");
    sheet_toggle_bring(&f->s, 2);
    assert_true(sheet_any(&f->s));
    sheet_clear(&f->s);
    assert_false(sheet_any(&f->s));
    assert_int_equal(f->s.questions.n, 0);
    assert_int_equal(f->s.timeline.n, 0);
    assert_int_equal(f->s.ratings[0], 0);
    assert_false(f->s.brought[2]);
    /* Still usable after clearing. */
    assert_int_equal(sheet_list_add(&f->s.questions, "again?"), SHEET_OK);
}


/* ---- in the session: + adds questions, the sheet is saved on request and
 * printed only through the administrator's command, and forgetting (kiosk
 * idle) clears it */

static void test_session_adds_questions_of_the_page_on_top(void **state)
{
    struct fx *f = *state;
    struct session se;
    assert_true(session_init(&se, &f->g, FACE_PLAIN, false, 0));
    assert_int_equal(session_add_questions(&se), SESSION_NONE); /* Home: a menu */
    assert_int_equal(session_open(&se, content_find(&f->g, "page")), SESSION_OK);
    assert_int_equal(session_add_questions(&se), SESSION_OK);
    assert_int_equal(se.added, 2);
    assert_int_equal(session_add_questions(&se), SESSION_ALREADY);
    /* A self-check offers the questions of its ticked statements. */
    assert_int_equal(session_open(&se, content_find(&f->g, "q")), SESSION_OK);
    assert_int_equal(session_add_questions(&se), SESSION_NONE); /* nothing ticked */
    assert_int_equal(session_tick(&se, 1), SESSION_OK);
    assert_int_equal(session_add_questions(&se), SESSION_OK);
    assert_string_equal(se.sheet.questions.v[2], "What if I wait?");
    session_free(&se);
}

static void test_session_saves_and_forgets_the_sheet(void **state)
{
    struct fx *f = *state;
    struct session se;
    char path[4200];
    assert_true(session_init(&se, &f->g, FACE_PLAIN, false, 0));
    sheet_list_add(&se.sheet.timeline, "2019: discectomy");
    assert_int_equal(session_save(&se, "x", NULL, NULL), SESSION_NOT_HERE); /* Home */
    assert_int_equal(session_sheet(&se), SESSION_OK);
    snprintf(path, sizeof path, "%s/sheet.txt", f->dir);
    assert_int_equal(session_save(&se, path, NULL, NULL), SESSION_OK);
    FILE *in = fopen(path, "r");
    char buf[4096] = "";
    assert_non_null(in);
    buf[fread(buf, 1, sizeof buf - 1, in)] = '\0';
    fclose(in);
    expect_in(buf, "My timeline\n===========\n\n- 2019: discectomy\n");
    assert_int_equal(session_print(&se), SESSION_NO_PRINTER);
    session_forget(&se);
    assert_false(sheet_any(&se.sheet));
    session_free(&se);
}

static void test_kiosk_session_refuses_to_save_the_sheet(void **state)
{
    struct fx *f = *state;
    struct session se;
    assert_true(session_init(&se, &f->g, FACE_SCREEN, true, 0));
    assert_int_equal(session_sheet(&se), SESSION_OK);
    assert_int_equal(session_save(&se, "never.txt", NULL, NULL), SESSION_REFUSED);
    assert_int_equal(access("never.txt", F_OK), -1);
    session_free(&se);
}


static void test_values_bring_list_comes_first(void **state)
{
    struct fx *f = *state;
    struct guide g;
    struct diag d = { 0 };
    struct sheet s;
    char *text = NULL;
    assert_true(asprintf(&text, "%s%s", guide_text, "") > 0);
    char *at = strstr(text, "statement1 = ");
    /* A values node with its own list: the checklists' are not used. */
    char *with = NULL;
    assert_true(asprintf(&with, "%.*sbring1 = Your medicines list\nbring2 = Your scans\n%s",
                         (int)(at - text), text, at) > 0);
    put_file(f->dir, "a.ini", with, -1);
    assert_true(content_load(f->dir, &g, &d));
    assert_true(sheet_init(&s, &g));
    assert_int_equal(s.n_bring, 2);
    assert_string_equal(s.bring[0], "Your medicines list");
    assert_string_equal(s.bring[1], "Your scans");
    sheet_free(&s);
    content_free(&g);
    diag_free(&d);
    free(with);
    free(text);
}

/* Both faces say the same thing about a list (plain and full screen). */
static void test_list_statuses_in_words(void **state)
{
    (void)state;
    assert_string_equal(sheet_status_text(SHEET_OK, "Added."), "Added.");
    assert_string_equal(sheet_status_text(SHEET_DUPLICATE, "Added."),
                        "That is on the list already.");
    assert_non_null(strstr(sheet_status_text(SHEET_EMPTY, "x"), "empty"));
    assert_non_null(strstr(sheet_status_text(SHEET_FULL, "x"), "full"));
    assert_null(sheet_status_text(SHEET_NO_MEMORY, "x"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_ratings_stay_on_the_scale),
        T(test_values_text_restates_priorities_with_linked_options),
        T(test_values_text_when_nothing_is_rated),
        T(test_page_questions_follow_an_ask),
        T(test_adding_a_page_twice_adds_nothing_new),
        T(test_self_check_asks_join_the_questions),
        T(test_remove_and_reorder),
        T(test_list_entries_are_one_clean_line),
        T(test_timeline_edit_and_delete),
        T(test_list_is_bounded),
        T(test_bring_items_come_once_from_every_checklist),
        T(test_values_bring_list_comes_first),
        T(test_sheet_gathers_everything),
        T(test_empty_sheet_says_so),
        T(test_clear_forgets_everything),
        T(test_session_adds_questions_of_the_page_on_top),
        T(test_session_saves_and_forgets_the_sheet),
        T(test_kiosk_session_refuses_to_save_the_sheet),
        T(test_list_statuses_in_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
