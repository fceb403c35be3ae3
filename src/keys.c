/* keys.c: key bindings (see keys.h). */
#include "keys.h"

#include <curses.h>

#define CTRL(c) ((c) & 0x1f)

/* Order matters twice: the first matching row wins, and the help screen
 * lists the rows in this order. */
static const struct binding table[] = {
    { ACT_UP, SCR_ALL, { KEY_UP, 'k' }, "Up, k", "Move up" },
    { ACT_DOWN, SCR_ALL, { KEY_DOWN, 'j' }, "Down, j", "Move down" },
    { ACT_OPEN, SCR_MENU, { '\n', '\r', KEY_ENTER, KEY_RIGHT, 'l' }, "Enter, Right, l",
      "Open the selected topic" },
    { ACT_BACK, SCR_ALL, { KEY_LEFT, 'h', KEY_BACKSPACE, 127, 27 }, "Left, h, Backspace, Esc",
      "Go back" },
    { ACT_TOGGLE, SCR_CHECK, { ' ', 'x' }, "Space, x", "Tick or untick the statement" },
    { ACT_PAGE_DOWN, SCR_ALL, { KEY_NPAGE, ' ' }, "PgDn, Space", "Next screenful" },
    { ACT_PAGE_UP, SCR_ALL, { KEY_PPAGE, 'b' }, "PgUp, b", "Previous screenful" },
    { ACT_TOP, SCR_ALL, { KEY_HOME, 'g' }, "Home, g", "Go to the top" },
    { ACT_BOTTOM, SCR_ALL, { KEY_END, 'G' }, "End, G", "Go to the bottom" },
    { ACT_NEXT_PAGE, SCR_PAGE, { ']' }, "]",
      "Next page in this section" },
    { ACT_PREV_PAGE, SCR_PAGE, { '[' }, "[", "Previous page in this section" },
    { ACT_NEXT_LINK, SCR_PAGE, { '\t' }, "Tab", "Choose the next related page (See also)" },
    { ACT_PREV_LINK, SCR_PAGE, { KEY_BTAB, 'p' }, "Shift-Tab, p",
      "Choose the previous related page" },
    { ACT_FOLLOW, SCR_PAGE, { '\n', '\r', KEY_ENTER }, "Enter", "Open the chosen related page" },
    { ACT_SEARCH, SCR_ALL, { '/' }, "/", "Search every page for a word" },
    { ACT_NEXT_MATCH, SCR_PAGE, { 'n' }, "n", "Next match of the search" },
    { ACT_PREV_MATCH, SCR_PAGE, { 'N' }, "N", "Previous match of the search" },
    { ACT_WORDS, SCR_PAGE, { 'd' }, "d", "Explain the glossary words on this page" },
    { ACT_CONTENTS, SCR_ALL, { 't' }, "t", "Contents: the whole guide as a tree" },
    { ACT_RECENT, SCR_ALL, { 'r' }, "r", "Pages you viewed recently" },
    { ACT_WHY, SCR_CHECK, { 'w' }, "w", "Why this statement matters" },
    { ACT_RESULT, SCR_CHECK, { '\n', '\r', KEY_ENTER }, "Enter", "Show the result" },
    { ACT_CLEAR, SCR_CHECK, { 'c' }, "c", "Clear all ticks" },
    { ACT_SAVE, SCR_CHECK, { 's' }, "s", "Save a summary to a file you name" },
    { ACT_URGENT, SCR_ALL, { '!' }, "!", "Warning signs: do I need help now?" },
    { ACT_HELP, SCR_ALL, { '?', KEY_F(1) }, "?, F1", "This help" },
    { ACT_REDRAW, SCR_ALL, { CTRL('l') }, "Ctrl-L", "Redraw the screen" },
    { ACT_QUIT, SCR_ALL, { 'q', 'Q' }, "q", "Quit (clears the screen)" },
};

enum action keys_action(int ch, enum view view)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (!(table[i].screens & (unsigned)view))
            continue;
        for (int k = 0; k < KEYS_PER_BINDING && table[i].keys[k]; k++)
            if (table[i].keys[k] == ch)
                return table[i].action;
    }
    return ACT_NONE;
}

const struct binding *keys_table(size_t *n)
{
    *n = sizeof table / sizeof table[0];
    return table;
}

int keys_digit(int *pending, int ch, size_t n_items, long gap_ms)
{
    int d, joined;

    if (gap_ms > KEYS_DIGIT_MS)
        *pending = 0; /* 1, a pause, then 5 is item 5, not 15 */
    if (ch < '0' || ch > '9') {
        *pending = 0;
        return 0;
    }
    d = ch - '0';
    joined = *pending * 10 + d;
    if (*pending && joined >= 1 && (size_t)joined <= n_items) {
        *pending = joined;
        return joined;
    }
    if (d >= 1 && (size_t)d <= n_items) {
        *pending = d;
        return d;
    }
    *pending = 0;
    return 0;
}
