/* rancang-finding-text.h: a finding of the checker, or a place in a report,
 * in the interface's language.
 *
 * Core says what it found by a code and values (rancang-check.h); this is
 * the one place that words them for the window: the findings panel, the
 * table editor's tooltips and the SWOT editor's TOWS marks all ask here,
 * and so does every editor that refuses a number (rancang-format.h).
 * Numbers are shown in Indonesian form ("11.051.497.647").
 */
#pragma once

#include <glib.h>

#include "rancang-check.h"
#include "rancang-findings.h"
#include "rancang-format.h"

G_BEGIN_DECLS

char *rancang_finding_describe     (const RancangFinding       *finding);
/* The row of ENTRY as a reader knows it: its kode or uraian, else "row n". */
char *rancang_findings_entry_place (const RancangFindingsEntry *entry);
/* Why a typed or pasted number was refused (an error of
 * rancang_parse_number()); any other error keeps its own message. */
char *rancang_number_error_describe (const GError              *error);
/* Rows that cannot be read (an error of rancang_rows_from_text()), each
 * cell refused for its number worded like the editors word it. */
char *rancang_import_error_describe (const GError              *error);

G_END_DECLS
