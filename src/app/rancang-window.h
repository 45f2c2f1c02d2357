/* rancang-window.h: one document: its outline, its editors, its file. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-application.h"
#include "rancang-document.h"
#include "rancang-history.h"
#include "rancang-session.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_WINDOW (rancang_window_get_type ())
G_DECLARE_FINAL_TYPE (RancangWindow, rancang_window, RANCANG, WINDOW, GtkApplicationWindow)

RancangWindow   *rancang_window_new             (RancangApplication *application);
void             rancang_window_load_file       (RancangWindow      *self,
                                                 GFile              *file);
void             rancang_window_set_document    (RancangWindow      *self,
                                                 RancangDocument    *doc,
                                                 GFile              *file);
gboolean         rancang_window_is_empty        (RancangWindow      *self);
gboolean         rancang_window_is_busy         (RancangWindow      *self);
gboolean         rancang_window_is_dirty        (RancangWindow      *self);
RancangSession  *rancang_window_get_session     (RancangWindow      *self);
GFile           *rancang_window_get_file        (RancangWindow      *self);
RancangDocument *rancang_window_get_document    (RancangWindow      *self);
RancangHistory  *rancang_window_get_history     (RancangWindow      *self);
void             rancang_window_select_part     (RancangWindow      *self,
                                                 RancangNode        *node);
/* What is typed in the editors and not yet confirmed becomes part of the
 * document, as Enter would make it: what every action that reads or
 * writes the document does first. FALSE when a value is refused: with
 * ERROR, or _pending() shows the reason in the window. */
gboolean         rancang_window_commit_editors  (RancangWindow      *self,
                                                 GError            **error);
gboolean         rancang_window_commit_pending  (RancangWindow      *self);
/* Shows NODE where it is edited: a part, a paragraph in its section, a
 * table row or cell in the table editor (the cell of column KEY when not
 * NULL). What a click on a finding or a difference does. */
gboolean         rancang_window_show_place      (RancangWindow      *self,
                                                 RancangNode        *node,
                                                 const char         *key);
void             rancang_window_save_to         (RancangWindow      *self,
                                                 GFile              *file);
void             rancang_window_offer_recovery  (RancangWindow      *self,
                                                 GPtrArray          *entries);
void             rancang_window_recover         (RancangWindow      *self);
void             rancang_window_show_message    (RancangWindow      *self,
                                                 GtkMessageType      type,
                                                 const char         *title,
                                                 const char         *details);
const char      *rancang_window_get_message     (RancangWindow      *self);
const char      *rancang_window_get_recovery_id (RancangWindow      *self);
GtkWidget       *rancang_window_get_child       (RancangWindow      *self,
                                                 const char         *name);

G_END_DECLS
