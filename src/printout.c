/* printout.c: running the administrator's print command (see printout.h). */
#define _GNU_SOURCE /* pipe2 */
#include "printout.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

bool print_parse(const char *cmd, struct print_command *pc, char *why, size_t why_size)
{
    char *save = NULL;

    memset(pc, 0, sizeof *pc);
    if (strpbrk(cmd, "\"'$\\`;|&<>*?(){}\n")) {
        snprintf(why, why_size, "--print-command is run without a shell: write the program "
                 "and its arguments split by spaces, with no quotes or shell signs");
        return false;
    }
    pc->buf = strdup(cmd);
    if (!pc->buf) {
        snprintf(why, why_size, "out of memory");
        return false;
    }
    for (char *w = strtok_r(pc->buf, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        if (pc->n == PRINT_MAX_WORDS) {
            snprintf(why, why_size, "--print-command has more than %d words", PRINT_MAX_WORDS);
            print_free(pc);
            return false;
        }
        pc->words[pc->n++] = w;
    }
    if (pc->n == 0) {
        snprintf(why, why_size, "--print-command is empty: give a program, e.g. 'lpr -P clinic'");
        print_free(pc);
        return false;
    }
    return true;
}

void print_free(struct print_command *pc)
{
    free(pc->buf);
    memset(pc, 0, sizeof *pc);
}

/* In the child: stdin from the pipe, output to /dev/null, then exec. A
 * failed exec sends its errno up the close-on-exec pipe. */
static void child(const struct print_command *pc, int in, int report)
{
    int null = open("/dev/null", O_WRONLY);
    int err;

    if (dup2(in, STDIN_FILENO) < 0 || null < 0 || dup2(null, STDOUT_FILENO) < 0 ||
        dup2(null, STDERR_FILENO) < 0)
        _exit(126);
    signal(SIGPIPE, SIG_DFL);
    execvp(pc->words[0], pc->words);
    err = errno;
    if (write(report, &err, sizeof err) < 0)
        _exit(127);
    _exit(127);
}

/* Writes all of s unless the reader stops reading or PRINT_TIMEOUT_MS
 * passes: a stuck command must not hang the guide. */
static bool write_all(int fd, const char *s, size_t n)
{
    int waited = 0;

    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    while (n) {
        struct pollfd p = { fd, POLLOUT, 0 };
        int r = poll(&p, 1, 100);
        if (r < 0 && errno == EINTR)
            continue;
        if (r == 0 && (waited += 100) >= PRINT_TIMEOUT_MS)
            return false;
        if (r <= 0)
            continue;
        ssize_t w = write(fd, s, n);
        if (w < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (w <= 0)
            return false;
        s += w;
        n -= (size_t)w;
    }
    return true;
}

/* Waits for pid at most PRINT_TIMEOUT_MS; kills it after that. */
static bool wait_child(pid_t pid, int *status)
{
    struct timespec tick = { 0, 10 * 1000 * 1000 };

    for (int waited = 0; waited < PRINT_TIMEOUT_MS; waited += 10) {
        pid_t r = waitpid(pid, status, WNOHANG);
        if (r == pid)
            return true;
        if (r < 0 && errno != EINTR)
            return false;
        nanosleep(&tick, NULL);
    }
    kill(pid, SIGKILL);
    while (waitpid(pid, status, 0) < 0 && errno == EINTR)
        ;
    return false;
}

static bool report_status(const struct print_command *pc, bool done, int status, int exec_err,
                          bool wrote, char *why, size_t why_size)
{
    if (exec_err) {
        snprintf(why, why_size, "cannot run %s: %s", pc->words[0], strerror(exec_err));
        return false;
    }
    if (!done) {
        snprintf(why, why_size, "%s took too long and was stopped", pc->words[0]);
        return false;
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && wrote)
        return true;
    if (WIFEXITED(status))
        snprintf(why, why_size, "%s %s (exit status %d)", pc->words[0],
                 wrote ? "reported an error" : "did not read the whole sheet",
                 WEXITSTATUS(status));
    else
        snprintf(why, why_size, "%s stopped by signal %d", pc->words[0],
                 WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return false;
}

bool print_run(const struct print_command *pc, const char *text, char *why, size_t why_size)
{
    int data[2], report[2], status = 0, exec_err = 0;
    struct sigaction ign = { .sa_handler = SIG_IGN }, old;
    pid_t pid;
    bool wrote, done;

    if (pipe2(data, O_CLOEXEC) < 0 || pipe2(report, O_CLOEXEC) < 0) {
        snprintf(why, why_size, "cannot start the print command: %s", strerror(errno));
        return false;
    }
    pid = fork();
    if (pid < 0) {
        snprintf(why, why_size, "cannot start the print command: %s", strerror(errno));
        close(data[0]), close(data[1]), close(report[0]), close(report[1]);
        return false;
    }
    if (pid == 0)
        child(pc, data[0], report[1]);
    close(data[0]);
    close(report[1]);
    /* A command that stops reading must not kill the guide. */
    sigaction(SIGPIPE, &ign, &old);
    wrote = write_all(data[1], text, strlen(text));
    close(data[1]);
    sigaction(SIGPIPE, &old, NULL);
    done = wait_child(pid, &status);
    if (read(report[0], &exec_err, sizeof exec_err) != (ssize_t)sizeof exec_err)
        exec_err = 0;
    close(report[0]);
    return report_status(pc, done, status, exec_err, wrote, why, why_size);
}
