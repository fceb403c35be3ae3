/* lineedit.c: one line of typed text, edited as in a shell (see
 * lineedit.h). */
#include "lineedit.h"
#include "grow.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"

#define CTRL(c) ((c) & 0x1f)

bool lineedit_history_add(struct lineedit_history *h, const char *line)
{
    char *copy;

    if (!line[0] || (h->n > 0 && !strcmp(h->v[h->n - 1], line)))
        return true;
    if (h->n == LINEEDIT_HISTORY_MAX) {
        text_wipe(h->v[0]);
        free(h->v[0]);
        memmove(h->v, h->v + 1, (h->n - 1) * sizeof *h->v);
        h->n--;
    }
    copy = strdup(line);
    if (!copy || !grow((void **)&h->v, &h->cap, h->n, sizeof *h->v)) {
        free(copy);
        return false;
    }
    h->v[h->n++] = copy;
    return true;
}

void lineedit_history_clear(struct lineedit_history *h)
{
    for (size_t i = 0; i < h->n; i++) {
        text_wipe(h->v[i]);
        free(h->v[i]);
    }
    free(h->v);
    memset(h, 0, sizeof *h);
}

void lineedit_init(struct lineedit *e, char *buf, size_t cap, struct lineedit_history *hist)
{
    memset(e, 0, sizeof *e);
    e->buf = buf;
    e->cap = cap;
    e->hist = hist;
    e->at = hist ? hist->n : 0;
    if (cap)
        buf[0] = '\0';
}

void lineedit_done(struct lineedit *e, bool entered)
{
    if (entered && e->hist)
        lineedit_history_add(e->hist, e->buf); /* out of memory: not kept, no harm */
    text_wipe(e->draft);
    free(e->draft);
    e->draft = NULL;
}

/* ---- inserting */

static bool insert(struct lineedit *e, const unsigned char *s, size_t n)
{
    if (e->len + n + 1 > e->cap)
        return false;
    memmove(e->buf + e->cur + n, e->buf + e->cur, e->len - e->cur + 1);
    memcpy(e->buf + e->cur, s, n);
    e->len += n;
    e->cur += n;
    return true;
}

/* Bytes a UTF-8 character starting with c has (1 for a stray byte). */
/* The bytes of the character that c starts; 0 when c starts none (a lone
 * continuation byte, an overlong lead, or 0xF5..0xFF). */
static size_t utf8_need(unsigned char c)
{
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return 2;
    if (c >= 0xE0 && c <= 0xEF)
        return 3;
    return c >= 0xF0 && c <= 0xF4 ? 4 : 0;
}

bool lineedit_byte(struct lineedit *e, unsigned char c)
{
    if (c < 0x20 || c == 0x7F)
        return false;
    if (e->n_part > 0 && (c & 0xC0) == 0x80) {
        e->part[e->n_part++] = c;
        if (e->n_part < e->need)
            return true;
        bool ok = insert(e, e->part, e->n_part);
        e->n_part = 0;
        return ok;
    }
    e->n_part = 0; /* a character cut short is dropped */
    if (utf8_need(c) == 0)
        return false; /* no character starts with it: never put in the line */
    if (utf8_need(c) > 1) {
        e->part[0] = c;
        e->n_part = 1;
        e->need = utf8_need(c);
        return true;
    }
    return insert(e, &c, 1);
}

/* ---- moving and deleting */

static size_t char_before(const struct lineedit *e, size_t p)
{
    if (p == 0)
        return 0;
    do
        p--;
    while (p > 0 && ((unsigned char)e->buf[p] & 0xC0) == 0x80);
    return p;
}

static size_t char_after(const struct lineedit *e, size_t p)
{
    if (p >= e->len)
        return e->len;
    do
        p++;
    while (p < e->len && ((unsigned char)e->buf[p] & 0xC0) == 0x80);
    return p;
}

/* Deletes bytes [from, to) and leaves the cursor at from. */
static void cut(struct lineedit *e, size_t from, size_t to)
{
    memmove(e->buf + from, e->buf + to, e->len - to + 1);
    e->len -= to - from;
    e->cur = from;
}

static size_t word_start_before(const struct lineedit *e, size_t p)
{
    while (p > 0 && e->buf[p - 1] == ' ')
        p--;
    while (p > 0 && e->buf[p - 1] != ' ')
        p--;
    return p;
}

/* Shows text (a history line, or the draft) for editing, cursor at the end. */
static void show(struct lineedit *e, const char *text)
{
    size_t n = text ? strlen(text) : 0;

    if (n + 1 > e->cap) {
        n = e->cap - 1;
        while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
            n--; /* not inside a character */
    }
    memcpy(e->buf, text ? text : "", n);
    e->buf[n] = '\0';
    e->len = e->cur = n;
}

static void history_move(struct lineedit *e, int dir)
{
    if (!e->hist || (dir < 0 && e->at == 0) || (dir > 0 && e->at >= e->hist->n))
        return;
    if (e->at == e->hist->n) {
        text_wipe(e->draft);
        free(e->draft);
        e->draft = strdup(e->buf); /* out of memory: the draft is lost, no more */
    }
    e->at = dir < 0 ? e->at - 1 : e->at + 1;
    show(e, e->at == e->hist->n ? e->draft : e->hist->v[e->at]);
}

void lineedit_do(struct lineedit *e, enum lineedit_op op)
{
    e->n_part = 0;
    switch (op) {
    case LINEEDIT_LEFT: e->cur = char_before(e, e->cur); break;
    case LINEEDIT_RIGHT: e->cur = char_after(e, e->cur); break;
    case LINEEDIT_HOME: e->cur = 0; break;
    case LINEEDIT_END: e->cur = e->len; break;
    case LINEEDIT_BACKSPACE: cut(e, char_before(e, e->cur), e->cur); break;
    case LINEEDIT_DELETE: cut(e, e->cur, char_after(e, e->cur)); break;
    case LINEEDIT_KILL_START: cut(e, 0, e->cur); break;
    case LINEEDIT_KILL_END: cut(e, e->cur, e->len); break;
    case LINEEDIT_KILL_WORD: cut(e, word_start_before(e, e->cur), e->cur); break;
    case LINEEDIT_PREV: history_move(e, -1); break;
    case LINEEDIT_NEXT: history_move(e, 1); break;
    }
}

bool lineedit_ctrl(struct lineedit *e, int ch)
{
    static const struct {
        int ch;
        enum lineedit_op op;
    } keys[] = {
        { CTRL('a'), LINEEDIT_HOME },      { CTRL('e'), LINEEDIT_END },
        { CTRL('b'), LINEEDIT_LEFT },      { CTRL('f'), LINEEDIT_RIGHT },
        { CTRL('d'), LINEEDIT_DELETE },    { CTRL('h'), LINEEDIT_BACKSPACE },
        { 0x7F, LINEEDIT_BACKSPACE },      { CTRL('k'), LINEEDIT_KILL_END },
        { CTRL('u'), LINEEDIT_KILL_START }, { CTRL('w'), LINEEDIT_KILL_WORD },
        { CTRL('p'), LINEEDIT_PREV },      { CTRL('n'), LINEEDIT_NEXT },
    };

    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        if (keys[i].ch == ch) {
            lineedit_do(e, keys[i].op);
            return true;
        }
    }
    return false;
}

int lineedit_cursor_col(const struct lineedit *e)
{
    return text_width(e->buf, e->cur);
}
