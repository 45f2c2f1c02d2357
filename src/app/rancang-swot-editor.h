/* rancang-swot-editor.h: the SWOT analysis of a Renstra in one place: the
 * factor lists with their IFAS and EFAS, the quadrant chart and the TOWS
 * matrix. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-check.h"
#include "rancang-document.h"
#include "rancang-history.h"
#include "rancang-node.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_SWOT_EDITOR (rancang_swot_editor_get_type ())
G_DECLARE_FINAL_TYPE (RancangSwotEditor, rancang_swot_editor, RANCANG, SWOT_EDITOR, GtkBox)

/* TRUE for a <table> the SWOT editor edits: templates swot-ifas,
 * swot-efas and tows. */
gboolean           rancang_swot_editor_handles     (RancangNode       *table);

/* Shows the SWOT tables of DOC with the part of TABLE in view. */
void               rancang_swot_editor_set_table   (RancangSwotEditor *self,
                                                    RancangHistory    *history,
                                                    RancangDocument   *doc,
                                                    RancangNode       *table);
RancangNode       *rancang_swot_editor_get_table   (RancangSwotEditor *self);
/* Focuses the factor or strategy of ROW (a <row> of one of the tables),
 * scrolled into view: what a click on its finding does. */
gboolean           rancang_swot_editor_select_row  (RancangSwotEditor *self,
                                                    RancangNode       *row);
/* After undo or redo: the tables as the tree now has them. */
void               rancang_swot_editor_reload      (RancangSwotEditor *self);

/* The totals, IFAS, EFAS and quadrant as the core computes them from the
 * tree, as the editor shows them now. */
const RancangSwot *rancang_swot_editor_get_swot    (RancangSwotEditor *self);

/* For tests and tools: the widget showing KEY ("uraian", "bobot",
 * "rating", "skor") of the factor CODE ("S1"), or of a group (CODE "S",
 * KEY "total" or "bobot-sum"), or the summaries (CODE NULL, KEY "ifas",
 * "efas", "quadrant", "position"). */
GtkWidget         *rancang_swot_editor_get_widget  (RancangSwotEditor *self,
                                                    const char        *code,
                                                    const char        *key);

G_END_DECLS
