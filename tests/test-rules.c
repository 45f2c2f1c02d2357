/* The rules that were once written in several places and now live in one:
 * the value lists of choice columns (templates say them), what is special
 * about a template (said by its data, not by its id).
 *
 * Expected values come from the domain fixtures, read from tests/fixtures:
 * renja-fixtures-bontang.md B-2.1 row 05.01 (c10 = 29 + 0 + 69 = 98 for a
 * cumulative indicator), rencana-aksi-fixtures.md F-10 S10.2 (LEVEL: each
 * triwulan repeats the annual 98) and B-3.3 (its kegiatan under their
 * programs). rencana-aksi-fixtures.md F-6 (inverse polarity: target 0,75,
 * realisasi 0,50 gives (2T - R) / T x 100 = 133,33) is not among
 * tests/fixtures: its numbers are typed here. Values in no fixture are
 * constructed and say so.
 */
#include <check.h>
#include <string.h>

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-table-rows.h"
#include "rancang-edit.h"
#include "rancang-format.h"
#include "rancang-parts.h"
#include "rancang-template.h"
#include "test-helpers.h"

static guint
column (RancangTemplate *tmpl,
        const char      *key)
{
  int c = rancang_template_lookup_column (tmpl, key);

  ck_assert_msg (c >= 0, "no column %s in %s", key, rancang_template_get_id (tmpl));
  return (guint) c;
}

static char *
value_of (const RancangTable *t,
          guint               row,
          const char         *key,
          guint               decimals)
{
  RancangDecimal d;

  if (rancang_table_get_rounded (t, row, column (rancang_table_get_template (t), key), decimals, &d)
      != RANCANG_VALUE_NUMBER)
    return g_strdup ("(none)");
  return rancang_decimal_to_c_string (d);
}

/* ------------------------------------------------------------ choices */

START_TEST (test_choice_lists_in_templates)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  RancangTemplate *evaluasi = rancang_template_set_lookup (set, "evaluasi-renja");
  RancangTemplate *aksi = rancang_template_set_lookup (set, "rencana-aksi");
  RancangTemplate *program = rancang_template_set_lookup (set, "rencana-program");
  const char *const *values;

  values = rancang_template_column_choices (evaluasi, column (evaluasi, "akumulasi"));
  ck_assert_ptr_nonnull (values);
  ck_assert_str_eq (values[0], "kumulatif");
  ck_assert_str_eq (values[1], "non-kumulatif");
  ck_assert_ptr_null (values[2]);
  ck_assert (!rancang_template_column_choices_open (evaluasi, column (evaluasi, "akumulasi")));
  ck_assert_str_eq (rancang_template_column_choice (evaluasi, column (evaluasi, "akumulasi"), " Ya "), "kumulatif");
  ck_assert_str_eq (rancang_template_column_choice (evaluasi, column (evaluasi, "akumulasi"), "tetap"),
                    "non-kumulatif");
  ck_assert_str_eq (rancang_template_column_choice (evaluasi, column (evaluasi, "akumulasi"), "KUMULATIF"),
                    "kumulatif");
  /* a value no list has is kept as typed: nothing names it */
  ck_assert_ptr_null (rancang_template_column_choice (evaluasi, column (evaluasi, "akumulasi"), "kadang"));

  values = rancang_template_column_choices (evaluasi, column (evaluasi, "polaritas"));
  ck_assert_str_eq (values[0], "positif");
  ck_assert_str_eq (values[1], "negatif");
  ck_assert_str_eq (rancang_template_column_choice (evaluasi, column (evaluasi, "polaritas"), "turun"), "negatif");
  ck_assert_str_eq (rancang_template_column_choice (evaluasi, column (evaluasi, "polaritas"), "naik"), "positif");

  values = rancang_template_column_choices (aksi, column (aksi, "tw_mode"));
  ck_assert_str_eq (values[0], "jumlah");
  ck_assert_str_eq (values[1], "tetap");

  /* sumber dana: suggestions, not a closed list */
  ck_assert (rancang_template_column_choices_open (program, column (program, "sumber_dana")));
  ck_assert_str_eq (rancang_template_column_choice (program, column (program, "sumber_dana"), "pad"),
                    "PENDAPATAN ASLI DAERAH (PAD)");
  /* a text column without a list */
  ck_assert_ptr_null (rancang_template_column_choices (program, column (program, "uraian")));
}
END_TEST

START_TEST (test_choice_words_steer_computation)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  RancangTemplate *evaluasi = rancang_template_set_lookup (set, "evaluasi-renja");
  RancangNode *table = rancang_node_new_element ("table");
  g_autoptr(RancangTable) t = NULL;
  g_autofree char *k10 = NULL;
  g_autofree char *k10_level = NULL;
  g_autofree char *k8 = NULL;
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *b21 = fx_get (fixture_document (fx, "B-2.1"), "rows");
  const FixtureNode *row0501 = fx_find_item (b21, "c1_kode", "05.01");
  /* the typed columns of B-2.1 (c8, c10 and c11 are derived) */
  static const char *const typed[] = { "c4_target_renstra_akhir", "c5_realisasi_sd_2020", "c6_target_2021",
                                       "c7_realisasi_2021", "c9_target_renja_2022" };
  /* B-2.1 05.01 with "ya" for kumulatif: 29 + 0 + 69; then the same as a
   * level ("tidak", as 05.02: constructed): the year's target stands */
  static const char *const modes[][2] = { { "05.01", "ya" }, { "05.02", "tidak" } };

  ck_assert_msg (row0501 != NULL, "%s: no row 05.01", fx_where (b21));
  rancang_node_set_attr (table, "template", "evaluasi-renja");
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      RancangNode *row = add_row (table, "kegiatan", modes[m][0], "akumulasi", modes[m][1], NULL);

      for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
        {
          g_autofree char *key = b21_key (typed[i]);
          g_autofree char *path = g_strconcat (typed[i], "/nilai", NULL);

          add_cell (row, key, fx_str (row0501, path));
        }
    }
  /* F-6: lower is better, said as "turun" (not among tests/fixtures) */
  add_row (table, "kegiatan", "05.03", "polaritas", "turun", "k6", "0.75", "k7", "0.50", NULL);
  t = rancang_table_new (evaluasi, table);
  rancang_table_compute (t);

  k10 = value_of (t, 0, "k10", 0);
  ck_assert_str_eq (k10, fx_str (row0501, "c10_realisasi_capaian_sd_2022/computed"));
  k10_level = value_of (t, 1, "k10", 0);
  ck_assert_str_eq (k10_level, fx_str (row0501, "c9_target_renja_2022/nilai"));
  k8 = value_of (t, 2, "k8", 2);
  ck_assert_str_eq (k8, "133.33");
  g_clear_pointer (&t, rancang_table_free);   /* before the rows it reads */
  rancang_node_free (table);
}
END_TEST

START_TEST (test_quarter_mode_by_its_words)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  RancangTemplate *aksi = rancang_template_set_lookup (set, "rencana-aksi");
  RancangNode *table = rancang_node_new_element ("table");
  g_autoptr(RancangTable) t = NULL;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_finding_free);
  g_autoptr(Fixture) fx = fixture_load ("rencana-aksi-fixtures.json");
  const FixtureNode *s102 = fx_find_item (fixture_document (fx, "F-10"), "id", "S10.2");
  g_autofree char *short_quarter = NULL;
  RancangNode *level_row, *broken_row;

  ck_assert_msg (s102 != NULL, "rencana-aksi-fixtures.json: no row S10.2 in F-10");
  ck_assert_str_eq (fx_str (s102, "agg"), "LEVEL");
  rancang_node_set_attr (table, "id", "ra");
  rancang_node_set_attr (table, "template", "rencana-aksi");
  /* S10.2: each triwulan repeats the annual 98; LEVEL is "sama", which is
   * "tetap" */
  level_row = add_row (table, "subkegiatan", fx_str (s102, "id"), "target", fx_str (s102, "target"),
                       "tw_mode", "sama", NULL);
  /* the same with a quarter that does not repeat it: constructed, as
   * S99.1, its second quarter one less */
  broken_row = add_row (table, "subkegiatan", "S99.1", "target", fx_str (s102, "target"), "tw_mode", "sama", NULL);
  short_quarter = g_strdup_printf ("%" G_GINT64_FORMAT, fx_int (s102, "tw/1") - 1);
  for (guint q = 0; q < 4; q++)
    {
      g_autofree char *key = g_strdup_printf ("tw%u", q + 1);
      g_autofree char *path = g_strdup_printf ("tw/%u", q);

      add_cell (level_row, key, fx_str (s102, path));
      add_cell (broken_row, key, q == 1 ? short_quarter : fx_str (s102, path));
    }
  t = rancang_table_new (aksi, table);
  rancang_table_compute (t);
  rancang_check_table (t, findings);
  ck_assert_uint_eq (findings->len, 1);
  ck_assert_uint_eq (((RancangFinding *) g_ptr_array_index (findings, 0))->code,
                     RANCANG_FINDING_CODE_QUARTER_NOT_REPEATED);
  ck_assert_str_eq (((RancangFinding *) g_ptr_array_index (findings, 0))->kode, "S99.1");
  g_clear_pointer (&t, rancang_table_free);
  rancang_node_free (table);
}
END_TEST

START_TEST (test_choice_needs_value)
{
  static const char bad[] =
    "<template id=\"x\"><column key=\"a\"><choice also=\"b\"/></column></template>";
  static const char open_without[] =
    "<template id=\"x\"><column key=\"a\" choices=\"open\"/></template>";
  g_autoptr(GError) error = NULL;

  ck_assert_ptr_null (rancang_template_new_from_data (bad, strlen (bad), "bad.xml", &error));
  ck_assert_ptr_nonnull (strstr (error->message, "value"));
  g_clear_error (&error);
  ck_assert_ptr_null (rancang_template_new_from_data (open_without, strlen (open_without), "open.xml", &error));
  ck_assert_ptr_nonnull (strstr (error->message, "choice"));
}
END_TEST

/* ------------------------------------------------- what a template says */

/* An office's own SWOT and plan templates, with ids Rancang does not know,
 * play the same parts as the built-in ones: the parts come from <index>,
 * <tows> and <plan>, never from an id. */
START_TEST (test_parts_said_by_data)
{
  static const char ifas[] =
    "<template id=\"faktor-internal-kantor\">"
    "<column key=\"faktor\"/><column key=\"bobot\" type=\"decimal\"/>"
    "<column key=\"rating\" type=\"decimal\"/>"
    "<column key=\"skor\" type=\"decimal\"><product of=\"bobot rating\"/></column>"
    "<totals group-by=\"faktor\" columns=\"bobot skor\"/>"
    "<index name=\"IFAS\" column=\"skor\" plus=\"S\" minus=\"W\"/></template>";
  static const char efas[] =
    "<template id=\"faktor-eksternal-kantor\">"
    "<column key=\"faktor\"/><column key=\"skor\" type=\"decimal\"/>"
    "<totals group-by=\"faktor\" columns=\"skor\"/>"
    "<index name=\"EFAS\" column=\"skor\" plus=\"O\" minus=\"T\"/></template>";
  static const char tows[] =
    "<template id=\"strategi-kantor\"><column key=\"kuadran\"/><column key=\"refs\"/>"
    "<tows refs=\"refs\" quadrant=\"kuadran\"/></template>";
  static const char period[] =
    "<template id=\"renstra-kantor\"><column key=\"level\"/><column key=\"y1\" type=\"decimal\"/>"
    "<column key=\"y2\" type=\"decimal\"/><column key=\"rp1\" type=\"money\"/><column key=\"rp2\" type=\"money\"/>"
    "<plan years=\"y1 y2\" pagu=\"rp1 rp2\"/></template>";
  static const char *const sources[] = { ifas, efas, tows, period };
  RancangTemplate *tmpl[G_N_ELEMENTS (sources)];

  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_autoptr(GError) error = NULL;

      tmpl[i] = rancang_template_new_from_data (sources[i], strlen (sources[i]), "office.xml", &error);
      ck_assert_msg (tmpl[i] != NULL, "%s", error ? error->message : "");
    }
  ck_assert_int_eq (rancang_swot_part_of (tmpl[0]), RANCANG_SWOT_PART_IFAS);
  ck_assert_int_eq (rancang_swot_part_of (tmpl[1]), RANCANG_SWOT_PART_EFAS);
  ck_assert_int_eq (rancang_swot_part_of (tmpl[2]), RANCANG_SWOT_PART_TOWS);
  ck_assert_int_eq (rancang_swot_part_of (tmpl[3]), RANCANG_SWOT_PART_NONE);

  ck_assert_int_eq (rancang_template_get_plan (tmpl[3]), RANCANG_PLAN_PERIOD);
  ck_assert_uint_eq (rancang_template_plan_n_years (tmpl[3]), 2);
  ck_assert_str_eq (rancang_template_plan_target (tmpl[3], 2), "y2");
  ck_assert_str_eq (rancang_template_plan_pagu (tmpl[3], 1), "rp1");
  ck_assert_ptr_null (rancang_template_plan_target (tmpl[3], 0));
  ck_assert_ptr_null (rancang_template_plan_target (tmpl[3], 3));
  ck_assert_int_eq (rancang_template_get_plan (tmpl[0]), RANCANG_PLAN_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    rancang_template_unref (tmpl[i]);
}
END_TEST

/* The built-in templates say the parts the Renja and the Renstra play:
 * Renstra Tabel 6.1 plans the five years with their Rp, Renja Tabel 3.3
 * the plan year and the prakiraan maju (renja.md, renstra-swot.md). */
START_TEST (test_builtin_parts)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_auto(GStrv) ids = rancang_template_builtin_ids ();
  RancangTemplate *renstra = rancang_template_set_lookup (set, "rencana-program-renstra");
  RancangTemplate *renja = rancang_template_set_lookup (set, "rencana-program");
  RancangTemplate *goals = rancang_template_set_lookup (set, "tujuan-sasaran");
  guint n = 0;

  /* the one list: every built-in id loads, in alphabetical order */
  for (guint i = 0; ids[i] != NULL; i++, n++)
    {
      ck_assert_ptr_nonnull (rancang_template_set_lookup (set, ids[i]));
      if (i > 0)
        ck_assert_int_lt (strcmp (ids[i - 1], ids[i]), 0);
    }
  ck_assert_uint_eq (n, 13);
  ck_assert_ptr_eq (rancang_template_set_get_builtin (), rancang_template_set_get_builtin ());

  ck_assert_int_eq (rancang_swot_part_of (rancang_template_set_lookup (set, "swot-ifas")), RANCANG_SWOT_PART_IFAS);
  ck_assert_int_eq (rancang_swot_part_of (rancang_template_set_lookup (set, "swot-efas")), RANCANG_SWOT_PART_EFAS);
  ck_assert_int_eq (rancang_swot_part_of (rancang_template_set_lookup (set, "tows")), RANCANG_SWOT_PART_TOWS);

  ck_assert_int_eq (rancang_template_get_plan (renstra), RANCANG_PLAN_PERIOD);
  ck_assert_uint_eq (rancang_template_plan_n_years (renstra), 5);
  ck_assert_str_eq (rancang_template_plan_target (renstra, 3), "t3");
  ck_assert_str_eq (rancang_template_plan_pagu (renstra, 3), "pagu3");
  ck_assert_int_eq (rancang_template_get_plan (goals), RANCANG_PLAN_PERIOD);
  ck_assert_ptr_null (rancang_template_plan_pagu (goals, 1));
  ck_assert_int_eq (rancang_template_get_plan (renja), RANCANG_PLAN_YEAR);
  ck_assert_str_eq (rancang_template_plan_target (renja, 0), "target");
  ck_assert_str_eq (rancang_template_plan_pagu (renja, 1), "pagu_maju");
}
END_TEST

/* ------------------------------------------------------ the other rules */

/* The Bontang Renja is signed on 2022-07-07 (its kata pengantar). */
START_TEST (test_iso_dates)
{
  GDate date;
  g_autofree char *again = NULL;
  g_autofree char *printed = NULL;

  ck_assert (rancang_date_parse_iso ("2022-07-07", &date));
  ck_assert_uint_eq (g_date_get_day (&date), 7);
  ck_assert_uint_eq (g_date_get_month (&date), 7);
  ck_assert_uint_eq (g_date_get_year (&date), 2022);
  again = rancang_date_format_iso (&date);
  ck_assert_str_eq (again, "2022-07-07");
  printed = rancang_format_date (&date);
  ck_assert_str_eq (printed, "7 Juli 2022");
  ck_assert (rancang_date_parse_iso ("2022-07-07+08:00", &date));   /* an xsd:date with its zone */
  ck_assert_uint_eq (g_date_get_day (&date), 7);
  ck_assert (!rancang_date_parse_iso ("2023-02-30", &date));
  ck_assert (!g_date_valid (&date));
  ck_assert (!rancang_date_parse_iso ("2022-7-7", &date));
  ck_assert (!rancang_date_parse_iso ("07-07-2022", &date));
  ck_assert (!rancang_date_parse_iso ("", &date));
  ck_assert (!rancang_date_parse_iso (NULL, &date));
}
END_TEST

START_TEST (test_level_names)
{
  static const char *const chain[] = {
    "tujuan", "sasaran", "urusan", "bidang", "program", "kegiatan", "subkegiatan",
  };
  g_autofree char *all = rancang_level_names ();

  for (guint i = 0; i < G_N_ELEMENTS (chain); i++)
    {
      RancangLevel level = rancang_level_from_string (chain[i]);

      ck_assert_int_ne (level, RANCANG_LEVEL_NONE);
      ck_assert_str_eq (rancang_level_to_string (level), chain[i]);
      ck_assert_ptr_nonnull (strstr (all, chain[i]));
    }
  ck_assert_ptr_null (rancang_level_to_string (RANCANG_LEVEL_NONE));
  ck_assert_int_eq (rancang_level_from_string ("Sub Kegiatan"), RANCANG_LEVEL_NONE);
  ck_assert (g_str_has_prefix (all, "tujuan, sasaran, urusan"));
}
END_TEST

START_TEST (test_cell_by_key)
{
  g_autoptr(RancangNode) table = rancang_node_new_element ("table");
  /* constructed: a row of words and money in no fixture */
  RancangNode *row = add_row (table, "program", "5.03.01", "uraian", "Program Penunjang", "pagu", "16883123184", NULL);

  ck_assert_str_eq (rancang_node_get_text (rancang_node_get_first_child (rancang_edit_find_cell (row, "pagu"))),
                    "16883123184");
  ck_assert_ptr_null (rancang_edit_find_cell (row, "target"));
  ck_assert_ptr_null (rancang_edit_find_cell (row, "kode"));   /* an attribute, not a cell */
}
END_TEST

/* B-3.3: each kegiatan of the fixture under its program (among the
 * fixture's totals) extends the program's kode; a kode typed as 5.04.01
 * (constructed: another bidang's) or repeating the program's does not. */
START_TEST (test_kode_under_parent)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *b33 = fixture_document (fx, "B-3.3");
  const FixtureNode *rows = fx_get (b33, "rows");
  guint n_kegiatan = 0;

  for (guint i = 0; i < fx_len (rows); i++)
    {
      const char *kode = fx_str (fx_at (rows, i), "kode");
      g_auto(GStrv) parts = g_strsplit (kode, ".", -1);
      g_autofree char *program_kode = NULL;
      const char *program;
      RancangNode *table;
      g_autoptr(RancangTable) t = NULL;

      if (g_strcmp0 (fx_str (fx_at (rows, i), "level"), "kegiatan") != 0)
        continue;
      /* urusan.bidang.program: the first three parts of a kegiatan's kode */
      ck_assert_uint_ge (g_strv_length (parts), 3);
      program_kode = g_strjoin (".", parts[0], parts[1], parts[2], NULL);
      program = fx_str (b33_total (b33, program_kode), "kode");
      table = rancang_node_new_element ("table");
      rancang_node_set_attr (table, "template", "rencana-program");
      add_row (table, "program", program, NULL);
      add_row (table, "kegiatan", kode, NULL);
      add_row (table, NULL, NULL, "indikator", fx_str (fx_at (rows, i), "indikator"), NULL);
      t = rancang_table_new (rancang_template_set_lookup (set, "rencana-program"), table);
      rancang_table_compute (t);
      ck_assert_ptr_null (rancang_table_kode_misfit (t, 1, kode));
      ck_assert_str_eq (rancang_table_kode_misfit (t, 1, "5.04.01"), program);
      ck_assert_str_eq (rancang_table_kode_misfit (t, 1, program), program);
      ck_assert_ptr_null (rancang_table_kode_misfit (t, 1, "  "));
      ck_assert_ptr_null (rancang_table_kode_misfit (t, 0, "9"));   /* no parent */
      ck_assert_ptr_null (rancang_table_kode_misfit (t, 2, "9"));   /* an indicator row */
      g_clear_pointer (&t, rancang_table_free);
      rancang_node_free (table);
      n_kegiatan++;
    }
  ck_assert_uint_gt (n_kegiatan, 0);
}
END_TEST

START_TEST (test_titled_parts_and_ids)
{
  static const char *const titled[] = { "chapter", "section", "appendix", "preface" };
  static const char *const others[] = { "table", "figure", "cover", "contents", "p" };
  g_autoptr(RancangNode) body = rancang_node_new_element ("body");
  RancangNode *chapter = rancang_node_new_element ("chapter");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (titled); i++)
    {
      g_autoptr(RancangNode) n = rancang_node_new_element (titled[i]);
      ck_assert_msg (rancang_parts_is_titled (n), "%s", titled[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr(RancangNode) n = rancang_node_new_element (others[i]);
      ck_assert_msg (!rancang_parts_is_titled (n), "%s", others[i]);
    }

  /* one numbering of new ids: the first STEM-N no element has */
  rancang_node_set_attr (chapter, "id", "bab-1");
  rancang_node_append_child (body, chapter);
  first = rancang_edit_unique_id (body, "bab");
  ck_assert_str_eq (first, "bab-2");
  second = rancang_edit_unique_id (body, "bagian");
  ck_assert_str_eq (second, "bagian-1");
}
END_TEST

static Suite *
rules_suite (void)
{
  Suite *suite = suite_create ("rules");
  TCase *choices = tcase_create ("choices");
  TCase *parts = tcase_create ("parts");
  TCase *others = tcase_create ("one-rule-each");

  tcase_add_test (choices, test_choice_lists_in_templates);
  tcase_add_test (choices, test_choice_words_steer_computation);
  tcase_add_test (choices, test_quarter_mode_by_its_words);
  tcase_add_test (choices, test_choice_needs_value);
  suite_add_tcase (suite, choices);

  tcase_add_test (parts, test_parts_said_by_data);
  tcase_add_test (parts, test_builtin_parts);
  suite_add_tcase (suite, parts);

  tcase_add_test (others, test_iso_dates);
  tcase_add_test (others, test_level_names);
  tcase_add_test (others, test_cell_by_key);
  tcase_add_test (others, test_titled_parts_and_ids);
  tcase_add_test (others, test_kode_under_parent);
  suite_add_tcase (suite, others);
  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (rules_suite ());
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? 0 : 1;
}
