/* rancang-findings-panel.c: what is wrong in the tables, grouped by table.
 * See rancang-findings-panel.h. */
#include "rancang-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rancang-finding-text.h"
#include "rancang-findings-panel.h"

/* ------------------------------------------------------------------ shared look */

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
  const RancangFindingsEntry *e = g_object_get_data (G_OBJECT (row), "entry");

  if (e != NULL)
    g_signal_emit (self, signals[SHOW_PLACE], 0, e->finding->table_id, e->finding->kode, e->finding->row,
                   e->finding->column);
}

static void
on_close (GtkButton            *button,
          RancangFindingsPanel *self)
{
  g_signal_emit (self, signals[CLOSE], 0);
}

static void
rancang_findings_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RANCANG_TYPE_FINDINGS_PANEL);
  G_OBJECT_CLASS (rancang_findings_panel_parent_class)->dispose (object);
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
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_findings_panel_dispose;
  object_class->finalize = rancang_findings_panel_finalize;
  /* (table id, kode or "#n", row number, column key) */
  signals[SHOW_PLACE] = g_signal_new ("show-place", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                                      G_TYPE_STRING, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_STRING);
  signals[CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Escape in the list closes the panel */
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Escape, 0, "close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-findings-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangFindingsPanel, title);
  gtk_widget_class_bind_template_child (widget_class, RancangFindingsPanel, summary);
  gtk_widget_class_bind_template_child (widget_class, RancangFindingsPanel, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_close);
}

static void
rancang_findings_panel_init (RancangFindingsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (on_map), self);
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
  guint n_errors = rancang_findings_report_n_errors (report);
  guint n_notes = rancang_findings_report_n_notes (report);

  if (n_errors == 0)
    errors = g_strdup (_("no inconsistencies"));
  else
    errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u inconsistency", "%u inconsistencies",
                                           n_errors), n_errors);
  if (n_notes == 0)
    return g_steal_pointer (&errors);
  notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note on text in number columns",
                                        "%u notes on text in number columns", n_notes), n_notes);
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
    for (guint i = 0; i < rancang_findings_report_n_groups (report); i++)
      {
        const RancangFindingsGroup *group = rancang_findings_report_get_group (report, i);
        gboolean heading = FALSE;

        for (guint j = 0; j < group->entries->len; j++)
          {
            const RancangFindingsEntry *e = g_ptr_array_index (group->entries, j);
            g_autofree char *place = NULL;
            g_autofree char *detail = NULL;
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
            place = rancang_findings_entry_place (e);
            detail = rancang_finding_describe (e->finding);
            row = rancang_report_line_new (e->note ? "dialog-information-symbolic" : "dialog-warning-symbolic",
                                           place, e->column_title ? e->column_title : "", detail);
            if (e->note)
              gtk_widget_add_css_class (row, "note");
            g_object_set_data (G_OBJECT (row), "entry", (gpointer) e);
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
  if (report != NULL && self->report != NULL && rancang_findings_report_equal (report, self->report))
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
