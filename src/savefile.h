/* savefile.h: writes a file the person named, never half-written and never
 * over an existing file unless they said so. */
#ifndef FBSS_SAVEFILE_H
#define FBSS_SAVEFILE_H

#include <stdbool.h>
#include <stddef.h>

enum save_status { SAVE_OK, SAVE_EXISTS, SAVE_FAILED };

/* Writes text to path through a temporary file in the same folder, then
 * renames it into place. Without replace, an existing path is left alone
 * and SAVE_EXISTS returned. On failure why says what went wrong. */
enum save_status save_text(const char *path, const char *text, bool replace, char *why,
                           size_t why_size);

#endif
