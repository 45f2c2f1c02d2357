/* rancang-new-dialog.h: what a new document is: kind, year, office, pemda. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-document.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_NEW_DIALOG (rancang_new_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RancangNewDialog, rancang_new_dialog, RANCANG, NEW_DIALOG, GtkDialog)

RancangNewDialog *rancang_new_dialog_new             (GtkWindow        *parent);
RancangDocument  *rancang_new_dialog_create_document (RancangNewDialog *self,
                                                      const char       *paper,
                                                      const char       *rounding,
                                                      GError          **error);

G_END_DECLS
