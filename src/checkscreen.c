/* checkscreen.c: the tick-box self-check: statements shown as [x] / [ ],
 * their "why" on request, and a result screen with reasons, questions to
 * ask and what to bring. Ticks live in memory only. */
#define _GNU_SOURCE
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docview.h"
#include "screens.h"
#include "ui.h"

#define ITEM_INDENT 4 /* "[x] " */

static bool *ticks_of(struct app *a, const struct node *n)
{
    bool *t = session_ticks(&a->s, n);

    if (!t)
        ui_die("internal error: no state for checklist [%s]", n->id);
    return t;
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

    doc_init(d, ui_text_cols(), ui_ascii());
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




static void draw_list(struct app *a, struct frame *f, const bool *ticked)
{
    /* Enter:result and ?:help stay at any width. */
    static const struct status_hint hints[] = { { "Space:tick", 2 }, { "w:why", 4 },
                                                { "Enter:result", 0 }, { "c:clear", 5 },
                                                { "Left:back", 3 }, { "?:help", 0 } };
    const struct checklist *c = f->node->check;
    size_t *starts = calloc(c->n_items + 1, sizeof *starts);
    struct doc d;
    char count[32];

    if (!starts)
        oom();
    list_doc(&d, f, starts);
    size_t to = f->sel + 1 < c->n_items ? starts[f->sel + 1] - 1 : starts[c->n_items];
    bool sel_shown;
    if (f->intro && f->sel == 0) {
        /* The reader scrolled up to the question: the view stays there. */
        if (f->top > starts[0])
            f->top = starts[0];
    } else {
        f->intro = false;
        /* With the first statement selected, bring the intro into view too. */
        f->top = docview_keep_visible(f->top, f->sel == 0 ? 0 : starts[f->sel], to);
        f->top = docview_keep_visible(f->top, starts[f->sel], to);
    }
    sel_shown = starts[f->sel] >= f->top && starts[f->sel] < f->top + (size_t)docview_rows();
    docview_draw(&d, f->top, starts[f->sel], to, false);
    for (size_t i = 0; i < c->n_items; i++) {
        if (starts[i] < f->top || starts[i] >= f->top + (size_t)docview_rows())
            continue;
        bool sel = i == f->sel;
        ui_put((int)(starts[i] - f->top) + 1, 1, ticked[i] ? "[x]" : "[ ]", 3, 3,
               sel ? ui_attr(ROLE_SELECTED) : (int)A_NORMAL);
    }
    struct check_result r;
    check_score(c, ticked, &r);
    snprintf(count, sizeof count, "%zu of %zu ticked", r.n_ticked, c->n_items);
    ui_status(hints, sizeof hints / sizeof hints[0], count, a->msg[0] ? a->msg : NULL);
    if (sel_shown)
        move((int)(starts[f->sel] - f->top) + 1, 2);
    else
        move(1, 1); /* reading the question: the cursor on the top line */
    doc_free(&d);
    free(starts);
}

static void draw_result(struct app *a, struct frame *f)
{
    static const struct status_hint hints[] = { { "Space:more", 2 }, { "Left:ticks", 1 },
                                                { "+:add questions", 4 }, { "s:save", 3 },
                                                { "?:help", 0 } };
    struct check_result r;
    struct doc d;
    size_t rows = (size_t)docview_rows();

    doc_init(&d, ui_text_cols(), ui_ascii());
    if (!session_result(&a->s, f->node, &d, &r))
        oom();
    if (f->top + rows > d.n)
        f->top = d.n > rows ? d.n - rows : 0;
    docview_draw(&d, f->top, 0, 0, r.urgent);
    ui_status(hints, sizeof hints / sizeof hints[0], r.urgent ? "URGENT" : "Result",
              a->msg[0] ? a->msg : NULL);
    move(1, 1);
    doc_free(&d);
}

void checkscreen_draw(struct app *a, struct frame *f)
{
    char crumb[1024];
    const bool *ticked = ticks_of(a, f->node);

    app_breadcrumb(a, crumb, sizeof crumb);
    if (f->result)
        strncat(crumb, " > Result", sizeof crumb - strlen(crumb) - 1);
    ui_bar(0, crumb, NULL);
    if (f->result)
        draw_result(a, f);
    else
        draw_list(a, f, ticked);
}

/* c clears every tick of this checklist, after asking. */
static void clear_asking(struct app *a, const struct frame *f)
{
    const bool *t = session_ticks(&a->s, f->node);
    size_t n = 0;
    char question[64];

    for (size_t i = 0; t && i < f->node->check->n_items; i++)
        n += t[i];
    if (n == 0) {
        app_message(a, "No ticks to clear.");
        return;
    }
    snprintf(question, sizeof question, "Clear all %zu tick%s? (y/n) ", n, n == 1 ? "" : "s");
    if (!ui_confirm(question)) {
        app_message(a, "Ticks kept.");
        return;
    }
    app_said(a, session_clear(&a->s), ACT_CLEAR);
    app_message(a, "All ticks cleared.");
}

static void items_key(struct app *a, struct frame *f, enum action act)
{
    size_t n = f->node->check->n_items;

    size_t rows = (size_t)docview_rows();

    if (act != ACT_UP && act != ACT_PAGE_UP && act != ACT_TOP)
        f->intro = false;
    switch (act) {
    /* Up and PgUp on the first statement scroll up to the question above
     * it, at any window size; g and Home go to the very top. */
    case ACT_UP:
        if (f->sel > 0)
            f->sel--;
        else if (f->top > 0)
            f->top--, f->intro = true;
        break;
    case ACT_DOWN: if (f->sel + 1 < n) f->sel++; break;
    case ACT_PAGE_UP:
        if (f->sel > 0)
            f->sel = f->sel > 5 ? f->sel - 5 : 0;
        else
            f->top = f->top > rows ? f->top - rows : 0, f->intro = true;
        break;
    case ACT_PAGE_DOWN: f->sel = f->sel + 5 < n ? f->sel + 5 : n - 1; break;
    case ACT_TOP: f->sel = 0; f->top = 0; f->intro = true; break;
    case ACT_BOTTOM: f->sel = n - 1; break;
    case ACT_TOGGLE: app_said(a, session_tick(&a->s, f->sel), act); break;
    case ACT_WHY:
        if (!f->node->check->items[f->sel].why)
            app_message(a, "No explanation for this statement.");
        f->why = f->why == f->sel + 1 ? 0 : f->sel + 1;
        break;
    case ACT_RESULT: f->result = true; f->top = 0; break;
    case ACT_CLEAR: clear_asking(a, f); break;
    case ACT_SAVE: app_save(a, "Save to file: "); break;
    case ACT_BACK: app_said(a, session_back(&a->s), act); break;
    default: app_common_key(a, act); break;
    }
}

static void result_key(struct app *a, struct frame *f, enum action act)
{
    long rows = LINES - 2;

    switch (act) {
    case ACT_UP: if (f->top > 0) f->top--; break;
    case ACT_DOWN: f->top++; break; /* clamped when drawn */
    case ACT_PAGE_UP: f->top = (long)f->top > rows ? f->top - (size_t)rows : 0; break;
    case ACT_PAGE_DOWN: case ACT_TOGGLE: f->top += (size_t)rows; break;
    case ACT_TOP: f->top = 0; break;
    case ACT_BOTTOM: f->top = (size_t)1 << 30; break;
    case ACT_SAVE: app_save(a, "Save to file: "); break;
    case ACT_CLEAR: /* the result shows the ticks: clearing is done on the list */
        app_message(a, "Press Left to go back to the statements; c clears there.");
        break;
    case ACT_BACK: case ACT_RESULT: f->result = false; f->top = 0; break;
    default: app_common_key(a, act); break;
    }
}

void checkscreen_key(struct app *a, struct frame *f, int ch)
{
    enum action act = keys_action(ch, SCR_CHECK);

    if (f->result)
        result_key(a, f, act);
    else
        items_key(a, f, act);
}
