/* rancang-compute.h: the values of a table instance.
 *
 * A RancangTable reads one <table> of a document through its template: the
 * rows, their hierarchy (the parent of a row is the nearest row above it of a
 * higher level: urusan > bidang > program > kegiatan > subkegiatan, tujuan >
 * sasaran, group > item; a row without level is one more indicator of the
 * row above), and the number in every cell. It then computes every derived
 * cell with exact decimals and keeps the result per row and column.
 *
 * A cell of a derived column that the document carries is the STATED value:
 * it is kept apart (rancang_table_get_stated()) and never used in place of
 * the computed one. The checker (rancang-check.h) compares the two.
 *
 * Values are exact; they are rounded only for output, by the document's
 * rule (<option name="rounding" value="half-up|truncate"/>, half-up by
 * default; rancang_table_set_rounding()), and a ratio is rounded once,
 * straight from its operands.
 *
 * rancang_table_set_cell() changes one typed cell, in the tree too, and
 * recomputes only the cells that depend on it: the derived cells of its row,
 * its ancestors' roll-ups and the totals. rancang_table_reread_cell() does
 * the same for a cell that was changed in the tree by other means (an
 * editor's history).
 */
#pragma once

#include <glib.h>

#include "rancang-decimal.h"
#include "rancang-node.h"
#include "rancang-template.h"

G_BEGIN_DECLS

typedef enum
{
  RANCANG_VALUE_EMPTY,     /* blank, "-", "N/A": no value, which is not zero */
  RANCANG_VALUE_NUMBER,
  RANCANG_VALUE_INVALID,   /* text that is no number ("#DIV/0!"), or an overflow */
} RancangValueState;

typedef enum
{
  RANCANG_LEVEL_NONE,      /* a continuation row: one more indicator */
  RANCANG_LEVEL_TUJUAN,
  RANCANG_LEVEL_SASARAN,
  RANCANG_LEVEL_URUSAN,
  RANCANG_LEVEL_BIDANG,
  RANCANG_LEVEL_PROGRAM,
  RANCANG_LEVEL_KEGIATAN,
  RANCANG_LEVEL_SUBKEGIATAN,
  RANCANG_LEVEL_GROUP,
  RANCANG_LEVEL_ITEM,
  RANCANG_LEVEL_TOTAL,
} RancangLevel;

typedef struct _RancangTable RancangTable;

RancangTable          *rancang_table_new              (RancangTemplate       *tmpl,
                                                       RancangNode           *table);
void                   rancang_table_free             (RancangTable          *table);

void                   rancang_table_compute          (RancangTable          *table);
gboolean               rancang_table_set_cell         (RancangTable          *table,
                                                       guint                  row,
                                                       guint                  column,
                                                       const char            *text);
gboolean               rancang_table_reread_cell      (RancangTable          *table,
                                                       guint                  row,
                                                       guint                  column);

RancangTemplate       *rancang_table_get_template     (const RancangTable    *table);
RancangNode           *rancang_table_get_node         (const RancangTable    *table);
const char            *rancang_table_get_id           (const RancangTable    *table);
guint                  rancang_table_get_n_rows       (const RancangTable    *table);
RancangNode           *rancang_table_get_row_node     (const RancangTable    *table,
                                                       guint                  row);
RancangLevel           rancang_table_get_level        (const RancangTable    *table,
                                                       guint                  row);
const char            *rancang_table_get_kode         (const RancangTable    *table,
                                                       guint                  row);
int                    rancang_table_get_parent       (const RancangTable    *table,
                                                       guint                  row);
gboolean               rancang_table_has_children     (const RancangTable    *table,
                                                       guint                  row,
                                                       guint                  column);
const char            *rancang_table_get_text         (const RancangTable    *table,
                                                       guint                  row,
                                                       guint                  column);

RancangValueState      rancang_table_get_value        (const RancangTable    *table,
                                                       guint                  row,
                                                       guint                  column,
                                                       RancangDecimal        *out);
RancangValueState      rancang_table_get_rounded      (const RancangTable    *table,
                                                       guint                  row,
                                                       guint                  column,
                                                       guint                  decimals,
                                                       RancangDecimal        *out);
RancangValueState      rancang_table_get_local        (const RancangTable    *table,
                                                       guint                  row,
                                                       guint                  column,
                                                       int                    decimals,
                                                       RancangDecimal        *out);
RancangValueState      rancang_table_get_stated       (const RancangTable    *table,
                                                       guint                  row,
                                                       guint                  column,
                                                       RancangDecimal        *out);
gboolean               rancang_table_is_computed      (const RancangTable    *table,
                                                       guint                  row,
                                                       guint                  column);

RancangValueState      rancang_table_group_total      (const RancangTable    *table,
                                                       guint                  column,
                                                       const char            *group,
                                                       RancangDecimal        *out);

void                   rancang_table_set_rounding     (RancangTable          *table,
                                                       RancangRounding        rounding);
RancangRounding        rancang_table_get_rounding     (const RancangTable    *table);
void                   rancang_table_set_decimals     (RancangTable          *table,
                                                       int                    decimals);
guint                  rancang_table_get_decimals     (const RancangTable    *table,
                                                       guint                  column);

RancangLevel           rancang_level_from_string      (const char            *text);
const char            *rancang_level_to_string        (RancangLevel           level);
char                  *rancang_level_names            (void);
RancangValueState      rancang_value_parse            (const char            *text,
                                                       RancangDecimal        *out);
gboolean               rancang_rounding_from_string   (const char            *text,
                                                       RancangRounding       *out);
const char            *rancang_rounding_to_string     (RancangRounding        rounding);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangTable, rancang_table_free)

G_END_DECLS
