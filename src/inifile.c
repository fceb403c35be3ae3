/* inifile.c: checked reading of one .ini file (see inifile.h). */
#define _GNU_SOURCE
#include "inifile.h"
#include "grow.h"

#include <ctype.h>
#include <errno.h>
#include <iniparser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "text.h"

/* iniparser reports through a callback with no user pointer, so the file
 * being read is kept here while iniparser_load runs. */
static struct diag *cb_diag;
static const char *cb_path;

static int on_iniparser_error(const char *fmt, ...)
{
    char buf[512];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    buf[strcspn(buf, "\n")] = '\0';
    if (cb_diag)
        diag_add(cb_diag, cb_path, 0, "check the file with the rules in doc/content-format.md",
                 "iniparser: %s", buf);
    return 0;
}

static char *read_file(const char *path, size_t *len, struct diag *d)
{
    struct stat st;
    FILE *f;
    char *buf;

    if (stat(path, &st) != 0) {
        diag_add(d, path, 0, "check the name and the permissions of the file",
                 "cannot read: %s", strerror(errno));
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        diag_add(d, path, 0, "rename the folder so its name does not end in .ini, or move it out",
                 "is a folder, not a file (iniparser would read it as empty)");
        return NULL;
    }
    if (!S_ISREG(st.st_mode) || st.st_size > INI_MAX_FILE) {
        diag_add(d, path, 0, "content files must be ordinary text files under 64 MiB",
                 "not an ordinary file of a sensible size");
        return NULL;
    }
    f = fopen(path, "rb");
    if (!f) {
        diag_add(d, path, 0, "check the permissions of the file",
                 "cannot open: %s", strerror(errno));
        return NULL;
    }
    buf = malloc((size_t)st.st_size + 1);
    *len = buf ? fread(buf, 1, (size_t)st.st_size, f) : 0;
    if (!buf || ferror(f)) {
        diag_add(d, path, 0, NULL, "cannot read: %s", buf ? strerror(errno) : "out of memory");
        free(buf);
        fclose(f);
        return NULL;
    }
    fclose(f);
    buf[*len] = '\0';
    return buf;
}

static char *trim(char *s)
{
    char *e;

    while (*s == ' ' || *s == '\t')
        s++;
    e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        *--e = '\0';
    return s;
}

static bool name_ok(const char *s, bool is_key)
{
    if (!islower((unsigned char)*s) && !isdigit((unsigned char)*s))
        return false;
    for (; *s; s++) {
        bool ok = islower((unsigned char)*s) || isdigit((unsigned char)*s) ||
                  (is_key ? *s == '_' : *s == '-');
        if (!ok)
            return false;
    }
    return true;
}

static bool has_upper(const char *s)
{
    for (; *s; s++)
        if (isupper((unsigned char)*s))
            return true;
    return false;
}

static struct ini_section *add_section(struct ini_file *f, const char *id, int line)
{
    if (!grow((void **)&f->secs, &f->cap, f->n_secs, sizeof *f->secs))
        return NULL;
    struct ini_section *s = &f->secs[f->n_secs];
    memset(s, 0, sizeof *s);
    s->id = id;
    s->line = line;
    f->n_secs++;
    return s;
}

static bool add_key(struct ini_section *s, const char *key, const char *value, int line)
{
    if (!grow((void **)&s->keys, &s->cap, s->n_keys, sizeof *s->keys))
        return false;
    struct ini_key *k = &s->keys[s->n_keys];
    k->key = key;
    k->value = value;
    k->line = line;
    s->n_keys++;
    return true;
}

const struct ini_key *ini_find(const struct ini_section *s, const char *key)
{
    for (size_t i = 0; i < s->n_keys; i++)
        if (s->keys[i].key[0] == key[0] && strcmp(s->keys[i].key, key) == 0)
            return &s->keys[i];
    return NULL;
}

static const struct ini_section *find_section(const struct ini_file *f, const char *id)
{
    for (size_t i = 0; i < f->n_secs; i++)
        if (strcmp(f->secs[i].id, id) == 0)
            return &f->secs[i];
    return NULL;
}

/* Checks one raw line (without its newline) for byte-level traps. */
static bool check_raw_line(const char *path, int no, const char *line, size_t len,
                           struct diag *d)
{
    size_t bad;

    if (no == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
        diag_add(d, path, no, "save the file as UTF-8 without a BOM",
                 "the file starts with a byte-order mark, which iniparser rejects");
        return false;
    }
    if (memchr(line, '\0', len)) {
        diag_add(d, path, no, "remove the NUL byte; content files are plain text",
                 "line contains a NUL byte");
        return false;
    }
    if (len > INI_MAX_LINE) {
        diag_add(d, path, no, "split the paragraph into two keys (for example p3 and p4)",
                 "line is %zu bytes long; the limit is %d (iniparser rejects the whole "
                 "file past 1022)", len, INI_MAX_LINE);
        return false;
    }
    if (!text_valid_utf8(line, len, &bad)) {
        diag_add(d, path, no, "save the file as UTF-8",
                 "invalid UTF-8 at byte %zu of the line", bad + 1);
        return false;
    }
    return true;
}

/* Checks a value and returns it without its quotes, or NULL on error. */
static char *unquote_value(const char *path, int no, char *v, struct diag *d)
{
    size_t n = strlen(v);
    char q = v[0];

    if (q == '"' || q == '\'') {
        if (n < 2 || v[n - 1] != q || memchr(v + 1, q, n - 2)) {
            diag_add(d, path, no,
                     q == '"' ? "end the value with \" and use curly quotes (“ ”) inside text"
                              : "end the value with ' or put it in double quotes",
                     "a value quoted with %c must end with %c and hold no other %c "
                     "(iniparser would cut the text at the second one)", q, q, q);
            return NULL;
        }
        v[n - 1] = '\0';
        return v + 1;
    }
    if (strpbrk(v, ";#")) {
        diag_add(d, path, no, "put the whole value in double quotes",
                 "unquoted value contains ';' or '#', which iniparser treats as the start "
                 "of a comment and would cut the text there");
        return NULL;
    }
    return v;
}

static bool parse_section_line(const char *path, int no, char *t, struct ini_file *f,
                               struct ini_section **cur, struct diag *d)
{
    size_t n = strlen(t);
    char *id;
    const struct ini_section *prev;

    if (t[n - 1] != ']') {
        diag_add(d, path, no, "write the header as [id] on a line of its own",
                 "section header does not end with ']'");
        return false;
    }
    t[n - 1] = '\0';
    id = trim(t + 1);
    if (has_upper(id)) {
        diag_add(d, path, no, "write the id in lower case",
                 "id [%s] has capital letters; iniparser lower-cases ids, so links "
                 "would not match", id);
        return false;
    }
    if (!name_ok(id, false)) {
        diag_add(d, path, no, "use only a-z, 0-9 and '-' in ids, like [adjacent-segment]",
                 "invalid id [%s]", id);
        return false;
    }
    prev = find_section(f, id);
    if (prev) {
        diag_add(d, path, no, "give the node a different id or merge the two sections",
                 "id [%s] is defined twice in this file (also on line %d)", id, prev->line);
        return false;
    }
    *cur = add_section(f, id, no);
    if (!*cur) {
        diag_add(d, path, no, NULL, "out of memory");
        return false;
    }
    return true;
}

static bool parse_key_line(const char *path, int no, char *t, struct ini_section *cur,
                           struct diag *d)
{
    char *eq = strchr(t, '='), *key, *val;
    const struct ini_key *prev;

    if (!eq) {
        diag_add(d, path, no, "write key = value, [id], or start a comment with ;",
                 "cannot read this line: it is not a key = value pair, a [section] or a "
                 "comment");
        return false;
    }
    *eq = '\0';
    key = trim(t);
    val = trim(eq + 1);
    if (!cur) {
        diag_add(d, path, no, "put the line under a [section] header",
                 "key '%s' comes before any [section]", key);
        return false;
    }
    if (has_upper(key) || !name_ok(key, true)) {
        diag_add(d, path, no, "use only a-z, 0-9 and '_' in keys, like p1 or item2_why",
                 "invalid key '%s'", key);
        return false;
    }
    prev = ini_find(cur, key);
    if (prev) {
        diag_add(d, path, no, "remove one of them (iniparser keeps only the last)",
                 "key '%s' appears twice in [%s] (also on line %d)", key, cur->id, prev->line);
        return false;
    }
    val = unquote_value(path, no, val, d);
    if (!val)
        return false;
    if (!add_key(cur, key, val, no)) {
        diag_add(d, path, no, NULL, "out of memory");
        return false;
    }
    return true;
}

/* Parses one line into f. Returns false (with an error added) on a bad line. */
static bool parse_line(const char *path, int no, char *line, struct ini_file *f,
                       struct ini_section **cur, struct diag *d)
{
    char *t = trim(line);
    size_t n = strlen(t);

    if (n == 0)
        return true;
    /* Checked before comments: iniparser joins even a comment line. */
    if (t[n - 1] == '\\') {
        diag_add(d, path, no, "remove the backslash; write long text as two keys instead",
                 "line ends with '\\', which makes iniparser join it to the next line");
        return false;
    }
    if (t[0] == ';' || t[0] == '#')
        return true;
    if (t[0] == '[')
        return parse_section_line(path, no, t, f, cur, d);
    return parse_key_line(path, no, t, *cur, d);
}

static bool lint(const char *path, char *buf, size_t len, struct ini_file *f, struct diag *d)
{
    struct ini_section *cur = NULL;
    size_t before = diag_count(d);
    char *p = buf, *end = buf + len;
    int no = 0;

    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        no++;
        if (check_raw_line(path, no, p, n, d)) {
            p[n] = '\0';
            parse_line(path, no, p, f, &cur, d);
        }
        p += n + 1;
    }
    return diag_count(d) == before;
}

/* Walks iniparser's dictionary, which keeps entries in the order it read
 * them, alongside our own reading; any difference is reported. Walking the
 * entries keeps this linear (iniparser_getstring is a linear search). */
static bool compare_with_iniparser(const char *path, const dictionary *dict,
                                   const struct ini_file *f, struct diag *d)
{
    ssize_t i = 0;

    for (size_t s = 0; s < f->n_secs; s++) {
        const struct ini_section *sec = &f->secs[s];
        for (size_t k = 0; k <= sec->n_keys; k++) {
            const struct ini_key *key = k ? &sec->keys[k - 1] : NULL;
            char want[2048];
            snprintf(want, sizeof want, "%s%s%s", sec->id, key ? ":" : "", key ? key->key : "");
            while (i < dict->size && !dict->key[i])
                i++;
            if (i >= dict->size || strcmp(dict->key[i], want) != 0 ||
                (key && (!dict->val[i] || strcmp(dict->val[i], key->value) != 0))) {
                diag_add(d, path, key ? key->line : sec->line,
                         "simplify the line (plain text, quoted if it has ; or #)",
                         "iniparser reads this line differently from what it says");
                return false;
            }
            i++;
        }
    }
    return true;
}

static bool parse_with_iniparser(const char *path, const struct ini_file *f, struct diag *d)
{
    dictionary *dict;
    size_t before = diag_count(d);
    bool ok;

    cb_diag = d;
    cb_path = path;
    iniparser_set_error_callback(on_iniparser_error);
    dict = iniparser_load(path);
    iniparser_set_error_callback(NULL);
    cb_diag = NULL;
    if (!dict) {
        if (diag_count(d) == before)
            diag_add(d, path, 0, NULL, "iniparser could not read the file");
        return false;
    }
    ok = compare_with_iniparser(path, dict, f, d);
    iniparser_freedict(dict);
    return ok && diag_count(d) == before;
}

bool ini_read(const char *path, struct ini_file *out, bool verify, struct diag *d)
{
    size_t len = 0;
    bool ok;

    memset(out, 0, sizeof *out);
    out->path = strdup(path);
    out->buf = out->path ? read_file(path, &len, d) : NULL;
    if (!out->buf) {
        ini_free(out);
        return false;
    }
    ok = lint(path, out->buf, len, out, d) && (!verify || parse_with_iniparser(path, out, d));
    if (!ok)
        ini_free(out);
    return ok;
}

char *ini_take_text(struct ini_file *f)
{
    char *buf = f->buf;

    f->buf = NULL;
    return buf;
}

void ini_free(struct ini_file *f)
{
    for (size_t s = 0; s < f->n_secs; s++) {
        free(f->secs[s].keys);
    }
    free(f->buf);
    free(f->secs);
    free(f->path);
    memset(f, 0, sizeof *f);
}
