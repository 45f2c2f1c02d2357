/* rancang-layout-blocks.h: the blocks of a chapter, section or preface.
 *
 * Paragraphs, sub-heads, lists, figures (images, charts), signatures and
 * page breaks, each placed by the flow; tables by rancang-layout-table.c.
 */
#pragma once

#include "rancang-flow.h"

G_BEGIN_DECLS

void rancang_flow_blocks  (RancangFlow *flow,
                           RancangNode *parent,
                           double       x,
                           double       width);
void rancang_flow_image   (RancangFlow *flow,
                           RancangNode *image,
                           double       max_w,
                           double       max_h);

G_END_DECLS
