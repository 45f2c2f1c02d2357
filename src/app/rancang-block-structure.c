/* rancang-block-structure.c: joining blocks, list levels, plain paste.
 * See rancang-block-structure.h. */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-block-structure.h"
#include "rancang-inline-text.h"

RancangNode *
rancang_block_prev_element (RancangNode *node)
{
  RancangNode *p = rancang_node_get_prev (node);

  while (p != NULL && rancang_node_is_text (p))
    p = rancang_node_get_prev (p);
  return p;
}

static RancangNode *
last_element (RancangNode *node)
{
  RancangNode *c = rancang_node_get_last_child (node);

  while (c != NULL && rancang_node_is_text (c))
    c = rancang_node_get_prev (c);
  return c;
}

RancangNode *
rancang_block_join_target (RancangNode *block)
{
  RancangNode *prev = rancang_block_prev_element (block);

  if (prev == NULL)
    return NULL;
  if (rancang_node_is (block, "item") ? !rancang_node_is (prev, "item")
      : !(rancang_node_is (prev, "p") || rancang_node_is (prev, "heading")))
    return NULL;
  return prev;
}

void
rancang_block_join (RancangHistory *history,
                    RancangNode    *block,
                    RancangNode    *prev)
{
  RancangNode *stop = rancang_inline_text_stop (block);
  RancangNode *prev_stop = rancang_inline_text_stop (prev);
  RancangNode *c;

  rancang_history_begin (history, _("Join Paragraphs"), NULL);
  /* the text goes where PREV's text ends, before a nested list of PREV;
   * a nested list of BLOCK goes after everything */
  c = rancang_node_get_first_child (block);
  while (c != NULL && c != stop)
    {
      RancangNode *next = rancang_node_get_next (c);
      rancang_history_move (history, c, prev, prev_stop);
      c = next;
    }
  while ((c = rancang_node_get_first_child (block)) != NULL)
    rancang_history_move (history, c, prev, NULL);
  rancang_history_remove (history, block);
  rancang_history_end (history);
}

static const char *
nested_style (const char *style)
{
  if (g_strcmp0 (style, "decimal") == 0 || g_strcmp0 (style, "decimal-paren") == 0)
    return "lower-alpha";
  return "bullet";
}

gboolean
rancang_block_lower_item (RancangHistory *history,
                          RancangNode    *item)
{
  RancangNode *prev = rancang_block_prev_element (item);
  RancangNode *list = rancang_node_get_parent (item);
  RancangNode *sub;

  if (prev == NULL || !rancang_node_is (prev, "item"))
    return FALSE;
  rancang_history_begin (history, _("Lower List Level"), NULL);
  sub = last_element (prev);
  if (sub == NULL || !rancang_node_is (sub, "list"))
    {
      sub = rancang_node_new_element ("list");
      rancang_node_set_attr (sub, "style", nested_style (rancang_node_get_attr (list, "style")));
      rancang_history_insert (history, prev, NULL, sub);
    }
  rancang_history_move (history, item, sub, NULL);
  rancang_history_end (history);
  return TRUE;
}

gboolean
rancang_block_raise_item (RancangHistory *history,
                          RancangNode    *item)
{
  RancangNode *list = rancang_node_get_parent (item);
  RancangNode *outer_item = rancang_node_get_parent (list);
  RancangNode *next;

  if (outer_item == NULL || !rancang_node_is (outer_item, "item"))
    return FALSE;
  rancang_history_begin (history, _("Raise List Level"), NULL);
  /* The items after it become its own sub-items, so the order holds. */
  next = rancang_node_get_next (item);
  if (next != NULL)
    {
      RancangNode *sub = last_element (item);
      if (sub == NULL || !rancang_node_is (sub, "list"))
        {
          sub = rancang_node_new_element ("list");
          rancang_node_set_attr (sub, "style", rancang_node_get_attr (list, "style"));
          rancang_history_insert (history, item, NULL, sub);
        }
      while ((next = rancang_node_get_next (item)) != NULL)
        rancang_history_move (history, next, sub, NULL);
    }
  rancang_history_move (history, item, rancang_node_get_parent (outer_item),
                        rancang_node_get_next (outer_item));
  if (rancang_node_get_child (list, "item") == NULL)
    rancang_history_remove (history, list);
  rancang_history_end (history);
  return TRUE;
}

/* Paste is plain text: formatting from a word processor or a browser is
 * not the document's, and lines become paragraphs (the editor splits a
 * block at each newline its buffer gets). */
static void
on_paste_text (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  g_autoptr(GtkTextView) view = data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  g_autoptr(GRegex) blank = NULL;
  g_autofree char *clean = NULL;
  GtkTextBuffer *buffer;

  if (text == NULL || gtk_widget_get_root (GTK_WIDGET (view)) == NULL)
    return;
  g_strdelimit (text, "\t", ' ');
  blank = g_regex_new ("\r\n?|\n[ \f\v]*(\n[ \f\v]*)+", 0, 0, NULL);
  clean = g_regex_replace_literal (blank, text, -1, 0, "\n", 0, NULL);
  g_strstrip (clean);
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete_selection (buffer, TRUE, TRUE);
  gtk_text_buffer_insert_interactive_at_cursor (buffer, clean, -1, TRUE);
  gtk_text_buffer_end_user_action (buffer);
}

void
rancang_block_paste_plain (GtkTextView *view,
                           gpointer     data)
{
  g_signal_stop_emission_by_name (view, "paste-clipboard");
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (view)), NULL,
                                 on_paste_text, g_object_ref (view));
}
