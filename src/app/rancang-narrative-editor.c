/* rancang-narrative-editor.c: the text of a chapter, section or preface.
 *
 * One GtkTextView per paragraph, heading and list item: a block of the
 * document is a widget, so structure (lists, tables between paragraphs) is
 * never flattened into one buffer and re-parsed. Every change of a buffer
 * is written to the tree at once, through the history: typing is undoable,
 * autosaved and never only in a widget.
 *
 * Bold, italic, underline and superscript are buffer tags; a <br/> is
 * U+2028 in the buffer (rancang-inline-text.c); a newline splits the block
 * (Enter, or pasting several lines makes several paragraphs). Find and
 * replace is a bar of its own (rancang-find-bar.c), tables and figures
 * show as cards (rancang-block-card.c); joining blocks, list levels and
 * the plain paste are edits of the tree (rancang-block-structure.c).
 */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rancang-block-card.h"
#include "rancang-block-structure.h"
#include "rancang-edit.h"
#include "rancang-find-bar.h"
#include "rancang-format.h"
#include "rancang-inline-text.h"
#include "rancang-narrative-editor.h"
#include "rancang-numbering.h"
#include "rancang-part-editor.h"
#include "rancang-parts.h"

struct _RancangNarrativeEditor
{
  GtkBox             parent_instance;

  RancangFindBar    *find_bar;
  GtkScrolledWindow *scroller;
  GtkLabel          *number_label;
  GtkTextView       *title_view;
  GtkBox            *blocks_box;
  GtkWidget         *page;

  RancangHistory    *history;
  RancangDocument   *doc;
  RancangNode       *root;
  RancangNumbers    *numbers;   /* while the views are built */
  RancangNode       *part;
  GtkTextTagTable   *tags;
  GHashTable        *views;     /* RancangNode* -> GtkTextView* */
  GtkTextView       *current;   /* the view that last had the focus */
  gboolean           loading;
  guint              rebuild_id;
  RancangNode       *focus_node;
  int                focus_offset;
  guint              resize_id;
  RancangNode       *pending;   /* the next block of the part still to be shown */
  guint              build_id;
};

static void part_editor_iface_init (RancangPartEditorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RancangNarrativeEditor, rancang_narrative_editor, GTK_TYPE_BOX,
                               G_IMPLEMENT_INTERFACE (RANCANG_TYPE_PART_EDITOR, part_editor_iface_init))

/* "open-part" (RancangNode *): the card of a table asks for its editor. */
static guint open_part_signal;

static void rebuild (RancangNarrativeEditor *self);
static gboolean rebuild_idle (gpointer data);

static RancangNode *
view_node (GtkTextView *view)
{
  return g_object_get_data (G_OBJECT (view), "rancang-node");
}

static void
schedule_rebuild (RancangNarrativeEditor *self,
                  RancangNode            *focus,
                  int                     offset)
{
  self->focus_node = focus;
  self->focus_offset = offset;
  self->loading = TRUE;   /* the views are stale until rebuilt */
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle, self, NULL);
}

static gboolean
rebuild_idle (gpointer data)
{
  RancangNarrativeEditor *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static RancangNode *
new_block_like (RancangNode *block)
{
  RancangNode *node;

  if (rancang_node_is (block, "item"))
    return rancang_node_new_element ("item");
  node = rancang_node_new_element ("p");
  if (rancang_node_is (block, "p") && rancang_node_get_attr (block, "style") != NULL)
    rancang_node_set_attr (node, "style", rancang_node_get_attr (block, "style"));
  return node;
}

/* A newline in a block (Enter, or pasted lines) makes new blocks after it. */
static void
split_view (RancangNarrativeEditor *self,
            GtkTextView            *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  RancangNode *block = view_node (view);
  RancangNode *after = block;
  RancangNode *focus = block;
  GtkTextIter start, end, cursor, seg_start;
  int cursor_offset, focus_offset = 0;
  gboolean first = TRUE;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
  cursor_offset = gtk_text_iter_get_offset (&cursor);

  rancang_history_begin (self->history, _("New Paragraph"), NULL);
  seg_start = start;
  for (;;)
    {
      GtkTextIter nl_start, nl_end;
      gboolean found = gtk_text_iter_forward_search (&seg_start, "\n", 0, &nl_start, &nl_end, NULL);
      GtkTextIter seg_end = found ? nl_start : end;
      RancangNode *box = rancang_inline_text_serialize (&seg_start, &seg_end);

      if (first)
        rancang_inline_text_apply (self->history, block, box);
      else
        {
          RancangNode *node = new_block_like (block);
          RancangNode *n;

          while ((n = rancang_node_get_first_child (box)) != NULL)
            rancang_node_append_child (node, n);
          rancang_history_insert (self->history, rancang_node_get_parent (after),
                                  rancang_node_get_next (after), node);
          after = node;
        }
      rancang_node_free (box);

      if (cursor_offset >= gtk_text_iter_get_offset (&seg_start)
          && cursor_offset <= gtk_text_iter_get_offset (&seg_end))
        {
          focus = after;
          focus_offset = cursor_offset - gtk_text_iter_get_offset (&seg_start);
        }
      first = FALSE;
      if (!found)
        break;
      seg_start = nl_end;
    }
  rancang_history_end (self->history);
  schedule_rebuild (self, focus, focus_offset);
}

static void
sync_view (RancangNarrativeEditor *self,
           GtkTextView            *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end, found_start, found_end;
  RancangNode *box;

  if (self->loading || self->history == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  if (gtk_text_iter_forward_search (&start, "\n", 0, &found_start, &found_end, NULL))
    {
      split_view (self, view);
      return;
    }
  box = rancang_inline_text_serialize (&start, &end);
  rancang_inline_text_apply (self->history, view_node (view), box);
  rancang_node_free (box);
}

/* GTK 4.8's text view measures its height before it has laid out its
 * text and does not ask again when it has (it stays 0 pixels high in a
 * box). Once the layout idle has run, ask every view to measure again. */
static void schedule_resize (RancangNarrativeEditor *self);

static gboolean
resize_views (gpointer data)
{
  RancangNarrativeEditor *self = data;
  GHashTableIter iter;
  gpointer view;
  gboolean again = FALSE;

  self->resize_id = 0;
  {
    /* The page is as wide as a printed page reads well (760 px at most),
     * narrower when the pane is: the margins take what is left. */
    double room = gtk_adjustment_get_page_size (gtk_scrolled_window_get_hadjustment (self->scroller));
    int margin = MAX (24, ((int) room - 760) / 2);

    if (room > 0 && margin != gtk_widget_get_margin_start (self->page))
      {
        gtk_widget_set_margin_start (self->page, margin);
        gtk_widget_set_margin_end (self->page, margin);
        /* The views rewrap at the new width: measure them once more then. */
        again = TRUE;
      }
  }
  g_hash_table_iter_init (&iter, self->views);
  while (g_hash_table_iter_next (&iter, NULL, &view))
    gtk_widget_queue_resize (view);
  gtk_widget_queue_resize (GTK_WIDGET (self->title_view));
  if (again)
    schedule_resize (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_resize (RancangNarrativeEditor *self)
{
  if (self->resize_id == 0)
    self->resize_id = g_timeout_add_full (G_PRIORITY_DEFAULT_IDLE, 30, resize_views, self, NULL);
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   GtkTextView   *view)
{
  GtkWidget *editor = gtk_widget_get_ancestor (GTK_WIDGET (view), RANCANG_TYPE_NARRATIVE_EDITOR);

  if (editor != NULL)
    {
      sync_view (RANCANG_NARRATIVE_EDITOR (editor), view);
      /* A line more or less: the view's height changes. */
      gtk_widget_queue_resize (GTK_WIDGET (view));
    }
}

/* ------------------------------------------------------------------ structure */

static int
inline_length (RancangNarrativeEditor *self,
               RancangNode            *block)
{
  GtkTextView *view = g_hash_table_lookup (self->views, block);

  return view ? gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (view)) : 0;
}

/* Backspace at the start of a block joins it to the one before. */
static gboolean
join_with_previous (RancangNarrativeEditor *self,
                    RancangNode            *block)
{
  RancangNode *prev = rancang_block_join_target (block);
  int offset;

  if (prev == NULL)
    return FALSE;
  offset = inline_length (self, prev);
  rancang_block_join (self->history, block, prev);
  schedule_rebuild (self, prev, offset);
  return TRUE;
}

/* Tab and Shift+Tab in an item, and the indent actions. */
static void
change_item_level (RancangNarrativeEditor *self,
                   RancangNode            *item,
                   gboolean                lower,
                   int                     offset)
{
  if (lower ? rancang_block_lower_item (self->history, item) : rancang_block_raise_item (self->history, item))
    schedule_rebuild (self, item, offset);
}

static int
cursor_offset (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return gtk_text_iter_get_offset (&iter);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkTextView           *view)
{
  RancangNarrativeEditor *self =
    RANCANG_NARRATIVE_EDITOR (gtk_widget_get_ancestor (GTK_WIDGET (view), RANCANG_TYPE_NARRATIVE_EDITOR));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  RancangNode *node = view_node (view);
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK);

  if (self == NULL || self->loading)
    return FALSE;

  if (keyval == GDK_KEY_BackSpace && mods == 0 && cursor_offset (view) == 0
      && !gtk_text_buffer_get_has_selection (buffer))
    return join_with_previous (self, node);

  if (rancang_node_is (node, "item") && (keyval == GDK_KEY_Tab || keyval == GDK_KEY_ISO_Left_Tab))
    {
      change_item_level (self, node, !(keyval == GDK_KEY_ISO_Left_Tab || (mods & GDK_SHIFT_MASK)),
                         cursor_offset (view));
      return TRUE;
    }

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (mods & GDK_SHIFT_MASK))
    {
      /* Shift+Enter: a line break inside the paragraph. */
      gtk_text_buffer_insert_interactive_at_cursor (buffer, RANCANG_LINE_SEPARATOR, -1, TRUE);
      return TRUE;
    }
  return FALSE;
}

static void
on_view_focus_enter (GtkEventControllerFocus *controller,
                     RancangNarrativeEditor  *self)
{
  self->current = GTK_TEXT_VIEW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)));
}

/* ------------------------------------------------------------------ widgets */

static GtkWidget *
make_view (RancangNarrativeEditor *self,
           RancangNode            *node,
           const char             *css_class,
           int                     indent)
{
  GtkTextBuffer *buffer = gtk_text_buffer_new (self->tags);
  GtkWidget *view;
  GtkEventController *key, *focus;
  GtkTextIter iter;

  /* The history undoes; a buffer's own undo would undo behind its back. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  rancang_inline_text_load (buffer, &iter, rancang_node_get_first_child (node), rancang_inline_text_stop (node),
                            self->root, self->numbers);

  view = gtk_text_view_new_with_buffer (buffer);
  g_object_unref (buffer);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "block");
  gtk_widget_add_css_class (view, css_class);
  gtk_widget_set_hexpand (view, TRUE);
  if (indent > 0)
    gtk_widget_set_margin_start (view, 28 * indent);
  g_object_set_data (G_OBJECT (view), "rancang-node", node);
  g_signal_connect (buffer, "changed", G_CALLBACK (on_buffer_changed), view);
  g_signal_connect (view, "paste-clipboard", G_CALLBACK (rancang_block_paste_plain), NULL);

  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), view);
  gtk_widget_add_controller (view, key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (on_view_focus_enter), self);
  gtk_widget_add_controller (view, focus);

  g_hash_table_insert (self->views, node, view);
  return view;
}

static char *
list_marker (RancangNode *list,
             int          n)
{
  const char *style = rancang_node_get_attr (list, "style");
  const char *bullet = rancang_node_get_attr (list, "bullet");

  if (g_strcmp0 (style, "decimal") == 0)
    return g_strdup_printf ("%d.", n);
  if (g_strcmp0 (style, "decimal-paren") == 0)
    return g_strdup_printf ("%d)", n);
  if (g_strcmp0 (style, "lower-alpha") == 0 || g_strcmp0 (style, "upper-alpha") == 0)
    {
      char letter[2] = { (char) ((g_strcmp0 (style, "lower-alpha") == 0 ? 'a' : 'A') + (n - 1) % 26), 0 };
      return g_strdup_printf ("%s.", letter);
    }
  if (g_strcmp0 (style, "lower-roman") == 0)
    {
      g_autofree char *roman = rancang_format_roman (n, FALSE);
      return g_strdup_printf ("%s.", roman);
    }
  return g_strdup (bullet ? bullet : "•");
}

static void
on_card_edit (RancangBlockCard       *card,
              RancangNarrativeEditor *self)
{
  g_signal_emit (self, open_part_signal, 0, rancang_block_card_get_node (card));
}

static GtkWidget *
make_card (RancangNarrativeEditor *self,
           RancangNode            *node,
           int                     indent)
{
  GtkWidget *card = rancang_block_card_new (node, self->numbers);

  if (indent > 0)
    gtk_widget_set_margin_start (card, 28 * indent);
  g_signal_connect (card, "edit", G_CALLBACK (on_card_edit), self);
  return card;
}

static void add_blocks (RancangNarrativeEditor *self, RancangNode *container, int indent);

static void
add_list (RancangNarrativeEditor *self,
          RancangNode            *list,
          int                     indent)
{
  const char *start = rancang_node_get_attr (list, "start");
  int n = start ? atoi (start) : 1;

  for (RancangNode *item = rancang_node_get_first_child (list); item != NULL; item = rancang_node_get_next (item))
    {
      GtkWidget *row, *marker, *view;
      g_autofree char *text = NULL;

      if (!rancang_node_is (item, "item"))
        continue;
      row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      text = list_marker (list, n++);
      marker = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (marker), 1);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_add_css_class (marker, "list-marker");
      view = make_view (self, item, "list-item", 0);
      gtk_widget_set_margin_start (row, 28 * indent);
      gtk_box_append (GTK_BOX (row), marker);
      gtk_box_append (GTK_BOX (row), view);
      gtk_box_append (self->blocks_box, row);
      add_blocks (self, item, indent + 1);
    }
}

static void
add_block (RancangNarrativeEditor *self,
           RancangNode            *c,
           int                     indent)
{
  if (rancang_inline_text_is_inline (c))
    return;
  if (rancang_node_is (c, "p"))
    gtk_box_append (self->blocks_box, make_view (self, c, "paragraph", indent));
  else if (rancang_node_is (c, "heading"))
    gtk_box_append (self->blocks_box, make_view (self, c, "subheading", indent));
  else if (rancang_node_is (c, "list"))
    add_list (self, c, indent);
  else if (rancang_node_is (c, "table") || rancang_node_is (c, "figure")
           || rancang_node_is (c, "signature") || rancang_node_is (c, "page-break"))
    gtk_box_append (self->blocks_box, make_card (self, c, indent));
}

static void
add_blocks (RancangNarrativeEditor *self,
            RancangNode            *container,
            int                     indent)
{
  for (RancangNode *c = rancang_node_get_first_child (container); c != NULL; c = rancang_node_get_next (c))
    add_block (self, c, indent);
}

/* A long section is shown in steps: what fits the first screens at once,
 * the rest a few milliseconds at a time between frames, so that opening a
 * section of hundreds of paragraphs does not freeze the window (each block
 * is a text view, and making and laying out one costs about 2 ms). */
#define BUILD_FIRST_BLOCKS 40
#define BUILD_STEP_US      8000

static void
build_done (RancangNarrativeEditor *self)
{
  self->pending = NULL;
  g_clear_handle_id (&self->build_id, g_source_remove);
  g_clear_pointer (&self->numbers, rancang_numbers_free);
}

/* Shows the next blocks of the part: at most MAX_BLOCKS, or for at most
 * BUDGET_US microseconds when it is not 0. */
static void
build_some (RancangNarrativeEditor *self,
            guint                   max_blocks,
            gint64                  budget_us)
{
  gint64 end = g_get_monotonic_time () + budget_us;
  gboolean was_loading = self->loading;

  self->loading = TRUE;
  for (guint n = 0; self->pending != NULL && n < max_blocks; n++)
    {
      RancangNode *block = self->pending;

      self->pending = rancang_node_get_next (block);
      add_block (self, block, 0);
      if (budget_us > 0 && g_get_monotonic_time () > end)
        break;
    }
  self->loading = was_loading;
  if (self->pending == NULL)
    build_done (self);
  schedule_resize (self);
}

static gboolean
build_step (gpointer data)
{
  RancangNarrativeEditor *self = data;

  /* Only the part's own blocks are built in steps; one that moved away
   * (its part rebuilt meanwhile resets this) ends the steps. */
  if (self->pending != NULL && rancang_node_get_parent (self->pending) != self->part)
    self->pending = NULL;
  build_some (self, G_MAXUINT, BUILD_STEP_US);
  if (self->pending == NULL)
    {
      self->build_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* Everything shown, for what needs every block: find, focus, tests. */
static void
build_all (RancangNarrativeEditor *self)
{
  if (self->pending != NULL && rancang_node_get_parent (self->pending) == self->part)
    build_some (self, G_MAXUINT, 0);
  build_done (self);
}

static GtkWidget *
find_placeholder (RancangNarrativeEditor *self,
                  RancangNode            *node)
{
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->blocks_box)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (g_object_get_data (G_OBJECT (w), "rancang-node") == node)
      return w;
  return NULL;
}

static void
rebuild (RancangNarrativeEditor *self)
{
  GtkWidget *child;
  RancangNode *title;
  g_autofree char *number = NULL;
  g_autofree char *title_text = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  build_done (self);
  self->loading = TRUE;
  self->current = NULL;
  g_hash_table_remove_all (self->views);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->blocks_box))) != NULL)
    gtk_box_remove (self->blocks_box, child);

  if (self->part != NULL)
    {
      self->numbers = rancang_numbers_new (self->doc);
      number = rancang_numbers_label (self->numbers, self->part);
      gtk_label_set_label (self->number_label, number ? number : "");
      gtk_widget_set_visible (GTK_WIDGET (self->number_label), number != NULL && *number != '\0');
      title = rancang_node_get_child (self->part, "title");
      title_text = title ? rancang_node_dup_content (title) : g_strdup ("");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->title_view), title_text, -1);
      /* The numbers stay until the last block is shown. */
      self->pending = rancang_node_get_first_child (self->part);
      build_some (self, BUILD_FIRST_BLOCKS, 0);
      if (self->pending != NULL)
        self->build_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_step, self, NULL);
    }
  self->loading = FALSE;
  schedule_resize (self);
  if (self->focus_node != NULL && !g_hash_table_contains (self->views, self->focus_node))
    build_all (self);

  if (self->focus_node != NULL)
    {
      RancangNode *node = self->focus_node;
      self->focus_node = NULL;
      if (g_hash_table_contains (self->views, node))
        rancang_narrative_editor_focus_block (self, node, self->focus_offset);
      else
        {
          GtkWidget *w = find_placeholder (self, node);
          if (w != NULL)
            gtk_widget_grab_focus (w);
        }
    }
}

/* ------------------------------------------------------------------ public */

void
rancang_narrative_editor_set_part (RancangNarrativeEditor *self,
                                   RancangHistory         *history,
                                   RancangDocument        *doc,
                                   RancangNode            *part,
                                   RancangNode            *scroll_to)
{
  g_return_if_fail (RANCANG_IS_NARRATIVE_EDITOR (self));

  self->history = history;
  rancang_find_bar_set_history (self->find_bar, history);
  self->doc = doc;
  self->root = doc ? rancang_document_get_root (doc) : NULL;
  if (history != NULL)
    rancang_history_break_merge (history);
  if (self->part != part)
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  self->part = part;
  self->focus_node = scroll_to;
  self->focus_offset = 0;
  rebuild (self);
}

RancangNode *
rancang_narrative_editor_get_part (RancangNarrativeEditor *self)
{
  return self->part;
}

/* After undo or redo: the same part, the same block if it is still there. */
void
rancang_narrative_editor_reload (RancangNarrativeEditor *self)
{
  RancangNode *focus = self->current ? view_node (self->current) : NULL;
  int offset = self->current ? cursor_offset (self->current) : 0;
  double scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));

  self->focus_node = focus;
  self->focus_offset = offset;
  rebuild (self);
  if (scroll > 0)
    build_all (self);   /* the place scrolled to must be there again */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), scroll);
}

GtkTextView *
rancang_narrative_editor_get_view (RancangNarrativeEditor *self,
                                   RancangNode            *block)
{
  if (!g_hash_table_contains (self->views, block))
    build_all (self);
  return g_hash_table_lookup (self->views, block);
}

GtkTextBuffer *
rancang_narrative_editor_get_title (RancangNarrativeEditor *self)
{
  return gtk_text_view_get_buffer (self->title_view);
}

/* A new part: its title selected, ready to be typed over. */
void
rancang_narrative_editor_focus_title (RancangNarrativeEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->title_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_view));
}

void
rancang_narrative_editor_focus_block (RancangNarrativeEditor *self,
                                      RancangNode            *block,
                                      int                     offset)
{
  GtkTextView *view;
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  if (!g_hash_table_contains (self->views, block))
    build_all (self);
  view = g_hash_table_lookup (self->views, block);
  if (view == NULL)
    return;
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);
  gtk_text_buffer_place_cursor (buffer, &iter);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  self->current = view;
}

/* Pending structure changes are made before anyone reads the tree. */
void
rancang_narrative_editor_flush (RancangNarrativeEditor *self)
{
  if (self->rebuild_id != 0)
    rebuild (self);
}

/* ------------------------------------------------------------------ actions */

static void
on_title_changed (GtkTextBuffer          *buffer,
                  RancangNarrativeEditor *self)
{
  g_autofree char *text = NULL;
  g_autofree char *key = NULL;
  RancangNode *title;
  GtkTextIter start, end;

  if (self->loading || self->part == NULL || self->history == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_iter_get_text (&start, &end);
  /* A title is one line: a pasted line break becomes a space. */
  g_strdelimit (text, "\r\n\t", ' ');
  key = g_strdup_printf ("title:%p", (void *) self->part);
  rancang_history_begin (self->history, _("Typing"), key);
  title = rancang_node_get_child (self->part, "title");
  if (title == NULL)
    {
      title = rancang_node_new_element ("title");
      rancang_history_insert (self->history, self->part, rancang_node_get_first_child (self->part), title);
    }
  rancang_history_set_content (self->history, title, text);
  rancang_history_end (self->history);
}

/* Enter in the title goes on to the text, as a word processor does. */
static gboolean
on_title_key (GtkEventControllerKey  *controller,
              guint                   keyval,
              guint                   keycode,
              GdkModifierType         state,
              RancangNarrativeEditor *self)
{
  GtkWidget *first;

  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter)
    return FALSE;
  for (first = gtk_widget_get_first_child (GTK_WIDGET (self->blocks_box)); first != NULL;
       first = gtk_widget_get_next_sibling (first))
    if (GTK_IS_TEXT_VIEW (first))
      {
        gtk_widget_grab_focus (first);
        break;
      }
  return TRUE;
}

static void
toggle_format (RancangNarrativeEditor *self,
               const char             *name)
{
  GtkTextBuffer *buffer;
  GtkTextTag *tag = gtk_text_tag_table_lookup (self->tags, name);
  GtkTextIter start, end;

  if (self->current == NULL)
    return;
  buffer = gtk_text_view_get_buffer (self->current);
  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;
  if (gtk_text_iter_has_tag (&start, tag))
    gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
  else
    gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
  /* Tags do not emit "changed": write the tree now. */
  sync_view (self, self->current);
}

static void
action_format (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  toggle_format (RANCANG_NARRATIVE_EDITOR (widget), strchr (action_name, '.') + 1);
}

static void
action_bold (GtkWidget *w, const char *n, GVariant *p) { toggle_format (RANCANG_NARRATIVE_EDITOR (w), "b"); }
static void
action_italic (GtkWidget *w, const char *n, GVariant *p) { toggle_format (RANCANG_NARRATIVE_EDITOR (w), "i"); }
static void
action_underline (GtkWidget *w, const char *n, GVariant *p) { toggle_format (RANCANG_NARRATIVE_EDITOR (w), "u"); }

/* The block of the part that holds the focused view. */
static RancangNode *
current_top_block (RancangNarrativeEditor *self)
{
  RancangNode *node = self->current ? view_node (self->current) : NULL;

  while (node != NULL && rancang_node_get_parent (node) != self->part)
    node = rancang_node_get_parent (node);
  return node;
}

static void
insert_block (RancangNarrativeEditor *self,
              RancangNode            *block,
              RancangNode            *focus)
{
  RancangNode *after = current_top_block (self);
  RancangNode *before;

  if (self->part == NULL)
    {
      rancang_node_free (block);
      return;
    }
  if (after != NULL)
    before = rancang_node_get_next (after);
  else
    {
      /* Blocks come before the sections of a chapter. */
      before = rancang_node_get_child (self->part, "section");
    }
  rancang_history_begin (self->history, _("Add Block"), NULL);
  rancang_history_insert (self->history, self->part, before, block);
  rancang_history_end (self->history);
  schedule_rebuild (self, focus, 0);
}

static void
action_add_paragraph (GtkWidget *widget, const char *name, GVariant *param)
{
  RancangNode *p = rancang_node_new_element ("p");

  insert_block (RANCANG_NARRATIVE_EDITOR (widget), p, p);
}

static void
action_add_heading (GtkWidget *widget, const char *name, GVariant *param)
{
  RancangNode *h = rancang_node_new_element ("heading");

  insert_block (RANCANG_NARRATIVE_EDITOR (widget), h, h);
}

static void
action_add_list (GtkWidget *widget, const char *name, GVariant *param)
{
  RancangNode *list = rancang_node_new_element ("list");
  RancangNode *item = rancang_node_new_element ("item");

  rancang_node_set_attr (list, "style", "decimal");
  rancang_node_append_child (list, item);
  insert_block (RANCANG_NARRATIVE_EDITOR (widget), list, item);
}

static void
action_delete_block (GtkWidget *widget, const char *name, GVariant *param)
{
  RancangNarrativeEditor *self = RANCANG_NARRATIVE_EDITOR (widget);
  RancangNode *node = self->current ? view_node (self->current) : NULL;
  RancangNode *parent;
  RancangNode *focus;

  if (node == NULL)
    return;
  parent = rancang_node_get_parent (node);
  /* A list of one item goes with its item: a list is never empty. */
  if (rancang_node_is (node, "item") && rancang_node_get_child (parent, "item") == node
      && rancang_node_get_next_named (node, "item") == NULL)
    node = parent;
  focus = rancang_block_prev_element (node);
  rancang_history_begin (self->history, _("Delete Block"), NULL);
  rancang_history_remove (self->history, node);
  rancang_history_end (self->history);
  schedule_rebuild (self, focus, 0);
}

static void
action_indent (GtkWidget *widget, const char *name, GVariant *param)
{
  RancangNarrativeEditor *self = RANCANG_NARRATIVE_EDITOR (widget);
  RancangNode *node = self->current ? view_node (self->current) : NULL;

  if (node != NULL && rancang_node_is (node, "item"))
    change_item_level (self, node, g_str_equal (name, "editor.indent"), cursor_offset (self->current));
}

/* ------------------------------------------------------------------ find */

/* What the find bar searches: every view of the part, built first, in
 * reading order (the views are children or grandchildren of the box). */
static GList *
find_views (gpointer      data,
            GtkTextView **current)
{
  RancangNarrativeEditor *self = data;
  GList *views = NULL;

  build_all (self);
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->blocks_box)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      if (GTK_IS_TEXT_VIEW (w))
        views = g_list_prepend (views, w);
      else
        for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
          if (GTK_IS_TEXT_VIEW (c))
            views = g_list_prepend (views, c);
    }
  *current = self->current;
  return g_list_reverse (views);
}

static void
action_find_next (GtkWidget *widget, const char *name, GVariant *param)
{
  RancangNarrativeEditor *self = RANCANG_NARRATIVE_EDITOR (widget);

  rancang_find_bar_step (self->find_bar, !g_str_equal (name, "editor.find-previous"));
}

static void
action_replace (GtkWidget *widget, const char *name, GVariant *param)
{
  RancangNarrativeEditor *self = RANCANG_NARRATIVE_EDITOR (widget);

  rancang_find_bar_replace (self->find_bar, g_str_equal (name, "editor.replace-all"));
}

void
rancang_narrative_editor_show_find (RancangNarrativeEditor *self)
{
  GtkTextView *view = self->current;
  g_autofree char *text = NULL;

  /* A selection of one line is what to find. */
  if (view != NULL)
    {
      GtkTextIter a, b;
      if (gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (view), &a, &b))
        {
          text = gtk_text_iter_get_text (&a, &b);
          if (strchr (text, '\n') != NULL)
            g_clear_pointer (&text, g_free);
        }
    }
  rancang_find_bar_open (self->find_bar, text);
}

static void
action_find (GtkWidget *widget, const char *name, GVariant *param)
{
  rancang_narrative_editor_show_find (RANCANG_NARRATIVE_EDITOR (widget));
}

static void
action_find_close (GtkWidget *widget, const char *name, GVariant *param)
{
  RancangNarrativeEditor *self = RANCANG_NARRATIVE_EDITOR (widget);

  rancang_find_bar_close (self->find_bar);
}

/* ------------------------------------------------------------------ class */

static void
rancang_narrative_editor_dispose (GObject *object)
{
  RancangNarrativeEditor *self = RANCANG_NARRATIVE_EDITOR (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_handle_id (&self->resize_id, g_source_remove);
  build_done (self);
  self->loading = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), RANCANG_TYPE_NARRATIVE_EDITOR);
  G_OBJECT_CLASS (rancang_narrative_editor_parent_class)->dispose (object);
}

static void
rancang_narrative_editor_finalize (GObject *object)
{
  RancangNarrativeEditor *self = RANCANG_NARRATIVE_EDITOR (object);

  g_hash_table_unref (self->views);
  g_clear_object (&self->tags);
  G_OBJECT_CLASS (rancang_narrative_editor_parent_class)->finalize (object);
}

static void
rancang_narrative_editor_class_init (RancangNarrativeEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_narrative_editor_dispose;
  object_class->finalize = rancang_narrative_editor_finalize;

  open_part_signal = g_signal_new ("open-part", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  g_type_ensure (RANCANG_TYPE_FIND_BAR);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-narrative-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangNarrativeEditor, find_bar);
  gtk_widget_class_bind_template_child (widget_class, RancangNarrativeEditor, scroller);
  gtk_widget_class_bind_template_child (widget_class, RancangNarrativeEditor, number_label);
  gtk_widget_class_bind_template_child (widget_class, RancangNarrativeEditor, title_view);
  gtk_widget_class_bind_template_child (widget_class, RancangNarrativeEditor, blocks_box);
  gtk_widget_class_bind_template_child (widget_class, RancangNarrativeEditor, page);

  gtk_widget_class_install_action (widget_class, "editor.bold", NULL, action_bold);
  gtk_widget_class_install_action (widget_class, "editor.italic", NULL, action_italic);
  gtk_widget_class_install_action (widget_class, "editor.underline", NULL, action_underline);
  gtk_widget_class_install_action (widget_class, "editor.sup", NULL, action_format);
  gtk_widget_class_install_action (widget_class, "editor.add-paragraph", NULL, action_add_paragraph);
  gtk_widget_class_install_action (widget_class, "editor.add-heading", NULL, action_add_heading);
  gtk_widget_class_install_action (widget_class, "editor.add-list", NULL, action_add_list);
  gtk_widget_class_install_action (widget_class, "editor.delete-block", NULL, action_delete_block);
  gtk_widget_class_install_action (widget_class, "editor.indent", NULL, action_indent);
  gtk_widget_class_install_action (widget_class, "editor.outdent", NULL, action_indent);
  gtk_widget_class_install_action (widget_class, "editor.find", NULL, action_find);
  gtk_widget_class_install_action (widget_class, "editor.find-next", NULL, action_find_next);
  gtk_widget_class_install_action (widget_class, "editor.find-previous", NULL, action_find_next);
  gtk_widget_class_install_action (widget_class, "editor.find-close", NULL, action_find_close);
  gtk_widget_class_install_action (widget_class, "editor.replace", NULL, action_replace);
  gtk_widget_class_install_action (widget_class, "editor.replace-all", NULL, action_replace);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK, "editor.bold", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "editor.italic", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK, "editor.underline", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.find-close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "editor.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "editor.find-previous", NULL);
}

static void
rancang_narrative_editor_init (RancangNarrativeEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->views = g_hash_table_new (NULL, NULL);
  self->tags = gtk_text_tag_table_new ();
  {
    GtkTextTag *tag;
    tag = gtk_text_tag_new ("b");
    g_object_set (tag, "weight", PANGO_WEIGHT_BOLD, NULL);
    gtk_text_tag_table_add (self->tags, tag);
    g_object_unref (tag);
    tag = gtk_text_tag_new ("i");
    g_object_set (tag, "style", PANGO_STYLE_ITALIC, NULL);
    gtk_text_tag_table_add (self->tags, tag);
    g_object_unref (tag);
    tag = gtk_text_tag_new ("u");
    g_object_set (tag, "underline", PANGO_UNDERLINE_SINGLE, NULL);
    gtk_text_tag_table_add (self->tags, tag);
    g_object_unref (tag);
    tag = gtk_text_tag_new ("sup");
    g_object_set (tag, "rise", 4 * PANGO_SCALE, "scale", 0.75, NULL);
    gtk_text_tag_table_add (self->tags, tag);
    g_object_unref (tag);
  }

  /* The viewport's width changes (the preview opens, the window is
   * resized): the views rewrap, and must be measured again. */
  g_signal_connect_swapped (gtk_scrolled_window_get_hadjustment (self->scroller), "changed",
                            G_CALLBACK (schedule_resize), self);
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->title_view), FALSE);
  g_signal_connect (gtk_text_view_get_buffer (self->title_view), "changed", G_CALLBACK (on_title_changed), self);
  {
    GtkEventController *key = gtk_event_controller_key_new ();
    gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
    g_signal_connect (key, "key-pressed", G_CALLBACK (on_title_key), self);
    gtk_widget_add_controller (GTK_WIDGET (self->title_view), key);
  }
  rancang_find_bar_set_views (self->find_bar, find_views, self);
}

/* RancangPartEditor */

static gboolean
part_editor_can_show (RancangPartEditor *editor,
                      RancangNode       *part)
{
  return rancang_node_is (part, "chapter") || rancang_node_is (part, "section")
         || rancang_node_is (part, "appendix") || rancang_node_is (part, "preface");
}

static void
part_editor_show (RancangPartEditor *editor,
                  RancangSession    *session,
                  RancangNode       *part)
{
  if (session == NULL || part == NULL)
    rancang_narrative_editor_set_part (RANCANG_NARRATIVE_EDITOR (editor), NULL, NULL, NULL, NULL);
  else
    rancang_narrative_editor_set_part (RANCANG_NARRATIVE_EDITOR (editor), rancang_session_get_history (session),
                                       rancang_session_get_document (session), part, NULL);
}

static RancangNode *
part_editor_get_part (RancangPartEditor *editor)
{
  return rancang_narrative_editor_get_part (RANCANG_NARRATIVE_EDITOR (editor));
}

static void
part_editor_reload (RancangPartEditor *editor)
{
  rancang_narrative_editor_reload (RANCANG_NARRATIVE_EDITOR (editor));
}

/* Text is kept as it is typed; what waits is a paragraph split or joined
 * that is not rebuilt yet. */
static gboolean
part_editor_commit (RancangPartEditor  *editor,
                    GError            **error)
{
  rancang_narrative_editor_flush (RANCANG_NARRATIVE_EDITOR (editor));
  return TRUE;
}

/* A block of the part (a paragraph, a figure) scrolled into view. */
static gboolean
part_editor_select (RancangPartEditor *editor,
                    RancangNode       *place,
                    const char        *key)
{
  RancangNarrativeEditor *self = RANCANG_NARRATIVE_EDITOR (editor);

  if (self->part == NULL || place == NULL || !rancang_node_is_within (place, self->part))
    return FALSE;
  if (place != self->part)
    rancang_narrative_editor_set_part (self, self->history, self->doc, self->part, place);
  return TRUE;
}

static void
part_editor_iface_init (RancangPartEditorInterface *iface)
{
  iface->can_show = part_editor_can_show;
  iface->show = part_editor_show;
  iface->get_part = part_editor_get_part;
  iface->reload = part_editor_reload;
  iface->commit = part_editor_commit;
  iface->select = part_editor_select;
}
