/* rancang-inline-text.c: the inline content of a block in a text buffer,
 * and back.
 *
 * Bold, italic, underline and superscript are buffer tags of those names;
 * a <br/> is U+2028; a cross reference shows its generated number under a
 * tag "ref:TARGET" that cannot be typed into, and only its target is
 * stored. A buffer range is read back into the inline nodes of a scratch
 * element, which replace the block's inline content; when only texts
 * changed (the usual keystroke), only text nodes are set, and typing
 * merges into one history step per block.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-inline-text.h"

static const char *const format_tags[] = { "b", "i", "u", "sup" };

gboolean
rancang_inline_text_is_inline (RancangNode *node)
{
  static const char *const names[] = { "b", "i", "u", "sup", "br", "ref" };

  if (rancang_node_is_text (node))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (rancang_node_is (node, names[i]))
      return TRUE;
  return FALSE;
}

/* A block's view shows its inline children up to the first block child
 * (a list item may go on with a nested list). */
RancangNode *
rancang_inline_text_stop (RancangNode *block)
{
  for (RancangNode *c = rancang_node_get_first_child (block); c != NULL; c = rancang_node_get_next (c))
    if (!rancang_inline_text_is_inline (c))
      return c;
  return NULL;
}

static gboolean
same_shape (RancangNode *a, RancangNode *a_stop,
            RancangNode *b, RancangNode *b_stop)
{
  while (a != a_stop && b != b_stop)
    {
      if (rancang_node_is_text (a) != rancang_node_is_text (b))
        return FALSE;
      if (!rancang_node_is_text (a))
        {
          if (rancang_node_get_name (a) != rancang_node_get_name (b)
              || g_strcmp0 (rancang_node_get_attr (a, "target"), rancang_node_get_attr (b, "target")) != 0
              || !same_shape (rancang_node_get_first_child (a), NULL, rancang_node_get_first_child (b), NULL))
            return FALSE;
        }
      a = rancang_node_get_next (a);
      b = rancang_node_get_next (b);
    }
  return a == a_stop && b == b_stop;
}

static void
copy_texts (RancangHistory *history,
            RancangNode *a, RancangNode *a_stop,
            RancangNode *b)
{
  for (; a != a_stop; a = rancang_node_get_next (a), b = rancang_node_get_next (b))
    {
      if (rancang_node_is_text (a))
        rancang_history_set_text (history, a, rancang_node_get_text (b));
      else
        copy_texts (history, rancang_node_get_first_child (a), NULL, rancang_node_get_first_child (b));
    }
}

/* Replace BLOCK's inline content by the children of BOX. Same shape (the
 * usual keystroke): only text nodes change, and typing merges into one
 * step per block. */
void
rancang_inline_text_apply (RancangHistory *history,
                           RancangNode    *block,
                           RancangNode    *box)
{
  RancangNode *stop = rancang_inline_text_stop (block);
  g_autofree char *key = g_strdup_printf ("type:%p", (void *) block);

  rancang_history_begin (history, _("Typing"), key);
  if (same_shape (rancang_node_get_first_child (block), stop, rancang_node_get_first_child (box), NULL))
    copy_texts (history, rancang_node_get_first_child (block), stop, rancang_node_get_first_child (box));
  else
    {
      RancangNode *c = rancang_node_get_first_child (block);
      RancangNode *n;

      while (c != NULL && c != stop)
        {
          RancangNode *next = rancang_node_get_next (c);
          rancang_history_remove (history, c);
          c = next;
        }
      while ((n = rancang_node_get_first_child (box)) != NULL)
        {
          rancang_node_unlink (n);
          rancang_history_insert (history, block, stop, n);
        }
    }
  rancang_history_end (history);
}

/* --------------------------------------------------------------- buffers */

static GtkTextTag *
ref_tag (GtkTextTagTable *table,
         const char      *target)
{
  g_autofree char *name = g_strconcat ("ref:", target, NULL);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, name);

  if (tag == NULL)
    {
      /* A cross reference shows its generated number and cannot be typed
       * into: its text is not stored, only its target. */
      tag = gtk_text_tag_new (name);
      g_object_set (tag, "editable", FALSE, "foreground", "#1c4f8a", "underline", PANGO_UNDERLINE_SINGLE, NULL);
      gtk_text_tag_table_add (table, tag);
      g_object_unref (tag);
    }
  return tag;
}

static void
insert_tagged (GtkTextBuffer *buffer,
               GtkTextIter   *iter,
               const char    *text,
               GPtrArray     *tags)
{
  int offset = gtk_text_iter_get_offset (iter);
  GtkTextIter start;

  gtk_text_buffer_insert (buffer, iter, text, -1);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, offset);
  for (guint i = 0; i < tags->len; i++)
    gtk_text_buffer_apply_tag (buffer, g_ptr_array_index (tags, i), &start, iter);
}

static void
load_inline (GtkTextBuffer  *buffer,
             GtkTextIter    *iter,
             RancangNode    *first,
             RancangNode    *stop,
             RancangNode    *root,
             RancangNumbers *numbers,
             GPtrArray      *tags)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);

  for (RancangNode *c = first; c != NULL && c != stop; c = rancang_node_get_next (c))
    {
      if (rancang_node_is_text (c))
        insert_tagged (buffer, iter, rancang_node_get_text (c), tags);
      else if (rancang_node_is (c, "br"))
        insert_tagged (buffer, iter, RANCANG_LINE_SEPARATOR, tags);
      else if (rancang_node_is (c, "ref"))
        {
          const char *target = rancang_node_get_attr (c, "target");
          RancangNode *node = NULL;
          g_autofree char *number = NULL;

          for (RancangNode *n = root; n != NULL && node == NULL; n = rancang_node_next_in_tree (n, root))
            if (!rancang_node_is_text (n) && g_strcmp0 (rancang_node_get_attr (n, "id"), target) == 0)
              node = n;
          number = node && numbers ? rancang_numbers_label (numbers, node) : NULL;
          g_ptr_array_add (tags, ref_tag (table, target));
          insert_tagged (buffer, iter, number && *number ? number : target, tags);
          g_ptr_array_remove_index (tags, tags->len - 1);
        }
      else
        {
          GtkTextTag *tag = gtk_text_tag_table_lookup (table, rancang_node_get_name (c));
          if (tag != NULL)
            g_ptr_array_add (tags, tag);
          load_inline (buffer, iter, rancang_node_get_first_child (c), NULL, root, numbers, tags);
          if (tag != NULL)
            g_ptr_array_remove_index (tags, tags->len - 1);
        }
    }
}

void
rancang_inline_text_load (GtkTextBuffer  *buffer,
                          GtkTextIter    *iter,
                          RancangNode    *first,
                          RancangNode    *stop,
                          RancangNode    *root,
                          RancangNumbers *numbers)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();

  load_inline (buffer, iter, first, stop, root, numbers, tags);
}

RancangNode *
rancang_inline_text_serialize (GtkTextIter *start,
                               GtkTextIter *end)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_iter_get_buffer (start));
  RancangNode *box = rancang_node_new_element ("box");
  RancangNode *open[G_N_ELEMENTS (format_tags)];
  const char *open_names[G_N_ELEMENTS (format_tags)];
  guint depth = 0;
  GtkTextIter it = *start;
  gboolean prev_was_ref = FALSE;
  g_autofree char *prev_ref = NULL;

  while (gtk_text_iter_compare (&it, end) < 0)
    {
      GtkTextIter next = it;
      const char *want[G_N_ELEMENTS (format_tags)];
      guint n_want = 0, common = 0;
      g_autofree char *text = NULL;
      g_autofree char *ref = NULL;
      GSList *tags;
      RancangNode *parent;

      if (!gtk_text_iter_forward_to_tag_toggle (&next, NULL) || gtk_text_iter_compare (&next, end) > 0)
        next = *end;

      for (guint i = 0; i < G_N_ELEMENTS (format_tags); i++)
        if (gtk_text_iter_has_tag (&it, gtk_text_tag_table_lookup (table, format_tags[i])))
          want[n_want++] = format_tags[i];
      tags = gtk_text_iter_get_tags (&it);
      for (GSList *l = tags; l != NULL; l = l->next)
        {
          g_autofree char *name = NULL;
          g_object_get (l->data, "name", &name, NULL);
          if (name != NULL && g_str_has_prefix (name, "ref:"))
            ref = g_strdup (name + 4);
        }
      g_slist_free (tags);

      while (common < depth && common < n_want && open_names[common] == want[common])
        common++;
      depth = common;
      for (guint k = common; k < n_want; k++)
        {
          RancangNode *el = rancang_node_new_element (want[k]);
          rancang_node_append_child (depth ? open[depth - 1] : box, el);
          open[depth] = el;
          open_names[depth] = want[k];
          depth++;
        }
      parent = depth ? open[depth - 1] : box;

      if (ref != NULL)
        {
          /* A search highlight may cut a reference in two: still one ref. */
          if (!prev_was_ref || g_strcmp0 (prev_ref, ref) != 0)
            {
              RancangNode *el = rancang_node_new_element ("ref");
              rancang_node_set_attr (el, "target", ref);
              rancang_node_append_child (parent, el);
            }
          prev_was_ref = TRUE;
          g_free (prev_ref);
          prev_ref = g_steal_pointer (&ref);
        }
      else
        {
          g_auto(GStrv) lines = NULL;

          prev_was_ref = FALSE;
          text = gtk_text_iter_get_text (&it, &next);
          lines = g_strsplit (text, RANCANG_LINE_SEPARATOR, -1);
          for (guint i = 0; lines[i] != NULL; i++)
            {
              if (i > 0)
                rancang_node_append_child (parent, rancang_node_new_element ("br"));
              if (*lines[i] != '\0')
                rancang_node_append_text (parent, lines[i], -1);
            }
        }
      it = next;
    }
  return box;
}
