/* test_content.c: the content loader (content.c, inifile.c): a good tree
 * loads with everything kept, and every kind of bad content fails with a
 * report that names the file, the line where it is known, what is wrong and
 * a fix. Line numbers in the comments next to the content are 1-based. */
#define TESTUTIL_LOAD_FX
#include "testutil.h"
#include "../../src/inifile.h"

#include <sys/types.h>

/* ---- helpers */

/* A guide whose home menu lists one checklist [q] (lines 1-7). */
#define HEAD_Q                                     \
    "[guide]\ntitle = T\nroot = home\n"            \
    "[home]\ntype = menu\ntitle = Home\nchildren = q\n"

/* A valid checklist body, [q] on line 8; two items, max score 5. */
#define Q_START "[q]\ntype = checklist\ntitle = Quick check\n" /* 8-10 */
#define Q_ITEMS "item1 = A\nitem1_weight = 2\nitem2 = B\nitem2_weight = 3\n" /* 11-14 */
#define Q_BANDS                                                  \
    "band1_min = 0\nband1_max = 2\nband1_title = Low\nband1_text = Low.\n"   /* 15-18 */ \
    "band2_min = 3\nband2_max = 5\nband2_title = High\nband2_text = High.\n" /* 19-22 */

/* Loads the fixture's folder; the load must succeed. */
static void load_dir_ok(struct fx *f)
{
    if (!content_load(f->dir, &f->g, &f->d)) {
        f->msg = diag_text(&f->d);
        fail_msg("expected the content to load, got:\n%s", f->msg);
    }
    assert_int_equal(diag_count(&f->d), 0);
    assert_non_null(f->g.root);
}

/* Writes one file a.ini and loads it; the load must succeed. */
static void load_ok(struct fx *f, const char *text)
{
    put_file(f->dir, "a.ini", text, -1);
    load_dir_ok(f);
}

/* Loads path (a folder); expects failure and every fragment (NULL-terminated)
 * in the report. */
static void expect_path_error(struct fx *f, const char *path, ...)
{
    va_list ap;

    assert_false(content_load(path, &f->g, &f->d));
    assert_null(f->g.root);
    assert_int_equal(f->g.n_nodes, 0);
    f->msg = diag_text(&f->d);
    va_start(ap, path);
    for (const char *frag = va_arg(ap, const char *); frag; frag = va_arg(ap, const char *)) {
        if (!strstr(f->msg, frag))
            fail_msg("expected \"%s\" in the report:\n%s", frag, f->msg);
    }
    va_end(ap);
}

/* The report for a.ini holding text, which must fail to load. */
static const char *report_for(struct fx *f, const char *text)
{
    put_file(f->dir, "a.ini", text, -1);
    assert_false(content_load(f->dir, &f->g, &f->d));
    f->msg = diag_text(&f->d);
    return f->msg;
}

/* Like expect_load_error, but in the fixture's folder. */
#define EXPECT_ERROR(f, text, ...)                                              \
    do {                                                                        \
        put_file((f)->dir, "a.ini", (text), -1);                                \
        expect_path_error((f), (f)->dir, __VA_ARGS__);                          \
    } while (0)

/* The node with this title (found without using ids). */
static struct node *titled(const struct guide *g, const char *title)
{
    for (size_t i = 0; i < g->n_nodes; i++)
        if (strcmp(g->nodes[i]->title, title) == 0)
            return g->nodes[i];
    fail_msg("no node titled \"%s\"", title);
    return NULL;
}

/* ---- 1. a good tree */

static const char good_tree[] =
    "; A small guide, three levels deep.\n"
    "[guide]\n"
    "title = Test guide\n"
    "root = home\n"
    "reviewed = 2026-01-01\n"
    "disclaimer = Educational only.\n"
    "\n"
    "[home]\n"                 /* 8 */
    "type = menu\n"
    "title = Home\n"
    "summary = Start here\n"
    "children = quiz, back\n"
    "\n"
    "[back]\n"                 /* 14 */
    "type = menu\n"
    "title = Back pain\n"
    "children = rest, leg\n"
    "\n"
    "[leg]\n"                  /* 19 */
    "type = page\n"
    "title = Leg pain explained\n"
    "p1 = Nerve pain runs down the leg.\n"
    "p2 = - x\n"
    "p3 = Last words here\n"
    "sources = src-one\n"
    "see = quiz, rest\n"
    "\n"
    "[rest]\n"
    "type = page\n"
    "title = Rest\n"
    "p1 = Keep moving gently.\n"
    "\n"
    "[quiz]\n"
    "type = checklist\n"
    "title = Quick check\n"
    "p1 = Tick what is true.\n"
    "item1 = I walk daily\n"
    "item1_weight = 2\n"
    "item2 = I sleep well\n"
    "item2_weight = 1\n"
    "band1_min = 0\nband1_max = 1\nband1_title = Low\nband1_text = Some text here.\n"
    "band2_min = 2\nband2_max = 3\nband2_title = High\nband2_text = More text.\n"
    "\n"
    "[src-one]\n"
    "type = source\n"
    "title = A source title\n"
    "p1 = Source words are not counted.\n";

static void test_good_tree_loads_with_home_as_root(void **state)
{
    struct fx *f = *state;
    load_ok(f, good_tree);
    assert_ptr_equal(f->g.root, titled(&f->g, "Home"));
    assert_int_equal(f->g.root->type, NODE_MENU);
    assert_string_equal(f->g.root->summary, "Start here");
    assert_string_equal(f->g.title, "Test guide");
    assert_string_equal(f->g.reviewed, "2026-01-01");
    assert_string_equal(f->g.disclaimer, "Educational only.");
    assert_int_equal(f->g.n_nodes, 6); /* [guide] is not a node */
}

/* Checks an id without printing it (it is read from the loaded guide). */
static void expect_id(const struct node *n, const char *id)
{
    assert_non_null(n);
    if (strcmp(n->id, id) != 0)
        fail_msg("node \"%s\" does not have the id \"%s\"", n->title, id);
}

static void test_content_find_returns_nodes_by_id(void **state)
{
    struct fx *f = *state;
    load_ok(f, good_tree);
    expect_id(f->g.root, "home");
    expect_id(titled(&f->g, "Leg pain explained"), "leg");
    assert_ptr_equal(content_find(&f->g, "home"), f->g.root);
    assert_ptr_equal(content_find(&f->g, "leg"), titled(&f->g, "Leg pain explained"));
    assert_ptr_equal(content_find(&f->g, "src-one"), titled(&f->g, "A source title"));
    assert_null(content_find(&f->g, "guide"));
    assert_null(content_find(&f->g, "nope"));
}

static void test_node_keeps_its_file_and_line(void **state)
{
    struct fx *f = *state;
    const struct node *leg;
    size_t n;
    load_ok(f, good_tree);
    leg = titled(&f->g, "Leg pain explained");
    assert_int_equal(leg->line, 19);
    n = strlen(leg->file);
    if (n < 6 || strcmp(leg->file + n - 6, "/a.ini") != 0)
        fail_msg("the file of [leg] does not end in /a.ini");
}

static void test_children_order_is_kept(void **state)
{
    struct fx *f = *state;
    const struct node *home, *back;
    load_ok(f, good_tree);
    home = f->g.root;
    assert_int_equal(home->n_children, 2);
    assert_string_equal(home->children[0]->title, "Quick check");
    assert_string_equal(home->children[1]->title, "Back pain");
    back = home->children[1];
    assert_int_equal(back->n_children, 2);
    assert_string_equal(back->children[0]->title, "Rest");
    assert_string_equal(back->children[1]->title, "Leg pain explained");
    assert_int_equal(back->children[1]->type, NODE_PAGE);
}

static void test_paragraphs_and_bullets_are_kept(void **state)
{
    struct fx *f = *state;
    const struct node *leg;
    load_ok(f, good_tree);
    leg = titled(&f->g, "Leg pain explained");
    assert_int_equal(leg->n_paras, 3);
    assert_string_equal(leg->paras[0], "Nerve pain runs down the leg.");
    assert_string_equal(leg->paras[1], "- x");
    assert_string_equal(leg->paras[2], "Last words here");
    assert_false(content_is_bullet(leg->paras[0]));
    assert_true(content_is_bullet(leg->paras[1]));
    assert_false(content_is_bullet("-x"));
    assert_false(content_is_bullet(""));
}

static void test_sources_and_see_are_resolved(void **state)
{
    struct fx *f = *state;
    const struct node *leg;
    load_ok(f, good_tree);
    leg = titled(&f->g, "Leg pain explained");
    assert_int_equal(leg->n_sources, 1);
    assert_ptr_equal(leg->sources[0], titled(&f->g, "A source title"));
    assert_int_equal(leg->sources[0]->type, NODE_SOURCE);
    assert_int_equal(leg->n_see, 2);
    assert_ptr_equal(leg->see[0], titled(&f->g, "Quick check"));
    assert_ptr_equal(leg->see[1], titled(&f->g, "Rest"));
}

static void test_stats_count_nodes_and_words(void **state)
{
    struct fx *f = *state;
    struct content_stats st;
    load_ok(f, good_tree);
    content_stats(&f->g, &st);
    assert_int_equal(st.pages, 2);
    assert_int_equal(st.menus, 2);
    assert_int_equal(st.checklists, 1);
    assert_int_equal(st.sources, 1);
    /* A word is a run of non-blank characters; titles, paragraphs and
     * checklist items count, summaries, sources and bullet marks do not:
     *   home 1 (Home) + back 2 (Back pain)
     *   leg 3 + 6 + 1 ("x" of "- x") + 3 = 13
     *   rest 1 + 3 = 4
     *   quiz 2 + 4 + 3 + 3 = 12          total 32 */
    assert_int_equal(st.words, 32);
}

static void test_files_load_in_sorted_name_order(void **state)
{
    static const char *const order[] = { "Home", "A", "B", "C", "D", "E" };
    struct fx *f = *state;
    /* Written out of order, so that the folder's own order is not sorted. */
    put_file(f->dir, "c.ini", "[pc]\ntype = page\ntitle = C\np1 = c\n", -1);
    put_file(f->dir, "e.ini", "[pe]\ntype = page\ntitle = E\np1 = e\n", -1);
    put_file(f->dir, "b.ini", "[pb]\ntype = page\ntitle = B\np1 = b\n", -1);
    put_file(f->dir, "a.ini",
             "[guide]\ntitle = T\nroot = home\n"
             "[home]\ntype = menu\ntitle = Home\nchildren = pe, pd, pc, pb, pa\n"
             "[pa]\ntype = page\ntitle = A\np1 = a\n", -1);
    put_file(f->dir, "d.ini", "[pd]\ntype = page\ntitle = D\np1 = d\n", -1);
    put_file(f->dir, "notes.txt", "[px]\nnot content\n", -1);
    load_dir_ok(f);
    assert_int_equal(f->g.n_nodes, 6);
    for (size_t i = 0; i < 6; i++)
        assert_string_equal(f->g.nodes[i]->title, order[i]);
    assert_string_equal(f->g.root->children[0]->title, "E"); /* menu order kept */
}

/* ---- 2. validation of the tree */

static void test_unknown_child_is_reported_with_line(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[home]\ntype = menu\ntitle = Home\n"
                      "children = one, two\n" /* 7 */
                      "[one]\ntype = page\ntitle = One\np1 = Text.\n",
                      -1, "a.ini:7: error:", "[home] children names 'two'",
                      "no node has that id", "fix:", NULL);
}

static void test_menu_containing_itself_through_a_child_is_a_cycle(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[home]\ntype = menu\ntitle = Home\nchildren = sub\n"
                      "[sub]\ntype = menu\ntitle = Sub\nchildren = deeper\n"
                      "[deeper]\n" /* 12 */
                      "type = menu\ntitle = Deeper\nchildren = sub\n",
                      -1, "a.ini:12: error:", "cycle", "[deeper] lists [sub]", "fix:", NULL);
}

static void test_menu_listing_itself_is_a_cycle(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[home]\n" /* 4 */
                      "type = menu\ntitle = Home\nchildren = one, home\n"
                      "[one]\ntype = page\ntitle = One\np1 = Text.\n",
                      -1, "a.ini:4: error:", "cycle: menu [home] lists [home]", "fix:", NULL);
}

static void test_unreachable_node_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "[lost]\ntype = page\ntitle = Lost\np1 = x\n", -1,
                      "a.ini:12: error:", "[lost] cannot be reached from the start node [home]",
                      "fix:", NULL);
}

static void test_source_need_not_be_reachable(void **state)
{
    struct fx *f = *state;
    load_ok(f, GUIDE_OK "[src]\ntype = source\ntitle = Unused source\n");
    assert_int_equal(f->g.n_nodes, 3);
}

static void test_id_defined_in_two_files_names_both(void **state)
{
    struct fx *f = *state;
    put_file(f->dir, "a.ini", GUIDE_OK, -1);
    put_file(f->dir, "b.ini", "; copy\n[one]\ntype = page\ntitle = Again\np1 = x\n", -1);
    expect_path_error(f, f->dir, "a.ini:8", "b.ini:2", "id [one] is already defined", "fix:",
                      NULL);
}

static void test_missing_title_is_reported(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[home]\ntype = menu\ntitle = Home\nchildren = one\n"
                      "[one]\ntype = page\np1 = Text.\n", /* [one] on 8 */
                      -1, "a.ini:8: error:", "[one] has no title", "fix:", NULL);
}

static void test_page_without_p1_is_empty(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[home]\ntype = menu\ntitle = Home\nchildren = one\n"
                      "[one]\ntype = page\ntitle = One\nsummary = s\n",
                      -1, "a.ini:8: error:", "page [one] is empty: it has no p1", "fix:", NULL);
}

static void test_menu_without_children_is_empty(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "[sub]\ntype = menu\ntitle = Sub\n", -1, "a.ini:12: error:",
                      "menu [sub] is empty: it has no children", "fix:", NULL);
}

static void test_menu_with_only_commas_is_empty(void **state)
{
    struct fx *f = *state;
    EXPECT_ERROR(f, "[guide]\ntitle = T\nroot = home\n"
                    "[home]\ntype = menu\ntitle = Home\nchildren = ,\n",
                 "a.ini:4: error:", "menu [home] is empty", "fix:", NULL);
}

static void test_paragraph_gap_is_reported_at_the_later_key(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "p3 = Third.\n", -1, "a.ini:12: error:",
                      "in [one], p3 comes after a gap: p2 is missing", "fix:", NULL);
}

static void test_unknown_type_is_reported(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[home]\ntype = menu\ntitle = Home\nchildren = one\n"
                      "[one]\ntype = pagee\ntitle = One\np1 = Text.\n", /* type on 9 */
                      -1, "a.ini:9: error:", "[one] has unknown type 'pagee'", "fix:", NULL);
}

static void test_missing_type_is_reported(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[home]\ntype = menu\ntitle = Home\nchildren = one\n"
                      "[one]\ntitle = One\np1 = Text.\n",
                      -1, "a.ini:8: error:", "[one] has no type", "fix:", NULL);
}

static void test_misspelt_key_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "tilte = Typo\n", -1, "a.ini:12: error:",
                      "[one] has unknown key 'tilte' for its type", "fix:", NULL);
}

static void test_key_of_another_type_is_reported(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[home]\ntype = menu\ntitle = Home\nchildren = one\n"
                      "p1 = Menus have no text.\n" /* 8 */
                      "[one]\ntype = page\ntitle = One\np1 = Text.\n",
                      -1, "a.ini:8: error:", "[home] has unknown key 'p1'", "fix:", NULL);
}

static void test_missing_folder_is_reported(void **state)
{
    struct fx *f = *state;
    char path[4200];
    snprintf(path, sizeof path, "%s/nope", f->dir);
    expect_path_error(f, path, "/nope: error:", "cannot open the content folder",
                      "No such file or directory", "fix:", NULL);
}

static void test_folder_without_ini_files_is_reported(void **state)
{
    struct fx *f = *state;
    put_file(f->dir, "readme.txt", GUIDE_OK, -1);
    put_file(f->dir, ".hidden.ini", GUIDE_OK, -1);
    expect_path_error(f, f->dir, "error: the content folder has no .ini files", "fix:", NULL);
}

static void test_folder_named_like_an_ini_file_is_reported(void **state)
{
    struct fx *f = *state;
    char path[4200];
    put_file(f->dir, "a.ini", GUIDE_OK, -1);
    snprintf(path, sizeof path, "%s/x.ini", f->dir);
    assert_int_equal(mkdir(path, 0755), 0);
    expect_path_error(f, f->dir, "/x.ini: error: is a folder, not a file", "fix:", NULL);
}

static void test_unreadable_file_is_reported(void **state)
{
    struct fx *f = *state;
    char path[4200];
    if (geteuid() == 0)
        skip(); /* root can read anything */
    put_file(f->dir, "a.ini", GUIDE_OK, -1);
    snprintf(path, sizeof path, "%s/a.ini", f->dir);
    assert_int_equal(chmod(path, 0), 0);
    expect_path_error(f, f->dir, "/a.ini: error: cannot open", "Permission denied", "fix:",
                      NULL);
}

static void test_missing_guide_section_is_reported(void **state)
{
    (void)state;
    expect_load_error("[home]\ntype = menu\ntitle = Home\nchildren = one\n"
                      "[one]\ntype = page\ntitle = One\np1 = Text.\n",
                      -1, "a.ini: error:", "no [guide] section", "fix:", NULL);
}

static void test_guide_root_naming_a_missing_node_is_reported(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = nowhere\n" /* root on 3 */
                      "[home]\ntype = menu\ntitle = Home\nchildren = one\n"
                      "[one]\ntype = page\ntitle = One\np1 = Text.\n",
                      -1, "a.ini:3: error:", "[guide] root names 'nowhere'",
                      "no node has that id", "fix:", NULL);
}

static void test_see_naming_a_missing_id_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "see = home, nope\n", -1, "a.ini:12: error:",
                      "[one] see names 'nope', but no node has that id", "fix:", NULL);
}

static void test_sources_naming_a_non_source_is_reported(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[home]\ntype = menu\ntitle = Home\nchildren = one, two\n"
                      "[one]\ntype = page\ntitle = One\np1 = Text.\n"
                      "sources = two\n" /* 12 */
                      "[two]\ntype = page\ntitle = Two\np1 = Text.\n",
                      -1, "a.ini:12: error:", "[one] sources names 'two', which is not a source",
                      "fix:", NULL);
}

static void test_see_naming_a_source_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "see = src\n" /* 12 */
                      "[src]\ntype = source\ntitle = S\n",
                      -1, "a.ini:12: error:", "[one] see names 'src'", "a source",
                      "fix: sources are listed with sources =", NULL);
}

/* ---- 3. iniparser traps, each with file and line */

static void test_overlong_line_is_reported(void **state)
{
    char text[2048], *p;
    (void)state;
    p = text + sprintf(text, "%s", GUIDE_OK "p2 = ");
    memset(p, 'w', 1100 - 5);
    strcpy(p + 1100 - 5, "\n");
    expect_load_error(text, -1, "a.ini:12: error:", "line is 1100 bytes long; the limit is 1000",
                      "fix:", NULL);
}

static void test_line_of_exactly_1000_bytes_loads(void **state)
{
    struct fx *f = *state;
    char text[2048], *p;
    p = text + sprintf(text, "%s", GUIDE_OK "p2 = ");
    memset(p, 'w', 1000 - 5);
    strcpy(p + 1000 - 5, "\n");
    load_ok(f, text);
    assert_int_equal(strlen(titled(&f->g, "One")->paras[1]), 995);
}

static void test_trailing_backslash_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "p2 = Goes on \\\np3 = here\n", -1, "a.ini:12: error:",
                      "line ends with '\\'", "fix:", NULL);
}

static void test_comment_ending_in_backslash_is_reported_on_its_line(void **state)
{
    struct fx *f = *state;
    /* iniparser joins the comment to the next line and so drops p2. */
    EXPECT_ERROR(f, GUIDE_OK "; see below \\\n" /* 12 */ "p2 = Second.\n",
                 "a.ini:12: error:", "'\\'", "fix:", NULL);
}

static void test_unquoted_semicolon_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "p2 = Smoking; obesity\n", -1, "a.ini:12: error:",
                      "unquoted value contains ';' or '#'",
                      "fix: put the whole value in double quotes", NULL);
}

static void test_unquoted_hash_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "p2 = Level #5 pain\n", -1, "a.ini:12: error:",
                      "unquoted value contains ';' or '#'", "fix:", NULL);
}

static void test_quote_inside_quoted_value_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "p2 = \"He said \"no\" twice\"\n", -1, "a.ini:12: error:",
                      "a value quoted with \" must end with \" and hold no other \"",
                      "fix:", NULL);
}

static void test_unterminated_quote_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "p2 = \"Open ended; text\n", -1, "a.ini:12: error:",
                      "a value quoted with \" must end with \"", "fix:", NULL);
}

static void test_upper_case_id_is_reported(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[Home]\n" /* 4 */ "type = menu\ntitle = Home\nchildren = one\n"
                      "[one]\ntype = page\ntitle = One\np1 = Text.\n",
                      -1, "a.ini:4: error:", "id [Home] has capital letters", "fix:", NULL);
}

static void test_upper_case_key_is_reported(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\n"
                      "[home]\ntype = menu\nTitle = Home\n" /* 6 */ "children = one\n"
                      "[one]\ntype = page\ntitle = One\np1 = Text.\n",
                      -1, "a.ini:6: error:", "invalid key 'Title'", "fix:", NULL);
}

static void test_byte_order_mark_is_reported(void **state)
{
    (void)state;
    expect_load_error("\xEF\xBB\xBF" GUIDE_OK, -1, "a.ini:1: error:", "byte-order mark",
                      "fix:", NULL);
}

static void test_invalid_utf8_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "p2 = caf\xff\n", -1, "a.ini:12: error:",
                      "invalid UTF-8 at byte 9 of the line", "fix:", NULL);
}

static void test_nul_byte_is_reported(void **state)
{
    static const char text[] = GUIDE_OK "p2 = a\0b\n";
    (void)state;
    expect_load_error(text, (long)sizeof text - 1, "a.ini:12: error:",
                      "line contains a NUL byte", "fix:", NULL);
}

static void test_key_before_any_section_is_reported(void **state)
{
    (void)state;
    expect_load_error("title = Early\n" GUIDE_OK, -1, "a.ini:1: error:",
                      "key 'title' comes before any [section]", "fix:", NULL);
}

static void test_duplicate_key_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "title = Again\n", -1, "a.ini:12: error:",
                      "key 'title' appears twice in [one] (also on line 10)", "fix:", NULL);
}

/* A section past INI_HASH_FROM keys is searched through the file's table,
 * a small one in place: a repeated key is found either way, before and
 * after the section moves to the table. */
static void test_duplicate_key_in_a_large_section_is_reported(void **state)
{
    char text[4096];
    size_t len = (size_t)snprintf(text, sizeof text, "%s", GUIDE_OK);
    (void)state;
    for (int i = 2; i < INI_HASH_FROM + 8; i++)
        len += (size_t)snprintf(text + len, sizeof text - len, "p%d = Text %d.\n", i, i);
    snprintf(text + len, sizeof text - len, "p3 = Again.\np20 = Again.\n");
    /* p3 came before the section moved to the table, p20 after. */
    expect_load_error(text, -1, "key 'p3' appears twice in [one] (also on line 13)",
                      "key 'p20' appears twice in [one] (also on line 30)", "fix:", NULL);
}

static void test_duplicate_section_in_one_file_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "[one]\ntype = page\n", -1, "a.ini:12: error:",
                      "id [one] is defined twice in this file (also on line 8)", "fix:", NULL);
}

static void test_line_that_is_not_key_value_is_reported(void **state)
{
    (void)state;
    expect_load_error(GUIDE_OK "just words\n", -1, "a.ini:12: error:",
                      "cannot read this line: it is not a key = value pair", "fix:", NULL);
}

static void test_quoted_semicolon_and_hash_are_kept(void **state)
{
    struct fx *f = *state;
    load_ok(f, GUIDE_OK "p2 = \"Smoking; obesity # and more\"\n");
    assert_string_equal(titled(&f->g, "One")->paras[1], "Smoking; obesity # and more");
}

static void test_apostrophes_inside_double_quotes_are_kept(void **state)
{
    struct fx *f = *state;
    load_ok(f, GUIDE_OK "p2 = \"Don't stop; it's 'fine'\"\n");
    assert_string_equal(titled(&f->g, "One")->paras[1], "Don't stop; it's 'fine'");
}

static void test_curly_quotes_are_kept(void **state)
{
    struct fx *f = *state;
    load_ok(f, GUIDE_OK "p2 = She said \xE2\x80\x9Cwait\xE2\x80\x9D \xE2\x80\x94 twice\n");
    assert_string_equal(titled(&f->g, "One")->paras[1],
                        "She said \xE2\x80\x9Cwait\xE2\x80\x9D \xE2\x80\x94 twice");
}

/* ---- 4. checklists */

static void test_checklist_without_items_is_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START Q_BANDS, -1, "a.ini:8: error:",
                      "checklist [q] has no items", "fix:", NULL);
}

static void expect_bad_weight(const char *weight)
{
    char text[1024];
    char want[128];

    snprintf(text, sizeof text, HEAD_Q Q_START "item1 = A\nitem1_weight = %s\n" /* 12 */
             "item2 = B\nitem2_weight = 3\n" Q_BANDS, weight);
    snprintf(want, sizeof want, "[q] item1_weight is '%s', not a whole number from 0 to 100",
             weight);
    expect_load_error(text, -1, "a.ini:12: error:", want, "fix:", NULL);
}

static void test_weight_that_is_a_word_is_reported(void **state)
{
    (void)state;
    expect_bad_weight("two");
}

static void test_negative_weight_is_reported(void **state)
{
    (void)state;
    expect_bad_weight("-1");
}

static void test_fractional_weight_is_reported(void **state)
{
    (void)state;
    expect_bad_weight("1.5");
}

static void test_weight_over_100_is_reported(void **state)
{
    (void)state;
    expect_bad_weight("101");
}

static void test_missing_weight_is_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START "item1 = A\nitem2 = B\nitem2_weight = 3\n" Q_BANDS, -1,
                      "a.ini:8: error:", "[q] has no item1_weight", "fix:", NULL);
}

/* Issue 14: a checklist with neither weights nor bands loads (its result
 * lists the ticked statements, no verdict); weights without bands, or
 * bands that do not cover the scores, are still errors. */
static void test_checklist_without_bands_or_weights_loads(void **state)
{
    struct fx *f = *state;
    const struct node *q;

    load_ok(f, HEAD_Q Q_START "item1 = A\nitem1_why = Why A.\nitem1_ask = Ask A?\n"
                              "item2 = B\n");
    q = content_find(&f->g, "q");
    assert_non_null(q);
    assert_int_equal(q->check->n_items, 2);
    assert_int_equal(q->check->n_bands, 0);
    assert_string_equal(q->check->items[0].ask, "Ask A?");
}

static void test_weights_without_bands_are_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START "item1 = A\nitem1_weight = 2\nitem2 = B\n", -1,
                      "a.ini:12: error:",
                      "[q] item1_weight gives a weight, but the checklist has no result bands",
                      "fix: add result bands", NULL);
}

static void test_bands_without_weights_are_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START "item1 = A\nitem2 = B\n" Q_BANDS, -1,
                      "[q] has no item1_weight", "[q] has no item2_weight", NULL);
}

static void test_overlapping_bands_are_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START Q_ITEMS
                      "band1_min = 0\nband1_max = 3\nband1_title = Low\nband1_text = Low.\n"
                      "band2_min = 3\nband2_max = 5\nband2_title = High\nband2_text = High.\n",
                      -1, "a.ini:8: error:", "checklist [q]: bands overlap at score 3",
                      "fix:", NULL);
}

static void test_gap_between_bands_is_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START Q_ITEMS
                      "band1_min = 0\nband1_max = 1\nband1_title = Low\nband1_text = Low.\n"
                      "band2_min = 4\nband2_max = 5\nband2_title = High\nband2_text = High.\n",
                      -1, "a.ini:8: error:", "checklist [q]: no band covers the scores 2 to 3",
                      "fix:", NULL);
}

static void test_one_score_gap_names_the_score_once(void **state)
{
    struct fx *f = *state;
    EXPECT_ERROR(f, HEAD_Q Q_START Q_ITEMS
                 "band1_min = 0\nband1_max = 2\nband1_title = Low\nband1_text = Low.\n"
                 "band2_min = 4\nband2_max = 5\nband2_title = High\nband2_text = High.\n",
                 "a.ini:8: error:", "checklist [q]: no band covers the score 3\n", "fix:", NULL);
}

static void test_bands_not_reaching_the_highest_score_are_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START Q_ITEMS
                      "band1_min = 0\nband1_max = 2\nband1_title = Low\nband1_text = Low.\n"
                      "band2_min = 3\nband2_max = 4\nband2_title = High\nband2_text = High.\n",
                      -1, "a.ini:8: error:",
                      "checklist [q]: scores 5 to 5 are not covered by any band", "fix:", NULL);
}

static void test_band_past_the_highest_score_is_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START Q_ITEMS
                      "band1_min = 0\nband1_max = 2\nband1_title = Low\nband1_text = Low.\n"
                      "band2_min = 3\nband2_max = 7\nband2_title = High\nband2_text = High.\n",
                      -1, "a.ini:8: error:",
                      "a band reaches score 7, but the highest possible score is 5", "fix:",
                      NULL);
}

static void test_band_with_min_above_max_is_reported_on_its_line(void **state)
{
    struct fx *f = *state;
    const char *msg = report_for(f, HEAD_Q Q_START "item1 = A\nitem1_weight = 5\n" /* 11-12 */
                                    "band1_min = 3\nband1_max = 1\n"            /* 13-14 */
                                    "band1_title = All\nband1_text = All.\n");  /* 15-16 */
    if (!strstr(msg, "a.ini:13: error: [q] band1 runs from 3 down to 1") &&
        !strstr(msg, "a.ini:14: error: [q] band1 runs from 3 down to 1"))
        fail_msg("expected the band's min or max line (13 or 14) in the report:\n%s", msg);
}

static void test_band_key_without_its_band_is_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START Q_ITEMS Q_BANDS "band3_title = Orphan\n" /* 23 */, -1,
                      "a.ini:23: error:",
                      "[q] band3_title refers to band 3, which does not exist (band3_min is missing)",
                      "fix:", NULL);
}

static void test_item_key_without_its_item_is_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START Q_ITEMS Q_BANDS "item5_why = Orphan.\n" /* 23 */, -1,
                      "a.ini:23: error:",
                      "[q] item5_why refers to item 5, which does not exist (item5 is missing)",
                      "fix:", NULL);
}

static void test_urgent_item_without_urgent_card_is_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START Q_ITEMS Q_BANDS "item3 = Numb\nitem3_urgent = yes\n", -1,
                      "a.ini:8: error:", "checklist [q] has urgent items but no urgent card",
                      "fix: add urgent_title and urgent_p1", NULL);
}

static void test_urgent_card_without_urgent_item_is_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START Q_ITEMS Q_BANDS
                      "urgent_title = Get help\n" /* 23 */ "urgent_p1 = Call now.\n",
                      -1, "a.ini:23: error:",
                      "checklist [q] has an urgent card that refers to nothing", "fix:", NULL);
}

static void test_urgent_flag_that_is_not_yes_or_no_is_reported(void **state)
{
    (void)state;
    expect_load_error(HEAD_Q Q_START Q_ITEMS Q_BANDS "item2_urgent = maybe\n" /* 23 */, -1,
                      "a.ini:23: error:", "[q] item2_urgent is 'maybe', not yes or no", "fix:",
                      NULL);
}

static void test_valid_checklist_is_parsed(void **state)
{
    struct fx *f = *state;
    const struct checklist *c;
    load_ok(f, HEAD_Q Q_START
            "p1 = Tick each true statement.\n"
            "item1 = I have a diagnosis\nitem1_weight = 2\nitem1_why = Why.\nitem1_ask = Ask?\n"
            "item1_urgent = no\n"
            "item2 = I tried therapy\nitem2_weight = 3\n"
            "item3 = New numbness\nitem3_urgent = yes\nitem3_weight = 4\n"
            "item4 = Nothing counts\nitem4_weight = 0\n"
            "band1_min = 3\nband1_max = 5\nband1_title = High\nband1_text = High.\n"
            "band2_min = 0\nband2_max = 2\nband2_title = Low\nband2_text = Low.\n"
            "urgent_title = Get help today\nurgent_p1 = Call now.\nurgent_p2 = Do not wait.\n"
            "bring1 = Scans\nbring2 = Letters\n");
    c = titled(&f->g, "Quick check")->check;
    assert_non_null(c);
    assert_int_equal(c->n_items, 4);
    assert_string_equal(c->items[0].text, "I have a diagnosis");
    assert_string_equal(c->items[0].why, "Why.");
    assert_string_equal(c->items[0].ask, "Ask?");
    assert_null(c->items[1].why);
    assert_int_equal(c->items[0].weight, 2);
    assert_int_equal(c->items[1].weight, 3);
    assert_int_equal(c->items[3].weight, 0);
    assert_false(c->items[0].urgent);
    assert_true(c->items[2].urgent);
    assert_int_equal(c->max_score, 5); /* item3 is urgent: its 4 does not count */
    assert_int_equal(c->n_bands, 2);
    assert_int_equal(c->bands[0].min, 0); /* sorted by min */
    assert_int_equal(c->bands[0].max, 2);
    assert_string_equal(c->bands[0].title, "Low");
    assert_int_equal(c->bands[1].min, 3);
    assert_string_equal(c->bands[1].text, "High.");
    assert_string_equal(c->urgent_title, "Get help today");
    assert_int_equal(c->n_urgent_paras, 2);
    assert_string_equal(c->urgent_paras[1], "Do not wait.");
    assert_int_equal(c->n_bring, 2);
    assert_string_equal(c->bring[1], "Letters");
}

/* ---- 5. robustness */

static void test_file_of_only_comments_loads(void **state)
{
    struct fx *f = *state;
    put_file(f->dir, "a.ini", GUIDE_OK, -1);
    put_file(f->dir, "b.ini", "; nothing here yet\n\n# still nothing\n   \n\t\n", -1);
    load_dir_ok(f);
    assert_int_equal(f->g.n_nodes, 2);
}

static void test_crlf_line_endings_load_without_carriage_returns(void **state)
{
    struct fx *f = *state;
    const struct node *one;
    load_ok(f, "[guide]\r\ntitle = T\r\nroot = home\r\n"
               "[home]\r\ntype = menu\r\ntitle = Home\r\nchildren = one\r\n"
               "[one]\r\ntype = page\r\ntitle = One\r\np1 = Text.\r\n"
               "p2 = \"Quoted; text\"\r\n");
    assert_string_equal(f->g.title, "T");
    one = titled(&f->g, "One");
    assert_int_equal(f->g.root->n_children, 1);
    assert_ptr_equal(f->g.root->children[0], one);
    assert_string_equal(one->paras[0], "Text.");
    assert_string_equal(one->paras[1], "Quoted; text");
}

static void test_many_errors_are_capped(void **state)
{
    struct fx *f = *state;
    char text[sizeof GUIDE_OK + 150 * 11];
    strcpy(text, GUIDE_OK);
    for (int i = 0; i < 150; i++)
        strcat(text, "just words\n"); /* lines 12 to 161 */
    EXPECT_ERROR(f, text, "a.ini:12: error: cannot read this line",
                 "a.ini:111: error: cannot read this line",
                 "... and 50 more errors not shown\n", NULL);
    assert_int_equal(f->d.n, DIAG_MAX);
    assert_int_equal(diag_count(&f->d), 150);
    assert_null(strstr(f->msg, "a.ini:112:"));
}

static void test_errors_in_several_files_are_all_reported(void **state)
{
    struct fx *f = *state;
    put_file(f->dir, "a.ini", GUIDE_OK "p2 = a; b\n", -1);
    put_file(f->dir, "b.ini", "[two]\ntype = page\n[Three]\n", -1);
    expect_path_error(f, f->dir, "a.ini:12: error: unquoted", "b.ini:3: error: id [Three]",
                      NULL);
}

/* The browser's fast load (no iniparser) reads the shipped guide exactly
 * as the checked load does, and still rejects what the checks reject. */
static void test_fast_load_reads_the_same(void **state)
{
    struct guide a, b;
    struct diag d = { 0 };
    (void)state;
    assert_true(content_load("content", &a, &d));
    assert_true(content_load_fast("content", &b, &d));
    assert_int_equal(a.n_nodes, b.n_nodes);
    for (size_t i = 0; i < a.n_nodes; i++) {
        const struct node *x = a.nodes[i], *y = b.nodes[i];
        assert_string_equal(x->id, y->id);
        assert_string_equal(x->title, y->title);
        assert_int_equal(x->n_paras, y->n_paras);
        for (size_t k = 0; k < x->n_paras; k++)
            assert_string_equal(x->paras[k], y->paras[k]);
        assert_int_equal(x->n_children, y->n_children);
    }
    content_free(&a);
    content_free(&b);

    char *dir = tmp_dir();
    put_file(dir, "a.ini", GUIDE_OK "p2 = Smoking; obesity\n", -1);
    assert_false(content_load_fast(dir, &a, &d));
    char *msg = diag_text(&d);
    assert_non_null(strstr(msg, "unquoted value contains ';'"));
    free(msg);
    diag_free(&d);
    rm_dir(dir);
}

/* An error quoting content never carries its control characters. */
static void test_errors_never_echo_control_characters(void **state)
{
    (void)state;
    expect_load_error("[guide]\ntitle = T\nroot = home\nti\033]2;x\007tle = x\n", -1,
                      "invalid key 'ti?]2;x?tle'", NULL);
    char *dir = tmp_dir();
    struct guide g;
    struct diag d = { 0 };
    put_file(dir, "a.ini", "[guide]\ntitle = T\nroot = home\nti\033[31mtle = x\n", -1);
    assert_false(content_load(dir, &g, &d));
    char *msg = diag_text(&d);
    assert_null(strchr(msg, 0x1b));
    assert_non_null(strstr(msg, "ti?[31mtle"));
    assert_non_null(strstr(msg, "\n  fix: ")); /* our own line break stays */
    free(msg);
    diag_free(&d);
    rm_dir(dir);
}

#define GUIDE_HEAD "[guide]\ntitle = T\nroot = home\n[home]\ntype = menu\ntitle = Home\n"

static void test_chart_is_loaded(void **state)
{
    char *dir = tmp_dir();
    struct guide g;
    struct diag d = { 0 };
    (void)state;
    put_file(dir, "a.ini", GUIDE_HEAD "children = c\n[c]\ntype = page\ntitle = C\n"
             "p1 = One.\np2 = Two.\nchart = Odds\nchart_unit = %\nchart_after = 1\n"
             "bar1 = Second operation | 50\nbar2 = Third|30\n", -1);
    assert_true(content_load(dir, &g, &d));
    const struct chart *c = content_find(&g, "c")->chart;
    assert_non_null(c);
    assert_string_equal(c->title, "Odds");
    assert_int_equal(c->n_bars, 2);
    assert_string_equal(c->bars[0].label, "Second operation");
    assert_int_equal(c->bars[0].value, 50);
    assert_string_equal(c->bars[1].label, "Third");
    assert_int_equal(c->max, 100);
    assert_int_equal(c->after, 1);
    content_free(&g);
    rm_dir(dir);
}

static void test_bad_charts_are_explained(void **state)
{
    (void)state;
    expect_load_error(GUIDE_HEAD "children = c\n[c]\ntype = page\ntitle = C\np1 = x\n"
                      "chart = Odds\nbar1 = Second 50\n", -1,
                      "a.ini:13: error: [c] bar1 is 'Second 50', not 'label | number'",
                      "fix: write a label, a bar and a whole number", NULL);
    expect_load_error(GUIDE_HEAD "children = c\n[c]\ntype = page\ntitle = C\np1 = x\n"
                      "bar1 = A | 5\n", -1, "[c] has a chart without a title", NULL);
    expect_load_error(GUIDE_HEAD "children = c\n[c]\ntype = page\ntitle = C\np1 = x\n"
                      "chart = Odds\nchart_unit = %\nbar1 = A | 150\n", -1,
                      "[c] bar1 is 150%, over 100%", NULL);
    expect_load_error(GUIDE_HEAD "children = c\n[c]\ntype = page\ntitle = C\np1 = x\n"
                      "chart = Odds\nchart_after = 4\nbar1 = A | 1\n", -1,
                      "[c] chart_after is '4', but the page has 1 paragraphs", NULL);
    expect_load_error(GUIDE_HEAD "children = c\n[c]\ntype = page\ntitle = C\np1 = x\n"
                      "chart = Odds\nbar1 = A | -3\n", -1, "not 'label | number'", NULL);
}

static void test_terms_need_a_glossary_and_a_definition(void **state)
{
    (void)state;
    expect_load_error(GUIDE_HEAD "children = c\n[c]\ntype = page\ntitle = C\np1 = x\n"
                      "[t]\ntype = term\ntitle = Word\np1 = Meaning.\n", -1,
                      "there are 1 terms but no glossary page to list them",
                      "fix: add a node with type = glossary", NULL);
    expect_load_error(GUIDE_HEAD "children = gl\n[gl]\ntype = glossary\ntitle = G\n"
                      "[t]\ntype = term\ntitle = Word\n", -1,
                      "term [t] is empty: it has no p1", NULL);
    expect_load_error(GUIDE_HEAD "children = gl\n[gl]\ntype = glossary\ntitle = G\n"
                      "[t]\ntype = term\ntitle = Word\np1 = M.\nchildren = gl\n", -1,
                      "[t] has unknown key 'children' for its type", NULL);
}

static void test_terms_are_reached_through_the_glossary(void **state)
{
    char *dir = tmp_dir();
    struct guide g;
    struct diag d = { 0 };
    (void)state;
    put_file(dir, "a.ini", GUIDE_HEAD "children = gl\n[gl]\ntype = glossary\ntitle = G\n"
             "[tb]\ntype = term\ntitle = beta\np1 = B.\n"
             "[ta]\ntype = term\ntitle = Alpha\nalso = a1,  a2 ,\np1 = A.\n", -1);
    assert_true(content_load(dir, &g, &d));
    struct node *gl = content_find(&g, "gl");
    assert_int_equal(gl->n_children, 2);
    assert_string_equal(gl->children[0]->id, "ta"); /* sorted, ignoring case */
    assert_int_equal(gl->children[0]->n_also, 2);
    assert_string_equal(gl->children[0]->also[1], "a2");
    struct content_stats st;
    content_stats(&g, &st);
    assert_int_equal(st.terms, 2);
    content_free(&g);
    rm_dir(dir);
}

/* "search" words: allowed on any node; an empty entry is an error. */
static void test_search_words_load_and_are_checked(void **state)
{
    char *dir = tmp_dir();
    struct guide g;
    struct diag d = { 0 };
    (void)state;
    put_file(dir, "a.ini", GUIDE_HEAD "summary = S\nsearch = start\nchildren = one\n"
             "[one]\ntype = page\ntitle = One\nsearch = nonunion ,  pee\np1 = Text.\n", -1);
    assert_true(content_load(dir, &g, &d));
    struct node *one = content_find(&g, "one");
    assert_int_equal(one->n_search, 2);
    assert_string_equal(one->search[0], "nonunion");
    assert_string_equal(one->search[1], "pee");
    assert_int_equal(g.root->n_search, 1);
    content_free(&g);
    rm_dir(dir);
    expect_load_error(GUIDE_OK "search = pee,, wee\n", -1, "a.ini:12: error:",
                      "[one] search has an empty entry", "fix:", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        /* 1. a good tree */
        FX_TEST(test_good_tree_loads_with_home_as_root),
        FX_TEST(test_content_find_returns_nodes_by_id),
        FX_TEST(test_node_keeps_its_file_and_line),
        FX_TEST(test_children_order_is_kept),
        FX_TEST(test_paragraphs_and_bullets_are_kept),
        FX_TEST(test_sources_and_see_are_resolved),
        FX_TEST(test_stats_count_nodes_and_words),
        FX_TEST(test_files_load_in_sorted_name_order),
        cmocka_unit_test(test_search_words_load_and_are_checked),
        /* 2. validation of the tree */
        cmocka_unit_test(test_errors_never_echo_control_characters),
        cmocka_unit_test(test_fast_load_reads_the_same),
        cmocka_unit_test(test_chart_is_loaded),
        cmocka_unit_test(test_bad_charts_are_explained),
        cmocka_unit_test(test_terms_need_a_glossary_and_a_definition),
        cmocka_unit_test(test_terms_are_reached_through_the_glossary),
        cmocka_unit_test(test_unknown_child_is_reported_with_line),
        cmocka_unit_test(test_menu_containing_itself_through_a_child_is_a_cycle),
        cmocka_unit_test(test_menu_listing_itself_is_a_cycle),
        cmocka_unit_test(test_unreachable_node_is_reported),
        FX_TEST(test_source_need_not_be_reachable),
        FX_TEST(test_id_defined_in_two_files_names_both),
        cmocka_unit_test(test_missing_title_is_reported),
        cmocka_unit_test(test_page_without_p1_is_empty),
        cmocka_unit_test(test_menu_without_children_is_empty),
        FX_TEST(test_menu_with_only_commas_is_empty),
        cmocka_unit_test(test_paragraph_gap_is_reported_at_the_later_key),
        cmocka_unit_test(test_unknown_type_is_reported),
        cmocka_unit_test(test_missing_type_is_reported),
        cmocka_unit_test(test_misspelt_key_is_reported),
        cmocka_unit_test(test_key_of_another_type_is_reported),
        FX_TEST(test_missing_folder_is_reported),
        FX_TEST(test_folder_without_ini_files_is_reported),
        FX_TEST(test_folder_named_like_an_ini_file_is_reported),
        FX_TEST(test_unreadable_file_is_reported),
        cmocka_unit_test(test_missing_guide_section_is_reported),
        cmocka_unit_test(test_guide_root_naming_a_missing_node_is_reported),
        cmocka_unit_test(test_see_naming_a_missing_id_is_reported),
        cmocka_unit_test(test_sources_naming_a_non_source_is_reported),
        cmocka_unit_test(test_see_naming_a_source_is_reported),
        /* 3. iniparser traps */
        cmocka_unit_test(test_overlong_line_is_reported),
        FX_TEST(test_line_of_exactly_1000_bytes_loads),
        cmocka_unit_test(test_trailing_backslash_is_reported),
        FX_TEST(test_comment_ending_in_backslash_is_reported_on_its_line),
        cmocka_unit_test(test_unquoted_semicolon_is_reported),
        cmocka_unit_test(test_unquoted_hash_is_reported),
        cmocka_unit_test(test_quote_inside_quoted_value_is_reported),
        cmocka_unit_test(test_unterminated_quote_is_reported),
        cmocka_unit_test(test_upper_case_id_is_reported),
        cmocka_unit_test(test_upper_case_key_is_reported),
        cmocka_unit_test(test_byte_order_mark_is_reported),
        cmocka_unit_test(test_invalid_utf8_is_reported),
        cmocka_unit_test(test_nul_byte_is_reported),
        cmocka_unit_test(test_key_before_any_section_is_reported),
        cmocka_unit_test(test_duplicate_key_is_reported),
        cmocka_unit_test(test_duplicate_key_in_a_large_section_is_reported),
        cmocka_unit_test(test_duplicate_section_in_one_file_is_reported),
        cmocka_unit_test(test_line_that_is_not_key_value_is_reported),
        FX_TEST(test_quoted_semicolon_and_hash_are_kept),
        FX_TEST(test_apostrophes_inside_double_quotes_are_kept),
        FX_TEST(test_curly_quotes_are_kept),
        /* 4. checklists */
        cmocka_unit_test(test_checklist_without_items_is_reported),
        cmocka_unit_test(test_weight_that_is_a_word_is_reported),
        cmocka_unit_test(test_negative_weight_is_reported),
        cmocka_unit_test(test_fractional_weight_is_reported),
        cmocka_unit_test(test_weight_over_100_is_reported),
        cmocka_unit_test(test_missing_weight_is_reported),
        FX_TEST(test_checklist_without_bands_or_weights_loads),
        cmocka_unit_test(test_weights_without_bands_are_reported),
        cmocka_unit_test(test_bands_without_weights_are_reported),
        cmocka_unit_test(test_overlapping_bands_are_reported),
        cmocka_unit_test(test_gap_between_bands_is_reported),
        FX_TEST(test_one_score_gap_names_the_score_once),
        cmocka_unit_test(test_bands_not_reaching_the_highest_score_are_reported),
        cmocka_unit_test(test_band_past_the_highest_score_is_reported),
        FX_TEST(test_band_with_min_above_max_is_reported_on_its_line),
        cmocka_unit_test(test_band_key_without_its_band_is_reported),
        cmocka_unit_test(test_item_key_without_its_item_is_reported),
        cmocka_unit_test(test_urgent_item_without_urgent_card_is_reported),
        cmocka_unit_test(test_urgent_card_without_urgent_item_is_reported),
        cmocka_unit_test(test_urgent_flag_that_is_not_yes_or_no_is_reported),
        FX_TEST(test_valid_checklist_is_parsed),
        /* 5. robustness */
        FX_TEST(test_file_of_only_comments_loads),
        FX_TEST(test_crlf_line_endings_load_without_carriage_returns),
        FX_TEST(test_many_errors_are_capped),
        FX_TEST(test_errors_in_several_files_are_all_reported),
    };
    return cmocka_run_group_tests_name("content", tests, NULL, NULL);
}
