/* status.c: choosing the status line's hints by priority (see status.h). */
#include "status.h"

#include <string.h>

/* Columns the chosen hints and right take, with their gaps. */
static int used(const struct status_hint *h, size_t n, const bool *keep, int rw)
{
    int w = 0, k = 0;

    for (size_t i = 0; i < n; i++)
        if (keep[i]) {
            w += (int)strlen(h[i].text);
            k++;
        }
    if (k > 1)
        w += 2 * (k - 1);
    if (rw)
        w += rw + (k ? 2 : 0);
    return w;
}

bool status_fit(const struct status_hint *h, size_t n, const char *right, int right_prio,
                int width, bool *keep)
{
    int top = right_prio, rw = 0;
    bool show_right = false;

    for (size_t i = 0; i < n; i++) {
        keep[i] = false;
        if (h[i].prio > top)
            top = h[i].prio;
    }
    /* Most important first; each one is kept if it still fits. */
    for (int p = 0; p <= top; p++) {
        for (size_t i = 0; i < n; i++) {
            if (h[i].prio != p)
                continue;
            keep[i] = true;
            if (used(h, n, keep, rw) > width)
                keep[i] = false;
        }
        if (right && right_prio == p && used(h, n, keep, (int)strlen(right)) <= width) {
            show_right = true;
            rw = (int)strlen(right);
        }
    }
    return show_right;
}
