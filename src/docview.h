/* docview.h: drawing a laid-out document (layout.h) between the title bar
 * and the status line, with an optional selected range of lines, and the
 * scrolling arithmetic the self-check and the decision aid's screens share.
 * The pager marks search matches and links, and draws its own lines. */
#ifndef FBSS_DOCVIEW_H
#define FBSS_DOCVIEW_H

#include <stdbool.h>
#include <stddef.h>

#include "layout.h"

/* Rows for text between the title bar and the status line. */
int docview_rows(void);

/* The attribute of a kind of line; urgent: a title drawn as a warning. */
int docview_attr(enum line_kind k, bool urgent);

/* Draws d from line top; lines [sel_from, sel_to) are drawn selected. */
void docview_draw(const struct doc *d, size_t top, size_t sel_from, size_t sel_to, bool urgent);

/* top, moved back so that the last screenful is full. */
size_t docview_clamp_top(size_t top, const struct doc *d);

/* top, moved so that lines [from, to) show (their start when taller). */
size_t docview_keep_visible(size_t top, size_t from, size_t to);

#endif
