/* text.c: UTF-8, display width, cleaning and wrapping (see text.h). */
#include "text.h"
#include "grow.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

size_t text_decode(const char *str, size_t len, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t need;
    uint32_t c, min;

    *cp = TEXT_REPLACEMENT;
    if (len == 0)
        return 0;
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if ((s[0] & 0xE0) == 0xC0) {
        need = 2; c = s[0] & 0x1F; min = 0x80;
    } else if ((s[0] & 0xF0) == 0xE0) {
        need = 3; c = s[0] & 0x0F; min = 0x800;
    } else if ((s[0] & 0xF8) == 0xF0) {
        need = 4; c = s[0] & 0x07; min = 0x10000;
    } else {
        return 1;
    }
    if (len < need)
        return 1;
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 1;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 1;
    *cp = c;
    return need;
}

bool text_valid_utf8(const char *s, size_t len, size_t *bad)
{
    size_t i = 0;

    while (i < len) {
        uint32_t cp;
        size_t n;
        uint64_t w;
        /* Most content is ASCII: skip the decoder eight bytes at a time. */
        if (i + 8 <= len && (memcpy(&w, s + i, 8), (w & 0x8080808080808080ull) == 0)) {
            i += 8;
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        n = text_decode(s + i, len - i, &cp);
        if (cp == TEXT_REPLACEMENT && !(n == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0)) {
            if (bad)
                *bad = i;
            return false;
        }
        i += n;
    }
    return true;
}

int text_cp_width(uint32_t cp)
{
    int w;

    if (cp < 0x80)
        return 1;
    w = wcwidth((wchar_t)cp);
    if (w < 0)
        return 1;
    return w;
}

int text_width(const char *s, size_t len)
{
    int w = 0;
    size_t i = 0;

    while (i < len) {
        uint32_t cp;
        i += text_decode(s + i, len - i, &cp);
        w += text_cp_width(cp);
    }
    return w;
}

/* Base letters of U+00C0..U+017F (Latin-1 and Latin Extended-A), so that
 * "é" reads "e" in ASCII and a search for "e" finds it. '?' marks the few
 * that take two letters or are not letters: those are in the switch. */
static const char latin_base[] =
    "AAAAAA?CEEEEIIIIDNOOOOO?OUUUUY??aaaaaa?ceeeeiiiidnooooo?ouuuuy?y"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKkkLlLlLlL"
    "lLlNnNnNnnNnOoOoOo??RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

static const char *latin_for(uint32_t cp)
{
    static const char letters[] = "A\0B\0C\0D\0E\0F\0G\0H\0I\0J\0K\0L\0M\0N\0O\0P\0Q\0R\0"
                                  "S\0T\0U\0V\0W\0X\0Y\0Z\0a\0b\0c\0d\0e\0f\0g\0h\0i\0j\0"
                                  "k\0l\0m\0n\0o\0p\0q\0r\0s\0t\0u\0v\0w\0x\0y\0z";
    char c;

    if (cp < 0xC0 || cp >= 0x180)
        return NULL;
    c = latin_base[cp - 0xC0];
    if (c != '?')
        return &letters[2 * (c >= 'a' ? c - 'a' + 26 : c - 'A')];
    switch (cp) {
    case 0x00C6: return "AE";
    case 0x00E6: return "ae";
    case 0x00DE: return "TH";
    case 0x00FE: return "th";
    case 0x00DF: return "ss";
    case 0x00F7: return "/";
    case 0x0132: return "IJ";
    case 0x0133: return "ij";
    case 0x0152: return "OE";
    case 0x0153: return "oe";
    default: return NULL; /* U+00D7, in text_ascii_for */
    }
}

/* ASCII stand-ins for the typographic characters content commonly uses. */
const char *text_ascii_for(uint32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x2032: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x2033: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: return "-";
    case 0x2014: case 0x2015: return "-";
    case 0x2022: case 0x25CF: case 0x25E6: case 0x2043: return "*";
    case 0x2026: return "...";
    case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x202F: return " ";
    case 0x00D7: return "x";
    case 0x2264: return "<=";
    case 0x2265: return ">=";
    case 0x2192: return "->";
    case 0x00B0: return " degrees";
    default: return latin_for(cp);
    }
}

static bool is_control(uint32_t cp)
{
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0);
}

bool text_is_bidi_control(uint32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

char *text_clean(const char *s, bool ascii)
{
    size_t len = strlen(s);
    /* Worst case: every byte becomes a 3-byte replacement or "...". */
    char *out = malloc(len * 9 + 1);
    size_t o = 0, i = 0;

    if (!out)
        return NULL;
    while (i < len) {
        uint32_t cp;
        size_t n = text_decode(s + i, len - i, &cp);
        const char *sub = NULL;

        if (cp == '\t')
            sub = " ";
        else if (is_control(cp) || (cp == TEXT_REPLACEMENT && n == 1))
            sub = ascii ? "?" : "\xEF\xBF\xBD";
        else if (text_is_bidi_control(cp))
            sub = ascii ? "?" : "\xEF\xBF\xBD"; /* would reorder or hide text unseen */
        else if (ascii && cp >= 0x80)
            sub = text_ascii_for(cp) ? text_ascii_for(cp) : "?";
        else if (!ascii && cp >= 0x80 && wcwidth((wchar_t)cp) < 0)
            sub = "\xEF\xBF\xBD"; /* unprintable in this locale */
        if (sub) {
            size_t sl = strlen(sub);
            memcpy(out + o, sub, sl);
            o += sl;
        } else {
            memcpy(out + o, s + i, n);
            o += n;
        }
        i += n;
    }
    out[o] = '\0';
    return out;
}

static bool lines_push(struct text_lines *l, size_t off, size_t len)
{
    if (!grow((void **)&l->v, &l->cap, l->n, sizeof *l->v))
        return false;
    l->v[l->n].off = off;
    l->v[l->n].len = len;
    l->n++;
    return true;
}

size_t text_fit(const char *s, size_t len, int width)
{
    size_t i = 0;
    int w = 0;

    while (i < len) {
        uint32_t cp;
        size_t n = text_decode(s + i, len - i, &cp);
        int cw = text_cp_width(cp);
        if (w + cw > width)
            break;
        w += cw;
        i += n;
    }
    return i;
}

/* Like text_fit, but at least one character, so wrapping always advances. */
static size_t fit_prefix(const char *s, size_t len, int width)
{
    size_t i = text_fit(s, len, width);
    uint32_t cp;

    return i > 0 || len == 0 ? i : text_decode(s, len, &cp);
}

bool text_wrap(const char *s, int width, struct text_lines *out)
{
    size_t len = strlen(s), pos = 0;

    if (width < 1)
        width = 1;
    if (len == 0)
        return lines_push(out, 0, 0);
    while (pos < len) {
        size_t start = pos, end = pos, brk = 0;
        int w = 0;
        bool fits_all = true;

        /* Extend word by word while the line still fits. */
        while (end < len) {
            size_t wend = end;
            while (wend < len && s[wend] == ' ')
                wend++;
            while (wend < len && s[wend] != ' ')
                wend++;
            int ww = text_width(s + end, wend - end);
            if (w + ww > width) {
                fits_all = false;
                break;
            }
            w += ww;
            end = wend;
            brk = end;
        }
        if (fits_all) {
            if (!lines_push(out, start, len - start))
                return false;
            break;
        }
        if (brk == 0 || brk == start) {
            /* The next word alone is too wide: break it inside. */
            size_t skip = start;
            while (skip < len && s[skip] == ' ')
                skip++;
            size_t cut = fit_prefix(s + skip, len - skip, width);
            if (!lines_push(out, skip, cut))
                return false;
            pos = skip + cut;
        } else {
            if (!lines_push(out, start, brk - start))
                return false;
            pos = brk;
        }
        while (pos < len && s[pos] == ' ')
            pos++;
    }
    return true;
}

void text_lines_free(struct text_lines *l)
{
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

void text_wipe(char *s)
{
    volatile char *p = s; /* volatile: the stores are not dropped */

    while (p && *p)
        *p++ = '\0';
}
