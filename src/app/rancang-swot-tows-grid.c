/* rancang-swot-tows-grid.c: the TOWS matrix in the SWOT editor.
 *
 * Each strategy is a row of the tows table: its quadrant (the cell it is
 * shown in), the factors it combines and its text. The factors are chosen
 * from a check-list of the cell's two groups; a reference to a factor the
 * lists no longer have stays, in red, until it is unchecked, and the
 * checker's findings on a strategy show under it.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rancang-swot-editor-private.h"
#include "rancang-tows.h"

static int
group_of_letter (char letter)
{
  for (int g = 0; g < N_GROUPS; g++)
    if (rancang_swot_group_letters[g] == g_ascii_toupper (letter))
      return g;
  return -1;
}

static void
update_strategy (RancangSwotEditor *self,
                 Strategy          *st)
{
  g_autofree char *refs = rancang_swot_cell_content (st->node, "refs");
  g_autoptr(GPtrArray) codes = rancang_tows_refs_parse (refs, RANCANG_TOWS_REFS_UNIQUE);
  const char *finding = g_hash_table_lookup (self->findings, st->node);
  GString *shown = g_string_new (NULL);
  GString *missing = g_string_new (NULL);

  /* Each code in red when no list has it. */
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      gboolean known = FALSE;
      int g = group_of_letter (code[0]);

      for (guint j = 0; g >= 0 && j < self->groups[g].rows->len && !known; j++)
        known = g_str_equal (((FactorRow *) g_ptr_array_index (self->groups[g].rows, j))->code, code);
      if (i > 0)
        g_string_append (shown, (code[0] == 'O' || code[0] == 'T')
                                && !(((char *) g_ptr_array_index (codes, i - 1))[0] == 'O'
                                     || ((char *) g_ptr_array_index (codes, i - 1))[0] == 'T') ? " – " : ", ");
      if (known)
        g_string_append (shown, code);
      else
        {
          g_string_append_printf (shown, "<span foreground=\"#c01c28\" weight=\"bold\">%s</span>", code);
          g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "", code);
        }
    }
  if (codes->len == 0)
    g_string_append (shown, _("Choose factors…"));
  gtk_label_set_markup (GTK_LABEL (st->refs_label), shown->str);

  if (finding != NULL)
    {
      g_autofree char *text = missing->len > 0
        ? g_strdup_printf (_("Names %s, which none of the lists has."), missing->str)
        : g_strdup (_("Names factors of the wrong side for this quadrant."));
      gtk_widget_add_css_class (st->box, "finding");
      gtk_widget_set_tooltip_text (st->box, finding);
      gtk_label_set_label (GTK_LABEL (st->warning), text);
      gtk_widget_set_visible (st->warning, TRUE);
    }
  else
    {
      gtk_widget_remove_css_class (st->box, "finding");
      gtk_widget_set_tooltip_text (st->box, NULL);
      gtk_widget_set_visible (st->warning, FALSE);
    }
  g_string_free (shown, TRUE);
  g_string_free (missing, TRUE);
}

static void
on_strategy_text_changed (GtkTextBuffer *buffer,
                          Strategy      *st)
{
  RancangSwotEditor *self = st->self;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autofree char *key = NULL;

  if (self->updating || self->history == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  {
    g_autofree char *current = rancang_swot_cell_content (st->node, "uraian");
    if (g_str_equal (current, text))
      return;
  }
  key = g_strdup_printf ("swot:%p:uraian", (void *) st->node);
  rancang_swot_editor_begin (self, _("Typing"), key);
  rancang_swot_editor_set_cell (self, st->node, "uraian", text);
  rancang_history_end (self->history);
  rancang_swot_editor_compute (self);
  rancang_swot_editor_update_summary (self);
}

static void
on_ref_toggled (GtkCheckButton *check,
                Strategy       *st)
{
  RancangSwotEditor *self = st->self;
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (check));
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;

  if (self->updating || self->history == NULL)
    return;
  for (GtkWidget *c = gtk_widget_get_first_child (list); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_CHECK_BUTTON (c) && gtk_check_button_get_active (GTK_CHECK_BUTTON (c)))
      g_ptr_array_add (codes, g_strdup (g_object_get_data (G_OBJECT (c), "code")));
  text = rancang_tows_refs_format (codes);

  rancang_swot_editor_begin (self, _("Change Factors of Strategy"), NULL);
  rancang_swot_editor_set_cell (self, st->node, "refs", text);
  rancang_history_end (self->history);
  rancang_history_break_merge (self->history);
  rancang_swot_editor_compute (self);
  rancang_swot_editor_read_findings (self);
  update_strategy (self, st);
}

static void
add_check (GtkWidget  *list,
           const char *code,
           const char *text,
           gboolean    active,
           gboolean    missing,
           Strategy   *st)
{
  g_autofree char *label = missing ? g_strdup_printf (_("%s (no longer in the lists)"), code)
                                   : g_strdup_printf ("%s  %s", code, text);
  GtkWidget *check = gtk_check_button_new_with_label (label);
  GtkWidget *child = gtk_widget_get_last_child (check);

  if (GTK_IS_LABEL (child))
    {
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (child), 48);
    }
  gtk_widget_set_tooltip_text (check, text);
  if (missing)
    gtk_widget_add_css_class (check, "error");
  g_object_set_data_full (G_OBJECT (check), "code", g_strdup (code), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_signal_connect (check, "toggled", G_CALLBACK (on_ref_toggled), st);
  gtk_box_append (GTK_BOX (list), check);
}

/* The check-list of the factors a strategy of this cell may name: the
 * cell's internal group, then its external one, and any code it names
 * that the lists no longer have, so it can be unchecked. */
static void
fill_refs_popover (GtkMenuButton *button,
                   gpointer       data)
{
  Strategy *st = data;
  RancangSwotEditor *self = st->self;
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *popover = gtk_popover_new ();
  g_autofree char *refs = rancang_swot_cell_content (st->node, "refs");
  g_autoptr(GPtrArray) codes = rancang_tows_refs_parse (refs, RANCANG_TOWS_REFS_UNIQUE);
  guint sides[2] = { st->cell == CELL_SO || st->cell == CELL_ST ? GROUP_S : GROUP_W,
                     st->cell == CELL_SO || st->cell == CELL_WO ? GROUP_O : GROUP_T };

  self->updating = TRUE;
  for (guint s = 0; s < 2; s++)
    {
      Group *group = &self->groups[sides[s]];
      GtkWidget *heading = gtk_label_new (rancang_swot_group_title (sides[s]));

      gtk_widget_add_css_class (heading, "heading");
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      if (s > 0)
        gtk_widget_set_margin_top (heading, 6);
      gtk_box_append (GTK_BOX (list), heading);
      for (guint i = 0; i < group->rows->len; i++)
        {
          FactorRow *fr = g_ptr_array_index (group->rows, i);
          g_autofree char *text = rancang_swot_cell_content (fr->node, "uraian");
          add_check (list, fr->code, text, g_ptr_array_find_with_equal_func (codes, fr->code, g_str_equal, NULL),
                     FALSE, st);
        }
    }
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      int g = group_of_letter (code[0]);
      gboolean known = FALSE;

      for (guint j = 0; g >= 0 && j < self->groups[g].rows->len && !known; j++)
        known = g_str_equal (((FactorRow *) g_ptr_array_index (self->groups[g].rows, j))->code, code);
      if (!known)
        add_check (list, code, _("This factor is not in the lists any more."), TRUE, TRUE, st);
    }
  self->updating = FALSE;
  gtk_widget_add_css_class (popover, "swot-refs");
  gtk_popover_set_child (GTK_POPOVER (popover), list);
  gtk_menu_button_set_popover (button, popover);
}

static void
remove_strategy (GtkButton *button,
                 Strategy  *st)
{
  RancangSwotEditor *self = st->self;

  rancang_swot_editor_begin (self, _("Remove Strategy"), NULL);
  rancang_history_remove (self->history, st->node);
  rancang_swot_editor_end_structural (self, NULL);
}

static void
add_strategy (GtkButton         *button,
              RancangSwotEditor *self)
{
  guint cell = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cell"));
  RancangTable *tows = self->tables[TABLE_TOWS];
  RancangNode *row, *before = NULL, *node;
  int last = -1, later = -1;

  if (tows == NULL || self->history == NULL)
    return;
  /* After the cell's last strategy, else before the first of a later cell. */
  for (guint r = 0; r < rancang_table_get_n_rows (tows); r++)
    {
      const char *k = rancang_table_get_text (tows, r, (guint) self->col_kuadran);
      g_autofree char *kuadran = g_strstrip (g_ascii_strup (k != NULL ? k : "", -1));

      for (guint c = 0; c < N_CELLS; c++)
        if (g_str_equal (kuadran, rancang_swot_cell_names[c]))
          {
            if (c == cell)
              last = (int) r;
            else if (c > cell && later < 0)
              later = (int) r;
          }
    }
  if (last >= 0)
    before = rancang_node_get_next (rancang_table_get_row_node (tows, (guint) last));
  else if (later >= 0)
    before = rancang_table_get_row_node (tows, (guint) later);

  row = rancang_node_new_element ("row");
  rancang_node_set_attr (row, "level", "item");
  node = rancang_node_new_element ("c");
  rancang_node_set_attr (node, "k", "kuadran");
  rancang_node_set_content (node, rancang_swot_cell_names[cell]);
  rancang_node_append_child (row, node);
  rancang_swot_editor_begin (self, _("Add Strategy"), NULL);
  rancang_history_insert (self->history, self->nodes[TABLE_TOWS], before, row);
  rancang_swot_editor_end_structural (self, NULL);

  for (guint i = 0; i < self->strategies->len; i++)
    {
      Strategy *st = g_ptr_array_index (self->strategies, i);
      if (st->node == row)
        gtk_widget_grab_focus (st->text);
    }
}

void
rancang_swot_strategy_free (Strategy *st)
{
  g_free (st);
}

static GtkWidget *
build_strategy (RancangSwotEditor *self,
                RancangNode       *node,
                guint              cell)
{
  Strategy *st = g_new0 (Strategy, 1);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *remove;
  GtkTextBuffer *buffer;
  g_autofree char *text = rancang_swot_cell_content (node, "uraian");

  st->self = self;
  st->node = node;
  st->cell = cell;
  g_ptr_array_add (self->strategies, st);

  st->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (st->box, "swot-strategy");
  g_object_set_data (G_OBJECT (st->box), "strategy", node);

  st->refs_button = gtk_menu_button_new ();
  st->refs_label = gtk_label_new (NULL);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (st->refs_button), st->refs_label);
  gtk_widget_add_css_class (st->refs_button, "swot-refs-button");
  gtk_widget_set_tooltip_text (st->refs_button, _("The factors this strategy combines"));
  /* Filled now, and anew each time it opens, so it is always current. */
  fill_refs_popover (GTK_MENU_BUTTON (st->refs_button), st);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (st->refs_button), fill_refs_popover, st, NULL);
  g_object_set_data (G_OBJECT (st->refs_button), "strategy", node);
  gtk_box_append (GTK_BOX (top), st->refs_button);
  gtk_widget_set_hexpand (st->refs_button, FALSE);
  remove = rancang_swot_icon_button ("user-trash-symbolic", _("Remove this strategy"));
  gtk_widget_set_hexpand (remove, TRUE);
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_strategy), st);
  gtk_box_append (GTK_BOX (top), remove);
  gtk_box_append (GTK_BOX (st->box), top);

  st->text = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (st->text), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (st->text), FALSE);
  gtk_widget_add_css_class (st->text, "swot-strategy-text");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (st->text));
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_set_text (buffer, text, -1);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_strategy_text_changed), st);
  gtk_box_append (GTK_BOX (st->box), st->text);

  st->warning = rancang_swot_cell_label ("", 0.0f, "error");
  gtk_label_set_wrap (GTK_LABEL (st->warning), TRUE);
  gtk_widget_set_visible (st->warning, FALSE);
  gtk_box_append (GTK_BOX (st->box), st->warning);
  return st->box;
}

void
rancang_swot_tows_grid_build (RancangSwotEditor *self)
{
  RancangTable *tows = self->tables[TABLE_TOWS];

  rancang_swot_tows_grid_clear (self);
  for (guint c = 0; c < N_CELLS; c++)
    {
      GtkWidget *add;

      for (guint r = 0; tows != NULL && r < rancang_table_get_n_rows (tows); r++)
        {
          const char *k = rancang_table_get_text (tows, r, (guint) self->col_kuadran);
          g_autofree char *kuadran = g_strstrip (g_ascii_strup (k != NULL ? k : "", -1));

          if (rancang_table_get_level (tows, r) != RANCANG_LEVEL_TOTAL && g_str_equal (kuadran, rancang_swot_cell_names[c]))
            gtk_box_append (GTK_BOX (self->cell_boxes[c]),
                            build_strategy (self, rancang_table_get_row_node (tows, r), c));
        }
      add = rancang_swot_add_button (_("Add _Strategy"));
      gtk_widget_set_halign (add, GTK_ALIGN_START);
      g_object_set_data (G_OBJECT (add), "cell", GUINT_TO_POINTER (c));
      g_signal_connect (add, "clicked", G_CALLBACK (add_strategy), self);
      gtk_box_append (GTK_BOX (self->cell_boxes[c]), add);
    }
}

void
rancang_swot_tows_grid_update (RancangSwotEditor *self)
{
  for (guint i = 0; i < self->strategies->len; i++)
    update_strategy (self, g_ptr_array_index (self->strategies, i));
}

void
rancang_swot_tows_grid_clear (RancangSwotEditor *self)
{
  for (guint c = 0; c < N_CELLS; c++)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (self->cell_boxes[c])) != NULL)
        gtk_box_remove (GTK_BOX (self->cell_boxes[c]), child);
    }
  rancang_swot_editor_retire (self, self->strategies, (GDestroyNotify) rancang_swot_strategy_free);
}
