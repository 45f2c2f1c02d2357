/* rancang-platform.h: the little that differs between Windows and the rest.
 * Everything else in src/app is GLib, GIO and GTK only. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *rancang_platform_locale_dir    (void);
void  rancang_platform_on_terminate  (GSourceFunc func,
                                      gpointer    data);

G_END_DECLS
