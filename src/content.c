/* content.c: loads and validates the guide's tree (see content.h). */
#define _GNU_SOURCE
#include "content.h"

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "grow.h"
#include "inifile.h"

#define MAX_NUMBERED 999 /* highest n in p<n>, item<n>, band<n> */
#define MAX_DEPTH 50     /* levels of menus below the start node (doc/content-format.md) */
#define MAX_WEIGHT 100

/* ---- arena: every string and array of a guide lives in one list of blocks */

struct block {
    struct block *next;
    size_t used, size;
    max_align_t data[];
};

struct arena {
    struct block *head;
    char **texts;       /* file texts that node strings point into */
    size_t n_texts, cap_texts;
};

static void *arena_alloc(struct arena *a, size_t n)
{
    struct block *b = a->head;

    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    if (!b || b->size - b->used < n) {
        size_t size = n > 65536 ? n : 65536;
        b = malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->next = a->head;
        b->used = 0;
        b->size = size;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

static const char *arena_strdup(struct arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = arena_alloc(a, n);

    if (p)
        memcpy(p, s, n);
    return p;
}

/* Keeps a file's text for as long as the guide: its strings are used in
 * place rather than copied. Frees text if it cannot. */
static bool arena_adopt(struct arena *a, char *text)
{
    if (!grow((void **)&a->texts, &a->cap_texts, a->n_texts, sizeof *a->texts)) {
        free(text);
        return false;
    }
    a->texts[a->n_texts++] = text;
    return true;
}

static void arena_free(struct arena *a)
{
    for (size_t i = 0; i < a->n_texts; i++)
        free(a->texts[i]);
    free(a->texts);
    a->texts = NULL;
    a->n_texts = a->cap_texts = 0;
    while (a->head) {
        struct block *next = a->head->next;
        free(a->head);
        a->head = next;
    }
}

/* ---- loading state */

struct entry {              /* one [id] of the folder, for lookups */
    const char *id;
    struct node *node;
    const struct ini_section *sec;
    const char *file;
    size_t order;           /* its place in file order */
};

struct loader {
    struct arena arena;
    struct diag *d;
    struct ini_file *files;
    size_t n_files;
    struct entry *index; /* sorted by id */
    size_t n_index;
    struct entry **in_order; /* the same entries in file order */
    const struct ini_section *guide_sec;
    const char *guide_file;
    bool verify;  /* iniparser reads every file too (see ini_read) */
    bool oom;
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const struct entry *)a)->id, ((const struct entry *)b)->id);
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Collects the sorted paths of the .ini files in dir. */
static char **list_files(const char *dir, size_t *n, struct diag *d)
{
    DIR *dp = opendir(dir);
    struct dirent *de;
    char **v = NULL;
    size_t cap = 0;

    *n = 0;
    if (!dp) {
        diag_add(d, dir, 0, "check that the folder may be read (ls -ld FOLDER)",
                 "cannot open the content folder: %s", strerror(errno));
        return NULL;
    }
    while ((de = readdir(dp)) != NULL) {
        if (de->d_name[0] == '.' || !ends_with(de->d_name, ".ini"))
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 32;
            char **nv = realloc(v, cap * sizeof *nv);
            if (!nv)
                break;
            v = nv;
        }
        if (asprintf(&v[*n], "%s/%s", dir, de->d_name) < 0)
            break;
        (*n)++;
    }
    closedir(dp);
    if (*n == 0)
        diag_add(d, dir, 0, "put the guide's .ini files in this folder, or point --content at them",
                 "the content folder has no .ini files");
    else
        qsort(v, *n, sizeof *v, cmp_str);
    return v;
}

static bool read_files(struct loader *L, const char *dir)
{
    size_t n;
    char **paths = list_files(dir, &n, L->d);
    bool ok = n > 0;

    L->files = calloc(n ? n : 1, sizeof *L->files);
    if (!L->files)
        ok = false;
    for (size_t i = 0; i < n; i++) {
        if (L->files && ini_read(paths[i], &L->files[L->n_files], L->verify, L->d))
            L->n_files++;
        else
            ok = false;
        free(paths[i]);
    }
    free(paths);
    return ok;
}

/* ---- building the index of ids */

static bool build_index(struct loader *L)
{
    size_t total = 0, k = 0;
    bool ok = true;

    for (size_t f = 0; f < L->n_files; f++)
        total += L->files[f].n_secs;
    L->index = calloc(total ? total : 1, sizeof *L->index);
    if (!L->index)
        return false;
    for (size_t f = 0; f < L->n_files; f++) {
        for (size_t s = 0; s < L->files[f].n_secs; s++) {
            const struct ini_section *sec = &L->files[f].secs[s];
            L->index[k] = (struct entry){ sec->id, NULL, sec, L->files[f].path, k };
            k++;
        }
    }
    L->n_index = k;
    qsort(L->index, k, sizeof *L->index, cmp_entry);
    L->in_order = malloc((k ? k : 1) * sizeof *L->in_order);
    if (!L->in_order) {
        L->oom = true;
        return false;
    }
    for (size_t i = 0; i < k; i++)
        L->in_order[L->index[i].order] = &L->index[i];
    for (size_t i = 1; i < k; i++) {
        if (strcmp(L->index[i].id, L->index[i - 1].id) == 0) {
            diag_add(L->d, L->index[i].file, L->index[i].sec->line,
                     "rename one of the two, or remove the copy",
                     "id [%s] is already defined in %s:%d", L->index[i].id,
                     L->index[i - 1].file, L->index[i - 1].sec->line);
            ok = false;
        }
    }
    return ok;
}

static struct entry *find_entry(const struct loader *L, const char *id)
{
    struct entry key = { .id = id };
    return bsearch(&key, L->index, L->n_index, sizeof key, cmp_entry);
}

/* ---- reading the fields of one node */

/* True if key is prefix<n>suffix with n in 1..MAX_NUMBERED; stores n. */
static bool numbered(const char *key, const char *prefix, const char *suffix, int *n)
{
    size_t pl;
    const char *p;
    int v = 0;

    if (key[0] != prefix[0]) /* most keys: one comparison (loading is hot) */
        return false;
    pl = strlen(prefix);
    p = key + pl;
    if (strncmp(key, prefix, pl) != 0 || *p < '1' || *p > '9')
        return false;
    while (*p >= '0' && *p <= '9' && v <= MAX_NUMBERED)
        v = v * 10 + (*p++ - '0');
    if (v > MAX_NUMBERED || strcmp(p, suffix) != 0)
        return false;
    *n = v;
    return true;
}

static const char *value_of(const struct ini_section *sec, const char *key)
{
    const struct ini_key *k = ini_find(sec, key);
    return k && k->value[0] ? k->value : NULL;
}

static int line_of(const struct ini_section *sec, const char *key)
{
    const struct ini_key *k = ini_find(sec, key);
    return k ? k->line : sec->line;
}

/* Counts prefix1suffix, prefix2suffix, ... and reports any key of that
 * form past a gap. Two passes over the keys, so a page of many
 * paragraphs loads in linear time. */
static size_t count_numbered(struct loader *L, const struct entry *e, const char *prefix,
                             const char *suffix)
{
    size_t n_keys = e->sec->n_keys, count = 0;
    /* A number past n_keys + 1 is past a gap for sure. */
    bool *seen = calloc(n_keys + 2, sizeof *seen);
    int n;

    if (!seen) {
        L->oom = true;
        return 0;
    }
    for (size_t i = 0; i < n_keys; i++)
        if (numbered(e->sec->keys[i].key, prefix, suffix, &n) && (size_t)n <= n_keys + 1)
            seen[n] = true;
    while (count < n_keys && seen[count + 1])
        count++;
    free(seen);
    for (size_t i = 0; i < n_keys; i++) {
        const struct ini_key *k = &e->sec->keys[i];
        if (numbered(k->key, prefix, suffix, &n) && (size_t)n > count + 1)
            diag_add(L->d, e->file, k->line, "number the keys from 1 without gaps",
                     "in [%s], %s comes after a gap: %s%zu%s is missing", e->id, k->key,
                     prefix, count + 1, suffix);
    }
    return count;
}

static const char **numbered_values(struct loader *L, const struct entry *e,
                                    const char *prefix, const char *suffix, size_t *n)
{
    const char **v;
    int k;

    *n = count_numbered(L, e, prefix, suffix);
    v = arena_alloc(&L->arena, (*n ? *n : 1) * sizeof *v);
    if (!v) {
        L->oom = true;
        *n = 0;
        return NULL;
    }
    for (size_t i = 0; i < e->sec->n_keys; i++)
        if (numbered(e->sec->keys[i].key, prefix, suffix, &k) && (size_t)k <= *n)
            v[k - 1] = e->sec->keys[i].value;
    return v;
}

static bool icons_key(const char *key);
static bool compare_key(const char *key);
static bool values_key(const char *key);

static bool page_key(const char *key)
{
    int n;

    return !strcmp(key, "chart") || !strcmp(key, "chart_unit") || !strcmp(key, "chart_after") ||
           numbered(key, "bar", "", &n) || icons_key(key);
}

static bool key_allowed(enum node_type t, const char *key)
{
    static const char *const numbered_keys[][2] = {
        { "item", "" }, { "item", "_weight" }, { "item", "_why" }, { "item", "_ask" },
        { "item", "_urgent" }, { "band", "_min" }, { "band", "_max" }, { "band", "_title" },
        { "band", "_text" }, { "urgent_p", "" }, { "bring", "" },
    };
    int n;

    if (!strcmp(key, "type") || !strcmp(key, "title") || !strcmp(key, "summary") ||
        !strcmp(key, "search"))
        return true;
    if (t == NODE_MENU)
        return !strcmp(key, "children");
    if (numbered(key, "p", "", &n))
        return true;
    if (t == NODE_SOURCE)
        return false;
    if (!strcmp(key, "sources") || !strcmp(key, "see"))
        return true;
    if (t == NODE_TERM)
        return !strcmp(key, "also");
    if (t == NODE_PAGE)
        return page_key(key);
    if (t == NODE_COMPARE)
        return compare_key(key);
    if (t == NODE_VALUES)
        return values_key(key);
    if (t != NODE_CHECKLIST)
        return false;
    if (!strcmp(key, "urgent_title"))
        return true;
    for (size_t i = 0; i < sizeof numbered_keys / sizeof numbered_keys[0]; i++)
        if (numbered(key, numbered_keys[i][0], numbered_keys[i][1], &n))
            return true;
    return false;
}

static bool parse_type(struct loader *L, const struct entry *e, enum node_type *t)
{
    /* In the order of enum node_type. */
    static const char *const names[] = { "menu", "page", "checklist", "source", "term",
                                         "glossary", "compare", "values" };
    const char *v = value_of(e->sec, "type");

    if (!v) {
        diag_add(L->d, e->file, e->sec->line,
                 "add type = page (or menu, checklist, source, term, glossary, compare, values)",
                 "[%s] has no type", e->id);
        return false;
    }
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!strcmp(v, names[i])) {
            *t = (enum node_type)i;
            return true;
        }
    }
    diag_add(L->d, e->file, line_of(e->sec, "type"), "use menu, page, checklist, source, term, glossary, compare or values",
             "[%s] has unknown type '%s'", e->id, v);
    return false;
}

static void check_keys(struct loader *L, const struct entry *e, enum node_type t)
{
    for (size_t i = 0; i < e->sec->n_keys; i++) {
        const struct ini_key *k = &e->sec->keys[i];
        if (!key_allowed(t, k->key))
            diag_add(L->d, e->file, k->line,
                     "check the spelling; the keys of each type are in doc/content-format.md",
                     "[%s] has unknown key '%s' for its type", e->id, k->key);
    }
}

static size_t count_words(const char *s)
{
    size_t n = 0;
    bool in = false;

    for (; *s; s++) {
        bool space = *s == ' ' || *s == '\t';
        if (!space && !in)
            n++;
        in = !space;
    }
    return n;
}

/* ---- checklists */

/* Parses a whole number 0..MAX_WEIGHT written with digits only. The
 * iniparser number getters are not used on content (CVE-2023-33461). */
static bool parse_small_int(const char *s, int *out)
{
    int v = 0;

    if (!s || !*s)
        return false;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || v > MAX_WEIGHT)
            return false;
        v = v * 10 + (*s - '0');
    }
    if (v > MAX_WEIGHT)
        return false;
    *out = v;
    return true;
}

static bool parse_int_key(struct loader *L, const struct entry *e, const char *key, int *out)
{
    const char *v = value_of(e->sec, key);

    if (!v) {
        diag_add(L->d, e->file, e->sec->line, "add the missing key",
                 "[%s] has no %s", e->id, key);
        return false;
    }
    if (!parse_small_int(v, out)) {
        diag_add(L->d, e->file, line_of(e->sec, key),
                 "write a whole number from 0 to 100, digits only",
                 "[%s] %s is '%s', not a whole number from 0 to 100", e->id, key, v);
        return false;
    }
    return true;
}


static void parse_item(struct loader *L, const struct entry *e, size_t i, struct check_item *it,
                       bool scored)
{
    char key[64];
    const char *urgent;

    snprintf(key, sizeof key, "item%zu", i + 1);
    it->text = value_of(e->sec, key);
    snprintf(key, sizeof key, "item%zu_why", i + 1);
    it->why = value_of(e->sec, key);
    snprintf(key, sizeof key, "item%zu_ask", i + 1);
    it->ask = value_of(e->sec, key);
    snprintf(key, sizeof key, "item%zu_urgent", i + 1);
    urgent = value_of(e->sec, key);
    if (urgent && strcmp(urgent, "yes") && strcmp(urgent, "no"))
        diag_add(L->d, e->file, line_of(e->sec, key), "write yes or no",
                 "[%s] %s is '%s', not yes or no", e->id, key, urgent);
    it->urgent = urgent && !strcmp(urgent, "yes");
    snprintf(key, sizeof key, "item%zu_weight", i + 1);
    if (scored && (!it->urgent || ini_find(e->sec, key)))
        parse_int_key(L, e, key, &it->weight);
    else if (!scored && ini_find(e->sec, key))
        diag_add(L->d, e->file, line_of(e->sec, key),
                 "add result bands (band1_min, band1_max, band1_title), or remove the weights",
                 "[%s] %s gives a weight, but the checklist has no result bands to score",
                 e->id, key);
    if (!it->text)
        it->text = "";
}

/* Any itemN_* or bandN_* key whose N has no item or band refers to nothing. */
static void check_dangling(struct loader *L, const struct entry *e, const char *prefix,
                           size_t count, const char *const *suffixes, size_t n_suffixes)
{
    const char *defining = suffixes[0]; /* the key that makes item N or band N exist */

    for (size_t i = 0; i < e->sec->n_keys; i++) {
        const struct ini_key *k = &e->sec->keys[i];
        int n;
        /* suffixes[0] itself is reported by count_numbered as a gap. */
        for (size_t s = 1; s < n_suffixes; s++) {
            if (numbered(k->key, prefix, suffixes[s], &n) && (size_t)n > count)
                diag_add(L->d, e->file, k->line,
                         "add the missing pieces, or remove the key",
                         "[%s] %s refers to %s %d, which does not exist (%s%d%s is missing)",
                         e->id, k->key, prefix, n, prefix, n, defining);
        }
    }
}

/* " to N" when a gap spans several scores, "" for one. */
static const char *gap_end(int from, int to)
{
    static char buf[32];

    if (to == from)
        return "";
    snprintf(buf, sizeof buf, " to %d", to);
    return buf;
}

static int cmp_band(const void *a, const void *b)
{
    const struct check_band *x = a, *y = b;
    return (x->min > y->min) - (x->min < y->min);
}

static void parse_bands(struct loader *L, const struct entry *e, struct checklist *c)
{
    static const char *const band_suffixes[] = { "_min", "_max", "_title", "_text" };
    char key[64];
    size_t n = count_numbered(L, e, "band", "_min");

    check_dangling(L, e, "band", n, band_suffixes, 4);
    c->bands = arena_alloc(&L->arena, (n ? n : 1) * sizeof *c->bands);
    if (!c->bands) {
        L->oom = true;
        return;
    }
    c->n_bands = n;
    for (size_t i = 0; i < n; i++) {
        struct check_band *b = &c->bands[i];
        snprintf(key, sizeof key, "band%zu_max", i + 1);
        parse_int_key(L, e, key, &b->max);
        snprintf(key, sizeof key, "band%zu_min", i + 1);
        parse_int_key(L, e, key, &b->min);
        snprintf(key, sizeof key, "band%zu_title", i + 1);
        if (!(b->title = value_of(e->sec, key)))
            diag_add(L->d, e->file, e->sec->line, "add the band's title",
                     "[%s] has no %s", e->id, key);
        snprintf(key, sizeof key, "band%zu_text", i + 1);
        b->text = value_of(e->sec, key);
        snprintf(key, sizeof key, "band%zu_min", i + 1);
        if (b->min > b->max)
            diag_add(L->d, e->file, line_of(e->sec, key), "make min at most max",
                     "[%s] band%zu runs from %d down to %d", e->id, i + 1, b->min, b->max);
    }
}

/* Sorted by min, the bands must tile 0..max_score exactly. */
static void check_band_cover(struct loader *L, const struct entry *e, struct checklist *c)
{
    int next = 0;

    if (c->n_bands == 0) {
        diag_add(L->d, e->file, e->sec->line, "add band1_min, band1_max, band1_title, band1_text",
                 "checklist [%s] has no result bands", e->id);
        return;
    }
    qsort(c->bands, c->n_bands, sizeof *c->bands, cmp_band);
    for (size_t i = 0; i < c->n_bands; i++) {
        const struct check_band *b = &c->bands[i];
        if (b->min > next)
            diag_add(L->d, e->file, e->sec->line, "make the bands meet without gaps",
                     "checklist [%s]: no band covers the score%s %d%s", e->id,
                     b->min - 1 > next ? "s" : "", next, gap_end(next, b->min - 1));
        else if (b->min < next)
            diag_add(L->d, e->file, e->sec->line, "make each score belong to one band",
                     "checklist [%s]: bands overlap at score %d (band \"%s\")", e->id, b->min,
                     b->title ? b->title : "?");
        if (b->max + 1 > next)
            next = b->max + 1;
    }
    if (next <= c->max_score)
        diag_add(L->d, e->file, e->sec->line, "extend the last band to the highest score",
                 "checklist [%s]: scores %d to %d are not covered by any band", e->id, next,
                 c->max_score);
    else if (next - 1 > c->max_score)
        diag_add(L->d, e->file, e->sec->line,
                 "end the last band at the sum of the weights of the non-urgent items",
                 "checklist [%s]: a band reaches score %d, but the highest possible score is %d",
                 e->id, next - 1, c->max_score);
}

static void check_urgent(struct loader *L, const struct entry *e, struct checklist *c)
{
    bool any = false;

    for (size_t i = 0; i < c->n_items; i++)
        any |= c->items[i].urgent;
    c->urgent_title = value_of(e->sec, "urgent_title");
    c->urgent_paras = numbered_values(L, e, "urgent_p", "", &c->n_urgent_paras);
    if (any && (!c->urgent_title || c->n_urgent_paras == 0))
        diag_add(L->d, e->file, e->sec->line, "add urgent_title and urgent_p1 (what to do now)",
                 "checklist [%s] has urgent items but no urgent card", e->id);
    if (!any && (c->urgent_title || c->n_urgent_paras))
        diag_add(L->d, e->file, line_of(e->sec, "urgent_title"),
                 "mark an item with itemN_urgent = yes, or remove the card",
                 "checklist [%s] has an urgent card that refers to nothing: no item is urgent",
                 e->id);
}

/* True if a key of the section starts with prefix. */
static bool has_key_starting(const struct ini_section *sec, const char *prefix)
{
    for (size_t i = 0; i < sec->n_keys; i++)
        if (strncmp(sec->keys[i].key, prefix, strlen(prefix)) == 0)
            return true;
    return false;
}

/* A checklist is scored when it has result bands: then every non-urgent
 * item needs a weight and the bands must cover every score. Without bands
 * (and weights) the result lists each ticked statement, with no verdict. */
static struct checklist *parse_checklist(struct loader *L, const struct entry *e)
{
    bool scored = has_key_starting(e->sec, "band");
    static const char *const item_suffixes[] = { "", "_weight", "_why", "_ask", "_urgent" };
    struct checklist *c = arena_alloc(&L->arena, sizeof *c);
    size_t n = count_numbered(L, e, "item", "");

    if (!c) {
        L->oom = true;
        return NULL;
    }
    check_dangling(L, e, "item", n, item_suffixes, 5);
    if (n == 0)
        diag_add(L->d, e->file, e->sec->line, "add item1 = ... (and item1_weight)",
                 "checklist [%s] has no items", e->id);
    c->items = arena_alloc(&L->arena, (n ? n : 1) * sizeof *c->items);
    if (!c->items) {
        L->oom = true;
        return NULL;
    }
    c->n_items = n;
    for (size_t i = 0; i < n; i++) {
        parse_item(L, e, i, &c->items[i], scored);
        if (!c->items[i].urgent)
            c->max_score += c->items[i].weight;
    }
    if (scored) {
        parse_bands(L, e, c);
        check_band_cover(L, e, c);
    }
    check_urgent(L, e, c);
    c->bring = numbered_values(L, e, "bring", "", &c->n_bring);
    return c;
}

/* ---- charts and terms */

#define MAX_BAR_VALUE 1000000000L

/* Parses a whole number 0..MAX_BAR_VALUE written with digits only. */
static bool parse_long(const char *s, long *out)
{
    long v = 0;

    if (!*s)
        return false;
    for (; *s; s++) {
        /* Checked before multiplying: long may be 32 bits. */
        if (*s < '0' || *s > '9' || v > (MAX_BAR_VALUE - (*s - '0')) / 10)
            return false;
        v = v * 10 + (*s - '0');
    }
    *out = v;
    return true;
}

/* Copies s without the spaces around it into the arena. */
static const char *arena_trimmed(struct loader *L, const char *s, size_t len)
{
    char *out;

    while (len && (*s == ' ' || *s == '\t'))
        s++, len--;
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
        len--;
    out = arena_alloc(&L->arena, len + 1);
    if (!out) {
        L->oom = true;
        return "";
    }
    memcpy(out, s, len);
    return out;
}

/* "label | value" */
static void parse_bar(struct loader *L, const struct entry *e, size_t i, struct chart_bar *b)
{
    char key[32];
    const char *v, *bar;

    snprintf(key, sizeof key, "bar%zu", i + 1);
    v = ini_find(e->sec, key)->value;
    bar = strrchr(v, '|');
    b->label = arena_trimmed(L, v, bar ? (size_t)(bar - v) : strlen(v));
    if (!bar || !b->label[0] || !parse_long(arena_trimmed(L, bar + 1, strlen(bar + 1)),
                                            &b->value))
        diag_add(L->d, e->file, line_of(e->sec, key),
                 "write a label, a bar and a whole number: bar1 = Second operation | 50",
                 "[%s] %s is '%s', not 'label | number'", e->id, key, v);
}

static void check_chart_scale(struct loader *L, const struct entry *e, struct chart *c)
{
    bool percent = strcmp(c->unit, "%") == 0;

    c->max = percent ? 100 : 1;
    for (size_t i = 0; i < c->n_bars; i++) {
        if (percent && c->bars[i].value > 100)
            diag_add(L->d, e->file, line_of(e->sec, "chart_unit"),
                     "a percentage is at most 100: check the figure or the unit",
                     "[%s] bar%zu is %ld%%, over 100%%", e->id, i + 1, c->bars[i].value);
        if (!percent && c->bars[i].value > c->max)
            c->max = c->bars[i].value;
    }
}

static struct chart *parse_chart(struct loader *L, const struct entry *e, size_t n_paras)
{
    size_t n = count_numbered(L, e, "bar", "");
    const char *title = value_of(e->sec, "chart"), *after = value_of(e->sec, "chart_after");
    struct chart *c;
    long at = (long)n_paras;

    if (!n && !title && !ini_find(e->sec, "chart_unit") && !after)
        return NULL;
    if (!n || !title) {
        diag_add(L->d, e->file, e->sec->line,
                 "a chart needs a title (chart = ...) and bars (bar1 = label | number)",
                 "[%s] has a chart without %s", e->id, n ? "a title" : "bars");
        return NULL;
    }
    if (after && (!parse_long(after, &at) || at > (long)n_paras))
        diag_add(L->d, e->file, line_of(e->sec, "chart_after"),
                 "give the number of the paragraph the chart follows (0 to the last)",
                 "[%s] chart_after is '%s', but the page has %zu paragraphs", e->id, after,
                 n_paras);
    c = arena_alloc(&L->arena, sizeof *c);
    if (c)
        c->bars = arena_alloc(&L->arena, n * sizeof *c->bars);
    if (!c || !c->bars) {
        L->oom = true;
        return NULL;
    }
    c->title = title;
    c->unit = value_of(e->sec, "chart_unit") ? value_of(e->sec, "chart_unit") : "";
    c->after = at > (long)n_paras ? n_paras : (size_t)at;
    c->n_bars = n;
    for (size_t i = 0; i < n; i++)
        parse_bar(L, e, i, &c->bars[i]);
    check_chart_scale(L, e, c);
    return c;
}

/* "also = stimulator, stimulators": other forms of a glossary word;
 * "search = nonunion, pee": words readers search for. Comma-separated;
 * an empty entry is an error in `search`. */
static const char **parse_words(struct loader *L, const struct entry *e, const char *key,
                                size_t *count)
{
    const char *v = value_of(e->sec, key);
    const char **out;
    size_t cap = 1;

    *count = 0;
    if (!v)
        return NULL;
    for (const char *p = v; *p; p++)
        cap += *p == ',';
    out = arena_alloc(&L->arena, cap * sizeof *out);
    if (!out) {
        L->oom = true;
        return NULL;
    }
    for (const char *p = v;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        const char *word = arena_trimmed(L, p, len);
        if (*word)
            out[(*count)++] = word;
        else if (!strcmp(key, "search"))
            diag_add(L->d, e->file, line_of(e->sec, key),
                     "write a word between each pair of commas, or remove the extra comma",
                     "[%s] search has an empty entry", e->id);
        if (!comma)
            break;
        p = comma + 1;
    }
    return out;
}

/* ---- decision aids: icon arrays on pages, comparisons, values */

#define MAX_SCALE 7 /* labels on a values scale */

/* "cell<o>_<a>" with o and a in 1..MAX_NUMBERED. */
static bool cell_key(const char *key, int *o, int *a)
{
    const char *p = key + 4;
    int v[2] = { 0, 0 };

    if (strncmp(key, "cell", 4) != 0)
        return false;
    for (int i = 0; i < 2; i++) {
        if (*p < '1' || *p > '9')
            return false;
        while (*p >= '0' && *p <= '9' && v[i] <= MAX_NUMBERED)
            v[i] = v[i] * 10 + (*p++ - '0');
        if (v[i] > MAX_NUMBERED || *p != (i == 0 ? '_' : '\0'))
            return false;
        p++;
    }
    *o = v[0];
    *a = v[1];
    return true;
}

static bool icons_key(const char *key)
{
    static const char *const suffixes[] = { "", "_yes", "_no", "_note" };
    int n;

    if (!strcmp(key, "icons_after"))
        return true;
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
        if (numbered(key, "icons", suffixes[i], &n))
            return true;
    return false;
}

static bool compare_key(const char *key)
{
    int o, a;

    return numbered(key, "option", "", &o) || numbered(key, "aspect", "", &a) ||
           cell_key(key, &o, &a);
}

static bool values_key(const char *key)
{
    int n;

    return !strcmp(key, "scale") || !strcmp(key, "compare") || numbered(key, "bring", "", &n) ||
           numbered(key, "statement", "", &n) || numbered(key, "statement", "_options", &n) ||
           numbered(key, "statement", "_why", &n);
}

/* "50 | got real improvement": a count out of 100 and the words after it. */
static bool parse_frame(struct loader *L, const struct entry *e, const char *key, int *count,
                        const char **text)
{
    const char *v = value_of(e->sec, key), *bar;
    int n;

    if (!v) {
        diag_add(L->d, e->file, e->sec->line,
                 "give both frames: icons1_yes = 50 | got real improvement and "
                 "icons1_no = 50 | did not",
                 "[%s] has an icon array without %s", e->id, key);
        return false;
    }
    bar = strchr(v, '|');
    *text = arena_trimmed(L, bar ? bar + 1 : v, bar ? strlen(bar + 1) : strlen(v));
    if (!bar || !parse_small_int(arena_trimmed(L, v, (size_t)(bar - v)), &n) || !**text) {
        diag_add(L->d, e->file, line_of(e->sec, key),
                 "write a whole number from 0 to 100, a bar and the words: 50 | got real improvement",
                 "[%s] %s is '%s', not 'count out of 100 | what happened'", e->id, key, v);
        return false;
    }
    *count = n;
    return true;
}

static void parse_icon_array(struct loader *L, const struct entry *e, size_t i,
                             struct icon_array *a)
{
    char key[32], key_no[32];
    int yes = 0, no = 0;
    bool ok;

    snprintf(key, sizeof key, "icons%zu", i + 1);
    a->title = value_of(e->sec, key) ? value_of(e->sec, key) : "";
    snprintf(key, sizeof key, "icons%zu_note", i + 1);
    a->note = value_of(e->sec, key);
    snprintf(key, sizeof key, "icons%zu_yes", i + 1);
    snprintf(key_no, sizeof key_no, "icons%zu_no", i + 1);
    ok = parse_frame(L, e, key, &yes, &a->yes_text);
    ok = parse_frame(L, e, key_no, &no, &a->no_text) && ok;
    a->yes = yes;
    /* Both frames speak of the same 100 people. */
    if (ok && yes + no != 100)
        diag_add(L->d, e->file, line_of(e->sec, key_no),
                 "make the two counts add up to 100: the same 100 people in both frames",
                 "[%s] icons%zu: %d in 100 and %d in 100 make %d, not 100", e->id, i + 1, yes,
                 no, yes + no);
}

/* True if a key of e starts with prefix: most pages have no icon array,
 * and loading should not pay for counting what is not there. */
static bool any_key_starts(const struct entry *e, const char *prefix)
{
    size_t len = strlen(prefix);

    for (size_t i = 0; i < e->sec->n_keys; i++) {
        const char *k = e->sec->keys[i].key;
        if (k[0] == prefix[0] && strncmp(k, prefix, len) == 0)
            return true;
    }
    return false;
}

static struct icon_set *parse_icons(struct loader *L, const struct entry *e, size_t n_paras)
{
    static const char *const suffixes[] = { "", "_yes", "_no", "_note" };
    size_t n;
    const char *after;
    struct icon_set *s;
    long at = (long)n_paras;

    if (!any_key_starts(e, "icons"))
        return NULL;
    n = count_numbered(L, e, "icons", "");
    after = value_of(e->sec, "icons_after");
    check_dangling(L, e, "icons", n, suffixes, 4);
    if (!n) {
        if (after)
            diag_add(L->d, e->file, line_of(e->sec, "icons_after"),
                     "add icons1 = title, or remove icons_after",
                     "[%s] has icons_after but no icon array", e->id);
        return NULL;
    }
    if (after && (!parse_long(after, &at) || at > (long)n_paras))
        diag_add(L->d, e->file, line_of(e->sec, "icons_after"),
                 "give the number of the paragraph the icon arrays follow (0 to the last)",
                 "[%s] icons_after is '%s', but the page has %zu paragraphs", e->id, after,
                 n_paras);
    s = arena_alloc(&L->arena, sizeof *s);
    if (s)
        s->arrays = arena_alloc(&L->arena, n * sizeof *s->arrays);
    if (!s || !s->arrays) {
        L->oom = true;
        return NULL;
    }
    s->n = n;
    s->after = at > (long)n_paras ? n_paras : (size_t)at;
    for (size_t i = 0; i < n; i++)
        parse_icon_array(L, e, i, &s->arrays[i]);
    return s;
}

/* Every cell names an option and an aspect that exist. */
static void check_cell_keys(struct loader *L, const struct entry *e, const struct compare *c)
{
    for (size_t i = 0; i < e->sec->n_keys; i++) {
        const struct ini_key *k = &e->sec->keys[i];
        int o, a;
        if (!cell_key(k->key, &o, &a))
            continue;
        if ((size_t)o > c->n_options || (size_t)a > c->n_aspects)
            diag_add(L->d, e->file, k->line, "add the option or aspect, or remove the cell",
                     "[%s] %s refers to %s %d, which does not exist", e->id, k->key,
                     (size_t)o > c->n_options ? "option" : "aspect",
                     (size_t)o > c->n_options ? o : a);
    }
}

static void fill_cell(struct loader *L, const struct entry *e, struct compare *c, size_t o,
                      size_t a)
{
    char key[48];
    const struct ini_key *k;

    snprintf(key, sizeof key, "cell%zu_%zu", o + 1, a + 1);
    k = ini_find(e->sec, key);
    c->cells[o * c->n_aspects + a] = k && k->value[0] ? k->value : "";
    if (k && k->value[0])
        return;
    diag_add(L->d, e->file, k ? k->line : e->sec->line,
             "write what the sources say; where they say nothing, write: "
             "The sources do not say.",
             "[%s] %s %s: option %zu (%s) has nothing for aspect %zu (%s)", e->id, key,
             k ? "is empty" : "is missing", o + 1, c->options[o], a + 1, c->aspects[a]);
}

static struct compare *parse_compare(struct loader *L, const struct entry *e)
{
    struct compare *c = arena_alloc(&L->arena, sizeof *c);

    if (!c) {
        L->oom = true;
        return NULL;
    }
    c->options = numbered_values(L, e, "option", "", &c->n_options);
    c->aspects = numbered_values(L, e, "aspect", "", &c->n_aspects);
    if (c->n_options < 2 || c->n_aspects < 1)
        diag_add(L->d, e->file, e->sec->line,
                 "a comparison needs option1, option2 ... and aspect1 ...",
                 "compare [%s] has %zu options and %zu aspects (at least 2 and 1)", e->id,
                 c->n_options, c->n_aspects);
    check_cell_keys(L, e, c);
    c->cells = arena_alloc(&L->arena, (c->n_options * c->n_aspects + 1) * sizeof *c->cells);
    if (!c->cells || !c->options || !c->aspects) {
        L->oom = true;
        return NULL;
    }
    for (size_t o = 0; o < c->n_options; o++)
        for (size_t a = 0; a < c->n_aspects; a++)
            fill_cell(L, e, c, o, a);
    return c;
}

/* "Not important | Important | Very important", lowest first. */
static void parse_scale(struct loader *L, const struct entry *e, struct values *v)
{
    const char *s = value_of(e->sec, "scale");
    bool bad = false;

    v->scale = arena_alloc(&L->arena, MAX_SCALE * sizeof *v->scale);
    if (!v->scale) {
        L->oom = true;
        return;
    }
    for (const char *p = s; p;) {
        const char *bar = strchr(p, '|');
        size_t len = bar ? (size_t)(bar - p) : strlen(p);
        const char *label = arena_trimmed(L, p, len);
        if (!*label || v->n_scale == MAX_SCALE)
            bad = true;
        else
            v->scale[v->n_scale++] = label;
        p = bar ? bar + 1 : NULL;
    }
    if (bad || v->n_scale < 2)
        diag_add(L->d, e->file, s ? line_of(e->sec, "scale") : e->sec->line,
                 "write 2 to 7 labels, lowest first: scale = Not important | Important | "
                 "Very important",
                 "values [%s] scale is '%s', not 2 to 7 labels split by |", e->id,
                 s ? s : "(missing)");
}

/* "2, 3": option numbers, checked against the comparison later. */
static void parse_statement_options(struct loader *L, const struct entry *e, size_t i,
                                    struct value_statement *st)
{
    char key[48];
    const char *v;
    size_t cap = 1;

    snprintf(key, sizeof key, "statement%zu_options", i + 1);
    v = value_of(e->sec, key);
    if (!v) {
        diag_add(L->d, e->file, e->sec->line,
                 "name the options the sources link to it: statement1_options = 2, 3",
                 "values [%s] has no %s", e->id, key);
        return;
    }
    for (const char *p = v; *p; p++)
        cap += *p == ',';
    st->options = arena_alloc(&L->arena, cap * sizeof *st->options);
    if (!st->options) {
        L->oom = true;
        return;
    }
    for (const char *p = v;;) {
        const char *comma = strchr(p, ',');
        const char *num = arena_trimmed(L, p, comma ? (size_t)(comma - p) : strlen(p));
        long n;
        if (!parse_long(num, &n) || n < 1)
            diag_add(L->d, e->file, line_of(e->sec, key),
                     "list option numbers of the comparison, split by commas: 2, 3",
                     "values [%s] %s has '%s', not an option number", e->id, key, num);
        else
            st->options[st->n_options++] = (size_t)n - 1;
        if (!comma)
            break;
        p = comma + 1;
    }
}

static struct values *parse_values(struct loader *L, const struct entry *e)
{
    static const char *const suffixes[] = { "", "_options", "_why" };
    struct values *v = arena_alloc(&L->arena, sizeof *v);
    const char **texts;
    size_t n;

    if (!v) {
        L->oom = true;
        return NULL;
    }
    parse_scale(L, e, v);
    texts = numbered_values(L, e, "statement", "", &n);
    check_dangling(L, e, "statement", n, suffixes, 3);
    if (n == 0)
        diag_add(L->d, e->file, e->sec->line, "add statement1 = ... and statement1_options",
                 "values [%s] has no statements", e->id);
    if (!value_of(e->sec, "compare"))
        diag_add(L->d, e->file, e->sec->line,
                 "name the comparison whose options the statements link to: compare = ID",
                 "values [%s] has no compare", e->id);
    v->stmts = arena_alloc(&L->arena, (n ? n : 1) * sizeof *v->stmts);
    if (!v->stmts || !texts) {
        L->oom = true;
        return NULL;
    }
    v->n_stmts = n;
    v->bring = numbered_values(L, e, "bring", "", &v->n_bring);
    for (size_t i = 0; i < n; i++) {
        char key[48];
        v->stmts[i].text = texts[i];
        snprintf(key, sizeof key, "statement%zu_why", i + 1);
        v->stmts[i].why = value_of(e->sec, key);
        parse_statement_options(L, e, i, &v->stmts[i]);
    }
    return v;
}

/* After every node exists: the comparison named, and the option numbers. */
static void resolve_values(struct loader *L, const struct entry *e)
{
    struct values *v = e->node->values;
    const char *id = value_of(e->sec, "compare");
    struct entry *t = id ? find_entry(L, id) : NULL;

    if (!id)
        return;
    if (!t || !t->node || t->node->type != NODE_COMPARE || !t->node->compare) {
        diag_add(L->d, e->file, line_of(e->sec, "compare"),
                 "name a node with type = compare",
                 "values [%s] compare names '%s', which is not a comparison", e->id, id);
        return;
    }
    v->compare = t->node;
    for (size_t i = 0; i < v->n_stmts; i++) {
        for (size_t k = 0; k < v->stmts[i].n_options; k++) {
            char key[48];
            if (v->stmts[i].options[k] < t->node->compare->n_options)
                continue;
            snprintf(key, sizeof key, "statement%zu_options", i + 1);
            diag_add(L->d, e->file, line_of(e->sec, key),
                     "use option numbers from the comparison",
                     "values [%s] %s names option %zu, but [%s] has %zu options", e->id, key,
                     v->stmts[i].options[k] + 1, id, t->node->compare->n_options);
        }
    }
}

/* Words a reader sees in icon arrays, comparisons and values. */
static size_t decision_words(const struct node *n)
{
    size_t w = 0;

    for (size_t i = 0; n->icons && i < n->icons->n; i++) {
        const struct icon_array *a = &n->icons->arrays[i];
        w += count_words(a->title) + count_words(a->yes_text) + count_words(a->no_text) +
             (a->note ? count_words(a->note) : 0);
    }
    if (n->compare) {
        const struct compare *c = n->compare;
        for (size_t i = 0; i < c->n_options; i++)
            w += count_words(c->options[i]);
        for (size_t i = 0; i < c->n_aspects; i++)
            w += count_words(c->aspects[i]);
        for (size_t i = 0; i < c->n_options * c->n_aspects; i++)
            w += count_words(c->cells[i]);
    }
    for (size_t i = 0; n->values && i < n->values->n_stmts; i++)
        w += count_words(n->values->stmts[i].text) +
             (n->values->stmts[i].why ? count_words(n->values->stmts[i].why) : 0);
    for (size_t i = 0; n->values && i < n->values->n_bring; i++)
        w += count_words(n->values->bring[i]);
    return w;
}

static struct node *make_node(struct loader *L, struct entry *e)
{
    struct node *n = arena_alloc(&L->arena, sizeof *n);
    const char *title;

    if (!n) {
        L->oom = true;
        return NULL;
    }
    /* The ini data is freed after loading: the node keeps its own copies. */
    n->id = e->id; /* strings point into the file texts the guide keeps */
    n->file = arena_strdup(&L->arena, e->file);
    if (!n->id || !n->file) {
        L->oom = true;
        return NULL;
    }
    n->line = e->sec->line;
    if (!parse_type(L, e, &n->type))
        return NULL;
    check_keys(L, e, n->type);
    title = value_of(e->sec, "title");
    if (!title)
        diag_add(L->d, e->file, e->sec->line, "add a line: title = ...",
                 "[%s] has no title", e->id);
    n->title = title ? title : "";
    n->summary = value_of(e->sec, "summary");
    n->paras = numbered_values(L, e, "p", "", &n->n_paras);
    for (size_t i = 0; i < n->n_paras; i++) {
        if (!n->paras[i][0])
            diag_add(L->d, e->file, e->sec->line, "write the paragraph or remove the key",
                     "[%s] p%zu is empty", e->id, i + 1);
    }
    if ((n->type == NODE_PAGE || n->type == NODE_TERM) && n->n_paras == 0)
        diag_add(L->d, e->file, e->sec->line, "add at least one paragraph: p1 = ...",
                 "%s [%s] is empty: it has no p1", n->type == NODE_PAGE ? "page" : "term",
                 e->id);
    if (n->type == NODE_CHECKLIST)
        n->check = parse_checklist(L, e);
    if (n->type == NODE_PAGE) {
        n->chart = parse_chart(L, e, n->n_paras);
        n->icons = parse_icons(L, e, n->n_paras);
    }
    if (n->type == NODE_COMPARE)
        n->compare = parse_compare(L, e);
    if (n->type == NODE_VALUES)
        n->values = parse_values(L, e);
    if (n->type == NODE_TERM)
        n->also = parse_words(L, e, "also", &n->n_also);
    n->search = parse_words(L, e, "search", &n->n_search);
    e->node = n;
    return n;
}

/* ---- references between nodes */

/* Splits a comma-separated list of ids and resolves each one. */
static struct node **resolve_list(struct loader *L, const struct entry *e, const char *key,
                                  size_t *count)
{
    const char *v = value_of(e->sec, key);
    struct node **out;
    size_t cap = 1;
    char *copy, *save = NULL;

    *count = 0;
    if (!v)
        return NULL;
    for (const char *p = v; *p; p++)
        cap += *p == ',';
    out = arena_alloc(&L->arena, cap * sizeof *out);
    copy = strdup(v);
    if (!out || !copy) {
        free(copy);
        L->oom = true;
        return NULL;
    }
    for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        while (*tok == ' ' || *tok == '\t')
            tok++;
        char *end = tok + strlen(tok);
        while (end > tok && (end[-1] == ' ' || end[-1] == '\t'))
            *--end = '\0';
        if (!*tok)
            continue;
        struct entry *t = find_entry(L, tok);
        if (!t || !t->node) {
            diag_add(L->d, e->file, line_of(e->sec, key),
                     "fix the spelling, or add a section with that id",
                     "[%s] %s names '%s', but no node has that id", e->id, key, tok);
            continue;
        }
        out[(*count)++] = t->node;
    }
    free(copy);
    return out;
}

static void check_targets(struct loader *L, const struct entry *e, const char *key,
                          struct node **v, size_t n, bool want_source)
{
    for (size_t i = 0; i < n; i++) {
        if ((v[i]->type == NODE_SOURCE) != want_source)
            diag_add(L->d, e->file, line_of(e->sec, key),
                     want_source ? "list only ids of type = source here"
                                 : "sources are listed with sources = ..., not here",
                     "[%s] %s names '%s', which is %sa source", e->id, key, v[i]->id,
                     want_source ? "not " : "");
    }
}

static void resolve_refs(struct loader *L, struct entry *e)
{
    struct node *n = e->node;

    n->children = resolve_list(L, e, "children", &n->n_children);
    n->see = resolve_list(L, e, "see", &n->n_see);
    n->sources = resolve_list(L, e, "sources", &n->n_sources);
    check_targets(L, e, "children", n->children, n->n_children, false);
    check_targets(L, e, "see", n->see, n->n_see, false);
    check_targets(L, e, "sources", n->sources, n->n_sources, true);
    if (n->type == NODE_MENU && n->n_children == 0)
        diag_add(L->d, e->file, e->sec->line, "add children = id, id, ...",
                 "menu [%s] is empty: it has no children", e->id);
}

/* ---- the tree as a whole */

enum { WHITE, GREY, BLACK };

/* Depth-first walk over children; a grey node met again closes a cycle.
 * Iterative, so deep content cannot overflow the stack. Colours are
 * indexed by node->index. Each node's height (the levels of the longest
 * chain of children from it, itself included) is set as it turns black. */
static void find_cycles(struct loader *L, struct node *start, unsigned char *colour,
                        size_t *height, size_t n_nodes)
{
    struct frame { struct node *n; size_t next; } *stack;
    size_t depth = 0;

    if (colour[start->index] != WHITE)
        return;
    stack = malloc((n_nodes + 1) * sizeof *stack);
    if (!stack) {
        L->oom = true;
        return;
    }
    stack[depth++] = (struct frame){ start, 0 };
    colour[start->index] = GREY;
    while (depth) {
        struct frame *f = &stack[depth - 1];
        if (f->next == f->n->n_children) {
            size_t h = 0;
            for (size_t i = 0; i < f->n->n_children; i++)
                if (colour[f->n->children[i]->index] == BLACK && height[f->n->children[i]->index] > h)
                    h = height[f->n->children[i]->index];
            height[f->n->index] = h + 1;
            colour[f->n->index] = BLACK;
            depth--;
            continue;
        }
        struct node *c = f->n->children[f->next++];
        unsigned char *col = &colour[c->index];
        if (*col == GREY)
            diag_add(L->d, f->n->file, f->n->line,
                     "remove one id from a children list so that no menu contains itself",
                     "cycle: menu [%s] lists [%s], which leads back to [%s]", f->n->id,
                     c->id, f->n->id);
        else if (*col == WHITE) {
            *col = GREY;
            stack[depth++] = (struct frame){ c, 0 };
        }
    }
    free(stack);
}

/* Menus nested past MAX_DEPTH levels: no reader follows such a chain, and
 * every screen that walks the tree would pay for it. Reports the first
 * node past the limit on the longest chain from the root. */
static void check_depth(struct loader *L, const struct guide *g, const size_t *height)
{
    const struct node *n = g->root;

    if (height[n->index] <= MAX_DEPTH + 1) /* the root itself is one */
        return;
    for (int level = 1; level <= MAX_DEPTH + 1; level++) {
        const struct node *next = NULL;
        for (size_t i = 0; i < n->n_children; i++)
            if (height[n->children[i]->index] + 1 == height[n->index])
                next = n->children[i];
        if (!next)
            return; /* cannot happen: the chain's heights step down by one */
        n = next;
    }
    diag_add(L->d, n->file, n->line,
             "list it in a menu nearer the start, so that no chain of menus is longer "
             "than that",
             "[%s] is %d levels down from [%s] (the longest chain of menus goes %zu "
             "levels down); the limit is %d", n->id, MAX_DEPTH + 1, g->root->id,
             height[g->root->index] - 1, MAX_DEPTH);
}

static void check_tree(struct loader *L, struct guide *g)
{
    unsigned char *colour = calloc(g->n_nodes + 1, 1);
    size_t *height = calloc(g->n_nodes + 1, sizeof *height);

    if (!colour || !height) {
        free(colour);
        free(height);
        L->oom = true;
        return;
    }
    /* Everything reachable from the root is BLACK after this walk. */
    find_cycles(L, g->root, colour, height, g->n_nodes);
    check_depth(L, g, height);
    for (size_t i = 0; i < g->n_nodes; i++) {
        struct node *n = g->nodes[i];
        /* Sources and terms are reached through pages and the glossary. */
        if (colour[i] != WHITE || n->type == NODE_SOURCE || n->type == NODE_TERM)
            continue;
        diag_add(L->d, n->file, n->line, "add its id to the children of a menu",
                 "[%s] cannot be reached from the start node [%s]", n->id, g->root->id);
    }
    /* Cycles among unreachable menus are reported too. */
    for (size_t i = 0; i < g->n_nodes; i++)
        find_cycles(L, g->nodes[i], colour, height, g->n_nodes);
    free(colour);
    free(height);
}

static void find_guide(struct loader *L)
{
    struct entry *g = find_entry(L, "guide");

    if (!g) {
        diag_add(L->d, L->n_files ? L->files[0].path : "content", 0,
                 "add a [guide] section with root = ID and title = ...",
                 "no [guide] section: the start node is not named");
        return;
    }
    L->guide_sec = g->sec;
    L->guide_file = g->file;
    for (size_t i = 0; i < g->sec->n_keys; i++) {
        const char *k = g->sec->keys[i].key;
        if (strcmp(k, "title") && strcmp(k, "root") && strcmp(k, "reviewed") &&
            strcmp(k, "next_review") && strcmp(k, "disclaimer"))
            diag_add(L->d, g->file, g->sec->keys[i].line,
                     "[guide] takes title, root, reviewed, next_review and disclaimer",
                     "[guide] has unknown key '%s'", k);
    }
}

/* YYYY-MM-DD with a real month and day: such dates compare as strings,
 * which is how --check tells whether the next review is past. */
static bool is_date(const char *s)
{
    static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int y, m, d;
    char end;

    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
        sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &end) != 3)
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return false;
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
}

static void fill_guide(struct loader *L, struct guide *g)
{
    const struct ini_section *s = L->guide_sec;
    const char *root = value_of(s, "root");
    struct entry *r = root ? find_entry(L, root) : NULL;

    if (!root)
        diag_add(L->d, L->guide_file, s->line, "add root = ID of the home menu",
                 "[guide] has no root");
    else if (!r || !r->node)
        diag_add(L->d, L->guide_file, line_of(s, "root"), "name an existing node",
                 "[guide] root names '%s', but no node has that id", root);
    else if (r->node->type != NODE_MENU)
        diag_add(L->d, L->guide_file, line_of(s, "root"), "name the home menu",
                 "[guide] root names '%s', which is not a menu", root);
    else
        g->root = r->node;
    if (!value_of(s, "title"))
        diag_add(L->d, L->guide_file, s->line, "add a line: title = ...",
                 "[guide] has no title");
    g->title = value_of(s, "title") ? value_of(s, "title") : "";
    g->reviewed = value_of(s, "reviewed");
    g->next_review = value_of(s, "next_review");
    g->disclaimer = value_of(s, "disclaimer");
    if (g->next_review && !is_date(g->next_review))
        diag_add(L->d, L->guide_file, line_of(s, "next_review"),
                 "write the date as YYYY-MM-DD, e.g. next_review = 2027-05-30",
                 "[guide] next_review '%s' is not a date", g->next_review);
    else if (g->next_review && g->reviewed && strcmp(g->next_review, g->reviewed) < 0)
        diag_add(L->d, L->guide_file, line_of(s, "next_review"),
                 "set next_review on or after reviewed",
                 "[guide] next_review %s is before reviewed %s", g->next_review, g->reviewed);
}

static int cmp_title(const void *a, const void *b)
{
    const struct node *x = *(const struct node *const *)a, *y = *(const struct node *const *)b;
    return strcasecmp(x->title, y->title);
}

static int cmp_node_id(const void *a, const void *b)
{
    const struct node *x = *(const struct node *const *)a, *y = *(const struct node *const *)b;
    return strcmp(x->id, y->id);
}

/* The glossary's terms sorted by title, and every node sorted by id for
 * content_find. */
static void build_lookups(struct loader *L, struct guide *g)
{
    bool has_glossary = false;

    g->terms = arena_alloc(&L->arena, (g->n_nodes + 1) * sizeof *g->terms);
    g->by_id = arena_alloc(&L->arena, (g->n_nodes + 1) * sizeof *g->by_id);
    if (!g->terms || !g->by_id) {
        L->oom = true;
        return;
    }
    for (size_t i = 0; i < g->n_nodes; i++) {
        if (g->nodes[i]->type == NODE_TERM)
            g->terms[g->n_terms++] = g->nodes[i];
        has_glossary |= g->nodes[i]->type == NODE_GLOSSARY;
    }
    qsort(g->terms, g->n_terms, sizeof *g->terms, cmp_title);
    /* The index is sorted by id already. */
    for (size_t i = 0, k = 0; i < L->n_index; i++)
        if (L->index[i].node)
            g->by_id[k++] = L->index[i].node;
    for (size_t i = 0; i < g->n_nodes; i++) {
        if (g->nodes[i]->type == NODE_GLOSSARY) {
            g->nodes[i]->children = g->terms;
            g->nodes[i]->n_children = g->n_terms;
        }
    }
    if (g->n_terms && !has_glossary)
        diag_add(L->d, g->terms[0]->file, g->terms[0]->line,
                 "add a node with type = glossary to a menu, so readers can find the terms",
                 "there are %zu terms but no glossary page to list them", g->n_terms);
}

static bool build_nodes(struct loader *L, struct guide *g)
{
    g->nodes = arena_alloc(&L->arena, (L->n_index + 1) * sizeof *g->nodes);
    if (!g->nodes)
        return false;
    /* File order, so that listings follow the files, not the sorted ids. */
    for (size_t i = 0; i < L->n_index; i++) {
        struct entry *e = L->in_order[i];
        if (strcmp(e->id, "guide") == 0)
            continue;
        struct node *n = make_node(L, e);
        if (n) {
            n->index = g->n_nodes;
            g->nodes[g->n_nodes++] = n;
        }
    }
    for (size_t i = 0; i < L->n_index; i++)
        if (L->index[i].node)
            resolve_refs(L, &L->index[i]);
    for (size_t i = 0; i < L->n_index; i++)
        if (L->index[i].node && L->index[i].node->values)
            resolve_values(L, &L->index[i]);
    build_lookups(L, g);
    return true;
}

static void loader_free(struct loader *L)
{
    for (size_t f = 0; f < L->n_files; f++) {
        if (!arena_adopt(&L->arena, ini_take_text(&L->files[f])))
            L->oom = true;
        ini_free(&L->files[f]);
    }
    free(L->files);
    free(L->index);
    free(L->in_order);
}

static bool load(const char *dir, bool verify, struct guide *g, struct diag *d)
{
    struct loader L = { .d = d, .verify = verify };
    size_t before = diag_count(d);
    bool ok;

    memset(g, 0, sizeof *g);
    ok = read_files(&L, dir) && build_index(&L);
    if (ok) {
        find_guide(&L);
        ok = build_nodes(&L, g);
    }
    if (ok && L.guide_sec)
        fill_guide(&L, g);
    if (ok && g->root && diag_count(d) == before)
        check_tree(&L, g);
    loader_free(&L); /* the guide keeps the file texts */
    if (L.oom)
        diag_add(d, dir, 0, NULL, "out of memory while loading the content");
    g->arena = malloc(sizeof(struct arena));
    if (!g->arena || diag_count(d) != before) {
        if (!g->arena && diag_count(d) == before)
            diag_add(d, dir, 0, NULL, "out of memory");
        free(g->arena);
        arena_free(&L.arena);
        memset(g, 0, sizeof *g);
        return false;
    }
    *(struct arena *)g->arena = L.arena;
    return true;
}

bool content_load(const char *dir, struct guide *g, struct diag *d)
{
    return load(dir, true, g, d);
}

bool content_load_fast(const char *dir, struct guide *g, struct diag *d)
{
    return load(dir, false, g, d);
}

void content_free(struct guide *g)
{
    if (g->arena) {
        arena_free(g->arena);
        free(g->arena);
    }
    memset(g, 0, sizeof *g);
}

struct node *content_find(const struct guide *g, const char *id)
{
    struct node key = { .id = id }, *kp = &key, **hit;

    hit = bsearch(&kp, g->by_id, g->n_nodes, sizeof *g->by_id, cmp_node_id);
    return hit ? *hit : NULL;
}

/* Counted only for --check: loading does not need it. */
static size_t node_words(const struct node *n)
{
    size_t w = count_words(n->title);

    for (size_t i = 0; i < n->n_paras; i++)
        w += count_words(n->paras[i] + (content_is_bullet(n->paras[i]) ? 2 : 0));
    for (size_t i = 0; n->check && i < n->check->n_items; i++)
        w += count_words(n->check->items[i].text);
    return w + decision_words(n);
}

void content_stats(const struct guide *g, struct content_stats *st)
{
    memset(st, 0, sizeof *st);
    for (size_t i = 0; i < g->n_nodes; i++) {
        const struct node *n = g->nodes[i];
        st->pages += n->type == NODE_PAGE;
        st->menus += n->type == NODE_MENU;
        st->checklists += n->type == NODE_CHECKLIST;
        st->sources += n->type == NODE_SOURCE;
        st->terms += n->type == NODE_TERM;
        st->pages += n->type == NODE_GLOSSARY;
        st->pages += n->type == NODE_COMPARE || n->type == NODE_VALUES;
        if (n->type != NODE_SOURCE)
            st->words += node_words(n);
    }
}

bool content_is_bullet(const char *para)
{
    return para[0] == '-' && para[1] == ' ';
}
