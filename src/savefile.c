/* savefile.c: careful saving (see savefile.h). */
#define _GNU_SOURCE
#include "savefile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text.h"

static bool write_all(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        s += w;
        n -= (size_t)w;
    }
    return true;
}

/* What a path that is not a regular file is, for the message. */
static const char *kind_of(mode_t m)
{
    if (S_ISDIR(m))
        return "a folder, not a file; type a file name";
    if (S_ISLNK(m))
        return "a link to another file; choose another name";
    if (S_ISFIFO(m))
        return "a pipe (FIFO), not a file; choose another name";
    if (S_ISCHR(m) || S_ISBLK(m))
        return "a device, not a file; choose another name";
    return "not a regular file; choose another name";
}

/* SAVE_OK when path is free or a regular file (*exists says which);
 * otherwise SAVE_FAILED with why set: never write over anything else. */
static enum save_status check_target(const char *path, bool *exists, char *why,
                                     size_t why_size)
{
    struct stat st;

    *exists = false;
    if (lstat(path, &st) != 0) {
        if (errno == ENOENT)
            return SAVE_OK;
        snprintf(why, why_size, "%s: %s", path, strerror(errno));
        return SAVE_FAILED;
    }
    if (!S_ISREG(st.st_mode)) {
        snprintf(why, why_size, "%s is %s", path, kind_of(st.st_mode));
        return SAVE_FAILED;
    }
    *exists = true;
    return SAVE_OK;
}

/* Writes text to a new file fd; a file size limit gives EFBIG ("File too
 * large") instead of killing the program with SIGXFSZ. */
static bool write_file(int fd, const char *text)
{
    struct sigaction ignore, old;
    bool ok;
    int err;

    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGXFSZ, &ignore, &old);
    ok = write_all(fd, text, strlen(text)) && fsync(fd) == 0;
    err = errno;
    sigaction(SIGXFSZ, &old, NULL);
    errno = err;
    return ok;
}

enum save_status save_text(const char *path, const char *text, bool replace, char *why,
                           size_t why_size)
{
    char *copy = strdup(path), *tmp = NULL, *dir;
    int fd = -1;
    bool exists;
    enum save_status st = SAVE_FAILED;

    why[0] = '\0';
    if (!copy || asprintf(&tmp, "%s/.fbss-guide-XXXXXX", (dir = dirname(copy))) < 0) {
        snprintf(why, why_size, "out of memory");
        tmp = NULL;
        goto out;
    }
    if (check_target(path, &exists, why, why_size) != SAVE_OK)
        goto out;
    if (exists && !replace) {
        st = SAVE_EXISTS;
        goto out;
    }
    fd = mkstemp(tmp);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            snprintf(why, why_size, "there is no folder %s; choose a name in a folder that "
                                    "exists", dir);
        else
            snprintf(why, why_size, "cannot write in %s: %s; choose another folder", dir,
                     strerror(errno));
        goto out;
    }
    if (!write_file(fd, text) || close(fd) != 0) {
        snprintf(why, why_size, "%s", strerror(errno));
        fd = -1;
        unlink(tmp);
        goto out;
    }
    fd = -1;
    /* Something else may have appeared there meanwhile: check again. */
    if (check_target(path, &exists, why, why_size) != SAVE_OK) {
        unlink(tmp);
        goto out;
    }
    /* link() refuses to replace, so a file that appeared meanwhile is kept. */
    if (replace ? rename(tmp, path) != 0 : link(tmp, path) != 0) {
        st = errno == EEXIST ? SAVE_EXISTS : SAVE_FAILED;
        snprintf(why, why_size, "%s", strerror(errno));
        unlink(tmp);
        goto out;
    }
    if (!replace)
        unlink(tmp);
    st = SAVE_OK;
out:
    if (fd >= 0) {
        close(fd);
        unlink(tmp);
    }
    free(tmp);
    free(copy);
    return st;
}

void save_default_name(char *buf, size_t size, time_t now)
{
    struct tm tm;
    char date[16] = "";

    if (localtime_r(&now, &tm))
        strftime(date, sizeof date, "%Y-%m-%d", &tm);
    snprintf(buf, size, "~/fbss-summary-%s.txt", date);
}

char *save_expand(const char *typed, const char *home, char *why, size_t why_size)
{
    char *path = NULL;

    if (typed[0] != '~' || (typed[1] != '\0' && typed[1] != '/'))
        path = strdup(typed);
    else if (!home || home[0] != '/')
        snprintf(why, why_size, "the home folder (~) is not known here; type a full path");
    else if (asprintf(&path, "%s%s", home, typed + 1) < 0)
        path = NULL;
    if (!path && !why[0])
        snprintf(why, why_size, "out of memory");
    return path;
}

char *save_full_path(const char *path)
{
    char *copy = strdup(path), *real = NULL, *full = NULL;

    if (!copy)
        return NULL;
    /* The folder's real path and the file's own name (never a link: those
     * are refused). */
    real = realpath(dirname(copy), NULL);
    free(copy);
    copy = strdup(path);
    if (real && copy && asprintf(&full, "%s%s%s", real, strcmp(real, "/") ? "/" : "",
                                 basename(copy)) < 0)
        full = NULL;
    if (!real && copy)
        full = strdup(path);
    free(real);
    free(copy);
    return full;
}

/* Appends s[0..len), cleaned, then a newline. */
static bool put_clean_line(FILE *f, const char *s, size_t len, bool ascii)
{
    char *line = strndup(s, len), *clean = line ? text_clean(line, ascii) : NULL;
    bool ok = clean && fprintf(f, "%s\n", clean) >= 0;

    free(line);
    free(clean);
    return ok;
}

char *save_summary_file(const char *summary, const char *version, const char *reviewed,
                        time_t now, bool ascii)
{
    char *buf = NULL, date[16] = "";
    size_t len = 0;
    struct tm tm;
    FILE *f = open_memstream(&buf, &len);
    bool ok;

    if (!f)
        return NULL;
    if (localtime_r(&now, &tm))
        strftime(date, sizeof date, "%Y-%m-%d", &tm);
    ok = fprintf(f, "Saved on %s by fbss-guide %s.", date, version) >= 0;
    if (ok && reviewed)
        ok = fprintf(f, " The guide's content was last reviewed on %s.", reviewed) >= 0;
    ok = ok && fputs("\n\n", f) >= 0;
    for (const char *p = summary; ok && *p;) {
        size_t n = strcspn(p, "\n");
        ok = put_clean_line(f, p, n, ascii);
        p += n + (p[n] == '\n');
    }
    if (fclose(f) != 0 || !ok) {
        free(buf);
        return NULL;
    }
    return buf;
}
