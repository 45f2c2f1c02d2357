/* rancang-swot-chart.h: the strategy quadrant beside the SWOT lists: the
 * chart as the PDF prints it, the quadrant named, and the strategies its
 * TOWS cell recommends. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-check.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_SWOT_CHART (rancang_swot_chart_get_type ())
G_DECLARE_FINAL_TYPE (RancangSwotChart, rancang_swot_chart, RANCANG, SWOT_CHART, GtkBox)

/* The quadrant of SWOT, named and drawn. */
void       rancang_swot_chart_set_swot   (RancangSwotChart  *self,
                                          const RancangSwot *swot);
/* The texts of the strategies of the quadrant's TOWS cell (COMBINATION
 * "S-O"), listed under it; none hides the list. */
void       rancang_swot_chart_set_advice (RancangSwotChart  *self,
                                          const char        *combination,
                                          GPtrArray         *strategies);
/* For tests: "chart", "quadrant" or "position". */
GtkWidget *rancang_swot_chart_get_widget (RancangSwotChart  *self,
                                          const char        *key);

G_END_DECLS
