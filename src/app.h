/* app.h: the browser's state, shared by the screens: the guide, the path
 * of open nodes (a stack of frames), and the one-shot status message. */
#ifndef FBSS_APP_H
#define FBSS_APP_H

#include <stdbool.h>
#include <stddef.h>

#include "check.h"
#include "content.h"
#include "keys.h"
#include "layout.h"

struct frame {
    struct node *node;
    size_t sel;               /* menus, checklists: the selected row */
    size_t top;               /* menus, checklists: first visible row */
    size_t anchor_block;      /* pages: the text shown at the top */
    size_t anchor_off;
    int digits;               /* menus: digits typed so far */
    size_t why;               /* checklists: item whose why is shown, plus 1 */
    bool result;              /* checklists: showing the result */
};

struct app {
    struct guide *g;
    struct frame *stack;
    size_t depth, cap;
    struct node help;         /* generated from the key table */
    struct doc doc;           /* layout of the page on screen */
    const struct node *doc_node;
    struct check_state *checks; /* ticks, in memory only */
    size_t n_checks;
    char msg[160];            /* shown once on the status line */
    bool quit;
    bool kiosk;
};

bool app_init(struct app *a, struct guide *g);
void app_free(struct app *a);
void app_run(struct app *a);

struct frame *app_top(struct app *a);
/* The frame under the top one, or NULL at the root. */
struct frame *app_parent(struct app *a);
bool app_push(struct app *a, struct node *n);
void app_pop(struct app *a);
void app_message(struct app *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Builds "Home > Causes > ..." for the title bar. */
void app_breadcrumb(const struct app *a, char *buf, size_t size);
/* The layout of node n at the current width (cached). */
const struct doc *app_doc(struct app *a, const struct node *n, int width);
/* Handles keys every screen shares; returns true if ch was used. */
bool app_common_key(struct app *a, enum action act);

#endif
