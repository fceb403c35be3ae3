/* lineedit.h: editing one line of typed text as in a shell, and a history
 * of the lines entered. Pure (no curses): the prompt that draws it and
 * reads keys (ui_prompt) calls these, and cmocka tests them.
 *
 *     struct lineedit e;
 *     lineedit_init(&e, buf, sizeof buf, &history);   // buf starts empty
 *     ... lineedit_key(&e, ch) for each key; draw e.buf, cursor at e.cur ...
 *     lineedit_done(&e);        // Enter: adds buf to the history
 *
 * The line is UTF-8: bytes arrive one at a time and a character is
 * inserted when complete; the cursor moves by whole characters. */
#ifndef FBSS_LINEEDIT_H
#define FBSS_LINEEDIT_H

#include <stdbool.h>
#include <stddef.h>

#define LINEEDIT_HISTORY_MAX 50 /* older lines are dropped */

/* The lines entered, oldest first; in memory only. */
struct lineedit_history {
    char **v;
    size_t n, cap;
};

/* Adds line (not an empty one, nor a repeat of the newest). False when
 * out of memory (the history is unchanged). */
bool lineedit_history_add(struct lineedit_history *h, const char *line);
/* Forgets every line, wiping its bytes first. */
void lineedit_history_clear(struct lineedit_history *h);

enum lineedit_op {
    LINEEDIT_LEFT, LINEEDIT_RIGHT, LINEEDIT_HOME, LINEEDIT_END,
    LINEEDIT_BACKSPACE, LINEEDIT_DELETE,
    LINEEDIT_KILL_START, /* Ctrl-U: delete up to the cursor */
    LINEEDIT_KILL_END,   /* Ctrl-K: delete from the cursor on */
    LINEEDIT_KILL_WORD,  /* Ctrl-W: delete the word before the cursor */
    LINEEDIT_PREV,       /* Up: the line entered before */
    LINEEDIT_NEXT,       /* Down: the line entered after, then the new line */
};

struct lineedit {
    char *buf;  /* the caller's, always 0-terminated */
    size_t cap; /* its size in bytes */
    size_t len, cur;
    struct lineedit_history *hist; /* may be NULL */
    size_t at;                     /* the history line shown; hist->n: the new line */
    char *draft;                   /* the new line while a history line is shown */
    unsigned char part[4];         /* a character still arriving */
    size_t n_part, need;
};

void lineedit_init(struct lineedit *e, char *buf, size_t cap, struct lineedit_history *hist);
/* Frees what the editor holds (not buf); adds a non-empty buf to the
 * history when entered is true. */
void lineedit_done(struct lineedit *e, bool entered);

/* Inserts one byte of typed text at the cursor (a character once all its
 * bytes have come). False if it does not fit or is a control character. */
bool lineedit_byte(struct lineedit *e, unsigned char c);
void lineedit_do(struct lineedit *e, enum lineedit_op op);

/* The shell's control keys: Ctrl-A, E, B, F, D, H, K, U, W, P, N and
 * Delete (127). True if ch was one of them (and was done). */
bool lineedit_ctrl(struct lineedit *e, int ch);

/* Columns before the cursor, as drawn. */
int lineedit_cursor_col(const struct lineedit *e);

#endif
