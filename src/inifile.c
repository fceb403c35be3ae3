/* inifile.c: checked reading of one .ini file (see inifile.h). */
#define _GNU_SOURCE
#include "inifile.h"
#include "grow.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <iniparser.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* Checks what an open descriptor refers to: a regular file within the
 * size limit. */
static bool regular_file_ok(const char *path, const struct stat *st, struct diag *d)
{
    if (S_ISDIR(st->st_mode)) {
        diag_add(d, path, 0, "rename the folder so its name does not end in .ini, or move it out",
                 "is a folder, not a file (iniparser would read it as empty)");
        return false;
    }
    if (!S_ISREG(st->st_mode)) {
        diag_add(d, path, 0, "content files must be ordinary text files; replace it with one",
                 "not an ordinary file (a device, a pipe or a socket)");
        return false;
    }
    if (st->st_size > INI_MAX_FILE) {
        diag_add(d, path, 0, "split the content into several files of at most 8 MiB each",
                 "the file is %lld bytes; the limit is %ld bytes (8 MiB)",
                 (long long)st->st_size, INI_MAX_FILE);
        return false;
    }
    return true;
}

/* Reads up to size bytes from fd into buf; the count read, or -1. */
static ssize_t read_all(int fd, char *buf, size_t size)
{
    size_t got = 0;

    while (got < size) {
        ssize_t n = read(fd, buf + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += (size_t)n;
    }
    return (ssize_t)got;
}

/* The file's text. Opened once without blocking (a FIFO put in its place
 * cannot hang the loader), checked through the descriptor, read through
 * it: nothing can swap the file between the check and the read. */
static char *read_file(const char *path, size_t *len, struct diag *d)
{
    struct stat st;
    ssize_t n = -1;
    char *buf = NULL;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);

    if (fd < 0) {
        diag_add(d, path, 0, "check the name and the permissions of the file",
                 "cannot read: %s", strerror(errno));
        return NULL;
    }
    if (fstat(fd, &st) != 0) {
        diag_add(d, path, 0, NULL, "cannot read: %s", strerror(errno));
        close(fd);
        return NULL;
    }
    if (regular_file_ok(path, &st, d)) {
        buf = malloc((size_t)st.st_size + 1);
        n = buf ? read_all(fd, buf, (size_t)st.st_size) : -1;
        if (n < 0)
            diag_add(d, path, 0, NULL, "cannot read: %s", buf ? strerror(errno) : "out of memory");
    }
    close(fd);
    if (n < 0) {
        free(buf);
        return NULL;
    }
    *len = (size_t)n;
    buf[n] = '\0';
    return buf;
}

/* ---- the names of a file: ids, and keys within each section */

#define NO_KEY UINT32_MAX /* a slot for a section's id */

struct ini_slot {
    const char *name; /* NULL: empty */
    uint32_t sec, key;
    int line;
};

struct ini_names {
    struct ini_slot *v;
    size_t cap, n; /* cap: a power of two */
};

static size_t name_hash(uint32_t sec, uint32_t is_id, const char *s)
{
    uint64_t h = 1469598103934665603ull ^ ((uint64_t)sec << 1 | is_id);

    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (size_t)(h ^ (h >> 29));
}

/* The slot holding name (a key of section sec, or with key NO_KEY an id),
 * or the empty slot where it would go. */
static struct ini_slot *names_slot(const struct ini_names *t, uint32_t sec, bool is_id,
                                   const char *name)
{
    size_t i = name_hash(is_id ? 0 : sec, is_id, name) & (t->cap - 1);

    for (;; i = (i + 1) & (t->cap - 1)) {
        struct ini_slot *sl = &t->v[i];
        if (!sl->name || ((sl->key == NO_KEY) == is_id && (is_id || sl->sec == sec) &&
                          strcmp(sl->name, name) == 0))
            return sl;
    }
}

static bool names_grow(struct ini_names *t)
{
    struct ini_names bigger = { NULL, t->cap ? t->cap * 2 : 256, t->n };

    bigger.v = calloc(bigger.cap, sizeof *bigger.v);
    if (!bigger.v)
        return false;
    for (size_t i = 0; i < t->cap; i++) {
        const struct ini_slot *sl = &t->v[i];
        if (sl->name)
            *names_slot(&bigger, sl->sec, sl->key == NO_KEY, sl->name) = *sl;
    }
    free(t->v);
    *t = bigger;
    return true;
}

/* Adds a name; returns the slot that already holds it (a duplicate), or
 * NULL after adding it. Sets *oom when memory runs out. */
static const struct ini_slot *names_add(struct ini_names *t, uint32_t sec, uint32_t key,
                                        const char *name, int line, bool *oom)
{
    struct ini_slot *sl;

    if ((t->n + 1) * 2 > t->cap && !names_grow(t)) {
        *oom = true;
        return NULL;
    }
    sl = names_slot(t, sec, key == NO_KEY, name);
    if (sl->name)
        return sl;
    *sl = (struct ini_slot){ name, sec, key, line };
    t->n++;
    return NULL;
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
    s->index = f->n_secs;
    s->names = f->names;
    f->n_secs++;
    return s;
}

static bool add_key(struct ini_file *f, struct ini_section *s, const char *key,
                    const char *value, int line)
{
    if (!grow((void **)&s->keys, &s->cap, s->n_keys, sizeof *s->keys))
        return false;
    struct ini_key *k = &s->keys[s->n_keys];
    k->key = key;
    k->value = value;
    k->line = line;
    s->n_keys++;
    f->n_keys++;
    return true;
}

const struct ini_key *ini_find(const struct ini_section *s, const char *key)
{
    const struct ini_slot *sl;

    if (!s->hashed) {
        for (size_t i = 0; i < s->n_keys; i++)
            if (s->keys[i].key[0] == key[0] && strcmp(s->keys[i].key, key) == 0)
                return &s->keys[i];
        return NULL;
    }
    sl = names_slot(s->names, (uint32_t)s->index, false, key);
    return sl->name ? &s->keys[sl->key] : NULL;
}

/* A key already in section s, or NULL. Small sections are searched in
 * place (no memory per key, as fast as a hash for a handful); once one
 * grows past INI_HASH_FROM keys, its keys go into the file's table so that
 * even 20,000 keys in one section load in linear time. */
static const struct ini_key *section_key(struct ini_file *f, struct ini_section *s,
                                         const char *key, bool *oom)
{
    if (!s->hashed && s->n_keys >= INI_HASH_FROM) {
        for (size_t i = 0; i < s->n_keys && !*oom; i++)
            names_add(f->names, (uint32_t)s->index, (uint32_t)i, s->keys[i].key,
                      s->keys[i].line, oom);
        s->hashed = !*oom;
    }
    return *oom ? NULL : ini_find(s, key);
}

/* "more than N sections/keys": the file is refused, not cut, and read
 * no further. */
static bool within_limit(const char *path, int no, struct ini_file *f, size_t have,
                         size_t limit, const char *what, struct diag *d)
{
    if (have < limit)
        return true;
    f->over_limit = true;
    diag_add(d, path, no, "split the content into several files (each at most 5000 sections "
             "and 20000 keys; see doc/content-format.md)",
             "more than %zu %s in one file, the limit", limit, what);
    return false;
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

static bool out_of_memory(const char *path, int no, struct diag *d)
{
    diag_add(d, path, no, NULL, "out of memory");
    return false;
}

static bool parse_section_line(const char *path, int no, char *t, struct ini_file *f,
                               struct ini_section **cur, struct diag *d)
{
    size_t n = strlen(t);
    char *id;
    const struct ini_slot *prev;
    bool oom = false;

    if (t[n - 1] != ']') {
        diag_add(d, path, no, "write the header as [id] on a line of its own",
                 "section header does not end with ']'");
        return false;
    }
    t[n - 1] = '\0';
    id = trim(t + 1);
    if (!within_limit(path, no, f, f->n_secs, INI_MAX_SECTIONS, "sections", d))
        return false;
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
    prev = names_add(f->names, (uint32_t)f->n_secs, NO_KEY, id, no, &oom);
    if (prev) {
        diag_add(d, path, no, "give the node a different id or merge the two sections",
                 "id [%s] is defined twice in this file (also on line %d)", id, prev->line);
        return false;
    }
    *cur = oom ? NULL : add_section(f, id, no);
    if (!*cur) {
        diag_add(d, path, no, NULL, "out of memory");
        return false;
    }
    return true;
}

static bool parse_key_line(const char *path, int no, char *t, struct ini_file *f,
                           struct ini_section *cur, struct diag *d)
{
    char *eq = strchr(t, '='), *key, *val;
    const struct ini_key *prev;
    bool oom = false;

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
    if (!within_limit(path, no, f, f->n_keys, INI_MAX_KEYS, "keys", d))
        return false;
    prev = section_key(f, cur, key, &oom);
    if (prev) {
        diag_add(d, path, no, "remove one of them (iniparser keeps only the last)",
                 "key '%s' appears twice in [%s] (also on line %d)", key, cur->id, prev->line);
        return false;
    }
    val = oom ? NULL : unquote_value(path, no, val, d);
    if (!val)
        return oom ? out_of_memory(path, no, d) : false;
    if (!add_key(f, cur, key, val, no))
        return out_of_memory(path, no, d);
    if (cur->hashed)
        names_add(f->names, (uint32_t)cur->index, (uint32_t)cur->n_keys - 1, key, no, &oom);
    return oom ? out_of_memory(path, no, d) : true;
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
    return parse_key_line(path, no, t, f, *cur, d);
}

static bool lint(const char *path, char *buf, size_t len, struct ini_file *f, struct diag *d)
{
    struct ini_section *cur = NULL;
    size_t before = diag_count(d);
    char *p = buf, *end = buf + len;
    int no = 0;

    f->names = calloc(1, sizeof *f->names);
    if (!f->names) {
        diag_add(d, path, 0, NULL, "out of memory");
        return false;
    }
    while (p < end && !f->over_limit) {
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

/* A place in the file's entries: section s, and k = 0 for its header or
 * k = i + 1 for its key i. */
struct ini_pos {
    size_t s, k;
};

static bool pos_before(const struct ini_file *f, struct ini_pos p, struct ini_pos end)
{
    return p.s < f->n_secs && (p.s < end.s || (p.s == end.s && p.k < end.k));
}

static struct ini_pos pos_next(const struct ini_file *f, struct ini_pos p)
{
    if (p.k < f->secs[p.s].n_keys)
        return (struct ini_pos){ p.s, p.k + 1 };
    return (struct ini_pos){ p.s + 1, 0 };
}

static int pos_line(const struct ini_file *f, struct ini_pos p)
{
    const struct ini_section *sec = &f->secs[p.s];
    return p.k ? sec->keys[p.k - 1].line : sec->line;
}

/* Checks iniparser's entry i against ours at p. */
static bool same_entry(const dictionary *dict, ssize_t i, const struct ini_file *f,
                       struct ini_pos p)
{
    const struct ini_section *sec = &f->secs[p.s];
    const struct ini_key *key = p.k ? &sec->keys[p.k - 1] : NULL;
    size_t n = strlen(sec->id);
    const char *dk = dict->key[i];

    if (strncmp(dk, sec->id, n) != 0)
        return false;
    if (!key)
        return dk[n] == '\0';
    return dk[n] == ':' && strcmp(dk + n + 1, key->key) == 0 && dict->val[i] &&
           strcmp(dict->val[i], key->value) == 0;
}

/* Walks iniparser's dictionary of one piece of the file, which keeps
 * entries in the order it read them, alongside our own entries from
 * `from` up to `to`; any difference is reported. A piece that starts
 * inside a section starts with that section's header, added for
 * iniparser. */
static bool compare_with_iniparser(const char *path, const dictionary *dict,
                                   const struct ini_file *f, struct ini_pos from,
                                   struct ini_pos to, struct diag *d)
{
    ssize_t i = 0;
    struct ini_pos p = { from.s, 0 };

    if (!from.k)
        p = from;
    while (pos_before(f, p, to)) {
        while (i < dict->size && !dict->key[i])
            i++;
        if (i >= dict->size || !same_entry(dict, i, f, p)) {
            diag_add(d, path, pos_line(f, p),
                     "simplify the line (plain text, quoted if it has ; or #)",
                     "iniparser reads this line differently from what it says");
            return false;
        }
        i++;
        p = p.k == 0 && from.k && p.s == from.s ? from : pos_next(f, p);
    }
    return true;
}

/* Writes head then text to fd; false on failure. */
static bool write_piece(int fd, const char *head, const char *text, size_t len)
{
    const char *parts[2] = { head, text };
    size_t lens[2] = { strlen(head), len };

    for (int j = 0; j < 2; j++) {
        size_t done = 0;
        while (done < lens[j]) {
            ssize_t n = write(fd, parts[j] + done, lens[j] - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            done += (size_t)n;
        }
    }
    return true;
}

/* iniparser reads by name only: each piece goes to it through an
 * anonymous file in memory, named by /proc/self/fd. The content file
 * itself is never opened a second time. */
static dictionary *iniparser_read_piece(const char *path, const char *head, const char *text,
                                        size_t len, struct diag *d)
{
    int fd = memfd_create("fbss-guide-ini", MFD_CLOEXEC);
    dictionary *dict;
    char name[64];

    if (fd < 0 || !write_piece(fd, head, text, len)) {
        diag_add(d, path, 0, "check that memory is free and /proc is mounted",
                 "cannot hand a copy of the file to iniparser: %s", strerror(errno));
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    snprintf(name, sizeof name, "/proc/self/fd/%d", fd);
    dict = iniparser_load(name);
    close(fd);
    return dict;
}

/* Entries per piece handed to iniparser: its dictionary looks up every
 * new entry among all it holds, so one piece costs the square of its
 * entries. Pieces of a fixed size keep the whole check linear. */
#define PIECE_ENTRIES 512

/* Byte offsets of the starts of lines 1..n_lines in text (index 0 unused),
 * with len as the start of line n_lines + 1. */
static size_t *line_starts(const char *text, size_t len, size_t *n_lines)
{
    size_t n = 1, k = 1, *v;

    for (size_t i = 0; i < len; i++)
        n += text[i] == '\n';
    v = malloc((n + 2) * sizeof *v);
    if (!v)
        return NULL;
    v[k++] = 0;
    for (size_t i = 0; i < len; i++)
        if (text[i] == '\n')
            v[k++] = i + 1;
    v[k] = len;
    *n_lines = n;
    return v;
}

/* Has iniparser read the raw text piece by piece (cut at line
 * boundaries, every PIECE_ENTRIES entries) and compares each reading
 * with ours. */
static bool parse_with_iniparser(const char *path, const char *raw, size_t len,
                                 const struct ini_file *f, struct diag *d)
{
    size_t before = diag_count(d), n_lines = 0;
    size_t *starts = line_starts(raw, len, &n_lines);
    struct ini_pos from = { 0, 0 }, end = { f->n_secs, 0 };
    bool ok = true;

    if (!starts) {
        diag_add(d, path, 0, NULL, "out of memory");
        return false;
    }
    cb_diag = d;
    cb_path = path;
    iniparser_set_error_callback(on_iniparser_error);
    for (bool first_piece = true; ok; first_piece = false) {
        struct ini_pos to = from;
        char head[INI_MAX_LINE + 8] = "";
        dictionary *dict;
        size_t first, last;
        for (int n = 0; n < PIECE_ENTRIES && pos_before(f, to, end); n++)
            to = pos_next(f, to);
        first = first_piece ? 1 : (size_t)pos_line(f, from);
        last = pos_before(f, to, end) ? (size_t)pos_line(f, to) : n_lines + 1;
        if (from.k)
            snprintf(head, sizeof head, "[%s]\n", f->secs[from.s].id);
        dict = iniparser_read_piece(path, head, raw + starts[first],
                                    starts[last] - starts[first], d);
        if (!dict) {
            if (diag_count(d) == before)
                diag_add(d, path, 0, NULL, "iniparser could not read the file");
            ok = false;
            break;
        }
        ok = compare_with_iniparser(path, dict, f, from, to, d);
        iniparser_freedict(dict);
        if (!pos_before(f, to, end))
            break;
        from = to;
    }
    iniparser_set_error_callback(NULL);
    cb_diag = NULL;
    free(starts);
    return ok && diag_count(d) == before;
}

bool ini_read(const char *path, struct ini_file *out, bool verify, struct diag *d)
{
    size_t len = 0;
    char *raw = NULL;
    bool ok;

    memset(out, 0, sizeof *out);
    out->path = strdup(path);
    out->buf = out->path ? read_file(path, &len, d) : NULL;
    if (out->buf && verify) {
        raw = malloc(len + 1); /* for iniparser: lint cuts buf into pieces */
        if (raw)
            memcpy(raw, out->buf, len + 1);
        else
            diag_add(d, path, 0, NULL, "out of memory");
    }
    if (!out->buf || (verify && !raw)) {
        ini_free(out);
        return false;
    }
    ok = lint(path, out->buf, len, out, d) &&
         (!verify || parse_with_iniparser(path, raw, len, out, d));
    free(raw);
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
    if (f->names)
        free(f->names->v);
    free(f->names);
    free(f->buf);
    free(f->secs);
    free(f->path);
    memset(f, 0, sizeof *f);
}
