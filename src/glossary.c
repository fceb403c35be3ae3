/* glossary.c: glossary words found on a page (see glossary.h). */
#include "glossary.h"

#include <stdint.h>
#include <string.h>

#include "search.h"
#include "text.h"

/* Letters and digits join a word; spaces and punctuation, including
 * typographic quotes and dashes (U+2000..U+206F) and Latin-1 signs, end it. */
static bool word_cp(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return c >= 0xC0 && !(c >= 0x2000 && c <= 0x206F) && c != 0xD7 && c != 0xF7 &&
           c != TEXT_REPLACEMENT;
}

/* The character that ends just before byte at. */
static uint32_t cp_before(const char *s, size_t at)
{
    size_t start = at;
    uint32_t cp;

    do
        start--;
    while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80);
    text_decode(s + start, at - start, &cp);
    return cp;
}

/* Whole words only: "fusion" is not in "confusion". */
static bool has_word(const char *text, const char *word)
{
    char fq[SEARCH_MAX_QUERY * 4 + 1];
    size_t len = strlen(text), from = 0, a, b;

    if (search_fold_query(word, fq, sizeof fq) == 0)
        return false;
    while (search_find(text, len, fq, from, &a, &b)) {
        uint32_t after = 0;
        if (b < len)
            text_decode(text + b, len - b, &after);
        bool starts = a == 0 || !word_cp(cp_before(text, a));
        bool ends = b >= len || !word_cp(after);
        if (starts && ends)
            return true;
        from = a + 1;
    }
    return false;
}

bool glossary_mentions(const char *text, const struct node *term)
{
    if (has_word(text, term->title))
        return true;
    for (size_t i = 0; i < term->n_also; i++)
        if (has_word(text, term->also[i]))
            return true;
    return false;
}

static bool page_mentions(const struct node *page, const struct node *term)
{
    size_t n = search_field_count(page);

    for (size_t f = 0; f < n; f++)
        if (glossary_mentions(search_field_text(page, f), term))
            return true;
    return false;
}

size_t glossary_terms_in(const struct guide *g, const struct node *page, struct node **out)
{
    size_t n = 0;

    for (size_t i = 0; i < g->n_terms; i++)
        if (g->terms[i] != page && page_mentions(page, g->terms[i]))
            out[n++] = g->terms[i];
    return n;
}
