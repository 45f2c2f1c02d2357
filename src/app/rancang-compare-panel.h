/* rancang-compare-panel.h: what changed from another version of the
 * document to this one, as a list beside the findings.
 *
 * The panel is a view of a report (rancang-compare.h, made in a worker
 * thread): the changes in document order, under the part or table they
 * are in ("2.1 ...", "Tabel 2.5 ..."), a changed number with its old and
 * new value and the difference in Indonesian form, worded in the
 * interface's language. Activating a line emits ::show-change with the
 * change, for rancang_diff_locate() on this document.
 */
#pragma once

#include <gtk/gtk.h>

#include "rancang-compare.h"
#include "rancang-diff.h"
#include "rancang-document.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_COMPARE_PANEL (rancang_compare_panel_get_type ())
G_DECLARE_FINAL_TYPE (RancangComparePanel, rancang_compare_panel, RANCANG, COMPARE_PANEL, GtkBox)

GtkWidget  *rancang_compare_panel_new        (void);
/* Takes REPORT. */
void        rancang_compare_panel_set_report (RancangComparePanel  *self,
                                              RancangCompareReport *report);
GtkListBox *rancang_compare_panel_get_list   (RancangComparePanel  *self);

G_END_DECLS
