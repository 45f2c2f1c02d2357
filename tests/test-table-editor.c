/* test-table-editor.c: the table editor of the window (issue #6), under
 * Xvfb (meson test --suite gui). */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "rancang-outline.h"
#include "rancang-table-cell.h"
#include "rancang-table-editor.h"
#include "rancang-table-header.h"
#include "rancang-template.h"
#include "rancang-metadata-editor.h"
#include "rancang-narrative-editor.h"
#include "rancang-outline.h"
#include "rancang-preview.h"
#include "rancang-recovery.h"
#include "rancang-swot-editor.h"
#include "rancang-table-editor.h"
#include "rancang-window.h"
#include "window-harness.h"
#include "fixture.h"

/* Issue #6: the table editor. Tabel 2.1 (evaluasi-renja), kode 17.22 of
 * renja-fixtures-bontang B-2.1: k7 588 -> 600 (its target, c6) makes k8
 * 100,00 and k10 5 + 7 + 9 = 2325 + 600 + 467 = 3.392; undo brings 588 and
 * 98,00 back. Tabel 2.5 shows the checker's finding on the program's pagu
 * (B-2.5 program I: stated 11051497647, computed 11051830647). The numbers
 * are read from tests/fixtures; those that are not there are constructed
 * and say so. */
static GtkWidget *
find_cell_widget (GtkWidget *widget,
                  guint      row,
                  guint      column)
{
  if (RANCANG_IS_TABLE_CELL (widget)
      && rancang_table_cell_get_list_item (RANCANG_TABLE_CELL (widget)) != NULL
      && gtk_widget_get_mapped (widget)
      && rancang_table_cell_get_row (RANCANG_TABLE_CELL (widget)) == row
      && rancang_table_cell_get_column (RANCANG_TABLE_CELL (widget)) == column)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_cell_widget (c, row, column);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_edit_button (GtkWidget   *widget,
                  RancangNode *table)
{
  if (GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "rancang-node") == table)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_edit_button (c, table);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
entry_has_focus (gpointer data)
{
  GtkWidget *cell = data;
  GtkWidget *entry = rancang_table_cell_get_entry (RANCANG_TABLE_CELL (cell));
  GtkRoot *root = gtk_widget_get_root (cell);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return entry != NULL && focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry));
}

/* What Tab to a typed cell does: it becomes an entry with the focus. */
static GtkWidget *
edit_cell (GtkWidget *cell)
{
  gtk_widget_grab_focus (cell);
  harness_wait_for (entry_has_focus, cell, "entry has focus");
  return rancang_table_cell_get_entry (RANCANG_TABLE_CELL (cell));
}

/* The row of renja-fixtures-bontang B-2.1 with KODE. */
static const FixtureNode *
b21_row (const FixtureNode *b21,
         const char        *kode)
{
  const FixtureNode *row = fx_find_item (fx_get (b21, "rows"), "c1_kode", kode);

  if (row == NULL)
    g_error ("%s: no row %s", fx_where (b21), kode);
  return row;
}

/* The number at PATH of fixture NODE as the Indonesian form shows it. */
static char *
fixture_shown (const FixtureNode *node,
               const char        *path)
{
  return indonesian_number (fx_str (node, path));
}

static void
test_table_editor (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "table.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangOutline *outline = RANCANG_OUTLINE (rancang_window_get_child (window, "outline"));
  RancangTableEditor *editor = RANCANG_TABLE_EDITOR (rancang_window_get_child (window, "table"));
  GtkStack *stack = GTK_STACK (rancang_window_get_child (window, "editor-stack"));
  RancangNode *t21 = harness_node_by_id (window, "t2-1");
  RancangNode *t25 = harness_node_by_id (window, "t2-5");
  g_autoptr(GError) error = NULL;
  RancangNode *k7_node = NULL;
  int row;
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *r1722 = b21_row (fixture_document (fx, "B-2.1"), "17.22");
  const FixtureNode *program_i = fx_get (fixture_document (fx, "B-2.5"), "discrepancy/program_I");
  g_autofree char *k7_was = fixture_shown (r1722, "c7_realisasi_2021/nilai");
  g_autofree char *k8_was = fixture_shown (r1722, "c8_tingkat_realisasi_pct/computed");
  g_autofree char *k10_was = fixture_shown (r1722, "c10_realisasi_capaian_sd_2022/computed");
  /* the realisasi typed is the year's target: 100 percent of it */
  const char *k7_typed = fx_str (r1722, "c6_target_2021/nilai");
  g_autofree char *k7_typed_shown = indonesian_number (k7_typed);
  g_autofree char *k10_typed_plain = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                      fx_int (r1722, "c5_realisasi_sd_2020/nilai")
                                                      + fx_int (r1722, "c6_target_2021/nilai")
                                                      + fx_int (r1722, "c9_target_renja_2022/nilai"));
  g_autofree char *k10_typed = indonesian_number (k10_typed_plain);

  /* The card of Tabel 2.1 in its section has a button that opens it. */
  g_assert_true (rancang_outline_select_node (outline, rancang_node_get_parent (t21)));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "narrative");
  {
    GtkWidget *button = find_edit_button (rancang_window_get_child (window, "narrative"), t21);
    g_assert_nonnull (button);
    g_signal_emit_by_name (button, "clicked");
    harness_frames (GTK_WIDGET (window), 2);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "table");
    g_assert_true (rancang_table_editor_get_table (editor) == t21);
    g_assert_true (rancang_outline_get_selected_node (outline) == t21);
  }

  /* Choosing Tabel 2.1 in the outline opens its editor. */
  g_assert_true (rancang_outline_select_node (outline, rancang_node_get_parent (t21)));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_true (rancang_outline_select_node (outline, t21));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "table");
  g_assert_true (rancang_table_editor_get_table (editor) == t21);
  row = rancang_table_editor_find_row (editor, fx_str (r1722, "c1_kode"));
  g_assert_cmpint (row, >=, 0);
  harness_assert_shown (editor, (guint) row, "k7", k7_was);
  harness_assert_shown (editor, (guint) row, "k8", k8_was);
  harness_assert_shown (editor, (guint) row, "k10", k10_was);

  /* The first row's cells are on screen: a typed cell is editable, a
   * derived one is a shaded label. */
  {
    RancangTemplate *tmpl;
    GtkWidget *typed, *derived;
    int first = rancang_table_editor_find_row (editor, "05.01");
    g_autoptr(RancangTemplateSet) set = rancang_template_set_new_builtin (NULL);

    tmpl = rancang_template_set_lookup (set, "evaluasi-renja");
    typed = find_cell_widget (GTK_WIDGET (editor), (guint) first, (guint) rancang_template_lookup_column (tmpl, "k6"));
    derived = find_cell_widget (GTK_WIDGET (editor), (guint) first, (guint) rancang_template_lookup_column (tmpl, "k8"));
    g_assert_nonnull (typed);
    g_assert_nonnull (derived);
    /* a typed cell takes the focus and becomes an entry; a derived one does not */
    g_assert_true (gtk_widget_get_focusable (typed));
    g_assert_false (gtk_widget_get_focusable (derived));
    g_assert_true (gtk_widget_has_css_class (derived, "derived"));
    g_assert_false (gtk_widget_has_css_class (typed, "derived"));

    /* A bad number typed into the widget is refused, with the reason. */
    {
      GtkWidget *entry;
      entry = edit_cell (typed);
      gtk_editable_set_text (GTK_EDITABLE (entry), "1.2.3,4,5");
      g_signal_emit_by_name (entry, "activate");
      harness_frames (GTK_WIDGET (window), 2);
      g_assert_true (gtk_widget_has_css_class (typed, "refused"));
      g_assert_nonnull (rancang_table_cell_get_tip (RANCANG_TABLE_CELL (typed)));   /* its tooltip */
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "8");
      g_assert_false (rancang_history_can_undo (rancang_window_get_history (window)));
    }
  }

  /* The same path as Enter in a cell: 600 is stored, k8 and k10 follow. */
  g_assert_true (rancang_table_editor_commit (editor, (guint) row, "k7", k7_typed, &error));
  g_assert_no_error (error);
  harness_frames (GTK_WIDGET (window), 2);
  for (RancangNode *r = rancang_node_get_first_child (t21); r != NULL; r = rancang_node_get_next (r))
    if (rancang_node_is (r, "row") && g_strcmp0 (rancang_node_get_attr (r, "kode"), fx_str (r1722, "c1_kode")) == 0)
      for (RancangNode *c = rancang_node_get_first_child (r); c != NULL; c = rancang_node_get_next (c))
        if (rancang_node_is (c, "c") && g_strcmp0 (rancang_node_get_attr (c, "k"), "k7") == 0)
          k7_node = c;
  g_assert_nonnull (k7_node);
  {
    g_autofree char *stored = rancang_node_dup_content (k7_node);
    g_assert_cmpstr (stored, ==, k7_typed);
  }
  harness_assert_shown (editor, (guint) row, "k7", k7_typed_shown);
  harness_assert_shown (editor, (guint) row, "k8", "100,00");
  harness_assert_shown (editor, (guint) row, "k10", k10_typed);
  g_assert_true (harness_title_is_dirty (window));

  /* A computed cell and a bad number are refused; nothing changes (50 and
   * "enam ratus" are constructed). */
  g_assert_false (rancang_table_editor_commit (editor, (guint) row, "k8", "50", &error));
  g_clear_error (&error);
  g_assert_false (rancang_table_editor_commit (editor, (guint) row, "k7", "enam ratus", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  harness_assert_shown (editor, (guint) row, "k7", k7_typed_shown);

  /* The US form is read when it is unambiguous: 1,234.5 is 1234.5
   * (constructed). */
  g_assert_true (rancang_table_editor_commit (editor, (guint) row, "k7", "1,234.5", &error));
  g_assert_no_error (error);
  harness_assert_shown (editor, (guint) row, "k7", "1.234,5");
  harness_activate (window, "win.undo");

  /* Undo: 588 again, in the tree and on screen. */
  harness_activate (window, "win.undo");
  {
    g_autofree char *stored = rancang_node_dup_content (k7_node);
    g_assert_cmpstr (stored, ==, fx_str (r1722, "c7_realisasi_2021/nilai"));
  }
  harness_assert_shown (editor, (guint) row, "k7", k7_was);
  harness_assert_shown (editor, (guint) row, "k8", k8_was);
  harness_assert_shown (editor, (guint) row, "k10", k10_was);
  g_assert_false (harness_title_is_dirty (window));
  harness_activate (window, "win.redo");
  harness_assert_shown (editor, (guint) row, "k8", "100,00");
  harness_activate (window, "win.undo");

  /* Tabel 2.5: the program's pagu disagrees with its children. */
  g_assert_true (rancang_outline_select_node (outline, t25));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_true (rancang_table_editor_get_table (editor) == t25);
  {
    const char *finding = rancang_table_editor_get_finding (editor, 0, "pagu_hasil");
    g_assert_nonnull (finding);
    g_assert_nonnull (strstr (finding, fx_str (program_i, "hak_printed")));
    g_assert_nonnull (strstr (finding, fx_str (program_i, "hak_computed")));
  }
  harness_stop_app (app);
}

/* ------------------------------------------------------------ row work */

static gboolean
has_action_name (GtkWidget *widget,
                 gpointer   name)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), name) == 0;
}

/* What the toolbar shows of an action of the editor: its button's state. */
static gboolean
action_enabled (RancangTableEditor *editor,
                const char         *name)
{
  GtkWidget *button = harness_find_widget (GTK_WIDGET (editor), GTK_TYPE_BUTTON, has_action_name, (gpointer) name);

  g_assert_nonnull (button);
  harness_drain ();
  return gtk_widget_get_sensitive (button);
}

/* Runs an action of the editor's group "table", as its button, its menu
 * item or its shortcut does; it must be enabled. */
static void
run_action (RancangTableEditor *editor,
            const char         *name)
{
  g_autofree char *full = g_strconcat ("table.", name, NULL);

  g_assert_true (action_enabled (editor, full));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), full, NULL));
  harness_drain ();
}

static RancangNode *
row_node (RancangNode *table,
          guint        index)
{
  guint i = 0;

  for (RancangNode *r = rancang_node_get_first_child (table); r != NULL; r = rancang_node_get_next (r))
    if (rancang_node_is (r, "row") && i++ == index)
      return r;
  return NULL;
}

typedef struct
{
  GtkWidget *editor;
  guint      row;
} InRow;

/* For harness_wait_for: the focus is in a cell of ROW, which the editor
 * focuses once it has laid the row out. */
static gboolean
focus_in_row (gpointer data)
{
  InRow *in_row = data;
  GtkRoot *root = gtk_widget_get_root (in_row->editor);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (RANCANG_IS_TABLE_CELL (w) && rancang_table_cell_get_list_item (RANCANG_TABLE_CELL (w)) != NULL)
      return rancang_table_cell_get_row (RANCANG_TABLE_CELL (w)) == in_row->row;
  return FALSE;
}

/* Selects a row the way the window does, and waits for its cell. */
static void
select_row (RancangTableEditor *editor,
            RancangNode        *table,
            int                 index,
            const char         *key)
{
  g_autoptr(GPtrArray) selected = NULL;
  InRow in_row = { GTK_WIDGET (editor), (guint) index };

  g_assert_cmpint (index, >=, 0);
  g_assert_true (rancang_table_editor_select_cell (editor, row_node (table, (guint) index), key));
  harness_wait_for (focus_in_row, &in_row, "the focus in a cell of the row selected");
  selected = rancang_table_editor_get_selected_rows (editor);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_cmpstr (rancang_node_get_attr (g_ptr_array_index (selected, 0), "kode"), ==,
                   rancang_node_get_attr (row_node (table, (guint) index), "kode"));
  g_assert_true (g_ptr_array_index (selected, 0) == row_node (table, (guint) index));
}

static RancangTableEditor *
open_table (RancangWindow *window,
            const char    *id,
            RancangNode  **table)
{
  RancangOutline *outline = RANCANG_OUTLINE (rancang_window_get_child (window, "outline"));
  RancangTableEditor *editor = RANCANG_TABLE_EDITOR (rancang_window_get_child (window, "table"));

  *table = harness_node_by_id (window, id);
  g_assert_true (rancang_outline_select_node (outline, *table));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_true (rancang_table_editor_get_table (editor) == *table);
  return editor;
}

/* Tabel 3.3 of Bontang (rencana-program; fixture B-3.3): kegiatan
 * 5.03.01.2.01 has pagu 0 + 5.916.000 from its sub kegiatan 5.03.01.2.01.01
 * (0) and 5.03.01.2.01.07 (5916000). Outdenting .07 makes it a kegiatan:
 * the first kegiatan keeps only 0. Indenting it back puts it under the
 * first kegiatan again: 0 + 5.916.000. The program 5.03.01 stays
 * 10.909.930.646 throughout. Each number is the fixture's, read from
 * tests/fixtures. */
static void
test_indent_outdent (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "indent.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangHistory *history = rancang_window_get_history (window);
  RancangNode *t33;
  RancangTableEditor *editor = open_table (window, "t3-3", &t33);
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *b33 = fixture_document (fx, "B-3.3");
  const FixtureNode *kegiatan_fx = fx_find_item (fx_get (b33, "rows"), "kode", "5.03.01.2.01");
  const FixtureNode *first_fx = fx_find_item (fx_get (kegiatan_fx, "children"), "kode", "5.03.01.2.01.01");
  const FixtureNode *sub_fx = fx_find_item (fx_get (kegiatan_fx, "children"), "kode", "5.03.01.2.01.07");
  const FixtureNode *program_fx = fx_find_item (fx_get (b33, "totals"), "kode", "5.03.01");
  int kegiatan = rancang_table_editor_find_row (editor, fx_str (kegiatan_fx, "kode"));
  int sub = rancang_table_editor_find_row (editor, fx_str (sub_fx, "kode"));
  int program = rancang_table_editor_find_row (editor, fx_str (program_fx, "kode"));
  g_autofree char *kegiatan_pagu = fixture_shown (kegiatan_fx, "pagu_2023/computed");
  g_autofree char *first_pagu = fixture_shown (first_fx, "pagu_2023");
  g_autofree char *sub_pagu = fixture_shown (sub_fx, "pagu_2023");
  g_autofree char *program_pagu = fixture_shown (program_fx, "pagu_2023");
  guint steps;

  g_assert_cmpint (kegiatan, >=, 0);
  g_assert_cmpint (sub, >, kegiatan);
  harness_assert_shown (editor, (guint) kegiatan, "pagu", kegiatan_pagu);
  harness_assert_shown (editor, (guint) program, "pagu", program_pagu);

  /* A sub kegiatan is as deep as rows go: it outdents, it does not indent. */
  select_row (editor, t33, sub, "uraian");
  g_assert_false (action_enabled (editor, "table.indent"));
  g_assert_true (action_enabled (editor, "table.outdent"));
  steps = rancang_history_get_n_steps (history);
  run_action (editor, "outdent");
  g_assert_cmpuint (rancang_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpstr (rancang_node_get_attr (row_node (t33, (guint) sub), "level"), ==, "kegiatan");
  harness_assert_shown (editor, (guint) kegiatan, "pagu", first_pagu);
  harness_assert_shown (editor, (guint) sub, "pagu", sub_pagu);
  harness_assert_shown (editor, (guint) program, "pagu", program_pagu);

  /* Still selected, now a kegiatan after a kegiatan: it indents. */
  {
    g_autoptr(GPtrArray) selected = rancang_table_editor_get_selected_rows (editor);
    g_assert_cmpuint (selected->len, ==, 1);
    g_assert_true (g_ptr_array_index (selected, 0) == row_node (t33, (guint) sub));
  }
  run_action (editor, "indent");
  g_assert_cmpstr (rancang_node_get_attr (row_node (t33, (guint) sub), "level"), ==, "subkegiatan");
  harness_assert_shown (editor, (guint) kegiatan, "pagu", kegiatan_pagu);
  harness_assert_shown (editor, (guint) program, "pagu", program_pagu);

  /* Each was one step. */
  harness_activate (window, "win.undo");
  g_assert_cmpstr (rancang_node_get_attr (row_node (t33, (guint) sub), "level"), ==, "kegiatan");
  harness_assert_shown (editor, (guint) kegiatan, "pagu", first_pagu);
  harness_activate (window, "win.undo");
  g_assert_cmpstr (rancang_node_get_attr (row_node (t33, (guint) sub), "level"), ==, "subkegiatan");
  harness_assert_shown (editor, (guint) kegiatan, "pagu", kegiatan_pagu);
  g_assert_false (harness_title_is_dirty (window));

  /* A kegiatan with sub kegiatan under it cannot go deeper: they could not. */
  select_row (editor, t33, kegiatan, "uraian");
  g_assert_false (action_enabled (editor, "table.indent"));
  harness_stop_app (app);
}

/* Tabel 2.1: a row added after 05.01 at its level, typed in, deleted; an
 * indicator added to 05.01; each one step that undo and redo replay. */
static void
test_add_delete_rows (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "rows.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangNode *t21;
  RancangTableEditor *editor = open_table (window, "t2-1", &t21);
  guint n = harness_count_rows (t21);
  int row = rancang_table_editor_find_row (editor, "05.01");
  RancangNode *added;
  g_autoptr(GError) error = NULL;

  select_row (editor, t21, row, "uraian");
  run_action (editor, "add-row");
  g_assert_cmpuint (harness_count_rows (t21), ==, n + 1);
  added = row_node (t21, (guint) row + 1);
  g_assert_cmpstr (rancang_node_get_attr (added, "level"), ==, "kegiatan");
  g_assert_null (rancang_node_get_attr (added, "kode"));
  g_assert_cmpint (rancang_table_editor_find_row (editor, "05.21"), ==, row + 2);
  {
    /* the new row is selected, its uraian ready for typing */
    g_autoptr(GPtrArray) selected = rancang_table_editor_get_selected_rows (editor);
    g_assert_cmpuint (selected->len, ==, 1);
    g_assert_true (g_ptr_array_index (selected, 0) == added);
  }
  /* the new row's words and numbers are constructed: 9 of 12 is 75,00 */
  g_assert_true (rancang_table_editor_commit (editor, (guint) row + 1, "uraian", "Diklat teknis fungsional", &error));
  g_assert_no_error (error);
  g_assert_true (rancang_table_editor_commit (editor, (guint) row + 1, "k6", "12", &error));
  g_assert_true (rancang_table_editor_commit (editor, (guint) row + 1, "k7", "9", &error));
  harness_assert_shown (editor, (guint) row + 1, "k8", "75,00");

  harness_activate (window, "win.undo");
  harness_activate (window, "win.undo");
  harness_activate (window, "win.undo");
  harness_activate (window, "win.undo");
  g_assert_cmpuint (harness_count_rows (t21), ==, n);
  g_assert_cmpint (rancang_table_editor_find_row (editor, "05.21"), ==, row + 1);
  g_assert_false (harness_title_is_dirty (window));
  harness_activate (window, "win.redo");
  g_assert_cmpuint (harness_count_rows (t21), ==, n + 1);
  g_assert_true (row_node (t21, (guint) row + 1) == added);
  harness_activate (window, "win.redo");
  harness_assert_shown (editor, (guint) row + 1, "uraian", "Diklat teknis fungsional");

  /* Deleted: gone from the tree and the view; undo brings it back typed. */
  select_row (editor, t21, row + 1, "uraian");
  run_action (editor, "delete-rows");
  g_assert_cmpuint (harness_count_rows (t21), ==, n);
  g_assert_cmpint (rancang_table_editor_find_row (editor, "05.21"), ==, row + 1);
  harness_activate (window, "win.undo");
  g_assert_cmpuint (harness_count_rows (t21), ==, n + 1);
  harness_assert_shown (editor, (guint) row + 1, "uraian", "Diklat teknis fungsional");
  harness_activate (window, "win.redo");
  g_assert_cmpuint (harness_count_rows (t21), ==, n);

  /* Deleting a program takes the kegiatan under it along. */
  {
    int program = rancang_table_editor_find_row (editor, "05");
    select_row (editor, t21, program, "uraian");
    run_action (editor, "delete-rows");
    g_assert_cmpuint (harness_count_rows (t21), ==, n - 3);
    g_assert_cmpint (rancang_table_editor_find_row (editor, "05.01"), ==, -1);
    harness_activate (window, "win.undo");
    g_assert_cmpuint (harness_count_rows (t21), ==, n);
  }

  /* One more indicator of 05.01: a row without level right after it. */
  row = rancang_table_editor_find_row (editor, "05.01");
  select_row (editor, t21, row, "kode");
  run_action (editor, "add-indicator");
  g_assert_cmpuint (harness_count_rows (t21), ==, n + 1);
  added = row_node (t21, (guint) row + 1);
  g_assert_null (rancang_node_get_attr (added, "level"));
  g_assert_cmpint (rancang_table_editor_find_row (editor, "05.21"), ==, row + 2);
  /* an indicator row is not indented: it belongs to 05.01 */
  g_assert_false (action_enabled (editor, "table.indent"));
  harness_activate (window, "win.undo");
  g_assert_cmpuint (harness_count_rows (t21), ==, n);
  harness_stop_app (app);
}

/* Tabel 2.1: 16.09 moved up above 16.01 and back down; a program moves
 * with its kegiatan. */
static void
test_move_rows (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "move.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangNode *t21;
  RancangTableEditor *editor = open_table (window, "t2-1", &t21);
  int first = rancang_table_editor_find_row (editor, "16.01");
  int second = rancang_table_editor_find_row (editor, "16.09");

  g_assert_cmpint (second, ==, first + 1);
  select_row (editor, t21, second, "uraian");
  run_action (editor, "move-up");
  g_assert_cmpint (rancang_table_editor_find_row (editor, "16.09"), ==, first);
  g_assert_cmpint (rancang_table_editor_find_row (editor, "16.01"), ==, first + 1);
  /* the first kegiatan of program 16 goes up to the end of program 05 */
  g_assert_true (action_enabled (editor, "table.move-up"));
  run_action (editor, "move-up");
  g_assert_cmpint (rancang_table_editor_find_row (editor, "16.09"), ==, rancang_table_editor_find_row (editor, "16") - 1);
  g_assert_cmpint (rancang_table_editor_find_row (editor, "16.01"), ==, rancang_table_editor_find_row (editor, "16") + 1);
  harness_activate (window, "win.undo");
  g_assert_cmpint (rancang_table_editor_find_row (editor, "16.09"), ==, first);
  select_row (editor, t21, first, "uraian");
  g_assert_true (action_enabled (editor, "table.move-down"));
  run_action (editor, "move-down");
  g_assert_cmpint (rancang_table_editor_find_row (editor, "16.09"), ==, second);
  harness_activate (window, "win.undo");
  g_assert_cmpint (rancang_table_editor_find_row (editor, "16.09"), ==, first);
  harness_activate (window, "win.undo");
  g_assert_cmpint (rancang_table_editor_find_row (editor, "16.09"), ==, second);
  g_assert_false (harness_title_is_dirty (window));

  /* Program 16 above program 05: its kegiatan come along, in order. */
  {
    int p05 = rancang_table_editor_find_row (editor, "05");
    int p16 = rancang_table_editor_find_row (editor, "16");
    guint n = harness_count_rows (t21);

    select_row (editor, t21, p16, "uraian");
    run_action (editor, "move-up");
    g_assert_cmpint (rancang_table_editor_find_row (editor, "16"), ==, p05);
    g_assert_cmpint (rancang_table_editor_find_row (editor, "16.01"), ==, p05 + 1);
    g_assert_cmpint (rancang_table_editor_find_row (editor, "16.09"), ==, p05 + 2);
    g_assert_cmpint (rancang_table_editor_find_row (editor, "05"), >, rancang_table_editor_find_row (editor, "16.09"));
    g_assert_cmpint (rancang_table_editor_find_row (editor, "05.01"), ==, rancang_table_editor_find_row (editor, "05") + 1);
    g_assert_cmpuint (harness_count_rows (t21), ==, n);
    harness_activate (window, "win.undo");
    g_assert_cmpint (rancang_table_editor_find_row (editor, "05"), ==, p05);
    g_assert_cmpint (rancang_table_editor_find_row (editor, "16"), ==, p16);
  }
  harness_stop_app (app);
}

static GtkWidget *
cell_of (RancangTableEditor *editor,
         int                 row,
         const char         *key)
{
  g_autoptr(RancangTemplateSet) set = rancang_template_set_new_builtin (NULL);
  RancangTemplate *tmpl = rancang_template_set_lookup (set, "evaluasi-renja");

  return find_cell_widget (GTK_WIDGET (editor), (guint) row, (guint) rancang_template_lookup_column (tmpl, key));
}

/* Tabel 2.1: the kode of 05.01 typed as 06.01 is marked at once (its
 * program is 05); 05.07 is fine, and kept with Enter. */
static void
test_kode_as_typed (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "kode.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangNode *t21;
  RancangTableEditor *editor = open_table (window, "t2-1", &t21);
  int row = rancang_table_editor_find_row (editor, "05.01");
  GtkWidget *cell, *entry;

  select_row (editor, t21, row, "kode");
  cell = cell_of (editor, row, "kode");
  g_assert_nonnull (cell);
  entry = edit_cell (cell);
  g_assert_false (gtk_widget_has_css_class (cell, "finding"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "06.01");
  g_assert_true (gtk_widget_has_css_class (cell, "finding"));
  g_assert_nonnull (strstr (rancang_table_cell_get_tip (RANCANG_TABLE_CELL (cell)), "05"));   /* its tooltip */
  gtk_editable_set_text (GTK_EDITABLE (entry), "05.07");
  g_assert_false (gtk_widget_has_css_class (cell, "finding"));
  g_signal_emit_by_name (entry, "activate");
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_cmpstr (rancang_node_get_attr (row_node (t21, (guint) row), "kode"), ==, "05.07");
  g_assert_cmpint (rancang_table_editor_find_row (editor, "05.07"), ==, row);

  /* Kept as a wrong kode, the checker's finding stays on the cell. */
  g_assert_true (rancang_table_editor_commit (editor, (guint) row, "kode", "06.01", NULL));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_nonnull (rancang_table_editor_get_finding (editor, (guint) row, "kode"));
  g_assert_true (gtk_widget_has_css_class (cell_of (editor, row, "kode"), "finding"));
  harness_activate (window, "win.undo");
  harness_activate (window, "win.undo");
  g_assert_cmpstr (rancang_node_get_attr (row_node (t21, (guint) row), "kode"), ==, "05.01");
  g_assert_null (rancang_table_editor_get_finding (editor, (guint) row, "kode"));
  harness_stop_app (app);
}

static GtkWidget *
focused_cell (RancangWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (RANCANG_IS_TABLE_CELL (w) && rancang_table_cell_get_list_item (RANCANG_TABLE_CELL (w)) != NULL)
      return w;
  return NULL;
}

typedef struct
{
  RancangWindow *window;
  guint          row;
  guint          column;
} Wanted;

static gboolean
focus_is_on (gpointer data)
{
  Wanted *wanted = data;
  GtkWidget *cell = focused_cell (wanted->window);

  return cell != NULL && rancang_table_cell_get_row (RANCANG_TABLE_CELL (cell)) == wanted->row
         && rancang_table_cell_get_column (RANCANG_TABLE_CELL (cell)) == wanted->column;
}

/* A place in Tabel 2.1 far below the first screen, under a collapsed
 * program: rancang_window_show_place (what a click on a finding does)
 * opens the table, expands the program, scrolls and focuses the cell. */
static void
test_jump_to_cell (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "jump.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangOutline *outline = RANCANG_OUTLINE (rancang_window_get_child (window, "outline"));
  RancangNode *t21;
  RancangTableEditor *editor = open_table (window, "t2-1", &t21);
  int program = rancang_table_editor_find_row (editor, "06");
  int row = rancang_table_editor_find_row (editor, "06.30");
  GtkColumnView *view = GTK_COLUMN_VIEW (harness_find_widget (GTK_WIDGET (editor), GTK_TYPE_COLUMN_VIEW, NULL, NULL));
  GtkTreeListModel *tree = GTK_TREE_LIST_MODEL (gtk_multi_selection_get_model (GTK_MULTI_SELECTION (gtk_column_view_get_model (view))));
  g_autoptr(RancangTemplateSet) set = rancang_template_set_new_builtin (NULL);
  Wanted wanted = { window, (guint) row,
                    (guint) rancang_template_lookup_column (rancang_template_set_lookup (set, "evaluasi-renja"), "k9") };
  guint shown;

  g_assert_cmpint (program, >, 40);
  g_assert_cmpint (row, >, program);
  /* The column titles say the years, as the printed headers do: k6 of a
   * Renja for 2023 is "Target Renja PD Tahun 2021" (seed 002, Tabel 2.1). */
  {
    GListModel *columns = gtk_column_view_get_columns (view);
    gboolean year_shown = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
      {
        g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
        const char *title = gtk_column_view_column_get_title (column);

        year_shown = year_shown || strstr (title, "Target Renja PD Tahun 2021") != NULL;
        g_assert_null (strstr (title, "n-2"));
      }
    g_assert_true (year_shown);
  }
  /* Nothing collapsed yet: the view's rows are the table's. */
  {
    g_autoptr(GtkTreeListRow) tree_row = gtk_tree_list_model_get_row (tree, (guint) program);
    shown = g_list_model_get_n_items (G_LIST_MODEL (tree));
    g_assert_cmpuint (shown, ==, harness_count_rows (t21));
    g_assert_true (gtk_tree_list_row_is_expandable (tree_row));
    gtk_tree_list_row_set_expanded (tree_row, FALSE);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), <, shown);
  }
  /* elsewhere first: the jump opens the table itself */
  g_assert_true (rancang_outline_select_node (outline, rancang_node_get_parent (t21)));
  harness_frames (GTK_WIDGET (window), 2);
  g_assert_true (rancang_window_show_place (window, row_node (t21, (guint) row), "k9"));
  harness_wait_for (focus_is_on, &wanted, "focus is on");
  tree = GTK_TREE_LIST_MODEL (gtk_multi_selection_get_model (GTK_MULTI_SELECTION (gtk_column_view_get_model (view))));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tree)), ==, shown);
  g_assert_true (gtk_widget_get_mapped (focused_cell (window)));
  harness_stop_app (app);
}

/* A table too long to make all its rows' widgets before the first frame:
 * Bontang's Tabel 3.3 with 400 more sub kegiatan like 5.03.01.2.01.07
 * (pagu 5.916.000, fixture B-3.3) under kegiatan 5.03.01.2.01. A jump to
 * the last of them right after opening reaches its cell; every row comes
 * into the view; the kegiatan's roll-up is 0 + 401 x 5.916.000. */
typedef struct
{
  GtkColumnView *view;
  guint          rows;
} AllRows;

static gboolean
all_rows_in_view (gpointer data)
{
  AllRows *all = data;

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (all->view))) == all->rows;
}

static void
test_large_table (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "large.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (path, &error);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RancangWindow *window = RANCANG_WINDOW (rancang_application_open_window (app));
  RancangTableEditor *editor = RANCANG_TABLE_EDITOR (rancang_window_get_child (window, "table"));
  GtkColumnView *view = GTK_COLUMN_VIEW (harness_find_widget (GTK_WIDGET (editor), GTK_TYPE_COLUMN_VIEW, NULL, NULL));
  g_autoptr(RancangTemplateSet) set = rancang_template_set_new_builtin (NULL);
  RancangNode *t33, *model = NULL, *last = NULL;
  AllRows all;
  Wanted wanted = { window, 0,
                    (guint) rancang_template_lookup_column (rancang_template_set_lookup (set, "rencana-program"), "pagu") };

  g_assert_no_error (error);
  t33 = rancang_document_lookup_id (doc, "t3-3");
  model = harness_row_of (t33, "5.03.01.2.01.07");
  g_assert_nonnull (model);
  last = model;
  for (guint i = 100; i < 500; i++)
    {
      RancangNode *copy = rancang_node_copy (model);
      g_autofree char *kode = g_strdup_printf ("5.03.01.2.01.%u", i);

      rancang_node_set_attr (copy, "kode", kode);
      rancang_node_insert_after (last, copy);
      last = copy;
    }
  all.view = view;
  all.rows = harness_count_rows (t33);
  rancang_window_set_document (window, g_steal_pointer (&doc), file);

  g_assert_true (rancang_window_show_place (window, last, "pagu"));
  g_assert_true (rancang_table_editor_get_table (editor) == t33);
  wanted.row = (guint) rancang_table_editor_find_row (editor, "5.03.01.2.01.499");
  harness_wait_for (focus_is_on, &wanted, "focus is on");
  harness_wait_for (all_rows_in_view, &all, "all rows in view");
  {
    /* the fixture's roll-up of the kegiatan and 400 more of .07's pagu */
    g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
    const FixtureNode *kegiatan = fx_find_item (fx_get (fixture_document (fx, "B-3.3"), "rows"), "kode", "5.03.01.2.01");
    const FixtureNode *sub = fx_find_item (fx_get (kegiatan, "children"), "kode", "5.03.01.2.01.07");
    g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT, fx_int (kegiatan, "pagu_2023/computed")
                                                                   + 400 * fx_int (sub, "pagu_2023"));
    g_autofree char *expected = indonesian_number (plain);
    g_autofree char *rollup = rancang_table_editor_dup_display (editor,
                                                                (guint) rancang_table_editor_find_row (editor, "5.03.01.2.01"),
                                                                "pagu");
    g_assert_cmpstr (rollup, ==, expected);
  }
  harness_stop_app (app);
}

/* Tabel 3.3 (fixture B-3.3): the first kegiatan of program 5.03.02 moved
 * up goes to the end of program 5.03.01 with its sub kegiatan. Its pagu X
 * leaves 5.03.02 (2.246.554.400) for 5.03.01 (10.909.930.646); bidang 5.03
 * stays 13.156.485.046 (the totals of the fixture); its kode no longer
 * extends its program's. */
static guint64
shown_rupiah (RancangTableEditor *editor,
              const char         *kode)
{
  g_autofree char *shown = rancang_table_editor_dup_display (editor, (guint) rancang_table_editor_find_row (editor, kode), "pagu");
  guint64 value = 0;

  /* "10.909.930.646": the digits, the dots only group them */
  for (const char *c = shown; *c != '\0'; c++)
    if (g_ascii_isdigit (*c))
      value = value * 10 + (guint64) (*c - '0');
  return value;
}

typedef struct
{
  RancangTableEditor *editor;
  const char         *kode;
} KodeFinding;

static gboolean
has_kode_finding (gpointer data)
{
  KodeFinding *f = data;

  return rancang_table_editor_get_finding (f->editor, (guint) rancang_table_editor_find_row (f->editor, f->kode), "kode") != NULL;
}

static void
test_move_to_another_program (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "move-across.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangNode *t33;
  RancangTableEditor *editor = open_table (window, "t3-3", &t33);
  int kegiatan = rancang_table_editor_find_row (editor, "5.03.02") + 1;
  g_autofree char *kode = NULL;
  guint64 x;
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *totals = fx_get (fixture_document (fx, "B-3.3"), "totals");
  const guint64 penunjang = (guint64) fx_int (fx_find_item (totals, "kode", "5.03.01"), "pagu_2023");
  const guint64 kepegawaian = (guint64) fx_int (fx_find_item (totals, "kode", "5.03.02"), "pagu_2023");
  const guint64 bidang = (guint64) fx_int (fx_find_item (totals, "kode", "5.03"), "pagu_2023");

  /* (past the program's own indicator rows) */
  while (g_strcmp0 (rancang_node_get_attr (row_node (t33, (guint) kegiatan), "level"), "kegiatan") != 0)
    kegiatan++;
  kode = g_strdup (rancang_node_get_attr (row_node (t33, (guint) kegiatan), "kode"));
  x = shown_rupiah (editor, kode);

  g_assert_true (g_str_has_prefix (kode, "5.03.02."));
  g_assert_cmpuint (shown_rupiah (editor, "5.03.01"), ==, penunjang);
  g_assert_cmpuint (shown_rupiah (editor, "5.03.02"), ==, kepegawaian);
  g_assert_cmpuint (x, >, 0);
  select_row (editor, t33, kegiatan, "uraian");
  run_action (editor, "move-up");
  g_assert_cmpint (rancang_table_editor_find_row (editor, kode), <, rancang_table_editor_find_row (editor, "5.03.02"));
  g_assert_cmpuint (shown_rupiah (editor, "5.03.01"), ==, penunjang + x);
  g_assert_cmpuint (shown_rupiah (editor, "5.03.02"), ==, kepegawaian - x);
  g_assert_cmpuint (shown_rupiah (editor, "5.03"), ==, bidang);
  {
    /* the findings follow after the frame */
    KodeFinding finding = { editor, kode };
    harness_wait_for (has_kode_finding, &finding, "the finding on the kode moved to another program");
  }
  g_assert_nonnull (rancang_table_editor_get_finding (editor, (guint) rancang_table_editor_find_row (editor, kode), "kode"));
  harness_activate (window, "win.undo");
  g_assert_cmpuint (shown_rupiah (editor, "5.03.01"), ==, penunjang);
  g_assert_cmpint (rancang_table_editor_find_row (editor, kode), ==, kegiatan);
  harness_stop_app (app);
}

/* Tabel 2.1, 17.22: after another edit (k9 467 -> 470), 700 typed into
 * k7 and not yet kept; undo keeps it first, then takes it back: 588
 * again, and k9 stays 470. Redo brings 700 with its k8, 700 / 600 =
 * 116,67 (k6 of 17.22 is 600). 588, 98,00 and 600 are fixture B-2.1's;
 * 470 and 700, and so 116,67, are constructed. */
static void
test_commit_before_undo (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "pending.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangNode *t21;
  RancangTableEditor *editor = open_table (window, "t2-1", &t21);
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *r1722 = b21_row (fixture_document (fx, "B-2.1"), "17.22");
  g_autofree char *k6_was = fixture_shown (r1722, "c6_target_2021/nilai");
  g_autofree char *k7_was = fixture_shown (r1722, "c7_realisasi_2021/nilai");
  g_autofree char *k8_was = fixture_shown (r1722, "c8_tingkat_realisasi_pct/computed");
  int row = rancang_table_editor_find_row (editor, fx_str (r1722, "c1_kode"));
  GtkWidget *cell, *entry;
  g_autoptr(RancangTemplateSet) set = rancang_template_set_new_builtin (NULL);
  Wanted wanted = { window, (guint) row,
                    (guint) rancang_template_lookup_column (rancang_template_set_lookup (set, "evaluasi-renja"), "k7") };

  g_assert_true (rancang_table_editor_commit (editor, (guint) row, "k9", "470", NULL));
  g_assert_true (rancang_table_editor_select_cell (editor, row_node (t21, (guint) row), "k7"));
  harness_wait_for (focus_is_on, &wanted, "focus is on");
  cell = focused_cell (window);
  entry = rancang_table_cell_get_entry (RANCANG_TABLE_CELL (cell));
  harness_assert_shown (editor, (guint) row, "k6", k6_was);
  gtk_editable_set_text (GTK_EDITABLE (entry), "700");
  g_assert_cmpuint (rancang_history_get_n_steps (rancang_window_get_history (window)), ==, 1);

  harness_activate (window, "win.undo");
  harness_assert_shown (editor, (guint) row, "k7", k7_was);
  harness_assert_shown (editor, (guint) row, "k8", k8_was);
  harness_assert_shown (editor, (guint) row, "k9", "470");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, fx_str (r1722, "c7_realisasi_2021/nilai"));
  harness_activate (window, "win.redo");
  harness_assert_shown (editor, (guint) row, "k7", "700");
  harness_assert_shown (editor, (guint) row, "k8", "116,67");
  harness_stop_app (app);
}

static GtkWidget *
find_band (GtkWidget *widget)
{
  if (RANCANG_IS_TABLE_HEADER (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_band (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_laid_out (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_height (data) > 0;
}

/* The band of grouped headers: over Tabel 3.3 (fixture B-3.3: "Rencana
 * Tahun n" over lokasi, target, pagu and sumber dana), none over the
 * strategies of Tabel 3.2, whose template has no groups. */
static void
test_grouped_headers (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", "groups.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangTableEditor *editor;
  RancangNode *table;
  GtkWidget *band;

  editor = open_table (window, "t3-3", &table);
  band = find_band (GTK_WIDGET (editor));
  g_assert_nonnull (band);
  harness_wait_for (is_laid_out, band, "is laid out");
  editor = open_table (window, "t3-2", &table);
  g_assert_false (gtk_widget_get_visible (find_band (GTK_WIDGET (editor))));
  editor = open_table (window, "t3-3", &table);
  g_assert_true (gtk_widget_get_visible (find_band (GTK_WIDGET (editor))));
  harness_stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  if (!harness_init (&argc, &argv))
    return 77;
  g_test_add_func ("/table-editor/edit-undo-findings", test_table_editor);
  g_test_add_func ("/table-editor/indent-outdent", test_indent_outdent);
  g_test_add_func ("/table-editor/add-delete-rows", test_add_delete_rows);
  g_test_add_func ("/table-editor/move-rows", test_move_rows);
  g_test_add_func ("/table-editor/move-to-another-program", test_move_to_another_program);
  g_test_add_func ("/table-editor/kode-as-typed", test_kode_as_typed);
  g_test_add_func ("/table-editor/jump-to-cell", test_jump_to_cell);
  g_test_add_func ("/table-editor/commit-before-undo", test_commit_before_undo);
  g_test_add_func ("/table-editor/large-table", test_large_table);
  g_test_add_func ("/table-editor/grouped-headers", test_grouped_headers);
  return harness_run ();
}
