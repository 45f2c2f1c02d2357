/* rancang-compare-window.h: the window's side of sharing documents between
 * offices and of its findings: the panel under the editors that lists the
 * findings or the changes from another version (Compare With…), and
 * Import from Another Document…. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-compare-panel.h"
#include "rancang-findings-panel.h"
#include "rancang-import-dialog.h"
#include "rancang-window.h"

G_BEGIN_DECLS

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
