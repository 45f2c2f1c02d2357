/* rancang-parts.c: the parts of a document a reader navigates. */
#include "rancang-parts.h"

/* The parts a reader navigates: everything the outline lists. */
gboolean
rancang_parts_is_part (RancangNode *node)
{
  static const char *const parts[] = {
    "cover", "preface", "contents", "list-of-tables", "list-of-figures",
    "chapter", "section", "appendix", "table", "figure",
  };

  if (rancang_node_is_text (node))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (rancang_node_is (node, parts[i]))
      return TRUE;
  return FALSE;
}

/* A part with a title and text of its own, matched between versions by
 * its id or title: chapter, section, lampiran, a preface. */
gboolean
rancang_parts_is_titled (const RancangNode *node)
{
  return !rancang_node_is_text (node)
         && (rancang_node_is (node, "chapter") || rancang_node_is (node, "section")
             || rancang_node_is (node, "appendix") || rancang_node_is (node, "preface"));
}

/* Pre-order, never into tables: a 50,000-row table costs nothing here. */
void
rancang_parts_foreach (RancangNode      *root,
                       RancangPartsFunc  func,
                       gpointer          user_data)
{
  for (RancangNode *c = rancang_node_get_first_child (root); c != NULL; c = rancang_node_get_next (c))
    {
      if (rancang_node_is_text (c) || rancang_node_is (c, "metadata") || rancang_node_is (c, "signatories"))
        continue;
      if (rancang_parts_is_part (c))
        func (c, user_data);
      if (!rancang_node_is (c, "table") && !rancang_node_is (c, "figure"))
        rancang_parts_foreach (c, func, user_data);
    }
}

/* What the outline calls a part: its title, its caption, or what it is. */
char *
rancang_parts_title (RancangNode *node)
{
  RancangNode *title = rancang_node_get_child (node, "title");

  if (title == NULL)
    title = rancang_node_get_child (node, "caption");
  if (title != NULL)
    {
      g_autofree char *text = rancang_node_dup_content (title);
      if (*text != '\0')
        return g_steal_pointer (&text);
    }
  if (rancang_node_is (node, "cover"))
    return g_strdup ("Sampul");
  if (rancang_node_is (node, "contents"))
    return g_strdup ("Daftar Isi");
  if (rancang_node_is (node, "list-of-tables"))
    return g_strdup ("Daftar Tabel");
  if (rancang_node_is (node, "list-of-figures"))
    return g_strdup ("Daftar Gambar");
  if (rancang_node_is (node, "table") || rancang_node_is (node, "figure"))
    return g_strdup (rancang_node_get_attr (node, "id"));
  return g_strdup ("");
}
