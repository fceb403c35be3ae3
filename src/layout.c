/* layout.c: page layout (see layout.h). */
#define _GNU_SOURCE /* asprintf */
#include "layout.h"
#include "grow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aidlayout.h"
#include "text.h"

#define BULLET_HANG 2

void doc_init(struct doc *d, int width, bool ascii)
{
    memset(d, 0, sizeof *d);
    d->width = width < 1 ? 1 : width;
    d->ascii = ascii;
}

void doc_free(struct doc *d)
{
    for (size_t i = 0; i < d->n_texts; i++)
        free(d->texts[i]);
    free(d->texts);
    free(d->lines);
    memset(d, 0, sizeof *d);
}

static bool push_line(struct doc *d, const struct doc_line *l)
{
    if (!grow((void **)&d->lines, &d->cap, d->n, sizeof *d->lines))
        return false;
    d->lines[d->n++] = *l;
    return true;
}

static char *keep_text(struct doc *d, const char *text)
{
    char *t;

    if (!grow((void **)&d->texts, &d->cap_texts, d->n_texts, sizeof *d->texts))
        return NULL;
    t = text_clean(text, d->ascii);
    if (t)
        d->texts[d->n_texts++] = t;
    return t;
}

/* Lines after the first start hang columns further in than indent. */
static bool add_block(struct doc *d, const char *text, enum line_kind kind, bool bullet,
                      int indent, int hang)
{
    struct text_lines tl = { 0 };
    size_t block = d->n_texts;
    const char *t = keep_text(d, bullet ? text + 2 : text);

    if (!t || !text_wrap(t, d->width - indent - hang, &tl)) {
        text_lines_free(&tl);
        return false;
    }
    for (size_t i = 0; i < tl.n; i++) {
        struct doc_line l = { t + tl.v[i].off, tl.v[i].len, indent + (i ? hang : 0), NULL, kind,
                              block, tl.v[i].off, NULL };
        if (bullet && i == 0)
            l.marker = d->ascii ? "-" : "\xE2\x80\xA2"; /* U+2022 bullet */
        if (!push_line(d, &l)) {
            text_lines_free(&tl);
            return false;
        }
    }
    text_lines_free(&tl);
    return true;
}

bool doc_add(struct doc *d, const char *text, enum line_kind kind)
{
    bool bullet = kind == LINE_TEXT && content_is_bullet(text);
    return add_block(d, text, kind, bullet, bullet ? BULLET_HANG : 0, 0);
}

bool doc_add_indented(struct doc *d, const char *text, enum line_kind kind, int indent)
{
    return add_block(d, text, kind, false, indent, 0);
}

bool doc_add_hanging(struct doc *d, const char *text, enum line_kind kind, int indent, int hang)
{
    return add_block(d, text, kind, false, indent, hang);
}

bool doc_blank(struct doc *d)
{
    struct doc_line l = { "", 0, 0, NULL, LINE_BLANK, d->n_texts, 0, NULL };
    return push_line(d, &l);
}

/* A "See also" or "Sources" list; see entries become link lines. */
static bool add_list(struct doc *d, const char *heading, struct node *const *v, size_t n,
                     bool links)
{
    char buf[512];

    if (n == 0)
        return true;
    if (!doc_blank(d) || !doc_add(d, heading, LINE_HEADING))
        return false;
    for (size_t i = 0; i < n; i++) {
        size_t first = d->n;
        snprintf(buf, sizeof buf, "- %s", v[i]->title);
        if (!doc_add(d, buf, LINE_TEXT))
            return false;
        for (size_t k = first; links && k < d->n; k++)
            d->lines[k].link = v[i];
    }
    return true;
}

/* Columns for the number and unit after a bar: "100%" is 4. */
static int value_width(const struct chart *c, bool ascii)
{
    int w = 1;

    for (size_t i = 0; i < c->n_bars; i++) {
        char num[32], *row;
        int n = snprintf(num, sizeof num, "%ld", c->bars[i].value);
        /* The unit as drawn: in ASCII "°" becomes " degrees". */
        if (n > 0 && asprintf(&row, "%s%s", num, c->unit) >= 0) {
            char *t = text_clean(row, ascii);
            n = t ? text_width(t, strlen(t)) : n;
            free(t);
            free(row);
        }
        w = n > w ? n : w;
    }
    return w;
}

static int label_width(const struct chart *c, bool ascii)
{
    int w = 0;

    for (size_t i = 0; i < c->n_bars; i++) {
        char *t = text_clean(c->bars[i].label, ascii);
        int n = t ? text_width(t, strlen(t)) : 0;
        free(t);
        w = n > w ? n : w;
    }
    return w;
}

/* One chart row as text: the bar's length is its share of the full scale,
 * and the number is always written beside it, so the chart reads the same
 * aloud, in ASCII and in monochrome. */
static bool add_bar(struct doc *d, const struct chart *c, size_t i, int labelw, int barw)
{
    const struct chart_bar *b = &c->bars[i];
    const char *fill = d->ascii ? "#" : "\xE2\x96\x88"; /* U+2588 full block */
    long cells = c->max > 0 ? (long)(((long long)b->value * barw + c->max / 2) / c->max) : 0;
    char *label = labelw ? text_clean(b->label, d->ascii) : NULL;
    int pad = label ? labelw - text_width(label, strlen(label)) : 0;
    size_t cap, used = 0;
    char *row;
    bool ok = false;

    if (labelw && !label)
        return false;
    if (cells == 0 && b->value > 0)
        cells = 1; /* a small value still shows */
    cells = cells > barw ? barw : cells;
    pad = pad > 0 ? pad : 0;
    /* Sized from what goes in: the label, padding, bar, number and unit. */
    cap = (label ? strlen(label) : 0) + (size_t)pad + 2 + (size_t)cells * strlen(fill) + 24 +
          strlen(c->unit);
    row = malloc(cap);
    if (row) {
        if (label)
            used += (size_t)snprintf(row, cap, "%s%*s  ", label, pad, "");
        for (long k = 0; k < cells; k++)
            used += (size_t)snprintf(row + used, cap - used, "%s", fill);
        snprintf(row + used, cap - used, " %ld%s", b->value, c->unit); /* cleaned by doc_add */
        ok = doc_add(d, row, LINE_CHART);
    }
    free(row);
    free(label);
    return ok;
}

static bool add_chart(struct doc *d, const struct chart *c)
{
    int valw = value_width(c, d->ascii), labelw = label_width(c, d->ascii);
    int barw = d->width - labelw - 2 - valw - 1;
    bool stacked = barw < 10; /* too narrow: each label goes above its bar */

    if (stacked)
        barw = d->width - valw - 1;
    if (!doc_blank(d) || !doc_add(d, c->title, LINE_HEADING))
        return false;
    for (size_t i = 0; i < c->n_bars; i++) {
        if (stacked && !doc_add(d, c->bars[i].label, LINE_TEXT))
            return false;
        if (!add_bar(d, c, i, stacked ? 0 : labelw, barw < 1 ? 1 : barw))
            return false;
    }
    return true;
}

static bool add_paras(struct doc *d, const struct node *n, size_t from, size_t to)
{
    bool prev_bullet = from > 0 && content_is_bullet(n->paras[from - 1]);

    for (size_t i = from; i < to; i++) {
        bool bullet = content_is_bullet(n->paras[i]);
        /* Consecutive bullets form one list; everything else is spaced. */
        if (!(bullet && prev_bullet) && !doc_blank(d))
            return false;
        if (!doc_add(d, n->paras[i], LINE_TEXT))
            return false;
        prev_bullet = bullet;
    }
    return true;
}

/* A comparison as a page: option after option, every cell, in reading
 * order (a grid read line by line mixes columns; the comparison screen
 * offers the grid when it fits). */
static bool doc_compare(struct doc *d, const struct node *n)
{
    bool ok;

    ok = doc_add(d, n->title, LINE_TITLE);
    for (size_t i = 0; ok && i < n->n_paras; i++)
        ok = doc_blank(d) && doc_add(d, n->paras[i], LINE_TEXT);
    for (size_t o = 0; ok && o < n->compare->n_options; o++) {
        const struct compare *c = n->compare;
        char head[512];
        snprintf(head, sizeof head, "Option %zu of %zu: %s", o + 1, c->n_options, c->options[o]);
        ok = doc_blank(d) && doc_add(d, head, LINE_TITLE);
        for (size_t a = 0; ok && a < c->n_aspects; a++)
            ok = doc_blank(d) && doc_add(d, c->aspects[a], LINE_HEADING) &&
                 doc_add(d, c->cells[o * c->n_aspects + a], LINE_TEXT);
    }
    return ok && add_list(d, "Sources", n->sources, n->n_sources, false) &&
           add_list(d, "See also", n->see, n->n_see, true);
}

/* A values page lists its statements under its paragraphs. */
static bool add_statements(struct doc *d, const struct node *n)
{
    char buf[1100];

    if (!doc_blank(d))
        return false;
    for (size_t i = 0; i < n->values->n_stmts; i++) {
        snprintf(buf, sizeof buf, "- %s", n->values->stmts[i].text);
        if (!doc_add(d, buf, LINE_TEXT))
            return false;
    }
    return true;
}

/* A glossary lists its terms (its children): the word, then its meaning. */
static bool add_terms(struct doc *d, const struct node *n)
{
    for (size_t i = 0; i < n->n_children; i++) {
        const struct node *t = n->children[i];
        if (!doc_blank(d) || !doc_add(d, t->title, LINE_HEADING))
            return false;
        for (size_t k = 0; k < t->n_paras; k++)
            if (!doc_add(d, t->paras[k], LINE_TEXT))
                return false;
    }
    return true;
}

/* What a page draws after paragraph i (0: before the first): its chart
 * and its icon arrays. */
static bool add_figures(struct doc *d, const struct node *n, size_t i)
{
    if (n->chart && n->chart->after == i && !add_chart(d, n->chart))
        return false;
    for (size_t k = 0; n->icons && n->icons->after == i && k < n->icons->n; k++)
        if (!doc_icons(d, &n->icons->arrays[k]))
            return false;
    return true;
}

bool doc_page(struct doc *d, const struct node *n)
{
    if (n->type == NODE_COMPARE)
        return doc_compare(d, n);
    if (!doc_add(d, n->title, LINE_TITLE) || !add_figures(d, n, 0))
        return false;
    for (size_t i = 0; i < n->n_paras; i++)
        if (!add_paras(d, n, i, i + 1) || !add_figures(d, n, i + 1))
            return false;
    if (n->type == NODE_VALUES && !add_statements(d, n))
        return false;
    if (n->type == NODE_GLOSSARY && !add_terms(d, n))
        return false;
    return add_list(d, "Sources", n->sources, n->n_sources, false) &&
           add_list(d, "See also", n->see, n->n_see, true);
}

size_t doc_find(const struct doc *d, size_t block, size_t off)
{
    size_t best = 0;

    for (size_t i = 0; i < d->n; i++) {
        const struct doc_line *l = &d->lines[i];
        if (l->block < block || (l->block == block && l->off <= off))
            best = i;
        else
            break;
    }
    return best;
}

/* Writes line l as text at out (when not NULL); returns its bytes. */
static size_t line_text(const struct doc_line *l, char *out)
{
    size_t n = 0;
    int col = l->marker ? 1 : 0;

    if (l->marker && out)
        out[n] = '-';
    n += l->marker ? 1 : 0;
    for (; l->len > 0 && col < l->indent; col++, n++)
        if (out)
            out[n] = ' ';
    if (out)
        memcpy(out + n, l->s, l->len);
    n += l->len;
    if (out)
        out[n] = '\n';
    return n + 1;
}

char *doc_text(const struct doc *d)
{
    size_t len = 1, at = 0;
    char *buf;

    for (size_t i = 0; i < d->n; i++)
        len += line_text(&d->lines[i], NULL);
    if (!(buf = malloc(len)))
        return NULL;
    for (size_t i = 0; i < d->n; i++)
        at += line_text(&d->lines[i], buf + at);
    buf[at] = '\0';
    return buf;
}
