/* rancang-link.c: a Renja and its Renstra. See rancang-link.h. */
#include "rancang-link.h"

#include <string.h>

#include "rancang-compute.h"
#include "rancang-decimal.h"
#include "rancang-edit.h"
#include "rancang-merge.h"
#include "rancang-template.h"

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

/* The text of ROW's cell K without surrounding blanks, or NULL. */
static char *
cell (RancangNode *row,
      const char  *k)
{
  RancangNode *c = rancang_edit_find_cell (row, k);
  char *text = c != NULL ? rancang_node_dup_content (c) : NULL;

  return text != NULL ? g_strstrip (text) : NULL;
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

/* The programs and kegiatan a Renstra plans are known by kode and by name
 * (uraian, case folded): a Renstra made before the kode of Permendagri 90
 * names them by the older kode, with the same names. */
static char *
name_key (RancangNode *row)
{
  g_autofree char *uraian = cell (row, "uraian");
  g_autofree char *folded = NULL;

  if (uraian == NULL || *uraian == '\0')
    return NULL;
  folded = g_utf8_casefold (uraian, -1);
  return g_strconcat ("uraian:", folded, NULL);
}

static gboolean
is_program_or_kegiatan (RancangNode *row)
{
  RancangLevel level = rancang_level_from_string (rancang_node_get_attr (row, "level"));

  return level == RANCANG_LEVEL_PROGRAM || level == RANCANG_LEVEL_KEGIATAN;
}

static void
plan_row (GHashTable  *planned,
          RancangNode *row)
{
  const char *kode = rancang_node_get_attr (row, "kode");
  char *name;

  if (kode != NULL && *kode != '\0')
    g_hash_table_add (planned, g_strconcat ("kode:", kode, NULL));
  if ((name = name_key (row)) != NULL)
    g_hash_table_add (planned, name);
}

/* TRUE for a row that is no program or kegiatan, or one the Renstra plans. */
static gboolean
is_planned (GHashTable  *planned,
            RancangNode *row)
{
  const char *kode = rancang_node_get_attr (row, "kode");
  g_autofree char *name = NULL;

  if (!is_program_or_kegiatan (row))
    return TRUE;
  if (kode != NULL && *kode != '\0')
    {
      g_autofree char *key = g_strconcat ("kode:", kode, NULL);
      if (g_hash_table_contains (planned, key))
        return TRUE;
    }
  name = name_key (row);
  return name != NULL && g_hash_table_contains (planned, name);
}

/* The built-in template TABLE names, or NULL: its <plan> says what the
 * table plans, whatever its id. */
static RancangTemplate *
template_of (const RancangNode *table)
{
  RancangTemplateSet *templates = rancang_template_set_get_builtin ();
  const char *id;

  if (templates == NULL || rancang_node_is_text (table) || !rancang_node_is (table, "table"))
    return NULL;
  id = rancang_node_get_attr (table, "template");
  return id != NULL ? rancang_template_set_lookup (templates, id) : NULL;
}

/* TABLE plans programmes (targets and Rp) over a Renstra's period, or for
 * a Renja's year. */
static gboolean
is_programme_plan (const RancangNode *table,
                   RancangPlanKind    kind)
{
  RancangTemplate *tmpl = template_of (table);

  return tmpl != NULL && rancang_template_get_plan (tmpl) == kind
         && rancang_template_plan_pagu (tmpl, kind == RANCANG_PLAN_PERIOD ? 1 : 0) != NULL;
}

/* TABLE plans the targets of tujuan and sasaran (no Rp) over a period. */
static gboolean
is_goal_plan (const RancangNode *table)
{
  RancangTemplate *tmpl = template_of (table);

  return tmpl != NULL && rancang_template_get_plan (tmpl) == RANCANG_PLAN_PERIOD
         && rancang_template_plan_pagu (tmpl, 1) == NULL;
}

GPtrArray *
rancang_link_compare (RancangDocument  *renja,
                      RancangDocument  *renstra,
                      GError          **error)
{
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) planned_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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

  root = rancang_document_get_root (renstra);
  for (RancangNode *t = root; t; t = rancang_node_next_in_tree (t, root))
    {
      const char *year_column;

      if (!is_programme_plan (t, RANCANG_PLAN_PERIOD)
          || (year_column = rancang_template_plan_target (template_of (t), (guint) (year - start + 1))) == NULL)
        continue;
      if (column == NULL)
        column = g_strdup (year_column);
      for (RancangNode *r = rancang_node_get_first_child (t); r; r = rancang_node_get_next (r))
        {
          char *key;
          char *value;

          if (rancang_node_is_text (r) || !rancang_node_is (r, "row"))
            continue;
          plan_row (planned_rows, r);
          key = row_key (r);
          value = cell (r, year_column);
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
      const char *target_column;

      if (!is_programme_plan (t, RANCANG_PLAN_YEAR))
        continue;
      target_column = rancang_template_plan_target (template_of (t), 0);
      table_id = rancang_node_get_attr (t, "id");
      for (RancangNode *r = rancang_node_get_first_child (t); r; r = rancang_node_get_next (r))
        {
          g_autofree char *key = NULL;
          g_autofree char *target = NULL;
          const char *planned;

          if (rancang_node_is_text (r) || !rancang_node_is (r, "row"))
            continue;
          if (!is_planned (planned_rows, r))
            {
              const char *kode = rancang_node_get_attr (r, "kode");
              const char *level = rancang_node_get_attr (r, "level");
              g_autofree char *uraian = cell (r, "uraian");

              g_ptr_array_add (lines, g_strdup_printf ("%s\t%s\tkode\t%s\t\tthe %s is not in the Renstra",
                                                       table_id ? table_id : "", kode ? kode : "",
                                                       uraian ? uraian : "", level));
            }
          key = row_key (r);
          target = cell (r, target_column);
          if (key == NULL || target == NULL || (planned = g_hash_table_lookup (targets, key)) == NULL)
            continue;
          if (!rancang_decimal_c_equal (target, planned))
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

/* ------------------------------------------------------------ fill */

/* The edits of a fill, through the history when there is one, so that a
 * fill made in the window is one step to undo. */
static void
edit_insert (RancangHistory *history,
             RancangNode    *parent,
             RancangNode    *before,
             RancangNode    *node)
{
  if (history != NULL)
    rancang_history_insert (history, parent, before, node);
  else if (before != NULL)
    rancang_node_insert_before (before, node);
  else
    rancang_node_append_child (parent, node);
}

static void
edit_set_attr (RancangHistory *history,
               RancangNode    *node,
               const char     *name,
               const char     *value)
{
  if (history != NULL)
    rancang_history_set_attr (history, node, name, value);
  else
    rancang_node_set_attr (node, name, value);
}

static gboolean
is_row (const RancangNode *node)
{
  return !rancang_node_is_text (node) && rancang_node_is (node, "row");
}

static gboolean
is_table_of (const RancangNode *node,
             const char        *template_id)
{
  return !rancang_node_is_text (node) && rancang_node_is (node, "table")
         && g_strcmp0 (rancang_node_get_attr (node, "template"), template_id) == 0;
}

/* The place of a level in the chain urusan > ... > subkegiatan (0-4) or
 * tujuan > sasaran (10, 11); -1 for a continuation row, 100 for others. */
static int
level_rank (const RancangNode *row)
{
  const char *text = rancang_node_get_attr (row, "level");
  RancangLevel level = rancang_level_from_string (text);

  if (text == NULL || *text == '\0')
    return -1;
  if (level >= RANCANG_LEVEL_URUSAN && level <= RANCANG_LEVEL_SUBKEGIATAN)
    return (int) (level - RANCANG_LEVEL_URUSAN);
  if (level == RANCANG_LEVEL_TUJUAN)
    return 10;
  if (level == RANCANG_LEVEL_SASARAN)
    return 11;
  return 100;
}

static gboolean
has_cell (RancangNode *row,
          const char  *k)
{
  g_autofree char *text = cell (row, k);
  return text != NULL && *text != '\0';
}

/* The key of an entity (a head row and its continuation rows) in a table:
 * kode, else its indikator, else its uraian, folded. */
static char *
entity_key (RancangNode *head)
{
  const char *kode = rancang_node_get_attr (head, "kode");
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;

  if (kode != NULL && *kode)
    return g_strdup (kode);
  text = cell (head, "indikator");
  if (text != NULL && *text)
    {
      folded = g_utf8_casefold (text, -1);
      return g_strconcat ("indikator:", folded, NULL);
    }
  g_free (text);
  text = cell (head, "uraian");
  if (text == NULL || *text == '\0')
    return NULL;
  folded = g_utf8_casefold (text, -1);
  return g_strconcat ("uraian:", folded, NULL);
}

/* How a row is named to the user: its kode, else indikator, else uraian. */
static char *
entity_name (RancangNode *head)
{
  const char *kode = rancang_node_get_attr (head, "kode");
  char *text;

  if (kode != NULL && *kode)
    return g_strdup (kode);
  text = cell (head, "indikator");
  if (text != NULL && *text)
    return text;
  g_free (text);
  text = cell (head, "uraian");
  return text != NULL ? text : g_strdup ("");
}

typedef struct
{
  RancangNode *head;
  GPtrArray   *rows;   /* the new rows: head first, then continuation rows */
  char        *key;
} Entity;

static void
entity_free (Entity *e)
{
  g_ptr_array_unref (e->rows);
  g_free (e->key);
  g_free (e);
}

static void
copy_cell (RancangNode *from,
           const char  *from_key,
           RancangNode *to,
           const char  *to_key)
{
  g_autofree char *text = cell (from, from_key);
  RancangNode *c;

  if (text == NULL || *text == '\0')
    return;
  c = rancang_node_new_element ("c");
  rancang_node_set_attr (c, "k", to_key);
  rancang_node_append_child (c, rancang_node_new_text (text));
  rancang_node_append_child (to, c);
}

static RancangNode *
new_row_like (RancangNode *source)
{
  RancangNode *row = rancang_node_new_element ("row");
  const char *level = rancang_node_get_attr (source, "level");
  const char *kode = rancang_node_get_attr (source, "kode");

  if (level != NULL && *level)
    rancang_node_set_attr (row, "level", level);
  if (kode != NULL && *kode)
    rancang_node_set_attr (row, "kode", kode);
  return row;
}

/* ROW, made from the Renstra row R of level RANK (< 0: a continuation
 * row), goes to the entity CURRENT, or starts a new one in ENTITIES when
 * R has a level; returns the entity it went to. */
static Entity *
add_entity_row (GPtrArray   *entities,
                Entity      *current,
                RancangNode *r,
                int          rank,
                RancangNode *row)
{
  if (rank >= 0)
    {
      current = g_new0 (Entity, 1);
      current->head = row;
      current->rows = g_ptr_array_new ();
      current->key = entity_key (r);
      g_ptr_array_add (entities, current);
    }
  g_ptr_array_add (current->rows, row);
  return current;
}

/* The tujuan and sasaran entities of TABLE (a plan of goals or of
 * programmes over the period), with their targets for every year of the
 * period, as rows of a table of INTO. */
static void
collect_tujuan_sasaran (RancangNode     *table,
                        RancangTemplate *into,
                        GPtrArray       *entities)
{
  static const char *const keys[] = { "uraian", "indikator", "satuan", "akumulasi", "kondisi_awal" };
  RancangTemplate *tmpl = template_of (table);
  Entity *current = NULL;

  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    {
      int rank;
      RancangNode *row;

      if (!is_row (r))
        continue;
      rank = level_rank (r);
      if (rank >= 0 && rank != 10 && rank != 11)
        {
          current = NULL;   /* the continuation rows of a program are not ours */
          continue;
        }
      if (rank < 0 && current == NULL)
        continue;
      row = new_row_like (r);
      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        copy_cell (r, keys[i], row, keys[i]);
      /* the targets of the years, by year: the Renja's table of tujuan and
       * sasaran plans the same period */
      for (guint y = 1; y <= rancang_template_plan_n_years (tmpl); y++)
        {
          const char *from = rancang_template_plan_target (tmpl, y);
          const char *to = rancang_template_plan_target (into, y);

          if (from != NULL && to != NULL)
            copy_cell (r, from, row, to);
        }
      current = add_entity_row (entities, current, r, rank, row);
    }
}

/* The urusan ... sub kegiatan entities of TABLE (a plan of programmes
 * over the period) as rows of a table of INTO (a plan of a year) for year
 * N of the period, and N + 1 for the prakiraan maju when the period has
 * it. */
static void
collect_program (RancangNode     *table,
                 RancangTemplate *into,
                 int              n,
                 GPtrArray       *entities)
{
  RancangTemplate *tmpl = template_of (table);
  const char *from[2][2] = {
    { rancang_template_plan_target (tmpl, (guint) n), rancang_template_plan_pagu (tmpl, (guint) n) },
    { rancang_template_plan_target (tmpl, (guint) n + 1), rancang_template_plan_pagu (tmpl, (guint) n + 1) },
  };
  const char *to[2][2] = {
    { rancang_template_plan_target (into, 0), rancang_template_plan_pagu (into, 0) },
    { rancang_template_plan_target (into, 1), rancang_template_plan_pagu (into, 1) },
  };
  Entity *current = NULL;

  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    {
      int rank;
      RancangNode *row;

      if (!is_row (r))
        continue;
      rank = level_rank (r);
      if (rank > 4)
        {
          current = NULL;
          continue;
        }
      if (rank < 0 && current == NULL)
        continue;
      row = new_row_like (r);
      copy_cell (r, "uraian", row, "uraian");
      copy_cell (r, "indikator", row, "indikator");
      copy_cell (r, "satuan", row, "satuan");
      for (guint y = 0; y < 2; y++)
        for (guint i = 0; i < 2; i++)
          if (from[y][i] != NULL && to[y][i] != NULL)
            copy_cell (r, from[y][i], row, to[y][i]);
      current = add_entity_row (entities, current, r, rank, row);
    }
}

/* Whether TABLE plans year N: a target or pagu of that year in a row. */
static gboolean
plans_year (RancangNode *table,
            int          n)
{
  RancangTemplate *tmpl = template_of (table);
  const char *target = rancang_template_plan_target (tmpl, (guint) n);
  const char *pagu = rancang_template_plan_pagu (tmpl, (guint) n);

  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    if (is_row (r) && ((target != NULL && has_cell (r, target)) || (pagu != NULL && has_cell (r, pagu))))
      return TRUE;
  return FALSE;
}

typedef gboolean (*TableTest) (const RancangNode *table);

static gboolean
is_period_programme_plan (const RancangNode *table)
{
  return is_programme_plan (table, RANCANG_PLAN_PERIOD);
}

static gboolean
is_year_programme_plan (const RancangNode *table)
{
  return is_programme_plan (table, RANCANG_PLAN_YEAR);
}

/* The last table of DOC that passes TEST and plans year N. */
static RancangNode *
find_source (RancangDocument *doc,
             TableTest        test,
             int              n)
{
  RancangNode *root = rancang_document_get_root (doc);
  RancangNode *found = NULL;

  for (RancangNode *t = root; t; t = rancang_node_next_in_tree (t, root))
    if (test (t) && plans_year (t, n))
      found = t;
  return found;
}

/* The first table of DOC whose template is TMPL's id. */
static RancangNode *
find_table (RancangDocument *doc,
            RancangTemplate *tmpl)
{
  RancangNode *root = rancang_document_get_root (doc);

  for (RancangNode *t = root; t; t = rancang_node_next_in_tree (t, root))
    if (is_table_of (t, rancang_template_get_id (tmpl)))
      return t;
  return NULL;
}

/* The first built-in template (by id) whose tables pass TEST. */
static RancangTemplate *
builtin_template (TableTest test)
{
  g_auto(GStrv) ids = rancang_template_builtin_ids ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(RancangNode) probe = rancang_node_new_element ("table");

      rancang_node_set_attr (probe, "template", ids[i]);
      if (test (probe))
        return template_of (probe);
    }
  return NULL;
}

static RancangNode *
last_row (RancangNode *table)
{
  RancangNode *last = NULL;

  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    if (is_row (r))
      last = r;
  return last;
}

/* The last row of the entity headed by HEAD. */
static RancangNode *
entity_end (RancangNode *head)
{
  RancangNode *end = head;

  for (RancangNode *r = rancang_node_get_next (head); r; r = rancang_node_get_next (r))
    {
      if (!is_row (r))
        continue;
      if (level_rank (r) >= 0 || rancang_node_get_attr (r, "kode") != NULL)
        break;
      end = r;
    }
  return end;
}

static void
insert_rows (RancangHistory *history,
             RancangNode    *table,
             RancangNode    *before,
             GPtrArray      *rows)
{
  RancangNode *parent = before != NULL ? rancang_node_get_parent (before) : table;

  if (before == NULL)
    {
      /* after the last row, before a <source> */
      RancangNode *last = last_row (table);
      before = last != NULL ? rancang_node_get_next (last) : rancang_node_get_child (table, "source");
      while (before != NULL && rancang_node_is_text (before))
        before = rancang_node_get_next (before);
    }
  for (guint i = 0; i < rows->len; i++)
    edit_insert (history, parent, before, g_ptr_array_index (rows, i));
}

/* Puts ENTITIES into TABLE, which has rows: those whose key is there are
 * kept (and named in KEPT), the others go in kode order; rows without
 * kode follow the entity before them. Returns the rows inserted. */
static guint
fill_table (RancangHistory *history,
            RancangNode    *table,
            GPtrArray      *entities,
            GPtrArray      *kept)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_kode = g_hash_table_new (g_str_hash, g_str_equal);
  RancangNode *last = NULL;   /* the last row of the entity before */
  guint added = 0;

  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    {
      char *key;

      if (!is_row (r) || (level_rank (r) < 0 && rancang_node_get_attr (r, "kode") == NULL))
        continue;
      if ((key = entity_key (r)) != NULL && !g_hash_table_contains (by_key, key))
        g_hash_table_insert (by_key, key, r);
      else
        g_free (key);
      if (rancang_node_get_attr (r, "kode") != NULL && !g_hash_table_contains (by_kode, rancang_node_get_attr (r, "kode")))
        g_hash_table_insert (by_kode, (gpointer) rancang_node_get_attr (r, "kode"), r);
    }

  for (guint i = 0; i < entities->len; i++)
    {
      Entity *e = g_ptr_array_index (entities, i);
      RancangNode *there = e->key != NULL ? g_hash_table_lookup (by_key, e->key) : NULL;
      const char *kode = rancang_node_get_attr (e->head, "kode");
      RancangNode *before;

      if (there != NULL)
        {
          g_ptr_array_add (kept, entity_name (there));
          for (guint j = 0; j < e->rows->len; j++)
            rancang_node_free (g_ptr_array_index (e->rows, j));
          g_ptr_array_set_size (e->rows, 0);
          last = entity_end (there);
          continue;
        }
      if (kode != NULL)
        before = rancang_kode_insert_point (table, by_kode, kode, NULL);
      else if (last != NULL)
        before = rancang_node_get_next (last);
      else
        {
          before = rancang_node_get_first_child (table);
          while (before != NULL && !is_row (before))
            before = rancang_node_get_next (before);
        }
      insert_rows (history, table, before, e->rows);
      added += e->rows->len;
      if (e->key != NULL)
        g_hash_table_insert (by_key, g_strdup (e->key), e->head);
      if (kode != NULL)
        g_hash_table_insert (by_kode, (gpointer) kode, e->head);
      last = g_ptr_array_index (e->rows, e->rows->len - 1);
      g_ptr_array_set_size (e->rows, 0);
    }
  return added;
}

/* BASE itself when no element has it (a new table is named after its
 * template), else the one numbering of new ids. */
static char *
unique_id (RancangDocument *doc,
           const char      *base)
{
  if (rancang_document_lookup_id (doc, base) == NULL)
    return g_strdup (base);
  return rancang_edit_unique_id (rancang_document_get_root (doc), base);
}

/* Where the Renja outline puts a table: at the end of the section
 * SECTION_ID (before its subsections), else of BAB III, else of the
 * body's last chapter. */
static void
place_table (RancangDocument *doc,
             RancangHistory  *history,
             const char      *section_id,
             RancangNode     *table)
{
  RancangNode *parent = rancang_document_lookup_id (doc, section_id);
  RancangNode *before = NULL;

  if (parent == NULL || rancang_node_is_text (parent) || !rancang_node_is (parent, "section"))
    {
      parent = rancang_document_lookup_id (doc, "bab-3");
      if (parent != NULL && (rancang_node_is_text (parent) || !rancang_node_is (parent, "chapter")))
        parent = NULL;
    }
  if (parent == NULL)
    {
      RancangNode *body = rancang_document_get_body (doc);
      parent = rancang_node_get_last_child (body);
      while (parent != NULL && (rancang_node_is_text (parent) || !rancang_node_is (parent, "chapter")))
        parent = rancang_node_get_prev (parent);
      if (parent == NULL)
        parent = body;
    }
  for (RancangNode *n = rancang_node_get_first_child (parent); n && before == NULL; n = rancang_node_get_next (n))
    if (!rancang_node_is_text (n) && rancang_node_is (n, "section"))
      before = n;
  edit_insert (history, parent, before, table);
}

/* Fills the Renja's table of TMPL with ENTITIES, creating it (its id
 * after the template's, CAPTION) in SECTION_ID when the Renja has none. */
static RancangNode *
fill_or_create (RancangDocument   *renja,
                RancangHistory    *history,
                RancangTemplate   *tmpl,
                const char        *caption,
                const char        *section_id,
                GPtrArray         *entities,
                RancangFillResult *result)
{
  const char *template_id = rancang_template_get_id (tmpl);
  RancangNode *table = find_table (renja, tmpl);

  if (table == NULL)
    {
      g_autofree char *id = unique_id (renja, template_id);
      RancangNode *c = rancang_node_new_element ("caption");

      table = rancang_node_new_element ("table");
      rancang_node_set_attr (table, "id", id);
      rancang_node_set_attr (table, "template", template_id);
      rancang_node_set_attr (table, "orientation", "landscape");
      rancang_node_append_child (c, rancang_node_new_text (caption));
      rancang_node_append_child (table, c);
      for (guint i = 0; i < entities->len; i++)
        {
          Entity *e = g_ptr_array_index (entities, i);
          for (guint j = 0; j < e->rows->len; j++)
            rancang_node_append_child (table, g_ptr_array_index (e->rows, j));
          result->n_added += e->rows->len;
          g_ptr_array_set_size (e->rows, 0);
        }
      place_table (renja, history, section_id, table);
      return table;
    }
  result->n_added += fill_table (history, table, entities, result->kept);
  return table;
}

void
rancang_fill_result_free (RancangFillResult *result)
{
  if (result == NULL)
    return;
  g_ptr_array_unref (result->kept);
  g_free (result);
}

static void
record_link (RancangDocument *renja,
             RancangDocument *renstra,
             RancangHistory  *history)
{
  RancangNode *metadata = rancang_document_get_metadata (renja);
  const char *id = rancang_node_get_attr (rancang_document_get_root (renstra), "id");

  for (RancangNode *n = rancang_node_get_first_child (metadata); n; n = rancang_node_get_next (n))
    if (!rancang_node_is_text (n) && rancang_node_is (n, "option")
        && g_strcmp0 (rancang_node_get_attr (n, "name"), RANCANG_OPTION_RENSTRA) == 0)
      {
        if (g_strcmp0 (rancang_node_get_attr (n, "value"), id) != 0)
          edit_set_attr (history, n, "value", id);
        return;
      }
  {
    /* options come last in the metadata, as rancang_link_documents() puts it */
    RancangNode *option = rancang_node_new_element ("option");

    rancang_node_set_attr (option, "name", RANCANG_OPTION_RENSTRA);
    rancang_node_set_attr (option, "value", id);
    edit_insert (history, metadata, NULL, option);
  }
}

RancangFillResult *
rancang_link_fill_from_renstra (RancangDocument  *renja,
                                RancangDocument  *renstra,
                                RancangHistory   *history,
                                GError          **error)
{
  g_autoptr(GPtrArray) tujuan = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
  g_autoptr(GPtrArray) program = g_ptr_array_new_with_free_func ((GDestroyNotify) entity_free);
  RancangFillResult *result;
  RancangNode *source_tujuan, *source_program, *period;
  RancangTemplate *goal_tmpl, *program_tmpl;
  int start, end, renja_start, renja_end, year, n;
  g_autofree char *program_caption = NULL;

  g_return_val_if_fail (renja != NULL && renstra != NULL, NULL);
  if (!check_kinds (renja, renstra, error))
    return NULL;
  rancang_document_get_period (renstra, &start, &end);
  year = rancang_document_get_plan_year (renja);
  n = year - start + 1;
  if (n > 5)
    {
      /* the Renstra table has the years 1 to 5 */
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_INVALID,
                   "the Renstra's tables plan the years %d-%d, not the Renja's plan year %d",
                   start, start + 4, year);
      return NULL;
    }

  source_program = find_source (renstra, is_period_programme_plan, n);
  source_tujuan = find_source (renstra, is_goal_plan, n);
  /* the Renja's tables are of the Renstra's template of goals and of the
   * built-in plan of a year */
  goal_tmpl = source_tujuan != NULL ? template_of (source_tujuan) : builtin_template (is_goal_plan);
  program_tmpl = builtin_template (is_year_programme_plan);
  if (goal_tmpl != NULL && source_tujuan != NULL)
    collect_tujuan_sasaran (source_tujuan, goal_tmpl, tujuan);
  else if (goal_tmpl != NULL && source_program != NULL)
    collect_tujuan_sasaran (source_program, goal_tmpl, tujuan);
  if (source_program != NULL && program_tmpl != NULL)
    collect_program (source_program, program_tmpl, n, program);
  if (tujuan->len == 0 && program->len == 0)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_INVALID,
                   "the Renstra plans nothing for %d (no table of tujuan and sasaran or of programmes with targets or pagu for year %d of %d-%d)",
                   year, n, start, end);
      return NULL;
    }

  result = g_new0 (RancangFillResult, 1);
  result->kept = g_ptr_array_new_with_free_func (g_free);
  if (history != NULL)
    rancang_history_begin (history, "Fill from Renstra", NULL);

  /* The Renja's year columns are the Renstra's years (every document has
   * a period: the schema requires it). */
  rancang_document_get_period (renja, &renja_start, &renja_end);
  period = rancang_node_get_child (rancang_document_get_metadata (renja), "period");
  if (period != NULL && (renja_start != start || renja_end != end))
    {
      g_autofree char *s = g_strdup_printf ("%d", start);
      g_autofree char *e = g_strdup_printf ("%d", end);
      edit_set_attr (history, period, "start", s);
      edit_set_attr (history, period, "end", e);
    }

  if (tujuan->len > 0)
    result->tujuan_table = fill_or_create (renja, history, goal_tmpl,
                                           "Tujuan dan Sasaran Jangka Menengah Perangkat Daerah",
                                           "tujuan-dan-sasaran", tujuan, result);
  program_caption = g_strdup_printf ("Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun %d dan Prakiraan Maju Tahun %d",
                                     year, year + 1);
  if (program->len > 0)
    result->program_table = fill_or_create (renja, history, program_tmpl,
                                            program_caption, "program-dan-kegiatan", program, result);
  record_link (renja, renstra, history);
  if (history != NULL)
    rancang_history_end (history);
  return result;
}
