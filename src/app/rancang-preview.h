/* rancang-preview.h: the pages as they will be printed. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-document.h"
#include "rancang-pages.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_PREVIEW (rancang_preview_get_type ())
G_DECLARE_FINAL_TYPE (RancangPreview, rancang_preview, RANCANG, PREVIEW, GtkBox)

gboolean      rancang_preview_is_available (void);
void          rancang_preview_set_document (RancangPreview  *self,
                                            RancangDocument *doc);
void          rancang_preview_invalidate   (RancangPreview  *self);
int           rancang_preview_get_n_pages  (RancangPreview  *self);
RancangPages *rancang_preview_get_pages    (RancangPreview  *self);
void          rancang_preview_show_heading (RancangPreview  *self,
                                            const char      *number);

G_END_DECLS
