/* rancang-application.c: one Rancang per desktop session.
 *
 * Opening a file from the file manager or the command line while Rancang
 * runs goes to the running instance (G_APPLICATION_HANDLES_OPEN), which
 * shows the window that already has it, or fills an empty window, or opens
 * a new one.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-application.h"
#include "rancang-new-dialog.h"
#include "rancang-platform.h"
#include "rancang-preferences-window.h"
#include "rancang-recovery.h"
#include "rancang-window.h"

struct _RancangApplication
{
  GtkApplication  parent_instance;
  GSettings      *settings;
  GPtrArray      *recovery;   /* left by a crash; offered once */
};

G_DEFINE_FINAL_TYPE (RancangApplication, rancang_application, GTK_TYPE_APPLICATION)

/* Installed, the schema is in the system's schema folders; run from the
 * build folder, it is the one meson compiled there. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, RANCANG_APPLICATION_ID, TRUE);
#ifdef RANCANG_BUILD_SCHEMADIR
  if (schema == NULL)
    {
      g_autoptr(GSettingsSchemaSource) build =
        g_settings_schema_source_new_from_directory (RANCANG_BUILD_SCHEMADIR, source, FALSE, NULL);
      if (build != NULL)
        schema = g_settings_schema_source_lookup (build, RANCANG_APPLICATION_ID, FALSE);
    }
#endif
  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed; preferences will not be kept",
                 RANCANG_APPLICATION_ID);
      return NULL;
    }
  return g_settings_new_full (schema, NULL, NULL);
}

GSettings *
rancang_application_get_settings (RancangApplication *self)
{
  return self->settings;
}

GPtrArray *
rancang_application_take_recovery (RancangApplication *self)
{
  return g_steal_pointer (&self->recovery);
}

GtkWindow *
rancang_application_open_window (RancangApplication *self)
{
  RancangWindow *window = rancang_window_new (GTK_APPLICATION (self), self->settings);

  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

/* An empty window is reused; one with a document is left alone. */
static RancangWindow *
window_for_new_content (RancangApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (RANCANG_IS_WINDOW (active) && rancang_window_is_empty (RANCANG_WINDOW (active)))
    return RANCANG_WINDOW (active);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RANCANG_IS_WINDOW (l->data) && rancang_window_is_empty (l->data))
      return l->data;
  return RANCANG_WINDOW (rancang_application_open_window (self));
}

static void
offer_recovery (RancangApplication *self,
                RancangWindow      *window)
{
  g_autoptr(GPtrArray) entries = rancang_application_take_recovery (self);

  if (entries != NULL && entries->len > 0)
    rancang_window_offer_recovery (window, entries);
}

static void
rancang_application_activate (GApplication *app)
{
  RancangApplication *self = RANCANG_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = rancang_application_open_window (self);
  offer_recovery (self, RANCANG_WINDOW (window));
  gtk_window_present (window);
}

static void
rancang_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  RancangApplication *self = RANCANG_APPLICATION (app);
  RancangWindow *last = NULL;

  for (int i = 0; i < n_files; i++)
    {
      RancangWindow *target = NULL;

      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
        {
          GFile *shown = RANCANG_IS_WINDOW (l->data) ? rancang_window_get_file (l->data) : NULL;
          if (shown != NULL && g_file_equal (shown, files[i]))
            target = l->data;
        }
      if (target == NULL)
        {
          target = window_for_new_content (self);
          rancang_window_load_file (target, files[i]);
        }
      gtk_window_present (GTK_WINDOW (target));
      last = target;
    }
  if (last != NULL)
    offer_recovery (self, last);
}

/* ------------------------------------------------------------------ actions */

static void
on_new_response (GtkDialog          *dialog,
                 int                 response,
                 RancangApplication *self)
{
  if (response == GTK_RESPONSE_OK)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *paper = self->settings ? g_settings_get_string (self->settings, "default-paper") : NULL;
      g_autofree char *rounding = self->settings ? g_settings_get_string (self->settings, "rounding") : NULL;
      RancangDocument *doc = rancang_new_dialog_create_document (RANCANG_NEW_DIALOG (dialog), paper, rounding, &error);
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

      if (doc == NULL)
        {
          if (RANCANG_IS_WINDOW (parent))
            rancang_window_show_message (RANCANG_WINDOW (parent), GTK_MESSAGE_ERROR,
                                         _("The new document could not be made"), error->message);
        }
      else
        {
          RancangWindow *target = RANCANG_IS_WINDOW (parent) && rancang_window_is_empty (RANCANG_WINDOW (parent))
            ? RANCANG_WINDOW (parent) : RANCANG_WINDOW (rancang_application_open_window (self));
          rancang_window_set_document (target, doc, NULL);
          gtk_window_present (GTK_WINDOW (target));
        }
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

void
rancang_application_new_document (RancangApplication *self,
                                  GtkWindow          *parent)
{
  RancangNewDialog *dialog = rancang_new_dialog_new (parent);

  g_signal_connect (dialog, "response", G_CALLBACK (on_new_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_new (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangApplication *self = data;

  rancang_application_new_document (self, gtk_application_get_active_window (GTK_APPLICATION (self)));
}

static void
action_new_window (GSimpleAction *action, GVariant *param, gpointer data)
{
  rancang_application_open_window (data);
}

static void
action_preferences (GSimpleAction *action, GVariant *param, gpointer data)
{
  RancangApplication *self = data;

  if (self->settings != NULL)
    gtk_window_present (rancang_preferences_window_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                                        self->settings));
}

static void
action_about (GSimpleAction *action, GVariant *param, gpointer data)
{
  static const char *authors[] = { "The Rancang authors", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (data)),
                         "program-name", "Rancang",
                         "version", RANCANG_VERSION,
                         "comments", _("Prepare the Renja and Renstra of a regional government office: "
                                       "figures typed once, totals computed, every inconsistency flagged."),
                         "logo-icon-name", RANCANG_APPLICATION_ID,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/rancang/rancang",
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         "copyright", "© 2026 The Rancang authors",
                         NULL);
}

static void
action_quit (GSimpleAction *action, GVariant *param, gpointer data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (data)));

  /* Each window asks about its own unsaved changes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

/* SIGTERM at logout: keep the unsaved work for next time, then go. */
static gboolean
on_terminate (gpointer data)
{
  GtkApplication *app = data;

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (RANCANG_IS_WINDOW (l->data) && rancang_window_get_session (l->data) != NULL)
      rancang_session_write_recovery (rancang_window_get_session (l->data), NULL);
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_REMOVE;
}

static const GActionEntry app_entries[] = {
  { "new", action_new },
  { "new-window", action_new_window },
  { "preferences", action_preferences },
  { "about", action_about },
  { "quit", action_quit },
};

static void
set_accels (GtkApplication *app,
            const char     *action,
            const char     *first,
            const char     *second)
{
  const char *accels[] = { first, second, NULL };

  gtk_application_set_accels_for_action (app, action, accels);
}

static void
rancang_application_startup (GApplication *app)
{
  RancangApplication *self = RANCANG_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (rancang_application_parent_class)->startup (app);

  /* Set once per process (the tests start several applications). */
  if (g_get_application_name () == NULL || g_strcmp0 (g_get_application_name (), "Rancang") != 0)
    g_set_application_name ("Rancang");
  gtk_window_set_default_icon_name (RANCANG_APPLICATION_ID);
  gtk_css_provider_load_from_resource (css, "/io/github/rancang/Rancang/ui/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  self->settings = create_settings ();
  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries), app);
  if (self->settings == NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (app), "preferences")),
                                 FALSE);

  set_accels (GTK_APPLICATION (app), "app.new", "<Control>n", NULL);
  set_accels (GTK_APPLICATION (app), "app.new-window", "<Control><Shift>n", NULL);
  set_accels (GTK_APPLICATION (app), "app.quit", "<Control>q", NULL);
  set_accels (GTK_APPLICATION (app), "app.preferences", "<Control>comma", NULL);
  set_accels (GTK_APPLICATION (app), "win.open", "<Control>o", NULL);
  set_accels (GTK_APPLICATION (app), "win.save", "<Control>s", NULL);
  set_accels (GTK_APPLICATION (app), "win.save-as", "<Control><Shift>s", NULL);
  set_accels (GTK_APPLICATION (app), "win.undo", "<Control>z", NULL);
  set_accels (GTK_APPLICATION (app), "win.redo", "<Control><Shift>z", "<Control>y");
  set_accels (GTK_APPLICATION (app), "win.print", "<Control>p", NULL);
  set_accels (GTK_APPLICATION (app), "win.export-pdf", "<Control>e", NULL);
  set_accels (GTK_APPLICATION (app), "win.find", "<Control>f", NULL);
  set_accels (GTK_APPLICATION (app), "win.show-preview", "F9", NULL);
  set_accels (GTK_APPLICATION (app), "window.close", "<Control>w", NULL);

  /* Whatever is in the recovery folder now was left by a crash or a kill:
   * a clean exit deletes its own. */
  self->recovery = rancang_recovery_list ();
  rancang_platform_on_terminate (on_terminate, app);
}

static void
rancang_application_finalize (GObject *object)
{
  RancangApplication *self = RANCANG_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->recovery, g_ptr_array_unref);
  G_OBJECT_CLASS (rancang_application_parent_class)->finalize (object);
}

static void
rancang_application_class_init (RancangApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = rancang_application_finalize;
  app_class->startup = rancang_application_startup;
  app_class->activate = rancang_application_activate;
  app_class->open = rancang_application_open;
}

static void
rancang_application_init (RancangApplication *self)
{
}

RancangApplication *
rancang_application_new (GApplicationFlags extra_flags)
{
  return g_object_new (RANCANG_TYPE_APPLICATION,
                       "application-id", RANCANG_APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | extra_flags,
                       "resource-base-path", "/io/github/rancang/Rancang",
                       NULL);
}
