/* test_layout.c: pages laid out as lines: bullets, spacing, anchors. */
#include <locale.h>

#include "testutil.h"
#include "../../src/layout.h"

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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_page_layout_at_width_20),
        cmocka_unit_test(test_no_line_exceeds_width),
        cmocka_unit_test(test_anchor_survives_width_change),
        cmocka_unit_test(test_utf8_bullet_marker_only_when_not_ascii),
    };
    setlocale(LC_ALL, "C.UTF-8");
    return cmocka_run_group_tests_name("layout", tests, NULL, NULL);
}
