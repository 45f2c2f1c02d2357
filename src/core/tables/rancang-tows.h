/* rancang-tows.h: the factors of a SWOT analysis and the TOWS references
 * to them.
 *
 * A factor's code is its group letter and its number ("S1"): the "no"
 * column of its row in the IFAS or EFAS table, or its place in its group
 * when that is empty. A strategy of the TOWS matrix names the factors it
 * combines in its references: "S1,S2,S4-O1" as Rancang writes them, or
 * "S,1,2,4-O,1" as the source documents print them (a group letter, then
 * its numbers). One reader serves the checker, which reports every code as
 * written, repeats included, and the SWOT editor, which shows and writes
 * each factor once.
 *
 * Moving or removing a factor renumbers the factors of its group, and the
 * references follow, so that every strategy still names the same factors:
 * the edits are made within the step the history is recording.
 */
#pragma once

#include <glib.h>

#include "rancang-compute.h"
#include "rancang-history.h"
#include "rancang-node.h"

G_BEGIN_DECLS

typedef enum
{
  RANCANG_TOWS_REFS_AS_WRITTEN = 0,       /* repeats kept; a number before any letter stays bare ("1") */
  RANCANG_TOWS_REFS_UNIQUE     = 1 << 0,  /* each factor once; numbers of no group dropped */
} RancangTowsRefsFlags;

typedef struct
{
  RancangNode *node;   /* the <row> */
  guint        row;    /* in its RancangTable */
  char        *code;   /* "S1" */
} RancangSwotFactor;

/* References: codes in the order written ("S1", "S2", "O1"), letters in
 * upper case; formatted back sorted S, W, O, T and by number, the internal
 * factors before a dash: "S1,S2-O1". */
GPtrArray *rancang_tows_refs_parse       (const char           *refs,
                                          RancangTowsRefsFlags  flags);
char      *rancang_tows_refs_format      (GPtrArray            *codes);
int        rancang_tows_code_compare     (const char           *a,
                                          const char           *b);
gboolean   rancang_tows_code_is_external (const char           *code);
/* REFS with each code renamed by RENAMES (old code -> new code), in the
 * stored form; NULL when it names none of them. */
char      *rancang_tows_refs_rename      (const char           *refs,
                                          GHashTable           *renames);
/* TRUE when a strategy of TOWS (a table of a template with <tows>) names
 * CODE. */
gboolean   rancang_tows_names_factor     (const RancangTable   *tows,
                                          const char           *code);

/* The factors of group LETTER ('S', 'W', 'O', 'T') of a SWOT table (a
 * template grouped by its factor column), in table order: RancangSwotFactor. */
GPtrArray *rancang_swot_factors          (const RancangTable   *table,
                                          char                  letter);
void       rancang_swot_factor_free      (RancangSwotFactor    *factor);

/* Renumbering within the step HISTORY is recording; TOWS may be NULL.
 * Moving swaps the factor of ROW with its neighbour in its group (DELTA
 * -1 up, +1 down), places and numbers, and returns its new code (NULL when
 * it cannot move). Removing closes the gap in the numbers unless a
 * strategy names the factor: then the numbers stay, and that reference
 * stays a finding until the planner decides what it should say. */
char      *rancang_swot_move_factor      (RancangHistory       *history,
                                          const RancangTable   *table,
                                          guint                 row,
                                          int                   delta,
                                          const RancangTable   *tows);
void       rancang_swot_remove_factor    (RancangHistory       *history,
                                          const RancangTable   *table,
                                          guint                 row,
                                          const RancangTable   *tows);
/* The totals the document carries (the skor of each factor, the TOTAL
 * rows, FINAL SCORE: every derived or computed cell that has a stated
 * value) rewritten to what TABLE computes, within the step HISTORY is
 * recording, so that an edit never leaves a stated total behind that
 * disagrees. TABLE must be read from the tree as it is now. */
void       rancang_swot_store_totals     (RancangHistory       *history,
                                          const RancangTable   *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangSwotFactor, rancang_swot_factor_free)

G_END_DECLS
