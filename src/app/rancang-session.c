/* rancang-session.c: one open document and its life (see the header).
 *
 * Every edit reaches the tree through the history; the session listens to
 * it to schedule the recovery copy and the check, and tells the window.
 * Saving, the recovery copy and the check run in worker threads on a copy
 * of the tree, so typing is never held up by the disk.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-identity.h"
#include "rancang-recovery.h"
#include "rancang-session.h"

struct _RancangSession
{
  GObject               parent_instance;

  RancangDocument      *doc;
  RancangHistory       *history;
  GFile                *file;
  GSettings            *settings;
  char                 *recovery_id;
  gboolean              recovered;      /* dirty until saved, whatever the history says */
  gboolean              closed;
  guint                 busy;           /* saves and recovery copies in flight */
  guint                 autosave_id;
  guint                 check_id;
  GCancellable         *cancellable;
  RancangSessionCheck   check;
  GDestroyNotify        free_findings;
  RancangSessionCommit  commit;
  gpointer              commit_data;
};

G_DEFINE_FINAL_TYPE (RancangSession, rancang_session, G_TYPE_OBJECT)

enum
{
  CHANGED,
  FILE_CHANGED,
  CHECKED,
  RECOVERY_WRITTEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* ------------------------------------------------------------------ recovery */

typedef struct
{
  char  *id;
  char  *original;
  char  *title;
  char  *xml;
  gsize  length;
} RecoveryJob;

static void
recovery_job_free (RecoveryJob *job)
{
  g_free (job->id);
  g_free (job->original);
  g_free (job->title);
  g_free (job->xml);
  g_free (job);
}

static void
recovery_thread (GTask        *task,
                 gpointer      source,
                 gpointer      data,
                 GCancellable *cancellable)
{
  RecoveryJob *job = data;
  GError *error = NULL;

  if (rancang_recovery_write (job->id, job->original, job->title, job->xml, job->length, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
recovery_done (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  RancangSession *self = RANCANG_SESSION (source);
  g_autoptr(GError) error = NULL;

  self->busy--;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!self->closed && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_signal_emit (self, signals[RECOVERY_WRITTEN], 0, error->message);
      return;
    }
  /* Saved (or closed without saving) while the copy was being written:
   * it is stale. */
  if (!rancang_session_is_dirty (self))
    rancang_session_discard_recovery (self);
  else if (!self->closed)
    g_signal_emit (self, signals[RECOVERY_WRITTEN], 0, NULL);
}

/* The recovery copy of the document as it is now, with what is being
 * typed (a value refused now is said when the user saves); NULL when
 * there is nothing unsaved to keep. Serialized on the thread that owns
 * the tree. */
static RecoveryJob *
recovery_job_new (RancangSession *self)
{
  RecoveryJob *job;

  if (self->commit != NULL)
    self->commit (self->commit_data, NULL);
  if (!rancang_session_is_dirty (self))
    return NULL;
  job = g_new0 (RecoveryJob, 1);
  job->id = g_strdup (self->recovery_id);
  job->original = self->file ? g_file_get_path (self->file) : NULL;
  job->title = rancang_session_dup_display_name (self);
  job->xml = rancang_document_to_xml (self->doc, &job->length);
  return job;
}

gboolean
rancang_session_write_recovery (RancangSession  *self,
                                GError         **error)
{
  RecoveryJob *job;
  gboolean written;

  g_return_val_if_fail (RANCANG_IS_SESSION (self), FALSE);
  job = recovery_job_new (self);
  if (job == NULL)
    return TRUE;
  written = rancang_recovery_write (job->id, job->original, job->title, job->xml, job->length, error);
  recovery_job_free (job);
  return written;
}

static gboolean
autosave_now (gpointer data)
{
  RancangSession *self = data;
  g_autoptr(GTask) task = NULL;
  RecoveryJob *job;

  self->autosave_id = 0;
  job = recovery_job_new (self);
  if (job == NULL)
    return G_SOURCE_REMOVE;
  /* written in a worker, so typing is never held up by the disk */
  task = g_task_new (self, self->cancellable, recovery_done, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) recovery_job_free);
  self->busy++;
  g_task_run_in_thread (task, recovery_thread);
  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (RancangSession *self)
{
  guint interval = self->settings ? g_settings_get_uint (self->settings, "autosave-interval") : 60;

  if (self->autosave_id == 0 && !self->closed && rancang_session_is_dirty (self))
    self->autosave_id = g_timeout_add_seconds (MAX (interval, 1), autosave_now, self);
}

const char *
rancang_session_get_recovery_id (RancangSession *self)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), NULL);
  return self->recovery_id;
}

void
rancang_session_adopt_recovery (RancangSession *self,
                                const char     *id)
{
  g_return_if_fail (RANCANG_IS_SESSION (self));
  /* Its next copy replaces the one it came from, and saving or closing
   * deletes it. */
  g_free (self->recovery_id);
  self->recovery_id = g_strdup (id);
  self->recovered = TRUE;
  g_signal_emit (self, signals[FILE_CHANGED], 0);
}

void
rancang_session_discard_recovery (RancangSession *self)
{
  g_return_if_fail (RANCANG_IS_SESSION (self));
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  rancang_recovery_discard (self->recovery_id);
}

void
rancang_session_discard_changes (RancangSession *self)
{
  g_return_if_fail (RANCANG_IS_SESSION (self));
  rancang_session_discard_recovery (self);
  /* Nothing is dirty any more: closing now goes through. */
  self->recovered = FALSE;
  rancang_history_mark_clean (self->history);
  g_signal_emit (self, signals[FILE_CHANGED], 0);
}

/* ------------------------------------------------------------------ check */

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  RancangSession *self = source;

  g_task_return_pointer (task, self->check (data), self->free_findings);
}

static void
check_done (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  RancangSession *self = RANCANG_SESSION (source);
  gpointer findings = g_task_propagate_pointer (G_TASK (result), NULL);
  gboolean taken = FALSE;

  if (findings == NULL)
    return;
  if (!self->closed)
    g_signal_emit (self, signals[CHECKED], 0, findings, &taken);
  if (!taken && self->free_findings != NULL)
    self->free_findings (findings);
}

static gboolean
check_now (gpointer data)
{
  RancangSession *self = data;
  g_autoptr(GTask) task = NULL;
  RancangDocument *copy;

  self->check_id = 0;
  if (self->check == NULL)
    return G_SOURCE_REMOVE;
  /* The checker reads a copy, so typing may go on while it runs. */
  copy = rancang_document_new_from_root (rancang_node_copy (rancang_document_get_root (self->doc)));
  task = g_task_new (self, self->cancellable, check_done, NULL);
  g_task_set_task_data (task, copy, (GDestroyNotify) rancang_document_free);
  g_task_run_in_thread (task, check_thread);
  return G_SOURCE_REMOVE;
}

void
rancang_session_set_check (RancangSession      *self,
                           RancangSessionCheck  check,
                           GDestroyNotify       free_findings)
{
  g_return_if_fail (RANCANG_IS_SESSION (self));
  self->check = check;
  self->free_findings = free_findings;
}

void
rancang_session_check_soon (RancangSession *self,
                            guint           delay_ms)
{
  g_return_if_fail (RANCANG_IS_SESSION (self));
  g_clear_handle_id (&self->check_id, g_source_remove);
  if (!self->closed)
    self->check_id = g_timeout_add (delay_ms, check_now, self);
}

/* ------------------------------------------------------------------ history */

static void
on_history (RancangHistory      *history,
            RancangHistoryEvent  event,
            gpointer             data)
{
  RancangSession *self = data;

  g_signal_emit (self, signals[CHANGED], 0, (int) event);
  schedule_autosave (self);
  rancang_session_check_soon (self, 1500);
}

/* ------------------------------------------------------------------ save */

typedef struct
{
  RancangDocument *copy;
  GFile           *file;
  guint            state;   /* the history state the copy was taken at */
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  rancang_document_free (job->copy);
  g_object_unref (job->file);
  g_free (job);
}

static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  SaveJob *job = data;
  g_autofree char *path = g_file_get_path (job->file);
  GError *error = NULL;

  /* A save by the user is a new revision of the document (the recovery
   * copy is not). */
  if (path != NULL)
    rancang_document_stamp (job->copy, NULL);
  if (path == NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s", _("Only local files can be saved."));
  else if (rancang_document_save_file (job->copy, path, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
rancang_session_save_async (RancangSession      *self,
                            GFile               *file,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (RANCANG_IS_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));
  job = g_new0 (SaveJob, 1);
  job->copy = rancang_document_new_from_root (rancang_node_copy (rancang_document_get_root (self->doc)));
  job->file = g_object_ref (file);
  job->state = rancang_history_get_state (self->history);
  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, rancang_session_save_async);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  self->busy++;
  g_task_run_in_thread (task, save_thread);
}

gboolean
rancang_session_save_finish (RancangSession  *self,
                             GAsyncResult    *result,
                             GError         **error)
{
  SaveJob *job;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  job = g_task_get_task_data (G_TASK (result));
  self->busy--;
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  g_set_object (&self->file, job->file);
  /* the next save counts on from this one */
  rancang_document_take_stamp (self->doc, job->copy);
  rancang_history_mark_clean_at (self->history, job->state);
  self->recovered = FALSE;
  if (!rancang_session_is_dirty (self))
    rancang_session_discard_recovery (self);
  g_signal_emit (self, signals[FILE_CHANGED], 0);
  return TRUE;
}

/* ------------------------------------------------------------------ state */

RancangDocument *
rancang_session_get_document (RancangSession *self)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), NULL);
  return self->doc;
}

RancangHistory *
rancang_session_get_history (RancangSession *self)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), NULL);
  return self->history;
}

GFile *
rancang_session_get_file (RancangSession *self)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), NULL);
  return self->file;
}

char *
rancang_session_dup_display_name (RancangSession *self)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), NULL);
  if (self->file != NULL)
    return g_file_get_basename (self->file);
  return g_strdup (_("Untitled Document"));
}

gboolean
rancang_session_is_dirty (RancangSession *self)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), FALSE);
  return self->recovered || !rancang_history_is_clean (self->history);
}

gboolean
rancang_session_is_busy (RancangSession *self)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), FALSE);
  return self->busy > 0;
}

void
rancang_session_set_commit (RancangSession       *self,
                            RancangSessionCommit  commit,
                            gpointer              data)
{
  g_return_if_fail (RANCANG_IS_SESSION (self));
  self->commit = commit;
  self->commit_data = data;
}

gboolean
rancang_session_commit_pending (RancangSession  *self,
                                GError         **error)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), FALSE);
  return self->commit == NULL || self->commit (self->commit_data, error);
}

void
rancang_session_close (RancangSession *self)
{
  g_return_if_fail (RANCANG_IS_SESSION (self));
  self->closed = TRUE;
  self->commit = NULL;
  self->commit_data = NULL;
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_handle_id (&self->check_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
}

/* ------------------------------------------------------------------ class */

static void
rancang_session_dispose (GObject *object)
{
  RancangSession *self = RANCANG_SESSION (object);

  rancang_session_close (self);
  G_OBJECT_CLASS (rancang_session_parent_class)->dispose (object);
}

static void
rancang_session_finalize (GObject *object)
{
  RancangSession *self = RANCANG_SESSION (object);

  /* The history holds removed nodes of the tree: it goes first. */
  g_clear_pointer (&self->history, rancang_history_free);
  g_clear_pointer (&self->doc, rancang_document_free);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_free (self->recovery_id);
  G_OBJECT_CLASS (rancang_session_parent_class)->finalize (object);
}

static void
rancang_session_class_init (RancangSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rancang_session_dispose;
  object_class->finalize = rancang_session_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, G_TYPE_INT);
  signals[FILE_CHANGED] = g_signal_new ("file-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 0);
  signals[CHECKED] = g_signal_new ("checked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   g_signal_accumulator_true_handled, NULL, NULL,
                                   G_TYPE_BOOLEAN, 1, G_TYPE_POINTER);
  signals[RECOVERY_WRITTEN] = g_signal_new ("recovery-written", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                            NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
rancang_session_init (RancangSession *self)
{
  self->cancellable = g_cancellable_new ();
  self->recovery_id = rancang_recovery_new_id ();
}

RancangSession *
rancang_session_new (RancangDocument *doc,
                     GFile           *file,
                     GSettings       *settings)
{
  RancangSession *self;

  g_return_val_if_fail (doc != NULL, NULL);
  self = g_object_new (RANCANG_TYPE_SESSION, NULL);
  self->doc = doc;
  self->history = rancang_history_new ();
  rancang_history_set_listener (self->history, on_history, self);
  self->file = file != NULL ? g_object_ref (file) : NULL;
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  return self;
}
