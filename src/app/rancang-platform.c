/* rancang-platform.c: the little that differs between Windows and the rest. */
#include "rancang-config.h"

#include "rancang-platform.h"

#ifdef G_OS_UNIX
# include <glib-unix.h>
# include <signal.h>
#endif

/* Installed translations, else (running from the build folder) the ones
 * meson just compiled. On Windows the installation is relocatable: the
 * catalogs are found next to the program, in ..\share\locale. */
char *
rancang_platform_locale_dir (void)
{
  g_autofree char *installed = NULL;

#ifdef G_OS_WIN32
  g_autofree char *top = g_win32_get_package_installation_directory_of_module (NULL);
  installed = g_build_filename (top, "share", "locale", NULL);
#else
  installed = g_strdup (RANCANG_LOCALEDIR);
#endif
  {
    g_autofree char *mo = g_build_filename (installed, "id", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
    if (g_file_test (mo, G_FILE_TEST_EXISTS))
      return g_steal_pointer (&installed);
  }
#ifdef RANCANG_BUILD_LOCALEDIR
  return g_strdup (RANCANG_BUILD_LOCALEDIR);
#else
  return g_steal_pointer (&installed);
#endif
}

/* A session ending sends SIGTERM (or SIGHUP): unsaved work is written to
 * the recovery folder before Rancang goes. Windows ends GUI programs with
 * a window message instead, which GTK turns into close requests. */
void
rancang_platform_on_terminate (GSourceFunc func,
                               gpointer    data)
{
#ifdef G_OS_UNIX
  g_unix_signal_add (SIGTERM, func, data);
  g_unix_signal_add (SIGHUP, func, data);
#else
  (void) func;
  (void) data;
#endif
}
