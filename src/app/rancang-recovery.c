/* rancang-recovery.c: unsaved work kept on disk until it is saved. */
#include "rancang-recovery.h"

#include <string.h>

#include <glib/gstdio.h>

char *
rancang_recovery_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "rancang", "recovery", NULL);
}

char *
rancang_recovery_new_id (void)
{
  return g_uuid_string_random ();
}

static char *
path_for (const char *id,
          const char *suffix)
{
  g_autofree char *dir = rancang_recovery_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

void
rancang_recovery_entry_free (RancangRecoveryEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->id);
  g_free (entry->xml_path);
  g_free (entry->original);
  g_free (entry->title);
  g_clear_pointer (&entry->saved, g_date_time_unref);
  g_free (entry);
}

/* Called from a worker thread: GLib only, nothing shared. The document is
 * written before its .info, so an entry that is listed is complete. */
gboolean
rancang_recovery_write (const char  *id,
                        const char  *original,
                        const char  *title,
                        const char  *xml,
                        gsize        length,
                        GError     **error)
{
  g_autofree char *dir = rancang_recovery_dir ();
  g_autofree char *xml_path = path_for (id, ".xml");
  g_autofree char *info_path = path_for (id, ".info");
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  g_autofree char *data = NULL;
  gsize data_length;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s", dir);
      return FALSE;
    }
  if (!g_file_set_contents_full (xml_path, xml, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;
  if (original != NULL)
    g_key_file_set_string (info, "Recovery", "Original", original);
  g_key_file_set_string (info, "Recovery", "Title", title ? title : "");
  g_key_file_set_string (info, "Recovery", "Saved", stamp);
  data = g_key_file_to_data (info, &data_length, NULL);
  return g_file_set_contents_full (info_path, data, (gssize) data_length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

void
rancang_recovery_discard (const char *id)
{
  g_autofree char *xml_path = NULL;
  g_autofree char *info_path = NULL;

  if (id == NULL)
    return;
  xml_path = path_for (id, ".xml");
  info_path = path_for (id, ".info");
  g_remove (info_path);
  g_remove (xml_path);
}

static gint
by_time (gconstpointer a,
         gconstpointer b)
{
  const RancangRecoveryEntry *ea = *(RancangRecoveryEntry **) a;
  const RancangRecoveryEntry *eb = *(RancangRecoveryEntry **) b;

  return g_date_time_compare (eb->saved, ea->saved);
}

GPtrArray *
rancang_recovery_list (void)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_recovery_entry_free);
  g_autofree char *dir_path = rancang_recovery_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return entries;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GKeyFile) info = g_key_file_new ();
      g_autofree char *info_path = g_build_filename (dir_path, name, NULL);
      g_autofree char *stamp = NULL;
      RancangRecoveryEntry *entry;

      if (!g_str_has_suffix (name, ".info") || !g_key_file_load_from_file (info, info_path, 0, NULL))
        continue;
      entry = g_new0 (RancangRecoveryEntry, 1);
      entry->id = g_strndup (name, strlen (name) - strlen (".info"));
      entry->xml_path = path_for (entry->id, ".xml");
      entry->original = g_key_file_get_string (info, "Recovery", "Original", NULL);
      entry->title = g_key_file_get_string (info, "Recovery", "Title", NULL);
      stamp = g_key_file_get_string (info, "Recovery", "Saved", NULL);
      entry->saved = stamp ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
      if (entry->saved == NULL)
        entry->saved = g_date_time_new_now_utc ();
      if (!g_file_test (entry->xml_path, G_FILE_TEST_IS_REGULAR))
        {
          rancang_recovery_entry_free (entry);
          continue;
        }
      g_ptr_array_add (entries, entry);
    }
  g_ptr_array_sort (entries, by_time);
  return entries;
}
