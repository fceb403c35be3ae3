/* test_check.c: self-check scoring: bands at every boundary, the red-flag
 * override, the all-six rule, empty and full ticks, and the summary. */
#include "testutil.h"
#include "../../src/check.h"

/* Weighted list: weights 1, 2, 3 (max 6), item 4 urgent. Bands 0-1, 2-4, 5-6. */
static struct check_item items[] = {
    { "Scan finding only", "why1", "Ask one?", 1, false },
    { "Never improved", NULL, "Ask two?", 2, false },
    { "Several operations", NULL, NULL, 3, false },
    { "Bladder trouble", NULL, NULL, 0, true },
};
static struct check_band bands[] = {
    { 0, 1, "Few reasons", "Few text." },
    { 2, 4, "Some reasons", "Some text." },
    { 5, 6, "Strong reasons", "Strong text." },
};
static const char *urgent_p[] = { "Get help today." };
static const char *bring[] = { "Earlier scans", "Operation notes" };
static struct checklist list = { items, 4, bands, 3, "Get help now", urgent_p, 1, bring, 2, 6 };
static struct node node = { .id = "c", .type = NODE_CHECKLIST, .title = "Self-check",
                            .check = &list };

/* The six questions: all must be ticked to leave "Slow down". */
static struct check_item six_items[6] = {
    { "q1", NULL, NULL, 1, false }, { "q2", NULL, NULL, 1, false },
    { "q3", NULL, NULL, 1, false }, { "q4", NULL, NULL, 1, false },
    { "q5", NULL, NULL, 1, false }, { "q6", NULL, NULL, 1, false },
};
static struct check_band six_bands[] = { { 0, 5, "Slow down", NULL },
                                         { 6, 6, "All six", NULL } };
static struct checklist six = { six_items, 6, six_bands, 2, NULL, NULL, 0, NULL, 0, 6 };

static const char *band_for(const struct checklist *c, bool t0, bool t1, bool t2, bool t3)
{
    bool t[4] = { t0, t1, t2, t3 };
    struct check_result r;
    check_score(c, t, &r);
    return r.urgent ? "URGENT" : r.band ? r.band->title : "NONE";
}

static void test_no_ticks_gives_lowest_band(void **state)
{
    (void)state;
    assert_string_equal(band_for(&list, 0, 0, 0, 0), "Few reasons");
}

static void test_every_score_boundary(void **state)
{
    (void)state;
    assert_string_equal(band_for(&list, 1, 0, 0, 0), "Few reasons");    /* 1 */
    assert_string_equal(band_for(&list, 0, 1, 0, 0), "Some reasons");   /* 2 */
    assert_string_equal(band_for(&list, 1, 1, 0, 0), "Some reasons");   /* 3 */
    assert_string_equal(band_for(&list, 1, 0, 1, 0), "Some reasons");   /* 4 */
    assert_string_equal(band_for(&list, 0, 1, 1, 0), "Strong reasons"); /* 5 */
    assert_string_equal(band_for(&list, 1, 1, 1, 0), "Strong reasons"); /* 6 */
}

static void test_red_flag_overrides_any_score(void **state)
{
    bool t[4] = { 1, 1, 1, 1 };
    struct check_result r;
    (void)state;
    assert_string_equal(band_for(&list, 0, 0, 0, 1), "URGENT");
    check_score(&list, t, &r);
    assert_true(r.urgent);
    assert_null(r.band);
    assert_int_equal(r.n_ticked, 4);
    assert_int_equal(r.score, 6); /* urgent items add no weight */
}

static void test_all_six_rule(void **state)
{
    bool t[6] = { 1, 1, 1, 1, 1, 0 };
    struct check_result r;
    (void)state;
    check_score(&six, t, &r);
    assert_string_equal(r.band->title, "Slow down");
    t[5] = 1;
    check_score(&six, t, &r);
    assert_string_equal(r.band->title, "All six");
    assert_int_equal(r.n_ticked, 6);
    memset(t, 0, sizeof t);
    check_score(&six, t, &r);
    assert_string_equal(r.band->title, "Slow down");
    assert_int_equal(r.n_ticked, 0);
}

static void test_summary_lists_reasons_questions_and_bring(void **state)
{
    struct guide g = { .title = "T", .disclaimer = "Educational only." };
    bool t[4] = { 1, 1, 0, 0 };
    char *s;
    (void)state;
    s = check_summary(&g, &node, t);
    assert_true(strncmp(s, "Self-check\n\n", 12) == 0);
    assert_non_null(strstr(s, "Result: Some reasons\n\nSome text.\n"));
    assert_non_null(strstr(s, "You ticked:\n- Scan finding only\n- Never improved\n"));
    assert_non_null(strstr(s, "Questions to ask:\n- Ask one?\n- Ask two?\n"));
    assert_non_null(strstr(s, "What to bring:\n- Earlier scans\n- Operation notes\n"));
    assert_non_null(strstr(s, "Educational only."));
    assert_null(strstr(s, "Several operations"));
    free(s);
}

static void test_summary_of_urgent_shows_the_card_not_a_score(void **state)
{
    struct guide g = { .title = "T" };
    bool t[4] = { 0, 0, 1, 1 };
    char *s;
    (void)state;
    s = check_summary(&g, &node, t);
    assert_non_null(strstr(s, "URGENT: Get help now\n\nGet help today.\n"));
    assert_null(strstr(s, "Result:"));
    free(s);
}

static void test_summary_with_nothing_ticked(void **state)
{
    struct guide g = { .title = "T" };
    bool t[4] = { 0 };
    char *s;
    (void)state;
    s = check_summary(&g, &node, t);
    assert_non_null(strstr(s, "You ticked: nothing."));
    assert_null(strstr(s, "Questions to ask:"));
    free(s);
}

/* Issue 14: a checklist without weights or bands gives no verdict; each
 * ticked statement carries its why and its question. */
static void test_result_without_bands_lists_why_and_ask(void **state)
{
    struct check_item plain_items[] = {
        { "Scan finding only", "A scan alone can mislead.", "What else points to it?", 0,
          false },
        { "Never improved", NULL, "Why did it not help?", 0, false },
        { "Not ticked", "Hidden why.", "Hidden ask?", 0, false },
    };
    struct checklist c = { plain_items, 3, NULL, 0, NULL, NULL, 0, bring, 1, 0 };
    struct node n = { .id = "p", .type = NODE_CHECKLIST, .title = "Questions", .check = &c };
    struct guide g = { .title = "T", .disclaimer = "Educational only." };
    bool t[3] = { 1, 1, 0 };
    char *s;
    (void)state;
    s = check_summary(&g, &n, t);
    assert_non_null(s);
    assert_null(strstr(s, "Result:"));
    assert_null(strstr(s, "URGENT"));
    assert_non_null(strstr(s, "You ticked:\n\n- Scan finding only\n"
                              "  Why it matters: A scan alone can mislead.\n"
                              "  Question to ask: What else points to it?\n"));
    assert_non_null(strstr(s, "- Never improved\n  Question to ask: Why did it not help?\n"));
    assert_null(strstr(s, "Hidden"));
    assert_non_null(strstr(s, "What to bring:\n- Earlier scans\n"));
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_no_ticks_gives_lowest_band),
        cmocka_unit_test(test_every_score_boundary),
        cmocka_unit_test(test_red_flag_overrides_any_score),
        cmocka_unit_test(test_all_six_rule),
        cmocka_unit_test(test_summary_lists_reasons_questions_and_bring),
        cmocka_unit_test(test_summary_of_urgent_shows_the_card_not_a_score),
        cmocka_unit_test(test_summary_with_nothing_ticked),
        cmocka_unit_test(test_result_without_bands_lists_why_and_ask),
    };
    return cmocka_run_group_tests_name("check", tests, NULL, NULL);
}
