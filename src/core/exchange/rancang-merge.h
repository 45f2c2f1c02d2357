/* rancang-merge.h: merging the parts of a document written by several
 * offices (bidang) into one.
 *
 * rancang_merge_part() adds to BASE what PART has and BASE has not:
 *
 *   - a chapter or section of PART is matched with BASE's by id, else by
 *     title; a matched one gets PART's new blocks (a paragraph equal to one
 *     already there is not added again) and tables; one that is not matched
 *     is copied, whole, to the end of its matched chapter (or of the body);
 *   - a table with the id of a table of BASE is merged row by row: rows are
 *     matched by kode (rows without kode by position under the row with kode
 *     above them, total rows with total rows); a row only in PART is inserted
 *     in kode order under its parent (the row whose kode is the longest
 *     prefix of its kode), with the rows without kode that follow it; a cell
 *     only in PART is added; the same cell with another value is a conflict,
 *     settled by PREFER or else only reported;
 *   - every row of a merged table says which office it comes from (office=,
 *     the metadata/opd acronym of its file) unless it said so already.
 *
 * Stated totals of PART are not taken: the base's (or none) are kept, and
 * Rancang computes the roll-ups.
 *
 * rancang_merge_part_full() settles each conflict by DECISIONS first (keyed
 * by rancang_conflict_key(), valued RANCANG_PREFER_BASE or _PART), then by
 * PREFER; with a HISTORY every change goes through it, so that the caller
 * can make the whole merge one step to undo.
 *
 * Importing only some of a part: rancang_merge_list_items() names the
 * chapters, sections and tables of PART in document order, and
 * rancang_merge_select() makes a copy of PART holding only the chosen ones
 * (a section not chosen keeps only the chosen tables and sections in it).
 */
#pragma once

#include <glib.h>

#include "rancang-document.h"
#include "rancang-history.h"

G_BEGIN_DECLS

typedef enum
{
  RANCANG_PREFER_NONE,   /* conflicts are reported, base values kept */
  RANCANG_PREFER_BASE,
  RANCANG_PREFER_PART,
} RancangPrefer;

typedef struct
{
  char *table;
  char *kode;
  char *column;
  char *base_value;
  char *part_value;
  char *base_office;
  char *part_office;
} RancangConflict;

void      rancang_conflict_free     (RancangConflict       *conflict);
char     *rancang_conflict_to_line  (const RancangConflict *conflict);

guint     rancang_merge_part        (RancangDocument       *base,
                                     RancangDocument       *part,
                                     RancangPrefer          prefer,
                                     GPtrArray             *conflicts);

guint     rancang_merge_part_full   (RancangDocument       *base,
                                     RancangDocument       *part,
                                     RancangPrefer          prefer,
                                     GHashTable            *decisions,
                                     RancangHistory        *history,
                                     GPtrArray             *conflicts);
/* "TABLE\nKODE\nCOLUMN": one conflicting cell. */
char     *rancang_conflict_key      (const RancangConflict *conflict);

int       rancang_kode_compare      (const char            *a,
                                     const char            *b);
RancangNode *rancang_kode_insert_point (RancangNode  *table,
                                        GHashTable   *by_kode,
                                        const char   *kode,
                                        RancangNode **after);

typedef struct
{
  char     *key;      /* "table:ID" (or "table#N"), or "part:" and how parts are matched */
  char     *label;    /* "2.1 Title", "Tabel 2.5 Caption" */
  guint     depth;    /* 0 for a chapter or appendix */
  gboolean  is_table;
  guint     n_rows;   /* of a table */
} RancangMergeItem;

void             rancang_merge_item_free  (RancangMergeItem *item);
GPtrArray       *rancang_merge_list_items (RancangDocument  *part);
RancangDocument *rancang_merge_select     (RancangDocument  *part,
                                           GHashTable       *chosen);

G_END_DECLS
