/* test-window-renstra.c: "Fill from Renstra…" in the window (issue #8),
 * under Xvfb (meson test --suite gui).
 *
 * A new Renja for 2021 is filled from the Serang Renstra 2019-2023 (2021 is
 * its third year). Values come from the fixtures (domain/swot-fixtures.md
 * F6): sub kegiatan 5.03.02.2.03.01 "Peningkatan Kapasitas Kinerja ASN",
 * target 1 and rp 56870000 in 2021; kegiatan 5.03.02.2.03 target 80. */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "rancang-link.h"
#include "rancang-table-editor.h"
#include "rancang-metadata-editor.h"
#include "rancang-narrative-editor.h"
#include "rancang-outline.h"
#include "rancang-preview.h"
#include "rancang-recovery.h"
#include "rancang-swot-editor.h"
#include "rancang-table-editor.h"
#include "rancang-window.h"
#include "window-harness.h"

#define SERANG EXAMPLES_DIR "/renstra-serang-2019-2023.xml"

/* A new Renja for YEAR, from the outline, saved in the scratch folder. */
static char *
new_renja (int         year,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_new_from_template (RANCANG_KIND_RENJA, year, &error);
  char *path = g_build_filename (harness_work_dir (), name, NULL);

  g_assert_no_error (error);
  g_assert_true (rancang_document_save_file (doc, path, &error));
  g_assert_no_error (error);
  return path;
}

typedef struct
{
  RancangTableEditor *editor;
  RancangNode        *table;
} EditorShows;

static gboolean
editor_shows (gpointer data)
{
  EditorShows *shows = data;

  return rancang_table_editor_get_table (shows->editor) == shows->table;
}

static void
test_apply_and_undo (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = new_renja (2021, "renja-2021.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangTableEditor *editor = RANCANG_TABLE_EDITOR (rancang_window_get_child (window, "table"));
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) renstra = rancang_document_load_file (SERANG, &error);
  RancangNode *table, *row;
  g_autofree char *target = NULL;
  g_autofree char *pagu = NULL;
  g_autofree char *kegiatan_target = NULL;
  const char *status;
  guint added;

  g_assert_no_error (error);
  g_assert_null (harness_node_by_id (window, "rencana-program"));
  g_assert_false (harness_title_is_dirty (window));

  g_assert_true (rancang_window_fill_from_renstra_apply (window, renstra, "renstra-serang-2019-2023.xml", &error));
  g_assert_no_error (error);

  /* the rows of 2021 are there, and the filled table is in the editor */
  table = harness_node_by_id (window, "rencana-program");
  g_assert_nonnull (table);
  {
    EditorShows shows = { editor, table };
    harness_wait_for (editor_shows, &shows, "the filled table in the table editor");
  }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  row = harness_row_of (table, "5.03.02.2.03.01");
  g_assert_nonnull (row);
  target = harness_cell_of (row, "target");
  pagu = harness_cell_of (row, "pagu");
  g_assert_cmpstr (target, ==, "1");
  g_assert_cmpstr (pagu, ==, "56870000");
  kegiatan_target = harness_cell_of (harness_row_of (table, "5.03.02.2.03"), "target");
  g_assert_cmpstr (kegiatan_target, ==, "80");
  g_assert_nonnull (harness_node_by_id (window, "tujuan-sasaran"));
  g_assert_cmpstr (rancang_document_get_option (rancang_window_get_document (window), "renstra"), ==,
                   "serang-renstra-2019-2023");
  g_assert_true (harness_title_is_dirty (window));

  /* the status says how many rows came, from which file */
  added = harness_count_rows (table) + harness_count_rows (harness_node_by_id (window, "tujuan-sasaran"));
  status = gtk_label_get_label (GTK_LABEL (rancang_window_get_child (window, "status")));
  {
    g_autofree char *expected = g_strdup_printf ("%u", added);
    g_assert_nonnull (strstr (status, expected));
    g_assert_nonnull (strstr (status, "renstra-serang-2019-2023.xml"));
  }

  /* one step to undo: the Renja is as it was */
  harness_activate (window, "win.undo");
  g_assert_null (harness_node_by_id (window, "rencana-program"));
  g_assert_null (harness_node_by_id (window, "tujuan-sasaran"));
  g_assert_null (rancang_document_get_option (rancang_window_get_document (window), "renstra"));
  g_assert_false (harness_title_is_dirty (window));
  /* the editor let go of the table the undo took out: the next edit drops
   * the redo, and the table with it */
  g_assert_null (rancang_table_editor_get_table (editor));
  harness_activate (window, "win.redo");
  g_assert_nonnull (harness_row_of (harness_node_by_id (window, "rencana-program"), "5.03.02.2.03.01"));

  /* filling again keeps every row and says so */
  g_assert_true (rancang_window_fill_from_renstra_apply (window, renstra, "renstra-serang-2019-2023.xml", &error));
  g_assert_cmpuint (harness_count_rows (harness_node_by_id (window, "rencana-program")), ==, harness_count_rows (table));
  status = gtk_label_get_label (GTK_LABEL (rancang_window_get_child (window, "status")));
  g_assert_nonnull (strstr (status, "0 "));
  g_assert_nonnull (strstr (status, "5.03.01"));

  harness_stop_app (app);
}

static gboolean
filled (gpointer data)
{
  return harness_node_by_id (data, "rencana-program") != NULL;
}

static gboolean
has_message (gpointer data)
{
  return rancang_window_get_message (data) != NULL;
}

/* The Renstra read from its file, off the main thread; a Renja whose year
 * the Renstra does not plan gets a message naming the years. */
static void
test_from_file (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = new_renja (2021, "renja-file.xml");
  g_autofree char *late = new_renja (2025, "renja-2025.xml");
  g_autoptr(GFile) file = g_file_new_for_path (SERANG);
  RancangWindow *window = harness_open_window (app, path);
  RancangWindow *other;

  /* The menu offers it for a Renja, not for a Renstra. */
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "fill-from-renstra"));
  {
    RancangWindow *renstra = harness_open_window (app, SERANG);
    g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (renstra), "fill-from-renstra"));
    gtk_window_destroy (GTK_WINDOW (renstra));
  }

  rancang_window_fill_from_renstra (window, file);
  harness_wait_for (filled, window, "the Renja filled from the Renstra");
  g_assert_true (rancang_history_can_undo (rancang_window_get_history (window)));
  g_assert_false (rancang_window_is_busy (window));

  other = harness_open_window (app, late);
  rancang_window_fill_from_renstra (other, file);
  harness_wait_for (has_message, other, "the message about the Renstra of another period");
  g_assert_null (harness_node_by_id (other, "rencana-program"));
  {
    g_autofree char *details = NULL;
    g_object_get (rancang_window_get_child (other, "info-details"), "label", &details, NULL);
    g_assert_nonnull (strstr (details, "2025"));
    g_assert_nonnull (strstr (details, "2019-2023"));
  }
  g_assert_false (rancang_history_can_undo (rancang_window_get_history (other)));

  harness_stop_app (app);
}

/* Another Renja opened in the window while the Renstra is being read is
 * not filled with rows meant for the first. */
static void
test_other_document_meanwhile (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = new_renja (2021, "renja-first.xml");
  g_autoptr(GFile) file = g_file_new_for_path (SERANG);
  RancangWindow *window = harness_open_window (app, path);
  g_autoptr(GError) error = NULL;

  rancang_window_fill_from_renstra (window, file);
  rancang_window_set_document (window, rancang_document_new_from_template (RANCANG_KIND_RENJA, 2021, &error), NULL);
  g_assert_no_error (error);
  harness_wait_for (harness_not_busy, window, "the Renstra read and dropped");
  harness_drain ();
  g_assert_null (harness_node_by_id (window, "rencana-program"));
  g_assert_false (rancang_history_can_undo (rancang_window_get_history (window)));

  harness_stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  if (!harness_init (&argc, &argv))
    return 77;
  g_test_add_func ("/window-renstra/apply-and-undo", test_apply_and_undo);
  g_test_add_func ("/window-renstra/from-file", test_from_file);
  g_test_add_func ("/window-renstra/other-document-meanwhile", test_other_document_meanwhile);
  return harness_run ();
}
