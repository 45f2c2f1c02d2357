/* rancang-swot-factor-list.c: one group of SWOT factors in the SWOT
 * editor.
 *
 * A number is stored as soon as what is typed is a number, one history
 * step per field while typing goes on; the totals the document carries
 * (skor, the TOTAL rows, FINAL SCORE) are rewritten in the same step, so an
 * edit never leaves a stated total behind that disagrees. Moving and
 * removing factors renumbers them as the core does (rancang-tows.h), the
 * TOWS references following.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-edit.h"
#include "rancang-finding-text.h"
#include "rancang-format.h"
#include "rancang-swot-editor-private.h"
#include "rancang-tows.h"

/* An entry's focus is on its text inside it. */
static gboolean
focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static int
factor_number (FactorRow *fr)
{
  return (int) g_ascii_strtoll (fr->code + 1, NULL, 10);
}

/* Where a new row of a group goes: after the group's last factor, else
 * before its TOTAL row, else before the other group (for S and O) or the
 * FINAL SCORE row (for W and T). */
static RancangNode *
insert_before_for (RancangSwotEditor *self,
                   guint              g)
{
  guint which = rancang_swot_table_of_group (g);
  RancangTable *table = self->tables[which];
  Group *group = &self->groups[g];
  char own = rancang_swot_group_letters[g];
  gboolean first_group = g == GROUP_S || g == GROUP_O;

  if (group->rows->len > 0)
    return rancang_node_get_next (((FactorRow *) g_ptr_array_index (group->rows, group->rows->len - 1))->node);
  for (guint r = 0; r < rancang_table_get_n_rows (table); r++)
    {
      const char *f = rancang_table_get_text (table, r, (guint) self->col_faktor[which]);
      g_autofree char *letter = g_strstrip (g_ascii_strup (f != NULL ? f : "", -1));
      RancangLevel level = rancang_table_get_level (table, r);

      if ((level == RANCANG_LEVEL_TOTAL && letter[0] == own)
          || (first_group && letter[0] != '\0' && letter[0] != own)
          || (level == RANCANG_LEVEL_TOTAL && letter[0] == '\0'))
        return rancang_table_get_row_node (table, r);
    }
  return NULL;
}

static char *
format_value (RancangTable *table,
              guint         row,
              int           column)
{
  RancangDecimal value;

  if (table == NULL || column < 0)
    return g_strdup ("");
  switch (rancang_table_get_value (table, row, (guint) column, &value))
    {
    case RANCANG_VALUE_NUMBER:
      return rancang_swot_format_decimal (value);
    case RANCANG_VALUE_INVALID:
      return g_strdup (rancang_table_get_text (table, row, (guint) column));
    case RANCANG_VALUE_EMPTY:
    default:
      return g_strdup (RANCANG_FORMAT_EMPTY);
    }
}

void
rancang_swot_factor_list_update (RancangSwotEditor *self,
                                 guint              g)
{
  Group *group = &self->groups[g];
  guint which = rancang_swot_table_of_group (g);
  RancangTable *table = self->tables[which];
  char letter[2] = { rancang_swot_group_letters[g], '\0' };
  RancangDecimal sum, total;
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < group->rows->len; i++)
    {
      FactorRow *fr = g_ptr_array_index (group->rows, i);
      g_autofree char *skor = format_value (table, fr->row, self->col_skor[which]);
      g_autofree char *uraian = rancang_swot_cell_content (fr->node, "uraian");
      g_autofree char *escaped = g_markup_escape_text (uraian, -1);

      gtk_label_set_label (GTK_LABEL (fr->skor), skor);
      g_string_append_printf (list, "%s<b>%s</b> %s", i > 0 ? "\n" : "", fr->code, escaped);
    }
  if (group->tows_list != NULL)
    gtk_label_set_markup (GTK_LABEL (group->tows_list), list->str);
  g_string_free (list, TRUE);

  if (table == NULL)
    return;
  if (rancang_table_group_total (table, (guint) self->col_bobot[which], letter, &sum) == RANCANG_VALUE_NUMBER)
    {
      g_autofree char *text = rancang_swot_format_decimal (sum);
      gboolean off = rancang_decimal_cmp (sum, rancang_decimal_from_int (1)) != 0;

      gtk_label_set_label (GTK_LABEL (group->bobot_sum), text);
      if (off)
        {
          g_autofree char *note = g_strdup_printf (_("The weights add up to %s, not 1."), text);
          gtk_widget_add_css_class (group->bobot_sum, "weights-off");
          gtk_widget_set_tooltip_text (group->bobot_sum, note);
          gtk_label_set_label (GTK_LABEL (group->weights_note), note);
        }
      else
        {
          gtk_widget_remove_css_class (group->bobot_sum, "weights-off");
          gtk_widget_set_tooltip_text (group->bobot_sum, NULL);
        }
      gtk_widget_set_visible (group->weights_note, off);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (group->bobot_sum), RANCANG_FORMAT_EMPTY);
      gtk_widget_set_visible (group->weights_note, FALSE);
    }
  if (rancang_table_group_total (table, (guint) self->col_skor[which], letter, &total) == RANCANG_VALUE_NUMBER)
    {
      g_autofree char *text = rancang_swot_format_decimal (total);
      gtk_label_set_label (GTK_LABEL (group->skor_total), text);
    }
  else
    gtk_label_set_label (GTK_LABEL (group->skor_total), RANCANG_FORMAT_EMPTY);
}

static void
on_uraian_changed (GtkEditable *editable,
                   FactorRow   *fr)
{
  RancangSwotEditor *self = fr->self;
  g_autofree char *key = NULL;

  if (self->updating || self->history == NULL)
    return;
  {
    g_autofree char *current = rancang_swot_cell_content (fr->node, "uraian");
    if (g_str_equal (current, gtk_editable_get_text (editable)))
      return;
  }
  key = g_strdup_printf ("swot:%p:uraian", (void *) fr->node);
  rancang_swot_editor_begin (self, _("Typing"), key);
  rancang_swot_editor_set_cell (self, fr->node, "uraian", gtk_editable_get_text (editable));
  rancang_history_end (self->history);
  /* The tables point into the tree: read anew after any change. */
  rancang_swot_editor_compute (self);
  rancang_swot_factor_list_update (self, fr->group);
  rancang_swot_editor_update_summary (self);
}

/* A number is stored as soon as it is one; what is no number (yet) is
 * marked and kept out of the document. */
static void
commit_number (GtkEditable *editable,
               FactorRow   *fr,
               gboolean     leaving)
{
  RancangSwotEditor *self = fr->self;
  const char *field = g_object_get_data (G_OBJECT (editable), "swot-key");
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *key = NULL;
  RancangParsedNumber parsed;

  if (self->updating || self->history == NULL)
    return;
  /* An emptied field is a number being retyped, until it is left empty. */
  if (!leaving && rancang_swot_is_blank (gtk_editable_get_text (editable)))
    return;
  if (!rancang_parse_number (gtk_editable_get_text (editable), RANCANG_NUMBERS_AUTO, &parsed, &error)
      || (parsed.kind == RANCANG_PARSED_NUMBER
          && (stored = rancang_decimal_to_c_string (rancang_decimal_normalize (parsed.value))) == NULL))
    {
      g_autofree char *why = error != NULL ? rancang_number_error_describe (error) : g_strdup (_("the number is too large"));
      g_autofree char *reason = g_strdup_printf (_("“%s” is not kept: %s"), gtk_editable_get_text (editable), why);
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (editable), reason);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (editable), NULL);
  if (stored == NULL)
    stored = g_strdup ("");
  {
    /* "5" typed again over "5": nothing to record. */
    g_autofree char *current = rancang_swot_cell_content (fr->node, field);
    if (g_str_equal (current, stored))
      return;
  }

  key = g_strdup_printf ("swot:%p:%s", (void *) fr->node, field);
  rancang_swot_editor_begin (self, g_str_equal (field, "bobot") ? _("Change Weight") : _("Change Rating"), key);
  rancang_swot_editor_set_cell (self, fr->node, field, stored);
  rancang_swot_editor_sync_stated (self, rancang_swot_table_of_group (fr->group));
  rancang_history_end (self->history);
  rancang_swot_editor_refresh (self);
}

static void
on_number_changed (GtkEditable *editable,
                   FactorRow   *fr)
{
  commit_number (editable, fr, FALSE);
}

/* Leaving a number field: what was no number is dropped, the rest shown
 * in the planner's form. */
static void
on_number_leave (GtkEventControllerFocus *focus,
                 FactorRow               *fr)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));
  RancangSwotEditor *self = fr->self;
  guint which = rancang_swot_table_of_group (fr->group);
  const char *field = g_object_get_data (G_OBJECT (entry), "swot-key");
  g_autofree char *text = NULL;

  if (self->updating || self->tables[which] == NULL)
    return;
  if (rancang_swot_is_blank (gtk_editable_get_text (GTK_EDITABLE (entry))))
    commit_number (GTK_EDITABLE (entry), fr, TRUE);
  gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, NULL);
  text = rancang_swot_typed_text (self->tables[which], fr->row,
                                  g_str_equal (field, "bobot") ? self->col_bobot[which] : self->col_rating[which]);
  rancang_swot_editor_set_entry_text (self, entry, text);
  if (self->history != NULL)
    rancang_history_break_merge (self->history);
}

static void
on_number_activate (GtkEntry  *entry,
                    FactorRow *fr)
{
  GtkEventController *focus = g_object_get_data (G_OBJECT (entry), "focus-controller");
  on_number_leave (GTK_EVENT_CONTROLLER_FOCUS (focus), fr);
}

static void
add_factor (GtkButton         *button,
            RancangSwotEditor *self)
{
  guint g = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "group"));
  guint which = rancang_swot_table_of_group (g);
  Group *group = &self->groups[g];
  RancangNode *row, *before;
  int next = 0;
  char letter[2] = { rancang_swot_group_letters[g], '\0' };
  g_autofree char *number = NULL;
  g_autofree char *code = NULL;

  if (self->nodes[which] == NULL || self->history == NULL)
    return;
  for (guint i = 0; i < group->rows->len; i++)
    next = MAX (next, factor_number (g_ptr_array_index (group->rows, i)));
  number = g_strdup_printf ("%d", next + 1);
  code = g_strdup_printf ("%c%d", rancang_swot_group_letters[g], next + 1);

  row = rancang_node_new_element ("row");
  rancang_node_set_attr (row, "level", "item");
  for (guint i = 0; i < 2; i++)
    {
      RancangNode *cell = rancang_node_new_element ("c");
      rancang_node_set_attr (cell, "k", i == 0 ? "faktor" : "no");
      rancang_node_set_content (cell, i == 0 ? letter : number);
      rancang_node_append_child (row, cell);
    }
  before = insert_before_for (self, g);
  rancang_swot_editor_begin (self, _("Add Factor"), NULL);
  rancang_history_insert (self->history, self->nodes[which], before, row);
  rancang_swot_editor_sync_stated (self, which);
  /* The new factor's text is where typing goes. */
  rancang_swot_editor_end_structural (self, code);
}

static void
remove_factor (GtkButton *button,
               FactorRow *fr)
{
  RancangSwotEditor *self = fr->self;
  guint which = rancang_swot_table_of_group (fr->group);

  rancang_swot_editor_begin (self, _("Remove Factor"), NULL);
  rancang_swot_remove_factor (self->history, self->tables[which], fr->row, self->tables[TABLE_TOWS]);
  rancang_swot_editor_sync_stated (self, which);
  rancang_swot_editor_end_structural (self, NULL);
}

/* Swaps a factor with its neighbour in the list: places, numbers and the
 * TOWS references, so that every strategy still names the same factors. */
static void
move_factor (GtkButton *button,
             FactorRow *fr)
{
  RancangSwotEditor *self = fr->self;
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));
  guint which = rancang_swot_table_of_group (fr->group);
  g_autofree char *code = NULL;

  rancang_swot_editor_begin (self, _("Move Factor"), NULL);
  code = rancang_swot_move_factor (self->history, self->tables[which], fr->row, delta, self->tables[TABLE_TOWS]);
  rancang_swot_editor_end_structural (self, code);
}

static GtkWidget *
number_entry (FactorRow  *fr,
              const char *key,
              const char *tooltip)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 4);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 6);
  gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0f);
  /* Ctrl+Z is the document's undo. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_widget_set_tooltip_text (entry, tooltip);
  gtk_widget_add_css_class (entry, "swot-number");
  g_object_set_data (G_OBJECT (entry), "swot-key", (gpointer) key);
  g_object_set_data (G_OBJECT (entry), "factor", fr);
  g_object_set_data (G_OBJECT (entry), "focus-controller", focus);
  g_signal_connect (entry, "changed", G_CALLBACK (on_number_changed), fr);
  g_signal_connect (entry, "activate", G_CALLBACK (on_number_activate), fr);
  g_signal_connect (focus, "leave", G_CALLBACK (on_number_leave), fr);
  gtk_widget_add_controller (entry, focus);
  return entry;
}

void
rancang_swot_factor_row_free (FactorRow *fr)
{
  g_free (fr->code);
  g_free (fr);
}

void
rancang_swot_factor_list_build (RancangSwotEditor *self,
                                guint              g)
{
  Group *group = &self->groups[g];
  guint which = rancang_swot_table_of_group (g);
  RancangTable *table = self->tables[which];
  GtkGrid *grid = GTK_GRID (group->grid);
  g_autoptr(GPtrArray) factors = NULL;
  guint count = 0;
  int y = 1;
  GtkWidget *add, *total;

  rancang_swot_factor_list_clear (self, g);
  {
    GtkWidget *no = rancang_swot_cell_label (_("No"), 0.5f, "swot-head");
    gtk_label_set_width_chars (GTK_LABEL (no), 3);
    gtk_grid_attach (grid, no, 0, 0, 1, 1);
  }
  gtk_grid_attach (grid, rancang_swot_cell_label (rancang_swot_group_title (g), 0.0f, "swot-head"), 1, 0, 1, 1);
  gtk_grid_attach (grid, rancang_swot_cell_label (_("Weight"), 1.0f, "swot-head"), 2, 0, 1, 1);
  gtk_grid_attach (grid, rancang_swot_cell_label (_("Rating"), 1.0f, "swot-head"), 3, 0, 1, 1);
  gtk_grid_attach (grid, rancang_swot_cell_label (_("Score"), 1.0f, "swot-head"), 4, 0, 1, 1);

  factors = rancang_swot_factors (table, rancang_swot_group_letters[g]);
  for (guint i = 0; i < factors->len; i++)
    {
      RancangSwotFactor *factor = g_ptr_array_index (factors, i);
      guint r = factor->row;
      g_autofree char *uraian = NULL;
      FactorRow *fr;
      GtkWidget *buttons, *button;

      count++;
      fr = g_new0 (FactorRow, 1);
      fr->self = self;
      fr->group = g;
      fr->row = r;
      fr->node = factor->node;
      fr->code = g_strdup (factor->code);
      g_ptr_array_add (group->rows, fr);

      fr->code_label = rancang_swot_cell_label (fr->code, 0.5f, "swot-code");
      gtk_label_set_width_chars (GTK_LABEL (fr->code_label), 3);
      fr->uraian = gtk_entry_new ();
      uraian = rancang_swot_cell_content (fr->node, "uraian");
      gtk_editable_set_text (GTK_EDITABLE (fr->uraian), uraian);
      gtk_editable_set_enable_undo (GTK_EDITABLE (fr->uraian), FALSE);
      gtk_editable_set_width_chars (GTK_EDITABLE (fr->uraian), 12);
      gtk_widget_set_hexpand (fr->uraian, TRUE);
      gtk_widget_set_tooltip_text (fr->uraian, uraian);
      g_object_set_data (G_OBJECT (fr->uraian), "factor", fr);
      g_object_set_data (G_OBJECT (fr->uraian), "swot-key", (gpointer) "uraian");
      g_signal_connect (fr->uraian, "changed", G_CALLBACK (on_uraian_changed), fr);
      fr->bobot = number_entry (fr, "bobot", _("Weight (bobot): the weights of a group add up to 1"));
      fr->rating = number_entry (fr, "rating", _("Rating"));
      fr->skor = rancang_swot_cell_label ("", 1.0f, "swot-derived");
      gtk_label_set_width_chars (GTK_LABEL (fr->skor), 5);
      g_object_set_data (G_OBJECT (fr->skor), "factor", fr);
      g_object_set_data (G_OBJECT (fr->skor), "swot-key", (gpointer) "skor");
      {
        g_autofree char *b = rancang_swot_typed_text (table, r, self->col_bobot[which]);
        g_autofree char *t = rancang_swot_typed_text (table, r, self->col_rating[which]);
        rancang_swot_editor_set_entry_text (self, fr->bobot, b);
        rancang_swot_editor_set_entry_text (self, fr->rating, t);
      }

      buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      button = rancang_swot_icon_button ("go-up-symbolic", _("Move up"));
      g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (-1));
      gtk_widget_set_sensitive (button, count > 1);
      g_signal_connect (button, "clicked", G_CALLBACK (move_factor), fr);
      gtk_box_append (GTK_BOX (buttons), button);
      button = rancang_swot_icon_button ("go-down-symbolic", _("Move down"));
      g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (1));
      g_signal_connect (button, "clicked", G_CALLBACK (move_factor), fr);
      gtk_box_append (GTK_BOX (buttons), button);
      g_object_set_data (G_OBJECT (fr->uraian), "down-button", button);
      button = rancang_swot_icon_button ("user-trash-symbolic", _("Remove this factor"));
      g_object_set_data (G_OBJECT (button), "swot-key", (gpointer) "remove");
      g_object_set_data (G_OBJECT (button), "factor", fr);
      g_signal_connect (button, "clicked", G_CALLBACK (remove_factor), fr);
      gtk_box_append (GTK_BOX (buttons), button);

      gtk_grid_attach (grid, fr->code_label, 0, y, 1, 1);
      gtk_grid_attach (grid, fr->uraian, 1, y, 1, 1);
      gtk_grid_attach (grid, fr->bobot, 2, y, 1, 1);
      gtk_grid_attach (grid, fr->rating, 3, y, 1, 1);
      gtk_grid_attach (grid, fr->skor, 4, y, 1, 1);
      gtk_grid_attach (grid, buttons, 5, y, 1, 1);
      y++;
    }
  /* The last factor cannot go further down. */
  if (group->rows->len > 0)
    {
      FactorRow *last = g_ptr_array_index (group->rows, group->rows->len - 1);
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (last->uraian), "down-button"), FALSE);
    }

  total = rancang_swot_cell_label (_("Total"), 1.0f, "swot-total");
  gtk_grid_attach (grid, total, 1, y, 1, 1);
  gtk_widget_set_halign (total, GTK_ALIGN_END);
  group->bobot_sum = rancang_swot_cell_label ("", 1.0f, "swot-total");
  group->skor_total = rancang_swot_cell_label ("", 1.0f, "swot-total");
  gtk_grid_attach (grid, group->bobot_sum, 2, y, 1, 1);
  gtk_grid_attach (grid, group->skor_total, 4, y, 1, 1);
  y++;
  group->weights_note = rancang_swot_cell_label ("", 1.0f, "error");
  gtk_label_set_wrap (GTK_LABEL (group->weights_note), TRUE);
  gtk_grid_attach (grid, group->weights_note, 1, y, 4, 1);
  gtk_widget_set_visible (group->weights_note, FALSE);
  y++;

  add = rancang_swot_add_button (_("_Add Factor"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (add), "group", GUINT_TO_POINTER (g));
  g_signal_connect (add, "clicked", G_CALLBACK (add_factor), self);
  gtk_grid_attach (grid, add, 1, y, 1, 1);
}

GtkWidget *
rancang_swot_factor_list_new (RancangSwotEditor *self,
                              guint              g)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_widget_add_css_class (grid, "swot-group");
  self->groups[g].grid = grid;
  self->groups[g].rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_swot_factor_row_free);
  return grid;
}

void
rancang_swot_factor_list_refresh (RancangSwotEditor *self,
                                  guint              g)
{
  Group *group = &self->groups[g];
  guint which = rancang_swot_table_of_group (g);

  for (guint i = 0; i < group->rows->len; i++)
    {
      FactorRow *fr = g_ptr_array_index (group->rows, i);
      GtkWidget *entries[] = { fr->bobot, fr->rating };
      int columns[] = { self->col_bobot[which], self->col_rating[which] };

      for (guint e = 0; e < G_N_ELEMENTS (entries); e++)
        if (!focus_within (entries[e]) && !gtk_widget_has_css_class (entries[e], "error"))
          {
            g_autofree char *text = rancang_swot_typed_text (self->tables[which], fr->row, columns[e]);
            rancang_swot_editor_set_entry_text (self, entries[e], text);
          }
    }
  rancang_swot_factor_list_update (self, g);
}

void
rancang_swot_factor_list_clear (RancangSwotEditor *self,
                                guint              g)
{
  rancang_swot_clear_grid (self->groups[g].grid);
  rancang_swot_editor_retire (self, self->groups[g].rows, (GDestroyNotify) rancang_swot_factor_row_free);
}

/* Uraian and strategies are kept as they are typed, and so is a bobot or
 * rating once it is a number; what is left is the field being typed if it
 * is empty (kept as empty when left) or no number (refused). */
gboolean
rancang_swot_factor_list_commit (RancangSwotEditor  *self,
                                 GError            **error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *entry = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;
  FactorRow *fr = entry != NULL ? g_object_get_data (G_OBJECT (entry), "factor") : NULL;

  if (fr == NULL || fr->self != self || g_object_get_data (G_OBJECT (entry), "swot-key") == NULL)
    return TRUE;
  /* A number in the field is in the tree already (or the tree changed
   * under it, by an undo): only an emptied field is left to keep. */
  if (rancang_swot_is_blank (gtk_editable_get_text (GTK_EDITABLE (entry))))
    commit_number (GTK_EDITABLE (entry), fr, TRUE);
  if (gtk_widget_has_css_class (entry, "error"))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, gtk_widget_get_tooltip_text (entry));
      return FALSE;
    }
  return TRUE;
}
