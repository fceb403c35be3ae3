/* checkscreen.c: the tick-box self-check: statements shown as [x] / [ ],
 * their "why" on request, and a result screen with reasons, questions to
 * ask and what to bring. Ticks live in memory only. */
#define _GNU_SOURCE
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "savefile.h"
#include "screens.h"
#include "ui.h"

#define ITEM_INDENT 4 /* "[x] " */

static struct check_state *state_of(struct app *a, const struct node *n)
{
    for (size_t i = 0; i < a->n_checks; i++)
        if (a->checks[i].node == n)
            return &a->checks[i];
    ui_die("internal error: no state for checklist [%s]", n->id);
}

static void oom(void)
{
    ui_die("out of memory");
}

/* Lays out the list: intro, then each item (first line index in starts). */
static void list_doc(struct doc *d, const struct frame *f, size_t *starts)
{
    const struct node *n = f->node;
    const struct checklist *c = n->check;
    char why[1200];

    doc_init(d, COLS - 2, ui_ascii());
    if (!doc_add(d, n->title, LINE_TITLE))
        oom();
    for (size_t i = 0; i < n->n_paras; i++)
        if (!doc_blank(d) || !doc_add(d, n->paras[i], LINE_TEXT))
            oom();
    for (size_t i = 0; i < c->n_items; i++) {
        starts[i] = d->n + 1;
        if (!doc_blank(d) || !doc_add_indented(d, c->items[i].text, LINE_TEXT, ITEM_INDENT))
            oom();
        if (f->why == i + 1 && c->items[i].why) {
            snprintf(why, sizeof why, "Why: %s", c->items[i].why);
            if (!doc_add_indented(d, why, LINE_TEXT, ITEM_INDENT))
                oom();
        }
    }
    starts[c->n_items] = d->n;
}

static void add_section(struct doc *d, const char *heading, const char *const *v, size_t n)
{
    char buf[1200];

    if (n == 0)
        return;
    if (!doc_blank(d) || !doc_add(d, heading, LINE_HEADING))
        oom();
    for (size_t i = 0; i < n; i++) {
        snprintf(buf, sizeof buf, "- %s", v[i]);
        if (!doc_add(d, buf, LINE_TEXT))
            oom();
    }
}

static void result_doc(struct app *a, struct doc *d, const struct node *n, const bool *t)
{
    const struct checklist *c = n->check;
    struct check_result r;
    const char **v = calloc(c->n_items + 1, sizeof *v);

    if (!v)
        oom();
    check_score(c, t, &r);
    doc_init(d, COLS - 2, ui_ascii());
    if (r.urgent) {
        if (!doc_add(d, c->urgent_title, LINE_TITLE))
            oom();
        for (size_t i = 0; i < c->n_urgent_paras; i++)
            if (!doc_blank(d) || !doc_add(d, c->urgent_paras[i], LINE_TEXT))
                oom();
    } else {
        if (!doc_add(d, r.band->title, LINE_TITLE) || !doc_blank(d) ||
            (r.band->text && !doc_add(d, r.band->text, LINE_TEXT)))
            oom();
    }
    add_section(d, "You ticked:", v, check_ticked(c, t, false, v));
    add_section(d, "Questions to ask:", v, check_ticked(c, t, true, v));
    add_section(d, "What to bring:", c->bring, c->n_bring);
    if (a->g->disclaimer && (!doc_blank(d) || !doc_add(d, a->g->disclaimer, LINE_HEADING)))
        oom();
    free(v);
}

static int line_attr(enum line_kind k, bool urgent_title)
{
    if (k == LINE_TITLE)
        return urgent_title ? ui_attr(ROLE_URGENT) : ui_attr(ROLE_TITLE);
    return k == LINE_HEADING ? ui_attr(ROLE_HEADING) : (int)A_NORMAL;
}

static void draw_lines(const struct doc *d, size_t top, bool urgent, size_t sel_from,
                       size_t sel_to)
{
    for (int r = 0; r < LINES - 2 && top + (size_t)r < d->n; r++) {
        size_t i = top + (size_t)r;
        const struct doc_line *l = &d->lines[i];
        bool sel = i >= sel_from && i < sel_to;
        int attr = sel ? ui_attr(ROLE_SELECTED) : line_attr(l->kind, urgent);
        if (sel) {
            attron(attr);
            mvhline(1 + r, 0, ' ', COLS);
            attroff(attr);
        }
        if (l->marker)
            ui_put(1 + r, 1, l->marker, strlen(l->marker), 1, attr);
        ui_put(1 + r, 1 + l->indent, l->s, l->len, COLS - 2 - l->indent, attr);
    }
}

/* Scrolls so that lines [from, to) are on screen. */
static size_t keep_visible(size_t top, size_t from, size_t to)
{
    size_t rows = (size_t)(LINES - 2);

    if (to - from > rows)
        to = from + rows;
    if (from < top)
        top = from;
    if (to > top + rows)
        top = to - rows;
    return top;
}

static void draw_list(struct app *a, struct frame *f, const struct check_state *s)
{
    static const char *const hints[] = { "Space:tick", "w:why", "Enter:result", "c:clear",
                                         "Left:back" };
    const struct checklist *c = f->node->check;
    size_t *starts = calloc(c->n_items + 1, sizeof *starts);
    struct doc d;
    char count[32];

    if (!starts)
        oom();
    list_doc(&d, f, starts);
    size_t to = f->sel + 1 < c->n_items ? starts[f->sel + 1] - 1 : starts[c->n_items];
    /* With the first statement selected, bring the intro into view too. */
    f->top = keep_visible(f->top, f->sel == 0 ? 0 : starts[f->sel], to);
    f->top = keep_visible(f->top, starts[f->sel], to);
    draw_lines(&d, f->top, false, starts[f->sel], to);
    for (size_t i = 0; i < c->n_items; i++) {
        if (starts[i] < f->top || starts[i] >= f->top + (size_t)(LINES - 2))
            continue;
        bool sel = i == f->sel;
        ui_put((int)(starts[i] - f->top) + 1, 1, s->ticked[i] ? "[x]" : "[ ]", 3, 3,
               sel ? ui_attr(ROLE_SELECTED) : (int)A_NORMAL);
    }
    struct check_result r;
    check_score(c, s->ticked, &r);
    snprintf(count, sizeof count, "%zu of %zu ticked", r.n_ticked, c->n_items);
    ui_status(hints, sizeof hints / sizeof hints[0], count, a->msg[0] ? a->msg : NULL);
    move((int)(starts[f->sel] - f->top) + 1, 2);
    doc_free(&d);
    free(starts);
}

static void draw_result(struct app *a, struct frame *f, const struct check_state *s)
{
    static const char *const hints[] = { "Space:more", "Left:ticks", "s:save", "q:quit" };
    struct check_result r;
    struct doc d;
    size_t rows = (size_t)(LINES - 2);

    check_score(f->node->check, s->ticked, &r);
    result_doc(a, &d, f->node, s->ticked);
    if (f->top + rows > d.n)
        f->top = d.n > rows ? d.n - rows : 0;
    draw_lines(&d, f->top, r.urgent, 0, 0);
    ui_status(hints, sizeof hints / sizeof hints[0], r.urgent ? "URGENT" : "Result",
              a->msg[0] ? a->msg : NULL);
    move(1, 1);
    doc_free(&d);
}

void checkscreen_draw(struct app *a, struct frame *f)
{
    char crumb[1024];
    const struct check_state *s = state_of(a, f->node);

    app_breadcrumb(a, crumb, sizeof crumb);
    if (f->result)
        strncat(crumb, " > Result", sizeof crumb - strlen(crumb) - 1);
    ui_bar(0, crumb, NULL);
    if (f->result)
        draw_result(a, f, s);
    else
        draw_list(a, f, s);
}

/* The summary as saved: dated, with the guide's version and review date,
 * cleaned like the screen (ASCII when the terminal is). */
static char *summary_file(struct app *a, const struct frame *f, const struct check_state *s,
                          time_t now)
{
    char *summary = check_summary(a->g, f->node, s->ticked), *text;

    if (!summary)
        oom();
    text = save_summary_file(summary, FBSS_VERSION, a->g->reviewed, now, ui_ascii());
    free(summary);
    if (!text)
        oom();
    return text;
}

static void save_summary(struct app *a, const struct frame *f, const struct check_state *s)
{
    char name[512], why[512] = "";
    char *text, *path, *full;
    time_t now = time(NULL);
    enum save_status st;

    if (a->kiosk) {
        app_message(a, "Saving is turned off on this machine.");
        return;
    }
    save_default_name(name, sizeof name, now);
    if (!ui_prompt("Save to file: ", name, sizeof name) || !name[0]) {
        app_message(a, "Not saved.");
        return;
    }
    path = save_expand(name, getenv("HOME"), why, sizeof why);
    if (!path) {
        app_message(a, "Not saved: %s.", why);
        return;
    }
    text = summary_file(a, f, s, now);
    st = save_text(path, text, false, why, sizeof why);
    if (st == SAVE_EXISTS)
        st = ui_confirm("That file exists. Replace it? (y/n) ")
                 ? save_text(path, text, true, why, sizeof why) : SAVE_EXISTS;
    if (st == SAVE_OK) {
        full = save_full_path(path);
        app_message(a, "Saved to %s", full ? full : path);
        free(full);
    } else {
        app_message(a, "Not saved%s%s.", why[0] ? ": " : "", why);
    }
    free(text);
    free(path);
}

static void items_key(struct app *a, struct frame *f, struct check_state *s, enum action act)
{
    size_t n = f->node->check->n_items;

    switch (act) {
    case ACT_UP: if (f->sel > 0) f->sel--; break;
    case ACT_DOWN: if (f->sel + 1 < n) f->sel++; break;
    case ACT_PAGE_UP: f->sel = f->sel > 5 ? f->sel - 5 : 0; break;
    case ACT_PAGE_DOWN: f->sel = f->sel + 5 < n ? f->sel + 5 : n - 1; break;
    case ACT_TOP: f->sel = 0; break;
    case ACT_BOTTOM: f->sel = n - 1; break;
    case ACT_TOGGLE: s->ticked[f->sel] = !s->ticked[f->sel]; break;
    case ACT_WHY:
        if (!f->node->check->items[f->sel].why)
            app_message(a, "No explanation for this statement.");
        f->why = f->why == f->sel + 1 ? 0 : f->sel + 1;
        break;
    case ACT_RESULT: f->result = true; f->top = 0; break;
    case ACT_CLEAR:
        memset(s->ticked, 0, n * sizeof *s->ticked);
        app_message(a, "All ticks cleared.");
        break;
    case ACT_SAVE: save_summary(a, f, s); break;
    case ACT_BACK: app_pop(a); break;
    default: app_common_key(a, act); break;
    }
}

static void result_key(struct app *a, struct frame *f, struct check_state *s, enum action act)
{
    long rows = LINES - 2;

    switch (act) {
    case ACT_UP: if (f->top > 0) f->top--; break;
    case ACT_DOWN: f->top++; break; /* clamped when drawn */
    case ACT_PAGE_UP: f->top = (long)f->top > rows ? f->top - (size_t)rows : 0; break;
    case ACT_PAGE_DOWN: case ACT_TOGGLE: f->top += (size_t)rows; break;
    case ACT_TOP: f->top = 0; break;
    case ACT_BOTTOM: f->top = (size_t)1 << 30; break;
    case ACT_SAVE: save_summary(a, f, s); break;
    case ACT_CLEAR:
        memset(s->ticked, 0, f->node->check->n_items * sizeof *s->ticked);
        f->result = false;
        app_message(a, "All ticks cleared.");
        break;
    case ACT_BACK: case ACT_RESULT: f->result = false; f->top = 0; break;
    default: app_common_key(a, act); break;
    }
}

void checkscreen_key(struct app *a, struct frame *f, int ch)
{
    struct check_state *s = state_of(a, f->node);
    enum action act = keys_action(ch, SCR_CHECK);

    if (f->result)
        result_key(a, f, s, act);
    else
        items_key(a, f, s, act);
}
