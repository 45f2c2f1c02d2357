/* The rows of a table as a tree, and the rules of editing them
 * (rancang-table-rows.h).
 *
 * The rows are those of fixture B-3.3 (domain/renja-fixtures-bontang.md,
 * Bontang's "Rumusan Rencana Program dan Kegiatan PD 2023", template
 * rencana-program), read from tests/fixtures/renja-fixtures-bontang.yaml:
 * its kodes, levels, uraian, pagu 2023 and sumber dana. Every expected
 * number is the fixture's or a sum of the fixture's numbers, never the
 * engine's own output. The kodes the tests name are rows of the fixture;
 * the few that are not are constructed, and say so. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-decimal.h"
#include "rancang-document.h"
#include "rancang-history.h"
#include "rancang-table-rows.h"
#include "rancang-template.h"
#include "fixture.h"
#include "test-helpers.h"

#define BONTANG EXAMPLES_DIR "/renja-bontang-2023.xml"

/* Fixture B-3.3 as a table being edited: the fixture it was built from,
 * the tree of elements, and the table and its rows as read from it. */
typedef struct
{
  Fixture            *fx;
  const FixtureNode  *b33;
  GPtrArray          *listed;    /* its kegiatan and sub kegiatan, in order */
  RancangTemplateSet *set;
  RancangHistory     *history;
  RancangNode        *node;
  guint               n_built;   /* the rows built from the fixture */
  RancangTable       *table;
  RancangTableRows   *rows;
} ProgramTable;

/* ------------------------------------------------- the table of B-3.3 */

/* Whether KODE is below PARENT in the kode's own notation ("5.03.01.2.08"
 * below "5.03.01"): the test's placing of the fixture's rows, not the
 * engine's rule (rancang_kode_extends, which test_kode judges). */
static gboolean
kode_below (const char *kode,
            const char *parent)
{
  gsize n = strlen (parent);

  return strncmp (kode, parent, n) == 0 && kode[n] == '.';
}

/* The level of a total of B-3.3 by the parts of its kode (urusan.bidang
 * .program): "5.03" a bidang, "5.03.01" a program. */
static const char *
total_level (const FixtureNode *total)
{
  const char *kode = fx_str (total, "kode");
  guint dots = 0;

  for (const char *c = kode; *c != '\0'; c++)
    dots += *c == '.';
  ck_assert_msg (dots == 1 || dots == 2, "%s: %s is neither a bidang nor a program", fx_where (total), kode);
  return dots == 1 ? "bidang" : "program";
}

static int
by_kode (gconstpointer a,
         gconstpointer b)
{
  return g_strcmp0 (fx_str (*(const FixtureNode *const *) a, "kode"),
                    fx_str (*(const FixtureNode *const *) b, "kode"));
}

/* ROW of the fixture, of LEVEL, added to TABLE: its pagu where the fixture
 * states one (a kegiatan's {printed, computed} is the table's to sum). */
static void
add_fixture_row (RancangNode       *table,
                 const FixtureNode *row,
                 const char        *level)
{
  RancangNode *node = add_row (table, level, fx_str (row, "kode"), "uraian", fx_str (row, "uraian"), NULL);
  const FixtureNode *pagu = fx_find (row, "pagu_2023");

  if (pagu != NULL && !fx_is_map (pagu))
    add_cell (node, "pagu", fx_str (row, "pagu_2023"));
  if (fx_str (row, "sumber_dana") != NULL)
    add_cell (node, "sumber_dana", fx_str (row, "sumber_dana"));
}

/* The rows of B-3.3 and their children (sub kegiatan), in order. */
static GPtrArray *
listed_rows (const FixtureNode *b33)
{
  const FixtureNode *rows = fx_get (b33, "rows");
  GPtrArray *listed = g_ptr_array_new ();

  for (guint r = 0; r < fx_len (rows); r++)
    {
      const FixtureNode *children = fx_find (fx_at (rows, r), "children");

      g_ptr_array_add (listed, (gpointer) fx_at (rows, r));
      for (guint c = 0; c < fx_len (children); c++)
        g_ptr_array_add (listed, (gpointer) fx_at (children, c));
    }
  return listed;
}

/* The table of B-3.3 in its printed order: each bidang and program of its
 * totals (in kode order), under each program the kegiatan of its rows (in
 * the fixture's order) with their sub kegiatan, and the TOTAL last. A row
 * added to the fixture is a row of the table. */
static RancangNode *
b33_table (const FixtureNode *b33,
           const GPtrArray   *listed,
           guint             *n_built)
{
  const FixtureNode *totals = fx_get (b33, "totals");
  g_autoptr(GPtrArray) above = g_ptr_array_new ();
  const FixtureNode *grand = NULL;
  RancangNode *table = new_table ("t3-3", "rencana-program");
  guint placed = 0;

  for (guint i = 0; i < fx_len (totals); i++)
    if (fx_str (fx_at (totals, i), "kode") != NULL)
      g_ptr_array_add (above, (gpointer) fx_at (totals, i));
    else
      grand = fx_at (totals, i);
  ck_assert_msg (grand != NULL, "%s: no TOTAL", fx_where (totals));
  g_ptr_array_sort (above, by_kode);

  for (guint i = 0; i < above->len; i++)
    {
      const FixtureNode *total = g_ptr_array_index (above, i);
      const char *level = total_level (total);

      add_fixture_row (table, total, level);
      if (strcmp (level, "program") != 0)
        continue;
      for (guint r = 0; r < listed->len; r++)
        {
          const FixtureNode *row = g_ptr_array_index (listed, r);

          if (!kode_below (fx_str (row, "kode"), fx_str (total, "kode")))
            continue;
          /* the children of a row, without a level, are its sub kegiatan */
          add_fixture_row (table, row, fx_str (row, "level") != NULL ? fx_str (row, "level") : "subkegiatan");
          placed++;
        }
    }
  ck_assert_msg (placed == listed->len, "%s: a row under no program of the totals", fx_where (b33));
  add_fixture_row (table, grand, "total");
  *n_built = above->len + placed + 1;
  return table;
}

/* The pagu 2023 of the fixture's row KODE: a sub kegiatan's as stated, a
 * kegiatan's as the fixture computes it from its sub kegiatan. */
static gint64
fixture_pagu (const ProgramTable *p,
              const char         *kode)
{
  const FixtureNode *row = b33_row (p->b33, kode);

  return fx_int (row, fx_is_map (fx_get (row, "pagu_2023")) ? "pagu_2023/computed" : "pagu_2023");
}

/* The pagu 2023 of the fixture's kegiatan under PROGRAM: what the
 * program's row of this table sums (its totals row counts kegiatan the
 * fixture does not list). */
static gint64
fixture_program_pagu (const ProgramTable *p,
                      const char         *program)
{
  gint64 sum = 0;

  for (guint i = 0; i < p->listed->len; i++)
    {
      const FixtureNode *row = g_ptr_array_index (p->listed, i);

      if (g_strcmp0 (fx_str (row, "level"), "kegiatan") == 0 && kode_below (fx_str (row, "kode"), program))
        sum += fixture_pagu (p, fx_str (row, "kode"));
    }
  return sum;
}

/* The rows of the fixture's block KODE: the row and the rows below it. */
static guint
fixture_block_size (const ProgramTable *p,
                    const char         *kode)
{
  guint n = 1;

  for (guint i = 0; i < p->listed->len; i++)
    n += kode_below (fx_str (g_ptr_array_index (p->listed, i), "kode"), kode);
  return n;
}

/* The table and its tree read anew from the tree of elements. */
static void
reread (ProgramTable *p)
{
  g_clear_pointer (&p->rows, rancang_table_rows_free);
  g_clear_pointer (&p->table, rancang_table_free);
  p->table = rancang_table_new (rancang_template_set_lookup (p->set, "rencana-program"), p->node);
  p->rows = rancang_table_rows_new (p->table);
}

static void
program_table_open (ProgramTable *p)
{
  p->fx = fixture_load ("renja-fixtures-bontang.yaml");
  p->b33 = fixture_document (p->fx, "B-3.3");
  p->listed = listed_rows (p->b33);
  p->set = builtin ();
  p->history = rancang_history_new ();
  p->node = b33_table (p->b33, p->listed, &p->n_built);
  p->table = NULL;
  p->rows = NULL;
  reread (p);
}

static void
program_table_close (ProgramTable *p)
{
  rancang_table_rows_free (p->rows);
  rancang_table_free (p->table);
  rancang_history_free (p->history);
  rancang_node_free (p->node);
  rancang_template_set_free (p->set);
  g_ptr_array_unref (p->listed);
  fixture_free (p->fx);
}

static guint
row (ProgramTable *p,
     const char   *kode)
{
  return (guint) row_of (p->table, kode);
}

/* The last row of the table: the TOTAL. */
static guint
total_row (ProgramTable *p)
{
  return rancang_table_rows_get_n_rows (p->rows) - 1;
}

static GArray *
blocks_of (ProgramTable *p,
           const char   *kode,
           ...)
{
  g_autoptr(GArray) selected = g_array_new (FALSE, FALSE, sizeof (guint));
  va_list args;

  va_start (args, kode);
  for (const char *k = kode; k != NULL; k = va_arg (args, const char *))
    {
      guint r = row (p, k);
      g_array_append_val (selected, r);
    }
  va_end (args);
  return rancang_table_rows_blocks (p->rows, selected);
}

/* The pagu of row KODE is EXPECTED rupiah. */
static void
assert_money (ProgramTable *p,
              const char   *kode,
              gint64        expected)
{
  RancangDecimal value, want;
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, expected);
  g_autofree char *got = NULL;

  ck_assert_int_eq (rancang_table_get_value (p->table, row (p, kode), col (p->table, "pagu"), &value),
                    RANCANG_VALUE_NUMBER);
  ck_assert (rancang_decimal_parse_c (text, &want));
  got = rancang_decimal_to_c_string (value);
  ck_assert_msg (rancang_decimal_cmp (value, want) == 0, "pagu of %s: %s, not %s", kode, got, text);
}

/* RUPIAH as the Indonesian form writes it, "246.846.784". */
static char *
rupiah_text (gint64 rupiah)
{
  g_autofree char *plain = g_strdup_printf ("%" G_GINT64_FORMAT, rupiah);

  return indonesian_number (plain);
}

static const char *
level_of (ProgramTable *p,
          const char   *kode)
{
  return rancang_node_get_attr (rancang_table_rows_get_node (p->rows, row (p, kode)), "level");
}

static void
step (ProgramTable *p,
      gboolean    (*edit) (const RancangTableRows *, RancangHistory *, const GArray *, gboolean),
      GArray       *blocks,
      gboolean      flag)
{
  gboolean done;

  rancang_history_begin (p->history, "edit", NULL);
  done = edit (p->rows, p->history, blocks, flag);
  rancang_history_end (p->history);
  ck_assert (done);
  reread (p);
}

/* ---------------------------------------------------------------- tests */

START_TEST (test_tree)
{
  ProgramTable p;

  program_table_open (&p);
  ck_assert_uint_eq (rancang_table_rows_get_n_rows (p.rows), p.n_built);
  /* each row under the nearest row above it of a higher level */
  ck_assert_int_eq (rancang_table_rows_get_parent (p.rows, row (&p, "5.03.01.2.08.01")), (int) row (&p, "5.03.01.2.08"));
  ck_assert_int_eq (rancang_table_rows_get_parent (p.rows, row (&p, "5.03.01.2.01.07")), (int) row (&p, "5.03.01.2.01"));
  ck_assert_int_eq (rancang_table_rows_get_parent (p.rows, row (&p, "5.03.01.2.01")), (int) row (&p, "5.03.01"));
  ck_assert_int_eq (rancang_table_rows_get_parent (p.rows, row (&p, "5.03.02")), (int) row (&p, "5.03"));
  ck_assert_int_eq (rancang_table_rows_get_parent (p.rows, row (&p, "5.03")), -1);
  ck_assert_int_eq (rancang_table_rows_get_parent (p.rows, total_row (&p)), -1);
  /* a block: the kegiatan and its three sub kegiatan */
  ck_assert_uint_eq (rancang_table_rows_get_end (p.rows, row (&p, "5.03.01.2.08")), row (&p, "5.03.01.2.01"));
  ck_assert_uint_eq (rancang_table_rows_get_end (p.rows, row (&p, "5.03.01")), row (&p, "5.03.02"));
  ck_assert_int_eq (rancang_table_rows_next_sibling (p.rows, row (&p, "5.03.01.2.08")), (int) row (&p, "5.03.01.2.01"));
  ck_assert_int_eq (rancang_table_rows_prev_sibling (p.rows, row (&p, "5.03.01.2.08")), -1);
  ck_assert_int_eq (rancang_table_rows_next_sibling (p.rows, row (&p, "5.03.01.2.01")), -1);
  {
    /* a sub kegiatan selected with its kegiatan goes with it: one block */
    g_autoptr(GArray) blocks = blocks_of (&p, "5.03.01.2.08", "5.03.01.2.08.02", "5.03.01.2.01.07", NULL);
    ck_assert_uint_eq (blocks->len, 2);
    ck_assert_uint_eq (g_array_index (blocks, guint, 0), row (&p, "5.03.01.2.08"));
    ck_assert_uint_eq (g_array_index (blocks, guint, 1), row (&p, "5.03.01.2.01.07"));
  }
  program_table_close (&p);
}
END_TEST

START_TEST (test_indicator_rows)
{
  ProgramTable p;
  RancangNode *indicator, *owner_node;
  int owner;

  program_table_open (&p);
  /* One more indicator of kegiatan 5.03.01.2.08 goes after it, before its
   * sub kegiatan, and belongs to it. */
  owner = rancang_table_rows_indicator_owner (p.rows, row (&p, "5.03.01.2.08"));
  ck_assert_int_eq (owner, (int) row (&p, "5.03.01.2.08"));
  ck_assert_ptr_eq (rancang_table_rows_place_indicator (p.rows, (guint) owner),
                    rancang_table_rows_get_node (p.rows, row (&p, "5.03.01.2.08.01")));
  owner_node = rancang_table_rows_get_node (p.rows, (guint) owner);
  rancang_history_begin (p.history, "indicator", NULL);
  indicator = rancang_table_rows_insert (p.history, p.node,
                                         rancang_table_rows_place_indicator (p.rows, (guint) owner),
                                         RANCANG_LEVEL_NONE);
  rancang_history_end (p.history);
  ck_assert_ptr_null (rancang_node_get_attr (indicator, "level"));
  reread (&p);
  {
    guint r = row (&p, "5.03.01.2.08") + 1;
    ck_assert_ptr_eq (rancang_table_rows_get_node (p.rows, r), indicator);
    ck_assert_int_eq (rancang_table_rows_get_parent (p.rows, r), (int) row (&p, "5.03.01.2.08"));
    /* its owner is the row it continues; the next one goes after it */
    ck_assert_int_eq (rancang_table_rows_indicator_owner (p.rows, r), (int) row (&p, "5.03.01.2.08"));
    ck_assert_ptr_eq (rancang_table_rows_place_indicator (p.rows, row (&p, "5.03.01.2.08")),
                      rancang_table_rows_get_node (p.rows, row (&p, "5.03.01.2.08.01")));
    ck_assert_ptr_eq (rancang_table_rows_get_node (p.rows, row (&p, "5.03.01.2.08")), owner_node);
  }
  /* the total has no indicators */
  ck_assert_int_eq (rancang_table_rows_indicator_owner (p.rows, total_row (&p)), -1);
  program_table_close (&p);
}
END_TEST

START_TEST (test_place_at_end)
{
  ProgramTable p;
  RancangLevel level;
  RancangNode *before;

  program_table_open (&p);
  /* before the total, at the level of the last program */
  before = rancang_table_rows_place_at_end (p.rows, &level);
  ck_assert_ptr_eq (before, rancang_table_rows_get_node (p.rows, total_row (&p)));
  ck_assert_int_eq (level, RANCANG_LEVEL_PROGRAM);
  /* after a block: the kegiatan 5.03.01.2.08 and its sub kegiatan */
  ck_assert_ptr_eq (rancang_table_rows_place_after (p.rows, row (&p, "5.03.01.2.08")),
                    rancang_table_rows_get_node (p.rows, row (&p, "5.03.01.2.01")));
  program_table_close (&p);
}
END_TEST

START_TEST (test_row_is_under)
{
  ProgramTable p;
  RancangNode *program, *kegiatan, *sub, *total, *indicator;

  program_table_open (&p);
  program = rancang_table_rows_get_node (p.rows, row (&p, "5.03.01"));
  kegiatan = rancang_table_rows_get_node (p.rows, row (&p, "5.03.01.2.08"));
  sub = rancang_table_rows_get_node (p.rows, row (&p, "5.03.01.2.08.01"));
  total = rancang_table_rows_get_node (p.rows, total_row (&p));
  indicator = rancang_node_new_element ("row");
  ck_assert (rancang_row_is_under (sub, kegiatan));
  ck_assert (rancang_row_is_under (kegiatan, program));
  ck_assert (!rancang_row_is_under (kegiatan, sub));
  ck_assert (!rancang_row_is_under (program, program));
  ck_assert (rancang_row_is_under (indicator, sub));
  ck_assert (!rancang_row_is_under (total, sub));
  rancang_node_free (indicator);
  program_table_close (&p);
}
END_TEST

START_TEST (test_kode)
{
  ProgramTable p;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_finding_free);
  guint kode_findings = 0;

  /* 5.03.01.2.08.01 under 5.03.01.2.08; the kegiatan printed "5 3 1 2.1"
   * (2.08 shown as 2.1) is not under its program's 5.03.01.2.08. The kodes
   * 5.03.01.2.1.01 (the print read as written), 5.03.02.2.08.01, .02 and
   * 5.03.01.2.08.09 are constructed: kodes that do or do not fit. */
  ck_assert (rancang_kode_extends ("5.03.01.2.08.01", "5.03.01.2.08"));
  ck_assert (rancang_kode_extends ("5.03.01.2.08", "5.03.01"));
  ck_assert (!rancang_kode_extends ("5.03.01.2.08", "5.03.01.2.08"));
  ck_assert (!rancang_kode_extends ("5.03.01.2.1.01", "5.03.01.2.08"));
  ck_assert (!rancang_kode_extends ("5.03.02.2.08.01", "5.03.01.2.08"));

  program_table_open (&p);
  /* as typed: the parent's kode when it does not fit, else NULL */
  ck_assert_str_eq (rancang_table_kode_misfit (p.table, row (&p, "5.03.01.2.08.01"), "5.03.02.2.08.01"),
                    "5.03.01.2.08");
  ck_assert_ptr_null (rancang_table_kode_misfit (p.table, row (&p, "5.03.01.2.08.01"), "5.03.01.2.08.09"));
  ck_assert_ptr_null (rancang_table_kode_misfit (p.table, row (&p, "5.03.01.2.08.01"), ""));
  ck_assert_ptr_null (rancang_table_kode_misfit (p.table, row (&p, "5.03"), "9"));   /* no parent */

  /* the fixture's kodes are consistent: the checker finds nothing ... */
  rancang_check_table (p.table, findings);
  for (guint i = 0; i < findings->len; i++)
    kode_findings += ((RancangFinding *) g_ptr_array_index (findings, i))->kind == RANCANG_FINDING_KODE;
  ck_assert_uint_eq (kode_findings, 0);
  /* ... until a sub kegiatan carries another program's kode */
  rancang_node_set_attr (rancang_table_rows_get_node (p.rows, row (&p, "5.03.01.2.08.02")), "kode", "5.03.02.2.08.02");
  reread (&p);
  g_ptr_array_set_size (findings, 0);
  rancang_check_table (p.table, findings);
  kode_findings = 0;
  for (guint i = 0; i < findings->len; i++)
    {
      RancangFinding *finding = g_ptr_array_index (findings, i);
      if (finding->kind == RANCANG_FINDING_KODE)
        {
          kode_findings++;
          ck_assert_str_eq (finding->kode, "5.03.02.2.08.02");
          ck_assert_str_eq (finding->column, "kode");
        }
    }
  ck_assert_uint_eq (kode_findings, 1);
  program_table_close (&p);
}
END_TEST

START_TEST (test_shift)
{
  ProgramTable p;

  program_table_open (&p);
  assert_money (&p, "5.03.01.2.08", fixture_pagu (&p, "5.03.01.2.08"));
  {
    /* a sub kegiatan is as deep as rows go; a kegiatan with sub kegiatan
     * cannot go under the one before it; the first kegiatan has no
     * kegiatan before it to go under */
    g_autoptr(GArray) sub = blocks_of (&p, "5.03.01.2.08.02", NULL);
    g_autoptr(GArray) kegiatan = blocks_of (&p, "5.03.01.2.01", NULL);
    g_autoptr(GArray) first = blocks_of (&p, "5.03.01.2.08", NULL);
    g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (guint));

    ck_assert (!rancang_table_rows_can_shift (p.rows, sub, TRUE));
    ck_assert (rancang_table_rows_can_shift (p.rows, sub, FALSE));
    ck_assert (!rancang_table_rows_can_shift (p.rows, kegiatan, TRUE));
    ck_assert (!rancang_table_rows_can_shift (p.rows, first, TRUE));
    ck_assert (rancang_table_rows_can_shift (p.rows, first, FALSE));
    ck_assert (!rancang_table_rows_can_shift (p.rows, none, FALSE));
    ck_assert (!rancang_table_rows_shift (p.rows, p.history, sub, TRUE));
  }
  {
    /* 5.03.01.2.08.04 outdented: a kegiatan of its own, no longer in the
     * roll-up of 5.03.01.2.08 */
    g_autoptr(GArray) blocks = blocks_of (&p, "5.03.01.2.08.04", NULL);
    step (&p, rancang_table_rows_shift, blocks, FALSE);
  }
  ck_assert_str_eq (level_of (&p, "5.03.01.2.08.04"), "kegiatan");
  ck_assert_int_eq (rancang_table_rows_get_parent (p.rows, row (&p, "5.03.01.2.08.04")), (int) row (&p, "5.03.01"));
  assert_money (&p, "5.03.01.2.08", fixture_pagu (&p, "5.03.01.2.08") - fixture_pagu (&p, "5.03.01.2.08.04"));
  assert_money (&p, "5.03.01.2.08.04", fixture_pagu (&p, "5.03.01.2.08.04"));
  {
    /* and indented back under the kegiatan before it */
    g_autoptr(GArray) blocks = blocks_of (&p, "5.03.01.2.08.04", NULL);
    ck_assert (rancang_table_rows_can_shift (p.rows, blocks, TRUE));
    step (&p, rancang_table_rows_shift, blocks, TRUE);
  }
  ck_assert_str_eq (level_of (&p, "5.03.01.2.08.04"), "subkegiatan");
  assert_money (&p, "5.03.01.2.08", fixture_pagu (&p, "5.03.01.2.08"));
  {
    /* a program outdented takes its kegiatan and sub kegiatan along */
    g_autoptr(GArray) blocks = blocks_of (&p, "5.03.01", NULL);
    step (&p, rancang_table_rows_shift, blocks, FALSE);
  }
  ck_assert_str_eq (level_of (&p, "5.03.01"), "bidang");
  ck_assert_str_eq (level_of (&p, "5.03.01.2.08"), "program");
  ck_assert_str_eq (level_of (&p, "5.03.01.2.08.01"), "kegiatan");
  /* one step of the history each: undone, the levels are the fixture's */
  ck_assert (rancang_history_undo (p.history));
  reread (&p);
  ck_assert_str_eq (level_of (&p, "5.03.01"), "program");
  ck_assert_str_eq (level_of (&p, "5.03.01.2.08.01"), "subkegiatan");
  assert_money (&p, "5.03.01.2.08", fixture_pagu (&p, "5.03.01.2.08"));
  program_table_close (&p);
}
END_TEST

START_TEST (test_move)
{
  ProgramTable p;

  program_table_open (&p);
  {
    /* the first sub kegiatan of the first kegiatan has nowhere to go up */
    g_autoptr(GArray) blocks = blocks_of (&p, "5.03.01.2.08.01", NULL);
    ck_assert (!rancang_table_rows_can_move (p.rows, blocks, TRUE));
    ck_assert (rancang_table_rows_can_move (p.rows, blocks, FALSE));
    ck_assert (!rancang_table_rows_move (p.rows, p.history, blocks, TRUE));
  }
  {
    /* 5.03.01.2.08.04 up past .02: the order changes, the sum does not */
    g_autoptr(GArray) blocks = blocks_of (&p, "5.03.01.2.08.04", NULL);
    step (&p, rancang_table_rows_move, blocks, TRUE);
  }
  ck_assert_uint_eq (row (&p, "5.03.01.2.08.04") + 1, row (&p, "5.03.01.2.08.02"));
  assert_money (&p, "5.03.01.2.08", fixture_pagu (&p, "5.03.01.2.08"));
  {
    /* a kegiatan moves with its sub kegiatan, past the other kegiatan */
    g_autoptr(GArray) blocks = blocks_of (&p, "5.03.01.2.01", NULL);
    step (&p, rancang_table_rows_move, blocks, TRUE);
  }
  ck_assert_uint_eq (row (&p, "5.03.01.2.01"), row (&p, "5.03.01") + 1);
  ck_assert_uint_eq (row (&p, "5.03.01.2.01.07"), row (&p, "5.03.01.2.08") - 1);
  {
    /* the last kegiatan of program 5.03.01 moves down on into 5.03.02 */
    g_autoptr(GArray) blocks = blocks_of (&p, "5.03.01.2.08", NULL);
    ck_assert (rancang_table_rows_can_move (p.rows, blocks, FALSE));
    step (&p, rancang_table_rows_move, blocks, FALSE);
  }
  ck_assert_int_eq (rancang_table_rows_get_parent (p.rows, row (&p, "5.03.01.2.08")), (int) row (&p, "5.03.02"));
  assert_money (&p, "5.03.02", fixture_program_pagu (&p, "5.03.02") + fixture_pagu (&p, "5.03.01.2.08"));
  assert_money (&p, "5.03.01", fixture_program_pagu (&p, "5.03.01") - fixture_pagu (&p, "5.03.01.2.08"));
  {
    /* the last program, the row before the total, cannot pass it */
    g_autoptr(GArray) selected = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr(GArray) blocks = NULL;
    guint last = total_row (&p) - 1;

    ck_assert_int_eq (rancang_table_rows_get_level (p.rows, last), RANCANG_LEVEL_PROGRAM);
    g_array_append_val (selected, last);
    blocks = rancang_table_rows_blocks (p.rows, selected);
    ck_assert (!rancang_table_rows_can_move (p.rows, blocks, FALSE));
    ck_assert (rancang_table_rows_can_move (p.rows, blocks, TRUE));
  }
  program_table_close (&p);
}
END_TEST

START_TEST (test_delete)
{
  ProgramTable p;

  program_table_open (&p);
  {
    g_autoptr(GArray) blocks = blocks_of (&p, "5.03.01.2.08", "5.03.01.2.08.04", NULL);
    guint removed;

    rancang_history_begin (p.history, "delete", NULL);
    removed = rancang_table_rows_delete (p.rows, p.history, blocks);
    rancang_history_end (p.history);
    /* the kegiatan and its sub kegiatan */
    ck_assert_uint_eq (removed, fixture_block_size (&p, "5.03.01.2.08"));
  }
  reread (&p);
  ck_assert_uint_eq (rancang_table_rows_get_n_rows (p.rows), p.n_built - fixture_block_size (&p, "5.03.01.2.08"));
  assert_money (&p, "5.03.01", fixture_program_pagu (&p, "5.03.01") - fixture_pagu (&p, "5.03.01.2.08"));
  ck_assert (rancang_history_undo (p.history));
  reread (&p);
  assert_money (&p, "5.03.01", fixture_program_pagu (&p, "5.03.01"));
  program_table_close (&p);
}
END_TEST

START_TEST (test_values_in_use)
{
  ProgramTable p;
  g_autoptr(GHashTable) uses = g_hash_table_new (g_str_hash, g_str_equal);
  const char *known[] = { "APBD", NULL, NULL };   /* APBD: a known one the fixture does not use */
  g_autoptr(GPtrArray) values = NULL;
  const char *most = NULL;
  guint most_uses = 0;

  program_table_open (&p);
  /* the fixture's sumber dana and how often each is used; the most used
   * one is known too, and listed once */
  for (guint i = 0; i < p.listed->len; i++)
    {
      const char *value = fx_str (g_ptr_array_index (p.listed, i), "sumber_dana");

      if (value != NULL)
        {
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (uses, value)) + 1;

          g_hash_table_insert (uses, (gpointer) value, GUINT_TO_POINTER (n));
          if (n > most_uses)
            most = value, most_uses = n;
        }
    }
  ck_assert_ptr_nonnull (most);
  known[1] = most;
  values = rancang_cell_values_in_use (p.node, "sumber_dana", known);
  /* the most used first, then the others used, then the known one not
   * used yet */
  ck_assert_uint_eq (values->len, g_hash_table_size (uses) + 1);
  ck_assert_str_eq (g_ptr_array_index (values, 0), most);
  for (guint i = 0; i + 1 < values->len; i++)
    ck_assert (g_hash_table_contains (uses, g_ptr_array_index (values, i)));
  ck_assert_str_eq (g_ptr_array_index (values, values->len - 1), "APBD");
  program_table_close (&p);
}
END_TEST

/* What a cell shows, for the editor and the paste preview alike: the
 * fixture's pagu in the Indonesian form, a kegiatan's the sum of its sub
 * kegiatan (the fixture's computed pagu), text as typed, no value as
 * asked. */
START_TEST (test_cell_display)
{
  ProgramTable p;
  RancangTemplate *tmpl;
  guint pagu, uraian, lokasi, kode;

  program_table_open (&p);
  tmpl = rancang_table_get_template (p.table);
  pagu = (guint) rancang_template_lookup_column (tmpl, "pagu");
  uraian = (guint) rancang_template_lookup_column (tmpl, "uraian");
  lokasi = (guint) rancang_template_lookup_column (tmpl, "lokasi");
  kode = (guint) rancang_template_lookup_column (tmpl, "kode");
  {
    g_autofree char *leaf = rancang_table_cell_display (p.table, row (&p, "5.03.01.2.08.04"), pagu, "-");
    g_autofree char *sum = rancang_table_cell_display (p.table, row (&p, "5.03.01.2.08"), pagu, "-");
    g_autofree char *zero = rancang_table_cell_display (p.table, row (&p, "5.03.01.2.01.01"), pagu, "-");
    g_autofree char *text = rancang_table_cell_display (p.table, row (&p, "5.03.01.2.08.01"), uraian, "-");
    g_autofree char *k = rancang_table_cell_display (p.table, row (&p, "5.03.01.2.08.01"), kode, "-");
    /* a sub kegiatan the fixture gives no lokasi */
    g_autofree char *blank = rancang_table_cell_display (p.table, row (&p, "5.03.01.2.01.01"), lokasi, NULL);
    g_autofree char *leaf_pagu = rupiah_text (fixture_pagu (&p, "5.03.01.2.08.04"));
    g_autofree char *sum_pagu = rupiah_text (fixture_pagu (&p, "5.03.01.2.08"));
    g_autofree char *zero_pagu = rupiah_text (fixture_pagu (&p, "5.03.01.2.01.01"));

    ck_assert_str_eq (leaf, leaf_pagu);
    ck_assert_str_eq (sum, sum_pagu);
    ck_assert_str_eq (zero, zero_pagu);
    ck_assert_str_eq (text, fx_str (b33_row (p.b33, "5.03.01.2.08.01"), "uraian"));
    ck_assert_str_eq (k, "5.03.01.2.08.01");
    ck_assert_str_eq (blank, "");
  }
  {
    /* a numeric cell without value: "-" in the editor, as typed elsewhere */
    RancangNode *total = rancang_table_rows_get_node (p.rows, total_row (&p));
    guint target = (guint) rancang_template_lookup_column (tmpl, "target");
    g_autofree char *dash = rancang_table_cell_display (p.table, total_row (&p),
                                                        target, "-");
    g_autofree char *typed = rancang_table_cell_display (p.table, total_row (&p),
                                                         target, NULL);

    ck_assert_ptr_nonnull (total);
    ck_assert_str_eq (dash, "-");
    ck_assert_str_eq (typed, "");
  }
  program_table_close (&p);
}
END_TEST

/* The Bontang example's Tabel 3.3 (fixture B-3.3 as the document has it):
 * every sub kegiatan is under a kegiatan whose kode its own extends, every
 * kegiatan under a program, and every block ends where its parent's next
 * child or the parent's end is. */
START_TEST (test_bontang_tree)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (BONTANG, &error);
  g_autoptr(RancangTemplateSet) set = NULL;
  RancangNode *root, *node = NULL;
  g_autoptr(RancangTable) table = NULL;
  g_autoptr(RancangTableRows) rows = NULL;
  guint subs = 0;

  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  set = builtin ();
  root = rancang_document_get_root (doc);
  for (RancangNode *n = root; n != NULL && node == NULL; n = rancang_node_next_in_tree (n, root))
    if (rancang_node_is (n, "table") && g_strcmp0 (rancang_node_get_attr (n, "id"), "t3-3") == 0)
      node = n;
  ck_assert_ptr_nonnull (node);
  table = rancang_table_new (rancang_template_set_lookup (set, "rencana-program"), node);
  rows = rancang_table_rows_new (table);
  for (guint r = 0; r < rancang_table_rows_get_n_rows (rows); r++)
    {
      int parent = rancang_table_rows_get_parent (rows, r);

      if (parent >= 0)
        ck_assert_uint_le (rancang_table_rows_get_end (rows, r), rancang_table_rows_get_end (rows, (guint) parent));
      if (rancang_table_rows_get_level (rows, r) == RANCANG_LEVEL_SUBKEGIATAN)
        {
          ck_assert_int_ge (parent, 0);
          ck_assert_int_eq (rancang_table_rows_get_level (rows, (guint) parent), RANCANG_LEVEL_KEGIATAN);
          ck_assert (rancang_kode_extends (rancang_table_get_kode (table, r), rancang_table_get_kode (table, (guint) parent)));
          subs++;
        }
      if (rancang_table_rows_get_level (rows, r) == RANCANG_LEVEL_KEGIATAN)
        ck_assert_int_eq (rancang_table_rows_get_level (rows, (guint) parent), RANCANG_LEVEL_PROGRAM);
    }
  /* the fixture's sub kegiatan are among them, each under the kegiatan
   * the fixture lists it after */
  {
    g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
    g_autoptr(GPtrArray) listed = listed_rows (fixture_document (fx, "B-3.3"));
    const char *kegiatan = NULL;
    guint fixture_subs = 0;

    for (guint i = 0; i < listed->len; i++)
      {
        const FixtureNode *row = g_ptr_array_index (listed, i);

        if (g_strcmp0 (fx_str (row, "level"), "kegiatan") == 0)
          {
            kegiatan = fx_str (row, "kode");
            continue;
          }
        ck_assert_ptr_nonnull (kegiatan);
        ck_assert_str_eq (rancang_table_get_kode (table, (guint) rancang_table_rows_get_parent (rows, (guint) row_of (table, fx_str (row, "kode")))),
                          kegiatan);
        fixture_subs++;
      }
    ck_assert_uint_ge (subs, fixture_subs);
  }
}
END_TEST

static Suite *
table_rows_suite (void)
{
  Suite *suite = suite_create ("table-rows");
  TCase *tc = tcase_create ("rows");

  tcase_add_test (tc, test_tree);
  tcase_add_test (tc, test_indicator_rows);
  tcase_add_test (tc, test_place_at_end);
  tcase_add_test (tc, test_row_is_under);
  tcase_add_test (tc, test_kode);
  tcase_add_test (tc, test_shift);
  tcase_add_test (tc, test_move);
  tcase_add_test (tc, test_delete);
  tcase_add_test (tc, test_values_in_use);
  tcase_add_test (tc, test_cell_display);
  tcase_add_test (tc, test_bontang_tree);
  suite_add_tcase (suite, tc);
  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (table_rows_suite ());
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
