/* rank.c: the search index and the ranking of results (see search.h).
 *
 * The index holds each node's words as numbers into one vocabulary (every
 * distinct folded word of the guide, with how often it occurs), field by
 * field. A query is turned into terms, each with its other spellings; each
 * vocabulary word gets a bit per term it starts with, and one pass over the
 * numbers scores every node. A term no vocabulary word starts with is
 * corrected to the nearest word of the vocabulary first. */
#include "search.h"
#include "grow.h"
#include "words.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TERMS 12                    /* words of a query that count */
#define MAX_QWORDS 40                   /* words of a query read at all */
#define MAX_ALTS (1 + WORDS_VARIANTS)   /* a term and its other spellings */
#define MAX_READINGS 2                  /* the query, and "physiotherapy" for "physical therapy" */

/* Where a word is, most telling first; the weights are a match's worth. */
enum kind { KIND_TITLE, KIND_WORDS, KIND_SUMMARY, KIND_TEXT, KIND_HIDDEN };
static const int kind_weight[] = { 100, 80, 50, 10, 10 };

struct vword {
    uint64_t key; /* its first 8 bytes: most words are no longer */
    uint32_t off, hash, count; /* count: occurrences in the guide */
    uint32_t len;
};

/* A word's place in the hash table, with its key and length at hand so
 * that a lookup reads one slot, not the vocabulary too. */
struct slot {
    uint64_t key;
    uint32_t len;
    uint32_t id1; /* vocabulary number + 1; 0: free */
};

struct ifield {
    uint32_t end;     /* just past its last word in ix->tok */
    uint32_t display; /* its number for search_field_text (text and title) */
    uint8_t kind;
};

struct entry {
    const struct node *node;
    uint32_t first_field, end_field;
    const char *label;
};

struct search_index {
    char *vtext; /* the vocabulary's words, one after another */
    size_t vlen, vcap;
    struct vword *vw;
    size_t nv, cap_vw;
    struct slot *slots; /* hash table of the vocabulary */
    size_t nslots;
    uint32_t *tok; /* every node's words, as vocabulary numbers */
    size_t ntok, cap_tok;
    struct ifield *fields;
    size_t nfields, cap_fields;
    struct entry *v;
    size_t n, cap_v;
    bool oom;
};

/* ---- the vocabulary */

static bool vocab_rehash(struct search_index *ix)
{
    size_t n = ix->nslots ? ix->nslots * 2 : 1024;
    struct slot *s = calloc(n, sizeof *s);

    if (!s)
        return false;
    for (size_t id = 0; id < ix->nv; id++) {
        size_t i = ix->vw[id].hash & (n - 1);
        while (s[i].id1)
            i = (i + 1) & (n - 1);
        s[i] = (struct slot){ ix->vw[id].key, ix->vw[id].len, (uint32_t)id + 1 };
    }
    free(ix->slots);
    ix->slots = s;
    ix->nslots = n;
    return true;
}

/* Most words are 8 bytes or fewer: their first 8 bytes as a number (key)
 * and their length say all, so most lookups compare numbers, not bytes. */
static uint32_t hash_of(uint64_t key, size_t len, uint64_t tail)
{
    uint64_t h = (key ^ len) * 0x9E3779B97F4A7C15ull;

    if (len > 8)
        h ^= tail * 0xC2B2AE3D27D4EB4Full; /* its last 8 bytes */
    return (uint32_t)(h >> 32);
}

static uint32_t word_hash(const char *w, size_t len, uint64_t key)
{
    uint64_t tail = 0;

    if (len > 8)
        memcpy(&tail, w + len - 8, 8);
    return hash_of(key, len, tail);
}

static bool vocab_add(struct search_index *ix, const char *w, size_t len, uint64_t key,
                      uint32_t h, uint32_t *id)
{
    struct vword *v;

    if (ix->vlen + len > ix->vcap) {
        size_t cap = ix->vcap ? ix->vcap * 2 : 4096;
        char *t = realloc(ix->vtext, cap);
        if (!t)
            return false;
        ix->vtext = t;
        ix->vcap = cap;
    }
    if (!grow((void **)&ix->vw, &ix->cap_vw, ix->nv, sizeof *ix->vw))
        return false;
    if ((ix->nv + 1) * 2 > ix->nslots && !vocab_rehash(ix))
        return false;
    memcpy(ix->vtext + ix->vlen, w, len);
    v = &ix->vw[ix->nv];
    v->off = (uint32_t)ix->vlen;
    v->hash = h;
    v->key = key;
    v->len = (uint32_t)len;
    v->count = 0;
    ix->vlen += len;
    *id = (uint32_t)ix->nv++;
    size_t i = h & (ix->nslots - 1);
    while (ix->slots[i].id1)
        i = (i + 1) & (ix->nslots - 1);
    ix->slots[i] = (struct slot){ key, (uint32_t)len, *id + 1 };
    return true;
}

/* The vocabulary number of w, or UINT32_MAX. */
static inline __attribute__((always_inline)) uint32_t
vocab_find(const struct search_index *ix, const char *w, size_t len, uint64_t key, uint32_t h)
{
    for (size_t i = h & (ix->nslots - 1);; i = (i + 1) & (ix->nslots - 1)) {
        const struct slot *s = &ix->slots[i];
        if (!s->id1)
            return UINT32_MAX;
        if (s->key == key && s->len == len &&
            (len <= 8 || memcmp(ix->vtext + ix->vw[s->id1 - 1].off, w, len) == 0))
            return s->id1 - 1;
    }
}

/* ---- building: fold and split each field into words in one pass */

/* What an ASCII byte is in a word: its lower-case form, or FOLD_GAP
 * between words; FOLD_WIDE for the bytes of other characters. */
enum { FOLD_GAP = 0, FOLD_WIDE = 1 };
static unsigned char fold_table[256];

static void fold_table_init(void)
{
    for (int c = 0; c < 256; c++)
        fold_table[c] = c >= 0x80                ? FOLD_WIDE
                        : c >= 'A' && c <= 'Z'   ? (unsigned char)(c + 32)
                        : words_is_char((unsigned char)c) ? (unsigned char)c
                                                 : FOLD_GAP;
}

/* A word being read. Its key (first 8 bytes, byte i at bits 8i) is built
 * as the bytes come: reading it back from w would stall the processor on
 * the bytes just stored. */
struct wordbuf {
    char w[WORDS_MAX + 1];
    size_t len;
    uint64_t key;
};

static inline void word_put(struct wordbuf *b, unsigned char c)
{
    if (b->len < 8)
        b->key |= (uint64_t)c << (8 * b->len);
    b->w[b->len] = (char)c; /* past WORDS_MAX: overwritten, not counted */
    b->len += b->len < WORDS_MAX;
}

static uint64_t key_of(const char *w, size_t len)
{
    uint64_t k = 0;

    for (size_t i = 0; i < len && i < 8; i++)
        k |= (uint64_t)(unsigned char)w[i] << (8 * i);
    return k;
}

/* Ends the word in b: adds it to the field's words (room was made by
 * index_words). Inlined: it runs once per word of the guide. */
static inline __attribute__((always_inline)) void word_end(struct search_index *ix,
                                                           struct wordbuf *b)
{
    uint64_t key = b->key;
    uint32_t h = word_hash(b->w, b->len, key);
    uint32_t id = vocab_find(ix, b->w, b->len, key, h);

    if (id == UINT32_MAX && !vocab_add(ix, b->w, b->len, key, h, &id)) {
        ix->oom = true;
    } else {
        ix->vw[id].count++;
        ix->tok[ix->ntok++] = id;
    }
    b->len = 0;
    b->key = 0;
}

/* Adds the word s[start, start + n), all ASCII letters and digits, if it
 * is a known word (most are), without copying it: its key and last 8
 * bytes are read from s at once and lower-cased by setting bit 5 of each
 * byte (letters and digits alike). False leaves it to the general path. */
static inline bool ascii_word(struct search_index *ix, const char *s, size_t len, size_t start,
                              size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t lower = 0x2020202020202020ull;
    const char *w = s + start;
    uint64_t key, tail = 0;

    if (n > WORDS_MAX || start + 8 > len + 1) /* s[len], the 0, may be read; no further */
        return false;
    memcpy(&key, w, 8);
    key = (key | lower) & (n >= 8 ? ~0ull : (1ull << (8 * n)) - 1);
    if (n > 8) {
        memcpy(&tail, w + n - 8, 8);
        tail |= lower;
    }
    for (size_t i = hash_of(key, n, tail) & (ix->nslots - 1);; i = (i + 1) & (ix->nslots - 1)) {
        const struct slot *sl = &ix->slots[i];
        if (!sl->id1)
            return false; /* a new word: the general path adds it */
        if (sl->key != key || sl->len != n)
            continue;
        const char *v = ix->vtext + ix->vw[sl->id1 - 1].off;
        size_t k = 8;
        while (k < n && (w[k] | 0x20) == v[k])
            k++;
        if (k < n)
            continue;
        ix->vw[sl->id1 - 1].count++;
        ix->tok[ix->ntok++] = sl->id1 - 1;
        return true;
    }
#else
    (void)ix, (void)s, (void)len, (void)start, (void)n;
    return false;
#endif
}

/* Feeds the folded bytes of one character that is not ASCII. */
static void index_wide(struct search_index *ix, struct wordbuf *b, const char *out, size_t k)
{
    for (size_t j = 0; j < k; j++) {
        if (!words_is_char((unsigned char)out[j])) {
            if (b->len)
                word_end(ix, b);
        } else {
            word_put(b, (unsigned char)out[j]);
        }
    }
}

/* Splits s into words, folded as search_fold_query folds. ASCII, most of
 * the text, takes the short path through fold_table. */
static void index_words(struct search_index *ix, const char *s)
{
    struct wordbuf b;
    size_t len = strlen(s);
    bool space = false;

    b.len = 0;
    b.key = 0;
    /* Room for every word of s, once per field instead of once per word: a
     * word starts after a gap, so there are fewer words than bytes, even
     * where a character of two bytes folds to two words ("1/2"). */
    if (ix->cap_tok - ix->ntok < len + 1) {
        size_t cap = ix->cap_tok ? ix->cap_tok : 4096;
        uint32_t *t;
        while (cap - ix->ntok < len + 1)
            cap *= 2;
        if (!(t = realloc(ix->tok, cap * sizeof *t))) {
            ix->oom = true;
            return;
        }
        ix->tok = t;
        ix->cap_tok = cap;
    }
    for (size_t i = 0; i < len;) {
        unsigned char t = fold_table[(unsigned char)s[i]];
        if (t > FOLD_WIDE) {
            /* A run of ASCII letters and digits; s[len] is 0, a gap, so it
             * stops. Most words are such a run, ended by a gap. */
            size_t start = i;
            do
                t = fold_table[(unsigned char)s[++i]];
            while (t > FOLD_WIDE);
            if (b.len == 0 && t == FOLD_GAP && ascii_word(ix, s, len, start, i - start))
                continue;
            for (size_t k = start; k < i; k++)
                word_put(&b, fold_table[(unsigned char)s[k]]);
        } else if (t == FOLD_GAP) {
            if (b.len)
                word_end(ix, &b);
            i++;
        } else {
            char out[4];
            size_t used, k = search_fold_next(s + i, len - i, out, &used, &space);
            index_wide(ix, &b, out, k);
            i += used;
        }
    }
    if (b.len)
        word_end(ix, &b);
}

static void add_field(struct search_index *ix, const char *s, enum kind kind, size_t display)
{
    struct ifield *f;

    if (!s || ix->oom)
        return;
    index_words(ix, s);
    if (!grow((void **)&ix->fields, &ix->cap_fields, ix->nfields, sizeof *ix->fields)) {
        ix->oom = true;
        return;
    }
    f = &ix->fields[ix->nfields++];
    f->end = (uint32_t)ix->ntok;
    f->kind = (uint8_t)kind;
    f->display = (uint32_t)display;
}

static void add_node(struct search_index *ix, const struct node *n)
{
    size_t shown = search_field_count(n);
    struct entry *e;

    if (!grow((void **)&ix->v, &ix->cap_v, ix->n, sizeof *ix->v)) {
        ix->oom = true;
        return;
    }
    e = &ix->v[ix->n++];
    e->node = n;
    e->label = "";
    e->first_field = (uint32_t)ix->nfields;
    for (size_t f = 0; f < shown; f++)
        add_field(ix, search_field_text(n, f), f ? KIND_TEXT : KIND_TITLE, f);
    add_field(ix, n->summary, KIND_SUMMARY, 0);
    for (size_t i = 0; i < n->n_also; i++)
        add_field(ix, n->also[i], KIND_WORDS, 0);
    for (size_t i = 0; i < n->n_search; i++)
        add_field(ix, n->search[i], KIND_WORDS, 0);
    for (size_t i = 0; n->check && i < n->check->n_bring; i++)
        add_field(ix, n->check->bring[i], KIND_HIDDEN, 0);
    e->end_field = (uint32_t)ix->nfields;
}

/* ---- labels: the section of the guide each node is in */

static size_t entry_of(const struct guide *g, const struct node *n)
{
    return n->index < g->n_nodes && g->nodes[n->index] == n ? n->index : SIZE_MAX;
}

static void label_walk(struct search_index *ix, const struct guide *g, const struct node *n,
                       const char *label)
{
    size_t i = entry_of(g, n);

    if (i == SIZE_MAX || ix->v[i].label[0])
        return; /* not indexed, or labelled where it was first reached */
    ix->v[i].label = label;
    if (n->type != NODE_MENU)
        return;
    for (size_t c = 0; c < n->n_children; c++)
        label_walk(ix, g, n->children[c], n == g->root ? n->title : label);
}

static void label_all(struct search_index *ix, const struct guide *g)
{
    const struct node *root = g->root;

    if (root && entry_of(g, root) != SIZE_MAX) {
        ix->v[root->index].label = root->title;
        for (size_t c = 0; c < root->n_children; c++) {
            const struct node *top = root->children[c];
            size_t i = entry_of(g, top);
            if (i == SIZE_MAX || ix->v[i].label[0])
                continue;
            ix->v[i].label = root->title;
            for (size_t k = 0; top->type == NODE_MENU && k < top->n_children; k++)
                label_walk(ix, g, top->children[k], top->title);
        }
    }
    for (size_t i = 0; i < ix->n; i++) {
        const struct node *n = ix->v[i].node;
        if (n->type == NODE_TERM)
            ix->v[i].label = "Glossary";
        else if (n->type == NODE_SOURCE)
            ix->v[i].label = "Sources";
    }
}

struct search_index *search_index_build(const struct guide *g)
{
    struct search_index *ix = calloc(1, sizeof *ix);

    if (!ix || !vocab_rehash(ix)) {
        free(ix);
        return NULL;
    }
    if (!fold_table['a'])
        fold_table_init();
    for (size_t i = 0; i < g->n_nodes && !ix->oom; i++)
        add_node(ix, g->nodes[i]);
    if (ix->oom) {
        search_index_free(ix);
        return NULL;
    }
    label_all(ix, g);
    return ix;
}

void search_index_free(struct search_index *ix)
{
    if (!ix)
        return;
    free(ix->vtext);
    free(ix->vw);
    free(ix->slots);
    free(ix->tok);
    free(ix->fields);
    free(ix->v);
    free(ix);
}

/* ---- a query: its words, terms and readings */

struct qword {
    size_t start, len; /* in the folded query */
};

struct term {
    char alt[MAX_ALTS][WORDS_MAX + 1]; /* alt[0]: the word searched for */
    size_t n_alt;
    int word;          /* its word in the query, or -1 */
    bool corrected;    /* alt[0] is a correction of that word */
};

struct reading {
    struct term t[MAX_TERMS];
    size_t n;
};

struct query {
    char fq[SEARCH_MAX_QUERY * 4 + 1];
    struct qword w[MAX_QWORDS];
    size_t n_words;
    struct reading r[MAX_READINGS];
    size_t n_readings;
};

static void term_set(struct term *t, const char *w, size_t len, int word)
{
    if (len > WORDS_MAX)
        len = WORDS_MAX;
    memcpy(t->alt[0], w, len);
    t->alt[0][len] = '\0';
    t->n_alt = 1 + words_variants(w, len, &t->alt[1]);
    t->word = word;
    t->corrected = false;
}

static void reading_add(struct reading *r, const char *w, size_t len, int word)
{
    if (r->n < MAX_TERMS)
        term_set(&r->t[r->n++], w, len, word);
}

static bool term_is(const struct term *t, const char *prefix)
{
    return strncmp(t->alt[0], prefix, strlen(prefix)) == 0;
}

/* "physical therapy" is "physiotherapy" in the UK: two words for one. A
 * second reading of the query swaps one form for the other. */
static void add_physio_reading(struct query *q)
{
    const struct reading *r = &q->r[0];
    struct reading *alt = &q->r[1];
    bool swapped = false;

    memset(alt, 0, sizeof *alt);
    for (size_t i = 0; i < r->n; i++) {
        if (!swapped && i + 1 < r->n && !strcmp(r->t[i].alt[0], "physical") &&
            term_is(&r->t[i + 1], "therap")) {
            reading_add(alt, "physiotherap", 12, r->t[i].word);
            swapped = true;
            i++;
        } else if (!swapped && term_is(&r->t[i], "physio")) {
            reading_add(alt, "physical", 8, r->t[i].word);
            reading_add(alt, "therap", 6, r->t[i].word);
            swapped = true;
        } else if (alt->n < MAX_TERMS) {
            alt->t[alt->n++] = r->t[i];
        }
    }
    if (swapped)
        q->n_readings = 2;
}

/* Folds and splits the query; stop words count only in a query of
 * nothing else. False when the query has no word. */
static bool query_parse(struct query *q, const char *query)
{
    size_t len = search_fold_query(query, q->fq, sizeof q->fq), pos = 0, start, n;
    bool all_stop = true;

    memset(q->r, 0, sizeof q->r);
    q->n_words = 0;
    q->n_readings = 1;
    while (q->n_words < MAX_QWORDS && (n = words_next(q->fq, len, &pos, &start)) > 0) {
        q->w[q->n_words++] = (struct qword){ start, n };
        all_stop = all_stop && words_is_stop(q->fq + start, n);
    }
    for (size_t i = 0; i < q->n_words; i++)
        if (all_stop || !words_is_stop(q->fq + q->w[i].start, q->w[i].len))
            reading_add(&q->r[0], q->fq + q->w[i].start, q->w[i].len, (int)i);
    if (q->r[0].n == 0)
        return false;
    add_physio_reading(q);
    return true;
}

/* ---- matching the vocabulary */

static bool vword_starts(const struct search_index *ix, const struct vword *v, const char *a,
                         size_t alen)
{
    return v->len >= alen && memcmp(ix->vtext + v->off, a, alen) == 0;
}

/* Sets bit t of mask (and of exact, for a whole-word match) on every
 * vocabulary word that term t starts. Returns how many it starts. */
static size_t term_mark(const struct search_index *ix, const struct term *t, size_t bit,
                        uint32_t *mask, uint32_t *exact)
{
    size_t found = 0, alen[MAX_ALTS];

    for (size_t a = 0; a < t->n_alt; a++)
        alen[a] = strlen(t->alt[a]);
    for (size_t id = 0; id < ix->nv; id++) {
        const struct vword *v = &ix->vw[id];
        for (size_t a = 0; a < t->n_alt; a++) {
            if (!vword_starts(ix, v, t->alt[a], alen[a]))
                continue;
            mask[id] |= 1u << bit;
            if (v->len == alen[a])
                exact[id] |= 1u << bit;
            found++;
            break;
        }
    }
    return found;
}

/* Cuts a common ending off the term (-ing, -ed, -es, -s, -ly), leaving 4
 * letters at least, so that it matches the other forms of its word. False
 * if it has none. */
static bool term_stem(struct term *t)
{
    static const char *const ends[] = { "ing", "ed", "es", "s", "ly" };
    char w[WORDS_MAX + 1];
    size_t len = strlen(t->alt[0]);

    for (size_t e = 0; e < sizeof ends / sizeof ends[0]; e++) {
        size_t el = strlen(ends[e]);
        if (len >= el + 4 && !strcmp(t->alt[0] + len - el, ends[e])) {
            memcpy(w, t->alt[0], len - el);
            term_set(t, w, len - el, t->word);
            return true;
        }
    }
    return false;
}

/* A plural ("chances", "nerves", not "process", "stenosis" or "status")
 * is searched as its singular, which starts both forms: a page that says
 * "chance" answers a reader who typed "chances". False if t is no plural. */
static bool term_singular(struct term *t)
{
    size_t len = strlen(t->alt[0]);
    const char *w = t->alt[0];

    if (len < 5 || w[len - 1] != 's' || strchr("sui", w[len - 2]))
        return false;
    term_set(t, w, len - 1, t->word);
    return true;
}

/* The vocabulary word nearest to w within words_max_distance (plus slack),
 * the commoner of equals; UINT32_MAX when none. */
static uint32_t nearest_word(const struct search_index *ix, const char *w, int slack)
{
    size_t len = strlen(w);
    int max = words_max_distance(len) + slack, best = max + 1;
    uint32_t found = UINT32_MAX;

    if (words_max_distance(len) == 0)
        return UINT32_MAX;
    for (uint32_t id = 0; id < ix->nv; id++) {
        const struct vword *v = &ix->vw[id];
        const char *s = ix->vtext + v->off;
        if (v->len < 3 || words_is_stop(s, v->len))
            continue;
        int d = words_distance(w, len, s, v->len, best < max ? best : max);
        if (d == 0)
            continue; /* the word itself: not a suggestion */
        if (d < best || (d == best && d <= max && found != UINT32_MAX &&
                         v->count > ix->vw[found].count)) {
            if (d <= max) {
                best = d;
                found = id;
            }
        }
    }
    return found;
}

static void term_correct(const struct search_index *ix, struct term *t)
{
    uint32_t id = nearest_word(ix, t->alt[0], 0);
    const struct vword *v;

    if (id == UINT32_MAX)
        return;
    v = &ix->vw[id];
    term_set(t, ix->vtext + v->off, v->len, t->word);
    t->corrected = true;
}

/* ---- scoring */

struct score {
    int best[MAX_TERMS];
    unsigned count[MAX_TERMS];
    long last[MAX_TERMS]; /* token of its last match, or -1 */
    long bonus;
    size_t display;     /* the text field with the most of the words */
    int display_terms;  /* how many of them it has */
};

static void score_token(struct score *s, uint32_t m, uint32_t ex, int w, long i, long fstart)
{
    while (m) {
        unsigned t = (unsigned)__builtin_ctz(m);
        int worth = (ex >> t) & 1 ? w : w * 7 / 10; /* a word start counts less */
        m &= m - 1;
        if (worth > s->best[t])
            s->best[t] = worth;
        s->count[t]++;
        /* The words as the reader typed them, or near each other: worth
         * more than one word in a better place. */
        if (t > 0 && s->last[t - 1] == i - 1 && s->last[t - 1] >= fstart)
            s->bonus += w / 2 > 30 ? w / 2 : 30;
        else
            for (unsigned u = 0; u < MAX_TERMS; u++)
                if (u != t && s->last[u] >= fstart && i - s->last[u] <= 4) {
                    s->bonus += w / 5 > 8 ? w / 5 : 8;
                    break;
                }
        s->last[t] = i;
    }
}

/* Scores entry e; false unless every term matches somewhere in it. */
static bool score_entry(const struct search_index *ix, const struct entry *e, size_t n_terms,
                        const uint32_t *mask, const uint32_t *exact, struct search_hit *hit)
{
    struct score s;
    long total = 0;
    size_t count = 0;
    uint32_t start = e->first_field ? ix->fields[e->first_field - 1].end : 0;

    memset(&s, 0, sizeof s);
    for (size_t t = 0; t < MAX_TERMS; t++)
        s.last[t] = -1;
    for (uint32_t f = e->first_field; f < e->end_field; f++) {
        const struct ifield *fl = &ix->fields[f];
        uint32_t seen = 0;
        for (uint32_t i = start; i < fl->end; i++) {
            uint32_t m = mask[ix->tok[i]];
            if (m) {
                score_token(&s, m, exact[ix->tok[i]], kind_weight[fl->kind], i, start);
                seen |= m;
            }
        }
        /* The snippet shows the paragraph with the most of the words (a
         * title is shown anyway). */
        if (fl->kind == KIND_TEXT && __builtin_popcount(seen) > s.display_terms) {
            s.display_terms = __builtin_popcount(seen);
            s.display = fl->display;
        }
        start = fl->end;
    }
    for (size_t t = 0; t < n_terms; t++) {
        if (!s.best[t])
            return false;
        total += s.best[t] + 3 * (s.count[t] < 10 ? s.count[t] : 10);
        count += s.count[t];
    }
    hit->node = e->node;
    hit->field = s.display;
    hit->count = count;
    hit->label = e->label;
    hit->score = total + (s.bonus < 300 ? s.bonus : 300);
    return true;
}

/* ---- running a search */

static int hit_cmp(const void *a, const void *b)
{
    const struct search_hit *x = a, *y = b;

    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return (x->order > y->order) - (x->order < y->order);
}

/* Adds a form to the words the screens mark, once. */
static void match_add(struct search_results *out, const char *form)
{
    size_t len = strlen(out->match), flen = strlen(form);
    const char *p = out->match;

    for (; *p; p += strcspn(p, "\n") + (p[strcspn(p, "\n")] != '\0')) {
        if (strcspn(p, "\n") == flen && !memcmp(p, form, flen))
            return;
    }
    if (len + flen + 2 > sizeof out->match)
        return;
    if (len)
        out->match[len++] = '\n';
    memcpy(out->match + len, form, flen + 1);
}

/* The query as searched: each corrected word in place of what was typed. */
static void shown_query(const struct query *q, struct search_results *out)
{
    const struct reading *r = &q->r[0];
    size_t o = 0, from = 0;
    bool any = false;

    for (size_t i = 0; i < r->n; i++) {
        const struct qword *w;
        if (!r->t[i].corrected)
            continue;
        any = true;
        w = &q->w[r->t[i].word];
        o += (size_t)snprintf(out->shown + o, sizeof out->shown - o, "%.*s%s",
                              (int)(w->start - from), q->fq + from, r->t[i].alt[0]);
        if (o >= sizeof out->shown)
            o = sizeof out->shown - 1;
        from = w->start + w->len;
    }
    if (any)
        snprintf(out->shown + o, sizeof out->shown - o, "%s", q->fq + from);
    else
        out->shown[0] = '\0';
}

/* Runs one reading, keeping each node's best score in out (slot: the
 * place in out of each entry's hit, or SIZE_MAX). */
static bool run_reading(const struct search_index *ix, struct reading *r, bool correct,
                        uint32_t *mask, uint32_t *exact, size_t *slot,
                        struct search_results *out)
{
    memset(mask, 0, ix->nv * sizeof *mask);
    memset(exact, 0, ix->nv * sizeof *exact);
    for (size_t t = 0; t < r->n; t++) {
        struct term singular = r->t[t];
        if (term_singular(&singular) && term_mark(ix, &singular, t, mask, exact) > 0) {
            r->t[t] = singular;
            continue;
        }
        if (term_mark(ix, &r->t[t], t, mask, exact) == 0) {
            if (term_stem(&r->t[t]) && term_mark(ix, &r->t[t], t, mask, exact) > 0)
                continue; /* "walking" finds walk, walks, walked */
            if (!correct)
                return true;
            term_correct(ix, &r->t[t]);
            if (!r->t[t].corrected || term_mark(ix, &r->t[t], t, mask, exact) == 0)
                return true;
        }
    }
    for (size_t t = 0; t < r->n; t++)
        for (size_t a = 0; a < r->t[t].n_alt; a++)
            match_add(out, r->t[t].alt[a]);
    for (size_t i = 0; i < ix->n; i++) {
        struct search_hit h;
        if (!score_entry(ix, &ix->v[i], r->n, mask, exact, &h))
            continue;
        h.order = i;
        if (slot[i] != SIZE_MAX) {
            if (h.score > out->v[slot[i]].score)
                out->v[slot[i]] = h;
            continue;
        }
        if (!grow((void **)&out->v, &out->cap, out->n, sizeof *out->v))
            return false;
        slot[i] = out->n;
        out->v[out->n++] = h;
    }
    return true;
}

/* The vocabulary numbers of all the query's words, stop words too, as
 * corrected; false if one is in no node. */
static bool query_ids(const struct search_index *ix, const struct query *q, uint32_t *ids)
{
    const struct reading *r = &q->r[0];

    for (size_t i = 0; i < q->n_words; i++) {
        const char *w = q->fq + q->w[i].start;
        size_t len = q->w[i].len < WORDS_MAX ? q->w[i].len : WORDS_MAX;
        uint64_t key;
        for (size_t t = 0; t < r->n; t++)
            if (r->t[t].word == (int)i && r->t[t].corrected) {
                w = r->t[t].alt[0];
                len = strlen(w);
            }
        key = key_of(w, len);
        ids[i] = vocab_find(ix, w, len, key, word_hash(w, len, key));
        if (ids[i] == UINT32_MAX)
            return false;
    }
    return true;
}

/* A title that holds the whole query as typed, stop words and all ("Is
 * spinal cord stimulation worth it?"), is most likely what was meant. */
static void title_bonus(const struct search_index *ix, const struct query *q,
                        struct search_results *out)
{
    uint32_t ids[MAX_QWORDS];

    if (q->n_words < 2 || !query_ids(ix, q, ids))
        return;
    for (size_t k = 0; k < out->n; k++) {
        const struct entry *e = &ix->v[out->v[k].order];
        size_t start = e->first_field ? ix->fields[e->first_field - 1].end : 0;
        size_t end = e->end_field > e->first_field ? ix->fields[e->first_field].end : start;
        for (size_t i = start; i + q->n_words <= end; i++) {
            if (memcmp(ix->tok + i, ids, q->n_words * sizeof *ids) == 0) {
                out->v[k].score += end - start == q->n_words ? 150 : 100;
                break;
            }
        }
    }
}

bool search_run(const struct search_index *ix, const char *query, struct search_results *out)
{
    struct query *q = malloc(sizeof *q);
    uint32_t *mask = malloc((ix->nv + 1) * sizeof *mask);
    uint32_t *exact = malloc((ix->nv + 1) * sizeof *exact);
    size_t *slot = malloc((ix->n + 1) * sizeof *slot);
    bool ok = q && mask && exact && slot;

    out->n = 0;
    out->shown[0] = out->match[0] = '\0';
    if (ok && query_parse(q, query)) {
        for (size_t i = 0; i < ix->n; i++)
            slot[i] = SIZE_MAX;
        for (size_t k = 0; ok && k < q->n_readings; k++)
            ok = run_reading(ix, &q->r[k], k == 0, mask, exact, slot, out);
        shown_query(q, out);
        title_bonus(ix, q, out);
        if (out->n > 1)
            qsort(out->v, out->n, sizeof *out->v, hit_cmp);
    }
    free(q);
    free(mask);
    free(exact);
    free(slot);
    return ok;
}

void search_results_free(struct search_results *r)
{
    free(r->v);
    memset(r, 0, sizeof *r);
}

/* ---- when nothing is found */

/* How many nodes the query finds, or 0. */
static size_t count_hits(const struct search_index *ix, const char *query)
{
    struct search_results r = { 0 };
    size_t n = search_run(ix, query, &r) ? r.n : 0;

    search_results_free(&r);
    return n;
}

/* The query's words without word skip, into buf. */
static void words_but(const struct query *q, size_t skip, char *buf, size_t size)
{
    size_t o = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < q->r[0].n; i++) {
        const struct qword *w = &q->w[q->r[0].t[i].word];
        if (i == skip || o >= size)
            continue;
        o += (size_t)snprintf(buf + o, size - o, "%s%.*s", o ? " " : "", (int)w->len,
                              q->fq + w->start);
    }
}

static size_t suggest_fewer(const struct search_index *ix, const struct query *q,
                            char out[][SEARCH_LINE], size_t n, size_t max)
{
    char best[SEARCH_LINE] = "", buf[SEARCH_LINE];
    size_t best_n = 0;

    if (q->r[0].n < 2 || n >= max)
        return n;
    for (size_t i = 0; i < q->r[0].n; i++) {
        words_but(q, i, buf, sizeof buf);
        size_t hits = count_hits(ix, buf);
        if (hits > best_n) {
            best_n = hits;
            memcpy(best, buf, sizeof best);
        }
    }
    if (best_n == 0)
        return n;
    snprintf(out[n], SEARCH_LINE, "Try fewer words: \"%.*s\" finds %zu.", SEARCH_LINE / 2,
             best, best_n);
    return n + 1;
}

/* Does some word of the guide start with the term (in any spelling)? */
static bool term_known(const struct search_index *ix, const struct term *t)
{
    for (size_t id = 0; id < ix->nv; id++)
        for (size_t a = 0; a < t->n_alt; a++)
            if (vword_starts(ix, &ix->vw[id], t->alt[a], strlen(t->alt[a])))
                return true;
    return false;
}

static size_t suggest_near(const struct search_index *ix, const struct query *q,
                           char out[][SEARCH_LINE], size_t n, size_t max)
{
    for (size_t i = 0; i < q->r[0].n && n < max; i++) {
        const char *w = q->r[0].t[i].alt[0];
        uint32_t id = term_known(ix, &q->r[0].t[i]) ? UINT32_MAX : nearest_word(ix, w, 1);
        if (id == UINT32_MAX)
            continue;
        snprintf(out[n++], SEARCH_LINE, "Did you mean \"%.*s\"?", (int)ix->vw[id].len,
                 ix->vtext + ix->vw[id].off);
    }
    return n;
}

size_t search_suggest(const struct search_index *ix, const char *query, char out[][SEARCH_LINE],
                      size_t max)
{
    struct query *q = malloc(sizeof *q);
    size_t n = 0;

    if (q && query_parse(q, query)) {
        n = suggest_fewer(ix, q, out, n, max);
        n = suggest_near(ix, q, out, n, max);
    }
    free(q);
    return n;
}
