/* rancang-table-editor.c: the cells of one table, through its template.
 *
 * A GtkColumnView whose columns come from the table's template and whose
 * rows are the table's rows, the uraian indented by level. Typed cells are
 * edited in place; numbers are read in the Indonesian form (US when that is
 * unambiguous) and stored in the plain C form, each change one step of the
 * history. Derived cells and roll-ups are computed and read-only; a cell
 * whose stated value disagrees with the computed one is marked, with the
 * checker's explanation as its tooltip.
 *
 * The RancangTable keeps pointers into the tree, so after every change of
 * the tree (an edit here, an undo, a redo) it is built anew from the tree.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-format.h"
#include "rancang-numbering.h"
#include "rancang-parts.h"
#include "rancang-table-editor.h"
#include "rancang-template.h"

/* ------------------------------------------------------------- row items */

#define ROW_TYPE_ITEM (row_item_get_type ())
G_DECLARE_FINAL_TYPE (RowItem, row_item, ROW, ITEM, GObject)

struct _RowItem
{
  GObject parent_instance;
  guint   index;
};

G_DEFINE_FINAL_TYPE (RowItem, row_item, G_TYPE_OBJECT)

static void row_item_class_init (RowItemClass *klass) { }
static void row_item_init (RowItem *self) { }

static RowItem *
row_item_new (guint index)
{
  RowItem *item = g_object_new (ROW_TYPE_ITEM, NULL);
  item->index = index;
  return item;
}

/* ---------------------------------------------------------------- editor */

struct _RancangTableEditor
{
  GtkBox              parent_instance;

  GtkLabel           *number_label;
  GtkLabel           *caption_label;
  GtkLabel           *template_label;
  GtkLabel           *message_label;
  GtkScrolledWindow  *scroller;
  GtkColumnView      *view;
  GListStore         *rows;

  RancangTemplateSet *templates;
  RancangHistory     *history;
  RancangDocument    *doc;
  RancangNode        *node;
  RancangTemplate    *tmpl;
  RancangTable       *table;
  guint              *depth;          /* per row: how far the uraian is indented */
  GHashTable         *findings;       /* "row:key" -> explanation */
  GHashTable         *cells;          /* bound cell widgets */
  int                 uraian;         /* the column indented by level, or -1 */
  gboolean            clearing;       /* cells going away: nothing is committed */
};

G_DEFINE_FINAL_TYPE (RancangTableEditor, rancang_table_editor, GTK_TYPE_BOX)

static gboolean
is_numeric (RancangColumnType type)
{
  return type != RANCANG_COLUMN_TEXT;
}

static gboolean
is_row_attribute (RancangTableEditor *self,
                  guint               column)
{
  const char *key = rancang_template_column_key (self->tmpl, column);

  return g_strcmp0 (key, "level") == 0 || g_strcmp0 (key, "kode") == 0;
}

/* Read-only: derived columns, roll-ups and totals, and the row's level and kode. */
static gboolean
cell_is_computed (RancangTableEditor *self,
                  guint               row,
                  guint               column)
{
  if (is_row_attribute (self, column))
    return TRUE;
  if (!is_numeric (rancang_template_column_type (self->tmpl, column)))
    return FALSE;
  return rancang_template_column_is_derived (self->tmpl, column)
         || rancang_table_is_computed (self->table, row, column);
}

static char *
display_text (RancangTableEditor *self,
              guint               row,
              guint               column)
{
  RancangColumnType type = rancang_template_column_type (self->tmpl, column);
  const char *raw = rancang_table_get_text (self->table, row, column);
  const char *key = rancang_template_column_key (self->tmpl, column);
  RancangDecimal value;
  RancangValueState state;
  char *text = NULL;

  if (g_strcmp0 (key, "kode") == 0)
    {
      const char *kode = rancang_table_get_kode (self->table, row);
      return g_strdup (kode != NULL ? kode : "");
    }
  if (!is_numeric (type))
    return g_strdup (raw != NULL ? raw : "");

  if (type == RANCANG_COLUMN_PERCENT)
    state = rancang_table_get_rounded (self->table, row, column,
                                       rancang_table_get_decimals (self->table, column), &value);
  else
    state = rancang_table_get_value (self->table, row, column, &value);

  switch (state)
    {
    case RANCANG_VALUE_NUMBER:
      if (type == RANCANG_COLUMN_PERCENT)
        text = rancang_format_number (value, (gint) rancang_table_get_decimals (self->table, column));
      else if (type == RANCANG_COLUMN_MONEY)
        text = rancang_format_number (value, 0);
      else
        text = rancang_format_number (value, -1);
      return text != NULL ? text : g_strdup (raw != NULL ? raw : "");
    case RANCANG_VALUE_INVALID:
      return g_strdup (raw != NULL ? raw : "");
    case RANCANG_VALUE_EMPTY:
    default:
      return g_strdup (RANCANG_FORMAT_EMPTY);
    }
}

static char *
finding_key (guint       row,
             const char *key)
{
  return g_strdup_printf ("%u:%s", row, key);
}

/* --------------------------------------------------------------- cells */

static void commit_cell (RancangTableEditor *self, GtkWidget *cell);

static guint
cell_column (GtkWidget *cell)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "column"));
}

static void
update_cell (RancangTableEditor *self,
             GtkWidget          *cell)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (cell), "label");
  GtkWidget *entry = g_object_get_data (G_OBJECT (cell), "entry");
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "row"));
  guint column = cell_column (cell);
  RancangColumnType type;
  RancangLevel level;
  gboolean computed, numeric;
  const char *finding;
  g_autofree char *text = NULL;
  g_autofree char *fkey = NULL;

  if (self->table == NULL || row >= rancang_table_get_n_rows (self->table))
    return;
  type = rancang_template_column_type (self->tmpl, column);
  numeric = is_numeric (type);
  computed = cell_is_computed (self, row, column);
  level = rancang_table_get_level (self->table, row);
  text = display_text (self, row, column);
  fkey = finding_key (row + 1, rancang_template_column_key (self->tmpl, column));
  finding = g_hash_table_lookup (self->findings, fkey);

  gtk_widget_set_visible (label, computed);
  gtk_widget_set_visible (entry, !computed);
  if (computed)
    gtk_label_set_label (GTK_LABEL (label), text);
  else
    {
      g_object_set_data (G_OBJECT (entry), "updating", GINT_TO_POINTER (1));
      gtk_editable_set_text (GTK_EDITABLE (entry), text);
      g_object_set_data (G_OBJECT (entry), "updating", NULL);
    }
  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_editable_set_alignment (GTK_EDITABLE (entry), numeric ? 1.0f : 0.0f);

  if (computed && !is_row_attribute (self, column))
    gtk_widget_add_css_class (cell, "derived");
  else
    gtk_widget_remove_css_class (cell, "derived");
  if (level == RANCANG_LEVEL_PROGRAM || level == RANCANG_LEVEL_KEGIATAN || level == RANCANG_LEVEL_TOTAL
      || level == RANCANG_LEVEL_URUSAN || level == RANCANG_LEVEL_BIDANG || level == RANCANG_LEVEL_TUJUAN)
    gtk_widget_add_css_class (cell, "strong-row");
  else
    gtk_widget_remove_css_class (cell, "strong-row");

  if ((int) column == self->uraian)
    gtk_widget_set_margin_start (cell, 16 * (int) self->depth[row]);
  else
    gtk_widget_set_margin_start (cell, 0);

  gtk_widget_remove_css_class (cell, "refused");
  if (finding != NULL)
    {
      gtk_widget_add_css_class (cell, "finding");
      gtk_widget_set_tooltip_text (cell, finding);
    }
  else
    {
      gtk_widget_remove_css_class (cell, "finding");
      gtk_widget_set_tooltip_text (cell, NULL);
    }
}

/* Enter keeps the change; leaving the cell keeps it too, Escape drops it.
 * (GtkEntry, not GtkEditableLabel: in GTK 4.8 an editable label that loses
 * the focus and is destroyed within 100 ms crashes in a timeout of its own.) */
static void
on_entry_activate (GtkEntry           *entry,
                   RancangTableEditor *self)
{
  if (g_object_get_data (G_OBJECT (entry), "updating") || self->clearing
      || !gtk_widget_get_mapped (GTK_WIDGET (entry)))
    return;
  commit_cell (self, gtk_widget_get_parent (GTK_WIDGET (entry)));
}

static void
on_entry_leave (GtkEventControllerFocus *focus,
                RancangTableEditor      *self)
{
  on_entry_activate (GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))), self);
}

static gboolean
on_entry_key (GtkEventControllerKey *key,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              RancangTableEditor    *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  update_cell (self, gtk_widget_get_parent (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (key))));
  return TRUE;
}

/* A click anywhere in a typed cell, its padding too, goes to its entry. */
static void
on_cell_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkWidget       *cell)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (cell), "entry");

  if (gtk_widget_get_visible (entry) && !gtk_widget_has_focus (entry))
    gtk_widget_grab_focus (entry);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            RancangTableEditor       *self)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  gtk_widget_add_css_class (cell, "table-cell");
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_vexpand (entry, TRUE);
  gtk_widget_set_valign (cell, GTK_ALIGN_FILL);
  {
    GtkGesture *click = gtk_gesture_click_new ();
    g_signal_connect (click, "pressed", G_CALLBACK (on_cell_pressed), cell);
    gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));
  }
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 1);
  gtk_box_append (GTK_BOX (cell), label);
  gtk_box_append (GTK_BOX (cell), entry);
  g_object_set_data (G_OBJECT (cell), "label", label);
  g_object_set_data (G_OBJECT (cell), "entry", entry);
  g_object_set_data (G_OBJECT (cell), "column", g_object_get_data (G_OBJECT (factory), "column"));
  gtk_entry_set_has_frame (GTK_ENTRY (entry), FALSE);
  /* Ctrl+Z is the document's undo, as in the narrative editor. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_widget_add_css_class (entry, "cell-entry");
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_entry_leave), self);
  gtk_widget_add_controller (entry, focus);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (entry, key);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RancangTableEditor       *self)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  RowItem *row = gtk_list_item_get_item (item);

  g_object_set_data (G_OBJECT (cell), "row", GUINT_TO_POINTER (row->index));
  g_hash_table_add (self->cells, cell);
  update_cell (self, cell);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             RancangTableEditor       *self)
{
  g_hash_table_remove (self->cells, gtk_list_item_get_child (item));
}

static void
refresh_cells (RancangTableEditor *self)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    update_cell (self, cell);
}

/* ---------------------------------------------------------------- table */

static void
compute_depths (RancangTableEditor *self)
{
  guint n = rancang_table_get_n_rows (self->table);

  g_free (self->depth);
  self->depth = g_new0 (guint, MAX (n, 1));
  for (guint r = 0; r < n; r++)
    {
      int parent = rancang_table_get_parent (self->table, r);

      if (rancang_table_get_level (self->table, r) == RANCANG_LEVEL_NONE && r > 0)
        self->depth[r] = self->depth[r - 1];
      else if (parent >= 0 && (guint) parent < r)
        self->depth[r] = self->depth[parent] + 1;
    }
}

static void
read_findings (RancangTableEditor *self)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_finding_free);

  g_hash_table_remove_all (self->findings);
  rancang_check_table (self->table, findings);
  for (guint i = 0; i < findings->len; i++)
    {
      RancangFinding *f = g_ptr_array_index (findings, i);
      char *explanation;

      if (f->row == 0 || f->column == NULL)
        continue;
      if (f->stated != NULL && f->computed != NULL)
        explanation = g_strdup_printf (_("%s\nStated: %s; computed: %s"), f->message, f->stated,
                                       *f->computed != '\0' ? f->computed : RANCANG_FORMAT_EMPTY);
      else
        explanation = g_strdup (f->message);
      g_hash_table_insert (self->findings, finding_key (f->row, f->column), explanation);
    }
}

/* The RancangTable anew from the tree, and every shown cell with it. */
static void
rebuild_table (RancangTableEditor *self)
{
  g_clear_pointer (&self->table, rancang_table_free);
  if (self->tmpl == NULL || self->node == NULL)
    return;
  self->table = rancang_table_new (self->tmpl, self->node);
  if (self->doc != NULL)
    rancang_table_apply_options (self->table, self->doc);
  compute_depths (self);
  read_findings (self);
}

static void
clear_columns (RancangTableEditor *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  self->clearing = TRUE;
  g_hash_table_remove_all (self->cells);
  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->view, column);
    }
  self->clearing = FALSE;
}

static void
build_columns (RancangTableEditor *self)
{
  guint n = rancang_template_get_n_columns (self->tmpl);

  self->uraian = rancang_template_lookup_column (self->tmpl, "uraian");
  for (guint c = 0; c < n; c++)
    {
      const char *key = rancang_template_column_key (self->tmpl, c);
      const char *number = rancang_template_column_number (self->tmpl, c);
      const char *header = rancang_template_column_header (self->tmpl, c);
      RancangColumnType type = rancang_template_column_type (self->tmpl, c);
      GtkListItemFactory *factory;
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autofree char *title = NULL;

      if (g_strcmp0 (key, "level") == 0)
        continue;   /* shown by indentation and weight */
      if (self->uraian < 0 && type == RANCANG_COLUMN_TEXT && g_strcmp0 (key, "kode") != 0)
        self->uraian = (int) c;
      if (number != NULL && *number != '\0')
        title = g_strdup_printf ("%s  %s", number, header != NULL ? header : key);
      else
        title = g_strdup (header != NULL ? header : key);

      factory = gtk_signal_list_item_factory_new ();
      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
      column = gtk_column_view_column_new (title, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if ((int) c == self->uraian)
        gtk_column_view_column_set_fixed_width (column, 240);
      else if (g_strcmp0 (key, "indikator") == 0 || g_strcmp0 (key, "ket") == 0)
        gtk_column_view_column_set_fixed_width (column, 200);
      else if (g_strcmp0 (key, "kode") == 0)
        gtk_column_view_column_set_fixed_width (column, 70);
      else if (is_numeric (type))
        gtk_column_view_column_set_fixed_width (column, type == RANCANG_COLUMN_MONEY ? 140 : 96);
      else
        gtk_column_view_column_set_fixed_width (column, 90);
      gtk_column_view_append_column (self->view, column);
    }
}

static void
fill_rows (RancangTableEditor *self)
{
  guint n = self->table ? rancang_table_get_n_rows (self->table) : 0;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint r = 0; r < n; r++)
    g_ptr_array_add (items, row_item_new (r));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
}

static void
update_heading (RancangTableEditor *self)
{
  g_autoptr(RancangNumbers) numbers = NULL;
  g_autofree char *number = NULL;
  g_autofree char *caption = NULL;

  if (self->node == NULL)
    return;
  if (self->doc != NULL)
    {
      numbers = rancang_numbers_new (self->doc);
      number = rancang_numbers_label (numbers, self->node);
    }
  caption = rancang_parts_title (self->node);
  gtk_label_set_label (self->number_label, number != NULL ? number : "");
  gtk_label_set_label (self->caption_label, caption);
  if (self->tmpl != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Template “%s”: %s. Computed cells are shaded; "
                                                 "click a cell to edit it, Enter to keep the change."),
                                               rancang_template_get_id (self->tmpl),
                                               rancang_template_get_title (self->tmpl));
      gtk_label_set_label (self->template_label, text);
    }
  else
    gtk_label_set_label (self->template_label, "");
}

/* -------------------------------------------------------------- editing */

static RancangNode *
find_cell_node (RancangNode *row,
                const char  *key)
{
  for (RancangNode *c = rancang_node_get_first_child (row); c != NULL; c = rancang_node_get_next (c))
    if (rancang_node_is (c, "c") && g_strcmp0 (rancang_node_get_attr (c, "k"), key) == 0)
      return c;
  return NULL;
}

gboolean
rancang_table_editor_commit (RancangTableEditor *self,
                             guint               row,
                             const char         *key,
                             const char         *text,
                             GError            **error)
{
  RancangNode *row_node, *cell;
  g_autofree char *stored = NULL;
  g_autofree char *current = NULL;
  int column;

  g_return_val_if_fail (RANCANG_IS_TABLE_EDITOR (self), FALSE);
  g_return_val_if_fail (self->table != NULL && self->history != NULL, FALSE);

  column = rancang_template_lookup_column (self->tmpl, key);
  if (column < 0 || row >= rancang_table_get_n_rows (self->table) || cell_is_computed (self, row, (guint) column))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY, _("This cell is computed and cannot be typed in."));
      return FALSE;
    }

  if (is_numeric (rancang_template_column_type (self->tmpl, (guint) column)))
    {
      RancangParsedNumber parsed;

      if (!rancang_parse_number (text, RANCANG_NUMBERS_AUTO, &parsed, error))
        return FALSE;
      if (parsed.kind == RANCANG_PARSED_EMPTY)
        stored = g_strdup ("");
      else
        stored = rancang_decimal_to_c_string (parsed.value);
      if (stored == NULL)
        {
          g_set_error (error, RANCANG_FORMAT_ERROR, RANCANG_FORMAT_ERROR_OUT_OF_RANGE,
                       _("The number is too large or too precise."));
          return FALSE;
        }
    }
  else
    stored = g_strstrip (g_strdup (text));

  row_node = rancang_table_get_row_node (self->table, row);
  cell = find_cell_node (row_node, key);
  current = cell != NULL ? rancang_node_dup_content (cell) : g_strdup ("");
  if (g_strcmp0 (current, stored) == 0)
    {
      refresh_cells (self);
      return TRUE;
    }

  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, _("Edit Cell"), NULL);
  if (cell == NULL)
    {
      cell = rancang_node_new_element ("c");
      rancang_node_set_attr (cell, "k", key);
      rancang_history_insert (self->history, row_node, NULL, cell);
    }
  rancang_history_set_content (self->history, cell, stored);
  rancang_history_end (self->history);

  rebuild_table (self);
  refresh_cells (self);
  return TRUE;
}

static void
commit_cell (RancangTableEditor *self,
             GtkWidget          *cell)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (cell), "entry");
  guint row = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "row"));
  guint column = cell_column (cell);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *text = NULL;

  if (self->table == NULL || row >= rancang_table_get_n_rows (self->table))
    return;
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  shown = display_text (self, row, column);
  if (g_strcmp0 (shown, text) == 0)
    return;
  if (!rancang_table_editor_commit (self, row, rancang_template_column_key (self->tmpl, column), text, &error))
    {
      g_autofree char *reason = g_strdup_printf (_("“%s” was not kept: %s"), text, error->message);

      update_cell (self, cell);
      gtk_widget_add_css_class (cell, "refused");
      gtk_widget_set_tooltip_text (cell, reason);
      gtk_label_set_label (self->message_label, reason);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
}

/* --------------------------------------------------------------- public */

void
rancang_table_editor_set_table (RancangTableEditor *self,
                                RancangHistory     *history,
                                RancangDocument    *doc,
                                RancangNode        *table)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (RANCANG_IS_TABLE_EDITOR (self));

  self->clearing = TRUE;
  g_list_store_remove_all (self->rows);
  clear_columns (self);
  g_clear_pointer (&self->table, rancang_table_free);
  g_clear_pointer (&self->tmpl, rancang_template_unref);
  g_hash_table_remove_all (self->findings);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);

  self->history = history;
  self->doc = doc;
  self->node = table;
  if (history != NULL)
    rancang_history_break_merge (history);
  if (table == NULL)
    return;

  if (self->templates != NULL)
    self->tmpl = rancang_template_set_for_table (self->templates, table, &error);
  if (self->tmpl == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("This table cannot be edited: %s"),
                                               error != NULL ? error->message : _("no templates"));
      update_heading (self);
      gtk_label_set_label (self->message_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->message_label), TRUE);
      return;
    }
  rebuild_table (self);
  build_columns (self);
  update_heading (self);
  fill_rows (self);
}

RancangNode *
rancang_table_editor_get_table (RancangTableEditor *self)
{
  return self->node;
}

/* After undo or redo: the same table, as the tree now has it. */
void
rancang_table_editor_reload (RancangTableEditor *self)
{
  guint before;

  if (self->tmpl == NULL || self->node == NULL)
    return;
  before = self->table ? rancang_table_get_n_rows (self->table) : 0;
  rebuild_table (self);
  update_heading (self);
  if (rancang_table_get_n_rows (self->table) != before)
    fill_rows (self);
  else
    refresh_cells (self);
}

int
rancang_table_editor_find_row (RancangTableEditor *self,
                               const char         *kode)
{
  guint n = self->table ? rancang_table_get_n_rows (self->table) : 0;

  for (guint r = 0; r < n; r++)
    if (g_strcmp0 (rancang_node_get_attr (rancang_table_get_row_node (self->table, r), "kode"), kode) == 0)
      return (int) r;
  return -1;
}

char *
rancang_table_editor_dup_display (RancangTableEditor *self,
                                  guint               row,
                                  const char         *key)
{
  int column;

  if (self->table == NULL || row >= rancang_table_get_n_rows (self->table))
    return NULL;
  column = rancang_template_lookup_column (self->tmpl, key);
  return column >= 0 ? display_text (self, row, (guint) column) : NULL;
}

const char *
rancang_table_editor_get_finding (RancangTableEditor *self,
                                  guint               row,
                                  const char         *key)
{
  g_autofree char *fkey = finding_key (row + 1, key);

  return g_hash_table_lookup (self->findings, fkey);
}

typedef struct
{
  RancangTableEditor *self;
  guint               row;
  int                 column;
} Reveal;

/* After the view has laid out the rows scrolled to: the cell's entry. */
static gboolean
focus_revealed (gpointer data)
{
  Reveal *reveal = data;
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, reveal->self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    {
      GtkWidget *entry = g_object_get_data (cell, "entry");

      if (GPOINTER_TO_UINT (g_object_get_data (cell, "row")) == reveal->row
          && (reveal->column < 0 || (int) cell_column (cell) == reveal->column))
        {
          if (entry != NULL && gtk_widget_get_visible (entry))
            gtk_widget_grab_focus (entry);
          else
            gtk_widget_grab_focus (cell);
          break;
        }
    }
  g_object_unref (reveal->self);
  g_free (reveal);
  return G_SOURCE_REMOVE;
}

gboolean
rancang_table_editor_select_cell (RancangTableEditor *self,
                                  RancangNode        *row,
                                  const char         *key)
{
  guint n = self->table ? rancang_table_get_n_rows (self->table) : 0;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  Reveal *reveal;
  double upper, page, target;

  for (guint r = 0; r < n; r++)
    if (rancang_table_get_row_node (self->table, r) == row)
      {
        reveal = g_new0 (Reveal, 1);
        reveal->self = g_object_ref (self);
        reveal->row = r;
        reveal->column = key != NULL ? rancang_template_lookup_column (self->tmpl, key) : -1;
        /* Rows are of about equal height: the row's share of the whole,
         * placed a third of the way down the visible part. */
        upper = gtk_adjustment_get_upper (adjustment);
        page = gtk_adjustment_get_page_size (adjustment);
        target = upper * r / MAX (n, 1) - page / 3;
        gtk_adjustment_set_value (adjustment, CLAMP (target, 0, MAX (upper - page, 0)));
        g_timeout_add (30, focus_revealed, reveal);
        return TRUE;
      }
  return FALSE;
}

GPtrArray *
rancang_table_editor_get_selected_rows (RancangTableEditor *self)
{
  GPtrArray *rows = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (self->table != NULL && g_hash_table_iter_next (&iter, &cell, NULL))
    if (gtk_widget_has_focus (g_object_get_data (cell, "entry")))
      {
        guint r = GPOINTER_TO_UINT (g_object_get_data (cell, "row"));
        if (r < rancang_table_get_n_rows (self->table))
          g_ptr_array_add (rows, rancang_table_get_row_node (self->table, r));
        break;
      }
  return rows;
}

/* ------------------------------------------------------------- GObject */

static void
rancang_table_editor_dispose (GObject *object)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (object);

  self->clearing = TRUE;
  g_hash_table_remove_all (self->cells);
  G_OBJECT_CLASS (rancang_table_editor_parent_class)->dispose (object);
}

static void
rancang_table_editor_finalize (GObject *object)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (object);

  g_clear_pointer (&self->table, rancang_table_free);
  g_clear_pointer (&self->tmpl, rancang_template_unref);
  g_clear_pointer (&self->templates, rancang_template_set_free);
  g_clear_object (&self->rows);
  g_free (self->depth);
  g_hash_table_unref (self->findings);
  g_hash_table_unref (self->cells);
  G_OBJECT_CLASS (rancang_table_editor_parent_class)->finalize (object);
}

static void
rancang_table_editor_class_init (RancangTableEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rancang_table_editor_dispose;
  object_class->finalize = rancang_table_editor_finalize;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "tableeditor");
}

static void
rancang_table_editor_init (RancangTableEditor *self)
{
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkNoSelection *selection;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "table-editor");

  self->templates = rancang_template_set_new_builtin (NULL);
  self->findings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->cells = g_hash_table_new (NULL, NULL);
  self->uraian = -1;

  self->number_label = GTK_LABEL (gtk_label_new (NULL));
  self->caption_label = GTK_LABEL (gtk_label_new (NULL));
  self->template_label = GTK_LABEL (gtk_label_new (NULL));
  self->message_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->number_label), "part-number-big");
  gtk_widget_add_css_class (GTK_WIDGET (self->caption_label), "heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->template_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  gtk_label_set_wrap (self->caption_label, TRUE);
  gtk_label_set_wrap (self->template_label, TRUE);
  gtk_label_set_wrap (self->message_label, TRUE);
  gtk_label_set_xalign (self->number_label, 0);
  gtk_label_set_xalign (self->caption_label, 0);
  gtk_label_set_xalign (self->template_label, 0);
  gtk_label_set_xalign (self->message_label, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->number_label));
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->caption_label));
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->template_label));
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->message_label));
  gtk_widget_set_margin_start (heading, 12);
  gtk_widget_set_margin_end (heading, 12);
  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (GTK_BOX (self), heading);

  self->rows = g_list_store_new (ROW_TYPE_ITEM);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_column_view_set_reorderable (self->view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "table-view");
  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->scroller), TRUE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->scroller));
}
