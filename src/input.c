/* input.c: bytes from the terminal to keys (see input.h).
 *
 * An escape sequence is ESC, then '[' (CSI) with parameter bytes 0x20-0x3F
 * and one final byte 0x40-0x7E, or 'O' (SS3) and one final byte; the Linux
 * console adds ESC [ [ A..E for F1..F5. ESC then any other key is the Esc
 * key and that key (typed quickly, or Alt and the key), as in less. */
#include "input.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#define ESC 0x1b

enum step { STEP_MORE, STEP_DONE, STEP_BROKEN };

void input_init(struct input *in, int delay_ms, const struct input_extra *extra, size_t n)
{
    memset(in, 0, sizeof *in);
    in->delay_ms = delay_ms > 0 ? delay_ms : INPUT_ESC_DELAY_MS;
    in->extra = extra;
    in->n_extra = extra ? n : 0;
}

int input_delay_from(const char *escdelay)
{
    char *end;
    long v;

    if (!escdelay || !*escdelay)
        return INPUT_ESC_DELAY_MS;
    v = strtol(escdelay, &end, 10);
    if (*end || v < 1)
        return INPUT_ESC_DELAY_MS;
    return v > INPUT_ESC_DELAY_MAX_MS ? INPUT_ESC_DELAY_MAX_MS : (int)v;
}

static void push(struct input *in, int key)
{
    if (in->n_queued < INPUT_QUEUE)
        in->queue[(in->head + in->n_queued++) % INPUT_QUEUE] = key;
}

bool input_key(struct input *in, int *key)
{
    if (in->n_queued == 0)
        return false;
    *key = in->queue[in->head];
    in->head = (in->head + 1) % INPUT_QUEUE;
    in->n_queued--;
    return true;
}

static void forget(struct input *in)
{
    in->len = 0;
    in->late = in->held = false;
}

static void append(struct input *in, unsigned char c, long now_ms)
{
    if (in->len < INPUT_SEQ_MAX)
        in->seq[in->len] = c;
    in->len++; /* past the buffer the bytes are only counted: never a known key */
    in->last_ms = now_ms;
}

static bool overlong(const struct input *in)
{
    return in->len > INPUT_SEQ_MAX;
}

/* The terminfo sequence equal to the one read (or, with prefix, that
 * starts with it and is longer), if any. */
static const struct input_extra *extra_match(const struct input *in, bool prefix)
{
    for (size_t i = 0; i < in->n_extra && !overlong(in); i++) {
        size_t n = strlen(in->extra[i].seq);
        if (prefix ? n > in->len : n == in->len)
            if (memcmp(in->extra[i].seq, in->seq, in->len) == 0)
                return &in->extra[i];
    }
    return NULL;
}

/* Whether the sequence read so far, then c, is a terminfo sequence: 0 no,
 * 1 exactly one, 2 the start of a longer one. */
static int extra_after(const struct input *in, unsigned char c)
{
    int found = 0;

    for (size_t i = 0; i < in->n_extra && in->len < INPUT_SEQ_MAX; i++) {
        const char *x = in->extra[i].seq;
        size_t n = strlen(x);
        if (n <= in->len || memcmp(x, in->seq, in->len) != 0 || (unsigned char)x[in->len] != c)
            continue;
        if (n > in->len + 1)
            return 2;
        found = 1;
    }
    return found;
}

/* The first number of a CSI's parameters; has is false when there is none.
 * False when the parameters hold anything but digits and ';' (private
 * sequences such as mouse reports, or intermediate bytes). */
static bool csi_number(const struct input *in, long *n, bool *has)
{
    size_t i = 2;

    *n = 0;
    *has = false;
    for (; i + 1 < in->len && in->seq[i] >= '0' && in->seq[i] <= '9'; i++) {
        *has = true;
        if (*n < 1000)
            *n = *n * 10 + (in->seq[i] - '0');
    }
    for (; i + 1 < in->len; i++)
        if (!((in->seq[i] >= '0' && in->seq[i] <= '9') || in->seq[i] == ';'))
            return false;
    return true;
}

static int csi_tilde(long n)
{
    switch (n) {
    case 1: case 7: return KEY_HOME; /* 7, 8: rxvt */
    case 4: case 8: return KEY_END;
    case 2: return KEY_IC;
    case 3: return KEY_DC;
    case 5: return KEY_PPAGE;
    case 6: return KEY_NPAGE;
    case 11: case 12: case 13: case 14: case 15: return KEY_F((int)n - 10);
    case 17: case 18: case 19: case 20: case 21: return KEY_F((int)n - 11);
    case 23: case 24: return KEY_F((int)n - 12);
    default: return 0;
    }
}

/* Arrows, Home and End, F1-F4, by the final byte shared by CSI and SS3. */
static int final_key(unsigned char f)
{
    switch (f) {
    case 'A': return KEY_UP;
    case 'B': return KEY_DOWN;
    case 'C': return KEY_RIGHT;
    case 'D': return KEY_LEFT;
    case 'H': return KEY_HOME;
    case 'F': return KEY_END;
    case 'P': case 'Q': case 'R': case 'S': return KEY_F(f - 'P' + 1);
    default: return 0;
    }
}

static int csi_key(const struct input *in)
{
    unsigned char f = in->seq[in->len - 1];
    long n;
    bool has;

    if (in->len == 4 && in->seq[2] == '[') /* Linux console F1..F5 */
        return f >= 'A' && f <= 'E' ? KEY_F(f - 'A' + 1) : 0;
    if (!csi_number(in, &n, &has))
        return 0;
    if (f == '~')
        return has ? csi_tilde(n) : 0;
    if (has && n != 1) /* ESC [ 1 ; 5 C is Ctrl-Right: still Right */
        return 0;
    return f == 'Z' ? KEY_BTAB : final_key(f);
}

/* SS3: the arrows and keys above, and the numeric keypad in application
 * mode as the characters printed on it. */
static int ss3_key(const struct input *in)
{
    static const char pad[] = "*+,-./0123456789";
    unsigned char f = in->seq[in->len - 1];

    if (f == 'M')
        return '\r';
    if (f == 'X')
        return '=';
    if (f >= 'j' && f <= 'y')
        return pad[f - 'j'];
    return final_key(f);
}

/* The key a complete sequence stands for, or 0 to swallow it. */
static int decode(const struct input *in)
{
    const struct input_extra *x;
    int key = 0;

    if (overlong(in))
        return 0;
    if (in->len >= 3 && in->seq[1] == '[')
        key = csi_key(in);
    else if (in->len >= 3 && in->seq[1] == 'O')
        key = ss3_key(in);
    if (!key && (x = extra_match(in, false)) != NULL)
        key = x->key;
    return key;
}

/* Where byte c leaves the sequence read so far. */
static enum step step(const struct input *in, unsigned char c)
{
    unsigned char kind = in->len > 1 ? in->seq[1] : c;
    int x;

    if (in->len == 1 && (c == '[' || c == 'O'))
        return STEP_MORE;
    if (kind != '[' && kind != 'O') {
        /* Esc and another key (typed quickly, or Alt and the key), unless
         * terminfo says it is a key (vt52's ESC A). */
        if (in->late)
            return STEP_BROKEN;
        x = extra_after(in, c);
        return x == 0 ? STEP_BROKEN : x == 1 ? STEP_DONE : STEP_MORE;
    }
    if (kind == '[' && in->len == 2 && c == '[')
        return STEP_MORE; /* the Linux console's ESC [ [ A */
    if (kind == '[' && in->len == 3 && in->seq[2] == '[')
        return c >= 0x40 && c < 0x7f ? STEP_DONE : STEP_BROKEN;
    if (kind == '[' && c >= 0x20 && c < 0x40)
        return STEP_MORE;
    if (kind == 'O' && c >= 0x30 && c < 0x40)
        return STEP_MORE; /* modifiers: ESC O 5 P */
    return c >= 0x40 && c < 0x7f ? STEP_DONE : STEP_BROKEN;
}

/* A byte outside any sequence. */
static void begin(struct input *in, unsigned char c, long now_ms)
{
    if (c == ESC) {
        append(in, c, now_ms);
        return;
    }
    /* Ctrl-H and DEL are both Backspace, whichever the terminal sends. */
    push(in, c == 0x08 || c == 0x7f ? KEY_BACKSPACE : c);
}

/* The sequence so far cannot go on: what it gave, then c afresh. */
static void broken(struct input *in, unsigned char c, long now_ms)
{
    if (!in->late && in->len == 1)
        push(in, ESC); /* Esc, then another key quickly */
    if (in->held && in->len == 2)
        push(in, in->seq[1]); /* the [ or O key after all */
    forget(in);
    begin(in, c, now_ms);
}

void input_tick(struct input *in, long now_ms)
{
    long waited = now_ms - in->last_ms;

    if (in->len == 0)
        return;
    if (in->late) {
        if (waited > INPUT_LATE_MS)
            forget(in);
        return;
    }
    if (waited < in->delay_ms)
        return;
    if (in->held && in->len == 2) {
        push(in, in->seq[1]); /* nothing followed: it was the [ or O key */
        forget(in);
        return;
    }
    if (in->len == 1)
        push(in, ESC); /* a lone Esc: the Esc key */
    /* Anything longer is the start of a key whose rest is late: drop it,
     * and swallow the rest if it comes. */
    in->late = true;
}

long input_wait_ms(const struct input *in, long now_ms)
{
    long left;

    if (in->len == 0 || in->late)
        return -1;
    left = in->delay_ms - (now_ms - in->last_ms);
    return left > 0 ? left : 0;
}

void input_feed(struct input *in, unsigned char c, long now_ms)
{
    enum step s;

    input_tick(in, now_ms);
    if (in->len == 0) {
        begin(in, c, now_ms);
        return;
    }
    s = step(in, c);
    if (s == STEP_BROKEN) {
        broken(in, c, now_ms);
        return;
    }
    append(in, c, now_ms);
    if (in->late && in->len == 2) {
        /* The Esc key was given, then [ or O came: the rest of an arrow
         * split across packets, or the [ key. Wait once more to see. */
        in->late = false;
        in->held = true;
        return;
    }
    if (s == STEP_DONE && !extra_match(in, true)) {
        int key = in->late || in->held ? 0 : decode(in);
        if (key)
            push(in, key);
        forget(in);
    }
}
