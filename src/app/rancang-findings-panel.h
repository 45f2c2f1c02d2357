/* rancang-findings-panel.h: the list of what is wrong in the tables of a
 * document, and the look it shares with the list of changes
 * (rancang-compare-panel.h).
 *
 * The panel is a view of a report (rancang-findings.h, made in a worker
 * thread from a copy of the document): grouped by table in document order
 * ("Tabel 2.5 ..."), each finding with its row, its column, and what it
 * says in the interface's language (rancang-finding-text.h); the notes
 * (text in a number column meant as text) below the findings. Activating
 * a line emits ::show-place.
 */
#pragma once

#include <gtk/gtk.h>

#include "rancang-document.h"
#include "rancang-findings.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_FINDINGS_PANEL (rancang_findings_panel_get_type ())
G_DECLARE_FINAL_TYPE (RancangFindingsPanel, rancang_findings_panel, RANCANG, FINDINGS_PANEL, GtkBox)

GtkWidget *rancang_findings_panel_new          (void);
/* Takes REPORT. */
void       rancang_findings_panel_set_report   (RancangFindingsPanel  *self,
                                                RancangFindingsReport *report);
const RancangFindingsReport *
           rancang_findings_panel_get_report   (RancangFindingsPanel  *self);
/* The list, for tests: its rows are the group headings and the lines. */
GtkListBox *rancang_findings_panel_get_list    (RancangFindingsPanel  *self);

/* What the findings and the compare panels share: their frames are
 * alike templates (ui/rancang-findings-panel.ui, ui/rancang-compare-panel.ui),
 * their rows are made here. */
void       rancang_report_list_clear           (GtkListBox            *list);
GtkWidget *rancang_report_group_new            (const char            *title,
                                                const char            *subtitle);
GtkWidget *rancang_report_line_new             (const char            *icon,
                                                const char            *place,
                                                const char            *column,
                                                const char            *detail);

G_END_DECLS
