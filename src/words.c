/* words.c: the word rules search is built on (see words.h). */
#include "words.h"

#include <string.h>

size_t words_next(const char *s, size_t len, size_t *pos, size_t *start)
{
    size_t i = *pos;

    while (i < len && !words_is_char((unsigned char)s[i]))
        i++;
    *start = i;
    while (i < len && words_is_char((unsigned char)s[i]))
        i++;
    *pos = i;
    return i - *start;
}

bool words_is_stop(const char *w, size_t len)
{
    /* Function words and the words of a question: "is it permanent",
     * "what to bring", "can i work after surgery". */
    static const char *const stop[] = {
        "a", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can",
        "could", "did", "do", "does", "don", "for", "from", "get", "go", "got", "had", "has",
        "have", "how", "i", "if", "im", "in", "into", "is", "it", "its", "ll", "many", "me",
        "much", "my",
        "of", "on", "or", "our", "s", "should", "so", "t", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "to", "too", "us", "ve", "was",
        "we", "were", "what", "when", "where", "which", "who", "why", "will", "with",
        "would", "you", "your",
    };

    for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++)
        if (strlen(stop[i]) == len && memcmp(stop[i], w, len) == 0)
            return true;
    return false;
}

/* ---- UK and US spellings */

/* Adds w[0..len) with the bytes [at, at+cut) replaced by put, if it fits. */
static size_t add_variant(const char *w, size_t len, size_t at, size_t cut, const char *put,
                          char out[][WORDS_MAX + 1], size_t n)
{
    size_t plen = strlen(put);

    if (n >= WORDS_VARIANTS || len - cut + plen > WORDS_MAX)
        return n;
    memcpy(out[n], w, at);
    memcpy(out[n] + at, put, plen);
    memcpy(out[n] + at + plen, w + at + cut, len - at - cut);
    out[n][len - cut + plen] = '\0';
    return n + 1;
}

static bool starts(const char *w, size_t len, const char *with)
{
    size_t n = strlen(with);
    return len >= n && memcmp(w, with, n) == 0;
}

/* Word beginnings spelled differently: the UK form first. */
static size_t stem_variant(const char *w, size_t len, char out[][WORDS_MAX + 1], size_t n)
{
    static const char *const pairs[][2] = {
        { "disc", "disk" },       { "programme", "program" }, { "anaesth", "anesth" },
        { "orthopaed", "orthoped" }, { "paediatr", "pediatr" }, { "oedema", "edema" },
        { "haem", "hem" },        { "oesophag", "esophag" },  { "centre", "center" },
        { "fibre", "fiber" },     { "ageing", "aging" },      { "grey", "gray" },
    };

    for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
        /* "programme" holds "program": the longer form is tried first. */
        if (starts(w, len, pairs[i][0]))
            return add_variant(w, len, 0, strlen(pairs[i][0]), pairs[i][1], out, n);
        if (starts(w, len, pairs[i][1]))
            return add_variant(w, len, 0, strlen(pairs[i][1]), pairs[i][0], out, n);
    }
    return n;
}

/* -ise and -ize, -isation and -ization, -yse and -yze: the last "is" or
 * "ys" (three letters in at least) before e, a, i or the end. */
static size_t ise_variant(const char *w, size_t len, char out[][WORDS_MAX + 1], size_t n)
{
    for (size_t i = len >= 2 ? len - 2 : 0; i >= 3 && len >= 5; i--) {
        char next = i + 2 < len ? w[i + 2] : 'e';
        if ((w[i] != 'i' && w[i] != 'y') || (w[i + 1] != 's' && w[i + 1] != 'z') ||
            !strchr("eai", next))
            continue;
        return add_variant(w, len, i + 1, 1, w[i + 1] == 's' ? "z" : "s", out, n);
    }
    return n;
}

/* -our and -or (tumour, tumours; behaviour, behavioural): before the end
 * or one of these endings. */
static size_t our_variant(const char *w, size_t len, char out[][WORDS_MAX + 1], size_t n)
{
    static const char *const ends[] = { "", "s", "al", "ally", "ed", "ing", "ite", "ites" };

    for (size_t e = 0; e < sizeof ends / sizeof ends[0]; e++) {
        size_t el = strlen(ends[e]), end;
        if (len < el + 5 || memcmp(w + len - el, ends[e], el) != 0)
            continue;
        end = len - el; /* just past "our" or "or" */
        if (end >= 6 && memcmp(w + end - 3, "our", 3) == 0)
            return add_variant(w, len, end - 2, 1, "", out, n);
        if (memcmp(w + end - 2, "or", 2) == 0 && w[end - 3] != 'o' && w[end - 3] != 'u')
            return add_variant(w, len, end - 1, 0, "u", out, n);
    }
    return n;
}

size_t words_variants(const char *w, size_t len, char out[][WORDS_MAX + 1])
{
    size_t n = 0;

    if (len > WORDS_MAX)
        return 0;
    n = stem_variant(w, len, out, n);
    n = ise_variant(w, len, out, n);
    n = our_variant(w, len, out, n);
    return n;
}

/* ---- spelling */

int words_distance(const char *a, size_t alen, const char *b, size_t blen, int max)
{
    int rows[3][WORDS_MAX + 2];
    int *prev2 = rows[0], *prev = rows[1], *cur = rows[2];

    if (alen > WORDS_MAX)
        alen = WORDS_MAX;
    if (blen > WORDS_MAX)
        blen = WORDS_MAX;
    if ((alen > blen ? alen - blen : blen - alen) > (size_t)max)
        return max + 1;
    for (size_t j = 0; j <= blen; j++)
        prev[j] = (int)j;
    for (size_t i = 1; i <= alen; i++) {
        int best;
        cur[0] = best = (int)i;
        for (size_t j = 1; j <= blen; j++) {
            int cost = a[i - 1] != b[j - 1];
            int d = prev[j - 1] + cost;
            if (prev[j] + 1 < d)
                d = prev[j] + 1;
            if (cur[j - 1] + 1 < d)
                d = cur[j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                prev2[j - 2] + 1 < d)
                d = prev2[j - 2] + 1; /* two neighbours swapped */
            cur[j] = d;
            if (d < best)
                best = d;
        }
        if (best > max)
            return max + 1;
        int *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[blen] > max ? max + 1 : prev[blen];
}

int words_max_distance(size_t len)
{
    /* One change in four letters: "tens" is no misspelling of "tends", nor
     * "machine" of "matching". */
    return len <= 4 ? 0 : len < 12 ? (int)len / 4 : 3;
}
