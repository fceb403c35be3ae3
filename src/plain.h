/* plain.h: the guide without curses, the second face of the reader's
 * session (session.h): numbered text menus read line by line from a
 * stream and answered as wrapped text. For screen readers, braille
 * displays, dumb terminals and scripts (printf '1\n2\nq\n' | fbss-guide
 * --plain). Pure stdio, so cmocka drives it with fmemopen/open_memstream. */
#ifndef FBSS_PLAIN_H
#define FBSS_PLAIN_H

#include <stdbool.h>
#include <stdio.h>

#include "content.h"
#include "printout.h"

struct plain_options {
    int width;  /* columns per output line; 0 or less: 80; at least 20 */
    bool ascii; /* send only ASCII (no byte >= 0x80) */
    bool kiosk; /* never write a file: saving is refused */
    int rows;   /* the terminal's rows: longer answers stop at "More"; 0: never */
    int idle;   /* seconds without a line after which the reader is forgotten;
                   0: never. Needs a file descriptor behind in (not fmemopen). */
    const char *notice; /* a line shown just above the first prompt (why plain
                           mode started by itself); NULL or "": none */
    const struct print_command *print; /* --print-command, or NULL */
    /* Clears the terminal and its scrollback when the idle time forgets
     * the reader (--kiosk on a terminal); NULL: lines only push it up. */
    void (*wipe)(void);
};

/* Runs the guide as numbered text menus read line by line from in,
 * written to out. Returns the exit status (0 at q or end of input, 2 when
 * out of memory or the output cannot be written). */
int plain_run(struct guide *g, const struct plain_options *o, FILE *in, FILE *out);

#endif
