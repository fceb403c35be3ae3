/* test_aid.c: the decision aid's content kinds (icon arrays on pages,
 * comparisons, values) load with everything kept, bad ones fail with file,
 * line, what and fix; and their layouts show every count, both frames and
 * every cell, in ASCII, at 80 and at 40 columns. */
#define TESTUTIL_LOAD_FX
#include "testutil.h"

#include "../../src/aidlayout.h"
#include "../../src/layout.h"
#include "../../src/text.h"

/* ---- fixtures (struct fx: testutil.h) */

static void load_ok(struct fx *f, const char *text)
{
    put_file(f->dir, "a.ini", text, -1);
    if (!content_load(f->dir, &f->g, &f->d)) {
        f->msg = diag_text(&f->d);
        fail_msg("expected the content to load, got:\n%s", f->msg);
    }
}

/* Expects the load to fail with every fragment (NULL-terminated) in the report. */
static void expect_error(struct fx *f, const char *text, ...)
{
    va_list ap;

    put_file(f->dir, "a.ini", text, -1);
    assert_false(content_load(f->dir, &f->g, &f->d));
    assert_null(f->g.root);
    f->msg = diag_text(&f->d);
    va_start(ap, text);
    for (const char *frag = va_arg(ap, const char *); frag; frag = va_arg(ap, const char *))
        if (!strstr(f->msg, frag))
            fail_msg("expected \"%s\" in the report:\n%s", frag, f->msg);
    va_end(ap);
}

/* Home lists [page], [cmp] and [val]; lines 1-7. */
#define HEAD                                            \
    "[guide]\ntitle = T\nroot = home\n"                 \
    "[home]\ntype = menu\ntitle = Home\nchildren = page, cmp, val\n"

/* [page] starts on line 8; two paragraphs, one icon array (lines 13-15). */
#define PAGE                                            \
    "[page]\ntype = page\ntitle = Odds\np1 = One.\np2 = Two.\n"
#define ICONS_OK                                        \
    "icons1 = After a second operation\n"               \
    "icons1_yes = 50 | got real improvement\n"          \
    "icons1_no = 50 | did not\n"

/* [cmp]: 2 options x 2 aspects, the 4 cells given last so tests can drop one. */
#define CMP_HEAD                                        \
    "[cmp]\ntype = compare\ntitle = Side by side\np1 = Intro.\n" \
    "option1 = Surgery\noption2 = Physio\n"             \
    "aspect1 = What it involves\naspect2 = Risks\n"
#define CELLS_3                                         \
    "cell1_1 = An operation.\ncell1_2 = Infection.\ncell2_1 = Exercise.\n"
#define CELL_2_2 "cell2_2 = The sources do not say.\n"

#define VAL                                             \
    "[val]\ntype = values\ntitle = What matters\np1 = Rate each.\n" \
    "scale = Not important | Important | Very important\n" \
    "compare = cmp\n"                                   \
    "statement1 = Avoiding another operation\nstatement1_options = 2\n" \
    "statement2 = A bigger gain even with more risk\nstatement2_options = 1\n"

#define ALL_OK HEAD PAGE ICONS_OK CMP_HEAD CELLS_3 CELL_2_2 VAL

/* ---- loading */

static void test_all_three_kinds_load(void **state)
{
    struct fx *f = *state;
    load_ok(f, ALL_OK);
    const struct node *page = content_find(&f->g, "page"), *cmp = content_find(&f->g, "cmp"),
                      *val = content_find(&f->g, "val");
    assert_non_null(page->icons);
    assert_int_equal(page->icons->n, 1);
    assert_int_equal(page->icons->arrays[0].yes, 50);
    assert_string_equal(page->icons->arrays[0].yes_text, "got real improvement");
    assert_string_equal(page->icons->arrays[0].no_text, "did not");
    assert_int_equal(page->icons->after, 2); /* after the last paragraph by default */
    assert_int_equal(cmp->type, NODE_COMPARE);
    assert_int_equal(cmp->compare->n_options, 2);
    assert_int_equal(cmp->compare->n_aspects, 2);
    assert_string_equal(cmp->compare->cells[0 * 2 + 1], "Infection.");
    assert_string_equal(cmp->compare->cells[1 * 2 + 1], "The sources do not say.");
    assert_int_equal(val->type, NODE_VALUES);
    assert_int_equal(val->values->n_scale, 3);
    assert_string_equal(val->values->scale[2], "Very important");
    assert_ptr_equal(val->values->compare, cmp);
    assert_int_equal(val->values->stmts[0].n_options, 1);
    assert_int_equal(val->values->stmts[0].options[0], 1);
}

static void test_words_count_cells_and_statements(void **state)
{
    struct fx *f = *state;
    struct content_stats st;
    load_ok(f, ALL_OK);
    content_stats(&f->g, &st);
    /* Home 1; Odds 1+1+1 + icons 4+3+2; cmp 3+1 + options 2 + aspects 4
     * + cells 2+1+1+5; val 2+2 + statements 3+7. */
    assert_int_equal(st.words, 1 + 3 + 9 + 4 + 2 + 4 + 9 + 4 + 10);
    assert_int_equal(st.pages, 3);
}

static void test_missing_cell_is_named_with_fix(void **state)
{
    struct fx *f = *state;
    /* [cmp] starts on line 16; its cells on lines 24-27. */
    expect_error(f, HEAD PAGE ICONS_OK CMP_HEAD CELLS_3 VAL,
                 "a.ini:16: error: [cmp] cell2_2 is missing: option 2 (Physio) has nothing "
                 "for aspect 2 (Risks)",
                 "fix: write what the sources say; where they say nothing, write: The sources "
                 "do not say.", NULL);
}

static void test_empty_cell_is_named_on_its_line(void **state)
{
    struct fx *f = *state;
    /* cell2_2 is line 27. */
    expect_error(f, HEAD PAGE ICONS_OK CMP_HEAD CELLS_3 "cell2_2 = \"\"\n" VAL,
                 "a.ini:27: error: [cmp] cell2_2 is empty", NULL);
}

static void test_cell_for_a_missing_option_is_refused(void **state)
{
    struct fx *f = *state;
    expect_error(f, HEAD PAGE ICONS_OK CMP_HEAD CELLS_3 CELL_2_2 "cell3_1 = Extra.\n" VAL,
                 "a.ini:28: error: [cmp] cell3_1 refers to option 3, which does not exist",
                 NULL);
}

static void test_compare_needs_two_options(void **state)
{
    struct fx *f = *state;
    expect_error(f, HEAD PAGE ICONS_OK
                 "[cmp]\ntype = compare\ntitle = C\noption1 = Only\naspect1 = A\ncell1_1 = x\n" VAL,
                 "compare [cmp] has 1 options and 1 aspects (at least 2 and 1)", NULL);
}

static void test_icon_frames_must_add_to_100(void **state)
{
    struct fx *f = *state;
    expect_error(f, HEAD PAGE "icons1 = T\nicons1_yes = 50 | got better\n"
                 "icons1_no = 40 | did not\n" CMP_HEAD CELLS_3 CELL_2_2 VAL,
                 "a.ini:15: error: [page] icons1: 50 in 100 and 40 in 100 make 90, not 100",
                 "fix: make the two counts add up to 100", NULL);
}

static void test_icon_count_over_100_is_refused(void **state)
{
    struct fx *f = *state;
    expect_error(f, HEAD PAGE "icons1 = T\nicons1_yes = 150 | got better\n"
                 "icons1_no = 0 | did not\n" CMP_HEAD CELLS_3 CELL_2_2 VAL,
                 "a.ini:14: error: [page] icons1_yes is '150 | got better', not 'count out "
                 "of 100 | what happened'", "fix: write a whole number from 0 to 100", NULL);
}

static void test_icon_count_must_be_digits(void **state)
{
    struct fx *f = *state;
    expect_error(f, HEAD PAGE "icons1 = T\nicons1_yes = -5 | got better\n"
                 "icons1_no = 105 | did not\n" CMP_HEAD CELLS_3 CELL_2_2 VAL,
                 "[page] icons1_yes is '-5 | got better'",
                 "[page] icons1_no is '105 | did not'", NULL);
}

static void test_icon_array_needs_both_frames(void **state)
{
    struct fx *f = *state;
    expect_error(f, HEAD PAGE "icons1 = T\nicons1_yes = 50 | got better\n"
                 CMP_HEAD CELLS_3 CELL_2_2 VAL,
                 "a.ini:8: error: [page] has an icon array without icons1_no", NULL);
}

static void test_icon_frame_without_array_is_dangling(void **state)
{
    struct fx *f = *state;
    expect_error(f, HEAD PAGE ICONS_OK "icons2_yes = 30 | got better\n"
                 CMP_HEAD CELLS_3 CELL_2_2 VAL,
                 "[page] icons2_yes refers to icons 2, which does not exist", NULL);
}

static void test_icons_after_past_last_paragraph(void **state)
{
    struct fx *f = *state;
    expect_error(f, HEAD PAGE ICONS_OK "icons_after = 5\n" CMP_HEAD CELLS_3 CELL_2_2 VAL,
                 "[page] icons_after is '5', but the page has 2 paragraphs", NULL);
}

static void test_values_option_out_of_range(void **state)
{
    struct fx *f = *state;
    expect_error(f, HEAD PAGE ICONS_OK CMP_HEAD CELLS_3 CELL_2_2 VAL
                 "statement3 = Work soon\nstatement3_options = 1, 3\n",
                 "values [val] statement3_options names option 3, but [cmp] has 2 options",
                 NULL);
}

static void test_values_compare_must_be_a_comparison(void **state)
{
    struct fx *f = *state;
    char *text;
    assert_true(asprintf(&text, "%s", ALL_OK) > 0);
    char *at = strstr(text, "compare = cmp");
    memcpy(at, "compare = one", 13); /* no such node */
    expect_error(f, text, "values [val] compare names 'one', which is not a comparison", NULL);
    free(text);
}

static void test_values_scale_needs_two_labels(void **state)
{
    struct fx *f = *state;
    char *text;
    assert_true(asprintf(&text, "%s", ALL_OK) > 0);
    char *at = strstr(text, "Not important | Important | Very important");
    memcpy(at, "Only one label    |          |               ", 42);
    expect_error(f, text, "values [val] scale is", "not 2 to 7 labels split by |", NULL);
    free(text);
}

static void test_unknown_key_on_compare(void **state)
{
    struct fx *f = *state;
    expect_error(f, HEAD PAGE ICONS_OK CMP_HEAD CELLS_3 CELL_2_2 "chart = no\n" VAL,
                 "[cmp] has unknown key 'chart' for its type", NULL);
}

/* ---- icon array layout */

static struct icon_array arr15 = { "After a fourth operation", 15, "got real improvement",
                                   "did not", "The source says 15 or fewer." };

static char *line_of(const struct doc *d, size_t i)
{
    return strndup(d->lines[i].s, d->lines[i].len);
}

static size_t count_char(const char *s, char c)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == c;
    return n;
}

static void test_sentence_gives_both_frames(void **state)
{
    (void)state;
    char *s = icons_sentence(&arr15);
    assert_string_equal(s, "About 15 in 100 got real improvement; about 85 in 100 did not.");
    free(s);
}

static void test_ascii_grid_counts_and_key(void **state)
{
    struct doc d;
    size_t marks = 0, dots = 0, first = 0;
    (void)state;
    doc_init(&d, 80, true);
    assert_true(doc_icons(&d, &arr15));
    /* blank, title, sentence, 10 rows, note */
    assert_int_equal(d.n, 14);
    assert_int_equal(d.lines[1].kind, LINE_HEADING);
    char *s = line_of(&d, 2);
    assert_string_equal(s, "About 15 in 100 got real improvement; about 85 in 100 did not.");
    free(s);
    for (size_t i = 3; i < 13; i++) {
        char *row = line_of(&d, i);
        char grid[20];
        snprintf(grid, sizeof grid, "%.19s", row);
        marks += count_char(grid, '#');
        dots += count_char(grid, '.');
        for (const char *p = row; *p; p++)
            assert_true((unsigned char)*p < 0x80); /* ASCII only */
        if (i == 3)
            first = count_char(grid, '#');
        free(row);
    }
    assert_int_equal(marks, 15);
    assert_int_equal(dots, 85);
    assert_int_equal(first, 10); /* row by row: the first row is full */
    s = line_of(&d, 3);
    assert_string_equal(s, "# # # # # # # # # #   # = got real improvement (15)");
    free(s);
    s = line_of(&d, 4);
    assert_string_equal(s, "# # # # # . . . . .   . = did not (85)");
    free(s);
    s = line_of(&d, 13);
    assert_string_equal(s, "The source says 15 or fewer.");
    free(s);
    doc_free(&d);
}

static void test_narrow_grid_puts_key_below(void **state)
{
    struct doc d;
    (void)state;
    doc_init(&d, 30, true);
    assert_true(doc_icons(&d, &arr15));
    for (size_t i = 0; i < d.n; i++)
        assert_true(text_width(d.lines[i].s, d.lines[i].len) <= 30);
    /* The key follows the last row of the grid, on lines of its own. */
    size_t last = 0;
    for (size_t i = 0; i < d.n; i++)
        if (d.lines[i].len == 19 && !strncmp(d.lines[i].s, ". . .", 5))
            last = i;
    char *row = line_of(&d, last + 1);
    assert_string_equal(row, "# = got real improvement (15)");
    free(row);
    row = line_of(&d, last + 2);
    assert_string_equal(row, ". = did not (85)");
    free(row);
    doc_free(&d);
}

static void test_unicode_grid_uses_two_shapes(void **state)
{
    char row[64];
    (void)state;
    icons_row(&arr15, 1, false, true, row, sizeof row);
    assert_string_equal(row, "\xE2\x97\x8F \xE2\x97\x8F \xE2\x97\x8F \xE2\x97\x8F \xE2\x97\x8F "
                             "\xE2\x97\x8B \xE2\x97\x8B \xE2\x97\x8B \xE2\x97\x8B \xE2\x97\x8B");
    icons_row(&arr15, 9, true, false, row, sizeof row);
    assert_string_equal(row, "..........");
}

static void test_zero_and_hundred(void **state)
{
    struct icon_array none = { "T", 0, "a", "b", NULL }, all = { "T", 100, "a", "b", NULL };
    char row[64];
    (void)state;
    icons_row(&none, 0, true, false, row, sizeof row);
    assert_string_equal(row, "..........");
    icons_row(&all, 9, true, false, row, sizeof row);
    assert_string_equal(row, "##########");
}

static void test_page_draws_icons_after_paragraph(void **state)
{
    struct fx *f = *state;
    struct doc d;
    load_ok(f, HEAD PAGE ICONS_OK "icons_after = 1\n" CMP_HEAD CELLS_3 CELL_2_2 VAL);
    doc_init(&d, 60, true);
    assert_true(doc_page(&d, content_find(&f->g, "page")));
    /* Title, blank, One., blank, heading, sentence, ..., blank, Two. */
    char *s = line_of(&d, 4);
    assert_string_equal(s, "After a second operation");
    free(s);
    s = line_of(&d, d.n - 1);
    assert_string_equal(s, "Two.");
    free(s);
    doc_free(&d);
}

/* ---- comparison layout */

static const char *opts[] = { "Another operation", "Structured plan", "Injections",
                              "Stimulation", "Keeping current care" };
static const char *aspects[] = { "What it involves", "Risks" };
static const char *cells[] = {
    "An operation on the spine again, with a stay in hospital.", "Infection and nerve injury.",
    "Exercise, pain education and a team programme.", "The sources do not say.",
    "Shots near the spine, guided by imaging.", "Relief may wear off.",
    "A device under the skin that sends small electric pulses.", "A procedure with risks.",
    "Going on with your care while you ask more doctors.", "The sources do not say.",
};
static struct compare cmp5 = { opts, 5, aspects, 2, cells };
static struct node cmp_node = { .id = "c", .type = NODE_COMPARE, .title = "Options side by side",
                                .compare = &cmp5 };

/* Every word of every cell appears in the lines: nothing is cut. */
static void expect_all_words(const struct doc *d)
{
    for (size_t i = 0; i < 10; i++) {
        char *copy = strdup(cells[i]), *save = NULL;
        for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
            bool found = false;
            for (size_t k = 0; k < d->n && !found; k++) {
                char *l = line_of(d, k);
                found = strstr(l, w) != NULL;
                free(l);
            }
            if (!found)
                fail_msg("word \"%s\" of cell %zu is missing", w, i);
        }
        free(copy);
    }
}

static void test_grid_at_80_columns(void **state)
{
    struct doc d;
    (void)state;
    assert_true(compare_grid_fits(&cmp5, 80));
    doc_init(&d, 80, true);
    assert_true(doc_compare_grid(&d, &cmp_node));
    for (size_t i = 0; i < d.n; i++)
        if (text_width(d.lines[i].s, d.lines[i].len) > 80)
            fail_msg("line %zu is wider than 80", i);
    char *head = line_of(&d, 2);
    /* Columns of 15, split by '|'. */
    assert_string_equal(head, "1. Another     |2. Structured  |3. Injections  |4. Stimulation "
                              "|5. Keeping");
    free(head);
    expect_all_words(&d);
    doc_free(&d);
}

static void test_no_grid_at_40_columns(void **state)
{
    struct doc d;
    (void)state;
    assert_false(compare_grid_fits(&cmp5, 40));
    doc_init(&d, 40, true);
    assert_false(doc_compare_grid(&d, &cmp_node));
    assert_int_equal(d.n, 0);
    doc_free(&d);
}

static void test_one_option_at_a_time(void **state)
{
    struct doc d;
    (void)state;
    doc_init(&d, 40, true);
    assert_true(doc_compare_option(&d, &cmp_node, 2));
    bool heading = false, cell = false, other = false;
    for (size_t i = 0; i < d.n; i++) {
        char *l = line_of(&d, i);
        heading |= !strcmp(l, "Option 3 of 5: Injections");
        cell |= !strcmp(l, "Relief may wear off.");
        other |= strstr(l, "Infection") != NULL;
        assert_true(text_width(d.lines[i].s, d.lines[i].len) <= 40);
        free(l);
    }
    assert_true(heading);
    assert_true(cell);
    assert_false(other);
    assert_false(doc_compare_option(&d, &cmp_node, 5));
    doc_free(&d);
}

static void test_one_aspect_at_a_time(void **state)
{
    struct doc d;
    size_t unsaid = 0;
    (void)state;
    doc_init(&d, 40, true);
    assert_true(doc_compare_aspect(&d, &cmp_node, 1));
    for (size_t i = 0; i < d.n; i++) {
        char *l = line_of(&d, i);
        unsaid += !strcmp(l, "The sources do not say.");
        free(l);
    }
    assert_int_equal(unsaid, 2);
    doc_free(&d);
}

static void test_page_of_a_compare_node_shows_every_cell_when_narrow(void **state)
{
    struct doc d;
    (void)state;
    doc_init(&d, 40, true);
    assert_true(doc_page(&d, &cmp_node));
    expect_all_words(&d);
    doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FX_TEST(test_all_three_kinds_load),
        FX_TEST(test_words_count_cells_and_statements),
        FX_TEST(test_missing_cell_is_named_with_fix),
        FX_TEST(test_empty_cell_is_named_on_its_line),
        FX_TEST(test_cell_for_a_missing_option_is_refused),
        FX_TEST(test_compare_needs_two_options),
        FX_TEST(test_icon_frames_must_add_to_100),
        FX_TEST(test_icon_count_over_100_is_refused),
        FX_TEST(test_icon_count_must_be_digits),
        FX_TEST(test_icon_array_needs_both_frames),
        FX_TEST(test_icon_frame_without_array_is_dangling),
        FX_TEST(test_icons_after_past_last_paragraph),
        FX_TEST(test_values_option_out_of_range),
        FX_TEST(test_values_compare_must_be_a_comparison),
        FX_TEST(test_values_scale_needs_two_labels),
        FX_TEST(test_unknown_key_on_compare),
        cmocka_unit_test(test_sentence_gives_both_frames),
        cmocka_unit_test(test_ascii_grid_counts_and_key),
        cmocka_unit_test(test_narrow_grid_puts_key_below),
        cmocka_unit_test(test_unicode_grid_uses_two_shapes),
        cmocka_unit_test(test_zero_and_hundred),
        FX_TEST(test_page_draws_icons_after_paragraph),
        cmocka_unit_test(test_grid_at_80_columns),
        cmocka_unit_test(test_no_grid_at_40_columns),
        cmocka_unit_test(test_one_option_at_a_time),
        cmocka_unit_test(test_one_aspect_at_a_time),
        cmocka_unit_test(test_page_of_a_compare_node_shows_every_cell_when_narrow),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
