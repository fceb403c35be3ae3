/* keys.c: the command table (see keys.h). */
#define _GNU_SOURCE
#include "keys.h"

#include <ctype.h>
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CTRL(c) ((c) & 0x1f)

/* Order matters twice: the first matching row wins, and the help screens
 * list the rows in this order. Letters follow less and lynx: Space and b
 * page, n and N find the next and previous match, h and ? help, q quits,
 * m goes to the main menu (Home). A letter means the same in both modes. */
static const struct binding table[] = {
    { ACT_UP, SCR_ALL, { KEY_UP, 'k' }, "Up, k", "Move up", NULL, NULL, NULL, false, false },
    { ACT_DOWN, SCR_ALL, { KEY_DOWN, 'j' }, "Down, j", "Move down", NULL, NULL, NULL, false,
      false },
    { ACT_OPEN, SCR_MENU, { '\n', '\r', KEY_ENTER, KEY_RIGHT, 'l' }, "Enter, Right, l",
      "Open the selected topic", NULL, "A number", "open that item of a menu or a list",
      false, false },
    { ACT_NONE, SCR_MENU, { 0 }, "1 to 9",
      "Jump to that item of a menu (type 1 then 2 for item 12)", NULL, NULL, NULL, false,
      false },
    { ACT_FOLLOW, SCR_PAGE, { '\n', '\r', KEY_ENTER }, "Enter", "Open the chosen related page",
      NULL, "A number", "open that See also page", false, false },
    { ACT_TOGGLE, SCR_CHECK | SCR_SHEET, { ' ', 'x' }, "Space, x", "Tick or untick the statement", NULL,
      "A number", "tick or untick that statement (1 3 5 for several)", false, false },
    { ACT_BACK, SCR_ALL, { KEY_LEFT, KEY_BACKSPACE, 127, 27, '<' },
      "Left, Backspace, Ctrl-H, Esc, <",
      "Go back", "< back", "< or back", NULL, false, false },
    { ACT_HOME, SCR_ALL, { 'm' }, "m", "Go to Home, the main menu", "m home", "m or home",
      NULL, false, false },
    { ACT_PAGE_DOWN, SCR_ALL, { KEY_NPAGE, ' ' }, "PgDn, Space", "Next screenful", NULL,
      "Enter on an empty line", "show more, when the text stops at \"More\"; else show the "
      "screen again", false, false },
    { ACT_PAGE_UP, SCR_ALL, { KEY_PPAGE, 'b' }, "PgUp, b", "Previous screenful", "b", NULL,
      "show the previous screenful again", false, false },
    { ACT_TOP, SCR_ALL, { KEY_HOME, 'g' }, "Home, g", "Go to the top", NULL, NULL, NULL, false,
      false },
    { ACT_BOTTOM, SCR_ALL, { KEY_END, 'G' }, "End, G", "Go to the bottom", NULL, NULL, NULL,
      false, false },
    { ACT_NEXT_PAGE, SCR_PAGE, { ']' }, "]", "Next page in this section", "] next", "] or next",
      NULL, false, false },
    { ACT_PREV_PAGE, SCR_PAGE, { '[' }, "[", "Previous page in this section", "[ previous prev",
      "[ or previous", NULL, false, false },
    { ACT_NEXT_LINK, SCR_PAGE, { '\t' }, "Tab", "Choose the next related page (See also)", NULL,
      NULL, NULL, false, false },
    { ACT_PREV_LINK, SCR_PAGE, { KEY_BTAB, 'p' }, "Shift-Tab, p",
      "Choose the previous related page", NULL, NULL, NULL, false, false },
    { ACT_SEARCH, SCR_ALL, { '/' }, "/", "Search every page for a word", "/ search",
      "/ and a word, such as /scar", NULL, true, false },
    { ACT_NEXT_MATCH, SCR_PAGE, { 'n' }, "n", "Next match of the search", "n", NULL, NULL,
      false, false },
    { ACT_PREV_MATCH, SCR_PAGE, { 'N' }, "N", "Previous match of the search", "N", NULL, NULL,
      false, false },
    { ACT_WORDS, SCR_PAGE, { 'd' }, "d", "Explain the glossary words on this page",
      "d words", "d or words", NULL, false, false },
    { ACT_CONTENTS, SCR_ALL, { 't' }, "t", "Contents: the whole guide as a tree", "t contents",
      "t or contents", NULL, false, false },
    { ACT_RECENT, SCR_ALL, { 'v' }, "v", "Pages you viewed recently", "v recent",
      "v or recent", NULL, false, false },
    { ACT_WHY, SCR_CHECK, { 'w' }, "w", "Why this statement matters", "w why",
      "w and a number, such as w 1", NULL, true, false },
    { ACT_RESULT, SCR_CHECK | SCR_VALUES | SCR_SHEET, { '\n', '\r', KEY_ENTER, 'r' }, "Enter, r",
      "Show the result", "r result", "r or result",
      "the result, with questions to ask and what to bring", false, false },
    { ACT_CLEAR, SCR_CHECK, { 'c' }, "c", "Clear all ticks (asks first)", "c clear",
      "c or clear", NULL, false, false },
    { ACT_SAVE, SCR_CHECK | SCR_SHEET, { 's' }, "s",
      "Save a summary to a file", "s save",
      "s, or s and a file name, such as s notes.txt", NULL, true, true },
    /* The decision aid's screens: Left and Right move across (or rate)
     * there, before Back's Left (screen rows win, see keys_action). */
    { ACT_PREV_COL, SCR_COMPARE, { KEY_LEFT, ',' }, "Left, ,",
      "Previous option (or aspect)", NULL, NULL, NULL, false, false },
    { ACT_NEXT_COL, SCR_COMPARE, { KEY_RIGHT, '.' }, "Right, .",
      "Next option (or aspect)", NULL, NULL, NULL, false, false },
    { ACT_VIEW, SCR_COMPARE, { 'o' }, "o", "Show by option, by aspect, or as a grid",
      "o option", "o and a number, such as o 2", "show that option on every aspect", true,
      false },
    { ACT_ASPECT, SCR_COMPARE, { 0 }, NULL, "Show one aspect for every option", "e aspect",
      "e and a number, such as e 3", NULL, true, false },
    { ACT_RATE_DOWN, SCR_VALUES, { KEY_LEFT, ',' }, "Left, ,", "Rate the statement lower",
      NULL, NULL, NULL, false, false },
    { ACT_RATE_UP, SCR_VALUES, { KEY_RIGHT, '.' }, "Right, .", "Rate the statement higher",
      NULL, NULL, NULL, false, false },
    { ACT_RATE, SCR_VALUES, { 0 }, "0 to 9", "Rate the statement: 1 is the lowest, 0 clears",
      "rate", "rate, a statement and a rating, such as rate 1 4",
      "rate a statement: 1 is the lowest, 0 clears", true, false },
    { ACT_SHEET, SCR_ALL, { 'a' }, "a",
      "My appointment sheet: questions, timeline, what to bring", "a sheet", "a or sheet",
      NULL, false, false },
    { ACT_ADD_QUESTIONS, SCR_PAGE | SCR_CHECK | SCR_SHEET, { '+' }, "+",
      "Add questions to My questions (or your own)",
      "+ ask", "+ or ask; on the sheet, ask and your question, such as ask Will I need a brace?",
      NULL, true, false },
    { ACT_ADD, SCR_SHEET, { 'i' }, "i", "Add a timeline entry (when, what happened)",
      "add", "add and the entry, such as add 2021: second operation", NULL, true, false },
    { ACT_EDIT, SCR_SHEET, { 'e' }, "e", "Edit the chosen question or timeline entry",
      "edit", "edit, a number and the new text, such as edit 2 2022: fusion", NULL, true,
      false },
    { ACT_DELETE, SCR_SHEET, { 'd' }, "d", "Remove the chosen question or timeline entry",
      "delete del", "delete and a number", NULL, true, false },
    { ACT_MOVE_UP, SCR_SHEET, { 'K' }, "K", "Move the chosen entry up", "up",
      "up and a number", NULL, true, false },
    { ACT_MOVE_DOWN, SCR_SHEET, { 'J' }, "J", "Move the chosen entry down", "down",
      "down and a number", NULL, true, false },
    { ACT_PRINT, SCR_SHEET, { 'P' }, "P", "Print the sheet (when this machine has a printer set)",
      "print", NULL, NULL, false, false },
    { ACT_URGENT, SCR_ALL, { '!' }, "!", "Warning signs: do I need help now?", "! warning",
      "! or warning", NULL, false, false },
    { ACT_HELP, SCR_ALL, { '?', 'h', KEY_F(1) }, "?, h, F1", "This help", "? h help", "? or h",
      NULL, false,
      false },
    { ACT_REDRAW, SCR_ALL, { CTRL('l') }, "Ctrl-L", "Redraw the screen", NULL, NULL, NULL,
      false, false },
    { ACT_QUIT, SCR_ALL, { 'q', 'Q' }, "q",
      "Close a screen opened on top (help, lists, words, a result); else quit, asking "
      "first if ticks would be forgotten", "q quit exit", "q or quit",
      "quit (asks first if ticks would be forgotten)", false, false },
};

#define N_TABLE (sizeof table / sizeof table[0])

enum action keys_action(int ch, enum view view)
{
    /* A row for some screens wins over a row for all of them: Left rates
     * on the values screen, and is Back elsewhere. */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < N_TABLE; i++) {
            if (!(table[i].screens & (unsigned)view) || (pass == 0) == (table[i].screens == SCR_ALL))
                continue;
            for (int k = 0; k < KEYS_PER_BINDING && table[i].keys[k]; k++)
                if (table[i].keys[k] == ch)
                    return table[i].action;
        }
    }
    return ACT_NONE;
}

/* True if word is one of the space-separated words of list. */
static bool has_word(const char *list, const char *word, bool any_case)
{
    size_t len = strlen(word);

    for (const char *w = list; w && *w; w += strcspn(w, " "), w += strspn(w, " ")) {
        size_t wl = strcspn(w, " ");
        if (wl == len && (any_case ? strncasecmp(w, word, len) : strncmp(w, word, len)) == 0)
            return true;
    }
    return false;
}

const struct binding *keys_word(const char *word)
{
    for (int any_case = 0; any_case < 2; any_case++)
        for (size_t i = 0; i < N_TABLE; i++)
            if (has_word(table[i].words, word, any_case))
                return &table[i];
    return NULL;
}

const struct binding *keys_screen_only(int ch)
{
    for (size_t i = 0; i < N_TABLE; i++)
        for (int k = 0; k < KEYS_PER_BINDING && table[i].keys[k]; k++)
            if (table[i].keys[k] == ch && !table[i].words && !table[i].plain)
                return &table[i];
    return NULL;
}

bool keys_allowed(enum action act, bool kiosk)
{
    for (size_t i = 0; kiosk && i < N_TABLE; i++)
        if (table[i].action == act && table[i].kiosk_off)
            return false;
    return true;
}

bool keys_kiosk_refuses(int ch)
{
    for (size_t i = 0; i < N_TABLE; i++)
        for (int k = 0; table[i].kiosk_off && k < KEYS_PER_BINDING && table[i].keys[k]; k++)
            if (table[i].keys[k] == ch)
                return true;
    return false;
}

const struct binding *keys_table(size_t *n)
{
    *n = N_TABLE;
    return table;
}

/* The help's note on where a command works; none if everywhere. */
static const char *where(unsigned screens)
{
    if (screens == SCR_ALL)
        return "";
    if (screens == (SCR_CHECK | SCR_VALUES | SCR_SHEET))
        return " (self-check, values, sheet)";
    if (screens == (SCR_CHECK | SCR_SHEET))
        return " (self-check, sheet)";
    if (screens == (SCR_PAGE | SCR_CHECK))
        return " (pages, self-check)";
    if (screens == (SCR_PAGE | SCR_CHECK | SCR_SHEET))
        return " (pages, self-check, sheet)";
    if (screens & SCR_CHECK)
        return " (self-check)";
    if (screens == SCR_COMPARE)
        return " (comparison)";
    if (screens == SCR_VALUES)
        return " (values)";
    if (screens == SCR_SHEET)
        return " (sheet)";
    if (screens == SCR_MENU)
        return " (menus)";
    return screens == SCR_PAGE ? " (pages)" : "";
}

size_t keys_help_count(void)
{
    return N_TABLE;
}

/* One row of the help, or NULL when the row has no form in this face. */
static int help_row(const struct binding *b, enum face face, bool kiosk, char **s)
{
    const char *how = face == FACE_SCREEN ? b->names : b->plain ? b->plain : b->words;
    const char *what = face == FACE_PLAIN && b->plain_help ? b->plain_help : b->help;
    char *lower = NULL;

    *s = NULL;
    if (!how)
        return 0;
    if (face == FACE_PLAIN && !b->plain_help && (lower = strdup(what)) != NULL)
        lower[0] = (char)tolower((unsigned char)lower[0]); /* "- b: show ..." reads on */
    if (face == FACE_PLAIN && !b->plain_help && !lower)
        return -1;
    int r = asprintf(s, "- %s: %s%s%s", how, lower ? lower : what, where(b->screens),
                     kiosk && b->kiosk_off ? " (turned off on this machine)" : "");
    free(lower);
    return r < 0 ? -1 : 1;
}

size_t keys_help(enum face face, bool kiosk, char **out)
{
    size_t k = 0;

    for (size_t i = 0; i < N_TABLE; i++) {
        int r = help_row(&table[i], face, kiosk, &out[k]);
        if (r < 0) {
            while (k > 0)
                free(out[--k]);
            return 0;
        }
        k += (size_t)r;
    }
    return k;
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
