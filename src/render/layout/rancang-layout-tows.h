/* rancang-layout-tows.h: the TOWS table printed as its matrix. */
#pragma once

#include "rancang-compute.h"
#include "rancang-flow.h"

G_BEGIN_DECLS

typedef void (*RancangFlowCaptionFunc) (RancangFlow *flow,
                                        RancangNode *node,
                                        double       size);

/* When TABLE (of NODE) is a TOWS table and the document has its factor
 * tables: the caption (drawn by CAPTION) and the matrix, and TRUE. FALSE
 * leaves the table to be printed as rows. */
gboolean rancang_flow_tows_matrix (RancangFlow            *flow,
                                   RancangNode            *node,
                                   RancangTable           *table,
                                   RancangFlowCaptionFunc  caption);

G_END_DECLS
