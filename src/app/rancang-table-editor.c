/* rancang-table-editor.c: the cells of one table, through its template.
 *
 * A GtkColumnView (ui/rancang-table-editor.ui): the columns come from the
 * table's template, the rows are the table's rows nested as the hierarchy
 * computes them (rancang-table-editor-view.c), the cells are
 * RancangTableCell, and a band above the titles shows the template's
 * grouped headers (RancangTableHeader). Rows are added, deleted, indented
 * and moved by the actions of rancang-table-editor-actions.c.
 *
 * Typed cells are edited in place; numbers are read in the Indonesian form
 * (US when that is unambiguous) and stored in the plain C form, each change
 * one step of the history. Derived cells and roll-ups are computed and
 * read-only; a cell whose stated value disagrees with the computed one is
 * marked, with the checker's explanation as its tooltip. A kode is checked
 * against its parent's while it is typed.
 *
 * The RancangTable keeps pointers into the tree. A typed value is read
 * again into it (rancang_table_reread_cell()), which recomputes only what
 * depends on the cell; any other change of the tree (a kode, the rows
 * themselves, an undo) builds it anew.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rancang-check.h"
#include "rancang-edit.h"
#include "rancang-finding-text.h"
#include "rancang-format.h"
#include "rancang-numbering.h"
#include "rancang-part-editor.h"
#include "rancang-parts.h"
#include "rancang-table-editor-private.h"
#include "rancang-table-row-item.h"

/* What the uraian's tooltip says of its row's level. */
static const char *
level_label (RancangLevel level)
{
  switch (level)
    {
    case RANCANG_LEVEL_TUJUAN: return _("Tujuan");
    case RANCANG_LEVEL_SASARAN: return _("Sasaran");
    case RANCANG_LEVEL_URUSAN: return _("Urusan");
    case RANCANG_LEVEL_BIDANG: return _("Bidang urusan");
    case RANCANG_LEVEL_PROGRAM: return _("Program");
    case RANCANG_LEVEL_KEGIATAN: return _("Kegiatan");
    case RANCANG_LEVEL_SUBKEGIATAN: return _("Sub kegiatan");
    case RANCANG_LEVEL_GROUP: return _("Group");
    case RANCANG_LEVEL_ITEM: return _("Item");
    case RANCANG_LEVEL_TOTAL: return _("Total");
    case RANCANG_LEVEL_NONE:
    default:
      return _("One more indicator of the row above");
    }
}


/* Columns whose values come from a short list: the values the document
 * already uses are offered first, then the ones the computation knows. */
static const char *const akumulasi_values[] = { "kumulatif", "non-kumulatif", NULL };
static const char *const polaritas_values[] = { "positif", "negatif", NULL };
static const char *const tw_mode_values[] = { "jumlah", "tetap", NULL };
static const char *const no_values[] = { NULL };

static const char *const *
choice_values (const char *key)
{
  if (g_strcmp0 (key, "akumulasi") == 0)
    return akumulasi_values;
  if (g_strcmp0 (key, "polaritas") == 0)
    return polaritas_values;
  if (g_strcmp0 (key, "tw_mode") == 0)
    return tw_mode_values;
  if (g_strcmp0 (key, "satuan") == 0 || g_strcmp0 (key, "sumber_dana") == 0)
    return no_values;
  return NULL;
}

/* ---------------------------------------------------------------- editor */

static void part_editor_iface_init (RancangPartEditorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RancangTableEditor, rancang_table_editor, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (RANCANG_TYPE_PART_EDITOR, part_editor_iface_init))

static gboolean
is_numeric (RancangColumnType type)
{
  return type != RANCANG_COLUMN_TEXT;
}

static gboolean
is_kode_column (RancangTableEditor *self,
                guint               column)
{
  return g_strcmp0 (rancang_template_column_key (self->tmpl, column), "kode") == 0;
}

/* Read-only: derived columns, roll-ups and totals, and the row's level. */
static gboolean
cell_is_computed (RancangTableEditor *self,
                  guint               row,
                  guint               column)
{
  if (g_strcmp0 (rancang_template_column_key (self->tmpl, column), "level") == 0)
    return TRUE;
  if (!is_numeric (rancang_template_column_type (self->tmpl, column)))
    return FALSE;
  if (rancang_template_column_rolls_up (self->tmpl, column))
    return rancang_table_is_computed (self->table, row, column);   /* a leaf's value is typed */
  return rancang_template_column_is_derived (self->tmpl, column)
         || rancang_table_is_computed (self->table, row, column);
}

guint
_rancang_table_editor_n_rows (RancangTableEditor *self)
{
  return self->table != NULL ? rancang_table_get_n_rows (self->table) : 0;
}

RancangLevel
_rancang_table_editor_row_level (RancangTableEditor *self,
                                 guint               row)
{
  return rancang_table_get_level (self->table, row);
}

/* What a cell shows: rancang_table_cell_display(), "-" for no value. */
char *
_rancang_table_editor_display_text (RancangTableEditor *self,
                                    guint               row,
                                    guint               column)
{
  return rancang_table_cell_display (self->table, row, column, RANCANG_FORMAT_EMPTY);
}

static char *
finding_key (guint       row,
             const char *key)
{
  return g_strdup_printf ("%u:%s", row, key);
}

/* What the checker says of a kode under its parent's (RANCANG_FINDING_KODE),
 * for the text being typed: NULL when it is fine. */
static char *
kode_problem (RancangTableEditor *self,
              guint               row,
              const char         *kode)
{
  const char *parent_kode = rancang_table_kode_misfit (self->table, row, kode);

  if (parent_kode == NULL)
    return NULL;
  return g_strdup_printf (_("The kode %s does not start with the kode of its parent, %s."), kode, parent_kode);
}

/* --------------------------------------------------------------- cells */

static void
update_cell (RancangTableEditor *self,
             RancangTableCell   *cell)
{
  guint row = rancang_table_cell_get_row (cell);
  guint column = rancang_table_cell_get_column (cell);
  RancangTableCellLook look = 0;
  RancangLevel level;
  const char *finding, *shown, *tooltip;
  g_autofree char *text = NULL;
  g_autofree char *fkey = NULL;

  if (self->table == NULL || row >= rancang_table_get_n_rows (self->table))
    return;
  level = _rancang_table_editor_row_level (self, row);
  text = _rancang_table_editor_display_text (self, row, column);
  fkey = finding_key (row + 1, rancang_template_column_key (self->tmpl, column));
  finding = g_hash_table_lookup (self->findings, fkey);
  shown = (int) column == self->uraian && level == RANCANG_LEVEL_TOTAL && *text == '\0' ? _("Total") : text;
  tooltip = finding != NULL ? finding : (int) column == self->uraian ? level_label (level) : NULL;

  if (cell_is_computed (self, row, column))
    look |= RANCANG_TABLE_CELL_COMPUTED;
  if (level == RANCANG_LEVEL_PROGRAM || level == RANCANG_LEVEL_KEGIATAN
      || level == RANCANG_LEVEL_URUSAN || level == RANCANG_LEVEL_BIDANG || level == RANCANG_LEVEL_TUJUAN
      || level == RANCANG_LEVEL_GROUP)
    look |= RANCANG_TABLE_CELL_STRONG;
  if (level == RANCANG_LEVEL_TOTAL)
    look |= RANCANG_TABLE_CELL_TOTAL;
  if (level == RANCANG_LEVEL_NONE)
    look |= RANCANG_TABLE_CELL_INDICATOR;
  if (finding != NULL)
    look |= RANCANG_TABLE_CELL_FINDING;
  /* (REFUSED is set by commit_cell and cleared here) */
  if (is_numeric (rancang_template_column_type (self->tmpl, column)))
    look |= RANCANG_TABLE_CELL_NUMERIC;
  if (shown != text)
    look |= RANCANG_TABLE_CELL_PLACEHOLDER;
  rancang_table_cell_show (cell, shown, text, look, tooltip);
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

/* The cell of a typed column as an entry, holding what the cell shows;
 * NULL for a computed cell. */
GtkWidget *
_rancang_table_editor_start_editing (RancangTableEditor *self,
                                     RancangTableCell   *cell)
{
  GtkWidget *entry = rancang_table_cell_get_entry (cell);
  guint row = rancang_table_cell_get_row (cell);

  if (entry != NULL || self->table == NULL || row >= _rancang_table_editor_n_rows (self)
      || cell_is_computed (self, row, rancang_table_cell_get_column (cell)))
    return entry;
  entry = rancang_table_cell_start_editing (cell);
  update_cell (self, cell);
  return entry;
}

static void commit_cell (RancangTableEditor *self, RancangTableCell *cell);

/* A typed cell given the focus (Tab, or a click): its entry takes it.
 * Going to a cell with the keyboard selects its row, alone unless it is
 * already selected; a click does so itself. */
static void
on_cell_focused (RancangTableCell   *cell,
                 gboolean            by_key,
                 RancangTableEditor *self)
{
  if (self->clearing)
    return;
  if (by_key)
    _rancang_table_editor_select_position (self, rancang_table_cell_get_position (cell));
  if (_rancang_table_editor_start_editing (self, cell) != NULL)
    rancang_table_cell_focus_entry (cell);
}

/* (the focus coming back with the window changes nothing) */
static void
on_cell_entry_entered (RancangTableCell   *cell,
                       gboolean            by_key,
                       RancangTableEditor *self)
{
  self->focus_cell = cell;
  if (!self->clearing && by_key)
    _rancang_table_editor_select_position (self, rancang_table_cell_get_position (cell));
}

static void
on_cell_entry_left (RancangTableCell   *cell,
                    RancangTableEditor *self)
{
  if (self->focus_cell == cell)
    self->focus_cell = NULL;
}

static void
on_cell_commit (RancangTableCell   *cell,
                RancangTableEditor *self)
{
  if (!self->clearing)
    commit_cell (self, cell);
}

/* The kode is checked against the parent's as it is typed. */
static void
on_cell_edited (RancangTableCell   *cell,
                RancangTableEditor *self)
{
  guint row = rancang_table_cell_get_row (cell);
  g_autofree char *problem = NULL;

  if (self->clearing || self->table == NULL || !is_kode_column (self, rancang_table_cell_get_column (cell))
      || row >= _rancang_table_editor_n_rows (self))
    return;
  problem = kode_problem (self, row, rancang_table_cell_get_typed (cell));
  rancang_table_cell_set_look (cell, RANCANG_TABLE_CELL_FINDING, problem != NULL);
  rancang_table_cell_set_tip (cell, problem);
}

static void
on_cell_cancel (RancangTableCell   *cell,
                RancangTableEditor *self)
{
  update_cell (self, cell);
}

/* The values of the cell's column in the whole document, the most used
 * first, then the ones the computation knows. */
static GPtrArray *
on_cell_offer_values (RancangTableCell   *cell,
                      RancangTableEditor *self)
{
  const char *key = rancang_template_column_key (self->tmpl, rancang_table_cell_get_column (cell));
  RancangNode *root = self->doc != NULL ? rancang_document_get_root (self->doc) : self->node;

  return rancang_cell_values_in_use (root, key, choice_values (key));
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            RancangTableEditor       *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  const char *key = rancang_template_column_key (self->tmpl, column);
  GtkWidget *cell = rancang_table_cell_new (column, choice_values (key) != NULL);

  rancang_table_cell_set_list_item (RANCANG_TABLE_CELL (cell), item);
  g_signal_connect (cell, "focused", G_CALLBACK (on_cell_focused), self);
  g_signal_connect (cell, "entry-entered", G_CALLBACK (on_cell_entry_entered), self);
  g_signal_connect (cell, "entry-left", G_CALLBACK (on_cell_entry_left), self);
  g_signal_connect (cell, "commit", G_CALLBACK (on_cell_commit), self);
  g_signal_connect (cell, "edited", G_CALLBACK (on_cell_edited), self);
  g_signal_connect (cell, "cancel", G_CALLBACK (on_cell_cancel), self);
  g_signal_connect (cell, "offer-values", G_CALLBACK (on_cell_offer_values), self);
  if ((int) column == self->uraian)
    {
      GtkWidget *expander = gtk_tree_expander_new ();

      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), cell);
      gtk_list_item_set_child (item, expander);
    }
  else
    gtk_list_item_set_child (item, cell);
}

static RancangTableCell *
item_cell (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (GTK_IS_TREE_EXPANDER (child))
    child = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
  return RANCANG_TABLE_CELL (child);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RancangTableEditor       *self)
{
  GtkTreeListRow *tree_row = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  RancangTableCell *cell = item_cell (item);
  g_autoptr(RancangTableRowItem) row = gtk_tree_list_row_get_item (tree_row);

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), tree_row);
  rancang_table_cell_set_row (cell, rancang_table_row_item_get_index (row));
  g_hash_table_add (self->cells, cell);
  update_cell (self, cell);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             RancangTableEditor       *self)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  RancangTableCell *cell = item_cell (item);

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);
  if (self->focus_cell == cell)
    self->focus_cell = NULL;
  g_hash_table_remove (self->cells, cell);
  rancang_table_cell_drop_entry (cell);
}

/* ---------------------------------------------------------------- table */

static void
read_findings (RancangTableEditor *self)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_finding_free);

  g_hash_table_remove_all (self->findings);
  if (self->table == NULL)
    return;
  rancang_check_table (self->table, findings);
  for (guint i = 0; i < findings->len; i++)
    {
      RancangFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *said = NULL;
      char *explanation;

      if (f->row == 0 || f->column == NULL)
        continue;
      said = rancang_finding_describe (f);
      if (f->kind == RANCANG_FINDING_KODE)
        explanation = kode_problem (self, f->row - 1, f->stated);
      else if (f->stated != NULL && f->computed != NULL)
        explanation = g_strdup_printf (_("%s\nStated: %s; computed: %s"), said, f->stated,
                                       *f->computed != '\0' ? f->computed : RANCANG_FORMAT_EMPTY);
      else
        explanation = NULL;
      if (explanation == NULL)
        explanation = g_strdup (said);
      g_hash_table_insert (self->findings, finding_key (f->row, f->column), explanation);
    }
}

/* The findings of a whole table after one typed value: once the derived
 * cells are on screen, in the next idle moment. */
static gboolean
findings_idle (gpointer data)
{
  RancangTableEditor *self = data;

  self->findings_idle = 0;
  read_findings (self);
  refresh_cells (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_findings (RancangTableEditor *self)
{
  if (self->findings_idle == 0)
    self->findings_idle = g_idle_add_full (G_PRIORITY_LOW, findings_idle, self, NULL);
}

static void
flush_findings (RancangTableEditor *self)
{
  if (self->findings_idle != 0)
    {
      g_source_remove (self->findings_idle);
      findings_idle (self);
    }
}

/* The RancangTable anew from the tree. */
void
_rancang_table_editor_rebuild_table (RancangTableEditor *self)
{
  g_clear_handle_id (&self->findings_idle, g_source_remove);
  g_clear_pointer (&self->table, rancang_table_free);
  if (self->tmpl == NULL || self->node == NULL)
    return;
  self->table = rancang_table_new (self->tmpl, self->node);
  if (self->doc != NULL)
    rancang_table_apply_options (self->table, self->doc);
  read_findings (self);
}

static void
clear_columns (RancangTableEditor *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  self->clearing = TRUE;
  g_hash_table_remove_all (self->cells);
  self->focus_cell = NULL;
  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->view, column);
    }
  self->clearing = FALSE;
}

/* The year the headers' year labels count from; 0 without a document. */
static int
plan_year (RancangTableEditor *self)
{
  return self->doc != NULL ? rancang_document_get_plan_year (self->doc) : 0;
}

static void
build_columns (RancangTableEditor *self)
{
  guint n = rancang_template_get_n_columns (self->tmpl);

  self->uraian = rancang_template_lookup_column (self->tmpl, "uraian");
  if (self->uraian < 0)
    for (guint c = 0; c < n && self->uraian < 0; c++)
      if (rancang_template_column_type (self->tmpl, c) == RANCANG_COLUMN_TEXT
          && !is_kode_column (self, c) && g_strcmp0 (rancang_template_column_key (self->tmpl, c), "level") != 0)
        self->uraian = (int) c;
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
      {
        /* the headers as printed: "Tahun n-2" is the year it stands for */
        g_autofree char *shown = rancang_format_year_labels (header != NULL ? header : key, plan_year (self));

        if (number != NULL && *number != '\0')
          title = g_strdup_printf ("%s  %s", number, shown);
        else
          title = g_steal_pointer (&shown);
      }

      factory = gtk_signal_list_item_factory_new ();
      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), self);
      column = gtk_column_view_column_new (title, factory);
      rancang_table_header_set_column (column, c);
      gtk_column_view_column_set_resizable (column, TRUE);
      if ((int) c == self->uraian)
        gtk_column_view_column_set_fixed_width (column, 300);
      else if (g_strcmp0 (key, "indikator") == 0 || g_strcmp0 (key, "ket") == 0)
        gtk_column_view_column_set_fixed_width (column, 200);
      else if (is_kode_column (self, c))
        gtk_column_view_column_set_fixed_width (column, 110);
      else if (g_strcmp0 (key, "sumber_dana") == 0)
        gtk_column_view_column_set_fixed_width (column, 170);
      else if (choice_values (key) != NULL)
        gtk_column_view_column_set_fixed_width (column, 130);
      else if (is_numeric (type))
        gtk_column_view_column_set_fixed_width (column, type == RANCANG_COLUMN_MONEY ? 140 : 96);
      else
        gtk_column_view_column_set_fixed_width (column, 90);
      gtk_column_view_append_column (self->view, column);
    }
  rancang_table_header_set_template (self->band, self->tmpl, plan_year (self));
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

void
_rancang_table_editor_show_message (RancangTableEditor *self,
                                    const char         *text,
                                    gboolean            error)
{
  gtk_label_set_label (self->message_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), text != NULL);
  if (error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");
}

/* -------------------------------------------------------------- editing */

static gboolean
commit_kode (RancangTableEditor *self,
             guint               row,
             const char         *text,
             GError            **error)
{
  RancangNode *row_node = rancang_table_get_row_node (self->table, row);
  g_autofree char *kode = g_strstrip (g_strdup (text));

  if (strpbrk (kode, " \t\n") != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("A kode has no spaces."));
      return FALSE;
    }
  if (g_strcmp0 (rancang_node_get_attr (row_node, "kode"), *kode != '\0' ? kode : NULL) == 0)
    {
      refresh_cells (self);
      return TRUE;
    }
  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, _("Edit Kode"), NULL);
  rancang_history_set_attr (self->history, row_node, "kode", *kode != '\0' ? kode : NULL);
  rancang_history_end (self->history);
  /* The table keeps the kode's text: read anew, the rows are the same. */
  _rancang_table_editor_rebuild_table (self);
  refresh_cells (self);
  return TRUE;
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
  if (is_kode_column (self, (guint) column))
    return commit_kode (self, row, text, error);

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
  cell = rancang_edit_find_cell (row_node, key);
  current = cell != NULL ? rancang_node_dup_content (cell) : g_strdup ("");
  if (g_strcmp0 (current, stored) == 0)
    {
      refresh_cells (self);
      return TRUE;
    }

  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, _("Edit Cell"), NULL);
  rancang_edit_set_cell (self->history, row_node, key, stored);
  rancang_history_end (self->history);

  /* Only what depends on the cell is computed again; the findings of the
   * whole table follow once the frame is painted. */
  if (rancang_table_reread_cell (self->table, row, (guint) column))
    schedule_findings (self);
  else
    _rancang_table_editor_rebuild_table (self);
  refresh_cells (self);
  return TRUE;
}

static void
commit_cell (RancangTableEditor *self,
             RancangTableCell   *cell)
{
  guint row = rancang_table_cell_get_row (cell);
  guint column = rancang_table_cell_get_column (cell);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *text = NULL;

  if (self->table == NULL || row >= rancang_table_get_n_rows (self->table)
      || rancang_table_cell_get_typed (cell) == NULL)
    return;
  text = g_strdup (rancang_table_cell_get_typed (cell));
  shown = _rancang_table_editor_display_text (self, row, column);
  if (g_strcmp0 (shown, text) == 0)
    return;
  if (!rancang_table_editor_commit (self, row, rancang_template_column_key (self->tmpl, column), text, &error))
    {
      g_autofree char *why = rancang_number_error_describe (error);
      g_autofree char *reason = g_strdup_printf (_("“%s” was not kept: %s"), text, why);

      update_cell (self, cell);
      rancang_table_cell_set_look (cell, RANCANG_TABLE_CELL_REFUSED, TRUE);
      rancang_table_cell_set_tip (cell, reason);
      _rancang_table_editor_show_message (self, reason, TRUE);
      return;
    }
  _rancang_table_editor_show_message (self, NULL, FALSE);
}

gboolean
rancang_table_editor_commit_pending (RancangTableEditor *self)
{
  const char *typed;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (RANCANG_IS_TABLE_EDITOR (self), FALSE);
  {
    /* the cell of the entry that has the focus, if it is one of ours */
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
    GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
    GtkWidget *focused = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;

    if (focused != NULL && g_hash_table_contains (self->cells, gtk_widget_get_parent (focused)))
      self->focus_cell = RANCANG_TABLE_CELL (gtk_widget_get_parent (focused));
  }
  if (self->focus_cell == NULL || self->table == NULL || self->clearing
      || rancang_table_cell_get_row (self->focus_cell) >= _rancang_table_editor_n_rows (self))
    return FALSE;
  typed = rancang_table_cell_get_typed (self->focus_cell);
  shown = _rancang_table_editor_display_text (self, rancang_table_cell_get_row (self->focus_cell),
                                              rancang_table_cell_get_column (self->focus_cell));
  if (typed == NULL || g_strcmp0 (shown, typed) == 0)
    return FALSE;
  commit_cell (self, self->focus_cell);
  return TRUE;
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
  self->reveal_serial++;
  gtk_multi_selection_set_model (self->selection, NULL);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->rows, rancang_table_rows_free);
  clear_columns (self);
  self->clearing = TRUE;
  g_clear_handle_id (&self->findings_idle, g_source_remove);
  g_clear_pointer (&self->table, rancang_table_free);
  g_clear_pointer (&self->tmpl, rancang_template_unref);
  g_hash_table_remove_all (self->findings);
  _rancang_table_editor_show_message (self, NULL, FALSE);
  self->clearing = FALSE;

  self->history = history;
  self->doc = doc;
  self->node = table;
  if (history != NULL)
    rancang_history_break_merge (history);
  if (table == NULL)
    {
      _rancang_table_editor_update_actions (self);
      return;
    }

  if (self->templates != NULL)
    self->tmpl = rancang_template_set_for_table (self->templates, table, &error);
  if (self->tmpl == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("This table cannot be edited: %s"),
                                               error != NULL ? error->message : _("no templates"));
      update_heading (self);
      _rancang_table_editor_show_message (self, text, TRUE);
      _rancang_table_editor_update_actions (self);
      return;
    }
  _rancang_table_editor_rebuild_table (self);
  build_columns (self);
  update_heading (self);
  _rancang_table_editor_rebuild_model (self, NULL);
  self->scroll = 0;
}

RancangNode *
rancang_table_editor_get_table (RancangTableEditor *self)
{
  return self->node;
}

/* After undo or redo, or another's change of the rows: the same table, as
 * the tree now has it; the view is built anew only when its rows or their
 * tree changed. */
void
rancang_table_editor_reload (RancangTableEditor *self)
{
  g_autoptr(RancangTableRows) rows = NULL;

  if (self->tmpl == NULL || self->node == NULL)
    return;
  _rancang_table_editor_rebuild_table (self);
  update_heading (self);
  rows = rancang_table_rows_new (self->table);
  if (self->items == NULL || !rancang_table_rows_equal (rows, self->rows))
    _rancang_table_editor_rebuild_model (self, NULL);
  else
    {
      /* (the levels may have changed within the same tree) */
      rancang_table_rows_free (self->rows);
      self->rows = g_steal_pointer (&rows);
      refresh_cells (self);
      _rancang_table_editor_update_actions (self);
    }
}

int
rancang_table_editor_find_row (RancangTableEditor *self,
                               const char         *kode)
{
  guint n = _rancang_table_editor_n_rows (self);

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
  return column >= 0 ? _rancang_table_editor_display_text (self, row, (guint) column) : NULL;
}

const char *
rancang_table_editor_get_finding (RancangTableEditor *self,
                                  guint               row,
                                  const char         *key)
{
  g_autofree char *fkey = finding_key (row + 1, key);

  flush_findings (self);
  return g_hash_table_lookup (self->findings, fkey);
}

/* ------------------------------------------------------------- GObject */

static void
rancang_table_editor_dispose (GObject *object)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (object);

  self->clearing = TRUE;
  g_clear_handle_id (&self->findings_idle, g_source_remove);
  _rancang_table_editor_stop_scrolling (self);
  g_hash_table_remove_all (self->cells);
  self->focus_cell = NULL;
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), RANCANG_TYPE_TABLE_EDITOR);
  G_OBJECT_CLASS (rancang_table_editor_parent_class)->dispose (object);
}

static void
rancang_table_editor_finalize (GObject *object)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (object);

  g_clear_pointer (&self->table, rancang_table_free);
  g_clear_pointer (&self->rows, rancang_table_rows_free);
  g_clear_pointer (&self->tmpl, rancang_template_unref);
  g_clear_pointer (&self->templates, rancang_template_set_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->actions);
  g_hash_table_unref (self->findings);
  g_hash_table_unref (self->cells);
  G_OBJECT_CLASS (rancang_table_editor_parent_class)->finalize (object);
}

static void
rancang_table_editor_class_init (RancangTableEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_table_editor_dispose;
  object_class->finalize = rancang_table_editor_finalize;
  gtk_widget_class_set_css_name (widget_class, "tableeditor");

  g_type_ensure (RANCANG_TYPE_TABLE_HEADER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-table-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangTableEditor, number_label);
  gtk_widget_class_bind_template_child (widget_class, RancangTableEditor, caption_label);
  gtk_widget_class_bind_template_child (widget_class, RancangTableEditor, template_label);
  gtk_widget_class_bind_template_child (widget_class, RancangTableEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, RancangTableEditor, toolbar);
  gtk_widget_class_bind_template_child (widget_class, RancangTableEditor, band);
  gtk_widget_class_bind_template_child (widget_class, RancangTableEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, RancangTableEditor, view);
  gtk_widget_class_bind_template_child (widget_class, RancangTableEditor, context_menu);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_view_pressed",
                                                G_CALLBACK (_rancang_table_editor_on_view_pressed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_view_right_click",
                                                G_CALLBACK (_rancang_table_editor_on_view_right_click));
}

static void
rancang_table_editor_init (RancangTableEditor *self)
{
  GMenuModel *menu;

  gtk_widget_init_template (GTK_WIDGET (self));
  menu = self->context_menu;

  self->templates = rancang_template_set_new_builtin (NULL);
  self->findings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->cells = g_hash_table_new (NULL, NULL);
  self->uraian = -1;

  self->selection = gtk_multi_selection_new (NULL);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  rancang_table_header_set_view (self->band, self->view, self->scroller);
  _rancang_table_editor_init_actions (self);

  self->menu = gtk_popover_menu_new_from_model (menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
}

/* RancangPartEditor */

static gboolean
part_editor_can_show (RancangPartEditor *editor,
                      RancangNode       *part)
{
  /* The window asks the SWOT editor first: it claims its own tables. */
  return rancang_node_is (part, "table");
}

static void
part_editor_show (RancangPartEditor *editor,
                  RancangSession    *session,
                  RancangNode       *part)
{
  if (session == NULL || part == NULL)
    rancang_table_editor_set_table (RANCANG_TABLE_EDITOR (editor), NULL, NULL, NULL);
  else
    rancang_table_editor_set_table (RANCANG_TABLE_EDITOR (editor), rancang_session_get_history (session),
                                    rancang_session_get_document (session), part);
}

static RancangNode *
part_editor_get_part (RancangPartEditor *editor)
{
  return rancang_table_editor_get_table (RANCANG_TABLE_EDITOR (editor));
}

static void
part_editor_reload (RancangPartEditor *editor)
{
  rancang_table_editor_reload (RANCANG_TABLE_EDITOR (editor));
}

static gboolean
part_editor_commit (RancangPartEditor  *editor,
                    GError            **error)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (editor);

  if (!rancang_table_editor_commit_pending (self))
    return TRUE;
  /* commit_cell() says a refusal on the message line, in red. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->message_label))
      && gtk_widget_has_css_class (GTK_WIDGET (self->message_label), "error"))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, gtk_label_get_label (self->message_label));
      return FALSE;
    }
  return TRUE;
}

static gboolean
part_editor_select (RancangPartEditor *editor,
                    RancangNode       *place,
                    const char        *key)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (editor);
  RancangNode *row = place;

  while (row != NULL && !rancang_node_is (row, "row"))
    row = rancang_node_get_parent (row);
  if (row == NULL)
    return place == rancang_table_editor_get_table (self);
  return rancang_table_editor_select_cell (self, row, key);
}

static void
part_editor_iface_init (RancangPartEditorInterface *iface)
{
  iface->can_show = part_editor_can_show;
  iface->show = part_editor_show;
  iface->get_part = part_editor_get_part;
  iface->reload = part_editor_reload;
  iface->commit = part_editor_commit;
  iface->select = part_editor_select;
}
