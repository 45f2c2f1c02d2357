/* rancang-layout-table.h: a document's table on pages (rancang-layout-table.c). */
#pragma once

#include "rancang-flow.h"

G_BEGIN_DECLS

void rancang_flow_table  (RancangFlow *flow,
                          RancangNode *table);

G_END_DECLS
