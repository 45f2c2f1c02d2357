/* rancang-findings.h: the findings of a document as a reader goes through
 * them, table by table.
 *
 * The checker (rancang-check.h) lists findings in the order it finds them;
 * a report groups them by table in document order ("Tabel 2.5 ...", its
 * caption), names each finding's row as a reader knows it (its kode, else
 * the start of its uraian) and its column by the template's header, number
 * and group, and sets apart the notes: text in a number column that is
 * plainly meant as text ("12 unit kendaraan ...", "BB"), printed as typed
 * and left out of the sums, listed after the findings and not counted with
 * them. The window's findings panel and the status line show a report;
 * the words of each finding are the interface's (from its code and
 * values), so nothing here is translated.
 *
 * A report is made from a copy of the document, in a worker thread if need
 * be: it keeps no pointer into the document.
 */
#pragma once

#include <glib.h>

#include "rancang-check.h"
#include "rancang-document.h"
#include "rancang-template.h"

G_BEGIN_DECLS

typedef struct _RancangFindingsReport RancangFindingsReport;

typedef struct
{
  RancangFinding *finding;
  gboolean        note;          /* text in a number column, meant as text */
  char           *place;         /* the row's kode, else its uraian cut to 40 characters;
                                  * NULL when the row has neither (the reader says "row n") */
  char           *column_title;  /* "Rp (16) · Kondisi Kinerja ..."; NULL without a column */
} RancangFindingsEntry;

typedef struct
{
  char      *title;     /* "Tabel 2.5", else the table's id */
  char      *caption;   /* or NULL */
  GPtrArray *entries;   /* of RancangFindingsEntry: the findings, then the notes */
  guint      n_notes;
} RancangFindingsGroup;

RancangFindingsReport      *rancang_findings_report_new       (RancangDocument             *doc);
RancangFindingsReport      *rancang_findings_report_new_with  (RancangDocument             *doc,
                                                               RancangTemplateSet          *templates);
void                        rancang_findings_report_free      (RancangFindingsReport       *report);
guint                       rancang_findings_report_n_errors  (const RancangFindingsReport *report);
guint                       rancang_findings_report_n_notes   (const RancangFindingsReport *report);
guint                       rancang_findings_report_n_groups  (const RancangFindingsReport *report);
const RancangFindingsGroup *rancang_findings_report_get_group (const RancangFindingsReport *report,
                                                               guint                        i);
gboolean                    rancang_findings_report_equal     (const RancangFindingsReport *a,
                                                               const RancangFindingsReport *b);

/* Text in a number column that is meant as text: it has a word in it. */
gboolean                    rancang_finding_is_note           (const RancangFinding        *finding);

/* The row of TABLE_ID a finding or a change names (by kode, else the N-th
 * row, 1-based), in DOC; NULL when it is no longer there. */
RancangNode                *rancang_report_find_row           (RancangDocument             *doc,
                                                               const char                  *table_id,
                                                               const char                  *kode,
                                                               guint                        n);
/* Indonesian form of a plain number ("11051497647" -> "11.051.497.647");
 * other text as it is; "" for NULL. */
char                       *rancang_report_format_value       (const char                  *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangFindingsReport, rancang_findings_report_free)

G_END_DECLS
