/* grow.h: room for one more element in a growing array. */
#ifndef FBSS_GROW_H
#define FBSS_GROW_H

#include <stdbool.h>
#include <stdlib.h>

/* Makes room for element n of *v (capacity *cap, elements of size bytes),
 * doubling as needed. Returns false, leaving *v intact, when out of memory.
 * Use: if (!grow((void **)&a->v, &a->cap, a->n, sizeof *a->v)) ... */
static inline bool grow(void **v, size_t *cap, size_t n, size_t size)
{
    void *nv;
    size_t ncap;

    if (n < *cap)
        return true;
    ncap = *cap ? *cap * 2 : 16;
    nv = realloc(*v, ncap * size);
    if (!nv)
        return false;
    *v = nv;
    *cap = ncap;
    return true;
}

#endif
