/* rancang-session.h: one open document and its life, GLib only.
 *
 * The session owns the document, its undo history and the file it came
 * from; the window shows a session and the editors and dialogs edit
 * through it, never through the window's own state.
 */
#pragma once

#include <gio/gio.h>

#include "rancang-document.h"
#include "rancang-history.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_SESSION (rancang_session_get_type ())
G_DECLARE_FINAL_TYPE (RancangSession, rancang_session, RANCANG, SESSION, GObject)

/* Takes DOC; FILE (or NULL for a new document) is where it is saved. */
RancangSession  *rancang_session_new          (RancangDocument *doc,
                                               GFile           *file);
RancangDocument *rancang_session_get_document (RancangSession  *self);
RancangHistory  *rancang_session_get_history  (RancangSession  *self);
GFile           *rancang_session_get_file     (RancangSession  *self);

G_END_DECLS
