/* rancang-application.h: one Rancang per desktop session. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RANCANG_APPLICATION_ID "io.github.rancang.Rancang"

#define RANCANG_TYPE_APPLICATION (rancang_application_get_type ())
G_DECLARE_FINAL_TYPE (RancangApplication, rancang_application, RANCANG, APPLICATION, GtkApplication)

RancangApplication *rancang_application_new           (GApplicationFlags   extra_flags);
GSettings          *rancang_application_get_settings  (RancangApplication *self);
GPtrArray          *rancang_application_take_recovery (RancangApplication *self);
void                rancang_application_new_document  (RancangApplication *self,
                                                       GtkWindow          *parent);
GtkWindow          *rancang_application_open_window   (RancangApplication *self);

G_END_DECLS
