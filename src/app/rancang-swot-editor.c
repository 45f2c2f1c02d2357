/* rancang-swot-editor.c: the SWOT analysis of a Renstra in one place.
 *
 * The SWOT of a Renstra is three tables of the document: IFAS (template
 * swot-ifas: Kekuatan S and Kelemahan W), EFAS (swot-efas: Peluang O and
 * Ancaman T) and the TOWS matrix (tows: one row per strategy, its quadrant
 * SO|WO|ST|WT and the factors it combines, "S1,S2,S4-O1"). Planners think
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
 * A number is stored as soon as what is typed is a number, one history
 * step per field while typing goes on; the totals the document carries
 * (skor, the TOTAL rows, FINAL SCORE) are rewritten in the same step, so an
 * edit never leaves a stated total behind that disagrees.
 *
 * A factor's code is its group letter and its number (the "no" column), as
 * the checker reads it. Moving a factor renumbers the two factors and the
 * TOWS references follow; removing one that no strategy names closes the
 * gap the same way; removing one that a strategy names keeps the numbers,
 * so that the strategy's reference stays a finding, shown in red, until the
 * planner decides what it should say.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-edit.h"
#include "rancang-format.h"
#include "rancang-numbering.h"
#include "rancang-part-editor.h"
#include "rancang-parts.h"
#include "rancang-swot-editor.h"
#include "rancang-template.h"

#ifdef RANCANG_HAVE_RENDER
# include "rancang-fonts.h"
# include "rancang-layout-chart.h"
# include "rancang-render.h"
#endif

/* The chart is laid out at this size (points) and scaled to its widget. */
#define CHART_POINTS 240.0

enum { GROUP_S, GROUP_W, GROUP_O, GROUP_T, N_GROUPS };
enum { CELL_SO, CELL_WO, CELL_ST, CELL_WT, N_CELLS };
enum { TABLE_IFAS, TABLE_EFAS, TABLE_TOWS, N_TABLES };

static const char group_letters[N_GROUPS] = { 'S', 'W', 'O', 'T' };
static const char *const template_ids[N_TABLES] = { "swot-ifas", "swot-efas", "tows" };
static const char *const cell_names[N_CELLS] = { "SO", "WO", "ST", "WT" };

typedef struct _RancangSwotEditor RancangSwotEditor;

typedef struct
{
  GtkWidget   *grid;
  GtkWidget   *bobot_sum;
  GtkWidget   *skor_total;
  GtkWidget   *weights_note;
  GtkWidget   *tows_list;       /* the factors listed in the TOWS matrix's header */
  GPtrArray   *rows;            /* FactorRow */
} Group;

typedef struct
{
  RancangSwotEditor *self;
  guint              group;
  RancangNode       *node;      /* the <row> */
  guint              row;       /* in its RancangTable */
  char              *code;      /* "S1" */
  GtkWidget         *code_label, *uraian, *bobot, *rating, *skor;
} FactorRow;

typedef struct
{
  RancangSwotEditor *self;
  RancangNode       *node;      /* the <row> of the tows table */
  guint              cell;
  GtkWidget         *box, *refs_button, *refs_label, *text, *warning;
} Strategy;

struct _RancangSwotEditor
{
  GtkBox              parent_instance;

  GtkLabel           *number_label;
  GtkLabel           *caption_label;
  GtkLabel           *message_label;
  GtkScrolledWindow  *scroller;
  GtkWidget          *sections[N_TABLES];
  GtkWidget          *missing[N_TABLES];
  GtkWidget          *ifas_label, *efas_label;
  GtkWidget          *chart;
  GtkWidget          *quadrant_label, *position_label, *advice_label;
  GtkWidget          *cell_boxes[N_CELLS];
  Group               groups[N_GROUPS];
  GPtrArray          *strategies;     /* Strategy */
  GPtrArray          *stale;          /* rows and strategies of widgets going away */
  guint               stale_id;

  RancangTemplateSet *templates;
  RancangHistory     *history;
  RancangDocument    *doc;
  RancangNode        *focus;          /* the table the window opened */
  RancangNode        *nodes[N_TABLES];
  RancangTable       *tables[N_TABLES];
  int                 col_faktor[N_TABLES], col_no[N_TABLES], col_uraian[N_TABLES];
  int                 col_bobot[N_TABLES], col_rating[N_TABLES], col_skor[N_TABLES];
  int                 col_kuadran, col_refs;
  RancangSwot         swot;
  GHashTable         *findings;       /* tows <row> -> explanation */
  gboolean            updating;       /* widgets being filled: nothing is stored */
  guint               focus_id;
  guint               focus_tries;

#ifdef RANCANG_HAVE_RENDER
  RancangFonts       *fonts;
  RancangLayout      *chart_layout;
#endif
};

static void part_editor_iface_init (RancangPartEditorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RancangSwotEditor, rancang_swot_editor, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (RANCANG_TYPE_PART_EDITOR, part_editor_iface_init))

static void rebuild (RancangSwotEditor *self);
static void refresh (RancangSwotEditor *self);

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static guint
table_of_group (guint group)
{
  return group <= GROUP_W ? TABLE_IFAS : TABLE_EFAS;
}

static int
group_of_letter (char letter)
{
  for (int g = 0; g < N_GROUPS; g++)
    if (group_letters[g] == g_ascii_toupper (letter))
      return g;
  return -1;
}

static const char *
group_title (guint group)
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

static char *
cell_content (RancangNode *row,
              const char  *key)
{
  RancangNode *cell = rancang_edit_find_cell (row, key);

  return cell != NULL ? rancang_node_dup_content (cell) : g_strdup ("");
}

/* Sets the cell KEY of ROW within the step being recorded. */
static void
set_cell (RancangSwotEditor *self,
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

gboolean
rancang_swot_editor_handles (RancangNode *table)
{
  const char *id = template_of (table);

  if (table == NULL || !rancang_node_is (table, "table") || id == NULL)
    return FALSE;
  for (guint i = 0; i < N_TABLES; i++)
    if (g_strcmp0 (id, template_ids[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The SWOT tables: the one the window opened for its kind, the first of
 * the document for the others. */
static void
find_tables (RancangSwotEditor *self)
{
  RancangNode *root = rancang_document_get_root (self->doc);

  memset (self->nodes, 0, sizeof self->nodes);
  for (guint i = 0; i < N_TABLES; i++)
    if (g_strcmp0 (template_of (self->focus), template_ids[i]) == 0)
      self->nodes[i] = self->focus;
  for (RancangNode *n = root; n != NULL; n = rancang_node_next_in_tree (n, root))
    {
      if (!rancang_node_is (n, "table"))
        continue;
      for (guint i = 0; i < N_TABLES; i++)
        if (self->nodes[i] == NULL && g_strcmp0 (template_of (n), template_ids[i]) == 0)
          self->nodes[i] = n;
    }
}

/* The tables read anew from the tree, and the summary from the checker. */
static void
compute (RancangSwotEditor *self)
{
  g_autoptr(GPtrArray) both = g_ptr_array_new ();

  for (guint i = 0; i < N_TABLES; i++)
    {
      RancangTemplate *tmpl;

      g_clear_pointer (&self->tables[i], rancang_table_free);
      if (self->nodes[i] == NULL || self->templates == NULL
          || (tmpl = rancang_template_set_lookup (self->templates, template_ids[i])) == NULL)
        continue;
      self->tables[i] = rancang_table_new (tmpl, self->nodes[i]);
      rancang_table_apply_options (self->tables[i], self->doc);
      self->col_faktor[i] = rancang_template_lookup_column (tmpl, "faktor");
      self->col_no[i] = rancang_template_lookup_column (tmpl, "no");
      self->col_uraian[i] = rancang_template_lookup_column (tmpl, "uraian");
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
static void
read_findings (RancangSwotEditor *self)
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

      if (f->kind != RANCANG_FINDING_TOWS_REF || f->row == 0
          || g_strcmp0 (f->table_id, rancang_table_get_id (tows)) != 0
          || f->row > rancang_table_get_n_rows (tows))
        continue;
      row = rancang_table_get_row_node (tows, f->row - 1);
      before = g_hash_table_lookup (self->findings, row);
      g_hash_table_insert (self->findings, row,
                           before != NULL ? g_strconcat (before, "\n", f->message, NULL) : g_strdup (f->message));
    }
}

/* Rewrites the totals the document carries (skor of each factor, the TOTAL
 * rows, FINAL SCORE) to the computed values, in the step being recorded. */
static void
sync_stated (RancangSwotEditor *self,
             guint              which)
{
  RancangTemplate *tmpl;
  g_autoptr(RancangTable) table = NULL;

  if (self->nodes[which] == NULL
      || (tmpl = rancang_template_set_lookup (self->templates, template_ids[which])) == NULL)
    return;
  table = rancang_table_new (tmpl, self->nodes[which]);
  rancang_table_apply_options (table, self->doc);
  for (guint r = 0; r < rancang_table_get_n_rows (table); r++)
    for (guint c = 0; c < rancang_template_get_n_columns (tmpl); c++)
      {
        RancangNode *row = rancang_table_get_row_node (table, r);
        const char *key = rancang_template_column_key (tmpl, c);
        RancangNode *cell = rancang_edit_find_cell (row, key);
        g_autofree char *stated = NULL;
        g_autofree char *text = NULL;
        RancangDecimal computed, typed;
        RancangValueState state;

        if (cell == NULL || !(rancang_template_column_is_derived (tmpl, c) || rancang_table_is_computed (table, r, c)))
          continue;
        stated = rancang_node_dup_content (cell);
        state = rancang_table_get_value (table, r, c, &computed);
        if (state == RANCANG_VALUE_NUMBER)
          {
            if (rancang_value_parse (stated, &typed) == RANCANG_VALUE_NUMBER && rancang_decimal_cmp (typed, computed) == 0)
              continue;
            text = rancang_decimal_to_c_string (rancang_decimal_normalize (computed));
          }
        else if (state == RANCANG_VALUE_EMPTY)
          text = g_strdup ("");
        if (text != NULL && g_strcmp0 (text, stated) != 0)
          rancang_history_set_content (self->history, cell, text);
      }
}

/* ------------------------------------------------------ TOWS references */

/* "S1,S2,S4-O1" and the source documents' "S,1,2,4-O,1": the codes named,
 * in the order S, W, O, T, each number once. */
static GPtrArray *
refs_parse (const char *refs)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  char letter = 0;

  for (const char *p = refs != NULL ? refs : ""; *p != '\0';)
    {
      if (g_ascii_isalpha (*p))
        letter = g_ascii_toupper (*p++);
      else if (g_ascii_isdigit (*p) && letter != 0)
        {
          const char *start = p;
          g_autofree char *code = NULL;

          while (g_ascii_isdigit (*p))
            p++;
          code = g_strdup_printf ("%c%.*s", letter, (int) (p - start), start);
          if (!g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
            g_ptr_array_add (codes, g_steal_pointer (&code));
        }
      else
        p++;
    }
  return codes;
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  const char *x = *(const char **) a, *y = *(const char **) b;
  int gx = group_of_letter (x[0]), gy = group_of_letter (y[0]);

  if (gx != gy)
    return gx - gy;
  return (int) (g_ascii_strtoull (x + 1, NULL, 10) - g_ascii_strtoull (y + 1, NULL, 10));
}

/* Back to the stored form: internal factors, a dash, external ones. */
static char *
refs_format (GPtrArray *codes)
{
  GString *text = g_string_new (NULL);
  gboolean internal = FALSE;

  g_ptr_array_sort (codes, compare_codes);
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      gboolean external = code[0] == 'O' || code[0] == 'T';

      if (i > 0)
        g_string_append_c (text, external && internal ? '-' : ',');
      internal = !external;
      g_string_append (text, code);
    }
  return g_string_free (text, FALSE);
}

/* Within the step being recorded: every reference renamed by MAP. */
static void
rewrite_refs (RancangSwotEditor *self,
              GHashTable        *map)
{
  RancangTable *tows = self->tables[TABLE_TOWS];

  if (tows == NULL || self->col_refs < 0 || g_hash_table_size (map) == 0)
    return;
  for (guint r = 0; r < rancang_table_get_n_rows (tows); r++)
    {
      RancangNode *row = rancang_table_get_row_node (tows, r);
      g_autofree char *refs = cell_content (row, "refs");
      g_autoptr(GPtrArray) codes = refs_parse (refs);
      g_autoptr(GPtrArray) renamed = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *text = NULL;
      gboolean changed = FALSE;

      for (guint i = 0; i < codes->len; i++)
        {
          const char *code = g_ptr_array_index (codes, i);
          const char *to = g_hash_table_lookup (map, code);

          changed |= to != NULL;
          g_ptr_array_add (renamed, g_strdup (to != NULL ? to : code));
        }
      if (!changed)
        continue;
      text = refs_format (renamed);
      set_cell (self, row, "refs", text);
    }
}

static gboolean
is_referenced (RancangSwotEditor *self,
               const char        *code)
{
  RancangTable *tows = self->tables[TABLE_TOWS];

  for (guint r = 0; tows != NULL && r < rancang_table_get_n_rows (tows); r++)
    {
      g_autofree char *refs = cell_content (rancang_table_get_row_node (tows, r), "refs");
      g_autoptr(GPtrArray) codes = refs_parse (refs);

      if (g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        return TRUE;
    }
  return FALSE;
}

/* ------------------------------------------------------------- display */

static char *
format_decimal (RancangDecimal value)
{
  char *text = rancang_format_number (value, -1);
  return text != NULL ? text : g_strdup ("?");
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
      return format_decimal (value);
    case RANCANG_VALUE_INVALID:
      return g_strdup (rancang_table_get_text (table, row, (guint) column));
    case RANCANG_VALUE_EMPTY:
    default:
      return g_strdup (RANCANG_FORMAT_EMPTY);
    }
}

/* Typed fields show what is stored, as a planner writes it: "0,3". */
static char *
typed_text (RancangTable *table,
            guint         row,
            int           column)
{
  RancangDecimal value;
  const char *raw;

  if (table == NULL || column < 0)
    return g_strdup ("");
  raw = rancang_table_get_text (table, row, (guint) column);
  if (rancang_table_get_value (table, row, (guint) column, &value) == RANCANG_VALUE_NUMBER)
    return format_decimal (value);
  return g_strdup (raw != NULL ? raw : "");
}

/* An entry's focus is on its text inside it. */
static gboolean
focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
set_entry_text (RancangSwotEditor *self,
                GtkWidget         *entry,
                const char        *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) == 0)
    return;
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  self->updating = FALSE;
}

#ifdef RANCANG_HAVE_RENDER
static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  RancangSwotEditor *self = data;
  RancangPage *page;
  double scale;

  if (self->chart_layout == NULL)
    return;
  page = rancang_layout_get_page (self->chart_layout, 0);
  scale = MIN (width / page->width, height / page->height);
  cairo_translate (cr, (width - page->width * scale) / 2, (height - page->height * scale) / 2);
  cairo_scale (cr, scale, scale);
  rancang_render_cairo_page (self->chart_layout, self->fonts, 0, cr);
}
#endif

static void
update_chart (RancangSwotEditor *self)
{
#ifdef RANCANG_HAVE_RENDER
  g_clear_pointer (&self->chart_layout, rancang_layout_free);
  if (self->fonts == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->fonts = rancang_fonts_new (&error);
      if (self->fonts == NULL)
        g_warning ("The SWOT chart cannot be drawn: %s", error->message);
    }
  if (self->fonts != NULL && self->swot.quadrant != 0)
    self->chart_layout = rancang_layout_swot_chart (self->fonts, &self->swot, CHART_POINTS);
  gtk_widget_set_visible (self->chart, self->chart_layout != NULL);
  gtk_widget_queue_draw (self->chart);
#else
  gtk_widget_set_visible (self->chart, FALSE);
#endif
}

static void
update_summary (RancangSwotEditor *self)
{
  const RancangSwot *s = &self->swot;

  if (s->have_ifas)
    {
      g_autofree char *plus = format_decimal (s->total_s);
      g_autofree char *minus = format_decimal (s->total_w);
      g_autofree char *value = format_decimal (s->ifas);
      g_autofree char *text = g_strdup_printf (_("IFAS = total S − total W = %s − %s = <b>%s</b>"), plus, minus, value);
      gtk_label_set_markup (GTK_LABEL (self->ifas_label), text);
      g_object_set_data_full (G_OBJECT (self->ifas_label), "value", g_steal_pointer (&value), g_free);
    }
  if (s->have_efas)
    {
      g_autofree char *plus = format_decimal (s->total_o);
      g_autofree char *minus = format_decimal (s->total_t);
      g_autofree char *value = format_decimal (s->efas);
      g_autofree char *text = g_strdup_printf (_("EFAS = total O − total T = %s − %s = <b>%s</b>"), plus, minus, value);
      gtk_label_set_markup (GTK_LABEL (self->efas_label), text);
      g_object_set_data_full (G_OBJECT (self->efas_label), "value", g_steal_pointer (&value), g_free);
    }

  if (s->quadrant != 0)
    {
      g_autofree char *roman = rancang_format_roman ((int) s->quadrant, TRUE);
      g_autofree char *x = format_decimal (s->ifas);
      g_autofree char *y = format_decimal (s->efas);
      g_autofree char *quadrant = g_strdup_printf (_("Quadrant %s (%s): %s"), roman, s->combination, s->strategy);
      g_autofree char *position = g_strdup_printf (_("X = IFAS = %s; Y = EFAS = %s"), x, y);

      gtk_label_set_label (GTK_LABEL (self->quadrant_label), quadrant);
      gtk_label_set_label (GTK_LABEL (self->position_label), position);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (self->quadrant_label), _("No quadrant yet"));
      gtk_label_set_label (GTK_LABEL (self->position_label),
                           _("The quadrant needs both an IFAS and an EFAS table with factors."));
    }

  /* The strategies the quadrant recommends: those of its TOWS cell. */
  {
    GString *advice = g_string_new (NULL);
    g_autofree char *cell = NULL;

    if (s->quadrant != 0)
      {
        cell = g_strdup (s->combination);
        memmove (cell + 1, cell + 2, strlen (cell + 2) + 1);   /* "S-O" -> "SO" */
        for (guint i = 0; i < self->strategies->len; i++)
          {
            Strategy *st = g_ptr_array_index (self->strategies, i);
            g_autofree char *text = cell_content (st->node, "uraian");
            g_autofree char *escaped = g_markup_escape_text (text, -1);

            if (g_strcmp0 (cell_names[st->cell], cell) == 0 && !is_blank (text))
              g_string_append_printf (advice, "%s• %s", advice->len > 0 ? "\n" : "", escaped);
          }
      }
    if (advice->len > 0)
      {
        g_autofree char *head = g_strdup_printf (_("<b>Recommended strategies (%s)</b>"), s->combination);
        g_string_prepend (advice, "\n");
        g_string_prepend (advice, head);
      }
    gtk_label_set_markup (GTK_LABEL (self->advice_label), advice->str);
    gtk_widget_set_visible (self->advice_label, advice->len > 0);
    g_string_free (advice, TRUE);
  }
}

static void
update_group (RancangSwotEditor *self,
              guint              g)
{
  Group *group = &self->groups[g];
  guint which = table_of_group (g);
  RancangTable *table = self->tables[which];
  char letter[2] = { group_letters[g], '\0' };
  RancangDecimal sum, total;
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < group->rows->len; i++)
    {
      FactorRow *fr = g_ptr_array_index (group->rows, i);
      g_autofree char *skor = format_value (table, fr->row, self->col_skor[which]);
      g_autofree char *uraian = cell_content (fr->node, "uraian");
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
      g_autofree char *text = format_decimal (sum);
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
      g_autofree char *text = format_decimal (total);
      gtk_label_set_label (GTK_LABEL (group->skor_total), text);
    }
  else
    gtk_label_set_label (GTK_LABEL (group->skor_total), RANCANG_FORMAT_EMPTY);
}

static void
update_strategy (RancangSwotEditor *self,
                 Strategy          *st)
{
  g_autofree char *refs = cell_content (st->node, "refs");
  g_autoptr(GPtrArray) codes = refs_parse (refs);
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

/* Everything computed, shown anew; typed fields that have the focus keep
 * what is being typed. */
static void
refresh (RancangSwotEditor *self)
{
  compute (self);
  for (guint g = 0; g < N_GROUPS; g++)
    {
      Group *group = &self->groups[g];
      guint which = table_of_group (g);

      for (guint i = 0; i < group->rows->len; i++)
        {
          FactorRow *fr = g_ptr_array_index (group->rows, i);
          GtkWidget *entries[] = { fr->bobot, fr->rating };
          int columns[] = { self->col_bobot[which], self->col_rating[which] };

          for (guint e = 0; e < G_N_ELEMENTS (entries); e++)
            if (!focus_within (entries[e]) && !gtk_widget_has_css_class (entries[e], "error"))
              {
                g_autofree char *text = typed_text (self->tables[which], fr->row, columns[e]);
                set_entry_text (self, entries[e], text);
              }
        }
      update_group (self, g);
    }
  for (guint i = 0; i < self->strategies->len; i++)
    update_strategy (self, g_ptr_array_index (self->strategies, i));
  update_summary (self);
  update_chart (self);
}

/* --------------------------------------------------------------- edits */

static void
begin (RancangSwotEditor *self,
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
static void
end_structural (RancangSwotEditor *self,
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

static void
on_uraian_changed (GtkEditable *editable,
                   FactorRow   *fr)
{
  RancangSwotEditor *self = fr->self;
  g_autofree char *key = NULL;

  if (self->updating || self->history == NULL)
    return;
  {
    g_autofree char *current = cell_content (fr->node, "uraian");
    if (g_str_equal (current, gtk_editable_get_text (editable)))
      return;
  }
  key = g_strdup_printf ("swot:%p:uraian", (void *) fr->node);
  begin (self, _("Typing"), key);
  set_cell (self, fr->node, "uraian", gtk_editable_get_text (editable));
  rancang_history_end (self->history);
  /* The tables point into the tree: read anew after any change. */
  compute (self);
  update_group (self, fr->group);
  update_summary (self);
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
  if (!leaving && is_blank (gtk_editable_get_text (editable)))
    return;
  if (!rancang_parse_number (gtk_editable_get_text (editable), RANCANG_NUMBERS_AUTO, &parsed, &error)
      || (parsed.kind == RANCANG_PARSED_NUMBER
          && (stored = rancang_decimal_to_c_string (rancang_decimal_normalize (parsed.value))) == NULL))
    {
      g_autofree char *reason = g_strdup_printf (_("“%s” is not kept: %s"), gtk_editable_get_text (editable),
                                                 error != NULL ? error->message : _("the number is too large"));
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
    g_autofree char *current = cell_content (fr->node, field);
    if (g_str_equal (current, stored))
      return;
  }

  key = g_strdup_printf ("swot:%p:%s", (void *) fr->node, field);
  begin (self, g_str_equal (field, "bobot") ? _("Change Weight") : _("Change Rating"), key);
  set_cell (self, fr->node, field, stored);
  sync_stated (self, table_of_group (fr->group));
  rancang_history_end (self->history);
  refresh (self);
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
  guint which = table_of_group (fr->group);
  const char *field = g_object_get_data (G_OBJECT (entry), "swot-key");
  g_autofree char *text = NULL;

  if (self->updating || self->tables[which] == NULL)
    return;
  if (is_blank (gtk_editable_get_text (GTK_EDITABLE (entry))))
    commit_number (GTK_EDITABLE (entry), fr, TRUE);
  gtk_widget_remove_css_class (entry, "error");
  gtk_widget_set_tooltip_text (entry, NULL);
  text = typed_text (self->tables[which], fr->row,
                     g_str_equal (field, "bobot") ? self->col_bobot[which] : self->col_rating[which]);
  set_entry_text (self, entry, text);
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
  guint which = table_of_group (g);
  RancangTable *table = self->tables[which];
  Group *group = &self->groups[g];
  char own = group_letters[g];
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

static void
add_factor (GtkButton         *button,
            RancangSwotEditor *self)
{
  guint g = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "group"));
  guint which = table_of_group (g);
  Group *group = &self->groups[g];
  RancangNode *row, *before;
  int next = 0;
  char letter[2] = { group_letters[g], '\0' };
  g_autofree char *number = NULL;
  g_autofree char *code = NULL;

  if (self->nodes[which] == NULL || self->history == NULL)
    return;
  for (guint i = 0; i < group->rows->len; i++)
    next = MAX (next, factor_number (g_ptr_array_index (group->rows, i)));
  number = g_strdup_printf ("%d", next + 1);
  code = g_strdup_printf ("%c%d", group_letters[g], next + 1);

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
  begin (self, _("Add Factor"), NULL);
  rancang_history_insert (self->history, self->nodes[which], before, row);
  sync_stated (self, which);
  /* The new factor's text is where typing goes. */
  end_structural (self, code);
}

static void
remove_factor (GtkButton *button,
               FactorRow *fr)
{
  RancangSwotEditor *self = fr->self;
  Group *group = &self->groups[fr->group];
  guint which = table_of_group (fr->group);
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gboolean keep_numbers = is_referenced (self, fr->code);

  begin (self, _("Remove Factor"), NULL);
  if (!keep_numbers)
    {
      /* The factors after it move up one number, and their references too. */
      gboolean after = FALSE;
      for (guint i = 0; i < group->rows->len; i++)
        {
          FactorRow *other = g_ptr_array_index (group->rows, i);
          int n = factor_number (other);
          g_autofree char *number = NULL;

          if (other == fr)
            {
              after = TRUE;
              continue;
            }
          if (!after || n <= factor_number (fr))
            continue;
          number = g_strdup_printf ("%d", n - 1);
          set_cell (self, other->node, "no", number);
          g_hash_table_insert (map, g_strdup (other->code), g_strdup_printf ("%c%d", group_letters[fr->group], n - 1));
        }
      rewrite_refs (self, map);
    }
  rancang_history_remove (self->history, fr->node);
  sync_stated (self, which);
  end_structural (self, NULL);
}

/* Swaps a factor with its neighbour in the list: places, numbers and the
 * TOWS references, so that every strategy still names the same factors. */
static void
move_factor (GtkButton *button,
             FactorRow *fr)
{
  RancangSwotEditor *self = fr->self;
  Group *group = &self->groups[fr->group];
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));
  guint index;
  FactorRow *other;
  g_autoptr(GHashTable) map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *mine = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *code = g_strdup (fr->code);

  if (!g_ptr_array_find (group->rows, fr, &index) || (int) index + delta < 0
      || (int) index + delta >= (int) group->rows->len)
    return;
  other = g_ptr_array_index (group->rows, index + delta);
  mine = cell_content (fr->node, "no");
  theirs = cell_content (other->node, "no");

  begin (self, _("Move Factor"), NULL);
  if (delta < 0)
    rancang_history_move (self->history, fr->node, rancang_node_get_parent (fr->node), other->node);
  else
    rancang_history_move (self->history, other->node, rancang_node_get_parent (fr->node), fr->node);
  if (!is_blank (mine) && !is_blank (theirs))
    {
      set_cell (self, fr->node, "no", theirs);
      set_cell (self, other->node, "no", mine);
      g_hash_table_insert (map, g_strdup (fr->code), g_strdup (other->code));
      g_hash_table_insert (map, g_strdup (other->code), g_strdup (fr->code));
      rewrite_refs (self, map);
      g_free (code);
      code = g_strdup (other->code);
    }
  end_structural (self, code);
}

/* ------------------------------------------------------------- strategies */

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
    g_autofree char *current = cell_content (st->node, "uraian");
    if (g_str_equal (current, text))
      return;
  }
  key = g_strdup_printf ("swot:%p:uraian", (void *) st->node);
  begin (self, _("Typing"), key);
  set_cell (self, st->node, "uraian", text);
  rancang_history_end (self->history);
  compute (self);
  update_summary (self);
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
  text = refs_format (codes);

  begin (self, _("Change Factors of Strategy"), NULL);
  set_cell (self, st->node, "refs", text);
  rancang_history_end (self->history);
  rancang_history_break_merge (self->history);
  compute (self);
  read_findings (self);
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
  g_autofree char *refs = cell_content (st->node, "refs");
  g_autoptr(GPtrArray) codes = refs_parse (refs);
  guint sides[2] = { st->cell == CELL_SO || st->cell == CELL_ST ? GROUP_S : GROUP_W,
                     st->cell == CELL_SO || st->cell == CELL_WO ? GROUP_O : GROUP_T };

  self->updating = TRUE;
  for (guint s = 0; s < 2; s++)
    {
      Group *group = &self->groups[sides[s]];
      GtkWidget *heading = gtk_label_new (group_title (sides[s]));

      gtk_widget_add_css_class (heading, "heading");
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      if (s > 0)
        gtk_widget_set_margin_top (heading, 6);
      gtk_box_append (GTK_BOX (list), heading);
      for (guint i = 0; i < group->rows->len; i++)
        {
          FactorRow *fr = g_ptr_array_index (group->rows, i);
          g_autofree char *text = cell_content (fr->node, "uraian");
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

  begin (self, _("Remove Strategy"), NULL);
  rancang_history_remove (self->history, st->node);
  end_structural (self, NULL);
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
        if (g_str_equal (kuadran, cell_names[c]))
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
  rancang_node_set_content (node, cell_names[cell]);
  rancang_node_append_child (row, node);
  begin (self, _("Add Strategy"), NULL);
  rancang_history_insert (self->history, self->nodes[TABLE_TOWS], before, row);
  end_structural (self, NULL);

  for (guint i = 0; i < self->strategies->len; i++)
    {
      Strategy *st = g_ptr_array_index (self->strategies, i);
      if (st->node == row)
        gtk_widget_grab_focus (st->text);
    }
}

/* ------------------------------------------------------------- building */

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  return button;
}

/* A flat button with a plus and its words: adds a row to a list. */
static GtkWidget *
add_button (const char *mnemonic)
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

static GtkWidget *
cell_label (const char *text,
            float       xalign,
            const char *css)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css != NULL)
    gtk_widget_add_css_class (label, css);
  return label;
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

static void
factor_row_free (FactorRow *fr)
{
  g_free (fr->code);
  g_free (fr);
}

static void
strategy_free (Strategy *st)
{
  g_free (st);
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

static void
retire (RancangSwotEditor *self,
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

static void
clear_grid (GtkWidget *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (grid)) != NULL)
    gtk_grid_remove (GTK_GRID (grid), child);
}

static void
build_group (RancangSwotEditor *self,
             guint              g)
{
  Group *group = &self->groups[g];
  guint which = table_of_group (g);
  RancangTable *table = self->tables[which];
  GtkGrid *grid = GTK_GRID (group->grid);
  guint count = 0;
  int y = 1;
  GtkWidget *add, *total;

  clear_grid (group->grid);
  retire (self, group->rows, (GDestroyNotify) factor_row_free);

  {
    GtkWidget *no = cell_label (_("No"), 0.5f, "swot-head");
    gtk_label_set_width_chars (GTK_LABEL (no), 3);
    gtk_grid_attach (grid, no, 0, 0, 1, 1);
  }
  gtk_grid_attach (grid, cell_label (group_title (g), 0.0f, "swot-head"), 1, 0, 1, 1);
  gtk_grid_attach (grid, cell_label (_("Weight"), 1.0f, "swot-head"), 2, 0, 1, 1);
  gtk_grid_attach (grid, cell_label (_("Rating"), 1.0f, "swot-head"), 3, 0, 1, 1);
  gtk_grid_attach (grid, cell_label (_("Score"), 1.0f, "swot-head"), 4, 0, 1, 1);

  for (guint r = 0; table != NULL && r < rancang_table_get_n_rows (table); r++)
    {
      const char *f = rancang_table_get_text (table, r, (guint) self->col_faktor[which]);
      const char *no = self->col_no[which] >= 0 ? rancang_table_get_text (table, r, (guint) self->col_no[which]) : NULL;
      g_autofree char *letter = g_strstrip (g_ascii_strup (f != NULL ? f : "", -1));
      g_autofree char *uraian = NULL;
      g_autofree char *stripped = NULL;
      FactorRow *fr;
      GtkWidget *buttons, *button;

      if (rancang_table_get_level (table, r) == RANCANG_LEVEL_TOTAL || letter[0] != group_letters[g])
        continue;
      count++;
      fr = g_new0 (FactorRow, 1);
      fr->self = self;
      fr->group = g;
      fr->row = r;
      fr->node = rancang_table_get_row_node (table, r);
      stripped = g_strstrip (g_strdup (no != NULL ? no : ""));
      fr->code = is_blank (stripped) ? g_strdup_printf ("%c%u", group_letters[g], count)
                                     : g_strdup_printf ("%c%s", group_letters[g], stripped);
      g_ptr_array_add (group->rows, fr);

      fr->code_label = cell_label (fr->code, 0.5f, "swot-code");
      gtk_label_set_width_chars (GTK_LABEL (fr->code_label), 3);
      fr->uraian = gtk_entry_new ();
      uraian = cell_content (fr->node, "uraian");
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
      fr->skor = cell_label ("", 1.0f, "swot-derived");
      gtk_label_set_width_chars (GTK_LABEL (fr->skor), 5);
      g_object_set_data (G_OBJECT (fr->skor), "factor", fr);
      g_object_set_data (G_OBJECT (fr->skor), "swot-key", (gpointer) "skor");
      {
        g_autofree char *b = typed_text (table, r, self->col_bobot[which]);
        g_autofree char *t = typed_text (table, r, self->col_rating[which]);
        set_entry_text (self, fr->bobot, b);
        set_entry_text (self, fr->rating, t);
      }

      buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      button = icon_button ("go-up-symbolic", _("Move up"));
      g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (-1));
      gtk_widget_set_sensitive (button, count > 1);
      g_signal_connect (button, "clicked", G_CALLBACK (move_factor), fr);
      gtk_box_append (GTK_BOX (buttons), button);
      button = icon_button ("go-down-symbolic", _("Move down"));
      g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (1));
      g_signal_connect (button, "clicked", G_CALLBACK (move_factor), fr);
      gtk_box_append (GTK_BOX (buttons), button);
      g_object_set_data (G_OBJECT (fr->uraian), "down-button", button);
      button = icon_button ("user-trash-symbolic", _("Remove this factor"));
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

  total = cell_label (_("Total"), 1.0f, "swot-total");
  gtk_grid_attach (grid, total, 1, y, 1, 1);
  gtk_widget_set_halign (total, GTK_ALIGN_END);
  group->bobot_sum = cell_label ("", 1.0f, "swot-total");
  group->skor_total = cell_label ("", 1.0f, "swot-total");
  gtk_grid_attach (grid, group->bobot_sum, 2, y, 1, 1);
  gtk_grid_attach (grid, group->skor_total, 4, y, 1, 1);
  y++;
  group->weights_note = cell_label ("", 1.0f, "error");
  gtk_label_set_wrap (GTK_LABEL (group->weights_note), TRUE);
  gtk_grid_attach (grid, group->weights_note, 1, y, 4, 1);
  gtk_widget_set_visible (group->weights_note, FALSE);
  y++;

  add = add_button (_("_Add Factor"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (add), "group", GUINT_TO_POINTER (g));
  g_signal_connect (add, "clicked", G_CALLBACK (add_factor), self);
  gtk_grid_attach (grid, add, 1, y, 1, 1);
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
  g_autofree char *text = cell_content (node, "uraian");

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
  remove = icon_button ("user-trash-symbolic", _("Remove this strategy"));
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

  st->warning = cell_label ("", 0.0f, "error");
  gtk_label_set_wrap (GTK_LABEL (st->warning), TRUE);
  gtk_widget_set_visible (st->warning, FALSE);
  gtk_box_append (GTK_BOX (st->box), st->warning);
  return st->box;
}

static void
build_tows (RancangSwotEditor *self)
{
  RancangTable *tows = self->tables[TABLE_TOWS];

  for (guint c = 0; c < N_CELLS; c++)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (self->cell_boxes[c])) != NULL)
        gtk_box_remove (GTK_BOX (self->cell_boxes[c]), child);
    }
  retire (self, self->strategies, (GDestroyNotify) strategy_free);
  for (guint c = 0; c < N_CELLS; c++)
    {
      GtkWidget *add;

      for (guint r = 0; tows != NULL && r < rancang_table_get_n_rows (tows); r++)
        {
          const char *k = rancang_table_get_text (tows, r, (guint) self->col_kuadran);
          g_autofree char *kuadran = g_strstrip (g_ascii_strup (k != NULL ? k : "", -1));

          if (rancang_table_get_level (tows, r) != RANCANG_LEVEL_TOTAL && g_str_equal (kuadran, cell_names[c]))
            gtk_box_append (GTK_BOX (self->cell_boxes[c]),
                            build_strategy (self, rancang_table_get_row_node (tows, r), c));
        }
      add = add_button (_("Add _Strategy"));
      gtk_widget_set_halign (add, GTK_ALIGN_START);
      g_object_set_data (G_OBJECT (add), "cell", GUINT_TO_POINTER (c));
      g_signal_connect (add, "clicked", G_CALLBACK (add_strategy), self);
      gtk_box_append (GTK_BOX (self->cell_boxes[c]), add);
    }
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
  compute (self);
  read_findings (self);
  self->updating = TRUE;
  for (guint g = 0; g < N_GROUPS; g++)
    build_group (self, g);
  build_tows (self);
  for (guint i = 0; i < N_TABLES; i++)
    gtk_widget_set_visible (self->missing[i], self->nodes[i] == NULL);
  /* Without its table a group has nothing to list or add to. */
  for (guint g = 0; g < N_GROUPS; g++)
    gtk_widget_set_visible (self->groups[g].grid, self->nodes[table_of_group (g)] != NULL);
  gtk_widget_set_visible (self->ifas_label, self->nodes[TABLE_IFAS] != NULL);
  gtk_widget_set_visible (self->efas_label, self->nodes[TABLE_EFAS] != NULL);
  gtk_widget_set_visible (gtk_widget_get_next_sibling (self->missing[TABLE_TOWS]), self->nodes[TABLE_TOWS] != NULL);
  self->updating = FALSE;
  update_heading (self);
  refresh (self);
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
        {
          clear_grid (self->groups[g].grid);
          retire (self, self->groups[g].rows, (GDestroyNotify) factor_row_free);
        }
      for (guint c = 0; c < N_CELLS; c++)
        {
          GtkWidget *child;
          while ((child = gtk_widget_get_first_child (self->cell_boxes[c])) != NULL)
            gtk_box_remove (GTK_BOX (self->cell_boxes[c]), child);
        }
      retire (self, self->strategies, (GDestroyNotify) strategy_free);
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
      if (g_strcmp0 (key, "quadrant") == 0)
        return self->quadrant_label;
      if (g_strcmp0 (key, "position") == 0)
        return self->position_label;
      if (g_strcmp0 (key, "chart") == 0)
        return self->chart;
      return NULL;
    }
  for (guint g = 0; g < N_GROUPS; g++)
    {
      Group *group = &self->groups[g];

      if (code[0] != group_letters[g])
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

static GtkWidget *
section (RancangSwotEditor *self,
         guint              which,
         const char        *title,
         const char        *explanation)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = cell_label (title, 0.0f, "title-4");
  GtkWidget *note = cell_label (explanation, 0.0f, "dim-label");

  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), note);
  self->missing[which] = cell_label (_("The document has no such table yet; add it in its section "
                                       "with the template named above."), 0.0f, "error");
  gtk_label_set_wrap (GTK_LABEL (self->missing[which]), TRUE);
  gtk_box_append (GTK_BOX (box), self->missing[which]);
  self->sections[which] = box;
  return box;
}

static GtkWidget *
group_grid (RancangSwotEditor *self,
            guint              g)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_widget_add_css_class (grid, "swot-group");
  self->groups[g].grid = grid;
  self->groups[g].rows = g_ptr_array_new_with_free_func ((GDestroyNotify) factor_row_free);
  return grid;
}

static GtkWidget *
tows_header (RancangSwotEditor *self,
             guint              g)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = cell_label (group_title (g), 0.0f, "heading");
  GtkWidget *list = cell_label ("", 0.0f, "swot-factor-list");

  gtk_label_set_wrap (GTK_LABEL (list), TRUE);
  gtk_label_set_lines (GTK_LABEL (list), 8);
  gtk_label_set_ellipsize (GTK_LABEL (list), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (list), 20);
  gtk_widget_add_css_class (box, "swot-tows-head");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), list);
  self->groups[g].tows_list = list;
  return box;
}

static void
rancang_swot_editor_dispose (GObject *object)
{
  RancangSwotEditor *self = RANCANG_SWOT_EDITOR (object);

  g_clear_handle_id (&self->focus_id, g_source_remove);
  g_clear_handle_id (&self->stale_id, g_source_remove);
  self->updating = TRUE;
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
#ifdef RANCANG_HAVE_RENDER
  g_clear_pointer (&self->chart_layout, rancang_layout_free);
  g_clear_pointer (&self->fonts, rancang_fonts_free);
#endif
  G_OBJECT_CLASS (rancang_swot_editor_parent_class)->finalize (object);
}

static void
rancang_swot_editor_class_init (RancangSwotEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rancang_swot_editor_dispose;
  object_class->finalize = rancang_swot_editor_finalize;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "swoteditor");
}

static void
rancang_swot_editor_init (RancangSwotEditor *self)
{
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *box, *grid, *corner;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "swot-editor");
  self->templates = rancang_template_set_new_builtin (NULL);
  self->findings = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->strategies = g_ptr_array_new_with_free_func ((GDestroyNotify) strategy_free);
  self->stale = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->col_kuadran = self->col_refs = -1;

  /* The heading: the table the window opened. */
  self->number_label = GTK_LABEL (cell_label (NULL, 0.0f, "part-number-big"));
  self->caption_label = GTK_LABEL (cell_label (NULL, 0.0f, "heading"));
  self->message_label = GTK_LABEL (cell_label (NULL, 0.0f, "error"));
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), FALSE);
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->number_label));
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->caption_label));
  gtk_box_append (GTK_BOX (heading), cell_label (_("The SWOT analysis: the tables IFAS, EFAS and TOWS edited "
                                                   "together. Numbers are typed as in print (0,3)."),
                                                 0.0f, "dim-label"));
  gtk_box_append (GTK_BOX (heading), GTK_WIDGET (self->message_label));
  gtk_widget_set_margin_start (heading, 12);
  gtk_widget_set_margin_end (heading, 12);
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_set_margin_bottom (heading, 6);
  gtk_box_append (GTK_BOX (self), heading);

  /* IFAS: strengths and weaknesses. */
  box = section (self, TABLE_IFAS, _("Internal Factors (IFAS)"),
                 _("Each factor’s score is its weight times its rating; IFAS is the strengths’ total "
                   "minus the weaknesses’."));
  gtk_box_append (GTK_BOX (box), group_grid (self, GROUP_S));
  gtk_box_append (GTK_BOX (box), group_grid (self, GROUP_W));
  self->ifas_label = cell_label ("", 0.0f, "swot-index");
  gtk_box_append (GTK_BOX (box), self->ifas_label);
  gtk_box_append (GTK_BOX (content), box);

  /* EFAS: opportunities and threats. */
  box = section (self, TABLE_EFAS, _("External Factors (EFAS)"),
                 _("EFAS is the opportunities’ total minus the threats’."));
  gtk_box_append (GTK_BOX (box), group_grid (self, GROUP_O));
  gtk_box_append (GTK_BOX (box), group_grid (self, GROUP_T));
  self->efas_label = cell_label ("", 0.0f, "swot-index");
  gtk_box_append (GTK_BOX (box), self->efas_label);
  gtk_box_append (GTK_BOX (content), box);

  /* TOWS: strengths and weaknesses across, opportunities and threats down. */
  box = section (self, TABLE_TOWS, _("TOWS Matrix"),
                 _("Each cell holds the strategies that combine its factors; choose the factors a "
                   "strategy names with the button above its text."));
  grid = gtk_grid_new ();
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), FALSE);
  gtk_widget_add_css_class (grid, "swot-tows");
  corner = cell_label (_("TOWS MATRIX"), 0.5f, "swot-tows-corner");
  gtk_grid_attach (GTK_GRID (grid), corner, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), tows_header (self, GROUP_S), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), tows_header (self, GROUP_W), 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), tows_header (self, GROUP_O), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), tows_header (self, GROUP_T), 0, 2, 1, 1);
  for (guint c = 0; c < N_CELLS; c++)
    {
      GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      g_autofree char *name = g_strdup_printf (_("Strategies %c-%c"), cell_names[c][0], cell_names[c][1]);
      GtkWidget *title = cell_label (name, 0.0f, "swot-cell-title");

      gtk_widget_add_css_class (cell, "swot-tows-cell");
      gtk_widget_set_hexpand (cell, TRUE);
      self->cell_boxes[c] = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      gtk_box_append (GTK_BOX (cell), title);
      gtk_box_append (GTK_BOX (cell), self->cell_boxes[c]);
      gtk_grid_attach (GTK_GRID (grid), cell, 1 + (int) (c % 2), 1 + (int) (c / 2), 1, 1);
    }
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (content), box);

  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (self->scroller, content);
  gtk_widget_set_hexpand (GTK_WIDGET (self->scroller), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), TRUE);
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->scroller));

  /* Beside the lists: the quadrant, always in view. */
  self->chart = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->chart), 280);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->chart),
                                       (int) (280 * (CHART_POINTS + 36) / CHART_POINTS));
#ifdef RANCANG_HAVE_RENDER
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
#endif
  gtk_widget_add_css_class (self->chart, "swot-chart");
  self->quadrant_label = cell_label ("", 0.0f, "swot-quadrant");
  self->position_label = cell_label ("", 0.0f, NULL);
  self->advice_label = cell_label ("", 0.0f, "swot-advice");
  gtk_label_set_wrap (GTK_LABEL (self->quadrant_label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (self->position_label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (self->advice_label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->advice_label), 36);
  gtk_box_append (GTK_BOX (side), cell_label (_("Strategy Quadrant"), 0.0f, "heading"));
  gtk_box_append (GTK_BOX (side), self->chart);
  gtk_box_append (GTK_BOX (side), self->quadrant_label);
  gtk_box_append (GTK_BOX (side), self->position_label);
  gtk_box_append (GTK_BOX (side), self->advice_label);
  gtk_widget_add_css_class (side, "swot-side");
  gtk_widget_set_size_request (side, 300, -1);
  {
    GtkWidget *side_scroller = gtk_scrolled_window_new ();
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (side_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (side_scroller), side);
    gtk_box_append (GTK_BOX (body), side_scroller);
  }
  gtk_widget_set_vexpand (body, TRUE);
  gtk_box_append (GTK_BOX (self), body);
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

/* Uraian and strategies are kept as they are typed, and so is a bobot or
 * rating once it is a number; what is left is a field being typed that is
 * empty (kept as empty when left) or no number (refused). */
static gboolean
part_editor_commit (RancangPartEditor  *editor,
                    GError            **error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (editor));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *entry = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;
  FactorRow *fr = entry != NULL ? g_object_get_data (G_OBJECT (entry), "factor") : NULL;

  if (fr == NULL || fr->self != RANCANG_SWOT_EDITOR (editor)
      || g_object_get_data (G_OBJECT (entry), "swot-key") == NULL)
    return TRUE;
  /* A number in the field is in the tree already (or the tree changed
   * under it, by an undo): only an emptied field is left to keep. */
  if (is_blank (gtk_editable_get_text (GTK_EDITABLE (entry))))
    commit_number (GTK_EDITABLE (entry), fr, TRUE);
  if (gtk_widget_has_css_class (entry, "error"))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, gtk_widget_get_tooltip_text (entry));
      return FALSE;
    }
  return TRUE;
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
