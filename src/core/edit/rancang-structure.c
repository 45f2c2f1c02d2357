/* rancang-structure.c: the outline of a document edited (see the header). */
#include "rancang-structure.h"

#include <string.h>

#include "rancang-edit.h"

/* What has a title of its own in the outline and may be moved, renamed or
 * deleted; the cover and the generated lists are made, not written. */
gboolean
rancang_structure_is_movable (RancangNode *node)
{
  return node != NULL && !rancang_node_is_text (node)
         && (rancang_node_is (node, "chapter") || rancang_node_is (node, "section")
             || rancang_node_is (node, "appendix") || rancang_node_is (node, "preface"));
}

/* Parts move among their own kind: a section past a table stays a
 * section among sections. */
RancangNode *
rancang_structure_same_kind_sibling (RancangNode *node,
                                     gboolean     forward)
{
  const char *name;

  g_return_val_if_fail (node != NULL, NULL);
  name = rancang_node_get_name (node);
  for (RancangNode *s = forward ? rancang_node_get_next (node) : rancang_node_get_prev (node); s != NULL;
       s = forward ? rancang_node_get_next (s) : rancang_node_get_prev (s))
    if (!rancang_node_is_text (s) && rancang_node_is (s, name))
      return s;
  return NULL;
}

RancangNode *
rancang_structure_ancestor (RancangNode *node,
                            const char  *name)
{
  while (node != NULL && (rancang_node_is_text (node) || !rancang_node_is (node, name)))
    node = rancang_node_get_parent (node);
  return node;
}

/* The part an editor shows NODE in: the nearest of NODE and its ancestors
 * that is a table, a part of text, the metadata or the cover. A figure is
 * shown where it stands, in the text of its part. */
RancangNode *
rancang_structure_part_of (RancangNode *node)
{
  for (RancangNode *n = node; n != NULL; n = rancang_node_get_parent (n))
    if (!rancang_node_is_text (n)
        && (rancang_node_is (n, "table") || rancang_structure_is_movable (n)
            || rancang_node_is (n, "metadata") || rancang_node_is (n, "cover")))
      return n;
  return NULL;
}

/* Where a document opens: its first section, else its first chapter,
 * else what it is (the metadata). */
RancangNode *
rancang_structure_first_part (RancangNode *root)
{
  RancangNode *body = rancang_node_get_child (root, "body");
  RancangNode *chapter = body ? rancang_node_get_child (body, "chapter") : NULL;
  RancangNode *section = chapter ? rancang_node_get_child (chapter, "section") : NULL;

  if (section != NULL)
    return section;
  if (chapter != NULL)
    return chapter;
  return rancang_node_get_child (root, "metadata");
}

/* A section goes into a chapter, a section or an appendix (after the
 * selected section, or into it as a subsection). */
gboolean
rancang_structure_can_add_section (RancangNode *selected,
                                   gboolean     sub)
{
  if (selected == NULL || rancang_node_is_text (selected))
    return FALSE;
  if (sub)
    return rancang_node_is (selected, "section");
  return rancang_node_is (selected, "chapter") || rancang_node_is (selected, "section")
         || rancang_node_is (selected, "appendix");
}

RancangNode *
rancang_structure_new_part (RancangNode *root,
                            const char  *element,
                            const char  *id_stem,
                            const char  *title)
{
  RancangNode *node = rancang_node_new_element (element);
  g_autofree char *id = rancang_edit_unique_id (root, id_stem);

  rancang_node_set_attr (node, "id", id);
  rancang_node_set_child_content (node, "title", title);
  rancang_node_append_child (node, rancang_node_new_element ("p"));
  return node;
}

static RancangNode *
insert_part (RancangHistory *history,
             const char     *label,
             RancangNode    *parent,
             RancangNode    *before,
             RancangNode    *node)
{
  rancang_history_begin (history, label, NULL);
  rancang_history_insert (history, parent, before, node);
  rancang_history_end (history);
  return node;
}

/* After the chapter of SELECTED, or last. */
RancangNode *
rancang_structure_add_chapter (RancangHistory *history,
                               const char     *label,
                               RancangNode    *root,
                               RancangNode    *selected)
{
  RancangNode *body = rancang_node_get_child (root, "body");
  RancangNode *after = rancang_structure_ancestor (selected, "chapter");

  if (body == NULL)
    return NULL;
  return insert_part (history, label, body, after ? rancang_node_get_next (after) : NULL,
                      rancang_structure_new_part (root, "chapter", "bab", "JUDUL BAB"));
}

RancangNode *
rancang_structure_add_appendix (RancangHistory *history,
                                const char     *label,
                                RancangNode    *root)
{
  return insert_part (history, label, root, NULL, rancang_structure_new_part (root, "appendix", "lampiran", "LAMPIRAN"));
}

/* After the selected section (SUB: last in it), or last in the selected
 * chapter or appendix. */
RancangNode *
rancang_structure_add_section (RancangHistory *history,
                               const char     *label,
                               RancangNode    *root,
                               RancangNode    *selected,
                               gboolean        sub)
{
  RancangNode *node;

  if (!rancang_structure_can_add_section (selected, sub))
    return NULL;
  node = rancang_structure_new_part (root, "section", "sub-bab", "Judul Sub Bab");
  if (rancang_node_is (selected, "section") && !sub)
    return insert_part (history, label, rancang_node_get_parent (selected), rancang_node_get_next (selected), node);
  return insert_part (history, label, selected, NULL, node);
}

/* What is shown after: the part before, else the one after, else the
 * parent. */
RancangNode *
rancang_structure_delete (RancangHistory *history,
                          const char     *label,
                          RancangNode    *part)
{
  RancangNode *next;

  if (!rancang_structure_is_movable (part))
    return NULL;
  next = rancang_structure_same_kind_sibling (part, FALSE);
  if (next == NULL)
    next = rancang_structure_same_kind_sibling (part, TRUE);
  if (next == NULL)
    next = rancang_node_get_parent (part);
  rancang_history_begin (history, label, NULL);
  rancang_history_remove (history, part);
  rancang_history_end (history);
  return next;
}

RancangNode *
rancang_structure_move (RancangHistory *history,
                        const char     *label,
                        RancangNode    *part,
                        gboolean        down)
{
  RancangNode *sibling;

  if (!rancang_structure_is_movable (part))
    return NULL;
  sibling = rancang_structure_same_kind_sibling (part, down);
  if (sibling == NULL)
    return NULL;
  rancang_history_begin (history, label, NULL);
  rancang_history_move (history, part, rancang_node_get_parent (part), down ? rancang_node_get_next (sibling) : sibling);
  rancang_history_end (history);
  return part;
}

/* A title is one line: line breaks become spaces. */
RancangNode *
rancang_structure_rename (RancangHistory *history,
                          const char     *label,
                          RancangNode    *part,
                          const char     *title)
{
  g_autofree char *text = g_strdup (title);
  RancangNode *element;

  if (!rancang_structure_is_movable (part))
    return NULL;
  g_strdelimit (text, "\r\n", ' ');
  rancang_history_begin (history, label, NULL);
  element = rancang_node_get_child (part, "title");
  if (element == NULL)
    {
      element = rancang_node_new_element ("title");
      rancang_history_insert (history, part, rancang_node_get_first_child (part), element);
    }
  rancang_history_set_content (history, element, text);
  rancang_history_end (history);
  return part;
}
