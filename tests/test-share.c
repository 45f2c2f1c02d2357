/* Sharing documents between offices (issue #8): rancang-diff.
 *
 * Two copies of the Bontang example are loaded; the second is changed in
 * memory (a pagu, a paragraph, a section moved, one removed, one added, a
 * row added and one removed) and every change must be reported once, with
 * its place and both values.
 *
 * Merge: tests/data/share holds the Bontang example without the rows of
 * programs 5.03.01 and 5.03.02 in t3-3 (base.xml), and two bidang parts with
 * those rows (part-a.xml, part-b.xml, made by make-parts.py). Merged, the
 * table must be the example's again and its roll-ups the fixture's
 * (domain/renja-fixtures-bontang.md B-3.3, read from tests/fixtures). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-decimal.h"
#include "rancang-diff.h"
#include "rancang-document.h"
#include "rancang-history.h"
#include "rancang-identity.h"
#include "rancang-link.h"
#include "rancang-merge.h"
#include "rancang-template.h"
#include "fixture.h"

#define BONTANG EXAMPLES_DIR "/renja-bontang-2023.xml"
#define SERANG  EXAMPLES_DIR "/renstra-serang-2019-2023.xml"
#define BASE    SHARE_DATA_DIR "/base.xml"
#define PART_A  SHARE_DATA_DIR "/part-a.xml"
#define PART_B  SHARE_DATA_DIR "/part-b.xml"

static RancangDocument *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = rancang_document_load_file (path, &error);

  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  return doc;
}

static RancangNode *
find_row (RancangDocument *doc,
          const char      *table,
          const char      *kode)
{
  RancangNode *t = rancang_document_lookup_id (doc, table);

  ck_assert_ptr_nonnull (t);
  for (RancangNode *r = rancang_node_get_first_child (t); r; r = rancang_node_get_next (r))
    if (!rancang_node_is_text (r) && rancang_node_is (r, "row")
        && g_strcmp0 (rancang_node_get_attr (r, "kode"), kode) == 0)
      return r;
  ck_abort_msg ("no row %s in %s", kode, table);
  return NULL;
}

static RancangNode *
find_cell (RancangNode *row,
           const char  *k)
{
  for (RancangNode *c = rancang_node_get_first_child (row); c; c = rancang_node_get_next (c))
    if (!rancang_node_is_text (c) && g_strcmp0 (rancang_node_get_attr (c, "k"), k) == 0)
      return c;
  ck_abort_msg ("no cell %s", k);
  return NULL;
}

/* The 2023 pagu of the total KODE (NULL: TOTAL) of renja-fixtures-bontang
 * B-3.3, as the computed text of a cell. */
static const char *
b33_total_pagu (const char *kode)
{
  static Fixture *fx;
  const FixtureNode *totals;

  if (fx == NULL)
    fx = fixture_load ("renja-fixtures-bontang.yaml");
  totals = fx_get (fixture_document (fx, "B-3.3"), "totals");
  for (guint i = 0; i < fx_len (totals); i++)
    if (g_strcmp0 (fx_str (fx_at (totals, i), "kode"), kode) == 0)
      return fx_str (fx_at (totals, i), "pagu_2023");
  ck_abort_msg ("%s: no total %s", fx_where (totals), kode);
  return NULL;
}

/* The lines of all changes, joined, for searching. */
static char *
lines (GPtrArray *changes)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = rancang_change_to_line (g_ptr_array_index (changes, i));
      g_string_append_printf (out, "%s\n", line);
    }
  return g_string_free (out, FALSE);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p; p = strstr (p + 1, needle))
    n++;
  return n;
}

START_TEST (test_identical)
{
  g_autoptr(RancangDocument) a = load (BONTANG);
  g_autoptr(RancangDocument) b = load (BONTANG);
  g_autoptr(GPtrArray) changes = rancang_diff_documents (a, b);

  ck_assert_uint_eq (changes->len, 0);
}
END_TEST

START_TEST (test_pagu)
{
  g_autoptr(RancangDocument) a = load (BONTANG);
  g_autoptr(RancangDocument) b = load (BONTANG);
  g_autoptr(GPtrArray) changes = NULL;
  RancangChange *c;

  rancang_node_set_content (find_cell (find_row (b, "t3-3", "5.03.01.2.01.07"), "pagu"), "6000000");
  changes = rancang_diff_documents (a, b);
  ck_assert_uint_eq (changes->len, 1);
  c = g_ptr_array_index (changes, 0);
  ck_assert_str_eq (c->what, "cell");
  ck_assert_str_eq (c->change, "changed");
  ck_assert_str_eq (c->where, "t3-3");
  ck_assert_str_eq (c->key, "5.03.01.2.01.07");
  ck_assert_str_eq (c->field, "pagu");
  ck_assert_str_eq (c->old_value, "5916000");
  ck_assert_str_eq (c->new_value, "6000000");
  ck_assert_str_eq (c->difference, "+84000");

  /* the other way round, the difference is negative */
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = rancang_diff_documents (b, a);
  ck_assert_uint_eq (changes->len, 1);
  c = g_ptr_array_index (changes, 0);
  ck_assert_str_eq (c->difference, "-84000");
}
END_TEST

START_TEST (test_structure)
{
  g_autoptr(RancangDocument) a = load (BONTANG);
  g_autoptr(RancangDocument) b = load (BONTANG);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *text = NULL;
  RancangNode *s13 = rancang_document_lookup_id (b, "s1-3");
  RancangNode *s14 = rancang_document_lookup_id (b, "s1-4");
  RancangNode *s24 = rancang_document_lookup_id (b, "s2-4");
  RancangNode *s11 = rancang_document_lookup_id (b, "s1-1");
  RancangNode *p = rancang_node_get_child (s11, "p");
  RancangNode *added = rancang_node_new_element ("section");
  RancangNode *row = find_row (b, "t3-3", "5.03.01.2.01.07");
  RancangNode *new_row = rancang_node_copy (row);

  /* s1-4 before s1-3: one of the two moved (here s1-3, after s1-4) */
  rancang_node_unlink (s14);
  rancang_node_insert_before (s13, s14);
  /* s2-4 removed, a new section at the end of BAB I */
  rancang_node_unlink (s24);
  rancang_node_free (s24);
  rancang_node_set_child_content (added, "title", "TAMBAHAN");
  rancang_node_insert_after (s13, added);
  /* the first paragraph of 1.1 changed */
  rancang_node_set_content (p, "Paragraf baru.");
  /* a row added after 5.03.01.2.01.07, and 5.03.01.2.01.07 removed */
  rancang_node_set_attr (new_row, "kode", "5.03.01.2.01.99");
  rancang_node_insert_after (row, new_row);
  rancang_node_unlink (row);
  rancang_node_free (row);

  changes = rancang_diff_documents (a, b);
  text = lines (changes);
  ck_assert_msg (count (text, "section\tmoved\t1.4\ts1-3\tnumber\t1.3\t1.4\n") == 1, "%s", text);
  ck_assert_msg (count (text, "\tmoved\t") == 1, "%s", text);
  ck_assert_msg (count (text, "section\tremoved\t2.4\t\ttitle\t") == 1, "%s", text);
  ck_assert_msg (count (text, "section\tadded\t1.5\t\ttitle\t\tTAMBAHAN\n") == 1, "%s", text);
  ck_assert_msg (count (text, "paragraph\tchanged\t1.1\t1\t\tBerlakunya Undang-Undang") == 1, "%s", text);
  ck_assert_msg (count (text, "\tParagraf baru.\n") == 1, "%s", text);
  ck_assert_msg (count (text, "row\tadded\tt3-3\t5.03.01.2.01.99\t\t\tEvaluasi Kinerja Perangkat Daerah\n") == 1, "%s", text);
  ck_assert_msg (count (text, "row\tremoved\tt3-3\t5.03.01.2.01.07\t\tEvaluasi Kinerja Perangkat Daerah\n") == 1, "%s", text);
  /* in document order: 1.1 before 1.3 before 2.4 before t3-3 */
  ck_assert_msg (strstr (text, "paragraph\tchanged\t1.1") != NULL && strstr (text, "paragraph\tchanged\t1.1") < strstr (text, "section\tmoved\t1.4"), "%s", text);
  ck_assert_msg (strstr (text, "section\tmoved\t1.4") != NULL && strstr (text, "section\tmoved\t1.4") < strstr (text, "section\tremoved\t2.4"), "%s", text);
  ck_assert_msg (strstr (text, "section\tremoved\t2.4") != NULL && strstr (text, "section\tremoved\t2.4") < strstr (text, "row\tadded\tt3-3"), "%s", text);
}
END_TEST

START_TEST (test_csv)
{
  RancangChange c = { "cell", "changed", "t3-3", "5.03", "uraian", "a, \"b\"", "c", NULL };
  g_autofree char *csv = rancang_change_to_csv (&c);

  ck_assert_str_eq (csv, "cell,changed,t3-3,5.03,uraian,\"a, \"\"b\"\"\",c,");
}
END_TEST

/* The computed value of COLUMN in the row with KODE (NULL: the total row). */
static char *
computed (RancangDocument *doc,
          const char      *table_id,
          const char      *kode,
          const char      *column)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangTemplateSet) set = rancang_template_set_new_builtin (&error);
  g_autoptr(GPtrArray) tables = NULL;

  ck_assert_msg (set != NULL, "%s", error ? error->message : "");
  tables = rancang_document_tables (doc, set, NULL);
  for (guint i = 0; i < tables->len; i++)
    {
      RancangTable *t = g_ptr_array_index (tables, i);
      int c;

      if (g_strcmp0 (rancang_table_get_id (t), table_id) != 0)
        continue;
      c = rancang_template_lookup_column (rancang_table_get_template (t), column);
      ck_assert_int_ge (c, 0);
      for (guint r = 0; r < rancang_table_get_n_rows (t); r++)
        if (kode != NULL ? g_strcmp0 (rancang_table_get_kode (t, r), kode) == 0
                         : rancang_table_get_level (t, r) == RANCANG_LEVEL_TOTAL)
          {
            RancangDecimal value;
            ck_assert_int_eq (rancang_table_get_value (t, r, (guint) c, &value), RANCANG_VALUE_NUMBER);
            return rancang_decimal_to_c_string (value);
          }
    }
  ck_abort_msg ("no row %s in %s", kode ? kode : "TOTAL", table_id);
  return NULL;
}

static guint
count_rows (RancangDocument *doc,
            const char      *table_id,
            const char      *office)
{
  RancangNode *t = rancang_document_lookup_id (doc, table_id);
  guint n = 0;

  for (RancangNode *r = rancang_node_get_first_child (t); r; r = rancang_node_get_next (r))
    if (!rancang_node_is_text (r) && rancang_node_is (r, "row")
        && (office == NULL || g_strcmp0 (rancang_node_get_attr (r, "office"), office) == 0))
      n++;
  return n;
}

START_TEST (test_merge_parts)
{
  g_autoptr(RancangDocument) base = load (BASE);
  g_autoptr(RancangDocument) a = load (PART_A);
  g_autoptr(RancangDocument) b = load (PART_B);
  g_autoptr(RancangDocument) bontang = load (BONTANG);
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *program = NULL;
  g_autofree char *total = NULL;
  g_autofree char *bidang = NULL;

  ck_assert_uint_eq (count_rows (base, "t3-3", NULL), 10);
  /* B first: the order of the parts does not matter */
  ck_assert_uint_eq (rancang_merge_part (base, b, RANCANG_PREFER_NONE, conflicts), 0);
  ck_assert_uint_eq (rancang_merge_part (base, a, RANCANG_PREFER_NONE, conflicts), 0);
  ck_assert_uint_eq (conflicts->len, 0);
  ck_assert (rancang_document_check_rules (base, "merged", NULL));

  /* renja-fixtures-bontang B-3.3: program 5.03.01, bidang 5.03, TOTAL */
  program = computed (base, "t3-3", "5.03.01", "pagu");
  bidang = computed (base, "t3-3", "5.03", "pagu");
  total = computed (base, "t3-3", NULL, "pagu");
  ck_assert_str_eq (program, b33_total_pagu ("5.03.01"));
  ck_assert_str_eq (bidang, b33_total_pagu ("5.03"));
  ck_assert_str_eq (total, b33_total_pagu (NULL));

  /* every row once, each with its office, in the example's order: the
   * only differences from the example are the office attributes */
  ck_assert_uint_eq (count_rows (base, "t3-3", NULL), 62);
  ck_assert_uint_eq (count_rows (base, "t3-3", "BKPSDM-SEKRETARIAT"), 30);
  ck_assert_uint_eq (count_rows (base, "t3-3", "BKPSDM-BIDANG-PKA"), 22);
  ck_assert_uint_eq (count_rows (base, "t3-3", "BKPSDM"), 10);
  changes = rancang_diff_documents (bontang, base);
  ck_assert_uint_eq (changes->len, 62);
  for (guint i = 0; i < changes->len; i++)
    {
      RancangChange *c = g_ptr_array_index (changes, i);
      ck_assert_str_eq (c->what, "row");
      ck_assert_str_eq (c->field, "@office");
    }

  /* merging a part again adds nothing */
  ck_assert_uint_eq (rancang_merge_part (base, a, RANCANG_PREFER_NONE, conflicts), 0);
  ck_assert_uint_eq (count_rows (base, "t3-3", NULL), 62);
}
END_TEST

/* A section only in a part comes into the base with the office it came
 * from (issue #8: a merged document records which office contributed each
 * row and section), and the merged document is still valid. */
START_TEST (test_merge_section_office)
{
  g_autoptr(RancangDocument) base = load (BASE);
  g_autoptr(RancangDocument) a = load (PART_A);
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);
  g_autoptr(GError) error = NULL;
  RancangNode *chapter = rancang_node_get_first_child (rancang_document_get_body (a));
  RancangNode *section = rancang_node_new_element ("section");
  RancangNode *merged;

  while (chapter != NULL && (rancang_node_is_text (chapter) || !rancang_node_is (chapter, "chapter")))
    chapter = rancang_node_get_next (chapter);
  ck_assert_ptr_nonnull (chapter);
  rancang_node_set_attr (section, "id", "s-sekretariat");
  rancang_node_set_child_content (section, "title", "CATATAN SEKRETARIAT");
  rancang_node_append_child (chapter, section);

  ck_assert_uint_eq (rancang_merge_part (base, a, RANCANG_PREFER_NONE, conflicts), 0);
  merged = rancang_document_lookup_id (base, "s-sekretariat");
  ck_assert_ptr_nonnull (merged);
  ck_assert_str_eq (rancang_node_get_attr (merged, "office"), "BKPSDM-SEKRETARIAT");
  ck_assert_msg (rancang_document_validate (base, "merged.xml", &error), "%s", error ? error->message : "");
}
END_TEST

START_TEST (test_merge_conflict)
{
  g_autoptr(RancangDocument) base = load (BONTANG);
  g_autoptr(RancangDocument) a = load (PART_A);
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);
  RancangConflict *c;
  g_autofree char *line = NULL;

  rancang_node_set_content (find_cell (find_row (a, "t3-3", "5.03.01.2.01.07"), "pagu"), "6000000");
  ck_assert_uint_eq (rancang_merge_part (base, a, RANCANG_PREFER_NONE, conflicts), 1);
  ck_assert_uint_eq (conflicts->len, 1);
  c = g_ptr_array_index (conflicts, 0);
  ck_assert_str_eq (c->table, "t3-3");
  ck_assert_str_eq (c->kode, "5.03.01.2.01.07");
  ck_assert_str_eq (c->column, "pagu");
  ck_assert_str_eq (c->base_value, "5916000");
  ck_assert_str_eq (c->part_value, "6000000");
  ck_assert_str_eq (c->base_office, "BKPSDM");
  ck_assert_str_eq (c->part_office, "BKPSDM-SEKRETARIAT");
  line = rancang_conflict_to_line (c);
  ck_assert_str_eq (line, "conflict\tt3-3\t5.03.01.2.01.07\tpagu\t5916000\tBKPSDM\t6000000\tBKPSDM-SEKRETARIAT");
  /* the base value is kept */
  ck_assert_str_eq (rancang_node_get_text (rancang_node_get_first_child (find_cell (find_row (base, "t3-3", "5.03.01.2.01.07"), "pagu"))), "5916000");
}
END_TEST

START_TEST (test_merge_prefer)
{
  g_autoptr(RancangDocument) base = load (BONTANG);
  g_autoptr(RancangDocument) a = load (PART_A);
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);
  g_autofree char *value = NULL;

  rancang_node_set_content (find_cell (find_row (a, "t3-3", "5.03.01.2.01.07"), "pagu"), "6000000");
  ck_assert_uint_eq (rancang_merge_part (base, a, RANCANG_PREFER_PART, conflicts), 0);
  ck_assert_uint_eq (conflicts->len, 0);
  value = rancang_node_dup_content (find_cell (find_row (base, "t3-3", "5.03.01.2.01.07"), "pagu"));
  ck_assert_str_eq (value, "6000000");
}
END_TEST

START_TEST (test_kode_order)
{
  ck_assert_int_lt (rancang_kode_compare ("5.03.01", "5.03.02"), 0);
  ck_assert_int_lt (rancang_kode_compare ("5.3", "5.10"), 0);
  ck_assert_int_eq (rancang_kode_compare ("5.03", "5.3"), 0);
  ck_assert_int_lt (rancang_kode_compare ("5.03", "5.03.01"), 0);
  ck_assert_int_gt (rancang_kode_compare ("5.04", "5.03.99"), 0);
  ck_assert_int_lt (rancang_kode_compare ("X.XX.01", "X.XX.02"), 0);
}
END_TEST

START_TEST (test_stamp)
{
  g_autoptr(RancangDocument) doc = load (BASE);
  g_autoptr(RancangDocument) copy = load (BASE);
  g_autoptr(RancangDocument) again = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 23, 20, 45, 52);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *xml = NULL;
  gsize length;

  ck_assert_uint_eq (rancang_document_get_revision (doc), 0);
  rancang_document_stamp (doc, when);
  ck_assert_uint_eq (rancang_document_get_revision (doc), 1);
  rancang_document_stamp (doc, when);
  ck_assert_uint_eq (rancang_document_get_revision (doc), 2);
  /* the id stays */
  ck_assert_str_eq (rancang_node_get_attr (rancang_document_get_root (doc), "id"), "bontang-renja-2023");
  ck_assert_str_eq (rancang_document_get_option (doc, "saved"), "2026-11-23T20:45:52Z");
  /* still a valid document, and to diff the same one */
  xml = rancang_document_to_xml (doc, &length);
  again = rancang_document_load_data (xml, length, "stamped", &error);
  ck_assert_msg (again != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (rancang_document_get_revision (again), 2);
  changes = rancang_diff_documents (copy, again);
  ck_assert_uint_eq (changes->len, 0);

  /* a document without id gets one */
  rancang_node_set_attr (rancang_document_get_root (copy), "id", NULL);
  rancang_document_stamp (copy, NULL);
  ck_assert (g_str_has_prefix (rancang_node_get_attr (rancang_document_get_root (copy), "id"), "doc-"));
}
END_TEST

START_TEST (test_link)
{
  g_autoptr(RancangDocument) renja = load (BONTANG);
  g_autoptr(RancangDocument) renstra = load (SERANG);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  RancangNode *t61 = rancang_document_lookup_id (renstra, "t6-1");
  RancangNode *row = NULL;
  RancangNode *c;

  /* Bontang 2023 is the fifth year of Serang's 2019-2023: column t5. One
   * Renstra row is given the kode of Bontang's kegiatan 5.03.01.2.01
   * (target 2) and a target 3 for 2023; another the kode of program
   * 5.03.01 (target 100) and the same target. */
  ck_assert_ptr_nonnull (t61);
  for (RancangNode *r = rancang_node_get_first_child (t61); r && row == NULL; r = rancang_node_get_next (r))
    if (!rancang_node_is_text (r) && rancang_node_is (r, "row"))
      row = r;
  rancang_node_set_attr (row, "kode", "5.03.01.2.01");
  c = rancang_node_new_element ("c");
  rancang_node_set_attr (c, "k", "t5");
  rancang_node_set_content (c, "3");
  rancang_node_append_child (row, c);
  row = rancang_node_copy (row);
  rancang_node_set_attr (row, "kode", "5.03.01");
  rancang_node_set_content (find_cell (row, "t5"), "100.0");
  rancang_node_append_child (t61, row);

  ck_assert (rancang_link_documents (renja, renstra, &error));
  ck_assert_str_eq (rancang_document_get_option (renja, "renstra"), "serang-renstra-2019-2023");
  lines = rancang_link_compare (renja, renstra, &error);
  ck_assert_msg (lines != NULL, "%s", error ? error->message : "");
  {
    guint found = 0;

    /* Serang's other rows have no kode: they are matched by indikator, and
     * some differ; the two with a kode give one line, the kegiatan's */
    for (guint i = 0; i < lines->len; i++)
      {
        const char *line = g_ptr_array_index (lines, i);
        ck_assert_msg (!g_str_has_prefix (line, "t3-3\t5.03.01\t"), "%s", line);
        if (strcmp (line, "t3-3\t5.03.01.2.01\ttarget\t2\t3\tthe target for 2023 differs from the Renstra's (t6-1, t5)") == 0)
          found++;
      }
    ck_assert_uint_eq (found, 1);
  }
  /* Bontang's kegiatan 5.03.01.2.02 is planned nowhere in the Renstra,
   * neither by kode nor by name; 5.03.01.2.01 and 5.03.01 now are. */
  {
    gboolean absent_02 = FALSE;

    for (guint i = 0; i < lines->len; i++)
      {
        const char *line = g_ptr_array_index (lines, i);
        if (g_str_has_prefix (line, "t3-3\t5.03.01.2.02\tkode\t")
            && g_str_has_suffix (line, "\tthe kegiatan is not in the Renstra"))
          absent_02 = TRUE;
        ck_assert_msg (!g_str_has_prefix (line, "t3-3\t5.03.01.2.01\tkode\t"), "%s", line);
        ck_assert_msg (!g_str_has_prefix (line, "t3-3\t5.03.01\tkode\t"), "%s", line);
      }
    ck_assert (absent_02);
  }

  /* the other way round is refused */
  g_clear_error (&error);
  ck_assert (!rancang_link_documents (renstra, renja, &error));
  ck_assert (g_error_matches (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_ARGUMENT));
  /* and a Renja linked to another Renstra is not compared with this one */
  g_clear_error (&error);
  rancang_node_set_attr (rancang_document_get_root (renstra), "id", "lain");
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = rancang_link_compare (renja, renstra, &error);
  ck_assert_ptr_null (lines);
}
END_TEST

/* A conflict on a text cell (an indikator typed over two lines by one
 * office) is still one line of seven fields, so it cannot be misread. */
START_TEST (test_conflict_line_stays_one_line)
{
  RancangConflict c = { "t3-3", "5.03.01.2.01.07", "indikator",
                        "Jumlah dokumen\nperencanaan", "Jumlah\tdokumen", "BKPSDM", NULL };
  g_autofree char *line = rancang_conflict_to_line (&c);
  g_auto(GStrv) fields = g_strsplit (line, "\t", -1);

  ck_assert_ptr_null (strchr (line, '\n'));
  ck_assert_uint_eq (g_strv_length (fields), 8);
  ck_assert_str_eq (fields[4], "Jumlah dokumen perencanaan");
  ck_assert_str_eq (fields[6], "Jumlah dokumen");
  ck_assert_str_eq (fields[7], "");
}
END_TEST

/* Merged in the window: through the history, one step, undone whole. */
START_TEST (test_merge_history)
{
  g_autoptr(RancangDocument) base = load (BASE);
  g_autoptr(RancangDocument) fresh = load (BASE);
  g_autoptr(RancangDocument) a = load (PART_A);
  g_autoptr(RancangDocument) b = load (PART_B);
  g_autoptr(RancangHistory) history = rancang_history_new ();
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *total = NULL;

  rancang_history_begin (history, "Import", NULL);
  ck_assert_uint_eq (rancang_merge_part_full (base, a, RANCANG_PREFER_NONE, NULL, history, conflicts), 0);
  ck_assert_uint_eq (rancang_merge_part_full (base, b, RANCANG_PREFER_NONE, NULL, history, conflicts), 0);
  rancang_history_end (history);
  ck_assert_uint_eq (rancang_history_get_n_steps (history), 1);
  ck_assert_uint_eq (count_rows (base, "t3-3", NULL), 62);
  /* renja-fixtures-bontang B-3.3: TOTAL */
  total = computed (base, "t3-3", NULL, "pagu");
  ck_assert_str_eq (total, b33_total_pagu (NULL));

  ck_assert (rancang_history_undo (history));
  ck_assert_uint_eq (count_rows (base, "t3-3", NULL), 10);
  changes = rancang_diff_documents (fresh, base);
  ck_assert_uint_eq (changes->len, 0);
  ck_assert (rancang_history_redo (history));
  ck_assert_uint_eq (count_rows (base, "t3-3", "BKPSDM-BIDANG-PKA"), 22);
  ck_assert_uint_eq (count_rows (base, "t3-3", NULL), 62);
}
END_TEST

/* A decision per conflicting cell: the other office's value, or ours. */
START_TEST (test_merge_decisions)
{
  g_autoptr(RancangDocument) base = load (BONTANG);
  g_autoptr(RancangDocument) a = load (PART_A);
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);
  g_autoptr(GHashTable) decisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  RancangConflict which = { "t3-3", "5.03.01.2.01.07", "pagu", NULL, NULL, NULL, NULL };
  g_autofree char *value = NULL;

  rancang_node_set_content (find_cell (find_row (a, "t3-3", "5.03.01.2.01.07"), "pagu"), "6000000");
  rancang_node_set_content (find_cell (find_row (a, "t3-3", "5.03.01.2.02.01"), "pagu"), "1");
  g_hash_table_insert (decisions, rancang_conflict_key (&which), GINT_TO_POINTER (RANCANG_PREFER_PART));
  /* one decided, one not: the other is still a conflict */
  ck_assert_uint_eq (rancang_merge_part_full (base, a, RANCANG_PREFER_NONE, decisions, NULL, conflicts), 1);
  ck_assert_str_eq (((RancangConflict *) g_ptr_array_index (conflicts, 0))->kode, "5.03.01.2.02.01");
  value = rancang_node_dup_content (find_cell (find_row (base, "t3-3", "5.03.01.2.01.07"), "pagu"));
  ck_assert_str_eq (value, "6000000");
  g_clear_pointer (&value, g_free);
  value = rancang_node_dup_content (find_cell (find_row (base, "t3-3", "5.03.01.2.02.01"), "pagu"));
  ck_assert_str_eq (value, "8710138722");
}
END_TEST

/* Only the chosen tables and sections of a part are imported. */
START_TEST (test_merge_select)
{
  g_autoptr(RancangDocument) base = load (BASE);
  g_autoptr(RancangDocument) a = load (PART_A);
  g_autoptr(GPtrArray) items = rancang_merge_list_items (a);
  g_autoptr(GHashTable) chosen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(RancangDocument) none = NULL;
  g_autoptr(RancangDocument) only = NULL;
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);
  RancangMergeItem *t33 = NULL;

  for (guint i = 0; i < items->len; i++)
    {
      RancangMergeItem *item = g_ptr_array_index (items, i);
      if (g_strcmp0 (item->key, "table:t3-3") == 0)
        t33 = item;
    }
  ck_assert_ptr_nonnull (t33);
  ck_assert (t33->is_table);
  /* t3-3 is numbered="false": its caption names it */
  ck_assert_msg (g_str_has_prefix (t33->label, "RUMUSAN RENCANA PROGRAM"), "%s", t33->label);
  ck_assert_uint_gt (t33->n_rows, 0);

  none = rancang_merge_select (a, chosen);
  ck_assert_ptr_null (rancang_document_lookup_id (none, "t3-3"));
  ck_assert_uint_eq (rancang_merge_part (base, none, RANCANG_PREFER_NONE, conflicts), 0);
  ck_assert_uint_eq (count_rows (base, "t3-3", NULL), 10);

  g_hash_table_add (chosen, "table:t3-3");
  only = rancang_merge_select (a, chosen);
  ck_assert_ptr_nonnull (rancang_document_lookup_id (only, "t3-3"));
  ck_assert_ptr_null (rancang_document_lookup_id (only, "t2-5"));
  ck_assert_uint_eq (rancang_merge_part (base, only, RANCANG_PREFER_NONE, conflicts), 0);
  ck_assert_uint_gt (count_rows (base, "t3-3", NULL), 10);
}
END_TEST

/* The window saves a stamped copy; its own tree then takes the stamp, so
 * that the next save counts on from it. */
START_TEST (test_take_stamp)
{
  g_autoptr(RancangDocument) doc = load (BONTANG);
  g_autoptr(RancangDocument) copy = NULL;
  g_autoptr(RancangDocument) again = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 11, 23, 8, 30, 0);
  guint64 revision = rancang_document_get_revision (doc);
  RancangNode *saved = NULL;

  copy = rancang_document_new_from_root (rancang_node_copy (rancang_document_get_root (doc)));
  rancang_document_stamp (copy, now);
  ck_assert_uint_eq (rancang_document_get_revision (doc), revision);
  rancang_document_take_stamp (doc, copy);
  ck_assert_uint_eq (rancang_document_get_revision (doc), revision + 1);
  ck_assert_str_eq (rancang_node_get_attr (rancang_document_get_root (doc), "id"),
                    rancang_node_get_attr (rancang_document_get_root (copy), "id"));
  for (RancangNode *n = rancang_node_get_first_child (rancang_document_get_metadata (doc)); n; n = rancang_node_get_next (n))
    if (!rancang_node_is_text (n) && g_strcmp0 (rancang_node_get_attr (n, "name"), "saved") == 0)
      saved = n;
  ck_assert_ptr_nonnull (saved);
  ck_assert_str_eq (rancang_node_get_attr (saved, "value"), "2026-11-23T08:30:00Z");

  again = rancang_document_new_from_root (rancang_node_copy (rancang_document_get_root (doc)));
  rancang_document_stamp (again, now);
  ck_assert_uint_eq (rancang_document_get_revision (again), revision + 2);
}
END_TEST

/* A change leads to its place in the newer document. */
START_TEST (test_locate)
{
  g_autoptr(RancangDocument) a = load (BONTANG);
  g_autoptr(RancangDocument) b = load (BONTANG);
  g_autoptr(GPtrArray) changes = NULL;
  RancangNode *row = find_row (b, "t3-3", "5.03.01.2.01.07");
  const char *column = NULL;

  rancang_node_set_content (find_cell (row, "pagu"), "6000000");
  changes = rancang_diff_documents (a, b);
  ck_assert_uint_eq (changes->len, 1);
  ck_assert_ptr_eq (rancang_diff_locate (b, g_ptr_array_index (changes, 0), &column), row);
  ck_assert_str_eq (column, "pagu");

  /* a removed row: the row above it by kode */
  rancang_node_unlink (row);
  rancang_node_free (row);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = rancang_diff_documents (a, b);
  ck_assert_uint_eq (changes->len, 1);
  ck_assert_str_eq (((RancangChange *) g_ptr_array_index (changes, 0))->change, "removed");
  ck_assert_ptr_eq (rancang_diff_locate (b, g_ptr_array_index (changes, 0), &column),
                    find_row (b, "t3-3", "5.03.01.2.01"));
  ck_assert_ptr_null (column);
}
END_TEST

/* ------------------------------------------------ fill from the Renstra */

static const char *
cell_text (RancangNode *row,
           const char  *k)
{
  RancangNode *c = find_cell (row, k);
  RancangNode *text = rancang_node_get_first_child (c);

  return text != NULL ? rancang_node_get_text (text) : "";
}

/* VALUE (as the fixture prints it, with a decimal comma) equals TEXT */
static void
assert_number (const char *text,
               const char *value)
{
  g_autofree char *c = g_strdelimit (g_strdup (value), ",", '.');
  RancangDecimal a, b;

  ck_assert_msg (rancang_decimal_parse_c (text, &a) && rancang_decimal_parse_c (c, &b)
                 && rancang_decimal_cmp (a, b) == 0, "%s is not %s", text, value);
}

/* The row of TABLE whose indikator is INDIKATOR. */
static RancangNode *
find_indikator (RancangNode *table,
                const char  *indikator)
{
  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    if (!rancang_node_is_text (r) && rancang_node_is (r, "row")
        && g_ascii_strcasecmp (cell_text (r, "indikator"), indikator) == 0)
      return r;
  ck_abort_msg ("no row %s", indikator);
  return NULL;
}

/* A new Renja for 2021 (year 3 of the Serang Renstra 2019-2023) gets the
 * Renstra's tujuan, sasaran, programs, kegiatan and sub kegiatan with the
 * 2021 targets and pagu (swot-fixtures.md F6, renstra-swot.md 4.8). */
START_TEST (test_fill_new_renja)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) renja = rancang_document_new_from_template (RANCANG_KIND_RENJA, 2021, &error);
  g_autoptr(RancangDocument) renstra = load (SERANG);
  g_autoptr(RancangFillResult) result = NULL;
  g_autoptr(RancangDocument) again = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(RancangTemplateSet) set = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *xml = NULL;
  const char *program_id, *tujuan_id;
  gsize length;
  int start, end;
  g_autoptr(Fixture) fx = fixture_load ("swot-fixtures.yaml");
  const FixtureNode *f6_rows = fx_get (fixture_document (fx, "F6"), "rows");

  ck_assert_msg (renja != NULL, "%s", error ? error->message : "");
  result = rancang_link_fill_from_renstra (renja, renstra, NULL, &error);
  ck_assert_msg (result != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (result->kept->len, 0);
  ck_assert_ptr_nonnull (result->tujuan_table);
  ck_assert_ptr_nonnull (result->program_table);
  ck_assert_uint_gt (result->n_added, 50);
  /* where the Renja outline puts them */
  ck_assert_str_eq (rancang_node_get_attr (rancang_node_get_parent (result->tujuan_table), "id"), "tujuan-dan-sasaran");
  ck_assert_str_eq (rancang_node_get_attr (rancang_node_get_parent (result->program_table), "id"), "program-dan-kegiatan");
  ck_assert_str_eq (rancang_document_get_option (renja, "renstra"), "serang-renstra-2019-2023");
  rancang_document_get_period (renja, &start, &end);
  ck_assert_int_eq (start, 2019);
  ck_assert_int_eq (end, 2023);

  /* Tabel 4.1, 2021: 0.90, 86, 75 */
  assert_number (cell_text (find_indikator (result->tujuan_table, "INDEKS PROFESIONALITAS ASN"), "t3"), "0,90");
  assert_number (cell_text (find_indikator (result->tujuan_table, "Capaian Pelayanan administrasi kepegawaian"), "t3"), "86");
  assert_number (cell_text (find_indikator (result->tujuan_table, "Capaian pengembangan Kompetensi dan Pendidikan dan Pelatihan Aparatur"), "t3"), "75");
  ck_assert_str_eq (rancang_node_get_attr (find_indikator (result->tujuan_table, "INDEKS PROFESIONALITAS ASN"), "level"), "tujuan");

  program_id = rancang_node_get_attr (result->program_table, "id");
  tujuan_id = rancang_node_get_attr (result->tujuan_table, "id");
  ck_assert_ptr_nonnull (tujuan_id);
  /* F6, 2021 and 2022: each sub kegiatan's target and rp (a zero rp is
   * printed "-": no pagu); the kegiatan's target, and its rp the sum of
   * its sub kegiatan */
  for (guint i = 0; i < fx_len (f6_rows); i++)
    {
      const FixtureNode *f = fx_at (f6_rows, i);
      RancangNode *row = find_row (renja, program_id, fx_str (f, "kode"));

      assert_number (cell_text (row, "target"), fx_str (f, "target/2021"));
      assert_number (cell_text (row, "target_maju"), fx_str (f, "target/2022"));
      if (g_strcmp0 (fx_str (f, "level"), "sub_kegiatan") == 0)
        {
          ck_assert_str_eq (rancang_node_get_attr (row, "level"), "subkegiatan");
          if (g_strcmp0 (fx_str (f, "rp/2021"), "0") != 0)
            assert_number (cell_text (row, "pagu"), fx_str (f, "rp/2021"));
          else
            for (RancangNode *c = rancang_node_get_first_child (row); c; c = rancang_node_get_next (c))
              if (!rancang_node_is_text (c) && g_strcmp0 (rancang_node_get_attr (c, "k"), "pagu") == 0)
                ck_assert_msg (g_strcmp0 (cell_text (row, "pagu"), "-") == 0, "%s: pagu %s",
                               fx_where (f), cell_text (row, "pagu"));
          assert_number (cell_text (row, "pagu_maju"), fx_str (f, "rp/2022"));
        }
      else
        {
          g_autofree char *pagu = computed (renja, program_id, fx_str (f, "kode"), "pagu");
          g_autofree char *maju = computed (renja, program_id, fx_str (f, "kode"), "pagu_maju");

          ck_assert_str_eq (pagu, fx_str (f, "rp/2021"));
          ck_assert_str_eq (maju, fx_str (f, "rp/2022"));
        }
    }
  /* PROGRAM KEPEGAWAIAN DAERAH: target 86, rp 3411989674 in 2021 */
  assert_number (cell_text (find_row (renja, program_id, "5.03.02"), "target"), "86");
  assert_number (cell_text (find_row (renja, program_id, "5.03.02"), "pagu"), "3411989674");
  /* kode order: the kegiatan before its sub kegiatan, 5.03.02.2.03.04 before .14 */
  {
    RancangNode *k = find_row (renja, program_id, "5.03.02.2.03");
    RancangNode *a = find_row (renja, program_id, "5.03.02.2.03.04");
    RancangNode *b = find_row (renja, program_id, "5.03.02.2.03.14");
    gboolean seen_k = FALSE, seen_a = FALSE;
    for (RancangNode *r = rancang_node_get_first_child (result->program_table); r; r = rancang_node_get_next (r))
      {
        if (r == k)
          seen_k = TRUE;
        if (r == a)
          {
            ck_assert (seen_k);
            seen_a = TRUE;
          }
        if (r == b)
          ck_assert (seen_a);
      }
  }

  /* the Renja is a valid document, and the checker finds no target that
   * differs from the Renstra's and no roll-up that does not add up */
  xml = rancang_document_to_xml (renja, &length);
  again = rancang_document_load_data (xml, length, "filled.xml", &error);
  ck_assert_msg (again != NULL, "%s", error ? error->message : "");
  lines = rancang_link_compare (again, renstra, &error);
  ck_assert_ptr_nonnull (lines);
  ck_assert_msg (lines->len == 0, "%s", lines->len ? (char *) g_ptr_array_index (lines, 0) : "");
  /* the only roll-ups that do not add up are the Renstra's own for 2021
   * (the kegiatan 5.03.02.2.04 and the program 5.03.01 state more than
   * their rows): the same kode, the same stated value */
  set = rancang_template_set_new_builtin (&error);
  findings = rancang_check_document (again, set);
  {
    g_autoptr(GPtrArray) own = rancang_check_document (renstra, set);
    g_autoptr(GString) renstra_lines = g_string_new (NULL);

    for (guint i = 0; i < own->len; i++)
      {
        g_autofree char *line = rancang_finding_to_line (g_ptr_array_index (own, i));
        g_auto(GStrv) f = g_strsplit (line, "\t", 5);
        if (g_strcmp0 (f[0], "t6-2") == 0 && g_strcmp0 (f[2], "pagu3") == 0 && *f[1] != '#')
          g_string_append_printf (renstra_lines, "%s\t%s\n", f[1], f[3]);
      }
    for (guint i = 0; i < findings->len; i++)
      {
        g_autofree char *line = rancang_finding_to_line (g_ptr_array_index (findings, i));
        g_auto(GStrv) f = g_strsplit (line, "\t", 5);
        g_autofree char *key = NULL;

        ck_assert_msg (g_strcmp0 (f[0], tujuan_id) != 0, "%s", line);
        if (g_strcmp0 (f[0], program_id) != 0 || g_strcmp0 (f[2], "pagu") != 0 || *f[1] == '#')
          {
            ck_assert_msg (g_strcmp0 (f[0], program_id) != 0 || g_strcmp0 (f[2], "pagu_maju") == 0 || *f[1] == '#', "%s", line);
            continue;
          }
        key = g_strdup_printf ("%s\t%s\n", f[1], f[3]);
        ck_assert_msg (strstr (renstra_lines->str, key) != NULL, "%s is not in the Renstra", line);
      }
  }
}
END_TEST

/* Filling a Renja that has some rows already: they are kept as they are,
 * the missing ones are inserted in kode order, and in one step to undo. */
START_TEST (test_fill_keeps_rows)
{
  g_autoptr(Fixture) fx = fixture_load ("swot-fixtures.yaml");
  const FixtureNode *f6_sub = fx_get (fixture_document (fx, "F6"), "rows/1");
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) renja = rancang_document_new_from_template (RANCANG_KIND_RENJA, 2021, &error);
  g_autoptr(RancangDocument) renstra = load (SERANG);
  g_autoptr(RancangFillResult) first = NULL;
  g_autoptr(RancangFillResult) second = NULL;
  g_autoptr(RancangHistory) history = rancang_history_new ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(RancangDocument) before = NULL;
  g_autofree char *xml = NULL;
  RancangNode *kegiatan, *sub, *next;
  const char *program_id;
  gsize length;
  guint n_rows;

  first = rancang_link_fill_from_renstra (renja, renstra, NULL, &error);
  ck_assert_msg (first != NULL, "%s", error ? error->message : "");
  program_id = rancang_node_get_attr (first->program_table, "id");
  n_rows = count_rows (renja, program_id, NULL);

  /* the planner changed one target and removed a kegiatan with one of
   * its sub kegiatan */
  rancang_node_set_content (find_cell (find_row (renja, program_id, "5.03.02"), "target"), "90");
  kegiatan = find_row (renja, program_id, "5.03.02.2.03");
  sub = find_row (renja, program_id, "5.03.02.2.03.01");
  next = find_row (renja, program_id, "5.03.02.2.03.03");
  rancang_node_unlink (kegiatan);
  rancang_node_free (kegiatan);
  rancang_node_unlink (sub);
  rancang_node_free (sub);
  xml = rancang_document_to_xml (renja, &length);
  before = rancang_document_load_data (xml, length, "before.xml", &error);

  second = rancang_link_fill_from_renstra (renja, renstra, history, &error);
  ck_assert_msg (second != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (second->n_added, 2);
  ck_assert_uint_eq (count_rows (renja, program_id, NULL), n_rows);
  /* the changed target is kept, not overwritten */
  ck_assert_str_eq (cell_text (find_row (renja, program_id, "5.03.02"), "target"), "90");
  {
    gboolean named = FALSE;
    for (guint i = 0; i < second->kept->len; i++)
      named |= g_strcmp0 (g_ptr_array_index (second->kept, i), "5.03.02") == 0;
    ck_assert (named);
  }
  /* in kode order: kegiatan, its sub kegiatan, then the one that stayed */
  kegiatan = find_row (renja, program_id, "5.03.02.2.03");
  sub = find_row (renja, program_id, "5.03.02.2.03.01");
  ck_assert_ptr_eq (rancang_node_get_next_named (kegiatan, "row"), sub);
  ck_assert_ptr_eq (rancang_node_get_next_named (sub, "row"), next);
  ck_assert_str_eq (fx_str (f6_sub, "kode"), "5.03.02.2.03.01");
  assert_number (cell_text (sub, "pagu"), fx_str (f6_sub, "rp/2021"));

  /* one step, undone at once */
  ck_assert_uint_eq (rancang_history_get_n_steps (history), 1);
  ck_assert (rancang_history_undo (history));
  changes = rancang_diff_documents (before, renja);
  ck_assert_uint_eq (changes->len, 0);
}
END_TEST

START_TEST (test_fill_outside_period)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) renja = rancang_document_new_from_template (RANCANG_KIND_RENJA, 2025, &error);
  g_autoptr(RancangDocument) renstra = load (SERANG);
  g_autoptr(RancangFillResult) result = NULL;

  result = rancang_link_fill_from_renstra (renja, renstra, NULL, &error);
  ck_assert_ptr_null (result);
  ck_assert_ptr_nonnull (error);
  ck_assert_msg (strstr (error->message, "2025") && strstr (error->message, "2019-2023"), "%s", error->message);
  /* nothing was changed */
  ck_assert_ptr_null (rancang_document_get_option (renja, "renstra"));
  ck_assert_ptr_null (rancang_document_lookup_id (renja, "rencana-program"));
}
END_TEST

int
main (void)
{
  Suite *s = suite_create ("share");
  TCase *tc = tcase_create ("diff");
  SRunner *runner;
  int failed;

  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_identical);
  tcase_add_test (tc, test_conflict_line_stays_one_line);
  tcase_add_test (tc, test_pagu);
  tcase_add_test (tc, test_structure);
  tcase_add_test (tc, test_csv);
  tcase_add_test (tc, test_merge_parts);
  tcase_add_test (tc, test_merge_section_office);
  tcase_add_test (tc, test_merge_conflict);
  tcase_add_test (tc, test_merge_prefer);
  tcase_add_test (tc, test_kode_order);
  tcase_add_test (tc, test_stamp);
  tcase_add_test (tc, test_link);
  tcase_add_test (tc, test_merge_history);
  tcase_add_test (tc, test_merge_decisions);
  tcase_add_test (tc, test_merge_select);
  tcase_add_test (tc, test_locate);
  tcase_add_test (tc, test_take_stamp);
  tcase_add_test (tc, test_fill_new_renja);
  tcase_add_test (tc, test_fill_keeps_rows);
  tcase_add_test (tc, test_fill_outside_period);
  suite_add_tcase (s, tc);
  runner = srunner_create (s);
  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
