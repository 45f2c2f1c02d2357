/* rancang-findings-panel.h: the list of what is wrong in the tables of a
 * document, and the look it shares with the list of changes
 * (rancang-compare-panel.h).
 *
 * The report is made in a worker thread from a copy of the document
 * (rancang_findings_report_new() calls no GTK); the panel shows it grouped
 * by table in document order ("Tabel 2.5 ..."), each finding with its
 * row, its column, and the stated and computed values in Indonesian form.
 * Text in a number column that is plainly meant as text ("12 unit
 * kendaraan ...", "BB") is listed apart, as notes, below the findings and
 * not counted with them. Activating a line emits ::show-place.
 */
#pragma once

#include <gtk/gtk.h>

#include "rancang-document.h"

G_BEGIN_DECLS

typedef struct _RancangFindingsReport RancangFindingsReport;

RancangFindingsReport *rancang_findings_report_new      (RancangDocument       *doc);
void                   rancang_findings_report_free     (RancangFindingsReport *report);
guint                  rancang_findings_report_n_errors (const RancangFindingsReport *report);
guint                  rancang_findings_report_n_notes  (const RancangFindingsReport *report);

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

/* The row of TABLE_ID a finding or change names (by kode, else the N-th
 * row), in DOC; NULL when it is no longer there. */
RancangNode *rancang_report_find_row           (RancangDocument       *doc,
                                                const char            *table_id,
                                                const char            *kode,
                                                guint                  n);

/* What the findings and the compare panels share. */
GtkWidget *rancang_report_header_new           (const char            *icon,
                                                GtkLabel             **title,
                                                GtkLabel             **summary,
                                                GtkWidget            **close);
/* The scrolled list of lines, one activated by a single click, with
 * PLACEHOLDER_TEXT while it is empty; returns the scroller. */
GtkWidget *rancang_report_list_new             (const char            *placeholder_text,
                                                GtkListBox           **list,
                                                GtkWidget            **placeholder);
void       rancang_report_list_clear           (GtkListBox            *list);
GtkWidget *rancang_report_group_new            (const char            *title,
                                                const char            *subtitle);
GtkWidget *rancang_report_line_new             (const char            *icon,
                                                const char            *place,
                                                const char            *column,
                                                const char            *detail);
/* Indonesian form of a plain number ("11051497647" -> "11.051.497.647");
 * other text as it is. */
char      *rancang_report_format_value         (const char            *value);

G_END_DECLS
