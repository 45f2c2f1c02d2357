/* rancang-table-editor-view.c: the rows of the table editor in its view.
 *
 * A GtkColumnView over a GtkTreeListModel of RancangTableRowItem: every
 * row under the row it is under in the table's tree (rancang-table-rows.h),
 * with expanders on the uraian. A large table is first shown with only its
 * first rows in the model, the rest a few frames later. The selection is
 * of rows; clicks select them, and a typed cell clicked becomes an entry.
 */
#include "rancang-config.h"

#include "rancang-table-editor-private.h"
#include "rancang-table-row-item.h"

static GListModel *
create_children (gpointer item,
                 gpointer data)
{
  GListModel *children = rancang_table_row_item_get_children (item);

  return children != NULL ? g_object_ref (children) : NULL;
}

/* A large table is first shown with only its first rows in the model: GTK
 * 4.8 makes the widgets of up to 200 rows at once, which for a table of
 * many columns takes longer than a first frame may. The rest follow a
 * frame later (show_all_rows). Positions are the same in both models. */
#define FIRST_ROWS 60

static GtkTreeListModel *
tree_model (RancangTableEditor *self)
{
  GListModel *model = gtk_multi_selection_get_model (self->selection);

  if (GTK_IS_SLICE_LIST_MODEL (model))
    model = gtk_slice_list_model_get_model (GTK_SLICE_LIST_MODEL (model));
  return GTK_TREE_LIST_MODEL (model);
}

/* One step of rows a frame, until GTK has all it makes widgets for. */
static gboolean
grow_rows (GtkWidget     *widget,
           GdkFrameClock *clock,
           gpointer       data)
{
  GtkMultiSelection *selection = data;
  GListModel *model = gtk_multi_selection_get_model (selection);
  guint size;

  if (!GTK_IS_SLICE_LIST_MODEL (model))
    return G_SOURCE_REMOVE;
  size = gtk_slice_list_model_get_size (GTK_SLICE_LIST_MODEL (model));
  if (size == G_MAXUINT)
    return G_SOURCE_REMOVE;
  gtk_slice_list_model_set_size (GTK_SLICE_LIST_MODEL (model), size + FIRST_ROWS >= 4 * FIRST_ROWS ? G_MAXUINT
                                                                                                      : size + FIRST_ROWS);
  return G_SOURCE_CONTINUE;
}

void
_rancang_table_editor_show_all_rows (RancangTableEditor *self)
{
  GListModel *model = gtk_multi_selection_get_model (self->selection);

  if (GTK_IS_SLICE_LIST_MODEL (model) && gtk_slice_list_model_get_size (GTK_SLICE_LIST_MODEL (model)) != G_MAXUINT)
    gtk_slice_list_model_set_size (GTK_SLICE_LIST_MODEL (model), G_MAXUINT);
}

static RancangTableRowItem *
item_at (RancangTableEditor *self,
         guint               position)
{
  GtkTreeListModel *tree = tree_model (self);
  g_autoptr(GtkTreeListRow) row = tree != NULL ? gtk_tree_list_model_get_row (tree, position) : NULL;

  return row != NULL ? RANCANG_TABLE_ROW_ITEM (gtk_tree_list_row_get_item (row)) : NULL;
}

/* Where row R of the table is in the view (the tree shows the rows in
 * table order, less those of collapsed rows), or -1 when it is hidden. */
static int
position_of (RancangTableEditor *self,
             guint               r)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  if (r < n)
    {
      g_autoptr(RancangTableRowItem) item = item_at (self, r);
      if (item != NULL && rancang_table_row_item_get_index (item) == r)
        return (int) r;
    }
  for (guint p = MIN (r, n); p-- > 0;)
    {
      g_autoptr(RancangTableRowItem) item = item_at (self, p);
      if (item != NULL && rancang_table_row_item_get_index (item) == r)
        return (int) p;
      if (item != NULL && rancang_table_row_item_get_index (item) < r)
        break;   /* the rows before this one come before R */
    }
  return -1;
}

/* The selected rows, in table order (the view's order is the table's), or
 * the row of the cell being edited when none is. */
GArray *
_rancang_table_editor_selected (RancangTableEditor *self)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = _rancang_table_editor_n_rows (self);
  g_autoptr(GtkBitset) set = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->table == NULL || tree_model (self) == NULL)
    return rows;
  set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(RancangTableRowItem) item = item_at (self, position);
      guint r = item != NULL ? rancang_table_row_item_get_index (item) : n;

      if (r < n)
        g_array_append_val (rows, r);
    }
  if (rows->len == 0 && self->focus_cell != NULL && rancang_table_cell_get_row (self->focus_cell) < n)
    {
      guint r = rancang_table_cell_get_row (self->focus_cell);
      g_array_append_val (rows, r);
    }
  return rows;
}

/* The selected rows that are not under another selected row: each stands
 * for its block, itself and everything under it. */
GArray *
_rancang_table_editor_blocks (RancangTableEditor *self)
{
  g_autoptr(GArray) rows = _rancang_table_editor_selected (self);

  if (self->rows == NULL)
    return g_array_new (FALSE, FALSE, sizeof (guint));
  return rancang_table_rows_blocks (self->rows, rows);
}

/* The row at POSITION selected, alone, unless it is already selected. */
void
_rancang_table_editor_select_position (RancangTableEditor *self,
                                       guint               position)
{
  if (position != GTK_INVALID_LIST_POSITION
      && !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
    {
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
      self->anchor = position;
    }
}

/* The frame counter of the view's frame clock when its rows changed, or
 * G_MAXINT64 when it had none (not yet shown): the frame it gets counts. */
static void
rows_changed (GListModel         *model,
              guint               position,
              guint               removed,
              guint               added,
              RancangTableEditor *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->view));

  self->rows_changed = clock != NULL ? gdk_frame_clock_get_frame_counter (clock) : G_MAXINT64;
}

/* Whether the view has laid out its rows since they last changed, for a
 * tick callback of the view. Until it has, its scroll range and the rows
 * its cells are bound to are the old ones: setting the scroll position
 * (or focusing a cell, which scrolls to its row) then asks the view for a
 * row it does not have, and GTK warns "failed to scroll to given
 * position". A change in frame N, before or after that frame's layout,
 * is laid out by the time frame N + 2 begins. */
static gboolean
rows_laid_out (RancangTableEditor *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->view));
  gint64 now;

  if (clock == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    return FALSE;
  now = gdk_frame_clock_get_frame_counter (clock);
  if (self->rows_changed == G_MAXINT64)
    self->rows_changed = now;
  return now >= self->rows_changed + 2;
}

static gboolean
restore_scroll (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  RancangTableEditor *self = data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  /* once the view has laid out the new model */
  if (!rows_laid_out (self))
    return G_SOURCE_CONTINUE;
  self->scroll_idle = 0;
  /* (the selection, not the editor: the callback outlives neither the
   * view nor its model, and a new model ends it) */
  if (GTK_IS_SLICE_LIST_MODEL (gtk_multi_selection_get_model (self->selection)))
    gtk_widget_add_tick_callback (GTK_WIDGET (self->view), grow_rows, g_object_ref (self->selection), g_object_unref);
  /* (an empty list view cannot be scrolled: it warns) */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0
      && gtk_adjustment_get_value (adjustment) != self->scroll)
    gtk_adjustment_set_value (adjustment, self->scroll);
  return G_SOURCE_REMOVE;
}

void
_rancang_table_editor_stop_scrolling (RancangTableEditor *self)
{
  if (self->scroll_idle != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->scroll_idle);
  self->scroll_idle = 0;
}

/* Rebuilds the view from the table's tree (rancang_table_rows_new()).
 * Keeps collapsed rows collapsed, and selects SELECT (row elements) or,
 * when NULL, what was selected. */
void
_rancang_table_editor_rebuild_model (RancangTableEditor *self,
                                     GPtrArray          *select)
{
  GtkTreeListModel *old = tree_model (self);
  g_autoptr(GHashTable) collapsed = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) selected = g_hash_table_new (NULL, NULL);
  g_autoptr(GtkBitset) positions = gtk_bitset_new_empty ();
  g_autoptr(GListStore) roots = g_list_store_new (RANCANG_TYPE_TABLE_ROW_ITEM);
  GtkTreeListModel *tree;
  guint n = _rancang_table_editor_n_rows (self);
  double scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));

  _rancang_table_editor_show_all_rows (self);
  if (old != NULL)
    {
      guint count = g_list_model_get_n_items (G_LIST_MODEL (old));
      g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
      GtkBitsetIter iter;
      guint position;

      for (guint p = 0; p < count; p++)
        {
          g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (old, p);
          g_autoptr(RancangTableRowItem) item = RANCANG_TABLE_ROW_ITEM (gtk_tree_list_row_get_item (row));

          if (gtk_tree_list_row_is_expandable (row) && !gtk_tree_list_row_get_expanded (row))
            g_hash_table_add (collapsed, rancang_table_row_item_get_node (item));
        }
      if (select == NULL)
        for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &position); ok;
             ok = gtk_bitset_iter_next (&iter, &position))
          {
            g_autoptr(RancangTableRowItem) item = item_at (self, position);
            if (item != NULL)
              g_hash_table_add (selected, rancang_table_row_item_get_node (item));
          }
    }
  for (guint i = 0; select != NULL && i < select->len; i++)
    g_hash_table_add (selected, g_ptr_array_index (select, i));

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->rows, rancang_table_rows_free);
  self->items = g_ptr_array_new_full (n, g_object_unref);
  if (self->table != NULL)
    self->rows = rancang_table_rows_new (self->table);
  for (guint r = 0; r < n; r++)
    g_ptr_array_add (self->items, rancang_table_row_item_new (r, rancang_table_rows_get_node (self->rows, r)));
  for (guint r = 0; r < n; r++)
    {
      RancangTableRowItem *item = g_ptr_array_index (self->items, r);
      int parent = rancang_table_rows_get_parent (self->rows, r);

      if (parent < 0)
        g_list_store_append (roots, item);
      else
        rancang_table_row_item_add_child (g_ptr_array_index (self->items, parent), item);
    }

  tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (roots)), FALSE, TRUE, create_children, NULL, NULL);
  if (g_signal_handler_find (self->selection, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0, NULL, rows_changed, self) == 0)
    g_signal_connect (self->selection, "items-changed", G_CALLBACK (rows_changed), self);
  self->clearing = TRUE;
  if (old == NULL && n > 2 * FIRST_ROWS)
    {
      g_autoptr(GtkSliceListModel) first = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (tree)), 0, FIRST_ROWS);
      gtk_multi_selection_set_model (self->selection, G_LIST_MODEL (first));
    }
  else
    gtk_multi_selection_set_model (self->selection, G_LIST_MODEL (tree));
  self->clearing = FALSE;
  g_object_unref (tree);

  if (g_hash_table_size (collapsed) > 0)
    for (guint p = 0; p < g_list_model_get_n_items (G_LIST_MODEL (tree)); p++)
      {
        g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree, p);
        g_autoptr(RancangTableRowItem) item = RANCANG_TABLE_ROW_ITEM (gtk_tree_list_row_get_item (row));

        if (g_hash_table_contains (collapsed, rancang_table_row_item_get_node (item)))
          gtk_tree_list_row_set_expanded (row, FALSE);
      }
  if (g_hash_table_size (selected) > 0)
    {
      g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, g_list_model_get_n_items (G_LIST_MODEL (tree)));

      for (guint p = 0; p < g_list_model_get_n_items (G_LIST_MODEL (tree)); p++)
        {
          g_autoptr(RancangTableRowItem) item = item_at (self, p);
          if (item != NULL && g_hash_table_contains (selected, rancang_table_row_item_get_node (item)))
            gtk_bitset_add (positions, p);
        }
      gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), positions, mask);
      if (!gtk_bitset_is_empty (positions))
        self->anchor = gtk_bitset_get_minimum (positions);
    }
  /* The new model starts at the top: back where it was, once laid out. */
  self->scroll = scroll;
  if (self->scroll_idle == 0)
    self->scroll_idle = gtk_widget_add_tick_callback (GTK_WIDGET (self->view), restore_scroll, self, NULL);
  _rancang_table_editor_update_actions (self);
}

/* ------------------------------------------------------ going to a cell */

typedef struct
{
  RancangTableEditor *self;
  RancangNode        *row;
  int                 column;
  guint               tries;
  guint               scrolled;       /* frames since scrolled to its row, or 0 */
  guint               serial;
} Reveal;

/* The bound cell of ROW in COLUMN, or (-1) its first typed one. */
static RancangTableCell *
bound_cell (RancangTableEditor *self,
            guint               row,
            int                 column)
{
  GHashTableIter iter;
  gpointer cell;
  RancangTableCell *any = NULL;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (rancang_table_cell_get_row (cell) == row && gtk_widget_get_mapped (cell))
      {
        if (column < 0 || (int) rancang_table_cell_get_column (cell) == column)
          {
            if (column >= 0 || gtk_widget_get_focusable (cell))
              return cell;
            any = cell;
          }
      }
  return any;
}

/* Whether CELL is bound where the model now has its row: after a change
 * of the rows the view rebinds its cells only when it lays them out, and
 * a cell still bound to an old position would have the view scroll to a
 * row that is no longer there as it takes the focus. */
static gboolean
cell_is_current (RancangTableEditor *self,
                 RancangTableCell   *cell)
{
  guint position = rancang_table_cell_get_position (cell);
  g_autoptr(RancangTableRowItem) item = NULL;

  if (position == GTK_INVALID_LIST_POSITION || position >= g_list_model_get_n_items (G_LIST_MODEL (self->selection)))
    return FALSE;
  item = item_at (self, position);
  return item != NULL && rancang_table_row_item_get_index (item) == rancang_table_cell_get_row (cell);
}

static GtkWidget *
inner_list_view (RancangTableEditor *self)
{
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->view)); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LIST_VIEW (c))
      return c;
  return NULL;
}

/* A frame at a time, once the view has laid out the rows it now has: the
 * cell, scrolled sideways into view, and its entry focused; until the
 * cell is bound, closer to it by the row's share of the height. (Frames,
 * not a timer: on a loaded machine a timer can come before the layout.) */
#define REVEAL_FRAMES 120

static gboolean
focus_revealed (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  Reveal *reveal = data;
  RancangTableEditor *self = reveal->self;
  RancangTableCell *cell = NULL;
  guint n = _rancang_table_editor_n_rows (self);
  guint r;

  if (reveal->serial != self->reveal_serial)
    return G_SOURCE_REMOVE;   /* another cell was asked for since */
  if (!rows_laid_out (self))
    return ++reveal->tries < REVEAL_FRAMES ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
  for (r = 0; r < n; r++)
    if (rancang_table_get_row_node (self->table, r) == reveal->row)
      break;
  if (r < n)
    cell = bound_cell (self, r, reveal->column);
  if (cell != NULL && !cell_is_current (self, cell))
    cell = NULL;
  if (cell == NULL)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
      int position = r < n ? position_of (self, r) : -1;
      guint count = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
      double upper = gtk_adjustment_get_upper (adjustment), page = gtk_adjustment_get_page_size (adjustment);

      GtkWidget *list = inner_list_view (self);

      if (position < 0 || ++reveal->tries >= REVEAL_FRAMES)
        return G_SOURCE_REMOVE;
      if (reveal->scrolled == 0 && list != NULL)
        gtk_widget_activate_action (list, "list.scroll-to-item", "u", (guint) position);
      else if (reveal->scrolled > 2)
        gtk_adjustment_set_value (adjustment, CLAMP (upper * position / MAX (count, 1) - page / 3, 0,
                                                     MAX (upper - page, 0)));
      reveal->scrolled++;
      return G_SOURCE_CONTINUE;
    }
  {
    GtkWidget *entry = _rancang_table_editor_start_editing (self, cell);
    GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (self->scroller);
    graphene_rect_t bounds;

    if (gtk_widget_compute_bounds (GTK_WIDGET (cell), GTK_WIDGET (self->scroller), &bounds))
      {
        double width = gtk_widget_get_width (GTK_WIDGET (self->scroller));
        if (bounds.origin.x < 0)
          gtk_adjustment_set_value (h, gtk_adjustment_get_value (h) + bounds.origin.x - 8);
        else if (bounds.origin.x + bounds.size.width > width)
          gtk_adjustment_set_value (h, gtk_adjustment_get_value (h)
                                       + MIN (bounds.origin.x, bounds.origin.x + bounds.size.width - width + 8));
      }
    if (entry != NULL)
      gtk_widget_grab_focus (entry);
    else
      gtk_widget_grab_focus (GTK_WIDGET (self->view));
  }
  return G_SOURCE_REMOVE;
}

gboolean
rancang_table_editor_select_cell (RancangTableEditor *self,
                                  RancangNode        *row,
                                  const char         *key)
{
  guint n = _rancang_table_editor_n_rows (self);
  Reveal *reveal;
  int position;
  guint r;

  _rancang_table_editor_show_all_rows (self);
  for (r = 0; r < n; r++)
    if (rancang_table_get_row_node (self->table, r) == row)
      break;
  if (r == n || self->rows == NULL)
    return FALSE;

  /* Its ancestors expanded, from the top. */
  {
    g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint));
    for (int a = rancang_table_rows_get_parent (self->rows, r); a >= 0; a = rancang_table_rows_get_parent (self->rows, (guint) a))
      g_array_prepend_val (chain, a);
    for (guint i = 0; i < chain->len; i++)
      {
        int p = position_of (self, g_array_index (chain, guint, i));
        g_autoptr(GtkTreeListRow) tree_row = p >= 0 ? gtk_tree_list_model_get_row (tree_model (self), (guint) p) : NULL;
        if (tree_row != NULL)
          gtk_tree_list_row_set_expanded (tree_row, TRUE);
      }
  }
  position = position_of (self, r);
  if (position < 0)
    return FALSE;
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), (guint) position, TRUE);
  self->anchor = (guint) position;

  /* (the callback is the view's, which the editor outlives: no reference) */
  reveal = g_new0 (Reveal, 1);
  reveal->self = self;
  reveal->row = row;
  reveal->column = key != NULL ? rancang_template_lookup_column (self->tmpl, key) : -1;
  reveal->serial = ++self->reveal_serial;
  gtk_widget_add_tick_callback (GTK_WIDGET (self->view), focus_revealed, reveal, g_free);
  return TRUE;
}

GPtrArray *
rancang_table_editor_get_selected_rows (RancangTableEditor *self)
{
  GPtrArray *rows = g_ptr_array_new ();
  g_autoptr(GArray) indices = _rancang_table_editor_selected (self);

  for (guint i = 0; i < indices->len; i++)
    g_ptr_array_add (rows, rancang_table_get_row_node (self->table, g_array_index (indices, guint, i)));
  return rows;
}

/* --------------------------------------------------------------- clicks */

/* The cell under a point of the view. */
static RancangTableCell *
cell_at (RancangTableEditor *self,
         double              x,
         double              y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->view), x, y, GTK_PICK_DEFAULT);

  for (GtkWidget *w = picked; w != NULL && w != GTK_WIDGET (self->view); w = gtk_widget_get_parent (w))
    if (RANCANG_IS_TABLE_CELL (w))
      return RANCANG_TABLE_CELL (w);
  return NULL;
}

/* A click in a cell selects its row: alone, or with Ctrl added to the
 * selection, with Shift the range from the last click. Without a modifier
 * a typed cell becomes an entry under the pointer. */
void
_rancang_table_editor_on_view_pressed (GtkGestureClick    *gesture,
                                       int                 n_press,
                                       double              x,
                                       double              y,
                                       RancangTableEditor *self)
{
  RancangTableCell *cell = cell_at (self, x, y);
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->selection);
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  guint position = cell != NULL ? rancang_table_cell_get_position (cell) : GTK_INVALID_LIST_POSITION;
  GtkWidget *entry;

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  if (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK))
    {
      if (state & GDK_SHIFT_MASK)
        {
          guint from = MIN (self->anchor, position), to = MAX (self->anchor, position);
          gtk_selection_model_select_range (model, from, to - from + 1, !(state & GDK_CONTROL_MASK));
        }
      else if (gtk_selection_model_is_selected (model, position))
        gtk_selection_model_unselect_item (model, position);
      else
        {
          gtk_selection_model_select_item (model, position, FALSE);
          self->anchor = position;
        }
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_grab_focus (GTK_WIDGET (self->view));
      return;
    }
  self->anchor = position;
  gtk_selection_model_select_item (model, position, TRUE);
  if (rancang_table_cell_get_entry (cell) != NULL)
    return;   /* the entry places the cursor itself */
  entry = _rancang_table_editor_start_editing (self, cell);
  if (entry != NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_grab_focus (entry);
    }
}

/* The context menu, for the row clicked (selected, unless it is already). */
void
_rancang_table_editor_on_view_right_click (GtkGestureClick    *gesture,
                                           int                 n_press,
                                           double              x,
                                           double              y,
                                           RancangTableEditor *self)
{
  RancangTableCell *cell = cell_at (self, x, y);
  graphene_point_t point = GRAPHENE_POINT_INIT ((float) x, (float) y), out;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  rancang_table_editor_commit_pending (self);
  if (cell != NULL)
    _rancang_table_editor_select_position (self, rancang_table_cell_get_position (cell));
  _rancang_table_editor_update_actions (self);
  if (gtk_widget_compute_point (GTK_WIDGET (self->view), GTK_WIDGET (self), &point, &out))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                                 &(GdkRectangle) { (int) out.x, (int) out.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}
