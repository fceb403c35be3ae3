/* status.h: which hints the status line keeps when it is narrow. Each
 * hint has a priority; the least important go first, wherever they stand,
 * so "?:help" (and on a self-check "Enter:result") stay at any width.
 * Pure: widths in columns, no curses. */
#ifndef FBSS_STATUS_H
#define FBSS_STATUS_H

#include <stdbool.h>
#include <stddef.h>

struct status_hint {
    const char *text; /* ASCII, such as "?:help" */
    int prio;         /* 0 is kept longest */
};

/* The hints are shown left to right, two spaces apart, and right (may be
 * NULL) at the right end, two spaces from them, all within width columns.
 * Sets keep[i] for the hints that fit, taken by priority (right has
 * right_prio; on a tie the one further left wins), and returns whether
 * right fits too. */
bool status_fit(const struct status_hint *h, size_t n, const char *right, int right_prio,
                int width, bool *keep);

#endif
