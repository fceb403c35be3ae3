/* history.c: the path taken and the recent pages (see history.h). */
#include "history.h"
#include "grow.h"

#include <string.h>

bool history_init(struct history *h, struct node *root)
{
    memset(h, 0, sizeof *h);
    return history_push(h, root, false);
}

void history_free(struct history *h)
{
    free(h->path);
    memset(h, 0, sizeof *h);
}

bool history_push(struct history *h, struct node *n, bool remember)
{
    if (!grow((void **)&h->path, &h->cap, h->depth, sizeof *h->path))
        return false;
    memset(&h->path[h->depth], 0, sizeof h->path[0]);
    h->path[h->depth++].node = n;
    if (remember)
        history_remember(h, n);
    return true;
}

bool history_back(struct history *h)
{
    if (h->depth <= 1)
        return false;
    h->depth--;
    return true;
}

void history_reset(struct history *h)
{
    struct node *root = h->path[0].node;

    memset(&h->path[0], 0, sizeof h->path[0]);
    h->path[0].node = root;
    h->depth = 1;
    h->n_recent = 0;
    memset(h->recent, 0, sizeof h->recent);
}

struct frame *history_top(struct history *h)
{
    return &h->path[h->depth - 1];
}

struct frame *history_parent(struct history *h)
{
    return h->depth > 1 ? &h->path[h->depth - 2] : NULL;
}

void history_remember(struct history *h, const struct node *n)
{
    size_t i = 0;

    /* Drop the earlier visit (or the oldest, when full), then shift. */
    while (i < h->n_recent && h->recent[i] != n)
        i++;
    if (i == h->n_recent) {
        if (h->n_recent < HISTORY_RECENT)
            h->n_recent++;
        i = h->n_recent - 1;
    }
    memmove(&h->recent[1], &h->recent[0], i * sizeof h->recent[0]);
    h->recent[0] = n;
}
