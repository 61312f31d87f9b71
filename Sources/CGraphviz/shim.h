// The Graphviz C API as Swift sees it: the installed headers plus a few inline helpers.
// Install the headers with `apt-get install libgraphviz-dev` ('gvc.h' file not found means they are missing).
//
// The helpers exist because Graphviz 2.42 (Debian bookworm) and later releases disagree on a few
// signatures; keeping the differences here lets the Swift adapter compile unchanged against both.
#pragma once
#include <stddef.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// `Agdirected` is a mutable C global, which Swift 6 rejects as not concurrency-safe; copying it
/// out in C gives Swift a plain value.
static inline Agdesc_t didar_directed_desc(void) { return Agdirected; }

/// `Agundirected`, for the same reason as `didar_directed_desc`.
static inline Agdesc_t didar_undirected_desc(void) { return Agundirected; }

/// `agopen` takes `char *` in 2.42 (`const char *` later) though it never writes the name.
static inline Agraph_t *didar_agopen(const char *name, Agdesc_t desc) {
    return agopen((char *)name, desc, NULL);
}

/// `agattr` takes `char *` in 2.42; it copies both strings into the graph's string pool.
static inline Agsym_t *didar_agattr(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value);
}

/// `agattr` with a NULL value is a lookup: the declaration of `name` for `kind`, or NULL if none.
static inline Agsym_t *didar_agattr_lookup(Agraph_t *g, int kind, const char *name) {
    return agattr(g, kind, (char *)name, NULL);
}

/// `agsafeset` takes `char *` in 2.42; it copies the strings.
static inline int didar_agsafeset(void *obj, const char *name, const char *value, const char *def) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)def);
}

/// `gvRenderData` reports the length through `unsigned int *` in 2.42 and `size_t *` from
/// Graphviz 13; this helper always hands Swift a `size_t`.
static inline int didar_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                                    char **result, size_t *length) {
    unsigned int len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = (size_t)len;
    return rc;
}

/// Installs `writer` as the receiver of every cgraph/gvc message (errors and warnings, in pieces)
/// so nothing is printed raw to stderr, and returns the writer it replaces.
static inline agusererrf didar_install_error_writer(agusererrf writer) {
    return agseterrf(writer);
}

/// `agxset` takes `char *` in 2.42; it copies the string.
static inline int didar_agxset(void *obj, Agsym_t *sym, const char *value) {
    return agxset(obj, sym, (char *)value);
}
