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
 */
#pragma once

#include <glib.h>

#include "rancang-document.h"

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

int       rancang_kode_compare      (const char            *a,
                                     const char            *b);

G_END_DECLS
