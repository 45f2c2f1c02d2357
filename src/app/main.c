/* main.c: Rancang, the desktop application. */
#include "rancang-config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "rancang-application.h"
#include "rancang-platform.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RancangApplication) app = NULL;
  g_autofree char *locale_dir = rancang_platform_locale_dir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rancang_application_new (G_APPLICATION_DEFAULT_FLAGS);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
