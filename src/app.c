/* app.c: the browser's state and main loop (see app.h). */
#define _GNU_SOURCE
#include "app.h"
#include "grow.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "keys.h"
#include "screens.h"
#include "text.h"
#include "ui.h"

/* The help text's note on where a binding works; none if everywhere. */
static const char *where(unsigned screens)
{
    if (screens == SCR_ALL)
        return "";
    if (screens & SCR_CHECK)
        return " (self-check)";
    if (screens == SCR_MENU)
        return " (menus)";
    return screens == SCR_PAGE ? " (pages)" : "";
}

/* The help page is generated from the key table, so it cannot drift. */
static bool build_help(struct app *a)
{
    size_t n, k = 0;
    const struct binding *t = keys_table(&n);
    const char **p = calloc(n + 4, sizeof *p);
    char *s;

    if (!p)
        return false;
    if (asprintf(&s, "Keys for %s. Keys marked (menus), (pages) or (self-check) work "
                     "only there.", a->g->title) < 0)
        goto fail;
    p[k++] = s;
    for (size_t i = 0; i < n; i++) {
        if (asprintf(&s, "- %s: %s%s", t[i].names, t[i].help, where(t[i].screens)) < 0)
            goto fail;
        p[k++] = s;
    }
    if (asprintf(&s, "- 1 to 9: jump to that item of a menu (type 1 then 2 for item 12)") < 0)
        goto fail;
    p[k++] = s;
    if (asprintf(&s, "%s%s%s", a->g->disclaimer ? a->g->disclaimer : "",
                 a->g->reviewed ? " Last reviewed: " : "",
                 a->g->reviewed ? a->g->reviewed : "") < 0)
        goto fail;
    p[k++] = s;
    a->help.id = "help";
    a->help.type = NODE_PAGE;
    a->help.title = "Help";
    a->help.paras = p;
    a->help.n_paras = k;
    return true;
fail:
    for (size_t i = 0; i < k; i++)
        free((char *)p[i]);
    free(p);
    return false;
}

bool app_init(struct app *a, struct guide *g)
{
    memset(a, 0, sizeof *a);
    a->g = g;
    for (size_t i = 0; i < g->n_nodes; i++)
        a->n_checks += g->nodes[i]->type == NODE_CHECKLIST;
    a->checks = calloc(a->n_checks + 1, sizeof *a->checks);
    if (!a->checks || !build_help(a))
        return false;
    for (size_t i = 0, k = 0; i < g->n_nodes; i++) {
        const struct node *n = g->nodes[i];
        if (n->type != NODE_CHECKLIST)
            continue;
        a->checks[k].node = n;
        a->checks[k].ticked = calloc(n->check->n_items + 1, sizeof(bool));
        if (!a->checks[k++].ticked)
            return false;
    }
    doc_init(&a->doc, 1, false);
    return history_init(&a->h, g->root);
}

void app_free(struct app *a)
{
    for (size_t i = 0; i < a->n_checks; i++)
        free(a->checks[i].ticked);
    free(a->checks);
    for (size_t i = 0; i < a->help.n_paras; i++)
        free((char *)a->help.paras[i]);
    free(a->help.paras);
    nav_free(a);
    doc_free(&a->doc);
    history_free(&a->h);
    memset(a, 0, sizeof *a);
}

struct frame *app_top(struct app *a)
{
    return history_top(&a->h);
}

struct frame *app_parent(struct app *a)
{
    return history_parent(&a->h);
}

/* Generated screens (help, lists, a page's words) are not "recent pages". */
static bool is_content(const struct node *n)
{
    return n->file != NULL;
}

bool app_push(struct app *a, struct node *n)
{
    return history_push(&a->h, n, is_content(n));
}

void app_pop(struct app *a)
{
    history_back(&a->h);
}

void app_forget(struct app *a)
{
    for (size_t i = 0; i < a->n_checks; i++)
        memset(a->checks[i].ticked, 0, a->checks[i].node->check->n_items * sizeof(bool));
    history_reset(&a->h);
    a->query[0] = a->folded[0] = '\0';
    a->results.n = 0;
}

void app_message(struct app *a, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(a->msg, sizeof a->msg, fmt, ap);
    va_end(ap);
}

void app_breadcrumb(const struct app *a, char *buf, size_t size)
{
    size_t len = 0;

    buf[0] = '\0';
    for (size_t i = 0; i < a->h.depth && len + 1 < size; i++) {
        char *title = text_clean(a->h.path[i].node->title, ui_ascii());
        int n = snprintf(buf + len, size - len, "%s%s", i ? " > " : "", title ? title : "");
        free(title);
        if (n < 0)
            break;
        len += (size_t)n;
    }
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

/* Opens a node unless it is already on top (pressing ? twice). */
static void open_once(struct app *a, struct node *n)
{
    if (app_top(a)->node != n && !app_push(a, n))
        ui_die("out of memory");
}

bool app_common_key(struct app *a, enum action act)
{
    struct node *urgent;

    switch (act) {
    case ACT_QUIT:
        a->quit = true;
        return true;
    case ACT_HELP:
        open_once(a, &a->help);
        return true;
    case ACT_REDRAW:
        clearok(curscr, TRUE);
        return true;
    case ACT_SEARCH:
        nav_search(a);
        return true;
    case ACT_CONTENTS:
        nav_contents(a);
        return true;
    case ACT_RECENT:
        nav_recent(a);
        return true;
    case ACT_URGENT:
        urgent = content_find(a->g, "red-flags");
        if (urgent)
            open_once(a, urgent);
        else
            app_message(a, "This guide has no warning-signs check.");
        return true;
    default:
        return false;
    }
}

static void draw(struct app *a)
{
    struct frame *f = app_top(a);

    if (ui_too_small())
        return;
    erase();
    switch (f->node->type) {
    case NODE_MENU:
        menu_draw(a, f);
        break;
    case NODE_CHECKLIST:
        checkscreen_draw(a, f);
        break;
    case NODE_LIST:
        list_draw(a, f);
        break;
    default:
        pager_draw(a, f);
        break;
    }
    a->msg[0] = '\0';
    refresh();
}

static void handle_key(struct app *a, int ch)
{
    struct frame *f = app_top(a);

    switch (f->node->type) {
    case NODE_MENU:
        menu_key(a, f, ch);
        break;
    case NODE_CHECKLIST:
        checkscreen_key(a, f, ch);
        break;
    case NODE_LIST:
        list_key(a, f, ch);
        break;
    default:
        pager_key(a, f, ch);
        break;
    }
}

void app_run(struct app *a)
{
    ui_set_idle(a->idle_seconds);
    while (!a->quit) {
        int ch;

        draw(a);
        ch = ui_read_key();
        if (ch == UI_KEY_QUIT)
            break;
        if (ch == UI_KEY_IDLE) {
            app_forget(a); /* the next person at a kiosk starts afresh */
            continue;
        }
        if (ch == KEY_RESIZE)
            continue; /* the next draw lays out for the new size */
        if (COLS < UI_MIN_COLS || LINES < UI_MIN_ROWS) {
            a->quit = ch == 'q' || ch == 'Q';
            continue;
        }
        handle_key(a, ch);
    }
}
