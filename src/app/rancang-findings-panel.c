/* rancang-findings-panel.c: what is wrong in the tables, grouped by table.
 * See rancang-findings-panel.h. */
#include "rancang-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rancang-check.h"
#include "rancang-decimal.h"
#include "rancang-findings-panel.h"
#include "rancang-format.h"
#include "rancang-numbering.h"

/* ------------------------------------------------------------------ the report */

typedef struct
{
  RancangFindingKind  kind;
  gboolean            note;
  char               *table_id;
  char               *kode;      /* the row's kode, or "#n" */
  guint               row;
  char               *column;    /* key */
  char               *place;     /* what the reader sees: the kode, or the row's uraian */
  char               *column_title;
  char               *detail;
} Entry;

typedef struct
{
  char      *title;     /* "Tabel 2.5" or the table's id */
  char      *caption;
  GPtrArray *entries;   /* of Entry, findings then notes */

  /* while the report is made: the table, its rows and template */
  RancangNode     *table;
  GPtrArray       *rows;
  GHashTable      *by_kode;
  RancangTemplate *tmpl;
  GPtrArray       *notes;
} Group;

struct _RancangFindingsReport
{
  GPtrArray *groups;    /* of Group, in document order */
  char      *signature; /* all of it as text: an unchanged report is not shown again */
  guint      n_errors;
  guint      n_notes;
};

static void
entry_free (Entry *e)
{
  g_free (e->table_id);
  g_free (e->kode);
  g_free (e->column);
  g_free (e->place);
  g_free (e->column_title);
  g_free (e->detail);
  g_free (e);
}

static void
group_free (Group *g)
{
  g_free (g->title);
  g_free (g->caption);
  g_ptr_array_unref (g->entries);
  g_clear_pointer (&g->rows, g_ptr_array_unref);
  g_clear_pointer (&g->by_kode, g_hash_table_unref);
  g_clear_pointer (&g->tmpl, rancang_template_unref);
  g_clear_pointer (&g->notes, g_ptr_array_unref);
  g_free (g);
}

void
rancang_findings_report_free (RancangFindingsReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->groups);
  g_free (report->signature);
  g_free (report);
}

guint
rancang_findings_report_n_errors (const RancangFindingsReport *report)
{
  return report ? report->n_errors : 0;
}

guint
rancang_findings_report_n_notes (const RancangFindingsReport *report)
{
  return report ? report->n_notes : 0;
}

char *
rancang_report_format_value (const char *value)
{
  RancangDecimal d;

  if (value == NULL)
    return g_strdup ("");
  if (rancang_decimal_parse_c (value, &d))
    {
      char *text = rancang_format_number (d, -1);
      if (text != NULL)
        return text;
    }
  return g_strdup (value);
}

/* Text in a number column that is meant as text: it has a word in it
 * ("12 unit kendaraan ...", "BB"), not only digits and stray marks. */
static gboolean
is_meant_as_text (const char *stated)
{
  for (const char *p = stated; p != NULL && *p && p[1]; p++)
    if (g_ascii_isalpha (p[0]) && g_ascii_isalpha (p[1]))
      return TRUE;
  return FALSE;
}

static char *
describe (const RancangFinding *f)
{
  g_autofree char *stated = rancang_report_format_value (f->stated);
  g_autofree char *computed = rancang_report_format_value (f->computed);

  switch (f->kind)
    {
    case RANCANG_FINDING_MISMATCH:
      if (f->computed == NULL || *f->computed == '\0')
        return g_strdup_printf (_("stated %s, but there is nothing to compute"), stated);
      if (f->stated == NULL || *f->stated == '\0' || g_strcmp0 (f->stated, RANCANG_FORMAT_EMPTY) == 0)
        return g_strdup_printf (_("left empty, but the computed value is %s"), computed);
      {
        RancangDecimal a, b, d;

        if (rancang_decimal_parse_c (f->stated, &a) && rancang_decimal_parse_c (f->computed, &b)
            && rancang_decimal_sub (a, b, &d))
          {
            g_autofree char *diff = rancang_format_number (d, -1);
            return g_strdup_printf (_("stated %s, computed %s (difference %s)"), stated, computed, diff);
          }
      }
      return g_strdup_printf (_("stated %s, computed %s"), stated, computed);
    case RANCANG_FINDING_NOT_A_NUMBER:
      return g_strdup_printf (_("“%s” is text in a number column"), f->stated ? f->stated : "");
    default:
      return g_strdup (f->message ? f->message : "");
    }
}

/* The row's name for a reader: its kode, else its uraian. */
static char *
row_place (const RancangFinding *f,
           RancangNode          *row)
{
  if (f->kode != NULL && f->kode[0] != '#')
    return g_strdup (f->kode);
  if (row != NULL)
    {
      for (RancangNode *c = rancang_node_get_first_child (row); c; c = rancang_node_get_next (c))
        if (!rancang_node_is_text (c) && rancang_node_is (c, "c"))
          {
            g_autofree char *text = rancang_node_dup_content (c);
            if (text != NULL && *g_strstrip (text) != '\0')
              {
                if (g_utf8_strlen (text, -1) > 40)
                  {
                    g_autofree char *cut = g_utf8_substring (text, 0, 38);
                    return g_strconcat (cut, "…", NULL);
                  }
                return g_steal_pointer (&text);
              }
          }
    }
  if (f->row > 0)
    return g_strdup_printf (_("row %u"), f->row);
  return g_strdup ("");
}

RancangNode *
rancang_report_find_row (RancangDocument *doc,
                         const char      *table_id,
                         const char      *kode,
                         guint            n)
{
  RancangNode *table = table_id ? rancang_document_lookup_id (doc, table_id) : NULL;
  guint i = 0;

  if (table == NULL || !rancang_node_is (table, "table"))
    return NULL;
  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    {
      if (rancang_node_is_text (r) || !rancang_node_is (r, "row"))
        continue;
      i++;
      if (kode != NULL && kode[0] != '#' ? g_strcmp0 (rancang_node_get_attr (r, "kode"), kode) == 0 : i == n)
        return r;
    }
  return NULL;
}

RancangFindingsReport *
rancang_findings_report_new (RancangDocument *doc)
{
  RancangFindingsReport *report = g_new0 (RancangFindingsReport, 1);
  g_autoptr(RancangTemplateSet) templates = rancang_template_set_new_builtin (NULL);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GHashTable) by_table = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) tables = g_hash_table_new (g_str_hash, g_str_equal);
  RancangNode *root;
  RancangNumbers *numbers;

  report->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  if (templates == NULL || doc == NULL)
    return report;
  findings = rancang_check_document (doc, templates);
  numbers = rancang_numbers_new (doc);
  /* every table by id, once: a long table may have many findings */
  root = rancang_document_get_root (doc);
  for (RancangNode *n = root; n; n = rancang_node_next_in_tree (n, root))
    if (!rancang_node_is_text (n) && rancang_node_is (n, "table") && rancang_node_get_attr (n, "id") != NULL
        && !g_hash_table_contains (tables, rancang_node_get_attr (n, "id")))
      g_hash_table_insert (tables, (gpointer) rancang_node_get_attr (n, "id"), n);
  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      const RancangFinding *f = g_ptr_array_index (findings, i);
      const char *table_id = f->table_id ? f->table_id : "";
      RancangNode *table = g_hash_table_lookup (tables, table_id);
      Group *group = g_hash_table_lookup (by_table, table_id);
      Entry *e = g_new0 (Entry, 1);
      RancangNode *row = NULL;

      if (group == NULL)
        {
          char *label = table ? rancang_numbers_label (numbers, table) : NULL;

          group = g_new0 (Group, 1);
          group->title = label ? label : g_strdup (table_id);
          group->caption = g_strdup (table ? rancang_node_get_child_content (table, "caption") : NULL);
          group->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
          group->notes = g_ptr_array_new ();
          group->table = table;
          group->rows = g_ptr_array_new ();
          group->by_kode = g_hash_table_new (g_str_hash, g_str_equal);
          for (RancangNode *r = table ? rancang_node_get_first_child (table) : NULL; r; r = rancang_node_get_next (r))
            if (!rancang_node_is_text (r) && rancang_node_is (r, "row"))
              {
                const char *kode = rancang_node_get_attr (r, "kode");
                g_ptr_array_add (group->rows, r);
                if (kode != NULL && !g_hash_table_contains (group->by_kode, kode))
                  g_hash_table_insert (group->by_kode, (gpointer) kode, r);
              }
          group->tmpl = table ? rancang_template_set_for_table (templates, table, NULL) : NULL;
          g_ptr_array_add (report->groups, group);
          g_hash_table_insert (by_table, (gpointer) table_id, group);
        }
      if (f->kode != NULL && f->kode[0] != '#')
        row = g_hash_table_lookup (group->by_kode, f->kode);
      else if (f->row >= 1 && f->row <= group->rows->len)
        row = g_ptr_array_index (group->rows, f->row - 1);
      e->kind = f->kind;
      e->note = f->kind == RANCANG_FINDING_NOT_A_NUMBER && is_meant_as_text (f->stated);
      e->table_id = g_strdup (f->table_id);
      e->kode = g_strdup (f->kode);
      e->row = f->row;
      e->column = g_strdup (f->column);
      e->place = row_place (f, row);
      e->detail = describe (f);
      if (f->column != NULL && table != NULL)
        {
          RancangTemplate *tmpl = group->tmpl;
          int c = tmpl ? rancang_template_lookup_column (tmpl, f->column) : -1;
          const char *header = c >= 0 ? rancang_template_column_header (tmpl, c) : NULL;
          const char *number = c >= 0 ? rancang_template_column_number (tmpl, c) : NULL;
          const char *group_name = c >= 0 ? rancang_template_column_group (tmpl, c) : NULL;
          g_autofree char *name = NULL;

          /* "Rp (16)" alone says little: its group after it, cut first
           * when the line is short */
          if (number != NULL && *number)
            name = g_strdup_printf ("%s (%s)", header ? header : f->column, number);
          else
            name = g_strdup (header ? header : f->column);
          if (group_name != NULL && *group_name)
            e->column_title = g_strdup_printf ("%s · %s", name, group_name);
          else
            e->column_title = g_steal_pointer (&name);
        }
      if (e->note)
        {
          report->n_notes++;
          g_ptr_array_add (group->notes, e);
        }
      else
        {
          report->n_errors++;
          g_ptr_array_add (group->entries, e);
        }
    }
  rancang_numbers_free (numbers);

  /* the findings of each table first, its notes after them */
  {
    GString *signature = g_string_new (NULL);

    for (guint i = 0; i < report->groups->len; i++)
      {
        Group *group = g_ptr_array_index (report->groups, i);
        GPtrArray *n = group->notes;

        for (guint j = 0; j < n->len; j++)
          g_ptr_array_add (group->entries, g_ptr_array_index (n, j));
        g_string_append_printf (signature, "%s\t%s\n", group->title, group->caption ? group->caption : "");
        for (guint j = 0; j < group->entries->len; j++)
          {
            Entry *e = g_ptr_array_index (group->entries, j);
            g_string_append_printf (signature, "%s\t%s\t%u\t%s\t%s\t%s\n", e->table_id ? e->table_id : "",
                                    e->kode ? e->kode : "", e->row, e->place, e->column ? e->column : "", e->detail);
          }
      }
    report->signature = g_string_free (signature, FALSE);
    for (guint i = 0; i < report->groups->len; i++)
      {
        Group *group = g_ptr_array_index (report->groups, i);
        group->table = NULL;   /* the copy it was made from goes */
        g_clear_pointer (&group->rows, g_ptr_array_unref);
        g_clear_pointer (&group->by_kode, g_hash_table_unref);
        g_clear_pointer (&group->tmpl, rancang_template_unref);
      }
  }
  return report;
}

/* ------------------------------------------------------------------ shared look */

GtkWidget *
rancang_report_header_new (const char  *icon,
                           GtkLabel   **title,
                           GtkLabel   **summary,
                           GtkWidget  **close)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *image = gtk_image_new_from_icon_name (icon);
  GtkWidget *t = gtk_label_new (NULL);
  GtkWidget *s = gtk_label_new (NULL);
  GtkWidget *c = gtk_button_new_from_icon_name ("window-close-symbolic");

  gtk_widget_add_css_class (box, "report-header");
  gtk_widget_add_css_class (t, "heading");
  gtk_widget_add_css_class (s, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (t), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_xalign (GTK_LABEL (s), 0);
  gtk_widget_set_hexpand (s, TRUE);
  gtk_label_set_ellipsize (GTK_LABEL (s), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (c, "flat");
  gtk_widget_set_tooltip_text (c, _("Close"));
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), t);
  gtk_box_append (GTK_BOX (box), s);
  gtk_box_append (GTK_BOX (box), c);
  *title = GTK_LABEL (t);
  *summary = GTK_LABEL (s);
  *close = c;
  return box;
}

GtkWidget *
rancang_report_list_new (const char  *placeholder_text,
                         GtkListBox **list,
                         GtkWidget  **placeholder)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkListBox *l = GTK_LIST_BOX (gtk_list_box_new ());
  GtkWidget *p = gtk_label_new (placeholder_text);

  gtk_list_box_set_selection_mode (l, GTK_SELECTION_SINGLE);
  gtk_list_box_set_activate_on_single_click (l, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (l), "report-list");
  gtk_widget_add_css_class (p, "dim-label");
  gtk_widget_set_margin_top (p, 18);
  gtk_widget_set_margin_bottom (p, 18);
  gtk_list_box_set_placeholder (l, p);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (l));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  *list = l;
  if (placeholder != NULL)
    *placeholder = p;
  return scroller;
}

/* The rows only: the placeholder is a child of the list too, and removing
 * it would leave an empty report a blank list. */
void
rancang_report_list_clear (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

GtkWidget *
rancang_report_group_new (const char *title,
                          const char *subtitle)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *t = gtk_label_new (title);
  GtkWidget *s = gtk_label_new (subtitle);

  gtk_label_set_ellipsize (GTK_LABEL (t), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (t), 0);
  gtk_label_set_width_chars (GTK_LABEL (t), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (row, "report-group");
  gtk_widget_add_css_class (t, "heading");
  gtk_widget_add_css_class (s, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (s), 0);
  gtk_label_set_ellipsize (GTK_LABEL (s), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (s, TRUE);
  gtk_box_append (GTK_BOX (box), t);
  gtk_box_append (GTK_BOX (box), s);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* The whole text of an ellipsized label, when GTK asks for its tooltip:
 * gtk_widget_set_tooltip_text() would ask the display where the pointer
 * is, a round trip to the X server for each of hundreds of lines. */
static gboolean
on_label_query_tooltip (GtkWidget  *label,
                        int         x,
                        int         y,
                        gboolean    keyboard,
                        GtkTooltip *tooltip,
                        gpointer    data)
{
  const char *text = gtk_label_get_label (GTK_LABEL (label));

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

GtkWidget *
rancang_report_line_new (const char *icon,
                         const char *place,
                         const char *column,
                         const char *detail)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image = gtk_image_new_from_icon_name (icon);
  GtkWidget *p = gtk_label_new (place);
  GtkWidget *c = gtk_label_new (column);
  GtkWidget *d = gtk_label_new (detail);

  gtk_widget_add_css_class (row, "report-line");
  gtk_widget_add_css_class (p, "report-place");
  gtk_widget_add_css_class (c, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (p), 0);
  gtk_label_set_xalign (GTK_LABEL (c), 0);
  gtk_label_set_xalign (GTK_LABEL (d), 0);
  gtk_label_set_width_chars (GTK_LABEL (p), 22);
  gtk_label_set_max_width_chars (GTK_LABEL (p), 22);
  gtk_label_set_ellipsize (GTK_LABEL (p), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (c), 34);
  gtk_label_set_max_width_chars (GTK_LABEL (c), 34);
  gtk_label_set_ellipsize (GTK_LABEL (c), PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap (GTK_LABEL (d), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (d), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (d, TRUE);
  gtk_widget_set_has_tooltip (p, TRUE);
  gtk_widget_set_has_tooltip (c, TRUE);
  g_signal_connect (p, "query-tooltip", G_CALLBACK (on_label_query_tooltip), NULL);
  g_signal_connect (c, "query-tooltip", G_CALLBACK (on_label_query_tooltip), NULL);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), p);
  gtk_box_append (GTK_BOX (box), c);
  gtk_box_append (GTK_BOX (box), d);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* ------------------------------------------------------------------ the panel */

struct _RancangFindingsPanel
{
  GtkBox                 parent_instance;

  GtkLabel              *title;
  GtkLabel              *summary;
  GtkListBox            *list;
  GtkWidget             *placeholder;
  RancangFindingsReport *report;
  gboolean               stale;      /* the list is not yet of this report */
};

G_DEFINE_FINAL_TYPE (RancangFindingsPanel, rancang_findings_panel, GTK_TYPE_BOX)

static void on_map (GtkWidget *widget, RancangFindingsPanel *self);

enum
{
  SHOW_PLACE,
  CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated (GtkListBox           *list,
                  GtkListBoxRow        *row,
                  RancangFindingsPanel *self)
{
  Entry *e = g_object_get_data (G_OBJECT (row), "entry");

  if (e != NULL)
    g_signal_emit (self, signals[SHOW_PLACE], 0, e->table_id, e->kode, e->row, e->column);
}

static void
on_close (GtkButton            *button,
          RancangFindingsPanel *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

static void
rancang_findings_panel_finalize (GObject *object)
{
  RancangFindingsPanel *self = RANCANG_FINDINGS_PANEL (object);

  g_clear_pointer (&self->report, rancang_findings_report_free);
  G_OBJECT_CLASS (rancang_findings_panel_parent_class)->finalize (object);
}

static void
rancang_findings_panel_class_init (RancangFindingsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rancang_findings_panel_finalize;
  /* (table id, kode or "#n", row number, column key) */
  signals[SHOW_PLACE] = g_signal_new ("show-place", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                                      G_TYPE_STRING, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_STRING);
  signals[CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Escape in the list closes the panel */
  gtk_widget_class_add_binding_signal (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "close", NULL);
}

static void
rancang_findings_panel_init (RancangFindingsPanel *self)
{
  GtkWidget *close;
  GtkWidget *scroller;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "report-panel");
  gtk_box_append (GTK_BOX (self), rancang_report_header_new ("dialog-warning-symbolic",
                                                            &self->title, &self->summary, &close));
  gtk_label_set_label (self->title, _("Findings"));
  g_signal_connect (close, "clicked", G_CALLBACK (on_close), self);

  scroller = rancang_report_list_new (_("No findings: every typed value agrees with the computed one."),
                                      &self->list, &self->placeholder);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  g_signal_connect (self, "map", G_CALLBACK (on_map), self);
  gtk_box_append (GTK_BOX (self), scroller);
}

GtkWidget *
rancang_findings_panel_new (void)
{
  return g_object_new (RANCANG_TYPE_FINDINGS_PANEL, NULL);
}

GtkListBox *
rancang_findings_panel_get_list (RancangFindingsPanel *self)
{
  return self->list;
}

const RancangFindingsReport *
rancang_findings_panel_get_report (RancangFindingsPanel *self)
{
  return self->report;
}

static char *
summary_text (const RancangFindingsReport *report)
{
  g_autofree char *errors = NULL;
  g_autofree char *notes = NULL;

  if (report->n_errors == 0)
    errors = g_strdup (_("no inconsistencies"));
  else
    errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u inconsistency", "%u inconsistencies",
                                           report->n_errors), report->n_errors);
  if (report->n_notes == 0)
    return g_steal_pointer (&errors);
  notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note on text in number columns",
                                        "%u notes on text in number columns", report->n_notes), report->n_notes);
  return g_strdup_printf ("%s · %s", errors, notes);
}

static void
fill_list (RancangFindingsPanel *self)
{
  RancangFindingsReport *report = self->report;
  gboolean notes_heading = FALSE;

  self->stale = FALSE;
  rancang_report_list_clear (self->list);
  if (report == NULL)
    return;

  /* the inconsistencies, table by table; then the notes, table by table */
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < report->groups->len; i++)
      {
        Group *group = g_ptr_array_index (report->groups, i);
        gboolean heading = FALSE;

        for (guint j = 0; j < group->entries->len; j++)
          {
            Entry *e = g_ptr_array_index (group->entries, j);
            GtkWidget *row;

            if (e->note != (pass == 1))
              continue;
            if (pass == 1 && !notes_heading)
              {
                GtkWidget *h = rancang_report_group_new (_("Notes"),
                                                         _("Text where a number is expected; it is printed as typed "
                                                           "and left out of the sums"));
                gtk_widget_add_css_class (h, "report-notes");
                gtk_list_box_append (self->list, h);
                notes_heading = TRUE;
              }
            if (!heading)
              {
                gtk_list_box_append (self->list, rancang_report_group_new (group->title, group->caption));
                heading = TRUE;
              }
            row = rancang_report_line_new (e->note ? "dialog-information-symbolic" : "dialog-warning-symbolic",
                                           e->place, e->column_title ? e->column_title : "", e->detail);
            if (e->note)
              gtk_widget_add_css_class (row, "note");
            g_object_set_data (G_OBJECT (row), "entry", e);
            gtk_list_box_append (self->list, row);
          }
      }
}

static void
on_map (GtkWidget            *widget,
        RancangFindingsPanel *self)
{
  if (self->stale)
    fill_list (self);
}

void
rancang_findings_panel_set_report (RancangFindingsPanel  *self,
                                   RancangFindingsReport *report)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (RANCANG_IS_FINDINGS_PANEL (self));
  /* the check runs after every edit: a list that says the same stays as it
   * is, scrolled where the reader left it */
  if (report != NULL && self->report != NULL && g_strcmp0 (report->signature, self->report->signature) == 0)
    {
      rancang_findings_report_free (report);
      return;
    }
  g_clear_pointer (&self->report, rancang_findings_report_free);
  self->report = report;
  summary = report != NULL ? summary_text (report) : NULL;
  gtk_label_set_label (self->summary, summary != NULL ? summary : "");
  /* The check runs after every edit, on documents with a thousand
   * findings: the lines are made when the panel is seen, not before. */
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill_list (self);
  else
    rancang_report_list_clear (self->list);   /* its lines point into the old report */
}
