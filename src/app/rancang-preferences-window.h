/* rancang-preferences-window.h: the settings of new documents and recovery. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RANCANG_TYPE_PREFERENCES_WINDOW (rancang_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (RancangPreferencesWindow, rancang_preferences_window, RANCANG, PREFERENCES_WINDOW, GtkWindow)

GtkWindow *rancang_preferences_window_new (GtkWindow *parent,
                                           GSettings *settings);

G_END_DECLS
