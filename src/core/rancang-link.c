/* rancang-link.c: a Renja and its Renstra. See rancang-link.h. */
#include "rancang-link.h"

#include <string.h>

#include "rancang-decimal.h"

static gboolean
check_kinds (RancangDocument  *renja,
             RancangDocument  *renstra,
             GError          **error)
{
  int start, end, year;

  if (rancang_document_get_kind (renja) != RANCANG_KIND_RENJA)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_ARGUMENT,
                   "the first document is a %s, not a Renja", rancang_kind_to_string (rancang_document_get_kind (renja)));
      return FALSE;
    }
  if (rancang_document_get_kind (renstra) != RANCANG_KIND_RENSTRA)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_ARGUMENT,
                   "the second document is a %s, not a Renstra", rancang_kind_to_string (rancang_document_get_kind (renstra)));
      return FALSE;
    }
  if (rancang_node_get_attr (rancang_document_get_root (renstra), "id") == NULL)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_ARGUMENT,
                   "the Renstra has no id (saving it with rancang-cli gives it one)");
      return FALSE;
    }
  rancang_document_get_period (renstra, &start, &end);
  year = rancang_document_get_plan_year (renja);
  if (year < start || year > end)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_INVALID,
                   "the Renja's plan year %d is outside the Renstra's period %d-%d", year, start, end);
      return FALSE;
    }
  return TRUE;
}

gboolean
rancang_link_documents (RancangDocument  *renja,
                        RancangDocument  *renstra,
                        GError          **error)
{
  RancangNode *metadata;
  RancangNode *option = NULL;

  g_return_val_if_fail (renja != NULL && renstra != NULL, FALSE);
  if (!check_kinds (renja, renstra, error))
    return FALSE;
  metadata = rancang_document_get_metadata (renja);
  for (RancangNode *n = rancang_node_get_first_child (metadata); n && option == NULL; n = rancang_node_get_next (n))
    if (!rancang_node_is_text (n) && rancang_node_is (n, "option")
        && g_strcmp0 (rancang_node_get_attr (n, "name"), RANCANG_OPTION_RENSTRA) == 0)
      option = n;
  if (option == NULL)
    {
      option = rancang_node_new_element ("option");
      rancang_node_set_attr (option, "name", RANCANG_OPTION_RENSTRA);
      rancang_node_append_child (metadata, option);
    }
  rancang_node_set_attr (option, "value", rancang_node_get_attr (rancang_document_get_root (renstra), "id"));
  return TRUE;
}

static char *
cell (RancangNode *row,
      const char  *k)
{
  for (RancangNode *c = rancang_node_get_first_child (row); c; c = rancang_node_get_next (c))
    if (!rancang_node_is_text (c) && g_strcmp0 (rancang_node_get_attr (c, "k"), k) == 0)
      {
        char *text = rancang_node_dup_content (c);
        return text != NULL ? g_strstrip (text) : NULL;
      }
  return NULL;
}

/* kode, else "indikator:" and the indikator folded; NULL when neither */
static char *
row_key (RancangNode *row)
{
  const char *kode = rancang_node_get_attr (row, "kode");
  g_autofree char *indikator = NULL;

  if (kode != NULL && *kode)
    return g_strdup (kode);
  indikator = cell (row, "indikator");
  if (indikator == NULL || *indikator == '\0')
    return NULL;
  {
    g_autofree char *folded = g_utf8_casefold (indikator, -1);
    return g_strconcat ("indikator:", folded, NULL);
  }
}

static gboolean
same_target (const char *a,
             const char *b)
{
  RancangDecimal x, y;

  if (g_strcmp0 (a, b) == 0)
    return TRUE;
  return a != NULL && b != NULL && rancang_decimal_parse_c (a, &x) && rancang_decimal_parse_c (b, &y)
         && rancang_decimal_cmp (x, y) == 0;
}

GPtrArray *
rancang_link_compare (RancangDocument  *renja,
                      RancangDocument  *renstra,
                      GError          **error)
{
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *lines;
  RancangNode *root;
  const char *linked = rancang_document_get_option (renja, RANCANG_OPTION_RENSTRA);
  const char *id;
  int start, end, year;
  g_autofree char *column = NULL;

  g_return_val_if_fail (renja != NULL && renstra != NULL, NULL);
  if (!check_kinds (renja, renstra, error))
    return NULL;
  id = rancang_node_get_attr (rancang_document_get_root (renstra), "id");
  if (linked != NULL && strcmp (linked, id) != 0)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_ARGUMENT,
                   "the Renja follows the Renstra “%s”, not “%s”", linked, id);
      return NULL;
    }
  rancang_document_get_period (renstra, &start, &end);
  year = rancang_document_get_plan_year (renja);
  column = g_strdup_printf ("t%d", year - start + 1);

  root = rancang_document_get_root (renstra);
  for (RancangNode *t = root; t; t = rancang_node_next_in_tree (t, root))
    {
      if (rancang_node_is_text (t) || !rancang_node_is (t, "table")
          || g_strcmp0 (rancang_node_get_attr (t, "template"), "rencana-program-renstra") != 0)
        continue;
      for (RancangNode *r = rancang_node_get_first_child (t); r; r = rancang_node_get_next (r))
        {
          char *key;
          char *value;

          if (rancang_node_is_text (r) || !rancang_node_is (r, "row"))
            continue;
          key = row_key (r);
          value = cell (r, column);
          if (key == NULL || value == NULL || g_hash_table_contains (targets, key))
            {
              g_free (key);
              g_free (value);
              continue;
            }
          g_hash_table_insert (tables, g_strdup (key), (gpointer) rancang_node_get_attr (t, "id"));
          g_hash_table_insert (targets, key, value);
        }
    }

  lines = g_ptr_array_new_with_free_func (g_free);
  root = rancang_document_get_root (renja);
  for (RancangNode *t = root; t; t = rancang_node_next_in_tree (t, root))
    {
      const char *table_id;

      if (rancang_node_is_text (t) || !rancang_node_is (t, "table")
          || g_strcmp0 (rancang_node_get_attr (t, "template"), "rencana-program") != 0)
        continue;
      table_id = rancang_node_get_attr (t, "id");
      for (RancangNode *r = rancang_node_get_first_child (t); r; r = rancang_node_get_next (r))
        {
          g_autofree char *key = NULL;
          g_autofree char *target = NULL;
          const char *planned;

          if (rancang_node_is_text (r) || !rancang_node_is (r, "row"))
            continue;
          key = row_key (r);
          target = cell (r, "target");
          if (key == NULL || target == NULL || (planned = g_hash_table_lookup (targets, key)) == NULL)
            continue;
          if (!same_target (target, planned))
            {
              const char *kode = rancang_node_get_attr (r, "kode");
              g_ptr_array_add (lines, g_strdup_printf ("%s\t%s\ttarget\t%s\t%s\tthe target for %d differs from the Renstra's (%s, %s)",
                                                       table_id ? table_id : "", kode ? kode : "",
                                                       target, planned, year,
                                                       (const char *) g_hash_table_lookup (tables, key), column));
            }
        }
    }
  return lines;
}
