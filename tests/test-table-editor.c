/* test-table-editor.c: the table editor of the window (issue #6), under
 * Xvfb (meson test --suite gui). */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "rancang-outline.h"
#include "rancang-table-editor.h"
#include "rancang-template.h"
#include "rancang-window-private.h"
#include "window-harness.h"

/* Issue #6: the table editor. Tabel 2.1 (evaluasi-renja), kode 17.22: k7
 * 588 -> 600 makes k8 100,00 and k10 5 + 7 + 9 = 2325 + 600 + 467 = 3.392;
 * undo brings 588 and 98,00 back. Tabel 2.5 shows the checker's finding on
 * the program's pagu (stated 11051497647, computed 11051830647). */
static GtkWidget *
find_cell_widget (GtkWidget *widget,
                  guint      row,
                  guint      column)
{
  if (g_object_get_data (G_OBJECT (widget), "entry") != NULL
      && gtk_widget_get_mapped (widget)
      && GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "row")) == row
      && GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "column")) == column)
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

static void
assert_shown (RancangTableEditor *editor,
              guint               row,
              const char         *key,
              const char         *expected)
{
  g_autofree char *shown = rancang_table_editor_dup_display (editor, row, key);
  g_assert_cmpstr (shown, ==, expected);
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

  /* The card of Tabel 2.1 in its section has a button that opens it. */
  g_assert_true (rancang_outline_select_node (outline, rancang_node_get_parent (t21)));
  harness_settle (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "narrative");
  {
    GtkWidget *button = find_edit_button (rancang_window_get_child (window, "narrative"), t21);
    g_assert_nonnull (button);
    g_signal_emit_by_name (button, "clicked");
    harness_settle (20);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "table");
    g_assert_true (rancang_table_editor_get_table (editor) == t21);
    g_assert_true (rancang_outline_get_selected_node (outline) == t21);
  }

  /* Choosing Tabel 2.1 in the outline opens its editor. */
  g_assert_true (rancang_outline_select_node (outline, rancang_node_get_parent (t21)));
  harness_settle (20);
  g_assert_true (rancang_outline_select_node (outline, t21));
  harness_settle (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "table");
  g_assert_true (rancang_table_editor_get_table (editor) == t21);
  row = rancang_table_editor_find_row (editor, "17.22");
  g_assert_cmpint (row, >=, 0);
  assert_shown (editor, (guint) row, "k7", "588");
  assert_shown (editor, (guint) row, "k8", "98,00");
  assert_shown (editor, (guint) row, "k10", "3.380");

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
    g_assert_true (gtk_widget_get_visible (g_object_get_data (G_OBJECT (typed), "entry")));
    g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (derived), "entry")));
    g_assert_true (gtk_widget_has_css_class (derived, "derived"));
    g_assert_false (gtk_widget_has_css_class (typed, "derived"));

    /* A bad number typed into the widget is refused, with the reason. */
    {
      GtkWidget *entry = g_object_get_data (G_OBJECT (typed), "entry");
      gtk_widget_grab_focus (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), "1.2.3,4,5");
      g_signal_emit_by_name (entry, "activate");
      harness_settle (5);
      g_assert_true (gtk_widget_has_css_class (typed, "refused"));
      g_assert_nonnull (gtk_widget_get_tooltip_text (typed));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "8");
      g_assert_false (rancang_history_can_undo (rancang_window_get_history (window)));
    }
  }

  /* The same path as Enter in a cell: 600 is stored, k8 and k10 follow. */
  g_assert_true (rancang_table_editor_commit (editor, (guint) row, "k7", "600", &error));
  g_assert_no_error (error);
  harness_settle (5);
  for (RancangNode *r = rancang_node_get_first_child (t21); r != NULL; r = rancang_node_get_next (r))
    if (rancang_node_is (r, "row") && g_strcmp0 (rancang_node_get_attr (r, "kode"), "17.22") == 0)
      for (RancangNode *c = rancang_node_get_first_child (r); c != NULL; c = rancang_node_get_next (c))
        if (rancang_node_is (c, "c") && g_strcmp0 (rancang_node_get_attr (c, "k"), "k7") == 0)
          k7_node = c;
  g_assert_nonnull (k7_node);
  {
    g_autofree char *stored = rancang_node_dup_content (k7_node);
    g_assert_cmpstr (stored, ==, "600");
  }
  assert_shown (editor, (guint) row, "k7", "600");
  assert_shown (editor, (guint) row, "k8", "100,00");
  assert_shown (editor, (guint) row, "k10", "3.392");
  g_assert_true (harness_title_is_dirty (window));

  /* A computed cell and a bad number are refused; nothing changes. */
  g_assert_false (rancang_table_editor_commit (editor, (guint) row, "k8", "50", &error));
  g_clear_error (&error);
  g_assert_false (rancang_table_editor_commit (editor, (guint) row, "k7", "enam ratus", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_shown (editor, (guint) row, "k7", "600");

  /* The US form is read when it is unambiguous: 1,234.5 is 1234.5. */
  g_assert_true (rancang_table_editor_commit (editor, (guint) row, "k7", "1,234.5", &error));
  g_assert_no_error (error);
  assert_shown (editor, (guint) row, "k7", "1.234,5");
  harness_activate (window, "win.undo");

  /* Undo: 588 again, in the tree and on screen. */
  harness_activate (window, "win.undo");
  {
    g_autofree char *stored = rancang_node_dup_content (k7_node);
    g_assert_cmpstr (stored, ==, "588");
  }
  assert_shown (editor, (guint) row, "k7", "588");
  assert_shown (editor, (guint) row, "k8", "98,00");
  assert_shown (editor, (guint) row, "k10", "3.380");
  g_assert_false (harness_title_is_dirty (window));
  harness_activate (window, "win.redo");
  assert_shown (editor, (guint) row, "k8", "100,00");
  harness_activate (window, "win.undo");

  /* Tabel 2.5: the program's pagu disagrees with its children. */
  g_assert_true (rancang_outline_select_node (outline, t25));
  harness_settle (50);
  g_assert_true (rancang_table_editor_get_table (editor) == t25);
  {
    const char *finding = rancang_table_editor_get_finding (editor, 0, "pagu_hasil");
    g_assert_nonnull (finding);
    g_assert_nonnull (strstr (finding, "11051497647"));
    g_assert_nonnull (strstr (finding, "11051830647"));
  }
  harness_stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  if (!harness_init (&argc, &argv))
    return 77;
  g_test_add_func ("/table-editor/edit-undo-findings", test_table_editor);
  return harness_run ();
}
