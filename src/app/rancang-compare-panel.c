/* rancang-compare-panel.c: the changes from another version to this one.
 * See rancang-compare-panel.h. */
#include "rancang-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rancang-check.h"
#include "rancang-compare-panel.h"
#include "rancang-findings-panel.h"
#include "rancang-numbering.h"
#include "rancang-template.h"

typedef struct
{
  RancangChange *change;
  char          *group;        /* the heading it goes under */
  char          *group_detail;
  char          *place;
  char          *column;
  char          *detail;
} Line;

struct _RancangCompareReport
{
  char      *other_name;
  GPtrArray *changes;   /* of RancangChange */
  GPtrArray *lines;     /* of Line, in the same order */
};

static void
line_free (Line *line)
{
  g_free (line->group);
  g_free (line->group_detail);
  g_free (line->place);
  g_free (line->column);
  g_free (line->detail);
  g_free (line);
}

void
rancang_compare_report_free (RancangCompareReport *report)
{
  if (report == NULL)
    return;
  g_free (report->other_name);
  g_ptr_array_unref (report->lines);
  g_ptr_array_unref (report->changes);
  g_free (report);
}

guint
rancang_compare_report_n_changes (const RancangCompareReport *report)
{
  return report ? report->changes->len : 0;
}

/* A paragraph shortened to what fits a line, in quotes; LEAD and TRAIL
 * say that it is a piece of a longer one. */
static char *
excerpt_of (const char *text,
            gboolean    lead,
            gboolean    trail)
{
  g_autofree char *flat = g_strdup (text ? text : "");

  g_strdelimit (flat, "\n\t", ' ');
  g_strstrip (flat);
  if (g_utf8_strlen (flat, -1) > 90)
    {
      g_autofree char *cut = g_utf8_substring (flat, 0, 88);
      return g_strconcat ("“", lead ? "…" : "", cut, "…”", NULL);
    }
  return g_strconcat ("“", lead ? "…" : "", flat, trail ? "…" : "", "”", NULL);
}

static char *
excerpt (const char *text)
{
  return excerpt_of (text, FALSE, FALSE);
}

/* Where A and B differ, with some words around it: a paragraph with one
 * word changed shows that word, not twice the same long sentence. */
static void
changed_parts (const char  *a,
               const char  *b,
               char       **out_a,
               char       **out_b)
{
  gsize la = strlen (a), lb = strlen (b);
  gsize prefix = 0, suffix = 0, start, end_a, end_b, context;

  while (prefix < la && prefix < lb && a[prefix] == b[prefix])
    prefix++;
  while (suffix < la - prefix && suffix < lb - prefix && a[la - 1 - suffix] == b[lb - 1 - suffix])
    suffix++;
  /* back to a word's start, and about five words before it */
  start = prefix;
  for (context = 0; start > 0 && (context < 30 || a[start - 1] != ' '); context++)
    start--;
  end_a = la - suffix;
  end_b = lb - suffix;
  for (context = 0; end_a < la && (context < 30 || a[end_a] != ' '); context++)
    end_a++, end_b++;
  /* whole characters only */
  while (start > 0 && (a[start] & 0xC0) == 0x80)
    start--;
  while (end_a < la && (a[end_a] & 0xC0) == 0x80)
    end_a++, end_b++;
  end_b = MIN (end_b, lb);
  {
    g_autofree char *x = g_strndup (a + start, end_a - start);
    g_autofree char *y = g_strndup (b + start, end_b - start);

    *out_a = excerpt_of (x, start > 0, end_a < la);
    *out_b = excerpt_of (y, start > 0, end_b < lb);
  }
}

static char *
describe (const RancangChange *c)
{
  gboolean cell = g_strcmp0 (c->what, "cell") == 0;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (!cell && c->old_value != NULL && c->new_value != NULL && g_strcmp0 (c->change, "changed") == 0)
    changed_parts (c->old_value, c->new_value, &a, &b);
  else
    {
      a = cell ? rancang_report_format_value (c->old_value) : excerpt (c->old_value);
      b = cell ? rancang_report_format_value (c->new_value) : excerpt (c->new_value);
    }

  if (g_strcmp0 (c->change, "added") == 0)
    return g_strdup_printf (_("added: %s"), b);
  if (g_strcmp0 (c->change, "removed") == 0)
    return g_strdup_printf (_("removed: %s"), a);
  if (g_strcmp0 (c->change, "moved") == 0)
    return g_strdup_printf (_("moved from %s to %s"), c->old_value ? c->old_value : "?",
                            c->new_value ? c->new_value : "?");
  if (c->difference != NULL)
    {
      g_autofree char *d = rancang_report_format_value (c->difference[0] == '+' ? c->difference + 1 : c->difference);
      return g_strdup_printf (_("%s → %s (difference %s%s)"), a, b, c->difference[0] == '+' ? "+" : "", d);
    }
  return g_strdup_printf ("%s → %s", a, b);
}

static const char *
what_name (const char *what)
{
  if (g_strcmp0 (what, "chapter") == 0)
    return _("Chapter");
  if (g_strcmp0 (what, "section") == 0)
    return _("Section");
  if (g_strcmp0 (what, "appendix") == 0)
    return _("Appendix");
  if (g_strcmp0 (what, "preface") == 0)
    return _("Front matter");
  if (g_strcmp0 (what, "table") == 0)
    return _("Table");
  if (g_strcmp0 (what, "row") == 0)
    return _("Row");
  return what;
}

RancangCompareReport *
rancang_compare_report_new (RancangDocument *other,
                            RancangDocument *this_doc,
                            const char      *other_name)
{
  RancangCompareReport *report = g_new0 (RancangCompareReport, 1);
  g_autoptr(RancangTemplateSet) templates = rancang_template_set_new_builtin (NULL);
  RancangNumbers *numbers = rancang_numbers_new (this_doc);
  RancangDiffPlaces *places = rancang_diff_places_new (this_doc);

  report->other_name = g_strdup (other_name);
  report->changes = rancang_diff_documents (other, this_doc);
  report->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  for (guint i = 0; i < report->changes->len; i++)
    {
      RancangChange *c = g_ptr_array_index (report->changes, i);
      Line *line = g_new0 (Line, 1);
      const char *column = NULL;
      RancangNode *place = rancang_diff_places_locate (places, c, &column);
      gboolean in_table = g_strcmp0 (c->what, "table") == 0 || g_strcmp0 (c->what, "row") == 0
                          || g_strcmp0 (c->what, "cell") == 0;

      line->change = c;
      if (g_strcmp0 (c->what, "metadata") == 0)
        {
          line->group = g_strdup (_("Document"));
          line->place = g_strdup (c->where);
          line->column = g_strdup (c->field ? c->field : "");
        }
      else if (in_table)
        {
          RancangNode *table = place;

          while (table != NULL && !rancang_node_is (table, "table"))
            table = rancang_node_get_parent (table);
          if (table != NULL && (line->group = rancang_numbers_label (numbers, table)) != NULL)
            {
              line->group_detail = g_strdup (rancang_node_get_child_content (table, "caption"));
            }
          else if (table != NULL && rancang_node_get_child_content (table, "caption") != NULL)
            line->group = g_strdup (rancang_node_get_child_content (table, "caption"));   /* an unnumbered table */
          else
            line->group = g_strdup_printf ("%s %s", _("Table"), c->where);
          line->place = g_strdup (c->key ? c->key : what_name (c->what));
          if (g_strcmp0 (c->what, "cell") == 0 && table != NULL && templates != NULL)
            {
              g_autoptr(RancangTemplate) tmpl = rancang_template_set_for_table (templates, table, NULL);
              int k = tmpl ? rancang_template_lookup_column (tmpl, c->field) : -1;
              const char *header = k >= 0 ? rancang_template_column_header (tmpl, k) : NULL;

              line->column = g_strdup (header ? header : c->field);
            }
          else
            line->column = g_strdup (c->field && c->field[0] != '@' ? c->field : "");
        }
      else
        {
          RancangNode *part = place;
          const char *title;

          while (part != NULL && !rancang_node_is (part, "chapter") && !rancang_node_is (part, "section")
                 && !rancang_node_is (part, "appendix") && !rancang_node_is (part, "preface"))
            part = rancang_node_get_parent (part);
          title = part ? rancang_node_get_child_content (part, "title") : NULL;
          line->group = g_strdup (c->where);
          line->group_detail = g_strdup (g_strcmp0 (c->change, "removed") == 0 && g_strcmp0 (c->what, "paragraph") != 0
                                         ? c->old_value : title);
          if (g_strcmp0 (c->what, "paragraph") == 0)
            line->place = g_strdup_printf (_("Paragraph %s"), c->key ? c->key : "");
          else
            line->place = g_strdup (what_name (c->what));
          line->column = g_strdup (g_strcmp0 (c->field, "title") == 0 ? _("title") : "");
        }
      line->detail = describe (c);
      g_ptr_array_add (report->lines, line);
    }
  rancang_numbers_free (numbers);
  rancang_diff_places_free (places);
  return report;
}

/* ------------------------------------------------------------------ the panel */

struct _RancangComparePanel
{
  GtkBox                parent_instance;

  GtkLabel             *title;
  GtkLabel             *summary;
  GtkListBox           *list;
  RancangCompareReport *report;
};

G_DEFINE_FINAL_TYPE (RancangComparePanel, rancang_compare_panel, GTK_TYPE_BOX)

enum
{
  SHOW_CHANGE,
  REFRESH,
  CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_row_activated (GtkListBox          *list,
                  GtkListBoxRow       *row,
                  RancangComparePanel *self)
{
  Line *line = g_object_get_data (G_OBJECT (row), "line");

  if (line != NULL)
    g_signal_emit (self, signals[SHOW_CHANGE], 0, line->change);
}

static void
on_refresh (GtkButton           *button,
            RancangComparePanel *self)
{
  g_signal_emit (self, signals[REFRESH], 0);
}

static void
on_close (GtkButton           *button,
          RancangComparePanel *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

static void
rancang_compare_panel_finalize (GObject *object)
{
  RancangComparePanel *self = RANCANG_COMPARE_PANEL (object);

  g_clear_pointer (&self->report, rancang_compare_report_free);
  G_OBJECT_CLASS (rancang_compare_panel_parent_class)->finalize (object);
}

static void
rancang_compare_panel_class_init (RancangComparePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rancang_compare_panel_finalize;
  /* (const RancangChange *) */
  signals[SHOW_CHANGE] = g_signal_new ("show-change", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);
  /* compare again with the same file, after edits */
  signals[REFRESH] = g_signal_new ("refresh", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Escape in the list closes the panel */
  gtk_widget_class_add_binding_signal (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "close", NULL);
}

static void
rancang_compare_panel_init (RancangComparePanel *self)
{
  GtkWidget *close, *header;
  GtkWidget *scroller;
  GtkWidget *again = gtk_button_new_with_mnemonic (_("Compare _Again"));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "report-panel");
  header = rancang_report_header_new ("edit-copy-symbolic", &self->title, &self->summary, &close);
  gtk_box_append (GTK_BOX (self), header);
  g_signal_connect (close, "clicked", G_CALLBACK (on_close), self);
  gtk_widget_add_css_class (again, "flat");
  gtk_widget_set_tooltip_text (again, _("Compare the document as it is now with the same file"));
  gtk_box_insert_child_after (GTK_BOX (header), again, GTK_WIDGET (self->summary));
  g_signal_connect (again, "clicked", G_CALLBACK (on_refresh), self);

  scroller = rancang_report_list_new (_("No changes: the two documents say the same."), &self->list, NULL);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);
  gtk_box_append (GTK_BOX (self), scroller);
}

GtkWidget *
rancang_compare_panel_new (void)
{
  return g_object_new (RANCANG_TYPE_COMPARE_PANEL, NULL);
}

GtkListBox *
rancang_compare_panel_get_list (RancangComparePanel *self)
{
  return self->list;
}

static const char *
change_icon (const RancangChange *c)
{
  if (g_strcmp0 (c->change, "added") == 0)
    return "list-add-symbolic";
  if (g_strcmp0 (c->change, "removed") == 0)
    return "list-remove-symbolic";
  if (g_strcmp0 (c->change, "moved") == 0)
    return "object-flip-vertical-symbolic";
  return "document-edit-symbolic";
}

void
rancang_compare_panel_set_report (RancangComparePanel  *self,
                                  RancangCompareReport *report)
{
  const char *group = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;

  g_return_if_fail (RANCANG_IS_COMPARE_PANEL (self));
  rancang_report_list_clear (self->list);
  g_clear_pointer (&self->report, rancang_compare_report_free);
  self->report = report;
  if (report == NULL)
    return;

  title = g_strdup_printf (_("Changes from %s to this document"), report->other_name);
  gtk_label_set_label (self->title, title);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", report->changes->len),
                             report->changes->len);
  gtk_label_set_label (self->summary, summary);
  for (guint i = 0; i < report->lines->len; i++)
    {
      Line *line = g_ptr_array_index (report->lines, i);
      GtkWidget *row;

      if (g_strcmp0 (group, line->group) != 0)
        {
          gtk_list_box_append (self->list, rancang_report_group_new (line->group, line->group_detail));
          group = line->group;
        }
      row = rancang_report_line_new (change_icon (line->change), line->place, line->column, line->detail);
      gtk_widget_add_css_class (row, line->change->change);
      g_object_set_data (G_OBJECT (row), "line", line);
      gtk_list_box_append (self->list, row);
    }
}
