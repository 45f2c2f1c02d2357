/* show-part.c: the window on one part of a document, for screenshots.
 *
 *   show-part FILE ID [LOCALEDIR]
 *
 * Opens FILE in a maximised window with the part whose id is ID (a table,
 * a section) chosen in the outline, and stays until it is closed. The
 * translations are read from LOCALEDIR when given. */
#include "rancang-config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "rancang-application.h"
#include "rancang-platform.h"
#include "rancang-window.h"

typedef struct
{
  RancangWindow *window;
  char          *id;
} Show;

static gboolean
select_when_loaded (gpointer data)
{
  Show *show = data;
  RancangDocument *doc = rancang_window_get_document (show->window);
  RancangNode *node;

  if (rancang_window_is_busy (show->window) || doc == NULL)
    return G_SOURCE_CONTINUE;
  node = rancang_document_lookup_id (doc, show->id);
  if (node == NULL)
    g_printerr ("show-part: no part has the id “%s”\n", show->id);
  else
    rancang_window_select_part (show->window, node);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *locale_dir = argc > 3 ? g_strdup (argv[3]) : rancang_platform_locale_dir ();
  g_autoptr(RancangApplication) app = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(GError) error = NULL;
  Show show = { 0 };

  if (argc < 3)
    {
      g_printerr ("usage: show-part FILE ID [LOCALEDIR]\n");
      return 2;
    }
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rancang_application_new (G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("show-part: %s\n", error->message);
      return 1;
    }
  file = g_file_new_for_commandline_arg (argv[1]);
  show.window = RANCANG_WINDOW (rancang_application_open_window (app));
  show.id = argv[2];
  /* The whole screen of the shot, without asking the window manager. */
  gtk_window_set_default_size (GTK_WINDOW (show.window), 1366, 768);
  rancang_window_load_file (show.window, file);
  g_timeout_add (50, select_when_loaded, &show);

  loop = g_main_loop_new (NULL, FALSE);
  g_signal_connect_swapped (show.window, "destroy", G_CALLBACK (g_main_loop_quit), loop);
  g_main_loop_run (loop);
  return 0;
}
