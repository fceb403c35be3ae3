/* test_layout.c: pages laid out as lines: bullets, spacing, anchors. */
#include <locale.h>

#include "testutil.h"
#include "../../src/layout.h"
#include "../../src/text.h"

static struct node src = { .id = "s", .type = NODE_SOURCE, .title = "A source" };
static struct node *srcs[] = { &src };
static const char *paras[] = {
    "First paragraph has several words in it.",
    "- bullet one is long enough to wrap",
    "- bullet two",
    "Last.",
};
static struct node page = { .id = "p", .type = NODE_PAGE, .title = "Title", .paras = paras,
                            .n_paras = 4, .sources = srcs, .n_sources = 1 };

static char *line_text(const struct doc_line *l)
{
    return strndup(l->s, l->len);
}

static void expect_line(const struct doc *d, size_t i, const char *text, int indent,
                        bool marker)
{
    char *t = line_text(&d->lines[i]);
    if (strcmp(t, text) != 0)
        fail_msg("line %zu: got \"%s\", want \"%s\"", i, t, text);
    assert_int_equal(d->lines[i].indent, indent);
    assert_int_equal(d->lines[i].marker != NULL, marker);
    free(t);
}

static void test_page_layout_at_width_20(void **state)
{
    struct doc d;
    (void)state;
    doc_init(&d, 20, true);
    assert_true(doc_page(&d, &page));
    expect_line(&d, 0, "Title", 0, false);
    assert_int_equal(d.lines[0].kind, LINE_TITLE);
    assert_int_equal(d.lines[1].kind, LINE_BLANK);
    expect_line(&d, 2, "First paragraph has", 0, false);
    expect_line(&d, 3, "several words in it.", 0, false);
    assert_int_equal(d.lines[4].kind, LINE_BLANK);
    /* Bullets hang: marker on the first line, text indented on all. */
    expect_line(&d, 5, "bullet one is long", 2, true);
    expect_line(&d, 6, "enough to wrap", 2, false);
    /* Consecutive bullets are not separated by a blank line. */
    expect_line(&d, 7, "bullet two", 2, true);
    assert_int_equal(d.lines[8].kind, LINE_BLANK);
    expect_line(&d, 9, "Last.", 0, false);
    assert_int_equal(d.lines[10].kind, LINE_BLANK);
    expect_line(&d, 11, "Sources", 0, false);
    assert_int_equal(d.lines[11].kind, LINE_HEADING);
    expect_line(&d, 12, "A source", 2, true);
    assert_int_equal(d.n, 13);
    assert_string_equal(d.lines[5].marker, "-");
    doc_free(&d);
}

static void test_no_line_exceeds_width(void **state)
{
    (void)state;
    for (int w = 3; w < 60; w++) {
        struct doc d;
        doc_init(&d, w, false);
        assert_true(doc_page(&d, &page));
        for (size_t i = 0; i < d.n; i++)
            assert_true(d.lines[i].indent + (int)d.lines[i].len <= w);
        doc_free(&d);
    }
}

/* A sheet row: "[x] " then text; its second line starts under the text. */
static void test_hanging_lines_start_under_the_text(void **state)
{
    struct doc d;
    (void)state;
    doc_init(&d, 20, true);
    assert_true(doc_add_hanging(&d, "[x] The notes from each earlier operation", LINE_TEXT, 2, 4));
    assert_true(d.n >= 2);
    assert_int_equal(d.lines[0].indent, 2);
    assert_true(strncmp(d.lines[0].s, "[x] The", 7) == 0);
    for (size_t i = 1; i < d.n; i++)
        assert_int_equal(d.lines[i].indent, 6);
    for (size_t i = 0; i < d.n; i++)
        assert_true(d.lines[i].indent + (int)d.lines[i].len <= 20);
    doc_free(&d);
}

static void test_anchor_survives_width_change(void **state)
{
    struct doc wide, narrow;
    (void)state;
    doc_init(&wide, 60, false);
    doc_init(&narrow, 12, false);
    assert_true(doc_page(&wide, &page));
    assert_true(doc_page(&narrow, &page));
    /* The reader is at "Last." in the wide layout... */
    size_t i = 0;
    while (strncmp(wide.lines[i].s, "Last.", 5) != 0)
        i++;
    /* ...and finds the same text at the top after narrowing. */
    size_t j = doc_find(&narrow, wide.lines[i].block, wide.lines[i].off);
    assert_memory_equal(narrow.lines[j].s, "Last.", 5);
    /* An anchor in the middle of a wrapped paragraph lands on the line
     * holding that byte. */
    j = doc_find(&narrow, 1, strlen("First paragraph has ")); /* block 0 is the title */
    char *t = line_text(&narrow.lines[j]);
    assert_non_null(strstr(t, "several") ? t : NULL);
    free(t);
    doc_free(&wide);
    doc_free(&narrow);
}

static void test_utf8_bullet_marker_only_when_not_ascii(void **state)
{
    struct doc d;
    (void)state;
    doc_init(&d, 40, false);
    assert_true(doc_add(&d, "- item", LINE_TEXT));
    assert_string_equal(d.lines[0].marker, "\xE2\x80\xA2");
    doc_free(&d);
}

static struct chart_bar bars[] = { { "Second", 50 }, { "Third", 30 }, { "Fourth", 15 } };
static struct chart chart = { "Chance of improvement", "%", 100, bars, 3, 1 };
static const char *cparas[] = { "Before.", "After." };
static struct node linked = { .id = "l", .type = NODE_PAGE, .title = "Linked page" };
static struct node *sees[] = { &linked };
static struct node charted = { .id = "c", .type = NODE_PAGE, .title = "T", .paras = cparas,
                               .n_paras = 2, .chart = &chart, .see = sees, .n_see = 1 };

static size_t find_text(const struct doc *d, const char *text)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->lines[i].len == strlen(text) && !memcmp(d->lines[i].s, text, d->lines[i].len))
            return i;
    fail_msg("no line \"%s\"", text);
    return 0;
}

static void test_chart_bars_scale_and_show_numbers(void **state)
{
    struct doc d;
    size_t title, before, after;
    (void)state;
    doc_init(&d, 40, true);
    assert_true(doc_page(&d, &charted));
    before = find_text(&d, "Before.");
    title = find_text(&d, "Chance of improvement");
    after = find_text(&d, "After.");
    /* chart_after = 1: between the first and second paragraphs. */
    assert_true(before < title && title < after);
    assert_int_equal(d.lines[title].kind, LINE_HEADING);
    /* Labels padded to one column; bars of 40 - 6 - 2 - 3 - 1 = 28 cells
     * at 100%; the number is written beside each bar. */
    find_text(&d, "Second  ############## 50%");
    find_text(&d, "Third   ######## 30%");
    find_text(&d, "Fourth  #### 15%");
    assert_int_equal(d.lines[title + 1].kind, LINE_CHART);
    doc_free(&d);
    /* UTF-8 draws full blocks instead of '#'. */
    doc_init(&d, 40, false);
    assert_true(doc_page(&d, &charted));
    find_text(&d, "Fourth  \xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88 15%");
    doc_free(&d);
}

static void test_narrow_chart_puts_labels_above_bars(void **state)
{
    struct doc d;
    size_t label;
    (void)state;
    doc_init(&d, 20, true);
    assert_true(doc_page(&d, &charted));
    label = find_text(&d, "Third");
    find_text(&d, "## 15%"); /* 15% of 16 cells */
    assert_int_equal(d.lines[label + 1].kind, LINE_CHART);
    for (size_t i = 0; i < d.n; i++)
        assert_true(text_width(d.lines[i].s, d.lines[i].len) + d.lines[i].indent <= 20);
    doc_free(&d);
}

static void test_see_also_lines_are_links(void **state)
{
    struct doc d;
    size_t i;
    (void)state;
    doc_init(&d, 40, true);
    assert_true(doc_page(&d, &charted));
    i = find_text(&d, "Linked page");
    assert_ptr_equal(d.lines[i].link, &linked);
    assert_null(d.lines[find_text(&d, "Before.")].link);
    doc_free(&d);
}

static struct node term_a = { .id = "ta", .type = NODE_TERM, .title = "Alpha",
                              .paras = cparas, .n_paras = 1 };
static struct node *terms[] = { &term_a };
static struct node glossary = { .id = "g", .type = NODE_GLOSSARY, .title = "Glossary",
                                .paras = cparas + 1, .n_paras = 1, .children = terms,
                                .n_children = 1 };

static void test_glossary_lists_terms_after_its_text(void **state)
{
    struct doc d;
    size_t intro, term;
    (void)state;
    doc_init(&d, 40, true);
    assert_true(doc_page(&d, &glossary));
    intro = find_text(&d, "After.");
    term = find_text(&d, "Alpha");
    assert_true(intro < term);
    assert_int_equal(d.lines[term].kind, LINE_HEADING);
    assert_int_equal(find_text(&d, "Before."), term + 1);
    doc_free(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_layout_at_width_20),
        cmocka_unit_test(test_chart_bars_scale_and_show_numbers),
        cmocka_unit_test(test_narrow_chart_puts_labels_above_bars),
        cmocka_unit_test(test_see_also_lines_are_links),
        cmocka_unit_test(test_glossary_lists_terms_after_its_text),
        cmocka_unit_test(test_no_line_exceeds_width),
        cmocka_unit_test(test_anchor_survives_width_change),
        cmocka_unit_test(test_utf8_bullet_marker_only_when_not_ascii),
        cmocka_unit_test(test_hanging_lines_start_under_the_text),
    };
    setlocale(LC_ALL, "C.UTF-8");
    return cmocka_run_group_tests_name("layout", tests, NULL, NULL);
}
