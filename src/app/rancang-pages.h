/* rancang-pages.h: a document laid out in pages, off the main thread.
 *
 * The preview, the page count, "Export PDF" and "Print" all start here: the
 * tree is copied on the calling thread (so typing may go on), laid out in a
 * worker thread by src/render (rancang-layout-document.h), and handed back
 * with the fonts it was measured with, which the cairo back end then draws
 * with. Without src/render, the functions report that pages are not
 * available.
 */
#pragma once

#include <gio/gio.h>

#include "rancang-document.h"

G_BEGIN_DECLS

typedef struct _RancangPages RancangPages;

gboolean      rancang_pages_available      (void);
void          rancang_pages_new_async      (RancangDocument     *doc,
                                            const char          *pdf_path,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
RancangPages *rancang_pages_new_finish     (GAsyncResult        *result,
                                            GError             **error);
void          rancang_pages_free           (RancangPages        *pages);
guint         rancang_pages_get_n_pages    (RancangPages        *pages);
void          rancang_pages_get_size       (RancangPages        *pages,
                                            guint                index,
                                            double              *width,
                                            double              *height,
                                            gboolean            *landscape);
int           rancang_pages_find_heading   (RancangPages        *pages,
                                            const char          *number);
void          rancang_pages_draw           (RancangPages        *pages,
                                            guint                index,
                                            void                *cairo_context);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangPages, rancang_pages_free)

G_END_DECLS
