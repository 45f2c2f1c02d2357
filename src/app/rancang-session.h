/* rancang-session.h: one open document and its life, GLib only.
 *
 * The session owns the document, its undo history, the file it is saved
 * to and its identity (the recovery id), whether it is dirty, the
 * recovery copy written now and then while it is, the background check
 * and saving. The window shows a session; the editors and the dialogs edit
 * through it, never through the window's own state.
 *
 * Signals:
 *   ::changed (RancangHistoryEvent event): the tree changed through the
 *       history (an edit, an undo, a redo).
 *   ::file-changed: saved, or the file or the dirty state changed
 *       otherwise (a recovery adopted, changes discarded).
 *   ::checked (gpointer findings) -> gboolean: the background check is
 *       done; a handler that keeps FINDINGS returns TRUE, else the
 *       session frees them.
 *   ::recovery-written (const char *error_message): the recovery copy was
 *       written (NULL) or not (the reason).
 */
#pragma once

#include <gio/gio.h>

#include "rancang-document.h"
#include "rancang-history.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_SESSION (rancang_session_get_type ())
G_DECLARE_FINAL_TYPE (RancangSession, rancang_session, RANCANG, SESSION, GObject)

/* What the background check does in a worker thread, on a copy of the
 * document, and how its result is freed. */
typedef gpointer (*RancangSessionCheck)  (RancangDocument  *copy);
/* What is typed in the editors showing the session and not yet confirmed,
 * made part of the document; FALSE with ERROR for a refused value. */
typedef gboolean (*RancangSessionCommit) (gpointer          data,
                                          GError          **error);

/* Takes DOC; FILE (or NULL for a new document) is where it is saved;
 * SETTINGS (or NULL) gives the autosave interval. */
RancangSession  *rancang_session_new              (RancangDocument      *doc,
                                                   GFile                *file,
                                                   GSettings            *settings);
RancangDocument *rancang_session_get_document     (RancangSession       *self);
RancangHistory  *rancang_session_get_history      (RancangSession       *self);
GFile           *rancang_session_get_file         (RancangSession       *self);
/* The file's name, or "Untitled Document". */
char            *rancang_session_dup_display_name (RancangSession       *self);
gboolean         rancang_session_is_dirty         (RancangSession       *self);
/* Saves and recovery copies in flight. */
gboolean         rancang_session_is_busy          (RancangSession       *self);

/* The editors' commit, called before the document is read or written. */
void             rancang_session_set_commit       (RancangSession       *self,
                                                   RancangSessionCommit  commit,
                                                   gpointer              data);
gboolean         rancang_session_commit_pending   (RancangSession       *self,
                                                   GError              **error);

/* Recovery: the id its copies are written under; a session opened from a
 * recovery copy takes that copy over and is dirty until saved. */
const char      *rancang_session_get_recovery_id  (RancangSession       *self);
void             rancang_session_adopt_recovery   (RancangSession       *self,
                                                   const char           *id);
void             rancang_session_discard_recovery (RancangSession       *self);
/* The recovery copy written now, in this thread, with what is being
 * typed: the last thing done before the process ends (SIGTERM). */
gboolean         rancang_session_write_recovery   (RancangSession       *self,
                                                   GError              **error);
/* Closing without saving: the changes and their recovery copy go. */
void             rancang_session_discard_changes  (RancangSession       *self);

/* The background check, run DELAY_MS after the last call. */
void             rancang_session_set_check        (RancangSession       *self,
                                                   RancangSessionCheck   check,
                                                   GDestroyNotify        free_findings);
void             rancang_session_check_soon       (RancangSession       *self,
                                                   guint                 delay_ms);

/* Saves a copy of the document as it is now to FILE, in a worker thread;
 * _finish() makes FILE the session's and the document clean (as of the
 * moment of the copy). */
void             rancang_session_save_async       (RancangSession       *self,
                                                   GFile                *file,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean         rancang_session_save_finish      (RancangSession       *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);

/* No more checks nor recovery copies: the window showing it closed. */
void             rancang_session_close            (RancangSession       *self);

G_END_DECLS
