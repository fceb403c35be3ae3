/* printout.h: sends a text to the print command the administrator gave
 * (--print-command 'lpr -P clinic'). The command is split into words at
 * blanks and run directly (fork and execvp), never through a shell; the
 * text goes to its standard input. Readers cannot type a command: only
 * the one set at start-up is ever run. No curses here. */
#ifndef FBSS_PRINTOUT_H
#define FBSS_PRINTOUT_H

#include <stdbool.h>
#include <stddef.h>

#define PRINT_MAX_WORDS 32
#define PRINT_TIMEOUT_MS 30000 /* a command that takes longer is stopped */

struct print_command {
    char *words[PRINT_MAX_WORDS + 1]; /* NULL-terminated, for execvp */
    size_t n;
    char *buf;                        /* owns the words */
};

/* Splits cmd at spaces and tabs. False (with why) when it is empty, has
 * too many words, or has a character a shell would treat specially that
 * the administrator may have meant for one (quotes, $, backslash, `,
 * ;, |, &, <, >): better refused at start-up than run wrongly. */
bool print_parse(const char *cmd, struct print_command *pc, char *why, size_t why_size);
void print_free(struct print_command *pc);

/* Runs the command with text on its standard input; its output goes to
 * /dev/null (the screen stays intact). True when it exited with status 0;
 * otherwise why says what happened. */
bool print_run(const struct print_command *pc, const char *text, char *why, size_t why_size);

#endif
