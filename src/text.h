/* text.h: UTF-8 decoding, display width, cleaning and word wrapping.
 * No curses here: everything is testable on its own. */
#ifndef FBSS_TEXT_H
#define FBSS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TEXT_REPLACEMENT 0xFFFDu

/* Decodes one UTF-8 sequence at s (len bytes available). Stores the code
 * point in *cp (TEXT_REPLACEMENT when invalid) and returns the bytes used,
 * always at least 1 when len > 0. */
size_t text_decode(const char *s, size_t len, uint32_t *cp);

/* True if s[0..len) is valid UTF-8 (no overlongs, surrogates or values past
 * U+10FFFF). On failure *bad is the offset of the first bad byte. */
bool text_valid_utf8(const char *s, size_t len, size_t *bad);

/* Columns a code point takes on screen: 0 for combining marks, 2 for wide
 * characters, 1 otherwise (unprintable ones are replaced before display). */
int text_cp_width(uint32_t cp);

/* Columns the UTF-8 string s[0..len) takes. */
int text_width(const char *s, size_t len);

/* Bytes of the longest prefix of s[0..len) that fits in width columns
 * (never cutting a character). */
size_t text_fit(const char *s, size_t len, int width);

/* True for the bidirectional embeddings, overrides and isolates
 * (U+202A..U+202E, U+2066..U+2069) and U+FEFF: invisible characters that
 * could reorder or hide what the reader sees. */
bool text_is_bidi_control(uint32_t cp);

/* Returns a newly allocated copy of s that is safe to send to a terminal:
 * control characters (C0, DEL, C1) and the invisible characters of
 * text_is_bidi_control become a visible replacement, tabs a
 * space. With ascii set, typographic punctuation is transliterated
 * (’ to ', — to -, “ to ", • to *) and anything else outside ASCII becomes
 * '?'. Returns NULL only when out of memory. */
char *text_clean(const char *s, bool ascii);

/* An ASCII stand-in for a code point above 0x7F (’ to ', é to e, æ to ae),
 * or NULL when there is none. */
const char *text_ascii_for(uint32_t cp);

/* One wrapped line: a byte range of the wrapped string. */
struct text_line {
    size_t off;
    size_t len;
};

struct text_lines {
    struct text_line *v;
    size_t n, cap;
};

/* Word-wraps s to lines of at most width columns and appends them to out.
 * Breaks at spaces (dropping the space at the break); a word wider than a
 * line is broken between characters. An empty string gives one empty line.
 * Returns false when out of memory. */
bool text_wrap(const char *s, int width, struct text_lines *out);

void text_lines_free(struct text_lines *l);

/* Overwrites the string s (may be NULL) before it is freed: on a shared
 * machine the next reader must not find the last one's searches, questions
 * or timeline in freed memory. */
void text_wipe(char *s);

#endif
