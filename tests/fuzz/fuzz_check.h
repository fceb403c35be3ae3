/* fuzz_check.h: invariants shared by the fuzz targets. Each check calls
 * abort() (with a message on stderr) when broken, so libFuzzer records the
 * input as a crash. */
#ifndef FBSS_FUZZ_CHECK_H
#define FBSS_FUZZ_CHECK_H

#include <locale.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/text.h"

#define FUZZ_REQUIRE(cond, ...)                                                  \
    do {                                                                         \
        if (!(cond)) {                                                           \
            fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n  ", __FILE__,  \
                    __LINE__, #cond);                                            \
            fprintf(stderr, __VA_ARGS__);                                        \
            fputc('\n', stderr);                                                 \
            abort();                                                             \
        }                                                                        \
    } while (0)

/* An independent, strict UTF-8 check (RFC 3629: no overlongs, surrogates
 * or values past U+10FFFF). Returns the length of the longest valid
 * prefix, so it equals len exactly when s is valid. */
static inline size_t ref_utf8_prefix(const char *str, size_t len)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;

    while (i < len) {
        unsigned char c = s[i];
        size_t n;
        unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the 2nd byte */

        if (c < 0x80)
            n = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            n = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            n = 3;
            if (c == 0xE0)
                lo = 0xA0;
            if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;
        } else
            return i;
        if (i + n > len)
            return i;
        for (size_t k = 1; k < n; k++) {
            unsigned char b = s[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                return i;
        }
        i += n;
    }
    return len;
}

/* Text that may reach the terminal: valid UTF-8, no C0 control, no DEL,
 * no C1 control (U+0080..U+009F, encoded C2 80..C2 9F); with ascii, no byte
 * outside printable ASCII at all. */
static inline void require_terminal_safe(const char *s, size_t len, bool ascii,
                                         const char *what)
{
    const unsigned char *u = (const unsigned char *)s;

    FUZZ_REQUIRE(ref_utf8_prefix(s, len) == len, "%s: invalid UTF-8 at byte %zu", what,
                 ref_utf8_prefix(s, len));
    for (size_t i = 0; i < len; i++) {
        FUZZ_REQUIRE(u[i] >= 0x20 && u[i] != 0x7F, "%s: control byte 0x%02x at %zu", what,
                     u[i], i);
        FUZZ_REQUIRE(!(u[i] == 0xC2 && i + 1 < len && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F),
                     "%s: C1 control U+%04X at %zu", what, u[i + 1], i);
        FUZZ_REQUIRE(!ascii || u[i] < 0x80, "%s: non-ASCII byte 0x%02x at %zu in ASCII mode",
                     what, u[i], i);
    }
}

/* True if off is where a character starts when s[0..len) is decoded from
 * its first byte with text_decode (or off == len). */
static inline bool on_boundary(const char *s, size_t len, size_t off)
{
    size_t i = 0;

    while (i < off && i < len) {
        uint32_t cp;
        i += text_decode(s + i, len - i, &cp);
    }
    return i == off;
}

/* Bytes of the one character at s (len > 0). */
static inline size_t char_len(const char *s, size_t len)
{
    uint32_t cp;
    return text_decode(s, len, &cp);
}

/* The text functions use wcwidth(), which follows the locale: the guide
 * runs in a UTF-8 locale (or in --ascii mode). Both locales are made once;
 * a target switches between them per input with uselocale(). */
static locale_t fuzz_utf8_locale, fuzz_c_locale;

static inline void fuzz_locales_init(void)
{
    fuzz_utf8_locale = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
    fuzz_c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    if (!fuzz_utf8_locale || !fuzz_c_locale) {
        fprintf(stderr, "fuzz: the C.UTF-8 locale is missing\n");
        exit(1);
    }
    uselocale(fuzz_utf8_locale);
}

#endif
