/* docview.c: see docview.h. */
#include "docview.h"

#include <curses.h>
#include <string.h>

#include "ui.h"

int docview_rows(void)
{
    return LINES - 2;
}

int docview_attr(enum line_kind k, bool urgent)
{
    if (k == LINE_TITLE)
        return ui_attr(urgent ? ROLE_URGENT : ROLE_TITLE);
    return k == LINE_HEADING ? ui_attr(ROLE_HEADING) : (int)A_NORMAL;
}

void docview_draw(const struct doc *d, size_t top, size_t sel_from, size_t sel_to, bool urgent)
{
    for (int r = 0; r < docview_rows() && top + (size_t)r < d->n; r++) {
        size_t i = top + (size_t)r;
        const struct doc_line *l = &d->lines[i];
        bool sel = i >= sel_from && i < sel_to;
        int attr = sel ? ui_attr(ROLE_SELECTED) : docview_attr(l->kind, urgent);
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

size_t docview_clamp_top(size_t top, const struct doc *d)
{
    size_t rows = (size_t)docview_rows(), last = d->n > rows ? d->n - rows : 0;
    return top > last ? last : top;
}

size_t docview_keep_visible(size_t top, size_t from, size_t to)
{
    size_t rows = (size_t)docview_rows();

    if (to - from > rows)
        to = from + rows;
    if (from < top)
        top = from;
    if (to > top + rows)
        top = to - rows;
    return top;
}
