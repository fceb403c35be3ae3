/* selection.h: the selected row of a menu or list, kept within the list
 * and in view. Pure: both menus and generated lists use it. */
#ifndef FBSS_SELECTION_H
#define FBSS_SELECTION_H

#include <stdbool.h>
#include <stddef.h>

#include "history.h"
#include "keys.h"

/* Moves a list's selection by delta rows, kept within its n rows. */
void selection_move(struct frame *f, long delta, size_t n);

/* Scrolls a list so that its selection is among the rows shown. */
void selection_show(struct frame *f, size_t rows);

/* Handles a movement command (up, down, a screenful of page rows, top,
 * bottom) on a list of n rows; false if act is not one. */
bool selection_key(struct frame *f, enum action act, size_t n, long page);

#endif
