/* rancang-layout-chart.h: the SWOT quadrant chart, alone.
 *
 * The printed document draws the chart where its <figure kind="swot-quadrant">
 * stands (rancang-layout-chart.c, through the flow); the SWOT editor of the
 * window draws the very same boxes, alone on a page of their own, with the
 * cairo back end. So the chart on screen and the chart on paper are one.
 */
#pragma once

#include <glib.h>

#include "rancang-check.h"
#include "rancang-fonts.h"
#include "rancang-layout.h"

G_BEGIN_DECLS

/* Room the labels above and below the square need. */
#define RANCANG_SWOT_CHART_MARGIN 18.0

/* The chart of SWOT (its quadrant set) as a square of SIZE points centred
 * on (CX, CY) of PAGE; the axis labels take RANCANG_SWOT_CHART_MARGIN above
 * and below it. */
void           rancang_layout_swot_quadrant (RancangLayout     *layout,
                                             RancangPage       *page,
                                             RancangFonts      *fonts,
                                             const RancangSwot *swot,
                                             double             cx,
                                             double             cy,
                                             double             size);

/* A layout of one page holding only the chart: SIZE wide and SIZE plus
 * both margins high. */
RancangLayout *rancang_layout_swot_chart    (RancangFonts      *fonts,
                                             const RancangSwot *swot,
                                             double             size);

G_END_DECLS
