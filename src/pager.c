/* pager.c: the page screen: wrapped paragraphs, scrolling, a position
 * indicator, and the next and previous pages of the same menu. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "screens.h"
#include "ui.h"

static int text_rows(void)
{
    return LINES - 2;
}

static size_t max_top(const struct doc *d)
{
    size_t rows = (size_t)text_rows();
    return d->n > rows ? d->n - rows : 0;
}

static size_t current_top(struct app *a, struct frame *f, const struct doc **dp)
{
    const struct doc *d = app_doc(a, f->node, COLS - 2);
    size_t top = doc_find(d, f->anchor_block, f->anchor_off);

    *dp = d;
    return top > max_top(d) ? max_top(d) : top;
}

static int line_attr(enum line_kind k)
{
    switch (k) {
    case LINE_TITLE: return ui_attr(ROLE_TITLE);
    case LINE_HEADING: return ui_attr(ROLE_HEADING);
    default: return A_NORMAL;
    }
}

static void draw_line(const struct doc_line *l, int row)
{
    int col = 1;

    if (l->marker)
        ui_put(row, col, l->marker, strlen(l->marker), 1, A_NORMAL);
    col += l->indent;
    ui_put(row, col, l->s, l->len, COLS - 1 - col, line_attr(l->kind));
}

static void position(const struct doc *d, size_t top, char *buf, size_t size)
{
    size_t rows = (size_t)text_rows();

    if (d->n <= rows)
        snprintf(buf, size, "All");
    else if (top == 0)
        snprintf(buf, size, "Top");
    else if (top >= max_top(d))
        snprintf(buf, size, "End");
    else
        snprintf(buf, size, "%zu%%", (top + rows) * 100 / d->n);
}

void pager_draw(struct app *a, struct frame *f)
{
    static const char *const hints[] = { "Space:more", "Left:back", "[ ]:pages", "?:help",
                                         "q:quit" };
    const struct doc *d;
    size_t top = current_top(a, f, &d);
    char crumb[1024], pos[16];

    app_breadcrumb(a, crumb, sizeof crumb);
    ui_bar(0, crumb, NULL);
    for (int r = 0; r < text_rows() && top + (size_t)r < d->n; r++)
        draw_line(&d->lines[top + (size_t)r], 1 + r);
    position(d, top, pos, sizeof pos);
    ui_status(hints, sizeof hints / sizeof hints[0], pos, a->msg[0] ? a->msg : NULL);
    move(1, 1);
}

static void scroll_to(struct app *a, struct frame *f, long delta)
{
    const struct doc *d;
    long top = (long)current_top(a, f, &d) + delta;
    long last = (long)max_top(d);

    top = top < 0 ? 0 : top > last ? last : top;
    f->anchor_block = d->lines[top].block;
    f->anchor_off = d->lines[top].off;
}

/* Replaces this page by the next (dir 1) or previous (dir -1) page of the
 * menu it was opened from. */
static void sibling(struct app *a, struct frame *f, int dir)
{
    struct frame *p = app_parent(a);
    const struct node *menu = p ? p->node : NULL;

    if (!menu || menu->type != NODE_MENU || menu->children[p->sel] != f->node) {
        app_message(a, "This page has no neighbours.");
        return;
    }
    for (long i = (long)p->sel + dir; i >= 0 && i < (long)menu->n_children; i += dir) {
        if (menu->children[i]->type == NODE_PAGE) {
            p->sel = (size_t)i;
            memset(f, 0, sizeof *f);
            f->node = menu->children[i];
            return;
        }
    }
    app_message(a, dir > 0 ? "This is the last page here." : "This is the first page here.");
}

void pager_key(struct app *a, struct frame *f, int ch)
{
    enum action act = keys_action(ch, SCR_PAGE);
    long page = text_rows();

    switch (act) {
    case ACT_UP: scroll_to(a, f, -1); break;
    case ACT_DOWN: scroll_to(a, f, 1); break;
    case ACT_PAGE_UP: scroll_to(a, f, -page); break;
    case ACT_PAGE_DOWN: scroll_to(a, f, page); break;
    case ACT_TOP: scroll_to(a, f, -(1L << 30)); break;
    case ACT_BOTTOM: scroll_to(a, f, 1L << 30); break;
    case ACT_NEXT_PAGE: sibling(a, f, 1); break;
    case ACT_PREV_PAGE: sibling(a, f, -1); break;
    case ACT_BACK: app_pop(a); break;
    default: app_common_key(a, act); break;
    }
}
