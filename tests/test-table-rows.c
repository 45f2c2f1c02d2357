/* The rows of a table as a tree, and the rules of editing them
 * (rancang-table-rows.h).
 *
 * The rows are those of fixture B-3.3 (domain/renja-fixtures-bontang.md,
 * Bontang's "Rumusan Rencana Program dan Kegiatan PD 2023", template
 * rencana-program): their kodes, levels and pagu 2023. Every expected
 * number is the fixture's or a sum of the fixture's numbers, never the
 * engine's own output. */
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
#include "test-helpers.h"

#define BONTANG EXAMPLES_DIR "/renja-bontang-2023.xml"

/* RowsCase B-3.3, in table order: bidang and programs from its totals,
 * the kegiatan with their sub kegiatan from its rows. */
static const struct
{
  const char *level, *kode, *uraian, *pagu, *sumber_dana;
} b33[] = {
  { "bidang", "5.03", "KEPEGAWAIAN", NULL, NULL },
  { "program", "5.03.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", NULL, NULL },
  { "kegiatan", "5.03.01.2.08", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", NULL, NULL },
  { "subkegiatan", "5.03.01.2.08.01", "Penyediaan Jasa Surat Menyurat", "8250000", "PENDAPATAN ASLI DAERAH (PAD)" },
  { "subkegiatan", "5.03.01.2.08.02", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "65000000",
    "PENDAPATAN ASLI DAERAH (PAD)" },
  { "subkegiatan", "5.03.01.2.08.04", "Penyediaan Jasa Pelayanan Umum Kantor", "246846784",
    "PENDAPATAN ASLI DAERAH (PAD)" },
  { "kegiatan", "5.03.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", NULL, NULL },
  { "subkegiatan", "5.03.01.2.01.01", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "0", NULL },
  { "subkegiatan", "5.03.01.2.01.07", "Evaluasi Kinerja Perangkat Daerah", "5916000", NULL },
  { "program", "5.03.02", "PROGRAM KEPEGAWAIAN DAERAH", NULL, NULL },
  { "total", NULL, "TOTAL", NULL, NULL },
};

/* The fixture's computed pagu 2023 of the two kegiatan. */
#define PAGU_2_08 "320096784"   /* 8250000 + 65000000 + 246846784 */
#define PAGU_2_01 "5916000"     /* 0 + 5916000 */

typedef struct
{
  RancangTemplateSet *set;
  RancangHistory     *history;
  RancangNode        *node;
  RancangTable       *table;
  RancangTableRows   *rows;
} RowsCase;

static void
rows_add_cell (RancangNode *row,
          const char  *key,
          const char  *text)
{
  RancangNode *cell = rancang_node_new_element ("c");

  rancang_node_set_attr (cell, "k", key);
  rancang_node_append_text (cell, text, -1);
  rancang_node_append_child (row, cell);
}

static RancangNode *
b33_table (void)
{
  RancangNode *table = rancang_node_new_element ("table");

  rancang_node_set_attr (table, "id", "t3-3");
  rancang_node_set_attr (table, "template", "rencana-program");
  for (guint i = 0; i < G_N_ELEMENTS (b33); i++)
    {
      RancangNode *row = rancang_node_new_element ("row");

      rancang_node_set_attr (row, "level", b33[i].level);
      if (b33[i].kode != NULL)
        rancang_node_set_attr (row, "kode", b33[i].kode);
      rows_add_cell (row, "uraian", b33[i].uraian);
      if (b33[i].pagu != NULL)
        rows_add_cell (row, "pagu", b33[i].pagu);
      if (b33[i].sumber_dana != NULL)
        rows_add_cell (row, "sumber_dana", b33[i].sumber_dana);
      rancang_node_append_child (table, row);
    }
  return table;
}

/* The table and its tree read anew from the tree of elements. */
static void
reread (RowsCase *f)
{
  g_clear_pointer (&f->rows, rancang_table_rows_free);
  g_clear_pointer (&f->table, rancang_table_free);
  f->table = rancang_table_new (rancang_template_set_lookup (f->set, "rencana-program"), f->node);
  f->rows = rancang_table_rows_new (f->table);
}

static void
fixture_init (RowsCase *f)
{
  f->set = builtin ();
  f->history = rancang_history_new ();
  f->node = b33_table ();
  f->table = NULL;
  f->rows = NULL;
  reread (f);
}

static void
fixture_clear (RowsCase *f)
{
  rancang_table_rows_free (f->rows);
  rancang_table_free (f->table);
  rancang_history_free (f->history);
  rancang_node_free (f->node);
  rancang_template_set_free (f->set);
}

static guint
row (RowsCase    *f,
     const char *kode)
{
  return (guint) row_of (f->table, kode);
}

static GArray *
blocks_of (RowsCase    *f,
           const char *kode,
           ...)
{
  g_autoptr(GArray) selected = g_array_new (FALSE, FALSE, sizeof (guint));
  va_list args;

  va_start (args, kode);
  for (const char *k = kode; k != NULL; k = va_arg (args, const char *))
    {
      guint r = row (f, k);
      g_array_append_val (selected, r);
    }
  va_end (args);
  return rancang_table_rows_blocks (f->rows, selected);
}

static void
assert_money (RowsCase    *f,
              const char *kode,
              const char *expected)
{
  RancangDecimal value, want;
  int column = rancang_template_lookup_column (rancang_table_get_template (f->table), "pagu");

  ck_assert_int_eq (rancang_table_get_value (f->table, row (f, kode), (guint) column, &value), RANCANG_VALUE_NUMBER);
  ck_assert (rancang_decimal_parse_c (expected, &want));
  ck_assert_msg (rancang_decimal_cmp (value, want) == 0, "pagu of %s: %s, not %s", kode,
                 rancang_decimal_to_c_string (value), expected);
}

static const char *
level_of (RowsCase    *f,
          const char *kode)
{
  return rancang_node_get_attr (rancang_table_rows_get_node (f->rows, row (f, kode)), "level");
}

static void
step (RowsCase  *f,
      gboolean (*edit) (const RancangTableRows *, RancangHistory *, const GArray *, gboolean),
      GArray   *blocks,
      gboolean  flag)
{
  gboolean done;

  rancang_history_begin (f->history, "edit", NULL);
  done = edit (f->rows, f->history, blocks, flag);
  rancang_history_end (f->history);
  ck_assert (done);
  reread (f);
}

/* ---------------------------------------------------------------- tests */

START_TEST (test_tree)
{
  RowsCase f;

  fixture_init (&f);
  ck_assert_uint_eq (rancang_table_rows_get_n_rows (f.rows), G_N_ELEMENTS (b33));
  /* each row under the nearest row above it of a higher level */
  ck_assert_int_eq (rancang_table_rows_get_parent (f.rows, row (&f, "5.03.01.2.08.01")), (int) row (&f, "5.03.01.2.08"));
  ck_assert_int_eq (rancang_table_rows_get_parent (f.rows, row (&f, "5.03.01.2.01.07")), (int) row (&f, "5.03.01.2.01"));
  ck_assert_int_eq (rancang_table_rows_get_parent (f.rows, row (&f, "5.03.01.2.01")), (int) row (&f, "5.03.01"));
  ck_assert_int_eq (rancang_table_rows_get_parent (f.rows, row (&f, "5.03.02")), (int) row (&f, "5.03"));
  ck_assert_int_eq (rancang_table_rows_get_parent (f.rows, row (&f, "5.03")), -1);
  ck_assert_int_eq (rancang_table_rows_get_parent (f.rows, G_N_ELEMENTS (b33) - 1), -1);   /* the total */
  /* a block: the kegiatan and its three sub kegiatan */
  ck_assert_uint_eq (rancang_table_rows_get_end (f.rows, row (&f, "5.03.01.2.08")), row (&f, "5.03.01.2.01"));
  ck_assert_uint_eq (rancang_table_rows_get_end (f.rows, row (&f, "5.03.01")), row (&f, "5.03.02"));
  ck_assert_int_eq (rancang_table_rows_next_sibling (f.rows, row (&f, "5.03.01.2.08")), (int) row (&f, "5.03.01.2.01"));
  ck_assert_int_eq (rancang_table_rows_prev_sibling (f.rows, row (&f, "5.03.01.2.08")), -1);
  ck_assert_int_eq (rancang_table_rows_next_sibling (f.rows, row (&f, "5.03.01.2.01")), -1);
  {
    /* a sub kegiatan selected with its kegiatan goes with it: one block */
    g_autoptr(GArray) blocks = blocks_of (&f, "5.03.01.2.08", "5.03.01.2.08.02", "5.03.01.2.01.07", NULL);
    ck_assert_uint_eq (blocks->len, 2);
    ck_assert_uint_eq (g_array_index (blocks, guint, 0), row (&f, "5.03.01.2.08"));
    ck_assert_uint_eq (g_array_index (blocks, guint, 1), row (&f, "5.03.01.2.01.07"));
  }
  fixture_clear (&f);
}
END_TEST

START_TEST (test_indicator_rows)
{
  RowsCase f;
  RancangNode *indicator, *owner_node;
  int owner;

  fixture_init (&f);
  /* One more indicator of kegiatan 5.03.01.2.08 goes after it, before its
   * sub kegiatan, and belongs to it. */
  owner = rancang_table_rows_indicator_owner (f.rows, row (&f, "5.03.01.2.08"));
  ck_assert_int_eq (owner, (int) row (&f, "5.03.01.2.08"));
  ck_assert_ptr_eq (rancang_table_rows_place_indicator (f.rows, (guint) owner),
                    rancang_table_rows_get_node (f.rows, row (&f, "5.03.01.2.08.01")));
  owner_node = rancang_table_rows_get_node (f.rows, (guint) owner);
  rancang_history_begin (f.history, "indicator", NULL);
  indicator = rancang_table_rows_insert (f.history, f.node,
                                         rancang_table_rows_place_indicator (f.rows, (guint) owner),
                                         RANCANG_LEVEL_NONE);
  rancang_history_end (f.history);
  ck_assert_ptr_null (rancang_node_get_attr (indicator, "level"));
  reread (&f);
  {
    guint r = row (&f, "5.03.01.2.08") + 1;
    ck_assert_ptr_eq (rancang_table_rows_get_node (f.rows, r), indicator);
    ck_assert_int_eq (rancang_table_rows_get_parent (f.rows, r), (int) row (&f, "5.03.01.2.08"));
    /* its owner is the row it continues; the next one goes after it */
    ck_assert_int_eq (rancang_table_rows_indicator_owner (f.rows, r), (int) row (&f, "5.03.01.2.08"));
    ck_assert_ptr_eq (rancang_table_rows_place_indicator (f.rows, row (&f, "5.03.01.2.08")),
                      rancang_table_rows_get_node (f.rows, row (&f, "5.03.01.2.08.01")));
    ck_assert_ptr_eq (rancang_table_rows_get_node (f.rows, row (&f, "5.03.01.2.08")), owner_node);
  }
  /* the total has no indicators */
  ck_assert_int_eq (rancang_table_rows_indicator_owner (f.rows, rancang_table_rows_get_n_rows (f.rows) - 1), -1);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_place_at_end)
{
  RowsCase f;
  RancangLevel level;
  RancangNode *before;

  fixture_init (&f);
  /* before the total, at the level of the last program */
  before = rancang_table_rows_place_at_end (f.rows, &level);
  ck_assert_ptr_eq (before, rancang_table_rows_get_node (f.rows, rancang_table_rows_get_n_rows (f.rows) - 1));
  ck_assert_int_eq (level, RANCANG_LEVEL_PROGRAM);
  /* after a block: the kegiatan 5.03.01.2.08 and its sub kegiatan */
  ck_assert_ptr_eq (rancang_table_rows_place_after (f.rows, row (&f, "5.03.01.2.08")),
                    rancang_table_rows_get_node (f.rows, row (&f, "5.03.01.2.01")));
  fixture_clear (&f);
}
END_TEST

START_TEST (test_row_is_under)
{
  RowsCase f;
  RancangNode *program, *kegiatan, *sub, *total, *indicator;

  fixture_init (&f);
  program = rancang_table_rows_get_node (f.rows, row (&f, "5.03.01"));
  kegiatan = rancang_table_rows_get_node (f.rows, row (&f, "5.03.01.2.08"));
  sub = rancang_table_rows_get_node (f.rows, row (&f, "5.03.01.2.08.01"));
  total = rancang_table_rows_get_node (f.rows, rancang_table_rows_get_n_rows (f.rows) - 1);
  indicator = rancang_node_new_element ("row");
  ck_assert (rancang_row_is_under (sub, kegiatan));
  ck_assert (rancang_row_is_under (kegiatan, program));
  ck_assert (!rancang_row_is_under (kegiatan, sub));
  ck_assert (!rancang_row_is_under (program, program));
  ck_assert (rancang_row_is_under (indicator, sub));
  ck_assert (!rancang_row_is_under (total, sub));
  rancang_node_free (indicator);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_kode)
{
  RowsCase f;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_finding_free);
  guint kode_findings = 0;

  /* 5.03.01.2.08.01 under 5.03.01.2.08; the kegiatan printed "5 3 1 2.1"
   * (2.08 shown as 2.1) is not under its program's 5.03.01.2.08 */
  ck_assert (rancang_kode_extends ("5.03.01.2.08.01", "5.03.01.2.08"));
  ck_assert (rancang_kode_extends ("5.03.01.2.08", "5.03.01"));
  ck_assert (!rancang_kode_extends ("5.03.01.2.08", "5.03.01.2.08"));
  ck_assert (!rancang_kode_extends ("5.03.01.2.1.01", "5.03.01.2.08"));
  ck_assert (!rancang_kode_extends ("5.03.02.2.08.01", "5.03.01.2.08"));

  fixture_init (&f);
  /* as typed: the parent's kode when it does not fit, else NULL */
  ck_assert_str_eq (rancang_table_kode_misfit (f.table, row (&f, "5.03.01.2.08.01"), "5.03.02.2.08.01"),
                    "5.03.01.2.08");
  ck_assert_ptr_null (rancang_table_kode_misfit (f.table, row (&f, "5.03.01.2.08.01"), "5.03.01.2.08.09"));
  ck_assert_ptr_null (rancang_table_kode_misfit (f.table, row (&f, "5.03.01.2.08.01"), ""));
  ck_assert_ptr_null (rancang_table_kode_misfit (f.table, row (&f, "5.03"), "9"));   /* no parent */

  /* the fixture's kodes are consistent: the checker finds nothing ... */
  rancang_check_table (f.table, findings);
  for (guint i = 0; i < findings->len; i++)
    kode_findings += ((RancangFinding *) g_ptr_array_index (findings, i))->kind == RANCANG_FINDING_KODE;
  ck_assert_uint_eq (kode_findings, 0);
  /* ... until a sub kegiatan carries another program's kode */
  rancang_node_set_attr (rancang_table_rows_get_node (f.rows, row (&f, "5.03.01.2.08.02")), "kode", "5.03.02.2.08.02");
  reread (&f);
  g_ptr_array_set_size (findings, 0);
  rancang_check_table (f.table, findings);
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
  fixture_clear (&f);
}
END_TEST

START_TEST (test_shift)
{
  RowsCase f;

  fixture_init (&f);
  assert_money (&f, "5.03.01.2.08", PAGU_2_08);
  {
    /* a sub kegiatan is as deep as rows go; a kegiatan with sub kegiatan
     * cannot go under the one before it; the first kegiatan has no
     * kegiatan before it to go under */
    g_autoptr(GArray) sub = blocks_of (&f, "5.03.01.2.08.02", NULL);
    g_autoptr(GArray) kegiatan = blocks_of (&f, "5.03.01.2.01", NULL);
    g_autoptr(GArray) first = blocks_of (&f, "5.03.01.2.08", NULL);
    g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (guint));

    ck_assert (!rancang_table_rows_can_shift (f.rows, sub, TRUE));
    ck_assert (rancang_table_rows_can_shift (f.rows, sub, FALSE));
    ck_assert (!rancang_table_rows_can_shift (f.rows, kegiatan, TRUE));
    ck_assert (!rancang_table_rows_can_shift (f.rows, first, TRUE));
    ck_assert (rancang_table_rows_can_shift (f.rows, first, FALSE));
    ck_assert (!rancang_table_rows_can_shift (f.rows, none, FALSE));
    ck_assert (!rancang_table_rows_shift (f.rows, f.history, sub, TRUE));
  }
  {
    /* 5.03.01.2.08.04 outdented: a kegiatan of its own, no longer in the
     * roll-up of 5.03.01.2.08 */
    g_autoptr(GArray) blocks = blocks_of (&f, "5.03.01.2.08.04", NULL);
    step (&f, rancang_table_rows_shift, blocks, FALSE);
  }
  ck_assert_str_eq (level_of (&f, "5.03.01.2.08.04"), "kegiatan");
  ck_assert_int_eq (rancang_table_rows_get_parent (f.rows, row (&f, "5.03.01.2.08.04")), (int) row (&f, "5.03.01"));
  assert_money (&f, "5.03.01.2.08", "73250000");   /* 8250000 + 65000000 */
  assert_money (&f, "5.03.01.2.08.04", "246846784");
  {
    /* and indented back under the kegiatan before it */
    g_autoptr(GArray) blocks = blocks_of (&f, "5.03.01.2.08.04", NULL);
    ck_assert (rancang_table_rows_can_shift (f.rows, blocks, TRUE));
    step (&f, rancang_table_rows_shift, blocks, TRUE);
  }
  ck_assert_str_eq (level_of (&f, "5.03.01.2.08.04"), "subkegiatan");
  assert_money (&f, "5.03.01.2.08", PAGU_2_08);
  {
    /* a program outdented takes its kegiatan and sub kegiatan along */
    g_autoptr(GArray) blocks = blocks_of (&f, "5.03.01", NULL);
    step (&f, rancang_table_rows_shift, blocks, FALSE);
  }
  ck_assert_str_eq (level_of (&f, "5.03.01"), "bidang");
  ck_assert_str_eq (level_of (&f, "5.03.01.2.08"), "program");
  ck_assert_str_eq (level_of (&f, "5.03.01.2.08.01"), "kegiatan");
  /* one step of the history each: undone, the levels are the fixture's */
  ck_assert (rancang_history_undo (f.history));
  reread (&f);
  ck_assert_str_eq (level_of (&f, "5.03.01"), "program");
  ck_assert_str_eq (level_of (&f, "5.03.01.2.08.01"), "subkegiatan");
  assert_money (&f, "5.03.01.2.08", PAGU_2_08);
  fixture_clear (&f);
}
END_TEST

START_TEST (test_move)
{
  RowsCase f;

  fixture_init (&f);
  {
    /* the first sub kegiatan of the first kegiatan has nowhere to go up */
    g_autoptr(GArray) blocks = blocks_of (&f, "5.03.01.2.08.01", NULL);
    ck_assert (!rancang_table_rows_can_move (f.rows, blocks, TRUE));
    ck_assert (rancang_table_rows_can_move (f.rows, blocks, FALSE));
    ck_assert (!rancang_table_rows_move (f.rows, f.history, blocks, TRUE));
  }
  {
    /* 5.03.01.2.08.04 up past .02: the order changes, the sum does not */
    g_autoptr(GArray) blocks = blocks_of (&f, "5.03.01.2.08.04", NULL);
    step (&f, rancang_table_rows_move, blocks, TRUE);
  }
  ck_assert_uint_eq (row (&f, "5.03.01.2.08.04") + 1, row (&f, "5.03.01.2.08.02"));
  assert_money (&f, "5.03.01.2.08", PAGU_2_08);
  {
    /* a kegiatan moves with its sub kegiatan, past the other kegiatan */
    g_autoptr(GArray) blocks = blocks_of (&f, "5.03.01.2.01", NULL);
    step (&f, rancang_table_rows_move, blocks, TRUE);
  }
  ck_assert_uint_eq (row (&f, "5.03.01.2.01"), row (&f, "5.03.01") + 1);
  ck_assert_uint_eq (row (&f, "5.03.01.2.01.07"), row (&f, "5.03.01.2.08") - 1);
  {
    /* the last kegiatan of program 5.03.01 moves down on into 5.03.02 */
    g_autoptr(GArray) blocks = blocks_of (&f, "5.03.01.2.08", NULL);
    ck_assert (rancang_table_rows_can_move (f.rows, blocks, FALSE));
    step (&f, rancang_table_rows_move, blocks, FALSE);
  }
  ck_assert_int_eq (rancang_table_rows_get_parent (f.rows, row (&f, "5.03.01.2.08")), (int) row (&f, "5.03.02"));
  assert_money (&f, "5.03.02", PAGU_2_08);
  assert_money (&f, "5.03.01", PAGU_2_01);
  {
    /* the program itself cannot pass the total */
    g_autoptr(GArray) blocks = blocks_of (&f, "5.03.02", NULL);
    ck_assert (!rancang_table_rows_can_move (f.rows, blocks, FALSE));
    ck_assert (rancang_table_rows_can_move (f.rows, blocks, TRUE));
  }
  fixture_clear (&f);
}
END_TEST

START_TEST (test_delete)
{
  RowsCase f;

  fixture_init (&f);
  {
    g_autoptr(GArray) blocks = blocks_of (&f, "5.03.01.2.08", "5.03.01.2.08.04", NULL);
    guint removed;

    rancang_history_begin (f.history, "delete", NULL);
    removed = rancang_table_rows_delete (f.rows, f.history, blocks);
    rancang_history_end (f.history);
    ck_assert_uint_eq (removed, 4);   /* the kegiatan and its three sub kegiatan */
  }
  reread (&f);
  ck_assert_uint_eq (rancang_table_rows_get_n_rows (f.rows), G_N_ELEMENTS (b33) - 4);
  assert_money (&f, "5.03.01", PAGU_2_01);
  ck_assert (rancang_history_undo (f.history));
  reread (&f);
  assert_money (&f, "5.03.01", "326012784");   /* 320096784 + 5916000 */
  fixture_clear (&f);
}
END_TEST

START_TEST (test_values_in_use)
{
  RowsCase f;
  static const char *const known[] = { "APBD", "PENDAPATAN ASLI DAERAH (PAD)", NULL };
  g_autoptr(GPtrArray) values = NULL;

  fixture_init (&f);
  values = rancang_cell_values_in_use (f.node, "sumber_dana", known);
  /* the one used three times, then the known one not used yet */
  ck_assert_uint_eq (values->len, 2);
  ck_assert_str_eq (g_ptr_array_index (values, 0), "PENDAPATAN ASLI DAERAH (PAD)");
  ck_assert_str_eq (g_ptr_array_index (values, 1), "APBD");
  fixture_clear (&f);
}
END_TEST

/* What a cell shows, for the editor and the paste preview alike: the
 * fixture's pagu in the Indonesian form, a kegiatan's the sum of its sub
 * kegiatan (fixture: 320096784), text as typed, no value as asked. */
START_TEST (test_cell_display)
{
  RowsCase f;
  RancangTemplate *tmpl;
  guint pagu, uraian, lokasi, kode;

  fixture_init (&f);
  tmpl = rancang_table_get_template (f.table);
  pagu = (guint) rancang_template_lookup_column (tmpl, "pagu");
  uraian = (guint) rancang_template_lookup_column (tmpl, "uraian");
  lokasi = (guint) rancang_template_lookup_column (tmpl, "lokasi");
  kode = (guint) rancang_template_lookup_column (tmpl, "kode");
  {
    g_autofree char *leaf = rancang_table_cell_display (f.table, row (&f, "5.03.01.2.08.04"), pagu, "-");
    g_autofree char *sum = rancang_table_cell_display (f.table, row (&f, "5.03.01.2.08"), pagu, "-");
    g_autofree char *zero = rancang_table_cell_display (f.table, row (&f, "5.03.01.2.01.01"), pagu, "-");
    g_autofree char *text = rancang_table_cell_display (f.table, row (&f, "5.03.01.2.08.01"), uraian, "-");
    g_autofree char *k = rancang_table_cell_display (f.table, row (&f, "5.03.01.2.08.01"), kode, "-");
    g_autofree char *blank = rancang_table_cell_display (f.table, row (&f, "5.03.01.2.08.01"), lokasi, NULL);

    ck_assert_str_eq (leaf, "246.846.784");
    ck_assert_str_eq (sum, "320.096.784");
    ck_assert_str_eq (zero, "0");
    ck_assert_str_eq (text, "Penyediaan Jasa Surat Menyurat");
    ck_assert_str_eq (k, "5.03.01.2.08.01");
    ck_assert_str_eq (blank, "");
  }
  {
    /* a numeric cell without value: "-" in the editor, as typed elsewhere */
    RancangNode *total = rancang_table_rows_get_node (f.rows, rancang_table_rows_get_n_rows (f.rows) - 1);
    guint target = (guint) rancang_template_lookup_column (tmpl, "target");
    g_autofree char *dash = rancang_table_cell_display (f.table, rancang_table_rows_get_n_rows (f.rows) - 1,
                                                        target, "-");
    g_autofree char *typed = rancang_table_cell_display (f.table, rancang_table_rows_get_n_rows (f.rows) - 1,
                                                         target, NULL);

    ck_assert_ptr_nonnull (total);
    ck_assert_str_eq (dash, "-");
    ck_assert_str_eq (typed, "");
  }
  fixture_clear (&f);
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
  /* the fixture's sub kegiatan are among them, under their kegiatan */
  ck_assert_uint_gt (subs, 5);
  ck_assert_str_eq (rancang_table_get_kode (table, (guint) rancang_table_rows_get_parent (rows, (guint) row_of (table, "5.03.01.2.08.04"))),
                    "5.03.01.2.08");
  ck_assert_str_eq (rancang_table_get_kode (table, (guint) rancang_table_rows_get_parent (rows, (guint) row_of (table, "5.03.01.2.01.07"))),
                    "5.03.01.2.01");
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
