/* test-helpers.h: what the Check tests of the model (test-csv, test-compute)
 * share: the built-in template set, the row of a table by its kode and a
 * value compared with a fixture's. */
#pragma once

#include "rancang-compute.h"
#include "rancang-template.h"

G_BEGIN_DECLS

/* The built-in template set; fails the test when it does not load. */
RancangTemplateSet *builtin             (void);
/* The index of the row of T whose kode is KODE; fails the test when there
 * is none. */
int                 row_of              (const RancangTable *t,
                                         const char         *kode);

/* Whether EXACT, rounded half-up to the decimals EXPECTED is written with,
 * is EXPECTED ("166.10" for 166.1016..., "75.00" for 75). The fixtures give
 * a ratio rounded so; the rounding is the test's own, not the engine's. */
gboolean            value_rounds_to     (RancangDecimal      exact,
                                         const char         *expected);

G_END_DECLS
