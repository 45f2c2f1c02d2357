/* rancang-window-renstra.c: "Fill from Renstra…" in the window.
 *
 * The user chooses the Renstra the Renja follows; it is read and validated
 * in a worker thread, and its tujuan, sasaran, programs and kegiatan for
 * the plan year go into the Renja through the window's history, as one step
 * to undo (rancang_link_fill_from_renstra()). The choosing and the applying
 * are apart so that the applying can be driven without a file chooser. */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rancang-link.h"
#include "rancang-window-private.h"

/* How many kept rows the status message names before "…". */
#define MAX_NAMED 3

/* "12 rows added from renstra.xml; 3 kept as they were: 5.03.01, 5.03.02, 5.03.02.2.01 …" */
static char *
fill_message (RancangFillResult *result,
              const char        *name)
{
  GString *text = g_string_new (NULL);
  guint n_kept = result->kept->len;

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u row added from %s",
                                             "%u rows added from %s", result->n_added),
                          result->n_added, name);
  if (n_kept > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      guint named = 0;

      /* kodes first: short, and what a planner looks rows up by */
      for (int pass = 0; pass < 2; pass++)
        for (guint i = 0; i < n_kept && named < MAX_NAMED; i++)
          {
            const char *kept = g_ptr_array_index (result->kept, i);
            if ((strchr (kept, ' ') == NULL) != (pass == 0))
              continue;
            g_string_append_printf (names, "%s%s", named > 0 ? ", " : "", kept);
            named++;
          }
      if (n_kept > MAX_NAMED)
        g_string_append (names, ", …");
      g_string_append (text, "; ");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u row kept as it was: %s",
                                                 "%u rows kept as they were: %s", n_kept),
                              n_kept, names->str);
    }
  return g_string_free (text, FALSE);
}

gboolean
rancang_window_fill_from_renstra_apply (RancangWindow    *self,
                                        RancangDocument  *renstra,
                                        const char       *name,
                                        GError          **error)
{
  g_autoptr(RancangFillResult) result = NULL;
  g_autofree char *status = NULL;
  RancangNode *select;

  g_return_val_if_fail (RANCANG_IS_WINDOW (self) && renstra != NULL, FALSE);
  if (rancang_window_get_document (self) == NULL || rancang_window_get_history (self) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED, _("The document was closed."));
      return FALSE;
    }
  if (rancang_document_get_kind (rancang_window_get_document (self)) != RANCANG_KIND_RENJA)
    {
      g_set_error_literal (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_ARGUMENT,
                           _("Only a Renja is filled from a Renstra."));
      return FALSE;
    }
  if (rancang_document_get_kind (renstra) != RANCANG_KIND_RENSTRA)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_ARGUMENT,
                   _("“%s” is not a Renstra."), name);
      return FALSE;
    }
  if (!rancang_window_commit_editors (self, error))
    return FALSE;
  rancang_history_begin (rancang_window_get_history (self), _("Fill from Renstra"), NULL);
  result = rancang_link_fill_from_renstra (rancang_window_get_document (self), renstra, rancang_window_get_history (self), error);
  rancang_history_end (rancang_window_get_history (self));
  if (result == NULL)
    return FALSE;

  select = result->program_table != NULL ? result->program_table : result->tujuan_table;
  rancang_window_structure_changed (self, select);
  rancang_window_reload_editors (self);
  rancang_window_update_actions (self);
  status = fill_message (result, name);
  rancang_window_set_status (self, status);
  return TRUE;
}

static void
read_done (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  RancangWindow *self = RANCANG_WINDOW (source);
  RancangReadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) renstra = g_task_propagate_pointer (G_TASK (result), &error);

  self->busy--;
  rancang_window_show_progress (self, self->busy > 0);
  rancang_window_set_status (self, "");
  /* another document opened in the window meanwhile is not filled */
  if (!rancang_window_holds_job_document (self, job))
    return;
  if (renstra == NULL)
    {
      rancang_window_show_read_error (self, job->name, error);
      return;
    }
  if (!rancang_window_fill_from_renstra_apply (self, renstra, job->name, &error))
    {
      g_autofree char *title = g_strdup_printf (_("The Renja could not be filled from “%s”"), job->name);
      rancang_window_show_message (self, GTK_MESSAGE_ERROR, title, error->message);
    }
}

void
rancang_window_fill_from_renstra (RancangWindow *self,
                                  GFile         *file)
{
  g_return_if_fail (RANCANG_IS_WINDOW (self) && G_IS_FILE (file));
  if (rancang_window_get_document (self) == NULL)
    return;
  rancang_window_start_read (self, file, NULL, &self->busy, _("Reading the Renstra…"),
                             rancang_window_read_thread, read_done);
}

static void
action_fill_from_renstra (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       data)
{
  RancangWindow *self = RANCANG_WINDOW (data);

  if (rancang_window_get_document (self) == NULL)
    return;
  if (rancang_document_get_kind (rancang_window_get_document (self)) != RANCANG_KIND_RENJA)
    {
      rancang_window_show_message (self, GTK_MESSAGE_INFO, _("Only a Renja is filled from a Renstra"),
                                   _("This document is a Renstra. Open the Renja that follows it, then fill it from this Renstra."));
      return;
    }
  rancang_window_choose_document (self, _("Fill from Renstra"), _("_Fill"),
                                  rancang_window_fill_from_renstra);
}

static const GActionEntry renstra_entries[] = {
  { "fill-from-renstra", action_fill_from_renstra },
};

void
rancang_window_renstra_init (RancangWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), renstra_entries, G_N_ELEMENTS (renstra_entries), self);
}
