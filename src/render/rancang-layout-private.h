/* rancang-layout-private.h: the flow that fills pages, shared by the text
 * layout (rancang-layout-document.c) and the tables (rancang-layout-table.c). */
#pragma once

#include "rancang-compute.h"
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
  RancangDocument    *doc;
  RancangFonts       *fonts;
  RancangTemplateSet *templates;
  RancangLayout      *layout;

  double              paper_w, paper_h;             /* portrait */
  double              margin_top, margin_bottom, margin_left, margin_right;
  gboolean            per_chapter;
  char               *running_title;

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

  GHashTable         *numbers;          /* RancangNode* -> "2.1", "II", "Tabel 2.1" (owned) */
  GPtrArray          *tables;           /* every RancangTable, computed once for all passes */
  GHashTable         *table_of;         /* its <table> RancangNode* -> RancangTable* */
  GHashTable         *labels;           /* RancangNode* -> page label in this pass (owned) */
  GHashTable         *previous;         /* the labels of the previous pass, or NULL */
  guint               chapter;          /* the chapter being laid out, 1-based */
} RancangFlow;

void     rancang_flow_new_page        (RancangFlow       *flow,
                                       gboolean           landscape);
void     rancang_flow_ensure          (RancangFlow       *flow,
                                       double             height);
void     rancang_flow_mark            (RancangFlow       *flow,
                                       const RancangNode *node,
                                       const char        *outline_title,
                                       guint              outline_level);
void     rancang_flow_centered_lines  (RancangFlow       *flow,
                                       const char        *text,
                                       RancangFace        face,
                                       double             size,
                                       double             leading);
GPtrArray *rancang_flow_wrap_plain    (RancangFlow       *flow,
                                       const char        *text,
                                       RancangFace        face,
                                       double             size,
                                       double             width);
char    *rancang_flow_inline_text     (RancangFlow       *flow,
                                       const RancangNode *node);

void     rancang_flow_table           (RancangFlow       *flow,
                                       RancangNode       *table);
gboolean rancang_flow_swot_quadrant   (RancangFlow       *flow,
                                       RancangNode       *figure);
gboolean rancang_flow_budget_chart    (RancangFlow       *flow,
                                       RancangNode       *figure);

G_END_DECLS
