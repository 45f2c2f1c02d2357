/* test-helpers.c: what the Check tests of the model share (see
 * test-helpers.h). */
#include <check.h>
#include <stdarg.h>
#include <stdlib.h>

#include "test-helpers.h"

RancangTemplateSet *
builtin (void)
{
  g_autoptr(GError) error = NULL;
  RancangTemplateSet *set = rancang_template_set_new_builtin (&error);

  ck_assert_msg (set != NULL, "%s", error != NULL ? error->message : "");
  return set;
}

int
row_of (const RancangTable *t,
                  const char         *kode)
{
  for (guint r = 0; r < rancang_table_get_n_rows (t); r++)
    if (g_strcmp0 (rancang_table_get_kode (t, r), kode) == 0)
      return (int) r;
  ck_abort_msg ("no row %s in %s", kode, rancang_table_get_id (t));
  return -1;
}

/* TEXT as a decimal: digits, at most one point, an optional minus. */
static gboolean
parse_decimal (const char *text,
               gint64     *units,
               guint      *scale)
{
  const char *p = text;
  gboolean negative = FALSE, point = FALSE;
  gint64 u = 0;
  guint s = 0, digits = 0;

  if (*p == '-')
    negative = TRUE, p++;
  for (; *p != '\0'; p++)
    {
      if (*p == '.' && !point)
        {
          point = TRUE;
          continue;
        }
      if (!g_ascii_isdigit (*p) || digits == 18)
        return FALSE;
      u = u * 10 + (*p - '0');
      digits++;
      if (point)
        s++;
    }
  if (digits == 0)
    return FALSE;
  *units = negative ? -u : u;
  *scale = s;
  return TRUE;
}

gboolean
value_rounds_to (RancangDecimal exact,
                 const char    *expected)
{
  gint64 want, got = exact.units;
  guint scale;

  if (!parse_decimal (expected, &want, &scale))
    return FALSE;
  if (exact.scale <= scale)
    {
      for (guint i = exact.scale; i < scale; i++)
        {
          if (got > G_MAXINT64 / 10 || got < G_MININT64 / 10)
            return FALSE;
          got *= 10;
        }
      return got == want;
    }
  else
    {
      gint64 unit = 1, rest;

      for (guint i = scale; i < exact.scale; i++)
        unit *= 10;
      rest = got % unit;
      got /= unit;
      /* half-up, away from zero, as the fixtures round */
      if (rest >= 0 && 2 * rest >= unit)
        got++;
      else if (rest < 0 && -2 * rest >= unit)
        got--;
      return got == want;
    }
}

/* ---------------------------------------------- tables built from rows */

RancangNode *
new_table (const char *id,
           const char *template_id)
{
  RancangNode *table = rancang_node_new_element ("table");

  rancang_node_set_attr (table, "id", id);
  rancang_node_set_attr (table, "template", template_id);
  return table;
}

void
add_cell (RancangNode *row,
          const char  *key,
          const char  *value)
{
  RancangNode *cell = rancang_node_new_element ("c");

  rancang_node_set_attr (cell, "k", key);
  rancang_node_set_content (cell, value);
  rancang_node_append_child (row, cell);
}

/* add_row (table, "kegiatan", "05.01", "k4", "59", "k5", "29", NULL) */
RancangNode *
add_row (RancangNode *table,
         const char  *level,
         const char  *kode,
         ...)
{
  RancangNode *row = rancang_node_new_element ("row");
  const char *key;
  va_list args;

  if (level != NULL)
    rancang_node_set_attr (row, "level", level);
  if (kode != NULL)
    rancang_node_set_attr (row, "kode", kode);
  va_start (args, kode);
  while ((key = va_arg (args, const char *)) != NULL)
    add_cell (row, key, va_arg (args, const char *));
  va_end (args);
  rancang_node_append_child (table, row);
  return row;
}

guint
col (const RancangTable *t,
     const char         *key)
{
  int c = rancang_template_lookup_column (rancang_table_get_template (t), key);

  ck_assert_msg (c >= 0, "no column %s", key);
  return (guint) c;
}

void
assert_value_at (const RancangTable *t,
                 guint               row,
                 const char         *key,
                 const char         *expected,
                 const char         *where)
{
  RancangDecimal got;
  RancangValueState state = rancang_table_get_value (t, row, col (t, key), &got);
  g_autofree char *got_text = NULL;

  if (expected == NULL)
    {
      ck_assert_msg (state == RANCANG_VALUE_EMPTY, "%s: %s of row %u: expected empty, got state %d",
                     where, key, row, state);
      return;
    }
  ck_assert_msg (state == RANCANG_VALUE_NUMBER, "%s: %s of row %u: expected %s, got state %d",
                 where, key, row, expected, state);
  got_text = rancang_decimal_to_c_string (got);
  ck_assert_msg (value_rounds_to (got, expected), "%s: %s of row %u: expected %s, got %s",
                 where, key, row, expected, got_text);
}

/* The same, for the value at FIELD of fixture NODE; a failure names both. */
void
assert_fixture_value (const RancangTable *t,
                      guint               row,
                      const char         *key,
                      const FixtureNode  *node,
                      const char         *field)
{
  g_autofree char *where = g_strdup_printf ("%s %s", fx_where (node), field);

  assert_value_at (t, row, key, fx_str (node, field), where);
}

GPtrArray *
check_one (const RancangTable *t)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_finding_free);

  rancang_check_table (t, findings);
  return findings;
}

/* The findings of KIND (or any, for -1) on row KODE and column KEY. */
guint
count_findings (GPtrArray  *findings,
                int         kind,
                const char *table_id,
                const char *kode,
                const char *key)
{
  guint n = 0;

  for (guint i = 0; i < findings->len; i++)
    {
      const RancangFinding *f = g_ptr_array_index (findings, i);

      if ((kind < 0 || (int) f->kind == kind)
          && (table_id == NULL || g_strcmp0 (f->table_id, table_id) == 0)
          && (kode == NULL || g_strcmp0 (f->kode, kode) == 0)
          && (key == NULL || g_strcmp0 (f->column, key) == 0))
        n++;
    }
  return n;
}

const RancangFinding *
find_finding (GPtrArray  *findings,
              const char *table_id,
              const char *kode,
              const char *key)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const RancangFinding *f = g_ptr_array_index (findings, i);

      if (g_strcmp0 (f->table_id, table_id) == 0 && g_strcmp0 (f->kode, kode) == 0
          && g_strcmp0 (f->column, key) == 0)
        return f;
    }
  return NULL;
}

void
dump (GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *line = rancang_finding_to_line (g_ptr_array_index (findings, i));
      g_printerr ("  %s\n", line);
    }
}

/* The table ID of TABLES. */
RancangTable *
table_by_id (GPtrArray  *tables,
             const char *id)
{
  for (guint i = 0; i < tables->len; i++)
    if (g_strcmp0 (rancang_table_get_id (g_ptr_array_index (tables, i)), id) == 0)
      return g_ptr_array_index (tables, i);
  ck_abort_msg ("no table %s", id);
  return NULL;
}

/* The columns c4..c11 of renja-fixtures-bontang B-2.1 are k4..k11 of the
 * evaluasi-renja template: the number of a fixture column ("c8_tingkat_
 * realisasi_pct") is the number of the template's. */
char *
b21_key (const char *column)
{
  guint64 n = g_ascii_strtoull (column + 1, NULL, 10);

  return n >= 4 && n <= 11 ? g_strdup_printf ("k%" G_GUINT64_FORMAT, n) : NULL;
}

/* The total of B-3.3 with KODE (NULL: the TOTAL row). */
const FixtureNode *
b33_total (const FixtureNode *b33,
           const char        *kode)
{
  const FixtureNode *totals = fx_get (b33, "totals");
  const FixtureNode *total = fx_find_item (totals, "kode", kode);

  ck_assert_msg (total != NULL, "%s: no total %s", fx_where (totals), kode);
  return total;
}

/* The row of B-3.3 with KODE, among its rows and their children. */
const FixtureNode *
b33_row (const FixtureNode *b33,
         const char        *kode)
{
  const FixtureNode *rows = fx_get (b33, "rows");

  const FixtureNode *row = fx_find_item (rows, "kode", kode);

  for (guint r = 0; r < fx_len (rows) && row == NULL; r++)
    row = fx_find_item (fx_find (fx_at (rows, r), "children"), "kode", kode);
  if (row != NULL)
    return row;
  ck_abort_msg ("%s: no row %s", fx_where (rows), kode);
  return NULL;
}

/* VALUE equals the decimal at FIELD of fixture NODE. */
void
assert_decimal (RancangDecimal     value,
                const FixtureNode *node,
                const char        *field)
{
  g_autofree char *text = rancang_decimal_to_c_string (value);

  ck_assert_msg (value_rounds_to (value, fx_str (node, field)), "%s %s: expected %s, got %s",
                 fx_where (node), field, fx_str (node, field), text);
}
