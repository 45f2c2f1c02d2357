/* rancang-new-dialog.c: what a new document is: kind, year, office, pemda. */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-new-dialog.h"

struct _RancangNewDialog
{
  GtkDialog      parent_instance;
  GtkDropDown   *kind_dropdown;
  GtkSpinButton *year_spin;
  GtkEntry      *opd_entry;
  GtkEntry      *acronym_entry;
  GtkEntry      *pemda_entry;
};

G_DEFINE_FINAL_TYPE (RancangNewDialog, rancang_new_dialog, GTK_TYPE_DIALOG)

static void
rancang_new_dialog_class_init (RancangNewDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-new-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangNewDialog, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RancangNewDialog, year_spin);
  gtk_widget_class_bind_template_child (widget_class, RancangNewDialog, opd_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangNewDialog, acronym_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangNewDialog, pemda_entry);
}

static void
rancang_new_dialog_init (RancangNewDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* A Renja is written the year before the year it plans. */
  gtk_spin_button_set_value (self->year_spin, g_date_time_get_year (now) + 1);
}

RancangNewDialog *
rancang_new_dialog_new (GtkWindow *parent)
{
  return g_object_new (RANCANG_TYPE_NEW_DIALOG, "transient-for", parent, "use-header-bar", FALSE, NULL);
}

RancangDocument *
rancang_new_dialog_create_document (RancangNewDialog *self,
                                    const char       *paper,
                                    const char       *rounding,
                                    GError          **error)
{
  RancangKind kind = gtk_drop_down_get_selected (self->kind_dropdown) == 1 ? RANCANG_KIND_RENSTRA : RANCANG_KIND_RENJA;
  int year = gtk_spin_button_get_value_as_int (self->year_spin);
  const char *opd = gtk_editable_get_text (GTK_EDITABLE (self->opd_entry));
  const char *acronym = gtk_editable_get_text (GTK_EDITABLE (self->acronym_entry));
  const char *pemda = gtk_editable_get_text (GTK_EDITABLE (self->pemda_entry));
  g_autoptr(RancangDocument) doc = rancang_document_new_from_template (kind, year, error);
  RancangNode *metadata;

  if (doc == NULL)
    return NULL;
  if ((*opd && !rancang_document_set_meta (doc, "opd", opd, error))
      || (*pemda && !rancang_document_set_meta (doc, "pemda", pemda, error)))
    return NULL;
  if (*acronym)
    rancang_document_set_opd_acronym (doc, acronym);
  metadata = rancang_document_get_metadata (doc);
  if (paper != NULL)
    rancang_node_set_attr (rancang_node_get_child (metadata, "paper"), "size", paper);
  if (rounding != NULL && g_strcmp0 (rounding, "half-up") != 0)
    {
      RancangNode *option = rancang_node_new_element ("option");
      rancang_node_set_attr (option, "name", "rounding");
      rancang_node_set_attr (option, "value", rounding);
      rancang_node_append_child (metadata, option);
    }
  return g_steal_pointer (&doc);
}
