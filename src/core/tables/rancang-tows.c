/* rancang-tows.c: the factors of a SWOT analysis and the TOWS references
 * to them; see rancang-tows.h. */
#include "rancang-tows.h"

#include <string.h>

#include "rancang-edit.h"
#include "rancang-template-private.h"

static const char group_order[] = "SWOT";

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static char *
cell_content (RancangNode *row,
              const char  *key)
{
  RancangNode *cell = rancang_edit_find_cell (row, key);

  return cell != NULL ? rancang_node_dup_content (cell) : g_strdup ("");
}

/* ------------------------------------------------------------ references */

GPtrArray *
rancang_tows_refs_parse (const char           *refs,
                         RancangTowsRefsFlags  flags)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);
  gboolean unique = (flags & RANCANG_TOWS_REFS_UNIQUE) != 0;
  char letter = 0;

  for (const char *p = refs != NULL ? refs : ""; *p != '\0';)
    {
      const char *start = p;
      char *code;

      if (g_ascii_isalpha (*p))
        {
          /* "S1" and the lone "S" of "S,1,2" alike: the group of the
           * numbers that follow. */
          letter = g_ascii_toupper (*p++);
          continue;
        }
      if (!g_ascii_isdigit (*p))
        {
          p++;
          continue;
        }
      while (g_ascii_isdigit (*p))
        p++;
      if (letter == 0 && unique)
        continue;
      code = letter != 0 ? g_strdup_printf ("%c%.*s", letter, (int) (p - start), start)
                         : g_strndup (start, (gsize) (p - start));
      if (unique && g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        g_free (code);
      else
        g_ptr_array_add (codes, code);
    }
  return codes;
}

gboolean
rancang_tows_code_is_external (const char *code)
{
  return code != NULL && (code[0] == 'O' || code[0] == 'T');
}

static int
group_rank (char letter)
{
  const char *at = letter != '\0' ? strchr (group_order, letter) : NULL;

  /* Unknown letters after the four groups, as written. */
  return at != NULL ? (int) (at - group_order) : (int) sizeof group_order + (guchar) letter;
}

int
rancang_tows_code_compare (const char *a,
                           const char *b)
{
  int ga = group_rank (a[0]), gb = group_rank (b[0]);
  guint64 na, nb;

  if (ga != gb)
    return ga - gb;
  na = g_ascii_strtoull (a + 1, NULL, 10);
  nb = g_ascii_strtoull (b + 1, NULL, 10);
  return na < nb ? -1 : na > nb ? 1 : 0;
}

static int
compare_code_pointers (gconstpointer a,
                       gconstpointer b)
{
  return rancang_tows_code_compare (*(const char *const *) a, *(const char *const *) b);
}

char *
rancang_tows_refs_format (GPtrArray *codes)
{
  GString *text = g_string_new (NULL);
  gboolean internal = FALSE;

  g_ptr_array_sort (codes, compare_code_pointers);
  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      gboolean external = rancang_tows_code_is_external (code);

      if (i > 0)
        g_string_append_c (text, external && internal ? '-' : ',');
      internal = !external;
      g_string_append (text, code);
    }
  return g_string_free (text, FALSE);
}

char *
rancang_tows_refs_rename (const char *refs,
                          GHashTable *renames)
{
  g_autoptr(GPtrArray) codes = rancang_tows_refs_parse (refs, RANCANG_TOWS_REFS_UNIQUE);
  g_autoptr(GPtrArray) renamed = g_ptr_array_new_with_free_func (g_free);
  gboolean changed = FALSE;

  for (guint i = 0; i < codes->len; i++)
    {
      const char *code = g_ptr_array_index (codes, i);
      const char *to = g_hash_table_lookup (renames, code);

      changed |= to != NULL;
      g_ptr_array_add (renamed, g_strdup (to != NULL ? to : code));
    }
  return changed ? rancang_tows_refs_format (renamed) : NULL;
}

gboolean
rancang_tows_names_factor (const RancangTable *tows,
                           const char         *code)
{
  const RancangTemplate *tmpl = tows != NULL ? rancang_table_get_template (tows) : NULL;

  if (tmpl == NULL || tmpl->tows_refs < 0)
    return FALSE;
  for (guint r = 0; r < rancang_table_get_n_rows (tows); r++)
    {
      g_autoptr(GPtrArray) codes = rancang_tows_refs_parse (rancang_table_get_text (tows, r, (guint) tmpl->tows_refs),
                                                            RANCANG_TOWS_REFS_UNIQUE);

      if (g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        return TRUE;
    }
  return FALSE;
}

/* Every reference renamed by RENAMES, within the step being recorded. */
static void
rename_refs (RancangHistory     *history,
             const RancangTable *tows,
             GHashTable         *renames)
{
  const RancangTemplate *tmpl = tows != NULL ? rancang_table_get_template (tows) : NULL;
  const char *key;

  if (tmpl == NULL || tmpl->tows_refs < 0 || g_hash_table_size (renames) == 0)
    return;
  key = rancang_template_column_key (tmpl, (guint) tmpl->tows_refs);
  for (guint r = 0; r < rancang_table_get_n_rows (tows); r++)
    {
      g_autofree char *text = rancang_tows_refs_rename (rancang_table_get_text (tows, r, (guint) tmpl->tows_refs),
                                                        renames);

      if (text != NULL)
        rancang_edit_set_cell (history, rancang_table_get_row_node (tows, r), key, text);
    }
}

/* --------------------------------------------------------------- factors */

void
rancang_swot_factor_free (RancangSwotFactor *factor)
{
  g_free (factor->code);
  g_free (factor);
}

GPtrArray *
rancang_swot_factors (const RancangTable *table,
                      char                letter)
{
  GPtrArray *factors = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_swot_factor_free);
  const RancangTemplate *tmpl = table != NULL ? rancang_table_get_template (table) : NULL;
  int no;

  if (tmpl == NULL || tmpl->group_by < 0)
    return factors;
  no = rancang_template_lookup_column (tmpl, "no");
  for (guint r = 0; r < rancang_table_get_n_rows (table); r++)
    {
      const char *group = rancang_table_get_text (table, r, (guint) tmpl->group_by);
      const char *number = no >= 0 ? rancang_table_get_text (table, r, (guint) no) : NULL;
      g_autofree char *stripped = g_strstrip (g_strdup (number != NULL ? number : ""));
      RancangSwotFactor *factor;

      while (group != NULL && g_ascii_isspace (*group))
        group++;
      if (rancang_table_get_level (table, r) == RANCANG_LEVEL_TOTAL || group == NULL
          || g_ascii_toupper (group[0]) != letter)
        continue;
      factor = g_new0 (RancangSwotFactor, 1);
      factor->node = rancang_table_get_row_node (table, r);
      factor->row = r;
      /* Without a number, the factor's place in its group. */
      factor->code = stripped[0] != '\0' ? g_strdup_printf ("%c%s", letter, stripped)
                                         : g_strdup_printf ("%c%u", letter, factors->len + 1);
      g_ptr_array_add (factors, factor);
    }
  return factors;
}

/* The factors of the group of ROW, and ROW's place among them. */
static GPtrArray *
group_of_row (const RancangTable *table,
              guint               row,
              guint              *index)
{
  const RancangTemplate *tmpl = rancang_table_get_template (table);
  const char *group;
  GPtrArray *factors;

  if (tmpl->group_by < 0 || row >= rancang_table_get_n_rows (table))
    return NULL;
  group = rancang_table_get_text (table, row, (guint) tmpl->group_by);
  while (group != NULL && g_ascii_isspace (*group))
    group++;
  if (is_blank (group))
    return NULL;
  factors = rancang_swot_factors (table, g_ascii_toupper (group[0]));
  for (guint i = 0; i < factors->len; i++)
    if (((RancangSwotFactor *) g_ptr_array_index (factors, i))->row == row)
      {
        *index = i;
        return factors;
      }
  g_ptr_array_unref (factors);
  return NULL;
}

char *
rancang_swot_move_factor (RancangHistory     *history,
                          const RancangTable *table,
                          guint               row,
                          int                 delta,
                          const RancangTable *tows)
{
  g_autoptr(GPtrArray) factors = NULL;
  g_autoptr(GHashTable) renames = NULL;
  g_autofree char *mine = NULL;
  g_autofree char *theirs = NULL;
  RancangSwotFactor *factor, *other;
  guint index;

  g_return_val_if_fail (history != NULL && table != NULL, NULL);
  g_return_val_if_fail (delta == -1 || delta == 1, NULL);

  factors = group_of_row (table, row, &index);
  if (factors == NULL || (int) index + delta < 0 || (int) index + delta >= (int) factors->len)
    return NULL;
  factor = g_ptr_array_index (factors, index);
  other = g_ptr_array_index (factors, index + delta);
  mine = cell_content (factor->node, "no");
  theirs = cell_content (other->node, "no");

  if (delta < 0)
    rancang_history_move (history, factor->node, rancang_node_get_parent (factor->node), other->node);
  else
    rancang_history_move (history, other->node, rancang_node_get_parent (factor->node), factor->node);
  /* Numbered by place: the places swapped are the numbers swapped. */
  if (is_blank (mine) || is_blank (theirs))
    return g_strdup (factor->code);
  rancang_edit_set_cell (history, factor->node, "no", theirs);
  rancang_edit_set_cell (history, other->node, "no", mine);
  renames = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (renames, factor->code, other->code);
  g_hash_table_insert (renames, other->code, factor->code);
  rename_refs (history, tows, renames);
  return g_strdup (other->code);
}

void
rancang_swot_remove_factor (RancangHistory     *history,
                            const RancangTable *table,
                            guint               row,
                            const RancangTable *tows)
{
  g_autoptr(GPtrArray) factors = NULL;
  g_autoptr(GHashTable) renames = NULL;
  RancangSwotFactor *factor;
  guint index;
  guint64 number;

  g_return_if_fail (history != NULL && table != NULL);

  factors = group_of_row (table, row, &index);
  if (factors == NULL)
    return;
  factor = g_ptr_array_index (factors, index);
  number = g_ascii_strtoull (factor->code + 1, NULL, 10);
  renames = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  if (!rancang_tows_names_factor (tows, factor->code))
    {
      /* The factors after it move up one number, and their references too. */
      for (guint i = index + 1; i < factors->len; i++)
        {
          RancangSwotFactor *other = g_ptr_array_index (factors, i);
          guint64 n = g_ascii_strtoull (other->code + 1, NULL, 10);
          g_autofree char *text = NULL;

          if (n <= number)
            continue;
          text = g_strdup_printf ("%" G_GUINT64_FORMAT, n - 1);
          rancang_edit_set_cell (history, other->node, "no", text);
          g_hash_table_insert (renames, other->code, g_strdup_printf ("%c%s", other->code[0], text));
        }
      rename_refs (history, tows, renames);
    }
  rancang_history_remove (history, factor->node);
}

void
rancang_swot_store_totals (RancangHistory     *history,
                           const RancangTable *table)
{
  const RancangTemplate *tmpl = rancang_table_get_template (table);

  g_return_if_fail (history != NULL && table != NULL);

  for (guint r = 0; r < rancang_table_get_n_rows (table); r++)
    for (guint c = 0; c < rancang_template_get_n_columns (tmpl); c++)
      {
        RancangNode *row = rancang_table_get_row_node (table, r);
        RancangNode *cell = rancang_edit_find_cell (row, rancang_template_column_key (tmpl, c));
        g_autofree char *stated = NULL;
        g_autofree char *text = NULL;
        RancangDecimal computed, typed;
        RancangValueState state;

        if (cell == NULL || !(rancang_template_column_is_derived (tmpl, c) || rancang_table_is_computed (table, r, c)))
          continue;
        stated = rancang_node_dup_content (cell);
        state = rancang_table_get_value (table, r, c, &computed);
        if (state == RANCANG_VALUE_NUMBER)
          {
            /* "2.10" for 2.1 stays as typed. */
            if (rancang_value_parse (stated, &typed) == RANCANG_VALUE_NUMBER && rancang_decimal_cmp (typed, computed) == 0)
              continue;
            text = rancang_decimal_to_c_string (rancang_decimal_normalize (computed));
          }
        else if (state == RANCANG_VALUE_EMPTY)
          text = g_strdup ("");
        if (text != NULL && g_strcmp0 (text, stated) != 0)
          rancang_history_set_content (history, cell, text);
      }
}
