/* rancang-merge.c: merging parts of a document. See rancang-merge.h. */
#include "rancang-merge.h"

#include "rancang-edit.h"
#include "rancang-parts.h"

#include <stdlib.h>
#include <string.h>

#include "rancang-csv.h"
#include "rancang-decimal.h"
#include "rancang-diff.h"
#include "rancang-format.h"
#include "rancang-numbering.h"

typedef struct
{
  RancangDocument *base;
  RancangDocument *part;
  const char      *base_office;
  const char      *part_office;
  RancangPrefer    prefer;
  GPtrArray       *conflicts;
  guint            n_conflicts;
  GHashTable      *decisions;  /* rancang_conflict_key() -> RancangPrefer */
  RancangHistory  *history;    /* every change through it, or NULL */
} Merge;

/* The edits of a merge, through the history when there is one, so that a
 * merge made in the window is one step to undo. */
static void
edit_insert (Merge       *m,
             RancangNode *parent,
             RancangNode *before,
             RancangNode *node)
{
  if (m->history != NULL)
    rancang_history_insert (m->history, parent, before, node);
  else if (before != NULL)
    rancang_node_insert_before (before, node);
  else
    rancang_node_append_child (parent, node);
}

static void
edit_insert_after (Merge       *m,
                   RancangNode *after,
                   RancangNode *node)
{
  edit_insert (m, rancang_node_get_parent (after), rancang_node_get_next (after), node);
}

static void
edit_set_attr (Merge       *m,
               RancangNode *node,
               const char  *name,
               const char  *value)
{
  if (m->history != NULL)
    rancang_history_set_attr (m->history, node, name, value);
  else
    rancang_node_set_attr (node, name, value);
}

static void
edit_set_content (Merge       *m,
                  RancangNode *element,
                  const char  *text)
{
  if (m->history != NULL)
    rancang_history_set_content (m->history, element, text);
  else
    rancang_node_set_content (element, text);
}

void
rancang_conflict_free (RancangConflict *c)
{
  if (c == NULL)
    return;
  g_free (c->table);
  g_free (c->kode);
  g_free (c->column);
  g_free (c->base_value);
  g_free (c->part_value);
  g_free (c->base_office);
  g_free (c->part_office);
  g_free (c);
}

/* table, kode, column, base value, base office, part value, part office;
 * written like a finding, so a value holding a tab or a line break (a
 * text cell) cannot split the line. */
char *
rancang_conflict_to_line (const RancangConflict *c)
{
  const char *fields[] = { c->table, c->kode, c->column, c->base_value, c->base_office,
                           c->part_value, c->part_office };
  GString *line = g_string_new ("conflict");

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_string_append_c (line, '\t');
      rancang_csv_append_field (line, fields[i], '\t');
    }
  return g_string_free (line, FALSE);
}

char *
rancang_conflict_key (const RancangConflict *c)
{
  return g_strconcat (c->table ? c->table : "", "\n", c->kode ? c->kode : "", "\n",
                      c->column ? c->column : "", NULL);
}

static gboolean
all_digits (const char *s,
            gsize       len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* Segment by segment; numeric segments by value ("5.3" < "5.10"). */
int
rancang_kode_compare (const char *a,
                      const char *b)
{
  while (*a && *b)
    {
      gsize la = strcspn (a, "."), lb = strcspn (b, ".");
      int r;

      if (all_digits (a, la) && all_digits (b, lb))
        {
          while (la > 1 && *a == '0') a++, la--;
          while (lb > 1 && *b == '0') b++, lb--;
          r = la != lb ? (la < lb ? -1 : 1) : strncmp (a, b, la);
        }
      else
        {
          r = strncmp (a, b, MIN (la, lb));
          if (r == 0 && la != lb)
            r = la < lb ? -1 : 1;
        }
      if (r != 0)
        return r;
      a += la;
      b += lb;
      if (*a == '.')
        a++;
      if (*b == '.')
        b++;
    }
  return *a ? 1 : *b ? -1 : 0;
}

/* The parts a merge matches and brings in; the front matter (a preface)
 * stays the base's. */
static gboolean
is_part (const RancangNode *node)
{
  return rancang_parts_is_titled (node) && !rancang_node_is (node, "preface");
}

static char *
part_key (const RancangNode *node)
{
  const char *id = rancang_node_get_attr (node, "id");
  const char *title = rancang_node_get_child_content (node, "title");

  if (id != NULL)
    return g_strconcat ("#", id, NULL);
  return g_strconcat (rancang_node_get_name (node), ":", title ? title : "", NULL);
}

static RancangNode *
owning_part (const RancangNode *node)
{
  for (RancangNode *p = rancang_node_get_parent (node); p; p = rancang_node_get_parent (p))
    if (is_part (p))
      return p;
  return NULL;
}

static const char *
row_office (const RancangNode *row,
            const char        *office)
{
  const char *own = rancang_node_get_attr (row, "office");
  return own != NULL ? own : office;
}

static void
mark_office (Merge       *m,
             RancangNode *row,
             const char  *office)
{
  if (office != NULL && *office && rancang_node_get_attr (row, "office") == NULL)
    {
      if (rancang_node_get_parent (row) == NULL)
        rancang_node_set_attr (row, "office", office);   /* a copy not yet in the tree */
      else
        edit_set_attr (m, row, "office", office);
    }
}

static void
merge_row (Merge       *m,
           const char  *table_id,
           const char  *key_kode,
           RancangNode *base_row,
           RancangNode *part_row)
{
  const char *key = key_kode;

  for (RancangNode *c = rancang_node_get_first_child (part_row); c; c = rancang_node_get_next (c))
    {
      const char *k;
      RancangNode *b;
      g_autofree char *pv = NULL;
      g_autofree char *bv = NULL;
      RancangPrefer prefer;

      if (rancang_node_is_text (c) || !rancang_node_is (c, "c"))
        continue;
      k = rancang_node_get_attr (c, "k");
      b = rancang_edit_find_cell (base_row, k);
      pv = rancang_node_dup_content (c);
      if (b == NULL)
        {
          edit_insert (m, base_row, NULL, rancang_node_copy (c));
          continue;
        }
      bv = rancang_node_dup_content (b);
      if (rancang_decimal_c_equal (bv, pv))
        continue;
      prefer = m->prefer;
      if (m->decisions != NULL)
        {
          RancangConflict which = { (char *) table_id, (char *) key_kode, (char *) k, NULL, NULL, NULL, NULL };
          g_autofree char *name = rancang_conflict_key (&which);
          gpointer decision;

          if (g_hash_table_lookup_extended (m->decisions, name, NULL, &decision))
            prefer = GPOINTER_TO_INT (decision);
        }
      if (prefer == RANCANG_PREFER_PART)
        edit_set_content (m, b, pv);
      else if (prefer == RANCANG_PREFER_NONE)
        {
          RancangConflict *conflict = g_new0 (RancangConflict, 1);

          conflict->table = g_strdup (table_id);
          conflict->kode = g_strdup (key);
          conflict->column = g_strdup (k);
          conflict->base_value = g_strdup (bv);
          conflict->part_value = g_strdup (pv);
          conflict->base_office = g_strdup (row_office (base_row, m->base_office));
          conflict->part_office = g_strdup (row_office (part_row, m->part_office));
          if (m->conflicts != NULL)
            g_ptr_array_add (m->conflicts, conflict);
          else
            rancang_conflict_free (conflict);
          m->n_conflicts++;
        }
    }
}

static const char *
row_kode (const RancangNode *row)
{
  const char *kode = rancang_node_get_attr (row, "kode");
  return kode != NULL && *kode ? kode : NULL;
}

static gboolean
is_row (const RancangNode *node)
{
  return !rancang_node_is_text (node) && rancang_node_is (node, "row");
}

static gboolean
is_total (const RancangNode *row)
{
  return g_strcmp0 (rancang_node_get_attr (row, "level"), "total") == 0;
}

/* Where a row with KODE goes in TABLE, whose rows BY_KODE finds: the row to
 * insert it before (NULL: after the last row). Under its parent (the row
 * whose kode is the longest prefix of KODE), in kode order among its
 * siblings. AFTER (if not NULL) gets the row it then follows. */
RancangNode *
rancang_kode_insert_point (RancangNode  *table,
                           GHashTable   *by_kode,
                           const char   *kode,
                           RancangNode **after)
{
  g_autofree char *prefix = g_strdup (kode);
  RancangNode *parent = NULL;
  RancangNode *start;
  RancangNode *unused;
  const char *pkode = NULL;
  gsize plen = 0;

  if (after == NULL)
    after = &unused;
  *after = NULL;
  for (char *dot = strrchr (prefix, '.'); dot != NULL && parent == NULL; dot = strrchr (prefix, '.'))
    {
      *dot = '\0';
      parent = g_hash_table_lookup (by_kode, prefix);
    }
  if (parent != NULL)
    {
      pkode = row_kode (parent);
      plen = strlen (pkode);
      start = rancang_node_get_next (parent);
      *after = parent;
    }
  else
    start = rancang_node_get_first_child (table);

  for (RancangNode *r = start; r; r = rancang_node_get_next (r))
    {
      const char *k;

      if (!is_row (r))
        continue;
      if (is_total (r))
        return r;
      k = row_kode (r);
      if (k == NULL)
        {
          *after = r;
          continue;
        }
      if (pkode != NULL && !(strncmp (k, pkode, plen) == 0 && k[plen] == '.'))
        return r;   /* past the parent's rows */
      if (rancang_kode_compare (k, kode) > 0)
        return r;
      *after = r;
    }
  return NULL;
}

static void
merge_table (Merge       *m,
             RancangNode *base_table,
             RancangNode *part_table)
{
  const char *id = rancang_node_get_attr (base_table, "id");
  g_autoptr(GPtrArray) base_rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) base_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) part_rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) part_keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_kode = g_hash_table_new (g_str_hash, g_str_equal);
  RancangNode *last = NULL;

  rancang_diff_row_keys (base_table, base_rows, base_keys);
  rancang_diff_row_keys (part_table, part_rows, part_keys);
  for (guint i = 0; i < base_rows->len; i++)
    {
      RancangNode *r = g_ptr_array_index (base_rows, i);

      g_hash_table_insert (by_key, g_strdup (g_ptr_array_index (base_keys, i)), r);
      if (row_kode (r) != NULL && !g_hash_table_contains (by_kode, row_kode (r)))
        g_hash_table_insert (by_kode, (gpointer) row_kode (r), r);
      mark_office (m, r, m->base_office);
    }

  for (guint i = 0; i < part_rows->len; i++)
    {
      RancangNode *p = g_ptr_array_index (part_rows, i);
      const char *key = g_ptr_array_index (part_keys, i);
      RancangNode *b = g_hash_table_lookup (by_key, key);
      RancangNode *copy;

      if (b != NULL)
        {
          if (!is_total (b))
            merge_row (m, id, key, b, p);
          last = b;
          continue;
        }
      if (is_total (p))
        continue;   /* the base's total (or none): Rancang computes it */

      copy = rancang_node_copy (p);
      mark_office (m, copy, row_office (p, m->part_office));
      if (row_kode (p) != NULL)
        {
          RancangNode *after = NULL;
          RancangNode *before = rancang_kode_insert_point (base_table, by_kode, row_kode (p), &after);

          if (before != NULL)
            edit_insert (m, rancang_node_get_parent (before), before, copy);
          else if (after != NULL)
            edit_insert_after (m, after, copy);
          else
            {
              /* after the last row, before a <source> */
              RancangNode *last_row = NULL;
              for (RancangNode *r = rancang_node_get_first_child (base_table); r; r = rancang_node_get_next (r))
                if (is_row (r))
                  last_row = r;
              if (last_row != NULL)
                edit_insert_after (m, last_row, copy);
              else
                edit_insert (m, base_table, rancang_node_get_child (base_table, "source"), copy);
            }
          g_hash_table_insert (by_kode, (gpointer) row_kode (copy), copy);
        }
      else if (last != NULL)
        edit_insert_after (m, last, copy);
      else
        {
          RancangNode *first = NULL;
          for (RancangNode *r = rancang_node_get_first_child (base_table); r && first == NULL; r = rancang_node_get_next (r))
            if (is_row (r))
              first = r;
          edit_insert (m, base_table, first, copy);
        }
      g_hash_table_insert (by_key, g_strdup (key), copy);
      last = copy;
    }
}

static gboolean
has_equal_block (RancangNode *part,
                 RancangNode *block)
{
  g_autofree char *text = rancang_node_dup_content (block);

  for (RancangNode *n = rancang_node_get_first_child (part); n; n = rancang_node_get_next (n))
    if (!rancang_node_is_text (n) && rancang_node_is (n, rancang_node_get_name (block)))
      {
        g_autofree char *other = rancang_node_dup_content (n);
        if (g_strcmp0 (text, other) == 0)
          return TRUE;
      }
  return FALSE;
}

/* A chapter, section or appendix new to the base, with the office it came
 * from (what is in it, its sections, tables and rows, came with it). */
static RancangNode *
copy_part (Merge       *m,
           RancangNode *part)
{
  RancangNode *copy = rancang_node_copy (part);

  mark_office (m, copy, m->part_office);
  return copy;
}

/* After the blocks of PART, before its sections. */
static void
add_block (Merge       *m,
           RancangNode *part,
           RancangNode *block)
{
  RancangNode *section = NULL;

  for (RancangNode *n = rancang_node_get_first_child (part); n && section == NULL; n = rancang_node_get_next (n))
    if (!rancang_node_is_text (n) && (rancang_node_is (n, "section")))
      section = n;
  edit_insert (m, part, section, block);
}

static void
merge_blocks (Merge       *m,
              RancangNode *base_part,
              RancangNode *part_part)
{
  for (RancangNode *n = rancang_node_get_first_child (part_part); n; n = rancang_node_get_next (n))
    {
      if (rancang_node_is_text (n) || rancang_node_is (n, "title") || is_part (n))
        continue;
      if (rancang_node_is (n, "table") && rancang_node_get_attr (n, "id") != NULL)
        {
          RancangNode *t = rancang_document_lookup_id (m->base, rancang_node_get_attr (n, "id"));

          if (t != NULL && rancang_node_is (t, "table"))
            {
              merge_table (m, t, n);
              continue;
            }
        }
      else if (has_equal_block (base_part, n))
        continue;
      add_block (m, base_part, rancang_node_copy (n));
    }
}

guint
rancang_merge_part (RancangDocument *base,
                    RancangDocument *part,
                    RancangPrefer    prefer,
                    GPtrArray       *conflicts)
{
  return rancang_merge_part_full (base, part, prefer, NULL, NULL, conflicts);
}

guint
rancang_merge_part_full (RancangDocument *base,
                         RancangDocument *part,
                         RancangPrefer    prefer,
                         GHashTable      *decisions,
                         RancangHistory  *history,
                         GPtrArray       *conflicts)
{
  Merge m = { base, part, rancang_document_get_opd_acronym (base), rancang_document_get_opd_acronym (part),
              prefer, conflicts, 0, decisions, history };
  g_autoptr(GHashTable) base_parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) copied = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  RancangNode *base_root = rancang_document_get_root (base);
  RancangNode *part_root = rancang_document_get_root (part);

  for (RancangNode *n = base_root; n; n = rancang_node_next_in_tree (n, base_root))
    if (is_part (n))
      {
        char *key = part_key (n);
        if (!g_hash_table_contains (base_parts, key))
          g_hash_table_insert (base_parts, key, n);
        else
          g_free (key);
      }
  for (RancangNode *n = part_root; n; n = rancang_node_next_in_tree (n, part_root))
    if (is_part (n))
      g_ptr_array_add (parts, n);

  for (guint i = 0; i < parts->len; i++)
    {
      RancangNode *p = g_ptr_array_index (parts, i);
      RancangNode *up = owning_part (p);
      g_autofree char *key = part_key (p);
      RancangNode *match;

      if (up != NULL && g_hash_table_contains (copied, up))
        {
          g_hash_table_add (copied, p);   /* came with its parent */
          continue;
        }
      match = g_hash_table_lookup (base_parts, key);
      if (match != NULL && rancang_node_is (match, rancang_node_get_name (p)))
        {
          merge_blocks (&m, match, p);
          continue;
        }
      if (up != NULL)
        {
          g_autofree char *up_key = part_key (up);
          RancangNode *base_up = g_hash_table_lookup (base_parts, up_key);

          if (base_up != NULL)
            edit_insert (&m, base_up, NULL, copy_part (&m, p));
        }
      else if (rancang_node_is (p, "chapter"))
        edit_insert (&m, rancang_document_get_body (base), NULL, copy_part (&m, p));
      else if (rancang_node_is (p, "appendix"))
        edit_insert (&m, base_root, NULL, copy_part (&m, p));
      g_hash_table_add (copied, p);
    }
  return m.n_conflicts;
}

/* ------------------------------------------------------------------ choosing what to import */

void
rancang_merge_item_free (RancangMergeItem *item)
{
  if (item == NULL)
    return;
  g_free (item->key);
  g_free (item->label);
  g_free (item);
}

/* The chapters, sections, appendices and tables of the tree under ROOT, in
 * document order, and their keys (the same for a copy of the tree). */
static void
collect_items (RancangNode *root,
               GPtrArray   *nodes,
               GPtrArray   *keys)
{
  guint n_tables = 0;

  for (RancangNode *n = root; n; n = rancang_node_next_in_tree (n, root))
    {
      if (rancang_node_is_text (n))
        continue;
      if (is_part (n))
        {
          g_autofree char *key = part_key (n);
          g_ptr_array_add (nodes, n);
          g_ptr_array_add (keys, g_strconcat ("part:", key, NULL));
        }
      else if (rancang_node_is (n, "table"))
        {
          const char *id = rancang_node_get_attr (n, "id");
          n_tables++;
          g_ptr_array_add (nodes, n);
          g_ptr_array_add (keys, id ? g_strconcat ("table:", id, NULL) : g_strdup_printf ("table#%u", n_tables));
        }
    }
}

GPtrArray *
rancang_merge_list_items (RancangDocument *part)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_merge_item_free);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(RancangNumbers) numbers = rancang_numbers_new (part);

  g_return_val_if_fail (part != NULL, items);
  collect_items (rancang_document_get_root (part), nodes, keys);
  for (guint i = 0; i < nodes->len; i++)
    {
      RancangNode *n = g_ptr_array_index (nodes, i);
      RancangMergeItem *item = g_new0 (RancangMergeItem, 1);
      const char *number = rancang_numbers_get (numbers, n);
      guint depth = 0;

      for (RancangNode *p = owning_part (n); p; p = owning_part (p))
        depth++;
      item->key = g_strdup (g_ptr_array_index (keys, i));
      item->is_table = rancang_node_is (n, "table");
      item->depth = depth;
      if (item->is_table)
        {
          const char *caption = rancang_node_get_child_content (n, "caption");
          for (RancangNode *r = rancang_node_get_first_child (n); r; r = rancang_node_get_next (r))
            if (is_row (r))
              item->n_rows++;
          if (number != NULL)
            item->label = g_strdup_printf ("Tabel %s %s", number, caption ? caption : "");
          else
            item->label = g_strdup (caption ? caption : rancang_node_get_attr (n, "id"));
        }
      else
        {
          const char *title = rancang_node_get_child_content (n, "title");
          if (number != NULL && rancang_node_is (n, "appendix"))
            item->label = g_strdup_printf ("LAMPIRAN %s %s", number + 1, title ? title : "");
          else if (number != NULL && rancang_node_is (n, "chapter") && atoi (number) > 0)
            {
              g_autofree char *roman = rancang_format_roman (atoi (number), TRUE);
              item->label = g_strdup_printf ("BAB %s %s", roman, title ? title : "");
            }
          else if (number != NULL)
            item->label = g_strdup_printf ("%s %s", number, title ? title : "");
          else
            item->label = g_strdup (title ? title : rancang_node_get_name (n));
        }
      g_strstrip (item->label);
      g_ptr_array_add (items, item);
    }
  return items;
}

/* Whether PART holds anything but its title. */
static gboolean
has_content (RancangNode *part)
{
  for (RancangNode *n = rancang_node_get_first_child (part); n; n = rancang_node_get_next (n))
    if (!rancang_node_is_text (n) && !rancang_node_is (n, "title"))
      return TRUE;
  return FALSE;
}

/* Whether NODE is or holds a table (chosen, since the others are gone). */
static gboolean
holds_table (RancangNode *node)
{
  for (RancangNode *n = node; n; n = rancang_node_next_in_tree (n, node))
    if (!rancang_node_is_text (n) && rancang_node_is (n, "table"))
      return TRUE;
  return FALSE;
}

RancangDocument *
rancang_merge_select (RancangDocument *part,
                      GHashTable      *chosen)
{
  RancangNode *root;
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (part != NULL && chosen != NULL, NULL);
  root = rancang_node_copy (rancang_document_get_root (part));
  collect_items (root, nodes, keys);
  /* deepest first: a section's sections and tables are settled before it */
  for (guint i = nodes->len; i-- > 0; )
    {
      RancangNode *n = g_ptr_array_index (nodes, i);

      if (g_hash_table_contains (chosen, g_ptr_array_index (keys, i)))
        continue;
      if (!rancang_node_is (n, "table"))
        {
          /* its own text goes; the chosen tables and sections in it stay */
          for (RancangNode *c = rancang_node_get_first_child (n), *next; c; c = next)
            {
              next = rancang_node_get_next (c);
              if (rancang_node_is_text (c) || rancang_node_is (c, "title") || is_part (c)
                  || holds_table (c))
                continue;
              rancang_node_unlink (c);
              rancang_node_free (c);
            }
          if (has_content (n))
            continue;
        }
      rancang_node_unlink (n);
      rancang_node_free (n);
    }
  return rancang_document_new_from_root (root);
}
