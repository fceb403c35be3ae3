/* listscreen.c: generated lists (search results, contents, recent pages):
 * one row per page, '>' and reverse video on the selection; search
 * results add a snippet line with the match marked. */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screens.h"
#include "selection.h"
#include "text.h"
#include "ui.h"

#define LIST_TOP 2 /* bar, then the list's title */

static int item_height(const struct session_list *l)
{
    return l->hits && l->n && l->hits[0].node ? 2 : 1;
}

static int visible_items(const struct session_list *l)
{
    int rows = (LINES - 1 - LIST_TOP) / item_height(l);
    return rows < 1 ? 1 : rows;
}

static void draw_title_row(const struct session_list *l, size_t i, bool selected, int row)
{
    char label[700], title[600];
    int numw = l->n >= 100 ? 3 : l->n >= 10 ? 2 : 1;
    int attr = selected ? ui_attr(ROLE_SELECTED) : (int)A_NORMAL;
    char *clean;
    int len;

    session_row_title(l, i, title, sizeof title); /* with its section, for search */
    clean = app_clean(title);

    len = snprintf(label, sizeof label, "%c %*zu. %*s%s", selected ? '>' : ' ', numw, i + 1,
                   l->depth[i] * 2, "", clean);
    if (l->hits[i].node && l->hits[i].count > 1 && len > 0 && (size_t)len < sizeof label)
        snprintf(label + len, sizeof label - (size_t)len, " (%zu matches)", l->hits[i].count);
    free(clean);
    if (selected) {
        attron(attr);
        mvhline(row, 0, ' ', COLS);
        attroff(attr);
    }
    ui_put_cut(row, 1, label, strlen(label), COLS - 2, attr);
}

/* The snippet under a search result, its match underlined and bold. */
static void draw_snippet(struct app *a, const struct search_hit *h, int row)
{
    int indent = 6, width = ui_text_cols() + 1 - indent;
    size_t ms = 0, ml = 0;
    char *s;

    if (width < 8)
        return;
    s = session_snippet(&a->s, h, width, ui_ascii(), &ms, &ml);
    if (!s)
        ui_die("out of memory");
    ui_put(row, indent, s, ms, width, A_NORMAL);
    ui_put(row, indent + text_width(s, ms), s + ms, ml, width - text_width(s, ms),
           A_BOLD | A_UNDERLINE);
    ui_put(row, indent + text_width(s, ms + ml), s + ms + ml, strlen(s + ms + ml),
           width - text_width(s, ms + ml), A_NORMAL);
    free(s);
}

void listscreen_draw(struct app *a, struct frame *f)
{
    static const struct status_hint hints[] = { { "Enter:open", 1 }, { "Left:back", 2 },
                                                { "/:search", 3 }, { "?:help", 0 },
                                                { "q:close", 2 } };
    struct session_list *l = session_list_of(&a->s, f->node);
    int h = item_height(l), rows = visible_items(l);
    char pos[32];

    if (f->sel >= l->n)
        f->sel = l->n ? l->n - 1 : 0;
    selection_show(f, (size_t)rows);
    app_draw_heading(a, l->node.title);
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

void listscreen_key(struct app *a, struct frame *f, int ch)
{
    struct session_list *l = session_list_of(&a->s, f->node);
    int item = keys_digit(&f->digits, ch, l->n, ui_key_gap_ms());
    long page = visible_items(l);
    enum action act = keys_action(ch, SCR_MENU);

    if (item) {
        f->sel = (size_t)item - 1;
        return;
    }
    if (selection_key(f, act, l->n, page))
        return;
    switch (act) {
    case ACT_OPEN: app_said(a, session_open_item(&a->s, f->sel), act); break;
    case ACT_BACK: app_said(a, session_back(&a->s), act); break;
    default: app_common_key(a, act); break;
    }
}
