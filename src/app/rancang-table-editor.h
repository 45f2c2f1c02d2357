/* rancang-table-editor.h: the cells of one table, through its template. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-document.h"
#include "rancang-history.h"
#include "rancang-node.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_TABLE_EDITOR (rancang_table_editor_get_type ())
G_DECLARE_FINAL_TYPE (RancangTableEditor, rancang_table_editor, RANCANG, TABLE_EDITOR, GtkBox)

void         rancang_table_editor_set_table   (RancangTableEditor *self,
                                               RancangHistory     *history,
                                               RancangDocument    *doc,
                                               RancangNode        *table);
RancangNode *rancang_table_editor_get_table   (RancangTableEditor *self);
void         rancang_table_editor_reload      (RancangTableEditor *self);

/* What typing TEXT into a cell and pressing Enter does: parsed, stored in
 * the plain C form as one undoable step, or refused with the reason. */
gboolean     rancang_table_editor_commit      (RancangTableEditor *self,
                                               guint               row,
                                               const char         *key,
                                               const char         *text,
                                               GError            **error);

/* The text typed in the cell being edited, kept as if Enter was pressed
 * (before an undo, so that the undo takes it back). TRUE when there was
 * some. */
gboolean     rancang_table_editor_commit_pending (RancangTableEditor *self);

/* For tests and tools: the row of a kode (the first), the text a cell
 * shows, and the explanation of its finding (NULL when it has none). */
int          rancang_table_editor_find_row    (RancangTableEditor *self,
                                               const char         *kode);
char        *rancang_table_editor_dup_display (RancangTableEditor *self,
                                               guint               row,
                                               const char         *key);
const char  *rancang_table_editor_get_finding (RancangTableEditor *self,
                                               guint               row,
                                               const char         *key);

/* Shows the cell of ROW (a row element of the table) in column KEY (any
 * column when NULL): scrolled into view and, when it is typed, focused for
 * editing. What a click on a finding or a difference does. */
gboolean     rancang_table_editor_select_cell (RancangTableEditor *self,
                                               RancangNode        *row,
                                               const char         *key);

/* The selected rows (row elements, in table order), or the row of the cell
 * being edited when nothing is selected; empty when neither. */
GPtrArray   *rancang_table_editor_get_selected_rows (RancangTableEditor *self);

G_END_DECLS
