/* rancang-edit.c: small edits of the tree that the editors share. */
#include "rancang-edit.h"

#include <string.h>

const char *const rancang_metadata_order[] = {
  "title", "plan-year", "period", "pemda", "opd", "status", "paper", "running-title", "option", NULL,
};

const char *const rancang_signatory_order[] = {
  "place", "date", "greeting", "jabatan", "name", "pangkat", "golongan", "nip",
  "signature-image", "stamp-image", NULL,
};

static int
rank (const char *const *order,
      const char        *name)
{
  for (int i = 0; order[i] != NULL; i++)
    if (strcmp (order[i], name) == 0)
      return i;
  return G_MAXINT;
}

RancangNode *
rancang_edit_ensure_child (RancangHistory    *history,
                           RancangNode       *parent,
                           const char        *name,
                           const char *const *order)
{
  RancangNode *child = rancang_node_get_child (parent, name);
  RancangNode *before = NULL;
  int r = rank (order, name);

  if (child != NULL)
    return child;
  for (RancangNode *c = rancang_node_get_first_child (parent); c != NULL; c = rancang_node_get_next (c))
    if (!rancang_node_is_text (c) && rank (order, rancang_node_get_name (c)) > r)
      {
        before = c;
        break;
      }
  child = rancang_node_new_element (name);
  rancang_history_insert (history, parent, before, child);
  return child;
}

void
rancang_edit_set_child (RancangHistory    *history,
                        RancangNode       *parent,
                        const char        *name,
                        const char        *text,
                        const char *const *order,
                        gboolean           remove_when_empty)
{
  RancangNode *child = rancang_node_get_child (parent, name);

  if (text == NULL || *text == '\0')
    {
      if (child != NULL && remove_when_empty)
        rancang_history_remove (history, child);
      else if (child != NULL)
        rancang_history_set_content (history, child, "");
      return;
    }
  rancang_history_begin (history, "Edit", NULL);
  child = rancang_edit_ensure_child (history, parent, name, order);
  rancang_history_set_content (history, child, text);
  rancang_history_end (history);
}

RancangNode *
rancang_edit_find_cell (RancangNode *row,
                        const char  *key)
{
  for (RancangNode *c = rancang_node_get_first_child (row); c != NULL; c = rancang_node_get_next (c))
    if (rancang_node_is (c, "c") && g_strcmp0 (rancang_node_get_attr (c, "k"), key) == 0)
      return c;
  return NULL;
}

void
rancang_edit_set_cell (RancangHistory *history,
                       RancangNode    *row,
                       const char     *key,
                       const char     *text)
{
  RancangNode *cell = rancang_edit_find_cell (row, key);
  g_autofree char *current = cell != NULL ? rancang_node_dup_content (cell) : NULL;

  if (cell == NULL)
    {
      if (text == NULL || *text == '\0')
        return;
      cell = rancang_node_new_element ("c");
      rancang_node_set_attr (cell, "k", key);
      rancang_history_insert (history, row, NULL, cell);
    }
  else if (g_strcmp0 (current, text) == 0)
    return;
  rancang_history_set_content (history, cell, text != NULL ? text : "");
}

/* "bab-6", "bagian-3": an id no other element has. */
char *
rancang_edit_unique_id (RancangNode *root,
                        const char  *stem)
{
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);

  for (RancangNode *n = root; n != NULL; n = rancang_node_next_in_tree (n, root))
    if (!rancang_node_is_text (n) && rancang_node_get_attr (n, "id") != NULL)
      g_hash_table_add (used, (gpointer) rancang_node_get_attr (n, "id"));
  for (guint i = 1;; i++)
    {
      char *id = g_strdup_printf ("%s-%u", stem, i);
      if (!g_hash_table_contains (used, id))
        return id;
      g_free (id);
    }
}

gboolean
rancang_node_is_within (RancangNode *node,
                        RancangNode *root)
{
  for (RancangNode *n = node; n != NULL; n = rancang_node_get_parent (n))
    if (n == root)
      return TRUE;
  return FALSE;
}
