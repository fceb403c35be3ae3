/* aidlayout.h: the decision aid's layouts, as doc lines (layout.h): icon
 * arrays ("out of 100 people") and comparisons of options. Pure: the pager
 * and plain mode draw the lines, tests check them without a terminal. */
#ifndef FBSS_AIDLAYOUT_H
#define FBSS_AIDLAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"
#include "layout.h"

#define ICONS_SIDE 10 /* a 10 x 10 grid: one icon per person in 100 */

/* "About 50 in 100 got real improvement; about 50 in 100 did not."
 * Both frames, always together. Returns malloc'd text, NULL on no memory. */
char *icons_sentence(const struct icon_array *a);

/* Row r (0..9) of the grid into out: marked icons first, row by row;
 * spaced puts a space between icons (19 columns instead of 10). ASCII
 * uses '#' and '.', otherwise a filled and an empty circle. */
void icons_row(const struct icon_array *a, int r, bool ascii, bool spaced, char *out,
               size_t cap);

/* Adds one icon array: its title, the sentence with both frames, the grid
 * with a key beside it (or under it when narrow) and its note. */
bool doc_icons(struct doc *d, const struct icon_array *a);

/* True if the comparison can be drawn as a grid, one column per option, at
 * this width without breaking words that fit a normal column. */
bool compare_grid_fits(const struct compare *c, int width);

/* The whole comparison as a grid: options across, aspects down. Returns
 * false when it does not fit (nothing added) or when out of memory. */
bool doc_compare_grid(struct doc *d, const struct node *n);

/* One option with every aspect, or one aspect with every option: the
 * narrow views, where nothing is cut. */
bool doc_compare_option(struct doc *d, const struct node *n, size_t o);
bool doc_compare_aspect(struct doc *d, const struct node *n, size_t a);

#endif
