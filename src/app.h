/* app.h: the full-screen face of the guide. The reader's session
 * (session.h) is shared with plain mode; the app adds only what a screen
 * needs: the layout of the page on screen, the one-shot status message,
 * and the quit flag. Each step's view (scroll, chosen link, match mark,
 * typed digits) is kept in its frame of the session's path. */
#ifndef FBSS_APP_H
#define FBSS_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "keys.h"
#include "layout.h"
#include "session.h"

struct app {
    struct session s;
    struct doc doc;           /* layout of the page on screen */
    const struct node *doc_node;
    char msg[160];            /* shown once on the status line */
    bool quit;
};

/* False when out of memory. */
bool app_init(struct app *a, struct guide *g, bool kiosk, int idle_seconds);
void app_free(struct app *a);
void app_run(struct app *a);

struct frame *app_top(struct app *a);
void app_message(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Says what happened when it was not SESSION_OK (out of memory ends the
 * program: doc/STYLE.md). Returns st. */
enum session_status app_said(struct app *a, enum session_status st, enum action act);
/* text_clean for the screen (ASCII when asked); out of memory ends the
 * program. The caller frees the copy. */
char *app_clean(const char *s);
/* Builds "Home > Causes > ..." for the title bar. */
void app_breadcrumb(const struct app *a, char *buf, size_t size);
/* Draws the title bar (the breadcrumb) and, under it, a list's title. */
void app_draw_heading(const struct app *a, const char *title);
/* The layout of node n at the current width (cached). */
const struct doc *app_doc(struct app *a, const struct node *n, int width);
/* Asks for a file name (offering the dated one in the home folder) and
 * saves what the screen on top holds: the self-check's summary or the
 * sheet. Refused under --kiosk; asks before replacing a file. */
void app_save(struct app *a, const char *question);
/* Handles the commands every screen shares; returns true if act was one. */
bool app_common_key(struct app *a, enum action act);

#endif
