/* rancang-identity.h: which document this is, and which version of it.
 *
 * A document carries a stable id (<document id="...">, made once when it
 * has none), a revision that increases by one on every save by a command
 * that changes it (<document revision="N">), the office that made it (the
 * metadata's <opd acronym="...">) and the time of its last save
 * (<option name="saved" value="2026-11-23T20:45:52Z"/> in the metadata).
 *
 * rancang_document_save_file() does not stamp: its output stays the
 * canonical form of the tree, so that `rancang-cli normalize` changes no
 * byte of a canonical file. The commands that change a document call
 * rancang_document_stamp() before saving it.
 */
#pragma once

#include <glib.h>

#include "rancang-document.h"

G_BEGIN_DECLS

#define RANCANG_OPTION_SAVED "saved"

guint64  rancang_document_get_revision (RancangDocument *doc);
void     rancang_document_stamp        (RancangDocument *doc,
                                        GDateTime       *now);
/* Gives TO the id, revision and time of the last save of FROM: the window
 * stamps the copy it saves, and its own tree follows once the save is done. */
void     rancang_document_take_stamp   (RancangDocument *to,
                                        RancangDocument *from);

G_END_DECLS
