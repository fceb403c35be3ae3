/* test_words.c: the word rules under search: where words start and end,
 * stop words, UK and US spellings, and spelling distances. */
#include "testutil.h"
#include "../../src/search.h"
#include "../../src/words.h"

/* The words of s, folded as a query is, joined by '|'. */
static const char *split(const char *s)
{
    static char out[256];
    char fq[256];
    size_t len = search_fold_query(s, fq, sizeof fq), pos = 0, start, n, o = 0;

    out[0] = '\0';
    while ((n = words_next(fq, len, &pos, &start)) > 0)
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", o ? "|" : "", (int)n, fq + start);
    return out;
}

static void test_words_split_at_punctuation_and_fold(void **state)
{
    (void)state;
    assert_string_equal(split("Spinal-cord  STIMULATION, (SCS)."), "spinal|cord|stimulation|scs");
    assert_string_equal(split("It’s the patient's café"), "it|s|the|patient|s|cafe");
    assert_string_equal(split("L4/L5 disc 2nd"), "l4|l5|disc|2nd");
    assert_string_equal(split("  ...  "), "");
    /* Letters of other scripts stay in their word. */
    assert_string_equal(split("боль в спине"), "боль|в|спине");
}

static void test_stop_words(void **state)
{
    (void)state;
    assert_true(words_is_stop("is", 2));
    assert_true(words_is_stop("the", 3));
    assert_true(words_is_stop("what", 4));
    assert_false(words_is_stop("pain", 4));
    assert_false(words_is_stop("i", 0));
    assert_false(words_is_stop("permanent", 9));
    assert_false(words_is_stop("tot", 3)); /* "to" is one, not its longer neighbours */
}

/* The variants of w, joined by '|'. */
static const char *variants(const char *w)
{
    static char out[256];
    char v[WORDS_VARIANTS][WORDS_MAX + 1];
    size_t n = words_variants(w, strlen(w), v), o = 0;

    out[0] = '\0';
    for (size_t i = 0; i < n; i++)
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", i ? "|" : "", v[i]);
    return out;
}

static void test_uk_and_us_spellings(void **state)
{
    (void)state;
    assert_string_equal(variants("sensitisation"), "sensitization");
    assert_string_equal(variants("sensitization"), "sensitisation");
    assert_string_equal(variants("tumour"), "tumor");
    assert_string_equal(variants("tumors"), "tumours");
    assert_string_equal(variants("behaviour"), "behavior");
    assert_string_equal(variants("behavioural"), "behavioral");
    assert_string_equal(variants("behavioral"), "behavioural");
    assert_string_equal(variants("colouring"), "coloring");
    assert_string_equal(variants("disc"), "disk");
    assert_string_equal(variants("disks"), "discs");
    assert_string_equal(variants("programme"), "program");
    assert_string_equal(variants("programs"), "programmes");
    assert_string_equal(variants("anaesthetic"), "anesthetic");
    assert_string_equal(variants("recognised"), "recognized");
    assert_string_equal(variants("analyse"), "analyze");
    /* Too short to be a suffix, or no such spelling. */
    assert_string_equal(variants("is"), "");
    assert_string_equal(variants("for"), "");
    assert_string_equal(variants("pain"), "");
    assert_string_equal(variants("door"), "");
}

static void test_distances(void **state)
{
    (void)state;
    assert_int_equal(words_distance("pseudoarthrosis", 15, "pseudarthrosis", 14, 3), 1);
    assert_int_equal(words_distance("stimulater", 10, "stimulator", 10, 3), 1);
    assert_int_equal(words_distance("siatica", 7, "sciatica", 8, 2), 1);
    assert_int_equal(words_distance("chord", 5, "cord", 4, 1), 1);
    /* Two neighbours swapped count once (Damerau). */
    assert_int_equal(words_distance("nerev", 5, "nerve", 5, 2), 1);
    assert_int_equal(words_distance("fusoin", 6, "fusion", 6, 2), 1);
    assert_int_equal(words_distance("kitten", 6, "sitting", 7, 5), 3);
    assert_int_equal(words_distance("same", 4, "same", 4, 0), 0);
    /* Past max: max + 1, however far. */
    assert_int_equal(words_distance("xylophone", 9, "zygapophysial", 13, 2), 3);
    assert_int_equal(words_distance("a", 1, "abcdefgh", 8, 2), 3);
}

static void test_max_distance_grows_with_length(void **state)
{
    (void)state;
    assert_int_equal(words_max_distance(3), 0); /* "scs" is never corrected */
    assert_int_equal(words_max_distance(4), 0); /* nor "tens" */
    assert_int_equal(words_max_distance(5), 1); /* "chord" */
    assert_int_equal(words_max_distance(7), 1); /* "siatica", not "machine" */
    assert_int_equal(words_max_distance(8), 2);
    assert_int_equal(words_max_distance(11), 2);
    assert_int_equal(words_max_distance(12), 3);
    assert_int_equal(words_max_distance(40), 3);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_split_at_punctuation_and_fold),
        cmocka_unit_test(test_stop_words),
        cmocka_unit_test(test_uk_and_us_spellings),
        cmocka_unit_test(test_distances),
        cmocka_unit_test(test_max_distance_grows_with_length),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
