/* rancang-compare-panel.c: the changes from another version to this one.
 * See rancang-compare-panel.h. */
#include "rancang-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rancang-compare-panel.h"
#include "rancang-findings-panel.h"

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

/* What a line of the report says, in the interface's language. */
static char *
describe (const RancangCompareLine *line)
{
  const RancangChange *c = line->change;

  if (g_strcmp0 (c->change, "added") == 0)
    return g_strdup_printf (_("added: %s"), line->new_text);
  if (g_strcmp0 (c->change, "removed") == 0)
    return g_strdup_printf (_("removed: %s"), line->old_text);
  if (g_strcmp0 (c->change, "moved") == 0)
    return g_strdup_printf (_("moved from %s to %s"), line->old_text ? line->old_text : "?",
                            line->new_text ? line->new_text : "?");
  if (line->difference != NULL)
    return g_strdup_printf (_("%s → %s (difference %s)"), line->old_text, line->new_text, line->difference);
  return g_strdup_printf ("%s → %s", line->old_text, line->new_text);
}

static char *
group_of (const RancangCompareLine *line)
{
  if (line->in == RANCANG_COMPARE_IN_DOCUMENT)
    return g_strdup (_("Document"));
  if (line->group == NULL)
    return g_strdup_printf ("%s %s", _("Table"), line->change->where);
  return g_strdup (line->group);
}

static char *
place_of (const RancangCompareLine *line)
{
  if (line->in == RANCANG_COMPARE_IN_PART && g_strcmp0 (line->change->what, "paragraph") == 0)
    return g_strdup_printf (_("Paragraph %s"), line->place);
  if (line->place != NULL)
    return g_strdup (line->place);
  return g_strdup (what_name (line->change->what));
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
  const RancangCompareLine *line = g_object_get_data (G_OBJECT (row), "line");

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
rancang_compare_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RANCANG_TYPE_COMPARE_PANEL);
  G_OBJECT_CLASS (rancang_compare_panel_parent_class)->dispose (object);
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
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_compare_panel_dispose;
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
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Escape, 0, "close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-compare-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangComparePanel, title);
  gtk_widget_class_bind_template_child (widget_class, RancangComparePanel, summary);
  gtk_widget_class_bind_template_child (widget_class, RancangComparePanel, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_refresh);
  gtk_widget_class_bind_template_callback (widget_class, on_close);
}

static void
rancang_compare_panel_init (RancangComparePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
  g_autofree char *group = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  guint n;

  g_return_if_fail (RANCANG_IS_COMPARE_PANEL (self));
  rancang_report_list_clear (self->list);
  g_clear_pointer (&self->report, rancang_compare_report_free);
  self->report = report;
  if (report == NULL)
    return;

  n = rancang_compare_report_n_changes (report);
  title = g_strdup_printf (_("Changes from %s to this document"), rancang_compare_report_get_other_name (report));
  gtk_label_set_label (self->title, title);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", n), n);
  gtk_label_set_label (self->summary, summary);
  for (guint i = 0; i < n; i++)
    {
      const RancangCompareLine *line = rancang_compare_report_get_line (report, i);
      g_autofree char *line_group = group_of (line);
      g_autofree char *place = place_of (line);
      g_autofree char *detail = describe (line);
      const char *column = line->title ? _("title") : line->column != NULL ? line->column : "";
      GtkWidget *row;

      if (g_strcmp0 (group, line_group) != 0)
        {
          gtk_list_box_append (self->list, rancang_report_group_new (line_group, line->group_detail));
          g_free (group);
          group = g_steal_pointer (&line_group);
        }
      row = rancang_report_line_new (change_icon (line->change), place, column, detail);
      gtk_widget_add_css_class (row, line->change->change);
      g_object_set_data (G_OBJECT (row), "line", (gpointer) line);
      gtk_list_box_append (self->list, row);
    }
}
