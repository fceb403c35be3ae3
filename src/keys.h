/* keys.h: the one table that maps keys to actions and describes them for
 * the help screen. Pure: needs curses key codes, not a terminal. */
#ifndef FBSS_KEYS_H
#define FBSS_KEYS_H

#include <stddef.h>

enum action {
    ACT_NONE,
    ACT_UP, ACT_DOWN, ACT_PAGE_UP, ACT_PAGE_DOWN, ACT_TOP, ACT_BOTTOM,
    ACT_OPEN, ACT_BACK, ACT_NEXT_PAGE, ACT_PREV_PAGE,
    ACT_TOGGLE, ACT_WHY, ACT_RESULT, ACT_CLEAR, ACT_SAVE, ACT_URGENT,
    ACT_HELP, ACT_REDRAW, ACT_QUIT,
    ACT_SEARCH, ACT_NEXT_MATCH, ACT_PREV_MATCH, ACT_NEXT_LINK, ACT_PREV_LINK, ACT_FOLLOW,
    ACT_WORDS, ACT_CONTENTS, ACT_RECENT,
};

/* Where a binding applies (a bit mask). */
enum view {
    SCR_MENU = 1 << 0,
    SCR_PAGE = 1 << 1,
    SCR_CHECK = 1 << 2,
    SCR_ALL = SCR_MENU | SCR_PAGE | SCR_CHECK,
};

#define KEYS_PER_BINDING 5

struct binding {
    enum action action;
    unsigned screens;
    int keys[KEYS_PER_BINDING]; /* 0-terminated when shorter */
    const char *names;          /* the keys as the help screen shows them */
    const char *help;
};

/* The action bound to ch in view, or ACT_NONE. Digits are not in the
 * table: menus handle them as item numbers. */
enum action keys_action(int ch, enum view view);

/* The table itself, for the help screen. */
const struct binding *keys_table(size_t *n);

/* Digits typed further apart than this start a new number. */
#define KEYS_DIGIT_MS 1000

/* Digit jumps: typed digits build a number while it names an item and
 * they come within KEYS_DIGIT_MS of each other (gap_ms: the time since
 * the key before). Returns the 1-based item to select, or 0 if ch is not
 * a digit. */
int keys_digit(int *pending, int ch, size_t n_items, long gap_ms);

#endif
