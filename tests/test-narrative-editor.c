/* test-narrative-editor.c: the narrative editor's find bar, cards and
 * the edits of its block structure.
 *
 * Find and replace as a planner uses it: Ctrl+F, a word typed into the
 * find entry, Enter and Ctrl+G through the matches, Replace All as one
 * undo step, Escape. A table in the text is a card naming it, whose Edit
 * Table button opens the table editor. Tab and Shift+Tab move a list item
 * a level down and back, Backspace at the start of an item joins it to
 * the one before, and a pasted text becomes one paragraph a line.
 *
 * Section 2.1 of the Bontang example (resources/examples/renja-bontang-
 * 2023.xml) names "evaluasi" ten times in its paragraphs, headings and
 * list items (its table is not text of the section). */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "rancang-block-card.h"
#include "rancang-find-bar.h"
#include "rancang-narrative-editor.h"
#include "rancang-outline.h"
#include "window-harness.h"

#define NEEDLE  "evaluasi"
#define MATCHES 10

static RancangNarrativeEditor *editor;

static gboolean
is_status (GtkWidget *widget,
           gpointer   data)
{
  return gtk_widget_has_css_class (widget, "dim-label");
}

/* What the bar says: "10 matches". */
static const char *
status_shown (void)
{
  GtkWidget *bar = harness_find_widget (GTK_WIDGET (editor), RANCANG_TYPE_FIND_BAR, NULL, NULL);

  return gtk_label_get_text (GTK_LABEL (harness_find_widget (bar, GTK_TYPE_LABEL, is_status, NULL)));
}

static gboolean
status_is (gpointer data)
{
  return g_strcmp0 (status_shown (), data) == 0;
}

static GtkWidget *
focus_of (RancangWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* Into the focused editable, one character at a time, as typing does. */
static void
type_text (RancangWindow *window,
           const char    *text)
{
  GtkWidget *focus = focus_of (window);

  g_assert_true (GTK_IS_EDITABLE (focus));
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      int position = gtk_editable_get_position (GTK_EDITABLE (focus));
      gtk_editable_insert_text (GTK_EDITABLE (focus), c, (int) (g_utf8_next_char (c) - c), &position);
      gtk_editable_set_position (GTK_EDITABLE (focus), position);
    }
}

/* The selection of the focused text view, which a step selects, folded
 * to compare with the word found. */
static char *
selected_in_focus (RancangWindow *window)
{
  GtkWidget *focus = focus_of (window);
  GtkTextIter a, b;
  g_autofree char *text = NULL;

  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  if (!gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)), &a, &b))
    return g_strdup ("");
  text = gtk_text_iter_get_text (&a, &b);
  return g_utf8_casefold (text, -1);
}

/* How many times the text blocks of PART name WORD, in any case. */
static guint
count_in_part (RancangNode *part,
               const char  *word)
{
  g_autofree char *needle = g_utf8_casefold (word, -1);
  guint count = 0;

  for (RancangNode *c = rancang_node_get_first_child (part); c != NULL; c = rancang_node_get_next (c))
    {
      g_autofree char *text = NULL;
      g_autofree char *folded = NULL;

      if (!rancang_node_is (c, "p") && !rancang_node_is (c, "heading") && !rancang_node_is (c, "list"))
        continue;
      text = rancang_node_dup_content (c);
      folded = g_utf8_casefold (text, -1);
      for (const char *at = strstr (folded, needle); at != NULL; at = strstr (at + strlen (needle), needle))
        count++;
    }
  return count;
}

static void
test_find_replace (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "find.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangOutline *outline = RANCANG_OUTLINE (rancang_window_get_child (window, "outline"));
  RancangHistory *history = rancang_window_get_history (window);
  RancangNode *s21 = harness_node_by_id (window, "s2-1");
  GtkWidget *bar, *revealer;
  g_autofree char *matches = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", MATCHES),
                                              MATCHES);
  g_autofree char *none = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", 0), 0);

  editor = RANCANG_NARRATIVE_EDITOR (rancang_window_get_child (window, "narrative"));
  g_assert_true (rancang_outline_select_node (outline, s21));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_true (rancang_narrative_editor_get_part (editor) == s21);
  g_assert_cmpuint (count_in_part (s21, NEEDLE), ==, MATCHES);

  /* Ctrl+F: the bar slides down with the focus in its find entry. */
  bar = harness_find_widget (GTK_WIDGET (editor), RANCANG_TYPE_FIND_BAR, NULL, NULL);
  revealer = gtk_widget_get_parent (bar);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.find", NULL));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), harness_find_widget (bar, GTK_TYPE_SEARCH_ENTRY, NULL, NULL)));

  /* The word typed: the bar counts its matches. */
  type_text (window, NEEDLE);
  harness_wait_for (status_is, matches, "status is");

  /* Enter selects the first match, Ctrl+G the next, each in its view. */
  g_signal_emit_by_name (focus_of (window), "activate");   /* what Enter does in the entry */
  harness_frames (GTK_WIDGET (window), 2);
  {
    g_autofree char *selected = selected_in_focus (window);
    g_assert_cmpstr (selected, ==, NEEDLE);
  }
  {
    GtkWidget *first = focus_of (window);
    GtkTextIter a, b, a2, b2;

    gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (first)), &a, &b);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.find-next", NULL));
    harness_frames (GTK_WIDGET (window), 2);
    {
      g_autofree char *selected = selected_in_focus (window);
      g_assert_cmpstr (selected, ==, NEEDLE);
    }
    gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus_of (window))), &a2, &b2);
    g_assert_true (focus_of (window) != first || gtk_text_iter_get_offset (&a2) > gtk_text_iter_get_offset (&a));
  }

  /* Replace All: every match, in one step that undo takes back. */
  {
    GtkWidget *replace = harness_find_widget (bar, GTK_TYPE_ENTRY, NULL, NULL);
    guint before = count_in_part (s21, "penilaian");

    g_assert_nonnull (replace);
    gtk_widget_grab_focus (replace);
    type_text (window, "penilaian");
    g_assert_true (gtk_widget_activate_action (bar, "find.replace-all", NULL));
    harness_frames (GTK_WIDGET (window), 2);
    g_assert_cmpuint (count_in_part (s21, NEEDLE), ==, 0);
    g_assert_cmpuint (count_in_part (s21, "penilaian"), ==, before + MATCHES);
    g_assert_cmpstr (status_shown (), ==, none);
    g_assert_cmpstr (rancang_history_get_undo_label (history), ==, _("Replace All"));
    harness_activate (window, "win.undo");
    harness_frames (GTK_WIDGET (window), 2);
    g_assert_cmpuint (count_in_part (s21, NEEDLE), ==, MATCHES);
    g_assert_cmpuint (count_in_part (s21, "penilaian"), ==, before);
    g_assert_false (rancang_history_can_undo (history));
  }

  /* Escape: the bar empties and goes away. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.find-close", NULL));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (harness_find_widget (bar, GTK_TYPE_SEARCH_ENTRY, NULL, NULL))),
                   ==, "");

  harness_stop_app (app);
}

static gboolean
is_card_of (GtkWidget *widget,
            gpointer   data)
{
  return rancang_block_card_get_node (RANCANG_BLOCK_CARD (widget)) == data;
}

static gboolean
shows_label (GtkWidget *widget,
             gpointer   data)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static void
test_table_card (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "card.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangOutline *outline = RANCANG_OUTLINE (rancang_window_get_child (window, "outline"));
  GtkStack *stack = GTK_STACK (rancang_window_get_child (window, "editor-stack"));
  RancangNode *s21 = harness_node_by_id (window, "s2-1");
  RancangNode *table = rancang_node_get_child (s21, "table");
  GtkWidget *card, *button;

  editor = RANCANG_NARRATIVE_EDITOR (rancang_window_get_child (window, "narrative"));
  g_assert_nonnull (table);
  g_assert_true (rancang_outline_select_node (outline, s21));
  harness_frames (GTK_WIDGET (window), 2);

  /* The card names the table as a reader sees it: its number and caption. */
  card = harness_find_widget (GTK_WIDGET (editor), RANCANG_TYPE_BLOCK_CARD, is_card_of, table);
  g_assert_nonnull (card);
  {
    g_autofree char *caption = rancang_node_dup_content (rancang_node_get_child (table, "caption"));
    g_autofree char *shown = g_strdup_printf ("%s  %s", rancang_outline_get_row_number (outline, table), caption);

    g_assert_nonnull (harness_find_widget (card, GTK_TYPE_LABEL, shows_label, shown));
  }

  /* Edit Table opens the table editor on it. */
  button = harness_find_widget (card, GTK_TYPE_BUTTON, NULL, NULL);
  g_assert_true (gtk_widget_get_visible (button));
  g_signal_emit_by_name (button, "clicked");
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "table");

  harness_stop_app (app);
}

/* A key as its press first reaches the view: through the key controller
 * the editor puts in the capture phase (GTK 4.8 has no public way to make
 * a key event). The view's own controller, which reads the event itself,
 * is left out: it would only see the key if the editor let it go. */
static gboolean
press_in_view (GtkTextView     *view,
               guint            keyval,
               GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (view));
  gboolean handled = FALSE;
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller)
          && gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (controller)) == GTK_PHASE_CAPTURE)
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          n++;
        }
    }
  g_assert_cmpuint (n, ==, 1);
  harness_drain ();
  return handled;
}

static GtkTextView *
focus_at_start (RancangNode *block)
{
  GtkTextView *view = rancang_narrative_editor_get_view (editor, block);
  GtkTextBuffer *buffer;
  GtkTextIter start;

  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (view);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  harness_drain ();
  return view;
}

static guint
count_paragraphs (RancangNode *part)
{
  guint n = 0;

  for (RancangNode *c = rancang_node_get_first_child (part); c != NULL; c = rancang_node_get_next (c))
    n += !rancang_node_is_text (c) && rancang_node_is (c, "p");
  return n;
}

typedef struct
{
  RancangNode *part;
  guint        n;
} Paragraphs;

static gboolean
has_paragraphs (gpointer data)
{
  Paragraphs *want = data;

  return count_paragraphs (want->part) == want->n;
}

static gboolean
shows_part (gpointer part)
{
  return rancang_narrative_editor_get_part (editor) == part;
}

/* Section 1.3 of the Bontang example: paragraphs, then a list of items. */
static void
test_block_structure (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "blocks.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangNode *s13 = harness_node_by_id (window, "s1-3");
  RancangNode *list = rancang_node_get_child (s13, "list");
  RancangNode *item1 = rancang_node_get_child (list, "item");
  RancangNode *item2 = rancang_node_get_next_named (item1, "item");
  RancangNode *p = rancang_node_get_child (s13, "p");
  g_autofree char *text1 = rancang_node_dup_content (item1);
  g_autofree char *text2 = rancang_node_dup_content (item2);
  g_autofree char *joined = g_strconcat (text1, text2, NULL);
  g_autofree char *p_text = rancang_node_dup_content (p);
  g_autofree char *p_after = NULL;
  Paragraphs want = { s13, count_paragraphs (s13) + 1 };

  editor = RANCANG_NARRATIVE_EDITOR (rancang_window_get_child (window, "narrative"));
  rancang_window_select_part (window, s13);
  harness_wait_for (shows_part, s13, "section 1.3 in the narrative editor");

  /* Tab: under the item before, in a list of its own; Shift+Tab: back. */
  g_assert_true (press_in_view (focus_at_start (item2), GDK_KEY_Tab, 0));
  g_assert_true (rancang_node_get_parent (rancang_node_get_parent (item2)) == item1);
  g_assert_true (press_in_view (focus_at_start (item2), GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_true (rancang_node_get_parent (item2) == list);
  g_assert_true (rancang_node_get_next_named (item1, "item") == item2);
  g_assert_null (rancang_node_get_child (item1, "list"));

  /* Backspace at the start of the second item joins it to the first. */
  g_assert_true (press_in_view (focus_at_start (item2), GDK_KEY_BackSpace, 0));
  g_assert_null (rancang_node_get_parent (item2));
  {
    g_autofree char *content = rancang_node_dup_content (item1);
    g_assert_cmpstr (content, ==, joined);
  }
  harness_activate (window, "win.undo");
  harness_drain ();
  g_assert_true (rancang_node_get_parent (item2) == list);
  {
    g_autofree char *content = rancang_node_dup_content (item1);
    g_assert_cmpstr (content, ==, text1);
  }
  /* Backspace at the start of the first block joins nothing. */
  g_assert_false (press_in_view (focus_at_start (rancang_node_get_child (s13, "p")), GDK_KEY_BackSpace, 0));

  /* Pasted lines, blank ones between: one paragraph a line, the first
   * before what the paragraph said, the last joined to it. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (editor)), "Satu\n\n\nDua\n");
  g_signal_emit_by_name (focus_at_start (p), "paste-clipboard");
  harness_wait_for (has_paragraphs, &want, "the pasted lines as paragraphs");
  g_assert_cmpstr (rancang_node_get_child_content (s13, "p"), ==, "Satu");
  p_after = g_strconcat ("Dua", p_text, NULL);
  {
    g_autofree char *content = rancang_node_dup_content (rancang_node_get_next_named (rancang_node_get_child (s13, "p"), "p"));
    g_assert_cmpstr (content, ==, p_after);
  }
  harness_stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  if (!harness_init (&argc, &argv))
    return 77;
  g_test_add_func ("/narrative-editor/find-replace", test_find_replace);
  g_test_add_func ("/narrative-editor/table-card", test_table_card);
  g_test_add_func ("/narrative-editor/block-structure", test_block_structure);
  return harness_run ();
}
