/* rancang-check.c: stated against computed, and the other rules. */
#include "rancang-check.h"

#include <string.h>

#include "rancang-csv.h"
#include "rancang-table-rows.h"
#include "rancang-template-private.h"
#include "rancang-tows.h"

static const char *const kind_names[] = {
  "mismatch", "not-a-number", "weights", "tows-ref", "kode", "quarters", "template", "option",
  "zero-target", "year",
};

/* Each code's kind and English wording; {n} is the code's n-th value. */
static const struct
{
  RancangFindingKind  kind;
  const char         *format;
} code_table[] = {
  [RANCANG_FINDING_CODE_STATED_DIFFERS] = { RANCANG_FINDING_MISMATCH, "stated {1}, computed {2} (difference {3})" },
  [RANCANG_FINDING_CODE_STATED_NO_NUMBER] = { RANCANG_FINDING_MISMATCH, "stated \"{1}\", but the value is {2}" },
  [RANCANG_FINDING_CODE_STATED_NOTHING] = { RANCANG_FINDING_MISMATCH, "stated \"{1}\" where there is nothing to compute" },
  [RANCANG_FINDING_CODE_LEFT_EMPTY] = { RANCANG_FINDING_MISMATCH, "left empty (\"{1}\"), but the value is {2}" },
  [RANCANG_FINDING_CODE_STATED_NO_OPERANDS] = { RANCANG_FINDING_MISMATCH, "stated {1}, but there is nothing to compute it from" },
  [RANCANG_FINDING_CODE_NOT_A_NUMBER] = { RANCANG_FINDING_NOT_A_NUMBER, "\"{1}\" is not a number" },
  [RANCANG_FINDING_CODE_KODE_OUTSIDE_PARENT] = { RANCANG_FINDING_KODE, "kode {1} does not start with the kode of its parent, {2}" },
  [RANCANG_FINDING_CODE_WEIGHTS_SUM] = { RANCANG_FINDING_WEIGHTS, "the weights of group {1} add up to {2}, not 1" },
  [RANCANG_FINDING_CODE_TOWS_NO_FACTOR] = { RANCANG_FINDING_TOWS_REF, "{1} names the factor {2}, which no SWOT table has" },
  [RANCANG_FINDING_CODE_TOWS_WRONG_SIDE] = { RANCANG_FINDING_TOWS_REF, "{1} names {2} factors in a {3} strategy" },
  [RANCANG_FINDING_CODE_QUARTER_NOT_REPEATED] = { RANCANG_FINDING_QUARTERS, "the target of {1} is {2}; with tw_mode tetap it repeats the annual {3}" },
  [RANCANG_FINDING_CODE_QUARTERS_SUM] = { RANCANG_FINDING_QUARTERS, "the quarterly targets add up to {1}, the annual target is {2}" },
  [RANCANG_FINDING_CODE_ZERO_TARGET] = { RANCANG_FINDING_ZERO_TARGET, "the target ({1}) is 0 but the realisation ({2}) is {3}, so {4} cannot be computed" },
  [RANCANG_FINDING_CODE_OPTION_ROUNDING] = { RANCANG_FINDING_OPTION, "the option rounding is \"{1}\"; it must be half-up or truncate" },
  [RANCANG_FINDING_CODE_OPTION_DECIMALS] = { RANCANG_FINDING_OPTION, "the option decimals is \"{1}\"; it must be a whole number from 0 to 6" },
  [RANCANG_FINDING_CODE_NO_TEMPLATE] = { RANCANG_FINDING_TEMPLATE, "table {1}: there is no table template \"{2}\"" },
  [RANCANG_FINDING_CODE_YEAR_OUTSIDE_PERIOD] = { RANCANG_FINDING_YEAR, "the plan year {1} is outside the period {2}-{3}" },
};

const char *
rancang_finding_kind_to_string (RancangFindingKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

const char *
rancang_finding_code_format (RancangFindingCode code)
{
  g_return_val_if_fail ((guint) code < G_N_ELEMENTS (code_table), NULL);
  return code_table[code].format;
}

/* FORMAT with each {n} (1 to 9) replaced by ARGS[n - 1]; a {n} past the
 * end of ARGS is left out. Translations may put the values in any order,
 * which printf formats checked at build time cannot. */
char *
rancang_message_expand (const char        *format,
                        const char *const *args)
{
  GString *out = g_string_new (NULL);
  guint n_args = args != NULL ? g_strv_length ((char **) args) : 0;

  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}')
        {
          guint i = (guint) (p[1] - '1');

          if (i < n_args)
            g_string_append (out, args[i]);
          p += 2;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

void
rancang_finding_free (RancangFinding *f)
{
  if (f == NULL)
    return;
  g_free (f->table_id);
  g_free (f->kode);
  g_free (f->column);
  g_free (f->stated);
  g_free (f->computed);
  g_strfreev (f->args);
  g_free (f->message);
  g_free (f);
}

/* One line, tab-separated: table, kode, column, stated, computed, message. */
char *
rancang_finding_to_line (const RancangFinding *f)
{
  const char *fields[] = { f->table_id, f->kode, f->column, f->stated, f->computed, f->message };
  GString *line = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (i > 0)
        g_string_append_c (line, '\t');
      rancang_csv_append_field (line, fields[i], '\t');
    }
  return g_string_free (line, FALSE);
}

/* The values after COMPUTED are the code's, NULL-terminated. */
static RancangFinding *
add_finding (GPtrArray          *findings,
             RancangFindingCode  code,
             const RancangTable *t,
             int                 row,     /* 0-based, or -1 for the table */
             const char         *column,
             const char         *stated,
             const char         *computed,
             ...) G_GNUC_NULL_TERMINATED;

static RancangFinding *
add_finding (GPtrArray          *findings,
             RancangFindingCode  code,
             const RancangTable *t,
             int                 row,
             const char         *column,
             const char         *stated,
             const char         *computed,
             ...)
{
  RancangFinding *f = g_new0 (RancangFinding, 1);
  GStrvBuilder *builder = g_strv_builder_new ();
  const char *arg;
  va_list args;

  f->kind = code_table[code].kind;
  f->code = code;
  f->table_id = g_strdup (t != NULL && rancang_table_get_id (t) != NULL ? rancang_table_get_id (t) : "");
  if (row >= 0)
    {
      const char *kode = rancang_table_get_kode (t, (guint) row);

      f->row = (guint) row + 1;
      f->kode = kode != NULL && *kode != '\0' ? g_strdup (kode) : g_strdup_printf ("#%u", f->row);
    }
  else
    f->kode = g_strdup ("");
  f->column = g_strdup (column);
  f->stated = g_strdup (stated);
  f->computed = g_strdup (computed);
  va_start (args, computed);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (builder, arg);
  va_end (args);
  f->args = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  f->message = rancang_message_expand (code_table[code].format, (const char *const *) f->args);
  g_ptr_array_add (findings, f);
  return f;
}

static char *
value_string (RancangValueState state,
              RancangDecimal    d)
{
  switch (state)
    {
    case RANCANG_VALUE_NUMBER:
      return rancang_decimal_to_c_string (d);
    case RANCANG_VALUE_EMPTY:
      return g_strdup ("");
    case RANCANG_VALUE_INVALID:
    default:
      return g_strdup ("?");
    }
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

/* ------------------------------------------------------ stated/computed */

static void
check_cell (const RancangTable *t,
            guint               row,
            guint               column,
            GPtrArray          *findings)
{
  const RancangTemplate *tmpl = rancang_table_get_template (t);
  const char *key = rancang_template_column_key (tmpl, column);
  const char *text = rancang_table_get_text (t, row, column);
  RancangDecimal stated, computed, rounded;
  RancangValueState s, c;
  g_autofree char *computed_text = NULL;

  if (is_blank (text))
    return;
  s = rancang_table_get_stated (t, row, column, &stated);
  /* Shown as it would be printed (33.33, not 33.333333333333); compared
   * below at the stated value's own precision. */
  c = rancang_table_get_local (t, row, column,
                               rancang_template_column_type (tmpl, column) == RANCANG_COLUMN_PERCENT
                                 ? (int) rancang_table_get_decimals (t, column) : -1,
                               &computed);
  computed_text = value_string (c, computed);

  if (c == RANCANG_VALUE_INVALID)
    return;   /* an operand is no number: reported where it was typed */
  if (s == RANCANG_VALUE_INVALID)
    {
      if (c == RANCANG_VALUE_NUMBER)
        add_finding (findings, RANCANG_FINDING_CODE_STATED_NO_NUMBER, t, (int) row, key, text, computed_text,
                     text, computed_text, NULL);
      else
        add_finding (findings, RANCANG_FINDING_CODE_STATED_NOTHING, t, (int) row, key, text, computed_text,
                     text, NULL);
      return;
    }
  if (s == RANCANG_VALUE_EMPTY)
    {
      /* "-" is how tables print no money: fine where the sum is 0. */
      if (c == RANCANG_VALUE_NUMBER && !rancang_decimal_is_zero (computed))
        add_finding (findings, RANCANG_FINDING_CODE_LEFT_EMPTY, t, (int) row, key, text, computed_text,
                     text, computed_text, NULL);
      return;
    }
  if (c == RANCANG_VALUE_EMPTY)
    {
      /* "0" for a ratio without denominator is how many offices print it. */
      if (!rancang_decimal_is_zero (stated))
        add_finding (findings, RANCANG_FINDING_CODE_STATED_NO_OPERANDS, t, (int) row, key, text, computed_text,
                     text, NULL);
      return;
    }
  if (rancang_table_get_local (t, row, column, stated.scale, &rounded) != RANCANG_VALUE_NUMBER)
    return;
  if (rancang_decimal_cmp (rounded, stated) != 0)
    {
      RancangDecimal diff;
      g_autofree char *diff_text = NULL;

      if (rancang_decimal_sub (stated, rounded, &diff))
        diff_text = rancang_decimal_to_c_string (diff);
      add_finding (findings, RANCANG_FINDING_CODE_STATED_DIFFERS, t, (int) row, key, text, computed_text,
                   text, computed_text, diff_text != NULL ? diff_text : "?", NULL);
    }
}

static void
check_values (const RancangTable *t,
              GPtrArray          *findings)
{
  const RancangTemplate *tmpl = rancang_table_get_template (t);
  guint n_rows = rancang_table_get_n_rows (t);
  guint64 feeds = 0;

  /* A typed cell that is no number matters where something is computed
   * from it: a "Persen" in a column nothing reads is only text. */
  for (guint c = 0; c < tmpl->n_columns && c < 64; c++)
    {
      feeds |= tmpl->columns[c].depends_on;
      if (tmpl->columns[c].rollup || tmpl->columns[c].total)
        feeds |= G_GUINT64_CONSTANT (1) << c;
    }
  if (tmpl->weights_column >= 0)
    feeds |= G_GUINT64_CONSTANT (1) << tmpl->weights_column;
  if (tmpl->quarters_target >= 0)
    {
      feeds |= G_GUINT64_CONSTANT (1) << tmpl->quarters_target;
      for (guint i = 0; i < 4; i++)
        feeds |= G_GUINT64_CONSTANT (1) << tmpl->quarters[i];
    }

  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < tmpl->n_columns; c++)
      {
        const char *text;

        if (tmpl->columns[c].type == RANCANG_COLUMN_TEXT)
          continue;
        if (rancang_table_is_computed (t, r, c))
          {
            check_cell (t, r, c, findings);
            continue;
          }
        text = rancang_table_get_text (t, r, c);
        if (!is_blank (text) && (feeds & (G_GUINT64_CONSTANT (1) << c))
            && rancang_table_get_stated (t, r, c, NULL) == RANCANG_VALUE_INVALID)
          add_finding (findings, RANCANG_FINDING_CODE_NOT_A_NUMBER, t, (int) r, tmpl->columns[c].key,
                       text, NULL, text, NULL);
      }
}

/* ------------------------------------------------------------------ kode */

static void
check_kode (const RancangTable *t,
            GPtrArray          *findings)
{
  guint n_rows = rancang_table_get_n_rows (t);

  for (guint r = 0; r < n_rows; r++)
    {
      const char *kode = rancang_table_get_kode (t, r);
      const char *parent_kode = rancang_table_kode_misfit (t, r, kode);

      if (parent_kode != NULL)
        add_finding (findings, RANCANG_FINDING_CODE_KODE_OUTSIDE_PARENT, t, (int) r, "kode", kode, NULL,
                     kode, parent_kode, NULL);
    }
}

/* ------------------------------------------------------------------ swot */

static void
check_weights (const RancangTable *t,
               GPtrArray          *findings)
{
  const RancangTemplate *tmpl = rancang_table_get_template (t);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  guint n_rows = rancang_table_get_n_rows (t);

  if (tmpl->weights_column < 0)
    return;
  for (guint r = 0; r < n_rows; r++)
    {
      const char *group = rancang_table_get_text (t, r, (guint) tmpl->weights_group);

      if (rancang_table_get_level (t, r) != RANCANG_LEVEL_TOTAL && !is_blank (group)
          && !g_ptr_array_find_with_equal_func (groups, group, g_str_equal, NULL))
        g_ptr_array_add (groups, (gpointer) group);
    }
  for (guint i = 0; i < groups->len; i++)
    {
      const char *group = g_ptr_array_index (groups, i);
      RancangDecimal sum = rancang_decimal_from_int (0);
      g_autofree char *sum_text = NULL;
      int first = -1;

      for (guint r = 0; r < n_rows; r++)
        {
          RancangDecimal w;

          if (rancang_table_get_level (t, r) == RANCANG_LEVEL_TOTAL
              || g_strcmp0 (rancang_table_get_text (t, r, (guint) tmpl->weights_group), group) != 0)
            continue;
          if (first < 0)
            first = (int) r;
          if (rancang_table_get_value (t, r, (guint) tmpl->weights_column, &w) == RANCANG_VALUE_NUMBER
              && !rancang_decimal_add (sum, w, &sum))
            break;
        }
      if (rancang_decimal_cmp (sum, rancang_decimal_from_int (1)) == 0)
        continue;
      sum_text = rancang_decimal_to_c_string (sum);
      add_finding (findings, RANCANG_FINDING_CODE_WEIGHTS_SUM, t, first,
                   tmpl->columns[tmpl->weights_column].key, sum_text, "1", group, sum_text, NULL);
    }
}

/* The factor codes of the SWOT tables ("S1"): the two groups each index
 * subtracts (IFAS: S minus W) read as the SWOT editor reads them. */
static GHashTable *
collect_factors (GPtrArray *tables)
{
  GHashTable *factors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < tables->len; i++)
    {
      const RancangTable *t = g_ptr_array_index (tables, i);
      const RancangTemplate *tmpl = rancang_table_get_template (t);
      const char *groups[] = { tmpl->index_plus, tmpl->index_minus };

      if (tmpl->index_column < 0)
        continue;
      for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
        {
          g_autoptr(GPtrArray) list = rancang_swot_factors (t, g_ascii_toupper (groups[g][0]));

          for (guint f = 0; f < list->len; f++)
            g_hash_table_add (factors, g_strdup (((RancangSwotFactor *) g_ptr_array_index (list, f))->code));
        }
    }
  return factors;
}

static void
check_tows (const RancangTable *t,
            GHashTable         *factors,
            GPtrArray          *findings)
{
  const RancangTemplate *tmpl = rancang_table_get_template (t);

  if (tmpl->tows_refs < 0 || g_hash_table_size (factors) == 0)
    return;
  for (guint r = 0; r < rancang_table_get_n_rows (t); r++)
    {
      const char *refs = rancang_table_get_text (t, r, (guint) tmpl->tows_refs);
      const char *quadrant = tmpl->tows_quadrant >= 0 ? rancang_table_get_text (t, r, (guint) tmpl->tows_quadrant) : NULL;
      g_autoptr(GString) letters = g_string_new (NULL);
      g_autoptr(GPtrArray) codes = NULL;

      if (is_blank (refs))
        continue;
      /* Every code as written: a factor named twice that no table has is
       * reported twice, where the planner wrote it. */
      codes = rancang_tows_refs_parse (refs, RANCANG_TOWS_REFS_AS_WRITTEN);
      for (guint i = 0; i < codes->len; i++)
        {
          const char *code = g_ptr_array_index (codes, i);

          if (!g_hash_table_contains (factors, code))
            add_finding (findings, RANCANG_FINDING_CODE_TOWS_NO_FACTOR, t, (int) r, "refs", refs, NULL,
                         refs, code, NULL);
          if (g_ascii_isalpha (code[0]) && strchr (letters->str, code[0]) == NULL)
            g_string_append_c (letters, code[0]);
        }
      if (!is_blank (quadrant))
        for (const char *l = letters->str; *l != '\0'; l++)
          if (strchr (quadrant, *l) == NULL)
            {
              char letter[2] = { *l, '\0' };

              add_finding (findings, RANCANG_FINDING_CODE_TOWS_WRONG_SIDE, t, (int) r, "refs", refs, NULL,
                           refs, letter, quadrant, NULL);
            }
    }
}

/* -------------------------------------------------------------- quarters */

static void
check_quarters (const RancangTable *t,
                GPtrArray          *findings)
{
  const RancangTemplate *tmpl = rancang_table_get_template (t);

  if (tmpl->quarters_target < 0)
    return;
  for (guint r = 0; r < rancang_table_get_n_rows (t); r++)
    {
      const char *typed = rancang_table_get_text (t, r, (guint) tmpl->quarters_mode);
      const char *choice = rancang_template_column_choice (tmpl, (guint) tmpl->quarters_mode, typed);
      g_autofree char *mode = g_strstrip (g_strdup (choice != NULL ? choice : typed != NULL ? typed : ""));
      RancangDecimal target, sum = rancang_decimal_from_int (0), q;
      g_autofree char *target_text = NULL;
      gboolean any = FALSE;

      if (is_blank (mode)
          || rancang_table_get_value (t, r, (guint) tmpl->quarters_target, &target) != RANCANG_VALUE_NUMBER)
        continue;
      target_text = rancang_decimal_to_c_string (target);
      for (guint i = 0; i < 4; i++)
        {
          const char *key = tmpl->columns[tmpl->quarters[i]].key;

          if (rancang_table_get_value (t, r, (guint) tmpl->quarters[i], &q) != RANCANG_VALUE_NUMBER)
            continue;
          any = TRUE;
          if (g_ascii_strcasecmp (mode, "tetap") == 0 && rancang_decimal_cmp (q, target) != 0)
            {
              g_autofree char *q_text = rancang_decimal_to_c_string (q);

              add_finding (findings, RANCANG_FINDING_CODE_QUARTER_NOT_REPEATED, t, (int) r, key, q_text,
                           target_text, key, q_text, target_text, NULL);
            }
          if (!rancang_decimal_add (sum, q, &sum))
            break;
        }
      if (any && g_ascii_strcasecmp (mode, "jumlah") == 0 && rancang_decimal_cmp (sum, target) != 0)
        {
          g_autofree char *sum_text = rancang_decimal_to_c_string (sum);

          add_finding (findings, RANCANG_FINDING_CODE_QUARTERS_SUM, t, (int) r,
                       tmpl->columns[tmpl->quarters_target].key, target_text, sum_text,
                       sum_text, target_text, NULL);
        }
    }
}

/* ------------------------------------------------------- zero targets */

/* A ratio over a target of 0 has no value, which is right when nothing was
 * realised either; a realisation against a target of 0 means the target
 * was never set (or was lost), which a planner must see. */
static void
check_zero_targets (const RancangTable *t,
                    GPtrArray          *findings)
{
  const RancangTemplate *tmpl = rancang_table_get_template (t);

  for (guint c = 0; c < tmpl->n_columns; c++)
    for (guint d = 0; d < tmpl->columns[c].n_derivations; d++)
      {
        const RancangDerivation *ratio = &tmpl->columns[c].derivations[d];
        guint num, den;

        if (ratio->kind != RANCANG_DERIVE_RATIO || ratio->n_args != 2)
          continue;
        num = (guint) ratio->args[0];
        den = (guint) ratio->args[1];
        for (guint r = 0; r < rancang_table_get_n_rows (t); r++)
          {
            RancangDecimal n, z;
            g_autofree char *text = NULL;

            if (rancang_table_get_value (t, r, den, &z) != RANCANG_VALUE_NUMBER || !rancang_decimal_is_zero (z)
                || rancang_table_get_value (t, r, num, &n) != RANCANG_VALUE_NUMBER || rancang_decimal_is_zero (n))
              continue;
            text = rancang_decimal_to_c_string (n);
            add_finding (findings, RANCANG_FINDING_CODE_ZERO_TARGET, t, (int) r, tmpl->columns[den].key, "0", "",
                         tmpl->columns[den].key, tmpl->columns[num].key, text, tmpl->columns[c].key, NULL);
          }
      }
}

/* --------------------------------------------------------------- tables */

void
rancang_check_table (const RancangTable *t,
                     GPtrArray          *findings)
{
  check_values (t, findings);
  check_zero_targets (t, findings);
  check_kode (t, findings);
  check_weights (t, findings);
  check_quarters (t, findings);
}

/* The value of <option name=NAME> among the children of NODE (the
 * metadata, or a table), or NULL. */
static const char *
option_of (const RancangNode *node,
           const char        *name)
{
  for (RancangNode *o = rancang_node_get_child (node, "option"); o; o = rancang_node_get_next_named (o, "option"))
    if (g_strcmp0 (rancang_node_get_attr (o, "name"), name) == 0)
      return rancang_node_get_attr (o, "value");
  return NULL;
}

static void
option_finding (GPtrArray          *findings,
                RancangFindingCode  code,
                const char         *table_id,
                const char         *name,
                const char         *value)
{
  RancangFinding *f;

  if (findings == NULL)
    return;
  f = add_finding (findings, code, NULL, -1, name, value, NULL, value, NULL);
  g_free (f->table_id);
  f->table_id = g_strdup (table_id != NULL ? table_id : "");
}

/* The rounding rule and the percent decimals of NODE (the metadata or a
 * table) over the ones given; an option that cannot be followed is a
 * finding and changes nothing. */
static void
read_options (const RancangNode *node,
              const char        *table_id,
              RancangRounding   *rounding,
              int               *decimals,
              GPtrArray         *findings)
{
  const char *value;

  if ((value = option_of (node, "rounding")) != NULL
      && !rancang_rounding_from_string (value, rounding))
    option_finding (findings, RANCANG_FINDING_CODE_OPTION_ROUNDING, table_id, "rounding", value);
  if ((value = option_of (node, "decimals")) != NULL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (value));
      guint64 n;

      if (g_ascii_string_to_unsigned (stripped, 10, 0, 6, &n, NULL))
        *decimals = (int) n;
      else
        option_finding (findings, RANCANG_FINDING_CODE_OPTION_DECIMALS, table_id, "decimals", value);
    }
}

/* Gives TABLE the rounding rule and percent decimals of its own <option>s,
 * else those of DOC's metadata, else half-up and the template's decimals:
 * for whoever makes a RancangTable with rancang_table_new() (the layout,
 * the window). Options Rancang cannot follow are left aside here;
 * rancang_check_document() reports them. */
void
rancang_table_apply_options (RancangTable    *table,
                             RancangDocument *doc)
{
  RancangRounding rounding = RANCANG_ROUND_HALF_UP;
  int decimals = -1;

  g_return_if_fail (table != NULL && doc != NULL);
  read_options (rancang_document_get_metadata (doc), NULL, &rounding, &decimals, NULL);
  read_options (rancang_table_get_node (table), NULL, &rounding, &decimals, NULL);
  rancang_table_set_rounding (table, rounding);
  rancang_table_set_decimals (table, decimals);
}

/* Every <table> of the document, read and computed, in document order. A
 * table whose template is unknown is left out, with a finding. Each table
 * rounds by its own <option name="rounding">, else the document's, else
 * half-up; the same for <option name="decimals"> (of percent columns). */
GPtrArray *
rancang_document_tables (RancangDocument    *doc,
                         RancangTemplateSet *templates,
                         GPtrArray          *findings)
{
  GPtrArray *tables = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_table_free);
  RancangNode *root = rancang_document_get_root (doc);
  RancangRounding doc_rounding = RANCANG_ROUND_HALF_UP;
  int doc_decimals = -1;

  read_options (rancang_document_get_metadata (doc), NULL, &doc_rounding, &doc_decimals, findings);

  for (RancangNode *n = root; n != NULL; n = rancang_node_next_in_tree (n, root))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RancangTemplate) tmpl = NULL;

      if (rancang_node_is_text (n) || !rancang_node_is (n, "table"))
        continue;
      tmpl = rancang_template_set_for_table (templates, n, &error);
      if (tmpl == NULL)
        {
          if (findings != NULL)
            {
              const char *table_id = rancang_node_get_attr (n, "id");
              RancangFinding *f = add_finding (findings, RANCANG_FINDING_CODE_NO_TEMPLATE, NULL, -1, NULL,
                                               NULL, NULL, table_id != NULL ? table_id : "?",
                                               rancang_node_get_attr (n, "template"), NULL);
              g_free (f->table_id);
              f->table_id = g_strdup (table_id);
            }
          continue;
        }
      {
        RancangTable *table = rancang_table_new (tmpl, n);
        RancangRounding rounding = doc_rounding;
        int decimals = doc_decimals;

        read_options (n, rancang_node_get_attr (n, "id"), &rounding, &decimals, findings);
        rancang_table_set_rounding (table, rounding);
        rancang_table_set_decimals (table, decimals);
        g_ptr_array_add (tables, table);
      }
    }
  return tables;
}

GPtrArray *
rancang_check_document (RancangDocument    *doc,
                        RancangTemplateSet *templates)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_finding_free);
  g_autoptr(GPtrArray) tables = rancang_document_tables (doc, templates, findings);
  g_autoptr(GHashTable) factors = collect_factors (tables);

  int start, end, year = rancang_document_get_plan_year (doc);

  /* A plan year copied from last year's document, or a period not updated. */
  rancang_document_get_period (doc, &start, &end);
  if (year < start || year > end)
    {
      g_autofree char *text = g_strdup_printf ("%d", year);
      g_autofree char *period = g_strdup_printf ("%d-%d", start, end);
      g_autofree char *first = g_strdup_printf ("%d", start);
      g_autofree char *last = g_strdup_printf ("%d", end);

      add_finding (findings, RANCANG_FINDING_CODE_YEAR_OUTSIDE_PERIOD, NULL, -1, "plan-year", text, period,
                   text, first, last, NULL);
    }

  for (guint i = 0; i < tables->len; i++)
    {
      const RancangTable *t = g_ptr_array_index (tables, i);

      rancang_check_table (t, findings);
      check_tows (t, factors, findings);
    }
  return findings;
}

/* ------------------------------------------------------------- quadrant */

void
rancang_swot_quadrant (RancangDecimal  x,
                       RancangDecimal  y,
                       RancangSwot    *swot)
{
  gboolean x_pos = !rancang_decimal_is_negative (x);
  gboolean y_pos = !rancang_decimal_is_negative (y);

  swot->ifas = x;
  swot->efas = y;
  /* Numbered as in Rangkuti's diagram, which Renstra documents follow
   * (and the Serang Renstra's step 5 names): I and II on the strength
   * side, III and IV on the weakness side. */
  if (x_pos && y_pos)
    swot->quadrant = 1, swot->combination = "S-O", swot->strategy = "Progresif";
  else if (x_pos)
    swot->quadrant = 2, swot->combination = "S-T", swot->strategy = "Diversifikasi";
  else if (y_pos)
    swot->quadrant = 3, swot->combination = "W-O", swot->strategy = "Stabilitas";
  else
    swot->quadrant = 4, swot->combination = "W-T", swot->strategy = "Survival";
}

RancangSwotPart
rancang_swot_part_of (const RancangTemplate *tmpl)
{
  if (tmpl == NULL)
    return RANCANG_SWOT_PART_NONE;
  if (tmpl->tows_refs >= 0)
    return RANCANG_SWOT_PART_TOWS;
  if (tmpl->index_column < 0)
    return RANCANG_SWOT_PART_NONE;
  return g_ascii_strcasecmp (tmpl->index_name, "IFAS") == 0 ? RANCANG_SWOT_PART_IFAS : RANCANG_SWOT_PART_EFAS;
}

/* Totals per group, IFAS, EFAS and the quadrant, from the first table
 * whose <index> is IFAS and the first whose is EFAS. */
gboolean
rancang_swot_summarize (GPtrArray   *tables,
                        RancangSwot *out)
{
  memset (out, 0, sizeof *out);
  out->ifas = out->efas = rancang_decimal_from_int (0);
  out->total_s = out->total_w = out->total_o = out->total_t = out->ifas;

  for (guint i = 0; i < tables->len; i++)
    {
      const RancangTable *t = g_ptr_array_index (tables, i);
      const RancangTemplate *tmpl = rancang_table_get_template (t);
      RancangDecimal plus, minus, diff;
      gboolean ifas;

      if (rancang_swot_part_of (tmpl) != RANCANG_SWOT_PART_IFAS && rancang_swot_part_of (tmpl) != RANCANG_SWOT_PART_EFAS)
        continue;
      ifas = rancang_swot_part_of (tmpl) == RANCANG_SWOT_PART_IFAS;
      if (ifas ? out->have_ifas : out->have_efas)
        continue;
      if (rancang_table_group_total (t, (guint) tmpl->index_column, tmpl->index_plus, &plus) == RANCANG_VALUE_INVALID
          || rancang_table_group_total (t, (guint) tmpl->index_column, tmpl->index_minus, &minus) == RANCANG_VALUE_INVALID
          || !rancang_decimal_sub (plus, minus, &diff))
        continue;
      if (ifas)
        out->have_ifas = TRUE, out->total_s = plus, out->total_w = minus, out->ifas = diff;
      else
        out->have_efas = TRUE, out->total_o = plus, out->total_t = minus, out->efas = diff;
    }
  if (out->have_ifas && out->have_efas)
    rancang_swot_quadrant (out->ifas, out->efas, out);
  return out->have_ifas || out->have_efas;
}
