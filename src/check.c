/* check.c: self-check scoring and summaries (see check.h). */
#define _GNU_SOURCE
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static void put_list(FILE *f, const char *heading, const char *const *v, size_t n)
{
    if (n == 0)
        return;
    fprintf(f, "\n%s\n", heading);
    for (size_t i = 0; i < n; i++)
        fprintf(f, "- %s\n", v[i]);
}

static void put_ticked(FILE *f, const struct checklist *c, const bool *ticked, bool asks)
{
    bool any = false;

    for (size_t i = 0; i < c->n_items; i++) {
        const char *s = asks ? c->items[i].ask : c->items[i].text;
        if (!ticked[i] || !s)
            continue;
        if (!any)
            fprintf(f, "\n%s\n", asks ? "Questions to ask:" : "You ticked:");
        any = true;
        fprintf(f, "- %s\n", s);
    }
    if (!any && !asks)
        fprintf(f, "\nYou ticked: nothing.\n");
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
    const struct checklist *c = n->check;
    struct check_result r;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);

    if (!f)
        return NULL;
    check_score(c, ticked, &r);
    fprintf(f, "%s\n", n->title);
    if (r.urgent) {
        fprintf(f, "\n%s\n", c->urgent_title);
        for (size_t i = 0; i < c->n_urgent_paras; i++)
            fprintf(f, "%s\n", c->urgent_paras[i]);
    } else if (r.band) {
        fprintf(f, "\nResult: %s\n", r.band->title);
        if (r.band->text)
            fprintf(f, "%s\n", r.band->text);
    }
    put_ticked(f, c, ticked, false);
    put_ticked(f, c, ticked, true);
    put_list(f, "What to bring:", c->bring, c->n_bring);
    if (g->disclaimer)
        fprintf(f, "\n%s\n", g->disclaimer);
    if (fclose(f) != 0) {
        free(buf);
        return NULL;
    }
    return buf;
}
