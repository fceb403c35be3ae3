/* selection.c: list selection (see selection.h). */
#include "selection.h"

void selection_move(struct frame *f, long delta, size_t n)
{
    long sel = (long)f->sel + delta;

    if (sel > (long)n - 1)
        sel = (long)n - 1;
    f->sel = sel < 0 ? 0 : (size_t)sel; /* an empty list keeps row 0 */
}

void selection_show(struct frame *f, size_t rows)
{
    if (f->sel < f->top)
        f->top = f->sel;
    if (f->sel >= f->top + rows)
        f->top = f->sel - rows + 1;
}

bool selection_key(struct frame *f, enum action act, size_t n, long page)
{
    switch (act) {
    case ACT_UP: selection_move(f, -1, n); return true;
    case ACT_DOWN: selection_move(f, 1, n); return true;
    case ACT_PAGE_UP: selection_move(f, -page, n); return true;
    case ACT_PAGE_DOWN: selection_move(f, page, n); return true;
    case ACT_TOP: f->sel = 0; return true;
    case ACT_BOTTOM: selection_move(f, (long)n, n); return true;
    default: return false;
    }
}
