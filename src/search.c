/* search.c: folded phrase search over the whole guide (see search.h). */
#define _GNU_SOURCE /* memmem */
#include "search.h"
#include "grow.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

#define FIELD_SEP '\n' /* between fields in the index: no folded query has one */

struct entry {
    const struct node *node;
    size_t start, end;   /* the node's folded text in ix->text */
    size_t first_field;  /* its field ends in ix->field_end */
};

struct search_index {
    char *text;          /* every node's folded fields, one after another */
    size_t len, cap;
    size_t *field_end;   /* offset just past each field, per node in order */
    size_t n_fields, cap_fields;
    struct entry *v;
    size_t n, cap_v;
};

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

/* The folded form of the character at s (len bytes left); *used is the
 * bytes it took. Runs of spaces fold to one: *prev_space carries that. */
static size_t fold_next(const char *s, size_t len, char *out, size_t *used, bool *prev_space)
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
        size_t used, k = fold_next(query + i, len - i, buf, &used, &space);
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
        size_t n, f = fold_next(s + i, len - i, buf, &n, &space);
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

/* ---- the index */

/* Room for need more bytes of folded text. */
static bool reserve(struct search_index *ix, size_t need)
{
    size_t cap = ix->cap ? ix->cap : 4096;
    char *t;

    if (ix->len + need <= ix->cap)
        return true;
    while (cap < ix->len + need)
        cap *= 2;
    t = realloc(ix->text, cap);
    if (!t)
        return false;
    ix->text = t;
    ix->cap = cap;
    return true;
}

/* Appends s folded. ASCII, most of the text, takes a short path; it folds
 * exactly as fold_next would. */
static bool append_folded(struct search_index *ix, const char *s)
{
    size_t len = strlen(s), i = 0;
    bool space = true;
    char *out;

    /* At most 3 bytes come out of each byte in (a stray byte: U+FFFD). */
    if (!reserve(ix, 3 * len + 2))
        return false;
    out = ix->text + ix->len;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (!blank || !space)
                *out++ = blank ? ' ' : (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            space = blank;
            i++;
            continue;
        }
        size_t used, k = fold_next(s + i, len - i, out, &used, &space);
        out += k;
        i += used;
    }
    ix->len = (size_t)(out - ix->text);
    return true;
}

static bool add_field(struct search_index *ix, const char *s)
{
    if (!append_folded(ix, s))
        return false;
    ix->text[ix->len++] = FIELD_SEP;
    if (!grow((void **)&ix->field_end, &ix->cap_fields, ix->n_fields, sizeof *ix->field_end))
        return false;
    ix->field_end[ix->n_fields++] = ix->len;
    return true;
}

static bool add_node(struct search_index *ix, const struct node *n)
{
    struct entry e = { n, ix->len, 0, ix->n_fields };
    size_t n_fields = search_field_count(n);

    for (size_t f = 0; f < n_fields; f++)
        if (!add_field(ix, search_field_text(n, f)))
            return false;
    e.end = ix->len;
    if (!grow((void **)&ix->v, &ix->cap_v, ix->n, sizeof *ix->v))
        return false;
    ix->v[ix->n++] = e;
    return true;
}

struct search_index *search_index_build(const struct guide *g)
{
    struct search_index *ix = calloc(1, sizeof *ix);

    if (!ix)
        return NULL;
    for (size_t i = 0; i < g->n_nodes; i++) {
        if (!add_node(ix, g->nodes[i])) {
            search_index_free(ix);
            return NULL;
        }
    }
    return ix;
}

void search_index_free(struct search_index *ix)
{
    if (!ix)
        return;
    free(ix->text);
    free(ix->field_end);
    free(ix->v);
    free(ix);
}

/* ---- running a search */

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

static size_t field_of(const struct search_index *ix, const struct entry *e, size_t off)
{
    size_t f = e->first_field;

    while (ix->field_end[f] <= off)
        f++;
    return f - e->first_field;
}

static bool match_node(const struct search_index *ix, const struct entry *e, const char *fq,
                       size_t qlen, struct search_hit *hit)
{
    const char *p = ix->text + e->start, *end = ix->text + e->end;
    const char *m = memmem(p, (size_t)(end - p), fq, qlen);

    if (!m)
        return false;
    hit->node = e->node;
    hit->field = field_of(ix, e, (size_t)(m - ix->text));
    hit->count = 0;
    for (; m; m = memmem(p, (size_t)(end - p), fq, qlen)) {
        hit->count++;
        p = m + qlen;
    }
    return true;
}

bool search_run(const struct search_index *ix, const char *query, struct search_results *out)
{
    char fq[SEARCH_MAX_QUERY * 4 + 1];
    size_t qlen = search_fold_query(query, fq, sizeof fq), titles = 0;

    out->n = 0;
    if (qlen == 0)
        return true;
    for (size_t i = 0; i < ix->n; i++) {
        struct search_hit h;
        if (!match_node(ix, &ix->v[i], fq, qlen, &h))
            continue;
        if (!grow((void **)&out->v, &out->cap, out->n, sizeof *out->v))
            return false;
        out->v[out->n++] = h;
        /* Title matches move to the front, keeping guide order. */
        if (h.field == 0) {
            memmove(&out->v[titles + 1], &out->v[titles], (out->n - 1 - titles) * sizeof h);
            out->v[titles++] = h;
        }
    }
    return true;
}

void search_results_free(struct search_results *r)
{
    free(r->v);
    memset(r, 0, sizeof *r);
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

char *search_snippet(const char *text, const char *fq, int width, bool ascii, size_t *mstart,
                     size_t *mlen)
{
    char *c = text_clean(text, ascii), *out;
    size_t len, ms = 0, me = 0, from, keep;
    const char *lead;

    if (!c)
        return NULL;
    len = strlen(c);
    if (width < 8)
        width = 8;
    if (!search_find(c, len, fq, 0, &ms, &me))
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
