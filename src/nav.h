/* nav.h: the full screen's ways to find a page without knowing the tree:
 * search (asks for the words), contents, recent pages and the glossary
 * words of a page. Each asks the session and says why not. */
#ifndef FBSS_NAV_H
#define FBSS_NAV_H

#include "app.h"

void nav_search(struct app *a);
void nav_contents(struct app *a);
void nav_recent(struct app *a);
void nav_words(struct app *a);

#endif
