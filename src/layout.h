/* layout.h: lays out a page as wrapped display lines for a given width.
 * Pure: the pager draws the lines, tests check them without a terminal.
 * Each line remembers the block (paragraph) and byte offset it starts at,
 * so a reader's place survives a change of width. */
#ifndef FBSS_LAYOUT_H
#define FBSS_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"

enum line_kind { LINE_TEXT, LINE_TITLE, LINE_HEADING, LINE_BLANK, LINE_CHART };

struct doc_line {
    const char *s;      /* into the doc's cleaned text */
    size_t len;
    int indent;         /* columns before the text */
    const char *marker; /* bullet drawn at column 0 of a first line, or NULL */
    enum line_kind kind;
    size_t block, off;  /* where the line starts, for anchoring */
    const struct node *link; /* a "See also" line: the page it leads to */
};

struct doc {
    int width;
    bool ascii;
    char **texts; /* cleaned copy of each block */
    size_t n_texts, cap_texts;
    struct doc_line *lines;
    size_t n, cap;
};

void doc_init(struct doc *d, int width, bool ascii);
void doc_free(struct doc *d);

/* Adds a block. A LINE_TEXT block starting with "- " becomes a bullet with
 * a hanging indent. Returns false when out of memory. */
bool doc_add(struct doc *d, const char *text, enum line_kind kind);
bool doc_blank(struct doc *d);

/* Adds a block whose lines all start indent columns in (checklist items). */
bool doc_add_indented(struct doc *d, const char *text, enum line_kind kind, int indent);

/* The same, with the lines after the first hang columns further in, under
 * the text after a label such as "2. " or "[x] ". */
bool doc_add_hanging(struct doc *d, const char *text, enum line_kind kind, int indent, int hang);

/* Lays out a whole page: title, paragraphs, a chart if any, sources,
 * related pages (as link lines); a glossary lists its terms. */
bool doc_page(struct doc *d, const struct node *n);

/* The doc as plain text, one line per line, bullets as "-" (for a file).
 * Returns malloc'd text, NULL when out of memory. */
char *doc_text(const struct doc *d);

/* The index of the line that holds byte off of block (the last line that
 * starts at or before it). */
size_t doc_find(const struct doc *d, size_t block, size_t off);

#endif
