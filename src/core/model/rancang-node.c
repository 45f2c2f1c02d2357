/* rancang-node.c: the document tree. */
#include "rancang-node.h"

#include <string.h>

typedef struct
{
  const char *name;   /* interned */
  char       *value;
  int         rank;   /* attr_rank (name), kept to spare comparing strings */
} Attr;

struct _RancangNode
{
  const char  *name;  /* interned element name; NULL for a text node */
  char        *text;  /* text nodes only */
  /* Attributes in canonical order, in one block allocated with the node's
   * first attribute: a document has hundreds of thousands of nodes, and
   * loading one is mostly allocating them. */
  Attr        *attrs;
  guint16      n_attrs;
  guint16      n_alloc;
  guint        line;  /* where the loader found it, for messages; 0 if unknown */
  RancangNode *parent;
  RancangNode *first_child;
  RancangNode *last_child;
  RancangNode *next;
  RancangNode *prev;
};

/* Attributes are kept in one fixed order so that saving the same document
 * always gives the same bytes, whatever order a file or an editor set them
 * in. Identity first, then what the element is, then the rest. */
static const char *const attr_order[] = {
  "xmlns", "version", "kind", "id", "key", "k", "name", "template", "level",
  "kode", "ref", "target", "style", "bullet", "start", "orientation",
  "numbered", "type", "group", "size", "margin-top", "margin-bottom",
  "margin-left", "margin-right", "page-numbers", "acronym", "source",
  "media-type", "office", "value", "revision",
};

static gpointer
intern_order (gpointer data)
{
  const char **interned = g_new (const char *, G_N_ELEMENTS (attr_order));

  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (attr_order); i++)
    interned[i] = g_intern_static_string (attr_order[i]);
  return interned;
}

/* NAME interned: compared by pointer with the interned order. */
static int
attr_rank (const char *name)
{
  static GOnce once = G_ONCE_INIT;
  const char **interned = g_once (&once, intern_order, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (attr_order); i++)
    if (interned[i] == name)
      return (int) i;
  return G_N_ELEMENTS (attr_order);
}

static int
attr_compare (const Attr *a, int rank, const char *name)
{
  if (a->rank != rank)
    return a->rank < rank ? -1 : 1;
  return a->name == name ? 0 : strcmp (a->name, name);
}

RancangNode *
rancang_node_new_element (const char *name)
{
  RancangNode *node = g_new0 (RancangNode, 1);

  g_return_val_if_fail (name != NULL, NULL);
  node->name = g_intern_string (name);
  return node;
}

/* A text node and its text in one block: a document has tens of thousands
 * of them. Text that grows later (rancang_node_append_text()) or is
 * replaced moves to a block of its own. */
static RancangNode *
new_text_len (const char *text,
              gsize       len)
{
  RancangNode *node = g_malloc0 (sizeof (RancangNode) + len + 1);

  node->text = (char *) (node + 1);
  memcpy (node->text, text, len);
  return node;
}

static gboolean
text_is_inline (const RancangNode *node)
{
  return node->text == (const char *) (node + 1);
}

static void
free_text (RancangNode *node)
{
  if (!text_is_inline (node))
    g_free (node->text);
  node->text = NULL;
}

RancangNode *
rancang_node_new_text (const char *text)
{
  return new_text_len (text ? text : "", text ? strlen (text) : 0);
}

RancangNode *
rancang_node_copy (const RancangNode *node)
{
  RancangNode *copy;

  g_return_val_if_fail (node != NULL, NULL);

  if (node->name == NULL)
    return new_text_len (node->text, strlen (node->text));
  copy = g_new0 (RancangNode, 1);
  copy->name = node->name;
  if (node->n_attrs > 0)
    {
      copy->attrs = g_new (Attr, node->n_attrs);
      copy->n_attrs = copy->n_alloc = node->n_attrs;
      for (guint i = 0; i < node->n_attrs; i++)
        {
          copy->attrs[i] = node->attrs[i];
          copy->attrs[i].value = g_strdup (node->attrs[i].value);
        }
    }
  for (const RancangNode *c = node->first_child; c != NULL; c = c->next)
    rancang_node_append_child (copy, rancang_node_copy (c));
  return copy;
}

static void
free_attrs (RancangNode *node)
{
  for (guint i = 0; i < node->n_attrs; i++)
    g_free (node->attrs[i].value);
  g_free (node->attrs);
  node->attrs = NULL;
  node->n_attrs = node->n_alloc = 0;
}

void
rancang_node_free (RancangNode *node)
{
  RancangNode *child;

  if (node == NULL)
    return;

  rancang_node_unlink (node);

  /* Iterative over siblings, recursive over depth only: the loader bounds
   * depth, while a table may have tens of thousands of rows. */
  child = node->first_child;
  while (child != NULL)
    {
      RancangNode *next = child->next;
      child->parent = NULL;
      child->prev = child->next = NULL;
      rancang_node_free (child);
      child = next;
    }
  free_attrs (node);
  free_text (node);
  g_free (node);
}

gboolean
rancang_node_is_text (const RancangNode *node)
{
  return node != NULL && node->name == NULL;
}

const char *
rancang_node_get_name (const RancangNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);
  return node->name;
}

gboolean
rancang_node_is (const RancangNode *node,
                 const char        *name)
{
  return node != NULL && node->name != NULL && strcmp (node->name, name) == 0;
}

const char *
rancang_node_get_text (const RancangNode *node)
{
  g_return_val_if_fail (node != NULL, NULL);
  return node->text;
}

void
rancang_node_set_text (RancangNode *node,
                       const char  *text)
{
  g_return_if_fail (rancang_node_is_text (node));
  free_text (node);
  node->text = g_strdup (text ? text : "");
}

void
rancang_node_append_text (RancangNode *node,
                          const char  *text,
                          gssize       len)
{
  RancangNode *last;

  g_return_if_fail (node != NULL && node->name != NULL);

  last = node->last_child;
  if (last != NULL && last->name == NULL)
    {
      gsize old = strlen (last->text);
      gsize add = len < 0 ? strlen (text) : strnlen (text, (gsize) len);

      if (text_is_inline (last))
        {
          char *grown = g_malloc (old + add + 1);
          memcpy (grown, last->text, old);
          last->text = grown;
        }
      else
        last->text = g_realloc (last->text, old + add + 1);
      memcpy (last->text + old, text, add);
      last->text[old + add] = '\0';
    }
  else
    rancang_node_append_child (node, new_text_len (text, len < 0 ? strlen (text) : strnlen (text, (gsize) len)));
}

RancangNode *rancang_node_get_parent (const RancangNode *node) { return node->parent; }
RancangNode *rancang_node_get_first_child (const RancangNode *node) { return node->first_child; }
RancangNode *rancang_node_get_last_child (const RancangNode *node) { return node->last_child; }
RancangNode *rancang_node_get_next (const RancangNode *node) { return node->next; }
RancangNode *rancang_node_get_prev (const RancangNode *node) { return node->prev; }

guint
rancang_node_get_depth (const RancangNode *node)
{
  guint depth = 0;

  for (const RancangNode *p = node->parent; p != NULL; p = p->parent)
    depth++;
  return depth;
}

guint rancang_node_get_line (const RancangNode *node) { return node->line; }
void  rancang_node_set_line (RancangNode *node, guint line) { node->line = line; }

void
rancang_node_unlink (RancangNode *node)
{
  g_return_if_fail (node != NULL);

  if (node->prev != NULL)
    node->prev->next = node->next;
  else if (node->parent != NULL)
    node->parent->first_child = node->next;

  if (node->next != NULL)
    node->next->prev = node->prev;
  else if (node->parent != NULL)
    node->parent->last_child = node->prev;

  node->parent = node->prev = node->next = NULL;
}

void
rancang_node_append_child (RancangNode *parent,
                           RancangNode *child)
{
  g_return_if_fail (parent != NULL && child != NULL && parent->name != NULL);

  rancang_node_unlink (child);
  child->parent = parent;
  child->prev = parent->last_child;
  if (parent->last_child != NULL)
    parent->last_child->next = child;
  else
    parent->first_child = child;
  parent->last_child = child;
}

void
rancang_node_prepend_child (RancangNode *parent,
                            RancangNode *child)
{
  g_return_if_fail (parent != NULL && child != NULL && parent->name != NULL);

  if (parent->first_child != NULL)
    {
      rancang_node_insert_before (parent->first_child, child);
      return;
    }
  rancang_node_append_child (parent, child);
}

void
rancang_node_insert_before (RancangNode *sibling,
                            RancangNode *node)
{
  g_return_if_fail (sibling != NULL && node != NULL && sibling->parent != NULL);

  rancang_node_unlink (node);
  node->parent = sibling->parent;
  node->next = sibling;
  node->prev = sibling->prev;
  if (sibling->prev != NULL)
    sibling->prev->next = node;
  else
    sibling->parent->first_child = node;
  sibling->prev = node;
}

void
rancang_node_insert_after (RancangNode *sibling,
                           RancangNode *node)
{
  g_return_if_fail (sibling != NULL && node != NULL && sibling->parent != NULL);

  if (sibling->next != NULL)
    rancang_node_insert_before (sibling->next, node);
  else
    rancang_node_append_child (sibling->parent, node);
}

void
rancang_node_remove_children (RancangNode *node)
{
  while (node->first_child != NULL)
    rancang_node_free (node->first_child);
}

const char *
rancang_node_get_attr (const RancangNode *node,
                       const char        *name)
{
  if (node == NULL)
    return NULL;
  for (guint i = 0; i < node->n_attrs; i++)
    {
      const Attr *a = &node->attrs[i];
      if (a->name == name || strcmp (a->name, name) == 0)
        return a->value;
    }
  return NULL;
}

void
rancang_node_set_attr (RancangNode *node,
                       const char  *name,
                       const char  *value)
{
  guint i;
  int rank;

  g_return_if_fail (node != NULL && node->name != NULL && name != NULL);

  if (node->n_attrs == 0 && value == NULL)
    return;
  name = g_intern_string (name);
  rank = attr_rank (name);
  for (i = 0; i < node->n_attrs; i++)
    {
      Attr *a = &node->attrs[i];
      int cmp = attr_compare (a, rank, name);

      if (cmp == 0)
        {
          if (value == NULL)
            {
              g_free (a->value);
              memmove (a, a + 1, (node->n_attrs - i - 1) * sizeof (Attr));
              node->n_attrs--;
            }
          else if (a->value != value)
            {
              g_free (a->value);
              a->value = g_strdup (value);
            }
          return;
        }
      if (cmp > 0)
        break;
    }

  if (value != NULL)
    {
      Attr a = { name, NULL, rank };

      if (node->n_attrs == node->n_alloc)
        {
          /* Most elements have one attribute (a cell its key); the schema
           * has a few dozen names in all. */
          g_return_if_fail (node->n_alloc < G_MAXUINT16 / 2);
          node->n_alloc = node->n_alloc == 0 ? 1 : node->n_alloc * 2;
          node->attrs = g_renew (Attr, node->attrs, node->n_alloc);
        }
      memmove (&node->attrs[i + 1], &node->attrs[i], (node->n_attrs - i) * sizeof (Attr));
      a.value = g_strdup (value);
      node->attrs[i] = a;
      node->n_attrs++;
    }
}

guint
rancang_node_get_n_attrs (const RancangNode *node)
{
  return node->n_attrs;
}

const char *
rancang_node_get_attr_name (const RancangNode *node,
                            guint              index)
{
  g_return_val_if_fail (index < rancang_node_get_n_attrs (node), NULL);
  return node->attrs[index].name;
}

const char *
rancang_node_get_attr_value (const RancangNode *node,
                             guint              index)
{
  g_return_val_if_fail (index < rancang_node_get_n_attrs (node), NULL);
  return node->attrs[index].value;
}

RancangNode *
rancang_node_get_child (const RancangNode *node,
                        const char        *name)
{
  if (node == NULL)
    return NULL;
  for (RancangNode *c = node->first_child; c != NULL; c = c->next)
    if (rancang_node_is (c, name))
      return c;
  return NULL;
}

RancangNode *
rancang_node_get_next_named (const RancangNode *node,
                             const char        *name)
{
  for (RancangNode *c = node->next; c != NULL; c = c->next)
    if (rancang_node_is (c, name))
      return c;
  return NULL;
}

RancangNode *
rancang_node_ensure_child (RancangNode *node,
                           const char  *name)
{
  RancangNode *child = rancang_node_get_child (node, name);

  if (child == NULL)
    {
      child = rancang_node_new_element (name);
      rancang_node_append_child (node, child);
    }
  return child;
}

static void
collect_text (const RancangNode *node,
              GString           *out)
{
  if (node->name == NULL)
    {
      g_string_append (out, node->text);
      return;
    }
  for (const RancangNode *c = node->first_child; c != NULL; c = c->next)
    collect_text (c, out);
}

char *
rancang_node_dup_content (const RancangNode *node)
{
  GString *out = g_string_new (NULL);

  collect_text (node, out);
  return g_string_free (out, FALSE);
}

void
rancang_node_set_content (RancangNode *node,
                          const char  *text)
{
  rancang_node_remove_children (node);
  if (text != NULL && *text != '\0')
    rancang_node_append_child (node, rancang_node_new_text (text));
}

/* The text of a leaf element such as <pemda> or <c>: its single text node. */
const char *
rancang_node_get_child_content (const RancangNode *node,
                                const char        *name)
{
  RancangNode *child = rancang_node_get_child (node, name);

  if (child == NULL)
    return NULL;
  if (child->first_child == NULL)
    return "";
  if (child->first_child->name == NULL && child->first_child->next == NULL)
    return child->first_child->text;
  return NULL;
}

void
rancang_node_set_child_content (RancangNode *node,
                                const char  *name,
                                const char  *text)
{
  rancang_node_set_content (rancang_node_ensure_child (node, name), text);
}

/* Pre-order walk: the node after NODE within ROOT, or NULL at the end. */
RancangNode *
rancang_node_next_in_tree (const RancangNode *node,
                           const RancangNode *root)
{
  if (node->first_child != NULL)
    return node->first_child;
  while (node != NULL && node != root)
    {
      if (node->next != NULL)
        return node->next;
      node = node->parent;
    }
  return NULL;
}
