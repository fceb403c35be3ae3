/* test_plain.c: plain mode (plain.c) driven line by line through
 * fmemopen/open_memstream, over a small fixture guide and over the shipped
 * content: what a person (or a screen reader) is shown after each line
 * typed, that lines fit the width, that nothing but text comes out, and
 * that end of input and q both end with status 0. */
#include "testutil.h"

#include <dirent.h>
#include <sys/wait.h>
#include <locale.h>

#include "../../src/plain.h"
#include "../../src/session.h"
#include "../../src/text.h"

/* Home: two pages, a submenu, a self-check and the warning signs. Alpha
 * holds a long paragraph, a word longer than a line, a bullet, non-ASCII
 * text and control characters (BEL, ESC, DEL, C1 CSI). */
static const char fixture[] =
    "[guide]\ntitle = Test guide\nroot = home\nreviewed = 2026-01-01\n"
    "disclaimer = \"Educational only \xE2\x80\x94 not medical advice.\"\n"
    "[home]\ntype = menu\ntitle = Home\nchildren = alpha, beta, sub, quiz, red-flags\n"
    "[alpha]\ntype = page\ntitle = Alpha page\n"
    "p1 = \"Alpha words run on and on so that this paragraph needs several lines at a "
    "narrow width, with a supercalifragilisticexpialidocious word too.\"\n"
    "p2 = \"- A bullet about a caf\xC3\xA9, with \xE2\x80\x9Cquotes\xE2\x80\x9D.\"\n"
    "p3 = \"Bell\x07 escape\x1B[31m red\x1B]0;title\x07 del\x7F csi\xC2\x9B" "2J end.\"\n"
    "[beta]\ntype = page\ntitle = Beta page\np1 = \"Beta text that holds the needle.\"\n"
    "see = alpha\n"
    "[sub]\ntype = menu\ntitle = Sub menu\nchildren = gamma\n"
    "[gamma]\ntype = page\ntitle = Gamma page\np1 = Gamma text.\n"
    "[quiz]\ntype = checklist\ntitle = Quick check\np1 = Tick what applies.\n"
    "item1 = First statement\nitem1_weight = 2\nitem1_why = Because it matters.\n"
    "item1_ask = Ask about the first?\n"
    "item2 = Second statement\nitem2_weight = 3\n"
    "item3 = Urgent statement\nitem3_urgent = yes\n"
    "band1_min = 0\nband1_max = 2\nband1_title = Low\nband1_text = Low text.\n"
    "band2_min = 3\nband2_max = 5\nband2_title = High\nband2_text = High text.\n"
    "urgent_title = Get help today\nurgent_p1 = Call now.\nbring1 = Your scans\n"
    "[red-flags]\ntype = checklist\ntitle = Warning signs\n"
    "item1 = A warning sign\nitem1_urgent = yes\n"
    "band1_min = 0\nband1_max = 0\nband1_title = None ticked\nband1_text = Nothing.\n"
    "urgent_title = Get help today\nurgent_p1 = Call now.\n";

#define PROMPT "> "
#define BULLET "\xE2\x80\xA2 " /* U+2022, when not in ASCII mode */

struct fx {
    char *dir;
    struct guide g;
    bool loaded;
    char *out; /* everything plain_run wrote */
    size_t len;
    int rc;
};

static int fx_setup(void **state)
{
    struct fx *f = calloc(1, sizeof *f);

    if (!f)
        return -1;
    f->dir = tmp_dir();
    *state = f;
    return 0;
}

static int fx_teardown(void **state)
{
    struct fx *f = *state;

    if (f->loaded)
        content_free(&f->g);
    free(f->out);
    rm_dir(f->dir);
    free(f);
    return 0;
}

#define FX_TEST(t) cmocka_unit_test_setup_teardown(t, fx_setup, fx_teardown)

static void load(struct fx *f, const char *dir)
{
    struct diag d = { 0 };

    if (!content_load(dir, &f->g, &d)) {
        char *msg = diag_text(&d);
        fail_msg("content in %s did not load:\n%s", dir, msg);
    }
    diag_free(&d);
    f->loaded = true;
}

static void load_fixture(struct fx *f)
{
    put_file(f->dir, "a.ini", fixture, -1);
    load(f, f->dir);
}

/* Runs plain mode on the typed lines; the output is kept in f->out. */
static void run_opts(struct fx *f, const char *typed, int width, bool ascii, bool kiosk)
{
    struct plain_options o = { width, ascii, kiosk, 0, 0, NULL, NULL, NULL };
    static char one[] = "x";
    /* fmemopen may refuse a size of 0: for no input, read one byte away. */
    FILE *in = typed[0] ? fmemopen((void *)typed, strlen(typed), "r") : fmemopen(one, 1, "r");
    FILE *out;

    assert_non_null(in);
    if (typed[0] == '\0')
        fgetc(in);
    free(f->out);
    f->out = NULL;
    out = open_memstream(&f->out, &f->len);
    assert_non_null(out);
    f->rc = plain_run(&f->g, &o, in, out);
    fclose(in);
    fclose(out);
}

static void run(struct fx *f, const char *typed)
{
    run_opts(f, typed, 60, false, false);
}

/* The answer to the k-th line typed (k = 0: what is shown at the start),
 * up to the next prompt. Returns a pointer into a static copy. */
static const char *answer(const struct fx *f, int k)
{
    static char buf[65536];
    const char *s = f->out, *end;

    for (int i = 0; i < k; i++) {
        s = strstr(s, "\n" PROMPT);
        if (!s)
            fail_msg("no answer %d in:\n%s", k, f->out);
        s += 1 + strlen(PROMPT);
    }
    end = strstr(s, "\n" PROMPT);
    end = end ? end + 1 : s + strlen(s); /* with its last newline */
    snprintf(buf, sizeof buf, "%.*s", (int)(end - s), s);
    return buf;
}

#define assert_contains(hay, needle)                                             \
    do {                                                                         \
        if (!strstr((hay), (needle)))                                            \
            fail_msg("expected \"%s\" in:\n%s", (needle), (hay));                \
    } while (0)

#define assert_lacks(hay, needle)                                                \
    do {                                                                         \
        if (strstr((hay), (needle)))                                             \
            fail_msg("did not expect \"%s\" in:\n%s", (needle), (hay));          \
    } while (0)

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;

    for (const char *s = strstr(hay, needle); s; s = strstr(s + 1, needle))
        n++;
    return n;
}

/* No output line is wider than width columns. */
static void assert_fits(const struct fx *f, int width)
{
    const char *s = f->out;

    while (*s) {
        size_t len = strcspn(s, "\n");
        if (text_width(s, len) > width)
            fail_msg("line wider than %d: \"%.*s\"", width, (int)len, s);
        s += len + (s[len] == '\n');
    }
}

/* Only text: no control character but newline (C0, DEL, or C1 as UTF-8). */
static void assert_only_text(const struct fx *f)
{
    for (size_t i = 0; i < f->len; i++) {
        unsigned char c = (unsigned char)f->out[i];
        unsigned char next = i + 1 < f->len ? (unsigned char)f->out[i + 1] : 0;
        if ((c < 0x20 && c != '\n') || c == 0x7F || (c == 0xC2 && next >= 0x80 && next < 0xA0))
            fail_msg("control byte 0x%02X at %zu in:\n%s", c, i, f->out);
    }
}

static void assert_ascii(const struct fx *f)
{
    for (size_t i = 0; i < f->len; i++)
        if ((unsigned char)f->out[i] >= 0x80)
            fail_msg("byte 0x%02X at %zu in ascii mode:\n%s", (unsigned char)f->out[i], i,
                     f->out);
}

/* ---- start, quit, end of input */

static void test_start_shows_title_disclaimer_and_numbered_home(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "");
    const char *a = answer(f, 0);
    assert_true(strncmp(a, "Test guide\n", 11) == 0);
    assert_contains(a, "Educational only \xE2\x80\x94 not medical advice.");
    assert_contains(a, "\nHome\n");
    assert_contains(a, "\n1. Alpha page\n2. Beta page\n3. Sub menu\n4. Quick check\n");
    assert_contains(a, "m Home, t contents");
    assert_contains(a, "q quit.");
}

static void test_end_of_input_exits_0_after_a_newline(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "");
    assert_int_equal(f->rc, 0);
    assert_true(f->len >= 3);
    assert_string_equal(f->out + f->len - 3, PROMPT "\n");
    run(f, "1\n"); /* no q: the end of input ends it too */
    assert_int_equal(f->rc, 0);
    assert_string_equal(f->out + f->len - 3, PROMPT "\n");
}

static void test_q_quits_and_reads_no_further(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "q\n1\n");
    assert_int_equal(f->rc, 0);
    assert_int_equal(count(f->out, "\n" PROMPT), 1);
    assert_lacks(f->out, "Alpha words");
    run(f, "  Q  \n1\n"); /* spaces trimmed, any case */
    assert_int_equal(count(f->out, "\n" PROMPT), 1);
    run(f, "quit\n");
    assert_int_equal(count(f->out, "\n" PROMPT), 1);
}

/* ---- menus and pages */

static void test_number_opens_a_page_wrapped_to_the_width(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run_opts(f, "1\n", 30, false, false);
    const char *a = answer(f, 1);
    assert_contains(a, "Alpha page\n");
    assert_contains(a, "Alpha words run on and on so\n");
    assert_contains(a, "supercalifragilisticexpialidoc\nious"); /* broken, not overlong */
    assert_fits(f, 30);
    run_opts(f, "1\n", 5, false, false); /* too narrow: 20 columns */
    assert_fits(f, 20);
}

static void test_bullets_hang_under_their_marker(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run_opts(f, "1\n", 30, false, false);
    assert_contains(answer(f, 1), BULLET "A bullet about a caf\xC3\xA9, with\n  \xE2\x80\x9C");
    run_opts(f, "1\n", 30, true, false);
    assert_contains(answer(f, 1), "- A bullet about a cafe, with\n  \"quotes\".");
}

static void test_submenu_and_back_along_the_path(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "3\n1\n<\nback\n<\n");
    assert_contains(answer(f, 1), "Sub menu\n\n1. Gamma page\n");
    assert_contains(answer(f, 2), "Gamma text.");
    assert_contains(answer(f, 3), "Sub menu\n\n1. Gamma page\n");
    assert_contains(answer(f, 4), "Home\n\n1. Alpha page\n");
    assert_contains(answer(f, 5), "This is Home. Type q to quit.");
}

static void test_home_from_deep_inside(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "3\n1\nM\n<\n");
    assert_contains(answer(f, 3), "Home\n\n1. Alpha page\n");
    assert_contains(answer(f, 4), "This is Home."); /* the path was reset */
}

static void test_see_also_is_numbered_and_back_is_short(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "2\n1\n<\n\n");
    const char *a = answer(f, 1);
    assert_contains(a, "Beta text that holds the needle.");
    assert_contains(a, "See also\n1. Alpha page\n");
    assert_contains(answer(f, 2), "Alpha words");
    /* Back to a page: its title and links, not the whole text again. */
    a = answer(f, 3);
    assert_contains(a, "Beta page\nPress Enter to read this page again.");
    assert_lacks(a, "needle");
    assert_contains(a, "1. Alpha page");
    assert_contains(answer(f, 4), "Beta text that holds the needle."); /* Enter */
}

static void test_next_and_previous_page_of_the_menu(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "1\n]\nnext\n[\nprevious\n<\n");
    assert_contains(answer(f, 2), "Beta text");
    assert_contains(answer(f, 3), "This is the last page here."); /* sub is a menu */
    assert_contains(answer(f, 4), "Alpha words");
    assert_contains(answer(f, 5), "This is the first page here.");
    assert_contains(answer(f, 6), "Home\n\n1. Alpha page"); /* ], [ replaced, not pushed */
}

static void test_next_on_a_linked_page_or_a_menu(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "2\n1\n]\nm\n]\np\n");
    assert_contains(answer(f, 3), "no next or previous page");
    assert_contains(answer(f, 5), "That works on pages only.");
    /* A full-screen key with no meaning here says so. */
    assert_contains(answer(f, 6), "p is a key of the full-screen guide.");
}

static void test_unknown_input_and_bad_numbers(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "xyz\n9\n0\nq please\n12abc\n3\n1\n2\n");
    assert_string_equal(answer(f, 1), "\nNot understood: \"xyz\". Type ? for help.\n");
    assert_contains(answer(f, 2), "Choose a number from 1 to 5.");
    assert_contains(answer(f, 3), "Choose a number from 1 to 5.");
    assert_contains(answer(f, 4), "Not understood: \"q please\"");
    assert_contains(answer(f, 5), "Not understood: \"12abc\"");
    assert_contains(answer(f, 8), "There are no numbered choices here.");
    assert_contains(answer(f, 7), "Gamma text."); /* still where it was */
}

static void test_help_lists_the_commands(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "?\nh\n<\n");
    const char *a = answer(f, 1);
    assert_contains(a, "Help\n");
    assert_contains(a, BULLET "< or back: go back");
    assert_contains(a, BULLET "q or quit: quit");
    assert_contains(a, BULLET "b: show the previous screenful again");
    assert_contains(a, BULLET "s, or s and a file name, such as s notes.txt:");
    assert_contains(a, "Last reviewed:");
    assert_contains(a, "2026-01-01");
    assert_contains(answer(f, 2), "Help\n"); /* ? twice: shown again, not stacked */
    assert_contains(answer(f, 3), "Home\n\n1. Alpha page");
}

static void test_bang_opens_the_warning_signs(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "3\n!\n1\nr\n<\n");
    assert_contains(answer(f, 2), "Warning signs\n");
    assert_contains(answer(f, 2), "1. [ ] A warning sign");
    assert_contains(answer(f, 3), "1. [x] A warning sign");
    assert_contains(answer(f, 4), "URGENT: Get help today");
    assert_contains(answer(f, 5), "Sub menu"); /* back where ! was typed */
}

/* ---- the self-check */

static void test_selfcheck_ticks_and_unticks(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "4\n1\n1\n1 2\n");
    const char *a = answer(f, 1);
    assert_contains(a, "Quick check\n\nTick what applies.\n");
    assert_contains(a, "1. [ ] First statement\n2. [ ] Second statement\n");
    assert_contains(a, "0 of 3 ticked.");
    assert_contains(answer(f, 2), "1. [x] First statement\n1 of 3 ticked.");
    assert_contains(answer(f, 3), "1. [ ] First statement\n0 of 3 ticked.");
    assert_contains(answer(f, 4), "1. [x] First statement\n2. [x] Second statement\n");
}

static void test_selfcheck_bad_numbers_change_nothing(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "4\n1 7\n\n");
    assert_contains(answer(f, 2), "Choose statements from 1 to 3.");
    assert_contains(answer(f, 3), "0 of 3 ticked."); /* 1 was not ticked either */
}

static void test_selfcheck_result_bands(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "4\nr\n2\nr\n");
    const char *a = answer(f, 2);
    assert_contains(a, "Result: Low\n\nLow text.");
    assert_contains(a, "What to bring:\n" BULLET "Your scans");
    assert_contains(a, "Educational only");
    a = answer(f, 4);
    assert_contains(a, "Result: High\n\nHigh text.");
    assert_contains(a, "You ticked:\n" BULLET "Second statement");
    assert_lacks(a, "URGENT");
}

static void test_selfcheck_urgent_card(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "4\n1 3\nr\n");
    assert_contains(answer(f, 2), "That is a warning sign. Type r to see what to do.");
    const char *a = answer(f, 3);
    assert_contains(a, "URGENT: Get help today\n\nCall now.");
    assert_contains(a, "Questions to ask:\n" BULLET "Ask about the first?");
    assert_contains(a, "What to bring:\n" BULLET "Your scans");
    assert_lacks(a, "Result:");
}

static void test_selfcheck_why_and_clear(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "4\nw 1\nW2\nw\nw 9\n1\nc\nn\nc\ny\n\nc\n");
    assert_contains(answer(f, 2), "Why 1: Because it matters.");
    assert_contains(answer(f, 3), "Statement 2 has no explanation.");
    assert_contains(answer(f, 4), "Type w and a statement number");
    assert_contains(answer(f, 5), "Choose a statement from 1 to 3.");
    /* c asks first: n keeps the tick, y clears it. */
    assert_contains(answer(f, 7), "Clear all ticks? (y/n) Ticks kept.");
    assert_contains(answer(f, 8), "Clear all ticks? (y/n) All ticks cleared.");
    assert_contains(answer(f, 9), "1. [ ] First statement");
    assert_contains(answer(f, 10), "No ticks to clear.");
}

static void test_quitting_with_ticks_asks_first(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "q\n"); /* nothing ticked: no question */
    assert_lacks(f->out, "Quit?");
    run(f, "4\n1\nq\nn\n2\nq\ny\n3\n");
    assert_contains(answer(f, 3), SESSION_QUIT_QUESTION "Not quitting.");
    assert_contains(answer(f, 4), "2. [x] ");
    assert_contains(answer(f, 5), SESSION_QUIT_QUESTION);
    assert_lacks(answer(f, 5), "3. [x]"); /* y quit: the 3 was never read */
    run(f, "4\n1\nq\n"); /* the end of input still quits */
    assert_contains(answer(f, 3), SESSION_QUIT_QUESTION);
    run_opts(f, "4\n1\nq\n2\n", 60, false, true); /* kiosk: one key */
    assert_lacks(f->out, "Quit?");
    assert_lacks(f->out, "2. [x]");
}

static void test_selfcheck_ticks_outlive_leaving_it(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "4\n2\nm\n4\n");
    assert_contains(answer(f, 4), "2. [x] Second statement"); /* in memory, this run */
}

static void test_selfcheck_commands_elsewhere(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "r\nw 1\n");
    assert_contains(answer(f, 1), "That works in a self-check, What matters to you or My\n"
                                  "appointment sheet."); /* all three, as wrapped at 60 */
    assert_contains(answer(f, 2), "That works in a self-check only.");
}

/* Files in dir, not counting . and .. */
static int files_in(const char *dir)
{
    DIR *d = opendir(dir);
    int n = 0;

    assert_non_null(d);
    for (struct dirent *e; (e = readdir(d));)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static void test_save_only_on_request_never_in_kiosk(void **state)
{
    struct fx *f = *state;
    char typed[4400], path[4096];
    FILE *saved;

    load_fixture(f);
    setenv("HOME", f->dir, 1); /* s alone saves in the home folder */
    snprintf(path, sizeof path, "%s/summary.txt", f->dir);
    snprintf(typed, sizeof typed, "4\n2\ns %s\ns\n", path);
    run_opts(f, typed, 60, false, true);
    assert_contains(answer(f, 3), "Saving is turned off on this machine.");
    assert_int_equal(files_in(f->dir), 1); /* a.ini only */
    run(f, typed);
    assert_contains(answer(f, 3), "Saved to ");
    /* s alone: the dated name in the home folder, said in full; no
     * prompt eats a line. */
    snprintf(path, sizeof path, "Saved to %s/fbss-summary-", f->dir);
    assert_contains(answer(f, 4), path);
    assert_int_equal(files_in(f->dir), 3);
    snprintf(path, sizeof path, "%s/summary.txt", f->dir);
    saved = fopen(path, "r");
    assert_non_null(saved);
    fclose(saved);
    snprintf(typed, sizeof typed, "4\ns %s\nn\n", path);
    run(f, typed); /* it exists now: asks, and n keeps it */
    assert_contains(answer(f, 2), "That file exists. Replace it? (y/n) Not saved: ");
}

/* ---- search */

static void test_search_lists_hits_and_opens_them(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "/NEEDLE\n1\n<\n<\n/ zzzz\n/\n");
    const char *a = answer(f, 1);
    assert_contains(a, "Search: \"NEEDLE\", 1 page\n");
    assert_contains(a, "1. Beta page \xE2\x80\x94 Home\n"); /* labelled with its section */
    assert_contains(a, "needle");
    assert_contains(answer(f, 2), "Beta text that holds the needle.");
    assert_contains(answer(f, 3), "1. Beta page"); /* back to the results */
    assert_contains(answer(f, 4), "Home\n\n1. Alpha page");
    assert_contains(answer(f, 5), "No page has \"zzzz\".");
    assert_contains(answer(f, 6), "Type / and a word");
}

/* ---- finding pages: contents, recent pages, matches, words */

static void test_contents_and_recent_pages(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "t\n5\n<\nv\n1\n<\ncontents\nrecent\n");
    const char *a = answer(f, 1);
    assert_contains(a, "Contents\n\n1. Home\n2.   Alpha page\n3.   Beta page\n4.   Sub menu\n"
                       "5.     Gamma page\n");
    assert_contains(answer(f, 2), "Gamma text.");
    assert_contains(answer(f, 4), "Recently viewed\n\n1. Gamma page\n");
    assert_contains(answer(f, 5), "Gamma text.");
    assert_contains(answer(f, 7), "Contents\n");
    assert_contains(answer(f, 8), "Recently viewed\n");
}

static void test_recent_with_nothing_viewed(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "v\n");
    assert_contains(answer(f, 1), "No pages viewed yet.");
}

static void test_next_and_previous_match(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "1\nn\n/alpha\n1\nn\nn\nn\nN\n");
    assert_contains(answer(f, 2), "Type / to search first.");
    assert_contains(answer(f, 4), "Type n to read the matches of \"alpha\" on this page.");
    assert_contains(answer(f, 5), "Alpha page\n"); /* the title holds the first */
    assert_lacks(answer(f, 5), "Type n to read");
    assert_contains(answer(f, 6), "Alpha words run on");
    assert_contains(answer(f, 7), "Back to the first match.");
    assert_contains(answer(f, 8), "Back to the last match.");
    assert_contains(answer(f, 8), "Alpha words run on");
}

static void test_paging_a_long_answer_to_a_terminal(void **state)
{
    struct fx *f = *state;
    struct plain_options o = { 60, false, false, 6, 0, NULL, NULL, NULL };
    const char typed[] = "1\n\n\n\nb\n\nb\nb\nb\nb\n";
    FILE *in, *out;

    load_fixture(f);
    in = fmemopen((void *)typed, strlen(typed), "r");
    out = open_memstream(&f->out, &f->len);
    assert_non_null(in);
    assert_non_null(out);
    f->rc = plain_run(&f->g, &o, in, out);
    fclose(in);
    fclose(out);
    const char *a = answer(f, 1);
    assert_contains(a, "-- More: Enter next, b previous --"); /* the line that fits 60 columns */
    assert_lacks(a, "A bullet"); /* 4 rows of text, then More */
    assert_contains(answer(f, 2), "A bullet");
    assert_contains(answer(f, 3), "Bell");
    assert_contains(answer(f, 4), "< goes back."); /* the last screenful: no More */
    assert_lacks(answer(f, 4), "-- More");
    assert_contains(answer(f, 5), "Bell"); /* b: the one before */
    assert_contains(answer(f, 5), "-- More");
    assert_contains(answer(f, 6), "< goes back."); /* Enter: the last again */
    assert_contains(answer(f, 7), "Bell");
    assert_contains(answer(f, 8), "A bullet");
    assert_contains(answer(f, 9), "Alpha page\n"); /* the first screenful */
    assert_contains(answer(f, 10), "There is no screenful before this one.");
    run_opts(f, "1\n\nb\n", 60, false, false);
    assert_lacks(answer(f, 1), "-- More"); /* not a terminal (rows 0): never paged */
}

static void test_words_of_a_page(void **state)
{
    struct fx *f = *state;

    load(f, "content");
    run(f, "/pseudarthrosis\n1\nd\nwords\n<\n<\n<\nd\n");
    assert_contains(answer(f, 3), "Words on: ");
    assert_contains(answer(f, 4), "These are the glossary words of the page before.");
    assert_contains(answer(f, 8), "That works on pages only."); /* Home */
}

/* --idle: the reader is forgotten while plain mode waits for a line. */
static void test_idle_forgets_the_reader(void **state)
{
    struct fx *f = *state;
    struct plain_options o = { 60, false, false, 0, 1, NULL, NULL, NULL };
    int fds[2];
    pid_t pid;
    FILE *in, *out;

    load_fixture(f);
    assert_int_equal(pipe(fds), 0);
    pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) { /* the reader: ticks, walks away, comes back */
        close(fds[0]);
        if (write(fds[1], "4\n2\n", 4) != 4)
            _exit(1);
        usleep(1600 * 1000);
        if (write(fds[1], "4\nq\n", 4) != 4)
            _exit(1);
        _exit(0);
    }
    close(fds[1]);
    in = fdopen(fds[0], "r");
    out = open_memstream(&f->out, &f->len);
    assert_non_null(in);
    f->rc = plain_run(&f->g, &o, in, out);
    fclose(in);
    fclose(out);
    waitpid(pid, NULL, 0);
    assert_int_equal(f->rc, 0);
    assert_contains(answer(f, 2), "2. [x] Second statement");
    assert_contains(answer(f, 3), "Nothing was typed for 1 seconds");
    assert_contains(answer(f, 3), "Home\n\n1. Alpha page");
    assert_contains(answer(f, 4), "2. [ ] Second statement"); /* the tick is gone */
}

/* ---- hostile content, ASCII */

static void test_control_characters_never_come_out(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "1\n\x1b[2Jbad\x07\n");
    assert_contains(answer(f, 1), "Bell");
    assert_only_text(f);
    assert_contains(answer(f, 2), "Not understood: \"");
    run_opts(f, "1\n\x1b[2Jbad\x07\n", 60, true, false);
    assert_only_text(f);
    assert_contains(answer(f, 1), "Bell? escape?[31m red?]0;title? del? csi?2J end.");
}

static void test_ascii_mode_sends_only_ascii(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run_opts(f, "1\n<\n2\n1\n?\nm\n4\n1 3\nr\nw 1\n/caf\xC3\xA9\n1\nn\nt\nv\n\xC3\xA9t\xC3\xA9\n", 30,
             true, false);
    assert_int_equal(f->rc, 0);
    assert_ascii(f);
    assert_fits(f, 30);
    assert_contains(answer(f, 0), "Educational only - not medical");
}

/* ---- the shipped guide */

/* Types: every Home item, into every submenu item and back out. */
static char *walk_script(const struct guide *g)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *s = open_memstream(&buf, &len);
    const struct node *home = g->root;

    assert_non_null(s);
    for (size_t i = 0; i < home->n_children; i++) {
        const struct node *c = home->children[i];
        fprintf(s, "%zu\n", i + 1);
        for (size_t k = 0; c->type == NODE_MENU && k < c->n_children; k++)
            fprintf(s, "%zu\nr\n<\n", k + 1);
        fprintf(s, "%s\n", c->type == NODE_MENU ? "<" : "1\nr\n<\n<");
    }
    fprintf(s, "!\n1\nr\n?\n/second opinion\n1\nn\nN\nd\n<\nt\n5\nv\nq\n");
    fclose(s);
    return buf;
}

/* A comparison with a See also page, and a values page: what a number
 * alone does there. */
static const char aid_fixture[] =
    "[guide]\ntitle = Aid guide\nroot = home\nreviewed = 2026-01-01\n"
    "[home]\ntype = menu\ntitle = Home\nchildren = cmp, val, other\n"
    "[other]\ntype = page\ntitle = Unlisted page\np1 = Not on the comparison.\n"
    "[cmp]\ntype = compare\ntitle = Side by side\np1 = Intro.\nsee = other\n"
    "option1 = Surgery\noption2 = Physio\n"
    "aspect1 = What it involves\naspect2 = Risks\n"
    "cell1_1 = An operation.\ncell1_2 = Infection.\ncell2_1 = Exercise.\n"
    "cell2_2 = The sources do not say.\n"
    "[val]\ntype = values\ntitle = What matters\np1 = Rate each.\n"
    "scale = Not important | Important | Very important\ncompare = cmp\n"
    "statement1 = Avoiding another operation\nstatement1_options = 2\n"
    "statement2 = A bigger gain even with more risk\nstatement2_options = 1\n";

/* The comparison lists its options by number: typing one shows that
 * option, as o 2 does, and never opens a See also page that was not shown. */
static void test_compare_number_shows_that_option(void **state)
{
    struct fx *f = *state;

    put_file(f->dir, "a.ini", aid_fixture, -1);
    load(f, f->dir);
    run(f, "1\n2\n");
    assert_contains(answer(f, 1), "1. Surgery");
    assert_contains(answer(f, 2), "Option 2 of 2: Physio");
    assert_contains(answer(f, 2), "Exercise.");
    assert_lacks(answer(f, 2), "Unlisted page");
}

/* A statement's number without a rating asks for the rating; it does not
 * clear the answer already given. */
static void test_values_number_alone_keeps_the_rating(void **state)
{
    struct fx *f = *state;

    put_file(f->dir, "a.ini", aid_fixture, -1);
    load(f, f->dir);
    run(f, "2\n1 3\n1\nr\n");
    assert_contains(answer(f, 2), "Your answer: Very important (3 of 3).");
    assert_contains(answer(f, 3), "a rating from 0 to 3");
    assert_lacks(answer(f, 3), "not rated yet");
    assert_contains(answer(f, 4), "Avoiding another operation");
    assert_lacks(answer(f, 4), "You have not rated any statement yet.");
}

/* At 40 columns the "More" line fits on one line: the terminal does not
 * break it mid-word ("screen" / "ful"). */
static void test_more_fits_a_narrow_terminal(void **state)
{
    struct fx *f = *state;
    struct plain_options o = { 40, false, false, 6, 0, NULL, NULL, NULL };
    const char typed[] = "1\n";
    FILE *in, *out;

    load_fixture(f);
    in = fmemopen((void *)typed, strlen(typed), "r");
    out = open_memstream(&f->out, &f->len);
    assert_non_null(in);
    assert_non_null(out);
    f->rc = plain_run(&f->g, &o, in, out);
    fclose(in);
    fclose(out);
    assert_contains(answer(f, 1), "-- More: Enter next, b previous --\n");
    assert_fits(f, 40);
}

/* n reads each paragraph once, though it holds several words searched
 * for; the page names the words as corrected, not as mistyped. */
static void test_next_match_reads_a_paragraph_once(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "/alpha words\n1\nn\nn\nn\n/alpah\n1\n");
    assert_contains(answer(f, 3), "Alpha page\n");
    assert_contains(answer(f, 4), "Alpha words run on");
    assert_contains(answer(f, 5), "Back to the first match.");
    assert_lacks(answer(f, 5), "Alpha words run on"); /* not the same paragraph again */
    assert_contains(answer(f, 7), "Type n to read the matches of \"alpha\" on this page.");
}

/* Keys a terminal sends as escape sequences (Up, PgDn, Home as PuTTY sends
 * them) land in the typed line: they are taken out, never "Not
 * understood: ?[A". */
static void test_arrow_keys_in_a_line_are_dropped(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "\x1b[A\n2\x1b[6~\n<\n\x1b[1~\x1bOB\n");
    assert_contains(answer(f, 1), "Arrow and page keys do nothing here");
    assert_lacks(answer(f, 1), "Not understood");
    assert_contains(answer(f, 2), "Beta text that holds the needle."); /* "2" */
    assert_contains(answer(f, 4), "Arrow and page keys do nothing here");
}

/* + away from its screens names all three where it works. */
static void test_add_questions_elsewhere_says_where(void **state)
{
    struct fx *f = *state;

    load_fixture(f);
    run(f, "+\n");
    assert_contains(answer(f, 1), "That works on pages, in a self-check or in My appointment\n"
                                  "sheet."); /* as wrapped at 60 */
}

static void test_shipped_guide_walk_fits_and_is_clean(void **state)
{
    struct fx *f = *state;
    static const int widths[] = { 20, 40, 79, 132 };
    char *typed;

    load(f, "content");
    typed = walk_script(&f->g);
    for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++) {
        run_opts(f, typed, widths[w], true, true);
        assert_int_equal(f->rc, 0);
        assert_fits(f, widths[w]);
        assert_ascii(f);
        assert_only_text(f);
        assert_lacks(f->out, "Not understood");
    }
    assert_contains(f->out, "Warning signs: tick any you have");
    assert_contains(f->out, "URGENT: Get medical help now");
    free(typed);
}

/* The shipped self-check informs and does not score: the result lists each
 * ticked statement with what the sources say and a question, and names no
 * verdict, whichever way the statements point. */
static void test_shipped_selfcheck_lists_without_verdict(void **state)
{
    struct fx *f = *state;
    const struct node *home;
    size_t sc = 0;
    char typed[256];

    load(f, "content");
    home = f->g.root;
    for (size_t i = 0; i < home->n_children; i++)
        if (strcmp(home->children[i]->id, "self-check") == 0)
            sc = i + 1;
    assert_true(sc > 0);
    assert_int_equal(home->children[sc - 1]->check->n_bands, 0);
    snprintf(typed, sizeof typed, "%zu\nr\n1 12\nr\n", sc);
    run(f, typed);
    assert_lacks(answer(f, 2), "Result:");
    assert_contains(answer(f, 4), "Why it matters: The surgeon's guide says a scan alone");
    assert_contains(answer(f, 4), "Why it matters: This can favor another operation.");
    assert_contains(answer(f, 4), "Question to ask: Apart from the scan");
    assert_lacks(answer(f, 4), "Result:");
}

int main(void)
{
    /* As the program runs in a UTF-8 terminal (text_clean asks wcwidth). */
    if (!setlocale(LC_ALL, "C.UTF-8"))
        fprintf(stderr, "test_plain: no C.UTF-8 locale; UTF-8 checks may fail\n");
    const struct CMUnitTest tests[] = {
        FX_TEST(test_start_shows_title_disclaimer_and_numbered_home),
        FX_TEST(test_end_of_input_exits_0_after_a_newline),
        FX_TEST(test_q_quits_and_reads_no_further),
        FX_TEST(test_number_opens_a_page_wrapped_to_the_width),
        FX_TEST(test_bullets_hang_under_their_marker),
        FX_TEST(test_submenu_and_back_along_the_path),
        FX_TEST(test_home_from_deep_inside),
        FX_TEST(test_see_also_is_numbered_and_back_is_short),
        FX_TEST(test_next_and_previous_page_of_the_menu),
        FX_TEST(test_next_on_a_linked_page_or_a_menu),
        FX_TEST(test_unknown_input_and_bad_numbers),
        FX_TEST(test_help_lists_the_commands),
        FX_TEST(test_bang_opens_the_warning_signs),
        FX_TEST(test_selfcheck_ticks_and_unticks),
        FX_TEST(test_selfcheck_bad_numbers_change_nothing),
        FX_TEST(test_selfcheck_result_bands),
        FX_TEST(test_selfcheck_urgent_card),
        FX_TEST(test_selfcheck_why_and_clear),
        FX_TEST(test_selfcheck_ticks_outlive_leaving_it),
        FX_TEST(test_selfcheck_commands_elsewhere),
        FX_TEST(test_save_only_on_request_never_in_kiosk),
        FX_TEST(test_quitting_with_ticks_asks_first),
        FX_TEST(test_search_lists_hits_and_opens_them),
        FX_TEST(test_contents_and_recent_pages),
        FX_TEST(test_recent_with_nothing_viewed),
        FX_TEST(test_next_and_previous_match),
        FX_TEST(test_paging_a_long_answer_to_a_terminal),
        FX_TEST(test_words_of_a_page),
        FX_TEST(test_idle_forgets_the_reader),
        FX_TEST(test_control_characters_never_come_out),
        FX_TEST(test_ascii_mode_sends_only_ascii),
        FX_TEST(test_compare_number_shows_that_option),
        FX_TEST(test_values_number_alone_keeps_the_rating),
        FX_TEST(test_more_fits_a_narrow_terminal),
        FX_TEST(test_next_match_reads_a_paragraph_once),
        FX_TEST(test_arrow_keys_in_a_line_are_dropped),
        FX_TEST(test_add_questions_elsewhere_says_where),
        FX_TEST(test_shipped_guide_walk_fits_and_is_clean),
        FX_TEST(test_shipped_selfcheck_lists_without_verdict),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
