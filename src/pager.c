/* pager.c: the page screen: wrapped paragraphs, scrolling, a position
 * indicator, the next and previous pages of the same menu, search matches
 * (n, N) and the related pages at the end (Tab, Enter). */
#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "docview.h"
#include "nav.h"
#include "screens.h"
#include "text.h"
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

static const struct doc *page_doc(struct app *a, struct frame *f)
{
    return app_doc(a, f->node, ui_text_cols());
}

static size_t current_top(struct app *a, struct frame *f, const struct doc **dp)
{
    const struct doc *d = page_doc(a, f);
    size_t top = doc_find(d, f->anchor_block, f->anchor_off);

    *dp = d;
    return top > max_top(d) ? max_top(d) : top;
}

static void set_top(struct frame *f, const struct doc *d, size_t top)
{
    f->anchor_block = d->lines[top].block;
    f->anchor_off = d->lines[top].off;
}

/* Scrolls so that line i is on screen, a few lines below the top when
 * the page has to move (so the context above shows too). */
static void show_line(struct app *a, struct frame *f, size_t i)
{
    const struct doc *d;
    size_t top = current_top(a, f, &d), rows = (size_t)text_rows();

    if (i >= top && i < top + rows)
        return;
    top = i > 2 ? i - 2 : 0;
    set_top(f, d, top > max_top(d) ? max_top(d) : top);
}

/* ---- search matches */

static const char *block_text(const struct doc *d, size_t block)
{
    return block < d->n_texts ? d->texts[block] : "";
}

/* The line that shows byte off of block. */
static size_t line_of(const struct doc *d, size_t block, size_t off)
{
    return doc_find(d, block, off);
}

static void goto_match(struct app *a, struct frame *f, enum action act)
{
    const struct doc *d = page_doc(a, f);
    enum session_status st = session_match(&a->s, d, f, act == ACT_PREV_MATCH);

    app_said(a, st, act);
    if (f->found)
        show_line(a, f, line_of(d, f->match_block, f->match_off));
}

/* ---- drawing */

/* Draws s[0..len) from col with the search matches in it marked: the
 * current one in reverse video, others bold and underlined. */
static void draw_marked(struct app *a, const struct frame *f, const struct doc_line *l,
                        int row, int col, int attr)
{
    const struct doc *d = &a->doc;
    const char *t = block_text(d, l->block);
    size_t at = l->off, end = l->off + l->len, s, e;
    int x = col, room = COLS - 1 - col;

    for (size_t from = 0; f->found && search_find_word(t, strlen(t), a->s.match, from, &s, &e);
         from = s + 1) {
        bool current = l->block == f->match_block && f->match_off == s;
        if (e <= at)
            continue;
        if (s >= end)
            break;
        size_t cs = s < at ? at : s, ce = e > end ? end : e; /* clipped to the line */
        ui_put(row, x, t + at, cs - at, room - (x - col), attr);
        x += text_width(t + at, cs - at);
        ui_put(row, x, t + cs, ce - cs, room - (x - col),
               current ? A_REVERSE | A_BOLD : A_BOLD | A_UNDERLINE);
        x += text_width(t + cs, ce - cs);
        at = ce;
    }
    ui_put(row, x, t + at, end - at, room - (x - col), attr);
}

/* The first line of the k-th link (1-based), or SIZE_MAX. */
static size_t link_line(const struct doc *d, size_t k)
{
    for (size_t i = 0, seen = 0; i < d->n; i++) {
        if (d->lines[i].link && (i == 0 || d->lines[i - 1].block != d->lines[i].block) &&
            ++seen == k)
            return i;
    }
    return SIZE_MAX;
}

/* True if line i belongs to the chosen link (a link may wrap). */
static bool chosen_link(const struct doc *d, const struct frame *f, size_t i)
{
    size_t first;

    if (!f->link || !d->lines[i].link)
        return false;
    first = link_line(d, f->link);
    return first != SIZE_MAX && d->lines[first].block == d->lines[i].block;
}

static void draw_line(struct app *a, const struct frame *f, size_t i, int row)
{
    const struct doc_line *l = &a->doc.lines[i];
    bool chosen = chosen_link(&a->doc, f, i);
    int attr = chosen ? ui_attr(ROLE_SELECTED) : docview_attr(l->kind, false);

    if (chosen) {
        attron(attr);
        mvhline(row, 0, ' ', COLS);
        attroff(attr);
    }
    if (l->marker || chosen)
        ui_put(row, 1, chosen ? ">" : l->marker, chosen ? 1 : strlen(l->marker), 1, attr);
    draw_marked(a, f, l, row, 1 + l->indent, attr);
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

/* For screen readers: the cursor rests on the chosen link, else on the
 * current match, else at the top. */
static void place_cursor(struct app *a, const struct frame *f, size_t top)
{
    const struct doc *d = &a->doc;
    size_t rows = (size_t)text_rows();

    for (size_t i = top; i < d->n && i < top + rows; i++) {
        if (chosen_link(d, f, i)) {
            move(1 + (int)(i - top), 1);
            return;
        }
    }
    if (f->found) {
        size_t i = line_of(d, f->match_block, f->match_off);
        const struct doc_line *l = &d->lines[i];
        if (i >= top && i < top + rows && f->match_off >= l->off) {
            move(1 + (int)(i - top), 1 + l->indent + text_width(l->s, f->match_off - l->off));
            return;
        }
    }
    move(1, 1);
}

void pager_draw(struct app *a, struct frame *f)
{
    struct status_hint hints[] = { { "Space:more", 1 }, { "Left:back", 2 }, { "/:search", 3 },
                                   { "Tab:links", 4 }, { "?:help", 0 }, { "q:quit", 2 } };
    const struct doc *d;
    size_t top;
    char crumb[1024], pos[16];

    if (session_on_top(&a->s, f))
        hints[5].text = "q:close"; /* help, a page's words: q closes them */
    session_match_check(&a->s, f);
    if (f->found && f->match_block == SIZE_MAX)
        goto_match(a, f, ACT_NEXT_MATCH); /* opened from search results */
    top = current_top(a, f, &d);
    app_breadcrumb(a, crumb, sizeof crumb);
    ui_bar(0, crumb, NULL);
    for (int r = 0; r < text_rows() && top + (size_t)r < d->n; r++)
        draw_line(a, f, top + (size_t)r, 1 + r);
    position(d, top, pos, sizeof pos);
    ui_status(hints, sizeof hints / sizeof hints[0], pos, a->msg[0] ? a->msg : NULL);
    place_cursor(a, f, top);
}

/* ---- keys */

static void scroll_to(struct app *a, struct frame *f, long delta)
{
    const struct doc *d;
    long top = (long)current_top(a, f, &d) + delta;
    long last = (long)max_top(d);

    top = top < 0 ? 0 : top > last ? last : top;
    set_top(f, d, (size_t)top);
}

static void choose_link(struct app *a, struct frame *f, int dir)
{
    const struct doc *d = page_doc(a, f);
    size_t n = 0;

    while (link_line(d, n + 1) != SIZE_MAX)
        n++;
    if (n == 0) {
        app_message(a, "This page has no related pages.");
        return;
    }
    if (dir > 0)
        f->link = f->link >= n ? 1 : f->link + 1;
    else
        f->link = f->link <= 1 ? n : f->link - 1;
    show_line(a, f, link_line(d, f->link));
}

static void follow_link(struct app *a, struct frame *f)
{
    const struct doc *d = page_doc(a, f);
    size_t i = f->link ? link_line(d, f->link) : SIZE_MAX;

    if (i == SIZE_MAX) {
        app_message(a, "Press Tab to choose a related page, then Enter.");
        return;
    }
    app_said(a, session_open(&a->s, (struct node *)d->lines[i].link), ACT_FOLLOW);
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
    case ACT_NEXT_PAGE: app_said(a, session_sibling(&a->s, 1), act); break;
    case ACT_PREV_PAGE: app_said(a, session_sibling(&a->s, -1), act); break;
    case ACT_NEXT_MATCH: case ACT_PREV_MATCH: goto_match(a, f, act); break;
    case ACT_NEXT_LINK: choose_link(a, f, 1); break;
    case ACT_PREV_LINK: choose_link(a, f, -1); break;
    case ACT_FOLLOW: follow_link(a, f); break;
    case ACT_WORDS: nav_words(a); break;
    case ACT_BACK: app_said(a, session_back(&a->s), act); break;
    default: app_common_key(a, act); break;
    }
}
