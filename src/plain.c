/* plain.c: plain mode (see plain.h), the second face of the session: it
 * reads lines and prints. Every answer goes through layout.c, so content
 * is cleaned (no control characters, ASCII when asked) and wrapped exactly
 * as on screen.
 *
 * For screen readers, which read every word each time, the prompt is just
 * "> ": the commands are listed once at the start and on "?", and each
 * kind of screen explains its own commands once, the first time. */
#define _GNU_SOURCE
#include "plain.h"

#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "keys.h"
#include "aidlayout.h"
#include "layout.h"
#include "savefile.h"
#include "session.h"
#include "text.h"

#define DEFAULT_WIDTH 80
#define MIN_WIDTH 20
#define MIN_ROWS 4   /* fewer rows than this: no paging */
#define ECHO_COLS 30 /* columns of unknown input quoted back */
#define MAX_PICKS 64 /* statements one line can tick */
#define MORE "-- More: press Enter for the next screenful, b for the one before --"

enum hint { HINT_PAGE = 1, HINT_CHECK = 2, HINT_LIST = 4 };
enum read_result { READ_LINE, READ_END, READ_IDLE, READ_LONG /* past PLAIN_MAX_LINE: dropped */ };

/* The longest line read: one huge line (a paste, or `ssh -T` fed a file)
 * must not grow memory without end. A longer line is read to its end and
 * dropped, and the reader is told. */
#define PLAIN_MAX_LINE 4096

struct plain {
    struct session s;
    int width, rows, idle;
    bool ascii;
    const char *notice;   /* why plain mode started by itself, or NULL */
    void (*wipe)(void);   /* clears the terminal and its scrollback, or NULL */
    FILE *in, *tty_out;   /* where answers finally go */
    FILE *out;            /* the answer being written (paged when long) */
    char *answer;
    size_t answer_len;
    char *paged;          /* a long answer, shown a screenful at a time */
    size_t paged_at;      /* byte offset of the screenful shown */
    int fd;               /* in's descriptor, read with poll(); -1: getline */
    char *ibuf;           /* bytes read from fd, not yet a line */
    size_t ilen, icap;
    bool skipping;        /* dropping the rest of a line past PLAIN_MAX_LINE */
    unsigned hinted;      /* hints already given (enum hint) */
    char *line;
    size_t line_cap;
    bool paging;          /* this answer moves through the paged one */
    bool idle_seen;       /* the idle time passed during a question */
    bool quit, failed;    /* failed: out of memory */
    size_t option_at, aspect_at; /* the comparison's option or aspect shown last */
};

static void plain_show(struct plain *p, bool full);
static void plain_show_compare(struct plain *p, const struct node *n, bool full);
static void plain_show_values(struct plain *p, const struct node *n, bool full);
static void plain_show_sheet(struct plain *p);

/* ---- output: everything from content or input goes through layout.c */

/* One laid-out line. A prefix (ASCII, no wider than the indent, such as
 * " 3. [x] ") takes the place of the bullet marker. */
static void plain_put_line(struct plain *p, const struct doc_line *l, const char *prefix)
{
    const char *lead = prefix ? prefix : l->marker;
    int col = 0;

    if (lead) {
        fputs(lead, p->out);
        col = text_width(lead, strlen(lead));
    }
    if (l->len > 0) {
        for (; col < l->indent; col++)
            fputc(' ', p->out);
        fwrite(l->s, 1, l->len, p->out);
    }
    fputc('\n', p->out);
}

static void plain_put_doc(struct plain *p, const struct doc *d, size_t from, size_t to)
{
    for (size_t i = from; i < to && i < d->n; i++)
        plain_put_line(p, &d->lines[i], NULL);
}

/* Wraps text to the width and prints it. With a prefix the text hangs
 * after it; without, a leading "- " makes a bullet. */
static void plain_put(struct plain *p, const char *text, enum line_kind kind, const char *prefix)
{
    struct doc d;
    bool ok;

    doc_init(&d, p->width, p->ascii);
    ok = prefix ? doc_add_indented(&d, text, kind, (int)strlen(prefix))
                : doc_add(&d, text, kind);
    for (size_t i = 0; ok && i < d.n; i++)
        plain_put_line(p, &d.lines[i], i == 0 ? prefix : NULL);
    if (!ok)
        p->failed = true;
    doc_free(&d);
}

static void plain_blank(struct plain *p)
{
    fputc('\n', p->out);
}

__attribute__((format(printf, 2, 3))) static void plain_say(struct plain *p, const char *fmt, ...)
{
    va_list ap;
    char *s;
    int n;

    va_start(ap, fmt);
    n = vasprintf(&s, fmt, ap);
    va_end(ap);
    if (n < 0) {
        p->failed = true;
        return;
    }
    plain_put(p, s, LINE_TEXT, NULL);
    free(s);
}

/* Says what happened, in the session's words. */
static void plain_said(struct plain *p, enum session_status st, enum action act)
{
    char msg[SEARCH_MAX_QUERY + 100];

    if (st == SESSION_NO_MEMORY) {
        p->failed = true;
        return;
    }
    session_message(&p->s, st, act, FACE_PLAIN, msg, sizeof msg);
    if (msg[0])
        plain_put(p, msg, LINE_TEXT, NULL);
}

/* Shows the screen on top when st is SESSION_OK, else says why not. */
static void plain_went(struct plain *p, enum session_status st, enum action act)
{
    if (st == SESSION_OK)
        plain_show(p, true);
    else
        plain_said(p, st, act);
}

/* A short explanation of a kind of screen, given only the first time. */
static void plain_hint(struct plain *p, enum hint h, const char *text)
{
    if (p->hinted & h)
        return;
    p->hinted |= h;
    plain_blank(p);
    plain_put(p, text, LINE_TEXT, NULL);
}

/* "12. " for row i of n rows, numbers right-aligned. */
static void plain_number_prefix(char *buf, size_t size, size_t i, size_t n)
{
    int numw = n >= 100 ? 3 : n >= 10 ? 2 : 1;

    snprintf(buf, size, "%*zu. ", numw, i + 1);
}

/* Numbered titles ("1. Causes"), wrapped with a hanging indent. */
static void plain_put_nodes(struct plain *p, struct node *const *v, size_t n)
{
    char prefix[24];

    for (size_t i = 0; i < n; i++) {
        plain_number_prefix(prefix, sizeof prefix, i, n);
        plain_put(p, v[i]->title, LINE_TEXT, prefix);
    }
}

/* ---- paging: a long answer to a terminal stops after a screenful */

static size_t plain_screenful_end(const struct plain *p, size_t from)
{
    const char *s = p->paged + from;
    int lines = 0;

    while (*s && lines < p->rows - 2) {
        s += strcspn(s, "\n");
        s += *s == '\n';
        lines++;
    }
    return (size_t)(s - p->paged);
}

/* Prints the screenful of the paged answer that starts at from. */
/* The "More" line that fits the width: the terminal must not break it
 * mid-word, and it is counted as one row. */
static const char *plain_more(const struct plain *p)
{
    static const char *const more[] = { MORE, "-- More: Enter next, b previous --",
                                        "-- More --" };
    size_t i = 0;

    while (i + 1 < sizeof more / sizeof more[0] && (int)strlen(more[i]) > p->width)
        i++;
    return more[i];
}

static void plain_page_from(struct plain *p, size_t from, FILE *f)
{
    size_t end = plain_screenful_end(p, from);

    p->paged_at = from;
    fwrite(p->paged + from, 1, end - from, f);
    if (p->paged[end])
        fprintf(f, "%s\n", plain_more(p));
}

/* True if the paged answer goes on after the screenful shown. */
static bool plain_page_more(const struct plain *p)
{
    return p->paged && p->paged[plain_screenful_end(p, p->paged_at)];
}

/* The start of the screenful before the one at from. */
static size_t plain_page_before(const struct plain *p, size_t from)
{
    size_t at = 0;

    for (size_t next; (next = plain_screenful_end(p, at)) < from;)
        at = next;
    return at;
}

/* Sends the answer written into p->out, a screenful at a time when the
 * output is a terminal and the answer is longer. An answer that moved
 * through a paged one (Enter or b at "More") keeps it. */
static void plain_send(struct plain *p)
{
    size_t lines = 0;
    bool paging = p->paging;
    struct winsize ws;

    /* A terminal's rows may change between answers (a resized window). */
    if (p->rows > 0 && ioctl(fileno(p->tty_out), TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0)
        p->rows = ws.ws_row;

    p->paging = false;
    if (fclose(p->out) != 0) {
        p->failed = true;
    } else {
        for (size_t i = 0; i < p->answer_len; i++)
            lines += p->answer[i] == '\n';
        if (!paging) {
            free(p->paged);
            p->paged = NULL;
        }
        if (!paging && p->rows >= MIN_ROWS && lines > (size_t)p->rows - 1) {
            p->paged = p->answer;
            p->answer = NULL;
            plain_page_from(p, 0, p->tty_out);
        } else {
            fwrite(p->answer, 1, p->answer_len, p->tty_out);
        }
    }
    free(p->answer);
    p->answer = NULL;
    p->out = p->tty_out;
}

/* Starts writing an answer (sent by plain_send). */
static void plain_begin(struct plain *p)
{
    p->answer = NULL;
    p->answer_len = 0;
    p->out = open_memstream(&p->answer, &p->answer_len);
    if (!p->out) {
        p->out = p->tty_out;
        p->failed = true;
    }
}

/* b: the screenful before, in a paged answer. */
static void plain_page_back(struct plain *p)
{
    if (!p->paged || p->paged_at == 0) {
        plain_say(p, "There is no screenful before this one. Type < to go back.");
        return;
    }
    p->paging = true;
    plain_page_from(p, plain_page_before(p, p->paged_at), p->out);
}

/* ---- screens */

static void plain_show_menu(struct plain *p, const struct node *m)
{
    plain_put(p, m->title, LINE_TITLE, NULL);
    plain_blank(p);
    plain_put_nodes(p, m->children, m->n_children);
}

/* full: the whole page; otherwise (coming back to it) only its title and
 * links, so that going back does not make a screen reader read it all. */
static void plain_show_page(struct plain *p, const struct node *n, bool full)
{
    struct node body = *n;
    struct doc d;

    body.n_see = 0; /* listed below, numbered, instead */
    doc_init(&d, p->width, p->ascii);
    if (!full) {
        plain_put(p, n->title, LINE_TITLE, NULL);
        plain_say(p, "Press Enter to read this page again.");
    } else if (doc_page(&d, &body)) {
        plain_put_doc(p, &d, 0, d.n);
    } else {
        p->failed = true;
    }
    doc_free(&d);
    if (n->n_see) {
        plain_blank(p);
        plain_put(p, "See also", LINE_HEADING, NULL);
        plain_put_nodes(p, n->see, n->n_see);
    }
    /* Opened from search results: the full screen marks the first match;
     * here, say how to hear it. */
    if (full && session_top(&p->s)->found && session_top(&p->s)->match_block == SIZE_MAX) {
        plain_blank(p);
        plain_say(p, "Type n to read the matches of \"%s\" on this page.",
                  p->s.shown[0] ? p->s.shown : p->s.query); /* as corrected */
    }
    plain_hint(p, HINT_PAGE,
               "On a page: a number opens a See also page, ] the next page, [ the previous "
               "page, n the next match of a search, d the glossary words, < goes back.");
}

static void plain_put_item(struct plain *p, const struct node *n, size_t i)
{
    const bool *t = session_ticks(&p->s, n);
    char prefix[32];
    int numw = n->check->n_items >= 10 ? 2 : 1;

    snprintf(prefix, sizeof prefix, "%*zu. [%c] ", numw, i + 1, t[i] ? 'x' : ' ');
    plain_put(p, n->check->items[i].text, LINE_TEXT, prefix);
}

static void plain_put_count(struct plain *p, const struct node *n)
{
    struct check_result r;

    check_score(n->check, session_ticks(&p->s, n), &r);
    plain_say(p, "%zu of %zu ticked.", r.n_ticked, n->check->n_items);
}

static void plain_show_check(struct plain *p, const struct node *n)
{
    plain_put(p, n->title, LINE_TITLE, NULL);
    for (size_t i = 0; i < n->n_paras; i++) {
        plain_blank(p);
        plain_put(p, n->paras[i], LINE_TEXT, NULL);
    }
    plain_blank(p);
    for (size_t i = 0; i < n->check->n_items; i++)
        plain_put_item(p, n, i);
    plain_blank(p);
    plain_put_count(p, n);
    plain_hint(p, HINT_CHECK,
               "In a self-check: a number ticks or unticks a statement (1 3 5 for several), "
               "w and a number says why it matters, r shows the result, c clears all "
               "ticks, s saves a summary, < goes back.");
}

/* A line of text around a search result's match. */
static void plain_put_snippet(struct plain *p, const struct search_hit *h, const char *pad)
{
    size_t ms, ml;
    char *snip = session_snippet(&p->s, h, p->width - (int)strlen(pad), p->ascii, &ms, &ml);

    if (!snip) {
        p->failed = true;
        return;
    }
    plain_put(p, snip, LINE_TEXT, pad);
    free(snip);
}

/* Search results, contents or recent pages: numbered rows. */
static void plain_show_list(struct plain *p, const struct session_list *l)
{
    char prefix[96], title[600], note[SEARCH_MAX_QUERY * 3];

    plain_put(p, l->node.title, LINE_TITLE, NULL);
    session_search_note(&p->s, note, sizeof note);
    if (l == &p->s.results && note[0])
        plain_put(p, note, LINE_TEXT, NULL); /* a word was corrected */
    plain_blank(p);
    for (size_t i = 0; i < l->n; i++) {
        int depth = l->depth[i] < 20 ? l->depth[i] : 20;
        plain_number_prefix(prefix, sizeof prefix, i, l->n);
        /* Contents: the tree as indentation after the number. */
        snprintf(prefix + strlen(prefix), sizeof prefix - strlen(prefix), "%*s", depth * 2, "");
        session_row_title(l, i, title, sizeof title); /* with its section, for search */
        plain_put(p, title, LINE_TEXT, prefix);
        if (l->hits[i].node) {
            memset(prefix, ' ', strlen(prefix));
            plain_put_snippet(p, &l->hits[i], prefix);
        }
    }
    plain_hint(p, HINT_LIST, "A number opens that page. < goes back.");
}

static void plain_show(struct plain *p, bool full)
{
    const struct node *n = session_top(&p->s)->node;
    const struct session_list *l = session_list_of(&p->s, n);

    if (l)
        plain_show_list(p, l);
    else if (n->type == NODE_COMPARE)
        plain_show_compare(p, n, full);
    else if (n->type == NODE_VALUES)
        plain_show_values(p, n, full);
    else if (n->type == NODE_SHEET)
        plain_show_sheet(p);
    else if (n->type == NODE_MENU)
        plain_show_menu(p, n);
    else if (n->type == NODE_CHECKLIST)
        plain_show_check(p, n);
    else
        plain_show_page(p, n, full);
}

/* ---- input: lines, with the idle time counted while waiting */

static void plain_trim(char *s)
{
    size_t len = strlen(s), start = 0;

    while (len > 0 && isspace((unsigned char)s[len - 1]))
        len--;
    while (start < len && isspace((unsigned char)s[start]))
        start++;
    memmove(s, s + start, len - start);
    s[len - start] = '\0';
}

/* Moves the first line of the read buffer (or, at the end, what is left)
 * to p->line. */
static bool plain_take_line(struct plain *p, size_t len, size_t skip)
{
    if (len + 1 > p->line_cap) {
        char *l = realloc(p->line, len + 1);
        if (!l) {
            p->failed = true;
            return false;
        }
        p->line = l;
        p->line_cap = len + 1;
    }
    memcpy(p->line, p->ibuf, len);
    p->line[len] = '\0';
    memmove(p->ibuf, p->ibuf + len + skip, p->ilen - len - skip);
    p->ilen -= len + skip;
    return true;
}

/* Reads a line from the descriptor, waiting at most the idle time. */
static enum read_result plain_read_fd(struct plain *p)
{
    for (;;) {
        char *nl = p->ilen ? memchr(p->ibuf, '\n', p->ilen) : NULL;
        struct pollfd pfd = { p->fd, POLLIN, 0 };
        ssize_t got;
        int r;

        if (nl && p->skipping) {
            p->skipping = false;
            p->ilen -= (size_t)(nl + 1 - p->ibuf);
            memmove(p->ibuf, nl + 1, p->ilen);
            return READ_LONG;
        }
        if (nl)
            return plain_take_line(p, (size_t)(nl - p->ibuf), 1) ? READ_LINE : READ_END;
        if (p->ilen > PLAIN_MAX_LINE) {
            p->skipping = true;
            p->ilen = 0;
        }
        r = poll(&pfd, 1, p->idle > 0 ? p->idle * 1000 : -1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r == 0)
            return READ_IDLE;
        if (p->ilen + 4096 > p->icap) {
            char *b = realloc(p->ibuf, p->icap + 4096);
            if (!b) {
                p->failed = true;
                return READ_END;
            }
            p->ibuf = b;
            p->icap += 4096;
        }
        got = r < 0 ? -1 : read(p->fd, p->ibuf + p->ilen, p->icap - p->ilen);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0 && p->skipping) {
            p->skipping = false;
            p->ilen = 0;
            return READ_LONG;
        }
        if (got <= 0) /* the end (or the terminal is gone): a last line without \n */
            return p->ilen && plain_take_line(p, p->ilen, 0) ? READ_LINE : READ_END;
        p->ilen += (size_t)got;
    }
}

/* Reads a line from the stream (no idle time): at most PLAIN_MAX_LINE
 * bytes are kept. */
static enum read_result plain_read_stream(struct plain *p)
{
    size_t len = 0;
    bool any = false, too_long = false;
    int c;

    if (p->line_cap < PLAIN_MAX_LINE + 1) {
        char *l = realloc(p->line, PLAIN_MAX_LINE + 1);
        if (!l) {
            p->failed = true;
            return READ_END;
        }
        p->line = l;
        p->line_cap = PLAIN_MAX_LINE + 1;
    }
    while ((c = getc(p->in)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        if (len < PLAIN_MAX_LINE)
            p->line[len++] = (char)c;
        else
            too_long = true;
    }
    p->line[len] = '\0';
    if (!any)
        return READ_END;
    return too_long ? READ_LONG : READ_LINE;
}

/* Prints the prompt and reads one trimmed line into p->line. At the end
 * of input (or when the output is gone) ends the prompt's line. */
static enum read_result plain_read(struct plain *p, const char *prompt)
{
    enum read_result r;

    fputs(prompt, p->tty_out);
    fflush(p->tty_out);
    if (ferror(p->tty_out))
        return READ_END;
    if (p->fd >= 0)
        r = plain_read_fd(p);
    else
        r = plain_read_stream(p);
    if (r == READ_END)
        fputc('\n', p->tty_out);
    if (r == READ_LINE)
        plain_trim(p->line);
    return r;
}

/* Nobody typed for the idle time: the next person must not see what the
 * last one read or ticked (kiosks, shared machines). */
static void plain_idle(struct plain *p)
{
    if (isatty(p->fd))
        tcflush(p->fd, TCIFLUSH); /* a half-typed line goes too */
    p->ilen = 0;
    p->skipping = false;
    session_forget(&p->s);
    free(p->paged);
    p->paged = NULL;
    /* Push the last reader's text off a terminal (text only, no codes),
     * and in a kiosk out of its scrollback too. */
    for (int i = 0; i < p->rows; i++)
        fputc('\n', p->tty_out);
    if (p->wipe) {
        fflush(p->tty_out);
        p->wipe();
    }
    plain_begin(p);
    plain_blank(p);
    plain_say(p, "Nothing was typed for %d seconds, so the guide has forgotten the pages "
                 "and ticks of the last reader.", p->idle);
    plain_blank(p);
    plain_show(p, true);
    plain_send(p);
}

/* The value of a whole number of at most 6 digits, or -1. */
static long plain_number(const char *s)
{
    size_t len = strspn(s, "0123456789");

    if (len == 0 || len > 6 || s[len] != '\0')
        return -1;
    return strtol(s, NULL, 10);
}

/* ---- commands */

static void plain_not_understood(struct plain *p, const char *line)
{
    char *clean = text_clean(line, p->ascii);

    if (!clean) {
        p->failed = true;
        return;
    }
    clean[text_fit(clean, strlen(clean), ECHO_COLS)] = '\0';
    plain_say(p, "Not understood: \"%s\". Type ? for help.", clean);
    free(clean);
}

static void plain_back(struct plain *p)
{
    enum session_status st = session_back(&p->s);

    if (st == SESSION_OK)
        plain_show(p, false);
    else
        plain_said(p, st, ACT_BACK);
}

/* A number: opens that item (a menu's topic, a list's row, a page's See
 * also page). */
static void plain_pick(struct plain *p, long k)
{
    size_t count = session_items(&p->s);

    if (count == 0)
        plain_say(p, "There are no numbered choices here. Type < to go back.");
    else if (k < 1 || (size_t)k > count)
        plain_say(p, "Choose a number from 1 to %zu.", count);
    else
        plain_went(p, session_open_item(&p->s, (size_t)k - 1), ACT_OPEN);
}

/* n and N: the paragraph that holds the next or previous match. */
static void plain_match(struct plain *p, enum action act)
{
    struct frame *f = session_top(&p->s);
    enum session_status st;
    struct doc d;

    doc_init(&d, p->width, p->ascii);
    if (!doc_page(&d, f->node)) {
        p->failed = true;
        doc_free(&d);
        return;
    }
    size_t was = f->found && f->search_id == p->s.search_id ? f->match_block : SIZE_MAX;
    st = session_match(&p->s, &d, f, act == ACT_PREV_MATCH);
    /* A paragraph is read whole: its other matches ("scar", then "tissue")
     * would read it again, so n goes on to the next paragraph. */
    for (size_t guard = 0; st == SESSION_OK && f->found && was != SIZE_MAX &&
                           f->match_block == was && guard < 10000; guard++)
        st = session_match(&p->s, &d, f, act == ACT_PREV_MATCH);
    plain_said(p, st, act);
    if (f->found) {
        size_t i = doc_find(&d, f->match_block, f->match_off), first = i, end = i;
        while (first > 0 && d.lines[first - 1].block == f->match_block)
            first--;
        while (end < d.n && d.lines[end].block == f->match_block)
            end++;
        plain_put_doc(p, &d, first, end);
    }
    doc_free(&d);
}

/* ---- self-check commands */

/* Reads the statement numbers of line (spaces or commas between); false,
 * with a message, unless every one is a statement. */
static bool plain_picks(struct plain *p, const struct node *n, const char *line, long *v,
                        size_t *count)
{
    char *copy = strdup(line), *save = NULL;
    bool ok = copy != NULL;

    *count = 0;
    for (char *t = copy ? strtok_r(copy, " \t,", &save) : NULL; t && ok;
         t = strtok_r(NULL, " \t,", &save)) {
        long k = plain_number(t);
        ok = k >= 1 && (size_t)k <= n->check->n_items && *count < MAX_PICKS;
        if (ok)
            v[(*count)++] = k;
    }
    if (!copy)
        p->failed = true;
    else if (!ok)
        plain_say(p, "Choose statements from 1 to %zu.", n->check->n_items);
    free(copy);
    return ok;
}

static void plain_toggle(struct plain *p, const char *line)
{
    const struct node *n = session_top(&p->s)->node;
    const bool *t = session_ticks(&p->s, n);
    long v[MAX_PICKS];
    size_t count;
    bool urgent = false;

    if (!plain_picks(p, n, line, v, &count))
        return;
    for (size_t i = 0; i < count; i++) {
        size_t k = (size_t)v[i] - 1;
        session_tick(&p->s, k);
        urgent |= t[k] && n->check->items[k].urgent;
        plain_put_item(p, n, k);
    }
    plain_put_count(p, n);
    /* Do not wait for "r" to say it: this one needs care today. */
    if (urgent)
        plain_say(p, "That is a warning sign. Type r to see what to do.");
}

static void plain_why(struct plain *p, const char *arg)
{
    const struct node *n = session_top(&p->s)->node;
    long k = plain_number(arg);
    char prefix[32];

    if (!*arg) {
        plain_say(p, "Type w and a statement number, for example w 1.");
    } else if (k < 1 || (size_t)k > n->check->n_items) {
        plain_say(p, "Choose a statement from 1 to %zu.", n->check->n_items);
    } else if (!n->check->items[k - 1].why) {
        plain_say(p, "Statement %ld has no explanation.", k);
    } else {
        snprintf(prefix, sizeof prefix, "Why %ld: ", k);
        plain_put(p, n->check->items[k - 1].why, LINE_TEXT, prefix);
    }
}

/* The one result layout (check_result_doc), as text. */
static void plain_result(struct plain *p)
{
    struct check_result r;
    struct doc d;

    doc_init(&d, p->width, p->ascii);
    if (session_result(&p->s, session_top(&p->s)->node, &d, &r))
        plain_put_doc(p, &d, 0, d.n);
    else
        p->failed = true;
    doc_free(&d);
}

/* Asks before replacing an existing file; end of input means no. */
/* Asks a yes/no question on a line of its own; the end of input means no
 * (and quitting). */
static bool plain_ask(struct plain *p, const char *question)
{
    enum read_result r;

    plain_send(p); /* what was said so far comes before the question */
    r = plain_read(p, question);
    plain_begin(p);
    if (r == READ_END)
        p->quit = true;
    p->idle_seen |= r == READ_IDLE; /* no answer is no; the reader goes after */
    return r == READ_LINE && tolower((unsigned char)p->line[0]) == 'y';
}

static bool plain_confirm(void *ctx)
{
    return plain_ask(ctx, "That file exists. Replace it? (y/n) ");
}

/* q: quits, asking first when ticks would be forgotten (not in kiosk
 * mode); the end of input quits too. */
static void plain_quit(struct plain *p)
{
    if (p->s.kiosk || !session_has_answers(&p->s) || plain_ask(p, SESSION_QUIT_QUESTION))
        p->quit = true;
    else if (!p->quit)
        plain_say(p, "Not quitting.");
}

/* c: clears the ticks of this checklist, after asking. */
static void plain_clear(struct plain *p)
{
    const bool *t = session_ticks(&p->s, session_top(&p->s)->node);
    bool any = false;

    for (size_t i = 0; t && i < session_top(&p->s)->node->check->n_items; i++)
        any |= t[i];
    if (!t) {
        plain_said(p, SESSION_NOT_HERE, ACT_CLEAR);
    } else if (!any) {
        plain_say(p, "No ticks to clear.");
    } else if (plain_ask(p, "Clear all ticks? (y/n) ")) {
        session_clear(&p->s);
        plain_say(p, "All ticks cleared.");
    } else if (!p->quit) {
        plain_say(p, "Ticks kept.");
    }
}

/* s [NAME] saves the summary, to NAME or to ~/fbss-summary-DATE.txt. Only
 * on request, never in kiosk mode; no prompt for the name: in a script it
 * would take the next line. */
static void plain_save(struct plain *p, const char *arg)
{
    char *name, fallback[64];

    save_default_name(fallback, sizeof fallback, time(NULL));
    name = strdup(*arg ? arg : fallback); /* the next read reuses the line */
    if (!name) {
        p->failed = true;
        return;
    }
    plain_said(p, session_save(&p->s, name, plain_confirm, p), ACT_SAVE);
    free(name);
}

/* ---- the decision aid: comparison, values, the appointment sheet */

/* A text of the sheet (sheet.h), line by line: lines underlined with '='
 * and lines ending in ':' are headings; the rules themselves are dropped. */
static void plain_put_text(struct plain *p, const char *text)
{
    for (const char *s = text; *s;) {
        size_t len = strcspn(s, "\n");
        char *line = strndup(s, len);
        if (!line) {
            p->failed = true;
            return;
        }
        bool rule = len && strspn(line, "=") == len;
        bool heading = len && ((s[len - 1] == ':' && line[0] != '-') ||
                               (s[len] == '\n' && s[len + 1] == '='));
        if (!len)
            plain_blank(p);
        else if (!rule)
            plain_put(p, line, heading ? LINE_HEADING : LINE_TEXT, NULL);
        free(line);
        s += len + (s[len] == '\n');
    }
}

static void plain_put_names(struct plain *p, const char *heading, const char *const *v,
                            size_t n)
{
    char prefix[24];

    plain_blank(p);
    plain_put(p, heading, LINE_HEADING, NULL);
    for (size_t i = 0; i < n; i++) {
        plain_number_prefix(prefix, sizeof prefix, i, n);
        plain_put(p, v[i], LINE_TEXT, prefix);
    }
}

/* The comparison's introduction and what can be shown: never the grid,
 * which a screen reader would read across the columns. */
static void plain_show_compare(struct plain *p, const struct node *n, bool full)
{
    const struct compare *c = n->compare;

    plain_put(p, n->title, LINE_TITLE, NULL);
    for (size_t i = 0; full && i < n->n_paras; i++) {
        plain_blank(p);
        plain_put(p, n->paras[i], LINE_TEXT, NULL);
    }
    plain_put_names(p, "Options", c->options, c->n_options);
    plain_put_names(p, "Aspects", c->aspects, c->n_aspects);
    plain_blank(p);
    plain_say(p, "Type an option's number to see it on every aspect (1, or o 1), or e and "
                 "a number to see one aspect for every option (e 3). o or e alone shows the "
                 "next one.");
}

/* o N or e N: one option, or one aspect, laid out as on a narrow screen. */
static void plain_compare_one(struct plain *p, const char *arg, bool aspect)
{
    const struct node *n = session_top(&p->s)->node;
    const struct compare *c = n->compare;
    size_t count = aspect ? c->n_aspects : c->n_options;
    size_t *at = aspect ? &p->aspect_at : &p->option_at;
    long k = *arg ? plain_number(arg) : (long)(*at % count) + 1;
    struct node body = *n;
    struct doc d;
    bool ok;

    if (k < 1 || (size_t)k > count) {
        plain_say(p, "Choose %s from 1 to %zu.", aspect ? "an aspect" : "an option", count);
        return;
    }
    *at = (size_t)k;
    body.n_paras = 0; /* the introduction was shown with the comparison */
    doc_init(&d, p->width, p->ascii);
    ok = aspect ? doc_compare_aspect(&d, &body, (size_t)k - 1)
                : doc_compare_option(&d, &body, (size_t)k - 1);
    if (ok)
        plain_put_doc(p, &d, 2, d.n); /* from its heading on: the title is known */
    else
        p->failed = true;
    doc_free(&d);
}

static void plain_put_statement(struct plain *p, const struct values *v, size_t i)
{
    int r = p->s.sheet.ratings[i];
    char prefix[24];

    plain_number_prefix(prefix, sizeof prefix, i, v->n_stmts);
    plain_put(p, v->stmts[i].text, LINE_TEXT, prefix);
    memset(prefix, ' ', strlen(prefix));
    if (r)
        plain_say(p, "%sYour answer: %s (%d of %zu).", prefix, v->scale[r - 1], r, v->n_scale);
    else
        plain_say(p, "%sYour answer: not rated yet.", prefix);
}

static void plain_show_values(struct plain *p, const struct node *n, bool full)
{
    const struct values *v = n->values;
    char scale[600];
    size_t used = (size_t)snprintf(scale, sizeof scale, "The scale:");

    plain_put(p, n->title, LINE_TITLE, NULL);
    for (size_t i = 0; full && i < n->n_paras; i++) {
        plain_blank(p);
        plain_put(p, n->paras[i], LINE_TEXT, NULL);
    }
    for (size_t i = 0; i < v->n_scale && used < sizeof scale; i++)
        used += (size_t)snprintf(scale + used, sizeof scale - used, "%s %zu %s", i ? "," : "",
                                 i + 1, v->scale[i]);
    plain_blank(p);
    plain_put(p, scale, LINE_TEXT, NULL);
    plain_blank(p);
    for (size_t i = 0; i < v->n_stmts; i++)
        plain_put_statement(p, v, i);
    plain_blank(p);
    plain_say(p, "Type a statement's number and a rating, such as 1 4 (0 clears it). "
                 "r shows your priorities next to the options; a opens your sheet.");
}

/* "1 4" or "rate 1 4": rates statement 1 as 4. */
static void plain_rate(struct plain *p, const char *arg)
{
    const struct values *v = session_top(&p->s)->node->values;
    char *end, *rating;
    long k = strtol(arg, &rating, 10), r = strtol(rating, &end, 10);
    bool rated = end != rating; /* "1" alone must not clear statement 1 */

    while (*end == ' ' || *end == '\t')
        end++;
    if (!isdigit((unsigned char)*arg) || !rated || *end || k < 1 || (size_t)k > v->n_stmts) {
        plain_say(p, "Type a statement from 1 to %zu and a rating from 0 to %zu, such as 1 %zu.",
                  v->n_stmts, v->n_scale, v->n_scale);
        return;
    }
    if (!sheet_rate(&p->s.sheet, (size_t)k - 1, (int)r)) {
        plain_say(p, "Choose a rating from 0 to %zu.", v->n_scale);
        return;
    }
    plain_put_statement(p, v, (size_t)k - 1);
}

static void plain_show_sheet(struct plain *p)
{
    const struct sheet *s = &p->s.sheet;
    size_t rows = sheet_rows(s);
    char prefix[24], *row;

    plain_put(p, p->s.sheet_node.title, LINE_TITLE, NULL);
    plain_say(p, "It stays in memory only, until you save it.");
    for (size_t r = 0; r <= rows; r++) {
        size_t i = 0;
        enum sheet_row_kind k = r < rows ? sheet_row(s, r, &i) : SHEET_ROW_BRING;
        bool last = r == rows;
        /* Headings, with a note for a list that is empty. */
        if (r == 0) {
            plain_blank(p);
            plain_put(p, "My questions", LINE_HEADING, NULL);
            if (!s->questions.n)
                plain_say(p, "None yet: ask and your question adds your own; + on a page adds its "
                             "questions.");
        }
        if ((k != SHEET_ROW_QUESTION || last) && r == s->questions.n) {
            plain_blank(p);
            plain_put(p, "My timeline", LINE_HEADING, NULL);
            if (!s->timeline.n)
                plain_say(p, "None yet: add and the entry adds one.");
        }
        if ((k == SHEET_ROW_BRING || last) && r == s->questions.n + s->timeline.n) {
            plain_blank(p);
            plain_put(p, "What to bring", LINE_HEADING, NULL);
        }
        if (last)
            break;
        plain_number_prefix(prefix, sizeof prefix, r, rows);
        if (k == SHEET_ROW_BRING ? asprintf(&row, "[%c] %s", s->brought[i] ? 'x' : ' ',
                                            s->bring[i]) < 0
                                 : !(row = strdup(k == SHEET_ROW_QUESTION ? s->questions.v[i]
                                                                          : s->timeline.v[i]))) {
            p->failed = true;
            return;
        }
        plain_put(p, row, LINE_TEXT, prefix);
        free(row);
    }
    plain_blank(p);
    plain_say(p, "Commands here: add and an entry (add 2021: second operation); edit, a "
                 "number and the new text; delete and a number; up or down and a number; a "
                 "number ticks what to bring; r shows the whole sheet; s and a file name "
                 "saves it%s.", p->s.print ? "; print prints it" : "");
}

/* The row number at the start of arg (1-based), or 0 with a message. */
static size_t plain_row(struct plain *p, const char *arg, const char **rest, bool listed)
{
    size_t rows = sheet_rows(&p->s.sheet), i;
    char *end;
    long k = strtol(arg, &end, 10);

    *rest = end + strspn(end, " \t");
    if (!isdigit((unsigned char)*arg) || k < 1 || (size_t)k > rows ||
        (listed && !sheet_row_list(&p->s.sheet, (size_t)k - 1, &i))) {
        plain_say(p, "Choose a %s by its number on the sheet.",
                  listed ? "question or timeline entry" : "row");
        return 0;
    }
    return (size_t)k;
}

static void plain_said_list(struct plain *p, enum sheet_status st, const char *done)
{
    const char *said = sheet_status_text(st, done);

    if (said)
        plain_say(p, "%s", said);
    else
        p->failed = true;
}

/* add, edit, delete, up, down, or a number (what to bring). */
static void plain_sheet_do(struct plain *p, enum action act, const char *arg)
{
    struct sheet *s = &p->s.sheet;
    const char *rest;
    size_t r, i;
    struct sheet_list *l;

    if (act == ACT_ADD) {
        plain_said_list(p, sheet_list_add(&s->timeline, arg), "Added to your timeline.");
        return;
    }
    if (act == ACT_TOGGLE) {
        if (!(r = plain_row(p, arg, &rest, false)))
            return;
        if (*rest || sheet_row(s, r - 1, &i) != SHEET_ROW_BRING) {
            plain_say(p, "A number alone ticks what to bring. For questions and the timeline, "
                         "use edit, delete, up or down.");
            return;
        }
        sheet_toggle_bring(s, i);
        plain_say(p, "[%c] %s", s->brought[i] ? 'x' : ' ', s->bring[i]);
        return;
    }
    if (!(r = plain_row(p, arg, &rest, true)))
        return;
    l = sheet_row_list(s, r - 1, &i);
    if (act == ACT_EDIT)
        plain_said_list(p, sheet_list_set(l, i, rest), "Changed.");
    else if (*rest)
        plain_not_understood(p, arg);
    else if (act == ACT_DELETE && sheet_list_remove(l, i))
        plain_say(p, "Removed.");
    else if (act != ACT_DELETE && sheet_list_move(l, i, act == ACT_MOVE_UP ? -1 : 1))
        plain_say(p, "Moved.");
    else if (act != ACT_DELETE)
        plain_say(p, "It cannot move further.");
}

/* r on the values page or the sheet: the priorities, or the whole sheet. */
static void plain_aid_result(struct plain *p)
{
    bool sheet = session_view(&p->s) == SCR_SHEET;
    char *text = sheet ? sheet_text(p->s.g, &p->s.sheet, p->s.checks, p->s.n_checks)
                       : sheet_values_text(&p->s.sheet);

    if (!text) {
        p->failed = true;
        return;
    }
    if (!sheet)
        plain_put(p, "Your priorities", LINE_TITLE, NULL);
    plain_put_text(p, text);
    free(text);
}

/* The decision aid's commands; false if act is not one of them. */
static bool plain_aid_do(struct plain *p, enum action act, const char *arg)
{
    enum view v = session_view(&p->s);
    char msg[300];

    switch (act) {
    case ACT_SHEET: plain_went(p, session_sheet(&p->s), act); return true;
    case ACT_ADD_QUESTIONS:
        if (v == SCR_SHEET) { /* a question of the reader's own */
            if (*arg)
                plain_said_list(p, sheet_list_add(&p->s.sheet.questions, arg),
                                "Added to My questions.");
            else
                plain_say(p, "Type ask and your question, such as: ask Will I need a brace?");
            return true;
        }
        session_message(&p->s, session_add_questions(&p->s), act, FACE_PLAIN, msg, sizeof msg);
        plain_say(p, "%s", msg);
        return true;
    case ACT_VIEW: case ACT_ASPECT: plain_compare_one(p, arg, act == ACT_ASPECT); return true;
    case ACT_RATE: plain_rate(p, arg); return true;
    case ACT_RESULT:
        if (v != SCR_VALUES && v != SCR_SHEET)
            return false;
        plain_aid_result(p);
        return true;
    case ACT_ADD: case ACT_EDIT: case ACT_DELETE: case ACT_MOVE_UP: case ACT_MOVE_DOWN:
    case ACT_TOGGLE:
        plain_sheet_do(p, act, arg);
        return true;
    case ACT_PRINT: plain_said(p, session_print(&p->s), act); return true;
    default: return false;
    }
}

/* ---- the command words (keys.h) */

static void plain_search(struct plain *p, const char *query)
{
    enum session_status st = session_search(&p->s, query);

    if (st == SESSION_EMPTY_QUERY)
        plain_say(p, "Type / and a word, for example /scar.");
    else
        plain_went(p, st, ACT_SEARCH);
}

/* Carries out a command of the table, allowed on this screen. */
static void plain_do(struct plain *p, enum action act, const char *arg)
{
    if (plain_aid_do(p, act, arg))
        return;
    switch (act) {
    case ACT_QUIT: plain_quit(p); break;
    case ACT_BACK: plain_back(p); break;
    case ACT_HOME: session_home(&p->s); plain_show(p, true); break;
    case ACT_HELP: plain_went(p, session_help(&p->s), act); break;
    case ACT_URGENT: plain_went(p, session_warning_signs(&p->s), act); break;
    case ACT_NEXT_PAGE: plain_went(p, session_sibling(&p->s, 1), act); break;
    case ACT_PREV_PAGE: plain_went(p, session_sibling(&p->s, -1), act); break;
    case ACT_SEARCH: plain_search(p, arg); break;
    case ACT_NEXT_MATCH: case ACT_PREV_MATCH: plain_match(p, act); break;
    case ACT_CONTENTS: plain_went(p, session_contents(&p->s), act); break;
    case ACT_RECENT: plain_went(p, session_recent(&p->s), act); break;
    case ACT_WORDS: plain_went(p, session_words(&p->s), act); break;
    case ACT_WHY: plain_why(p, arg); break;
    case ACT_RESULT: plain_result(p); break;
    case ACT_CLEAR: plain_clear(p); break;
    case ACT_SAVE: plain_save(p, arg); break;
    case ACT_PAGE_UP: plain_page_back(p); break;
    default: plain_said(p, SESSION_NOT_HERE, act); break;
    }
}

/* The command word a line starts with: letters ("back", "w3"), or one
 * other character ("/scar", "<"). *arg is set to the rest. */
static const struct binding *plain_word(const char *line, const char **arg, char *word,
                                        size_t size)
{
    size_t len = isalpha((unsigned char)line[0]) ? strspn(line, "abcdefghijklmnopqrstuvwxyz"
                                                                 "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                                                  : 1;

    *arg = line + len + strspn(line + len, " \t");
    if (len >= size)
        return NULL;
    memcpy(word, line, len);
    word[len] = '\0';
    return keys_word(word);
}

/* One line of input: answers it and leaves the next screen printed. */
static void plain_command(struct plain *p, const char *line)
{
    const struct binding *b;
    const char *arg;
    char word[16];

    plain_blank(p); /* sets the answer apart from the prompt's line */
    if (!*line) {
        if (plain_page_more(p)) { /* Enter at "More": the next screenful */
            p->paging = true;
            plain_page_from(p, plain_screenful_end(p, p->paged_at), p->out);
        } else {
            plain_show(p, true);
        }
        return;
    }
    if (isdigit((unsigned char)line[0])) {
        if (session_view(&p->s) == SCR_CHECK)
            plain_toggle(p, line);
        else if (session_view(&p->s) == SCR_VALUES)
            plain_rate(p, line);
        else if (session_view(&p->s) == SCR_SHEET)
            plain_sheet_do(p, ACT_TOGGLE, line);
        else if (session_view(&p->s) == SCR_COMPARE && plain_number(line) >= 0)
            plain_compare_one(p, line, false); /* the number of the Options list shown */
        else if (plain_number(line) >= 0)
            plain_pick(p, plain_number(line));
        else
            plain_not_understood(p, line);
        return;
    }
    b = plain_word(line, &arg, word, sizeof word);
    if (!b && !line[1] && keys_screen_only((unsigned char)line[0]))
        plain_say(p, "%s is a key of the full-screen guide. Type ? for the commands here.", line);
    else if (!b || (*arg && !b->arg))
        plain_not_understood(p, line); /* "q foo": probably not what was meant */
    else if (!(b->screens & (unsigned)session_view(&p->s)))
        plain_said(p, SESSION_NOT_HERE, b->action);
    else if (!keys_allowed(b->action, p->s.kiosk))
        plain_said(p, SESSION_REFUSED, b->action);
    else
        plain_do(p, b->action, arg);
}

static void plain_start(struct plain *p)
{
    plain_put(p, p->s.g->title, LINE_TITLE, NULL);
    if (p->s.g->disclaimer)
        plain_put(p, p->s.g->disclaimer, LINE_TEXT, NULL);
    plain_blank(p);
    plain_show(p, true);
    plain_blank(p);
    plain_say(p, "Type a number and press Enter to open it. Other commands: < back, "
                 "m Home, t contents, ! warning signs, /word search, a appointment sheet, "
                 "? help, q quit.");
    if (p->notice && p->notice[0])
        plain_say(p, "%s", p->notice);
}

/* ---- setup */

static bool plain_init(struct plain *p, struct guide *g, const struct plain_options *o,
                       FILE *in, FILE *out)
{
    memset(p, 0, sizeof *p);
    p->width = o->width <= 0 ? DEFAULT_WIDTH : o->width < MIN_WIDTH ? MIN_WIDTH : o->width;
    p->rows = o->rows;
    p->idle = o->idle;
    p->ascii = o->ascii;
    p->notice = o->notice;
    p->wipe = o->wipe;
    p->in = in;
    p->out = p->tty_out = out;
    p->fd = o->idle > 0 ? fileno(in) : -1;
    if (!session_init(&p->s, g, FACE_PLAIN, o->kiosk, o->idle))
        return false;
    p->s.print = o->print;
    p->s.ascii = o->ascii; /* a saved summary in what the terminal shows */
    return true;
}

static void plain_free(struct plain *p)
{
    session_free(&p->s);
    free(p->paged);
    free(p->ibuf);
    free(p->line);
}

/* Takes out the escape sequences a terminal sends for arrows, Home, End,
 * PgUp and PgDn (ESC [ ... final, ESC O x) and any lone ESC: in a line
 * they are not commands ("2" then PgDn is "2"). True if any was there. */
static bool plain_drop_keys(char *s)
{
    char *out = s;
    bool dropped = false;

    for (char *c = s; *c;) {
        if (*c != '\033') {
            *out++ = *c++;
            continue;
        }
        dropped = true;
        c++;
        if (*c == '[') {
            for (c++; *c >= 0x20 && *c <= 0x3F; c++)
                ;
            if (*c >= 0x40 && *c <= 0x7E)
                c++;
        } else if (*c == 'O' && c[1]) {
            c += 2;
        }
    }
    *out = '\0';
    if (dropped)
        plain_trim(s);
    return dropped;
}

int plain_run(struct guide *g, const struct plain_options *o, FILE *in, FILE *out)
{
    struct plain p;
    enum read_result r;
    int rc = 0;

    if (plain_init(&p, g, o, in, out)) {
        plain_begin(&p);
        plain_start(&p);
        p.paging = true; /* the start is never held at "More": its last line matters */
        plain_send(&p);
        while (!p.quit && !p.failed && (r = plain_read(&p, "> ")) != READ_END) {
            if (r == READ_IDLE) {
                plain_idle(&p);
                continue;
            }
            if (r == READ_LONG) {
                plain_begin(&p);
                plain_blank(&p);
                plain_say(&p, "That line was longer than %d characters, so the guide ignored "
                              "it. Type a shorter command.", PLAIN_MAX_LINE);
                plain_send(&p);
                continue;
            }
            plain_begin(&p);
            if (plain_drop_keys(p.line) && !p.line[0]) {
                plain_blank(&p);
                plain_say(&p, "Arrow and page keys do nothing here: type a command and press "
                              "Enter. Type ? for the commands.");
            } else {
                plain_command(&p, p.line);
            }
            plain_send(&p);
            if (p.idle_seen) {
                p.idle_seen = false;
                plain_idle(&p);
            }
        }
    } else {
        p.failed = true;
    }
    fflush(out);
    if (p.failed) {
        fprintf(stderr, "fbss-guide: out of memory\n");
        rc = 2;
    } else if (ferror(out)) {
        if (errno != EPIPE) /* a reader that stopped early is not an error to report */
            fprintf(stderr, "fbss-guide: cannot write the output: %s\n", strerror(errno));
        rc = 2;
    }
    plain_free(&p);
    return rc;
}
