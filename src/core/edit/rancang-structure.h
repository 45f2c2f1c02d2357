/* rancang-structure.h: the outline of a document edited: new, inserted,
 * deleted, moved and renamed parts, and the lookups those edits need.
 *
 * Every edit is one undoable step of the history, named by LABEL (the
 * caller translates it: the core has no gettext). The numbers of chapters
 * and sections follow by themselves because they are never stored. The
 * window's outline actions and the CLI use the same rules. GLib only.
 */
#pragma once

#include <glib.h>

#include "rancang-history.h"
#include "rancang-node.h"

G_BEGIN_DECLS

/* Lookups */
gboolean     rancang_structure_is_movable        (RancangNode    *node);
RancangNode *rancang_structure_same_kind_sibling (RancangNode    *node,
                                                  gboolean        forward);
RancangNode *rancang_structure_ancestor          (RancangNode    *node,
                                                  const char     *name);
RancangNode *rancang_structure_part_of           (RancangNode    *node);
RancangNode *rancang_structure_first_part        (RancangNode    *root);
gboolean     rancang_structure_can_add_section   (RancangNode    *selected,
                                                  gboolean        sub);

/* A part not yet in the tree: ELEMENT with a unique id made from ID_STEM,
 * TITLE, and one empty paragraph to type in at once. */
RancangNode *rancang_structure_new_part          (RancangNode    *root,
                                                  const char     *element,
                                                  const char     *id_stem,
                                                  const char     *title);

/* Edits, each one step; they return the part to show afterwards (NULL
 * when nothing was done). */
RancangNode *rancang_structure_add_chapter       (RancangHistory *history,
                                                  const char     *label,
                                                  RancangNode    *root,
                                                  RancangNode    *selected);
RancangNode *rancang_structure_add_appendix      (RancangHistory *history,
                                                  const char     *label,
                                                  RancangNode    *root);
RancangNode *rancang_structure_add_section       (RancangHistory *history,
                                                  const char     *label,
                                                  RancangNode    *root,
                                                  RancangNode    *selected,
                                                  gboolean        sub);
RancangNode *rancang_structure_delete            (RancangHistory *history,
                                                  const char     *label,
                                                  RancangNode    *part);
RancangNode *rancang_structure_move              (RancangHistory *history,
                                                  const char     *label,
                                                  RancangNode    *part,
                                                  gboolean        down);
RancangNode *rancang_structure_rename            (RancangHistory *history,
                                                  const char     *label,
                                                  RancangNode    *part,
                                                  const char     *title);

G_END_DECLS
