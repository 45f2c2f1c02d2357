/* rancang-metadata-editor.c: what the document is, and who signs it. */
#include "rancang-config.h"

#include <stdlib.h>
#include <glib/gi18n.h>

#include "rancang-edit.h"
#include "rancang-metadata-editor.h"
#include "rancang-part-editor.h"
#include "rancang-signatory-editor.h"

struct _RancangMetadataEditor
{
  GtkBox          parent_instance;

  GtkEntry       *title_entry;
  GtkDropDown    *kind_dropdown;
  GtkSpinButton  *year_spin;
  GtkSpinButton  *period_start_spin;
  GtkSpinButton  *period_end_spin;
  GtkEntry       *pemda_entry;
  GtkEntry       *opd_entry;
  GtkEntry       *acronym_entry;
  GtkDropDown    *status_dropdown;
  GtkDropDown    *paper_dropdown;
  GtkEntry       *running_entry;
  GtkBox         *signatories_box;
  GtkButton      *add_signatory_button;

  RancangHistory *history;
  RancangNode    *root;
  RancangNode    *metadata;
  char           *default_place;
  gboolean        loading;
};

static void part_editor_iface_init (RancangPartEditorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RancangMetadataEditor, rancang_metadata_editor, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (RANCANG_TYPE_PART_EDITOR, part_editor_iface_init))

static const char *const kinds[] = { "renja", "renstra", "rencana-aksi" };
static const char *const statuses[] = { "rancangan-awal", "rancangan", "rancangan-akhir", "final" };
static const char *const papers[] = { "a4", "f4", "letter" };

static guint
index_of (const char *const *values,
          guint              n,
          const char        *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;
  return 0;
}

static void
begin (RancangMetadataEditor *self,
       const char            *field)
{
  g_autofree char *key = g_strdup_printf ("meta:%s", field);

  rancang_history_begin (self->history, _("Typing"), key);
}

static void
on_entry_changed (GtkEditable           *editable,
                  RancangMetadataEditor *self)
{
  const char *element = g_object_get_data (G_OBJECT (editable), "element");
  g_autofree char *text = g_strdup (gtk_editable_get_text (editable));

  if (self->loading)
    return;
  g_strdelimit (text, "\r\n", ' ');
  begin (self, element);
  if (g_str_equal (element, "acronym"))
    {
      RancangNode *opd = rancang_edit_ensure_child (self->history, self->metadata, "opd", rancang_metadata_order);
      rancang_history_set_attr (self->history, opd, "acronym", *text ? text : NULL);
    }
  else
    {
      /* The title and the running title may be left out; the others not. */
      gboolean optional = g_str_equal (element, "title") || g_str_equal (element, "running-title");
      rancang_edit_set_child (self->history, self->metadata, element, text, rancang_metadata_order, optional);
    }
  rancang_history_end (self->history);
}

static void
on_year_changed (GtkSpinButton         *spin,
                 RancangMetadataEditor *self)
{
  g_autofree char *text = NULL;
  RancangNode *period;

  if (self->loading)
    return;
  text = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (spin));
  begin (self, spin == self->year_spin ? "plan-year" : "period");
  if (spin == self->year_spin)
    rancang_edit_set_child (self->history, self->metadata, "plan-year", text, rancang_metadata_order, FALSE);
  else
    {
      period = rancang_edit_ensure_child (self->history, self->metadata, "period", rancang_metadata_order);
      rancang_history_set_attr (self->history, period, spin == self->period_start_spin ? "start" : "end", text);
    }
  rancang_history_end (self->history);
}

static void
on_dropdown_changed (GtkDropDown           *dropdown,
                     GParamSpec            *pspec,
                     RancangMetadataEditor *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (self->loading || i == GTK_INVALID_LIST_POSITION)
    return;
  rancang_history_begin (self->history, _("Change Property"), NULL);
  if (dropdown == self->kind_dropdown)
    rancang_history_set_attr (self->history, self->root, "kind", kinds[i]);
  else if (dropdown == self->status_dropdown)
    rancang_edit_set_child (self->history, self->metadata, "status", statuses[i], rancang_metadata_order, FALSE);
  else
    {
      RancangNode *paper = rancang_edit_ensure_child (self->history, self->metadata, "paper", rancang_metadata_order);
      rancang_history_set_attr (self->history, paper, "size", papers[i]);
    }
  rancang_history_end (self->history);
}

/* ------------------------------------------------------------------ signatories */

static void load_signatories (RancangMetadataEditor *self);

static void
on_remove_signatory (RancangSignatoryEditor *editor,
                     RancangMetadataEditor  *self)
{
  RancangNode *node = rancang_signatory_editor_get_node (editor);
  const char *id = rancang_node_get_attr (node, "id");
  g_autoptr(GPtrArray) refs = g_ptr_array_new ();

  /* A signature block naming a signatory who is gone would make the file
   * invalid: they leave together, in one undoable step. */
  for (RancangNode *n = self->root; n != NULL; n = rancang_node_next_in_tree (n, self->root))
    if (rancang_node_is (n, "signature") && g_strcmp0 (rancang_node_get_attr (n, "ref"), id) == 0)
      g_ptr_array_add (refs, n);
  rancang_history_begin (self->history, _("Remove Signatory"), NULL);
  for (guint i = 0; i < refs->len; i++)
    rancang_history_remove (self->history, g_ptr_array_index (refs, i));
  rancang_history_remove (self->history, node);
  rancang_history_end (self->history);
  load_signatories (self);
}

static void
on_add_signatory (GtkButton             *button,
                  RancangMetadataEditor *self)
{
  RancangNode *signatories = rancang_node_get_child (self->root, "signatories");
  RancangNode *signatory = rancang_node_new_element ("signatory");
  g_autofree char *id = rancang_edit_unique_id (self->root, "penandatangan");

  rancang_node_set_attr (signatory, "id", id);
  if (self->default_place != NULL && *self->default_place != '\0')
    rancang_node_set_child_content (signatory, "place", self->default_place);
  rancang_node_set_child_content (signatory, "jabatan", "KEPALA");
  rancang_node_set_child_content (signatory, "name", "");

  rancang_history_begin (self->history, _("Add Signatory"), NULL);
  if (signatories == NULL)
    {
      signatories = rancang_node_new_element ("signatories");
      rancang_history_insert (self->history, self->root, rancang_node_get_next (self->metadata), signatories);
    }
  rancang_history_insert (self->history, signatories, NULL, signatory);
  rancang_history_end (self->history);
  load_signatories (self);
}

static void
load_signatories (RancangMetadataEditor *self)
{
  RancangNode *signatories = rancang_node_get_child (self->root, "signatories");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->signatories_box))) != NULL)
    gtk_box_remove (self->signatories_box, child);
  if (signatories == NULL)
    return;
  for (RancangNode *s = rancang_node_get_first_child (signatories); s != NULL; s = rancang_node_get_next (s))
    if (rancang_node_is (s, "signatory"))
      {
        GtkWidget *editor = rancang_signatory_editor_new (self->history, s);
        g_signal_connect (editor, "remove", G_CALLBACK (on_remove_signatory), self);
        gtk_box_append (self->signatories_box, editor);
      }
}

/* ------------------------------------------------------------------ load */

static void
set_entry (GtkEntry   *entry,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
}

void
rancang_metadata_editor_reload (RancangMetadataEditor *self)
{
  RancangNode *period, *opd, *paper;
  const char *year;

  if (self->root == NULL)
    return;
  self->loading = TRUE;
  self->metadata = rancang_node_get_child (self->root, "metadata");
  period = rancang_node_get_child (self->metadata, "period");
  opd = rancang_node_get_child (self->metadata, "opd");
  paper = rancang_node_get_child (self->metadata, "paper");
  year = rancang_node_get_child_content (self->metadata, "plan-year");

  set_entry (self->title_entry, rancang_node_get_child_content (self->metadata, "title"));
  set_entry (self->pemda_entry, rancang_node_get_child_content (self->metadata, "pemda"));
  set_entry (self->opd_entry, rancang_node_get_child_content (self->metadata, "opd"));
  set_entry (self->acronym_entry, rancang_node_get_attr (opd, "acronym"));
  set_entry (self->running_entry, rancang_node_get_child_content (self->metadata, "running-title"));
  gtk_spin_button_set_value (self->year_spin, year ? atoi (year) : 2024);
  if (period != NULL)
    {
      gtk_spin_button_set_value (self->period_start_spin, atoi (rancang_node_get_attr (period, "start")));
      gtk_spin_button_set_value (self->period_end_spin, atoi (rancang_node_get_attr (period, "end")));
    }
  gtk_drop_down_set_selected (self->kind_dropdown,
                              index_of (kinds, G_N_ELEMENTS (kinds), rancang_node_get_attr (self->root, "kind")));
  gtk_drop_down_set_selected (self->status_dropdown,
                              index_of (statuses, G_N_ELEMENTS (statuses),
                                        rancang_node_get_child_content (self->metadata, "status")));
  gtk_drop_down_set_selected (self->paper_dropdown,
                              index_of (papers, G_N_ELEMENTS (papers), rancang_node_get_attr (paper, "size")));
  load_signatories (self);
  self->loading = FALSE;
}

void
rancang_metadata_editor_set_document (RancangMetadataEditor *self,
                                      RancangHistory        *history,
                                      RancangNode           *root)
{
  self->history = history;
  self->root = root;
  rancang_metadata_editor_reload (self);
}

void
rancang_metadata_editor_set_default_place (RancangMetadataEditor *self,
                                           const char            *place)
{
  g_free (self->default_place);
  self->default_place = g_strdup (place);
}

GtkWidget *
rancang_metadata_editor_get_field (RancangMetadataEditor *self,
                                   const char            *name)
{
  GtkWidget *first;

  if (g_str_equal (name, "pemda"))
    return GTK_WIDGET (self->pemda_entry);
  if (g_str_equal (name, "opd"))
    return GTK_WIDGET (self->opd_entry);
  if (g_str_equal (name, "title"))
    return GTK_WIDGET (self->title_entry);
  if (g_str_equal (name, "signatory"))
    {
      first = gtk_widget_get_first_child (GTK_WIDGET (self->signatories_box));
      return first;
    }
  return NULL;
}

/* ------------------------------------------------------------------ class */

static void
bind (RancangMetadataEditor *self,
      GtkEntry              *entry,
      const char            *element)
{
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  g_object_set_data (G_OBJECT (entry), "element", (gpointer) element);
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), self);
}

static void
rancang_metadata_editor_finalize (GObject *object)
{
  RancangMetadataEditor *self = RANCANG_METADATA_EDITOR (object);

  g_free (self->default_place);
  G_OBJECT_CLASS (rancang_metadata_editor_parent_class)->finalize (object);
}

static void
rancang_metadata_editor_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RANCANG_TYPE_METADATA_EDITOR);
  G_OBJECT_CLASS (rancang_metadata_editor_parent_class)->dispose (object);
}

static void
rancang_metadata_editor_class_init (RancangMetadataEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_metadata_editor_dispose;
  object_class->finalize = rancang_metadata_editor_finalize;

  g_type_ensure (RANCANG_TYPE_SIGNATORY_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-metadata-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, year_spin);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, period_start_spin);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, period_end_spin);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, pemda_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, opd_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, acronym_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, running_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, signatories_box);
  gtk_widget_class_bind_template_child (widget_class, RancangMetadataEditor, add_signatory_button);
}

static void
rancang_metadata_editor_init (RancangMetadataEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  bind (self, self->title_entry, "title");
  bind (self, self->pemda_entry, "pemda");
  bind (self, self->opd_entry, "opd");
  bind (self, self->acronym_entry, "acronym");
  bind (self, self->running_entry, "running-title");
  g_signal_connect (self->year_spin, "value-changed", G_CALLBACK (on_year_changed), self);
  g_signal_connect (self->period_start_spin, "value-changed", G_CALLBACK (on_year_changed), self);
  g_signal_connect (self->period_end_spin, "value-changed", G_CALLBACK (on_year_changed), self);
  g_signal_connect (self->kind_dropdown, "notify::selected", G_CALLBACK (on_dropdown_changed), self);
  g_signal_connect (self->status_dropdown, "notify::selected", G_CALLBACK (on_dropdown_changed), self);
  g_signal_connect (self->paper_dropdown, "notify::selected", G_CALLBACK (on_dropdown_changed), self);
  g_signal_connect (self->add_signatory_button, "clicked", G_CALLBACK (on_add_signatory), self);
}

/* RancangPartEditor */

static gboolean
part_editor_can_show (RancangPartEditor *editor,
                      RancangNode       *part)
{
  return rancang_node_is (part, "metadata");
}

static void
part_editor_show (RancangPartEditor *editor,
                  RancangSession    *session,
                  RancangNode       *part)
{
  RancangMetadataEditor *self = RANCANG_METADATA_EDITOR (editor);
  RancangHistory *history = session != NULL && part != NULL ? rancang_session_get_history (session) : NULL;
  RancangNode *root = history != NULL ? rancang_document_get_root (rancang_session_get_document (session)) : NULL;

  /* Shown again, the same document keeps its fields as they are. */
  if (history != self->history || root != self->root)
    rancang_metadata_editor_set_document (self, history, root);
}

static RancangNode *
part_editor_get_part (RancangPartEditor *editor)
{
  RancangMetadataEditor *self = RANCANG_METADATA_EDITOR (editor);

  return self->root != NULL ? self->metadata : NULL;
}

static void
part_editor_reload (RancangPartEditor *editor)
{
  rancang_metadata_editor_reload (RANCANG_METADATA_EDITOR (editor));
}

/* The text fields, the signatories' among them, are kept as they are
 * typed; a year typed in a spin button is kept when it is left, so now. */
static gboolean
part_editor_commit (RancangPartEditor  *editor,
                    GError            **error)
{
  RancangMetadataEditor *self = RANCANG_METADATA_EDITOR (editor);

  if (self->root == NULL)
    return TRUE;
  gtk_spin_button_update (self->year_spin);
  gtk_spin_button_update (self->period_start_spin);
  gtk_spin_button_update (self->period_end_spin);
  return TRUE;
}

static void
part_editor_iface_init (RancangPartEditorInterface *iface)
{
  iface->can_show = part_editor_can_show;
  iface->show = part_editor_show;
  iface->get_part = part_editor_get_part;
  iface->reload = part_editor_reload;
  iface->commit = part_editor_commit;
}
