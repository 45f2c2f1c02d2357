/* test-helpers.h: what the Check tests of the model (test-csv, test-compute)
 * share: the built-in template set and the row of a table by its kode. */
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

G_END_DECLS
