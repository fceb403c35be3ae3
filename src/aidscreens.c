/* aidscreens.c: the decision aid's three screens in the full-screen face:
 * the comparison of options (a grid when it fits, else one option or one
 * aspect at a time), What matters to you (statements rated on a labelled
 * scale) and My appointment sheet (questions, timeline, what to bring;
 * the whole sheet, saved or printed on request). Everything is the
 * session's (session.h, sheet.h); these only draw and read keys.
 *
 * Frame fields (history.h) as these screens use them: top is the first
 * line shown; sel the option or aspect (comparison), the statement
 * (values) or the row (sheet); why the comparison's view (enum view_mode);
 * result the values' result or the whole sheet; link, on the values and
 * sheet screens, that Up went past the first row to read the text above
 * it (the selection is then not scrolled into view). */
#define _GNU_SOURCE
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aidlayout.h"
#include "docview.h"
#include "screens.h"
#include "text.h"
#include "ui.h"

enum view_mode { VIEW_AUTO, VIEW_OPTION, VIEW_ASPECT, VIEW_GRID };

static void oom(void)
{
    ui_die("out of memory");
}






/* Up, Down, PgUp, PgDn, Home, End on a scrolling text; true if handled. */
static bool scroll_key(struct frame *f, enum action act)
{
    size_t page = (size_t)docview_rows();

    switch (act) {
    case ACT_UP: f->top = f->top ? f->top - 1 : 0; return true;
    case ACT_DOWN: f->top++; return true; /* clamped when drawn */
    case ACT_PAGE_UP: f->top = f->top > page ? f->top - page : 0; return true;
    case ACT_PAGE_DOWN: f->top += page; return true;
    case ACT_TOP: f->top = 0; return true;
    case ACT_BOTTOM: f->top = (size_t)1 << 30; return true;
    default: return false;
    }
}

static void header(struct app *a, const char *extra)
{
    char crumb[1024];

    app_breadcrumb(a, crumb, sizeof crumb);
    if (extra)
        strncat(crumb, extra, sizeof crumb - strlen(crumb) - 1);
    ui_bar(0, crumb, NULL);
}

/* ---- options side by side */

/* f->top after a move across: the chosen option's (or aspect's) heading at
 * the top, with the introduction above it still there to scroll back to. */
#define TOP_AT_CHOICE SIZE_MAX

/* The first heading: "Option 2 of 5: ..." (the introduction has none). */
static size_t first_heading(const struct doc *d)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->lines[i].kind == LINE_HEADING)
            return i;
    return 0;
}

static enum view_mode compare_mode(const struct frame *f, const struct compare *c)
{
    if (f->why != VIEW_AUTO)
        return (enum view_mode)f->why;
    return compare_grid_fits(c, COLS - 2) ? VIEW_GRID : VIEW_OPTION;
}

void comparescreen_draw(struct app *a, struct frame *f)
{
    static const struct status_hint hints[] = { { "Left/Right:move", 1 }, { "o:view", 2 },
                                                { "Esc:back", 3 }, { "a:sheet", 4 },
                                                { "?:help", 0 } };
    const struct compare *c = f->node->compare;
    enum view_mode mode = compare_mode(f, c);
    char pos[48];
    struct doc d;
    bool ok;

    if (mode == VIEW_GRID && !compare_grid_fits(c, COLS - 2))
        mode = VIEW_OPTION; /* the window got narrower */
    doc_init(&d, COLS - 2, ui_ascii());
    if (mode == VIEW_ASPECT) {
        f->sel = f->sel < c->n_aspects ? f->sel : c->n_aspects - 1;
        ok = doc_compare_aspect(&d, f->node, f->sel);
        snprintf(pos, sizeof pos, "Aspect %zu/%zu", f->sel + 1, c->n_aspects);
    } else if (mode == VIEW_OPTION) {
        f->sel = f->sel < c->n_options ? f->sel : c->n_options - 1;
        ok = doc_compare_option(&d, f->node, f->sel);
        snprintf(pos, sizeof pos, "Option %zu/%zu", f->sel + 1, c->n_options);
    } else {
        ok = doc_compare_grid(&d, f->node);
        snprintf(pos, sizeof pos, "All %zu options", c->n_options);
    }
    if (!ok)
        oom();
    header(a, NULL);
    if (f->top == TOP_AT_CHOICE)
        f->top = first_heading(&d);
    f->top = docview_clamp_top(f->top, &d);
    docview_draw(&d, f->top, 0, 0, false);
    ui_status(hints, sizeof hints / sizeof hints[0], pos, a->msg[0] ? a->msg : NULL);
    move(1, 1);
    doc_free(&d);
}

/* o: by option, by aspect, then the grid when it fits. */
static void compare_next_view(struct app *a, struct frame *f, const struct compare *c)
{
    enum view_mode mode = compare_mode(f, c);

    if (mode == VIEW_GRID)
        mode = VIEW_OPTION;
    else if (mode == VIEW_OPTION)
        mode = VIEW_ASPECT;
    else
        mode = compare_grid_fits(c, COLS - 2) ? VIEW_GRID : VIEW_OPTION;
    f->why = mode;
    f->sel = 0;
    f->top = 0;
    app_message(a, "%s", mode == VIEW_GRID ? "All options side by side."
                         : mode == VIEW_OPTION ? "One option at a time: Left and Right move."
                                               : "One aspect at a time: Left and Right move.");
}

static void compare_move(struct app *a, struct frame *f, const struct compare *c, int dir)
{
    enum view_mode mode = compare_mode(f, c);
    size_t n = mode == VIEW_ASPECT ? c->n_aspects : c->n_options;

    if (mode == VIEW_GRID) { /* Right from the grid: one option at a time */
        f->why = VIEW_OPTION;
        f->sel = dir > 0 ? 0 : c->n_options - 1;
    } else if (dir < 0 && f->sel == 0) {
        app_message(a, "This is the first. Esc goes back.");
        return;
    } else if (dir > 0 && f->sel + 1 >= n) {
        app_message(a, "This is the last. o shows another view.");
        return;
    } else {
        f->why = mode;
        f->sel = dir > 0 ? f->sel + 1 : f->sel - 1;
    }
    f->top = TOP_AT_CHOICE; /* the introduction was read already */
}

void comparescreen_key(struct app *a, struct frame *f, int ch)
{
    const struct compare *c = f->node->compare;
    enum action act = keys_action(ch, SCR_COMPARE);

    if (scroll_key(f, act))
        return;
    switch (act) {
    case ACT_PREV_COL: compare_move(a, f, c, -1); break;
    case ACT_NEXT_COL: compare_move(a, f, c, 1); break;
    case ACT_VIEW: compare_next_view(a, f, c); break;
    case ACT_BACK: app_said(a, session_back(&a->s), act); break;
    case ACT_SHEET: app_said(a, session_sheet(&a->s), act); break;
    default: app_common_key(a, act); break;
    }
}

/* ---- what matters to you */

static const struct values *values_of(const struct frame *f)
{
    return f->node->values;
}

static void values_scale_line(struct doc *d, const struct values *v)
{
    char buf[600];
    size_t used = (size_t)snprintf(buf, sizeof buf, "The scale:");

    for (size_t i = 0; i < v->n_scale && used < sizeof buf; i++)
        used += (size_t)snprintf(buf + used, sizeof buf - used, "%s %zu %s", i ? "," : "", i + 1,
                                 v->scale[i]);
    if (used < sizeof buf)
        snprintf(buf + used, sizeof buf - used, ". Left and Right, or a number, rate the "
                                                "chosen statement; 0 clears it.");
    if (!doc_blank(d) || !doc_add(d, buf, LINE_TEXT))
        oom();
}

/* Intro, the scale, then each statement and its rating (starts[i]: its
 * first line; starts[n]: the end). */
static void values_doc(struct app *a, struct doc *d, const struct node *n, size_t *starts)
{
    const struct values *v = n->values;
    char buf[1200];

    doc_init(d, COLS - 2, ui_ascii());
    if (!doc_add(d, n->title, LINE_TITLE))
        oom();
    for (size_t i = 0; i < n->n_paras; i++)
        if (!doc_blank(d) || !doc_add(d, n->paras[i], LINE_TEXT))
            oom();
    values_scale_line(d, v);
    for (size_t i = 0; i < v->n_stmts; i++) {
        int r = a->s.sheet.ratings[i];
        starts[i] = d->n + 1;
        snprintf(buf, sizeof buf, "%zu. %s", i + 1, v->stmts[i].text);
        if (!doc_blank(d) || !doc_add_indented(d, buf, LINE_TEXT, 2))
            oom();
        if (r)
            snprintf(buf, sizeof buf, "Your answer: %s (%d of %zu)", v->scale[r - 1], r,
                     v->n_scale);
        else
            snprintf(buf, sizeof buf, "Your answer: not rated yet");
        if (!doc_add_indented(d, buf, LINE_TEXT, 5))
            oom();
    }
    starts[v->n_stmts] = d->n;
}

/* A text of the sheet (sheet.h) as lines: "Heading:" lines and lines
 * underlined with '=' are headings; a title when given, else the first
 * line is the title. */
static void text_doc(struct doc *d, const char *title, const char *text)
{
    bool first = !title;

    doc_init(d, COLS - 2, ui_ascii());
    if (title && !doc_add(d, title, LINE_TITLE))
        oom();
    for (const char *p = text; *p; first = false) {
        size_t len = strcspn(p, "\n");
        char *line = strndup(p, len);
        if (!line)
            oom();
        bool rule = len && strspn(line, "=") == len;
        bool heading = len && ((p[len - 1] == ':' && line[0] != '-') ||
                               (p[len] == '\n' && p[len + 1] == '='));
        enum line_kind k = first ? LINE_TITLE : heading ? LINE_HEADING : LINE_TEXT;
        if (!rule && !(len ? doc_add(d, line, k) : doc_blank(d)))
            oom();
        free(line);
        p += len + (p[len] == '\n');
    }
}

void valuescreen_draw(struct app *a, struct frame *f)
{
    static const struct status_hint hints[] = { { "Left/Right:rate", 1 },
                                                { "Enter:result", 0 }, { "Esc:back", 2 },
                                                { "a:sheet", 3 }, { "?:help", 0 } };
    static const struct status_hint result_hints[] = { { "Space:more", 1 },
                                                       { "Esc:back to rating", 2 },
                                                       { "a:sheet", 3 }, { "?:help", 0 } };
    const struct values *v = values_of(f);
    size_t *starts = calloc(v->n_stmts + 1, sizeof *starts);
    char count[32];
    size_t rated = 0;
    struct doc d;

    if (!starts)
        oom();
    for (size_t i = 0; i < v->n_stmts; i++)
        rated += a->s.sheet.ratings[i] != 0;
    snprintf(count, sizeof count, "%zu of %zu rated", rated, v->n_stmts);
    header(a, f->result ? " > Your priorities" : NULL);
    if (f->result) {
        char *text = sheet_values_text(&a->s.sheet);
        if (!text)
            oom();
        text_doc(&d, "Your priorities", text);
        free(text);
        f->top = docview_clamp_top(f->top, &d);
        docview_draw(&d, f->top, 0, 0, false);
        ui_status(result_hints, sizeof result_hints / sizeof result_hints[0], count, a->msg[0] ? a->msg : NULL);
        move(1, 1);
    } else {
        values_doc(a, &d, f->node, starts);
        size_t from = starts[f->sel], to = starts[f->sel + 1];
        if (f->link) { /* reading the text above the first statement */
            f->top = docview_clamp_top(f->top, &d);
        } else {
            f->top = docview_keep_visible(f->sel == 0 ? 0 : f->top, f->sel == 0 ? 0 : from, to);
            f->top = docview_keep_visible(f->top, from, to);
        }
        docview_draw(&d, f->top, from, to, false);
        ui_status(hints, sizeof hints / sizeof hints[0], count, a->msg[0] ? a->msg : NULL);
        move(from >= f->top && from < f->top + (size_t)docview_rows() ? 1 + (int)(from - f->top) : 1,
             1);
    }
    doc_free(&d);
    free(starts);
}

/* Up on the first row scrolls the text above it into view; any other move
 * brings the selection back. */
static bool read_above(struct frame *f, enum action act)
{
    if ((act == ACT_UP && f->sel == 0) || act == ACT_TOP) {
        f->sel = 0;
        f->top = act == ACT_TOP || f->top == 0 ? 0 : f->top - 1;
        f->link = 1;
        return true;
    }
    if (f->link && act == ACT_DOWN) { /* back down to the first row */
        f->link = 0;
        return true;
    }
    f->link = 0;
    return false;
}

static void values_rate(struct app *a, struct frame *f, int rating)
{
    const struct values *v = values_of(f);

    if (!sheet_rate(&a->s.sheet, f->sel, rating))
        app_message(a, "Choose 0 to %zu.", v->n_scale);
    else if (rating)
        app_message(a, "%s: %s.", v->stmts[f->sel].text, v->scale[rating - 1]);
    else
        app_message(a, "Rating cleared.");
}

void valuescreen_key(struct app *a, struct frame *f, int ch)
{
    const struct values *v = values_of(f);
    enum action act = keys_action(ch, SCR_VALUES);
    size_t n = v->n_stmts;

    if (f->result) {
        if (act == ACT_BACK || act == ACT_RESULT) {
            f->result = false;
            f->top = 0;
        } else if (act == ACT_SHEET) {
            app_said(a, session_sheet(&a->s), act);
        } else if (!scroll_key(f, act)) {
            app_common_key(a, act);
        }
        return;
    }
    if (ch >= '0' && ch <= '9') {
        f->link = 0;
        values_rate(a, f, ch - '0');
        return;
    }
    if (read_above(f, act))
        return;
    switch (act) {
    case ACT_UP: if (f->sel > 0) f->sel--; break;
    case ACT_DOWN: if (f->sel + 1 < n) f->sel++; break;
    case ACT_PAGE_UP: f->sel = f->sel > 3 ? f->sel - 3 : 0; break;
    case ACT_PAGE_DOWN: f->sel = f->sel + 3 < n ? f->sel + 3 : n - 1; break;
    case ACT_TOP: f->sel = 0; break;
    case ACT_BOTTOM: f->sel = n - 1; break;
    case ACT_RATE_DOWN: case ACT_RATE_UP:
        sheet_rate_step(&a->s.sheet, f->sel, act == ACT_RATE_UP ? 1 : -1);
        values_rate(a, f, a->s.sheet.ratings[f->sel]);
        break;
    case ACT_RESULT: f->result = true; f->top = 0; break;
    case ACT_BACK: app_said(a, session_back(&a->s), act); break;
    case ACT_SHEET: app_said(a, session_sheet(&a->s), act); break;
    default: app_common_key(a, act); break;
    }
}

/* ---- My appointment sheet */

static void sheet_section(struct doc *d, const char *heading, const char *none, size_t n)
{
    if (!doc_blank(d) || !doc_add(d, heading, LINE_HEADING))
        oom();
    if (n == 0 && !doc_add_indented(d, none, LINE_TEXT, 2))
        oom();
}

/* Row r as drawn: "2. question", "- entry" or "[x] item", its wrapped
 * lines under the text after the label. */
static void sheet_add_row(struct doc *d, const struct sheet *s, size_t r)
{
    size_t i;
    char label[32], *t;
    const char *text;

    switch (sheet_row(s, r, &i)) {
    case SHEET_ROW_QUESTION:
        snprintf(label, sizeof label, "%zu. ", i + 1);
        text = s->questions.v[i];
        break;
    case SHEET_ROW_TIMELINE:
        snprintf(label, sizeof label, "- ");
        text = s->timeline.v[i];
        break;
    default:
        snprintf(label, sizeof label, "[%c] ", s->brought[i] ? 'x' : ' ');
        text = s->bring[i];
        break;
    }
    if (asprintf(&t, "%s%s", label, text) < 0 ||
        !doc_add_hanging(d, t, LINE_TEXT, 2, (int)strlen(label)))
        oom();
    free(t);
}

/* The editable rows under their headings: row r is lines
 * [starts[r], ends[r]). */
static void sheet_doc(struct app *a, struct doc *d, size_t *starts, size_t *ends)
{
    const struct sheet *s = &a->s.sheet;
    size_t r = 0;

    doc_init(d, COLS - 2, ui_ascii());
    if (!doc_add(d, "My appointment sheet", LINE_TITLE) || !doc_blank(d) ||
        !doc_add(d, a->s.kiosk ? "It stays in memory only and is forgotten when you leave. r "
                                 "shows the whole sheet with your self-check and priorities."
                               : "It stays in memory only. r shows the whole sheet with your "
                                 "self-check and priorities; s saves it to a file you name.",
                 LINE_TEXT))
        oom();
    sheet_section(d, "My questions", "None yet: + here adds your own; + on a page adds its questions.",
                  s->questions.n);
    for (; r < s->questions.n; r++) {
        starts[r] = d->n;
        sheet_add_row(d, s, r);
        ends[r] = d->n;
    }
    sheet_section(d, "My timeline", "None yet: i adds an entry (when, what happened).",
                  s->timeline.n);
    for (; r < s->questions.n + s->timeline.n; r++) {
        starts[r] = d->n;
        sheet_add_row(d, s, r);
        ends[r] = d->n;
    }
    sheet_section(d, "What to bring", "The guide lists nothing to bring.", s->n_bring);
    for (; r < sheet_rows(s); r++) {
        starts[r] = d->n;
        sheet_add_row(d, s, r);
        ends[r] = d->n;
    }
}

void sheetscreen_draw(struct app *a, struct frame *f)
{
    static const struct status_hint hints[] = { { "i:add to timeline", 2 }, { "+:question", 3 }, { "e:edit", 3 },
                                                { "d:remove", 4 }, { "Space:tick", 3 },
                                                { "r:whole sheet", 1 }, { "s:save", 2 },
                                                { "Esc:back", 2 }, { "?:help", 0 } };
    static const struct status_hint whole_hints[] = { { "Space:more", 1 }, { "s:save", 2 },
                                                      { "P:print", 3 }, { "Esc:back", 2 },
                                                      { "?:help", 0 } };
    struct sheet *s = &a->s.sheet;
    size_t rows = sheet_rows(s);
    size_t *starts = calloc(rows + 1, sizeof *starts), *ends = calloc(rows + 1, sizeof *ends);
    struct doc d;

    if (!starts || !ends)
        oom();
    header(a, f->result ? " > Whole sheet" : NULL);
    if (f->result) {
        char *text = sheet_text(a->s.g, s, a->s.checks, a->s.n_checks);
        if (!text)
            oom();
        text_doc(&d, NULL, text);
        free(text);
        f->top = docview_clamp_top(f->top, &d);
        docview_draw(&d, f->top, 0, 0, false);
        ui_status(whole_hints, sizeof whole_hints / sizeof whole_hints[0], NULL, a->msg[0] ? a->msg : NULL);
        move(1, 1);
    } else {
        sheet_doc(a, &d, starts, ends);
        f->sel = rows && f->sel >= rows ? rows - 1 : f->sel;
        if (rows) {
            /* With the first row chosen, the title and intro show too. */
            if (f->link) {
                f->top = docview_clamp_top(f->top, &d);
            } else {
                f->top = docview_keep_visible(f->sel == 0 ? 0 : f->top,
                                      f->sel == 0 ? 0 : starts[f->sel], ends[f->sel]);
                f->top = docview_keep_visible(f->top, starts[f->sel], ends[f->sel]);
            }
            docview_draw(&d, f->top, starts[f->sel], ends[f->sel], false);
        } else {
            f->top = docview_clamp_top(f->top, &d);
            docview_draw(&d, f->top, 0, 0, false);
        }
        ui_status(hints, sizeof hints / sizeof hints[0], NULL, a->msg[0] ? a->msg : NULL);
        /* After the status line: the cursor rests on the chosen row. */
        move(rows && starts[f->sel] >= f->top && starts[f->sel] < f->top + (size_t)docview_rows()
                 ? 1 + (int)(starts[f->sel] - f->top) : 1, 1);
    }
    doc_free(&d);
    free(starts);
    free(ends);
}

static void say_list(struct app *a, enum sheet_status st, const char *done)
{
    const char *said = sheet_status_text(st, done);

    if (!said)
        oom();
    app_message(a, "%s", said);
}

/* Asks for a line and adds it to the timeline or, with question set, to
 * My questions (a question of the reader's own); the new row is chosen. */
static void sheet_add_entry(struct app *a, struct frame *f, bool question)
{
    struct sheet *s = &a->s.sheet;
    char buf[SHEET_MAX_LINE + 1] = "";

    if (!ui_prompt(question ? "Your question: " : "When, what happened: ", buf, sizeof buf) ||
        !buf[0]) {
        app_message(a, "Nothing added.");
        return;
    }
    enum sheet_status st = sheet_list_add(question ? &s->questions : &s->timeline, buf);
    say_list(a, st, question ? "Added to My questions." : "Added to your timeline.");
    if (st == SHEET_OK)
        f->sel = s->questions.n + (question ? 0 : s->timeline.n) - 1;
}

static void sheet_edit_entry(struct app *a, struct frame *f)
{
    char buf[SHEET_MAX_LINE + 1];
    size_t i;
    struct sheet_list *l = sheet_row_list(&a->s.sheet, f->sel, &i);

    if (!l || f->sel >= sheet_rows(&a->s.sheet)) {
        app_message(a, "Choose a question or a timeline entry to edit.");
        return;
    }
    snprintf(buf, sizeof buf, "%s", l->v[i]); /* offered, to edit */
    if (!ui_prompt("Edit: ", buf, sizeof buf)) {
        app_message(a, "Not changed.");
        return;
    }
    say_list(a, sheet_list_set(l, i, buf), "Changed.");
}

static void sheet_remove_entry(struct app *a, struct frame *f)
{
    size_t i;
    struct sheet_list *l = sheet_row_list(&a->s.sheet, f->sel, &i);

    if (!l || f->sel >= sheet_rows(&a->s.sheet))
        app_message(a, "Choose a question or a timeline entry to remove.");
    else if (sheet_list_remove(l, i))
        app_message(a, "Removed.");
}

static void sheet_move_entry(struct app *a, struct frame *f, int dir)
{
    size_t i;
    struct sheet_list *l = sheet_row_list(&a->s.sheet, f->sel, &i);

    if (!l || f->sel >= sheet_rows(&a->s.sheet))
        app_message(a, "Choose a question or a timeline entry to move.");
    else if (sheet_list_move(l, i, dir))
        f->sel = dir > 0 ? f->sel + 1 : f->sel - 1;
    else
        app_message(a, "It cannot move further.");
}

static void sheet_toggle(struct app *a, struct frame *f)
{
    size_t i;

    if (f->sel < sheet_rows(&a->s.sheet) &&
        sheet_row(&a->s.sheet, f->sel, &i) == SHEET_ROW_BRING)
        sheet_toggle_bring(&a->s.sheet, i);
    else
        app_message(a, "Space ticks what to bring. e edits, d removes.");
}

void sheetscreen_key(struct app *a, struct frame *f, int ch)
{
    enum action act = keys_action(ch, SCR_SHEET);
    size_t rows = sheet_rows(&a->s.sheet);

    if (act == ACT_SAVE || act == ACT_PRINT) {
        if (act == ACT_SAVE)
            app_save(a, "Save the sheet to file: ");
        else /* says where it went even when all went well */
            session_message(&a->s, app_said(a, session_print(&a->s), act), act, FACE_SCREEN,
                            a->msg, sizeof a->msg);
        return;
    }
    if (f->result) {
        if (act == ACT_BACK || act == ACT_RESULT) {
            f->result = false;
            f->top = 0;
        } else if (!scroll_key(f, act == ACT_TOGGLE ? ACT_PAGE_DOWN : act)) {
            app_common_key(a, act);
        }
        return;
    }
    if (read_above(f, act))
        return;
    switch (act) {
    case ACT_UP: f->sel--; break;
    case ACT_DOWN: if (f->sel + 1 < rows) f->sel++; break;
    case ACT_PAGE_UP: f->sel = f->sel > 5 ? f->sel - 5 : 0; break;
    case ACT_PAGE_DOWN: f->sel = f->sel + 5 < rows ? f->sel + 5 : rows ? rows - 1 : 0; break;
    case ACT_TOP: f->sel = 0; break;
    case ACT_BOTTOM: f->sel = rows ? rows - 1 : 0; break;
    case ACT_TOGGLE: sheet_toggle(a, f); break;
    case ACT_ADD: sheet_add_entry(a, f, false); break;
    case ACT_ADD_QUESTIONS: sheet_add_entry(a, f, true); break;
    case ACT_EDIT: sheet_edit_entry(a, f); break;
    case ACT_DELETE: sheet_remove_entry(a, f); break;
    case ACT_MOVE_UP: sheet_move_entry(a, f, -1); break;
    case ACT_MOVE_DOWN: sheet_move_entry(a, f, 1); break;
    case ACT_RESULT: f->result = true; f->top = 0; break;
    case ACT_BACK: app_said(a, session_back(&a->s), act); break;
    case ACT_SHEET: break; /* here already */
    default: app_common_key(a, act); break;
    }
}
