/* sheet.c: the reader's appointment sheet (see sheet.h). */
#define _GNU_SOURCE /* open_memstream */
#include "sheet.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "grow.h"
#include "text.h"

/* ---- setting up */

static bool bring_has(const struct sheet *s, const char *item)
{
    for (size_t i = 0; i < s->n_bring; i++)
        if (!strcmp(s->bring[i], item))
            return true;
    return false;
}

bool sheet_init(struct sheet *s, const struct guide *g)
{
    size_t total = 0;

    memset(s, 0, sizeof *s);
    for (size_t i = 0; i < g->n_nodes; i++) {
        const struct node *n = g->nodes[i];
        if (n->values && !s->values)
            s->values = n;
        if (n->check)
            total += n->check->n_bring;
        if (n->values)
            total += n->values->n_bring;
    }
    s->ratings = calloc(s->values ? s->values->values->n_stmts + 1 : 1, sizeof *s->ratings);
    s->bring = calloc(total + 1, sizeof *s->bring);
    s->brought = calloc(total + 1, sizeof *s->brought);
    if (!s->ratings || !s->bring || !s->brought) {
        sheet_free(s);
        return false;
    }
    /* The values page's list when it has one; else every checklist's,
     * each item once. */
    for (size_t i = 0; s->values && i < s->values->values->n_bring; i++)
        if (!bring_has(s, s->values->values->bring[i]))
            s->bring[s->n_bring++] = s->values->values->bring[i];
    bool own = s->n_bring > 0;
    for (size_t i = 0; !own && i < g->n_nodes; i++) {
        const struct checklist *c = g->nodes[i]->check;
        for (size_t k = 0; c && k < c->n_bring; k++)
            if (!bring_has(s, c->bring[k]))
                s->bring[s->n_bring++] = c->bring[k];
    }
    return true;
}

static void list_free(struct sheet_list *l)
{
    for (size_t i = 0; i < l->n; i++) {
        text_wipe(l->v[i]);
        free(l->v[i]);
    }
    free(l->v);
    memset(l, 0, sizeof *l);
}

void sheet_free(struct sheet *s)
{
    list_free(&s->questions);
    list_free(&s->timeline);
    free(s->ratings);
    free(s->bring);
    free(s->brought);
    memset(s, 0, sizeof *s);
}

void sheet_clear(struct sheet *s)
{
    list_free(&s->questions);
    list_free(&s->timeline);
    if (s->values)
        memset(s->ratings, 0, s->values->values->n_stmts * sizeof *s->ratings);
    memset(s->brought, 0, s->n_bring * sizeof *s->brought);
}

bool sheet_any(const struct sheet *s)
{
    bool any = s->questions.n || s->timeline.n;

    for (size_t i = 0; s->values && i < s->values->values->n_stmts; i++)
        any |= s->ratings[i] != 0;
    for (size_t i = 0; i < s->n_bring; i++)
        any |= s->brought[i];
    return any;
}

/* ---- values */

bool sheet_rate(struct sheet *s, size_t i, int rating)
{
    if (!s->values || i >= s->values->values->n_stmts || rating < 0 ||
        (size_t)rating > s->values->values->n_scale)
        return false;
    s->ratings[i] = rating;
    return true;
}

void sheet_rate_step(struct sheet *s, size_t i, int delta)
{
    if (!s->values || i >= s->values->values->n_stmts)
        return;
    int r = s->ratings[i] + delta, top = (int)s->values->values->n_scale;
    /* Left from "not rated" starts at the lowest label; 0 un-rates. */
    if (r < 1)
        r = 1;
    s->ratings[i] = r > top ? top : r;
}

/* "- Avoiding another operation. The sources link this to: A; B." */
static void put_statement(FILE *f, const struct values *v, size_t i)
{
    const struct value_statement *st = &v->stmts[i];
    const struct compare *c = v->compare ? v->compare->compare : NULL;

    fprintf(f, "- %s.", st->text);
    if (c && st->n_options) {
        fprintf(f, " The sources link this to:");
        for (size_t k = 0; k < st->n_options; k++)
            fprintf(f, "%s %s", k ? ";" : "", c->options[st->options[k]]);
        fprintf(f, ".");
    }
    /* How they link it: a link is not a recommendation. */
    if (st->why)
        fprintf(f, " %s", st->why);
    fprintf(f, "\n");
}

static void put_values(FILE *f, const struct sheet *s)
{
    const struct values *v = s->values->values;
    size_t unrated = 0;

    for (int r = (int)v->n_scale; r >= 1; r--) {
        bool any = false;
        for (size_t i = 0; i < v->n_stmts; i++) {
            if (s->ratings[i] != r)
                continue;
            if (!any)
                fprintf(f, "\n%s:\n", v->scale[r - 1]);
            any = true;
            put_statement(f, v, i);
        }
    }
    for (size_t i = 0; i < v->n_stmts; i++)
        unrated += s->ratings[i] == 0;
    if (unrated == v->n_stmts)
        fprintf(f, "\nYou have not rated any statement yet.\n");
    else if (unrated)
        fprintf(f, "\nNot rated yet: %zu of %zu statements.\n", unrated, v->n_stmts);
    if (unrated < v->n_stmts)
        fprintf(f, "\nThese are your answers, next to the options the sources link to each "
                   "one. They do not choose for you: talk them through with your care team.\n");
}

/* Closes a memory stream; *buf is only final after fclose. */
static char *memstream_done(FILE *f, char **buf)
{
    if (fclose(f) != 0) {
        free(*buf);
        return NULL;
    }
    return *buf;
}

char *sheet_values_text(const struct sheet *s)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);

    if (!f)
        return NULL;
    if (s->values)
        put_values(f, s);
    else
        fprintf(f, "This guide has no values page.\n");
    return memstream_done(f, &buf);
}

/* ---- lists */

/* A copy that is one line: control characters become spaces, the ends
 * are trimmed, and it is cut on a character boundary. */
static char *one_line(const char *text)
{
    size_t len = strlen(text);
    char *s;

    while (len && (unsigned char)*text <= ' ')
        text++, len--;
    while (len && (unsigned char)text[len - 1] <= ' ')
        len--;
    if (len > SHEET_MAX_LINE) {
        len = SHEET_MAX_LINE;
        while (len && ((unsigned char)text[len] & 0xC0) == 0x80)
            len--;
    }
    s = malloc(len + 1);
    if (!s)
        return NULL;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        s[i] = c < ' ' || c == 0x7F ? ' ' : (char)c;
    }
    s[len] = '\0';
    return s;
}

static bool list_has(const struct sheet_list *l, const char *s)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i], s))
            return true;
    return false;
}

enum sheet_status sheet_list_add(struct sheet_list *l, const char *text)
{
    char *s = one_line(text);

    if (!s)
        return SHEET_NO_MEMORY;
    if (!*s || list_has(l, s) || l->n >= SHEET_MAX_ENTRIES) {
        enum sheet_status st = !*s ? SHEET_EMPTY : l->n >= SHEET_MAX_ENTRIES && !list_has(l, s)
                                                       ? SHEET_FULL : SHEET_DUPLICATE;
        free(s);
        return st;
    }
    if (!grow((void **)&l->v, &l->cap, l->n, sizeof *l->v)) {
        free(s);
        return SHEET_NO_MEMORY;
    }
    l->v[l->n++] = s;
    return SHEET_OK;
}

enum sheet_status sheet_list_set(struct sheet_list *l, size_t i, const char *text)
{
    char *s;

    if (i >= l->n)
        return SHEET_EMPTY;
    s = one_line(text);
    if (!s)
        return SHEET_NO_MEMORY;
    if (!*s) {
        free(s);
        return SHEET_EMPTY;
    }
    text_wipe(l->v[i]);
    free(l->v[i]);
    l->v[i] = s;
    return SHEET_OK;
}

bool sheet_list_remove(struct sheet_list *l, size_t i)
{
    if (i >= l->n)
        return false;
    text_wipe(l->v[i]);
    free(l->v[i]);
    memmove(&l->v[i], &l->v[i + 1], (l->n - i - 1) * sizeof *l->v);
    l->n--;
    return true;
}

bool sheet_list_move(struct sheet_list *l, size_t i, int delta)
{
    size_t j = i + (size_t)(long)delta;

    if (i >= l->n || (delta < 0 && i == 0) || (delta > 0 && i + 1 >= l->n) || delta == 0)
        return false;
    char *t = l->v[i];
    l->v[i] = l->v[j];
    l->v[j] = t;
    return true;
}

enum sheet_status sheet_add_all(struct sheet_list *l, const char *const *v, size_t n,
                                size_t *added)
{
    *added = 0;
    for (size_t i = 0; i < n; i++) {
        enum sheet_status st = sheet_list_add(l, v[i]);
        if (st == SHEET_OK)
            (*added)++;
        else if (st == SHEET_FULL || st == SHEET_NO_MEMORY)
            return st;
    }
    return SHEET_OK;
}

/* True if the paragraph speaks of asking: "ask" starting a word. */
static bool talks_of_asking(const char *p)
{
    for (const char *s = p; (s = strcasestr(s, "ask")) != NULL; s += 3)
        if (s == p || !isalpha((unsigned char)s[-1]))
            return true;
    return false;
}

static bool ends_in_question(const char *p)
{
    size_t len = strlen(p);

    while (len && p[len - 1] == ' ')
        len--;
    return len && p[len - 1] == '?';
}

size_t sheet_page_questions(const struct node *n, const char **out, size_t max)
{
    size_t count = 0;
    bool asking = false;

    for (size_t i = 0; i < n->n_paras && count < max; i++) {
        const char *p = n->paras[i];
        if (!content_is_bullet(p))
            asking = talks_of_asking(p);
        else if (asking && ends_in_question(p))
            out[count++] = p + 2;
    }
    return count;
}

/* ---- what to bring */

void sheet_toggle_bring(struct sheet *s, size_t i)
{
    if (i < s->n_bring)
        s->brought[i] = !s->brought[i];
}

/* ---- rows */

size_t sheet_rows(const struct sheet *s)
{
    return s->questions.n + s->timeline.n + s->n_bring;
}

enum sheet_row_kind sheet_row(const struct sheet *s, size_t r, size_t *i)
{
    if (r < s->questions.n) {
        *i = r;
        return SHEET_ROW_QUESTION;
    }
    r -= s->questions.n;
    if (r < s->timeline.n) {
        *i = r;
        return SHEET_ROW_TIMELINE;
    }
    *i = r - s->timeline.n;
    return SHEET_ROW_BRING;
}

struct sheet_list *sheet_row_list(struct sheet *s, size_t r, size_t *i)
{
    switch (sheet_row(s, r, i)) {
    case SHEET_ROW_QUESTION: return &s->questions;
    case SHEET_ROW_TIMELINE: return &s->timeline;
    default: return NULL;
    }
}

/* ---- the whole sheet */

static void put_heading(FILE *f, const char *title)
{
    fprintf(f, "\n%s\n", title);
    for (const char *p = title; *p; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            fputc('=', f);
    fputc('\n', f);
}

static bool check_any(const struct check_state *cs)
{
    for (size_t i = 0; i < cs->node->check->n_items; i++)
        if (cs->ticked[i])
            return true;
    return false;
}

static void put_check(FILE *f, const struct check_state *cs)
{
    const struct checklist *c = cs->node->check;
    struct check_result r;

    check_score(c, cs->ticked, &r);
    fprintf(f, "\n%s\n", cs->node->title);
    if (r.urgent) {
        fprintf(f, "Result: %s\n", c->urgent_title);
        for (size_t i = 0; i < c->n_urgent_paras; i++)
            fprintf(f, "%s\n", c->urgent_paras[i]);
    } else if (r.band) {
        fprintf(f, "Result: %s\n", r.band->title);
        if (r.band->text)
            fprintf(f, "%s\n", r.band->text);
    }
    fprintf(f, "You ticked:\n");
    for (size_t i = 0; i < c->n_items; i++)
        if (cs->ticked[i])
            fprintf(f, "- %s\n", c->items[i].text);
}

static void put_checks(FILE *f, const struct check_state *checks, size_t n)
{
    size_t done = 0;

    put_heading(f, "My self-check results");
    for (size_t i = 0; i < n; i++) {
        if (!check_any(&checks[i]))
            continue;
        put_check(f, &checks[i]);
        done++;
    }
    if (!done)
        fprintf(f, "\nNo self-check ticked yet.\n");
}

static void put_list(FILE *f, const char *title, const struct sheet_list *l, bool numbered,
                     const char *none)
{
    put_heading(f, title);
    if (!l->n)
        fprintf(f, "\n%s\n", none);
    else
        fprintf(f, "\n");
    for (size_t i = 0; i < l->n; i++) {
        if (numbered)
            fprintf(f, "%zu. %s\n", i + 1, l->v[i]);
        else
            fprintf(f, "- %s\n", l->v[i]);
    }
}

static void put_bring(FILE *f, const struct sheet *s)
{
    put_heading(f, "What to bring");
    fprintf(f, "\n");
    for (size_t i = 0; i < s->n_bring; i++)
        fprintf(f, "[%c] %s\n", s->brought[i] ? 'x' : ' ', s->bring[i]);
    if (!s->n_bring)
        fprintf(f, "This guide lists nothing to bring.\n");
}

char *sheet_text(const struct guide *g, const struct sheet *s,
                 const struct check_state *checks, size_t n_checks)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);

    if (!f)
        return NULL;
    fprintf(f, "My appointment sheet\n%s\n", g->title);
    put_checks(f, checks, n_checks);
    if (s->values) {
        put_heading(f, "What matters to me");
        put_values(f, s);
    }
    put_list(f, "My questions", &s->questions, true, "No questions added yet.");
    put_list(f, "My timeline", &s->timeline, false, "No timeline entries yet.");
    put_bring(f, s);
    if (g->disclaimer)
        fprintf(f, "\n%s\n", g->disclaimer);
    return memstream_done(f, &buf);
}

const char *sheet_status_text(enum sheet_status st, const char *done)
{
    switch (st) {
    case SHEET_OK: return done;
    case SHEET_EMPTY: return "Nothing changed: the text was empty.";
    case SHEET_DUPLICATE: return "That is on the list already.";
    case SHEET_FULL: return "The list is full. Remove some entries first.";
    default: return NULL;
    }
}
