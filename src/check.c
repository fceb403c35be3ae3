/* check.c: self-check scoring and the result's layout (see check.h). */
#define _GNU_SOURCE
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SUMMARY_WIDTH 72
#define DETAIL_INDENT 2 /* a statement's why and question, under it */

void check_score(const struct checklist *c, const bool *ticked, struct check_result *r)
{
    memset(r, 0, sizeof *r);
    for (size_t i = 0; i < c->n_items; i++) {
        if (!ticked[i])
            continue;
        r->n_ticked++;
        if (c->items[i].urgent)
            r->urgent = true;
        else
            r->score += c->items[i].weight;
    }
    if (r->urgent)
        return;
    for (size_t b = 0; b < c->n_bands; b++)
        if (c->bands[b].min <= r->score && r->score <= c->bands[b].max)
            r->band = &c->bands[b];
}

/* A blank line between blocks, none at the start. */
static bool gap(struct doc *d)
{
    return d->n == 0 || doc_blank(d);
}

/* "- text" for each of v. */
static bool add_section_items(struct doc *d, const char *const *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *item;
        bool ok;
        if (asprintf(&item, "- %s", v[i]) < 0)
            return false;
        ok = doc_add(d, item, LINE_TEXT);
        free(item);
        if (!ok)
            return false;
    }
    return true;
}

/* "Heading" and then "- text" for each of v; nothing when v is empty. */
static bool add_section(struct doc *d, const char *heading, const char *const *v, size_t n)
{
    if (n == 0)
        return true;
    return gap(d) && doc_add(d, heading, LINE_HEADING) && add_section_items(d, v, n);
}

/* "label" and text, indented under the statement above. */
static bool add_detail(struct doc *d, const char *label, const char *text)
{
    char *s;
    bool ok;

    if (!text)
        return true;
    if (asprintf(&s, "%s%s", label, text) < 0)
        return false;
    ok = doc_add_indented(d, s, LINE_TEXT, DETAIL_INDENT);
    free(s);
    return ok;
}

/* What was ticked. Without bands there is no verdict, so each statement
 * carries its why and its question. */
static bool add_ticked(struct doc *d, const struct checklist *c, const bool *ticked,
                       const char **v, size_t n)
{
    if (n == 0)
        return gap(d) && doc_add(d, "You ticked: nothing.", LINE_HEADING);
    if (c->n_bands > 0)
        return add_section(d, "You ticked:", v, n) &&
               add_section(d, "Questions to ask:", v, check_ticked(c, ticked, true, v));
    if (!gap(d) || !doc_add(d, "You ticked:", LINE_HEADING))
        return false;
    for (size_t i = 0; i < c->n_items; i++) {
        const char *text = c->items[i].text;
        if (!ticked[i])
            continue;
        if (!doc_blank(d) || !add_section_items(d, &text, 1) ||
            !add_detail(d, "Why it matters: ", c->items[i].why) ||
            !add_detail(d, "Question to ask: ", c->items[i].ask))
            return false;
    }
    return true;
}

/* The verdict: the urgent card, or the band. */
static bool add_verdict(struct doc *d, const struct checklist *c, const struct check_result *r)
{
    char *title;
    bool ok;

    if (!r->urgent && !r->band)
        return true;
    if (asprintf(&title, "%s%s", r->urgent ? "URGENT: " : "Result: ",
                 r->urgent ? c->urgent_title : r->band->title) < 0)
        return false;
    ok = doc_add(d, title, LINE_TITLE);
    free(title);
    if (r->urgent) {
        for (size_t i = 0; ok && i < c->n_urgent_paras; i++)
            ok = doc_blank(d) && doc_add(d, c->urgent_paras[i], LINE_TEXT);
    } else if (ok && r->band->text) {
        ok = doc_blank(d) && doc_add(d, r->band->text, LINE_TEXT);
    }
    return ok;
}

bool check_result_doc(struct doc *d, const struct guide *g, const struct node *n,
                      const bool *ticked, struct check_result *r)
{
    const struct checklist *c = n->check;
    const char **v = calloc(c->n_items + 1, sizeof *v);
    bool ok;

    if (!v)
        return false;
    check_score(c, ticked, r);
    ok = add_verdict(d, c, r) && add_ticked(d, c, ticked, v, check_ticked(c, ticked, false, v)) &&
         add_section(d, "What to bring:", c->bring, c->n_bring);
    if (ok && g->disclaimer)
        ok = doc_blank(d) && doc_add(d, g->disclaimer, LINE_HEADING);
    free(v);
    return ok;
}

size_t check_ticked(const struct checklist *c, const bool *ticked, bool asks, const char **out)
{
    size_t n = 0;

    for (size_t i = 0; i < c->n_items; i++) {
        const char *s = asks ? c->items[i].ask : c->items[i].text;
        if (ticked[i] && s)
            out[n++] = s;
    }
    return n;
}

char *check_summary(const struct guide *g, const struct node *n, const bool *ticked)
{
    return check_summary_for(g, n, ticked, false);
}

char *check_summary_for(const struct guide *g, const struct node *n, const bool *ticked,
                        bool ascii)
{
    struct check_result r;
    struct doc d;
    char *text = NULL;

    doc_init(&d, SUMMARY_WIDTH, ascii);
    if (doc_add(&d, n->title, LINE_TITLE) && doc_blank(&d) &&
        check_result_doc(&d, g, n, ticked, &r))
        text = doc_text(&d);
    doc_free(&d);
    return text;
}
