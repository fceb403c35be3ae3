/* savefile.c: careful saving (see savefile.h). */
#define _GNU_SOURCE
#include "savefile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

enum save_status save_text(const char *path, const char *text, bool replace, char *why,
                           size_t why_size)
{
    char *copy = strdup(path), *tmp = NULL;
    int fd = -1;
    enum save_status st = SAVE_FAILED;

    why[0] = '\0';
    if (!copy || asprintf(&tmp, "%s/.fbss-guide-XXXXXX", dirname(copy)) < 0) {
        snprintf(why, why_size, "out of memory");
        tmp = NULL;
        goto out;
    }
    if (!replace && access(path, F_OK) == 0) {
        st = SAVE_EXISTS;
        goto out;
    }
    fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(why, why_size, "%s", strerror(errno));
        goto out;
    }
    if (!write_all(fd, text, strlen(text)) || fsync(fd) != 0 || close(fd) != 0) {
        snprintf(why, why_size, "%s", strerror(errno));
        fd = -1;
        unlink(tmp);
        goto out;
    }
    fd = -1;
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
