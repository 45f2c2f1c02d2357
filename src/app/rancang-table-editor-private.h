/* rancang-table-editor-private.h: what the files of the table editor
 * share, and no one else: the editor itself (rancang-table-editor.c), the
 * rows in its view (rancang-table-editor-view.c) and its actions on them
 * (rancang-table-editor-actions.c). */
#pragma once

#include "rancang-compute.h"
#include "rancang-table-cell.h"
#include "rancang-table-editor.h"
#include "rancang-table-header.h"
#include "rancang-table-rows.h"
#include "rancang-template.h"

G_BEGIN_DECLS

struct _RancangTableEditor
{
  GtkBox              parent_instance;

  /* from the template (ui/rancang-table-editor.ui) */
  GtkLabel           *number_label;
  GtkLabel           *caption_label;
  GtkLabel           *template_label;
  GtkLabel           *message_label;
  GtkWidget          *toolbar;
  RancangTableHeader *band;           /* the grouped headers */
  GtkScrolledWindow  *scroller;
  GtkColumnView      *view;
  GMenuModel         *context_menu;

  GtkMultiSelection  *selection;
  GtkWidget          *menu;           /* the context menu's popover */
  GSimpleActionGroup *actions;

  RancangTemplateSet *templates;
  RancangHistory     *history;
  RancangDocument    *doc;
  RancangNode        *node;
  RancangTemplate    *tmpl;
  RancangTable       *table;
  RancangTableRows   *rows;           /* the rows' tree as the view shows it */
  GPtrArray          *items;          /* RancangTableRowItem per row, in table order */
  GHashTable         *findings;       /* "row:key" -> explanation */
  GHashTable         *cells;          /* bound cell widgets */
  RancangTableCell   *focus_cell;     /* the cell whose entry has the focus */
  guint               findings_idle;
  guint               scroll_idle;    /* a tick callback */
  gint64              rows_changed;   /* the frame in which the view's rows last changed */
  guint               reveal_serial;  /* the last cell asked for: only it is focused */
  double              scroll;         /* where the view was before the model changed */
  int                 uraian;         /* the column with the expanders, or -1 */
  guint               anchor;         /* where a Shift+click range starts */
  gboolean            clearing;       /* cells going away: nothing is committed */
};

/* rancang-table-editor.c */
guint         _rancang_table_editor_n_rows          (RancangTableEditor *self);
RancangLevel  _rancang_table_editor_row_level       (RancangTableEditor *self,
                                                     guint               row);
char         *_rancang_table_editor_display_text    (RancangTableEditor *self,
                                                     guint               row,
                                                     guint               column);
GtkWidget    *_rancang_table_editor_start_editing   (RancangTableEditor *self,
                                                     RancangTableCell   *cell);
void          _rancang_table_editor_rebuild_table   (RancangTableEditor *self);
void          _rancang_table_editor_show_message    (RancangTableEditor *self,
                                                     const char         *text,
                                                     gboolean            error);

/* rancang-table-editor-view.c: the rows in the view */
void          _rancang_table_editor_rebuild_model   (RancangTableEditor *self,
                                                     GPtrArray          *select);
void          _rancang_table_editor_show_all_rows   (RancangTableEditor *self);
GArray       *_rancang_table_editor_selected        (RancangTableEditor *self);
GArray       *_rancang_table_editor_blocks          (RancangTableEditor *self);
void          _rancang_table_editor_select_position (RancangTableEditor *self,
                                                     guint               position);
void          _rancang_table_editor_stop_scrolling  (RancangTableEditor *self);
void          _rancang_table_editor_on_view_pressed (GtkGestureClick    *gesture,
                                                     int                 n_press,
                                                     double              x,
                                                     double              y,
                                                     RancangTableEditor *self);
void          _rancang_table_editor_on_view_right_click (GtkGestureClick    *gesture,
                                                         int                 n_press,
                                                         double              x,
                                                         double              y,
                                                         RancangTableEditor *self);

/* rancang-table-editor-actions.c: what is done to the rows */
void          _rancang_table_editor_init_actions    (RancangTableEditor *self);
void          _rancang_table_editor_update_actions  (RancangTableEditor *self);

G_END_DECLS
