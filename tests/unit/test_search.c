/* test_search.c: what a reader finds on a small guide: folded matching
 * (case, accents, curly quotes), all words anywhere, word starts, spelling
 * corrected, UK and US forms, synonyms, ranking order and labels, advice
 * when nothing is found, match ranges and snippets. */
#include <locale.h>

#include "testutil.h"
#include "../../src/search.h"

#define GUIDE_SEARCH                                                              \
    "[guide]\ntitle = T\nroot = home\n"                                           \
    "[home]\ntype = menu\ntitle = Home\nchildren = treatments, faq, glossary, a, c\n" \
    "[treatments]\ntype = menu\ntitle = Treatments\nchildren = tx-scs, tx-physio\n" \
    "[tx-scs]\ntype = page\ntitle = Spinal cord stimulation\n"                    \
    "summary = A device that sends mild pulses.\n"                                \
    "search = neuromodulation\n"                                                  \
    "p1 = A small device under the skin sends pulses to the spinal cord.\n"     \
    "p2 = It is tried first for a week or so.\n"                                  \
    "[tx-physio]\ntype = page\ntitle = Physiotherapy and exercise\n"              \
    "p1 = Programmes of exercise build strength. Central sensitisation eases.\n"  \
    "[faq]\ntype = menu\ntitle = Questions\nchildren = faq-discs\n"               \
    "[faq-discs]\ntype = page\ntitle = Are worn discs the problem?\n"             \
    "p1 = Worn discs are common. The nerves of the spine lie near the cord.\n"    \
    "p2 = Spinal stimulation of nerves is one option.\n"                          \
    "p3 = A tumour is a rare cause.\n"                                            \
    "[glossary]\ntype = glossary\ntitle = Glossary\n"                             \
    "[term-scs]\ntype = term\ntitle = Spinal cord stimulation\n"                  \
    "also = SCS, stimulator\np1 = A device that eases pain with mild pulses.\n"   \
    "[term-pseud]\ntype = term\ntitle = Pseudarthrosis\n"                         \
    "also = nonunion, failed fusion\np1 = A fusion that did not heal.\n"          \
    "[a]\ntype = page\ntitle = Scar tissue\n"                                     \
    "p1 = Scar tissue can press on a nerve.\n"                                    \
    "p2 = A Pseudarthrosis is a fusion that did not heal. Pseudarthrosis again.\n" \
    "[c]\ntype = page\ntitle = Café talk\np1 = Naïve   questions, with scar. It’s tried.\n" \
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

static struct search_results r;

/* The ids found for q, best first, joined by ' '. */
static const char *ids(const char *q)
{
    static char out[512];
    size_t o = 0;

    assert_true(search_run(ix, q, &r));
    out[0] = '\0';
    for (size_t i = 0; i < r.n; i++)
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", i ? " " : "", r.v[i].node->id);
    return out;
}

static int free_results(void **state)
{
    (void)state;
    search_results_free(&r);
    return 0;
}

static void test_case_and_accents_fold(void **state)
{
    (void)state;
    assert_string_equal(ids("SCAR"), "a c");
    assert_int_equal(r.v[0].field, 1); /* in the title, and the paragraph shown */
    assert_int_equal(r.v[0].count, 2);
    assert_int_equal(r.v[1].field, 1);
    assert_string_equal(ids("cafe"), "c");
    assert_string_equal(ids("CAFÉ"), "c");
    assert_string_equal(ids("naive"), "c");
    assert_string_equal(ids("it's tried"), "tx-scs c"); /* ’ is ', and "it"/"s" are stop words */
}

static void test_all_words_anywhere_phrase_first(void **state)
{
    (void)state;
    /* Both words, in any order, in any field: not a phrase. */
    assert_string_equal(ids("pulses mild"), "tx-scs term-scs");
    assert_string_equal(ids("  heal   fusion "), "term-pseud a");
    /* "spinal" and "nerves" both on faq-discs (apart); page a says "nerve"
     * (found by "nerves", searched as its singular) but not "spinal". */
    assert_string_equal(ids("spinal nerves"), "faq-discs");
    /* Words apart in several paragraphs still find the page. */
    assert_string_equal(ids("tumour worn"), "faq-discs");
    /* A word no page has (and no near word): nothing. */
    assert_string_equal(ids("spinal xylophone"), "");
}

static void test_stop_words_do_not_block(void **state)
{
    (void)state;
    assert_string_equal(ids("what is a pseudarthrosis"), "term-pseud a");
    assert_string_equal(ids("is it the scar"), "a c");
    /* A query of stop words only still searches for them. */
    assert_string_equal(ids("is"), "faq-discs tx-scs a"); /* twice on faq-discs */
}

static void test_word_starts_only(void **state)
{
    (void)state;
    /* "scs" is not the end of "discs". */
    assert_string_equal(ids("scs"), "term-scs");
    assert_string_equal(ids("stimulat"), "term-scs tx-scs faq-discs");
    assert_string_equal(ids("ulat"), ""); /* inside "stimulation" */
    /* A word in no page finds its other forms: "pulsing" finds pulses. */
    assert_string_equal(ids("pulsing"), "tx-scs term-scs");
    assert_string_equal(ids("healed"), "term-pseud a");
    assert_string_equal(r.shown, "");
}

/* A plural is searched as its singular, which starts both: "nerves" finds
 * the page that says "nerve" too, "scars" the two that say "scar". */
static void test_a_plural_finds_the_singular(void **state)
{
    (void)state;
    assert_string_equal(ids("scars"), "a c");
    assert_string_equal(ids("tissues"), "a");
    assert_string_equal(ids("nerves"), "faq-discs a");
    assert_string_equal(r.shown, ""); /* not a correction: nothing to say */
    /* Not plurals: -ss, -us, -is stay as typed. */
    assert_string_equal(ids("pseudarthrosis"), "term-pseud a");
}

static void test_spelling_is_corrected_and_said(void **state)
{
    (void)state;
    assert_string_equal(ids("pseudoarthrosis"), "term-pseud a");
    assert_string_equal(r.shown, "pseudarthrosis");
    assert_string_equal(ids("Spinal CHORD"), "tx-scs term-scs faq-discs");
    assert_string_equal(r.shown, "spinal cord");
    assert_string_equal(ids("the stimulater"), "term-scs");
    assert_string_equal(r.shown, "the stimulator");
    /* A word that is in the guide is not corrected, even if a near one is. */
    assert_string_equal(ids("nerve"), "faq-discs a");
    assert_string_equal(r.shown, "");
    /* Three letters are never corrected: "scz" is no "scs". */
    assert_string_equal(ids("scz"), "");
}

static void test_uk_and_us_spellings_match(void **state)
{
    (void)state;
    assert_string_equal(ids("tumor"), "faq-discs");
    assert_string_equal(ids("central sensitization"), "tx-physio");
    assert_string_equal(ids("programs"), "tx-physio");
    assert_string_equal(ids("worn disks"), "faq-discs");
    assert_string_equal(ids("physical therapy"), "tx-physio");
    assert_string_equal(ids("physio"), "tx-physio");
    assert_string_equal(r.shown, ""); /* a spelling, not a correction */
}

static void test_synonyms_lead_to_their_node(void **state)
{
    (void)state;
    assert_string_equal(ids("nonunion"), "term-pseud");
    assert_string_equal(ids("failed fusion"), "term-pseud");
    assert_string_equal(ids("stimulator"), "term-scs");
    assert_string_equal(ids("neuromodulation"), "tx-scs"); /* a search key */
    /* Found only by its search words: no field to show a snippet of. */
    assert_int_equal(r.v[0].field, 0);
}

static void test_ranking_and_labels(void **state)
{
    (void)state;
    /* Titles first: the page and the term of the same name, each labelled;
     * then the page with the words apart in its text. */
    assert_string_equal(ids("spinal cord stimulation"), "tx-scs term-scs faq-discs");
    assert_string_equal(r.v[0].label, "Treatments");
    assert_string_equal(r.v[1].label, "Glossary");
    assert_string_equal(r.v[2].label, "Questions");
    assert_true(r.v[1].score > r.v[2].score);
    /* Summary before text. */
    assert_string_equal(ids("device"), "tx-scs term-scs");
    /* More matches rank higher among equals. */
    assert_string_equal(ids("pseudarthrosis"), "term-pseud a");
    assert_int_equal(r.v[1].count, 2);
    /* Words together rank above the same words apart. */
    assert_string_equal(ids("spinal stimulation"), "tx-scs term-scs faq-discs");
    assert_string_equal(ids("stimulation nerves"), "faq-discs");
    /* A page on Home is labelled Home. */
    assert_string_equal(ids("scar tissue"), "a");
    assert_string_equal(r.v[0].label, "Home");
}

static void test_the_words_to_mark(void **state)
{
    size_t a, b;
    const char *text = "Discs, a stimulator; STIMULATION.";
    (void)state;
    ids("stimulat scs");
    ids("stimulat");
    assert_true(search_find_word(text, strlen(text), r.match, 0, &a, &b));
    assert_memory_equal(text + a, "stimulator", b - a);
    assert_true(search_find_word(text, strlen(text), r.match, b, &a, &b));
    assert_memory_equal(text + a, "STIMULATION", b - a);
    assert_false(search_find_word(text, strlen(text), r.match, b, &a, &b));
    ids("scs");
    assert_false(search_find_word(text, strlen(text), r.match, 0, &a, &b));
    /* A corrected word marks what it was corrected to, in either spelling. */
    ids("tumuor");
    assert_string_equal(r.shown, "tumour");
    assert_true(search_find_word("Tumors.", 7, r.match, 0, &a, &b));
    assert_int_equal(b - a, 6);
}

static void test_advice_when_nothing_is_found(void **state)
{
    char lines[4][SEARCH_LINE];
    size_t n;
    (void)state;
    assert_string_equal(ids("stimulator xylophone"), "");
    n = search_suggest(ix, "stimulator xylophone", lines, 4);
    assert_int_equal(n, 1);
    assert_string_equal(lines[0], "Try fewer words: \"stimulator\" finds 1.");
    /* Too far to correct (2 changes in 6 letters), near enough to suggest. */
    assert_string_equal(ids("pulzez"), "");
    n = search_suggest(ix, "pulzez", lines, 4);
    assert_int_equal(n, 1);
    assert_string_equal(lines[0], "Did you mean \"pulses\"?");
    assert_int_equal(search_suggest(ix, "zzzzzzzzzz", lines, 4), 0);
}

static void test_chart_title_and_labels_are_found(void **state)
{
    (void)state;
    assert_string_equal(ids("odds by visit"), "c");
    assert_string_equal(search_field_text(r.v[0].node, r.v[0].field), "Odds by visit");
    assert_string_equal(ids("second visit"), "c");
    /* The field with both words, not the first with one. */
    assert_string_equal(search_field_text(r.v[0].node, r.v[0].field), "Second visit");
}

static void test_empty_and_missing_find_nothing(void **state)
{
    (void)state;
    assert_string_equal(ids("   "), "");
    assert_string_equal(ids(""), "");
    assert_string_equal(ids("..."), "");
    assert_string_equal(ids("xylophone"), "");
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
        cmocka_unit_test_teardown(test_case_and_accents_fold, free_results),
        cmocka_unit_test_teardown(test_all_words_anywhere_phrase_first, free_results),
        cmocka_unit_test_teardown(test_stop_words_do_not_block, free_results),
        cmocka_unit_test_teardown(test_word_starts_only, free_results),
        cmocka_unit_test_teardown(test_a_plural_finds_the_singular, free_results),
        cmocka_unit_test_teardown(test_spelling_is_corrected_and_said, free_results),
        cmocka_unit_test_teardown(test_uk_and_us_spellings_match, free_results),
        cmocka_unit_test_teardown(test_synonyms_lead_to_their_node, free_results),
        cmocka_unit_test_teardown(test_ranking_and_labels, free_results),
        cmocka_unit_test_teardown(test_the_words_to_mark, free_results),
        cmocka_unit_test_teardown(test_advice_when_nothing_is_found, free_results),
        cmocka_unit_test_teardown(test_chart_title_and_labels_are_found, free_results),
        cmocka_unit_test_teardown(test_empty_and_missing_find_nothing, free_results),
        cmocka_unit_test(test_find_gives_the_bytes_of_the_original),
        cmocka_unit_test(test_find_starts_inside_a_folded_character),
        cmocka_unit_test(test_find_works_on_ascii_cleaned_text),
        cmocka_unit_test(test_snippet_shows_the_match_within_width),
        cmocka_unit_test(test_snippet_cleans_control_characters),
    };
    setlocale(LC_ALL, "C.UTF-8");
    return cmocka_run_group_tests(tests, setup, teardown);
}
