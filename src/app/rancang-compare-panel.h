/* rancang-compare-panel.h: what changed from another version of the
 * document to this one (rancang-diff.h), as a list beside the findings.
 *
 * rancang_compare_report_new() loads the other file and compares it with a
 * copy of this document, in a worker thread (it calls no GTK). The panel
 * shows the changes in document order, under the part or table they are
 * in ("2.1 ...", "Tabel 2.5 ..."), a changed number with its old and new
 * value and the difference in Indonesian form. Activating a line emits
 * ::show-change with the change, for rancang_diff_locate() on this
 * document.
 */
#pragma once

#include <gtk/gtk.h>

#include "rancang-diff.h"
#include "rancang-document.h"

G_BEGIN_DECLS

typedef struct _RancangCompareReport RancangCompareReport;

/* OTHER is the older version: the changes lead from it to THIS. */
RancangCompareReport *rancang_compare_report_new      (RancangDocument      *other,
                                                       RancangDocument      *this_doc,
                                                       const char           *other_name);
void                  rancang_compare_report_free     (RancangCompareReport *report);
guint                 rancang_compare_report_n_changes (const RancangCompareReport *report);

#define RANCANG_TYPE_COMPARE_PANEL (rancang_compare_panel_get_type ())
G_DECLARE_FINAL_TYPE (RancangComparePanel, rancang_compare_panel, RANCANG, COMPARE_PANEL, GtkBox)

GtkWidget  *rancang_compare_panel_new        (void);
/* Takes REPORT. */
void        rancang_compare_panel_set_report (RancangComparePanel  *self,
                                              RancangCompareReport *report);
GtkListBox *rancang_compare_panel_get_list   (RancangComparePanel  *self);

G_END_DECLS
