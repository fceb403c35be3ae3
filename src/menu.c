/* menu.c: the menu screen: breadcrumb, numbered children with the
 * selection marked by '>' and reverse video, summaries when there is room,
 * hints. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screens.h"
#include "selection.h"
#include "text.h"
#include "ui.h"

struct menu_layout {
    int list_top, list_rows; /* rows of the item list */
    bool summaries;          /* room for each item's summary under it */
};

/* Summaries sit under their items, and only when every item fits with its
 * summary: they never change as the selection moves, so a move redraws two
 * rows, not three (slow links feel every byte). */
static void menu_layout(const struct node *n, struct menu_layout *m)
{
    m->list_top = LINES >= 12 ? 3 : 2;
    m->list_rows = LINES - 1 - m->list_top;
    if (m->list_rows < 1)
        m->list_rows = 1;
    m->summaries = (size_t)m->list_rows >= 2 * n->n_children;
}

static int item_rows(const struct menu_layout *m)
{
    return m->summaries ? 2 : 1;
}

/* The selection shows as '>' in reverse video, with the hardware cursor on
 * it (for any terminal and screen reader). Only the marker changes: a
 * highlighted title or bar would be sent again, twice, on every move. */
static void draw_item(const struct node *menu, size_t i, bool selected, int row)
{
    char label[32];
    int numw = menu->n_children >= 10 ? 2 : 1, col;
    int attr = selected ? ui_attr(ROLE_SELECTED) : (int)A_NORMAL;
    char *clean = app_clean(menu->children[i]->title);

    ui_put(row, 1, selected ? ">" : " ", 1, 1, attr);
    snprintf(label, sizeof label, "%*zu.", numw, i + 1);
    ui_put(row, 3, label, strlen(label), COLS - 4, A_NORMAL);
    col = 3 + (int)strlen(label) + 1;
    ui_put_cut(row, col, clean, strlen(clean), COLS - 1 - col, A_NORMAL);
    free(clean);
}

static void draw_summary(const struct node *n, int row, int indent)
{
    char *clean;

    if (!n->summary)
        return;
    clean = app_clean(n->summary);
    if (text_width(clean, strlen(clean)) > COLS - 1 - indent) {
        ui_put(row, indent, clean, strlen(clean), COLS - 4 - indent, A_NORMAL);
        addstr("...");
    } else {
        ui_put(row, indent, clean, strlen(clean), COLS - 1 - indent, A_NORMAL);
    }
    free(clean);
}

void menu_draw(struct app *a, struct frame *f)
{
    static const struct status_hint hints[] = { { "Enter:open", 1 }, { "Left:back", 2 },
                                                { "/:search", 3 }, { "?:help", 0 },
                                                { "q:quit", 2 } };
    const struct node *n = f->node;
    struct menu_layout m;
    char pos[32];
    int h, rows, indent = n->n_children >= 10 ? 7 : 6;

    menu_layout(n, &m);
    h = item_rows(&m);
    rows = m.list_rows / h;
    selection_show(f, (size_t)rows);
    app_draw_heading(a, f->node == a->s.g->root ? a->s.g->title : n->title);
    for (int r = 0; r < rows && f->top + (size_t)r < n->n_children; r++) {
        size_t i = f->top + (size_t)r;
        draw_item(n, i, i == f->sel, m.list_top + r * h);
        if (m.summaries)
            draw_summary(n->children[i], m.list_top + r * h + 1, indent);
    }
    /* "3/15" only when the list scrolls: otherwise every row shows its
     * number already, and the counter would cost bytes on every move. */
    snprintf(pos, sizeof pos, "%zu/%zu", f->sel + 1, n->n_children);
    ui_status(hints, sizeof hints / sizeof hints[0], (size_t)rows < n->n_children ? pos : NULL,
              a->msg[0] ? a->msg : NULL);
    /* The hardware cursor rests on the selection, for screen readers. */
    move(m.list_top + (int)(f->sel - f->top) * h, 1);
}

void menu_key(struct app *a, struct frame *f, int ch)
{
    struct menu_layout m;
    size_t n = f->node->n_children;
    int item = keys_digit(&f->digits, ch, n, ui_key_gap_ms());
    enum action act = keys_action(ch, SCR_MENU);
    long page;

    menu_layout(f->node, &m);
    page = m.list_rows / item_rows(&m);
    if (item) {
        f->sel = (size_t)item - 1;
        return;
    }
    if (selection_key(f, act, n, page))
        return;
    switch (act) {
    case ACT_OPEN: app_said(a, session_open_item(&a->s, f->sel), act); break;
    case ACT_BACK: app_said(a, session_back(&a->s), act); break;
    default:
        app_common_key(a, act);
        break;
    }
}
