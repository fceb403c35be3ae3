/* layout.c: page layout (see layout.h). */
#include "layout.h"
#include "grow.h"

#include <stdlib.h>
#include <string.h>

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

static bool add_block(struct doc *d, const char *text, enum line_kind kind, bool bullet,
                      int indent)
{
    struct text_lines tl = { 0 };
    size_t block = d->n_texts;
    const char *t = keep_text(d, bullet ? text + 2 : text);

    if (!t || !text_wrap(t, d->width - indent, &tl)) {
        text_lines_free(&tl);
        return false;
    }
    for (size_t i = 0; i < tl.n; i++) {
        struct doc_line l = { t + tl.v[i].off, tl.v[i].len, indent, NULL, kind, block,
                              tl.v[i].off };
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
    return add_block(d, text, kind, bullet, bullet ? BULLET_HANG : 0);
}

bool doc_add_indented(struct doc *d, const char *text, enum line_kind kind, int indent)
{
    return add_block(d, text, kind, false, indent);
}

bool doc_blank(struct doc *d)
{
    struct doc_line l = { "", 0, 0, NULL, LINE_BLANK, d->n_texts, 0 };
    return push_line(d, &l);
}

static bool add_list(struct doc *d, const char *heading, struct node *const *v, size_t n)
{
    char buf[512];

    if (n == 0)
        return true;
    if (!doc_blank(d) || !doc_add(d, heading, LINE_HEADING))
        return false;
    for (size_t i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "- %s", v[i]->title);
        if (!doc_add(d, buf, LINE_TEXT))
            return false;
    }
    return true;
}

bool doc_page(struct doc *d, const struct node *n)
{
    bool prev_bullet = false;

    if (!doc_add(d, n->title, LINE_TITLE))
        return false;
    for (size_t i = 0; i < n->n_paras; i++) {
        bool bullet = content_is_bullet(n->paras[i]);
        /* Consecutive bullets form one list; everything else is spaced. */
        if (!(bullet && prev_bullet) && !doc_blank(d))
            return false;
        if (!doc_add(d, n->paras[i], LINE_TEXT))
            return false;
        prev_bullet = bullet;
    }
    return add_list(d, "Sources", n->sources, n->n_sources) &&
           add_list(d, "See also", n->see, n->n_see);
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
