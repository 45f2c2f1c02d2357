/* rancang-compute.c: one engine for every derived cell of every template. */
#include "rancang-compute.h"

#include <string.h>

#include "rancang-edit.h"
#include "rancang-format.h"
#include "rancang-template-private.h"

/* Ratios are kept with this many decimals (or fewer, when the quotient is
 * too large to hold them) and rounded once more only when printed; the
 * checker asks for the ratio rounded straight from its operands. */
static const guint ratio_scales[] = { 12, 8, 4, 2, 0 };

typedef struct
{
  RancangDecimal d;
  guint8         state;      /* RancangValueState */
  guint8         computed;   /* the value is the engine's, not the typed one */
} Cell;

typedef struct
{
  RancangNode  *node;
  const char   *kode;
  RancangLevel  level;
  int           parent;        /* head row of the parent entity, or -1 */
  int           head;          /* first row of this row's entity */
  int           first_child;   /* head rows, linked by next_sibling */
  int           last_child;
  int           next_sibling;
  int           next_in_entity;   /* continuation rows of a head */
} Row;

struct _RancangTable
{
  RancangTemplate  *tmpl;
  RancangNode      *node;
  const char       *id;
  guint             n_rows;
  guint             n_cols;
  Row              *rows;
  const char      **text;     /* n_rows x n_cols; NULL when the cell is absent */
  Cell             *input;    /* what was typed, parsed */
  Cell             *value;    /* what the table shows: computed where derived */
  GArray           *roots;    /* head rows without parent, in the main chain */
  GArray           *totals;   /* rows of level total */
  RancangRounding   rounding; /* how values are rounded for output */
  int               decimals; /* printed decimals of percent columns; -1: the template's */
};

#define AT(t, r, c) ((gsize) (r) * (t)->n_cols + (c))

/* --------------------------------------------------------------- levels */

static const char *const level_names[] = {
  NULL, "tujuan", "sasaran", "urusan", "bidang", "program", "kegiatan", "subkegiatan",
  "group", "item", "total",
};

/* The name of LEVEL in the XML (level="subkegiatan"); NULL for NONE. */
const char *
rancang_level_to_string (RancangLevel level)
{
  g_return_val_if_fail ((guint) level < G_N_ELEMENTS (level_names), NULL);
  return level_names[level];
}

/* Every level's name, "tujuan, sasaran, ..., total", for messages. */
char *
rancang_level_names (void)
{
  GString *out = g_string_new (NULL);

  for (guint i = 1; i < G_N_ELEMENTS (level_names); i++)
    g_string_append_printf (out, "%s%s", i > 1 ? ", " : "", level_names[i]);
  return g_string_free (out, FALSE);
}

RancangLevel
rancang_level_from_string (const char *text)
{
  if (text == NULL)
    return RANCANG_LEVEL_NONE;
  for (guint i = 1; i < G_N_ELEMENTS (level_names); i++)
    if (strcmp (text, level_names[i]) == 0)
      return (RancangLevel) i;
  return RANCANG_LEVEL_NONE;
}

/* Three separate chains of levels; a row's parent is in its own chain. */
static int
level_chain (RancangLevel level, int *rank)
{
  switch (level)
    {
    case RANCANG_LEVEL_TUJUAN:
    case RANCANG_LEVEL_SASARAN:
      *rank = level - RANCANG_LEVEL_TUJUAN;
      return 0;
    case RANCANG_LEVEL_URUSAN:
    case RANCANG_LEVEL_BIDANG:
    case RANCANG_LEVEL_PROGRAM:
    case RANCANG_LEVEL_KEGIATAN:
    case RANCANG_LEVEL_SUBKEGIATAN:
      *rank = level - RANCANG_LEVEL_URUSAN;
      return 1;
    case RANCANG_LEVEL_GROUP:
    case RANCANG_LEVEL_ITEM:
      *rank = level - RANCANG_LEVEL_GROUP;
      return 2;
    case RANCANG_LEVEL_NONE:
    case RANCANG_LEVEL_TOTAL:
    default:
      *rank = 0;
      return -1;
    }
}

/* --------------------------------------------------------------- values */

RancangValueState
rancang_value_parse (const char     *text,
                     RancangDecimal *out)
{
  RancangParsedNumber parsed;

  *out = rancang_decimal_from_int (0);
  if (text == NULL)
    return RANCANG_VALUE_EMPTY;
  /* The plain C form the format prescribes is by far the common case. */
  if (rancang_decimal_parse_c (text, out))
    return RANCANG_VALUE_NUMBER;
  /* US style, because "1.234" in a C-form file is one and a bit. */
  if (!rancang_parse_number (text, RANCANG_NUMBERS_US, &parsed, NULL))
    return RANCANG_VALUE_INVALID;
  if (parsed.kind == RANCANG_PARSED_EMPTY)
    return RANCANG_VALUE_EMPTY;
  /* "12 unit roda dua dan 5 unit roda empat" is two quantities, not 12. */
  if (strpbrk (parsed.unit, "0123456789") != NULL)
    return RANCANG_VALUE_INVALID;
  *out = parsed.value;
  return RANCANG_VALUE_NUMBER;
}

static void
cell_set (Cell           *cell,
          RancangValueState state,
          RancangDecimal  d)
{
  cell->state = (guint8) state;
  cell->d = state == RANCANG_VALUE_NUMBER ? d : rancang_decimal_from_int (0);
}

/* Adds B into ACC, blanks counting nothing; an invalid operand or an
 * overflow makes the whole invalid. */
static void
accumulate (Cell       *acc,
            const Cell *b)
{
  RancangDecimal sum;

  if (acc->state == RANCANG_VALUE_INVALID || b->state == RANCANG_VALUE_EMPTY)
    return;
  if (b->state == RANCANG_VALUE_INVALID)
    {
      acc->state = RANCANG_VALUE_INVALID;
      return;
    }
  if (acc->state == RANCANG_VALUE_EMPTY)
    {
      *acc = *b;
      acc->computed = TRUE;
      return;
    }
  if (rancang_decimal_add (acc->d, b->d, &sum))
    acc->d = sum;
  else
    acc->state = RANCANG_VALUE_INVALID;
}

/* Cells are compared as typed, but for case and surrounding blanks. */
static gboolean
text_is (const char *text,
         const char *value)
{
  gsize len;

  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  len = strlen (value);
  if (g_ascii_strncasecmp (text, value, len) != 0)
    return FALSE;
  for (text += len; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* The cell at ROW, COLUMN says VALUE, itself or by a word its column's
 * choices list for it ("ya" for "kumulatif"). */
static gboolean
cell_is (const RancangTable *t,
         guint               row,
         guint               column,
         const char         *value)
{
  const char *text = t->text[AT (t, row, column)];
  const char *choice = rancang_template_column_choice (t->tmpl, column, text);

  return text_is (choice != NULL ? choice : text, value);
}

static gboolean
condition_holds (const RancangTable      *t,
                 guint                    row,
                 const RancangDerivation *d)
{
  gboolean equal;

  if (d->when_column < 0)
    return TRUE;
  equal = cell_is (t, row, (guint) d->when_column, d->when_value);
  return d->when_negated ? !equal : equal;
}

static const RancangDerivation *
pick_derivation (const RancangTable  *t,
                 guint                row,
                 const RancangColumn *col)
{
  for (guint i = 0; i < col->n_derivations; i++)
    if (condition_holds (t, row, &col->derivations[i]))
      return &col->derivations[i];
  return NULL;
}

static gboolean
polarity_negative (const RancangTable      *t,
                   guint                    row,
                   const RancangDerivation *d)
{
  return d->polarity_column >= 0 && cell_is (t, row, (guint) d->polarity_column, "negatif");
}

/* num / den x 100, or for an indicator where lower is better
 * (2 den - num) / den x 100 floored at 0; rounded once, by ROUNDING, to
 * DECIMALS. Empty when the denominator is zero or either side is blank. */
static RancangValueState
ratio (const Cell      *num,
       const Cell      *den,
       gboolean         negative,
       guint            decimals,
       RancangRounding  rounding,
       RancangDecimal  *out)
{
  RancangDecimal n = num->d, twice;

  if (num->state == RANCANG_VALUE_INVALID || den->state == RANCANG_VALUE_INVALID)
    return RANCANG_VALUE_INVALID;
  if (num->state == RANCANG_VALUE_EMPTY || den->state == RANCANG_VALUE_EMPTY
      || rancang_decimal_is_zero (den->d))
    return RANCANG_VALUE_EMPTY;
  if (negative)
    {
      if (!rancang_decimal_add (den->d, den->d, &twice) || !rancang_decimal_sub (twice, num->d, &n))
        return RANCANG_VALUE_INVALID;
      if (rancang_decimal_is_negative (n))
        n = rancang_decimal_from_int (0);
    }
  if (!rancang_decimal_ratio_round (n, den->d, 100, decimals, rounding, out))
    return RANCANG_VALUE_INVALID;
  return RANCANG_VALUE_NUMBER;
}

/* An operand: what the table shows, or, for a LOCAL derivation (the check
 * of one row's formula on its own), what the row carries where typed. */
static const Cell *
operand (const RancangTable *t,
         guint               row,
         int                 column,
         gboolean            local)
{
  const Cell *typed = &t->input[AT (t, row, column)];

  if (local && typed->state != RANCANG_VALUE_EMPTY)
    return typed;
  return &t->value[AT (t, row, column)];
}

/* The value of one derived cell; RATIO_DECIMALS < 0 keeps a ratio at the
 * finest scale that fits, else rounds it once to that many decimals. */
static Cell
derive (const RancangTable *t,
        guint               row,
        guint               column,
        gboolean            local,
        int                 ratio_decimals)
{
  const RancangColumn *col = &t->tmpl->columns[column];
  const RancangDerivation *d = pick_derivation (t, row, col);
  Cell out = { { 0, 0 }, RANCANG_VALUE_EMPTY, TRUE };
  const Cell *arg0, *arg1;
  RancangDecimal r = rancang_decimal_from_int (0);
  RancangValueState state;

  if (d == NULL)
    return out;
  if (d->unless_typed && t->input[AT (t, row, column)].state != RANCANG_VALUE_EMPTY)
    {
      /* A level indicator's realisation is reported, not added up. */
      out = t->input[AT (t, row, column)];
      out.computed = FALSE;
      return out;
    }
  arg0 = d->n_args > 0 ? operand (t, row, d->args[0], local) : NULL;
  arg1 = d->n_args > 1 ? operand (t, row, d->args[1], local) : NULL;

  switch (d->kind)
    {
    case RANCANG_DERIVE_RATIO:
      if (ratio_decimals >= 0)
        {
          state = ratio (arg0, arg1, polarity_negative (t, row, d), (guint) ratio_decimals, t->rounding, &r);
          cell_set (&out, state, r);
          break;
        }
      state = RANCANG_VALUE_INVALID;
      for (guint i = 0; i < G_N_ELEMENTS (ratio_scales) && state == RANCANG_VALUE_INVALID; i++)
        {
          state = ratio (arg0, arg1, polarity_negative (t, row, d), ratio_scales[i],
                         RANCANG_ROUND_HALF_UP, &r);
          if (arg0->state == RANCANG_VALUE_INVALID || arg1->state == RANCANG_VALUE_INVALID)
            break;
        }
      if (state == RANCANG_VALUE_NUMBER)
        r = rancang_decimal_normalize (r);
      cell_set (&out, state, r);
      break;

    case RANCANG_DERIVE_SUM:
      for (guint i = 0; i < d->n_args; i++)
        accumulate (&out, operand (t, row, d->args[i], local));
      break;

    case RANCANG_DERIVE_LAST:
      for (guint i = d->n_args; i-- > 0;)
        {
          const Cell *c = operand (t, row, d->args[i], local);

          if (c->state != RANCANG_VALUE_EMPTY)
            {
              cell_set (&out, c->state, c->d);
              break;
            }
        }
      break;

    case RANCANG_DERIVE_DIFFERENCE:
      if (arg0->state == RANCANG_VALUE_INVALID || arg1->state == RANCANG_VALUE_INVALID)
        cell_set (&out, RANCANG_VALUE_INVALID, r);
      else if (arg0->state == RANCANG_VALUE_EMPTY && arg1->state == RANCANG_VALUE_EMPTY)
        break;
      else if (rancang_decimal_sub (arg0->state == RANCANG_VALUE_NUMBER ? arg0->d : rancang_decimal_from_int (0),
                                    arg1->state == RANCANG_VALUE_NUMBER ? arg1->d : rancang_decimal_from_int (0),
                                    &r))
        cell_set (&out, RANCANG_VALUE_NUMBER, r);
      else
        cell_set (&out, RANCANG_VALUE_INVALID, r);
      break;

    case RANCANG_DERIVE_PRODUCT:
      if (arg0->state == RANCANG_VALUE_INVALID || arg1->state == RANCANG_VALUE_INVALID)
        cell_set (&out, RANCANG_VALUE_INVALID, r);
      else if (arg0->state == RANCANG_VALUE_EMPTY || arg1->state == RANCANG_VALUE_EMPTY)
        break;
      else if (rancang_decimal_mul (arg0->d, arg1->d, &r))
        cell_set (&out, RANCANG_VALUE_NUMBER, r);
      else
        cell_set (&out, RANCANG_VALUE_INVALID, r);
      break;

    case RANCANG_DERIVE_ROLLUP:
    case RANCANG_DERIVE_NONE:
    default:
      g_assert_not_reached ();
    }
  out.computed = TRUE;
  return out;
}

static void
evaluate (RancangTable *t,
          guint         row,
          guint         column)
{
  t->value[AT (t, row, column)] = derive (t, row, column, FALSE, -1);
}

static void
evaluate_row (RancangTable *t,
              guint         row,
              gboolean      skip_totals)
{
  for (guint i = 0; i < t->tmpl->n_order; i++)
    {
      guint column = t->tmpl->order[i];

      if (skip_totals && t->tmpl->columns[column].total)
        continue;
      evaluate (t, row, column);
    }
}

/* ------------------------------------------------------------- roll-ups */

/* What an entity brings to its parent: its rolled-up value, or what its
 * rows carry (money sits on the first row, but a few documents put it on
 * a continuation row). */
static Cell
contribution (const RancangTable *t,
              int                 head,
              guint               column)
{
  Cell sum = { { 0, 0 }, RANCANG_VALUE_EMPTY, TRUE };

  if (t->value[AT (t, head, column)].computed)
    return t->value[AT (t, head, column)];
  for (int r = head; r >= 0; r = t->rows[r].next_in_entity)
    accumulate (&sum, &t->input[AT (t, r, column)]);
  return sum;
}

static void
rollup_at (RancangTable *t,
           int           head,
           guint         column)
{
  Cell sum = { { 0, 0 }, RANCANG_VALUE_EMPTY, TRUE };
  Cell *out = &t->value[AT (t, head, column)];

  for (int child = t->rows[head].first_child; child >= 0; child = t->rows[child].next_sibling)
    {
      Cell c = contribution (t, child, column);
      accumulate (&sum, &c);
    }
  if (sum.state == RANCANG_VALUE_EMPTY)
    {
      /* No child carries the column: the row stands for itself. */
      *out = t->input[AT (t, head, column)];
      out->computed = FALSE;
      return;
    }
  *out = sum;
  out->computed = TRUE;
}

/* Tujuan and sasaran rows restate the money of programmes (of all of them,
 * or only of those serving the sasaran: documents differ), so they are no
 * sum of the rows below them in their chain: what they carry is stated. */
static gboolean
rolls_up (const RancangTable *t,
          int                 head)
{
  int rank;

  return t->rows[head].first_child >= 0 && level_chain (t->rows[head].level, &rank) != 0;
}

/* What an entity states for its parent: what its rows carry where they
 * carry it, else its computed contribution. */
static Cell
stated_contribution (const RancangTable *t,
                     int                 head,
                     guint               column)
{
  Cell sum = { { 0, 0 }, RANCANG_VALUE_EMPTY, TRUE };

  for (int r = head; r >= 0; r = t->rows[r].next_in_entity)
    accumulate (&sum, &t->input[AT (t, r, column)]);
  if (sum.state == RANCANG_VALUE_EMPTY)
    return contribution (t, head, column);
  return sum;
}

/* A parent's roll-up judged on its own, for the checker: the sum of what
 * its children state, so that a parent whose children do not add up is
 * one finding, not one more in every ancestor. A total row is still
 * judged against the whole table, what a reader adds up. */
static Cell
local_rollup (const RancangTable *t,
              guint               row,
              guint               column)
{
  Cell sum = { { 0, 0 }, RANCANG_VALUE_EMPTY, TRUE };

  for (int child = t->rows[row].first_child; child >= 0; child = t->rows[child].next_sibling)
    {
      Cell c = stated_contribution (t, child, column);
      accumulate (&sum, &c);
    }
  sum.computed = TRUE;
  return sum;
}

static gboolean
is_local_rollup (const RancangTable *t,
                 guint               row,
                 guint               column)
{
  return t->tmpl->columns[column].rollup && t->rows[row].level != RANCANG_LEVEL_TOTAL
         && t->rows[row].first_child >= 0 && t->value[AT (t, row, column)].computed;
}

static void
compute_totals (RancangTable *t)
{
  const RancangTemplate *tmpl = t->tmpl;

  for (guint i = 0; i < t->totals->len; i++)
    {
      guint row = g_array_index (t->totals, guint, i);

      for (guint c = 0; c < t->n_cols; c++)
        {
          Cell sum = { { 0, 0 }, RANCANG_VALUE_EMPTY, TRUE };

          if (!tmpl->columns[c].total)
            continue;
          if (tmpl->group_by >= 0 && tmpl->index_column == (int) c
              && (t->text[AT (t, row, tmpl->group_by)] == NULL || *t->text[AT (t, row, tmpl->group_by)] == '\0'))
            {
              /* A total of no group: the final score, IFAS = S - W. */
              RancangDecimal plus, minus, diff;
              RancangValueState ps = rancang_table_group_total (t, c, tmpl->index_plus, &plus);
              RancangValueState ms = rancang_table_group_total (t, c, tmpl->index_minus, &minus);

              if (ps == RANCANG_VALUE_INVALID || ms == RANCANG_VALUE_INVALID)
                sum.state = RANCANG_VALUE_INVALID;
              else if (ps == RANCANG_VALUE_NUMBER || ms == RANCANG_VALUE_NUMBER)
                {
                  if (rancang_decimal_sub (plus, minus, &diff))
                    cell_set (&sum, RANCANG_VALUE_NUMBER, diff);
                  else
                    sum.state = RANCANG_VALUE_INVALID;
                }
            }
          else if (tmpl->group_by >= 0)
            {
              const char *group = t->text[AT (t, row, tmpl->group_by)];

              for (guint r = 0; r < t->n_rows; r++)
                if (t->rows[r].level != RANCANG_LEVEL_TOTAL
                    && g_strcmp0 (t->text[AT (t, r, tmpl->group_by)], group) == 0)
                  accumulate (&sum, &t->value[AT (t, r, c)]);
            }
          else
            {
              for (guint k = 0; k < t->roots->len; k++)
                {
                  Cell contrib = contribution (t, g_array_index (t->roots, int, k), c);
                  accumulate (&sum, &contrib);
                }
            }
          sum.computed = TRUE;
          t->value[AT (t, row, c)] = sum;
        }
      evaluate_row (t, row, TRUE);
    }
}

void
rancang_table_compute (RancangTable *t)
{
  const RancangTemplate *tmpl = t->tmpl;

  memcpy (t->value, t->input, sizeof (Cell) * t->n_rows * t->n_cols);

  for (guint c = 0; c < t->n_cols; c++)
    if (tmpl->columns[c].rollup)
      for (guint r = t->n_rows; r-- > 0;)
        if (t->rows[r].head == (int) r && rolls_up (t, (int) r))
          rollup_at (t, (int) r, c);

  if (tmpl->n_order > 0)
    for (guint r = 0; r < t->n_rows; r++)
      if (t->rows[r].level != RANCANG_LEVEL_TOTAL)
        evaluate_row (t, r, FALSE);

  compute_totals (t);
}

/* ------------------------------------------------------------ building */

static void
read_cells (RancangTable *t,
            guint         row,
            GHashTable   *columns)
{
  RancangNode *node = t->rows[row].node;

  for (RancangNode *c = rancang_node_get_first_child (node); c != NULL; c = rancang_node_get_next (c))
    {
      const char *key;
      gpointer index;
      RancangNode *text;

      if (!rancang_node_is (c, "c") || (key = rancang_node_get_attr (c, "k")) == NULL)
        continue;
      if (!g_hash_table_lookup_extended (columns, key, NULL, &index))
        continue;
      text = rancang_node_get_first_child (c);
      t->text[AT (t, row, GPOINTER_TO_UINT (index))] =
        text != NULL && rancang_node_is_text (text) ? rancang_node_get_text (text) : "";
    }
  if (t->tmpl->kode_column >= 0 && rancang_node_get_attr (node, "kode") != NULL)
    t->text[AT (t, row, t->tmpl->kode_column)] = rancang_node_get_attr (node, "kode");
  if (t->tmpl->level_column >= 0 && rancang_node_get_attr (node, "level") != NULL)
    t->text[AT (t, row, t->tmpl->level_column)] = rancang_node_get_attr (node, "level");
  t->rows[row].kode = rancang_node_get_attr (node, "kode");
  if (t->rows[row].kode == NULL && t->tmpl->kode_column >= 0)
    t->rows[row].kode = t->text[AT (t, row, t->tmpl->kode_column)];
}

static void
parse_row (RancangTable *t,
           guint         row)
{
  for (guint c = 0; c < t->n_cols; c++)
    {
      Cell *cell = &t->input[AT (t, row, c)];
      RancangDecimal d;

      if (t->tmpl->columns[c].type == RANCANG_COLUMN_TEXT)
        {
          cell_set (cell, RANCANG_VALUE_EMPTY, rancang_decimal_from_int (0));
          continue;
        }
      cell_set (cell, rancang_value_parse (t->text[AT (t, row, c)], &d), d);
      cell->computed = FALSE;
    }
}

static void
link_rows (RancangTable *t)
{
  int stack[3][8];
  int depth[3] = { 0, 0, 0 };
  int main_chain = -1;
  int head = -1;

  for (guint r = 0; r < t->n_rows; r++)
    {
      Row *row = &t->rows[r];
      int rank, chain;

      row->parent = row->first_child = row->last_child = row->next_sibling = row->next_in_entity = -1;
      if (row->level == RANCANG_LEVEL_TOTAL)
        {
          row->head = (int) r;
          g_array_append_val (t->totals, r);
          head = -1;
          continue;
        }
      if (row->level == RANCANG_LEVEL_NONE && head >= 0)
        {
          /* One more indicator of the entity above. */
          int last = head;

          while (t->rows[last].next_in_entity >= 0)
            last = t->rows[last].next_in_entity;
          t->rows[last].next_in_entity = (int) r;
          row->head = head;
          continue;
        }

      row->head = head = (int) r;
      chain = level_chain (row->level, &rank);
      if (chain >= 0)
        {
          int *s = stack[chain];

          while (depth[chain] > 0)
            {
              int top_rank;

              level_chain (t->rows[s[depth[chain] - 1]].level, &top_rank);
              if (top_rank < rank)
                break;
              depth[chain]--;
            }
          if (depth[chain] > 0)
            row->parent = s[depth[chain] - 1];
          if (depth[chain] < 8)
            s[depth[chain]++] = (int) r;
          if (main_chain < 0)
            main_chain = chain;
        }
      if (row->parent >= 0)
        {
          Row *parent = &t->rows[row->parent];

          if (parent->last_child >= 0)
            t->rows[parent->last_child].next_sibling = (int) r;
          else
            parent->first_child = (int) r;
          parent->last_child = (int) r;
        }
    }

  /* The roots a total adds up: those of the first chain the table uses
   * (urusan and tujuan rows may both head a Renstra table). */
  for (guint r = 0; r < t->n_rows; r++)
    {
      int rank;
      int chain = level_chain (t->rows[r].level, &rank);

      if (t->rows[r].head != (int) r || t->rows[r].parent >= 0 || t->rows[r].level == RANCANG_LEVEL_TOTAL)
        continue;
      if (chain >= 0 && main_chain >= 0 && chain != main_chain)
        continue;
      g_array_append_val (t->roots, r);
    }
}

/* Reads TABLE (a <table> element) through TMPL and computes it. The table
 * keeps pointers into the tree: change cells only with
 * rancang_table_set_cell() while it lives. */
RancangTable *
rancang_table_new (RancangTemplate *tmpl,
                   RancangNode     *table)
{
  RancangTable *t = g_new0 (RancangTable, 1);
  g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_rows = 0;
  guint r = 0;

  g_return_val_if_fail (tmpl != NULL && table != NULL, NULL);

  t->tmpl = rancang_template_ref (tmpl);
  t->node = table;
  t->id = rancang_node_get_attr (table, "id");
  t->n_cols = tmpl->n_columns;
  for (RancangNode *n = rancang_node_get_first_child (table); n != NULL; n = rancang_node_get_next (n))
    if (rancang_node_is (n, "row"))
      n_rows++;
  t->n_rows = n_rows;
  t->rows = g_new0 (Row, MAX (n_rows, 1));
  t->text = g_new0 (const char *, (gsize) MAX (n_rows, 1) * MAX (t->n_cols, 1));
  t->input = g_new0 (Cell, (gsize) MAX (n_rows, 1) * MAX (t->n_cols, 1));
  t->value = g_new0 (Cell, (gsize) MAX (n_rows, 1) * MAX (t->n_cols, 1));
  t->roots = g_array_new (FALSE, FALSE, sizeof (int));
  t->totals = g_array_new (FALSE, FALSE, sizeof (guint));
  t->rounding = RANCANG_ROUND_HALF_UP;
  t->decimals = -1;

  for (guint c = 0; c < t->n_cols; c++)
    g_hash_table_insert (columns, tmpl->columns[c].key, GUINT_TO_POINTER (c));

  for (RancangNode *n = rancang_node_get_first_child (table); n != NULL; n = rancang_node_get_next (n))
    {
      if (!rancang_node_is (n, "row"))
        continue;
      t->rows[r].node = n;
      t->rows[r].level = rancang_level_from_string (rancang_node_get_attr (n, "level"));
      read_cells (t, r, columns);
      parse_row (t, r);
      r++;
    }
  link_rows (t);
  rancang_table_compute (t);
  return t;
}

void
rancang_table_free (RancangTable *t)
{
  if (t == NULL)
    return;
  rancang_template_unref (t->tmpl);
  g_free (t->rows);
  g_free (t->text);
  g_free (t->input);
  g_free (t->value);
  g_array_free (t->roots, TRUE);
  g_array_free (t->totals, TRUE);
  g_free (t);
}

/* ----------------------------------------------------------- one change */

static RancangNode *
ensure_cell (RancangNode *row,
             const char  *key)
{
  RancangNode *cell = rancang_edit_find_cell (row, key);

  if (cell != NULL)
    return cell;
  cell = rancang_node_new_element ("c");
  rancang_node_set_attr (cell, "k", key);
  rancang_node_append_child (row, cell);
  return cell;
}

static void cell_changed (RancangTable *t, guint row, guint column);

/* Types TEXT into one cell (NULL or "" clears it), in the tree too, and
 * recomputes what depends on it: the row's derived cells, the roll-ups of
 * its ancestors and their derived cells, and the totals. A cell of a
 * derived column only gets a new stated value. */
gboolean
rancang_table_set_cell (RancangTable *t,
                        guint         row,
                        guint         column,
                        const char   *text)
{
  const RancangColumn *col;
  RancangNode *cell;
  RancangNode *child;

  g_return_val_if_fail (t != NULL, FALSE);
  g_return_val_if_fail (row < t->n_rows && column < t->n_cols, FALSE);
  col = &t->tmpl->columns[column];
  if ((int) column == t->tmpl->level_column || (int) column == t->tmpl->kode_column)
    return FALSE;   /* row attributes: the hierarchy changes, build the table anew */

  cell = ensure_cell (t->rows[row].node, col->key);
  rancang_node_set_content (cell, text);
  child = rancang_node_get_first_child (cell);
  t->text[AT (t, row, column)] = child != NULL ? rancang_node_get_text (child) : "";
  cell_changed (t, row, column);
  return TRUE;
}

/* The <c> of ROW and COLUMN was changed in the tree by someone else (the
 * history of an editor, which must keep its own nodes): read it again and
 * recompute what depends on it, as rancang_table_set_cell() does. */
gboolean
rancang_table_reread_cell (RancangTable *t,
                           guint         row,
                           guint         column)
{
  const RancangColumn *col;
  RancangNode *cell, *child = NULL;

  g_return_val_if_fail (t != NULL, FALSE);
  g_return_val_if_fail (row < t->n_rows && column < t->n_cols, FALSE);
  col = &t->tmpl->columns[column];
  if ((int) column == t->tmpl->level_column || (int) column == t->tmpl->kode_column)
    return FALSE;   /* row attributes: the hierarchy changes, build the table anew */

  cell = rancang_edit_find_cell (t->rows[row].node, col->key);
  if (cell != NULL)
    {
      child = rancang_node_get_first_child (cell);
      if (child == NULL || !rancang_node_is_text (child))
        child = NULL;
      t->text[AT (t, row, column)] = child != NULL ? rancang_node_get_text (child) : "";
      cell_changed (t, row, column);
      return TRUE;
    }
  t->text[AT (t, row, column)] = NULL;
  cell_changed (t, row, column);
  return TRUE;
}

static void
cell_changed (RancangTable *t,
              guint         row,
              guint         column)
{
  const RancangColumn *col = &t->tmpl->columns[column];
  RancangDecimal d;
  Cell *input;

  input = &t->input[AT (t, row, column)];
  if (col->type != RANCANG_COLUMN_TEXT)
    cell_set (input, rancang_value_parse (t->text[AT (t, row, column)], &d), d);
  input->computed = FALSE;

  if (col->row_local || (col->total && t->rows[row].level == RANCANG_LEVEL_TOTAL))
    return;   /* a stated value: nothing is computed from it */

  if (!t->value[AT (t, row, column)].computed)
    t->value[AT (t, row, column)] = *input;
  if (t->rows[row].level != RANCANG_LEVEL_TOTAL)
    evaluate_row (t, row, FALSE);

  if (col->rollup)
    {
      /* The entity of the row, then its ancestors, each from its children. */
      for (int h = t->rows[row].head; h >= 0; h = t->rows[h].parent)
        {
          if (rolls_up (t, h))
            rollup_at (t, h, column);
          evaluate_row (t, (guint) h, FALSE);
        }
    }

  if (t->totals->len > 0)
    compute_totals (t);
}

/* ------------------------------------------------------------ accessors */

RancangTemplate *
rancang_table_get_template (const RancangTable *t)
{
  return t->tmpl;
}

RancangNode *
rancang_table_get_node (const RancangTable *t)
{
  return t->node;
}

const char *
rancang_table_get_id (const RancangTable *t)
{
  return t->id;
}

guint
rancang_table_get_n_rows (const RancangTable *t)
{
  return t->n_rows;
}

RancangNode *
rancang_table_get_row_node (const RancangTable *t,
                            guint               row)
{
  g_return_val_if_fail (row < t->n_rows, NULL);
  return t->rows[row].node;
}

RancangLevel
rancang_table_get_level (const RancangTable *t,
                         guint               row)
{
  g_return_val_if_fail (row < t->n_rows, RANCANG_LEVEL_NONE);
  return t->rows[row].level;
}

const char *
rancang_table_get_kode (const RancangTable *t,
                        guint               row)
{
  g_return_val_if_fail (row < t->n_rows, NULL);
  return t->rows[row].kode;
}

/* The first row of the parent entity, or -1. A continuation row answers
 * for its entity. */
int
rancang_table_get_parent (const RancangTable *t,
                          guint               row)
{
  g_return_val_if_fail (row < t->n_rows, -1);
  return t->rows[t->rows[row].head].parent;
}

gboolean
rancang_table_has_children (const RancangTable *t,
                            guint               row,
                            guint               column)
{
  g_return_val_if_fail (row < t->n_rows && column < t->n_cols, FALSE);
  return t->rows[row].first_child >= 0;
}

const char *
rancang_table_get_text (const RancangTable *t,
                        guint               row,
                        guint               column)
{
  g_return_val_if_fail (row < t->n_rows && column < t->n_cols, NULL);
  return t->text[AT (t, row, column)];
}

RancangValueState
rancang_table_get_value (const RancangTable *t,
                         guint               row,
                         guint               column,
                         RancangDecimal     *out)
{
  const Cell *cell;

  g_return_val_if_fail (row < t->n_rows && column < t->n_cols, RANCANG_VALUE_EMPTY);
  cell = &t->value[AT (t, row, column)];
  if (out != NULL)
    *out = cell->d;
  return (RancangValueState) cell->state;
}

static RancangValueState
rounded (const RancangTable *t,
         guint               row,
         guint               column,
         guint               decimals,
         gboolean            local,
         RancangDecimal     *out)
{
  const RancangColumn *col = &t->tmpl->columns[column];
  Cell cell = t->value[AT (t, row, column)];
  gboolean derived_here = col->row_local && cell.computed
                          && !(col->total && t->rows[row].level == RANCANG_LEVEL_TOTAL);

  if (local && is_local_rollup (t, row, column))
    cell = local_rollup (t, row, column);
  if (derived_here)
    {
      /* A ratio is rounded straight from its operands: rounded once. */
      cell = derive (t, row, column, local, (int) decimals);
      if (cell.state == RANCANG_VALUE_NUMBER && rancang_decimal_round (cell.d, decimals, t->rounding, out))
        return RANCANG_VALUE_NUMBER;
    }
  else if (cell.state == RANCANG_VALUE_NUMBER)
    {
      if (rancang_decimal_round (cell.d, decimals, t->rounding, out))
        return RANCANG_VALUE_NUMBER;
      return RANCANG_VALUE_INVALID;
    }
  *out = cell.d;
  return cell.state == RANCANG_VALUE_NUMBER ? RANCANG_VALUE_INVALID : (RancangValueState) cell.state;
}

/* The value rounded to DECIMALS by the table's rule (half-up unless
 * rancang_table_set_rounding() says otherwise); a ratio is rounded from its
 * operands, so that it is rounded once. */
RancangValueState
rancang_table_get_rounded (const RancangTable *t,
                           guint               row,
                           guint               column,
                           guint               decimals,
                           RancangDecimal     *out)
{
  g_return_val_if_fail (row < t->n_rows && column < t->n_cols && out != NULL, RANCANG_VALUE_EMPTY);
  return rounded (t, row, column, decimals, FALSE, out);
}

/* The formula of a derived cell applied to its own row as typed: where an
 * operand was typed (a parent's stated pagu), that value, not the computed
 * one. The checker judges each formula on its own with it, so that one
 * wrong roll-up is one finding, not one in every column computed from it.
 * DECIMALS < 0: unrounded. Other cells: as rancang_table_get_value(). */
RancangValueState
rancang_table_get_local (const RancangTable *t,
                         guint               row,
                         guint               column,
                         int                 decimals,
                         RancangDecimal     *out)
{
  const RancangColumn *col;

  g_return_val_if_fail (row < t->n_rows && column < t->n_cols && out != NULL, RANCANG_VALUE_EMPTY);
  col = &t->tmpl->columns[column];
  if (decimals >= 0)
    return rounded (t, row, column, (guint) decimals, TRUE, out);
  if (is_local_rollup (t, row, column))
    {
      Cell cell = local_rollup (t, row, column);
      *out = cell.d;
      return (RancangValueState) cell.state;
    }
  if (col->row_local && t->value[AT (t, row, column)].computed
      && !(col->total && t->rows[row].level == RANCANG_LEVEL_TOTAL))
    {
      Cell cell = derive (t, row, column, TRUE, -1);
      *out = cell.d;
      return (RancangValueState) cell.state;
    }
  return rancang_table_get_value (t, row, column, out);
}

RancangValueState
rancang_table_get_stated (const RancangTable *t,
                          guint               row,
                          guint               column,
                          RancangDecimal     *out)
{
  const Cell *cell;

  g_return_val_if_fail (row < t->n_rows && column < t->n_cols, RANCANG_VALUE_EMPTY);
  cell = &t->input[AT (t, row, column)];
  if (out != NULL)
    *out = cell->d;
  return (RancangValueState) cell->state;
}

/* Whether the engine, not the typist, decides the value of this cell. */
gboolean
rancang_table_is_computed (const RancangTable *t,
                           guint               row,
                           guint               column)
{
  g_return_val_if_fail (row < t->n_rows && column < t->n_cols, FALSE);
  return t->value[AT (t, row, column)].computed;
}

/* The sum of COLUMN over the rows whose group-by cell is GROUP (faktor S,
 * W, O or T), computed, whether or not the table has a total row. */
RancangValueState
rancang_table_group_total (const RancangTable *t,
                           guint               column,
                           const char         *group,
                           RancangDecimal     *out)
{
  Cell sum = { { 0, 0 }, RANCANG_VALUE_EMPTY, TRUE };

  g_return_val_if_fail (column < t->n_cols && out != NULL, RANCANG_VALUE_EMPTY);
  for (guint r = 0; r < t->n_rows; r++)
    if (t->rows[r].level != RANCANG_LEVEL_TOTAL
        && (t->tmpl->group_by < 0 || g_strcmp0 (t->text[AT (t, r, t->tmpl->group_by)], group) == 0))
      accumulate (&sum, &t->value[AT (t, r, column)]);
  *out = sum.d;
  return (RancangValueState) sum.state;
}

/* ------------------------------------------------------------- rounding */

/* The document's rule, <option name="rounding" value="half-up|truncate"/>:
 * how every value is rounded for output (rancang_table_get_rounded(), the
 * checker's comparisons, export, printing). Values are kept exact; only
 * the rounding to a number of decimals changes. */
void
rancang_table_set_rounding (RancangTable    *t,
                            RancangRounding  rounding)
{
  g_return_if_fail (t != NULL);
  t->rounding = rounding;
}

RancangRounding
rancang_table_get_rounding (const RancangTable *t)
{
  g_return_val_if_fail (t != NULL, RANCANG_ROUND_HALF_UP);
  return t->rounding;
}

/* <option name="decimals" value="0"/>: the printed decimals of percent
 * columns (the template's, 2 by default, when DECIMALS < 0). */
void
rancang_table_set_decimals (RancangTable *t,
                            int           decimals)
{
  g_return_if_fail (t != NULL && decimals <= RANCANG_DECIMAL_MAX_SCALE);
  t->decimals = decimals;
}

/* The decimals COLUMN is printed with: the table's setting for percent
 * columns when there is one, else the template's. */
guint
rancang_table_get_decimals (const RancangTable *t,
                            guint               column)
{
  g_return_val_if_fail (t != NULL && column < t->n_cols, 0);
  if (t->decimals >= 0 && t->tmpl->columns[column].type == RANCANG_COLUMN_PERCENT)
    return (guint) t->decimals;
  return t->tmpl->columns[column].decimals;
}

/* "half-up" or "truncate" (case and surrounding blanks ignored). */
gboolean
rancang_rounding_from_string (const char      *text,
                              RancangRounding *out)
{
  if (text_is (text, "half-up"))
    *out = RANCANG_ROUND_HALF_UP;
  else if (text_is (text, "truncate"))
    *out = RANCANG_ROUND_TRUNCATE;
  else
    return FALSE;
  return TRUE;
}

const char *
rancang_rounding_to_string (RancangRounding rounding)
{
  return rounding == RANCANG_ROUND_TRUNCATE ? "truncate" : "half-up";
}
