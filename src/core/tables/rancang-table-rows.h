/* rancang-table-rows.h: the rows of a table as a tree, and the rules of
 * adding, deleting, indenting and moving them.
 *
 * A table is flat in the document: its hierarchy is the rows' levels
 * (urusan > bidang > program > kegiatan > subkegiatan, tujuan > sasaran,
 * group > item; a row without level is one more indicator of the row
 * above). RancangTableRows is that hierarchy as a tree in table order:
 * every row under the row its computation names as parent (an indicator
 * under the row it continues), as long as that row is still open above
 * it. A row with the rows under it is a block; the edits below move,
 * delete, indent and outdent whole blocks, so that a kegiatan never loses
 * its sub kegiatan and the roll-ups follow.
 *
 * A RancangTableRows is a snapshot of a RancangTable: it keeps the rows'
 * elements and levels, not the table, and is made anew after the rows
 * change. The edits are recorded into the step of HISTORY being recorded
 * (the caller names the step, rancang_history_begin()), as those of
 * rancang-edit.h are.
 *
 * The kode of a row must extend its parent's (5.03.01.2.08.01 under
 * 5.03.01.2.08): rancang_kode_extends() is the rule, which the checker
 * and the table editor (as a kode is typed) both use.
 */
#pragma once

#include <glib.h>

#include "rancang-compute.h"
#include "rancang-history.h"
#include "rancang-node.h"

G_BEGIN_DECLS

typedef struct _RancangTableRows RancangTableRows;

/* Levels */
RancangLevel      rancang_level_deeper                (RancangLevel             level);
RancangLevel      rancang_level_shallower             (RancangLevel             level);
gboolean          rancang_row_is_under                (RancangNode             *row,
                                                       RancangNode             *above);

/* Kodes */
gboolean          rancang_kode_extends                (const char              *kode,
                                                       const char              *parent_kode);
const char       *rancang_table_kode_misfit           (const RancangTable      *table,
                                                       guint                    row,
                                                       const char              *kode);

/* The tree */
RancangTableRows *rancang_table_rows_new              (const RancangTable      *table);
void              rancang_table_rows_free             (RancangTableRows        *rows);
gboolean          rancang_table_rows_equal            (const RancangTableRows  *a,
                                                       const RancangTableRows  *b);
guint             rancang_table_rows_get_n_rows       (const RancangTableRows  *rows);
RancangNode      *rancang_table_rows_get_node         (const RancangTableRows  *rows,
                                                       guint                    row);
RancangLevel      rancang_table_rows_get_level        (const RancangTableRows  *rows,
                                                       guint                    row);
int               rancang_table_rows_get_parent       (const RancangTableRows  *rows,
                                                       guint                    row);
guint             rancang_table_rows_get_end          (const RancangTableRows  *rows,
                                                       guint                    row);
int               rancang_table_rows_prev_sibling     (const RancangTableRows  *rows,
                                                       guint                    row);
int               rancang_table_rows_next_sibling     (const RancangTableRows  *rows,
                                                       guint                    row);
GArray           *rancang_table_rows_blocks           (const RancangTableRows  *rows,
                                                       const GArray            *selected);

/* Where new rows go: the element to insert before (NULL: at the end) */
RancangNode      *rancang_table_rows_place_after      (const RancangTableRows  *rows,
                                                       guint                    row);
RancangNode      *rancang_table_rows_place_at_end     (const RancangTableRows  *rows,
                                                       RancangLevel            *level);
int               rancang_table_rows_indicator_owner  (const RancangTableRows  *rows,
                                                       guint                    row);
RancangNode      *rancang_table_rows_place_indicator  (const RancangTableRows  *rows,
                                                       guint                    owner);

/* What may be done with the blocks (rancang_table_rows_blocks()) */
gboolean          rancang_table_rows_can_shift        (const RancangTableRows  *rows,
                                                       const GArray            *blocks,
                                                       gboolean                 deeper);
gboolean          rancang_table_rows_can_move         (const RancangTableRows  *rows,
                                                       const GArray            *blocks,
                                                       gboolean                 up);

/* The edits, within HISTORY's step; FALSE (nothing done) when they may not */
RancangNode      *rancang_table_rows_insert           (RancangHistory          *history,
                                                       RancangNode             *table,
                                                       RancangNode             *before,
                                                       RancangLevel             level);
guint             rancang_table_rows_delete           (const RancangTableRows  *rows,
                                                       RancangHistory          *history,
                                                       const GArray            *blocks);
gboolean          rancang_table_rows_shift            (const RancangTableRows  *rows,
                                                       RancangHistory          *history,
                                                       const GArray            *blocks,
                                                       gboolean                 deeper);
gboolean          rancang_table_rows_move             (const RancangTableRows  *rows,
                                                       RancangHistory          *history,
                                                       const GArray            *blocks,
                                                       gboolean                 up);

/* A cell as the planner reads it: numbers in the Indonesian form (money
 * without decimals, a percent with its column's), text and kode as they
 * are; a cell without value shows EMPTY ("-"), or NULL: what was typed. */
char             *rancang_table_cell_display          (const RancangTable      *table,
                                                       guint                    row,
                                                       guint                    column,
                                                       const char              *empty);

/* The values of KEY's cells in the whole tree under ROOT, the most used
 * first, then those of KNOWN (NULL-terminated) not used yet. */
GPtrArray        *rancang_cell_values_in_use          (RancangNode             *root,
                                                       const char              *key,
                                                       const char *const       *known);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangTableRows, rancang_table_rows_free)

G_END_DECLS
