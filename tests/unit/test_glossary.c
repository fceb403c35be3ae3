/* test_glossary.c: which glossary words a page uses: whole words, other
 * forms, folding, punctuation around them; and the shipped glossary. */
#include <locale.h>

#include "testutil.h"
#include "../../src/glossary.h"

#define GUIDE_TERMS                                                                   \
    "[guide]\ntitle = T\nroot = home\n"                                               \
    "[home]\ntype = menu\ntitle = Home\nchildren = a, b, words\n"                     \
    "[a]\ntype = page\ntitle = Fusion\n"                                              \
    "p1 = A spinal fusion may not heal: that is “pseudarthrosis”.\n"                  \
    "[b]\ntype = page\ntitle = Other\np1 = Some confusion about stimulators—and MRI.\n" \
    "[words]\ntype = glossary\ntitle = Glossary\np1 = Words.\n"                       \
    "[t-fusion]\ntype = term\ntitle = Fusion\np1 = Joining bones.\n"                  \
    "[t-pseud]\ntype = term\ntitle = Pseudarthrosis\nalso = nonunion\np1 = No heal.\n" \
    "[t-scs]\ntype = term\ntitle = Spinal cord stimulation\n"                         \
    "also = stimulator, stimulators\np1 = Pulses.\n"                                  \
    "[t-mri]\ntype = term\ntitle = MRI\np1 = A scan.\n"

static struct guide g;

static int setup(void **state)
{
    char *dir = tmp_dir();
    struct diag d = { 0 };
    (void)state;
    put_file(dir, "a.ini", GUIDE_TERMS, -1);
    if (!content_load(dir, &g, &d)) {
        diag_print(&d, stderr);
        return -1;
    }
    rm_dir(dir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    content_free(&g);
    return 0;
}

static void test_terms_are_sorted_and_listed_by_the_glossary(void **state)
{
    struct node *gl = content_find(&g, "words");
    (void)state;
    assert_int_equal(g.n_terms, 4);
    assert_string_equal(g.terms[0]->title, "Fusion");
    assert_string_equal(g.terms[1]->title, "MRI");
    assert_string_equal(g.terms[3]->title, "Spinal cord stimulation");
    assert_int_equal(gl->n_children, 4);
    assert_int_equal(g.terms[2]->n_also, 1);
    assert_string_equal(g.terms[2]->also[0], "nonunion");
}

static void test_page_words_are_whole_words_in_glossary_order(void **state)
{
    struct node *out[8];
    size_t n;
    (void)state;
    n = glossary_terms_in(&g, content_find(&g, "a"), out);
    assert_int_equal(n, 2); /* Fusion (title and text), Pseudarthrosis in curly quotes */
    assert_string_equal(out[0]->id, "t-fusion");
    assert_string_equal(out[1]->id, "t-pseud");
    /* "confusion" is not "fusion"; "stimulators" is listed as another form;
     * a dash right after a word still ends it. */
    n = glossary_terms_in(&g, content_find(&g, "b"), out);
    assert_int_equal(n, 2);
    assert_string_equal(out[0]->id, "t-mri");
    assert_string_equal(out[1]->id, "t-scs");
}

static void test_mentions_fold_case_and_accents(void **state)
{
    const struct node *pseud = content_find(&g, "t-pseud");
    (void)state;
    assert_true(glossary_mentions("A NONUNION.", pseud));
    assert_true(glossary_mentions("pséudarthrosis", pseud));
    assert_false(glossary_mentions("nonunions", pseud));
    assert_false(glossary_mentions("", pseud));
}

static void test_shipped_pages_use_glossary_words(void **state)
{
    struct guide s;
    struct diag d = { 0 };
    struct node **out;
    size_t used = 0;
    (void)state;
    assert_true(content_load("content", &s, &d));
    assert_true(s.n_terms >= 30);
    out = calloc(s.n_terms, sizeof *out);
    /* Every term is explained on at least one page of the guide. */
    bool *hit = calloc(s.n_terms, 1);
    for (size_t i = 0; i < s.n_nodes; i++) {
        if (s.nodes[i]->type != NODE_PAGE)
            continue;
        size_t n = glossary_terms_in(&s, s.nodes[i], out);
        used += n > 0;
        for (size_t k = 0; k < n; k++)
            for (size_t t = 0; t < s.n_terms; t++)
                hit[t] |= s.terms[t] == out[k];
    }
    for (size_t t = 0; t < s.n_terms; t++)
        if (!hit[t])
            fail_msg("term [%s] is on no page", s.terms[t]->id);
    assert_true(used > 20);
    free(hit);
    free(out);
    content_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_terms_are_sorted_and_listed_by_the_glossary),
        cmocka_unit_test(test_page_words_are_whole_words_in_glossary_order),
        cmocka_unit_test(test_mentions_fold_case_and_accents),
        cmocka_unit_test(test_shipped_pages_use_glossary_words),
    };
    setlocale(LC_ALL, "C.UTF-8");
    return cmocka_run_group_tests(tests, setup, teardown);
}
