/* rancang-xml-writer.c: the canonical form of a document.
 *
 * Two offices that exchange a document compare and merge it as text, so the
 * same tree always gives the same bytes: UTF-8, attributes in the order the
 * tree keeps them (rancang-node.c), two spaces of indentation per level for
 * elements that hold only elements, and text written exactly where it is
 * content (paragraphs, list items, captions, cells). Reading the output back
 * drops only the indentation this writer added, so a second save repeats
 * the first byte for byte.
 */
#include "rancang-xml-private.h"

#include "rancang-document.h"

static void
escape (GString    *out,
        const char *text,
        gboolean    attribute)
{
  const char *run = text;
  const char *p;

  /* Copy runs of ordinary characters at once: most text needs no escaping. */
  for (p = text; *p; p++)
    {
      const char *entity = NULL;

      switch (*p)
        {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        /* Kept as references so that a reader does not normalise them away. */
        case '\r': entity = "&#13;"; break;
        case '"': entity = attribute ? "&quot;" : NULL; break;
        case '\n': entity = attribute ? "&#10;" : NULL; break;
        case '\t': entity = attribute ? "&#9;" : NULL; break;
        default: break;
        }
      if (entity != NULL)
        {
          g_string_append_len (out, run, p - run);
          g_string_append (out, entity);
          run = p + 1;
        }
    }
  g_string_append_len (out, run, p - run);
}

static void
indent (GString *out,
        guint    depth)
{
  g_string_append_c (out, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static gboolean
writes_inline (const RancangNode *node)
{
  if (rancang_xml_is_mixed (rancang_node_get_name (node)))
    return TRUE;
  for (const RancangNode *c = rancang_node_get_first_child (node); c; c = rancang_node_get_next (c))
    if (rancang_node_is_text (c))
      return TRUE;
  return FALSE;
}

static void
write_start (GString           *out,
             const RancangNode *node,
             gboolean           is_root)
{
  g_string_append_c (out, '<');
  g_string_append (out, rancang_node_get_name (node));
  if (is_root)
    g_string_append (out, " xmlns=\"" RANCANG_NAMESPACE "\"");
  for (guint i = 0; i < rancang_node_get_n_attrs (node); i++)
    {
      g_string_append_c (out, ' ');
      g_string_append (out, rancang_node_get_attr_name (node, i));
      g_string_append (out, "=\"");
      escape (out, rancang_node_get_attr_value (node, i), TRUE);
      g_string_append_c (out, '"');
    }
}

static void
write_node (GString           *out,
            const RancangNode *node,
            guint              depth,
            gboolean           is_root)
{
  const RancangNode *child = rancang_node_get_first_child (node);

  if (rancang_node_is_text (node))
    {
      escape (out, rancang_node_get_text (node), FALSE);
      return;
    }

  write_start (out, node, is_root);
  if (child == NULL)
    {
      g_string_append (out, "/>");
      return;
    }
  g_string_append_c (out, '>');

  if (writes_inline (node))
    {
      /* Content: no whitespace may be added. An element-only child (a list
       * inside a list item) still lays out its own children on lines. */
      for (; child != NULL; child = rancang_node_get_next (child))
        write_node (out, child, depth, FALSE);
    }
  else
    {
      for (; child != NULL; child = rancang_node_get_next (child))
        {
          indent (out, depth + 1);
          write_node (out, child, depth + 1, FALSE);
        }
      indent (out, depth);
    }
  g_string_append (out, "</");
  g_string_append (out, rancang_node_get_name (node));
  g_string_append_c (out, '>');
}

GString *
rancang_xml_write (const RancangNode *root)
{
  GString *out = g_string_sized_new (64 * 1024);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  write_node (out, root, 0, TRUE);
  g_string_append_c (out, '\n');
  return out;
}
