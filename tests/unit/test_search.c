/* test_search.c: what a reader finds: folded matching (case, accents,
 * curly quotes), results order, match ranges and snippets. */
#include <locale.h>

#include "testutil.h"
#include "../../src/search.h"

#define GUIDE_SEARCH                                                              \
    "[guide]\ntitle = T\nroot = home\n"                                           \
    "[home]\ntype = menu\ntitle = Home\nchildren = a, b, c\n"                     \
    "[a]\ntype = page\ntitle = Scar tissue\n"                                     \
    "p1 = Scar tissue can press on a nerve.\n"                                    \
    "p2 = A Pseudarthrosis is a fusion that did not heal. Pseudarthrosis again.\n" \
    "[b]\ntype = page\ntitle = Stimulators\n"                                     \
    "p1 = A spinal cord stimulator sends mild pulses. It’s tried first.\n"       \
    "[c]\ntype = page\ntitle = Café talk\np1 = Naïve   questions, with scar.\n"     \
    "chart = Odds by visit\nbar1 = Second visit | 50\n"

static struct guide g;
static struct search_index *ix;

static int setup(void **state)
{
    char *dir = tmp_dir();
    struct diag d = { 0 };

    (void)state;
    put_file(dir, "a.ini", GUIDE_SEARCH, -1);
    if (!content_load(dir, &g, &d)) {
        diag_print(&d, stderr);
        return -1;
    }
    rm_dir(dir);
    ix = search_index_build(&g);
    return ix ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    search_index_free(ix);
    content_free(&g);
    return 0;
}

static void run(const char *q, struct search_results *r)
{
    assert_true(search_run(ix, q, r));
}

static void test_case_insensitive_finds_every_page_in_order(void **state)
{
    struct search_results r = { 0 };
    (void)state;
    run("SCAR", &r);
    assert_int_equal(r.n, 2);
    /* Title matches come first. */
    assert_string_equal(r.v[0].node->id, "a");
    assert_int_equal(r.v[0].field, 0);
    assert_int_equal(r.v[0].count, 2);
    assert_string_equal(r.v[1].node->id, "c");
    assert_int_equal(r.v[1].field, 1);
    search_results_free(&r);
}

static void test_accents_and_quotes_fold(void **state)
{
    struct search_results r = { 0 };
    (void)state;
    run("cafe", &r);
    assert_int_equal(r.n, 1);
    assert_string_equal(r.v[0].node->id, "c");
    run("naive", &r);
    assert_int_equal(r.n, 1);
    run("CAFÉ", &r); /* an accent in the query folds too */
    assert_int_equal(r.n, 1);
    run("it's", &r); /* straight quote finds the curly one */
    assert_int_equal(r.n, 1);
    assert_string_equal(r.v[0].node->id, "b");
    search_results_free(&r);
}

static void test_phrase_spaces_and_fields(void **state)
{
    struct search_results r = { 0 };
    (void)state;
    run("  naive questions ", &r); /* extra spaces in text and query */
    assert_int_equal(r.n, 1);
    run("did not heal", &r);
    assert_int_equal(r.n, 1);
    assert_int_equal(r.v[0].field, 2); /* paragraph 2 */
    assert_int_equal(r.v[0].count, 1);
    run("pseudarthrosis", &r);
    assert_int_equal(r.v[0].count, 2);
    /* A phrase never spans two paragraphs. */
    run("nerve. a pseudarthrosis", &r);
    assert_int_equal(r.n, 0);
    search_results_free(&r);
}

static void test_chart_title_and_labels_are_found(void **state)
{
    struct search_results r = { 0 };
    (void)state;
    run("odds by visit", &r);
    assert_int_equal(r.n, 1);
    assert_string_equal(search_field_text(r.v[0].node, r.v[0].field), "Odds by visit");
    run("second visit", &r);
    assert_int_equal(r.n, 1);
    assert_string_equal(search_field_text(r.v[0].node, r.v[0].field), "Second visit");
    search_results_free(&r);
}

static void test_empty_and_missing_find_nothing(void **state)
{
    struct search_results r = { 0 };
    (void)state;
    run("   ", &r);
    assert_int_equal(r.n, 0);
    run("", &r);
    assert_int_equal(r.n, 0);
    run("xylophone", &r);
    assert_int_equal(r.n, 0);
    search_results_free(&r);
}

static void test_find_gives_the_bytes_of_the_original(void **state)
{
    const char *s = "Le CAFÉ est “Naïve”.";
    char fq[64], sp[16];
    size_t a, b;
    (void)state;
    search_fold_query("café", fq, sizeof fq);
    assert_string_equal(fq, "cafe");
    search_fold_query("a\xC2\xA0 \xE2\x80\x89" "b", sp, sizeof sp); /* no-break, thin */
    assert_string_equal(sp, "a b");
    assert_true(search_find(s, strlen(s), fq, 0, &a, &b));
    assert_int_equal(a, 3);
    assert_int_equal(b, 3 + strlen("CAFÉ"));
    search_fold_query("\"naive\"", fq, sizeof fq);
    assert_true(search_find(s, strlen(s), fq, 0, &a, &b));
    assert_memory_equal(s + a, "“Naïve”", b - a);
    /* From past the match: no other. */
    assert_false(search_find(s, strlen(s), fq, b, &a, &b));
}

/* A query may start inside a character that folds to several letters,
 * as it may in the index: what the search lists, the page can mark. */
static void test_find_starts_inside_a_folded_character(void **state)
{
    const char *s = "Wait\xE2\x80\xA6x here, Stra\xC3\x9F" "e";
    char fq[64];
    size_t a, b;
    (void)state;
    search_fold_query(".x", fq, sizeof fq);
    assert_true(search_find(s, strlen(s), fq, 0, &a, &b));
    assert_int_equal(a, 4);                   /* the whole "…" */
    assert_int_equal(b, 4 + 3 + 1);
    search_fold_query("se", fq, sizeof fq);   /* "ß" is "ss" */
    assert_true(search_find(s, strlen(s), fq, 0, &a, &b));
    assert_memory_equal(s + a, "\xC3\x9F" "e", b - a);
}

static void test_find_works_on_ascii_cleaned_text(void **state)
{
    /* Pages in ASCII mode show "Cafe" for "Café": the same query finds it. */
    char fq[64];
    size_t a, b;
    (void)state;
    search_fold_query("café", fq, sizeof fq);
    assert_true(search_find("A Cafe.", 7, fq, 0, &a, &b));
    assert_int_equal(a, 2);
    assert_int_equal(b, 6);
}

static void test_snippet_shows_the_match_within_width(void **state)
{
    const char *text = "Many words come before the word we want, which is "
                       "pseudarthrosis, and many words come after it as well.";
    char fq[64];
    size_t ms, ml;
    char *s;
    (void)state;
    search_fold_query("Pseudarthrosis", fq, sizeof fq);
    s = search_snippet(text, fq, 40, true, &ms, &ml);
    assert_non_null(s);
    assert_true(strlen(s) <= 40);
    assert_int_equal(strncmp(s, "...", 3), 0);
    assert_int_equal(ml, strlen("pseudarthrosis"));
    assert_memory_equal(s + ms, "pseudarthrosis", ml);
    assert_string_equal(s + strlen(s) - 3, "...");
    free(s);
    /* A short text is shown whole, with no dots. */
    s = search_snippet("Short pseudarthrosis.", fq, 40, true, &ms, &ml);
    assert_string_equal(s, "Short pseudarthrosis.");
    assert_int_equal(ms, 6);
    free(s);
}

static void test_snippet_cleans_control_characters(void **state)
{
    char fq[64];
    size_t ms, ml;
    char *s;
    (void)state;
    search_fold_query("nerve", fq, sizeof fq);
    s = search_snippet("\x1b[31mred nerve", fq, 40, true, &ms, &ml);
    assert_null(strchr(s, 0x1b));
    assert_memory_equal(s + ms, "nerve", 5);
    free(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_case_insensitive_finds_every_page_in_order),
        cmocka_unit_test(test_accents_and_quotes_fold),
        cmocka_unit_test(test_phrase_spaces_and_fields),
        cmocka_unit_test(test_chart_title_and_labels_are_found),
        cmocka_unit_test(test_empty_and_missing_find_nothing),
        cmocka_unit_test(test_find_gives_the_bytes_of_the_original),
        cmocka_unit_test(test_find_starts_inside_a_folded_character),
        cmocka_unit_test(test_find_works_on_ascii_cleaned_text),
        cmocka_unit_test(test_snippet_shows_the_match_within_width),
        cmocka_unit_test(test_snippet_cleans_control_characters),
    };
    setlocale(LC_ALL, "C.UTF-8");
    return cmocka_run_group_tests(tests, setup, teardown);
}
