/* rancang-window.c: one document: its outline, its editors, its file.
 *
 * The window composes the editors and shows a session (rancang-session.h),
 * which owns the document, its history, its file, the recovery copy and
 * the check. The window listens to the session to relabel the outline,
 * show the tree again after an undo, and say what is saved and found. The
 * editors are a list of RancangPartEditor: showing a part, reloading and
 * committing what is being typed are loops over it.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-check.h"
#include "rancang-edit.h"
#include "rancang-identity.h"
#include "rancang-part-editor.h"
#include "rancang-parts.h"
#include "rancang-recent.h"
#include "rancang-structure.h"
#include "rancang-window-private.h"

G_DEFINE_FINAL_TYPE (RancangWindow, rancang_window, GTK_TYPE_APPLICATION_WINDOW)

static GSettings *
settings_of (RancangWindow *self)
{
  return self->settings;
}

/* ------------------------------------------------------------------ messages */

void
rancang_window_show_message (RancangWindow  *self,
                             GtkMessageType  type,
                             const char     *title,
                             const char     *details)
{
  /* Buttons of the previous message go with it. */
  for (guint i = 0; i < G_N_ELEMENTS (self->info_buttons); i++)
    if (self->info_buttons[i] != NULL)
      {
        gtk_info_bar_remove_action_widget (self->info_bar, self->info_buttons[i]);
        self->info_buttons[i] = NULL;
      }
  self->info_kind = INFO_NOTICE;
  gtk_info_bar_set_message_type (self->info_bar, type);
  gtk_label_set_label (self->info_title, title);
  gtk_label_set_label (self->info_details, details ? details : "");
  gtk_widget_set_visible (GTK_WIDGET (self->info_details), details != NULL && *details != '\0');
  gtk_info_bar_set_revealed (self->info_bar, TRUE);
}

const char *
rancang_window_get_message (RancangWindow *self)
{
  if (!gtk_info_bar_get_revealed (self->info_bar))
    return NULL;
  return gtk_label_get_label (self->info_title);
}

static void
hide_message (RancangWindow *self)
{
  gtk_info_bar_set_revealed (self->info_bar, FALSE);
  self->info_kind = INFO_NONE;
}

static void
on_info_response (GtkInfoBar    *bar,
                  int            response,
                  RancangWindow *self)
{
  InfoKind kind = self->info_kind;

  hide_message (self);
  if (response == GTK_RESPONSE_CLOSE)
    return;
  switch (kind)
    {
    case INFO_RECOVERY:
      if (response == 1)
        rancang_window_recover (self);
      else if (response == 2 && self->recovery_entries != NULL)
        {
          for (guint i = 0; i < self->recovery_entries->len; i++)
            rancang_recovery_discard (((RancangRecoveryEntry *) g_ptr_array_index (self->recovery_entries, i))->id);
          g_clear_pointer (&self->recovery_entries, g_ptr_array_unref);
        }
      break;
    case INFO_SAVE_FAILED:
      if (response == 1)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.save-as", NULL);
      break;
    case INFO_LOAD_FAILED:
      if (response == 1)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.open", NULL);
      break;
    case INFO_NONE:
    case INFO_NOTICE:
    default:
      break;
    }
}

static void
show_message_with (RancangWindow  *self,
                   InfoKind        kind,
                   GtkMessageType  type,
                   const char     *title,
                   const char     *details,
                   const char     *button1,
                   const char     *button2)
{
  rancang_window_show_message (self, type, title, details);
  self->info_kind = kind;
  if (button1 != NULL)
    self->info_buttons[0] = gtk_info_bar_add_button (self->info_bar, button1, 1);
  if (button2 != NULL)
    self->info_buttons[1] = gtk_info_bar_add_button (self->info_bar, button2, 2);
}

/* ------------------------------------------------------------------ title */

static char *
display_name (RancangWindow *self)
{
  if (self->session != NULL)
    return rancang_session_dup_display_name (self->session);
  return g_strdup (_("Untitled Document"));
}

gboolean
rancang_window_is_dirty (RancangWindow *self)
{
  return self->session != NULL && rancang_session_is_dirty (self->session);
}

void
rancang_window_update_title (RancangWindow *self)
{
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *window_title = NULL;
  g_autofree char *folder = NULL;

  if (self->session == NULL)
    {
      gtk_label_set_label (self->title_label, "Rancang");
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), FALSE);
      gtk_window_set_title (GTK_WINDOW (self), "Rancang");
      return;
    }
  name = display_name (self);
  /* The dirty marker comes first, where the eye finds it in a narrow bar. */
  label = rancang_window_is_dirty (self) ? g_strdup_printf ("• %s", name) : g_strdup (name);
  gtk_label_set_label (self->title_label, label);
  window_title = g_strdup_printf ("%s — Rancang", label);
  gtk_window_set_title (GTK_WINDOW (self), window_title);

  if (rancang_session_get_file (self->session) != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (rancang_session_get_file (self->session));
      g_autofree char *path = parent ? g_file_get_path (parent) : NULL;
      const char *home = g_get_home_dir ();

      if (path != NULL && home != NULL && g_str_has_prefix (path, home))
        folder = g_strconcat ("~", path + strlen (home), NULL);
      else
        folder = g_steal_pointer (&path);
    }
  else
    folder = g_strdup (_("Not saved yet"));
  gtk_label_set_label (self->subtitle_label, folder ? folder : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), folder != NULL);
}

static void
set_status (RancangWindow *self,
            const char    *text)
{
  gtk_label_set_label (self->status_label, text);
}

void
rancang_window_set_status (RancangWindow *self,
                           const char    *text)
{
  set_status (self, text);
}

static gboolean
pulse (gpointer data)
{
  gtk_progress_bar_pulse (RANCANG_WINDOW (data)->progress_bar);
  return G_SOURCE_CONTINUE;
}

/* The layout gives no fractions, so long work shows a pulsing bar. */
void
rancang_window_show_progress (RancangWindow *self,
                              gboolean       running)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  /* A job that ends after the window was closed starts no pulse on it. */
  if (self->disposed)
    return;
  /* Other documents being read for a comparison or an import keep it
   * going when an export or a fill ends beside them. */
  running = running || self->share_busy > 0;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), running);
  if (running)
    self->pulse_id = g_timeout_add (100, pulse, self);
}

static void
on_layout_changed (RancangPreview *preview,
                   RancangWindow  *self)
{
  int n = rancang_preview_get_n_pages (preview);

  if (n < 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->pages_label), FALSE);
      return;
    }
  {
    g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d page", "%d pages", n), n);
    gtk_label_set_label (self->pages_label, text);
    gtk_widget_set_visible (GTK_WIDGET (self->pages_label), TRUE);
  }
}

/* ------------------------------------------------------------------ recovery */

void
rancang_window_discard_recovery (RancangWindow *self)
{
  if (self->session != NULL)
    rancang_session_discard_recovery (self->session);
}

static void
on_recovery_written (RancangSession *session,
                     const char     *error_message,
                     RancangWindow  *self)
{
  if (error_message != NULL)
    rancang_window_show_message (self, GTK_MESSAGE_WARNING, _("The recovery copy could not be written"),
                                 error_message);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *time = g_date_time_format (now, "%H:%M");
      g_autofree char *text = g_strdup_printf (_("Recovery copy kept at %s"), time);
      set_status (self, text);
    }
}

/* ------------------------------------------------------------------ check */

/* The findings, grouped and worded for the panel, are made in the
 * session's worker; the panel keeps them. */
static gboolean
on_checked (RancangSession *session,
            gpointer        findings,
            RancangWindow  *self)
{
  RancangFindingsReport *report = findings;
  g_autofree char *text = NULL;
  guint n_errors, n_notes;

  /* text meant as text in a number column is a note, not counted */
  n_errors = rancang_findings_report_n_errors (report);
  n_notes = rancang_findings_report_n_notes (report);
  if (n_errors == 0)
    text = g_strdup (_("No findings"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u finding", "%u findings", n_errors), n_errors);
  if (n_notes > 0)
    {
      g_autofree char *notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", n_notes), n_notes);
      g_autofree char *both = g_strdup_printf ("%s · %s", text, notes);
      g_free (text);
      text = g_steal_pointer (&both);
    }
  rancang_window_share_set_findings (self, report);
  gtk_label_set_label (self->findings_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->findings_button), TRUE);
  if (n_errors == 0)
    gtk_widget_remove_css_class (GTK_WIDGET (self->findings_button), "has-findings");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->findings_button), "has-findings");
  return TRUE;
}

static void
on_findings_clicked (GtkButton     *button,
                     RancangWindow *self)
{
  /* the findings panel under the editors (rancang-window-actions.c) */
  rancang_window_toggle_findings (self);
}

/* ------------------------------------------------------------------ history */

/* The editor of NODE, from the list: the first that says it shows it. */
static RancangPartEditor *
editor_for (RancangWindow *self,
            RancangNode   *node)
{
  for (guint i = 0; i < self->editors->len; i++)
    if (rancang_part_editor_can_show (g_ptr_array_index (self->editors, i), node))
      return g_ptr_array_index (self->editors, i);
  return NULL;
}

/* The part the editor in view shows, or NULL. */
static RancangNode *
shown_part (RancangWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->editor_stack);

  return child != NULL && RANCANG_IS_PART_EDITOR (child) ? rancang_part_editor_get_part (RANCANG_PART_EDITOR (child))
                                                        : NULL;
}

static void
show_part (RancangWindow *self,
           RancangNode   *node,
           RancangNode   *scroll_to)
{
  RancangNode *root = self->session ? rancang_document_get_root (rancang_session_get_document (self->session)) : NULL;
  RancangPartEditor *editor;

  if (node == NULL || root == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "generated");
      gtk_label_set_label (self->generated_title, _("Nothing selected"));
      gtk_label_set_label (self->generated_label, _("Choose a part of the document in the outline."));
      return;
    }
  if (rancang_node_is (node, "figure"))
    {
      /* A figure is shown where it stands, in the text of its part. */
      RancangNode *part = rancang_structure_part_of (node);

      if (part != NULL)
        show_part (self, part, node);
      return;
    }
  editor = editor_for (self, node);
  if (editor != NULL)
    {
      rancang_part_editor_show (editor, self->session, node);
      gtk_stack_set_visible_child (self->editor_stack, GTK_WIDGET (editor));
      if (scroll_to != NULL)
        rancang_part_editor_select (editor, scroll_to, NULL);
      return;
    }

  gtk_stack_set_visible_child_name (self->editor_stack, "generated");
  if (rancang_node_is (node, "cover"))
    {
      gtk_label_set_label (self->generated_title, _("Cover"));
      gtk_label_set_label (self->generated_label,
                           _("The cover is made from the document’s kind, office, regional government "
                             "and year, as set in Document and Signatories."));
    }
  else
    {
      g_autofree char *title = rancang_parts_title (node);
      gtk_label_set_label (self->generated_title, title);
      gtk_label_set_label (self->generated_label,
                           _("This list is generated when the document is printed, with the page "
                             "numbers where each chapter, table or figure really starts."));
    }
}

static void
on_open_part (RancangNarrativeEditor *editor,
              RancangNode            *node,
              RancangWindow          *self)
{
  rancang_window_select_part (self, node);
}

static void
on_part_selected (RancangOutline *outline,
                  RancangNode    *node,
                  RancangWindow  *self)
{
  /* What is typed in the part left behind is kept with it; a refused
   * value is said, and the part it is in stays in view to mend it. */
  if (self->reverting)
    return;
  if (!rancang_window_commit_pending (self))
    {
      RancangNode *shown = shown_part (self);

      self->reverting = TRUE;
      if (shown != NULL && shown != node)
        rancang_outline_select_node (outline, shown);
      self->reverting = FALSE;
      return;
    }
  show_part (self, node, NULL);
  if (node != NULL)
    rancang_preview_show_heading (self->preview, rancang_outline_get_row_number (outline, node));
  rancang_window_update_actions (self);
}

void
rancang_window_select_part (RancangWindow *self,
                            RancangNode   *node)
{
  if (!rancang_window_commit_pending (self))
    return;
  if (!rancang_outline_select_node (self->outline, node))
    show_part (self, node, NULL);
  rancang_window_update_actions (self);
}

gboolean
rancang_window_show_place (RancangWindow *self,
                           RancangNode   *node,
                           const char    *key)
{
  RancangNode *part = rancang_structure_part_of (node);
  RancangPartEditor *editor;

  if (part == NULL)
    return FALSE;
  rancang_window_select_part (self, part);
  editor = editor_for (self, part);
  if (editor == NULL)
    return TRUE;   /* the cover: a page of its own, nothing in it to go to */
  if (rancang_part_editor_get_part (editor) != part)
    return FALSE;
  return node == part || rancang_part_editor_select (editor, node, key);
}

void
rancang_window_structure_changed (RancangWindow *self,
                                  RancangNode   *select)
{
  rancang_outline_rebuild (self->outline);
  if (select != NULL)
    rancang_window_select_part (self, select);
}

void
rancang_window_reload_editors (RancangWindow *self)
{
  RancangNode *root = rancang_document_get_root (rancang_session_get_document (self->session));

  for (guint i = 0; i < self->editors->len; i++)
    {
      RancangPartEditor *editor = g_ptr_array_index (self->editors, i);
      RancangNode *part = rancang_part_editor_get_part (editor);

      /* An editor whose part is no longer in the tree lets go of it: the
       * history frees an undone part once a new edit drops the redo. */
      if (part == NULL)
        continue;
      if (rancang_node_is_within (part, root))
        rancang_part_editor_reload (editor);
      else
        rancang_part_editor_show (editor, NULL, NULL);
    }
}

gboolean
rancang_window_commit_editors (RancangWindow  *self,
                               GError        **error)
{
  for (guint i = 0; i < self->editors->len; i++)
    if (!rancang_part_editor_commit (g_ptr_array_index (self->editors, i), error))
      return FALSE;
  return TRUE;
}

gboolean
rancang_window_commit_pending (RancangWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->session == NULL || rancang_window_commit_editors (self, &error))
    return TRUE;
  rancang_window_show_message (self, GTK_MESSAGE_ERROR, _("A value typed was not kept"), error->message);
  return FALSE;
}

static void
on_session_changed (RancangSession *session,
                    int             event,
                    RancangWindow  *self)
{
  RancangNode *root = rancang_document_get_root (rancang_session_get_document (session));

  if (event != RANCANG_HISTORY_EDIT)
    {
      /* Undo and redo may change anything: show the tree as it now is. */
      RancangNode *selected = rancang_outline_get_selected_node (self->outline);

      rancang_outline_rebuild (self->outline);
      if (selected != NULL && !rancang_node_is_within (selected, root))
        rancang_outline_select_node (self->outline, rancang_node_get_child (root, "metadata"));
      rancang_window_reload_editors (self);
    }
  else
    rancang_outline_update_labels (self->outline);

  rancang_window_update_title (self);
  rancang_window_update_actions (self);
  rancang_preview_invalidate (self->preview);
}

static void
on_session_file_changed (RancangSession *session,
                         RancangWindow  *self)
{
  rancang_window_update_title (self);
  rancang_window_update_actions (self);
}

/* ------------------------------------------------------------------ document */

static void
add_recent (RancangWindow *self,
            GFile         *file)
{
  if (file != NULL && self->recent != NULL)
    rancang_recent_add (self->recent, file);
}

static gboolean
commit_editors_of_session (gpointer   data,
                           GError   **error)
{
  return rancang_window_commit_editors (RANCANG_WINDOW (data), error);
}

/* The window lets go of its session: no more copies of it are kept, and
 * what it still does in workers arrives nowhere. */
static void
drop_session (RancangWindow *self)
{
  if (self->session == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->session, self);
  rancang_session_close (self->session);
  g_clear_object (&self->session);
}

void
rancang_window_set_document (RancangWindow   *self,
                             RancangDocument *doc,
                             GFile           *file)
{
  GSettings *settings = settings_of (self);
  RancangNode *root;

  if (self->session != NULL)
    rancang_session_discard_recovery (self->session);
  rancang_outline_set_document (self->outline, NULL);
  for (guint i = 0; i < self->editors->len; i++)
    rancang_part_editor_show (g_ptr_array_index (self->editors, i), NULL, NULL);
  rancang_preview_set_document (self->preview, NULL);
  drop_session (self);

  if (doc == NULL)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "welcome");
      rancang_window_update_title (self);
      rancang_window_update_actions (self);
      return;
    }

  self->session = rancang_session_new (doc, file, settings);
  rancang_session_set_commit (self->session, commit_editors_of_session, self);
  rancang_session_set_check (self->session, (RancangSessionCheck) rancang_findings_report_new,
                             (GDestroyNotify) rancang_findings_report_free);
  g_signal_connect (self->session, "changed", G_CALLBACK (on_session_changed), self);
  g_signal_connect (self->session, "file-changed", G_CALLBACK (on_session_file_changed), self);
  g_signal_connect (self->session, "checked", G_CALLBACK (on_checked), self);
  g_signal_connect (self->session, "recovery-written", G_CALLBACK (on_recovery_written), self);

  root = rancang_document_get_root (doc);
  if (settings != NULL)
    {
      g_autofree char *place = g_settings_get_string (settings, "signature-place");
      rancang_metadata_editor_set_default_place (self->metadata_editor, place);
    }
  /* The document's fields are there at once, whatever is shown first. */
  rancang_part_editor_show (RANCANG_PART_EDITOR (self->metadata_editor), self->session,
                            rancang_node_get_child (root, "metadata"));
  rancang_outline_set_document (self->outline, doc);
  rancang_preview_set_document (self->preview, doc);
  gtk_stack_set_visible_child_name (self->main_stack, "document");
  rancang_window_select_part (self, rancang_structure_first_part (root));
  rancang_window_update_title (self);
  rancang_window_update_actions (self);
  set_status (self, "");
  rancang_session_check_soon (self->session, 600);
  add_recent (self, file);
}

RancangSession *
rancang_window_get_session (RancangWindow *self)
{
  return self->session;
}

gboolean
rancang_window_is_empty (RancangWindow *self)
{
  return self->session == NULL && self->busy == 0;
}

gboolean
rancang_window_is_busy (RancangWindow *self)
{
  return self->busy > 0 || (self->session != NULL && rancang_session_is_busy (self->session));
}

GFile *
rancang_window_get_file (RancangWindow *self)
{
  return self->session != NULL ? rancang_session_get_file (self->session) : NULL;
}

RancangDocument *
rancang_window_get_document (RancangWindow *self)
{
  return self->session != NULL ? rancang_session_get_document (self->session) : NULL;
}

RancangHistory *
rancang_window_get_history (RancangWindow *self)
{
  return self->session != NULL ? rancang_session_get_history (self->session) : NULL;
}

const char *
rancang_window_get_recovery_id (RancangWindow *self)
{
  return self->session != NULL ? rancang_session_get_recovery_id (self->session) : NULL;
}

GtkWidget *
rancang_window_get_child (RancangWindow *self,
                          const char    *name)
{
  if (g_str_equal (name, "outline"))
    return GTK_WIDGET (self->outline);
  if (g_str_equal (name, "narrative"))
    return GTK_WIDGET (self->narrative_editor);
  if (g_str_equal (name, "metadata"))
    return GTK_WIDGET (self->metadata_editor);
  if (g_str_equal (name, "table"))
    return GTK_WIDGET (self->table_editor);
  if (g_str_equal (name, "swot"))
    return GTK_WIDGET (self->swot_editor);
  if (g_str_equal (name, "title"))
    return GTK_WIDGET (self->title_label);
  if (g_str_equal (name, "editor-stack"))
    return GTK_WIDGET (self->editor_stack);
  if (g_str_equal (name, "findings"))
    return GTK_WIDGET (self->findings_label);
  if (g_str_equal (name, "info-bar"))
    return GTK_WIDGET (self->info_bar);
  if (g_str_equal (name, "preview"))
    return GTK_WIDGET (self->preview);
  if (g_str_equal (name, "pages"))
    return GTK_WIDGET (self->pages_label);
  if (g_str_equal (name, "status"))
    return GTK_WIDGET (self->status_label);
  if (g_str_equal (name, "info-details"))
    return GTK_WIDGET (self->info_details);
  return NULL;
}

/* ------------------------------------------------------------------ load */

static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  RancangDocument *doc = rancang_window_read_document (G_FILE (data), &error);

  if (doc == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, doc, (GDestroyNotify) rancang_document_free);
}

/* libxml2's messages come as FILE:LINE:COL lines; a few say enough. */
static char *
shorten_messages (const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);
  guint n = g_strv_length (lines);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n && i < 8; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, lines[i]);
    }
  if (n > 8)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "\n… and %u more message", "\n… and %u more messages",
                                              n - 8), n - 8);
  return g_string_free (out, FALSE);
}

static void
load_done (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  RancangWindow *self = RANCANG_WINDOW (source);
  g_autoptr(GFile) file = data;
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = g_task_propagate_pointer (G_TASK (result), &error);

  self->busy--;
  if (self->disposed)
    {
      g_clear_pointer (&doc, rancang_document_free);
      return;
    }
  if (doc == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("“%s” could not be opened"), name);
      g_autofree char *messages = NULL;
      g_autofree char *details = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      messages = shorten_messages (error->message);
      if (g_error_matches (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_IO))
        details = g_strdup_printf ("%s\n%s", messages,
                                   _("Check that the file exists and that you may read it."));
      else
        details = g_strdup_printf ("%s\n%s", messages,
                                   _("This is not a valid Rancang document. Correct it at the line shown "
                                     "(any text editor will do), or ask the office that sent it for a new copy."));
      show_message_with (self, INFO_LOAD_FAILED, GTK_MESSAGE_ERROR, title, details, _("Open Another…"), NULL);
      rancang_window_update_actions (self);
      return;
    }
  rancang_window_set_document (self, doc, file);
}

void
rancang_window_load_file (RancangWindow *self,
                          GFile         *file)
{
  g_autoptr(GTask) task = g_task_new (self, self->cancellable, load_done, g_object_ref (file));

  hide_message (self);
  self->busy++;
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
  set_status (self, _("Opening…"));
}

/* ------------------------------------------------------------------ save */

typedef struct
{
  RancangWindow *window;
  GFile         *file;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_object_unref (job->window);
  g_object_unref (job->file);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveJob, save_job_free)

static void
save_done (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(SaveJob) job = data;
  RancangWindow *self = job->window;
  GFile *file = job->file;
  g_autoptr(GError) error = NULL;
  gboolean saved = rancang_session_save_finish (RANCANG_SESSION (source), result, &error);

  if (self->disposed || RANCANG_SESSION (source) != self->session)
    return;
  if (!saved)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("“%s” was not saved"), name);
      g_autofree char *details = g_strdup_printf ("%s\n%s", error->message,
                                                  _("Your changes are still here, and in the recovery copy. "
                                                    "Save them in another folder with Save As, or free some disk space and save again."));
      self->close_after_save = FALSE;
      show_message_with (self, INFO_SAVE_FAILED, GTK_MESSAGE_ERROR, title, details, _("Save _As…"), NULL);
      return;
    }
  add_recent (self, file);
  set_status (self, _("Saved"));
  if (self->close_after_save)
    {
      self->close_after_save = FALSE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

void
rancang_window_save_to (RancangWindow *self,
                        GFile         *file)
{
  g_return_if_fail (self->session != NULL);
  if (!rancang_window_commit_pending (self))
    {
      self->close_after_save = FALSE;
      return;
    }
  hide_message (self);
  set_status (self, _("Saving…"));
  {
    SaveJob *job = g_new0 (SaveJob, 1);

    job->window = g_object_ref (self);
    job->file = g_object_ref (file);
    rancang_session_save_async (self->session, file, save_done, job);
  }
}

/* ------------------------------------------------------------------ recovery offer */

void
rancang_window_offer_recovery (RancangWindow *self,
                               GPtrArray     *entries)
{
  RancangRecoveryEntry *first;
  g_autofree char *when = NULL;
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (entries == NULL || entries->len == 0)
    return;
  g_clear_pointer (&self->recovery_entries, g_ptr_array_unref);
  self->recovery_entries = g_ptr_array_ref (entries);
  first = g_ptr_array_index (entries, 0);
  local = g_date_time_to_local (first->saved);
  when = g_date_time_format (local, "%d-%m-%Y %H:%M");
  title = g_strdup (_("Rancang was closed with unsaved work"));
  if (entries->len == 1)
    details = g_strdup_printf (_("“%s”, last kept at %s, can be recovered."), first->title, when);
  else
    details = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document, the latest kept at %s, can be recovered.",
                                            "%u documents, the latest kept at %s, can be recovered.", entries->len),
                               entries->len, when);
  show_message_with (self, INFO_RECOVERY, GTK_MESSAGE_WARNING, title, details, _("_Recover"), _("_Discard"));
}

static gboolean
recover_entry (RancangWindow        *self,
               RancangRecoveryEntry *entry)
{
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = rancang_document_load_file (entry->xml_path, &error);
  g_autoptr(GFile) original = entry->original ? g_file_new_for_path (entry->original) : NULL;

  if (doc == NULL)
    {
      rancang_window_show_message (self, GTK_MESSAGE_ERROR, _("The recovery copy could not be read"), error->message);
      return FALSE;
    }
  rancang_window_set_document (self, doc, original);
  rancang_session_adopt_recovery (self->session, entry->id);
  rancang_window_update_actions (self);
  set_status (self, _("Recovered: save to keep it"));
  return TRUE;
}

void
rancang_window_recover (RancangWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GPtrArray) entries = g_steal_pointer (&self->recovery_entries);

  if (entries == NULL)
    return;
  for (guint i = 0; i < entries->len; i++)
    {
      RancangWindow *target = self;

      if (i > 0 || !rancang_window_is_empty (self))
        {
          /* a window of its own, as app.new-window makes it */
          if (i > 0 || rancang_window_is_dirty (self))
            {
              target = rancang_window_new (app, self->settings);
              gtk_window_present (GTK_WINDOW (target));
            }
        }
      recover_entry (target, g_ptr_array_index (entries, i));
      gtk_window_present (GTK_WINDOW (target));
    }
}

/* ------------------------------------------------------------------ close */

static void
on_close_response (GtkDialog     *dialog,
                   int            response,
                   RancangWindow *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_YES)
    {
      self->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
    }
  else if (response == GTK_RESPONSE_NO)
    {
      /* Nothing is dirty any more: closing now goes through. */
      rancang_session_discard_changes (self->session);
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

void
rancang_window_request_close (RancangWindow *self)
{
  g_autofree char *name = display_name (self);
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save the changes to “%s” before closing?"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _("If you close without saving, the changes are lost."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("Close _without Saving"), GTK_RESPONSE_NO,
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Save"), GTK_RESPONSE_YES,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_YES);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_NO),
                            "destructive-action");
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_YES),
                            "suggested-action");
  g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
rancang_window_close_request (GtkWindow *window)
{
  RancangWindow *self = RANCANG_WINDOW (window);
  GSettings *settings = settings_of (self);

  /* A value typed and not confirmed is a change to save or discard; one
   * that is refused keeps the window open, with the reason. */
  if (!rancang_window_commit_pending (self))
    return TRUE;
  if (rancang_window_is_dirty (self))
    {
      rancang_window_request_close (self);
      return TRUE;
    }
  if (settings != NULL)
    {
      int width, height;
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }
  rancang_window_discard_recovery (self);
  return GTK_WINDOW_CLASS (rancang_window_parent_class)->close_request (window);
}

/* ------------------------------------------------------------------ drop */

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RancangWindow *self)
{
  GSList *files = g_value_get_boxed (value);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new ();
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);
      if (name != NULL && g_str_has_suffix (g_ascii_strdown (name, -1), ".xml"))
        g_ptr_array_add (wanted, l->data);
    }
  if (wanted->len == 0)
    {
      rancang_window_show_message (self, GTK_MESSAGE_INFO, _("Only Rancang documents can be dropped here"),
                                   _("Rancang documents are XML files (.xml)."));
      return FALSE;
    }
  /* The application decides which window each file goes to. */
  g_application_open (G_APPLICATION (app), (GFile **) wanted->pdata, (int) wanted->len, "");
  return TRUE;
}

/* ------------------------------------------------------------------ recent */

static void
on_recent_row_activated (GtkListBox    *box,
                         GtkListBoxRow *row,
                         RancangWindow *self)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  rancang_window_load_file (self, file);
}

static void
populate_recent (RancangWindow *self)
{
  guint shown = rancang_recent_fill (self->recent, self->recent_list, self->recent_section);

  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), shown > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_heading), shown > 0);
}

/* ------------------------------------------------------------------ class */

static void
rancang_window_dispose (GObject *object)
{
  RancangWindow *self = RANCANG_WINDOW (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  /* A layout in flight holds the preview alive past the window. */
  if (self->preview != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->preview, self);
      rancang_preview_set_document (self->preview, NULL);
    }
  drop_session (self);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (self->recent != NULL)
    g_signal_handlers_disconnect_by_data (self->recent, self);
  g_clear_pointer (&self->findings_popover, gtk_widget_unparent);
  rancang_window_share_dispose (self);
  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), RANCANG_TYPE_WINDOW);
  G_OBJECT_CLASS (rancang_window_parent_class)->dispose (object);
}

static void
rancang_window_finalize (GObject *object)
{
  RancangWindow *self = RANCANG_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->recovery_entries, g_ptr_array_unref);
  g_clear_object (&self->recent_section);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  G_OBJECT_CLASS (rancang_window_parent_class)->finalize (object);
}

static void
rancang_window_class_init (RancangWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = rancang_window_dispose;
  object_class->finalize = rancang_window_finalize;
  window_class->close_request = rancang_window_close_request;

  g_type_ensure (RANCANG_TYPE_OUTLINE);
  g_type_ensure (RANCANG_TYPE_METADATA_EDITOR);
  g_type_ensure (RANCANG_TYPE_NARRATIVE_EDITOR);
  g_type_ensure (RANCANG_TYPE_PREVIEW);
  g_type_ensure (RANCANG_TYPE_FINDINGS_PANEL);
  g_type_ensure (RANCANG_TYPE_COMPARE_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, info_title);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, info_details);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, editor_paned);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, outline);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, metadata_editor);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, narrative_editor);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, generated_title);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, generated_label);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, findings_button);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, report_dock);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, report_stack);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, findings_panel);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, compare_panel);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, findings_label);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, pages_label);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, recent_heading);
  gtk_widget_class_bind_template_child (widget_class, RancangWindow, recent_section);
}

static void
rancang_window_init (RancangWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_object_ref (self->recent_section);
  self->cancellable = g_cancellable_new ();
  self->table_editor = g_object_new (RANCANG_TYPE_TABLE_EDITOR, NULL);
  gtk_stack_add_named (self->editor_stack, GTK_WIDGET (self->table_editor), "table");
  rancang_window_share_init (self);
  self->swot_editor = g_object_new (RANCANG_TYPE_SWOT_EDITOR, NULL);
  gtk_stack_add_named (self->editor_stack, GTK_WIDGET (self->swot_editor), "swot");
  /* The editors of a part, asked in this order which one shows it: the
   * SWOT editor before the table editor, for the tables it claims. */
  self->editors = g_ptr_array_new ();
  g_ptr_array_add (self->editors, self->metadata_editor);
  g_ptr_array_add (self->editors, self->swot_editor);
  g_ptr_array_add (self->editors, self->table_editor);
  g_ptr_array_add (self->editors, self->narrative_editor);

  g_signal_connect (self->info_bar, "response", G_CALLBACK (on_info_response), self);
  g_signal_connect (self->outline, "part-selected", G_CALLBACK (on_part_selected), self);
  g_signal_connect (self->narrative_editor, "open-part", G_CALLBACK (on_open_part), self);
  g_signal_connect (self->findings_button, "clicked", G_CALLBACK (on_findings_clicked), self);
  g_signal_connect (self->preview, "layout-changed", G_CALLBACK (on_layout_changed), self);
  g_signal_connect (self->recent_list, "row-activated", G_CALLBACK (on_recent_row_activated), self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  self->recent = gtk_recent_manager_get_default ();
  g_signal_connect_swapped (self->recent, "changed", G_CALLBACK (populate_recent), self);
  populate_recent (self);

  rancang_window_actions_init (self);
  rancang_window_update_title (self);
  rancang_window_update_actions (self);
}

RancangWindow *
rancang_window_new (GtkApplication *application,
                    GSettings      *settings)
{
  RancangWindow *self = g_object_new (RANCANG_TYPE_WINDOW, "application", application, NULL);

  g_set_object (&self->settings, settings);
  if (settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  return self;
}
