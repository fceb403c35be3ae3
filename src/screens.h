/* screens.h: each screen draws itself from the app state and handles the
 * keys meant for it (ncdu style: x_draw and x_key). */
#ifndef FBSS_SCREENS_H
#define FBSS_SCREENS_H

#include "app.h"

void menu_draw(struct app *a, struct frame *f);
void menu_key(struct app *a, struct frame *f, int ch);

void pager_draw(struct app *a, struct frame *f);
void pager_key(struct app *a, struct frame *f, int ch);

void checkscreen_draw(struct app *a, struct frame *f);
void checkscreen_key(struct app *a, struct frame *f, int ch);

void listscreen_draw(struct app *a, struct frame *f);
void listscreen_key(struct app *a, struct frame *f, int ch);

/* aidscreens.c: the decision aid */
void comparescreen_draw(struct app *a, struct frame *f);
void comparescreen_key(struct app *a, struct frame *f, int ch);
void valuescreen_draw(struct app *a, struct frame *f);
void valuescreen_key(struct app *a, struct frame *f, int ch);
void sheetscreen_draw(struct app *a, struct frame *f);
void sheetscreen_key(struct app *a, struct frame *f, int ch);

#endif
