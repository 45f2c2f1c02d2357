/* rancang-compare-window.c: the panel of findings and changes under the
 * editors, Compare With… and Import from Another Document…
 * See rancang-compare-window.h.
 *
 * The other document is read in a worker thread, like the window's own
 * files; the comparison runs there too, on a copy of this document. A click
 * on a line finds its place again in the document as it is now (by table
 * id and kode, rancang_diff_locate()), so the lists stay useful while the
 * planner edits. Choosing another document and reading it
 * (rancang_window_choose_document(), rancang_window_read_document()) serve
 * "Fill from Renstra…" too.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-compare-window.h"
#include "rancang-window-private.h"

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
  dialog = rancang_import_dialog_new (self, other, job->name);
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

static GtkFileFilter *
document_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Rancang documents"));
  gtk_file_filter_add_mime_type (filter, "application/x-rancang+xml");
  gtk_file_filter_add_suffix (filter, "xml");
  return filter;
}

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
  GtkWidget *status_bar = gtk_widget_get_parent (GTK_WIDGET (self->findings_button));
  GtkWidget *box = gtk_widget_get_parent (status_bar);

  self->report_dock = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->report_dock, GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);
  self->report_stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->report_stack), -1, 250);
  self->findings_panel = rancang_findings_panel_new ();
  self->compare_panel = rancang_compare_panel_new ();
  gtk_stack_add_named (self->report_stack, self->findings_panel, "findings");
  gtk_stack_add_named (self->report_stack, self->compare_panel, "compare");
  gtk_revealer_set_child (self->report_dock, GTK_WIDGET (self->report_stack));
  /* its lists would otherwise claim half of the window's height */
  gtk_widget_set_vexpand (GTK_WIDGET (self->report_dock), FALSE);
  /* between the editors and the status bar */
  gtk_box_insert_child_after (GTK_BOX (box), GTK_WIDGET (self->report_dock), gtk_widget_get_prev_sibling (status_bar));

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
