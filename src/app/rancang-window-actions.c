/* rancang-window-actions.c: what a window can be asked to do.
 *
 * Menus, buttons, shortcuts and the tests name these actions; the widgets
 * never call each other. Structural edits of the outline live here: each
 * is one undoable step of the history, and the numbers follow by
 * themselves because they are never stored.
 */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rancang-parts.h"
#include "rancang-compare-panel.h"
#include "rancang-findings-panel.h"
#include "rancang-import-dialog.h"
#include "rancang-pages.h"
#include "rancang-structure.h"
#include "rancang-table-transfer.h"
#include "rancang-window-private.h"

static void
set_enabled (RancangWindow *self,
             const char    *name,
             gboolean       enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
rancang_window_update_actions (RancangWindow *self)
{
  gboolean have = rancang_window_get_document (self) != NULL;
  RancangNode *selected = have ? rancang_outline_get_selected_node (self->outline) : NULL;
  gboolean movable = rancang_structure_is_movable (selected);
  gboolean printable = have && rancang_preview_is_available ();

  set_enabled (self, "save", have);
  set_enabled (self, "save-as", have);
  set_enabled (self, "undo", have && rancang_history_can_undo (rancang_window_get_history (self)));
  set_enabled (self, "redo", have && rancang_history_can_redo (rancang_window_get_history (self)));
  set_enabled (self, "find", have);
  set_enabled (self, "export-pdf", printable);
  set_enabled (self, "print", printable);
  set_enabled (self, "add-chapter", have);
  set_enabled (self, "add-appendix", have);
  set_enabled (self, "add-section", have && rancang_structure_can_add_section (selected, FALSE));
  set_enabled (self, "add-subsection", have && rancang_structure_can_add_section (selected, TRUE));
  set_enabled (self, "delete-part", have && movable);
  set_enabled (self, "rename-part", have && movable);
  set_enabled (self, "move-part-up", have && movable && rancang_structure_same_kind_sibling (selected, FALSE) != NULL);
  set_enabled (self, "move-part-down", have && movable && rancang_structure_same_kind_sibling (selected, TRUE) != NULL);
  set_enabled (self, "compare", have);
  set_enabled (self, "import-document", have);
  /* only a Renja follows a Renstra */
  set_enabled (self, "fill-from-renstra", have && rancang_document_get_kind (rancang_window_get_document (self)) == RANCANG_KIND_RENJA);
}

/* ------------------------------------------------------------------ files */

static void
on_open_response (GtkNativeDialog *dialog,
                  int              response,
                  RancangWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      if (array->len > 0)
        g_application_open (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))),
                            (GFile **) array->pdata, (int) array->len, "");
    }
  g_clear_object (&self->chooser);
}

static GtkFileFilter *
document_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Rancang documents (.xml)"));
  gtk_file_filter_add_mime_type (filter, "application/x-rancang+xml");
  gtk_file_filter_add_suffix (filter, "xml");
  return filter;
}

static void
action_open (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = document_filter ();

  chooser = gtk_file_chooser_native_new (_("Open a Document"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
action_open_recent (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  g_application_open (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), &file, 1, "");
}

static void
on_save_as_response (GtkNativeDialog *dialog,
                     int              response,
                     RancangWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *name = g_file_get_basename (file);

      /* Rancang documents are .xml files: add it when it was left out. */
      if (!g_str_has_suffix (name, ".xml"))
        {
          g_autoptr(GFile) parent = g_file_get_parent (file);
          g_autofree char *with = g_strconcat (name, ".xml", NULL);
          GFile *with_suffix = g_file_get_child (parent, with);

          g_object_unref (file);
          file = with_suffix;
        }
      rancang_window_save_to (self, file);
    }
  else
    self->close_after_save = FALSE;
  g_clear_object (&self->chooser);
}

static char *
suggested_name (RancangWindow *self)
{
  RancangNode *metadata = rancang_document_get_metadata (rancang_window_get_document (self));
  const char *kind = rancang_node_get_attr (rancang_document_get_root (rancang_window_get_document (self)), "kind");
  const char *acronym = rancang_document_get_opd_acronym (rancang_window_get_document (self));
  const char *year = rancang_node_get_child_content (metadata, "plan-year");
  g_autofree char *name = g_strdup_printf ("%s-%s-%s.xml", kind ? kind : "dokumen",
                                           acronym && *acronym ? acronym : "opd", year ? year : "");

  return g_ascii_strdown (name, -1);
}

static void
action_save_as (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = document_filter ();

  if (rancang_window_get_document (self) == NULL || !rancang_window_commit_pending (self))
    {
      self->close_after_save = FALSE;
      return;
    }
  chooser = gtk_file_chooser_native_new (_("Save the Document As"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (rancang_window_get_file (self) != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), rancang_window_get_file (self), NULL);
  else
    {
      g_autofree char *name = suggested_name (self);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_as_response), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
action_save (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;

  if (rancang_window_get_document (self) == NULL)
    return;
  /* What is typed and not yet confirmed is saved too (or, refused, stops
   * the save with the reason). */
  if (!rancang_window_commit_pending (self))
    {
      self->close_after_save = FALSE;
      return;
    }
  if (rancang_window_get_file (self) == NULL)
    action_save_as (action, param, data);
  else
    rancang_window_save_to (self, rancang_window_get_file (self));
}

/* ------------------------------------------------------------------ edit */

static void
action_undo (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;

  /* What is still being typed is kept first, so that the undo takes it back. */
  if (rancang_window_get_history (self) == NULL || !rancang_window_commit_pending (self))
    return;
  if (g_str_equal (g_action_get_name (G_ACTION (action)), "undo"))
    rancang_history_undo (rancang_window_get_history (self));
  else
    rancang_history_redo (rancang_window_get_history (self));
}

static void
action_find (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;
  RancangNode *selected = rancang_outline_get_selected_node (self->outline);

  if (rancang_window_get_document (self) == NULL || !rancang_window_commit_pending (self))
    return;
  /* Find works in the text of a part; from elsewhere, go to the first. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->editor_stack), "narrative") != 0 || selected == NULL)
    {
      RancangNode *root = rancang_document_get_root (rancang_window_get_document (self));
      RancangNode *body = rancang_node_get_child (root, "body");
      RancangNode *chapter = body ? rancang_node_get_child (body, "chapter") : NULL;
      if (chapter != NULL)
        rancang_window_select_part (self, chapter);
    }
  rancang_narrative_editor_show_find (self->narrative_editor);
}

static void
action_show_preview (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;
  GVariant *state = g_action_get_state (G_ACTION (action));
  gboolean show = !g_variant_get_boolean (state);

  g_variant_unref (state);
  g_simple_action_set_state (action, g_variant_new_boolean (show));
  gtk_widget_set_visible (GTK_WIDGET (self->preview), show);
  if (show)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (self->editor_paned));
      RancangNode *selected = rancang_outline_get_selected_node (self->outline);

      gtk_paned_set_position (self->editor_paned, width > 900 ? width - 420 : width / 2);
      if (selected != NULL)
        rancang_preview_show_heading (self->preview, rancang_outline_get_row_number (self->outline, selected));
    }
}

/* ------------------------------------------------------------------ outline */

/* A structure edit done: the outline shows NODE, and a new part's title
 * is selected, ready to be typed over. */
static void
structure_done (RancangWindow *self,
                RancangNode   *node,
                gboolean       new_part)
{
  if (node == NULL)
    return;
  rancang_window_structure_changed (self, node);
  if (new_part)
    rancang_narrative_editor_focus_title (self->narrative_editor);
}

static void
action_add_chapter (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;

  if (rancang_window_get_document (self) == NULL || !rancang_window_commit_pending (self))
    return;
  structure_done (self, rancang_structure_add_chapter (rancang_window_get_history (self), _("New Chapter"),
                                                       rancang_document_get_root (rancang_window_get_document (self)),
                                                       rancang_outline_get_selected_node (self->outline)), TRUE);
}

static void
action_add_appendix (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;

  if (rancang_window_get_document (self) == NULL || !rancang_window_commit_pending (self))
    return;
  structure_done (self, rancang_structure_add_appendix (rancang_window_get_history (self), _("New Appendix"),
                                                        rancang_document_get_root (rancang_window_get_document (self))), TRUE);
}

static void
action_add_section (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;
  gboolean sub = g_str_equal (g_action_get_name (G_ACTION (action)), "add-subsection");

  if (rancang_window_get_document (self) == NULL || !rancang_window_commit_pending (self))
    return;
  structure_done (self, rancang_structure_add_section (rancang_window_get_history (self), sub ? _("New Subsection") : _("New Section"),
                                                       rancang_document_get_root (rancang_window_get_document (self)),
                                                       rancang_outline_get_selected_node (self->outline), sub),
                  TRUE);
}

static void
action_delete_part (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;
  RancangNode *next;

  if (rancang_window_get_document (self) == NULL || !rancang_window_commit_pending (self))
    return;
  next = rancang_structure_delete (rancang_window_get_history (self), _("Delete"), rancang_outline_get_selected_node (self->outline));
  if (next == NULL)
    return;
  structure_done (self, next, FALSE);
  gtk_label_set_label (self->status_label, _("Deleted. Undo (Ctrl+Z) brings it back."));
}

static void
action_move_part (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;
  gboolean down = g_str_equal (g_action_get_name (G_ACTION (action)), "move-part-down");

  if (rancang_window_get_document (self) == NULL || !rancang_window_commit_pending (self))
    return;
  structure_done (self, rancang_structure_move (rancang_window_get_history (self), down ? _("Move Down") : _("Move Up"),
                                                rancang_outline_get_selected_node (self->outline), down), FALSE);
}

static void
on_rename_response (GtkDialog     *dialog,
                    int            response,
                    RancangWindow *self)
{
  RancangNode *node = g_object_get_data (G_OBJECT (dialog), "node");
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");

  if (response == GTK_RESPONSE_OK && node != NULL && rancang_window_get_history (self) != NULL)
    structure_done (self, rancang_structure_rename (rancang_window_get_history (self), _("Rename"), node, gtk_editable_get_text (entry)),
                    FALSE);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
action_rename_part (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;
  RancangNode *selected = rancang_outline_get_selected_node (self->outline);
  GtkWidget *dialog, *entry, *content;
  g_autofree char *title = NULL;

  if (!rancang_structure_is_movable (selected) || !rancang_window_commit_pending (self))
    return;
  title = rancang_parts_title (selected);
  dialog = gtk_dialog_new_with_buttons (_("Rename"), GTK_WINDOW (self),
                                        GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                        _("_Cancel"), GTK_RESPONSE_CANCEL, _("_Rename"), GTK_RESPONSE_OK, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK),
                            "suggested-action");
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 50);
  content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
  gtk_widget_set_margin_top (entry, 18);
  gtk_widget_set_margin_bottom (entry, 18);
  gtk_widget_set_margin_start (entry, 18);
  gtk_widget_set_margin_end (entry, 18);
  gtk_box_append (GTK_BOX (content), entry);
  g_object_set_data (G_OBJECT (dialog), "node", selected);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_signal_connect (dialog, "response", G_CALLBACK (on_rename_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------ output */

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(RancangWindow) self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangPages) pages = rancang_pages_new_finish (result, &error);
  const char *path = g_object_get_data (G_OBJECT (self), "export-path");

  self->busy--;
  if (self->disposed)
    return;
  rancang_window_show_progress (self, FALSE);
  if (pages == NULL)
    {
      rancang_window_show_message (self, GTK_MESSAGE_ERROR, _("The PDF was not written"), error->message);
      rancang_window_set_status (self, "");
      return;
    }
  {
    g_autofree char *name = g_path_get_basename (path);
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %s (%u page)",
                                                          "Exported %s (%u pages)", rancang_pages_get_n_pages (pages)),
                                             name, rancang_pages_get_n_pages (pages));
    rancang_window_set_status (self, text);
  }
}

void
rancang_window_export_pdf (RancangWindow *self,
                           GFile         *file)
{
  g_autofree char *path = g_file_get_path (file);

  if (rancang_window_get_document (self) == NULL || path == NULL || !rancang_window_commit_pending (self))
    return;
  g_object_set_data_full (G_OBJECT (self), "export-path", g_strdup (path), g_free);
  self->busy++;
  rancang_window_show_progress (self, TRUE);
  rancang_window_set_status (self, _("Exporting PDF…"));
  rancang_pages_new_async (rancang_window_get_document (self), path, self->cancellable, export_done, g_object_ref (self));
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    RancangWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      rancang_window_export_pdf (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
action_export_pdf (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (rancang_window_get_document (self) == NULL || !rancang_pages_available () || !rancang_window_commit_pending (self))
    return;
  chooser = gtk_file_chooser_native_new (_("Export PDF"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (rancang_window_get_file (self) != NULL)
    {
      g_autofree char *base = g_file_get_basename (rancang_window_get_file (self));
      g_autoptr(GFile) parent = g_file_get_parent (rancang_window_get_file (self));
      char *dot = strrchr (base, '.');

      if (dot != NULL)
        *dot = '\0';
      name = g_strconcat (base, ".pdf", NULL);
      if (parent != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), parent, NULL);
    }
  else
    name = g_strdup ("dokumen.pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

/* Printing draws the same pages with the cairo back end, each page on a
 * sheet of its own size and orientation. */
static void
on_request_page_setup (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page_nr,
                       GtkPageSetup      *setup,
                       RancangPages      *pages)
{
  double w, h;
  gboolean landscape;
  g_autoptr(GtkPaperSize) paper = NULL;

  rancang_pages_get_size (pages, (guint) page_nr, &w, &h, &landscape);
  paper = landscape ? gtk_paper_size_new_custom ("rancang", "Rancang", h, w, GTK_UNIT_POINTS)
                    : gtk_paper_size_new_custom ("rancang", "Rancang", w, h, GTK_UNIT_POINTS);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_page_setup_set_orientation (setup, landscape ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              RancangPages      *pages)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double w, h;
  gboolean landscape;
  double scale;

  rancang_pages_get_size (pages, (guint) page_nr, &w, &h, &landscape);
  scale = MIN (gtk_print_context_get_width (context) / w, gtk_print_context_get_height (context) / h);
  cairo_scale (cr, scale, scale);
  rancang_pages_draw (pages, (guint) page_nr, cr);
}

static void
print_layout_done (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(RancangWindow) self = data;
  g_autoptr(GError) error = NULL;
  RancangPages *pages = rancang_pages_new_finish (result, &error);
  g_autoptr(GtkPrintOperation) operation = NULL;

  self->busy--;
  if (self->disposed)
    {
      rancang_pages_free (pages);
      return;
    }
  rancang_window_show_progress (self, FALSE);
  rancang_window_set_status (self, "");
  if (pages == NULL)
    {
      rancang_window_show_message (self, GTK_MESSAGE_ERROR, _("The document could not be printed"), error->message);
      return;
    }
  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "pages", pages, (GDestroyNotify) rancang_pages_free);
  gtk_print_operation_set_n_pages (operation, (int) rancang_pages_get_n_pages (pages));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);
  {
    g_autofree char *name = rancang_window_get_file (self) ? g_file_get_basename (rancang_window_get_file (self)) : g_strdup ("Rancang");
    gtk_print_operation_set_job_name (operation, name);
  }
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (on_request_page_setup), pages);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), pages);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    rancang_window_show_message (self, GTK_MESSAGE_ERROR, _("The document could not be printed"), error->message);
}

static void
action_print (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = data;

  if (rancang_window_get_document (self) == NULL || !rancang_pages_available () || !rancang_window_commit_pending (self))
    return;
  self->busy++;
  rancang_window_show_progress (self, TRUE);
  rancang_window_set_status (self, _("Preparing the pages…"));
  rancang_pages_new_async (rancang_window_get_document (self), NULL, self->cancellable, print_layout_done, g_object_ref (self));
}

/* ------------------------------------------------------------------ table transfer */

static RancangSession *
transfer_get_session (GtkWindow *window)
{
  return RANCANG_WINDOW (window)->session;
}

static void
transfer_set_status (GtkWindow  *window,
                     const char *text)
{
  rancang_window_set_status (RANCANG_WINDOW (window), text);
}

static void
transfer_show_error (GtkWindow  *window,
                     const char *title,
                     const char *details)
{
  rancang_window_show_message (RANCANG_WINDOW (window), GTK_MESSAGE_ERROR, title, details);
}

static const RancangTransferHost transfer_host = {
  transfer_get_session,
  transfer_set_status,
  transfer_show_error,
};

static const GActionEntry entries[] = {
  { "open", action_open },
  { "open-recent", action_open_recent, "s" },
  { "save", action_save },
  { "save-as", action_save_as },
  { "undo", action_undo },
  { "redo", action_undo },
  { "find", action_find },
  { "show-preview", action_show_preview, NULL, "false" },
  { "export-pdf", action_export_pdf },
  { "print", action_print },
  { "add-chapter", action_add_chapter },
  { "add-section", action_add_section },
  { "add-subsection", action_add_section },
  { "add-appendix", action_add_appendix },
  { "delete-part", action_delete_part },
  { "rename-part", action_rename_part },
  { "move-part-up", action_move_part },
  { "move-part-down", action_move_part },
};

void
rancang_window_actions_init (RancangWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  rancang_window_renstra_init (self);
  /* paste, copy, CSV import and properties of the table being edited */
  rancang_table_transfer_attach (self->table_editor, GTK_WINDOW (self), &transfer_host);
}

/* ================================================================== sharing
 *
 * The panel of findings and changes under the editors, Compare With… and
 * Import from Another Document…. The other document is read in a worker
 * thread, like the window's own files; the comparison runs there too, on a
 * copy of this document. A click on a line finds its place again in the
 * document as it is now (by table id and kode, rancang_diff_locate()), so
 * the lists stay useful while the planner edits. Choosing another document
 * and reading it (rancang_window_choose_document(),
 * rancang_window_read_document()) serve "Fill from Renstra…" too.
 */

/* ------------------------------------------------------------------ the panel */

static void
show_panel (RancangWindow *self,
            const char    *name)
{
  gtk_stack_set_visible_child_name (self->report_stack, name);
  gtk_revealer_set_reveal_child (self->report_dock, TRUE);
}

static void
on_panel_close (GtkWidget     *panel,
                RancangWindow *self)
{
  gtk_revealer_set_reveal_child (self->report_dock, FALSE);
}

static void
on_findings_show_place (RancangFindingsPanel *panel,
                        const char           *table_id,
                        const char           *kode,
                        guint                 row,
                        const char           *column,
                        RancangWindow        *self)
{
  RancangNode *node;

  if (rancang_window_get_document (self) == NULL)
    return;
  node = rancang_report_find_row (rancang_window_get_document (self), table_id, kode, row);
  if (node == NULL)
    {
      /* the row is gone since the check; its table, if it is still there */
      node = table_id ? rancang_document_lookup_id (rancang_window_get_document (self), table_id) : NULL;
      column = NULL;
    }
  if (node != NULL)
    rancang_window_show_place (self, node, column);
}

static void
on_show_change (RancangComparePanel *panel,
                const RancangChange *change,
                RancangWindow       *self)
{
  const char *column = NULL;
  RancangNode *node;

  if (rancang_window_get_document (self) == NULL)
    return;
  node = rancang_diff_locate (rancang_window_get_document (self), change, &column);
  if (node != NULL)
    rancang_window_show_place (self, node, column);
  else
    rancang_window_set_status (self, _("That part is not in this document any more."));
}

static void
on_compare_again (RancangComparePanel *panel,
                  RancangWindow       *self)
{
  GFile *file = g_object_get_data (G_OBJECT (panel), "file");

  if (file != NULL)
    rancang_window_compare_with (self, file);
}

void
rancang_window_share_set_findings (RancangWindow *self,
                                   gpointer       report)
{
  rancang_findings_panel_set_report (RANCANG_FINDINGS_PANEL (self->findings_panel), report);
}

void
rancang_window_toggle_findings (RancangWindow *self)
{
  if (gtk_revealer_get_reveal_child (self->report_dock)
      && g_strcmp0 (gtk_stack_get_visible_child_name (self->report_stack), "findings") == 0)
    gtk_revealer_set_reveal_child (self->report_dock, FALSE);
  else
    show_panel (self, "findings");
}

const char *
rancang_window_get_panel_shown (RancangWindow *self)
{
  if (!gtk_revealer_get_reveal_child (self->report_dock))
    return NULL;
  return gtk_stack_get_visible_child_name (self->report_stack);
}

RancangFindingsPanel *
rancang_window_get_findings_panel (RancangWindow *self)
{
  return RANCANG_FINDINGS_PANEL (self->findings_panel);
}

RancangComparePanel *
rancang_window_get_compare_panel (RancangWindow *self)
{
  return RANCANG_COMPARE_PANEL (self->compare_panel);
}

RancangImportDialog *
rancang_window_get_import_dialog (RancangWindow *self)
{
  return self->import_dialog ? RANCANG_IMPORT_DIALOG (self->import_dialog) : NULL;
}

/* ------------------------------------------------------------------ reading the other file */

static void
read_job_free (RancangReadJob *job)
{
  g_object_unref (job->file);
  g_clear_pointer (&job->copy, rancang_document_free);
  g_free (job->name);
  g_free (job->doc_id);
  g_free (job);
}

/* Whether the window still holds the document the job was started for:
 * another one opened in it meanwhile gets neither the changes nor the
 * import meant for the first. */
gboolean
rancang_window_holds_job_document (RancangWindow        *self,
                                   const RancangReadJob *job)
{
  return !self->disposed && rancang_window_get_document (self) != NULL && g_strcmp0 (job->doc_id, rancang_window_get_recovery_id (self)) == 0;
}

RancangDocument *
rancang_window_read_document (GFile   *file,
                              GError **error)
{
  g_autofree char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be opened."));
      return NULL;
    }
  return rancang_document_load_file (path, error);
}

static void
compare_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  RancangReadJob *job = data;
  GError *error = NULL;
  g_autoptr(RancangDocument) other = rancang_window_read_document (job->file, &error);

  if (other == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, rancang_compare_report_new (other, job->copy, job->name),
                         (GDestroyNotify) rancang_compare_report_free);
}

void
rancang_window_show_read_error (RancangWindow *self,
                                const char    *name,
                                const GError  *error)
{
  g_autofree char *title = g_strdup_printf (_("“%s” could not be read"), name);

  rancang_window_show_message (self, GTK_MESSAGE_ERROR, title, error->message);
}

static void
compare_done (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  RancangWindow *self = RANCANG_WINDOW (source);
  RancangReadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  RancangCompareReport *report = g_task_propagate_pointer (G_TASK (result), &error);
  guint n;
  g_autofree char *status = NULL;

  self->share_busy--;
  rancang_window_show_progress (self, self->share_busy > 0);
  if (!rancang_window_holds_job_document (self, job))
    {
      rancang_compare_report_free (report);
      return;
    }
  if (report == NULL)
    {
      rancang_window_show_read_error (self, job->name, error);
      rancang_window_set_status (self, "");
      return;
    }
  n = rancang_compare_report_n_changes (report);
  g_object_set_data_full (G_OBJECT (self->compare_panel), "file", g_object_ref (job->file), g_object_unref);
  rancang_compare_panel_set_report (RANCANG_COMPARE_PANEL (self->compare_panel), report);
  show_panel (self, "compare");
  status = n == 0 ? g_strdup_printf (_("No changes from %s"), job->name)
                  : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change from %s", "%u changes from %s", n),
                                     n, job->name);
  rancang_window_set_status (self, status);
}

void
rancang_window_start_read (RancangWindow       *self,
                           GFile               *file,
                           RancangDocument     *copy,
                           guint               *busy,
                           const char          *status,
                           GTaskThreadFunc      thread,
                           GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = NULL;
  RancangReadJob *job;

  job = g_new0 (RancangReadJob, 1);
  job->file = g_object_ref (file);
  job->name = g_file_get_basename (file);
  job->copy = copy;
  job->doc_id = g_strdup (rancang_window_get_recovery_id (self));
  task = g_task_new (self, self->cancellable, done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  (*busy)++;
  rancang_window_show_progress (self, TRUE);
  rancang_window_set_status (self, status);
  g_task_run_in_thread (task, thread);
}

void
rancang_window_compare_with (RancangWindow *self,
                             GFile         *file)
{
  RancangDocument *copy;

  g_return_if_fail (RANCANG_IS_WINDOW (self) && G_IS_FILE (file));
  /* compared as it is on screen, with what is still being typed */
  if (rancang_window_get_document (self) == NULL || !rancang_window_commit_pending (self))
    return;
  /* compared in the worker on a copy, so typing may go on */
  copy = rancang_document_new_from_root (rancang_node_copy (rancang_document_get_root (rancang_window_get_document (self))));
  rancang_window_start_read (self, file, copy, &self->share_busy, _("Comparing…"), compare_thread, compare_done);
}

void
rancang_window_read_thread (GTask        *task,
                            gpointer      source,
                            gpointer      data,
                            GCancellable *cancellable)
{
  GError *error = NULL;
  RancangReadJob *job = data;
  RancangDocument *other = rancang_window_read_document (job->file, &error);

  if (other == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, other, (GDestroyNotify) rancang_document_free);
}

static void
on_imported (RancangWindow *self)
{
  rancang_window_structure_changed (self, NULL);
  rancang_window_reload_editors (self);
}

static void
import_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  RancangWindow *self = RANCANG_WINDOW (source);
  RancangReadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  RancangDocument *other = g_task_propagate_pointer (G_TASK (result), &error);
  RancangImportDialog *dialog;

  self->share_busy--;
  rancang_window_show_progress (self, self->share_busy > 0);
  rancang_window_set_status (self, "");
  if (!rancang_window_holds_job_document (self, job))
    {
      g_clear_pointer (&other, rancang_document_free);
      return;
    }
  if (other == NULL)
    {
      rancang_window_show_read_error (self, job->name, error);
      return;
    }
  if (self->import_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->import_dialog));
  dialog = rancang_import_dialog_new (GTK_WINDOW (self), self->session, other, job->name);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), self, G_CONNECT_SWAPPED);
  self->import_dialog = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &self->import_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
rancang_window_import_from (RancangWindow *self,
                            GFile         *file)
{
  g_return_if_fail (RANCANG_IS_WINDOW (self) && G_IS_FILE (file));
  if (rancang_window_get_document (self) == NULL || !rancang_window_commit_pending (self))
    return;
  rancang_window_start_read (self, file, NULL, &self->share_busy, _("Reading…"), rancang_window_read_thread, import_done);
}

/* ------------------------------------------------------------------ actions */

static void
on_chooser_response (GtkNativeDialog *chooser,
                     int              response,
                     RancangWindow   *self)
{
  RancangDocumentChosen chosen = g_object_get_data (G_OBJECT (chooser), "chosen");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        chosen (self, file);
    }
}

void
rancang_window_choose_document (RancangWindow         *self,
                                const char            *title,
                                const char            *accept_label,
                                RancangDocumentChosen  chosen)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = document_filter ();

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         accept_label, _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* the other document is most often beside this one */
  if (rancang_window_get_file (self) != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (rancang_window_get_file (self));
      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "chosen", chosen);
  g_signal_connect (chooser, "response", G_CALLBACK (on_chooser_response), self);
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
action_compare (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = RANCANG_WINDOW (data);

  if (rancang_window_get_document (self) != NULL)
    rancang_window_choose_document (self, _("Compare With Another Version"), _("_Compare"),
                                    rancang_window_compare_with);
}

static void
action_import_document (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = RANCANG_WINDOW (data);

  if (rancang_window_get_document (self) != NULL)
    rancang_window_choose_document (self, _("Import from Another Document"), _("_Choose"),
                                    rancang_window_import_from);
}

static void
action_show_findings (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangWindow *self = RANCANG_WINDOW (data);

  if (rancang_window_get_document (self) != NULL)
    rancang_window_toggle_findings (self);
}

static const GActionEntry share_entries[] = {
  { "compare", action_compare },
  { "import-document", action_import_document },
  { "show-findings", action_show_findings },
};

/* ------------------------------------------------------------------ setup */

void
rancang_window_share_init (RancangWindow *self)
{
  g_signal_connect (self->findings_panel, "show-place", G_CALLBACK (on_findings_show_place), self);
  g_signal_connect (self->findings_panel, "close", G_CALLBACK (on_panel_close), self);
  g_signal_connect (self->compare_panel, "show-change", G_CALLBACK (on_show_change), self);
  g_signal_connect (self->compare_panel, "close", G_CALLBACK (on_panel_close), self);
  g_signal_connect (self->compare_panel, "refresh", G_CALLBACK (on_compare_again), self);
  g_action_map_add_action_entries (G_ACTION_MAP (self), share_entries, G_N_ELEMENTS (share_entries), self);
}

void
rancang_window_share_dispose (RancangWindow *self)
{
  if (self->import_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->import_dialog));
}
