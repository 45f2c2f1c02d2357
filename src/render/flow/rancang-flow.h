/* rancang-flow.h: the page flow, which fills pages top to bottom.
 *
 * The one place that knows where a page ends: a new page and its footer,
 * its number and label, room for a block (the keep rules), space that is
 * dropped at the top of a page, the turn between portrait and landscape,
 * and the page label of every node that asked for one (for the daftar isi).
 * Line breaking is beside it (rancang-flow-text.h). The layout of the
 * document, its tables, charts and TOWS matrix (src/render/layout/) use
 * the flow; the flow knows none of them.
 */
#pragma once

#include "rancang-document.h"
#include "rancang-fonts.h"
#include "rancang-layout.h"
#include "rancang-template.h"

G_BEGIN_DECLS

#define RANCANG_BLACK 0x000000
#define RANCANG_GREY  0x555555

/* Points per millimetre. */
#define MM (72.0 / 25.4)

typedef struct
{
  RancangFonts       *fonts;
  RancangLayout      *layout;

  double              paper_w, paper_h;             /* portrait */
  double              margin_top, margin_bottom, margin_left, margin_right;
  char               *running_title;    /* printed in the footer of body pages, or NULL */

  /* The page being filled. */
  RancangPage        *page;
  gboolean            landscape;
  gboolean            fresh;            /* nothing on the page yet */
  gboolean            want_portrait;    /* a landscape table ended: next block on a new portrait page */
  double              y;                /* top of the next line */
  double              left, right;      /* the text block, x */
  double              bottom;           /* the text block ends here, y */

  /* Numbering of the pages being made. */
  RancangNumbering    numbering;
  int                 number;
  char               *prefix;

  GHashTable         *labels;           /* RancangNode* -> page label in this pass (owned) */
  GHashTable         *previous;         /* the labels of the previous pass, or NULL */

  /* What the layout of a document carries through the flow, for its own
   * parts (src/render/layout/); the flow reads none of it. */
  RancangDocument    *doc;
  RancangTemplateSet *templates;
  gboolean            per_chapter;      /* page numbers restart in each chapter: "II-3" */
  GHashTable         *numbers;          /* RancangNode* -> "2.1", "II", "Tabel 2.1" (owned) */
  GPtrArray          *tables;           /* every RancangTable, computed once for all passes */
  GHashTable         *table_of;         /* its <table> RancangNode* -> RancangTable* */
  guint               chapter;          /* the chapter being laid out, 1-based */
} RancangFlow;

void        rancang_flow_new_page        (RancangFlow       *flow,
                                          gboolean           landscape);
void        rancang_flow_orient          (RancangFlow       *flow,
                                          gboolean           landscape);
void        rancang_flow_ensure          (RancangFlow       *flow,
                                          double             height);
void        rancang_flow_space           (RancangFlow       *flow,
                                          double             space);
void        rancang_flow_mark            (RancangFlow       *flow,
                                          const RancangNode *node,
                                          const char        *outline_title,
                                          guint              outline_level);
const char *rancang_flow_previous_label  (RancangFlow       *flow,
                                          const RancangNode *node);

G_END_DECLS
