/* window-harness.c: see window-harness.h. */
#include "rancang-config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rancang-platform.h"
#include "window-harness.h"

static char *work_dir;

const char *
harness_work_dir (void)
{
  return work_dir;
}

static gboolean
wake (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
harness_wait_until (gboolean (*cond) (gpointer), gpointer data, guint timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint tick = g_timeout_add (10, wake, NULL);
  gboolean ok;

  while (!(ok = cond (data)) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
  return ok;
}

void
harness_wait_for_at (const char *file,
                     int         line,
                     const char *func,
                     gboolean  (*cond) (gpointer),
                     gpointer    data,
                     const char *what)
{
  if (!harness_wait_until (cond, data, HARNESS_PATIENCE_MS))
    {
      g_autofree char *message = g_strdup_printf ("waited %u s, in vain, for %s", HARNESS_PATIENCE_MS / 1000, what);
      g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
    }
}

static gboolean
mark_reached (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

void
harness_drain (void)
{
  gboolean reached = FALSE;

  /* Up to an idle of the lowest priority, queued after what is there:
   * not "while anything is pending", which on a loaded machine, where
   * the next frame is always already due, would go on drawing frames. */
  g_idle_add_full (G_PRIORITY_LOW, mark_reached, &reached, NULL);
  harness_wait_for (is_true, &reached, "what was ready to run to have run");
}

typedef struct
{
  guint left;
} Frames;

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  Frames *frames = data;

  /* (a tick begins a frame: the Nth one's start ends the N - 1 before) */
  return --frames->left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
frames_drawn (gpointer data)
{
  return ((Frames *) data)->left == 0;
}

void
harness_frames (GtkWidget *widget,
                guint      n)
{
  Frames frames = { n + 1 };

  g_assert_true (gtk_widget_get_mapped (widget));
  gtk_widget_add_tick_callback (widget, count_frame, &frames, NULL);
  harness_wait_for (frames_drawn, &frames, "the frames of the window to be drawn");
  harness_drain ();
}

char *
harness_copy_example (const char *example,
                      const char *name)
{
  g_autofree char *data = NULL;
  g_autofree char *source = g_build_filename (EXAMPLES_DIR, example, NULL);
  gsize length;
  char *path = g_build_filename (work_dir, name, NULL);

  g_assert_true (g_file_get_contents (source, &data, &length, NULL));
  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  return path;
}

RancangApplication *
harness_start_app (void)
{
  RancangApplication *app = rancang_application_new (G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;
  static guint serial;
  g_autofree char *id = g_strdup_printf ("%s.Test%u.Pid%u", RANCANG_APPLICATION_ID, ++serial, g_random_int ());

  /* On a session bus every application of this process needs its own
   * name and object path. */
  g_application_set_application_id (G_APPLICATION (app), id);

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  return app;
}

void
harness_stop_app (RancangApplication *app)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      RancangWindow *window = l->data;
      if (RANCANG_IS_WINDOW (window) && rancang_window_get_history (window) != NULL)
        rancang_history_mark_clean (rancang_window_get_history (window));
      gtk_window_destroy (GTK_WINDOW (window));
    }
  harness_drain ();
  g_object_unref (app);
}

static gboolean
loaded (gpointer data)
{
  return !rancang_window_is_busy (data) && rancang_window_get_document (data) != NULL;
}

RancangWindow *
harness_open_window (RancangApplication *app,
                     const char         *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RancangWindow *window = RANCANG_WINDOW (rancang_application_open_window (app));

  rancang_window_load_file (window, file);
  harness_wait_for (loaded, window, "the window to load the file");
  return window;
}

RancangNode *
harness_node_by_id (RancangWindow *window,
                    const char    *id)
{
  return rancang_document_lookup_id (rancang_window_get_document (window), id);
}

RancangNode *
harness_row_of (RancangNode *table,
                const char  *kode)
{
  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    if (!rancang_node_is_text (r) && rancang_node_is (r, "row")
        && g_strcmp0 (rancang_node_get_attr (r, "kode"), kode) == 0)
      return r;
  return NULL;
}

guint
harness_count_rows (RancangNode *table)
{
  guint n = 0;

  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    if (!rancang_node_is_text (r) && rancang_node_is (r, "row"))
      n++;
  return n;
}

void
harness_assert_shown (RancangTableEditor *editor,
                      int                 row,
                      const char         *key,
                      const char         *expected)
{
  g_autofree char *shown = NULL;

  g_assert_cmpint (row, >=, 0);
  shown = rancang_table_editor_dup_display (editor, (guint) row, key);
  g_assert_cmpstr (shown, ==, expected);
}

gboolean
harness_not_busy (gpointer window)
{
  return !rancang_window_is_busy (window);
}

char *
harness_cell_of (RancangNode *row,
                 const char  *key)
{
  for (RancangNode *c = rancang_node_get_first_child (row); c; c = rancang_node_get_next (c))
    if (!rancang_node_is_text (c) && rancang_node_is (c, "c") && g_strcmp0 (rancang_node_get_attr (c, "k"), key) == 0)
      return rancang_node_dup_content (c);
  return NULL;
}

void
harness_activate (RancangWindow *window,
                  const char    *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  harness_drain ();
}

gboolean
harness_title_is_dirty (RancangWindow *window)
{
  const char *title = gtk_label_get_label (GTK_LABEL (rancang_window_get_child (window, "title")));

  return g_str_has_prefix (title, "•");
}

GtkWidget *
harness_find_widget (GtkWidget  *root,
                     GType       type,
                     gboolean  (*match) (GtkWidget *, gpointer),
                     gpointer    data)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type) && (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = harness_find_widget (c, type, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The input method of the key controller of WIDGET: where GtkText and
 * GtkTextView receive the characters of the keys pressed. */
static GtkIMContext *
im_context_of (GtkWidget *widget)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  GtkIMContext *im = NULL;

  for (guint i = 0; im == NULL && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        im = gtk_event_controller_key_get_im_context (GTK_EVENT_CONTROLLER_KEY (controller));
    }
  g_object_unref (controllers);
  return im;
}

void
harness_type (RancangWindow *window,
              const char    *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkIMContext *im;

  g_assert_nonnull (focus);
  im = im_context_of (focus);
  g_assert_nonnull (im);
  for (const char *c = text; *c != '\0'; c = g_utf8_next_char (c))
    {
      g_autofree char *one = g_strndup (c, (gsize) (g_utf8_next_char (c) - c));

      g_signal_emit_by_name (im, "commit", one);
    }
  harness_drain ();
}

void
harness_press (RancangWindow *window,
               const char    *accel)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (app, accel);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_nonnull (actions);
  g_assert_nonnull (actions[0]);
  g_assert_true (gtk_widget_activate_action (focus != NULL ? focus : GTK_WIDGET (window), actions[0], NULL));
  harness_drain ();
}

const char *
harness_shown_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  if (GTK_IS_EDITABLE (widget))
    return gtk_editable_get_text (GTK_EDITABLE (widget));
  g_error ("%s shows no text", widget != NULL ? G_OBJECT_TYPE_NAME (widget) : "NULL");
  return NULL;
}

static void
remove_tree (GFile *dir)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (dir, g_file_info_get_name (info));
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        remove_tree (child);
      else
        g_file_delete (child, NULL, NULL);
      g_object_unref (info);
    }
  g_file_delete (dir, NULL, NULL);
}

/* Without a session bus GTK warns once; that is the test machine, not us. */
static gboolean
fatal_filter (const char     *domain,
              GLogLevelFlags  level,
              const char     *message,
              gpointer        data)
{
  return strstr (message, "session bus") == NULL;
}

gboolean
harness_init (int    *argc,
              char ***argv)
{
  g_autofree char *locale_dir = rancang_platform_locale_dir ();

#if defined(__SANITIZE_ADDRESS__)
  /* GTK, fontconfig and the X libraries keep one-time allocations that
   * LeakSanitizer reports as leaks: the window's logic is covered by the
   * sanitizer run of test-history and the core suites instead. */
  g_print ("1..0 # SKIP the GTK window under AddressSanitizer\n");
  return FALSE;
#endif
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display: run under xvfb-run (meson test does)\n");
      return FALSE;
    }

  /* Before anything reads it: recovery files and settings go to a
   * folder of this run, never to the user's. */
  if (*argc < 2 || !g_str_has_prefix ((*argv)[1], "--child-"))
    {
      work_dir = g_dir_make_tmp ("rancang-window-test-XXXXXX", NULL);
      g_setenv ("XDG_DATA_HOME", work_dir, TRUE);
      g_setenv ("RANCANG_TEST_WORK_DIR", work_dir, TRUE);
    }
  else
    work_dir = g_strdup (g_getenv ("RANCANG_TEST_WORK_DIR"));
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GTK_A11Y", "none", TRUE);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);
  g_test_log_set_fatal_handler (fatal_filter, NULL);
  return TRUE;
}

int
harness_run (void)
{
  int status = g_test_run ();
  g_autoptr(GFile) dir = g_file_new_for_path (work_dir);

  remove_tree (dir);
  return status;
}
