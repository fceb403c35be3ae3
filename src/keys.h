/* keys.h: the one command table (tig style). Each row is an action with
 * its help text, the screens it applies to, whether kiosk mode allows it,
 * its keys in the full-screen guide and its words in plain mode. Both help
 * screens are generated from it, so a letter means the same in both modes.
 * Pure: needs curses key codes, not a terminal. */
#ifndef FBSS_KEYS_H
#define FBSS_KEYS_H

#include <stdbool.h>
#include <stddef.h>

enum action {
    ACT_NONE,
    ACT_UP, ACT_DOWN, ACT_PAGE_UP, ACT_PAGE_DOWN, ACT_TOP, ACT_BOTTOM,
    ACT_OPEN, ACT_BACK, ACT_HOME, ACT_NEXT_PAGE, ACT_PREV_PAGE,
    ACT_TOGGLE, ACT_WHY, ACT_RESULT, ACT_CLEAR, ACT_SAVE, ACT_URGENT,
    ACT_HELP, ACT_REDRAW, ACT_QUIT,
    ACT_SEARCH, ACT_NEXT_MATCH, ACT_PREV_MATCH, ACT_NEXT_LINK, ACT_PREV_LINK, ACT_FOLLOW,
    ACT_WORDS, ACT_CONTENTS, ACT_RECENT,
    /* the decision aid: comparison, values, the appointment sheet */
    ACT_SHEET, ACT_ADD_QUESTIONS, ACT_VIEW, ACT_ASPECT, ACT_PREV_COL, ACT_NEXT_COL,
    ACT_RATE_DOWN, ACT_RATE_UP, ACT_RATE, ACT_ADD, ACT_EDIT, ACT_DELETE, ACT_MOVE_UP,
    ACT_MOVE_DOWN, ACT_PRINT,
};

/* Where a command applies (a bit mask). Lists (search results, contents,
 * recent pages) are menus. */
enum view {
    SCR_MENU = 1 << 0,
    SCR_PAGE = 1 << 1,
    SCR_CHECK = 1 << 2,
    SCR_COMPARE = 1 << 3, /* options side by side */
    SCR_VALUES = 1 << 4,  /* what matters to you */
    SCR_SHEET = 1 << 5,   /* my appointment sheet */
    SCR_ALL = SCR_MENU | SCR_PAGE | SCR_CHECK | SCR_COMPARE | SCR_VALUES | SCR_SHEET,
};

/* The two faces of the guide. */
enum face { FACE_SCREEN, FACE_PLAIN };

#define KEYS_PER_BINDING 5

struct binding {
    enum action action;
    unsigned screens;
    int keys[KEYS_PER_BINDING]; /* full screen; 0-terminated when shorter */
    const char *names;          /* the keys as the full-screen help shows them; NULL: none */
    const char *help;           /* what it does (both faces) */
    const char *words;          /* plain mode: the words that type it, space-separated;
                                   NULL: none */
    const char *plain;          /* plain help: how to type it, when not just its words */
    const char *plain_help;     /* plain help: what it does, when it differs */
    bool arg;                   /* plain mode: a word may be followed by an argument */
    bool kiosk_off;             /* refused in kiosk mode (it would write a file) */
};

/* The action bound to the full-screen key ch in view, or ACT_NONE. Digits
 * are not in the table: menus handle them as item numbers. */
enum action keys_action(int ch, enum view view);

/* The plain-mode command word (a letter, a name such as "back", or "/"):
 * its row, or NULL. Exact case first ("N"), then any case ("Q", "Back"). */
const struct binding *keys_word(const char *word);

/* The row of a full-screen key that has no plain-mode word (such as p
 * or Tab), or NULL: plain mode tells the reader it is for the full screen. */
const struct binding *keys_screen_only(int ch);

/* True if the action is allowed (kiosk mode refuses some). */
bool keys_allowed(enum action act, bool kiosk);

/* True if a full-screen key runs, on some screen, a command that kiosk
 * mode refuses (so that a status line does not offer it there). */
bool keys_kiosk_refuses(int ch);

/* The table itself, for the help screens. */
const struct binding *keys_table(size_t *n);

/* The help text for a face, generated from the table: one paragraph per
 * line, "- keys: what it does (where)". Fills out (room for
 * keys_help_count()) with malloc'd strings; returns how many, 0 when out
 * of memory (nothing left allocated). */
size_t keys_help_count(void);
size_t keys_help(enum face face, bool kiosk, char **out);

/* Digits typed further apart than this start a new number. */
#define KEYS_DIGIT_MS 1000

/* Digit jumps: typed digits build a number while it names an item and
 * they come within KEYS_DIGIT_MS of each other (gap_ms: the time since
 * the key before). Returns the 1-based item to select, or 0 if ch is not
 * a digit. */
int keys_digit(int *pending, int ch, size_t n_items, long gap_ms);

#endif
