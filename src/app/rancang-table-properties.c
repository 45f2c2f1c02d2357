/* rancang-table-properties.c: the properties of one table.
 *
 * Caption, template, orientation, numbering and the columns that print are
 * the table's own (<caption>, template=, orientation=, numbered=,
 * hide-columns=); all the changes made in the dialog are one step of the
 * history. A template with
 * other columns loses nothing: cells it has no column for stay in the rows,
 * unseen and unprinted, and come back with a template that has them; the
 * dialog says which before the change is made.
 *
 * The year labels ("Tahun n-2") are not stored: they follow from the plan
 * year of the document, are printed as years, and the dialog shows which.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rancang-document.h"
#include "rancang-edit.h"
#include "rancang-format.h"
#include "rancang-table-properties.h"

/* The children of a <table>, in the schema's order. */
static const char *const table_order[] = { "caption", "option", "columns", "row", "source", NULL };

#define RANCANG_TYPE_TABLE_PROPERTIES (rancang_table_properties_get_type ())
G_DECLARE_FINAL_TYPE (RancangTableProperties, rancang_table_properties, RANCANG, TABLE_PROPERTIES, GtkDialog)

struct _RancangTableProperties
{
  GtkDialog                      parent_instance;

  RancangHistory                *history;
  RancangDocument               *doc;
  RancangNode                   *table;
  RancangTemplateSet            *templates;
  RancangTablePropertiesApplied  applied;
  gpointer                       data;

  GtkLabel                      *subtitle;
  GtkWidget                     *caption;
  GtkWidget                     *template_dropdown;
  GtkWidget                     *warning;
  GtkWidget                     *orientation;
  GtkWidget                     *numbered;
  GtkWidget                     *columns_box;
  GtkWidget                     *years_box;
  GtkLabel                      *years_rule;
  GtkWidget                     *years_grid;
  GtkWidget                     *years_title;
  GPtrArray                     *template_ids;   /* char *, in the order of the dropdown */
  GHashTable                    *hidden;         /* column keys not printed */
  GHashTable                    *checks;         /* key -> GtkCheckButton */
};

/* the dialog is the properties it edits */
typedef RancangTableProperties Properties;

G_DEFINE_FINAL_TYPE (RancangTableProperties, rancang_table_properties, GTK_TYPE_DIALOG)

static Properties *
properties_of (GtkWidget *dialog)
{
  return RANCANG_TABLE_PROPERTIES (dialog);
}

static const char *
chosen_template (Properties *props)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (props->template_dropdown));

  if (i >= props->template_ids->len)
    return rancang_node_get_attr (props->table, "template");
  return g_ptr_array_index (props->template_ids, i);
}

static RancangTemplate *
template_for (Properties *props,
              const char *id)
{
  if (g_strcmp0 (id, "generic") == 0 || g_strcmp0 (id, rancang_node_get_attr (props->table, "template")) == 0)
    return rancang_template_set_for_table (props->templates, props->table, NULL);
  return rancang_template_ref (rancang_template_set_lookup (props->templates, id));
}

/* The columns the layout prints (rancang-layout-table.c): the numbered
 * ones, or those with a header when the template numbers none. */
static gboolean
column_prints (RancangTemplate *tmpl,
               guint            column)
{
  for (guint c = 0; c < rancang_template_get_n_columns (tmpl); c++)
    if (rancang_template_column_number (tmpl, c) != NULL)
      return rancang_template_column_number (tmpl, column) != NULL;
  return rancang_template_column_header (tmpl, column) != NULL;
}

/* As printed: "Tahun n-2" is the year it stands for (YEAR the plan year). */
static char *
column_title (RancangTemplate *tmpl,
              guint            column,
              int              year)
{
  const char *number = rancang_template_column_number (tmpl, column);
  const char *header = rancang_template_column_header (tmpl, column);
  g_autofree char *shown = rancang_format_year_labels (header != NULL ? header : rancang_template_column_key (tmpl, column),
                                                       year);

  return number != NULL ? g_strdup_printf ("%s. %s", number, shown) : g_steal_pointer (&shown);
}

/* ------------------------------------------------------------ year labels */

static void
fill_years (Properties      *props,
            RancangTemplate *tmpl)
{
  GtkWidget *child;
  int year = rancang_document_get_plan_year (props->doc);
  guint row = 0;

  while ((child = gtk_widget_get_first_child (props->years_grid)) != NULL)
    gtk_grid_remove (GTK_GRID (props->years_grid), child);

  for (guint c = 0; tmpl != NULL && c < rancang_template_get_n_columns (tmpl); c++)
    {
      const char *header = rancang_template_column_header (tmpl, c);
      const char *number = rancang_template_column_number (tmpl, c);
      g_autofree char *resolved = NULL;
      GtkWidget *name, *value;

      /* Only the headers that carry a year label. */
      if (header == NULL || strcmp ((resolved = rancang_format_year_labels (header, year)), header) == 0)
        continue;
      name = gtk_label_new (number != NULL ? number : "");
      gtk_label_set_xalign (GTK_LABEL (name), 1);
      gtk_widget_add_css_class (name, "dim-label");
      gtk_widget_add_css_class (name, "numeric");
      value = gtk_label_new (resolved);
      gtk_label_set_xalign (GTK_LABEL (value), 0);
      gtk_label_set_ellipsize (GTK_LABEL (value), PANGO_ELLIPSIZE_END);
      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      gtk_widget_set_tooltip_text (value, header);
      gtk_grid_attach (GTK_GRID (props->years_grid), name, 0, (int) row, 1, 1);
      gtk_grid_attach (GTK_GRID (props->years_grid), value, 1, (int) row, 1, 1);
      row++;
    }
  gtk_widget_set_visible (props->years_title, row > 0);
  gtk_widget_set_visible (props->years_box, row > 0);
}

/* ------------------------------------------------------------- columns */

static void
on_column_toggled (GtkCheckButton *check,
                   Properties     *props)
{
  const char *key = g_object_get_data (G_OBJECT (check), "key");

  if (gtk_check_button_get_active (check))
    g_hash_table_remove (props->hidden, key);
  else
    g_hash_table_add (props->hidden, g_strdup (key));
}

static void
fill_columns (Properties      *props,
              RancangTemplate *tmpl)
{
  GtkWidget *child;
  guint n = 0;

  while ((child = gtk_widget_get_first_child (props->columns_box)) != NULL)
    gtk_grid_remove (GTK_GRID (props->columns_box), child);
  g_hash_table_remove_all (props->checks);

  for (guint c = 0; tmpl != NULL && c < rancang_template_get_n_columns (tmpl); c++)
    {
      const char *key = rancang_template_column_key (tmpl, c);
      g_autofree char *title = NULL;
      GtkWidget *check, *label;

      if (!column_prints (tmpl, c))
        continue;
      title = column_title (tmpl, c, rancang_document_get_plan_year (props->doc));
      check = gtk_check_button_new ();
      label = gtk_label_new (title);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_width_chars (GTK_LABEL (label), 30);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
      gtk_widget_set_tooltip_text (check, title);
      g_object_set_data_full (G_OBJECT (check), "key", g_strdup (key), g_free);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !g_hash_table_contains (props->hidden, key));
      g_signal_connect (check, "toggled", G_CALLBACK (on_column_toggled), props);
      gtk_widget_set_hexpand (check, TRUE);
      /* Two a line, in the order of the table. */
      gtk_grid_attach (GTK_GRID (props->columns_box), check, (int) (n % 2), (int) (n / 2), 1, 1);
      n++;
      g_hash_table_insert (props->checks, g_strdup (key), check);
    }
}

/* ------------------------------------------------------------- template */

/* The keys of the cells of the table's rows that TMPL has no column for,
 * "k12, ket", and in how many rows; NULL when there are none. */
static char *
orphan_cells (Properties      *props,
              RancangTemplate *tmpl,
              guint           *n_rows)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GString *out;

  *n_rows = 0;
  for (RancangNode *row = rancang_node_get_first_child (props->table); row != NULL; row = rancang_node_get_next (row))
    {
      gboolean counted = FALSE;

      if (!rancang_node_is (row, "row"))
        continue;
      for (RancangNode *c = rancang_node_get_first_child (row); c != NULL; c = rancang_node_get_next (c))
        {
          const char *key = rancang_node_is (c, "c") ? rancang_node_get_attr (c, "k") : NULL;
          g_autofree char *content = NULL;

          if (key == NULL || rancang_template_lookup_column (tmpl, key) >= 0)
            continue;
          content = rancang_node_dup_content (c);
          if (content == NULL || *g_strstrip (content) == '\0')
            continue;
          if (!counted)
            (*n_rows)++, counted = TRUE;
          if (!g_hash_table_contains (seen, key))
            {
              g_hash_table_add (seen, (gpointer) key);
              g_ptr_array_add (keys, (gpointer) key);
            }
        }
    }
  if (keys->len == 0)
    return NULL;
  out = g_string_new (NULL);
  for (guint i = 0; i < keys->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", (const char *) g_ptr_array_index (keys, i));
  return g_string_free (out, FALSE);
}

static void
on_template_changed (GtkDropDown *dropdown,
                     GParamSpec  *pspec,
                     Properties  *props)
{
  const char *id = chosen_template (props);
  g_autoptr(RancangTemplate) tmpl = template_for (props, id);
  g_autofree char *orphans = NULL;
  guint n_rows = 0;

  if (tmpl != NULL)
    orphans = orphan_cells (props, tmpl, &n_rows);
  if (orphans != NULL)
    {
      g_autofree char *text =
        g_strdup_printf (ngettext ("This template has no column for %s, which %u row fills. Those cells are kept "
                                   "in the document, though not shown or printed, and come back when you choose "
                                   "the template “%s” again.",
                                   "This template has no column for %s, which %u rows fill. Those cells are kept "
                                   "in the document, though not shown or printed, and come back when you choose "
                                   "the template “%s” again.", n_rows),
                         orphans, n_rows, rancang_node_get_attr (props->table, "template"));
      gtk_label_set_label (GTK_LABEL (props->warning), text);
      gtk_widget_set_visible (props->warning, TRUE);
    }
  else
    gtk_widget_set_visible (props->warning, FALSE);
  fill_columns (props, tmpl);
  fill_years (props, tmpl);
}

static int
compare_titles (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  RancangTemplateSet *set = data;
  RancangTemplate *ta = rancang_template_set_lookup (set, *(const char *const *) a);
  RancangTemplate *tb = rancang_template_set_lookup (set, *(const char *const *) b);

  return g_utf8_collate (ta ? rancang_template_get_title (ta) : "", tb ? rancang_template_get_title (tb) : "");
}

static void
fill_template_dropdown (Properties *props)
{
  const char *current = rancang_node_get_attr (props->table, "template");
  g_auto(GStrv) ids = rancang_template_builtin_ids ();
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint selected = 0;

  if (g_strcmp0 (current, "generic") != 0)
    for (guint i = 0; ids[i] != NULL; i++)
      if (rancang_template_set_lookup (props->templates, ids[i]) != NULL)
        g_ptr_array_add (props->template_ids, g_strdup (ids[i]));
  /* The table's own template first when it is not a built-in one. */
  if (current != NULL && !g_ptr_array_find_with_equal_func (props->template_ids, current, g_str_equal, NULL))
    g_ptr_array_add (props->template_ids, g_strdup (current));
  g_ptr_array_sort_with_data (props->template_ids, compare_titles, props->templates);

  for (guint i = 0; i < props->template_ids->len; i++)
    {
      const char *id = g_ptr_array_index (props->template_ids, i);
      RancangTemplate *tmpl = rancang_template_set_lookup (props->templates, id);
      g_autofree char *title = NULL;

      if (g_strcmp0 (id, "generic") == 0)
        title = g_strdup (_("Columns of its own (generic)"));
      else
        title = g_strdup_printf ("%s (%s)", tmpl != NULL ? rancang_template_get_title (tmpl) : id, id);
      gtk_string_list_append (titles, title);
      if (g_strcmp0 (id, current) == 0)
        selected = i;
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (props->template_dropdown), G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (props->template_dropdown), selected);
  gtk_widget_set_sensitive (props->template_dropdown, props->template_ids->len > 1);
}

/* ---------------------------------------------------------------- apply */

static char *
hidden_list (Properties      *props,
             RancangTemplate *tmpl)
{
  GString *out = g_string_new (NULL);

  for (guint c = 0; tmpl != NULL && c < rancang_template_get_n_columns (tmpl); c++)
    {
      const char *key = rancang_template_column_key (tmpl, c);

      if (column_prints (tmpl, c) && g_hash_table_contains (props->hidden, key))
        g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", key);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static void
apply (Properties *props)
{
  RancangNode *table = props->table;
  RancangNode *caption = rancang_node_get_child (table, "caption");
  g_autofree char *old_caption = caption != NULL ? rancang_node_dup_content (caption) : g_strdup ("");
  g_autofree char *new_caption = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (props->caption))));
  const char *id = chosen_template (props);
  g_autoptr(RancangTemplate) tmpl = template_for (props, id);
  g_autofree char *hidden = hidden_list (props, tmpl);
  const char *orientation = NULL;

  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (props->orientation)) == 1)
    orientation = "landscape";
  else if (rancang_node_get_attr (table, "orientation") != NULL)
    orientation = "portrait";

  rancang_history_break_merge (props->history);
  rancang_history_begin (props->history, _("Table Properties"), NULL);
  if (g_strcmp0 (g_strstrip (old_caption), new_caption) != 0)
    {
      if (*new_caption == '\0')
        rancang_history_remove (props->history, caption);
      else
        rancang_history_set_content (props->history,
                                     rancang_edit_ensure_child (props->history, table, "caption", table_order),
                                     new_caption);
    }
  rancang_history_set_attr (props->history, table, "template", id);
  rancang_history_set_attr (props->history, table, "orientation", orientation);
  /* Numbered is the default: only the exception is written. */
  rancang_history_set_attr (props->history, table, "numbered",
                            gtk_check_button_get_active (GTK_CHECK_BUTTON (props->numbered)) ? NULL : "false");
  rancang_history_set_attr (props->history, table, "hide-columns", hidden);
  rancang_history_end (props->history);
  rancang_history_break_merge (props->history);

  if (props->applied != NULL)
    props->applied (table, props->data);
}

static void
on_response (GtkDialog *dialog,
             int        response)
{
  Properties *props = properties_of (GTK_WIDGET (dialog));

  if (response == GTK_RESPONSE_ACCEPT)
    apply (props);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------------------- dialog */

static void
rancang_table_properties_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RANCANG_TYPE_TABLE_PROPERTIES);
  G_OBJECT_CLASS (rancang_table_properties_parent_class)->dispose (object);
}

static void
rancang_table_properties_finalize (GObject *object)
{
  Properties *props = RANCANG_TABLE_PROPERTIES (object);

  g_ptr_array_unref (props->template_ids);
  g_hash_table_unref (props->hidden);
  g_hash_table_unref (props->checks);
  G_OBJECT_CLASS (rancang_table_properties_parent_class)->finalize (object);
}

static void
rancang_table_properties_class_init (RancangTablePropertiesClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rancang_table_properties_dispose;
  G_OBJECT_CLASS (klass)->finalize = rancang_table_properties_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-table-properties.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, subtitle);
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, caption);
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, template_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, warning);
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, orientation);
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, numbered);
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, columns_box);
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, years_title);
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, years_box);
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, years_rule);
  gtk_widget_class_bind_template_child (widget_class, RancangTableProperties, years_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_response);
}

static void
rancang_table_properties_init (RancangTableProperties *props)
{
  props->template_ids = g_ptr_array_new_with_free_func (g_free);
  props->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  props->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (props));
}

GtkWidget *
rancang_table_properties_new (GtkWindow                     *parent,
                              RancangHistory                *history,
                              RancangDocument               *doc,
                              RancangNode                   *table,
                              RancangTemplateSet            *templates,
                              RancangTablePropertiesApplied  applied,
                              gpointer                       data)
{
  /* the buttons at the foot, not in a header bar, whatever the desktop's
   * setting: the dialog is read from top to bottom */
  Properties *props = g_object_new (RANCANG_TYPE_TABLE_PROPERTIES,
                                    "transient-for", parent,
                                    "use-header-bar", FALSE,
                                    NULL);
  g_autofree char *caption_text = NULL;
  g_autofree char *rule_text = NULL;
  g_autofree char *subtitle = NULL;
  g_auto(GStrv) hidden = NULL;
  const char *id = rancang_node_get_attr (table, "id");
  int year = rancang_document_get_plan_year (doc);
  GtkWidget *apply_button;

  props->history = history;
  props->doc = doc;
  props->table = table;
  props->templates = templates;
  props->applied = applied;
  props->data = data;
  hidden = g_strsplit (rancang_node_get_attr (table, "hide-columns") ? rancang_node_get_attr (table, "hide-columns") : "", " ", -1);
  for (guint i = 0; hidden[i] != NULL; i++)
    if (*hidden[i] != '\0')
      g_hash_table_add (props->hidden, g_strdup (hidden[i]));

  subtitle = g_strdup_printf (_("Table %s. All the changes made here are one step that Undo takes back."), id);
  gtk_label_set_label (props->subtitle, subtitle);

  caption_text = rancang_node_get_child (table, "caption") != NULL
                 ? rancang_node_dup_content (rancang_node_get_child (table, "caption")) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (props->caption), g_strstrip (caption_text));
  fill_template_dropdown (props);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (props->orientation),
                              g_strcmp0 (rancang_node_get_attr (table, "orientation"), "landscape") == 0 ? 1 : 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (props->numbered),
                               g_strcmp0 (rancang_node_get_attr (table, "numbered"), "false") != 0
                               && g_strcmp0 (rancang_node_get_attr (table, "numbered"), "0") != 0);
  rule_text = g_strdup_printf (_("The headers count years from the plan year of the document (n = %d, set in "
                                 "Document): n-1 = %d, n-2 = %d, n-3 = %d. Changing the plan year changes "
                                 "them all."), year, year - 1, year - 2, year - 3);
  gtk_label_set_label (props->years_rule, rule_text);

  g_signal_connect (props->template_dropdown, "notify::selected", G_CALLBACK (on_template_changed), props);
  on_template_changed (GTK_DROP_DOWN (props->template_dropdown), NULL, props);

  apply_button = gtk_dialog_get_widget_for_response (GTK_DIALOG (props), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (gtk_widget_get_parent (apply_button), "dialog-buttons");
  return GTK_WIDGET (props);
}

/* ----------------------------------------------------------------- tests */

GtkEditable *
rancang_table_properties_get_caption (GtkWidget *dialog)
{
  return GTK_EDITABLE (properties_of (dialog)->caption);
}

GtkDropDown *
rancang_table_properties_get_orientation (GtkWidget *dialog)
{
  return GTK_DROP_DOWN (properties_of (dialog)->orientation);
}

gboolean
rancang_table_properties_select_template (GtkWidget  *dialog,
                                          const char *template_id)
{
  Properties *props = properties_of (dialog);
  guint i;

  if (!g_ptr_array_find_with_equal_func (props->template_ids, template_id, g_str_equal, &i))
    return FALSE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (props->template_dropdown), i);
  return TRUE;
}

GtkCheckButton *
rancang_table_properties_get_numbered (GtkWidget *dialog)
{
  return GTK_CHECK_BUTTON (properties_of (dialog)->numbered);
}

GtkCheckButton *
rancang_table_properties_get_column (GtkWidget  *dialog,
                                     const char *key)
{
  return g_hash_table_lookup (properties_of (dialog)->checks, key);
}

const char *
rancang_table_properties_get_warning (GtkWidget *dialog)
{
  Properties *props = properties_of (dialog);
  return gtk_widget_get_visible (props->warning) ? gtk_label_get_label (GTK_LABEL (props->warning)) : NULL;
}
