/* rancang-layout-chart-private.h: the charts where their figures stand in
 * the printed document (rancang-layout-chart.c). */
#pragma once

#include "rancang-flow.h"

G_BEGIN_DECLS

/* Each draws its chart at the flow's position and returns TRUE, or FALSE
 * when the document holds nothing to draw it from. */
gboolean rancang_flow_swot_quadrant  (RancangFlow *flow,
                                      RancangNode *figure);
gboolean rancang_flow_budget_chart   (RancangFlow *flow,
                                      RancangNode *figure);

G_END_DECLS
