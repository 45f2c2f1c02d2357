/* rancang-table-editor-actions.c: what the table editor does to its rows.
 *
 * The actions of the group "table" (the toolbar, the context menu and the
 * shortcuts use them) add, delete, indent, outdent and move rows, each one
 * step of the history, by the rules of rancang-table-rows.h. The table is
 * flat in the tree: indenting a row is giving it (and the rows under it) a
 * deeper level.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-table-editor-private.h"

/* The table and the view read anew after a change of the rows, and the
 * focus where typing goes on. */
static void
after_change (RancangTableEditor *self,
              GPtrArray          *select,
              RancangNode        *focus_row,
              const char         *focus_key)
{
  _rancang_table_editor_rebuild_table (self);
  _rancang_table_editor_rebuild_model (self, select);
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
  g_autoptr(GPtrArray) select = g_ptr_array_new ();
  RancangNode *row;

  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, label, NULL);
  row = rancang_table_rows_insert (self->history, self->node, before, level);
  rancang_history_end (self->history);
  g_ptr_array_add (select, row);
  after_change (self, select, row, first_text_key (self, indicator));
}

/* After the selected rows (and the rows under them) at the level of the
 * last, or at the end. */
static void
action_add_row (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  RancangTableEditor *self = data;
  g_autoptr(GArray) blocks = NULL;

  rancang_table_editor_commit_pending (self);
  blocks = _rancang_table_editor_blocks (self);
  if (blocks->len > 0)
    {
      guint last = g_array_index (blocks, guint, blocks->len - 1);
      insert_row (self, rancang_table_rows_place_after (self->rows, last),
                  rancang_table_rows_get_level (self->rows, last), _("Add Row"), FALSE);
    }
  else
    {
      RancangLevel level;
      RancangNode *before = rancang_table_rows_place_at_end (self->rows, &level);

      insert_row (self, before, level, _("Add Row"), FALSE);
    }
}

/* The row whose indicators the selection is about: the last selected,
 * or the row it continues; -1 when none. */
static int
indicator_owner (RancangTableEditor *self)
{
  g_autoptr(GArray) rows = _rancang_table_editor_selected (self);

  if (rows->len == 0 || self->rows == NULL)
    return -1;
  return rancang_table_rows_indicator_owner (self->rows, g_array_index (rows, guint, rows->len - 1));
}

static void
action_add_indicator (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       data)
{
  RancangTableEditor *self = data;
  int owner;

  rancang_table_editor_commit_pending (self);
  owner = indicator_owner (self);
  if (owner < 0)
    return;
  insert_row (self, rancang_table_rows_place_indicator (self->rows, (guint) owner), RANCANG_LEVEL_NONE,
              _("Add Indicator"), TRUE);
}

static void
action_delete_rows (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  RancangTableEditor *self = data;
  g_autoptr(GArray) blocks = NULL;
  g_autoptr(GPtrArray) select = g_ptr_array_new ();
  g_autofree char *text = NULL;
  guint removed, first, end;

  rancang_table_editor_commit_pending (self);
  blocks = _rancang_table_editor_blocks (self);
  if (blocks->len == 0)
    return;
  /* what is selected afterwards: the row after the last one removed, or before the first */
  first = g_array_index (blocks, guint, 0);
  end = rancang_table_rows_get_end (self->rows, g_array_index (blocks, guint, blocks->len - 1));
  if (end < rancang_table_rows_get_n_rows (self->rows))
    g_ptr_array_add (select, rancang_table_rows_get_node (self->rows, end));
  else if (first > 0)
    g_ptr_array_add (select, rancang_table_rows_get_node (self->rows, first - 1));
  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, _("Delete Rows"), NULL);
  removed = rancang_table_rows_delete (self->rows, self->history, blocks);
  rancang_history_end (self->history);
  self->focus_cell = NULL;
  after_change (self, select, NULL, NULL);
  text = g_strdup_printf (ngettext ("%u row deleted (Ctrl+Z brings it back).",
                                    "%u rows deleted (Ctrl+Z brings them back).", removed),
                          removed);
  _rancang_table_editor_show_message (self, text, FALSE);
}

static void
shift_rows (RancangTableEditor *self,
            gboolean            deeper)
{
  g_autoptr(GArray) blocks = NULL;

  rancang_table_editor_commit_pending (self);
  blocks = _rancang_table_editor_blocks (self);
  if (!rancang_table_rows_can_shift (self->rows, blocks, deeper))
    return;
  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, deeper ? _("Indent Rows") : _("Outdent Rows"), NULL);
  rancang_table_rows_shift (self->rows, self->history, blocks, deeper);
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

static void
move_rows (RancangTableEditor *self,
           gboolean            up)
{
  g_autoptr(GArray) blocks = NULL;

  rancang_table_editor_commit_pending (self);
  blocks = _rancang_table_editor_blocks (self);
  if (!rancang_table_rows_can_move (self->rows, blocks, up))
    return;
  rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, up ? _("Move Rows Up") : _("Move Rows Down"), NULL);
  rancang_table_rows_move (self->rows, self->history, blocks, up);
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

void
_rancang_table_editor_update_actions (RancangTableEditor *self)
{
  g_autoptr(GArray) blocks = NULL;

  if (self->table == NULL || self->history == NULL || self->rows == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (table_actions); i++)
        enable (self, table_actions[i].name, FALSE);
      return;
    }
  blocks = _rancang_table_editor_blocks (self);
  enable (self, "add-row", TRUE);
  enable (self, "add-indicator", indicator_owner (self) >= 0);
  enable (self, "delete-rows", blocks->len > 0);
  enable (self, "indent", rancang_table_rows_can_shift (self->rows, blocks, TRUE));
  enable (self, "outdent", rancang_table_rows_can_shift (self->rows, blocks, FALSE));
  enable (self, "move-up", rancang_table_rows_can_move (self->rows, blocks, TRUE));
  enable (self, "move-down", rancang_table_rows_can_move (self->rows, blocks, FALSE));
}

static void
on_selection_changed (GtkSelectionModel  *model,
                      guint               position,
                      guint               n_items,
                      RancangTableEditor *self)
{
  if (!self->clearing)
    _rancang_table_editor_update_actions (self);
}

/* ---------------------------------------------------------- shortcuts */

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
  if (self->focus_cell == NULL || rancang_table_cell_get_row (self->focus_cell) >= _rancang_table_editor_n_rows (self))
    return TRUE;
  shown = _rancang_table_editor_display_text (self, rancang_table_cell_get_row (self->focus_cell),
                                              rancang_table_cell_get_column (self->focus_cell));
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

/* The group "table" on the editor, its shortcuts, and the actions enabled
 * as the selection changes. */
void
_rancang_table_editor_init_actions (RancangTableEditor *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), table_actions, G_N_ELEMENTS (table_actions), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "table", G_ACTION_GROUP (self->actions));
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  _rancang_table_editor_update_actions (self);

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
