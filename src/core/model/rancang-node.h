/* rancang-node.h: the document tree.
 *
 * A Rancang document is one tree of nodes. Element nodes carry the name of
 * the element they stand for in the XML format (resources/rancang.rng) and
 * its attributes; text nodes carry text. Nothing outside rancang-node.c
 * touches the fields: the tree keeps its links consistent itself.
 *
 * Element names are interned strings, so they may be compared by pointer
 * with the result of g_intern_static_string(), or by rancang_node_is().
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _RancangNode RancangNode;

RancangNode *rancang_node_new_element      (const char        *name);
RancangNode *rancang_node_new_text         (const char        *text);
RancangNode *rancang_node_copy             (const RancangNode *node);
void         rancang_node_free             (RancangNode       *node);

gboolean     rancang_node_is_text          (const RancangNode *node);
const char  *rancang_node_get_name         (const RancangNode *node);
gboolean     rancang_node_is               (const RancangNode *node,
                                            const char        *name);

const char  *rancang_node_get_text         (const RancangNode *node);
void         rancang_node_set_text         (RancangNode       *node,
                                            const char        *text);
void         rancang_node_append_text      (RancangNode       *node,
                                            const char        *text,
                                            gssize             len);

RancangNode *rancang_node_get_parent       (const RancangNode *node);
RancangNode *rancang_node_get_first_child  (const RancangNode *node);
RancangNode *rancang_node_get_last_child   (const RancangNode *node);
RancangNode *rancang_node_get_next         (const RancangNode *node);
RancangNode *rancang_node_get_prev         (const RancangNode *node);
guint        rancang_node_get_depth        (const RancangNode *node);
guint        rancang_node_get_line         (const RancangNode *node);
void         rancang_node_set_line         (RancangNode       *node,
                                            guint              line);

void         rancang_node_append_child     (RancangNode       *parent,
                                            RancangNode       *child);
void         rancang_node_prepend_child    (RancangNode       *parent,
                                            RancangNode       *child);
void         rancang_node_insert_before    (RancangNode       *sibling,
                                            RancangNode       *node);
void         rancang_node_insert_after     (RancangNode       *sibling,
                                            RancangNode       *node);
void         rancang_node_unlink           (RancangNode       *node);
void         rancang_node_remove_children  (RancangNode       *node);

const char  *rancang_node_get_attr         (const RancangNode *node,
                                            const char        *name);
void         rancang_node_set_attr         (RancangNode       *node,
                                            const char        *name,
                                            const char        *value);
guint        rancang_node_get_n_attrs      (const RancangNode *node);
const char  *rancang_node_get_attr_name    (const RancangNode *node,
                                            guint              index);
const char  *rancang_node_get_attr_value   (const RancangNode *node,
                                            guint              index);

RancangNode *rancang_node_get_child        (const RancangNode *node,
                                            const char        *name);
RancangNode *rancang_node_get_next_named   (const RancangNode *node,
                                            const char        *name);
RancangNode *rancang_node_ensure_child     (RancangNode       *node,
                                            const char        *name);
char        *rancang_node_dup_content      (const RancangNode *node);
void         rancang_node_set_content      (RancangNode       *node,
                                            const char        *text);
const char  *rancang_node_get_child_content (const RancangNode *node,
                                             const char        *name);
void         rancang_node_set_child_content (RancangNode       *node,
                                             const char        *name,
                                             const char        *text);
RancangNode *rancang_node_next_in_tree     (const RancangNode *node,
                                            const RancangNode *root);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangNode, rancang_node_free)

G_END_DECLS
