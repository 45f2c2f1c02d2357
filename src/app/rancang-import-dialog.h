/* rancang-import-dialog.h: bringing the sections and tables of another
 * office's document into this one (issue #8, rancang-merge.h).
 *
 * The dialog lists the chapters, sections and tables of the other document
 * to choose from, merges the chosen ones into a scratch copy of this
 * document to find the conflicts (the same table and kode with another
 * value), and asks for a decision on each: keep this document's value or
 * take the other office's. Import is possible once every conflict is
 * decided; it then merges into the document through its history, as one
 * step that one undo takes back, and emits ::imported.
 */
#pragma once

#include <gtk/gtk.h>

#include "rancang-document.h"
#include "rancang-session.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_IMPORT_DIALOG (rancang_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (RancangImportDialog, rancang_import_dialog, RANCANG, IMPORT_DIALOG, GtkWindow)

/* Imports into SESSION's document; takes PART; NAME is what to call it
 * (its file name). */
RancangImportDialog *rancang_import_dialog_new            (GtkWindow           *parent,
                                                           RancangSession      *session,
                                                           RancangDocument     *part,
                                                           const char          *name);
/* For tests and tools: the conflicts of the present choice and how many
 * are still undecided, and what the Import button does. */
guint                rancang_import_dialog_get_n_conflicts (RancangImportDialog *self);
guint                rancang_import_dialog_get_n_undecided (RancangImportDialog *self);
gboolean             rancang_import_dialog_import         (RancangImportDialog *self,
                                                           GError             **error);

G_END_DECLS
