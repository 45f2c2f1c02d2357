/* rancang-edit.h: small edits of the tree that the editors share, all made
 * through the history so that each can be undone. */
#pragma once

#include "rancang-history.h"
#include "rancang-node.h"

G_BEGIN_DECLS

/* Children in schema order: a new child is inserted where the RelaxNG
 * schema expects it, so the document stays valid. */
extern const char *const rancang_metadata_order[];
extern const char *const rancang_signatory_order[];

RancangNode *rancang_edit_ensure_child (RancangHistory     *history,
                                        RancangNode        *parent,
                                        const char         *name,
                                        const char *const  *order);
void         rancang_edit_set_child    (RancangHistory     *history,
                                        RancangNode        *parent,
                                        const char         *name,
                                        const char         *text,
                                        const char *const  *order,
                                        gboolean            remove_when_empty);
/* The cell <c k="KEY"> of a table row, or NULL; setting it within the
 * step being recorded adds it when missing (but not to store nothing). */
RancangNode *rancang_edit_find_cell    (RancangNode        *row,
                                        const char         *key);
void         rancang_edit_set_cell     (RancangHistory     *history,
                                        RancangNode        *row,
                                        const char         *key,
                                        const char         *text);
char        *rancang_edit_unique_id    (RancangNode        *root,
                                        const char         *stem);
gboolean     rancang_node_is_within    (RancangNode        *node,
                                        RancangNode        *root);

G_END_DECLS
