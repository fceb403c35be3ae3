/* aidlayout.c: icon arrays and comparisons as doc lines (see aidlayout.h). */
#define _GNU_SOURCE /* asprintf */
#include "aidlayout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

#define GRID_GAP 3      /* columns between the grid and its key */
#define COMPARE_MIN_TEXT 12 /* narrowest column of text a grid may use */

/* ---- icon arrays */

char *icons_sentence(const struct icon_array *a)
{
    char *s;

    if (asprintf(&s, "About %d in 100 %s; about %d in 100 %s.", a->yes, a->yes_text,
                 100 - a->yes, a->no_text) < 0)
        return NULL;
    return s;
}

void icons_row(const struct icon_array *a, int r, bool ascii, bool spaced, char *out,
               size_t cap)
{
    const char *on = ascii ? "#" : "\xE2\x97\x8F";  /* U+25CF black circle */
    const char *off = ascii ? "." : "\xE2\x97\x8B"; /* U+25CB white circle */
    size_t used = 0;

    out[0] = '\0';
    for (int c = 0; c < ICONS_SIDE; c++) {
        int person = r * ICONS_SIDE + c; /* row by row, marked ones first */
        int n = snprintf(out + used, cap - used, "%s%s", c && spaced ? " " : "",
                         person < a->yes ? on : off);
        if (n < 0 || (size_t)n >= cap - used)
            return;
        used += (size_t)n;
    }
}

/* The key: which mark means which frame. */
static char *icons_key_line(const struct icon_array *a, bool marked, bool ascii)
{
    const char *mark = marked ? (ascii ? "#" : "\xE2\x97\x8F") : (ascii ? "." : "\xE2\x97\x8B");
    char *s;

    if (asprintf(&s, "%s = %s (%d)", mark, marked ? a->yes_text : a->no_text,
                 marked ? a->yes : 100 - a->yes) < 0)
        return NULL;
    return s;
}

/* A grid row with text beside it, as one line that fits the width. */
static bool add_beside(struct doc *d, const char *left, int leftw, const char *right)
{
    char *row;
    bool ok;

    if (asprintf(&row, "%s%*s%s", left, right && *right ? leftw + GRID_GAP -
                 text_width(left, strlen(left)) : 0, "", right ? right : "") < 0)
        return false;
    ok = doc_add(d, row, LINE_CHART);
    free(row);
    return ok;
}

bool doc_icons(struct doc *d, const struct icon_array *a)
{
    bool spaced = d->width >= 2 * ICONS_SIDE - 1;
    int gridw = spaced ? 2 * ICONS_SIDE - 1 : ICONS_SIDE;
    char *sentence = icons_sentence(a);
    char *key[2] = { icons_key_line(a, true, d->ascii), icons_key_line(a, false, d->ascii) };
    bool beside, ok = sentence && key[0] && key[1];
    char row[64];

    if (ok) {
        int kw0 = text_width(key[0], strlen(key[0])), kw1 = text_width(key[1], strlen(key[1]));
        beside = gridw + GRID_GAP + (kw0 > kw1 ? kw0 : kw1) <= d->width;
        ok = doc_blank(d) && doc_add(d, a->title, LINE_HEADING) && doc_add(d, sentence, LINE_TEXT);
        for (int r = 0; ok && r < ICONS_SIDE; r++) {
            icons_row(a, r, d->ascii, spaced, row, sizeof row);
            ok = add_beside(d, row, gridw, beside && r < 2 ? key[r] : NULL);
        }
        if (ok && !beside)
            ok = doc_add(d, key[0], LINE_TEXT) && doc_add(d, key[1], LINE_TEXT);
        if (ok && a->note)
            ok = doc_add(d, a->note, LINE_TEXT);
    }
    free(sentence);
    free(key[0]);
    free(key[1]);
    return ok;
}

/* ---- comparisons */

static int column_width(const struct compare *c, int width)
{
    int n = (int)c->n_options;

    /* Columns are split by '|'; each keeps one space before it. */
    return n > 0 ? (width - (n - 1)) / n : width;
}

bool compare_grid_fits(const struct compare *c, int width)
{
    return column_width(c, width) - 1 >= COMPARE_MIN_TEXT;
}

/* Each column's text, cleaned and wrapped to the column. */
struct column {
    char *text;
    struct text_lines lines;
};

static void columns_free(struct column *cols, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(cols[i].text);
        text_lines_free(&cols[i].lines);
    }
    free(cols);
}

/* Lays texts[0..n) side by side in columns of colw, as lines of kind. */
static bool add_columns(struct doc *d, const char *const *texts, size_t n, int colw,
                        enum line_kind kind)
{
    struct column *cols = calloc(n, sizeof *cols);
    size_t rows = 0, cap = 1;
    char *row = NULL;
    bool ok = cols != NULL;

    for (size_t i = 0; ok && i < n; i++) {
        cols[i].text = text_clean(texts[i], d->ascii);
        ok = cols[i].text && text_wrap(cols[i].text, colw - 1, &cols[i].lines);
        if (ok) {
            rows = cols[i].lines.n > rows ? cols[i].lines.n : rows;
            cap += strlen(cols[i].text) + (size_t)colw + 2;
        }
    }
    if (ok)
        row = malloc(cap);
    ok = ok && row;
    for (size_t r = 0; ok && r < rows; r++) {
        size_t used = 0;
        for (size_t i = 0; i < n; i++) {
            const struct text_line *l = r < cols[i].lines.n ? &cols[i].lines.v[r] : NULL;
            const char *s = l ? cols[i].text + l->off : "";
            size_t len = l ? l->len : 0;
            int pad = colw - text_width(s, len);
            used += (size_t)snprintf(row + used, cap - used, "%.*s%*s%s", (int)len, s,
                                     i + 1 < n ? pad : 0, "", i + 1 < n ? "|" : "");
        }
        while (used && row[used - 1] == ' ')
            row[--used] = '\0';
        ok = doc_add(d, row, kind);
    }
    free(row);
    if (cols)
        columns_free(cols, n);
    return ok;
}

static bool add_rule(struct doc *d, size_t n, int colw)
{
    char *row = malloc((size_t)d->width + 1);
    size_t used = 0;
    bool ok;

    if (!row)
        return false;
    for (size_t i = 0; i < n; i++) {
        for (int k = 0; k < colw && used < (size_t)d->width; k++)
            row[used++] = '-';
        if (i + 1 < n && used < (size_t)d->width)
            row[used++] = '+';
    }
    row[used] = '\0';
    ok = doc_add(d, row, LINE_CHART);
    free(row);
    return ok;
}

static bool add_intro(struct doc *d, const struct node *n)
{
    if (!doc_add(d, n->title, LINE_TITLE))
        return false;
    for (size_t i = 0; i < n->n_paras; i++)
        if (!doc_blank(d) || !doc_add(d, n->paras[i], LINE_TEXT))
            return false;
    return true;
}

static bool add_sources(struct doc *d, const struct node *n)
{
    char buf[512];

    if (n->n_sources == 0)
        return true;
    if (!doc_blank(d) || !doc_add(d, "Sources", LINE_HEADING))
        return false;
    for (size_t i = 0; i < n->n_sources; i++) {
        snprintf(buf, sizeof buf, "- %s", n->sources[i]->title);
        if (!doc_add(d, buf, LINE_TEXT))
            return false;
    }
    return true;
}

bool doc_compare_grid(struct doc *d, const struct node *n)
{
    const struct compare *c = n->compare;
    int colw = column_width(c, d->width);
    char **names;
    bool ok;

    if (!compare_grid_fits(c, d->width))
        return false;
    names = calloc(c->n_options, sizeof *names);
    ok = names && add_intro(d, n) && doc_blank(d);
    for (size_t i = 0; ok && i < c->n_options; i++)
        ok = asprintf(&names[i], "%zu. %s", i + 1, c->options[i]) >= 0 ||
             (names[i] = NULL, false);
    ok = ok && add_columns(d, (const char *const *)names, c->n_options, colw, LINE_HEADING);
    for (size_t a = 0; ok && a < c->n_aspects; a++) {
        ok = add_rule(d, c->n_options, colw) && doc_add(d, c->aspects[a], LINE_HEADING);
        /* The cells of aspect a, one per option. */
        const char **row = malloc(c->n_options * sizeof *row);
        for (size_t o = 0; ok && row && o < c->n_options; o++)
            row[o] = c->cells[o * c->n_aspects + a];
        ok = ok && row && add_columns(d, row, c->n_options, colw, LINE_TEXT);
        free(row);
    }
    ok = ok && add_sources(d, n);
    for (size_t i = 0; names && i < c->n_options; i++)
        free(names[i]);
    free(names);
    return ok;
}

static bool add_counted(struct doc *d, const char *what, size_t i, size_t n, const char *name)
{
    char *s;
    bool ok;

    if (asprintf(&s, "%s %zu of %zu: %s", what, i + 1, n, name) < 0)
        return false;
    ok = doc_blank(d) && doc_add(d, s, LINE_HEADING);
    free(s);
    return ok;
}

bool doc_compare_option(struct doc *d, const struct node *n, size_t o)
{
    const struct compare *c = n->compare;
    bool ok = o < c->n_options && add_intro(d, n) &&
              add_counted(d, "Option", o, c->n_options, c->options[o]);

    for (size_t a = 0; ok && a < c->n_aspects; a++)
        ok = doc_blank(d) && doc_add(d, c->aspects[a], LINE_HEADING) &&
             doc_add(d, c->cells[o * c->n_aspects + a], LINE_TEXT);
    return ok && add_sources(d, n);
}

bool doc_compare_aspect(struct doc *d, const struct node *n, size_t a)
{
    const struct compare *c = n->compare;
    bool ok = a < c->n_aspects && add_intro(d, n) &&
              add_counted(d, "Aspect", a, c->n_aspects, c->aspects[a]);

    for (size_t o = 0; ok && o < c->n_options; o++)
        ok = doc_blank(d) && doc_add(d, c->options[o], LINE_HEADING) &&
             doc_add(d, c->cells[o * c->n_aspects + a], LINE_TEXT);
    return ok && add_sources(d, n);
}
