/* rancang-table-editor.c: the cells of one table, through its template.
 *
 * A GtkColumnView over a GtkTreeListModel: the columns come from the
 * table's template, the rows are the table's rows nested as the hierarchy
 * computes them (a kegiatan under its program, one more indicator under
 * the row it belongs to), with expanders on the uraian. Above the view a
 * band shows the template's grouped headers over the columns they span.
 *
 * A cell is a GtkInscription; a typed one takes the focus (a click, Tab)
 * and becomes a GtkEntry while it has it: a list view of GTK 4.8 keeps
 * some 200 rows of widgets, and an entry in each of their cells would
 * cost seconds on every change of the rows.
 *
 * Typed cells are edited in place; numbers are read in the Indonesian form
 * (US when that is unambiguous) and stored in the plain C form, each change
 * one step of the history. Derived cells and roll-ups are computed and
 * read-only; a cell whose stated value disagrees with the computed one is
 * marked, with the checker's explanation as its tooltip. A kode is checked
 * against its parent's while it is typed.
 *
 * Rows are added, deleted, indented, outdented and moved with the actions
 * of the group "table" (the toolbar, the context menu and the shortcuts
 * use them), each one step of the history. The table is flat in the tree:
 * indenting a row is giving it (and the rows under it) a deeper level.
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
#include "rancang-compute.h"
#include "rancang-edit.h"
#include "rancang-finding-text.h"
#include "rancang-format.h"
#include "rancang-numbering.h"
#include "rancang-part-editor.h"
#include "rancang-parts.h"
#include "rancang-table-editor.h"
#include "rancang-template.h"

/* ------------------------------------------------------------- row items */

/* One row of the table: its index in table order and, when rows are
 * nested under it, the list of them (what the tree list model expands). */
#define ROW_TYPE_ITEM (row_item_get_type ())
G_DECLARE_FINAL_TYPE (RowItem, row_item, ROW, ITEM, GObject)

struct _RowItem
{
  GObject      parent_instance;
  guint        index;
  RancangNode *node;
  GListStore  *children;
};

G_DEFINE_FINAL_TYPE (RowItem, row_item, G_TYPE_OBJECT)

static void
row_item_dispose (GObject *object)
{
  g_clear_object (&ROW_ITEM (object)->children);
  G_OBJECT_CLASS (row_item_parent_class)->dispose (object);
}

static void
row_item_class_init (RowItemClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = row_item_dispose;
}

static void row_item_init (RowItem *self) { }

static RowItem *
row_item_new (guint        index,
              RancangNode *node)
{
  RowItem *item = g_object_new (ROW_TYPE_ITEM, NULL);
  item->index = index;
  item->node = node;
  return item;
}

/* ---------------------------------------------------------------- levels */

/* One step deeper in the level's chain, or NONE at its bottom. */
static RancangLevel
level_deeper (RancangLevel level)
{
  switch (level)
    {
    case RANCANG_LEVEL_TUJUAN:
    case RANCANG_LEVEL_URUSAN:
    case RANCANG_LEVEL_BIDANG:
    case RANCANG_LEVEL_PROGRAM:
    case RANCANG_LEVEL_KEGIATAN:
    case RANCANG_LEVEL_GROUP:
      return level + 1;
    default:
      return RANCANG_LEVEL_NONE;
    }
}

static RancangLevel
level_shallower (RancangLevel level)
{
  switch (level)
    {
    case RANCANG_LEVEL_SASARAN:
    case RANCANG_LEVEL_BIDANG:
    case RANCANG_LEVEL_PROGRAM:
    case RANCANG_LEVEL_KEGIATAN:
    case RANCANG_LEVEL_SUBKEGIATAN:
    case RANCANG_LEVEL_ITEM:
      return level - 1;
    default:
      return RANCANG_LEVEL_NONE;
    }
}

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

/* ----------------------------------------------------------- choice cells */

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

struct _RancangTableEditor
{
  GtkBox              parent_instance;

  GtkLabel           *number_label;
  GtkLabel           *caption_label;
  GtkLabel           *template_label;
  GtkLabel           *message_label;
  GtkWidget          *toolbar;
  GtkWidget          *band;
  GtkScrolledWindow  *scroller;
  GtkColumnView      *view;
  GtkMultiSelection  *selection;
  GtkWidget          *menu;
  GSimpleActionGroup *actions;

  RancangTemplateSet *templates;
  RancangHistory     *history;
  RancangDocument    *doc;
  RancangNode        *node;
  RancangTemplate    *tmpl;
  RancangTable       *table;
  GPtrArray          *items;          /* RowItem per row, in table order */
  int                *tree_parent;    /* per row: the row it is shown under, or -1 */
  guint              *subtree_end;    /* per row: the first row after those under it */
  GHashTable         *findings;       /* "row:key" -> explanation */
  GHashTable         *cells;          /* bound cell widgets */
  GtkWidget          *focus_cell;     /* the cell whose entry has the focus */
  guint               findings_idle;
  guint               scroll_idle;    /* a tick callback */
  guint               scroll_ticks;
  guint               reveal_serial;  /* the last cell asked for: only it is focused */
  double              scroll;         /* where the view was before the model changed */
  int                 uraian;         /* the column with the expanders, or -1 */
  guint               anchor;         /* where a Shift+click range starts */
  gboolean            clearing;       /* cells going away: nothing is committed */
};

static void part_editor_iface_init (RancangPartEditorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RancangTableEditor, rancang_table_editor, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (RANCANG_TYPE_PART_EDITOR, part_editor_iface_init))

static void rebuild_model (RancangTableEditor *self, GPtrArray *select);
static void update_actions (RancangTableEditor *self);

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

static guint
n_rows (RancangTableEditor *self)
{
  return self->table != NULL ? rancang_table_get_n_rows (self->table) : 0;
}

static RancangLevel
row_level (RancangTableEditor *self,
           guint               row)
{
  return rancang_table_get_level (self->table, row);
}

static char *
display_text (RancangTableEditor *self,
              guint               row,
              guint               column)
{
  RancangColumnType type = rancang_template_column_type (self->tmpl, column);
  const char *raw = rancang_table_get_text (self->table, row, column);
  RancangDecimal value;
  RancangValueState state;
  char *text = NULL;

  if (is_kode_column (self, column))
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

/* What the checker says of a kode under its parent's (RANCANG_FINDING_KODE),
 * for the text being typed: NULL when it is fine. */
static char *
kode_problem (RancangTableEditor *self,
              guint               row,
              const char         *kode)
{
  const char *parent_kode;

  if (row_level (self, row) == RANCANG_LEVEL_NONE
      || (parent_kode = rancang_table_kode_outside_parent (self->table, row, kode)) == NULL)
    return NULL;
  return g_strdup_printf (_("The kode %s does not start with the kode of its parent, %s."), kode, parent_kode);
}

/* --------------------------------------------------------------- cells */

static void commit_cell (RancangTableEditor *self, GtkWidget *cell);

static guint
cell_column (GtkWidget *cell)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "column"));
}

static guint
cell_row (GtkWidget *cell)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "row"));
}

static GtkListItem *
cell_list_item (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), "list-item");
}

static GtkWidget *
cell_entry (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), "entry");
}

/* A class of the cell set outside update_cell(), and noted so that the
 * next update knows what the cell shows. */
static void
set_cell_class (GtkWidget  *cell,
                const char *name,
                guint       bit,
                gboolean    on)
{
  guint flags = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "flags"));

  if (on)
    gtk_widget_add_css_class (cell, name);
  else
    gtk_widget_remove_css_class (cell, name);
  flags = on ? flags | (1u << bit) : flags & ~(1u << bit);
  g_object_set_data (G_OBJECT (cell), "flags", GUINT_TO_POINTER (flags));
}

/* A cell's tooltip is kept as data and given when GTK asks for it:
 * gtk_widget_set_tooltip_text() asks the display where the pointer is, a
 * round trip to the X server per call, and cells are bound by the
 * thousand. */
static gboolean
on_cell_query_tooltip (GtkWidget  *cell,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       gpointer    data)
{
  const char *tip = g_object_get_data (G_OBJECT (cell), "tip");

  if (tip == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, tip);
  return TRUE;
}

static void
set_cell_tip (GtkWidget  *cell,
              const char *tip)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (cell), "tip"), tip) != 0)
    g_object_set_data_full (G_OBJECT (cell), "tip", g_strdup (tip), g_free);
}

static void
update_cell (RancangTableEditor *self,
             GtkWidget          *cell)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (cell), "label");
  GtkWidget *entry = cell_entry (cell);
  guint row = cell_row (cell);
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
  level = row_level (self, row);
  text = display_text (self, row, column);
  fkey = finding_key (row + 1, rancang_template_column_key (self->tmpl, column));
  finding = g_hash_table_lookup (self->findings, fkey);

  /* Cells are refreshed by the thousand after each change: GTK is only
   * told what differs from what the cell shows. */
  {
    const char *shown = (int) column == self->uraian && level == RANCANG_LEVEL_TOTAL && *text == '\0'
                        ? _("Total") : text;
    const char *tooltip = finding != NULL ? finding
                          : (int) column == self->uraian ? level_label (level) : NULL;
    guint flags = 1u << 31;
    guint old = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "flags"));
    static const char *const classes[] = {
      "derived", "strong-row", "total-row", "indicator-row", "finding", "refused", "numeric", "total-placeholder",
    };

    if (g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (label)), shown) != 0)
      gtk_inscription_set_text (GTK_INSCRIPTION (label), shown);
    if (entry != NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
      {
        g_object_set_data (G_OBJECT (entry), "updating", GINT_TO_POINTER (1));
        gtk_editable_set_text (GTK_EDITABLE (entry), text);
        g_object_set_data (G_OBJECT (entry), "updating", NULL);
      }
    /* A typed cell takes the focus (Tab goes from one to the next) and
     * becomes an entry while it has it. */
    gtk_widget_set_focusable (cell, !computed);

    if (computed)
      flags |= 1u << 0;
    if (level == RANCANG_LEVEL_PROGRAM || level == RANCANG_LEVEL_KEGIATAN
        || level == RANCANG_LEVEL_URUSAN || level == RANCANG_LEVEL_BIDANG || level == RANCANG_LEVEL_TUJUAN
        || level == RANCANG_LEVEL_GROUP)
      flags |= 1u << 1;
    if (level == RANCANG_LEVEL_TOTAL)
      flags |= 1u << 2;
    if (level == RANCANG_LEVEL_NONE)
      flags |= 1u << 3;
    if (finding != NULL)
      flags |= 1u << 4;
    /* (bit 5, refused, is set by commit_cell and cleared here) */
    if (numeric)
      flags |= 1u << 6;
    if (shown != text)
      flags |= 1u << 7;
    if (flags != old)
      {
        for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
          if ((flags ^ old) & (1u << i) || !(old & (1u << 31)))
            {
              GtkWidget *target = i == 7 ? label : cell;
              if (flags & (1u << i))
                gtk_widget_add_css_class (target, classes[i]);
              else
                gtk_widget_remove_css_class (target, classes[i]);
            }
        gtk_inscription_set_xalign (GTK_INSCRIPTION (label), numeric ? 1.0f : 0.0f);
        g_object_set_data (G_OBJECT (cell), "flags", GUINT_TO_POINTER (flags));
      }
    set_cell_tip (cell, tooltip);
  }
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

/* The entry of a cell goes once it has lost the focus: not within its own
 * focus handler. */
static gboolean
stop_editing_idle (gpointer data)
{
  GtkWidget *cell = data;
  GtkWidget *entry = cell_entry (cell);
  GtkWidget *choice = g_object_get_data (G_OBJECT (cell), "choice");

  if (entry != NULL && gtk_widget_get_parent (entry) != cell)
    {
      /* the cell went with its row */
      g_object_set_data (G_OBJECT (cell), "entry", NULL);
      g_object_set_data (G_OBJECT (cell), "choice", NULL);
    }
  else if (entry != NULL && !gtk_widget_has_focus (entry)
      && (choice == NULL || gtk_menu_button_get_popover (GTK_MENU_BUTTON (choice)) == NULL
          || !gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (choice))))))
    {
      GtkRoot *root = gtk_widget_get_root (cell);
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

      if (focus == NULL || (focus != cell && !gtk_widget_is_ancestor (focus, cell)))
        {
          g_object_set_data (G_OBJECT (cell), "entry", NULL);
          g_object_set_data (G_OBJECT (cell), "choice", NULL);
          gtk_box_remove (GTK_BOX (cell), entry);
          if (choice != NULL)
            gtk_box_remove (GTK_BOX (cell), choice);
          gtk_widget_set_visible (g_object_get_data (G_OBJECT (cell), "label"), TRUE);
        }
    }
  g_object_set_data (G_OBJECT (cell), "stopping", NULL);
  g_object_unref (cell);
  return G_SOURCE_REMOVE;
}

static void
stop_editing (GtkWidget *cell)
{
  if (cell_entry (cell) == NULL || g_object_get_data (G_OBJECT (cell), "stopping"))
    return;
  g_object_set_data (G_OBJECT (cell), "stopping", GINT_TO_POINTER (1));
  g_idle_add (stop_editing_idle, g_object_ref (cell));
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
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));
  GtkWidget *cell = gtk_widget_get_parent (entry);

  if (self->focus_cell == cell)
    self->focus_cell = NULL;
  on_entry_activate (GTK_ENTRY (entry), self);
  stop_editing (cell);
}

/* Going to a cell with the keyboard (Tab) selects its row, alone unless
 * it is already selected; a click does so itself, and the focus coming
 * back with the window changes nothing. */
static void
on_entry_enter (GtkEventControllerFocus *focus,
                RancangTableEditor      *self)
{
  GtkWidget *cell = gtk_widget_get_parent (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus)));
  GtkListItem *item = cell_list_item (cell);
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (focus));
  guint position;

  self->focus_cell = cell;
  if (item == NULL || self->clearing || event == NULL || gdk_event_get_event_type (event) != GDK_KEY_PRESS)
    return;
  position = gtk_list_item_get_position (item);
  if (position != GTK_INVALID_LIST_POSITION
      && !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
    {
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
      self->anchor = position;
    }
}

/* The kode is checked against the parent's as it is typed. */
static void
on_entry_changed (GtkEditable        *entry,
                  RancangTableEditor *self)
{
  GtkWidget *cell = gtk_widget_get_parent (GTK_WIDGET (entry));
  g_autofree char *problem = NULL;

  if (g_object_get_data (G_OBJECT (entry), "updating") || self->clearing || self->table == NULL
      || !is_kode_column (self, cell_column (cell)) || cell_row (cell) >= n_rows (self))
    return;
  problem = kode_problem (self, cell_row (cell), gtk_editable_get_text (entry));
  set_cell_class (cell, "finding", 4, problem != NULL);
  set_cell_tip (cell, problem);
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

static void make_choice_popover (GtkMenuButton *button, gpointer data);

/* A cell bound to another row is no longer being edited. */
static void
drop_entry (GtkWidget *cell)
{
  GtkWidget *entry = cell_entry (cell);
  GtkWidget *choice = g_object_get_data (G_OBJECT (cell), "choice");

  if (entry == NULL)
    return;
  g_object_set_data (G_OBJECT (cell), "entry", NULL);
  g_object_set_data (G_OBJECT (cell), "choice", NULL);
  g_object_set_data (G_OBJECT (entry), "updating", GINT_TO_POINTER (1));
  gtk_box_remove (GTK_BOX (cell), entry);
  if (choice != NULL)
    gtk_box_remove (GTK_BOX (cell), choice);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (cell), "label"), TRUE);
}

/* The cell of a typed column as an entry, holding what the cell shows. */
static GtkWidget *
start_editing (RancangTableEditor *self,
               GtkWidget          *cell)
{
  GtkWidget *entry = cell_entry (cell);
  GtkEventController *focus, *key;
  guint column = cell_column (cell);

  if (entry != NULL || self->table == NULL || cell_row (cell) >= n_rows (self)
      || cell_is_computed (self, cell_row (cell), column))
    return entry;

  entry = gtk_entry_new ();
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_vexpand (entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 1);
  gtk_entry_set_has_frame (GTK_ENTRY (entry), FALSE);
  /* Ctrl+Z is the document's undo, as in the narrative editor. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_editable_set_alignment (GTK_EDITABLE (entry),
                              is_numeric (rancang_template_column_type (self->tmpl, column)) ? 1.0f : 0.0f);
  gtk_widget_add_css_class (entry, "cell-entry");
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (on_entry_enter), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_entry_leave), self);
  gtk_widget_add_controller (entry, focus);
  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (entry, key);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (cell), "label"), FALSE);
  gtk_box_append (GTK_BOX (cell), entry);
  g_object_set_data (G_OBJECT (cell), "entry", entry);

  if (choice_values (rancang_template_column_key (self->tmpl, column)) != NULL)
    {
      GtkWidget *choice = gtk_menu_button_new ();

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (choice), "pan-down-symbolic");
      gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (choice), FALSE);
      gtk_widget_set_focus_on_click (choice, FALSE);
      gtk_widget_set_tooltip_text (choice, _("Choose a value already used in the document"));
      gtk_widget_add_css_class (choice, "cell-choice");
      gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (choice), make_choice_popover, cell, NULL);
      gtk_box_append (GTK_BOX (cell), choice);
      g_object_set_data (G_OBJECT (cell), "choice", choice);
    }
  update_cell (self, cell);
  return entry;
}

static gboolean
focus_entry_idle (gpointer data)
{
  GtkWidget *entry = data;
  GtkWidget *cell = gtk_widget_get_parent (entry);

  GtkRoot *root = gtk_widget_get_root (entry);

  if (cell != NULL && root != NULL && cell_entry (cell) == entry && gtk_root_get_focus (root) == cell)
    gtk_widget_grab_focus (entry);
  return G_SOURCE_REMOVE;
}

/* A typed cell given the focus (Tab, or a click): its entry takes it. */
static void
on_cell_focus (GtkEventControllerFocus *focus,
               GParamSpec              *pspec,
               RancangTableEditor      *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));
  GtkWidget *entry;

  if (!gtk_event_controller_focus_is_focus (focus) || self->clearing)
    return;
  {
    /* Tab to a cell of another row selects that row */
    GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (focus));
    GtkListItem *item = cell_list_item (cell);
    guint position = item != NULL ? gtk_list_item_get_position (item) : GTK_INVALID_LIST_POSITION;

    if (event != NULL && gdk_event_get_event_type (event) == GDK_KEY_PRESS
        && position != GTK_INVALID_LIST_POSITION
        && !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
      {
        gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
        self->anchor = position;
      }
  }
  entry = start_editing (self, cell);
  /* not within this focus change: it would be lost */
  if (entry != NULL)
    g_idle_add_full (G_PRIORITY_HIGH_IDLE, focus_entry_idle, g_object_ref (entry), g_object_unref);
}

/* A click in a cell selects its row: alone, or with Ctrl added to the
 * selection, with Shift the range from the last click. Without a modifier
 * a typed cell becomes an entry under the pointer. */
static void
on_cell_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkWidget       *cell)
{
  RancangTableEditor *self = g_object_get_data (G_OBJECT (cell), "editor");
  GtkSelectionModel *model = GTK_SELECTION_MODEL (self->selection);
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  GtkListItem *item = cell_list_item (cell);
  guint position = item != NULL ? gtk_list_item_get_position (item) : GTK_INVALID_LIST_POSITION;
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
  if (cell_entry (cell) != NULL)
    return;   /* the entry places the cursor itself */
  entry = start_editing (self, cell);
  if (entry != NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_grab_focus (entry);
    }
}

typedef struct
{
  const char *value;
  guint       count;
} Used;

static int
compare_used (gconstpointer a,
              gconstpointer b)
{
  const Used *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_utf8_collate (x->value, y->value);
}

/* The values of KEY in the whole document, the most used first, then the
 * ones the computation knows. */
static GPtrArray *
offered_values (RancangTableEditor *self,
                const char         *key)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) used = g_array_new (FALSE, FALSE, sizeof (Used));
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  const char *const *known = choice_values (key);
  RancangNode *root = self->doc != NULL ? rancang_document_get_root (self->doc) : self->node;
  GHashTableIter iter;
  gpointer value, count;

  for (RancangNode *n = root; n != NULL; n = rancang_node_next_in_tree (n, root))
    if (rancang_node_is (n, "c") && g_strcmp0 (rancang_node_get_attr (n, "k"), key) == 0)
      {
        RancangNode *text = rancang_node_get_first_child (n);
        const char *s;

        if (text == NULL || !rancang_node_is_text (text))
          continue;
        s = rancang_node_get_text (text);
        if (*s == '\0' || g_str_equal (s, RANCANG_FORMAT_EMPTY))
          continue;
        g_hash_table_insert (counts, (gpointer) s,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, s)) + 1));
      }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &value, &count))
    {
      Used u = { value, GPOINTER_TO_UINT (count) };
      g_array_append_val (used, u);
    }
  g_array_sort (used, compare_used);
  for (guint i = 0; i < used->len; i++)
    g_ptr_array_add (values, g_strdup (g_array_index (used, Used, i).value));
  for (guint i = 0; known != NULL && known[i] != NULL; i++)
    if (!g_hash_table_contains (counts, known[i]))
      g_ptr_array_add (values, g_strdup (known[i]));
  return values;
}

static void
on_choice_clicked (GtkButton *button,
                   GtkWidget *cell)
{
  RancangTableEditor *self = g_object_get_data (G_OBJECT (cell), "editor");
  GtkWidget *entry = g_object_get_data (G_OBJECT (cell), "entry");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (entry), gtk_button_get_label (button));
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  commit_cell (self, cell);
  stop_editing (cell);
}

/* The list of values, made anew each time it opens. */
static void
make_choice_popover (GtkMenuButton *button,
                     gpointer       data)
{
  GtkWidget *cell = data;
  RancangTableEditor *self = g_object_get_data (G_OBJECT (cell), "editor");
  const char *key = rancang_template_column_key (self->tmpl, cell_column (cell));
  g_autoptr(GPtrArray) values = offered_values (self, key);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  for (guint i = 0; i < values->len; i++)
    {
      GtkWidget *item = gtk_button_new_with_label (g_ptr_array_index (values, i));

      gtk_button_set_has_frame (GTK_BUTTON (item), FALSE);
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (item))), 0);
      g_signal_connect (item, "clicked", G_CALLBACK (on_choice_clicked), cell);
      gtk_box_append (GTK_BOX (box), item);
    }
  if (values->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No values yet: type one."));
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  g_signal_connect_swapped (popover, "closed", G_CALLBACK (stop_editing), cell);
  gtk_menu_button_set_popover (button, popover);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            RancangTableEditor       *self)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  /* (GtkInscription: a GtkLabel costs too much by the thousand; clicks
   * are the view's, for the same reason) */
  GtkWidget *label = gtk_inscription_new (NULL);
  GtkEventController *focus = gtk_event_controller_focus_new ();
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));

  gtk_widget_add_css_class (cell, "table-cell");
  gtk_widget_set_has_tooltip (cell, TRUE);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (on_cell_query_tooltip), NULL);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_yalign (GTK_INSCRIPTION (label), 0.5f);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_valign (cell, GTK_ALIGN_FILL);
  gtk_widget_set_hexpand (cell, TRUE);
  /* (is-focus, not enter: from its own entry the focus stays within) */
  g_signal_connect (focus, "notify::is-focus", G_CALLBACK (on_cell_focus), self);
  gtk_widget_add_controller (cell, focus);
  gtk_box_append (GTK_BOX (cell), label);
  g_object_set_data (G_OBJECT (cell), "editor", self);
  g_object_set_data (G_OBJECT (cell), "label", label);
  g_object_set_data (G_OBJECT (cell), "list-item", item);
  g_object_set_data (G_OBJECT (cell), "column", GUINT_TO_POINTER (column));

  if ((int) column == self->uraian)
    {
      GtkWidget *expander = gtk_tree_expander_new ();

      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), cell);
      gtk_list_item_set_child (item, expander);
    }
  else
    gtk_list_item_set_child (item, cell);
}

static GtkWidget *
item_cell (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (GTK_IS_TREE_EXPANDER (child))
    return gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
  return child;
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           RancangTableEditor       *self)
{
  GtkTreeListRow *tree_row = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *cell = item_cell (item);
  RowItem *row = gtk_tree_list_row_get_item (tree_row);

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), tree_row);
  g_object_set_data (G_OBJECT (cell), "row", GUINT_TO_POINTER (row->index));
  g_object_unref (row);
  g_hash_table_add (self->cells, cell);
  update_cell (self, cell);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             RancangTableEditor       *self)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *cell = item_cell (item);

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);
  if (self->focus_cell == cell)
    self->focus_cell = NULL;
  g_hash_table_remove (self->cells, cell);
  drop_entry (cell);
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
static void
rebuild_table (RancangTableEditor *self)
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

static void
on_column_width (GObject    *column,
                 GParamSpec *pspec,
                 GtkWidget  *band)
{
  gtk_widget_queue_draw (band);
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
  gboolean groups = FALSE;

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
      groups = groups || rancang_template_column_group (self->tmpl, c) != NULL;
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
      g_object_set_data (G_OBJECT (column), "template-column", GUINT_TO_POINTER (c));
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
      g_signal_connect_object (column, "notify::fixed-width", G_CALLBACK (on_column_width), self->band, 0);
      gtk_column_view_append_column (self->view, column);
    }
  gtk_widget_set_visible (self->band, groups);
  gtk_widget_queue_draw (self->band);
}

/* ------------------------------------------------------------ the model */

static GListModel *
create_children (gpointer item,
                 gpointer data)
{
  RowItem *row = item;

  return row->children != NULL ? g_object_ref (G_LIST_MODEL (row->children)) : NULL;
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

static void
show_all_rows (RancangTableEditor *self)
{
  GListModel *model = gtk_multi_selection_get_model (self->selection);

  if (GTK_IS_SLICE_LIST_MODEL (model) && gtk_slice_list_model_get_size (GTK_SLICE_LIST_MODEL (model)) != G_MAXUINT)
    gtk_slice_list_model_set_size (GTK_SLICE_LIST_MODEL (model), G_MAXUINT);
}

static RowItem *
item_at (RancangTableEditor *self,
         guint               position)
{
  GtkTreeListModel *tree = tree_model (self);
  g_autoptr(GtkTreeListRow) row = tree != NULL ? gtk_tree_list_model_get_row (tree, position) : NULL;

  return row != NULL ? ROW_ITEM (gtk_tree_list_row_get_item (row)) : NULL;
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
      g_autoptr(RowItem) item = item_at (self, r);
      if (item != NULL && item->index == r)
        return (int) r;
    }
  for (guint p = MIN (r, n); p-- > 0;)
    {
      g_autoptr(RowItem) item = item_at (self, p);
      if (item != NULL && item->index == r)
        return (int) p;
      if (item != NULL && item->index < r)
        break;   /* the rows before this one come before R */
    }
  return -1;
}

/* The selected rows, in table order (the view's order is the table's). */
static GArray *
selected_indices (RancangTableEditor *self)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GtkBitset) set = NULL;
  GtkBitsetIter iter;
  guint position;

  if (self->table == NULL || tree_model (self) == NULL)
    return rows;
  set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(RowItem) item = item_at (self, position);
      if (item != NULL && item->index < n_rows (self))
        g_array_append_val (rows, item->index);
    }
  if (rows->len == 0 && self->focus_cell != NULL && cell_row (self->focus_cell) < n_rows (self))
    {
      guint r = cell_row (self->focus_cell);
      g_array_append_val (rows, r);
    }
  return rows;
}

/* The selected rows that are not under another selected row: each stands
 * for itself and everything under it. */
static GArray *
selection_roots (RancangTableEditor *self)
{
  g_autoptr(GArray) rows = selected_indices (self);
  GArray *roots = g_array_new (FALSE, FALSE, sizeof (guint));
  guint end = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      guint r = g_array_index (rows, guint, i);

      if (r < end)
        continue;
      g_array_append_val (roots, r);
      end = self->subtree_end[r];
    }
  return roots;
}

static gboolean
restore_scroll (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  RancangTableEditor *self = data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  /* the frame after the one that laid the new model out */
  if (++self->scroll_ticks < 2)
    return G_SOURCE_CONTINUE;
  self->scroll_idle = 0;
  /* (the selection, not the editor: the callback outlives neither the
   * view nor its model, and a new model ends it) */
  if (GTK_IS_SLICE_LIST_MODEL (gtk_multi_selection_get_model (self->selection)))
    gtk_widget_add_tick_callback (GTK_WIDGET (self->view), grow_rows, g_object_ref (self->selection), g_object_unref);
  /* (an empty or unallocated list view cannot be scrolled: it warns) */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0
      && gtk_widget_get_mapped (GTK_WIDGET (self->view))
      && gtk_adjustment_get_value (adjustment) != self->scroll)
    gtk_adjustment_set_value (adjustment, self->scroll);
  return G_SOURCE_REMOVE;
}

/* Every row under the row its computation names as parent (a
 * continuation row under the row it continues), as long as that row is
 * still open above it, so that the tree shows the rows in table order:
 * PARENT and END (the first row after the ones under it) per row. */
static void
compute_tree (RancangTableEditor *self,
              int                *parent,
              guint              *end)
{
  guint n = n_rows (self);
  g_autofree int *stack = g_new (int, n + 1);
  guint depth = 0;
  int head = -1;

  for (guint r = 0; r < n; r++)
    {
      RancangLevel level = row_level (self, r);
      int want;

      if (level == RANCANG_LEVEL_TOTAL)
        {
          want = -1;
          head = -1;
        }
      else if (level == RANCANG_LEVEL_NONE && head >= 0)
        want = head;
      else
        {
          want = rancang_table_get_parent (self->table, r);
          head = (int) r;
        }
      while (depth > 0 && stack[depth - 1] != want)
        end[stack[--depth]] = r;
      parent[r] = depth > 0 ? stack[depth - 1] : -1;
      stack[depth++] = (int) r;
    }
  while (depth > 0)
    end[stack[--depth]] = n;
}

/* Rebuilds the tree from the table: every row under the row its
 * computation names as parent (a continuation row under the row it
 * continues), as long as that row is still open above it, so that the
 * tree shows the rows in table order. Keeps collapsed rows collapsed, and
 * selects SELECT (row elements) or, when NULL, what was selected. */
static void
rebuild_model (RancangTableEditor *self,
               GPtrArray          *select)
{
  GtkTreeListModel *old = tree_model (self);
  g_autoptr(GHashTable) collapsed = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) selected = g_hash_table_new (NULL, NULL);
  g_autoptr(GtkBitset) positions = gtk_bitset_new_empty ();
  g_autoptr(GListStore) roots = g_list_store_new (ROW_TYPE_ITEM);
  GtkTreeListModel *tree;
  guint n = n_rows (self);
  double scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));

  show_all_rows (self);
  if (old != NULL)
    {
      guint count = g_list_model_get_n_items (G_LIST_MODEL (old));
      g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
      GtkBitsetIter iter;
      guint position;

      for (guint p = 0; p < count; p++)
        {
          g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (old, p);
          g_autoptr(RowItem) item = ROW_ITEM (gtk_tree_list_row_get_item (row));

          if (gtk_tree_list_row_is_expandable (row) && !gtk_tree_list_row_get_expanded (row))
            g_hash_table_add (collapsed, item->node);
        }
      if (select == NULL)
        for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &position); ok;
             ok = gtk_bitset_iter_next (&iter, &position))
          {
            g_autoptr(RowItem) item = item_at (self, position);
            if (item != NULL)
              g_hash_table_add (selected, item->node);
          }
    }
  for (guint i = 0; select != NULL && i < select->len; i++)
    g_hash_table_add (selected, g_ptr_array_index (select, i));

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_free (self->tree_parent);
  g_free (self->subtree_end);
  self->items = g_ptr_array_new_full (n, g_object_unref);
  self->tree_parent = g_new (int, MAX (n, 1));
  self->subtree_end = g_new (guint, MAX (n, 1));
  compute_tree (self, self->tree_parent, self->subtree_end);
  for (guint r = 0; r < n; r++)
    g_ptr_array_add (self->items, row_item_new (r, rancang_table_get_row_node (self->table, r)));
  for (guint r = 0; r < n; r++)
    {
      RowItem *item = g_ptr_array_index (self->items, r);

      if (self->tree_parent[r] < 0)
        g_list_store_append (roots, item);
      else
        {
          RowItem *parent = g_ptr_array_index (self->items, self->tree_parent[r]);
          if (parent->children == NULL)
            parent->children = g_list_store_new (ROW_TYPE_ITEM);
          g_list_store_append (parent->children, item);
        }
    }

  tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (roots)), FALSE, TRUE, create_children, NULL, NULL);
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
        g_autoptr(RowItem) item = ROW_ITEM (gtk_tree_list_row_get_item (row));

        if (g_hash_table_contains (collapsed, item->node))
          gtk_tree_list_row_set_expanded (row, FALSE);
      }
  if (g_hash_table_size (selected) > 0)
    {
      g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, g_list_model_get_n_items (G_LIST_MODEL (tree)));

      for (guint p = 0; p < g_list_model_get_n_items (G_LIST_MODEL (tree)); p++)
        {
          g_autoptr(RowItem) item = item_at (self, p);
          if (item != NULL && g_hash_table_contains (selected, item->node))
            gtk_bitset_add (positions, p);
        }
      gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), positions, mask);
      if (!gtk_bitset_is_empty (positions))
        self->anchor = gtk_bitset_get_minimum (positions);
    }
  /* The new model starts at the top: back where it was, once laid out. */
  self->scroll = scroll;
  self->scroll_ticks = 0;
  if (self->scroll_idle == 0)
    self->scroll_idle = gtk_widget_add_tick_callback (GTK_WIDGET (self->view), restore_scroll, self, NULL);
  update_actions (self);
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

static void
show_message (RancangTableEditor *self,
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
  rebuild_table (self);
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
    rebuild_table (self);
  refresh_cells (self);
  return TRUE;
}

static void
commit_cell (RancangTableEditor *self,
             GtkWidget          *cell)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (cell), "entry");
  guint row = cell_row (cell);
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
      set_cell_class (cell, "refused", 5, TRUE);
      set_cell_tip (cell, reason);
      show_message (self, reason, TRUE);
      return;
    }
  show_message (self, NULL, FALSE);
}

gboolean
rancang_table_editor_commit_pending (RancangTableEditor *self)
{
  GtkWidget *entry;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (RANCANG_IS_TABLE_EDITOR (self), FALSE);
  {
    /* the cell of the entry that has the focus, if it is one of ours */
    GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
    GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
    GtkWidget *focused = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;

    if (focused != NULL && g_hash_table_contains (self->cells, gtk_widget_get_parent (focused)))
      self->focus_cell = gtk_widget_get_parent (focused);
  }
  if (self->focus_cell == NULL || self->table == NULL || self->clearing
      || cell_row (self->focus_cell) >= n_rows (self))
    return FALSE;
  entry = cell_entry (self->focus_cell);
  shown = display_text (self, cell_row (self->focus_cell), cell_column (self->focus_cell));
  if (entry == NULL || g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (entry))) == 0)
    return FALSE;
  commit_cell (self, self->focus_cell);
  return TRUE;
}

/* ------------------------------------------------------- row operations */

/* The element to insert before so that a row comes after row R and all
 * the rows under it. */
static RancangNode *
node_after_block (RancangTableEditor *self,
                  guint               r)
{
  guint end = self->subtree_end[r];

  if (end < n_rows (self))
    return rancang_table_get_row_node (self->table, end);
  return rancang_node_get_next (rancang_table_get_row_node (self->table, end - 1));
}

static int
prev_sibling (RancangTableEditor *self,
              guint               r)
{
  for (guint q = r; q-- > 0;)
    {
      if (self->tree_parent[q] == self->tree_parent[r])
        return (int) q;
      if ((int) q == self->tree_parent[r])
        break;
    }
  return -1;
}

static int
next_sibling (RancangTableEditor *self,
              guint               r)
{
  guint q = self->subtree_end[r];

  if (q < n_rows (self) && self->tree_parent[q] == self->tree_parent[r])
    return (int) q;
  return -1;
}

/* An indicator row moves among indicators, a row with a level among rows
 * with a level: otherwise it would change what it belongs to. */
static gboolean
same_kind (RancangTableEditor *self,
           guint               a,
           guint               b)
{
  return (row_level (self, a) == RANCANG_LEVEL_NONE) == (row_level (self, b) == RANCANG_LEVEL_NONE);
}

/* A row and the rows under it move one step deeper (or shallower): each
 * must have a level that can. */
static gboolean
can_shift (RancangTableEditor *self,
           guint               r,
           gboolean            deeper)
{
  RancangLevel level = row_level (self, r);

  if (level == RANCANG_LEVEL_NONE || level == RANCANG_LEVEL_TOTAL)
    return FALSE;
  if (deeper)
    {
      /* under the row before it of its own level */
      int p = prev_sibling (self, r);
      if (p < 0 || row_level (self, (guint) p) != level)
        return FALSE;
    }
  for (guint d = r; d < self->subtree_end[r]; d++)
    {
      RancangLevel l = row_level (self, d);
      if (l != RANCANG_LEVEL_NONE
          && (deeper ? level_deeper (l) : level_shallower (l)) == RANCANG_LEVEL_NONE)
        return FALSE;
    }
  return TRUE;
}

/* The selection roots as siblings one after the other, or FALSE. */
static gboolean
roots_are_a_run (RancangTableEditor *self,
                 GArray             *roots)
{
  if (roots->len == 0)
    return FALSE;
  for (guint i = 1; i < roots->len; i++)
    {
      guint a = g_array_index (roots, guint, i - 1), b = g_array_index (roots, guint, i);
      if (self->subtree_end[a] != b || self->tree_parent[a] != self->tree_parent[b] || !same_kind (self, a, b))
        return FALSE;
    }
  return TRUE;
}

static void
after_change (RancangTableEditor *self,
              GPtrArray          *select,
              RancangNode        *focus_row,
              const char         *focus_key)
{
  rebuild_table (self);
  rebuild_model (self, select);
  if (focus_row != NULL)
    rancang_table_editor_select_cell (self, focus_row, focus_key);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* The first column typed as text on a new row: where typing starts. */
static const char *
first_text_key (RancangTableEditor *self,
                gboolean            indicator)
{
  if (indicator && rancang_template_lookup_column (self->tmpl, "indikator") >= 0)
    return "indikator";
  if (self->uraian >= 0)
    return rancang_template_column_key (self->tmpl, (guint) self->uraian);
  return NULL;
}

static void
insert_row (RancangTableEditor *self,
            RancangNode        *before,
            RancangLevel        level,
            const char         *label,
            gboolean            indicator)
{
  RancangNode *row = rancang_node_new_element ("row");
  g_autoptr(GPtrArray) select = g_ptr_array_new ();

  if (level != RANCANG_LEVEL_NONE)
    rancang_node_set_attr (row, "level", rancang_level_to_string (level));
  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, label, NULL);
  rancang_history_insert (self->history, self->node, before, row);
  rancang_history_end (self->history);
  g_ptr_array_add (select, row);
  after_change (self, select, row, first_text_key (self, indicator));
}

static void
action_add_row (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  RancangTableEditor *self = data;
  g_autoptr(GArray) roots = NULL;
  guint n;

  rancang_table_editor_commit_pending (self);
  roots = selection_roots (self);
  n = n_rows (self);
  if (roots->len > 0)
    {
      guint last = g_array_index (roots, guint, roots->len - 1);
      insert_row (self, node_after_block (self, last), row_level (self, last), _("Add Row"), FALSE);
    }
  else
    {
      /* At the end, before the totals, at the level of the last row. */
      guint at = n;
      RancangLevel level = RANCANG_LEVEL_NONE;
      RancangNode *before;

      while (at > 0 && row_level (self, at - 1) == RANCANG_LEVEL_TOTAL)
        at--;
      for (guint r = at; r-- > 0 && level == RANCANG_LEVEL_NONE;)
        level = row_level (self, r);
      if (at < n)
        before = rancang_table_get_row_node (self->table, at);
      else if (n > 0)
        before = rancang_node_get_next (rancang_table_get_row_node (self->table, n - 1));
      else
        before = NULL;
      insert_row (self, before, level, _("Add Row"), FALSE);
    }
}

/* The row whose indicators the selection is about: the last selected,
 * or the row it continues. */
static int
indicator_owner (RancangTableEditor *self)
{
  g_autoptr(GArray) rows = selected_indices (self);
  guint r;

  if (rows->len == 0 || rancang_template_lookup_column (self->tmpl, "indikator") < 0)
    return -1;
  r = g_array_index (rows, guint, rows->len - 1);
  if (row_level (self, r) == RANCANG_LEVEL_NONE && self->tree_parent[r] >= 0)
    r = (guint) self->tree_parent[r];
  if (row_level (self, r) == RANCANG_LEVEL_TOTAL || row_level (self, r) == RANCANG_LEVEL_NONE)
    return -1;
  return (int) r;
}

static void
action_add_indicator (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       data)
{
  RancangTableEditor *self = data;
  guint n, at;
  int owner;
  RancangNode *before;

  rancang_table_editor_commit_pending (self);
  owner = indicator_owner (self);
  if (owner < 0)
    return;
  n = n_rows (self);
  /* after the row's indicators, before the rows under it */
  at = (guint) owner + 1;
  while (at < n && row_level (self, at) == RANCANG_LEVEL_NONE && self->tree_parent[at] == owner)
    at++;
  if (at < n)
    before = rancang_table_get_row_node (self->table, at);
  else
    before = rancang_node_get_next (rancang_table_get_row_node (self->table, n - 1));
  insert_row (self, before, RANCANG_LEVEL_NONE, _("Add Indicator"), TRUE);
}

static void
action_delete_rows (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  RancangTableEditor *self = data;
  g_autoptr(GArray) roots = NULL;
  g_autoptr(GPtrArray) select = g_ptr_array_new ();
  guint removed = 0, first;

  rancang_table_editor_commit_pending (self);
  roots = selection_roots (self);
  if (roots->len == 0)
    return;
  first = g_array_index (roots, guint, 0);
  {
    /* what is selected afterwards: the row after the last one removed, or before the first */
    guint last = g_array_index (roots, guint, roots->len - 1);
    if (self->subtree_end[last] < n_rows (self))
      g_ptr_array_add (select, rancang_table_get_row_node (self->table, self->subtree_end[last]));
    else if (first > 0)
      g_ptr_array_add (select, rancang_table_get_row_node (self->table, first - 1));
  }
  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, _("Delete Rows"), NULL);
  for (guint i = 0; i < roots->len; i++)
    {
      guint r = g_array_index (roots, guint, i);
      for (guint d = r; d < self->subtree_end[r]; d++, removed++)
        rancang_history_remove (self->history, rancang_table_get_row_node (self->table, d));
    }
  rancang_history_end (self->history);
  self->focus_cell = NULL;
  after_change (self, select, NULL, NULL);
  {
    g_autofree char *text = g_strdup_printf (ngettext ("%u row deleted (Ctrl+Z brings it back).",
                                                       "%u rows deleted (Ctrl+Z brings them back).", removed),
                                             removed);
    show_message (self, text, FALSE);
  }
}

static void
shift_rows (RancangTableEditor *self,
            gboolean            deeper)
{
  g_autoptr(GArray) roots = NULL;

  rancang_table_editor_commit_pending (self);
  roots = selection_roots (self);
  if (roots->len == 0)
    return;
  for (guint i = 0; i < roots->len; i++)
    if (!can_shift (self, g_array_index (roots, guint, i), deeper))
      return;
  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, deeper ? _("Indent Rows") : _("Outdent Rows"), NULL);
  for (guint i = 0; i < roots->len; i++)
    {
      guint r = g_array_index (roots, guint, i);
      for (guint d = r; d < self->subtree_end[r]; d++)
        {
          RancangLevel l = row_level (self, d);
          if (l != RANCANG_LEVEL_NONE)
            rancang_history_set_attr (self->history, rancang_table_get_row_node (self->table, d), "level",
                                      rancang_level_to_string (deeper ? level_deeper (l) : level_shallower (l)));
        }
    }
  rancang_history_end (self->history);
  after_change (self, NULL, NULL, NULL);
}

static void
action_indent (GSimpleAction *action,
               GVariant      *param,
               gpointer       data)
{
  shift_rows (data, TRUE);
}

static void
action_outdent (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  shift_rows (data, FALSE);
}

/* The sibling before (or after) the selected run, of the same kind, or -1. */
static int
move_neighbour (RancangTableEditor *self,
                GArray             *roots,
                gboolean            up)
{
  int q;
  guint edge;

  if (!roots_are_a_run (self, roots))
    return -1;
  edge = g_array_index (roots, guint, up ? 0 : roots->len - 1);
  q = up ? prev_sibling (self, edge) : next_sibling (self, edge);
  if (q < 0 || !same_kind (self, (guint) q, edge))
    return -1;
  return q;
}

/* Where the selected run goes when it is the first (last) of its parent:
 * to the end (start) of the parent's sibling of the same level, a kegiatan
 * from one program to the next. Indicator rows stay with their row. FALSE
 * when there is no such place. */
static gboolean
move_across (RancangTableEditor *self,
             GArray             *roots,
             gboolean            up,
             RancangNode       **before)
{
  guint first, edge;
  int parent, other;

  if (!roots_are_a_run (self, roots))
    return FALSE;
  first = g_array_index (roots, guint, 0);
  edge = g_array_index (roots, guint, up ? 0 : roots->len - 1);
  parent = self->tree_parent[first];
  if (row_level (self, first) == RANCANG_LEVEL_NONE || parent < 0)
    return FALSE;
  /* (only from the edge: otherwise it moves among its siblings) */
  if ((up ? prev_sibling (self, edge) : next_sibling (self, edge)) >= 0
      && same_kind (self, (guint) (up ? prev_sibling (self, edge) : next_sibling (self, edge)), edge))
    return FALSE;
  other = up ? prev_sibling (self, (guint) parent) : next_sibling (self, (guint) parent);
  if (other < 0 || row_level (self, (guint) other) != row_level (self, (guint) parent))
    return FALSE;
  *before = node_after_block (self, (guint) other);
  if (!up)
    for (guint d = (guint) other + 1; d < self->subtree_end[other]; d++)
      if (self->tree_parent[d] == other && row_level (self, d) != RANCANG_LEVEL_NONE)
        {
          *before = rancang_table_get_row_node (self->table, d);
          break;
        }
  return TRUE;
}

static void
move_rows (RancangTableEditor *self,
           gboolean            up)
{
  g_autoptr(GArray) roots = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  RancangNode *before;
  int q;
  guint first, last;

  rancang_table_editor_commit_pending (self);
  roots = selection_roots (self);
  q = move_neighbour (self, roots, up);
  if (q < 0)
    {
      /* The selected rows themselves go to the parent's neighbour. */
      if (!move_across (self, roots, up, &before))
        return;
      first = g_array_index (roots, guint, 0);
      last = g_array_index (roots, guint, roots->len - 1);
      moved = g_ptr_array_new ();
      for (guint d = first; d < self->subtree_end[last]; d++)
        g_ptr_array_add (moved, rancang_table_get_row_node (self->table, d));
      rancang_history_break_merge (self->history);
      rancang_history_begin (self->history, up ? _("Move Rows Up") : _("Move Rows Down"), NULL);
      for (guint i = 0; i < moved->len; i++)
        rancang_history_move (self->history, g_ptr_array_index (moved, i), self->node, before);
      rancang_history_end (self->history);
      after_change (self, NULL, NULL, NULL);
      return;
    }
  first = g_array_index (roots, guint, 0);
  last = g_array_index (roots, guint, roots->len - 1);
  /* The neighbour's rows go to the other side of the selected ones. */
  before = up ? node_after_block (self, last) : rancang_table_get_row_node (self->table, first);
  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, up ? _("Move Rows Up") : _("Move Rows Down"), NULL);
  for (guint d = (guint) q; d < self->subtree_end[q]; d++)
    rancang_history_move (self->history, rancang_table_get_row_node (self->table, d), self->node, before);
  rancang_history_end (self->history);
  after_change (self, NULL, NULL, NULL);
}

static void
action_move_up (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  move_rows (data, TRUE);
}

static void
action_move_down (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       data)
{
  move_rows (data, FALSE);
}

static const GActionEntry table_actions[] = {
  { "add-row", action_add_row },
  { "add-indicator", action_add_indicator },
  { "delete-rows", action_delete_rows },
  { "indent", action_indent },
  { "outdent", action_outdent },
  { "move-up", action_move_up },
  { "move-down", action_move_down },
};

static void
enable (RancangTableEditor *self,
        const char         *name,
        gboolean            enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (RancangTableEditor *self)
{
  g_autoptr(GArray) roots = NULL;
  gboolean editable = self->table != NULL && self->history != NULL;
  gboolean indent = FALSE, outdent = FALSE;

  if (!editable)
    {
      for (guint i = 0; i < G_N_ELEMENTS (table_actions); i++)
        enable (self, table_actions[i].name, FALSE);
      return;
    }
  roots = selection_roots (self);
  indent = outdent = roots->len > 0;
  for (guint i = 0; i < roots->len; i++)
    {
      indent = indent && can_shift (self, g_array_index (roots, guint, i), TRUE);
      outdent = outdent && can_shift (self, g_array_index (roots, guint, i), FALSE);
    }
  enable (self, "add-row", TRUE);
  enable (self, "add-indicator", indicator_owner (self) >= 0);
  enable (self, "delete-rows", roots->len > 0);
  enable (self, "indent", indent);
  enable (self, "outdent", outdent);
  {
    RancangNode *before;

    enable (self, "move-up", move_neighbour (self, roots, TRUE) >= 0 || move_across (self, roots, TRUE, &before));
    enable (self, "move-down", move_neighbour (self, roots, FALSE) >= 0 || move_across (self, roots, FALSE, &before));
  }
}

static void
on_selection_changed (GtkSelectionModel  *model,
                      guint               position,
                      guint               n_items,
                      RancangTableEditor *self)
{
  if (!self->clearing)
    update_actions (self);
}

/* ------------------------------------------------- shortcuts and menus */

/* Typing in a cell: its text differs from what it shows, or some of it
 * is selected. Then Delete, Ctrl+C and Ctrl+V are the entry's. */
static gboolean
editing_text (RancangTableEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *entry = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;
  g_autofree char *shown = NULL;

  if (entry == NULL || !gtk_widget_is_ancestor (entry, GTK_WIDGET (self)))
    return FALSE;
  if (gtk_editable_get_selection_bounds (GTK_EDITABLE (entry), NULL, NULL))
    return TRUE;
  if (self->focus_cell == NULL || cell_row (self->focus_cell) >= n_rows (self))
    return TRUE;
  shown = display_text (self, cell_row (self->focus_cell), cell_column (self->focus_cell));
  return g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (entry))) != 0;
}

static gboolean
in_entry (RancangTableEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != NULL;
}

static gboolean
shortcut_delete (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   data)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (widget);

  if (in_entry (self))
    return FALSE;
  return gtk_widget_activate_action (widget, "table.delete-rows", NULL);
}

static gboolean
shortcut_transfer (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   data)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (widget);

  if (editing_text (self))
    return FALSE;
  rancang_table_editor_commit_pending (self);
  return gtk_widget_activate_action (widget, data, NULL);
}

/* Ctrl+Z in a cell being typed in when there is nothing to undo yet (the
 * window's undo is disabled, so its shortcut lets the key through): the
 * typing is kept and taken back, as it is when there is. */
static gboolean
shortcut_undo (GtkWidget *widget,
               GVariant  *args,
               gpointer   data)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (widget);

  if (!rancang_table_editor_commit_pending (self))
    return FALSE;
  return gtk_widget_activate_action (widget, "win.undo", NULL);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *accel,
              GtkShortcutAction     *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accel), action));
}

static void
setup_shortcuts (RancangTableEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  /* Before the entries: they have no use for these keys but would let an
   * Alt+arrow move the focus. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (shortcuts, "<Control>Return|<Control>KP_Enter", gtk_named_action_new ("table.add-row"));
  add_shortcut (shortcuts, "<Control><Shift>Return|<Control><Shift>KP_Enter", gtk_named_action_new ("table.add-indicator"));
  add_shortcut (shortcuts, "<Control>Delete", gtk_named_action_new ("table.delete-rows"));
  add_shortcut (shortcuts, "Delete", gtk_callback_action_new (shortcut_delete, NULL, NULL));
  add_shortcut (shortcuts, "<Alt>Right", gtk_named_action_new ("table.indent"));
  add_shortcut (shortcuts, "<Alt>Left", gtk_named_action_new ("table.outdent"));
  add_shortcut (shortcuts, "<Alt>Up", gtk_named_action_new ("table.move-up"));
  add_shortcut (shortcuts, "<Alt>Down", gtk_named_action_new ("table.move-down"));
  add_shortcut (shortcuts, "<Control>z", gtk_callback_action_new (shortcut_undo, NULL, NULL));
  add_shortcut (shortcuts, "<Control>c", gtk_callback_action_new (shortcut_transfer, (gpointer) "transfer.copy", NULL));
  add_shortcut (shortcuts, "<Control>v", gtk_callback_action_new (shortcut_transfer, (gpointer) "transfer.paste", NULL));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static GMenuModel *
build_menu (void)
{
  GMenu *menu = g_menu_new ();
  GMenu *section;
  struct { const char *label, *action, *accel; int section; } items[] = {
    { N_("Add _Row"), "table.add-row", "<Control>Return", 0 },
    { N_("Add _Indicator"), "table.add-indicator", "<Control><Shift>Return", 0 },
    { N_("I_ndent"), "table.indent", "<Alt>Right", 1 },
    { N_("_Outdent"), "table.outdent", "<Alt>Left", 1 },
    { N_("Move _Up"), "table.move-up", "<Alt>Up", 1 },
    { N_("Move _Down"), "table.move-down", "<Alt>Down", 1 },
    { N_("_Copy Rows"), "transfer.copy", "<Control>c", 2 },
    { N_("_Paste Rows"), "transfer.paste", "<Control>v", 2 },
    { N_("_Delete Rows"), "table.delete-rows", "<Control>Delete", 3 },
    { N_("Import CSV…"), "transfer.import-csv", NULL, 4 },
    { N_("Table _Properties"), "transfer.properties", NULL, 4 },
  };
  int current = -1;

  section = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), items[i].action);

      if (items[i].section != current)
        {
          if (section != NULL)
            {
              g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
              g_object_unref (section);
            }
          section = g_menu_new ();
          current = items[i].section;
        }
      if (items[i].accel != NULL)
        g_menu_item_set_attribute (item, "accel", "s", items[i].accel);
      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);
  return G_MENU_MODEL (menu);
}

/* The cell (or row) under a point of the view. */
static GtkWidget *
cell_at (RancangTableEditor *self,
         double              x,
         double              y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->view), x, y, GTK_PICK_DEFAULT);

  for (GtkWidget *w = picked; w != NULL && w != GTK_WIDGET (self->view); w = gtk_widget_get_parent (w))
    if (g_object_get_data (G_OBJECT (w), "list-item") != NULL && g_object_get_data (G_OBJECT (w), "editor") == self)
      return w;
  return NULL;
}

static void
on_view_pressed (GtkGestureClick    *gesture,
                 int                 n_press,
                 double              x,
                 double              y,
                 RancangTableEditor *self)
{
  GtkWidget *cell = cell_at (self, x, y);

  if (cell != NULL)
    on_cell_pressed (gesture, n_press, x, y, cell);
}

static void
on_view_right_click (GtkGestureClick    *gesture,
                     int                 n_press,
                     double              x,
                     double              y,
                     RancangTableEditor *self)
{
  GtkWidget *cell = cell_at (self, x, y);
  graphene_point_t point = GRAPHENE_POINT_INIT ((float) x, (float) y), out;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  rancang_table_editor_commit_pending (self);
  if (cell != NULL)
    {
      guint position = gtk_list_item_get_position (cell_list_item (cell));
      if (position != GTK_INVALID_LIST_POSITION
          && !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), position, TRUE);
          self->anchor = position;
        }
    }
  update_actions (self);
  if (gtk_widget_compute_point (GTK_WIDGET (self->view), GTK_WIDGET (self), &point, &out))
    gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                                 &(GdkRectangle) { (int) out.x, (int) out.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static GtkWidget *
tool_button (const char *icon,
             const char *label,
             const char *tooltip,
             const char *action)
{
  GtkWidget *button;

  if (label != NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon));
      gtk_box_append (GTK_BOX (box), gtk_label_new_with_mnemonic (label));
      button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (button), box);
    }
  else
    button = gtk_button_new_from_icon_name (icon);
  gtk_button_set_has_frame (GTK_BUTTON (button), FALSE);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static GtkWidget *
build_toolbar (void)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (bar, "table-toolbar");
  gtk_box_append (GTK_BOX (bar), tool_button ("list-add-symbolic", _("Row"),
                                              _("Add a row after the selected ones, at their level (Ctrl+Enter)"),
                                              "table.add-row"));
  gtk_box_append (GTK_BOX (bar), tool_button ("list-add-symbolic", _("Indicator"),
                                              _("Add one more indicator to the selected row (Ctrl+Shift+Enter)"),
                                              "table.add-indicator"));
  gtk_box_append (GTK_BOX (bar), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (bar), tool_button ("format-indent-less-symbolic", NULL,
                                              _("Outdent: one level up (Alt+Left)"), "table.outdent"));
  gtk_box_append (GTK_BOX (bar), tool_button ("format-indent-more-symbolic", NULL,
                                              _("Indent: under the row above, one level down (Alt+Right)"),
                                              "table.indent"));
  gtk_box_append (GTK_BOX (bar), tool_button ("go-up-symbolic", NULL, _("Move up (Alt+Up)"), "table.move-up"));
  gtk_box_append (GTK_BOX (bar), tool_button ("go-down-symbolic", NULL, _("Move down (Alt+Down)"), "table.move-down"));
  gtk_box_append (GTK_BOX (bar), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (bar), tool_button ("user-trash-symbolic", NULL,
                                              _("Delete the selected rows and the rows under them (Ctrl+Delete)"),
                                              "table.delete-rows"));
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (bar), spacer);
  gtk_box_append (GTK_BOX (bar), tool_button ("edit-copy-symbolic", NULL,
                                              _("Copy the selected rows as tab-separated text (Ctrl+C)"),
                                              "transfer.copy"));
  gtk_box_append (GTK_BOX (bar), tool_button ("edit-paste-symbolic", NULL,
                                              _("Paste rows copied from a spreadsheet (Ctrl+V)"), "transfer.paste"));
  gtk_box_append (GTK_BOX (bar), tool_button ("document-open-symbolic", _("Import CSV…"),
                                              _("Import the rows of a CSV file"), "transfer.import-csv"));
  gtk_box_append (GTK_BOX (bar), tool_button ("document-properties-symbolic", NULL,
                                              _("Table properties: caption, template, orientation, columns"),
                                              "transfer.properties"));
  return bar;
}

/* ------------------------------------------------------- grouped headers */

/* The column view's titles, in the order of its visible columns. */
static GtkWidget *
header_of_view (RancangTableEditor *self)
{
  return gtk_widget_get_first_child (GTK_WIDGET (self->view));
}

/* Over the column titles, the template's groups: one cell across the
 * columns of a group, placed from the titles themselves, so that it
 * follows resizing and horizontal scrolling. */
static void
draw_band (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  RancangTableEditor *self = data;
  GListModel *columns = gtk_column_view_get_columns (self->view);
  GtkWidget *header = header_of_view (self);
  GtkWidget *title = header != NULL ? gtk_widget_get_first_child (header) : NULL;
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA color;
  const char *group = NULL;
  double start = 0, end = 0;
  guint n = g_list_model_get_n_items (columns);

  if (self->tmpl == NULL)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (guint i = 0; i <= n; i++, title = title != NULL ? gtk_widget_get_next_sibling (title) : NULL)
    {
      const char *this_group = NULL;
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);

      if (i < n)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
          guint c = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column), "template-column"));

          this_group = rancang_template_column_group (self->tmpl, c);
          if (title == NULL || !gtk_widget_compute_bounds (title, GTK_WIDGET (area), &bounds))
            break;
        }
      if (group != NULL && (i == n || g_strcmp0 (this_group, group) != 0))
        {
          g_autofree char *shown = rancang_format_year_labels (group, plan_year (self));
          PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), shown);
          int text_w, text_h;

          pango_layout_set_width (layout, (int) MAX (0, (end - start - 12) * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
          pango_layout_get_pixel_size (layout, &text_w, &text_h);
          cairo_save (cr);
          cairo_set_source_rgba (cr, 0.54, 0.58, 0.64, 0.16);
          cairo_rectangle (cr, start + 1, 2, end - start - 2, height - 2);
          cairo_fill (cr);
          cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.45);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, start + 1, height - 0.5);
          cairo_line_to (cr, end - 1, height - 0.5);
          cairo_stroke (cr);
          cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
          cairo_move_to (cr, start + 6, (height - text_h) / 2.0 + 1);
          pango_cairo_show_layout (cr, layout);
          cairo_restore (cr);
          g_object_unref (layout);
          group = NULL;
        }
      if (i == n)
        break;
      if (this_group != NULL && group == NULL)
        {
          group = this_group;
          start = bounds.origin.x;
        }
      end = bounds.origin.x + bounds.size.width;
    }
}

static gboolean
on_band_tooltip (GtkWidget  *band,
                 int         x,
                 int         y,
                 gboolean    keyboard,
                 GtkTooltip *tooltip,
                 gpointer    data)
{
  RancangTableEditor *self = data;
  GListModel *columns = gtk_column_view_get_columns (self->view);
  GtkWidget *header = header_of_view (self);
  GtkWidget *title = header != NULL ? gtk_widget_get_first_child (header) : NULL;

  for (guint i = 0; self->tmpl != NULL && title != NULL && i < g_list_model_get_n_items (columns);
       i++, title = gtk_widget_get_next_sibling (title))
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      guint c = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column), "template-column"));
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (title, band, &bounds) && x >= bounds.origin.x
          && x < bounds.origin.x + bounds.size.width && rancang_template_column_group (self->tmpl, c) != NULL)
        {
          {
            g_autofree char *shown = rancang_format_year_labels (rancang_template_column_group (self->tmpl, c),
                                                                 plan_year (self));
            gtk_tooltip_set_text (tooltip, shown);
          }
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_hscroll (GtkAdjustment *adjustment,
            GtkWidget     *band)
{
  gtk_widget_queue_draw (band);
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
  clear_columns (self);
  self->clearing = TRUE;
  g_clear_handle_id (&self->findings_idle, g_source_remove);
  g_clear_pointer (&self->table, rancang_table_free);
  g_clear_pointer (&self->tmpl, rancang_template_unref);
  g_hash_table_remove_all (self->findings);
  show_message (self, NULL, FALSE);
  self->clearing = FALSE;

  self->history = history;
  self->doc = doc;
  self->node = table;
  if (history != NULL)
    rancang_history_break_merge (history);
  if (table == NULL)
    {
      update_actions (self);
      return;
    }

  if (self->templates != NULL)
    self->tmpl = rancang_template_set_for_table (self->templates, table, &error);
  if (self->tmpl == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("This table cannot be edited: %s"),
                                               error != NULL ? error->message : _("no templates"));
      update_heading (self);
      show_message (self, text, TRUE);
      update_actions (self);
      return;
    }
  rebuild_table (self);
  build_columns (self);
  update_heading (self);
  rebuild_model (self, NULL);
  self->scroll = 0;
}

RancangNode *
rancang_table_editor_get_table (RancangTableEditor *self)
{
  return self->node;
}

/* After undo or redo, or another's change of the rows: the same table, as
 * the tree now has it. */
void
rancang_table_editor_reload (RancangTableEditor *self)
{
  gboolean same;
  guint n;

  if (self->tmpl == NULL || self->node == NULL)
    return;
  rebuild_table (self);
  update_heading (self);
  n = n_rows (self);
  same = self->items != NULL && self->items->len == n;
  if (same)
    {
      g_autofree int *parent = g_new (int, MAX (n, 1));
      g_autofree guint *end = g_new (guint, MAX (n, 1));

      compute_tree (self, parent, end);
      for (guint r = 0; same && r < n; r++)
        same = ((RowItem *) g_ptr_array_index (self->items, r))->node == rancang_table_get_row_node (self->table, r)
               && parent[r] == self->tree_parent[r] && end[r] == self->subtree_end[r];
    }
  if (!same)
    rebuild_model (self, NULL);
  else
    {
      refresh_cells (self);
      update_actions (self);
    }
}

int
rancang_table_editor_find_row (RancangTableEditor *self,
                               const char         *kode)
{
  guint n = n_rows (self);

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

  flush_findings (self);
  return g_hash_table_lookup (self->findings, fkey);
}

typedef struct
{
  RancangTableEditor *self;
  RancangNode        *row;
  int                 column;
  guint               tries;
  guint               serial;
} Reveal;

static GtkWidget *
bound_cell (RancangTableEditor *self,
            guint               row,
            int                 column)
{
  GHashTableIter iter;
  gpointer cell;
  GtkWidget *any = NULL;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (cell_row (cell) == row && gtk_widget_get_mapped (cell))
      {
        if (column < 0 || (int) cell_column (cell) == column)
          {
            if (column >= 0 || gtk_widget_get_focusable (cell))
              return cell;
            any = cell;
          }
      }
  return any;
}

/* After the view has laid out the rows scrolled to: the cell, scrolled
 * sideways into view, and its entry focused. */
static gboolean
focus_revealed (gpointer data)
{
  Reveal *reveal = data;
  RancangTableEditor *self = reveal->self;
  GtkWidget *cell = NULL;
  guint n = n_rows (self);
  guint r;

  for (r = 0; r < n && reveal->serial == self->reveal_serial; r++)
    if (rancang_table_get_row_node (self->table, r) == reveal->row)
      break;
  if (r < n && reveal->serial == self->reveal_serial)
    cell = bound_cell (self, r, reveal->column);
  if (cell == NULL && r < n && ++reveal->tries < 20)
    {
      /* not laid out yet: closer to it by the row's share of the height */
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
      int position = position_of (self, r);
      guint count = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
      double upper = gtk_adjustment_get_upper (adjustment), page = gtk_adjustment_get_page_size (adjustment);

      if (position >= 0 && reveal->tries > 2)
        gtk_adjustment_set_value (adjustment, CLAMP (upper * position / MAX (count, 1) - page / 3, 0,
                                                     MAX (upper - page, 0)));
      return G_SOURCE_CONTINUE;
    }
  if (cell != NULL)
    {
      GtkWidget *entry = start_editing (self, cell);
      GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (self->scroller);
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (cell, GTK_WIDGET (self->scroller), &bounds))
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
  g_object_unref (self);
  g_free (reveal);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
inner_list_view (RancangTableEditor *self)
{
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->view)); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LIST_VIEW (c))
      return c;
  return NULL;
}

gboolean
rancang_table_editor_select_cell (RancangTableEditor *self,
                                  RancangNode        *row,
                                  const char         *key)
{
  guint n = n_rows (self);
  Reveal *reveal;
  GtkWidget *list;
  int position;
  guint r;

  show_all_rows (self);
  for (r = 0; r < n; r++)
    if (rancang_table_get_row_node (self->table, r) == row)
      break;
  if (r == n)
    return FALSE;

  /* Its ancestors expanded, from the top. */
  {
    g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint));
    for (int a = self->tree_parent[r]; a >= 0; a = self->tree_parent[a])
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
  list = inner_list_view (self);
  if (list != NULL)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", (guint) position);

  reveal = g_new0 (Reveal, 1);
  reveal->self = g_object_ref (self);
  reveal->row = row;
  reveal->column = key != NULL ? rancang_template_lookup_column (self->tmpl, key) : -1;
  reveal->serial = ++self->reveal_serial;
  g_timeout_add (30, focus_revealed, reveal);
  return TRUE;
}

GPtrArray *
rancang_table_editor_get_selected_rows (RancangTableEditor *self)
{
  GPtrArray *rows = g_ptr_array_new ();
  g_autoptr(GArray) indices = selected_indices (self);

  for (guint i = 0; i < indices->len; i++)
    g_ptr_array_add (rows, rancang_table_get_row_node (self->table, g_array_index (indices, guint, i)));
  return rows;
}

/* ------------------------------------------------------------- GObject */

static void
rancang_table_editor_dispose (GObject *object)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (object);

  self->clearing = TRUE;
  g_clear_handle_id (&self->findings_idle, g_source_remove);
  if (self->scroll_idle != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->scroll_idle);
  self->scroll_idle = 0;
  g_hash_table_remove_all (self->cells);
  self->focus_cell = NULL;
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  G_OBJECT_CLASS (rancang_table_editor_parent_class)->dispose (object);
}

static void
rancang_table_editor_finalize (GObject *object)
{
  RancangTableEditor *self = RANCANG_TABLE_EDITOR (object);

  g_clear_pointer (&self->table, rancang_table_free);
  g_clear_pointer (&self->tmpl, rancang_template_unref);
  g_clear_pointer (&self->templates, rancang_template_set_free);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->actions);
  g_free (self->tree_parent);
  g_free (self->subtree_end);
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
  GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autoptr(GMenuModel) menu = build_menu ();
  GtkGesture *click, *right_click;

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

  self->toolbar = build_toolbar ();
  gtk_widget_set_margin_start (self->toolbar, 8);
  gtk_widget_set_margin_end (self->toolbar, 8);
  gtk_box_append (GTK_BOX (self), self->toolbar);

  self->selection = gtk_multi_selection_new (NULL);
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection))));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_column_view_set_reorderable (self->view, FALSE);
  gtk_column_view_set_enable_rubberband (self->view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "table-view");
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_view_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), GTK_EVENT_CONTROLLER (click));
  right_click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (right_click), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (right_click), GTK_PHASE_CAPTURE);
  g_signal_connect (right_click, "pressed", G_CALLBACK (on_view_right_click), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), GTK_EVENT_CONTROLLER (right_click));

  self->band = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->band), 26);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->band), draw_band, self, NULL);
  gtk_widget_add_css_class (self->band, "table-groups");
  gtk_widget_set_has_tooltip (self->band, TRUE);
  g_signal_connect (self->band, "query-tooltip", G_CALLBACK (on_band_tooltip), self);
  gtk_widget_set_visible (self->band, FALSE);

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->scroller), TRUE);
  g_signal_connect (gtk_scrolled_window_get_hadjustment (self->scroller), "value-changed",
                    G_CALLBACK (on_hscroll), self->band);
  g_signal_connect (gtk_scrolled_window_get_hadjustment (self->scroller), "changed",
                    G_CALLBACK (on_hscroll), self->band);
  gtk_box_append (GTK_BOX (frame), self->band);
  gtk_box_append (GTK_BOX (frame), GTK_WIDGET (self->scroller));
  gtk_widget_set_vexpand (frame, TRUE);
  gtk_box_append (GTK_BOX (self), frame);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), table_actions, G_N_ELEMENTS (table_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "table", G_ACTION_GROUP (self->actions));
  update_actions (self);
  setup_shortcuts (self);

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
