/* sessionaid.c: the session's decision-aid operations (see session.h):
 * the appointment sheet as a screen, adding questions, printing. */
#define _GNU_SOURCE
#include "session.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "savefile.h"

enum session_status session_sheet(struct session *s)
{
    return session_open(s, &s->sheet_node);
}

/* The questions offered by the screen on top: a page's, or the asks of
 * the ticked statements of a self-check. Returns how many (v has room
 * for max). */
static size_t offered(struct session *s, const char **v, size_t max)
{
    const struct node *n = session_top(s)->node;
    const bool *t = n->check ? session_ticks(s, n) : NULL;

    if (t)
        return n->check->n_items <= max ? check_ticked(n->check, t, true, v) : 0;
    return session_generated(s, n) ? 0 : sheet_page_questions(n, v, max);
}

enum session_status session_add_questions(struct session *s)
{
    const char *v[SHEET_MAX_ENTRIES];
    size_t n = offered(s, v, SHEET_MAX_ENTRIES);
    enum session_status st = SESSION_OK;

    s->added = 0;
    if (n == 0)
        return SESSION_NONE;
    switch (sheet_add_all(&s->sheet.questions, v, n, &s->added)) {
    case SHEET_NO_MEMORY: return SESSION_NO_MEMORY;
    case SHEET_FULL: st = SESSION_FAILED; break;
    default: break;
    }
    return st == SESSION_OK && s->added == 0 ? SESSION_ALREADY : st;
}

enum session_status session_print(struct session *s)
{
    char why[256] = "";
    char *sheet, *text;
    bool ok;

    if (!s->print)
        return SESSION_NO_PRINTER;
    /* The same text as a saved file: dated, versioned, cleaned. */
    sheet = sheet_text(s->g, &s->sheet, s->checks, s->n_checks);
    text = sheet ? save_summary_file(sheet, FBSS_VERSION, s->g->reviewed, time(NULL), s->ascii)
                 : NULL;
    free(sheet);
    if (!text)
        return SESSION_NO_MEMORY;
    ok = print_run(s->print, text, why, sizeof why);
    free(text);
    if (ok)
        snprintf(s->saved, sizeof s->saved, "Sent to the printer.");
    else
        snprintf(s->saved, sizeof s->saved, "Not printed: %s.", why);
    return ok ? SESSION_OK : SESSION_FAILED;
}

bool session_aid_message(const struct session *s, enum session_status st, enum action act,
                         char *buf, size_t size)
{
    if (act == ACT_PRINT && st == SESSION_NO_PRINTER)
        snprintf(buf, size, "No printer is set up on this machine. Save the sheet, or "
                            "copy it from the screen.");
    else if (act == ACT_PRINT && (st == SESSION_OK || st == SESSION_FAILED))
        snprintf(buf, size, "%s", s->saved);
    else if (act == ACT_ADD_QUESTIONS && st == SESSION_OK)
        snprintf(buf, size, "Added %zu question%s to My questions (a: your sheet).", s->added,
                 s->added == 1 ? "" : "s");
    else if (act == ACT_ADD_QUESTIONS && st == SESSION_NONE)
        snprintf(buf, size, "%s",
                 session_top((struct session *)s)->node->check
                     ? "Tick some statements first: their questions are added."
                     : "This page has no questions to add.");
    else if (act == ACT_ADD_QUESTIONS && st == SESSION_ALREADY)
        snprintf(buf, size, "These questions are already in My questions.");
    else if (act == ACT_ADD_QUESTIONS && st == SESSION_FAILED)
        snprintf(buf, size, "My questions is full (%d). Remove some first.", SHEET_MAX_ENTRIES);
    else
        return false;
    return true;
}
