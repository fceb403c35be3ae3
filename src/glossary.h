/* glossary.h: which glossary words a page uses. Pure: no curses.
 * A term counts when its title or one of its other forms ("also")
 * appears as a whole word, folded like search (case, accents). */
#ifndef FBSS_GLOSSARY_H
#define FBSS_GLOSSARY_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

/* True if the term's title or another form of it appears in text. */
bool glossary_mentions(const char *text, const struct node *term);

/* Stores in out (room for g->n_terms) the terms that page uses, in the
 * glossary's order, and returns how many. A term's own page does not
 * count itself. */
size_t glossary_terms_in(const struct guide *g, const struct node *page, struct node **out);

#endif
