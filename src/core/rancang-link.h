/* rancang-link.h: a Renja and the Renstra it follows.
 *
 * rancang_link_documents() records the Renstra's id in the Renja's metadata
 * (<option name="renstra" value="ID"/>). rancang_link_compare() then lists
 * the Renja targets for its plan year that differ from the Renstra's: the
 * rows of the Renja's rencana-program tables (column target) against the
 * rows of the Renstra's rencana-program-renstra tables (column tN, N the
 * plan year's place in the Renstra period), matched by kode, rows without
 * kode by indikator. One line per difference, tab-separated like
 * `rancang-cli check`: table, kode, column, Renja value, Renstra value,
 * message.
 */
#pragma once

#include <glib.h>

#include "rancang-document.h"

G_BEGIN_DECLS

#define RANCANG_OPTION_RENSTRA "renstra"

gboolean   rancang_link_documents (RancangDocument  *renja,
                                   RancangDocument  *renstra,
                                   GError          **error);
GPtrArray *rancang_link_compare   (RancangDocument  *renja,
                                   RancangDocument  *renstra,
                                   GError          **error);

G_END_DECLS
