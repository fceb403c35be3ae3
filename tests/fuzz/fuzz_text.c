/* fuzz_text.c: libFuzzer target for src/text.c and the line layout of
 * src/layout.c.
 *
 * Input: byte 0 picks the width (1..200), byte 1 the flags (bit 0: ASCII
 * mode, bit 1: the C locale instead of C.UTF-8, bits 2-3: the kind of a
 * layout block, bits 4-7: its indent), the rest is the text.
 *
 * Checks: text_decode always advances; text_valid_utf8 agrees with an
 * independent strict validator (and reports the same first bad byte);
 * text_width is the sum of the character widths; text_fit returns the
 * longest prefix that fits, on a character boundary; text_clean yields
 * valid UTF-8 with no C0/DEL/C1 control (nothing but printable ASCII in
 * ASCII mode), keeps clean ASCII as it is and is idempotent; text_wrap
 * covers every byte that is not a dropped space, in order, on character
 * boundaries, with every line within the width unless it is one character;
 * doc_add lays out the cleaned text the same way. */
#define _GNU_SOURCE
#include "fuzz_check.h"

#include "../../src/layout.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_locales_init();
    return 0;
}

static void check_decode_and_valid(const char *s, size_t len)
{
    size_t bad = (size_t)-1, ref = ref_utf8_prefix(s, len), i = 0;
    bool valid = text_valid_utf8(s, len, &bad);
    int width = 0;

    FUZZ_REQUIRE(valid == (ref == len), "text_valid_utf8 says %d, strict check stops at %zu of %zu",
                 valid, ref, len);
    if (!valid)
        FUZZ_REQUIRE(bad == ref, "text_valid_utf8 reports byte %zu, strict check %zu", bad, ref);
    while (i < len) {
        uint32_t cp;
        size_t n = text_decode(s + i, len - i, &cp);
        FUZZ_REQUIRE(n >= 1 && n <= 4 && n <= len - i, "text_decode used %zu of %zu bytes", n,
                     len - i);
        FUZZ_REQUIRE(cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF),
                     "text_decode gave U+%04X", (unsigned)cp);
        FUZZ_REQUIRE(n == 1 || cp != TEXT_REPLACEMENT || memcmp(s + i, "\xEF\xBF\xBD", 3) == 0,
                     "multi-byte replacement at %zu", i);
        int cw = text_cp_width(cp);
        FUZZ_REQUIRE(cw >= 0 && cw <= 2, "text_cp_width(U+%04X) = %d", (unsigned)cp, cw);
        width += cw;
        i += n;
    }
    FUZZ_REQUIRE(text_width(s, len) == width, "text_width %d, sum of widths %d",
                 text_width(s, len), width);
}

static void check_fit(const char *s, size_t len, int width)
{
    size_t fit = text_fit(s, len, width);

    FUZZ_REQUIRE(fit <= len, "text_fit %zu > len %zu", fit, len);
    FUZZ_REQUIRE(on_boundary(s, len, fit), "text_fit cut a character at %zu", fit);
    FUZZ_REQUIRE(text_width(s, fit) <= (width < 0 ? 0 : width), "text_fit prefix is %d wide > %d",
                 text_width(s, fit), width);
    if (fit < len)
        FUZZ_REQUIRE(text_width(s, fit + char_len(s + fit, len - fit)) > width,
                     "text_fit stopped at %zu, but one more character fits in %d", fit, width);
}

static void check_wrap(const char *s, int width)
{
    struct text_lines tl = { 0 };
    size_t len = strlen(s), pos = 0;

    FUZZ_REQUIRE(text_wrap(s, width, &tl), "text_wrap failed (out of memory?)");
    FUZZ_REQUIRE(tl.n >= 1 && tl.n <= len + 1, "text_wrap gave %zu lines for %zu bytes", tl.n,
                 len);
    for (size_t i = 0; i < tl.n; i++) {
        size_t off = tl.v[i].off, n = tl.v[i].len;
        FUZZ_REQUIRE(off >= pos && off + n <= len, "line %zu [%zu,+%zu) out of order/range",
                     i, off, n);
        for (size_t k = pos; k < off; k++)
            FUZZ_REQUIRE(s[k] == ' ', "line %zu: byte %zu (0x%02x) dropped", i, k,
                         (unsigned char)s[k]);
        FUZZ_REQUIRE(on_boundary(s, len, off) && on_boundary(s, len, off + n),
                     "line %zu [%zu,+%zu) cuts a character", i, off, n);
        FUZZ_REQUIRE(text_width(s + off, n) <= (width < 1 ? 1 : width) ||
                         char_len(s + off, n) == n,
                     "line %zu is %d columns wide, more than %d", i, text_width(s + off, n),
                     width);
        FUZZ_REQUIRE(tl.n == 1 || n > 0 || i == tl.n - 1, "empty line %zu of %zu", i, tl.n);
        pos = off + n;
    }
    for (size_t k = pos; k < len; k++)
        FUZZ_REQUIRE(s[k] == ' ', "byte %zu (0x%02x) after the last line dropped", k,
                     (unsigned char)s[k]);
    text_lines_free(&tl);
}

static void check_clean(const char *s, bool ascii)
{
    char *c = text_clean(s, ascii), *again;
    size_t len = strlen(s);
    bool plain = true;

    FUZZ_REQUIRE(c != NULL, "text_clean returned NULL");
    require_terminal_safe(c, strlen(c), ascii, "text_clean");
    for (size_t i = 0; i < len; i++)
        plain &= (s[i] >= 0x20 && s[i] < 0x7F);
    if (plain)
        FUZZ_REQUIRE(strcmp(c, s) == 0, "text_clean changed printable ASCII");
    again = text_clean(c, ascii);
    FUZZ_REQUIRE(again && strcmp(again, c) == 0, "text_clean is not idempotent");
    free(again);
    check_wrap(c, 1 + (int)(len % 7)); /* narrow: many breaks inside words */
    free(c);
}

static void check_layout(const char *s, int width, bool ascii, enum line_kind kind, int indent)
{
    struct doc d;
    bool ok;

    doc_init(&d, width, ascii);
    ok = indent ? doc_add_indented(&d, s, kind, indent) : doc_add(&d, s, kind);
    FUZZ_REQUIRE(ok && doc_blank(&d) && doc_add(&d, s, LINE_TEXT), "doc_add failed");
    for (size_t i = 0; i < d.n; i++) {
        const struct doc_line *l = &d.lines[i];
        int room = d.width - l->indent;
        require_terminal_safe(l->s, l->len, ascii, "doc line");
        if (l->marker)
            require_terminal_safe(l->marker, strlen(l->marker), ascii, "bullet marker");
        FUZZ_REQUIRE(text_width(l->s, l->len) <= (room < 1 ? 1 : room) ||
                         char_len(l->s, l->len) == l->len,
                     "doc line %zu is %d wide with indent %d, width %d", i,
                     text_width(l->s, l->len), l->indent, d.width);
        size_t j = doc_find(&d, l->block, l->off);
        FUZZ_REQUIRE(j >= i && j < d.n && d.lines[j].block == l->block &&
                         d.lines[j].off == l->off,
                     "doc_find(%zu, %zu) = %zu for line %zu", l->block, l->off, j, i);
    }
    doc_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const enum line_kind kinds[] = { LINE_TEXT, LINE_TITLE, LINE_HEADING, LINE_TEXT };
    int width;
    unsigned flags;
    bool ascii;
    char *s;
    size_t len;

    if (size < 2)
        return 0;
    width = 1 + data[0] % 200;
    flags = data[1];
    ascii = flags & 1;
    len = size - 2;
    s = malloc(len + 1);
    if (!s)
        return 0;
    memcpy(s, data + 2, len);
    s[len] = '\0';
    uselocale(flags & 2 ? fuzz_c_locale : fuzz_utf8_locale);

    /* Byte-level functions see the whole input, NUL bytes included. */
    check_decode_and_valid(s, len);
    check_fit(s, len, width);
    check_fit(s, len, (int)(flags >> 4) - 2); /* small and negative widths */

    /* The string functions see it up to its first NUL. */
    check_wrap(s, width);
    check_clean(s, ascii);
    check_clean(s, !ascii);
    check_layout(s, width, ascii, kinds[(flags >> 2) & 3], (int)(flags >> 4));

    uselocale(fuzz_utf8_locale);
    free(s);
    return 0;
}
