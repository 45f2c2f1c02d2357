/* rancang-layout-inline.h: the document's inline markup set as text.
 *
 * Bold, italic, underline, line breaks and cross references (<ref>) put
 * into a paragraph of the flow (rancang-flow-text.h), or read as plain
 * text for captions and titles; and the number every numbered node prints.
 */
#pragma once

#include "rancang-flow-text.h"

G_BEGIN_DECLS

const char *rancang_flow_number_of    (RancangFlow       *flow,
                                       const RancangNode *node);
void        rancang_para_add_inline   (RancangFlow       *flow,
                                       RancangPara       *para,
                                       const RancangNode *node,
                                       guint              style,
                                       gboolean           underline);
char       *rancang_flow_inline_text  (RancangFlow       *flow,
                                       const RancangNode *node);

G_END_DECLS
