/* input.h: turns the bytes a terminal sends into keys, the same whatever
 * TERM says. Terminals disagree about Home, End, PgUp, PgDn, the arrows and
 * F1 (vt100's description lists none of the sequences PuTTY sends for Home
 * and End), so the common sequences are known here, and any other complete
 * escape sequence is swallowed whole: its pieces never act as keys.
 *
 * Pure: no curses and no clock. Each byte comes with the time it arrived,
 * so a test can feed bytes one by one, with or without pauses. */
#ifndef FBSS_INPUT_H
#define FBSS_INPUT_H

#include <stdbool.h>
#include <stddef.h>

/* How long a sequence may pause between bytes before a lone Esc is taken
 * as the Esc key, unless ESCDELAY says otherwise. 100 ms is under what
 * people notice as a delay, and covers an arrow split across two packets
 * by up to that long (tests/e2e/test_keys.sh measures both). */
#define INPUT_ESC_DELAY_MS 100

/* After a sequence has timed out, its rest may still come this late over a
 * slow link; bytes that continue it are swallowed rather than acted on. */
#define INPUT_LATE_MS 1000

#define INPUT_SEQ_MAX 32
#define INPUT_QUEUE 8

/* A sequence from the terminal's own description (terminfo), used when it
 * is not one of the common ones. */
struct input_extra {
    const char *seq;
    int key;
};

struct input {
    unsigned char seq[INPUT_SEQ_MAX]; /* the escape sequence being read */
    size_t len;                       /* bytes of it (more are counted, not kept) */
    bool late;                        /* it timed out already: only swallow the rest */
    bool held;                        /* Esc was given, then [ or O came: a key or a rest? */
    long last_ms;                     /* when its last byte came */
    int delay_ms;
    const struct input_extra *extra;
    size_t n_extra;
    int queue[INPUT_QUEUE];           /* keys decoded, not yet taken */
    size_t head, n_queued;
};

/* Starts with nothing read. delay_ms: the escape delay (0 or less: the
 * default). extra: n sequences from terminfo (may be NULL), kept by
 * reference. */
void input_init(struct input *in, int delay_ms, const struct input_extra *extra, size_t n);

/* One byte from the terminal, which arrived at now_ms. */
void input_feed(struct input *in, unsigned char c, long now_ms);

/* No byte came; it is now_ms. Ends a sequence that has waited too long:
 * a lone Esc becomes the Esc key, the start of anything else is dropped. */
void input_tick(struct input *in, long now_ms);

/* Milliseconds to wait for the next byte before calling input_tick, or -1
 * when nothing is waiting to be completed. */
long input_wait_ms(const struct input *in, long now_ms);

/* Takes the next decoded key (a byte, or a curses KEY_ code). */
bool input_key(struct input *in, int *key);

/* ESCDELAY may shorten the delay, or lengthen it up to this: Esc must stay
 * prompt even where the environment asks for ncurses' old 1000 ms. */
#define INPUT_ESC_DELAY_MAX_MS 250

/* The escape delay in ms from ESCDELAY's text: NULL, empty or not a
 * positive number gives the default; more than INPUT_ESC_DELAY_MAX_MS
 * gives that. */
int input_delay_from(const char *escdelay);

#endif
