/* rancang-window-bench: figures for the window (run under a display,
 * e.g. xvfb-run; bench/run-bench.sh does).
 *
 *   rancang-window-bench launch DOC.xml        start to the first frame showing DOC
 *   rancang-window-bench keys DOC.xml [N]      N keystrokes in the largest section
 *   rancang-window-bench table DOC.xml [N]     the largest table in the table editor
 *
 * "keys" times each keystroke from the buffer insertion to the end of the
 * handler (the tree, the history, the outline, the title: what typing
 * costs on the main thread) and to the next painted frame.
 *
 * "table" times the table from its choice in the outline to the first
 * frame showing it; N values kept in a cell of a sub kegiatan (what Enter
 * does) to the frame showing the new roll-ups of its kegiatan and program;
 * and N steps of scrolling, each to its painted frame.
 */
#include "rancang-config.h"

#include <stdio.h>
#include <stdlib.h>
#include <gtk/gtk.h>

#include "rancang-application.h"
#include "rancang-narrative-editor.h"
#include "rancang-table-editor.h"
#include "rancang-window.h"

static gint64 t_start;
static const char *mode;
static const char *doc_path;
static int n_keys = 200;
static gboolean painted;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  painted = TRUE;
}

static gboolean
wake (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
iterate_until (gboolean *flag, guint timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint tick = g_timeout_add (1, wake, NULL);

  while (!*flag && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
}

static int
compare_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static RancangNode *
largest_section (RancangNode *root)
{
  RancangNode *best = NULL;
  guint best_n = 0;

  for (RancangNode *n = root; n != NULL; n = rancang_node_next_in_tree (n, root))
    if (rancang_node_is (n, "section"))
      {
        guint count = 0;
        for (RancangNode *c = rancang_node_get_first_child (n); c; c = rancang_node_get_next (c))
          count += rancang_node_is (c, "p");
        if (count > best_n)
          {
            best = n;
            best_n = count;
          }
      }
  return best;
}

static RancangNode *
largest_table (RancangNode *root)
{
  RancangNode *best = NULL;
  guint best_n = 0;

  for (RancangNode *n = root; n != NULL; n = rancang_node_next_in_tree (n, root))
    if (rancang_node_is (n, "table"))
      {
        guint count = 0;
        for (RancangNode *c = rancang_node_get_first_child (n); c; c = rancang_node_get_next (c))
          count += rancang_node_is (c, "row");
        if (count > best_n)
          {
            best = n;
            best_n = count;
          }
      }
  return best;
}

static GtkWidget *
find_scroller (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_scroller (c);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
print_times (const char *what,
             double     *times,
             int         n)
{
  qsort (times, n, sizeof (double), compare_double);
  printf ("%-44s median %6.2f ms, p95 %6.2f ms, max %6.2f ms\n",
          what, times[n / 2], times[n * 95 / 100], times[n - 1]);
}

static void
bench_table (RancangWindow *window)
{
  RancangNode *root = rancang_document_get_root (rancang_window_get_document (window));
  RancangNode *table = largest_table (root);
  RancangTableEditor *editor = RANCANG_TABLE_EDITOR (rancang_window_get_child (window, "table"));
  g_autofree double *handler = g_new0 (double, n_keys);
  g_autofree double *frame = g_new0 (double, n_keys);
  g_autofree double *scroll = g_new0 (double, n_keys);
  GtkAdjustment *adjustment;
  gint64 t0;
  guint n_rows = 0;
  int sub = -1, kegiatan = -1;

  if (table == NULL)
    {
      fprintf (stderr, "no table in %s\n", doc_path);
      return;
    }
  for (RancangNode *c = rancang_node_get_first_child (table); c; c = rancang_node_get_next (c))
    n_rows += rancang_node_is (c, "row");
  t0 = g_get_monotonic_time ();
  rancang_window_show_place (window, table, NULL);
  printf ("table of %u rows: read, computed and checked   %.0f ms\n", n_rows,
          (g_get_monotonic_time () - t0) / 1000.0);
  painted = FALSE;
  iterate_until (&painted, 10000);
  if (rancang_table_editor_get_table (editor) != table)
    {
      fprintf (stderr, "the table editor does not show the table\n");
      return;
    }
  printf ("table of %u rows: chosen to first frame        %.0f ms\n", n_rows,
          (g_get_monotonic_time () - t0) / 1000.0);

  /* A sub kegiatan on the first screen: its pagu rolls up through its
   * kegiatan, its program and the totals. */
  for (guint r = 0; r < n_rows && sub < 0; r++)
    {
      g_autofree char *shown = NULL;
      RancangNode *row = NULL;
      guint i = 0;

      for (RancangNode *c = rancang_node_get_first_child (table); c; c = rancang_node_get_next (c))
        if (rancang_node_is (c, "row") && i++ == r)
          row = c;
      if (g_strcmp0 (rancang_node_get_attr (row, "level"), "kegiatan") == 0)
        kegiatan = (int) r;
      if (g_strcmp0 (rancang_node_get_attr (row, "level"), "subkegiatan") == 0)
        sub = (int) r;
    }
  if (sub < 0 || kegiatan < 0)
    {
      fprintf (stderr, "no sub kegiatan in the table\n");
      return;
    }
  for (int i = 0; i < n_keys; i++)
    {
      g_autofree char *value = g_strdup_printf ("%d", 1000000 + i);
      g_autofree char *before = rancang_table_editor_dup_display (editor, (guint) kegiatan, "pagu");
      g_autofree char *after = NULL;
      gint64 a = g_get_monotonic_time ();

      g_autoptr(GError) error = NULL;

      if (!rancang_table_editor_commit (editor, (guint) sub, "pagu", value, &error))
        {
          fprintf (stderr, "the cell of row %d was refused (step %d): %s\n", sub, i, error->message);
          return;
        }
      handler[i] = (g_get_monotonic_time () - a) / 1000.0;
      painted = FALSE;
      iterate_until (&painted, 1000);
      frame[i] = (g_get_monotonic_time () - a) / 1000.0;
      after = rancang_table_editor_dup_display (editor, (guint) kegiatan, "pagu");
      if (g_strcmp0 (before, after) == 0)
        {
          fprintf (stderr, "the kegiatan's roll-up did not follow\n");
          return;
        }
    }
  print_times ("value kept, to roll-ups computed:", handler, n_keys);
  print_times ("value kept, to the frame showing them:", frame, n_keys);

  /* Let the findings of the whole table come in before scrolling. */
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (find_scroller (GTK_WIDGET (editor))));
  for (int i = 0; i < n_keys; i++)
    {
      gint64 a = g_get_monotonic_time ();

      /* three or four rows a step, as a mouse wheel does */
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 150);
      painted = FALSE;
      iterate_until (&painted, 1000);
      scroll[i] = (g_get_monotonic_time () - a) / 1000.0;
    }
  print_times ("scroll step, to its frame:", scroll, n_keys);
  {
    /* a jump to the far end, as dragging the scrollbar does */
    gint64 a = g_get_monotonic_time ();
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    painted = FALSE;
    iterate_until (&painted, 1000);
    printf ("jump to the last row, to its frame:           %.2f ms\n", (g_get_monotonic_time () - a) / 1000.0);
  }
}

static void
on_activate (GApplication *app,
             gpointer      data)
{
  RancangWindow *window = RANCANG_WINDOW (rancang_application_open_window (RANCANG_APPLICATION (app)));
  g_autoptr(GFile) file = g_file_new_for_path (doc_path);
  GdkFrameClock *clock;
  gboolean loaded = FALSE;

  rancang_window_load_file (window, file);
  while (rancang_window_is_busy (window) || rancang_window_get_document (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  (void) loaded;
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  painted = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (window));
  iterate_until (&painted, 5000);
  if (g_str_equal (mode, "table"))
    bench_table (window);
  else if (g_str_equal (mode, "launch"))
    {
      printf ("launch: %.0f ms from start to the first frame showing %s\n",
              (g_get_monotonic_time () - t_start) / 1000.0, doc_path);
    }
  else
    {
      RancangNode *root = rancang_document_get_root (rancang_window_get_document (window));
      RancangNode *section = largest_section (root);
      RancangNarrativeEditor *editor = RANCANG_NARRATIVE_EDITOR (rancang_window_get_child (window, "narrative"));
      g_autofree double *handler = g_new0 (double, n_keys);
      g_autofree double *frame = g_new0 (double, n_keys);
      gint64 t0 = g_get_monotonic_time ();
      GtkTextView *view;
      GtkTextBuffer *buffer;
      guint n_blocks = 0;

      rancang_window_select_part (window, section);
      painted = FALSE;
      iterate_until (&painted, 10000);
      for (RancangNode *c = rancang_node_get_first_child (section); c; c = rancang_node_get_next (c))
        n_blocks++;
      printf ("section with %u blocks shown in %.0f ms\n", n_blocks, (g_get_monotonic_time () - t0) / 1000.0);
      view = rancang_narrative_editor_get_view (editor, rancang_node_get_child (section, "p"));
      buffer = gtk_text_view_get_buffer (view);
      gtk_widget_grab_focus (GTK_WIDGET (view));
      for (int i = 0; i < n_keys; i++)
        {
          gint64 a = g_get_monotonic_time ();
          gtk_text_buffer_insert_interactive_at_cursor (buffer, i % 7 == 6 ? " " : "x", 1, TRUE);
          handler[i] = (g_get_monotonic_time () - a) / 1000.0;
          painted = FALSE;
          iterate_until (&painted, 1000);
          frame[i] = (g_get_monotonic_time () - a) / 1000.0;
        }
      {
        /* What a pause in typing costs the main thread: the copy of the
         * tree that the layout, the check and the recovery copy work on. */
        gint64 a = g_get_monotonic_time ();
        RancangNode *copy = rancang_node_copy (root);
        printf ("copy of the tree for the worker threads: %.1f ms\n", (g_get_monotonic_time () - a) / 1000.0);
        rancang_node_free (copy);
      }
      qsort (handler, n_keys, sizeof (double), compare_double);
      qsort (frame, n_keys, sizeof (double), compare_double);
      printf ("keystroke handler (tree + history + outline): median %.2f ms, p95 %.2f ms, max %.2f ms\n",
              handler[n_keys / 2], handler[n_keys * 95 / 100], handler[n_keys - 1]);
      printf ("keystroke to painted frame:                    median %.2f ms, p95 %.2f ms, max %.2f ms\n",
              frame[n_keys / 2], frame[n_keys * 95 / 100], frame[n_keys - 1]);
    }
  fflush (stdout);
  rancang_history_mark_clean (rancang_window_get_history (window));
  g_application_quit (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RancangApplication) app = NULL;

  t_start = g_get_monotonic_time ();
  if (argc < 3)
    {
      fprintf (stderr, "usage: %s launch|keys|table DOC.xml [N]\n", argv[0]);
      return 2;
    }
  mode = argv[1];
  doc_path = argv[2];
  if (argc > 3)
    n_keys = MAX (10, atoi (argv[3]));
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  app = rancang_application_new (G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
