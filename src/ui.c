/* ui.c: curses setup and shared drawing (see ui.h). */
#include "ui.h"

#include <curses.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <term.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "input.h"
#include "keys.h"
#include "lineedit.h"
#include "text.h"

static volatile sig_atomic_t stop_signal;
/* Job control and resizes: the handlers only set these; ui_read_key acts
 * on them between draws, since curses must never run in a handler. */
static volatile sig_atomic_t winch_signal, tstp_signal, cont_signal;
static int term_rows, term_cols; /* the terminal's own size, before the cap */
static SCREEN *screen;
static bool ascii_mode;
static bool kiosk_mode; /* hints for what kiosk mode refuses are not shown */
static int attrs[ROLE_COUNT];
static int idle_seconds;   /* no key for this long: UI_KEY_IDLE (0: never) */
static bool idle_pending;  /* a prompt met the idle time: tell the main loop */
static struct input input; /* bytes to keys, the same under every TERM (input.h) */
static struct input_extra term_keys[16];
static long last_key_ms, key_gap_ms;

static void on_signal(int sig)
{
    stop_signal = sig;
}

static void on_job_signal(int sig)
{
    if (sig == SIGWINCH)
        winch_signal = 1;
    else if (sig == SIGTSTP)
        tstp_signal = 1;
    else
        cont_signal = 1;
}

/* Installed before curses starts, so ncurses keeps its own handlers
 * (which draw inside the handler) out. Ctrl-\ (SIGQUIT) ends the guide
 * like SIGTERM: no core file, screen cleared. A kiosk cannot be
 * suspended: a stopped guide would keep the answers in memory. */
static void install_signals(bool kiosk)
{
    static const int stops[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT };
    static const int jobs[] = { SIGWINCH, SIGCONT, SIGTSTP };
    struct sigaction sa;

    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    /* No SA_RESTART: a signal should interrupt the wait for a key. */
    sa.sa_handler = on_signal;
    for (size_t i = 0; i < sizeof stops / sizeof stops[0]; i++)
        sigaction(stops[i], &sa, NULL);
    sa.sa_handler = on_job_signal;
    for (size_t i = 0; i < sizeof jobs / sizeof jobs[0]; i++)
        sigaction(jobs[i], &sa, NULL);
    if (kiosk) {
        sa.sa_handler = SIG_IGN;
        sigaction(SIGTSTP, &sa, NULL);
    }
}

static int cap(int v, int max)
{
    return v > max ? max : v;
}

/* A size from the environment as ncurses reads it: a positive number, or 0. */
static int env_size(const char *name)
{
    const char *v = getenv(name);
    char *end;
    long n;

    if (!v || !*v)
        return 0;
    n = strtol(v, &end, 10);
    return *end || n <= 0 ? 0 : (int)(n > INT_MAX ? INT_MAX : n);
}

/* Puts the capped size in LINES and COLUMNS, which ncurses prefers to the
 * terminal's own: so it never allocates a window of 30000x30000 cells (or
 * one past 32767, which it cannot draw), at start or when it checks the
 * size again by itself after a suspend. */
static void tell_curses_size(void)
{
    char num[16];

    if (term_rows > 0) {
        snprintf(num, sizeof num, "%d", cap(term_rows, UI_MAX_ROWS));
        setenv("LINES", num, 1);
    }
    if (term_cols > 0) {
        snprintf(num, sizeof num, "%d", cap(term_cols, UI_MAX_COLS));
        setenv("COLUMNS", num, 1);
    }
}

/* Before curses starts: the size LINES/COLUMNS (as ncurses reads them) or
 * else the terminal gives. */
static void cap_start_size(void)
{
    struct winsize ws = { 0 };

    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0)
        ws.ws_row = ws.ws_col = 0;
    term_rows = env_size("LINES") ? env_size("LINES") : ws.ws_row;
    term_cols = env_size("COLUMNS") ? env_size("COLUMNS") : ws.ws_col;
    tell_curses_size();
}

/* The terminal's new size, from the terminal itself, capped for curses. */
static void apply_resize(void)
{
    struct winsize ws;

    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0)
        return;
    term_rows = ws.ws_row;
    term_cols = ws.ws_col;
    tell_curses_size();
    resizeterm(cap(term_rows, UI_MAX_ROWS), cap(term_cols, UI_MAX_COLS));
}

static bool too_large(void)
{
    return term_rows > UI_MAX_ROWS || term_cols > UI_MAX_COLS;
}

/* Ctrl-S must not freeze the screen (nothing but Ctrl-Q would unfreeze
 * it, not --idle, not SIGTERM): no XON/XOFF flow control while the guide
 * runs. endwin gives the shell its own setting back. */
static void flow_control_off(void)
{
    struct termios t;

    if (tcgetattr(STDIN_FILENO, &t) == 0) {
        t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
        tcsetattr(STDIN_FILENO, TCSANOW, &t);
    }
    def_prog_mode(); /* curses restores this mode after a suspend */
}

/* Clears the terminal's scrollback too, where it can: terminals without
 * an alternate screen (vt100, the Linux console, where tmux and VTE push
 * a cleared screen into history) would otherwise keep the answers for the
 * next person to scroll up to. E3 from terminfo, else ED 3 on terminals
 * that speak ANSI (which ignore it if they lack it). On a terminal with an
 * alternate screen the guide's text never reaches the history, so the
 * reader's own history is left alone there. */
static void clear_scrollback(void)
{
    const char *e3 = tigetstr("E3");
    const char *clear = tigetstr("clear");
    const char *smcup = tigetstr("smcup");

    if (smcup && smcup != (char *)-1 && *smcup)
        return;
    if (e3 && e3 != (char *)-1)
        putp(e3);
    else if (clear && clear != (char *)-1 && strncmp(clear, "\033[", 2) == 0)
        putp("\033[3J");
    fflush(stdout);
}

/* The bytes that clear plain mode's terminal and its scrollback, made once
 * so that a signal handler can send them with write() alone. */
static char wipe_seq[256];
static size_t wipe_len;

/* Appends a terminfo string without its padding ("$<50>"): the bytes are
 * written at once, and a delay there only slowed old hardware. */
static void wipe_add(const char *s)
{
    for (; s && *s && wipe_len + 1 < sizeof wipe_seq; s++) {
        if (s[0] == '$' && s[1] == '<' && strchr(s, '>')) {
            s = strchr(s, '>');
            continue;
        }
        wipe_seq[wipe_len++] = *s;
    }
}

void ui_wipe_plain_prepare(void)
{
    static bool tried;
    int err;

    /* Plain mode never started curses: read the terminal's description
     * once. A terminal without one (dumb) cannot be cleared. */
    if (tried)
        return;
    tried = true;
    if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
        return;
    const char *clear = tigetstr("clear"), *e3 = tigetstr("E3");
    if (clear == (char *)-1)
        clear = NULL;
    wipe_add(clear);
    /* Plain text reaches the scrollback whatever the alternate screen. */
    if (e3 && e3 != (char *)-1)
        wipe_add(e3);
    else if (clear && strncmp(clear, "\033[", 2) == 0)
        wipe_add("\033[3J");
}

void ui_wipe_plain_now(void)
{
    size_t done = 0;

    while (done < wipe_len) {
        ssize_t n = write(STDOUT_FILENO, wipe_seq + done, wipe_len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        done += (size_t)n;
    }
}

void ui_wipe_plain(void)
{
    if (screen)
        return;
    ui_wipe_plain_prepare();
    fflush(stdout);
    ui_wipe_plain_now();
}

/* Puts the guide away for Ctrl-Z: the terminal back to the shell, then
 * stop with the default action; curses resumes on SIGCONT. */
static void suspend(void)
{
    struct sigaction dfl, old;
    sigset_t set, oldset;

    endwin();
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &old);
    sigemptyset(&set);
    sigaddset(&set, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &set, &oldset);
    kill(getpid(), SIGTSTP); /* stops here until SIGCONT */
    sigprocmask(SIG_SETMASK, &oldset, NULL);
    sigaction(SIGTSTP, &old, NULL);
}

/* After a stop (ours or a SIGSTOP): the program's terminal modes again,
 * the size as it is now, and a full repaint at the next refresh. */
static void resume(void)
{
    reset_prog_mode();
    apply_resize();
    clearok(curscr, TRUE);
}

/* Acts on a job-control or resize signal; true if one came (the screen
 * must then be drawn again). */
static bool handle_job_signals(void)
{
    if (tstp_signal) {
        tstp_signal = 0;
        suspend();
        cont_signal = 1;
    }
    if (cont_signal) {
        cont_signal = winch_signal = 0;
        resume();
        return true;
    }
    if (winch_signal) {
        winch_signal = 0;
        apply_resize();
        return true;
    }
    return false;
}

static void setup_attrs(bool color)
{
    attrs[ROLE_NORMAL] = A_NORMAL;
    attrs[ROLE_BAR] = A_REVERSE;
    attrs[ROLE_SELECTED] = A_REVERSE;
    attrs[ROLE_TITLE] = A_BOLD;
    attrs[ROLE_HEADING] = A_BOLD | A_UNDERLINE;
    attrs[ROLE_URGENT] = A_BOLD | A_REVERSE;
    if (!color || !has_colors() || start_color() == ERR)
        return;
    use_default_colors();
    /* Colour only adds to the monochrome scheme; it never carries meaning. */
    init_pair(1, COLOR_WHITE, COLOR_BLUE);
    init_pair(2, COLOR_WHITE, COLOR_RED);
    init_pair(3, COLOR_CYAN, -1);
    attrs[ROLE_BAR] = COLOR_PAIR(1) | A_BOLD;
    attrs[ROLE_URGENT] = A_BOLD | COLOR_PAIR(2);
    attrs[ROLE_HEADING] = A_BOLD | COLOR_PAIR(3);
}

bool ui_usable(char *why, size_t why_size)
{
    const char *term = getenv("TERM");
    const char *cup;
    int err = 0;

    if (!term || !*term) {
        snprintf(why, why_size, "TERM is not set");
        return false;
    }
    /* setupterm with err set reports instead of exiting. */
    if (setupterm(term, STDOUT_FILENO, &err) != OK) {
        snprintf(why, why_size, "terminal type '%s' is not known here", term);
        return false;
    }
    cup = tigetstr("cup");
    del_curterm(cur_term);
    if (cup == NULL || cup == (char *)-1) {
        snprintf(why, why_size, "terminal type '%s' cannot move the cursor", term);
        return false;
    }
    return true;
}

/* The terminal description's own key sequences, for keys input.c does
 * not know already (vt52's ESC A, say). */
static size_t load_term_keys(void)
{
    static const struct { const char *cap; int key; } caps[] = {
        { "kcuu1", KEY_UP }, { "kcud1", KEY_DOWN }, { "kcub1", KEY_LEFT },
        { "kcuf1", KEY_RIGHT }, { "khome", KEY_HOME }, { "kend", KEY_END },
        { "kpp", KEY_PPAGE }, { "knp", KEY_NPAGE }, { "kf1", KEY_F(1) },
        { "kcbt", KEY_BTAB }, { "kent", '\r' }, { "kdch1", KEY_DC },
    };
    size_t n = 0;

    for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
        const char *s = tigetstr(caps[i].cap);
        if (s && s != (char *)-1 && s[0] == 0x1b && s[1])
            term_keys[n++] = (struct input_extra){ s, caps[i].key };
    }
    return n;
}

bool ui_start(const struct ui_options *opt, char *why, size_t why_size)
{
    install_signals(opt->kiosk);
    kiosk_mode = opt->kiosk;
    if (!ui_usable(why, why_size))
        return false;
    cap_start_size();
    screen = newterm(NULL, stdout, stdin);
    if (!screen) {
        snprintf(why, why_size, "the terminal could not be set up");
        return false;
    }
    ascii_mode = opt->ascii;
    cbreak();
    noecho();
    nonl();
    flow_control_off();
    if (LINES > UI_MAX_ROWS || COLS > UI_MAX_COLS)
        resizeterm(cap(LINES, UI_MAX_ROWS), cap(COLS, UI_MAX_COLS));
    if (term_rows <= 0 || term_cols <= 0) {
        term_rows = LINES;
        term_cols = COLS;
    }
    /* Keys are decoded by input.c, not by terminfo: terminals send Home,
     * End and the arrows in ways their descriptions often leave out. */
    keypad(stdscr, FALSE);
    input_init(&input, opt->escdelay_ms > 0 ? opt->escdelay_ms
                                            : input_delay_from(getenv("ESCDELAY")),
               term_keys, load_term_keys());
    timeout(500); /* wake up to notice signals even if a read is restarted */
    setup_attrs(opt->color);
    return true;
}

void ui_stop(void)
{
    if (!screen)
        return;
    erase();
    refresh();
    clear_scrollback();
    endwin();
    delscreen(screen);
    screen = NULL;
}

void ui_die(const char *fmt, ...)
{
    va_list ap;

    ui_stop();
    fputs("fbss-guide: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(2);
}

static bool terminal_gone(void)
{
    struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };

    if (poll(&p, 1, 0) < 0)
        return errno != EINTR;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}

static double now_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static long now_ms(void)
{
    return (long)(now_seconds() * 1000.0);
}

static int got_key(int key)
{
    long now = now_ms();

    key_gap_ms = now - last_key_ms;
    last_key_ms = now;
    return key;
}

long ui_key_gap_ms(void)
{
    return key_gap_ms;
}

void ui_set_idle(int seconds)
{
    idle_seconds = seconds;
}

/* The idle time passed: what the last person saw goes, from the screen
 * and from the terminal's scrollback, before the guide forgets it. */
static int idle_key(void)
{
    clear();
    refresh();
    clear_scrollback();
    return UI_KEY_IDLE;
}

int ui_read_key(void)
{
    double since = now_seconds();

    if (idle_pending) {
        idle_pending = false;
        return idle_key();
    }
    for (;;) {
        int ch;
        long wait;

        if (input_key(&input, &ch)) {
            /* A window past the cap is "too large": only q (to quit) counts. */
            if (!too_large())
                return got_key(ch);
            if (ch == 'q' || ch == 'Q')
                return UI_KEY_QUIT;
            continue;
        }
        if (stop_signal)
            return UI_KEY_QUIT;
        if (handle_job_signals())
            return KEY_RESIZE;
        if (idle_seconds > 0 && now_seconds() - since >= idle_seconds)
            return idle_key();
        /* Half a sequence: wait only the escape delay for the rest. */
        wait = input_wait_ms(&input, now_ms());
        timeout(wait < 0 || wait > 500 ? 500 : (int)wait);
        ch = getch();
        if (stop_signal)
            return UI_KEY_QUIT;
        if (ch >= KEY_MIN)
            return got_key(ch); /* KEY_RESIZE */
        if (ch != ERR) {
            input_feed(&input, (unsigned char)ch, now_ms());
            continue;
        }
        input_tick(&input, now_ms());
        if (terminal_gone())
            return UI_KEY_QUIT;
    }
}

bool ui_key_waiting(void)
{
    int ch;

    if (stop_signal || winch_signal || tstp_signal || cont_signal || idle_pending)
        return false;
    if (input.n_queued > 0)
        return true;
    timeout(0);
    ch = getch();
    if (ch == ERR)
        return false;
    if (ch >= KEY_MIN) { /* KEY_RESIZE: for ui_read_key */
        ungetch(ch);
        return true;
    }
    input_feed(&input, (unsigned char)ch, now_ms()); /* as ui_read_key would */
    return true;
}

int ui_attr(enum role r)
{
    return attrs[r];
}

bool ui_ascii(void)
{
    return ascii_mode;
}

/* True if s[i..len) starts a character text_clean replaces in UTF-8 mode
 * past C0: C1 controls, bidi overrides and isolates, U+FEFF. */
static bool hidden_at(const unsigned char *s, size_t i, size_t len)
{
    uint32_t cp;

    if (s[i] == 0xC2)
        return i + 1 < len && s[i + 1] < 0xA0;
    if (s[i] != 0xE2 && s[i] != 0xEF)
        return false;
    text_decode((const char *)s + i, len - i, &cp);
    return text_is_bidi_control(cp);
}

/* True if s[0..len) holds a byte that must not reach the terminal as it
 * is: a control character (C0, DEL, or C1 as UTF-8), an invisible bidi
 * control, or in ASCII mode any byte past 0x7F. */
static bool needs_cleaning(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;

    for (size_t i = 0; i < len; i++) {
        unsigned char c = u[i];
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && ascii_mode) ||
            (c >= 0xC2 && hidden_at(u, i, len)))
            return true;
    }
    return false;
}

void ui_put(int row, int col, const char *s, size_t len, int width, int attr)
{
    char *clean = NULL;
    size_t i;

    /* Every string on screen passes here: whatever a caller forgot to
     * clean cannot send escape sequences (screens clean content already). */
    if (needs_cleaning(s, len)) {
        char *copy = strndup(s, len);
        clean = copy ? text_clean(copy, ascii_mode) : NULL;
        free(copy);
        if (!clean)
            return;
        s = clean;
        len = strlen(clean);
    }
    i = text_fit(s, len, width);
    attron(attr);
    mvaddnstr(row, col, s, (int)i);
    attroff(attr);
    free(clean);
}

void ui_put_cut(int row, int col, const char *s, size_t len, int width, int attr)
{
    const char *dots = ascii_mode ? "..." : "\xE2\x80\xA6"; /* … */
    int dw = ascii_mode ? 3 : 1;
    size_t fit;

    if (text_width(s, len) <= width || width <= dw) {
        ui_put(row, col, s, len, width, attr);
        return;
    }
    fit = text_fit(s, len, width - dw);
    while (fit > 0 && s[fit - 1] == ' ')
        fit--; /* "Long title…", not "Long …" */
    ui_put(row, col, s, fit, width - dw, attr);
    ui_put(row, col + text_width(s, fit), dots, strlen(dots), dw, attr);
}

int ui_text_cols(void)
{
    return COLS - 2 < UI_MEASURE ? COLS - 2 : UI_MEASURE;
}

static void fill_row(int row, int from, int attr)
{
    attron(attr);
    mvhline(row, from, ' ', COLS - from);
    attroff(attr);
}

void ui_bar(int row, const char *left, const char *right)
{
    int attr = attrs[ROLE_BAR];
    int lw = text_width(left, strlen(left));
    int rw = right ? text_width(right, strlen(right)) : 0;
    int room = COLS - 2;

    fill_row(row, 0, attr);
    if (right && lw + rw + 3 <= room) {
        ui_put(row, COLS - 1 - rw, right, strlen(right), rw, attr);
        room -= rw + 2;
    }
    if (lw <= room) {
        ui_put(row, 1, left, strlen(left), room, attr);
        return;
    }
    /* Keep the end of the breadcrumb: it names where the reader is. */
    const char *p = left;
    while (*p && text_width(p, strlen(p)) > room - 3) {
        uint32_t cp;
        p += text_decode(p, strlen(p), &cp);
    }
    ui_put(row, 1, "...", 3, 3, attr);
    ui_put(row, 4, p, strlen(p), room - 3, attr);
}

/* A message wider than the status line is not cut off: it wraps upward
 * over the bottom rows (all but the title bar, until the next key), so
 * that what it says to do is read whole at 40 columns too. */
static void put_message(const char *msg, int room, int attr)
{
    struct text_lines l = { 0 };
    int most = LINES - 2 > 1 ? LINES - 2 : 1, k;

    if (text_width(msg, strlen(msg)) <= room || room < 10 || !text_wrap(msg, room, &l) ||
        l.n < 2) {
        ui_put(LINES - 1, 1, msg, strlen(msg), room, attr);
        text_lines_free(&l);
        return;
    }
    k = l.n < (size_t)most ? (int)l.n : most;
    for (int i = 0; i < k; i++) {
        int row = LINES - k + i;
        if (row < LINES - 1)
            fill_row(row, 0, attr);
        /* The last row shown holds the rest, cut only when it must be. */
        size_t len = i == k - 1 ? strlen(msg) - l.v[i].off : l.v[i].len;
        ui_put(row, 1, msg + l.v[i].off, len, room, attr);
    }
    text_lines_free(&l);
}

/* True if a hint names a one-key command that kiosk mode refuses ("s:save"):
 * such a command is not offered there. */
static bool hint_refused(const char *text)
{
    return text[0] && text[1] == ':' && keys_kiosk_refuses((unsigned char)text[0]);
}

void ui_status(const struct status_hint *all, size_t n_all, const char *right, const char *msg)
{
    struct status_hint hints[UI_MAX_HINTS];
    size_t n = 0;
    int attr = attrs[ROLE_BAR];
    int rw = right ? (int)strlen(right) : 0;
    int col = 1, room = COLS - 2;
    bool keep[UI_MAX_HINTS];

    fill_row(LINES - 1, 0, attr);
    if (msg) {
        /* The right-hand info gives way to a message that needs the room. */
        if (rw && rw + 4 < COLS && text_width(msg, strlen(msg)) <= room - rw - 2) {
            ui_put(LINES - 1, COLS - 1 - rw, right, (size_t)rw, rw, attr);
            room -= rw + 2;
        }
        put_message(msg, room, attr);
        return;
    }
    for (size_t i = 0; i < n_all && n < UI_MAX_HINTS; i++)
        if (!(kiosk_mode && hint_refused(all[i].text)))
            hints[n++] = all[i];
    /* What is dropped when narrow is decided by priority, not position:
     * the right-hand info ranks after the hints of priority 0. */
    if (status_fit(hints, n, right, 1, room, keep))
        ui_put(LINES - 1, COLS - 1 - rw, right, (size_t)rw, rw, attr);
    for (size_t i = 0; i < n; i++) {
        int w = (int)strlen(hints[i].text);
        if (!keep[i])
            continue;
        ui_put(LINES - 1, col, hints[i].text, (size_t)w, w, attr);
        col += w + 2;
    }
}

bool ui_too_small(void)
{
    char need[40];
    const char *notice[3] = { "Terminal too small.", need, "Press q to quit." };

    if (too_large()) {
        notice[0] = "Terminal too large.";
        snprintf(need, sizeof need, "Need %dx%d or less.", UI_MAX_COLS, UI_MAX_ROWS);
    } else if (COLS >= UI_MIN_COLS && LINES >= UI_MIN_ROWS) {
        return false;
    } else {
        snprintf(need, sizeof need, "Need %dx%d or more.", UI_MIN_COLS, UI_MIN_ROWS);
    }
    erase();
    for (int i = 0; i < 3 && i < LINES; i++)
        ui_put(i, 0, notice[i], strlen(notice[i]), COLS, A_BOLD);
    move(0, 0);
    refresh();
    return true;
}

/* A key for a prompt: an idle timeout is kept for the main loop, which
 * then forgets the session (kiosk); a stop signal stays set. */
static int prompt_key(void)
{
    int ch = ui_read_key();

    if (ch == UI_KEY_IDLE)
        idle_pending = true;
    if (ch == UI_KEY_QUIT && stop_signal == SIGINT) {
        stop_signal = 0; /* Ctrl-C cancels the question, not the guide */
        return 7;
    }
    return ch;
}

int ui_stop_signal(void)
{
    return stop_signal;
}

/* The question and the answer so far, scrolled by characters so that the
 * cursor stays in view; the cursor where the next character goes. */
static void draw_prompt(const char *question, const struct lineedit *e)
{
    int qw = text_width(question, strlen(question));
    int room = COLS - 2 - qw;
    size_t from = 0;

    while (room > 0 && from < e->cur && text_width(e->buf + from, e->cur - from) > room - 1) {
        uint32_t cp;
        from += text_decode(e->buf + from, e->cur - from, &cp);
    }
    move(LINES - 1, 0);
    clrtoeol();
    ui_put(LINES - 1, 0, question, strlen(question), COLS - 1, A_BOLD);
    ui_put(LINES - 1, qw, e->buf + from, e->len - from, room, A_NORMAL);
    move(LINES - 1, qw + text_width(e->buf + from, e->cur - from));
    refresh();
}

/* Keys that edit the answer (lineedit.h): arrows, Home, End, Delete,
 * Backspace, Up and Down for the lines entered before, and the shell's
 * control keys. */
static void prompt_edit(struct lineedit *e, int ch)
{
    switch (ch) {
    case KEY_LEFT: lineedit_do(e, LINEEDIT_LEFT); break;
    case KEY_RIGHT: lineedit_do(e, LINEEDIT_RIGHT); break;
    case KEY_HOME: lineedit_do(e, LINEEDIT_HOME); break;
    case KEY_END: lineedit_do(e, LINEEDIT_END); break;
    case KEY_DC: lineedit_do(e, LINEEDIT_DELETE); break;
    case KEY_BACKSPACE: lineedit_do(e, LINEEDIT_BACKSPACE); break;
    case KEY_UP: lineedit_do(e, LINEEDIT_PREV); break;
    case KEY_DOWN: lineedit_do(e, LINEEDIT_NEXT); break;
    default:
        if (!lineedit_ctrl(e, ch) && ch >= 0x20 && ch <= 0xFF)
            lineedit_byte(e, (unsigned char)ch); /* bytes of UTF-8 arrive one by one */
    }
}

bool ui_prompt(const char *question, char *buf, size_t size)
{
    return ui_prompt_history(question, buf, size, NULL);
}

bool ui_prompt_history(const char *question, char *buf, size_t size,
                       struct lineedit_history *hist)
{
    struct lineedit e;
    char *offer = strdup(buf); /* the text offered, if any, to edit or take */

    lineedit_init(&e, buf, size, hist);
    for (const char *p = offer ? offer : ""; *p; p++)
        lineedit_byte(&e, (unsigned char)*p);
    free(offer);
    curs_set(1);
    for (;;) {
        int ch;
        draw_prompt(question, &e);
        ch = prompt_key();
        if (ch == '\n' || ch == '\r' || ch == KEY_ENTER) {
            lineedit_done(&e, true);
            return true;
        }
        if (ch < 0 || ch == 27 || ch == 7 /* Ctrl-G */) {
            lineedit_done(&e, false);
            buf[0] = '\0';
            return false;
        }
        prompt_edit(&e, ch);
    }
}

bool ui_confirm(const char *question)
{
    int ch;

    move(LINES - 1, 0);
    clrtoeol();
    ui_put(LINES - 1, 0, question, strlen(question), COLS - 1, A_BOLD);
    refresh();
    ch = prompt_key();
    return ch == 'y' || ch == 'Y';
}
