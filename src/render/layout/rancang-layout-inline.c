/* rancang-layout-inline.c: inline markup and cross references. */
#include "rancang-config.h"

#include "rancang-layout-inline.h"

/* "2.1", "II", "Tabel 2.1": NODE's number, or NULL when it has none. */
const char *
rancang_flow_number_of (RancangFlow       *flow,
                        const RancangNode *node)
{
  return g_hash_table_lookup (flow->numbers, node);
}

/* What a <ref target> prints: "Tabel 2.1", "Gambar 2.1", "BAB II", "2.1",
 * "LAMPIRAN 1"; "??" for a target that does not exist (the checker says so). */
static char *
ref_text (RancangFlow       *flow,
          const RancangNode *ref)
{
  const char *target = rancang_node_get_attr (ref, "target");
  RancangNode *node = target != NULL ? rancang_document_lookup_id (flow->doc, target) : NULL;
  const char *number = node != NULL ? rancang_flow_number_of (flow, node) : NULL;

  if (number == NULL)
    return g_strdup ("??");
  if (rancang_node_is (node, "chapter"))
    return g_strconcat ("BAB ", number, NULL);
  return g_strdup (number);
}

/* Adds the inline content of NODE to PARA; STYLE holds the face bits (bold,
 * italic) of the elements around it. */
void
rancang_para_add_inline (RancangFlow       *flow,
                         RancangPara       *para,
                         const RancangNode *node,
                         guint              style,
                         gboolean           underline)
{
  for (RancangNode *child = rancang_node_get_first_child (node); child != NULL;
       child = rancang_node_get_next (child))
    {
      RancangFace face = (RancangFace) (para->base | style);

      if (rancang_node_is_text (child))
        rancang_para_add_text (flow, para, rancang_node_get_text (child), face, underline);
      else if (rancang_node_is (child, "b"))
        rancang_para_add_inline (flow, para, child, style | RANCANG_FACE_BOLD_BIT, underline);
      else if (rancang_node_is (child, "i"))
        rancang_para_add_inline (flow, para, child, style | RANCANG_FACE_ITALIC_BIT, underline);
      else if (rancang_node_is (child, "u"))
        rancang_para_add_inline (flow, para, child, style, TRUE);
      else if (rancang_node_is (child, "sup"))
        rancang_para_add_inline (flow, para, child, style, underline);
      else if (rancang_node_is (child, "br"))
        rancang_para_add_break (para);
      else if (rancang_node_is (child, "ref"))
        {
          g_autofree char *text = ref_text (flow, child);
          rancang_para_add_text (flow, para, text, face, underline);
        }
      /* Lists, paragraphs and tables inside a list item are blocks of their own. */
    }
}

/* The text of an inline element with its cross references resolved, for
 * captions and titles that are laid out as plain lines. */
char *
rancang_flow_inline_text (RancangFlow       *flow,
                          const RancangNode *node)
{
  GString *s = g_string_new (NULL);

  for (RancangNode *child = rancang_node_get_first_child (node); child != NULL;
       child = rancang_node_get_next (child))
    {
      if (rancang_node_is_text (child))
        g_string_append (s, rancang_node_get_text (child));
      else if (rancang_node_is (child, "br"))
        g_string_append_c (s, ' ');
      else if (rancang_node_is (child, "ref"))
        {
          g_autofree char *text = ref_text (flow, child);
          g_string_append (s, text);
        }
      else if (!rancang_node_is (child, "list") && !rancang_node_is (child, "p")
               && !rancang_node_is (child, "table"))
        {
          g_autofree char *inner = rancang_flow_inline_text (flow, child);
          g_string_append (s, inner);
        }
    }
  return g_string_free (s, FALSE);
}

