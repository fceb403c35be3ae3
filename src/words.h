/* words.h: the word rules search is built on. Pure (no curses), so each
 * rule is unit-tested on its own: where a word starts and ends in folded
 * text, which words are too common to search for, the other spelling of a
 * word (UK and US), and how far apart two spellings are.
 *
 * Folded text is what search_fold_query makes: lower case, accents and
 * typographic punctuation turned to ASCII. In it a word is a run of letters
 * and digits; bytes of other characters (non-Latin scripts) count as
 * letters, so such words are kept whole. */
#ifndef FBSS_WORDS_H
#define FBSS_WORDS_H

#include <stdbool.h>
#include <stddef.h>

#define WORDS_MAX 48     /* bytes of a word that count; the rest is ignored */
#define WORDS_VARIANTS 4 /* most other spellings words_variants gives */

/* True if the folded byte c belongs to a word. */
static inline bool words_is_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* The next word of folded text s[0..len) at or after *pos: sets *start,
 * moves *pos past it and returns its length (0: no more words). */
size_t words_next(const char *s, size_t len, size_t *pos, size_t *start);

/* True for words such as "is", "it", "the", "to", "what": a query ignores
 * them unless it has no other word. */
bool words_is_stop(const char *w, size_t len);

/* The other spellings of the folded word w (UK and US: sensitisation and
 * sensitization, tumour and tumor, disc and disk, programme and program),
 * each at most WORDS_MAX bytes, 0-terminated, into out. Returns how many
 * (0..WORDS_VARIANTS). A spelling may be a word of no guide: search only
 * uses those it finds. */
size_t words_variants(const char *w, size_t len, char out[][WORDS_MAX + 1]);

/* The Damerau-Levenshtein distance between a and b (optimal string
 * alignment: insert, delete, replace, or swap two neighbours, each 1), or
 * max + 1 when it is more than max. */
int words_distance(const char *a, size_t alen, const char *b, size_t blen, int max);

/* How far a misspelling of a word of len bytes may be from the word it
 * means: one change in four letters, none below 5 letters, 3 at most
 * (0 for 1-4 letters, 1 for 5-7, 2 for 8-11, 3 for longer). */
int words_max_distance(size_t len);

#endif
