/* rancang-table-cell.h: one cell of the table editor.
 *
 * A GtkInscription shows the cell's text; a typed cell takes the focus (a
 * click, Tab) and becomes a GtkEntry while it has it, with a button of the
 * values to choose from in a choice column. The cell knows what it shows,
 * not what it means: the table editor tells it (rancang_table_cell_show())
 * and hears from it through its signals:
 *
 *   focused (gboolean by_key)        the cell took the focus
 *   entry-entered (gboolean by_key)  its entry took the focus
 *   entry-left                       its entry lost it (then commit follows)
 *   commit                           Enter, a value chosen, the entry left
 *   edited                           the text of the entry changed
 *   cancel                           Escape: show the cell's value again
 *   offer-values → GPtrArray*        the values to choose from (full)
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RANCANG_TYPE_TABLE_CELL (rancang_table_cell_get_type ())
G_DECLARE_FINAL_TYPE (RancangTableCell, rancang_table_cell, RANCANG, TABLE_CELL, GtkBox)

/* How a cell looks: each is a style class of the cell (of its text for
 * PLACEHOLDER). */
typedef enum
{
  RANCANG_TABLE_CELL_COMPUTED    = 1 << 0,   /* derived, a roll-up: read-only */
  RANCANG_TABLE_CELL_STRONG      = 1 << 1,   /* a program, kegiatan, ... row */
  RANCANG_TABLE_CELL_TOTAL       = 1 << 2,
  RANCANG_TABLE_CELL_INDICATOR   = 1 << 3,   /* one more indicator of the row above */
  RANCANG_TABLE_CELL_FINDING     = 1 << 4,   /* the checker disagrees */
  RANCANG_TABLE_CELL_REFUSED     = 1 << 5,   /* what was typed was not kept */
  RANCANG_TABLE_CELL_NUMERIC     = 1 << 6,
  RANCANG_TABLE_CELL_PLACEHOLDER = 1 << 7,   /* a text shown for an empty cell */
} RancangTableCellLook;

GtkWidget   *rancang_table_cell_new             (guint                 column,
                                                 gboolean              choice);
guint        rancang_table_cell_get_column      (RancangTableCell     *self);
guint        rancang_table_cell_get_row         (RancangTableCell     *self);
void         rancang_table_cell_set_row         (RancangTableCell     *self,
                                                 guint                 row);
GtkListItem *rancang_table_cell_get_list_item   (RancangTableCell     *self);
void         rancang_table_cell_set_list_item   (RancangTableCell     *self,
                                                 GtkListItem          *item);
guint        rancang_table_cell_get_position    (RancangTableCell     *self);

void         rancang_table_cell_show            (RancangTableCell     *self,
                                                 const char           *shown,
                                                 const char           *text,
                                                 RancangTableCellLook  look,
                                                 const char           *tip);
void         rancang_table_cell_set_look        (RancangTableCell     *self,
                                                 RancangTableCellLook  look,
                                                 gboolean              on);
void         rancang_table_cell_set_tip         (RancangTableCell     *self,
                                                 const char           *tip);
const char  *rancang_table_cell_get_tip         (RancangTableCell     *self);

GtkWidget   *rancang_table_cell_start_editing   (RancangTableCell     *self);
GtkWidget   *rancang_table_cell_get_entry       (RancangTableCell     *self);
const char  *rancang_table_cell_get_typed       (RancangTableCell     *self);
void         rancang_table_cell_focus_entry     (RancangTableCell     *self);
void         rancang_table_cell_stop_editing    (RancangTableCell     *self);
void         rancang_table_cell_drop_entry      (RancangTableCell     *self);

G_END_DECLS
