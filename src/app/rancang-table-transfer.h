/* rancang-table-transfer.h: rows in and out of the table being edited.
 *
 * The action group "transfer" on the table editor: paste rows copied from
 * a spreadsheet (transfer.paste), copy the selected rows as tab-separated
 * text (transfer.copy), import a CSV file into the table
 * (transfer.import-csv) and the table's properties (transfer.properties).
 * Rows pasted or imported are shown first, parsed, in a preview; they go
 * in as one undoable step. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-table-editor.h"
#include "rancang-session.h"

G_BEGIN_DECLS

/* The responses of the preview: paste or append, and replace (import). */
#define RANCANG_TRANSFER_RESPONSE_REPLACE 1

/* What the transfer asks of the window it works in: the session it shows
 * (or NULL), a line in its status bar, an error in its message bar. */
typedef struct
{
  RancangSession *(*get_session) (GtkWindow  *window);
  void            (*set_status)  (GtkWindow  *window,
                                  const char *text);
  void            (*show_error)  (GtkWindow  *window,
                                  const char *title,
                                  const char *details);
} RancangTransferHost;

void       rancang_table_transfer_attach      (RancangTableEditor        *editor,
                                               GtkWindow                 *window,
                                               const RancangTransferHost *host);

/* The preview for TEXT (NAME in messages: "clipboard", "data.csv"), as a
 * paste (HEADER FALSE: a header line is optional) or as the import of a
 * CSV file (HEADER TRUE). What the clipboard and the file chooser lead to. */
void       rancang_table_transfer_preview     (RancangTableEditor *editor,
                                               const char         *text,
                                               const char         *name,
                                               gboolean            header);

/* For tests: the preview or properties dialog now open, or NULL; the rows
 * a preview would add (0 when it shows an error) and its message. */
GtkWidget  *rancang_table_transfer_get_dialog (RancangTableEditor *editor);
guint       rancang_table_transfer_preview_n_rows (GtkWidget      *dialog);
const char *rancang_table_transfer_preview_message (GtkWidget     *dialog);

G_END_DECLS
