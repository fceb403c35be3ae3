/* menu.c: the menu screen: breadcrumb, numbered children with the
 * selection marked by '>' and reverse video, the selected summary, hints. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screens.h"
#include "text.h"
#include "ui.h"

struct menu_layout {
    int list_top, list_rows; /* rows of the item list */
    int summary_top, summary_rows;
};

static void menu_layout(struct menu_layout *m)
{
    bool roomy = LINES >= 12;

    m->summary_rows = LINES >= 14 ? 2 : 1;
    m->summary_top = LINES - 1 - m->summary_rows;
    m->list_top = roomy ? 3 : 2;
    m->list_rows = m->summary_top - (roomy ? 1 : 0) - m->list_top;
    if (m->list_rows < 1)
        m->list_rows = 1;
}

/* Keeps the selection within the visible part of the list. */
static void menu_scroll(struct frame *f, int rows)
{
    if (f->sel < f->top)
        f->top = f->sel;
    if (f->sel >= f->top + (size_t)rows)
        f->top = f->sel - (size_t)rows + 1;
}

static void draw_item(const struct node *menu, size_t i, bool selected, int row)
{
    char label[600];
    int numw = menu->n_children >= 10 ? 2 : 1;
    int attr = selected ? ui_attr(ROLE_SELECTED) : (int)A_NORMAL;
    char *clean = text_clean(menu->children[i]->title, ui_ascii());

    snprintf(label, sizeof label, "%c %*zu. %s", selected ? '>' : ' ', numw, i + 1,
             clean ? clean : "");
    free(clean);
    if (selected) {
        attron(attr);
        mvhline(row, 0, ' ', COLS);
        attroff(attr);
    }
    ui_put(row, 1, label, strlen(label), COLS - 2, attr);
}

static void draw_summary(const struct node *n, const struct menu_layout *m)
{
    struct text_lines tl = { 0 };
    char *clean;

    if (!n->summary)
        return;
    clean = text_clean(n->summary, ui_ascii());
    if (!clean || !text_wrap(clean, COLS - 2, &tl)) {
        free(clean);
        text_lines_free(&tl);
        return;
    }
    for (size_t i = 0; i < tl.n && (int)i < m->summary_rows; i++) {
        bool cut = (int)i == m->summary_rows - 1 && i + 1 < tl.n;
        int width = cut ? COLS - 5 : COLS - 2;
        ui_put(m->summary_top + (int)i, 1, clean + tl.v[i].off, tl.v[i].len, width, A_NORMAL);
        if (cut)
            addstr("...");
    }
    text_lines_free(&tl);
    free(clean);
}

void menu_draw(struct app *a, struct frame *f)
{
    static const char *const hints[] = { "Enter:open", "Left:back", "?:help", "!:urgent",
                                         "q:quit" };
    const struct node *n = f->node;
    struct menu_layout m;
    char crumb[1024], pos[32];
    const char *heading = f->node == a->g->root ? a->g->title : n->title;
    char *clean = text_clean(heading, ui_ascii());

    menu_layout(&m);
    menu_scroll(f, m.list_rows);
    app_breadcrumb(a, crumb, sizeof crumb);
    ui_bar(0, crumb, NULL);
    if (clean)
        ui_put(1, 1, clean, strlen(clean), COLS - 2, ui_attr(ROLE_TITLE));
    free(clean);
    for (int r = 0; r < m.list_rows && f->top + (size_t)r < n->n_children; r++)
        draw_item(n, f->top + (size_t)r, f->top + (size_t)r == f->sel, m.list_top + r);
    draw_summary(n->children[f->sel], &m);
    snprintf(pos, sizeof pos, "%zu/%zu", f->sel + 1, n->n_children);
    ui_status(hints, sizeof hints / sizeof hints[0], pos, a->msg[0] ? a->msg : NULL);
    /* The hardware cursor rests on the selection, for screen readers. */
    move(m.list_top + (int)(f->sel - f->top), 1);
}

static void menu_move(struct frame *f, long delta)
{
    long last = (long)f->node->n_children - 1;
    long sel = (long)f->sel + delta;

    f->sel = (size_t)(sel < 0 ? 0 : sel > last ? last : sel);
}

void menu_key(struct app *a, struct frame *f, int ch)
{
    struct menu_layout m;
    int item = keys_digit(&f->digits, ch, f->node->n_children);
    enum action act = keys_action(ch, SCR_MENU);

    menu_layout(&m);
    if (item) {
        f->sel = (size_t)item - 1;
        return;
    }
    switch (act) {
    case ACT_UP: menu_move(f, -1); break;
    case ACT_DOWN: menu_move(f, 1); break;
    case ACT_PAGE_UP: menu_move(f, -m.list_rows); break;
    case ACT_PAGE_DOWN: menu_move(f, m.list_rows); break;
    case ACT_TOP: f->sel = 0; break;
    case ACT_BOTTOM: f->sel = f->node->n_children - 1; break;
    case ACT_OPEN:
        if (!app_push(a, f->node->children[f->sel]))
            ui_die("out of memory");
        break;
    case ACT_BACK:
        if (app_parent(a))
            app_pop(a);
        else
            app_message(a, "This is Home. Press q to quit.");
        break;
    default:
        app_common_key(a, act);
        break;
    }
}
