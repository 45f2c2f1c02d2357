/* rancang-swot-editor.c: the SWOT analysis of a Renstra in one place.
 *
 * The SWOT of a Renstra is three tables of the document, known by what
 * their templates say (rancang_swot_part_of()): IFAS (<index name="IFAS">:
 * Kekuatan S and Kelemahan W), EFAS (<index name="EFAS">: Peluang O and
 * Ancaman T) and the TOWS matrix (<tows>: one row per strategy, its
 * quadrant SO|WO|ST|WT and the factors it combines, "S1,S2,S4-O1"). Planners think
 * of them as one analysis, so they are edited together: four lists of
 * factors with bobot, rating and skor, the quadrant chart beside them, and
 * the TOWS matrix with strengths and weaknesses across and opportunities
 * and threats down.
 *
 * Nothing is computed here: after every change the tables are read anew
 * through their templates (rancang-compute.h) and the totals, IFAS, EFAS
 * and the quadrant come from the checker (rancang_swot_summarize), the
 * chart from the print layout (rancang-layout-chart.h). So what the editor
 * shows is what the PDF prints.
 *
 * The editor holds the tables and the history steps; its parts are in
 * files of their own: the factor lists (rancang-swot-factor-list.c), the
 * TOWS grid (rancang-swot-tows-grid.c) and the quadrant beside them
 * (rancang-swot-chart.c), in the frame of ui/rancang-swot-editor.ui.
 *
 * A factor's code is its group letter and its number (the "no" column), as
 * the checker reads it. Moving a factor renumbers the two factors and the
 * TOWS references follow; removing one that no strategy names closes the
 * gap the same way; removing one that a strategy names keeps the numbers,
 * so that the strategy's reference stays a finding, shown in red, until the
 * planner decides what it should say (rancang-tows.h).
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
#include "rancang-swot-editor.h"
#include "rancang-swot-editor-private.h"
#include "rancang-template.h"
#include "rancang-tows.h"

const char rancang_swot_group_letters[N_GROUPS] = { 'S', 'W', 'O', 'T' };
const char *const rancang_swot_cell_names[N_CELLS] = { "SO", "WO", "ST", "WT" };

static void part_editor_iface_init (RancangPartEditorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RancangSwotEditor, rancang_swot_editor, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (RANCANG_TYPE_PART_EDITOR, part_editor_iface_init))

static void rebuild (RancangSwotEditor *self);

gboolean
rancang_swot_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

guint
rancang_swot_table_of_group (guint group)
{
  return group <= GROUP_W ? TABLE_IFAS : TABLE_EFAS;
}

const char *
rancang_swot_group_title (guint group)
{
  switch (group)
    {
    case GROUP_S: return _("Strengths (S)");
    case GROUP_W: return _("Weaknesses (W)");
    case GROUP_O: return _("Opportunities (O)");
    case GROUP_T: return _("Threats (T)");
    default: return "";
    }
}

/* ------------------------------------------------------------ the tree */

char *
rancang_swot_cell_content (RancangNode *row,
                           const char  *key)
{
  RancangNode *cell = rancang_edit_find_cell (row, key);

  return cell != NULL ? rancang_node_dup_content (cell) : g_strdup ("");
}

/* Sets the cell KEY of ROW within the step being recorded. */
void
rancang_swot_editor_set_cell (RancangSwotEditor *self,
                              RancangNode       *row,
                              const char        *key,
                              const char        *text)
{
  rancang_edit_set_cell (self->history, row, key, text);
}

static const char *
template_of (RancangNode *table)
{
  return table != NULL ? rancang_node_get_attr (table, "template") : NULL;
}

/* TABLE_IFAS, TABLE_EFAS or TABLE_TOWS, as the template of TABLE says;
 * -1 for any other table. */
static int
part_of (RancangNode *table)
{
  RancangTemplateSet *templates = rancang_template_set_get_builtin ();
  const char *id = template_of (table);

  if (table == NULL || templates == NULL || id == NULL || !rancang_node_is (table, "table"))
    return -1;
  return (int) rancang_swot_part_of (rancang_template_set_lookup (templates, id));
}

gboolean
rancang_swot_editor_handles (RancangNode *table)
{
  return part_of (table) >= 0;
}

/* The SWOT tables: the one the window opened for its kind, the first of
 * the document for the others. */
static void
find_tables (RancangSwotEditor *self)
{
  RancangNode *root = rancang_document_get_root (self->doc);

  memset (self->nodes, 0, sizeof self->nodes);
  if (part_of (self->focus) >= 0)
    self->nodes[part_of (self->focus)] = self->focus;
  for (RancangNode *n = root; n != NULL; n = rancang_node_next_in_tree (n, root))
    {
      int part;

      if (rancang_node_is_text (n) || !rancang_node_is (n, "table"))
        continue;
      part = part_of (n);
      if (part >= 0 && self->nodes[part] == NULL)
        self->nodes[part] = n;
    }
}

/* The tables read anew from the tree, and the summary from the checker. */
void
rancang_swot_editor_compute (RancangSwotEditor *self)
{
  g_autoptr(GPtrArray) both = g_ptr_array_new ();

  for (guint i = 0; i < N_TABLES; i++)
    {
      RancangTemplate *tmpl;

      g_clear_pointer (&self->tables[i], rancang_table_free);
      if (self->nodes[i] == NULL || self->templates == NULL
          || (tmpl = rancang_template_set_lookup (self->templates, template_of (self->nodes[i]))) == NULL)
        continue;
      self->tables[i] = rancang_table_new (tmpl, self->nodes[i]);
      rancang_table_apply_options (self->tables[i], self->doc);
      self->col_faktor[i] = rancang_template_lookup_column (tmpl, "faktor");
      self->col_bobot[i] = rancang_template_lookup_column (tmpl, "bobot");
      self->col_rating[i] = rancang_template_lookup_column (tmpl, "rating");
      self->col_skor[i] = rancang_template_lookup_column (tmpl, "skor");
      if (i == TABLE_TOWS)
        {
          self->col_kuadran = rancang_template_lookup_column (tmpl, "kuadran");
          self->col_refs = rancang_template_lookup_column (tmpl, "refs");
        }
      else
        g_ptr_array_add (both, self->tables[i]);
    }
  rancang_swot_summarize (both, &self->swot);
}

/* The findings of the TOWS table: references to factors that no list has,
 * or of the wrong side, as the checker reports them. */
void
rancang_swot_editor_read_findings (RancangSwotEditor *self)
{
  g_autoptr(GPtrArray) findings = NULL;
  RancangTable *tows = self->tables[TABLE_TOWS];

  g_hash_table_remove_all (self->findings);
  if (tows == NULL || self->templates == NULL)
    return;
  findings = rancang_check_document (self->doc, self->templates);
  for (guint i = 0; i < findings->len; i++)
    {
      RancangFinding *f = g_ptr_array_index (findings, i);
      RancangNode *row;
      const char *before;
      g_autofree char *said = NULL;

      if (f->kind != RANCANG_FINDING_TOWS_REF || f->row == 0
          || g_strcmp0 (f->table_id, rancang_table_get_id (tows)) != 0
          || f->row > rancang_table_get_n_rows (tows))
        continue;
      row = rancang_table_get_row_node (tows, f->row - 1);
      before = g_hash_table_lookup (self->findings, row);
      said = rancang_finding_describe (f);
      g_hash_table_insert (self->findings, row,
                           before != NULL ? g_strconcat (before, "\n", said, NULL) : g_strdup (said));
    }
}

/* The totals the document carries rewritten to the computed values, in
 * the step being recorded (rancang_swot_store_totals). */
void
rancang_swot_editor_sync_stated (RancangSwotEditor *self,
                                 guint              which)
{
  RancangTemplate *tmpl;
  g_autoptr(RancangTable) table = NULL;

  if (self->nodes[which] == NULL
      || (tmpl = rancang_template_set_lookup (self->templates, template_of (self->nodes[which]))) == NULL)
    return;
  table = rancang_table_new (tmpl, self->nodes[which]);
  rancang_table_apply_options (table, self->doc);
  rancang_swot_store_totals (self->history, table);
}

/* ------------------------------------------------------------- display */

char *
rancang_swot_format_decimal (RancangDecimal value)
{
  char *text = rancang_format_number (value, -1);
  return text != NULL ? text : g_strdup ("?");
}

/* Typed fields show what is stored, as a planner writes it: "0,3". */
char *
rancang_swot_typed_text (RancangTable *table,
                         guint         row,
                         int           column)
{
  RancangDecimal value;
  const char *raw;

  if (table == NULL || column < 0)
    return g_strdup ("");
  raw = rancang_table_get_text (table, row, (guint) column);
  if (rancang_table_get_value (table, row, (guint) column, &value) == RANCANG_VALUE_NUMBER)
    return rancang_swot_format_decimal (value);
  return g_strdup (raw != NULL ? raw : "");
}

void
rancang_swot_editor_set_entry_text (RancangSwotEditor *self,
                                    GtkWidget         *entry,
                                    const char        *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) == 0)
    return;
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  self->updating = FALSE;
}

void
rancang_swot_editor_update_summary (RancangSwotEditor *self)
{
  const RancangSwot *s = &self->swot;

  if (s->have_ifas)
    {
      g_autofree char *plus = rancang_swot_format_decimal (s->total_s);
      g_autofree char *minus = rancang_swot_format_decimal (s->total_w);
      g_autofree char *value = rancang_swot_format_decimal (s->ifas);
      g_autofree char *text = g_strdup_printf (_("IFAS = total S − total W = %s − %s = <b>%s</b>"), plus, minus, value);
      gtk_label_set_markup (GTK_LABEL (self->ifas_label), text);
      g_object_set_data_full (G_OBJECT (self->ifas_label), "value", g_steal_pointer (&value), g_free);
    }
  if (s->have_efas)
    {
      g_autofree char *plus = rancang_swot_format_decimal (s->total_o);
      g_autofree char *minus = rancang_swot_format_decimal (s->total_t);
      g_autofree char *value = rancang_swot_format_decimal (s->efas);
      g_autofree char *text = g_strdup_printf (_("EFAS = total O − total T = %s − %s = <b>%s</b>"), plus, minus, value);
      gtk_label_set_markup (GTK_LABEL (self->efas_label), text);
      g_object_set_data_full (G_OBJECT (self->efas_label), "value", g_steal_pointer (&value), g_free);
    }

  /* The strategies the quadrant recommends: those of its TOWS cell. */
  {
    g_autoptr(GPtrArray) advice = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *cell = NULL;

    if (s->quadrant != 0)
      {
        cell = g_strdup (s->combination);
        memmove (cell + 1, cell + 2, strlen (cell + 2) + 1);   /* "S-O" -> "SO" */
        for (guint i = 0; i < self->strategies->len; i++)
          {
            Strategy *st = g_ptr_array_index (self->strategies, i);
            g_autofree char *text = rancang_swot_cell_content (st->node, "uraian");

            if (g_strcmp0 (rancang_swot_cell_names[st->cell], cell) == 0 && !rancang_swot_is_blank (text))
              g_ptr_array_add (advice, g_steal_pointer (&text));
          }
      }
    rancang_swot_chart_set_advice (self->chart, s->combination, advice);
  }
}

/* Everything computed, shown anew; typed fields that have the focus keep
 * what is being typed. */
void
rancang_swot_editor_refresh (RancangSwotEditor *self)
{
  rancang_swot_editor_compute (self);
  for (guint g = 0; g < N_GROUPS; g++)
    rancang_swot_factor_list_refresh (self, g);
  rancang_swot_tows_grid_update (self);
  rancang_swot_editor_update_summary (self);
  rancang_swot_chart_set_swot (self->chart, &self->swot);
}

/* --------------------------------------------------------------- edits */

void
rancang_swot_editor_begin (RancangSwotEditor *self,
                           const char        *label,
                           const char        *merge_key)
{
  if (merge_key == NULL)
    rancang_history_break_merge (self->history);
  rancang_history_begin (self->history, label, merge_key);
}

/* Ends a step that adds, removes or moves rows: the next typing starts a
 * step of its own, and the lists are built anew from the tree (the old
 * rows' widgets point at nodes the history may now hold detached). The
 * text of the factor CODE, if given, gets the focus. */
void
rancang_swot_editor_end_structural (RancangSwotEditor *self,
                                    const char        *focus_code)
{
  rancang_history_end (self->history);
  rancang_history_break_merge (self->history);
  rebuild (self);
  if (focus_code != NULL)
    {
      GtkWidget *entry = rancang_swot_editor_get_widget (self, focus_code, "uraian");
      if (entry != NULL)
        gtk_widget_grab_focus (entry);
    }
}

/* ------------------------------------------------------------- strategies */

/* ------------------------------------------------------------- building */

GtkWidget *
rancang_swot_icon_button (const char *icon,
                          const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

/* A flat button with a plus and its words: adds a row to a list. */
GtkWidget *
rancang_swot_add_button (const char *mnemonic)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text = gtk_label_new_with_mnemonic (mnemonic);

  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_box_append (GTK_BOX (content), text);
  gtk_label_set_mnemonic_widget (GTK_LABEL (text), button);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

GtkWidget *
rancang_swot_cell_label (const char *text,
                         float       xalign,
                         const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
}

/* Widgets taken out may still see a focus change on their way: what
 * their handlers point to is freed once that is over. */
static gboolean
free_stale (gpointer data)
{
  RancangSwotEditor *self = data;

  self->stale_id = 0;
  g_ptr_array_set_size (self->stale, 0);
  return G_SOURCE_REMOVE;
}

void
rancang_swot_editor_retire (RancangSwotEditor *self,
                            GPtrArray         *items,
                            GDestroyNotify     free_func)
{
  for (guint i = 0; i < items->len; i++)
    {
      GPtrArray *holder = g_ptr_array_new_with_free_func (free_func);
      g_ptr_array_add (holder, g_ptr_array_index (items, i));
      g_ptr_array_add (self->stale, holder);
    }
  g_ptr_array_set_free_func (items, NULL);
  g_ptr_array_set_size (items, 0);
  g_ptr_array_set_free_func (items, free_func);
  if (self->stale_id == 0)
    self->stale_id = g_idle_add (free_stale, self);
}

void
rancang_swot_clear_grid (GtkWidget *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (grid)) != NULL)
    gtk_grid_remove (GTK_GRID (grid), child);
}

static void
update_heading (RancangSwotEditor *self)
{
  g_autoptr(RancangNumbers) numbers = NULL;
  g_autofree char *number = NULL;
  g_autofree char *caption = NULL;

  if (self->focus == NULL)
    return;
  numbers = rancang_numbers_new (self->doc);
  number = rancang_numbers_label (numbers, self->focus);
  caption = rancang_parts_title (self->focus);
  gtk_label_set_label (self->number_label, number != NULL ? number : "");
  gtk_label_set_label (self->caption_label, caption);
}

/* All widgets made anew from the tree: after a change of its shape. */
static void
rebuild (RancangSwotEditor *self)
{
  rancang_swot_editor_compute (self);
  rancang_swot_editor_read_findings (self);
  self->updating = TRUE;
  for (guint g = 0; g < N_GROUPS; g++)
    rancang_swot_factor_list_build (self, g);
  rancang_swot_tows_grid_build (self);
  for (guint i = 0; i < N_TABLES; i++)
    gtk_widget_set_visible (self->missing[i], self->nodes[i] == NULL);
  /* Without its table a group has nothing to list or add to. */
  for (guint g = 0; g < N_GROUPS; g++)
    gtk_widget_set_visible (self->groups[g].grid, self->nodes[rancang_swot_table_of_group (g)] != NULL);
  gtk_widget_set_visible (self->ifas_label, self->nodes[TABLE_IFAS] != NULL);
  gtk_widget_set_visible (self->efas_label, self->nodes[TABLE_EFAS] != NULL);
  gtk_widget_set_visible (gtk_widget_get_next_sibling (self->missing[TABLE_TOWS]), self->nodes[TABLE_TOWS] != NULL);
  self->updating = FALSE;
  update_heading (self);
  rancang_swot_editor_refresh (self);
}

/* The part of the table the window opened, in view. */
static gboolean
scroll_to_focus (gpointer data)
{
  RancangSwotEditor *self = data;
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (self->scroller)));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double x = 0, y = 0;

  for (guint i = 0; i < N_TABLES; i++)
    if (self->nodes[i] == self->focus && self->focus != NULL
        && gtk_widget_translate_coordinates (self->sections[i], content, 0, 0, &x, &y))
      {
        /* Until the rows are laid out the scroller is not yet that long. */
        if ((gtk_adjustment_get_page_size (adjustment) <= 0
             || y > gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
            && self->focus_tries++ < 40)
          return G_SOURCE_CONTINUE;
        gtk_adjustment_set_value (adjustment, y);
      }
  self->focus_id = 0;
  return G_SOURCE_REMOVE;
}

/* ------------------------------------------------------------- public */

void
rancang_swot_editor_set_table (RancangSwotEditor *self,
                               RancangHistory    *history,
                               RancangDocument   *doc,
                               RancangNode       *table)
{
  g_return_if_fail (RANCANG_IS_SWOT_EDITOR (self));

  self->history = history;
  self->doc = doc;
  self->focus = table;
  if (history != NULL)
    rancang_history_break_merge (history);
  memset (self->nodes, 0, sizeof self->nodes);
  if (doc == NULL || table == NULL)
    {
      for (guint i = 0; i < N_TABLES; i++)
        g_clear_pointer (&self->tables[i], rancang_table_free);
      g_hash_table_remove_all (self->findings);
      self->updating = TRUE;
      for (guint g = 0; g < N_GROUPS; g++)
        rancang_swot_factor_list_clear (self, g);
      rancang_swot_tows_grid_clear (self);
      self->updating = FALSE;
      return;
    }
  find_tables (self);
  rebuild (self);
  self->focus_tries = 0;
  if (self->focus_id == 0)
    self->focus_id = g_timeout_add (50, scroll_to_focus, self);
}

static gboolean
focus_later (gpointer data)
{
  GtkWidget *widget = data;

  if (gtk_widget_get_root (widget) != NULL)
    gtk_widget_grab_focus (widget);
  g_object_unref (widget);
  return G_SOURCE_REMOVE;
}

gboolean
rancang_swot_editor_select_row (RancangSwotEditor *self,
                                RancangNode       *row)
{
  GtkWidget *target = NULL;

  for (guint g = 0; g < N_GROUPS && target == NULL; g++)
    for (guint i = 0; i < self->groups[g].rows->len; i++)
      {
        FactorRow *fr = g_ptr_array_index (self->groups[g].rows, i);
        if (fr->node == row)
          target = fr->bobot;
      }
  for (guint i = 0; i < self->strategies->len && target == NULL; i++)
    {
      Strategy *st = g_ptr_array_index (self->strategies, i);
      if (st->node == row)
        target = st->refs_button;
    }
  if (target == NULL)
    return FALSE;
  /* The focused widget is scrolled into view once the rows are laid out;
   * the part's own scrolling gives way to it. */
  g_clear_handle_id (&self->focus_id, g_source_remove);
  g_timeout_add (60, focus_later, g_object_ref (target));
  return TRUE;
}

RancangNode *
rancang_swot_editor_get_table (RancangSwotEditor *self)
{
  return self->focus;
}

void
rancang_swot_editor_reload (RancangSwotEditor *self)
{
  if (self->doc == NULL || self->focus == NULL)
    return;
  find_tables (self);
  rebuild (self);
}

const RancangSwot *
rancang_swot_editor_get_swot (RancangSwotEditor *self)
{
  return &self->swot;
}

GtkWidget *
rancang_swot_editor_get_widget (RancangSwotEditor *self,
                                const char        *code,
                                const char        *key)
{
  if (code == NULL)
    {
      if (g_strcmp0 (key, "ifas") == 0)
        return self->ifas_label;
      if (g_strcmp0 (key, "efas") == 0)
        return self->efas_label;
      return rancang_swot_chart_get_widget (self->chart, key);
    }
  for (guint g = 0; g < N_GROUPS; g++)
    {
      Group *group = &self->groups[g];

      if (code[0] != rancang_swot_group_letters[g])
        continue;
      if (code[1] == '\0')
        return g_strcmp0 (key, "total") == 0 ? group->skor_total
               : g_strcmp0 (key, "bobot-sum") == 0 ? group->bobot_sum : NULL;
      for (guint i = 0; i < group->rows->len; i++)
        {
          FactorRow *fr = g_ptr_array_index (group->rows, i);

          if (!g_str_equal (fr->code, code))
            continue;
          if (g_strcmp0 (key, "uraian") == 0)
            return fr->uraian;
          if (g_strcmp0 (key, "bobot") == 0)
            return fr->bobot;
          if (g_strcmp0 (key, "rating") == 0)
            return fr->rating;
          if (g_strcmp0 (key, "skor") == 0)
            return fr->skor;
          if (g_strcmp0 (key, "remove") == 0)
            {
              GtkWidget *buttons = gtk_widget_get_next_sibling (fr->skor);
              return buttons != NULL ? gtk_widget_get_last_child (buttons) : NULL;
            }
        }
    }
  return NULL;
}

/* ------------------------------------------------------------- GObject */

static void
rancang_swot_editor_dispose (GObject *object)
{
  RancangSwotEditor *self = RANCANG_SWOT_EDITOR (object);

  g_clear_handle_id (&self->focus_id, g_source_remove);
  g_clear_handle_id (&self->stale_id, g_source_remove);
  self->updating = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (object), RANCANG_TYPE_SWOT_EDITOR);
  G_OBJECT_CLASS (rancang_swot_editor_parent_class)->dispose (object);
}

static void
rancang_swot_editor_finalize (GObject *object)
{
  RancangSwotEditor *self = RANCANG_SWOT_EDITOR (object);

  for (guint i = 0; i < N_TABLES; i++)
    g_clear_pointer (&self->tables[i], rancang_table_free);
  for (guint g = 0; g < N_GROUPS; g++)
    g_clear_pointer (&self->groups[g].rows, g_ptr_array_unref);
  g_clear_pointer (&self->strategies, g_ptr_array_unref);
  g_clear_pointer (&self->stale, g_ptr_array_unref);
  g_clear_pointer (&self->templates, rancang_template_set_free);
  g_hash_table_unref (self->findings);
  G_OBJECT_CLASS (rancang_swot_editor_parent_class)->finalize (object);
}

#define BIND(name, member) \
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE, G_STRUCT_OFFSET (RancangSwotEditor, member))

static void
rancang_swot_editor_class_init (RancangSwotEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_swot_editor_dispose;
  object_class->finalize = rancang_swot_editor_finalize;
  gtk_widget_class_set_css_name (widget_class, "swoteditor");
  g_type_ensure (RANCANG_TYPE_SWOT_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-swot-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangSwotEditor, number_label);
  gtk_widget_class_bind_template_child (widget_class, RancangSwotEditor, caption_label);
  gtk_widget_class_bind_template_child (widget_class, RancangSwotEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, RancangSwotEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, RancangSwotEditor, ifas_label);
  gtk_widget_class_bind_template_child (widget_class, RancangSwotEditor, efas_label);
  gtk_widget_class_bind_template_child (widget_class, RancangSwotEditor, chart);
  BIND ("ifas_section", sections[TABLE_IFAS]);
  BIND ("efas_section", sections[TABLE_EFAS]);
  BIND ("tows_section", sections[TABLE_TOWS]);
  BIND ("ifas_missing", missing[TABLE_IFAS]);
  BIND ("efas_missing", missing[TABLE_EFAS]);
  BIND ("tows_missing", missing[TABLE_TOWS]);
  BIND ("tows_list_s", groups[GROUP_S].tows_list);
  BIND ("tows_list_w", groups[GROUP_W].tows_list);
  BIND ("tows_list_o", groups[GROUP_O].tows_list);
  BIND ("tows_list_t", groups[GROUP_T].tows_list);
  BIND ("cell_box_so", cell_boxes[CELL_SO]);
  BIND ("cell_box_wo", cell_boxes[CELL_WO]);
  BIND ("cell_box_st", cell_boxes[CELL_ST]);
  BIND ("cell_box_wt", cell_boxes[CELL_WT]);
}

#undef BIND

static void
rancang_swot_editor_init (RancangSwotEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->templates = rancang_template_set_new_builtin (NULL);
  self->findings = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->strategies = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_swot_strategy_free);
  self->stale = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->col_kuadran = self->col_refs = -1;

  /* The lists under their section's notes, the indexes below them. */
  for (guint g = GROUP_T + 1; g-- > 0;)
    gtk_box_insert_child_after (GTK_BOX (self->sections[rancang_swot_table_of_group (g)]),
                                rancang_swot_factor_list_new (self, g),
                                self->missing[rancang_swot_table_of_group (g)]);
  for (guint c = 0; c < N_CELLS; c++)
    {
      GtkWidget *title = gtk_widget_get_prev_sibling (self->cell_boxes[c]);
      g_autofree char *name = g_strdup_printf (_("Strategies %c-%c"), rancang_swot_cell_names[c][0],
                                               rancang_swot_cell_names[c][1]);

      gtk_label_set_label (GTK_LABEL (title), name);
    }
}

/* RancangPartEditor */

static gboolean
part_editor_can_show (RancangPartEditor *editor,
                      RancangNode       *part)
{
  return rancang_swot_editor_handles (part);
}

static void
part_editor_show (RancangPartEditor *editor,
                  RancangSession    *session,
                  RancangNode       *part)
{
  if (session == NULL || part == NULL)
    rancang_swot_editor_set_table (RANCANG_SWOT_EDITOR (editor), NULL, NULL, NULL);
  else
    rancang_swot_editor_set_table (RANCANG_SWOT_EDITOR (editor), rancang_session_get_history (session),
                                   rancang_session_get_document (session), part);
}

static RancangNode *
part_editor_get_part (RancangPartEditor *editor)
{
  return rancang_swot_editor_get_table (RANCANG_SWOT_EDITOR (editor));
}

static void
part_editor_reload (RancangPartEditor *editor)
{
  rancang_swot_editor_reload (RANCANG_SWOT_EDITOR (editor));
}

static gboolean
part_editor_commit (RancangPartEditor  *editor,
                    GError            **error)
{
  return rancang_swot_factor_list_commit (RANCANG_SWOT_EDITOR (editor), error);
}

static gboolean
part_editor_select (RancangPartEditor *editor,
                    RancangNode       *place,
                    const char        *key)
{
  RancangSwotEditor *self = RANCANG_SWOT_EDITOR (editor);
  RancangNode *row = place;

  while (row != NULL && !rancang_node_is (row, "row"))
    row = rancang_node_get_parent (row);
  if (row == NULL)
    return place == rancang_swot_editor_get_table (self);
  return rancang_swot_editor_select_row (self, row);
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
