/* rancang-outline.h: the document's parts as a tree, with their numbers. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-document.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_OUTLINE (rancang_outline_get_type ())
G_DECLARE_FINAL_TYPE (RancangOutline, rancang_outline, RANCANG, OUTLINE, GtkBox)

void         rancang_outline_set_document      (RancangOutline  *self,
                                                RancangDocument *doc);
void         rancang_outline_rebuild           (RancangOutline *self);
void         rancang_outline_update_labels     (RancangOutline *self);
RancangNode *rancang_outline_get_selected_node (RancangOutline *self);
gboolean     rancang_outline_select_node       (RancangOutline *self,
                                                RancangNode    *node);
guint        rancang_outline_get_n_rows        (RancangOutline *self);
const char  *rancang_outline_get_row_number    (RancangOutline *self,
                                                RancangNode    *node);

G_END_DECLS
