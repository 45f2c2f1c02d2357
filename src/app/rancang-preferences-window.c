/* rancang-preferences-window.c: the settings of new documents and recovery.
 * Every control is bound to GSettings: there is nothing to apply or save. */
#include "rancang-config.h"

#include "rancang-preferences-window.h"

struct _RancangPreferencesWindow
{
  GtkWindow      parent_instance;
  GtkDropDown   *paper_dropdown;
  GtkDropDown   *rounding_dropdown;
  GtkEntry      *place_entry;
  GtkSpinButton *autosave_spin;
};

G_DEFINE_FINAL_TYPE (RancangPreferencesWindow, rancang_preferences_window, GTK_TYPE_WINDOW)

static const char *const papers[] = { "a4", "f4", "letter", NULL };
static const char *const roundings[] = { "half-up", "truncate", NULL };

/* Enum nick <-> drop-down position; the table rides in user_data. */
static gboolean
nick_to_index (GValue   *value,
               GVariant *variant,
               gpointer  user_data)
{
  const char *const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
index_to_nick (const GValue       *value,
               const GVariantType *type,
               gpointer            user_data)
{
  const char *const *nicks = user_data;
  guint i = g_value_get_uint (value);

  if (i >= g_strv_length ((char **) nicks))
    return NULL;
  return g_variant_new_string (nicks[i]);
}

static void
rancang_preferences_window_class_init (RancangPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangPreferencesWindow, paper_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RancangPreferencesWindow, rounding_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RancangPreferencesWindow, place_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangPreferencesWindow, autosave_spin);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rancang_preferences_window_init (RancangPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWindow *
rancang_preferences_window_new (GtkWindow *parent,
                                GSettings *settings)
{
  RancangPreferencesWindow *self = g_object_new (RANCANG_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);

  g_settings_bind_with_mapping (settings, "default-paper", self->paper_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_to_index, index_to_nick, (gpointer) papers, NULL);
  g_settings_bind_with_mapping (settings, "rounding", self->rounding_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT, nick_to_index, index_to_nick, (gpointer) roundings, NULL);
  g_settings_bind (settings, "signature-place", self->place_entry, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "autosave-interval", self->autosave_spin, "value", G_SETTINGS_BIND_DEFAULT);
  return GTK_WINDOW (self);
}
