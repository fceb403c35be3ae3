/* ui.h: the thin layer over curses shared by every screen: start and stop,
 * signals and hang-ups, attributes (monochrome first), bars and clipping. */
#ifndef FBSS_UI_H
#define FBSS_UI_H

#include <stdbool.h>
#include <stddef.h>

#include "status.h"

#define UI_MIN_COLS 30
#define UI_MIN_ROWS 8
/* The largest window the guide draws in; a larger one (a resize over SSH
 * can ask for 65535x65535, and ncurses cannot draw past 32767) is "too
 * large", like a small one is too small. 1000x1000 cells cost about 80 MB. */
#define UI_MAX_COLS 1000
#define UI_MAX_ROWS 1000
#define UI_KEY_QUIT (-2) /* a signal or a hang-up asks us to stop */
#define UI_KEY_IDLE (-3) /* no key for the idle time */

enum role {
    ROLE_NORMAL,
    ROLE_BAR,      /* title and status bars */
    ROLE_SELECTED, /* the selected row */
    ROLE_TITLE,    /* page titles */
    ROLE_HEADING,  /* headings inside pages */
    ROLE_URGENT,   /* warning cards */
    ROLE_COUNT
};

struct ui_options {
    bool color;  /* false: bold, reverse and underline only */
    bool ascii;  /* nothing outside ASCII reaches the terminal */
    int escdelay_ms; /* 0: $ESCDELAY, else input.h's default */
    bool kiosk;  /* Ctrl-Z is ignored */
};

/* True if $TERM names a terminal that full screens can drive (known to
 * terminfo, with cursor addressing); else false with the reason in why. */
bool ui_usable(char *why, size_t why_size);

/* Installs the signal handlers and starts curses on stdin/stdout.
 * Returns false with a reason in why (curses not started) when the
 * terminal cannot be driven. */
bool ui_start(const struct ui_options *opt, char *why, size_t why_size);

/* Clears the screen and, where the terminal can, its scrollback (so the
 * next person sees nothing) and ends curses. */
void ui_stop(void);
/* For plain mode under --kiosk, on a terminal: clears the screen and its
 * scrollback (terminfo clear, then E3 or ESC [ 3 J), so that the next
 * person cannot read or scroll up to the last one's answers. Never while
 * the full screen runs; nothing on a terminal terminfo does not know. */
void ui_wipe_plain(void);
/* The same in two steps, for a signal handler: prepare reads the terminal's
 * description (once, before any signal); now only write()s what it made. */
void ui_wipe_plain_prepare(void);
void ui_wipe_plain_now(void);

/* Ends curses if it is running, prints the message and exits with 2. */
void ui_die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* The next key (a byte, or a curses KEY_ code decoded by input.c the same
 * under every TERM; unknown escape sequences never arrive), or UI_KEY_QUIT after SIGINT, SIGTERM, SIGHUP, SIGPIPE or
 * SIGQUIT, or when the terminal has gone away, or UI_KEY_IDLE when the
 * idle time (ui_set_idle) passes without a key, in a prompt too (the
 * screen and the terminal's scrollback are cleared first). KEY_RESIZE
 * after a resize or a return from Ctrl-Z: draw everything again. While
 * the window is too large, every key but q is dropped (q: UI_KEY_QUIT). */
int ui_read_key(void);

/* The signal that asked the guide to stop (SIGINT, SIGTERM, SIGHUP,
 * SIGPIPE, SIGQUIT), or 0. Ctrl-C at a question (ui_prompt, ui_confirm)
 * only cancels the question. */
int ui_stop_signal(void);

/* True if a key is already waiting (typed ahead, pasted, held down), so
 * drawing now would be wasted: the main loop handles every waiting key,
 * then draws once. False when a signal or the idle time waits instead. */
bool ui_key_waiting(void);

/* Milliseconds between the last key ui_read_key gave and the one before. */
long ui_key_gap_ms(void);

/* Sets the idle time in seconds (0: none, the default). */
void ui_set_idle(int seconds);

int ui_attr(enum role r);
bool ui_ascii(void);

/* Draws the UTF-8 string s[0..len) at row, col, clipped to width columns. */
void ui_put(int row, int col, const char *s, size_t len, int width, int attr);

/* The same, but text too wide ends with an ellipsis ("…", or "..." on an
 * ASCII terminal) so the reader sees it was cut (titles). */
void ui_put_cut(int row, int col, const char *s, size_t len, int width, int attr);

/* Columns for running text: the window's width, but at most UI_MEASURE,
 * a readable measure on wide terminals (132 columns and more), as at 80. */
#define UI_MEASURE 78
int ui_text_cols(void);

/* A full-width bar: left text, and right text if there is room. The left
 * text is shortened from its start when too long ("...> Causes"). */
void ui_bar(int row, const char *left, const char *right);

/* The status line: the hints that fit, chosen by priority (status.h; the
 * right-aligned info ranks as priority 1), or msg instead of the hints. */
#define UI_MAX_HINTS 16 /* the sheet has 9: past the limit, ?:help (last) was dropped */
void ui_status(const struct status_hint *hints, size_t n, const char *right, const char *msg);

/* Asks for a line of text on the status line, offering what buf holds
 * (Ctrl-U clears it). False if cancelled (Esc, Ctrl-G, a signal, or the
 * idle time passing). */
bool ui_prompt(const char *question, char *buf, size_t size);
/* The same, with Up and Down for the lines of hist (NULL: none); an answer
 * entered is added to it. Left, Right, Home, End, Ctrl-A, E, U, W, K edit
 * the line as in a shell (lineedit.h). */
struct lineedit_history;
bool ui_prompt_history(const char *question, char *buf, size_t size,
                       struct lineedit_history *hist);

/* Asks a yes/no question on the status line. */
bool ui_confirm(const char *question);

/* True if the window is below the minimum size or above the maximum;
 * then draws a notice. */
bool ui_too_small(void);

#endif
