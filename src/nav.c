/* nav.c: finding a page in the full screen (see nav.h). The lists and the
 * search live in the session; this asks for the words and opens them. */
#include "nav.h"

#include "ui.h"

void nav_search(struct app *a)
{
    char q[SEARCH_MAX_QUERY + 1] = "";

    enum session_status st;
    char note[SEARCH_MAX_QUERY * 3];

    /* The last search stays as it was until this one finds something. */
    if (!ui_prompt_history("Search for: ", q, sizeof q, &a->s.searches)) {
        app_said(a, SESSION_EMPTY_QUERY, ACT_SEARCH);
        return;
    }
    st = session_search(&a->s, q);
    session_search_note(&a->s, note, sizeof note);
    if (st == SESSION_OK && note[0])
        app_message(a, "%s", note); /* a word was corrected: say so */
    else
        app_said(a, st, ACT_SEARCH);
}

void nav_contents(struct app *a)
{
    app_said(a, session_contents(&a->s), ACT_CONTENTS);
}

void nav_recent(struct app *a)
{
    app_said(a, session_recent(&a->s), ACT_RECENT);
}

void nav_words(struct app *a)
{
    app_said(a, session_words(&a->s), ACT_WORDS);
}
