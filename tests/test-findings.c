/* The findings as a reader goes through them (rancang-findings.h) and the
 * codes they carry for the interface to word (rancang-check.h).
 *
 * Values come from the fixtures, read from tests/fixtures (renja-fixtures-
 * bontang B-2.5: program I printed 11.051.497.647, computed 11.051.830.647,
 * difference -333.000; B-3.3: the pagu of 5.03.01.2.01.07; the money of
 * "Formatting"), and from documents written here (constructed, and said
 * so), never from the engine's own output.
 */
#include <check.h>
#include <string.h>

#include "rancang-check.h"
#include "rancang-compare.h"
#include "rancang-edit.h"
#include "rancang-document.h"
#include "rancang-findings.h"
#include "test-helpers.h"

#define BONTANG EXAMPLES_DIR "/renja-bontang-2023.xml"

/* The group of the findings of table TABLE_ID, and its place among them. */
static const RancangFindingsGroup *
group_of (const RancangFindingsReport *report,
          const char                  *table_id,
          guint                       *index)
{
  for (guint i = 0; i < rancang_findings_report_n_groups (report); i++)
    {
      const RancangFindingsGroup *g = rancang_findings_report_get_group (report, i);
      const RancangFindingsEntry *first = g->entries->len > 0 ? g_ptr_array_index (g->entries, 0) : NULL;

      if (first != NULL && g_strcmp0 (first->finding->table_id, table_id) == 0)
        {
          for (guint j = 0; j < g->entries->len; j++)
            ck_assert_str_eq (((RancangFindingsEntry *) g_ptr_array_index (g->entries, j))->finding->table_id,
                              table_id);
          if (index != NULL)
            *index = i;
          return g;
        }
    }
  ck_abort_msg ("no group of %s", table_id);
  return NULL;
}

static RancangDocument *
load_text (const char *xml)
{
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = rancang_document_load_data (xml, strlen (xml), "test.xml", &error);

  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  return doc;
}

/* A Renja for 2023 whose period has moved on, with one evaluasi table: a
 * kode outside its parent's, text in a number column, a stated percentage.
 * Constructed: its years, kodes and numbers are in no fixture. */
static const char document_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<document xmlns=\"urn:rancang:document\" version=\"1\" kind=\"renja\">\n"
  "  <metadata>\n"
  "    <plan-year>2023</plan-year>\n"
  "    <period start=\"2024\" end=\"2026\"/>\n"
  "    <pemda>Kota Bontang</pemda>\n"
  "    <opd acronym=\"BKPSDM\">Badan Kepegawaian</opd>\n"
  "    <status>final</status>\n"
  "    <paper size=\"a4\"/>\n"
  "  </metadata>\n"
  "  <body>\n"
  "    <chapter id=\"bab-2\">\n"
  "      <title>Evaluasi</title>\n"
  "      <table id=\"ev\" template=\"realisasi-anggaran\">\n"
  "        <caption>Realisasi</caption>\n"
  "        <row level=\"program\" kode=\"5.03.01\"><c k=\"uraian\">Program Penunjang</c></row>\n"
  "        <row level=\"kegiatan\" kode=\"5.04.01\"><c k=\"uraian\">Kegiatan di luar</c>"
  "<c k=\"anggaran\">200</c><c k=\"realisasi\">BB</c></row>\n"
  "        <row level=\"kegiatan\" kode=\"5.03.01.2\"><c k=\"uraian\">Kegiatan</c>"
  "<c k=\"anggaran\">200</c><c k=\"realisasi\">150</c><c k=\"persen\">70</c></row>\n"
  "      </table>\n"
  "    </chapter>\n"
  "  </body>\n"
  "</document>\n";

START_TEST (test_codes_and_english_messages)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) doc = load_text (document_xml);
  g_autoptr(GPtrArray) findings = rancang_check_document (doc, set);
  gboolean year = FALSE, kode = FALSE, differs = FALSE;

  for (guint i = 0; i < findings->len; i++)
    {
      const RancangFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *english = rancang_message_expand (rancang_finding_code_format (f->code),
                                                         (const char *const *) f->args);

      /* what rancang-cli prints is the code's wording with its values */
      ck_assert_str_eq (f->message, english);
      switch (f->code)
        {
        case RANCANG_FINDING_CODE_YEAR_OUTSIDE_PERIOD:
          year = TRUE;
          ck_assert_uint_eq (f->kind, RANCANG_FINDING_YEAR);
          ck_assert_str_eq (f->args[0], "2023");
          ck_assert_str_eq (f->args[1], "2024");
          ck_assert_str_eq (f->args[2], "2026");
          ck_assert_str_eq (f->message, "the plan year 2023 is outside the period 2024-2026");
          break;
        case RANCANG_FINDING_CODE_KODE_OUTSIDE_PARENT:
          kode = TRUE;
          ck_assert_uint_eq (f->kind, RANCANG_FINDING_KODE);
          ck_assert_str_eq (f->args[0], "5.04.01");
          ck_assert_str_eq (f->args[1], "5.03.01");
          break;
        case RANCANG_FINDING_CODE_STATED_DIFFERS:
          /* 150 / 200 x 100 = 75, stated 70 */
          differs = TRUE;
          ck_assert_uint_eq (f->kind, RANCANG_FINDING_MISMATCH);
          ck_assert_str_eq (f->args[0], "70");
          ck_assert_str_eq (f->args[1], "75");
          ck_assert_str_eq (f->args[2], "-5");
          ck_assert_str_eq (f->message, "stated 70, computed 75 (difference -5)");
          break;
        default:
          break;
        }
    }
  ck_assert (year && kode && differs);
}
END_TEST

START_TEST (test_message_expand)
{
  const char *args[] = { "a", "b", NULL };
  g_autofree char *one = rancang_message_expand ("{2} before {1}", args);
  g_autofree char *two = rancang_message_expand ("{3} is missing, {1} is not {", args);
  g_autofree char *three = rancang_message_expand ("{1}", NULL);

  ck_assert_str_eq (one, "b before a");
  ck_assert_str_eq (two, " is missing, a is not {");
  ck_assert_str_eq (three, "");
}
END_TEST

/* B-2.5: program I and the TOTAL of Tabel 2.5 stated 333.000 short. */
START_TEST (test_report_groups_bontang)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (BONTANG, &error);
  g_autoptr(RancangFindingsReport) report = NULL;
  g_autoptr(RancangFindingsReport) again = NULL;
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *program_i = fx_get (fixture_document (fx, "B-2.5"), "discrepancy/program_I");
  const RancangFindingsGroup *t21, *t25;
  const RancangFindingsEntry *e;
  guint i21, i25;

  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  report = rancang_findings_report_new (doc);
  t21 = group_of (report, "t2-1", &i21);
  t25 = group_of (report, "t2-5", &i25);
  /* the group is titled as the table is printed (t2-2 is Tabel 2.2) */
  ck_assert_str_eq (t21->title, "Tabel 2.1");
  ck_assert_str_eq (t25->title, "Tabel 2.3");
  ck_assert_uint_lt (i21, i25);   /* in document order */
  ck_assert_uint_eq (t25->entries->len, 2);
  ck_assert_uint_eq (t25->n_notes, 0);
  e = g_ptr_array_index (t25->entries, 0);
  ck_assert_uint_eq (e->finding->code, RANCANG_FINDING_CODE_STATED_DIFFERS);
  ck_assert_str_eq (e->finding->args[0], fx_str (program_i, "hak_printed"));
  ck_assert_str_eq (e->finding->args[1], fx_str (program_i, "hak_computed"));
  ck_assert_str_eq (e->finding->args[2], fx_str (program_i, "diff"));
  ck_assert_str_eq (e->finding->column, "pagu_hasil");
  ck_assert_ptr_nonnull (e->column_title);
  /* the program row has no kode in Tabel 2.5: its uraian names it */
  ck_assert_ptr_nonnull (e->place);
  ck_assert (e->place[0] != '#');
  ck_assert_uint_gt (t21->entries->len, 0);

  /* the same document gives the same report; a change gives another */
  again = rancang_findings_report_new (doc);
  ck_assert (rancang_findings_report_equal (report, again));
}
END_TEST

START_TEST (test_report_notes_apart)
{
  g_autoptr(RancangDocument) doc = load_text (document_xml);
  g_autoptr(RancangFindingsReport) report = rancang_findings_report_new (doc);
  const RancangFindingsGroup *g = group_of (report, "ev", NULL);
  const RancangFindingsEntry *last;
  guint errors_in_group = 0;

  /* "BB" in realisasi is a note, after the findings */
  ck_assert_str_eq (g->title, "Tabel 1.1");   /* the first table of BAB I */
  ck_assert_str_eq (g->caption, "Realisasi");
  ck_assert_uint_eq (g->n_notes, 1);
  last = g_ptr_array_index (g->entries, g->entries->len - 1);
  ck_assert (last->note);
  ck_assert_str_eq (last->finding->stated, "BB");
  ck_assert_str_eq (last->place, "5.04.01");
  for (guint i = 0; i < g->entries->len; i++)
    if (!((RancangFindingsEntry *) g_ptr_array_index (g->entries, i))->note)
      errors_in_group++;
  ck_assert_uint_eq (rancang_findings_report_n_notes (report), 1);
  /* the year finding belongs to no table and is counted too */
  ck_assert_uint_eq (rancang_findings_report_n_errors (report), errors_in_group + 1);
}
END_TEST

START_TEST (test_find_row)
{
  g_autoptr(RancangDocument) doc = load_text (document_xml);

  ck_assert_str_eq (rancang_node_get_attr (rancang_report_find_row (doc, "ev", "5.03.01.2", 0), "kode"), "5.03.01.2");
  ck_assert_str_eq (rancang_node_get_attr (rancang_report_find_row (doc, "ev", "#2", 2), "kode"), "5.04.01");
  ck_assert_ptr_null (rancang_report_find_row (doc, "ev", "9.99", 0));
  ck_assert_ptr_null (rancang_report_find_row (doc, "none", NULL, 1));
}
END_TEST

/* The money of renja-fixtures-bontang "Formatting" as the fixture writes
 * it; a negative decimal, an error text and no value are constructed. */
START_TEST (test_format_value)
{
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *formats = fx_get (fixture_document (fx, "Formatting"), "format_id_ID");
  g_autofree char *decimal = rancang_report_format_value ("-333000.5");
  g_autofree char *text = rancang_report_format_value ("#DIV/0!");
  g_autofree char *none = rancang_report_format_value (NULL);
  guint n_money = 0;

  for (guint i = 0; i < fx_len (formats); i++)
    if (fx_str (fx_at (formats, i), "money") != NULL)
      {
        g_autofree char *money = rancang_report_format_value (fx_str (fx_at (formats, i), "value"));

        ck_assert_msg (g_strcmp0 (money, fx_str (fx_at (formats, i), "money")) == 0, "%s: %s, not %s",
                       fx_where (fx_at (formats, i)), money, fx_str (fx_at (formats, i), "money"));
        n_money++;
      }
  ck_assert_uint_gt (n_money, 0);
  ck_assert_str_eq (decimal, "-333.000,5");
  ck_assert_str_eq (text, "#DIV/0!");
  ck_assert_str_eq (none, "");
}
END_TEST

/* ------------------------------------------------------------ compare */

/* The README's example: 5.03.01.2.01.07's pagu in Tabel 3.3 from the
 * fixture's 5.916.000 (B-3.3) to 6.000.000 (constructed), 84.000 more; and
 * one word of a paragraph. */
START_TEST (test_compare_lines)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) before = rancang_document_load_file (BONTANG, &error);
  g_autoptr(RancangDocument) after = rancang_document_load_file (BONTANG, NULL);
  g_autoptr(RancangCompareReport) report = NULL;
  RancangNode *row = rancang_report_find_row (after, "t3-3", "5.03.01.2.01.07", 0);
  RancangNode *section = rancang_document_lookup_id (after, "s1-1");
  RancangNode *paragraph = rancang_node_get_child (section, "p");
  g_autofree char *text = rancang_node_dup_content (paragraph);
  g_autofree char *changed = NULL;
  const RancangCompareLine *cell = NULL, *words = NULL;
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *sub = b33_row (fixture_document (fx, "B-3.3"), "5.03.01.2.01.07");
  const gint64 new_pagu = 6000000;
  g_autofree char *new_plain = g_strdup_printf ("%" G_GINT64_FORMAT, new_pagu);
  g_autofree char *more_plain = g_strdup_printf ("%" G_GINT64_FORMAT, new_pagu - fx_int (sub, "pagu_2023"));
  g_autofree char *old_text = indonesian_number (fx_str (sub, "pagu_2023"));
  g_autofree char *new_text = indonesian_number (new_plain);
  g_autofree char *more_text = indonesian_number (more_plain);
  g_autofree char *difference = g_strconcat ("+", more_text, NULL);

  ck_assert_msg (before != NULL, "%s", error ? error->message : "");
  rancang_node_set_content (rancang_edit_find_cell (row, "pagu"), new_plain);
  /* "Berlakunya" (the README's diff example) becomes "Diberlakukannya" */
  ck_assert (g_str_has_prefix (text, "Berlakunya "));
  changed = g_strconcat ("Diberlakukannya ", text + strlen ("Berlakunya "), NULL);
  rancang_node_set_content (paragraph, changed);

  report = rancang_compare_report_new (before, after, "renja-v1.xml");
  ck_assert_str_eq (rancang_compare_report_get_other_name (report), "renja-v1.xml");
  ck_assert_uint_eq (rancang_compare_report_n_changes (report), 2);
  for (guint i = 0; i < 2; i++)
    {
      const RancangCompareLine *line = rancang_compare_report_get_line (report, i);

      if (line->in == RANCANG_COMPARE_IN_TABLE)
        cell = line;
      else
        words = line;
    }
  ck_assert_ptr_nonnull (cell);
  ck_assert_ptr_nonnull (words);

  /* Tabel 3.3 of the Bontang Renja is printed without a number: its caption */
  ck_assert_str_eq (cell->group, rancang_node_get_child_content (rancang_document_lookup_id (after, "t3-3"), "caption"));
  ck_assert_str_eq (cell->place, "5.03.01.2.01.07");
  ck_assert_str_eq (cell->column, "Kebutuhan Dana/Pagu Indikatif (Rp)");
  ck_assert_str_eq (cell->old_text, old_text);
  ck_assert_str_eq (cell->new_text, new_text);
  ck_assert_str_eq (cell->difference, difference);

  ck_assert_int_eq (words->in, RANCANG_COMPARE_IN_PART);
  ck_assert_str_eq (words->group, "1.1");
  ck_assert_str_eq (words->group_detail, "LATAR BELAKANG");
  ck_assert_str_eq (words->place, "1");
  ck_assert (!words->title);
  ck_assert_ptr_null (words->difference);
  /* the words that changed, not twice the whole paragraph */
  ck_assert_ptr_nonnull (strstr (words->old_text, "Berlakunya"));
  ck_assert_ptr_nonnull (strstr (words->new_text, "Diberlakukannya"));
  ck_assert_uint_lt (g_utf8_strlen (words->new_text, -1), g_utf8_strlen (changed, -1));
  ck_assert (g_str_has_suffix (words->new_text, "…”"));
}
END_TEST

static Suite *
findings_suite (void)
{
  Suite *suite = suite_create ("findings");
  TCase *tc = tcase_create ("report");

  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_codes_and_english_messages);
  tcase_add_test (tc, test_message_expand);
  tcase_add_test (tc, test_report_groups_bontang);
  tcase_add_test (tc, test_report_notes_apart);
  tcase_add_test (tc, test_find_row);
  tcase_add_test (tc, test_format_value);
  tcase_add_test (tc, test_compare_lines);
  suite_add_tcase (suite, tc);
  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (findings_suite ());
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? 0 : 1;
}
