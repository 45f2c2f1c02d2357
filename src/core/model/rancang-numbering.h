/* rancang-numbering.h: the generated numbers of chapters, sections, tables
 * and figures.
 *
 * Numbers are never stored in a document: they follow from the order of the
 * tree, so they can never be wrong. This is the one place that says what
 * they are, for the window, the PDF, the daftar isi/tabel, cross references
 * and the command line (rancang-cli table import --section 2.1):
 *
 *   <chapter>                 the n-th chapter of the body: "2", printed "BAB II"
 *   <section>                 its parent's number, ".", the n-th section there:
 *                             "2.1", "2.1.3"
 *   <table>                   the chapter's number, ".", the n-th numbered table
 *                             of the chapter in document order (sections and
 *                             lists included): "2.1", printed "Tabel 2.1";
 *                             numbered="false" tables have no number and do
 *                             not count
 *   <figure>                  the same, printed "Gambar 2.1"
 *
 *   <appendix>                "L1", printed "LAMPIRAN 1"; its sections "L1.1",
 *                             its tables "Tabel L1.1"
 *
 * Front matter and what is in it have no number (NULL).
 *
 * A RancangNumbers is computed from the tree in one pass when it is made;
 * make a new one after the tree changes.
 */
#pragma once

#include <glib.h>

#include "rancang-document.h"
#include "rancang-node.h"

G_BEGIN_DECLS

typedef struct _RancangNumbers RancangNumbers;

RancangNumbers *rancang_numbers_new            (RancangDocument      *doc);
void            rancang_numbers_free           (RancangNumbers       *numbers);

const char     *rancang_numbers_get            (const RancangNumbers *numbers,
                                                const RancangNode    *node);
char           *rancang_numbers_label          (const RancangNumbers *numbers,
                                                const RancangNode    *node);
RancangNode    *rancang_numbers_lookup_section (const RancangNumbers *numbers,
                                                const char           *number);
RancangNode    *rancang_numbers_last_section   (const RancangNumbers *numbers);
char           *rancang_numbers_list_sections  (const RancangNumbers *numbers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangNumbers, rancang_numbers_free)

G_END_DECLS
