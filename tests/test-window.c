/* test-window.c: the Rancang window, driven through its actions and widgets
 * under Xvfb (meson test --suite gui).
 *
 * Each test starts a real RancangApplication in this process on a copy of
 * the Bontang example and waits, with a timeout, for what it expects; no
 * fixed sleeps. The crash test and the language test run this program
 * again as a child (--child-...), because a kill and a language are per
 * process.
 */
#include "rancang-config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "rancang-application.h"
#include "rancang-document.h"
#include "rancang-finding-text.h"
#include "rancang-metadata-editor.h"
#include "rancang-narrative-editor.h"
#include "rancang-outline.h"
#include "rancang-platform.h"
#include "rancang-recovery.h"
#include "rancang-signatory-editor.h"
#include "rancang-table-import.h"
#include "rancang-table-editor.h"
#include "rancang-template.h"
#include "rancang-pages.h"
#include "rancang-window.h"
#include "rancang-metadata-editor.h"
#include "rancang-narrative-editor.h"
#include "rancang-outline.h"
#include "rancang-preview.h"
#include "rancang-recovery.h"
#include "rancang-swot-editor.h"
#include "rancang-table-editor.h"
#include "rancang-window.h"
#include "window-harness.h"

static gboolean
idle_done (gpointer data)
{
  return !rancang_window_is_busy (data);
}

static RancangNarrativeEditor *
narrative (RancangWindow *window)
{
  return RANCANG_NARRATIVE_EDITOR (rancang_window_get_child (window, "narrative"));
}

static char *
view_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_iter_get_text (&start, &end);
}

static void
type_at_start (GtkTextView *view,
               const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  /* One character at a time, as typing does. */
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    gtk_text_buffer_insert_interactive_at_cursor (buffer, c, (int) (g_utf8_next_char (c) - c), TRUE);
}

/* ------------------------------------------------------------------ tests */

#define MARK "SUNTINGAN UJI "

static void
test_edit_undo_save_reopen (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "edit.xml");
  g_autofree char *saved_path = g_build_filename (harness_work_dir (), "edit-saved.xml", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  RancangWindow *window = harness_open_window (app, path);
  RancangOutline *outline = RANCANG_OUTLINE (rancang_window_get_child (window, "outline"));
  RancangNode *s21 = harness_node_by_id (window, "s2-1");
  RancangNode *p = rancang_node_get_child (s21, "p");
  g_autofree char *original = rancang_node_dup_content (p);
  GtkTextView *view;

  /* Choose 2.1 in the outline: its text is in the editor. */
  g_assert_true (rancang_outline_select_node (outline, s21));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_true (rancang_narrative_editor_get_part (narrative (window)) == s21);
  g_assert_cmpstr (rancang_outline_get_row_number (outline, s21), ==, "2.1");
  view = rancang_narrative_editor_get_view (narrative (window), p);
  g_assert_nonnull (view);
  g_assert_false (harness_title_is_dirty (window));

  type_at_start (view, MARK);
  {
    g_autofree char *content = rancang_node_dup_content (p);
    g_assert_true (g_str_has_prefix (content, MARK));
  }
  g_assert_true (harness_title_is_dirty (window));

  /* Undo takes the whole typing back, the editor shows it; redo again. */
  harness_activate (window, "win.undo");
  {
    g_autofree char *content = rancang_node_dup_content (p);
    g_autofree char *shown = view_text (rancang_narrative_editor_get_view (narrative (window), p));
    g_assert_cmpstr (content, ==, original);
    g_assert_cmpstr (shown, ==, original);
  }
  g_assert_false (harness_title_is_dirty (window));
  harness_activate (window, "win.redo");
  {
    g_autofree char *shown = view_text (rancang_narrative_editor_get_view (narrative (window), p));
    g_assert_true (g_str_has_prefix (shown, MARK));
  }

  /* Save as, then open the saved file in a new window and find the change. */
  rancang_window_save_to (window, saved);
  harness_wait_for (idle_done, window, "idle done");
  g_assert_null (rancang_window_get_message (window));
  g_assert_false (rancang_window_is_dirty (window));
  g_assert_true (g_file_equal (rancang_window_get_file (window), saved));
  {
    RancangWindow *again = harness_open_window (app, saved_path);
    RancangNode *p2 = rancang_node_get_child (harness_node_by_id (again, "s2-1"), "p");
    g_autofree char *content = rancang_node_dup_content (p2);
    g_assert_true (again != window);
    g_assert_true (g_str_has_prefix (content, MARK));
    g_assert_true (g_str_has_suffix (content, original));
  }
  harness_stop_app (app);
}

static void
test_new_section_numbered_and_saved (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "structure.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangOutline *outline = RANCANG_OUTLINE (rancang_window_get_child (window, "outline"));
  RancangNode *s12 = harness_node_by_id (window, "s1-2");
  RancangNode *s13 = harness_node_by_id (window, "s1-3");
  RancangNode *added;
  g_autoptr(RancangDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rancang_outline_select_node (outline, s12));
  harness_frames (GTK_WIDGET (window), 2);
  harness_activate (window, "win.add-section");
  added = rancang_node_get_next (s12);
  g_assert_true (rancang_node_is (added, "section"));
  g_assert_true (rancang_outline_get_selected_node (outline) == added);
  /* The new section is 1.3; the old 1.3 follows as 1.4. */
  g_assert_cmpstr (rancang_outline_get_row_number (outline, added), ==, "1.3");
  g_assert_cmpstr (rancang_outline_get_row_number (outline, s13), ==, "1.4");

  gtk_text_buffer_set_text (rancang_narrative_editor_get_title (narrative (window)), "Kerangka Bagian Baru", -1);
  type_at_start (rancang_narrative_editor_get_view (narrative (window), rancang_node_get_child (added, "p")),
                 "Isi bagian baru.");

  /* Moving it down renumbers both; undo puts it back. */
  harness_activate (window, "win.move-part-down");
  g_assert_cmpstr (rancang_outline_get_row_number (outline, added), ==, "1.4");
  g_assert_cmpstr (rancang_outline_get_row_number (outline, s13), ==, "1.3");
  harness_activate (window, "win.undo");
  g_assert_cmpstr (rancang_outline_get_row_number (outline, added), ==, "1.3");

  harness_activate (window, "win.save");
  harness_wait_for (idle_done, window, "idle done");
  g_assert_false (rancang_window_is_dirty (window));
  reloaded = rancang_document_load_file (path, &error);
  g_assert_no_error (error);
  {
    RancangNode *bab1 = rancang_document_lookup_id (reloaded, "bab-1");
    RancangNode *third = rancang_node_get_child (bab1, "section");
    third = rancang_node_get_next_named (rancang_node_get_next_named (third, "section"), "section");
    g_assert_cmpstr (rancang_node_get_child_content (third, "title"), ==, "Kerangka Bagian Baru");
    g_assert_cmpstr (rancang_node_get_child_content (third, "p"), ==, "Isi bagian baru.");
  }

  /* Deleting is one undoable step too. */
  g_assert_true (rancang_outline_select_node (outline, added));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_true (rancang_outline_get_selected_node (outline) == added);
  g_assert_true (g_action_get_enabled (g_action_map_lookup_action (G_ACTION_MAP (window), "delete-part")));
  harness_activate (window, "win.delete-part");
  g_assert_null (rancang_node_get_parent (added));
  harness_activate (window, "win.undo");
  g_assert_true (rancang_node_get_next (s12) == added);
  harness_stop_app (app);
}

/* For harness_wait_for: what test_enter_splits_and_lists waits for. */
typedef struct
{
  RancangWindow *window;
  RancangNode   *node;
  RancangNode   *other;
  guint          count;
} Blocks;

static guint
count_paragraphs (RancangNode *section)
{
  guint n = 0;

  for (RancangNode *c = rancang_node_get_first_child (section); c; c = rancang_node_get_next (c))
    n += rancang_node_is (c, "p");
  return n;
}

/* The paragraph NODE is shown in a text view of the window, laid out. */
static gboolean
paragraph_shown (gpointer data)
{
  Blocks *b = data;
  GtkTextView *view = rancang_narrative_editor_get_view (narrative (b->window), b->node);

  return view != NULL && gtk_widget_get_mapped (GTK_WIDGET (view)) && gtk_widget_get_height (GTK_WIDGET (view)) > 0;
}

static gboolean
has_paragraphs (gpointer data)
{
  Blocks *b = data;

  return count_paragraphs (b->node) == b->count;
}

static gboolean
has_focus_in_view (gpointer data)
{
  Blocks *b = data;
  GtkWidget *view = GTK_WIDGET (rancang_narrative_editor_get_view (narrative (b->window), b->node));

  return view != NULL && gtk_widget_has_focus (view);
}

/* NODE is an item under an item. */
static gboolean
is_lowered (gpointer data)
{
  Blocks *b = data;

  return rancang_node_is (rancang_node_get_parent (rancang_node_get_parent (b->node)), "item");
}

/* NODE is under OTHER. */
static gboolean
is_under (gpointer data)
{
  Blocks *b = data;

  return rancang_node_get_parent (b->node) == b->other;
}

static void
test_enter_splits_and_lists (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "blocks.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangNode *s13 = harness_node_by_id (window, "s1-3");
  RancangNode *list = rancang_node_get_child (s13, "list");
  RancangNode *item2 = rancang_node_get_next_named (rancang_node_get_child (list, "item"), "item");
  RancangNode *p = rancang_node_get_child (s13, "p");
  guint n_before;
  Blocks shown = { window, p, NULL, 0 }, paragraphs = { window, s13, NULL, 0 };
  Blocks focused = { window, item2, NULL, 0 }, under_list = { window, item2, list, 0 };

  rancang_window_select_part (window, s13);
  harness_wait_for (paragraph_shown, &shown, "the first paragraph of section 1.3 to be shown");
  n_before = count_paragraphs (s13);
  /* Enter at the start of a paragraph makes a new one. */
  type_at_start (rancang_narrative_editor_get_view (narrative (window), p), "Paragraf baru\n");
  paragraphs.count = n_before + 1;
  harness_wait_for (has_paragraphs, &paragraphs, "Enter to make a new paragraph in the document");
  g_assert_cmpuint (count_paragraphs (s13), ==, n_before + 1);
  g_assert_cmpstr (rancang_node_get_child_content (s13, "p"), ==, "Paragraf baru");

  /* Tab lowers the second list item under the first. */
  gtk_widget_grab_focus (GTK_WIDGET (rancang_narrative_editor_get_view (narrative (window), item2)));
  harness_wait_for (has_focus_in_view, &focused, "the focus in the second list item");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (narrative (window)), "editor.indent", NULL));
  harness_wait_for (is_lowered, &focused, "Tab to lower the second list item under the first");
  g_assert_true (rancang_node_is (rancang_node_get_parent (rancang_node_get_parent (item2)), "item"));
  harness_activate (window, "win.undo");
  harness_wait_for (is_under, &under_list, "undo to put the item back in the list");
  g_assert_true (rancang_node_get_parent (item2) == list);
  harness_stop_app (app);
}

static void
test_nip_validated_as_typed (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "nip.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangMetadataEditor *meta = RANCANG_METADATA_EDITOR (rancang_window_get_child (window, "metadata"));
  RancangSignatoryEditor *sig = RANCANG_SIGNATORY_EDITOR (rancang_metadata_editor_get_field (meta, "signatory"));
  GtkEditable *nip = rancang_signatory_editor_get_nip (sig);
  RancangNode *node = rancang_signatory_editor_get_node (sig);

  g_assert_cmpstr (gtk_editable_get_text (nip), ==, "19741225 199303 1 002");
  g_assert_null (rancang_signatory_editor_get_nip_error (sig));
  gtk_editable_set_text (nip, "197412251993131002");   /* month 13 */
  g_assert_cmpstr (gtk_editable_get_text (nip), ==, "19741225 199313 1 002");
  g_assert_nonnull (rancang_signatory_editor_get_nip_error (sig));
  gtk_editable_set_text (nip, "19741225");
  g_assert_nonnull (strstr (rancang_signatory_editor_get_nip_error (sig), "8"));
  gtk_editable_set_text (nip, "198001012005012003");
  g_assert_null (rancang_signatory_editor_get_nip_error (sig));
  g_assert_cmpstr (rancang_node_get_child_content (node, "nip"), ==, "198001012005012003");
  harness_activate (window, "win.undo");
  g_assert_cmpstr (rancang_node_get_child_content (node, "nip"), ==, "197412251993031002");
  harness_stop_app (app);
}

static void
test_invalid_file_message (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = g_build_filename (harness_work_dir (), "broken.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RancangWindow *window = RANCANG_WINDOW (rancang_application_open_window (app));
  GtkWidget *bar;

  g_assert_true (g_file_set_contents (path,
    "<?xml version=\"1.0\"?>\n<document xmlns=\"urn:rancang:document\" version=\"1\" kind=\"renja\">\n"
    "<metadata><plan-year>20x</plan-year></metadata></document>\n", -1, NULL));
  rancang_window_load_file (window, file);
  harness_wait_for (idle_done, window, "idle done");
  g_assert_null (rancang_window_get_document (window));
  g_assert_nonnull (rancang_window_get_message (window));
  bar = rancang_window_get_child (window, "info-bar");
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (bar)));
  /* The message names the line and column. */
  {
    GtkWidget *w = bar;
    gboolean found = FALSE;
    g_autofree char *needle = g_strdup_printf ("%s:3:", path);
    for (w = gtk_widget_get_first_child (bar); w != NULL && !found; w = gtk_widget_get_next_sibling (w))
      ;
    /* Walk every label below the bar. */
    for (GtkWidget *n = bar; n != NULL; )
      {
        if (GTK_IS_LABEL (n) && strstr (gtk_label_get_label (GTK_LABEL (n)), needle) != NULL)
          found = TRUE;
        if (gtk_widget_get_first_child (n) != NULL)
          n = gtk_widget_get_first_child (n);
        else
          {
            while (n != bar && gtk_widget_get_next_sibling (n) == NULL)
              n = gtk_widget_get_parent (n);
            n = n == bar ? NULL : gtk_widget_get_next_sibling (n);
          }
      }
    g_assert_true (found);
  }
  harness_stop_app (app);
}

static gboolean
pages_counted (gpointer data)
{
  return gtk_widget_get_visible (rancang_window_get_child (data, "pages"));
}

/* What a command prints, or NULL when it fails. */
static char *
command_output (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, NULL))
    {
      g_free (out);
      return NULL;
    }
  return out;
}

/* The page label ranges of a PDF as qpdf reads them: "index style start
 * prefix" a line (style "-" when the pages print no number). */
static char *
pdf_label_ranges (const char *pdf)
{
  const char *argv[] = { "qpdf", "--json", "--json-key=pagelabels", pdf, NULL };
  g_autofree char *json = command_output (argv);
  g_autoptr(GRegex) range = g_regex_new ("\"index\":\\s*(\\d+),\\s*\"label\":\\s*\\{([^}]*)\\}", 0, 0, NULL);
  g_autoptr(GRegex) style = g_regex_new ("\"/S\":\\s*\"/(\\w)\"", 0, 0, NULL);
  g_autoptr(GRegex) start = g_regex_new ("\"/St\":\\s*(\\d+)", 0, 0, NULL);
  g_autoptr(GRegex) prefix = g_regex_new ("\"/P\":\\s*\"u:([^\"]*)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GString *out = g_string_new (NULL);

  g_assert_nonnull (json);
  g_regex_match (range, json, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *index = g_match_info_fetch (match, 1);
      g_autofree char *spec = g_match_info_fetch (match, 2);
      g_autoptr(GMatchInfo) s = NULL;
      g_autoptr(GMatchInfo) n = NULL;
      g_autoptr(GMatchInfo) p = NULL;
      g_autofree char *s_text = g_regex_match (style, spec, 0, &s) ? g_match_info_fetch (s, 1) : g_strdup ("-");
      g_autofree char *n_text = g_regex_match (start, spec, 0, &n) ? g_match_info_fetch (n, 1) : g_strdup ("1");
      g_autofree char *p_text = g_regex_match (prefix, spec, 0, &p) ? g_match_info_fetch (p, 1) : g_strdup ("");

      g_string_append_printf (out, "%s %s %s %s\n", index, s_text, n_text, p_text);
    }
  return g_string_free (out, FALSE);
}

static void
test_pages_and_pdf (void)
{
  RancangApplication *app;
  g_autofree char *path = NULL;
  g_autofree char *pdf_path = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autofree char *head = NULL;
  g_autoptr(RancangDocument) doc = NULL;
  g_autofree char *n_pages = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *ranges = NULL;
  g_autofree char *expected = NULL;
  const char *first_page;
  g_autofree char *bab1_text = NULL;
  g_autofree char *before_text = NULL;
  RancangNode *front, *bab1;
  RancangWindow *window;
  guint front_parts = 0, body;
  gsize length;

  if (!rancang_pages_available ())
    {
      g_test_skip ("built without src/render");
      return;
    }
  app = harness_start_app ();
  path = harness_copy_example ("renja-bontang-2023.xml", "pages.xml");
  pdf_path = g_build_filename (harness_work_dir (), "pages.pdf", NULL);
  pdf = g_file_new_for_path (pdf_path);
  window = harness_open_window (app, path);
  /* The page count comes from the layout, made in a worker thread. */
  harness_wait_for (pages_counted, window, "pages counted");
  shown = g_strdup (gtk_label_get_label (GTK_LABEL (rancang_window_get_child (window, "pages"))));
  rancang_window_export_pdf (window, pdf);
  g_assert_true (rancang_window_is_busy (window));
  harness_wait_for (idle_done, window, "idle done");
  g_assert_null (rancang_window_get_message (window));
  g_assert_true (g_file_get_contents (pdf_path, &head, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
  harness_stop_app (app);

  /* The window counts the pages the PDF has. */
  {
    const char *argv[] = { "qpdf", "--show-npages", pdf_path, NULL };
    n_pages = command_output (argv);
    g_assert_nonnull (n_pages);
    g_strstrip (n_pages);
    g_assert_cmpuint (g_ascii_strtoull (n_pages, NULL, 10), >, 30);
    g_assert_true (g_str_has_prefix (shown, n_pages) && shown[strlen (n_pages)] == ' ');
  }

  /* The PDF's page labels follow the document: the cover unnumbered, the
   * front matter in Roman numerals from i, each of its parts on pages of
   * its own, the body in Arabic numerals from 1 where BAB I starts. */
  doc = rancang_document_load_file (path, NULL);
  g_assert_nonnull (doc);
  front = rancang_node_get_child (rancang_document_get_root (doc), "front");
  g_assert_nonnull (rancang_node_get_child (front, "cover"));
  for (RancangNode *child = rancang_node_get_first_child (front); child != NULL; child = rancang_node_get_next (child))
    if (rancang_node_is (child, "preface") || rancang_node_is (child, "contents")
        || rancang_node_is (child, "list-of-tables") || rancang_node_is (child, "list-of-figures"))
      front_parts++;
  g_assert_cmpuint (front_parts, ==, 3);
  bab1 = rancang_node_get_child (rancang_document_get_body (doc), "chapter");
  g_assert_nonnull (bab1);

  ranges = pdf_label_ranges (pdf_path);
  g_assert_true (g_str_has_prefix (ranges, "0 - 1 "));
  g_assert_nonnull (strstr (ranges, "\n1 r 1 \n"));
  first_page = strstr (ranges, "\n1 r 1 \n") + strlen ("\n1 r 1 \n");
  body = (guint) g_ascii_strtoull (first_page, NULL, 10);
  g_assert_cmpuint (body, >=, 1 + front_parts);
  expected = g_strdup_printf ("%u D 1 \n", body);
  g_assert_cmpstr (first_page, ==, expected);

  /* BAB I stands on the first Arabic page, and not on the page before. */
  {
    g_autofree char *at = g_strdup_printf ("%u", body + 1);
    g_autofree char *before = g_strdup_printf ("%u", body);
    const char *argv[] = { "pdftotext", "-f", at, "-l", at, pdf_path, "-", NULL };
    const char *argv_before[] = { "pdftotext", "-f", before, "-l", before, pdf_path, "-", NULL };

    bab1_text = command_output (argv);
    before_text = command_output (argv_before);
    g_assert_nonnull (bab1_text);
    g_assert_nonnull (before_text);
    g_assert_true (g_str_has_prefix (g_strchug (bab1_text), "BAB I\n"));
    g_assert_nonnull (strstr (bab1_text, rancang_node_get_child_content (bab1, "title")));
    g_assert_null (strstr (before_text, rancang_node_get_child_content (bab1, "title")));
  }
}

/* ------------------------------------------------------------------ typed, not confirmed */

/* B-2.1 (renja-fixtures-bontang.md), kode 17.22: c6 target 2021 is 600,
 * c7 realisasi 588, c8 = c7/c6*100. Typed over: 7913, printed the
 * Indonesian way as 7.913, and c8 = 588/7913*100 = 7,43 (half-up). */
#define TYPED "7913"
#define TYPED_SHOWN "7.913"
#define TYPED_RATIO "7,43"

static gboolean
focus_in_entry (gpointer data)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (data));

  return focus != NULL && GTK_IS_TEXT (focus) && gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) != NULL;
}

typedef struct
{
  RancangWindow *window;
  const char    *shown;
} Focus;

static gboolean
focus_shows (gpointer data)
{
  Focus *focus = data;

  return focus_in_entry (focus->window)
         && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (gtk_root_get_focus (GTK_ROOT (focus->window)))),
                       focus->shown) == 0;
}

/* The cell of the row KODE, column KEY of Tabel 2.1, as a click on it
 * leaves it: an entry with the focus, holding what the cell SHOWS, all
 * of it selected. (It is scrolled to and focused in steps.) */
static void
focus_cell (RancangWindow *window,
            const char    *kode,
            const char    *key,
            const char    *shows)
{
  RancangNode *row = harness_row_of (harness_node_by_id (window, "t2-1"), kode);
  Focus focus = { window, shows };

  g_assert_nonnull (row);
  /* the table in view first, as a user finds it in the outline */
  rancang_window_select_part (window, harness_node_by_id (window, "t2-1"));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_true (rancang_window_show_place (window, row, key));
  harness_wait_for (focus_shows, &focus, "focus shows");
  {
    /* The list view may take the focus to the row's first cell once its
     * scrolling is done; a user would click the cell again. */
    g_autoptr(GtkWidget) entry = g_object_ref (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                                                       GTK_TYPE_ENTRY));

    harness_frames (GTK_WIDGET (window), 10);
    if (!focus_shows (&focus) && gtk_widget_get_root (entry) != NULL)
      gtk_widget_grab_focus (entry);
  }
  harness_wait_for (focus_shows, &focus, "focus shows");
  gtk_editable_select_region (GTK_EDITABLE (gtk_root_get_focus (GTK_ROOT (window))), 0, -1);
}

/* The text of the cell's entry that has the focus: what the user sees
 * being typed. */
static const char *
typed_shown (RancangWindow *window)
{
  harness_wait_for (focus_in_entry, window, "focus in entry");
  return harness_shown_text (gtk_root_get_focus (GTK_ROOT (window)));
}

static char *
saved_cell (const char *path,
            const char *kode,
            const char *key)
{
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = rancang_document_load_file (path, &error);
  char *text;

  g_assert_no_error (error);
  text = harness_cell_of (harness_row_of (rancang_document_lookup_id (doc, "t2-1"), kode), key);
  rancang_document_free (doc);
  return text;
}

static gboolean
saved_and_clean (gpointer data)
{
  return !rancang_window_is_busy (data) && !rancang_window_is_dirty (data);
}

/* The lost cell: a value typed into a cell, Ctrl+S without Enter. */
static void
test_typed_cell_saved (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "typed-cell.xml");
  RancangWindow *window = harness_open_window (app, path);

  /* B-2.1: c6 of 17.22 is 600 */
  focus_cell (window, "17.22", "k6", "600");
  harness_type (window, TYPED);
  g_assert_cmpstr (typed_shown (window), ==, TYPED);
  /* nothing confirmed yet: the document is as it was */
  g_assert_false (harness_title_is_dirty (window));

  harness_press (window, "<Control>s");
  harness_wait_for (saved_and_clean, window, "saved and clean");
  g_assert_null (rancang_window_get_message (window));
  g_assert_false (harness_title_is_dirty (window));
  {
    g_autofree char *stored = saved_cell (path, "17.22", "k6");
    g_assert_cmpstr (stored, ==, TYPED);
  }
  /* the cell shows the value kept, the Indonesian way */
  g_assert_cmpstr (typed_shown (window), ==, TYPED_SHOWN);
  harness_stop_app (app);
}

/* A value refused (no number) stops the save, and says why. */
static void
test_typed_cell_refused (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "refused-cell.xml");
  RancangWindow *window = harness_open_window (app, path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  focus_cell (window, "17.22", "k6", "600");
  harness_type (window, "enam ratus");
  harness_press (window, "<Control>s");
  harness_wait_for (harness_not_busy, window, "not busy");
  g_assert_nonnull (rancang_window_get_message (window));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  harness_stop_app (app);
}

static GtkWidget *
close_dialog_of (RancangWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (window)
          && gtk_widget_get_visible (GTK_WIDGET (w)))
        return GTK_WIDGET (w);
    }
  return NULL;
}

static gboolean
asked (gpointer data)
{
  return close_dialog_of (data) != NULL;
}

static gboolean
is_gone (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Closing with a value typed and not confirmed asks; Save saves it. */
static void
test_typed_cell_close_asks (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "close-cell.xml");
  RancangWindow *window = harness_open_window (app, path);
  gpointer alive = window;
  GtkWidget *dialog;
  g_autofree char *question = NULL;

  focus_cell (window, "17.22", "k6", "600");
  harness_type (window, TYPED);
  g_object_add_weak_pointer (G_OBJECT (window), &alive);

  /* Cancel: the window stays, with the value kept in the document. */
  gtk_window_close (GTK_WINDOW (window));
  harness_wait_for (asked, window, "asked");
  dialog = close_dialog_of (window);
  g_object_get (dialog, "text", &question, NULL);
  g_assert_nonnull (strstr (question, "close-cell.xml"));
  g_assert_true (harness_title_is_dirty (window));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_nonnull (alive);
  g_assert_null (close_dialog_of (window));

  /* Again, and Save: saved, then closed. */
  gtk_window_close (GTK_WINDOW (window));
  harness_wait_for (asked, window, "asked");
  gtk_dialog_response (GTK_DIALOG (close_dialog_of (window)), GTK_RESPONSE_YES);
  harness_wait_for (is_gone, &alive, "is gone");
  {
    g_autofree char *stored = saved_cell (path, "17.22", "k6");
    g_assert_cmpstr (stored, ==, TYPED);
  }
  harness_stop_app (app);
}

static char *
pdf_text (const char *pdf_path)
{
  const char *argv[] = { "pdftotext", "-layout", pdf_path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                     NULL, &status, &error))
    return NULL;
  return out;
}

/* Export PDF with a value typed and not confirmed: the PDF has it. */
static void
test_typed_cell_exported (void)
{
  RancangApplication *app;
  g_autofree char *path = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autofree char *probe = g_find_program_in_path ("pdftotext");
  RancangWindow *window;

  if (!rancang_pages_available () || probe == NULL)
    {
      g_test_skip ("built without src/render, or no pdftotext");
      return;
    }
  app = harness_start_app ();
  path = harness_copy_example ("renja-bontang-2023.xml", "export-cell.xml");
  pdf_path = g_build_filename (harness_work_dir (), "export-cell.pdf", NULL);
  pdf = g_file_new_for_path (pdf_path);
  window = harness_open_window (app, path);
  focus_cell (window, "17.22", "k6", "600");
  harness_type (window, TYPED);
  rancang_window_export_pdf (window, pdf);
  harness_wait_for (idle_done, window, "idle done");
  g_assert_null (rancang_window_get_message (window));
  text = pdf_text (pdf_path);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, TYPED_SHOWN));
  g_assert_nonnull (strstr (text, TYPED_RATIO));
  harness_stop_app (app);
}

/* A paragraph typed and saved at once (Ctrl+S), through the keys' path. */
static void
test_typed_paragraph_saved (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "typed-paragraph.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangNode *s11 = harness_node_by_id (window, "s1-1");
  RancangNode *p = rancang_node_get_child (s11, "p");
  GtkTextView *view;
  GtkTextIter start;

  rancang_window_select_part (window, s11);
  harness_frames (GTK_WIDGET (window), 2);
  view = rancang_narrative_editor_get_view (narrative (window), p);
  g_assert_nonnull (view);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (view), &start);
  gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (view), &start);
  harness_type (window, MARK);
  {
    g_autofree char *shown = view_text (view);
    g_assert_true (g_str_has_prefix (shown, MARK));
  }
  harness_press (window, "<Control>s");
  harness_wait_for (saved_and_clean, window, "saved and clean");
  {
    g_autoptr(GError) error = NULL;
    RancangDocument *doc = rancang_document_load_file (path, &error);
    g_autofree char *content = NULL;

    g_assert_no_error (error);
    content = rancang_node_dup_content (rancang_node_get_child (rancang_document_lookup_id (doc, "s1-1"), "p"));
    g_assert_true (g_str_has_prefix (content, MARK));
    rancang_document_free (doc);
  }
  harness_stop_app (app);
}

/* ------------------------------------------------------------------ crash */

static gboolean
recovery_written (gpointer data)
{
  g_autoptr(GPtrArray) entries = rancang_recovery_list ();

  return entries->len > 0;
}

static gboolean
has_window (gpointer app)
{
  return gtk_application_get_windows (app) != NULL
         && gtk_widget_get_mapped (gtk_application_get_windows (app)->data);
}

/* The child: open, type, wait for the recovery copy, say so, and wait to
 * be killed. */
static int
child_edit_and_wait (const char *path)
{
  RancangApplication *app = harness_start_app ();
  RancangWindow *window;
  RancangNode *p;

  g_settings_set_uint (rancang_application_get_settings (app), "autosave-interval", 1);
  window = harness_open_window (app, path);
  p = rancang_node_get_child (harness_node_by_id (window, "s1-1"), "p");
  rancang_window_select_part (window, harness_node_by_id (window, "s1-1"));
  harness_frames (GTK_WIDGET (window), 2);
  type_at_start (rancang_narrative_editor_get_view (narrative (window), p), "KERJA YANG BELUM DISIMPAN ");
  if (!harness_wait_until (recovery_written, NULL, HARNESS_PATIENCE_MS))
    return 1;
  g_print ("READY\n");
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

/* This test program run again as a child in MODE on PATH, once it says
 * READY (gtk_test_init() says its seed first). */
static GSubprocess *
spawn_child_ready (const char *mode,
                   const char *path)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);
  GSubprocess *child = g_subprocess_launcher_spawn (launcher, &error, self_path, mode, path, NULL);

  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  do
    {
      g_free (line);
      line = g_data_input_stream_read_line (out, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  while (line != NULL && g_str_has_prefix (line, "#"));
  g_assert_cmpstr (line, ==, "READY");
  return child;
}

/* The next start, as a user makes it: the window offers the work back,
 * and the user recovers it. */
static RancangWindow *
start_and_recover (RancangApplication **app)
{
  RancangWindow *window;

  *app = harness_start_app ();
  g_application_activate (G_APPLICATION (*app));
  harness_wait_for (has_window, *app, "the application to show its window");
  window = gtk_application_get_windows (GTK_APPLICATION (*app))->data;
  g_assert_nonnull (rancang_window_get_message (window));
  rancang_window_recover (window);
  g_assert_nonnull (rancang_window_get_document (window));
  return window;
}

static void
test_recovery_after_kill (void)
{
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "crash.xml");
  g_autoptr(GSubprocess) child = spawn_child_ready ("--child-edit", path);
  RancangApplication *app;
  RancangWindow *window;

  /* SIGKILL: nothing of the child's own runs after this. */
  g_subprocess_force_exit (child);
  g_subprocess_wait (child, NULL, NULL);

  window = start_and_recover (&app);
  {
    RancangNode *p = rancang_node_get_child (harness_node_by_id (window, "s1-1"), "p");
    g_autofree char *content = rancang_node_dup_content (p);
    g_assert_true (g_str_has_prefix (content, "KERJA YANG BELUM DISIMPAN "));
  }
  g_assert_true (rancang_window_is_dirty (window));
  g_assert_true (g_file_equal (rancang_window_get_file (window), g_file_new_for_path (path)));

  /* Saving keeps the work and deletes the recovery copy. */
  harness_activate (window, "win.save");
  harness_wait_for (idle_done, window, "idle done");
  g_assert_false (rancang_window_is_dirty (window));
  g_assert_false (recovery_written (NULL));
  harness_stop_app (app);
}

/* The child: open, type into a cell without Enter, say so, and wait for
 * the end of the session (SIGTERM). */
static int
child_type_and_wait (const char *path)
{
  RancangApplication *app = harness_start_app ();
  RancangWindow *window = harness_open_window (app, path);

  focus_cell (window, "17.22", "k6", "600");
  harness_type (window, TYPED);
  g_print ("READY\n");
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

/* A value typed and not confirmed when the desktop session ends (SIGTERM)
 * is in the recovery copy, and back after the next start. */
static void
test_typed_cell_kept_at_logout (void)
{
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "logout.xml");
  g_autoptr(GSubprocess) child = NULL;
  RancangApplication *app;
  RancangWindow *window;

  g_assert_false (recovery_written (NULL));
  child = spawn_child_ready ("--child-type", path);
  g_subprocess_send_signal (child, SIGTERM);
  harness_wait_for (recovery_written, NULL, "recovery written");
  g_subprocess_force_exit (child);
  g_subprocess_wait (child, NULL, NULL);

  window = start_and_recover (&app);
  {
    g_autofree char *kept = harness_cell_of (harness_row_of (harness_node_by_id (window, "t2-1"), "17.22"), "k6");
    g_assert_cmpstr (kept, ==, TYPED);
  }
  g_assert_true (rancang_window_is_dirty (window));
  /* saved, the copy is gone */
  harness_activate (window, "win.save");
  harness_wait_for (saved_and_clean, window, "saved and clean");
  g_assert_false (recovery_written (NULL));
  harness_stop_app (app);
}

/* ------------------------------------------------------------------ language */

static int
child_language (const char *path)
{
  RancangApplication *app = harness_start_app ();
  RancangWindow *window = harness_open_window (app, path);
  GtkWidget *stack = rancang_window_get_child (window, "editor-stack");

  rancang_window_select_part (window, harness_node_by_id (window, "s1-1"));
  harness_frames (GTK_WIDGET (window), 2);
  g_print ("save=%s\n", _("_Save"));
  g_print ("outline=%s\n", _("Document and Signatories"));
  /* every finding and the NIP rule in the interface's language */
  {
    g_autoptr(RancangFindingsReport) report = rancang_findings_report_new (rancang_window_get_document (window));
    const char *args[] = { "5.04.01", "5.03.01", NULL };
    RancangFinding kode = { .kind = RANCANG_FINDING_KODE, .code = RANCANG_FINDING_CODE_KODE_OUTSIDE_PARENT,
                            .args = (char **) args };
    RancangMetadataEditor *meta = RANCANG_METADATA_EDITOR (rancang_window_get_child (window, "metadata"));
    RancangSignatoryEditor *sig = RANCANG_SIGNATORY_EDITOR (rancang_metadata_editor_get_field (meta, "signatory"));
    g_autofree char *kode_text = rancang_finding_describe (&kode);

    for (guint i = 0; i < rancang_findings_report_n_groups (report); i++)
      {
        const RancangFindingsGroup *g = rancang_findings_report_get_group (report, i);
        const RancangFindingsEntry *e = g_ptr_array_index (g->entries, 0);

        if (g_strcmp0 (e->finding->table_id, "t2-5") == 0)
          {
            g_autofree char *text = rancang_finding_describe (e->finding);
            g_print ("mismatch=%s\n", text);
          }
      }
    g_print ("kode=%s\n", kode_text);
    gtk_editable_set_text (rancang_signatory_editor_get_nip (sig), "197412251993131002");
    g_print ("nip=%s\n", rancang_signatory_editor_get_nip_error (sig));
  }
  g_print ("findings=%s\n", g_dngettext (GETTEXT_PACKAGE, "%u finding", "%u findings", 2));
  g_print ("title=%s\n", gtk_window_get_title (GTK_WINDOW (window)));
  g_print ("stack=%s\n", G_OBJECT_TYPE_NAME (stack));
  /* a number refused in a cell, and why (B-2.1: c6 of 17.22 is 600) */
  {
    g_autoptr(GError) refused = NULL;

    focus_cell (window, "17.22", "k6", "600");
    harness_type (window, "1.2.3,4,5");
    g_assert_false (rancang_window_commit_editors (window, &refused));
    g_print ("number=%s\n", refused->message);
  }
  /* a paste with such a number, as its preview says it */
  {
    RancangTemplate *tmpl = rancang_template_set_lookup (rancang_template_set_get_builtin (), "evaluasi-renja");
    g_autoptr(GError) refused = NULL;
    g_autoptr(GPtrArray) rows = rancang_rows_from_text (tmpl, "kegiatan\t16.09\tDiklat\t\t\t\t\t160\t0\t40\t1.0,5\n",
                                                         -1, "clipboard", RANCANG_ROWS_DEFAULT, &refused);
    g_autofree char *said = rancang_import_error_describe (refused);

    g_assert_null (rows);
    g_print ("paste=%s\n", said);
  }
  harness_stop_app (app);
  return 0;
}

static void
test_language_id (void)
{
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "bahasa.xml");
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *self_path = g_file_read_link ("/proc/self/exe", NULL);

  /* gettext ignores LANGUAGE under the plain C locale, which a bare CI
   * environment may have: give the child a UTF-8 locale every glibc has. */
  g_subprocess_launcher_unsetenv (launcher, "LC_ALL");
  g_subprocess_launcher_unsetenv (launcher, "LC_MESSAGES");
  g_subprocess_launcher_setenv (launcher, "LANG", "C.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "id", TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, self_path, "--child-language", path, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (child, NULL, NULL, &output, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (child));
  g_assert_nonnull (strstr (output, "save=_Simpan\n"));
  g_assert_nonnull (strstr (output, "outline=Dokumen dan Penanda Tangan\n"));
  g_assert_nonnull (strstr (output, "findings=%u temuan\n"));
  /* renja-fixtures-bontang.md B-2.5: program I printed 11.051.497.647,
   * computed 11.051.830.647, 333.000 short */
  g_assert_nonnull (strstr (output, "mismatch=tertulis 11.051.497.647, hasil hitung 11.051.830.647 (selisih -333.000)\n"));
  g_assert_nonnull (strstr (output, "kode=kode 5.04.01 tidak diawali kode induknya, 5.03.01\n"));
  g_assert_nonnull (strstr (output, "nip=Angka ke-9 s.d. 14 harus tahun dan bulan pengangkatan (ttttbb).\n"));
  g_assert_nonnull (strstr (output, "number=“1.2.3,4,5” tidak disimpan: “1.2.3,4,5” memuat lebih dari satu “,” "
                                    "setelah “.” (hanya boleh ada satu tanda desimal)\n"));
  g_assert_nonnull (strstr (output, "paste=clipboard:1: kolom k7: “1.0,5” bukan angka: “.” harus memisahkan "
                                    "kelompok tiga digit\n"));
}

/* ------------------------------------------------------------------ main */

/* A long section (400 paragraphs more in 1.2) is shown in steps between
 * frames; in the end every paragraph is there, in order, and the last one
 * is edited like the first. */
static void
collect_block_views (GtkWidget  *widget,
                     GPtrArray  *views)
{
  if (GTK_IS_TEXT_VIEW (widget) && g_object_get_data (G_OBJECT (widget), "rancang-node") != NULL)
    g_ptr_array_add (views, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_block_views (c, views);
}

/* The blocks of CONTAINER that are edited as text, in reading order. */
static void
collect_text_blocks (RancangNode *container,
                     GPtrArray   *blocks)
{
  for (RancangNode *c = rancang_node_get_first_child (container); c != NULL; c = rancang_node_get_next (c))
    if (rancang_node_is (c, "p") || rancang_node_is (c, "heading") || rancang_node_is (c, "item"))
      {
        g_ptr_array_add (blocks, c);
        collect_text_blocks (c, blocks);
      }
    else if (rancang_node_is (c, "list"))
      collect_text_blocks (c, blocks);
}

typedef struct
{
  RancangWindow *window;
  guint          expected;
} LongSection;

static gboolean
all_blocks_shown (gpointer data)
{
  LongSection *ls = data;
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect_block_views (GTK_WIDGET (narrative (ls->window)), views);
  return views->len == ls->expected;
}

static void
test_long_section (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "long.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (path, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RancangWindow *window = RANCANG_WINDOW (rancang_application_open_window (app));
  RancangNode *section, *last = NULL;
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) blocks = g_ptr_array_new ();
  LongSection ls = { window, 0 };

  g_assert_no_error (error);
  section = rancang_document_lookup_id (doc, "s1-2");
  g_assert_nonnull (section);
  for (guint n = 1; n <= 400; n++)
    {
      g_autofree char *text = g_strdup_printf ("Paragraf uji nomor %u.", n);
      last = rancang_node_new_element ("p");
      rancang_node_set_content (last, text);
      rancang_node_append_child (section, last);
    }
  collect_text_blocks (section, blocks);
  ls.expected = blocks->len;
  g_assert_cmpuint (ls.expected, >, 400);
  rancang_window_set_document (window, g_steal_pointer (&doc), file);
  rancang_window_select_part (window, section);

  harness_wait_for (all_blocks_shown, &ls, "all blocks shown");
  collect_block_views (GTK_WIDGET (narrative (window)), views);
  g_assert_cmpuint (views->len, ==, blocks->len);
  for (guint i = 0; i < blocks->len; i++)
    g_assert_true (g_object_get_data (G_OBJECT (views->pdata[i]), "rancang-node") == blocks->pdata[i]);

  /* The last paragraph takes typing into the tree like any other. */
  type_at_start (rancang_narrative_editor_get_view (narrative (window), last), MARK);
  {
    g_autofree char *content = rancang_node_dup_content (last);
    g_assert_cmpstr (content, ==, MARK "Paragraf uji nomor 400.");
  }
  harness_stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  if (!harness_init (&argc, &argv))
    return 77;

  if (argc >= 3 && g_str_equal (argv[1], "--child-edit"))
    return child_edit_and_wait (argv[2]);
  if (argc >= 3 && g_str_equal (argv[1], "--child-type"))
    return child_type_and_wait (argv[2]);
  if (argc >= 3 && g_str_equal (argv[1], "--child-language"))
    return child_language (argv[2]);

  g_test_add_func ("/window/edit-undo-save-reopen", test_edit_undo_save_reopen);
  g_test_add_func ("/window/new-section-numbered-and-saved", test_new_section_numbered_and_saved);
  g_test_add_func ("/window/enter-splits-and-lists", test_enter_splits_and_lists);
  g_test_add_func ("/window/nip-validated-as-typed", test_nip_validated_as_typed);
  g_test_add_func ("/window/invalid-file-message", test_invalid_file_message);
  g_test_add_func ("/window/pages-and-pdf", test_pages_and_pdf);
  g_test_add_func ("/window/typed-cell-saved", test_typed_cell_saved);
  g_test_add_func ("/window/typed-cell-refused", test_typed_cell_refused);
  g_test_add_func ("/window/typed-cell-close-asks", test_typed_cell_close_asks);
  g_test_add_func ("/window/typed-cell-exported", test_typed_cell_exported);
  g_test_add_func ("/window/typed-paragraph-saved", test_typed_paragraph_saved);
  g_test_add_func ("/window/recovery-after-kill", test_recovery_after_kill);
  g_test_add_func ("/window/typed-cell-kept-at-logout", test_typed_cell_kept_at_logout);
  g_test_add_func ("/window/language-id", test_language_id);
  g_test_add_func ("/window/long-section", test_long_section);
  return harness_run ();
}
