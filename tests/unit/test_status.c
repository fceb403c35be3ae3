/* test_status.c: the status line keeps its hints by priority, not by
 * position, at the widths of small terminals (40 and 30 columns). */
#include "testutil.h"
#include "../../src/status.h"

/* The hints kept, joined as shown ("A  B"), and "| right" if it fits. */
static const char *shown(const struct status_hint *h, size_t n, const char *right, int width)
{
    static char buf[256];
    bool keep[16];
    bool r = status_fit(h, n, right, 1, width, keep);

    buf[0] = '\0';
    for (size_t i = 0; i < n; i++)
        if (keep[i]) {
            if (buf[0])
                strcat(buf, "  ");
            strcat(buf, h[i].text);
        }
    if (r) {
        strcat(buf, " | ");
        strcat(buf, right);
    }
    return buf;
}

static const struct status_hint check[] = { { "Space:tick", 2 }, { "w:why", 4 },
                                            { "Enter:result", 0 }, { "c:clear", 5 },
                                            { "Left:back", 3 }, { "?:help", 0 } };

static void test_everything_fits_when_wide(void **state)
{
    (void)state;
    assert_string_equal(shown(check, 6, "1 of 16 ticked", 78),
                        "Space:tick  w:why  Enter:result  c:clear  Left:back  ?:help"
                        " | 1 of 16 ticked");
}

static void test_the_last_hint_is_kept_when_it_matters_most(void **state)
{
    (void)state;
    /* 40 columns (38 inside the bar): ?:help is last in the row but kept. */
    assert_string_equal(shown(check, 6, "1 of 16 ticked", 38),
                        "Enter:result  ?:help | 1 of 16 ticked");
    /* 30 columns: the count gives way; a short hint fills what is left. */
    assert_string_equal(shown(check, 6, "1 of 16 ticked", 28), "w:why  Enter:result  ?:help");
    assert_string_equal(shown(check, 6, NULL, 28), "w:why  Enter:result  ?:help");
    assert_string_equal(shown(check, 6, "1 of 16 ticked", 20), "Enter:result  ?:help");
}

static void test_a_menu_keeps_help_first(void **state)
{
    static const struct status_hint menu[] = { { "Enter:open", 1 }, { "Left:back", 2 },
                                               { "/:search", 3 }, { "?:help", 0 },
                                               { "q:quit", 2 } };
    (void)state;
    assert_string_equal(shown(menu, 5, "3/15", 28), "Enter:open  ?:help | 3/15");
    assert_string_equal(shown(menu, 5, NULL, 28), "Enter:open  ?:help  q:quit");
    assert_string_equal(shown(menu, 5, NULL, 8), "?:help");
    assert_string_equal(shown(menu, 5, NULL, 3), "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_everything_fits_when_wide),
        cmocka_unit_test(test_the_last_hint_is_kept_when_it_matters_most),
        cmocka_unit_test(test_a_menu_keeps_help_first),
    };
    return cmocka_run_group_tests_name("status", tests, NULL, NULL);
}
