/* test_session.c: the reader's session (session.c) without a terminal: a
 * whole walk (open, back, search, link, contents, tick, result, forget)
 * with the state asserted after each step, and the rules both faces rely
 * on: next and previous page, words screens that do not pile up, kiosk
 * saving, matches on a page, generated screens that are not "recent". */
#include "testutil.h"

#include <stdint.h>

#include "../../src/session.h"

static const char fixture[] =
    "[guide]\ntitle = Test guide\nroot = home\nreviewed = 2026-01-01\n"
    "disclaimer = Educational only.\n"
    "[home]\ntype = menu\ntitle = Home\nchildren = alpha, beta, sub, quiz, red-flags, words\n"
    "[alpha]\ntype = page\ntitle = Alpha page\np1 = Alpha talks of a fusion.\n"
    "p2 = A second fusion line.\n"
    "[beta]\ntype = page\ntitle = Beta page\np1 = Beta text that holds the needle.\n"
    "see = alpha\n"
    "[sub]\ntype = menu\ntitle = Sub menu\nchildren = gamma, delta\n"
    "[gamma]\ntype = page\ntitle = Gamma page\np1 = Gamma text.\n"
    "[delta]\ntype = page\ntitle = Delta page\np1 = Delta text.\n"
    "[quiz]\ntype = checklist\ntitle = Quick check\np1 = Tick what applies.\n"
    "item1 = First statement\nitem1_weight = 2\nitem1_why = Because it matters.\n"
    "item1_ask = Ask about the first?\n"
    "item2 = Second statement\nitem2_weight = 3\n"
    "item3 = Urgent statement\nitem3_urgent = yes\n"
    "band1_min = 0\nband1_max = 2\nband1_title = Low\nband1_text = Low text.\n"
    "band2_min = 3\nband2_max = 5\nband2_title = High\nband2_text = High text.\n"
    "urgent_title = Get help today\nurgent_p1 = Call now.\n"
    "[red-flags]\ntype = checklist\ntitle = Warning signs\n"
    "item1 = A warning sign\nitem1_urgent = yes\n"
    "band1_min = 0\nband1_max = 0\nband1_title = None ticked\nband1_text = Nothing.\n"
    "urgent_title = Get help today\nurgent_p1 = Call now.\n"
    "[words]\ntype = glossary\ntitle = Glossary\np1 = Words.\n"
    "[t-fusion]\ntype = term\ntitle = Fusion\np1 = Joining bones.\n";

struct fx {
    char *dir;
    struct guide g;
    struct session s;
};

static int fx_setup(void **state)
{
    struct fx *f = calloc(1, sizeof *f);
    struct diag d = { 0 };

    if (!f)
        return -1;
    f->dir = tmp_dir();
    put_file(f->dir, "a.ini", fixture, -1);
    if (!content_load(f->dir, &f->g, &d)) {
        diag_print(&d, stderr);
        return -1;
    }
    *state = f;
    return session_init(&f->s, &f->g, FACE_PLAIN, false, 0) ? 0 : -1;
}

static int fx_teardown(void **state)
{
    struct fx *f = *state;

    session_free(&f->s);
    content_free(&f->g);
    rm_dir(f->dir);
    free(f);
    return 0;
}

#define FX_TEST(t) cmocka_unit_test_setup_teardown(t, fx_setup, fx_teardown)

static const char *top_title(struct fx *f)
{
    return session_top(&f->s)->node->title;
}

static struct node *node(struct fx *f, const char *id)
{
    struct node *n = content_find(&f->g, id);
    assert_non_null(n);
    return n;
}

/* The walk both faces' end-to-end tests also take. */
static void test_full_walk(void **state)
{
    struct fx *f = *state;
    struct session *s = &f->s;
    struct session_list *l;
    struct check_result r;
    struct doc d;
    bool *ticks;

    /* open: Home's second item, Beta */
    assert_string_equal(top_title(f), "Home");
    assert_int_equal(session_view(s), SCR_MENU);
    assert_int_equal(session_items(s), 6);
    assert_int_equal(session_open_item(s, 1), SESSION_OK);
    assert_string_equal(top_title(f), "Beta page");
    assert_int_equal(session_view(s), SCR_PAGE);
    assert_int_equal(s->h.depth, 2);
    assert_ptr_equal(s->h.recent[0], node(f, "beta"));

    /* back */
    assert_int_equal(session_back(s), SESSION_OK);
    assert_string_equal(top_title(f), "Home");
    assert_int_equal(session_back(s), SESSION_AT_HOME);
    assert_int_equal(s->h.depth, 1);

    /* search: results open as a list, the match to be marked on the page */
    assert_int_equal(session_search(s, "NEEDLE"), SESSION_OK);
    l = session_list_of(s, session_top(s)->node);
    assert_non_null(l);
    assert_string_equal(top_title(f), "Search: \"NEEDLE\", 1 page");
    assert_int_equal(l->n, 1);
    assert_ptr_equal(l->targets[0], node(f, "beta"));
    assert_string_equal(s->query, "NEEDLE");
    assert_int_equal(session_open_item(s, 0), SESSION_OK);
    assert_string_equal(top_title(f), "Beta page");
    assert_true(session_top(s)->found);
    assert_int_equal(session_top(s)->match_block, SIZE_MAX);
    assert_int_equal(s->h.depth, 3); /* Home > Search > Beta */

    /* link: Beta's See also is Alpha */
    assert_int_equal(session_items(s), 1);
    assert_int_equal(session_open_item(s, 1), SESSION_NO_ITEM);
    assert_int_equal(session_open_item(s, 0), SESSION_OK);
    assert_string_equal(top_title(f), "Alpha page");
    assert_int_equal(s->h.depth, 4);
    assert_int_equal(session_back(s), SESSION_OK);
    assert_string_equal(top_title(f), "Beta page");

    /* contents: the tree from Home, each node once; open a page from it */
    assert_int_equal(session_contents(s), SESSION_OK);
    l = session_list_of(s, session_top(s)->node);
    assert_string_equal(top_title(f), "Contents");
    assert_string_equal(l->targets[0]->title, "Home");
    assert_int_equal(l->depth[0], 0);
    assert_string_equal(l->targets[4]->title, "Gamma page");
    assert_int_equal(l->depth[4], 2);
    assert_int_equal(session_open_item(s, 4), SESSION_OK);
    assert_string_equal(top_title(f), "Gamma page");
    assert_false(session_top(s)->found); /* not from a search */

    /* tick: the self-check through Home */
    assert_int_equal(session_home(s), SESSION_OK);
    assert_int_equal(s->h.depth, 1);
    assert_int_equal(session_open_item(s, 3), SESSION_OK);
    assert_int_equal(session_view(s), SCR_CHECK);
    assert_int_equal(session_tick(s, 1), SESSION_OK);
    assert_int_equal(session_tick(s, 0), SESSION_OK);
    assert_int_equal(session_tick(s, 3), SESSION_NO_ITEM);
    ticks = session_ticks(s, node(f, "quiz"));
    assert_true(ticks[0] && ticks[1] && !ticks[2]);

    /* result: the one layout, with the band for 2 + 3 */
    doc_init(&d, 60, true);
    assert_true(session_result(s, node(f, "quiz"), &d, &r));
    assert_false(r.urgent);
    assert_int_equal(r.score, 5);
    assert_string_equal(r.band->title, "High");
    assert_int_equal(d.lines[0].kind, LINE_TITLE);
    assert_memory_equal(d.lines[0].s, "Result: High", 12);
    doc_free(&d);

    /* recent pages: the latest first, no generated screens */
    assert_int_equal(session_recent(s), SESSION_OK);
    l = session_list_of(s, session_top(s)->node);
    assert_ptr_equal(l->targets[0], node(f, "quiz"));
    assert_ptr_equal(l->targets[1], node(f, "gamma"));
    for (size_t i = 0; i < l->n; i++)
        assert_false(session_generated(s, l->targets[i]));

    /* forget: path, recent pages, ticks and search all gone */
    session_forget(s);
    assert_int_equal(s->h.depth, 1);
    assert_string_equal(top_title(f), "Home");
    assert_int_equal(s->h.n_recent, 0);
    assert_false(ticks[0] || ticks[1]);
    assert_string_equal(s->query, "");
    assert_int_equal(session_recent(s), SESSION_NONE);
}

static void test_next_and_previous_page_of_a_menu(void **state)
{
    struct fx *f = *state;
    struct session *s = &f->s;

    assert_int_equal(session_sibling(s, 1), SESSION_NOT_HERE); /* a menu */
    session_open_item(s, 0);
    assert_int_equal(session_sibling(s, -1), SESSION_FIRST);
    assert_int_equal(session_sibling(s, 1), SESSION_OK);
    assert_string_equal(top_title(f), "Beta page");
    assert_int_equal(s->h.depth, 2); /* replaced, not pushed */
    assert_int_equal(session_sibling(s, 1), SESSION_LAST); /* sub is a menu */
    session_open_item(s, 0);       /* Beta's link: Alpha, not from a menu */
    assert_int_equal(session_sibling(s, 1), SESSION_NO_NEIGHBOUR);
}

static void test_words_screens_do_not_pile_up(void **state)
{
    struct fx *f = *state;
    struct session *s = &f->s;
    size_t kept = 0;

    session_open_item(s, 0); /* Alpha: uses "fusion" */
    for (int i = 0; i < 5; i++) {
        assert_int_equal(session_words(s), SESSION_OK);
        assert_string_equal(top_title(f), "Words on: Alpha page");
        assert_true(session_generated(s, session_top(s)->node));
        assert_int_equal(session_words(s), SESSION_ALREADY);
        session_back(s);
    }
    assert_int_equal(session_words(s), SESSION_OK);
    /* Only the screen on the path is kept. */
    for (size_t i = 0; i < s->h.depth; i++)
        kept += session_generated(s, s->h.path[i].node);
    assert_int_equal(kept, 1);
    assert_int_equal(s->n_words, 1);
    session_back(s);
    session_back(s);
    session_open_item(s, 2); /* Sub menu */
    assert_int_equal(session_words(s), SESSION_NOT_HERE);
}

static void test_help_and_warning_signs_open_once(void **state)
{
    struct fx *f = *state;
    struct session *s = &f->s;

    assert_int_equal(session_help(s), SESSION_OK);
    assert_int_equal(session_help(s), SESSION_OK);
    assert_int_equal(s->h.depth, 2); /* ? twice: not stacked */
    assert_true(session_generated(s, session_top(s)->node));
    assert_int_equal(s->h.n_recent, 0);
    assert_int_equal(session_warning_signs(s), SESSION_OK);
    assert_string_equal(top_title(f), "Warning signs");
}

static void test_search_that_finds_nothing_keeps_the_last(void **state)
{
    struct fx *f = *state;
    struct session *s = &f->s;
    char msg[200];

    assert_int_equal(session_search(s, "needle"), SESSION_OK);
    assert_int_equal(session_search(s, "needle"), SESSION_OK);
    assert_int_equal(s->h.depth, 2); /* searching from the results replaces them */
    assert_int_equal(session_search(s, "xylophone"), SESSION_NONE);
    assert_string_equal(s->query, "needle");
    session_message(s, SESSION_NONE, ACT_SEARCH, FACE_PLAIN, msg, sizeof msg);
    /* Never a dead end: it says what else to try. */
    assert_string_equal(msg, "No page has \"xylophone\". Or type t for the contents, or look "
                             "in the glossary.");
    assert_int_equal(session_search(s, "   "), SESSION_EMPTY_QUERY);
}

/* Issue 13: a corrected word is said, rows carry their section, the
 * search words are marked, advice when nothing is found, and the searches
 * typed are forgotten with the rest. */
static void test_search_corrects_labels_and_forgets(void **state)
{
    struct fx *f = *state;
    struct session *s = &f->s;
    char note[200], row[200], msg[300];
    size_t a, b;

    assert_int_equal(session_search(s, "neddle"), SESSION_OK);
    session_search_note(s, note, sizeof note);
    assert_string_equal(note, "Showing results for \"needle\" (you typed \"neddle\")");
    assert_string_equal(s->results.title, "Search: \"needle\", 1 page");
    session_row_title(&s->results, 0, row, sizeof row);
    assert_string_equal(row, "Beta page \xE2\x80\x94 Home");
    assert_true(search_find_word("The Needles.", 12, s->match, 0, &a, &b));
    assert_int_equal(a, 4);
    assert_int_equal(s->searches.n, 0); /* the prompt adds to it, not the search */
    assert_true(lineedit_history_add(&s->searches, "neddle"));

    /* Words apart, in any order: found, and nothing to say. */
    assert_int_equal(session_search(s, "fusion second"), SESSION_OK);
    session_search_note(s, note, sizeof note);
    assert_string_equal(note, "");
    session_row_title(&s->results, 0, row, sizeof row);
    assert_string_equal(row, "Alpha page \xE2\x80\x94 Home");

    assert_int_equal(session_search(s, "fusion xylophone"), SESSION_NONE);
    session_message(s, SESSION_NONE, ACT_SEARCH, FACE_SCREEN, msg, sizeof msg);
    assert_string_equal(msg, "No page has \"fusion xylophone\". Try fewer words: \"fusion\" "
                             "finds 2. Or press t for the contents, or look in the glossary.");

    session_forget(s);
    assert_int_equal(s->searches.n, 0);
    assert_string_equal(s->match, "");
    session_search_note(s, note, sizeof note);
    assert_string_equal(note, "");
}

static void test_matches_on_a_page(void **state)
{
    struct fx *f = *state;
    struct session *s = &f->s;
    struct frame *fr;
    struct doc d;

    session_open_item(s, 0);
    fr = session_top(s);
    doc_init(&d, 60, true);
    assert_true(doc_page(&d, fr->node));
    assert_int_equal(session_match(s, &d, fr, false), SESSION_NO_SEARCH);
    assert_int_equal(session_search(s, "fusion"), SESSION_OK);
    session_back(s);
    fr = session_top(s);
    assert_int_equal(session_match(s, &d, fr, false), SESSION_OK);
    assert_int_equal(fr->match_block, 1); /* p1 */
    assert_int_equal(session_match(s, &d, fr, false), SESSION_OK);
    assert_int_equal(fr->match_block, 2); /* p2 */
    assert_int_equal(session_match(s, &d, fr, false), SESSION_WRAPPED);
    assert_int_equal(fr->match_block, 1);
    assert_int_equal(session_match(s, &d, fr, true), SESSION_WRAPPED);
    assert_int_equal(fr->match_block, 2);
    assert_int_equal(session_search(s, "needle"), SESSION_OK);
    session_match_check(s, fr);
    assert_false(fr->found); /* a newer search */
    assert_int_equal(session_match(s, &d, fr, false), SESSION_NO_MATCH);
    char msg[200];
    session_message(s, SESSION_NO_MATCH, ACT_NEXT_MATCH, FACE_SCREEN, msg, sizeof msg);
    assert_string_equal(msg, "The words of \"needle\" are not in this page's text.");
    doc_free(&d);
}

static bool yes(void *ctx)
{
    (void)ctx;
    return true;
}

static void test_kiosk_never_saves(void **state)
{
    struct fx *f = *state;
    struct session k;
    char msg[4300], path[4200];

    snprintf(path, sizeof path, "%s/out.txt", f->dir);
    assert_true(session_init(&k, &f->g, FACE_SCREEN, true, 30));
    session_open_item(&k, 3);
    assert_false(session_may_save(&k));
    assert_int_equal(session_save(&k, path, yes, NULL), SESSION_REFUSED);
    assert_int_equal(access(path, F_OK), -1);
    session_free(&k);
    session_open_item(&f->s, 3);
    session_tick(&f->s, 0);
    assert_int_equal(session_save(&f->s, path, NULL, NULL), SESSION_OK);
    session_message(&f->s, SESSION_OK, ACT_SAVE, FACE_PLAIN, msg, sizeof msg);
    assert_true(strncmp(msg, "Saved to ", 9) == 0);
    assert_int_equal(session_save(&f->s, path, NULL, NULL), SESSION_EXISTS);
    session_message(&f->s, SESSION_EXISTS, ACT_SAVE, FACE_PLAIN, msg, sizeof msg);
    assert_non_null(strstr(msg, "is kept as it was."));
    assert_int_equal(session_save(&f->s, path, yes, NULL), SESSION_OK);
    session_back(&f->s);
    assert_int_equal(session_save(&f->s, path, yes, NULL), SESSION_NOT_HERE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        FX_TEST(test_full_walk),
        FX_TEST(test_next_and_previous_page_of_a_menu),
        FX_TEST(test_words_screens_do_not_pile_up),
        FX_TEST(test_help_and_warning_signs_open_once),
        FX_TEST(test_search_that_finds_nothing_keeps_the_last),
        FX_TEST(test_search_corrects_labels_and_forgets),
        FX_TEST(test_matches_on_a_page),
        FX_TEST(test_kiosk_never_saves),
    };
    return cmocka_run_group_tests_name("session", tests, NULL, NULL);
}
