/* session.h: the reader's session, shared by both faces of the guide (the
 * full screen and plain mode): the guide, the path taken and the recent
 * pages, the ticks, the search and its results, the generated screens
 * (contents, recent pages, glossary words, help), the kiosk rules, and the
 * operations on them. No curses and no input or output: each operation
 * says what happened (enum session_status) and each face chooses its own
 * words and drawing. Unit-tested without a terminal (test_session.c).
 *
 * Out of memory: an operation returns SESSION_NO_MEMORY (or false) and
 * leaves the session as it was; the face ends the program (doc/STYLE.md). */
#ifndef FBSS_SESSION_H
#define FBSS_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "check.h"
#include "content.h"
#include "history.h"
#include "keys.h"
#include "layout.h"
#include "lineedit.h"
#include "printout.h"
#include "search.h"
#include "sheet.h"

enum session_status {
    SESSION_OK,         /* done: the top of the path or the state changed */
    SESSION_NO_MEMORY,  /* nothing changed */
    SESSION_NOT_HERE,   /* the operation does not apply to the screen on top */
    SESSION_NO_ITEM,    /* no such item (a number out of range) */
    SESSION_AT_HOME,    /* back: Home is never left */
    SESSION_NO_NEIGHBOUR, /* next/previous page: not opened from a menu */
    SESSION_LAST,       /* next page: this is the last page of its menu */
    SESSION_FIRST,      /* previous page: this is the first */
    SESSION_NONE,       /* nothing to show: no warning-signs check, no glossary,
                           no recent page, no word of the glossary on the page,
                           a search that found nothing (the last one stays) */
    SESSION_EMPTY_QUERY, /* a search for nothing (blank after folding) */
    SESSION_ALREADY,    /* words on a words screen: they are the page before's */
    SESSION_REFUSED,    /* kiosk mode does not allow it */
    SESSION_EXISTS,     /* save: the file exists, and replace was not given */
    SESSION_FAILED,     /* save: could not write the file (why says why) */
    SESSION_NO_SEARCH,  /* next/previous match: nothing searched yet */
    SESSION_NO_MATCH,   /* next/previous match: the search is not on this page */
    SESSION_WRAPPED,    /* next/previous match: went round to the first/last */
    SESSION_ONLY,       /* next/previous match: the only match on the page */
    SESSION_NO_PRINTER, /* print: no --print-command was given */
};

/* A generated list: search results, contents or recent pages. Each row
 * opens a node. */
struct session_list {
    struct node node;          /* its title; type NODE_LIST */
    char title[SEARCH_MAX_QUERY + 64];
    struct node **targets;
    int *depth;                /* contents: indentation; else 0 */
    struct search_hit *hits;   /* search: where each row matched; else node NULL */
    size_t n, cap;
};

struct session_words; /* the screens of a page's glossary words */

struct session {
    struct guide *g;
    struct history h;          /* the path taken, and recent pages */
    struct check_state *checks; /* ticks of every checklist, in memory only */
    size_t n_checks;
    struct node help;          /* generated from the command table (keys.h) */
    char **help_paras;
    struct session_list results, contents, recent;
    struct session_words *words;
    size_t n_words;            /* words screens kept: only those on the path */
    struct search_index *index; /* built at the first search */
    char query[SEARCH_MAX_QUERY + 1];      /* the last search that found something */
    char shown[sizeof ((struct search_results *)0)->shown]; /* its spelling corrected,
                                                               or "" */
    char match[sizeof ((struct search_results *)0)->match]; /* the words it marks, as
                                                               search_find_word wants */
    char query_tried[SEARCH_MAX_QUERY + 1]; /* the last search that found nothing */
    char advice[2][SEARCH_LINE];           /* what to try instead (search_suggest) */
    size_t n_advice;
    struct lineedit_history searches;      /* what was typed at the search prompt */
    char saved[600];           /* what the last save did, in words */
    unsigned search_id;        /* counts searches, so a page knows its mark is old */
    struct sheet sheet;        /* the reader's appointment sheet, in memory only */
    struct node sheet_node;    /* its screen */
    const struct print_command *print; /* set by the administrator, or NULL */
    size_t added;              /* how many questions the last + added */
    bool kiosk;                /* never write a file */
    bool ascii;                /* saved summaries in ASCII too (the face's terminal is) */
    const char *home;          /* where ~ is when saving ($HOME at the start) */
    int idle_seconds;          /* forget the reader after this long; 0: never */
};

/* Starts at the guide's root. The help is written for face. False when
 * out of memory (then session_free is still safe). */
bool session_init(struct session *s, struct guide *g, enum face face, bool kiosk,
                  int idle_seconds);
void session_free(struct session *s);

/* The step on top of the path, and the one under it (NULL at Home). */
struct frame *session_top(struct session *s);
struct frame *session_parent(struct session *s);
/* The view (for the command table) of the screen on top. */
enum view session_view(struct session *s);

/* ---- moving */

/* Opens n on top of the path (a link, a term, a generated screen). If n is
 * already on top, nothing changes (? twice). */
enum session_status session_open(struct session *s, struct node *n);
/* Opens item i (0-based) of the screen on top: a menu's topic, a list's
 * row (a search result opens with its first match to be marked), or a
 * page's i-th See also page. SESSION_NO_ITEM when there is none. */
enum session_status session_open_item(struct session *s, size_t i);
/* How many items session_open_item can open on the screen on top. */
size_t session_items(struct session *s);
enum session_status session_back(struct session *s);
/* Back to Home, the path forgotten (recent pages and ticks are kept). */
enum session_status session_home(struct session *s);
/* Replaces the page on top by the next (dir 1) or previous (dir -1) page
 * of the menu it was opened from. */
enum session_status session_sibling(struct session *s, int dir);
enum session_status session_warning_signs(struct session *s);
enum session_status session_help(struct session *s);

/* ---- the self-check on top */

/* The ticks of checklist n (one per item). */
bool *session_ticks(struct session *s, const struct node *n);
/* Ticks or unticks item i of the checklist on top. */
enum session_status session_tick(struct session *s, size_t i);
enum session_status session_clear(struct session *s);
/* Lays out the result of checklist n into d (doc_init'd by the caller
 * for its width): check_result_doc with this session's ticks. */
bool session_result(struct session *s, const struct node *n, struct doc *d,
                    struct check_result *r);
bool session_may_save(const struct session *s);
/* Saves the summary of the checklist on top to path (only on request;
 * never in kiosk mode), "~" meaning home; the file is dated and carries
 * the guide's version and review date (save_summary_file). When the file
 * exists, replace(ctx) is asked (NULL: never replace); a folder or special
 * file is refused before that. SESSION_OK, SESSION_EXISTS (kept),
 * SESSION_FAILED, SESSION_REFUSED, SESSION_NOT_HERE;
 * session_message(ACT_SAVE) then says the full path it was saved to, or
 * why not. */
enum session_status session_save(struct session *s, const char *path,
                                 bool (*replace)(void *ctx), void *ctx);

/* ---- finding */

/* Searches every page and opens the results (replacing results on top).
 * SESSION_NONE keeps the last search as it was. */
enum session_status session_search(struct session *s, const char *query);
enum session_status session_contents(struct session *s);
enum session_status session_recent(struct session *s);
/* The glossary words of the page on top, as a screen of their own. */
enum session_status session_words(struct session *s);

/* The list a generated node shows, or NULL if n is not one. */
struct session_list *session_list_of(struct session *s, const struct node *n);
/* True for the screens the session makes (help, lists, words), which are
 * not content and not "recent pages". */
bool session_generated(const struct session *s, const struct node *n);
/* "Showing results for "spinal cord" (you typed "spinal chord")" when the
 * last search corrected a word, else "". */
void session_search_note(const struct session *s, char *buf, size_t size);
/* Row i of list l as shown: a search result's title with its section or
 * kind ("Spinal cord stimulation — Treatments"), else the title. */
void session_row_title(const struct session_list *l, size_t i, char *buf, size_t size);
/* A one-line snippet for search result row i (the page's start when the
 * title matched): search_snippet's rules. NULL when out of memory. */
char *session_snippet(const struct session *s, const struct search_hit *h, int width,
                      bool ascii, size_t *mstart, size_t *mlen);

/* Moves f's match mark to the next (or, back, the previous) match of the
 * last search in d, the layout of f's page. A mark from an older search,
 * or none (opened from the results: match_block SIZE_MAX), starts at the
 * top (back: the bottom). SESSION_OK, SESSION_WRAPPED, SESSION_ONLY,
 * SESSION_NO_MATCH (mark cleared), SESSION_NO_SEARCH. */
enum session_status session_match(const struct session *s, const struct doc *d,
                                  struct frame *f, bool back);
/* Drops f's mark if it belongs to an older search. */
void session_match_check(const struct session *s, struct frame *f);

/* ---- words */

/* What happened, in words both faces use: st as the outcome of act (for
 * example SESSION_NONE of ACT_RECENT: "No pages viewed yet."). face
 * picks "Press" or "Type" where a key is named. Empty for SESSION_OK. */
void session_message(const struct session *s, enum session_status st, enum action act,
                     enum face face, char *buf, size_t size);

/* ---- quitting */

/* True when quitting would forget answers the reader gave (ticks, the
 * appointment sheet), so a face asks first (not in kiosk mode, where
 * quitting is one key). */
bool session_has_answers(const struct session *s);
/* The question both faces ask then (short: it fits 40 columns). */
#define SESSION_QUIT_QUESTION "Quit and lose your answers? (y/n) "
/* True when the screen on top was opened over the reader's path (help,
 * contents, recent pages, words, search results, or with result set, a
 * checklist's result): q closes it instead of quitting. */
bool session_on_top(const struct session *s, const struct frame *f);

/* ---- the decision aid (sessionaid.c) */

/* Opens My appointment sheet. */
enum session_status session_sheet(struct session *s);
/* Adds the questions of the page on top (or of the ticked statements of
 * the self-check on top) to My questions; s->added says how many were new.
 * SESSION_NONE: nothing to add here; SESSION_ALREADY: all were there. */
enum session_status session_add_questions(struct session *s);
/* Prints the sheet through the administrator's command. SESSION_OK,
 * SESSION_NO_PRINTER, SESSION_FAILED (s->saved says why). */
enum session_status session_print(struct session *s);
/* Words for the decision aid's outcomes; false when act is not one of its. */
bool session_aid_message(const struct session *s, enum session_status st, enum action act,
                         char *buf, size_t size);

/* ---- kiosk */

/* Forgets everything the last reader did: path, recent pages, ticks,
 * search and the searches typed. For the idle time of a kiosk. */
void session_forget(struct session *s);

#endif
