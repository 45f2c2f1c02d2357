/* rancang-window.h: one document: its outline, its editors, its file. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-compare-panel.h"
#include "rancang-findings-panel.h"
#include "rancang-import-dialog.h"
#include "rancang-document.h"
#include "rancang-history.h"
#include "rancang-session.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_WINDOW (rancang_window_get_type ())
G_DECLARE_FINAL_TYPE (RancangWindow, rancang_window, RANCANG, WINDOW, GtkApplicationWindow)

/* SETTINGS (or NULL): the application's, for the window's size, the
 * signature place and the autosave interval. */
RancangWindow   *rancang_window_new             (GtkApplication     *application,
                                                 GSettings          *settings);
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
/* The document laid out and written as a PDF to FILE, in a worker. */
void             rancang_window_export_pdf      (RancangWindow      *self,
                                                 GFile              *file);
/* "Fill from Renstra…" with FILE chosen; _apply() fills the Renja from
 * RENSTRA (named NAME in the status) as one step to undo. */
void             rancang_window_fill_from_renstra       (RancangWindow    *self,
                                                         GFile            *file);
gboolean         rancang_window_fill_from_renstra_apply (RancangWindow    *self,
                                                         RancangDocument  *renstra,
                                                         const char       *name,
                                                         GError          **error);
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

/* Sharing documents between offices, and the findings (in
 * rancang-window-actions.c): the panel under the editors lists the
 * findings or the changes from another version (Compare With…), and
 * Import from Another Document… opens its dialog. */
/* What win.compare and win.import-document do once a file is chosen: the
 * file is read in a worker thread; then the changes show in the panel, or
 * the import dialog opens. */
void                  rancang_window_compare_with        (RancangWindow *self,
                                                          GFile         *file);
void                  rancang_window_import_from         (RancangWindow *self,
                                                          GFile         *file);
/* Shows the findings in the panel (or hides the panel when they show). */
void                  rancang_window_toggle_findings     (RancangWindow *self);

RancangFindingsPanel *rancang_window_get_findings_panel  (RancangWindow *self);
RancangComparePanel  *rancang_window_get_compare_panel   (RancangWindow *self);
/* The open import dialog, or NULL. */
RancangImportDialog  *rancang_window_get_import_dialog   (RancangWindow *self);
/* Whether the panel shows, and which: "findings" or "compare". */
const char           *rancang_window_get_panel_shown     (RancangWindow *self);

G_END_DECLS
