/* rancang-parts.h: the parts of a document a reader navigates.
 *
 * Cover, prefaces, generated lists, chapters, sections, tables, figures,
 * lampiran: what the outline lists and what each is called there. Their
 * numbers come from the core (rancang-numbering.h), the one place that
 * says what they are. GLib only.
 */
#pragma once

#include <glib.h>

#include "rancang-node.h"

G_BEGIN_DECLS

typedef void (*RancangPartsFunc) (RancangNode *node,
                                  gpointer     user_data);

void      rancang_parts_foreach (RancangNode      *root,
                                 RancangPartsFunc  func,
                                 gpointer          user_data);
char     *rancang_parts_title   (RancangNode      *node);
gboolean  rancang_parts_is_part (RancangNode      *node);
gboolean  rancang_parts_is_titled (const RancangNode *node);

G_END_DECLS
