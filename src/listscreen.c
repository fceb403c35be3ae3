/* listscreen.c: generated lists (search results, contents, recent pages):
 * one row per page, '>' and reverse video on the selection; search
 * results add a snippet line with the match marked. */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screens.h"
#include "text.h"
#include "ui.h"

#define LIST_TOP 2 /* bar, then the list's title */

static int item_height(const struct listview *l)
{
    return l->hits && l->n && l->hits[0].node ? 2 : 1;
}

static int visible_items(const struct listview *l)
{
    int rows = (LINES - 1 - LIST_TOP) / item_height(l);
    return rows < 1 ? 1 : rows;
}

static void draw_title_row(const struct listview *l, size_t i, bool selected, int row)
{
    char label[700];
    const struct node *n = l->targets[i];
    int numw = l->n >= 100 ? 3 : l->n >= 10 ? 2 : 1;
    int attr = selected ? ui_attr(ROLE_SELECTED) : (int)A_NORMAL;
    char *clean = text_clean(n->title, ui_ascii());
    int len;

    len = snprintf(label, sizeof label, "%c %*zu. %*s%s", selected ? '>' : ' ', numw, i + 1,
                   l->depth[i] * 2, "", clean ? clean : "");
    if (l->hits[i].node && l->hits[i].count > 1 && len > 0 && (size_t)len < sizeof label)
        snprintf(label + len, sizeof label - (size_t)len, " (%zu matches)", l->hits[i].count);
    free(clean);
    if (selected) {
        attron(attr);
        mvhline(row, 0, ' ', COLS);
        attroff(attr);
    }
    ui_put(row, 1, label, strlen(label), COLS - 2, attr);
}

/* The snippet under a search result, its match underlined and bold. */
static void draw_snippet(struct app *a, const struct search_hit *h, int row)
{
    int indent = 6, width = COLS - 1 - indent;
    /* A title match is on the row above: show how the page begins. */
    size_t field = h->field == 0 && search_field_count(h->node) > 1 ? 1 : h->field;
    size_t ms = 0, ml = 0;
    char *s;

    if (width < 8)
        return;
    s = search_snippet(search_field_text(h->node, field), a->folded, width, ui_ascii(), &ms,
                       &ml);
    if (!s)
        return;
    ui_put(row, indent, s, ms, width, A_NORMAL);
    ui_put(row, indent + text_width(s, ms), s + ms, ml, width - text_width(s, ms),
           A_BOLD | A_UNDERLINE);
    ui_put(row, indent + text_width(s, ms + ml), s + ms + ml, strlen(s + ms + ml),
           width - text_width(s, ms + ml), A_NORMAL);
    free(s);
}

void list_draw(struct app *a, struct frame *f)
{
    static const char *const hints[] = { "Enter:open", "Left:back", "/:search", "?:help",
                                         "q:quit" };
    struct listview *l = nav_list(a, f->node);
    int h = item_height(l), rows = visible_items(l);
    char crumb[1024], pos[32];
    char *title = text_clean(l->node.title, ui_ascii());

    if (f->sel >= l->n)
        f->sel = l->n ? l->n - 1 : 0;
    history_show_selection(f, (size_t)rows);
    app_breadcrumb(a, crumb, sizeof crumb);
    ui_bar(0, crumb, NULL);
    if (title)
        ui_put(1, 1, title, strlen(title), COLS - 2, ui_attr(ROLE_TITLE));
    free(title);
    for (int r = 0; r < rows && f->top + (size_t)r < l->n; r++) {
        size_t i = f->top + (size_t)r;
        draw_title_row(l, i, i == f->sel, LIST_TOP + r * h);
        if (h == 2)
            draw_snippet(a, &l->hits[i], LIST_TOP + r * h + 1);
    }
    snprintf(pos, sizeof pos, "%zu/%zu", l->n ? f->sel + 1 : 0, l->n);
    ui_status(hints, sizeof hints / sizeof hints[0], pos, a->msg[0] ? a->msg : NULL);
    move(LIST_TOP + (int)(f->sel - f->top) * h, 1);
}

/* Opens the selected row; a search result opens at its first match. */
static void list_open_row(struct app *a, struct listview *l, size_t i)
{
    bool found = l->hits[i].node != NULL;

    if (!app_push(a, l->targets[i]))
        ui_die("out of memory");
    if (found) {
        struct frame *f = app_top(a);
        f->found = true;
        f->match_block = SIZE_MAX; /* the pager finds the first match */
        f->search_id = a->search_id;
    }
}

void list_key(struct app *a, struct frame *f, int ch)
{
    struct listview *l = nav_list(a, f->node);
    int item = keys_digit(&f->digits, ch, l->n, ui_key_gap_ms());
    long page = visible_items(l);

    if (item) {
        f->sel = (size_t)item - 1;
        return;
    }
    switch (keys_action(ch, SCR_MENU)) {
    case ACT_UP: history_select(f, -1, l->n); break;
    case ACT_DOWN: history_select(f, 1, l->n); break;
    case ACT_PAGE_UP: history_select(f, -page, l->n); break;
    case ACT_PAGE_DOWN: history_select(f, page, l->n); break;
    case ACT_TOP: f->sel = 0; break;
    case ACT_BOTTOM: history_select(f, (long)l->n, l->n); break;
    case ACT_OPEN:
        if (l->n)
            list_open_row(a, l, f->sel);
        break;
    case ACT_BACK: app_pop(a); break;
    default: app_common_key(a, keys_action(ch, SCR_MENU)); break;
    }
}
