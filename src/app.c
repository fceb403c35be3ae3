/* app.c: the full-screen face's state and main loop (see app.h). */
#include "app.h"

#include <ctype.h>
#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "nav.h"
#include "savefile.h"
#include "screens.h"
#include "text.h"
#include "ui.h"

bool app_init(struct app *a, struct guide *g, bool kiosk, int idle_seconds)
{
    memset(a, 0, sizeof *a);
    doc_init(&a->doc, 1, false);
    if (!session_init(&a->s, g, FACE_SCREEN, kiosk, idle_seconds))
        return false;
    a->s.ascii = ui_ascii(); /* a saved summary in what the terminal shows */
    return true;
}

void app_free(struct app *a)
{
    session_free(&a->s);
    doc_free(&a->doc);
    memset(a, 0, sizeof *a);
}

struct frame *app_top(struct app *a)
{
    return session_top(&a->s);
}

void app_message(struct app *a, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(a->msg, sizeof a->msg, fmt, ap);
    va_end(ap);
}

enum session_status app_said(struct app *a, enum session_status st, enum action act)
{
    if (st == SESSION_NO_MEMORY)
        ui_die("out of memory");
    if (st != SESSION_OK)
        session_message(&a->s, st, act, FACE_SCREEN, a->msg, sizeof a->msg);
    return st;
}

char *app_clean(const char *s)
{
    char *clean = text_clean(s, ui_ascii());

    if (!clean)
        ui_die("out of memory");
    return clean;
}

void app_breadcrumb(const struct app *a, char *buf, size_t size)
{
    size_t len = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < a->s.h.depth && len + 1 < size; i++) {
        char *title = app_clean(a->s.h.path[i].node->title);
        int n = snprintf(buf + len, size - len, "%s%s", i ? " > " : "", title);
        free(title);
        if (n < 0)
            break;
        len += (size_t)n;
    }
}

void app_draw_heading(const struct app *a, const char *title)
{
    char crumb[1024];
    char *clean = app_clean(title);

    app_breadcrumb(a, crumb, sizeof crumb);
    ui_bar(0, crumb, NULL);
    ui_put_cut(1, 1, clean, strlen(clean), COLS - 2, ui_attr(ROLE_TITLE));
    free(clean);
}

const struct doc *app_doc(struct app *a, const struct node *n, int width)
{
    if (a->doc_node != n || a->doc.width != width) {
        doc_free(&a->doc);
        doc_init(&a->doc, width, ui_ascii());
        if (!doc_page(&a->doc, n))
            ui_die("out of memory while laying out a page");
        a->doc_node = n;
    }
    return &a->doc;
}

/* Quits, after asking when ticks would be forgotten; under --kiosk at
 * once (one key, and everything is cleared). */
static void quit_asking(struct app *a)
{
    a->quit = a->s.kiosk || !session_has_answers(&a->s) || ui_confirm(SESSION_QUIT_QUESTION);
}

/* q closes a screen opened on top (help, lists, words, a result), as in
 * less's help; on the reader's own path it quits. */
static void quit_key(struct app *a)
{
    struct frame *f = app_top(a);

    if (a->s.kiosk || !session_on_top(&a->s, f)) {
        quit_asking(a);
    } else if (f->result) {
        f->result = false;
        f->top = 0;
    } else {
        app_said(a, session_back(&a->s), ACT_BACK);
    }
}

static bool confirm_replace(void *ctx)
{
    (void)ctx;
    return ui_confirm("That file exists. Replace it? (y/n) ");
}

void app_save(struct app *a, const char *question)
{
    char name[512];

    if (!session_may_save(&a->s)) {
        app_said(a, SESSION_REFUSED, ACT_SAVE);
        return;
    }
    /* The dated name in the home folder, offered: Enter takes it. */
    save_default_name(name, sizeof name, time(NULL));
    if (!ui_prompt(question, name, sizeof name) || !name[0]) {
        app_message(a, "Not saved.");
        return;
    }
    session_message(&a->s, session_save(&a->s, name, confirm_replace, NULL), ACT_SAVE,
                    FACE_SCREEN, a->msg, sizeof a->msg);
}

bool app_common_key(struct app *a, enum action act)
{
    switch (act) {
    case ACT_QUIT: quit_key(a); return true;
    case ACT_HELP: app_said(a, session_help(&a->s), act); return true;
    case ACT_HOME: app_said(a, session_home(&a->s), act); return true;
    case ACT_REDRAW: clearok(curscr, TRUE); return true;
    case ACT_SEARCH: nav_search(a); return true;
    case ACT_CONTENTS: nav_contents(a); return true;
    case ACT_RECENT: nav_recent(a); return true;
    case ACT_URGENT: app_said(a, session_warning_signs(&a->s), act); return true;
    case ACT_SHEET: app_said(a, session_sheet(&a->s), act); return true;
    case ACT_ADD_QUESTIONS: /* says how many, even when all went well */
        session_message(&a->s, session_add_questions(&a->s), act, FACE_SCREEN, a->msg,
                        sizeof a->msg);
        return true;
    default: return false;
    }
}

static void draw(struct app *a)
{
    struct frame *f = app_top(a);

    if (ui_too_small())
        return;
    erase();
    switch (f->node->type) {
    case NODE_MENU: menu_draw(a, f); break;
    case NODE_CHECKLIST: checkscreen_draw(a, f); break;
    case NODE_LIST: listscreen_draw(a, f); break;
    case NODE_COMPARE: comparescreen_draw(a, f); break;
    case NODE_VALUES: valuescreen_draw(a, f); break;
    case NODE_SHEET: sheetscreen_draw(a, f); break;
    default: pager_draw(a, f); break;
    }
    a->msg[0] = '\0';
    refresh();
}

static void handle_key(struct app *a, int ch)
{
    struct frame *f = app_top(a);
    enum action elsewhere = keys_action(ch, SCR_ALL);

    /* A letter or sign of another screen (r or + on a menu): say where it
     * works, as plain mode does. A terminal's unknown escape sequence is
     * swallowed whole (input.c), so its pieces never get here. */
    if (ch < 128 && isgraph(ch) && elsewhere != ACT_NONE &&
        keys_action(ch, session_view(&a->s)) == ACT_NONE) {
        app_said(a, SESSION_NOT_HERE, elsewhere);
        return;
    }
    switch (f->node->type) {
    case NODE_MENU: menu_key(a, f, ch); break;
    case NODE_CHECKLIST: checkscreen_key(a, f, ch); break;
    case NODE_LIST: listscreen_key(a, f, ch); break;
    case NODE_COMPARE: comparescreen_key(a, f, ch); break;
    case NODE_VALUES: valuescreen_key(a, f, ch); break;
    case NODE_SHEET: sheetscreen_key(a, f, ch); break;
    default: pager_key(a, f, ch); break;
    }
}

/* What the screen last drawn showed: a key that changes it must meet the
 * new screen's layout (G after ? goes to the end of the help), so a new
 * screen is drawn before the next key, waiting keys or not. */
struct shown {
    const struct node *node;
    size_t depth;
    bool result, stale;
};

static bool same_screen(struct app *a, const struct shown *sh)
{
    const struct frame *f = app_top(a);

    return !sh->stale && f->node == sh->node && a->s.h.depth == sh->depth &&
           f->result == sh->result;
}

void app_run(struct app *a)
{
    struct shown sh = { .stale = true };

    ui_set_idle(a->s.idle_seconds);
    while (!a->quit) {
        int ch;

        /* A paste or a held key over a slow link: every waiting key for
         * this screen first, then one redraw (as less and vim do). */
        if (!same_screen(a, &sh) || !ui_key_waiting()) {
            const struct frame *f = app_top(a);
            draw(a);
            sh = (struct shown){ f->node, a->s.h.depth, f->result, false };
        }
        ch = ui_read_key();
        if (ch == UI_KEY_QUIT)
            break;
        if (ch == UI_KEY_IDLE) {
            session_forget(&a->s); /* the next person at a kiosk starts afresh */
            sh.stale = true;
            continue;
        }
        if (ch == KEY_RESIZE) {
            sh.stale = true; /* the next draw lays out for the new size */
            continue;
        }
        if (COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS) {
            if (ch == 'q' || ch == 'Q')
                quit_asking(a);
            continue;
        }
        handle_key(a, ch);
    }
}
