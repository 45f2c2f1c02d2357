/* test-window-share.c: the findings panel (issue #6) and sharing between
 * offices in the window (issue #8), under Xvfb (meson test --suite gui).
 *
 * Values come from the fixtures: the Bontang Renja states the pagu of
 * Tabel 2.5's first program as 11051497647 where its sub-kegiatan add up to
 * 11051830647 (domain/renja-fixtures-bontang.md); its Tabel 2.1 holds
 * "12 unit kendaraan roda dua ..." and "BB" in number columns, which are
 * text, not errors. Sub-kegiatan 5.03.01.2.01.07 of t3-3 has pagu 5916000
 * (office BKPSDM in the example, BKPSDM-SEKRETARIAT in the bidang part).
 * tests/data/share/base.xml lacks the rows of programs 5.03.01 and 5.03.02
 * of t3-3; part-a.xml brings those of the sekretariat. */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "rancang-identity.h"
#include "rancang-table-editor.h"
#include "window-harness.h"

#define PAGU_ROW "5.03.01.2.01.07"

/* ------------------------------------------------------------------ helpers */

static void
append_labels (GtkWidget *widget,
               GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\t", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    append_labels (c, out);
}

/* Every label under WIDGET, tab-separated: what the user reads there. */
static char *
text_of (GtkWidget *widget)
{
  GString *out = g_string_new (NULL);

  append_labels (widget, out);
  return g_string_free (out, FALSE);
}

/* The first row of LIST whose text holds every one of the NULL-terminated
 * strings, and its index. */
static GtkListBoxRow *
find_line (GtkListBox *list,
           int        *index,
           ...)
{
  va_list args;
  int i = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row; row = gtk_widget_get_next_sibling (row), i++)
    {
      g_autofree char *text = NULL;
      gboolean all = TRUE;

      if (!GTK_IS_LIST_BOX_ROW (row))
        continue;
      text = text_of (row);
      va_start (args, index);
      for (const char *s = va_arg (args, const char *); s != NULL; s = va_arg (args, const char *))
        all = all && strstr (text, s) != NULL;
      va_end (args);
      if (all)
        {
          if (index != NULL)
            *index = i;
          return GTK_LIST_BOX_ROW (row);
        }
    }
  return NULL;
}

static GtkListBoxRow *find_line (GtkListBox *list, int *index, ...);

static gboolean
pagu_finding_gone (gpointer data)
{
  return find_line (data, NULL, "11.051.497.647", NULL) == NULL && find_line (data, NULL, "15.322.392.322", NULL) != NULL;
}

static gboolean
has_report (gpointer data)
{
  return rancang_findings_panel_get_report (data) != NULL;
}

static gboolean
has_lines (gpointer data)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (data)); row; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      return TRUE;
  return FALSE;
}

static gboolean
compare_shown (gpointer data)
{
  return g_strcmp0 (rancang_window_get_panel_shown (data), "compare") == 0;
}

static gboolean
has_import_dialog (gpointer data)
{
  return rancang_window_get_import_dialog (data) != NULL;
}

static RancangNode *
row_of (RancangWindow *window,
        const char    *table,
        const char    *kode)
{
  return harness_row_of (harness_node_by_id (window, table), kode);
}

static guint
count_rows (RancangWindow *window,
            const char    *table,
            const char    *office)
{
  RancangNode *t = harness_node_by_id (window, table);
  guint n = 0;

  for (RancangNode *r = rancang_node_get_first_child (t); r; r = rancang_node_get_next (r))
    if (!rancang_node_is_text (r) && rancang_node_is (r, "row")
        && (office == NULL || g_strcmp0 (rancang_node_get_attr (r, "office"), office) == 0))
      n++;
  return n;
}

/* FROM's text with the pagu of PAGU_ROW (5916000) set to VALUE, saved in
 * the scratch folder as NAME. */
static char *
with_pagu (const char *from,
           const char *value,
           const char *name)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char *row, *cell;
  const char *old = "<c k=\"pagu\">5916000</c>";
  GString *out;
  char *path = g_build_filename (harness_work_dir (), name, NULL);

  g_assert_true (g_file_get_contents (from, &text, NULL, &error));
  row = strstr (text, "kode=\"" PAGU_ROW "\"");
  g_assert_nonnull (row);
  cell = strstr (row, old);
  g_assert_nonnull (cell);
  out = g_string_new_len (text, cell - text);
  g_string_append_printf (out, "<c k=\"pagu\">%s</c>%s", value, cell + strlen (old));
  g_assert_true (g_file_set_contents (path, out->str, out->len, &error));
  g_string_free (out, TRUE);
  return path;
}

static gboolean
is_compare_again (GtkWidget *widget,
                  gpointer   data)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), _("Compare _Again")) == 0;
}

static gboolean
no_lines (gpointer data)
{
  for (GtkWidget *r = gtk_widget_get_first_child (data); r; r = gtk_widget_get_next_sibling (r))
    if (gtk_widget_has_css_class (r, "report-line"))
      return FALSE;
  return TRUE;
}

static gboolean
is_import_button (GtkWidget *widget,
                  gpointer   data)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), _("_Import")) == 0;
}

static gboolean
has_name (GtkWidget *widget,
          gpointer   data)
{
  return g_strcmp0 (gtk_widget_get_name (widget), data) == 0;
}

static void
activate_line (GtkListBox    *list,
               GtkListBoxRow *row)
{
  g_signal_emit_by_name (list, "row-activated", row);
  harness_drain ();
}

/* ------------------------------------------------------------------ findings */

static void
test_findings_panel (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "findings.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangFindingsPanel *panel = rancang_window_get_findings_panel (window);
  GtkListBox *list = rancang_findings_panel_get_list (panel);
  RancangTableEditor *editor = RANCANG_TABLE_EDITOR (rancang_window_get_child (window, "table"));
  GtkWidget *button = gtk_widget_get_ancestor (rancang_window_get_child (window, "findings"), GTK_TYPE_BUTTON);
  GtkListBoxRow *pagu, *notes, *kendaraan, *bb;
  int pagu_at = -1, notes_at = -1, kendaraan_at = -1, bb_at = -1, i = 0;
  guint n_errors = 0;
  g_autoptr(GPtrArray) selected = NULL;
  g_autofree char *count = NULL;

  harness_wait_for (has_report, panel, "has report");
  /* the findings button opens the panel */
  g_assert_null (rancang_window_get_panel_shown (window));
  g_signal_emit_by_name (button, "clicked");
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (rancang_window_get_panel_shown (window), ==, "findings");

  /* Tabel 2.5's program: stated and computed, in Indonesian form */
  /* the lines are made once the panel is seen */
  harness_wait_for (has_lines, list, "has lines");
  pagu = find_line (list, &pagu_at, "11.051.497.647", "11.051.830.647", NULL);
  g_assert_nonnull (pagu);
  /* under the heading of its table, numbered as printed */
  {
    GtkListBoxRow *heading = NULL;
    g_autofree char *title = NULL;
    g_autofree char *expected = NULL;

    for (GtkWidget *r = gtk_widget_get_prev_sibling (GTK_WIDGET (pagu)); r && heading == NULL; r = gtk_widget_get_prev_sibling (r))
      if (gtk_widget_has_css_class (r, "report-group"))
        heading = GTK_LIST_BOX_ROW (r);
    g_assert_nonnull (heading);
    title = text_of (GTK_WIDGET (heading));
    g_assert_true (g_str_has_prefix (title, "Tabel 2."));
    g_assert_nonnull (strstr (title, rancang_node_get_child_content (harness_node_by_id (window, "t2-5"), "caption")));
  }

  /* text in number columns: notes, after every inconsistency */
  notes = find_line (list, &notes_at, _("Notes"), NULL);
  kendaraan = find_line (list, &kendaraan_at, "12 unit kendaraan roda dua", NULL);
  bb = find_line (list, &bb_at, "“BB”", NULL);
  g_assert_nonnull (notes);
  g_assert_nonnull (kendaraan);
  g_assert_nonnull (bb);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (kendaraan), "note"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (bb), "note"));
  g_assert_cmpint (pagu_at, <, notes_at);
  g_assert_cmpint (notes_at, <, kendaraan_at);
  g_assert_cmpint (notes_at, <, bb_at);
  for (GtkWidget *r = gtk_widget_get_first_child (GTK_WIDGET (list)); r; r = gtk_widget_get_next_sibling (r), i++)
    if (gtk_widget_has_css_class (r, "report-line") && !gtk_widget_has_css_class (r, "note"))
      {
        g_assert_cmpint (i, <, notes_at);
        n_errors++;
      }
  /* the button counts the inconsistencies, not the notes */
  count = g_strdup_printf ("%u ", n_errors);
  g_assert_true (g_str_has_prefix (gtk_label_get_label (GTK_LABEL (rancang_window_get_child (window, "findings"))), count));

  /* a click opens Tabel 2.5 at the program's row */
  activate_line (list, pagu);
  g_assert_true (rancang_table_editor_get_table (editor) == harness_node_by_id (window, "t2-5"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (rancang_window_get_child (window, "editor-stack"))), ==, "table");
  selected = rancang_table_editor_get_selected_rows (editor);
  g_assert_nonnull (selected);
  g_assert_cmpuint (selected->len, ==, 1);
  {
    RancangNode *first = NULL;
    for (RancangNode *r = rancang_node_get_first_child (harness_node_by_id (window, "t2-5")); r && !first; r = rancang_node_get_next (r))
      if (!rancang_node_is_text (r) && rancang_node_is (r, "row"))
        first = r;
    g_assert_true (g_ptr_array_index (selected, 0) == first);

    /* the list follows edits: the program's pagu typed as the sum of its
     * sub-kegiatan, its finding goes (and the table's total stays) */
    for (RancangNode *c = rancang_node_get_first_child (first); c; c = rancang_node_get_next (c))
      if (!rancang_node_is_text (c) && g_strcmp0 (rancang_node_get_attr (c, "k"), "pagu_hasil") == 0)
        {
          RancangHistory *history = rancang_window_get_history (window);
          rancang_history_begin (history, "Typing", NULL);
          rancang_history_set_content (history, c, "11051830647");
          rancang_history_end (history);
        }
    harness_wait_for (pagu_finding_gone, list, "pagu finding gone");
    g_assert_nonnull (find_line (list, NULL, "15.322.392.322", "15.322.725.322", NULL));
  }

  harness_stop_app (app);
}

/* ------------------------------------------------------------------ compare */

static void
test_compare (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "compare.xml");
  g_autofree char *older = with_pagu (path, "6000000", "compare-older.xml");
  g_autoptr(GFile) file = g_file_new_for_path (older);
  RancangWindow *window = harness_open_window (app, path);
  RancangComparePanel *panel = rancang_window_get_compare_panel (window);
  GtkListBox *list = rancang_compare_panel_get_list (panel);
  RancangTableEditor *editor = RANCANG_TABLE_EDITOR (rancang_window_get_child (window, "table"));
  g_autoptr(GPtrArray) selected = NULL;
  GtkListBoxRow *line;
  guint n_lines = 0;

  rancang_window_compare_with (window, file);
  harness_wait_for (compare_shown, window, "compare shown");

  /* one change: from the other file's 6.000.000 to this document's 5.916.000 */
  for (GtkWidget *r = gtk_widget_get_first_child (GTK_WIDGET (list)); r; r = gtk_widget_get_next_sibling (r))
    if (gtk_widget_has_css_class (r, "report-line"))
      n_lines++;
  g_assert_cmpuint (n_lines, ==, 1);
  line = find_line (list, NULL, PAGU_ROW, "6.000.000", "5.916.000", "-84.000", NULL);
  g_assert_nonnull (line);
  {
    g_autofree char *title = text_of (GTK_WIDGET (panel));
    g_assert_nonnull (strstr (title, "compare-older.xml"));
  }

  activate_line (list, line);
  g_assert_true (rancang_table_editor_get_table (editor) == harness_node_by_id (window, "t3-3"));
  selected = rancang_table_editor_get_selected_rows (editor);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == row_of (window, "t3-3", PAGU_ROW));

  /* the pagu typed as in the other file: compared again, nothing differs */
  {
    RancangHistory *history = rancang_window_get_history (window);
    RancangNode *row = row_of (window, "t3-3", PAGU_ROW);
    GtkWidget *again = harness_find_widget (GTK_WIDGET (panel), GTK_TYPE_BUTTON, is_compare_again, NULL);

    for (RancangNode *c = rancang_node_get_first_child (row); c; c = rancang_node_get_next (c))
      if (!rancang_node_is_text (c) && g_strcmp0 (rancang_node_get_attr (c, "k"), "pagu") == 0)
        {
          rancang_history_begin (history, "Typing", NULL);
          rancang_history_set_content (history, c, "6000000");
          rancang_history_end (history);
        }
    g_assert_nonnull (again);
    g_signal_emit_by_name (again, "clicked");
    harness_wait_for (no_lines, list, "no lines");
    /* and the empty list says why it is empty */
    {
      g_autofree char *said = text_of (GTK_WIDGET (list));
      g_assert_nonnull (strstr (said, _("No changes: the two documents say the same.")));
    }
  }

  harness_stop_app (app);
}

/* ------------------------------------------------------------------ import */

static void
click_import (RancangImportDialog *dialog)
{
  GtkWidget *button = harness_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, is_import_button, NULL);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  harness_drain ();
}

static void
test_import (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *base = g_build_filename (harness_work_dir (), "base.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GFile) part = g_file_new_for_path (SHARE_DATA_DIR "/part-a.xml");
  RancangWindow *window;
  RancangImportDialog *dialog;

  g_assert_true (g_file_get_contents (SHARE_DATA_DIR "/base.xml", &text, NULL, NULL));
  g_assert_true (g_file_set_contents (base, text, -1, NULL));
  window = harness_open_window (app, base);
  g_assert_cmpuint (count_rows (window, "t3-3", NULL), ==, 10);

  rancang_window_import_from (window, part);
  harness_wait_for (has_import_dialog, window, "has import dialog");
  dialog = rancang_window_get_import_dialog (window);
  g_assert_cmpuint (rancang_import_dialog_get_n_conflicts (dialog), ==, 0);
  click_import (dialog);
  g_assert_null (rancang_window_get_import_dialog (window));

  /* the sekretariat's rows of programs 5.03.01 and 5.03.02 are in, each
   * saying where it comes from */
  g_assert_nonnull (row_of (window, "t3-3", PAGU_ROW));
  g_assert_cmpuint (count_rows (window, "t3-3", "BKPSDM-SEKRETARIAT"), ==, 30);
  g_assert_cmpuint (count_rows (window, "t3-3", NULL), ==, 40);
  g_assert_true (harness_title_is_dirty (window));

  /* one undo takes all of it back */
  harness_activate (window, "win.undo");
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_cmpuint (count_rows (window, "t3-3", NULL), ==, 10);
  g_assert_null (row_of (window, "t3-3", PAGU_ROW));
  g_assert_cmpuint (count_rows (window, "t3-3", "BKPSDM-SEKRETARIAT"), ==, 0);

  harness_stop_app (app);
}

static void
test_import_conflict (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "conflict.xml");
  g_autofree char *other = with_pagu (SHARE_DATA_DIR "/part-a.xml", "6000000", "part-a-changed.xml");
  g_autoptr(GFile) part = g_file_new_for_path (other);
  RancangWindow *window = harness_open_window (app, path);
  RancangImportDialog *dialog;
  GtkWidget *import, *take;
  g_autofree char *shown = NULL;
  g_autofree char *value = NULL;
  guint rows = count_rows (window, "t3-3", NULL);

  rancang_window_import_from (window, part);
  harness_wait_for (has_import_dialog, window, "has import dialog");
  dialog = rancang_window_get_import_dialog (window);

  /* the conflict, with both values and both offices; no import before it
   * is decided */
  g_assert_cmpuint (rancang_import_dialog_get_n_conflicts (dialog), ==, 1);
  g_assert_cmpuint (rancang_import_dialog_get_n_undecided (dialog), ==, 1);
  shown = text_of (GTK_WIDGET (dialog));
  g_assert_nonnull (strstr (shown, PAGU_ROW));
  g_assert_nonnull (strstr (shown, "5.916.000 (BKPSDM)"));
  g_assert_nonnull (strstr (shown, "6.000.000 (BKPSDM-SEKRETARIAT)"));
  import = harness_find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, is_import_button, NULL);
  g_assert_false (gtk_widget_get_sensitive (import));

  /* take the sekretariat's value */
  take = harness_find_widget (GTK_WIDGET (dialog), GTK_TYPE_TOGGLE_BUTTON, has_name, (gpointer) "take-0");
  g_assert_nonnull (take);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (take), TRUE);
  g_assert_cmpuint (rancang_import_dialog_get_n_undecided (dialog), ==, 0);
  click_import (dialog);
  g_assert_null (rancang_window_get_import_dialog (window));

  value = harness_cell_of (row_of (window, "t3-3", PAGU_ROW), "pagu");
  g_assert_cmpstr (value, ==, "6000000");
  g_assert_cmpuint (count_rows (window, "t3-3", NULL), ==, rows);
  harness_activate (window, "win.undo");
  harness_frames (GTK_WIDGET (window), 2);
  g_clear_pointer (&value, g_free);
  value = harness_cell_of (row_of (window, "t3-3", PAGU_ROW), "pagu");
  g_assert_cmpstr (value, ==, "5916000");

  harness_stop_app (app);
}

/* ------------------------------------------------------------------ identity */

static guint64
revision_of (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (path, &error);

  g_assert_no_error (error);
  return rancang_document_get_revision (doc);
}

static void
test_save_revision (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "revision.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RancangWindow *window = harness_open_window (app, path);
  guint64 before = revision_of (path);
  g_autofree char *text = NULL;

  rancang_window_save_to (window, file);
  harness_wait_for (harness_not_busy, window, "not busy");
  g_assert_cmpuint (revision_of (path), ==, before + 1);
  /* the save time and the office are recorded */
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<option name=\"saved\" value=\"20"));
  g_assert_nonnull (strstr (text, "<opd acronym=\"BKPSDM\""));

  /* and the next save counts on */
  rancang_window_save_to (window, file);
  harness_wait_for (harness_not_busy, window, "not busy");
  g_assert_cmpuint (revision_of (path), ==, before + 2);

  harness_stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  if (!harness_init (&argc, &argv))
    return 77;
  g_test_add_func ("/window-share/findings-panel", test_findings_panel);
  g_test_add_func ("/window-share/compare", test_compare);
  g_test_add_func ("/window-share/import", test_import);
  g_test_add_func ("/window-share/import-conflict", test_import_conflict);
  g_test_add_func ("/window-share/save-revision", test_save_revision);
  return harness_run ();
}
