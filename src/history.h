/* history.h: where the reader has been, a part of the session
 * (session.h). Back follows the path actually taken (menus, links, search
 * results, contents), not the tree; a short list remembers the pages seen
 * most recently. Pure: no curses. */
#ifndef FBSS_HISTORY_H
#define FBSS_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

#define HISTORY_RECENT 20

/* One step of the path. node and, on menus, sel (the item opened from
 * it) are the session's; the other fields are a face's view of the step,
 * kept here so that Back shows each screen as it was. The session zeroes
 * them when it opens a step and never reads them. */
struct frame {
    struct node *node;
    size_t sel;               /* menus, lists, checklists: the selected row */
    size_t top;               /* menus, lists, checklists: first visible row */
    size_t anchor_block;      /* pages: the text shown at the top */
    size_t anchor_off;
    int digits;               /* menus: digits typed so far */
    size_t why;               /* checklists: item whose why is shown, plus 1 */
    bool result;              /* checklists: showing the result */
    bool intro;               /* checklists: scrolled up to the question above the
                                 statements (the selection may be off screen) */
    size_t link;              /* pages: the chosen "See also" line, plus 1 */
    bool found;               /* pages: a search match is marked */
    size_t match_block, match_off; /* pages: the marked match */
    unsigned search_id;       /* pages: the search that match belongs to */
};

struct history {
    struct frame *path;
    size_t depth, cap;
    const struct node *recent[HISTORY_RECENT]; /* most recent first, no repeats */
    size_t n_recent;
};

/* Starts at the root. False when out of memory. */
bool history_init(struct history *h, struct node *root);
void history_free(struct history *h);

/* Goes to n. remember: list it among the recent pages (content, not
 * generated screens such as help). False when out of memory. */
bool history_push(struct history *h, struct node *n, bool remember);

/* Steps back; the root is never left. False at the root. */
bool history_back(struct history *h);

/* Back to the root, forgetting the path and the recent pages (a kiosk's
 * next reader must not see them). */
void history_reset(struct history *h);

struct frame *history_top(struct history *h);
/* The frame under the top one, or NULL at the root. */
struct frame *history_parent(struct history *h);

/* Puts n first in the recent list. */
void history_remember(struct history *h, const struct node *n);

#endif
