/* rancang-layout-front.h: the front matter of the printed document.
 *
 * The cover, the prefaces, and the daftar isi, tabel and gambar with the
 * page labels of the previous pass (rancang_flow_previous_label).
 */
#pragma once

#include "rancang-flow.h"

G_BEGIN_DECLS

void rancang_flow_cover     (RancangFlow *flow,
                             RancangNode *cover);
void rancang_flow_preface   (RancangFlow *flow,
                             RancangNode *preface);
void rancang_flow_contents  (RancangFlow *flow,
                             RancangNode *contents);
void rancang_flow_list_of   (RancangFlow *flow,
                             RancangNode *marker,
                             const char  *heading,
                             const char  *element);

G_END_DECLS
