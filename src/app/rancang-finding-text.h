/* rancang-finding-text.h: a finding of the checker, or a place in a report,
 * in the interface's language.
 *
 * Core says what it found by a code and values (rancang-check.h); this is
 * the one place that words them for the window: the findings panel, the
 * table editor's tooltips and the SWOT editor's TOWS marks all ask here.
 * Numbers are shown in Indonesian form ("11.051.497.647").
 */
#pragma once

#include <glib.h>

#include "rancang-check.h"
#include "rancang-findings.h"

G_BEGIN_DECLS

char *rancang_finding_describe     (const RancangFinding       *finding);
/* The row of ENTRY as a reader knows it: its kode or uraian, else "row n". */
char *rancang_findings_entry_place (const RancangFindingsEntry *entry);

G_END_DECLS
