/* rancang-signatory-editor.h: one signatory: who signs, where and when. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-history.h"
#include "rancang-node.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_SIGNATORY_EDITOR (rancang_signatory_editor_get_type ())
G_DECLARE_FINAL_TYPE (RancangSignatoryEditor, rancang_signatory_editor, RANCANG, SIGNATORY_EDITOR, GtkBox)

GtkWidget   *rancang_signatory_editor_new       (RancangHistory         *history,
                                                 RancangNode            *signatory);
RancangNode *rancang_signatory_editor_get_node  (RancangSignatoryEditor *self);
GtkEditable *rancang_signatory_editor_get_nip   (RancangSignatoryEditor *self);
const char  *rancang_signatory_editor_get_nip_error (RancangSignatoryEditor *self);

G_END_DECLS
