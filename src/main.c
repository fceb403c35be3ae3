/* main.c: command line, finding and checking the content, starting the
 * browser. Every error before curses starts goes to stderr with status 2. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "content.h"
#include "plain.h"
#include "text.h"
#include "ui.h"

#ifndef FBSS_VERSION
#define FBSS_VERSION "unknown"
#endif
#ifndef FBSS_DATADIR
#define FBSS_DATADIR "/usr/local/share/fbss-guide"
#endif

struct options {
    const char *content;
    bool check;
    bool no_color;
    bool ascii;
    bool kiosk;
    bool plain;
    int idle;
    struct print_command print; /* --print-command: n == 0 when none */
};

static void usage(FILE *f)
{
    fprintf(f,
            "Usage: fbss-guide [OPTION]...\n"
            "       fbss-guide --check [DIR]\n"
            "A terminal guide on failed back surgery syndrome (FBSS).\n"
            "Educational only, not medical advice.\n\n"
            "  -c, --content DIR  read the guide from DIR\n"
            "      --check [DIR]  check a content folder and print a summary\n"
            "      --no-color     use bold and reverse video only (also NO_COLOR=1)\n"
            "      --ascii        send only ASCII to the terminal\n"
            "      --plain        numbered menus and plain text, no full screen (for\n"
            "                     screen readers, braille displays and scripts); also\n"
            "                     when TERM is dumb, unset or unknown, or not a terminal\n"
            "      --kiosk        for shared machines: never write a file\n"
            "      --idle SECONDS after this long without a key, go back to Home and\n"
            "                     forget the ticks, searches and pages seen (kiosks)\n"
            "      --print-command 'CMD ARGS'\n"
            "                     print the reader's sheet by running CMD with the sheet\n"
            "                     on its input (no shell; for example 'lpr -P clinic')\n"
            "  -h, --help         show this help\n"
            "  -V, --version      show the version\n\n"
            "Content is looked for in: --content DIR, $FBSS_GUIDE_CONTENT,\n"
            "%s, content/ beside the program, then ./content.\n"
            "Keys: press ? inside the guide.\n"
            "Exit status: 0 ok, 2 error (in plain mode also when the output is closed\n"
            "before the guide ends, as by `| head`; nothing is printed then),\n"
            "128 + N when signal N ended it (130 after Ctrl-C).\n",
            FBSS_DATADIR);
}

/* --idle SECONDS: a whole number from 1 to one day. */
static int parse_seconds(const char *s)
{
    char *end;
    long v = strtol(s, &end, 10);

    if (end == s || *end || v < 1 || v > 86400) {
        fprintf(stderr, "fbss-guide: --idle '%s' is not a number of seconds.\n"
                        "  fix: give a whole number from 1 to 86400, for example --idle 300\n",
                s);
        exit(2);
    }
    return (int)v;
}

/* --print-command 'lpr -P clinic': set by whoever starts the guide; the
 * reader can never type a command. */
static void parse_print(const char *cmd, struct print_command *pc)
{
    char why[256];

    print_free(pc); /* the last one given counts */
    if (!print_parse(cmd, pc, why, sizeof why)) {
        fprintf(stderr, "fbss-guide: %s.\n"
                        "  fix: for example --print-command 'lpr -P clinic'\n", why);
        exit(2);
    }
}

/* getopt's own messages name the program as typed (./fbss-guide): this
 * one always says fbss-guide. */
static _Noreturn void usage_error(const char *what, char **argv, int optopt_c)
{
    const char *arg = argv[optind - 1];
    char short_opt[3] = { '-', (char)optopt_c, '\0' };

    if (strncmp(arg, "--", 2) != 0)
        arg = short_opt;
    fprintf(stderr, "fbss-guide: %s '%s'\n"
                    "Try 'fbss-guide --help' for more information.\n", what, arg);
    exit(2);
}

static void parse_args(int argc, char **argv, struct options *o)
{
    enum { OPT_CHECK = 256, OPT_NO_COLOR, OPT_ASCII, OPT_KIOSK, OPT_IDLE, OPT_PLAIN, OPT_PRINT };
    static const struct option longs[] = {
        { "content", required_argument, NULL, 'c' },
        { "check", no_argument, NULL, OPT_CHECK },
        { "no-color", no_argument, NULL, OPT_NO_COLOR },
        { "ascii", no_argument, NULL, OPT_ASCII },
        { "kiosk", no_argument, NULL, OPT_KIOSK },
        { "idle", required_argument, NULL, OPT_IDLE },
        { "plain", no_argument, NULL, OPT_PLAIN },
        { "print-command", required_argument, NULL, OPT_PRINT },
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, 'V' },
        { NULL, 0, NULL, 0 },
    };
    int c;

    opterr = 0;
    while ((c = getopt_long(argc, argv, ":c:hV", longs, NULL)) != -1) {
        switch (c) {
        case 'c': o->content = optarg; break;
        case OPT_CHECK: o->check = true; break;
        case OPT_NO_COLOR: o->no_color = true; break;
        case OPT_ASCII: o->ascii = true; break;
        case OPT_KIOSK: o->kiosk = true; break;
        case OPT_PLAIN: o->plain = true; break;
        case OPT_IDLE: o->idle = parse_seconds(optarg); break;
        case OPT_PRINT: parse_print(optarg, &o->print); break;
        case 'h': usage(stdout); exit(0);
        case 'V': printf("fbss-guide %s\n", FBSS_VERSION); exit(0);
        case ':': usage_error("this option needs a value:", argv, optopt);
        default: usage_error("unknown option", argv, optopt);
        }
    }
    if (o->check && optind < argc)
        o->content = argv[optind++];
    if (optind < argc) {
        fprintf(stderr, "fbss-guide: unexpected argument '%s'\n"
                        "Try 'fbss-guide --help' for more information.\n", argv[optind]);
        exit(2);
    }
}

static bool utf8_locale(void);

/* A name from outside (a folder, TERM) made safe to print: control bytes,
 * C1 controls and bytes that are not UTF-8 become visible marks. Returns
 * a static buffer, cut to its size. */
static const char *printable(const char *name)
{
    static char buf[2][PATH_MAX];
    static int which;
    char *clean = text_clean(name, !utf8_locale());

    which = !which;
    snprintf(buf[which], sizeof buf[which], "%s", clean ? clean : "?");
    free(clean);
    return buf[which];
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A folder the reader named (where: "" or " in FBSS_GUIDE_CONTENT") must exist;
 * saying so beats "cannot open" from the loader. */
static const char *named_dir(const char *dir, const char *where)
{
    struct stat st;
    int rc = stat(dir, &st);

    if (rc == 0 && S_ISDIR(st.st_mode))
        return dir;
    fprintf(stderr, "fbss-guide: the content folder%s %s: %s\n"
                    "  fix: name the folder that holds the guide's .ini files"
                    " (installed: %s)\n",
            where, rc == 0 ? "is not a folder" : errno == ENOENT || errno == ENOTDIR
                 ? "does not exist" : strerror(errno), dir, FBSS_DATADIR);
    exit(2);
}

/* The content folder: first of --content, $FBSS_GUIDE_CONTENT, the
 * installed share folder, content/ beside the program, ./content. */
static const char *find_content(const char *given)
{
    static char beside[PATH_MAX + 16];
    const char *env = getenv("FBSS_GUIDE_CONTENT");
    char exe[PATH_MAX];
    ssize_t n;

    if (given)
        return named_dir(given, "");
    if (env && *env)
        return named_dir(env, " in FBSS_GUIDE_CONTENT");
    if (is_dir(FBSS_DATADIR))
        return FBSS_DATADIR;
    snprintf(beside, sizeof beside, "(the program's own folder is unknown)");
    n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        snprintf(beside, sizeof beside, "%s/content", exe);
        if (is_dir(beside))
            return beside;
    }
    if (is_dir("content"))
        return "content";
    fprintf(stderr,
            "fbss-guide: cannot find the guide's content. Folders tried:\n"
            "  $FBSS_GUIDE_CONTENT (not set)\n  %s (the installed folder)\n"
            "  %s (beside the program)\n  ./content (the current folder)\n"
            "  fix: give the folder with --content DIR, or install the guide\n",
            FBSS_DATADIR, beside);
    exit(2);
}

/* --check has iniparser read every file too; the browser starts faster
 * with the same checked reader alone. */
static void load_or_exit(const char *dir, bool verify, struct guide *g)
{
    struct diag d = { 0 };

    if (verify ? content_load(dir, g, &d) : content_load_fast(dir, g, &d))
        return;
    diag_print(&d, stderr);
    fprintf(stderr, "fbss-guide: the content in %s has %zu error%s; nothing was shown.\n",
            printable(dir), diag_count(&d), diag_count(&d) == 1 ? "" : "s");
    diag_free(&d);
    exit(2);
}

/* --check says when the content was last reviewed and warns, without
 * failing, once the next review is due: a warning a publisher acts on. */
static void check_review_date(const char *dir, const struct guide *g)
{
    char today[16];
    time_t now = time(NULL);
    struct tm tm;

    printf("%s: last reviewed %s; next review due %s\n", printable(dir),
           g->reviewed ? printable(g->reviewed) : "(not given)",
           g->next_review ? g->next_review : "(not given: add next_review = YYYY-MM-DD to [guide])");
    if (!g->next_review || !localtime_r(&now, &tm) ||
        !strftime(today, sizeof today, "%Y-%m-%d", &tm))
        return;
    if (strcmp(today, g->next_review) > 0)
        fprintf(stderr, "%s: warning: the next review was due on %s and is past (today is %s); "
                "check the content against its sources, then update reviewed and next_review "
                "in [guide]\n", printable(dir), g->next_review, today);
}

static int run_check(const char *dir, const struct guide *g)
{
    struct content_stats st;

    content_stats(g, &st);
    printf("%s: ok: %zu pages, %zu menus, %zu checklists, %zu sources, %zu terms, %zu words\n",
           printable(dir), st.pages, st.menus, st.checklists, st.sources, st.terms, st.words);
    check_review_date(dir, g);
    return 0;
}

static bool want_color(const struct options *o)
{
    const char *nc = getenv("NO_COLOR");
    return !o->no_color && !(nc && *nc);
}

static bool utf8_locale(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/* Plain mode when asked, or when a full screen cannot work: no terminal
 * on either side, or a TERM that is unset, dumb, unknown or too simple.
 * When it starts by itself and a person may be watching (one side is a
 * terminal), one line says why and how to get the full screen; a script
 * with neither side a terminal hears nothing. */
static bool want_plain(const struct options *o, char *notice, size_t size)
{
    bool in = isatty(STDIN_FILENO), out = isatty(STDOUT_FILENO);
    char why[200];

    notice[0] = '\0';
    if (o->plain || (!in && !out))
        return true;
    if (!in || !out) { /* the output may be a pipe: say it where it is seen */
        fprintf(stderr, "fbss-guide: %s is not a terminal, so the guide runs in plain mode; "
                        "for the full screen, run it without a pipe or redirection.\n",
                !in ? "the input" : "the output");
        return true;
    }
    if (ui_usable(why, sizeof why))
        return false;
    /* On stderr for logs, and shown by plain mode just above its first
     * prompt, where it is read (plain mode cleans it like any text). */
    fprintf(stderr, "fbss-guide: %s, so the guide runs in plain mode.\n", printable(why));
    snprintf(notice, size, "Plain mode: %s. For the full screen, set TERM to your "
                           "terminal's type, for example TERM=xterm.", why);
    return true;
}

/* The terminal's width, or $COLUMNS, or 80. */
static int plain_width(void)
{
    struct winsize ws;
    const char *cols = getenv("COLUMNS");

    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    if (cols && atoi(cols) > 0)
        return atoi(cols);
    return 80;
}

/* The terminal's rows, for paging long answers; 0 when not a terminal. */
static int plain_rows(void)
{
    struct winsize ws;

    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
        return ws.ws_row;
    return 0;
}

static bool plain_wipes; /* a kiosk's plain mode on a terminal */

/* Ends plain mode by signal sig's default action; a kiosk's terminal is
 * cleared first (write() only: safe in a handler), so a guest stopped by
 * SIGTERM or a hang-up leaves no answers on screen or in the scrollback. */
static void end_by(int sig)
{
    struct sigaction sa;

    if (plain_wipes)
        ui_wipe_plain_now();
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigaction(sig, &sa, NULL);
    kill(getpid(), sig);
}

/* Ctrl-\ in plain mode ends the guide as SIGTERM would, with no core
 * file (SIGQUIT's own action writes one): status 131, as the full screen. */
static void quit_as_term(int sig)
{
    if (plain_wipes)
        ui_wipe_plain_now();
    _exit(128 + sig);
}

static int run_plain(const struct options *o, struct guide *g, const char *notice)
{
    bool wipe = o->kiosk && isatty(STDOUT_FILENO); /* a kiosk's terminal forgets too */
    struct plain_options po = { plain_width(), o->ascii || !utf8_locale(), o->kiosk,
                                plain_rows(), o->idle, notice,
                                o->print.n ? &o->print : NULL, wipe ? ui_wipe_plain : NULL };
    struct sigaction sa;
    int rc;

    /* A reader that closes the output early (| head) ends the guide
     * through a failed write (status 2, nothing printed), not SIGPIPE. */
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);
    sa.sa_handler = quit_as_term;
    sigaction(SIGQUIT, &sa, NULL);
    if (wipe) {
        ui_wipe_plain_prepare();
        plain_wipes = true;
        sa.sa_handler = end_by;
        sigaction(SIGTERM, &sa, NULL);
        sigaction(SIGHUP, &sa, NULL);
        sigaction(SIGINT, &sa, NULL);
    }
    rc = plain_run(g, &po, stdin, stdout);
    if (wipe)
        ui_wipe_plain(); /* quitting forgets the reader, on screen too */
    return rc;
}

static int run_browser(const struct options *o, struct guide *g)
{
    struct ui_options uo = { want_color(o), o->ascii || !utf8_locale(), 0, o->kiosk };
    struct app a;
    char why[256];
    int sig;

    if (!ui_start(&uo, why, sizeof why)) {
        fprintf(stderr, "fbss-guide: cannot start the screen: %s.\n"
                        "  fix: set TERM to your terminal type, for example TERM=vt100\n", why);
        return 2;
    }
    if (!app_init(&a, g, o->kiosk, o->idle))
        ui_die("out of memory");
    a.s.print = o->print.n ? &o->print : NULL;
    app_run(&a);
    sig = ui_stop_signal();
    ui_stop();
    app_free(&a);
    /* Ended by a signal (Ctrl-C, a hang-up, kill): the shell's convention. */
    return sig ? 128 + sig : 0;
}

/* A kiosk's guest controls the environment (ssh passes variables that
 * sshd accepts): terminal descriptions come only from the system's
 * database ($HOME/.terminfo too is the guest's), sizes only from the
 * terminal. And nothing of the answers may reach a core file. */
static void kiosk_harden(void)
{
    static const char *const vars[] = { "TERMINFO", "TERMINFO_DIRS", "TERMCAP", "LINES",
                                         "COLUMNS", "HOME", "TABSIZE" };
    extern char **environ;
    struct rlimit none = { 0, 0 };

    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++)
        unsetenv(vars[i]);
    for (size_t i = 0; environ && environ[i];) {
        char name[256];
        size_t n = strcspn(environ[i], "=");
        if (strncmp(environ[i], "NCURSES_", 8) == 0 && n < sizeof name) {
            memcpy(name, environ[i], n);
            name[n] = '\0';
            unsetenv(name); /* environ shifts: look at i again */
            continue;
        }
        i++;
    }
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

int main(int argc, char **argv)
{
    struct options o = { 0 };
    char notice[300];
    struct guide g;
    const char *dir;
    int rc;

    setlocale(LC_ALL, "");
    parse_args(argc, argv, &o);
    if (o.kiosk)
        kiosk_harden();
    dir = find_content(o.content);
    load_or_exit(dir, o.check, &g);
    if (o.check)
        rc = run_check(dir, &g);
    else
        rc = want_plain(&o, notice, sizeof notice) ? run_plain(&o, &g, notice)
                                                   : run_browser(&o, &g);
    content_free(&g);
    print_free(&o.print);
    return rc;
}
