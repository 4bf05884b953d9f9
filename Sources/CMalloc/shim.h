#ifndef PIER_CMALLOC_SHIM_H
#define PIER_CMALLOC_SHIM_H

/* glibc's allocator controls, which Foundation's Glibc module does not export. */
#include <malloc.h>

/* Gives freed heap memory back to the system; returns 1 when some was released. */
static inline int pier_malloc_trim(void) { return malloc_trim(0); }

#endif
