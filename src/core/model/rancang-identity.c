/* rancang-identity.c: id, revision and time of the last save.
 * See rancang-identity.h. */
#include "rancang-identity.h"

#include <string.h>

guint64
rancang_document_get_revision (RancangDocument *doc)
{
  const char *text;
  guint64 revision = 0;

  g_return_val_if_fail (doc != NULL, 0);
  text = rancang_node_get_attr (rancang_document_get_root (doc), "revision");
  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT64 - 1, &revision, NULL))
    return 0;
  return revision;
}

static RancangNode *
saved_option (RancangNode *metadata)
{
  for (RancangNode *n = rancang_node_get_first_child (metadata); n; n = rancang_node_get_next (n))
    if (!rancang_node_is_text (n) && rancang_node_is (n, "option")
        && g_strcmp0 (rancang_node_get_attr (n, "name"), RANCANG_OPTION_SAVED) == 0)
      return n;
  return NULL;
}

/* Gives DOC an id if it has none, the next revision, and NOW (UTC; the
 * current time when NULL) as the time of its last save. */
void
rancang_document_stamp (RancangDocument *doc,
                        GDateTime       *now)
{
  RancangNode *root;
  RancangNode *metadata;
  RancangNode *option = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *revision = NULL;
  g_autofree char *saved = NULL;

  g_return_if_fail (doc != NULL);
  root = rancang_document_get_root (doc);
  metadata = rancang_document_get_metadata (doc);

  if (rancang_node_get_attr (root, "id") == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      g_autofree char *id = g_strconcat ("doc-", uuid, NULL);
      rancang_node_set_attr (root, "id", id);
    }
  revision = g_strdup_printf ("%" G_GUINT64_FORMAT, rancang_document_get_revision (doc) + 1);
  rancang_node_set_attr (root, "revision", revision);

  utc = now != NULL ? g_date_time_to_utc (now) : g_date_time_new_now_utc ();
  saved = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  option = saved_option (metadata);
  if (option == NULL)
    {
      /* options come last in the metadata */
      option = rancang_node_new_element ("option");
      rancang_node_set_attr (option, "name", RANCANG_OPTION_SAVED);
      rancang_node_append_child (metadata, option);
    }
  rancang_node_set_attr (option, "value", saved);
}

void
rancang_document_take_stamp (RancangDocument *to,
                             RancangDocument *from)
{
  RancangNode *to_root, *from_root;
  RancangNode *from_option, *to_option;
  const char *saved;

  g_return_if_fail (to != NULL && from != NULL);
  to_root = rancang_document_get_root (to);
  from_root = rancang_document_get_root (from);
  if (rancang_node_get_attr (from_root, "id") != NULL)
    rancang_node_set_attr (to_root, "id", rancang_node_get_attr (from_root, "id"));
  if (rancang_node_get_attr (from_root, "revision") != NULL)
    rancang_node_set_attr (to_root, "revision", rancang_node_get_attr (from_root, "revision"));
  from_option = saved_option (rancang_document_get_metadata (from));
  saved = from_option ? rancang_node_get_attr (from_option, "value") : NULL;
  if (saved == NULL)
    return;
  to_option = saved_option (rancang_document_get_metadata (to));
  if (to_option == NULL)
    {
      to_option = rancang_node_new_element ("option");
      rancang_node_set_attr (to_option, "name", RANCANG_OPTION_SAVED);
      rancang_node_append_child (rancang_document_get_metadata (to), to_option);
    }
  rancang_node_set_attr (to_option, "value", saved);
}
