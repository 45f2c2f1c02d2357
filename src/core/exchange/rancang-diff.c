/* rancang-diff.c: what changed between two versions of a document.
 * See rancang-diff.h.
 */
#include "rancang-diff.h"
#include "rancang-edit.h"
#include "rancang-parts.h"

#include "rancang-csv.h"

#include <string.h>

#include "rancang-decimal.h"
#include "rancang-identity.h"
#include "rancang-numbering.h"

typedef struct
{
  RancangDocument *old_doc;
  RancangDocument *new_doc;
  RancangNumbers  *old_numbers;
  RancangNumbers  *new_numbers;
  GPtrArray       *changes;
  GHashTable      *old_tables;   /* id -> table node */
  GHashTable      *new_tables;
  GHashTable      *old_part_keys; /* key -> index + 1 */
  GHashTable      *new_part_keys;
  GHashTable      *moved;         /* new parts that moved among their siblings */
} Diff;

void
rancang_change_free (RancangChange *change)
{
  if (change == NULL)
    return;
  g_free (change->what);
  g_free (change->change);
  g_free (change->where);
  g_free (change->key);
  g_free (change->field);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change->difference);
  g_free (change);
}

static void
put_field (GString    *out,
           const char *value,
           char        separator,
           gboolean    first)
{
  if (!first)
    g_string_append_c (out, separator);
  rancang_csv_append_field (out, value, separator);
}

/* One line, fields separated by tabs; tabs and newlines in values become
 * spaces so that every change stays on one line. */
char *
rancang_change_to_line (const RancangChange *c)
{
  GString *out = g_string_new (NULL);
  const char *fields[] = { c->what, c->change, c->where, c->key, c->field,
                           c->old_value, c->new_value, c->difference };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    put_field (out, fields[i], '\t', i == 0);
  /* no trailing empty fields */
  while (out->len > 0 && out->str[out->len - 1] == '\t')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

const char *
rancang_change_csv_header (void)
{
  return "what,change,where,key,field,old,new,difference";
}

char *
rancang_change_to_csv (const RancangChange *c)
{
  GString *out = g_string_new (NULL);
  const char *fields[] = { c->what, c->change, c->where, c->key, c->field,
                           c->old_value, c->new_value, c->difference };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    put_field (out, fields[i], ',', i == 0);
  return g_string_free (out, FALSE);
}

static void
add_change (Diff       *diff,
            const char *what,
            const char *change,
            const char *where,
            const char *key,
            const char *field,
            const char *old_value,
            const char *new_value)
{
  RancangChange *c = g_new0 (RancangChange, 1);
  RancangDecimal a, b, d;

  c->what = g_strdup (what);
  c->change = g_strdup (change);
  c->where = g_strdup (where);
  c->key = g_strdup (key);
  c->field = g_strdup (field);
  c->old_value = g_strdup (old_value);
  c->new_value = g_strdup (new_value);
  if (old_value != NULL && new_value != NULL && strcmp (what, "cell") == 0
      && rancang_decimal_parse_c (old_value, &a)
      && rancang_decimal_parse_c (new_value, &b)
      && rancang_decimal_sub (b, a, &d))
    {
      g_autofree char *text = rancang_decimal_to_c_string (rancang_decimal_normalize (d));
      c->difference = rancang_decimal_is_negative (d) || rancang_decimal_is_zero (d)
                      ? g_strdup (text) : g_strconcat ("+", text, NULL);
    }
  g_ptr_array_add (diff->changes, c);
}

/* ------------------------------------------------------------------ metadata */

/* The text of a metadata element with its attributes: what a reader sees. */
static char *
describe_element (const RancangNode *node)
{
  GString *out = g_string_new (NULL);
  g_autofree char *content = rancang_node_dup_content (node);

  for (guint i = 0; i < rancang_node_get_n_attrs (node); i++)
    g_string_append_printf (out, "%s%s=%s", out->len ? " " : "",
                            rancang_node_get_attr_name (node, i),
                            rancang_node_get_attr_value (node, i));
  if (content != NULL && *content)
    g_string_append_printf (out, "%s%s", out->len ? " " : "", content);
  return g_string_free (out, FALSE);
}

/* Metadata elements are keyed by name (options by name="..."). */
static char *
metadata_key (const RancangNode *node)
{
  const char *name = rancang_node_get_attr (node, "name");

  if (rancang_node_is (node, "option") && name != NULL)
    return g_strconcat ("option:", name, NULL);
  return g_strdup (rancang_node_get_name (node));
}

static GHashTable *
metadata_map (RancangNode *metadata,
              GPtrArray   *order)
{
  GHashTable *map = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (RancangNode *n = metadata ? rancang_node_get_first_child (metadata) : NULL; n; n = rancang_node_get_next (n))
    {
      char *key;

      if (rancang_node_is_text (n))
        continue;
      /* the time of the last save is not a change of the document */
      if (rancang_node_is (n, "option") && g_strcmp0 (rancang_node_get_attr (n, "name"), RANCANG_OPTION_SAVED) == 0)
        continue;
      key = metadata_key (n);
      if (g_hash_table_contains (map, key))
        {
          /* a repeated element: number it */
          char *numbered = NULL;
          for (guint i = 2; numbered == NULL || g_hash_table_contains (map, numbered); i++)
            {
              g_free (numbered);
              numbered = g_strdup_printf ("%s#%u", key, i);
            }
          g_free (key);
          key = numbered;
        }
      if (order != NULL)
        g_ptr_array_add (order, g_strdup (key));
      g_hash_table_insert (map, key, describe_element (n));
    }
  return map;
}

static void
diff_attr (Diff              *diff,
           const char        *what,
           const char        *where,
           const char        *key,
           const RancangNode *old_node,
           const RancangNode *new_node,
           const char        *attr)
{
  const char *a = rancang_node_get_attr (old_node, attr);
  const char *b = rancang_node_get_attr (new_node, attr);

  if (g_strcmp0 (a, b) != 0)
    {
      g_autofree char *field = g_strconcat ("@", attr, NULL);
      add_change (diff, what, "changed", where, key, field, a, b);
    }
}

static void
diff_metadata (Diff *diff)
{
  RancangNode *old_root = rancang_document_get_root (diff->old_doc);
  RancangNode *new_root = rancang_document_get_root (diff->new_doc);
  g_autoptr(GPtrArray) old_order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) new_order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) old_map = metadata_map (rancang_document_get_metadata (diff->old_doc), old_order);
  g_autoptr(GHashTable) new_map = metadata_map (rancang_document_get_metadata (diff->new_doc), new_order);

  diff_attr (diff, "metadata", "document", NULL, old_root, new_root, "kind");
  diff_attr (diff, "metadata", "document", NULL, old_root, new_root, "id");
  for (guint i = 0; i < old_order->len; i++)
    {
      const char *key = g_ptr_array_index (old_order, i);
      const char *a = g_hash_table_lookup (old_map, key);
      const char *b = g_hash_table_lookup (new_map, key);

      if (b == NULL)
        add_change (diff, "metadata", "removed", key, NULL, NULL, a, NULL);
      else if (strcmp (a, b) != 0)
        add_change (diff, "metadata", "changed", key, NULL, NULL, a, b);
    }
  for (guint i = 0; i < new_order->len; i++)
    {
      const char *key = g_ptr_array_index (new_order, i);

      if (!g_hash_table_contains (old_map, key))
        add_change (diff, "metadata", "added", key, NULL, NULL, NULL, g_hash_table_lookup (new_map, key));
    }
}

/* ------------------------------------------------------------------ structure */


/* How a part is matched: its id, else its kind of element and title. */
static char *
part_key (const RancangNode *node)
{
  const char *id = rancang_node_get_attr (node, "id");
  const char *title = rancang_node_get_child_content (node, "title");

  if (id != NULL)
    return g_strconcat ("#", id, NULL);
  if (rancang_node_is (node, "preface") && rancang_node_get_attr (node, "kind"))
    return g_strconcat ("preface:", rancang_node_get_attr (node, "kind"), NULL);
  return g_strconcat (rancang_node_get_name (node), ":", title ? title : "", NULL);
}

/* Every part of the document, in document order. */
static GPtrArray *
collect_parts (RancangDocument *doc)
{
  GPtrArray *parts = g_ptr_array_new ();
  RancangNode *root = rancang_document_get_root (doc);

  for (RancangNode *n = root; n; n = rancang_node_next_in_tree (n, root))
    if (rancang_parts_is_titled (n))
      g_ptr_array_add (parts, n);
  return parts;
}

/* What a reader calls the part: its number, else its id or title. */
static char *
part_name (const RancangNumbers *numbers,
           const RancangNode    *node)
{
  const char *number = rancang_numbers_get (numbers, node);
  const char *id = rancang_node_get_attr (node, "id");
  const char *title = rancang_node_get_child_content (node, "title");

  if (number != NULL)
    return g_strdup (number);
  if (id != NULL)
    return g_strdup (id);
  return g_strdup (title ? title : rancang_node_get_name (node));
}

/* The nearest part above NODE (NULL at the top). */
static RancangNode *
owning_part (const RancangNode *node)
{
  for (RancangNode *p = rancang_node_get_parent (node); p; p = rancang_node_get_parent (p))
    if (rancang_parts_is_titled (p))
      return p;
  return NULL;
}

/* The paragraphs and tables of a part itself (not of its sections), in
 * document order; lists and their items are looked into. */
static void
collect_own (RancangNode *part,
             GPtrArray   *paragraphs,
             GPtrArray   *tables)
{
  for (RancangNode *n = rancang_node_get_first_child (part); n; )
    {
      RancangNode *next;

      if (!rancang_node_is_text (n) && rancang_parts_is_titled (n))
        next = NULL; /* skip the subtree */
      else if (!rancang_node_is_text (n) && rancang_node_is (n, "p"))
        {
          g_ptr_array_add (paragraphs, n);
          next = NULL;
        }
      else if (!rancang_node_is_text (n) && rancang_node_is (n, "item"))
        {
          g_ptr_array_add (paragraphs, n);
          next = NULL;
        }
      else if (!rancang_node_is_text (n) && rancang_node_is (n, "table"))
        {
          g_ptr_array_add (tables, n);
          next = NULL;
        }
      else
        next = rancang_node_get_first_child (n);

      if (next == NULL)
        {
          /* next sibling, or climb */
          RancangNode *up = n;
          while (up != part && rancang_node_get_next (up) == NULL)
            up = rancang_node_get_parent (up);
          next = up == part ? NULL : rancang_node_get_next (up);
        }
      n = next;
    }
}

/* ------------------------------------------------------------------ tables */

static char *
table_key (const RancangNode *table,
           guint              index)
{
  const char *id = rancang_node_get_attr (table, "id");

  return id != NULL ? g_strdup (id) : g_strdup_printf ("#%u", index + 1);
}

/* id (or #n) -> table, and table -> id in REVERSE (which owns the keys). */
static GHashTable *
collect_tables (RancangDocument *doc,
                GHashTable      *reverse)
{
  GHashTable *map = g_hash_table_new (g_str_hash, g_str_equal);
  RancangNode *root = rancang_document_get_root (doc);
  guint index = 0;

  for (RancangNode *n = root; n; n = rancang_node_next_in_tree (n, root))
    if (!rancang_node_is_text (n) && rancang_node_is (n, "table"))
      {
        char *key = table_key (n, index);

        g_hash_table_insert (map, key, n);
        g_hash_table_insert (reverse, n, key);
        index++;
      }
  return map;
}

/* The key of every row: its kode, TOTAL for a total row, or PARENT#n for
 * the n-th row without kode under the last row with one. */
void
rancang_diff_row_keys (RancangNode *table,
                       GPtrArray   *rows,
                       GPtrArray   *keys)
{
  const char *parent = NULL;
  guint position = 0;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    {
      const char *kode;
      char *key;

      if (rancang_node_is_text (r) || !rancang_node_is (r, "row"))
        continue;
      kode = rancang_node_get_attr (r, "kode");
      if ((kode == NULL || !*kode) && g_strcmp0 (rancang_node_get_attr (r, "level"), "total") == 0)
        key = g_strdup ("TOTAL");
      else if (kode != NULL && *kode)
        {
          parent = kode;
          position = 0;
          key = g_strdup (kode);
        }
      else
        key = g_strdup_printf ("%s#%u", parent ? parent : "", ++position);
      /* the same kode twice in a table: the second is KODE(2), and so on */
      {
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)) + 1;

        g_hash_table_insert (seen, g_strdup (key), GUINT_TO_POINTER (count));
        if (count > 1)
          {
            char *numbered = g_strdup_printf ("%s(%u)", key, count);
            g_free (key);
            key = numbered;
          }
      }
      g_ptr_array_add (rows, r);
      g_ptr_array_add (keys, key);
    }
}

static void
diff_rows (Diff        *diff,
           const char  *table_id,
           RancangNode *old_row,
           RancangNode *new_row,
           const char  *key)
{
  diff_attr (diff, "row", table_id, key, old_row, new_row, "level");
  diff_attr (diff, "row", table_id, key, old_row, new_row, "office");

  /* cells by column key, in the new row's order, then those removed */
  for (RancangNode *c = rancang_node_get_first_child (new_row); c; c = rancang_node_get_next (c))
    {
      const char *k;
      RancangNode *o = NULL;
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;

      if (rancang_node_is_text (c) || !rancang_node_is (c, "c"))
        continue;
      k = rancang_node_get_attr (c, "k");
      o = rancang_edit_find_cell (old_row, k);
      b = rancang_node_dup_content (c);
      a = o ? rancang_node_dup_content (o) : NULL;
      if (g_strcmp0 (a, b) != 0)
        add_change (diff, "cell", a ? "changed" : "added", table_id, key, k, a, b);
    }
  for (RancangNode *x = rancang_node_get_first_child (old_row); x; x = rancang_node_get_next (x))
    {
      const char *k;

      if (rancang_node_is_text (x) || !rancang_node_is (x, "c"))
        continue;
      k = rancang_node_get_attr (x, "k");
      if (rancang_edit_find_cell (new_row, k) == NULL)
        {
          g_autofree char *a = rancang_node_dup_content (x);
          add_change (diff, "cell", "removed", table_id, key, k, a, NULL);
        }
    }
}

static char *
row_summary (RancangNode *row)
{
  RancangNode *uraian = rancang_edit_find_cell (row, "uraian");

  if (uraian != NULL)
    return rancang_node_dup_content (uraian);
  return g_strdup (rancang_node_get_child_content (row, "c"));
}

static void
diff_table (Diff        *diff,
            const char  *id,
            RancangNode *old_table,
            RancangNode *new_table)
{
  g_autoptr(GPtrArray) old_rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) new_rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) old_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) new_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) old_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) new_index = g_hash_table_new (g_str_hash, g_str_equal);
  guint cursor = 0;

  diff_attr (diff, "table", id, NULL, old_table, new_table, "template");
  if (g_strcmp0 (rancang_node_get_child_content (old_table, "caption"),
                 rancang_node_get_child_content (new_table, "caption")) != 0)
    add_change (diff, "table", "changed", id, NULL, "caption",
                rancang_node_get_child_content (old_table, "caption"),
                rancang_node_get_child_content (new_table, "caption"));

  rancang_diff_row_keys (old_table, old_rows, old_keys);
  rancang_diff_row_keys (new_table, new_rows, new_keys);
  for (guint i = 0; i < old_keys->len; i++)
    g_hash_table_insert (old_index, g_ptr_array_index (old_keys, i), GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < new_keys->len; i++)
    g_hash_table_insert (new_index, g_ptr_array_index (new_keys, i), GUINT_TO_POINTER (i + 1));

  for (guint i = 0; i < new_rows->len; i++)
    {
      const char *key = g_ptr_array_index (new_keys, i);
      guint j = GPOINTER_TO_UINT (g_hash_table_lookup (old_index, key));

      if (j == 0)
        {
          g_autofree char *summary = row_summary (g_ptr_array_index (new_rows, i));
          add_change (diff, "row", "added", id, key, NULL, NULL, summary);
          continue;
        }
      j--;
      /* old rows before this one that are gone */
      for (; cursor < j; cursor++)
        if (!g_hash_table_contains (new_index, g_ptr_array_index (old_keys, cursor)))
          {
            g_autofree char *summary = row_summary (g_ptr_array_index (old_rows, cursor));
            add_change (diff, "row", "removed", id, g_ptr_array_index (old_keys, cursor), NULL, summary, NULL);
          }
      if (cursor == j)
        cursor++;
      diff_rows (diff, id, g_ptr_array_index (old_rows, j), g_ptr_array_index (new_rows, i), key);
    }
  for (; cursor < old_rows->len; cursor++)
    if (!g_hash_table_contains (new_index, g_ptr_array_index (old_keys, cursor)))
      {
        g_autofree char *summary = row_summary (g_ptr_array_index (old_rows, cursor));
        add_change (diff, "row", "removed", id, g_ptr_array_index (old_keys, cursor), NULL, summary, NULL);
      }
}

/* ------------------------------------------------------------------ parts */

static void
diff_paragraphs (Diff       *diff,
                 const char *where,
                 GPtrArray  *old_p,
                 GPtrArray  *new_p)
{
  guint n_old = old_p->len, n_new = new_p->len;
  guint prefix = 0, suffix = 0;
  g_autofree char **old_text = g_new0 (char *, n_old + 1);
  g_autofree char **new_text = g_new0 (char *, n_new + 1);

  for (guint i = 0; i < n_old; i++)
    old_text[i] = rancang_node_dup_content (g_ptr_array_index (old_p, i));
  for (guint i = 0; i < n_new; i++)
    new_text[i] = rancang_node_dup_content (g_ptr_array_index (new_p, i));

  while (prefix < n_old && prefix < n_new && g_strcmp0 (old_text[prefix], new_text[prefix]) == 0)
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix
         && g_strcmp0 (old_text[n_old - 1 - suffix], new_text[n_new - 1 - suffix]) == 0)
    suffix++;

  /* the middle: pairs are changed paragraphs, the rest added or removed */
  for (guint i = prefix, j = prefix; i < n_old - suffix || j < n_new - suffix; )
    {
      g_autofree char *key = NULL;

      if (i < n_old - suffix && j < n_new - suffix)
        {
          key = g_strdup_printf ("%u", j + 1);
          add_change (diff, "paragraph", "changed", where, key, NULL, old_text[i], new_text[j]);
          i++, j++;
        }
      else if (j < n_new - suffix)
        {
          key = g_strdup_printf ("%u", j + 1);
          add_change (diff, "paragraph", "added", where, key, NULL, NULL, new_text[j]);
          j++;
        }
      else
        {
          key = g_strdup_printf ("%u", i + 1);
          add_change (diff, "paragraph", "removed", where, key, NULL, old_text[i], NULL);
          i++;
        }
    }
  for (guint i = 0; i < n_old; i++)
    g_free (old_text[i]);
  for (guint i = 0; i < n_new; i++)
    g_free (new_text[i]);
}

/* The parts that moved among their siblings: of the siblings that were
 * siblings in the old document too, those outside a longest run kept in
 * the old order. (Swapping two sections moves one, not both; sections only
 * renumbered by an insertion or removal before them have not moved.) */
static void
find_moved (Diff      *diff,
            GPtrArray *new_parts)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < new_parts->len; i++)
    {
      RancangNode *part = g_ptr_array_index (new_parts, i);
      RancangNode *parent = rancang_node_get_parent (part);
      g_autofree char *key = part_key (part);
      guint j = GPOINTER_TO_UINT (g_hash_table_lookup (diff->old_part_keys, key));
      GArray *group;

      if (j == 0)
        continue;
      group = g_hash_table_lookup (groups, parent);
      if (group == NULL)
        {
          group = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (groups, parent, group);
        }
      g_array_append_val (group, i);
    }

  GHashTableIter iter;
  gpointer value;
  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *group = value;
      guint n = group->len;
      g_autofree guint *old_pos = g_new (guint, n);
      g_autofree guint *length = g_new (guint, n);
      g_autofree int *back = g_new (int, n);
      guint best = 0;
      int end = -1;

      for (guint a = 0; a < n; a++)
        {
          g_autofree char *key = part_key (g_ptr_array_index (new_parts, g_array_index (group, guint, a)));
          old_pos[a] = GPOINTER_TO_UINT (g_hash_table_lookup (diff->old_part_keys, key));
          length[a] = 1;
          back[a] = -1;
          for (guint b = 0; b < a; b++)
            if (old_pos[b] < old_pos[a] && length[b] + 1 > length[a])
              {
                length[a] = length[b] + 1;
                back[a] = (int) b;
              }
          if (length[a] > best)
            {
              best = length[a];
              end = (int) a;
            }
        }
      {
        g_autofree gboolean *kept = g_new0 (gboolean, n);
        for (int a = end; a >= 0; a = back[a])
          kept[a] = TRUE;
        for (guint a = 0; a < n; a++)
          if (!kept[a])
            g_hash_table_add (diff->moved, g_ptr_array_index (new_parts, g_array_index (group, guint, a)));
      }
    }
}

static void
diff_part (Diff        *diff,
           GHashTable  *old_table_keys,
           GHashTable  *new_table_keys,
           RancangNode *old_part,
           RancangNode *new_part)
{
  g_autofree char *where = part_name (diff->new_numbers, new_part);
  g_autoptr(GPtrArray) old_p = g_ptr_array_new ();
  g_autoptr(GPtrArray) new_p = g_ptr_array_new ();
  g_autoptr(GPtrArray) old_t = g_ptr_array_new ();
  g_autoptr(GPtrArray) new_t = g_ptr_array_new ();
  const char *what = rancang_node_get_name (new_part);

  /* moved: into another part, or after another sibling (parts only
   * renumbered by an insertion or removal elsewhere have not moved) */
  if (old_part != NULL)
    {
      const char *a = rancang_numbers_get (diff->old_numbers, old_part);
      const char *b = rancang_numbers_get (diff->new_numbers, new_part);
      RancangNode *op = owning_part (old_part);
      RancangNode *np = owning_part (new_part);
      g_autofree char *ok = op ? part_key (op) : NULL;
      g_autofree char *nk = np ? part_key (np) : NULL;

      if (g_strcmp0 (ok, nk) != 0 || g_hash_table_contains (diff->moved, new_part))
        {
          const char *id = rancang_node_get_attr (new_part, "id");
          add_change (diff, what, "moved", where,
                      id ? id : rancang_node_get_child_content (new_part, "title"),
                      "number", a ? a : ok, b ? b : nk);
        }
    }
  if (old_part != NULL && g_strcmp0 (rancang_node_get_child_content (old_part, "title"),
                 rancang_node_get_child_content (new_part, "title")) != 0)
    add_change (diff, what, "changed", where, NULL, "title",
                rancang_node_get_child_content (old_part, "title"),
                rancang_node_get_child_content (new_part, "title"));

  if (old_part != NULL)
    collect_own (old_part, old_p, old_t);
  collect_own (new_part, new_p, new_t);
  diff_paragraphs (diff, where, old_p, new_p);

  /* tables removed from here (and not moved elsewhere) */
  for (guint i = 0; i < old_t->len; i++)
    {
      const char *key = g_hash_table_lookup (old_table_keys, g_ptr_array_index (old_t, i));
      if (!g_hash_table_contains (diff->new_tables, key))
        add_change (diff, "table", "removed", key, NULL, NULL,
                    rancang_node_get_child_content (g_ptr_array_index (old_t, i), "caption"), NULL);
    }
  for (guint i = 0; i < new_t->len; i++)
    {
      RancangNode *t = g_ptr_array_index (new_t, i);
      const char *key = g_hash_table_lookup (new_table_keys, t);
      RancangNode *o = g_hash_table_lookup (diff->old_tables, key);

      if (o == NULL)
        add_change (diff, "table", "added", key, NULL, NULL, NULL,
                    rancang_node_get_child_content (t, "caption"));
      else
        diff_table (diff, key, o, t);
    }
}

static void
report_removed_part (Diff        *diff,
                     GHashTable  *old_table_keys,
                     RancangNode *part)
{
  g_autofree char *where = part_name (diff->old_numbers, part);
  g_autoptr(GPtrArray) p = g_ptr_array_new ();
  g_autoptr(GPtrArray) t = g_ptr_array_new ();

  add_change (diff, rancang_node_get_name (part), "removed", where, NULL, "title",
              rancang_node_get_child_content (part, "title"), NULL);
  collect_own (part, p, t);
  for (guint i = 0; i < t->len; i++)
    {
      const char *key = g_hash_table_lookup (old_table_keys, g_ptr_array_index (t, i));
      if (!g_hash_table_contains (diff->new_tables, key))
        add_change (diff, "table", "removed", key, NULL, NULL,
                    rancang_node_get_child_content (g_ptr_array_index (t, i), "caption"), NULL);
    }
}

GPtrArray *
rancang_diff_documents (RancangDocument *old_doc,
                        RancangDocument *new_doc)
{
  Diff diff = { old_doc, new_doc, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL };
  g_autoptr(GHashTable) new_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) old_table_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GHashTable) new_table_keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autoptr(GPtrArray) old_parts = NULL;
  g_autoptr(GPtrArray) new_parts = NULL;
  g_autoptr(GHashTable) old_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) new_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree gboolean *old_matched = NULL;
  guint cursor = 0;

  g_return_val_if_fail (old_doc != NULL && new_doc != NULL, NULL);

  diff.changes = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_change_free);
  diff.old_numbers = rancang_numbers_new (old_doc);
  diff.new_numbers = rancang_numbers_new (new_doc);
  diff.old_tables = collect_tables (old_doc, old_table_keys);
  diff.new_tables = collect_tables (new_doc, new_table_keys);

  diff_metadata (&diff);

  old_parts = collect_parts (old_doc);
  new_parts = collect_parts (new_doc);
  old_matched = g_new0 (gboolean, old_parts->len + 1);
  for (guint i = 0; i < old_parts->len; i++)
    {
      char *key = part_key (g_ptr_array_index (old_parts, i));
      if (!g_hash_table_contains (old_index, key))
        g_hash_table_insert (old_index, key, GUINT_TO_POINTER (i + 1));
      else
        g_free (key);
    }

  for (guint i = 0; i < new_parts->len; i++)
    {
      char *key = part_key (g_ptr_array_index (new_parts, i));
      if (!g_hash_table_contains (new_index, key))
        g_hash_table_insert (new_index, key, GUINT_TO_POINTER (i + 1));
      else
        g_free (key);
    }
  diff.old_part_keys = old_index;
  diff.new_part_keys = new_index;
  diff.moved = g_hash_table_new (NULL, NULL);
  find_moved (&diff, new_parts);

  for (guint i = 0; i < new_parts->len; i++)
    {
      RancangNode *part = g_ptr_array_index (new_parts, i);
      char *key = part_key (part);
      guint j = GPOINTER_TO_UINT (g_hash_table_lookup (old_index, key));

      if (j == 0 || old_matched[j - 1] || g_hash_table_contains (new_keys, key))
        {
          g_autofree char *where = part_name (diff.new_numbers, part);
          add_change (&diff, rancang_node_get_name (part), "added", where, NULL, "title", NULL,
                      rancang_node_get_child_content (part, "title"));
          g_hash_table_add (new_keys, key);
          /* its paragraphs are new; its tables are reported */
          diff_part (&diff, old_table_keys, new_table_keys, NULL, part);
          continue;
        }
      g_hash_table_add (new_keys, key);
      j--;
      old_matched[j] = TRUE;
      for (; cursor < j; cursor++)
        if (!old_matched[cursor])
          {
            g_autofree char *okey = part_key (g_ptr_array_index (old_parts, cursor));
            if (!g_hash_table_contains (new_index, okey))
              {
                old_matched[cursor] = TRUE;
                report_removed_part (&diff, old_table_keys, g_ptr_array_index (old_parts, cursor));
              }
          }
      diff_part (&diff, old_table_keys, new_table_keys, g_ptr_array_index (old_parts, j), part);
    }
  for (guint i = 0; i < old_parts->len; i++)
    if (!old_matched[i])
      report_removed_part (&diff, old_table_keys, g_ptr_array_index (old_parts, i));

  g_hash_table_unref (diff.moved);
  g_hash_table_unref (diff.old_tables);
  g_hash_table_unref (diff.new_tables);
  rancang_numbers_free (diff.old_numbers);
  rancang_numbers_free (diff.new_numbers);
  return diff.changes;
}

/* ------------------------------------------------------------------ places */

struct _RancangDiffPlaces
{
  RancangDocument *doc;
  GHashTable      *tables;   /* key (id or #n) -> table */
  GHashTable      *rows;     /* table -> (row key -> row), made when first asked */
  GHashTable      *parts;    /* what a reader calls a part -> part */
};

RancangDiffPlaces *
rancang_diff_places_new (RancangDocument *doc)
{
  RancangDiffPlaces *places = g_new0 (RancangDiffPlaces, 1);
  g_autoptr(GHashTable) reverse = g_hash_table_new_full (NULL, NULL, NULL, NULL);
  g_autoptr(GPtrArray) parts = collect_parts (doc);
  RancangNumbers *numbers = rancang_numbers_new (doc);

  places->doc = doc;
  places->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  places->rows = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  places->parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  {
    /* collect_tables() keys the tables the way the changes name them */
    g_autoptr(GHashTable) owned = g_hash_table_new_full (NULL, NULL, NULL, g_free);
    GHashTable *map = collect_tables (doc, owned);
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, map);
    while (g_hash_table_iter_next (&iter, &key, &value))
      g_hash_table_insert (places->tables, g_strdup (key), value);
    g_hash_table_unref (map);
  }
  for (guint i = 0; i < parts->len; i++)
    {
      char *name = part_name (numbers, g_ptr_array_index (parts, i));
      if (!g_hash_table_contains (places->parts, name))
        g_hash_table_insert (places->parts, name, g_ptr_array_index (parts, i));
      else
        g_free (name);
    }
  rancang_numbers_free (numbers);
  return places;
}

void
rancang_diff_places_free (RancangDiffPlaces *places)
{
  if (places == NULL)
    return;
  g_hash_table_unref (places->tables);
  g_hash_table_unref (places->rows);
  g_hash_table_unref (places->parts);
  g_free (places);
}

static RancangNode *
locate_row (RancangDiffPlaces *places,
            RancangNode       *table,
            const char        *key,
            gboolean          *exact)
{
  GHashTable *rows = g_hash_table_lookup (places->rows, table);
  g_autofree char *prefix = g_strdup (key);

  if (rows == NULL)
    {
      g_autoptr(GPtrArray) list = g_ptr_array_new ();
      g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

      rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      rancang_diff_row_keys (table, list, keys);
      for (guint i = 0; i < keys->len; i++)
        g_hash_table_insert (rows, g_strdup (g_ptr_array_index (keys, i)), g_ptr_array_index (list, i));
      g_hash_table_insert (places->rows, table, rows);
    }
  *exact = TRUE;
  /* the row itself, else (removed) the row of the longest kode above it */
  while (prefix != NULL)
    {
      RancangNode *row = g_hash_table_lookup (rows, prefix);
      char *cut;

      if (row != NULL)
        return row;
      *exact = FALSE;
      cut = strrchr (prefix, '#');
      if (cut == NULL)
        cut = strrchr (prefix, '.');
      if (cut == NULL)
        break;
      *cut = '\0';
    }
  return NULL;
}

RancangNode *
rancang_diff_places_locate (RancangDiffPlaces   *places,
                            const RancangChange *change,
                            const char         **column)
{
  const char *what;

  g_return_val_if_fail (places != NULL && change != NULL, NULL);
  what = change->what ? change->what : "";
  if (column != NULL)
    *column = NULL;

  if (strcmp (what, "metadata") == 0)
    return rancang_document_get_metadata (places->doc);
  if (strcmp (what, "table") == 0 || strcmp (what, "row") == 0 || strcmp (what, "cell") == 0)
    {
      RancangNode *table = change->where ? g_hash_table_lookup (places->tables, change->where) : NULL;
      RancangNode *row;
      gboolean exact = FALSE;

      if (table == NULL || change->key == NULL)
        return table;
      row = locate_row (places, table, change->key, &exact);
      if (row == NULL)
        return table;
      if (column != NULL && exact && strcmp (what, "cell") == 0 && g_strcmp0 (change->change, "removed") != 0)
        *column = change->field;
      return row;
    }
  if (strcmp (what, "paragraph") == 0)
    {
      RancangNode *part = change->where ? g_hash_table_lookup (places->parts, change->where) : NULL;
      g_autoptr(GPtrArray) paragraphs = g_ptr_array_new ();
      g_autoptr(GPtrArray) tables = g_ptr_array_new ();
      guint64 n = 0;

      if (part == NULL)
        return NULL;
      collect_own (part, paragraphs, tables);
      if (change->key != NULL && g_ascii_string_to_unsigned (change->key, 10, 1, G_MAXUINT, &n, NULL)
          && paragraphs->len > 0)
        return g_ptr_array_index (paragraphs, MIN (n, paragraphs->len) - 1);
      return part;
    }
  /* a part: added, moved, retitled (by its number here), or removed */
  return change->where ? g_hash_table_lookup (places->parts, change->where) : NULL;
}

RancangNode *
rancang_diff_locate (RancangDocument     *doc,
                     const RancangChange *change,
                     const char         **column)
{
  RancangDiffPlaces *places;
  RancangNode *node;

  g_return_val_if_fail (doc != NULL && change != NULL, NULL);
  places = rancang_diff_places_new (doc);
  node = rancang_diff_places_locate (places, change, column);
  rancang_diff_places_free (places);
  return node;
}
