/* test-swot-editor.c: the SWOT and TOWS editor of the window (issue #6),
 * under Xvfb (meson test --suite gui).
 *
 * Every expected value comes from the fixtures of the Serang Renstra
 * (shared/domain/swot-fixtures.md F1-F4: Tabel 2.g IFAS, 2.h EFAS, the
 * quadrant and the TOWS matrix), or is worked out by hand from them in
 * the comments. */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "rancang-outline.h"
#include "rancang-swot-editor.h"
#include "rancang-metadata-editor.h"
#include "rancang-narrative-editor.h"
#include "rancang-outline.h"
#include "rancang-preview.h"
#include "rancang-recovery.h"
#include "rancang-swot-editor.h"
#include "rancang-table-editor.h"
#include "rancang-window.h"
#include "window-harness.h"

static RancangSwotEditor *editor;

static const char *
shown (const char *code,
       const char *key)
{
  GtkWidget *widget = rancang_swot_editor_get_widget (editor, code, key);

  g_assert_nonnull (widget);
  if (GTK_IS_EDITABLE (widget))
    return gtk_editable_get_text (GTK_EDITABLE (widget));
  if (g_object_get_data (G_OBJECT (widget), "value") != NULL)
    return g_object_get_data (G_OBJECT (widget), "value");
  return gtk_label_get_label (GTK_LABEL (widget));
}

#define assert_shown(code, key, expected) g_assert_cmpstr (shown (code, key), ==, expected)

/* Types TEXT into a factor's field the way a planner does. */
static void
type_into (const char *code,
           const char *key,
           const char *text)
{
  GtkWidget *entry = rancang_swot_editor_get_widget (editor, code, key);

  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  harness_drain ();
}

static guint
count_strategies (GtkWidget  *widget,
                  const char *css)
{
  guint n = gtk_widget_has_css_class (widget, "swot-strategy") && (css == NULL || gtk_widget_has_css_class (widget, css));

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += count_strategies (c, css);
  return n;
}

static gboolean
is_refs_of (GtkWidget *widget,
            gpointer   row)
{
  return gtk_widget_has_css_class (widget, "swot-refs-button") && g_object_get_data (G_OBJECT (widget), "strategy") == row;
}

static gboolean
is_check_of (GtkWidget *widget,
             gpointer   code)
{
  return g_strcmp0 (g_object_get_data (G_OBJECT (widget), "code"), code) == 0;
}

/* The n-th <row> (0-based) of a table. */
static RancangNode *
nth_row (RancangNode *table,
         guint        n)
{
  for (RancangNode *r = rancang_node_get_child (table, "row"); r != NULL; r = rancang_node_get_next_named (r, "row"))
    if (n-- == 0)
      return r;
  return NULL;
}

static void
assert_fixture_values (void)
{
  const RancangSwot *swot = rancang_swot_editor_get_swot (editor);

  /* F1: skor = bobot x rating; totals 5,7 and 5; IFAS 0,7. */
  assert_shown ("S1", "bobot", "0,3");
  assert_shown ("S1", "rating", "7");
  assert_shown ("S1", "skor", "2,1");
  assert_shown ("S2", "skor", "1");
  assert_shown ("S3", "skor", "1,8");
  assert_shown ("S4", "skor", "0,8");
  assert_shown ("W3", "skor", "1,8");
  assert_shown ("S", "total", "5,7");
  assert_shown ("W", "total", "5");
  assert_shown ("S", "bobot-sum", "1");
  assert_shown ("W", "bobot-sum", "1");
  g_assert_false (gtk_widget_has_css_class (rancang_swot_editor_get_widget (editor, "S", "bobot-sum"), "weights-off"));
  assert_shown (NULL, "ifas", "0,7");
  /* F2: totals 6 and 5,7; EFAS 0,3. */
  assert_shown ("O1", "skor", "3,5");
  assert_shown ("T1", "skor", "2,4");
  assert_shown ("O", "total", "6");
  assert_shown ("T", "total", "5,7");
  assert_shown (NULL, "efas", "0,3");
  /* F3: (0,7 ; 0,3) lies in the S-O quadrant, Progresif. */
  g_assert_true (swot->quadrant == 1);
  g_assert_nonnull (strstr (shown (NULL, "quadrant"), "(S-O)"));
  g_assert_nonnull (strstr (shown (NULL, "quadrant"), "Progresif"));
  g_assert_nonnull (strstr (shown (NULL, "position"), "0,7"));
  g_assert_true (gtk_widget_get_visible (rancang_swot_editor_get_widget (editor, NULL, "chart")));
  /* F4: ten strategies, none naming a factor that does not exist. */
  g_assert_cmpuint (count_strategies (GTK_WIDGET (editor), NULL), ==, 10);
  g_assert_cmpuint (count_strategies (GTK_WIDGET (editor), "finding"), ==, 0);
}

/* For harness_wait_for: the focus is on the factors button of the
 * strategy ROW (the data). */
static gboolean
focus_on_refs_of (gpointer row)
{
  GtkWidget *button = harness_find_widget (GTK_WIDGET (editor), GTK_TYPE_MENU_BUTTON, is_refs_of, row);
  GtkRoot *root = button != NULL ? gtk_widget_get_root (button) : NULL;
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == button || gtk_widget_is_ancestor (focus, button));
}

/* For harness_wait_for: the SWOT editor shows TABLE (the data), laid
 * out. */
static gboolean
shows_table (gpointer table)
{
  return rancang_swot_editor_get_table (editor) == table && gtk_widget_get_mapped (GTK_WIDGET (editor))
         && gtk_widget_get_height (GTK_WIDGET (editor)) > 0;
}

static gboolean
has_focus (gpointer widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* The focus is in the uraian of T4, once the editor has made it. */
static gboolean
focus_in_new_threat (gpointer window)
{
  GtkWidget *uraian = rancang_swot_editor_get_widget (editor, "T4", "uraian");

  return uraian != NULL && has_focus (uraian);
}

static void
test_swot_editor (void)
{
  RancangApplication *app = harness_start_app ();
  g_autofree char *path = harness_copy_example ("renstra-serang-2019-2023.xml", "swot.xml");
  RancangWindow *window = harness_open_window (app, path);
  RancangOutline *outline = RANCANG_OUTLINE (rancang_window_get_child (window, "outline"));
  GtkStack *stack = GTK_STACK (rancang_window_get_child (window, "editor-stack"));
  RancangHistory *history = rancang_window_get_history (window);
  RancangNode *ifas = harness_node_by_id (window, "ifas");
  RancangNode *tows = harness_node_by_id (window, "tows");
  RancangNode *s1 = nth_row (ifas, 0);
  RancangNode *s_total = nth_row (ifas, 4);
  RancangNode *final = nth_row (ifas, 10);
  g_autofree char *text = NULL;

  editor = RANCANG_SWOT_EDITOR (rancang_window_get_child (window, "swot"));
  g_assert_nonnull (editor);

  /* Choosing the IFAS table in the outline opens the SWOT editor on it. */
  g_assert_true (rancang_outline_select_node (outline, ifas));
  harness_wait_for (shows_table, ifas, "the SWOT editor to show the IFAS table");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "swot");
  g_assert_true (rancang_swot_editor_get_table (editor) == ifas);
  assert_fixture_values ();

  /* S1's rating 7 -> 3, typed: skor 0,3 x 3 = 0,9; total S 0,9 + 1 +
   * 1,8 + 0,8 = 4,5; IFAS 4,5 - 5 = -0,5, now left of the axis: the
   * W-O quadrant, Stabilitas. One step, saved in the document with its
   * stated totals. */
  {
    GtkWidget *entry = rancang_swot_editor_get_widget (editor, "S1", "rating");
    gint64 start;

    gtk_widget_grab_focus (entry);
    harness_wait_for (has_focus, entry, "the focus in the rating of S1");
    /* From the keystroke to every total, IFAS and the chart recomputed. */
    start = g_get_monotonic_time ();
    gtk_editable_set_text (GTK_EDITABLE (entry), "3");
    g_test_message ("a rating typed, stored and every value recomputed in %.1f ms",
                    (g_get_monotonic_time () - start) / 1000.0);
    harness_drain ();
  }
  assert_shown ("S1", "skor", "0,9");
  assert_shown ("S", "total", "4,5");
  assert_shown (NULL, "ifas", "-0,5");
  g_assert_nonnull (strstr (shown (NULL, "quadrant"), "(W-O)"));
  g_assert_nonnull (strstr (shown (NULL, "quadrant"), "Stabilitas"));
  g_assert_nonnull (strstr (shown (NULL, "position"), "X = IFAS = -0,5"));
  {
    RancangDecimal expected;
    g_assert_true (rancang_decimal_make (-5, 1, &expected));
    g_assert_cmpint (rancang_decimal_cmp (rancang_swot_editor_get_swot (editor)->ifas, expected), ==, 0);
  }
  text = harness_cell_of (s1, "rating");
  g_assert_cmpstr (text, ==, "3");
  g_free (text);
  text = harness_cell_of (s_total, "skor");
  g_assert_cmpstr (text, ==, "4.5");
  g_free (text);
  text = harness_cell_of (final, "skor");
  g_assert_cmpstr (text, ==, "-0.5");
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (rancang_history_get_n_steps (history), ==, 1);
  g_assert_cmpstr (rancang_history_get_undo_label (history), ==, _("Change Rating"));
  g_assert_true (harness_title_is_dirty (window));

  /* What is no number is marked and not kept. */
  type_into ("S2", "rating", "lima");
  g_assert_true (gtk_widget_has_css_class (rancang_swot_editor_get_widget (editor, "S2", "rating"), "error"));
  g_assert_cmpuint (rancang_history_get_n_steps (history), ==, 1);
  type_into ("S2", "rating", "5");
  g_assert_false (gtk_widget_has_css_class (rancang_swot_editor_get_widget (editor, "S2", "rating"), "error"));
  g_assert_cmpuint (rancang_history_get_n_steps (history), ==, 1);

  /* While a number is being typed it stays as typed: "0,40" is kept as
   * 0,4 (skor 0,4 x 6 = 2,4) and not rewritten under the cursor. */
  type_into ("S3", "bobot", "0,40");
  assert_shown ("S3", "bobot", "0,40");
  assert_shown ("S3", "skor", "2,4");
  g_assert_cmpuint (rancang_history_get_n_steps (history), ==, 2);
  harness_activate (window, "win.undo");
  assert_shown ("S3", "bobot", "0,3");
  assert_shown ("S3", "skor", "1,8");

  /* S1's weight 0,3 -> 0,4: the weights of S add up to 0,4 + 0,2 + 0,3 +
   * 0,2 = 1,1, not 1, and are marked; skor 0,4 x 3 = 1,2, total 4,8. */
  type_into ("S1", "bobot", "0,4");
  assert_shown ("S", "bobot-sum", "1,1");
  g_assert_true (gtk_widget_has_css_class (rancang_swot_editor_get_widget (editor, "S", "bobot-sum"), "weights-off"));
  g_assert_false (gtk_widget_has_css_class (rancang_swot_editor_get_widget (editor, "W", "bobot-sum"), "weights-off"));
  assert_shown ("S1", "skor", "1,2");
  assert_shown ("S", "total", "4,8");

  /* Undo, twice: the document's own values again, the editor reloaded. */
  harness_activate (window, "win.undo");
  harness_activate (window, "win.undo");
  g_assert_false (rancang_history_can_undo (history));
  assert_fixture_values ();
  text = harness_cell_of (s_total, "skor");
  g_assert_cmpstr (text, ==, "5.7");
  g_clear_pointer (&text, g_free);

  /* Removing S3, which three strategies name (S3,S4-O2; S1,S2,S3,S4-T2;
   * S3-T3): IFAS (2,1 + 1 + 0,8) - 5 = -1,1, the weights 0,7, and those
   * three strategies are findings. */
  g_signal_emit_by_name (rancang_swot_editor_get_widget (editor, "S3", "remove"), "clicked");
  harness_drain ();
  g_assert_null (rancang_swot_editor_get_widget (editor, "S3", "skor"));
  assert_shown ("S4", "skor", "0,8");
  assert_shown ("S", "total", "3,9");
  assert_shown (NULL, "ifas", "-1,1");
  assert_shown ("S", "bobot-sum", "0,7");
  g_assert_cmpuint (count_strategies (GTK_WIDGET (editor), "finding"), ==, 3);
  g_assert_cmpuint (rancang_history_get_n_steps (history), ==, 1);
  /* A click on the finding of S3,S4-O2 reaches that strategy. */
  {
    RancangNode *second = nth_row (tows, 1);
    GtkWidget *button = harness_find_widget (GTK_WIDGET (editor), GTK_TYPE_MENU_BUTTON, is_refs_of, second);

    g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (gtk_widget_get_parent (button)), "finding"));
    g_assert_true (rancang_window_show_place (window, second, "refs"));
    /* The focus moves once the rows are laid out: waited for, as a busy
     * machine may take longer than a fixed pause. */
    harness_wait_for (focus_on_refs_of, second, "focus on refs of");
    g_assert_true (rancang_swot_editor_get_table (editor) == tows);
    button = harness_find_widget (GTK_WIDGET (editor), GTK_TYPE_MENU_BUTTON, is_refs_of, second);
    g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button
                   || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), button));
  }
  harness_activate (window, "win.undo");
  assert_fixture_values ();

  /* A new threat T4 comes empty: no skor, the total stays 5,7; its weight
   * 0,1 makes the threats' weights 1,1, marked. Undo takes both back. */
  {
    GtkWidget *add = NULL;
    GtkWidget *grid = gtk_widget_get_parent (rancang_swot_editor_get_widget (editor, "T1", "skor"));

    for (GtkWidget *c = gtk_widget_get_first_child (grid); c != NULL; c = gtk_widget_get_next_sibling (c))
      if (GTK_IS_BUTTON (c) && g_object_get_data (G_OBJECT (c), "group") != NULL)
        add = c;
    g_assert_nonnull (add);
    g_signal_emit_by_name (add, "clicked");
    harness_wait_for (focus_in_new_threat, window, "the focus in the uraian of the new threat T4");
    g_assert_nonnull (rancang_swot_editor_get_widget (editor, "T4", "uraian"));
    g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                           rancang_swot_editor_get_widget (editor, "T4", "uraian")));
    assert_shown ("T4", "skor", "-");
    assert_shown ("T", "total", "5,7");
    type_into ("T4", "bobot", "0,1");
    assert_shown ("T", "bobot-sum", "1,1");
    g_assert_true (gtk_widget_has_css_class (rancang_swot_editor_get_widget (editor, "T", "bobot-sum"), "weights-off"));
    g_assert_cmpuint (rancang_history_get_n_steps (history), ==, 2);
    harness_activate (window, "win.undo");
    harness_activate (window, "win.undo");
    g_assert_null (rancang_swot_editor_get_widget (editor, "T4", "uraian"));
    assert_fixture_values ();
  }

  /* The TOWS table: choosing it keeps the same editor. The first S-O
   * strategy (S1,S2,S4-O1) gets S3 from the check-list of factors. */
  g_assert_true (rancang_outline_select_node (outline, tows));
  harness_wait_for (shows_table, tows, "the SWOT editor to show the TOWS table");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "swot");
  g_assert_true (rancang_swot_editor_get_table (editor) == tows);
  {
    RancangNode *first = nth_row (tows, 0);
    GtkWidget *button = harness_find_widget (GTK_WIDGET (editor), GTK_TYPE_MENU_BUTTON, is_refs_of, first);
    GtkWidget *popover, *check;

    g_assert_nonnull (button);
    text = harness_cell_of (first, "refs");
    g_assert_cmpstr (text, ==, "S1,S2,S4-O1");
    g_clear_pointer (&text, g_free);
    /* The check-list as the button would pop it up (no popping up here:
     * under Xvfb without a window manager a popup has no monitor). */
    popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    g_assert_nonnull (popover);
    /* The cell's own sides only: S and O, no W or T. */
    g_assert_nonnull (harness_find_widget (popover, GTK_TYPE_CHECK_BUTTON, is_check_of, (gpointer) "O2"));
    g_assert_null (harness_find_widget (popover, GTK_TYPE_CHECK_BUTTON, is_check_of, (gpointer) "W1"));
    check = harness_find_widget (popover, GTK_TYPE_CHECK_BUTTON, is_check_of, (gpointer) "S3");
    g_assert_nonnull (check);
    g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    g_assert_true (gtk_check_button_get_active (
      GTK_CHECK_BUTTON (harness_find_widget (popover, GTK_TYPE_CHECK_BUTTON, is_check_of, (gpointer) "S4"))));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    harness_drain ();
    text = harness_cell_of (first, "refs");
    g_assert_cmpstr (text, ==, "S1,S2,S3,S4-O1");
    g_clear_pointer (&text, g_free);
    harness_activate (window, "win.undo");
    text = harness_cell_of (first, "refs");
    g_assert_cmpstr (text, ==, "S1,S2,S4-O1");
    g_clear_pointer (&text, g_free);
  }

  /* Moving S2 down swaps S2 and S3, and the strategies follow: the
   * first S-O strategy, S1,S2,S4-O1, now names S1,S3,S4. */
  {
    GtkWidget *entry = rancang_swot_editor_get_widget (editor, "S2", "uraian");
    GtkWidget *down = g_object_get_data (G_OBJECT (entry), "down-button");
    RancangNode *first = nth_row (tows, 0);

    g_signal_emit_by_name (down, "clicked");
    harness_drain ();
    g_assert_true (g_str_has_prefix (shown ("S3", "uraian"), "Adanya dukungan struktural"));
    g_assert_true (g_str_has_prefix (shown ("S2", "uraian"), "Tersedianya Ilmu pengetahuan"));
    assert_shown ("S3", "skor", "1");
    assert_shown (NULL, "ifas", "0,7");
    text = harness_cell_of (first, "refs");
    g_assert_cmpstr (text, ==, "S1,S3,S4-O1");
    g_clear_pointer (&text, g_free);
    g_assert_cmpuint (count_strategies (GTK_WIDGET (editor), "finding"), ==, 0);
    harness_activate (window, "win.undo");
    assert_fixture_values ();
  }

  harness_stop_app (app);
}

int
main (int   argc,
      char *argv[])
{
  if (!harness_init (&argc, &argv))
    return 77;
  g_test_add_func ("/swot-editor/edit", test_swot_editor);
  return harness_run ();
}
