/* search.c: folding, and finding a query in a node's text to mark it and
 * show it in a snippet (see search.h; the index and ranking are in rank.c). */
#define _GNU_SOURCE /* memmem */
#include "search.h"
#include "grow.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "words.h"

/* ---- folding: one rule for the index, the query and the pages on screen */

/* Folds one code point: lower case, accents and typographic punctuation
 * to ASCII, white space to ' '. Other characters stay as UTF-8. Returns
 * the bytes written to out (at most 4). */
static size_t fold_cp(uint32_t cp, const char *raw, size_t raw_len, char *out)
{
    const char *a;

    if (cp < 0x80) {
        out[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        if (cp == '\t' || cp == '\n' || cp == '\r')
            out[0] = ' ';
        return 1;
    }
    a = text_ascii_for(cp);
    if (a && strlen(a) <= 4 && strcmp(a, " degrees") != 0) {
        size_t n = strlen(a);
        for (size_t i = 0; i < n; i++)
            out[i] = (char)(a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i]);
        return n;
    }
    memcpy(out, raw, raw_len);
    return raw_len;
}

size_t search_fold_next(const char *s, size_t len, char *out, size_t *used, bool *prev_space)
{
    uint32_t cp;
    size_t n = text_decode(s, len, &cp), k;

    if (cp == TEXT_REPLACEMENT && n == 1) {
        *used = 1;
        memcpy(out, "\xEF\xBF\xBD", 3);
        *prev_space = false;
        return 3;
    }
    k = fold_cp(cp, s, n, out);
    *used = n;
    if (k == 1 && out[0] == ' ') {
        if (*prev_space)
            k = 0;
        *prev_space = true;
    } else {
        *prev_space = false;
    }
    return k;
}

size_t search_fold_query(const char *query, char *out, size_t cap)
{
    size_t len = strlen(query), i = 0, o = 0;
    bool space = true; /* drops leading spaces */

    if (cap == 0)
        return 0;
    while (i < len) {
        char buf[4];
        size_t used, k = search_fold_next(query + i, len - i, buf, &used, &space);
        if (o + k >= cap)
            break;
        memcpy(out + o, buf, k);
        o += k;
        i += used;
    }
    while (o > 0 && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    return o;
}

/* Does fq match the folded text of s from byte p on, starting skip bytes
 * into the folded form of the character at p ("..." for "…": a query may
 * begin inside it, as in the index)? Sets *end, and *used and *k to the
 * size of that first character and of its folded form. */
static bool match_at(const char *s, size_t len, size_t p, size_t skip, const char *fq,
                     size_t *end, size_t *used, size_t *k)
{
    size_t qlen = strlen(fq), i = p, q = 0;
    bool space = p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t');

    while (q < qlen && i < len) {
        char buf[4];
        size_t n, f = search_fold_next(s + i, len - i, buf, &n, &space);
        size_t off = i == p ? skip : 0;
        if (i == p) {
            *used = n;
            *k = f;
        }
        size_t avail = f > off ? f - off : 0;
        size_t m = avail < qlen - q ? avail : qlen - q;
        if (memcmp(buf + off, fq + q, m) != 0)
            return false;
        q += m;
        i += n;
    }
    *end = i;
    return q == qlen;
}

bool search_find(const char *s, size_t len, const char *fq, size_t from, size_t *start,
                 size_t *end)
{
    if (!fq[0])
        return false;
    for (size_t p = from; p < len;) {
        size_t used = 1, k = 1;
        for (size_t skip = 0; skip == 0 || skip < k; skip++) {
            if (match_at(s, len, p, skip, fq, end, &used, &k)) {
                *start = p;
                return true;
            }
        }
        p += used;
    }
    return false;
}

/* ---- words: what a search result marks */

/* Is the character that ends just before byte at a part of a word? */
static bool word_before(const char *s, size_t at)
{
    size_t p = at, used, k;
    char buf[4];
    bool space = false;

    if (at == 0)
        return false;
    while (p > 0 && at - p < 4 && ((unsigned char)s[p - 1] & 0xC0) == 0x80)
        p--;
    if (p > 0)
        p--;
    k = search_fold_next(s + p, at - p, buf, &used, &space);
    return k > 0 && words_is_char((unsigned char)buf[k - 1]);
}

/* The end of the word that starts at p: past every character whose folded
 * form begins with a word byte. Its folded form (at most WORDS_MAX bytes)
 * goes to w, its length to *wlen. */
static size_t word_at(const char *s, size_t len, size_t p, char *w, size_t *wlen)
{
    bool space = false;

    *wlen = 0;
    while (p < len) {
        char buf[4];
        size_t used, k = search_fold_next(s + p, len - p, buf, &used, &space), j;
        if (k == 0 || !words_is_char((unsigned char)buf[0]))
            break;
        for (j = 0; j < k && words_is_char((unsigned char)buf[j]); j++)
            if (*wlen < WORDS_MAX)
                w[(*wlen)++] = buf[j];
        p += used;
        if (j < k)
            break; /* "1/2": the word ends inside the character */
    }
    return p;
}

static bool word_matches(const char *w, size_t wlen, const char *match)
{
    for (const char *m = match; *m;) {
        size_t n = strcspn(m, "\n");
        if (n > 0 && n <= wlen && memcmp(w, m, n) == 0)
            return true;
        m += n + (m[n] == '\n');
    }
    return false;
}

bool search_find_word(const char *s, size_t len, const char *match, size_t from, size_t *start,
                      size_t *end)
{
    bool in_word = word_before(s, from), space = false;

    for (size_t p = from; p < len;) {
        char buf[4], w[WORDS_MAX];
        size_t used, k = search_fold_next(s + p, len - p, buf, &used, &space), wlen;
        if (!in_word && k > 0 && words_is_char((unsigned char)buf[0])) {
            size_t e = word_at(s, len, p, w, &wlen);
            if (word_matches(w, wlen, match)) {
                *start = p;
                *end = e;
                return true;
            }
        }
        in_word = k > 0 && words_is_char((unsigned char)buf[k - 1]);
        p += used;
    }
    return false;
}

/* ---- the fields of a node */

size_t search_field_count(const struct node *n)
{
    return 1 + n->n_paras + (n->check ? n->check->n_items : 0) +
           (n->chart ? 1 + n->chart->n_bars : 0);
}

const char *search_field_text(const struct node *n, size_t field)
{
    size_t items = n->check ? n->check->n_items : 0;

    if (field == 0)
        return n->title;
    if (field <= n->n_paras)
        return n->paras[field - 1];
    field -= 1 + n->n_paras;
    if (field < items)
        return n->check->items[field].text;
    field -= items;
    return field == 0 ? n->chart->title : n->chart->bars[field - 1].label;
}

/* ---- snippets */

/* Start of the snippet: about a third of the width before the match, at
 * the start of a word. */
static size_t snippet_start(const char *c, size_t mstart, int width)
{
    size_t s = mstart;
    int room = width / 3;

    while (s > 0 && room > 0) {
        do
            s--;
        while (s > 0 && ((unsigned char)c[s] & 0xC0) == 0x80);
        room--;
    }
    if (s == 0)
        return 0;
    while (s < mstart && c[s - 1] != ' ')
        s++;
    return s;
}

static char *snippet(const char *text, const char *pattern, bool words, int width, bool ascii,
                     size_t *mstart, size_t *mlen)
{
    char *c = text_clean(text, ascii), *out;
    size_t len, ms = 0, me = 0, from, keep;
    const char *lead;

    if (!c)
        return NULL;
    len = strlen(c);
    if (width < 8)
        width = 8;
    if (!(words ? search_find_word(c, len, pattern, 0, &ms, &me)
                : search_find(c, len, pattern, 0, &ms, &me)))
        ms = me = 0;
    from = snippet_start(c, ms, width);
    lead = from ? "..." : "";
    keep = text_fit(c + from, len - from, width - (int)strlen(lead));
    if (from + keep < len) /* leave room for the trailing "..." */
        keep = text_fit(c + from, len - from, width - (int)strlen(lead) - 3);
    out = malloc(strlen(lead) + keep + 4);
    if (out) {
        sprintf(out, "%s%.*s%s", lead, (int)keep, c + from, from + keep < len ? "..." : "");
        *mstart = strlen(lead) + ms - from;
        *mlen = me > from + keep ? (from + keep > ms ? from + keep - ms : 0) : me - ms;
    }
    free(c);
    return out;
}

char *search_snippet(const char *text, const char *fq, int width, bool ascii, size_t *mstart,
                     size_t *mlen)
{
    return snippet(text, fq, false, width, ascii, mstart, mlen);
}

char *search_snippet_words(const char *text, const char *match, int width, bool ascii,
                           size_t *mstart, size_t *mlen)
{
    return snippet(text, match, true, width, ascii, mstart, mlen);
}
