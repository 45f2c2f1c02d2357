/* The document core: the tree, the XML format, hostile files, safe saves. */
#include <check.h>
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "fixture.h"
#include "rancang-document.h"

#define BONTANG EXAMPLES_DIR "/renja-bontang-2023.xml"
#define SERANG  EXAMPLES_DIR "/renstra-serang-2019-2023.xml"

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("rancang-test-XXXXXX", &error);

  ck_assert_msg (dir != NULL, "%s", error ? error->message : "");
  return dir;
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *data,
            gssize      length)
{
  char *path = g_build_filename (dir, name, NULL);

  ck_assert (g_file_set_contents (path, data, length, NULL));
  return path;
}

/* Loads DATA and returns the error message; fails the test if it loads. */
static char *
load_error (const char *data,
            gssize      length,
            int         expected_code)
{
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = rancang_document_load_data (data, length < 0 ? strlen (data) : (gsize) length,
                                                     "bad.xml", &error);

  ck_assert_msg (doc == NULL, "a bad file was accepted");
  ck_assert_ptr_nonnull (error);
  ck_assert_msg (error->code == expected_code, "error code %d, expected %d: %s",
                 error->code, expected_code, error->message);
  return g_strdup (error->message);
}

static const char *minimal_head =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<document xmlns=\"urn:rancang:document\" version=\"1\" kind=\"renja\">\n"
  "  <metadata><plan-year>2023</plan-year><period start=\"2021\" end=\"2026\"/>"
  "<pemda>Kota Bontang</pemda><opd acronym=\"BKPSDM\">Badan</opd><status>final</status>"
  "<paper size=\"a4\"/></metadata>\n";

static char *
minimal_document (const char *body)
{
  return g_strconcat (minimal_head, "  <body>", body, "</body>\n</document>\n", NULL);
}

/* ------------------------------------------------------------------ tree */

START_TEST (test_tree_links)
{
  g_autoptr(RancangNode) root = rancang_node_new_element ("body");
  RancangNode *a = rancang_node_new_element ("chapter");
  RancangNode *b = rancang_node_new_element ("chapter");
  RancangNode *c = rancang_node_new_element ("chapter");

  rancang_node_append_child (root, a);
  rancang_node_append_child (root, c);
  rancang_node_insert_before (c, b);
  ck_assert_ptr_eq (rancang_node_get_first_child (root), a);
  ck_assert_ptr_eq (rancang_node_get_next (a), b);
  ck_assert_ptr_eq (rancang_node_get_next (b), c);
  ck_assert_ptr_eq (rancang_node_get_prev (c), b);
  ck_assert_ptr_eq (rancang_node_get_last_child (root), c);

  /* Moving a node takes it out of where it was. */
  rancang_node_prepend_child (root, c);
  ck_assert_ptr_eq (rancang_node_get_first_child (root), c);
  ck_assert_ptr_eq (rancang_node_get_last_child (root), b);
  ck_assert_ptr_null (rancang_node_get_next (b));

  rancang_node_free (a);
  ck_assert_ptr_eq (rancang_node_get_next (c), b);
  ck_assert_ptr_eq (rancang_node_get_prev (b), c);
}
END_TEST

START_TEST (test_tree_attributes_keep_canonical_order)
{
  g_autoptr(RancangNode) row = rancang_node_new_element ("row");
  g_autoptr(RancangNode) copy = NULL;

  rancang_node_set_attr (row, "kode", "5.03.02");
  rancang_node_set_attr (row, "office", "Bidang Mutasi");
  rancang_node_set_attr (row, "level", "program");
  ck_assert_uint_eq (rancang_node_get_n_attrs (row), 3);
  ck_assert_str_eq (rancang_node_get_attr_name (row, 0), "level");
  ck_assert_str_eq (rancang_node_get_attr_name (row, 1), "kode");
  ck_assert_str_eq (rancang_node_get_attr_name (row, 2), "office");

  rancang_node_set_attr (row, "kode", "5.03.01");
  ck_assert_str_eq (rancang_node_get_attr (row, "kode"), "5.03.01");
  rancang_node_set_attr (row, "office", NULL);
  ck_assert_uint_eq (rancang_node_get_n_attrs (row), 2);

  rancang_node_set_child_content (row, "c", "Program Penunjang");
  copy = rancang_node_copy (row);
  ck_assert_str_eq (rancang_node_get_attr (copy, "kode"), "5.03.01");
  ck_assert_str_eq (rancang_node_get_child_content (copy, "c"), "Program Penunjang");
}
END_TEST

START_TEST (test_tree_many_rows_free_without_recursion)
{
  /* A 100,000-row table must not need 100,000 stack frames to free. */
  RancangNode *table = rancang_node_new_element ("table");

  for (int i = 0; i < 100000; i++)
    rancang_node_append_child (table, rancang_node_new_element ("row"));
  rancang_node_free (table);
}
END_TEST

/* ------------------------------------------------------------------ examples */

typedef struct
{
  GHashTable *elements; /* name -> count */
  GString    *text;     /* all text, whitespace removed */
} Census;

static void
census_xml (xmlNode *node,
            Census  *census)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          const char *name = (const char *) node->name;
          g_hash_table_insert (census->elements, g_strdup (name),
                               GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (census->elements, name)) + 1));
          for (xmlAttr *a = node->properties; a; a = a->next)
            {
              xmlChar *v = xmlNodeListGetString (node->doc, a->children, 1);
              g_string_append_printf (census->text, "@%s=%s", a->name, v);
              xmlFree (v);
            }
          census_xml (node->children, census);
        }
      else if (node->type == XML_TEXT_NODE)
        for (const char *p = (const char *) node->content; *p; p++)
          if (!g_ascii_isspace (*p))
            g_string_append_c (census->text, *p);
    }
}

/* Counts every element and keeps every character of text and attributes of
 * a file, read by libxml2 directly: what the round trip must preserve. */
static void
census_of_bytes (const char *data,
                 gsize       length,
                 Census     *census)
{
  xmlDocPtr xml = xmlReadMemory (data, (int) length, "census.xml", NULL, XML_PARSE_NONET);

  ck_assert_ptr_nonnull (xml);
  census->elements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  census->text = g_string_new (NULL);
  census_xml (xmlDocGetRootElement (xml), census);
  xmlFreeDoc (xml);
}

static void
assert_round_trip_loses_nothing (const char *path)
{
  g_autofree char *original = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(RancangDocument) again = NULL;
  gsize original_length, first_length, second_length;
  Census before, after;
  GHashTableIter iter;
  gpointer key, value;

  ck_assert (g_file_get_contents (path, &original, &original_length, NULL));
  doc = rancang_document_load_file (path, &error);
  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");

  first = rancang_document_to_xml (doc, &first_length);
  again = rancang_document_load_data (first, first_length, "first-save.xml", &error);
  ck_assert_msg (again != NULL, "the saved form does not load: %s", error ? error->message : "");
  second = rancang_document_to_xml (again, &second_length);

  /* Canonical: the second save repeats the first byte for byte, and the
   * example is stored in canonical form already. */
  ck_assert_uint_eq (first_length, second_length);
  ck_assert (memcmp (first, second, first_length) == 0);
  ck_assert_msg (first_length == original_length && memcmp (first, original, first_length) == 0,
                 "%s is not in canonical form; run rancang-cli normalize on it", path);

  census_of_bytes (original, original_length, &before);
  census_of_bytes (first, first_length, &after);
  ck_assert_str_eq (after.text->str, before.text->str);
  g_hash_table_iter_init (&iter, before.elements);
  while (g_hash_table_iter_next (&iter, &key, &value))
    ck_assert_msg (g_hash_table_lookup (after.elements, key) == value,
                   "<%s>: %d before, %d after", (char *) key, GPOINTER_TO_INT (value),
                   GPOINTER_TO_INT (g_hash_table_lookup (after.elements, key)));
  ck_assert_uint_eq (g_hash_table_size (after.elements), g_hash_table_size (before.elements));
  g_hash_table_unref (before.elements);
  g_hash_table_unref (after.elements);
  g_string_free (before.text, TRUE);
  g_string_free (after.text, TRUE);
}

START_TEST (test_bontang_round_trip)
{
  assert_round_trip_loses_nothing (BONTANG);
}
END_TEST

START_TEST (test_serang_round_trip)
{
  assert_round_trip_loses_nothing (SERANG);
}
END_TEST

START_TEST (test_bontang_content)
{
  g_autoptr(Fixture) fx = fixture_load ("rencana-aksi-fixtures.json");
  const FixtureNode *blocks = fixture_document (fx, "F-9");
  const FixtureNode *block = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (BONTANG, &error);
  RancangNode *body, *signatory;
  guint chapters = 0;

  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  ck_assert_int_eq (rancang_document_get_kind (doc), RANCANG_KIND_RENJA);
  ck_assert_int_eq (rancang_document_get_plan_year (doc), 2023);
  ck_assert_str_eq (rancang_document_get_meta (doc, "pemda"), "Kota Bontang");
  ck_assert_str_eq (rancang_document_get_opd_acronym (doc), "BKPSDM");

  body = rancang_document_get_body (doc);
  for (RancangNode *c = rancang_node_get_child (body, "chapter"); c; c = rancang_node_get_next_named (c, "chapter"))
    chapters++;
  ck_assert_uint_eq (chapters, 5); /* BAB I to BAB V */

  /* The Kata Pengantar is signed by the Kepala (seed 002, lines 33-39;
   * rencana-aksi-fixtures F-9, the block of the Renja Bontang). */
  signatory = rancang_node_get_child (rancang_node_get_child (rancang_document_get_root (doc), "signatories"), "signatory");
  for (guint i = 0; i < fx_len (blocks); i++)
    if (g_strcmp0 (fx_str (fx_at (blocks, i), "place"), "Bontang") == 0)
      block = fx_at (blocks, i);
  ck_assert_ptr_nonnull (block);
  ck_assert_str_eq (rancang_node_get_child_content (signatory, "name"), fx_str (block, "nama"));
  ck_assert_str_eq (rancang_node_get_child_content (signatory, "nip"), fx_str (block, "nip"));

  /* The four big tables are there, with the templates that compute them. */
  ck_assert_str_eq (rancang_node_get_attr (rancang_document_lookup_id (doc, "t2-1"), "template"), "evaluasi-renja");
  ck_assert_str_eq (rancang_node_get_attr (rancang_document_lookup_id (doc, "t2-5"), "template"), "review-rkpd");
  ck_assert_str_eq (rancang_node_get_attr (rancang_document_lookup_id (doc, "t3-3"), "template"), "rencana-program");
  ck_assert_ptr_nonnull (rancang_document_lookup_id (doc, "t4-1"));
}
END_TEST

/* The text of the cell KEY of ROW (a cell of plain text), or NULL. */
static const char *
cell_of (RancangNode *row,
         const char  *key)
{
  for (RancangNode *c = rancang_node_get_child (row, "c"); c; c = rancang_node_get_next_named (c, "c"))
    if (g_strcmp0 (rancang_node_get_attr (c, "k"), key) == 0)
      {
        RancangNode *text = rancang_node_get_first_child (c);

        return text != NULL && rancang_node_is_text (text) ? rancang_node_get_text (text) : "";
      }
  return NULL;
}

/* The item rows of TABLE are the factors of FIXTURE (F1 or F2), in order:
 * letter, number, text, weight and rating. */
static void
assert_factors (RancangNode       *table,
                const char        *template_id,
                const FixtureNode *fixture)
{
  const FixtureNode *groups = fx_get (fixture, "groups");
  RancangNode *r = rancang_node_get_child (table, "row");

  ck_assert_str_eq (rancang_node_get_attr (table, "template"), template_id);
  for (guint g = 0; g < fx_len (groups); g++)
    {
      const FixtureNode *factors = fx_get (fx_at (groups, g), "factors");

      for (guint i = 0; i < fx_len (factors); i++)
        {
          const FixtureNode *f = fx_at (factors, i);
          char letter[2] = { fx_str (f, "code")[0], '\0' };

          while (r != NULL && g_strcmp0 (rancang_node_get_attr (r, "level"), "item") != 0)
            r = rancang_node_get_next_named (r, "row");
          ck_assert_msg (r != NULL, "%s: no row", fx_where (f));
          ck_assert_msg (g_strcmp0 (cell_of (r, "faktor"), letter) == 0
                         && g_strcmp0 (cell_of (r, "no"), fx_str (f, "no")) == 0
                         && g_strcmp0 (cell_of (r, "uraian"), fx_str (f, "text")) == 0
                         && g_strcmp0 (cell_of (r, "bobot"), fx_str (f, "bobot")) == 0
                         && g_strcmp0 (cell_of (r, "rating"), fx_str (f, "score")) == 0,
                         "%s: factor %s is not the example's", fx_where (f), fx_str (f, "code"));
          r = rancang_node_get_next_named (r, "row");
        }
    }
  for (; r != NULL; r = rancang_node_get_next_named (r, "row"))
    ck_assert_msg (g_strcmp0 (rancang_node_get_attr (r, "level"), "item") != 0, "a factor more than the fixture's");
}

/* The factors of a TOWS cell of F4 as the example writes them:
 * "S1,S2,S4-O1" for internal [S1, S2, S4] and external [O1]. */
static char *
factor_list (const FixtureNode *cell)
{
  GString *s = g_string_new (NULL);
  const char *sides[] = { "internal", "external" };

  for (guint k = 0; k < 2; k++)
    {
      const FixtureNode *list = fx_get (cell, sides[k]);

      if (k == 1)
        g_string_append_c (s, '-');
      for (guint i = 0; i < fx_len (list); i++)
        g_string_append_printf (s, "%s%s", i > 0 ? "," : "", fx_str (fx_at (list, i), NULL));
    }
  return g_string_free (s, FALSE);
}

START_TEST (test_serang_content)
{
  g_autoptr(Fixture) fx = fixture_load ("swot-fixtures.yaml");
  const FixtureNode *f4 = fixture_document (fx, "F4");
  const FixtureNode *rows = fx_get (f4, "rows");
  const char *quadrants[] = { "SO", "WO", "ST", "WT" };
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (SERANG, &error);
  guint chapters = 0;
  gint64 strategies = 0;
  RancangNode *tows;
  int start, end;

  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  ck_assert_int_eq (rancang_document_get_kind (doc), RANCANG_KIND_RENSTRA);
  rancang_document_get_period (doc, &start, &end);
  ck_assert_int_eq (start, 2019);
  ck_assert_int_eq (end, 2023);
  for (RancangNode *c = rancang_node_get_child (rancang_document_get_body (doc), "chapter"); c;
       c = rancang_node_get_next_named (c, "chapter"))
    chapters++;
  ck_assert_uint_eq (chapters, 8); /* BAB I to BAB VIII */

  /* IFAS and EFAS: the factors of swot-fixtures F1 and F2, in order */
  assert_factors (rancang_document_lookup_id (doc, "ifas"), "swot-ifas", fixture_document (fx, "F1"));
  assert_factors (rancang_document_lookup_id (doc, "efas"), "swot-efas", fixture_document (fx, "F2"));

  /* TOWS: every strategy of F4 with its factors, and no other */
  tows = rancang_document_lookup_id (doc, "tows");
  ck_assert_str_eq (rancang_node_get_attr (tows, "template"), "tows");
  for (RancangNode *r = rancang_node_get_child (tows, "row"); r; r = rancang_node_get_next_named (r, "row"))
    strategies++;
  ck_assert_int_eq (strategies, fx_int (f4, "expect/strategy_count"));
  for (guint i = 0; i < fx_len (rows); i++)
    for (guint q = 0; q < G_N_ELEMENTS (quadrants); q++)
      {
        const FixtureNode *cell = fx_find (fx_at (rows, i), quadrants[q]);
        g_autofree char *refs = NULL;
        gboolean found = FALSE;

        if (cell == NULL)
          continue;
        refs = factor_list (cell);
        for (RancangNode *r = rancang_node_get_child (tows, "row"); r && !found; r = rancang_node_get_next_named (r, "row"))
          found = g_strcmp0 (cell_of (r, "kuadran"), quadrants[q]) == 0 && g_strcmp0 (cell_of (r, "refs"), refs) == 0
                  && g_strcmp0 (cell_of (r, "uraian"), fx_str (cell, "text")) == 0;
        ck_assert_msg (found, "%s: no %s strategy %s \"%s\"", fx_where (cell), quadrants[q], refs, fx_str (cell, "text"));
      }
}
END_TEST

/* renja-fixtures-bontang B-2.2: Tabel 2.2 of the Bontang example holds the
 * rows of the original, each printed value in its column (decimal comma
 * as a point; "-" as printed). */
START_TEST (test_bontang_table_2_2)
{
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *b22 = fixture_document (fx, "B-2.2");
  const FixtureNode *rows = fx_get (b22, "rows");
  const FixtureNode *columns = fx_get (b22, "columns");
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (BONTANG, &error);
  RancangNode *table, *r;

  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  table = rancang_document_lookup_id (doc, "t2-2");
  ck_assert_ptr_nonnull (table);
  r = rancang_node_get_child (table, "row");
  for (guint i = 0; i < fx_len (rows); i++, r = rancang_node_get_next_named (r, "row"))
    {
      const FixtureNode *row = fx_at (rows, i);

      ck_assert_msg (r != NULL, "%s: no row", fx_where (row));
      for (guint c = 0; c < fx_len (columns); c++)
        {
          const char *column = fx_str (fx_at (columns, c), NULL);
          g_autofree char *key = g_strdelimit (g_strdup (column), "_", '-');
          g_autofree char *want = NULL;

          /* the analysis is shortened in the fixture ("...") */
          if (strcmp (column, "catatan_analisis") == 0 || fx_str (row, column) == NULL)
            continue;
          want = g_strdelimit (g_strdup (fx_str (row, column)), ",", '.');
          ck_assert_msg (g_strcmp0 (cell_of (r, key), want) == 0, "%s %s: %s, expected %s", fx_where (row), column,
                         cell_of (r, key), want);
        }
    }
}
END_TEST

/* ------------------------------------------------------------------ templates */

static void
assert_outline (RancangDocument    *doc,
                const char *const  *chapter_titles,
                guint               n_chapters)
{
  RancangNode *c = rancang_node_get_child (rancang_document_get_body (doc), "chapter");

  for (guint i = 0; i < n_chapters; i++, c = rancang_node_get_next_named (c, "chapter"))
    {
      ck_assert_ptr_nonnull (c);
      ck_assert_str_eq (rancang_node_get_child_content (c, "title"), chapter_titles[i]);
    }
  ck_assert_ptr_null (c);
}

START_TEST (test_new_renja_follows_permendagri_86)
{
  static const char *const titles[] = {
    "PENDAHULUAN", "HASIL EVALUASI RENJA PERANGKAT DAERAH TAHUN LALU",
    "TUJUAN DAN SASARAN PERANGKAT DAERAH", "RENCANA KERJA DAN PENDANAAN PERANGKAT DAERAH", "PENUTUP",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_new_from_template (RANCANG_KIND_RENJA, 2025, &error);
  RancangNode *bab2;
  guint sections = 0;
  int start, end;

  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  assert_outline (doc, titles, G_N_ELEMENTS (titles));
  ck_assert_int_eq (rancang_document_get_plan_year (doc), 2025);
  rancang_document_get_period (doc, &start, &end);
  ck_assert (start <= 2025 && 2025 <= end);

  /* BAB II has 2.1 to 2.5. */
  bab2 = rancang_node_get_next_named (rancang_node_get_child (rancang_document_get_body (doc), "chapter"), "chapter");
  for (RancangNode *s = rancang_node_get_child (bab2, "section"); s; s = rancang_node_get_next_named (s, "section"))
    sections++;
  ck_assert_uint_eq (sections, 5);
}
END_TEST

START_TEST (test_new_renstra_has_eight_chapters)
{
  static const char *const titles[] = {
    "PENDAHULUAN", "GAMBARAN PELAYANAN PERANGKAT DAERAH", "PERMASALAHAN DAN ISU STRATEGIS",
    "TUJUAN DAN SASARAN", "STRATEGI DAN ARAH KEBIJAKAN", "RENCANA PROGRAM DAN KEGIATAN SERTA PENDANAAN",
    "KINERJA PENYELENGGARAAN BIDANG URUSAN", "PENUTUP",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_new_from_template (RANCANG_KIND_RENSTRA, 2025, &error);
  int start, end;

  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  assert_outline (doc, titles, G_N_ELEMENTS (titles));
  rancang_document_get_period (doc, &start, &end);
  ck_assert_int_eq (start, 2025);
  ck_assert_int_eq (end, 2029);
}
END_TEST

START_TEST (test_metadata_refuses_control_characters)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_new_from_template (RANCANG_KIND_RENJA, 2025, NULL);

  ck_assert (!rancang_document_set_meta (doc, "opd", "Badan\x01Kepegawaian", &error));
  ck_assert_ptr_nonnull (strstr (error->message, "U+0001"));
  ck_assert_str_eq (rancang_document_get_meta (doc, "opd"), "Nama Perangkat Daerah");
}
END_TEST

/* ------------------------------------------------------------------ hostile files */

START_TEST (test_external_entity_does_not_leak_a_file)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *secret = write_temp (dir, "secret.txt", "RAHASIA-7f3a9c", -1);
  g_autofree char *data = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n<!DOCTYPE document [ <!ENTITY x SYSTEM \"file://%s\"> ]>\n"
    "<document xmlns=\"urn:rancang:document\" version=\"1\" kind=\"renja\"><metadata>"
    "<plan-year>2023</plan-year><period start=\"2021\" end=\"2026\"/><pemda>&x;</pemda>"
    "<opd>x</opd><status>final</status><paper size=\"a4\"/></metadata><body/></document>\n", secret);
  g_autofree char *message = load_error (data, -1, RANCANG_DOCUMENT_ERROR_UNSAFE);

  ck_assert_ptr_null (strstr (message, "RAHASIA"));
  ck_assert_msg (g_str_has_prefix (message, "bad.xml:2:1: "), "%s", message);
  ck_assert_ptr_nonnull (strstr (message, "DOCTYPE"));
}
END_TEST

START_TEST (test_billion_laughs_refused_fast)
{
  GString *data = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
  g_autofree char *message = NULL;
  struct rusage before, after;
  gint64 start;

  for (int i = 1; i < 10; i++)
    {
      g_string_append_printf (data, " <!ENTITY lol%d \"", i);
      for (int j = 0; j < 10; j++)
        {
          if (i == 1)
            g_string_append (data, "&lol;");
          else
            g_string_append_printf (data, "&lol%d;", i - 1);
        }
      g_string_append (data, "\">\n");
    }
  g_string_append (data, "]>\n<document>&lol9;</document>\n");

  getrusage (RUSAGE_SELF, &before);
  start = g_get_monotonic_time ();
  message = load_error (data->str, (gssize) data->len, RANCANG_DOCUMENT_ERROR_UNSAFE);
  ck_assert_int_lt (g_get_monotonic_time () - start, G_USEC_PER_SEC);
  getrusage (RUSAGE_SELF, &after);
  ck_assert_int_lt (after.ru_maxrss - before.ru_maxrss, 100 * 1024); /* kB */
  g_string_free (data, TRUE);
}
END_TEST

START_TEST (test_deep_nesting_refused)
{
  GString *data = g_string_new (minimal_head);
  g_autofree char *message = NULL;

  g_string_append (data, "<body><chapter><title>x</title><p>");
  for (int i = 0; i < 100000; i++)
    g_string_append (data, "<b>");
  g_string_append (data, "deep");
  for (int i = 0; i < 100000; i++)
    g_string_append (data, "</b>");
  g_string_append (data, "</p></chapter></body></document>");
  message = load_error (data->str, (gssize) data->len, RANCANG_DOCUMENT_ERROR_MALFORMED);
  ck_assert_msg (strstr (message, "nested deeper than 256 levels") != NULL, "%s", message);
  g_string_free (data, TRUE);
}
END_TEST

START_TEST (test_invalid_utf8_names_position)
{
  g_autofree char *data = minimal_document ("<chapter><title>BAB \xff\xfe</title></chapter>");
  g_autofree char *message = load_error (data, -1, RANCANG_DOCUMENT_ERROR_MALFORMED);

  /* Line 4, in the chapter title. */
  ck_assert_msg (g_str_has_prefix (message, "bad.xml:4:"), "%s", message);
  ck_assert_msg (strstr (message, "UTF-8") != NULL, "%s", message);
}
END_TEST

START_TEST (test_truncated_file)
{
  g_autofree char *data = minimal_document ("<chapter><title>PENDAHULUAN</title></chapter>");
  g_autofree char *message = load_error (data, (gssize) strlen (data) - 30, RANCANG_DOCUMENT_ERROR_MALFORMED);

  ck_assert_msg (g_str_has_prefix (message, "bad.xml:"), "%s", message);
}
END_TEST

START_TEST (test_other_vocabulary)
{
  const char *data = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>\n";
  g_autofree char *message = load_error (data, -1, RANCANG_DOCUMENT_ERROR_INVALID);

  ck_assert_msg (g_str_has_prefix (message, "bad.xml:2:1: "), "%s", message);
  ck_assert_msg (strstr (message, "document") != NULL, "%s", message);
}
END_TEST

START_TEST (test_bad_value_says_what_is_expected)
{
  g_autofree char *data = g_strconcat (
    "<?xml version=\"1.0\"?>\n<document xmlns=\"urn:rancang:document\" version=\"1\" kind=\"renja\">\n"
    "<metadata><plan-year>2023</plan-year><period start=\"2021\" end=\"2026\"/>"
    "<pemda>Kota Bontang</pemda><opd>x</opd>\n  <status>selesai</status><paper size=\"a4\"/></metadata><body/></document>\n",
    NULL);
  g_autofree char *message = load_error (data, -1, RANCANG_DOCUMENT_ERROR_INVALID);

  /* Line 4, column 3: where <status> starts. */
  ck_assert_msg (strstr (message, "bad.xml:4:3: ") != NULL, "%s", message);
  ck_assert_msg (strstr (message, "rancangan-awal, rancangan, rancangan-akhir, final") != NULL, "%s", message);
}
END_TEST

START_TEST (test_bad_row_level_says_what_is_expected)
{
  g_autofree char *data = minimal_document (
    "<chapter><title>X</title>\n<table id=\"t\" template=\"generic\">\n<row level=\"proyek\"/></table></chapter>");
  g_autofree char *message = load_error (data, -1, RANCANG_DOCUMENT_ERROR_INVALID);

  ck_assert_msg (strstr (message, "bad.xml:6:1: ") != NULL, "%s", message);
  ck_assert_msg (strstr (message, "program, kegiatan, subkegiatan") != NULL, "%s", message);
}
END_TEST

START_TEST (test_duplicate_ids)
{
  g_autofree char *data = minimal_document (
    "\n<chapter id=\"bab-1\"><title>A</title></chapter>\n<chapter id=\"bab-1\"><title>B</title></chapter>");
  g_autofree char *message = load_error (data, -1, RANCANG_DOCUMENT_ERROR_INVALID);

  ck_assert_msg (strstr (message, "bad.xml:6:1: the id \"bab-1\" is used twice (first on line 5)") != NULL,
                 "%s", message);
}
END_TEST

START_TEST (test_row_without_parent)
{
  g_autofree char *data = minimal_document (
    "<chapter><title>X</title><table id=\"t3-3\" template=\"rencana-program\">\n"
    "<row><c k=\"indikator\">Persentase</c></row></table></chapter>");
  g_autofree char *message = load_error (data, -1, RANCANG_DOCUMENT_ERROR_INVALID);

  ck_assert_msg (strstr (message, "bad.xml:5:1: row 1 of table t3-3 has no level") != NULL, "%s", message);
}
END_TEST

START_TEST (test_bad_cell_key)
{
  g_autofree char *data = minimal_document (
    "<chapter><title>X</title><table id=\"t\" template=\"generic\"><columns><column key=\"a\">A</column></columns>\n"
    "<row level=\"item\"><c k=\"a b\">1</c><c k=\"a\">2</c><c k=\"a\">3</c></row></table></chapter>");
  g_autofree char *message = load_error (data, -1, RANCANG_DOCUMENT_ERROR_INVALID);

  ck_assert_msg (strstr (message, "column key \"a b\" is not a key") != NULL, "%s", message);
  ck_assert_msg (strstr (message, "two cells for column \"a\"") != NULL, "%s", message);
}
END_TEST

START_TEST (test_unknown_signatory)
{
  g_autofree char *data = minimal_document ("<chapter><title>X</title><signature ref=\"sekda\"/></chapter>");
  g_autofree char *message = load_error (data, -1, RANCANG_DOCUMENT_ERROR_INVALID);

  ck_assert_msg (strstr (message, "\"sekda\"") != NULL, "%s", message);
}
END_TEST

START_TEST (test_too_large_file_refused_before_reading)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.xml", NULL);
  g_autoptr(GError) error = NULL;
  FILE *f = fopen (path, "w");

  /* A sparse 500 MB file: no disk is spent, and none of it may be read. */
  ck_assert_ptr_nonnull (f);
  ck_assert_int_eq (fseeko (f, 500LL * 1024 * 1024, SEEK_SET), 0);
  fputc ('x', f);
  fclose (f);
  ck_assert_ptr_null (rancang_document_load_file (path, &error));
  ck_assert_int_eq (error->code, RANCANG_DOCUMENT_ERROR_TOO_LARGE);
  ck_assert_msg (strstr (error->message, "500 MB") != NULL, "%s", error->message);
  g_unlink (path);
}
END_TEST

/* ------------------------------------------------------------------ saving */

static RancangDocument *
small_document (const char *opd)
{
  RancangDocument *doc = rancang_document_new_from_template (RANCANG_KIND_RENJA, 2024, NULL);

  ck_assert (rancang_document_set_meta (doc, "opd", opd, NULL));
  return doc;
}

START_TEST (test_save_keeps_backup_of_previous_version)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "renja.xml", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(RancangDocument) first = small_document ("Badan Satu");
  g_autoptr(RancangDocument) second = small_document ("Badan Dua");
  g_autoptr(RancangDocument) loaded = NULL;
  g_autoptr(RancangDocument) old = NULL;
  g_autoptr(GError) error = NULL;

  ck_assert (rancang_document_save_file (first, path, &error));
  ck_assert (rancang_document_save_file (second, path, &error));
  loaded = rancang_document_load_file (path, &error);
  old = rancang_document_load_file (backup, &error);
  ck_assert_str_eq (rancang_document_get_meta (loaded, "opd"), "Badan Dua");
  ck_assert_str_eq (rancang_document_get_meta (old, "opd"), "Badan Satu");
}
END_TEST

START_TEST (test_save_into_read_only_folder_leaves_original)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "renja.xml", NULL);
  g_autoptr(RancangDocument) first = small_document ("Badan Satu");
  g_autoptr(RancangDocument) second = small_document ("Badan Dua");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  ck_assert (rancang_document_save_file (first, path, NULL));
  ck_assert (g_file_get_contents (path, &before, NULL, NULL));
  ck_assert_int_eq (g_chmod (dir, 0555), 0);

  if (access (dir, W_OK) == 0)
    {
      /* root writes anywhere: take away the right it would use instead. */
      g_chmod (dir, 0755);
      g_autofree char *blocker = g_strconcat (path, ".bak", NULL);
      ck_assert_int_eq (g_mkdir (blocker, 0755), 0); /* the backup cannot be written */
    }

  ck_assert (!rancang_document_save_file (second, path, &error));
  ck_assert_msg (strstr (error->message, path) != NULL && strstr (error->message, "not saved") != NULL,
                 "%s", error->message);
  ck_assert (g_file_get_contents (path, &after, NULL, NULL));
  ck_assert_str_eq (after, before);
  g_chmod (dir, 0755);
}
END_TEST

START_TEST (test_save_on_full_disk_leaves_original)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "renja.xml", NULL);
  g_autoptr(RancangDocument) first = small_document ("Badan Satu");
  g_autoptr(RancangDocument) big = small_document ("Badan Dua");
  RancangNode *section = rancang_document_lookup_id (big, "latar-belakang");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  struct rlimit limit;

  ck_assert (rancang_document_save_file (first, path, NULL));
  ck_assert (g_file_get_contents (path, &before, NULL, NULL));

  /* The new version is larger than what the "disk" still takes. */
  for (int i = 0; i < 2000; i++)
    {
      RancangNode *p = rancang_node_new_element ("p");
      rancang_node_set_content (p, "Renja merupakan dokumen rencana pembangunan Perangkat Daerah.");
      rancang_node_append_child (section, p);
    }
  signal (SIGXFSZ, SIG_IGN);
  limit.rlim_cur = limit.rlim_max = 64 * 1024;
  ck_assert_int_eq (setrlimit (RLIMIT_FSIZE, &limit), 0);

  ck_assert (!rancang_document_save_file (big, path, &error));
  ck_assert_msg (strstr (error->message, "not saved; the file on disk is unchanged") != NULL, "%s", error->message);
  ck_assert (g_file_get_contents (path, &after, NULL, NULL));
  ck_assert_str_eq (after, before);
}
END_TEST

START_TEST (test_save_over_read_only_file_leaves_it)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "renja.xml", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(RancangDocument) first = small_document ("Badan Satu");
  g_autoptr(RancangDocument) second = small_document ("Badan Dua");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  /* The folder is writable, so a rename would replace the file: a
   * read-only file must be refused all the same, by root too. */
  ck_assert (rancang_document_save_file (first, path, NULL));
  ck_assert (g_file_get_contents (path, &before, NULL, NULL));
  ck_assert_int_eq (g_chmod (path, 0444), 0);
  ck_assert (!rancang_document_save_file (second, path, &error));
  ck_assert_msg (strstr (error->message, "not saved") != NULL && strstr (error->message, "read-only") != NULL,
                 "%s", error->message);
  ck_assert (g_file_get_contents (path, &after, NULL, NULL));
  ck_assert_str_eq (after, before);
  ck_assert (!g_file_test (backup, G_FILE_TEST_EXISTS));
}
END_TEST

START_TEST (test_save_keeps_permissions_and_links)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "renja.xml", NULL);
  g_autofree char *link = g_build_filename (dir, "link.xml", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(RancangDocument) first = small_document ("Badan Satu");
  g_autoptr(RancangDocument) second = small_document ("Badan Dua");
  g_autoptr(RancangDocument) loaded = NULL;
  GStatBuf st;

  /* A private document stays private, its backup too. */
  ck_assert (rancang_document_save_file (first, path, NULL));
  ck_assert_int_eq (g_chmod (path, 0600), 0);
  ck_assert_int_eq (symlink ("renja.xml", link), 0);
  /* Saved through a link: the link stays, the file it names is saved. */
  ck_assert (rancang_document_save_file (second, link, NULL));
  ck_assert (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  ck_assert_int_eq (g_stat (path, &st), 0);
  ck_assert_int_eq (st.st_mode & 0777, 0600);
  ck_assert_int_eq (g_stat (backup, &st), 0);
  ck_assert_int_eq (st.st_mode & 0777, 0600);
  loaded = rancang_document_load_file (path, NULL);
  ck_assert_str_eq (rancang_document_get_meta (loaded, "opd"), "Badan Dua");
}
END_TEST

START_TEST (test_load_missing_file)
{
  g_autoptr(GError) error = NULL;

  ck_assert_ptr_null (rancang_document_load_file ("/nonexistent/renja.xml", &error));
  ck_assert_int_eq (error->code, RANCANG_DOCUMENT_ERROR_IO);
  ck_assert_msg (g_str_has_prefix (error->message, "/nonexistent/renja.xml: "), "%s", error->message);
}
END_TEST

static Suite *
document_suite (void)
{
  Suite *s = suite_create ("document");
  TCase *tree = tcase_create ("tree");
  TCase *examples = tcase_create ("examples");
  TCase *hostile = tcase_create ("hostile");
  TCase *saving = tcase_create ("saving");

  tcase_add_test (tree, test_tree_links);
  tcase_add_test (tree, test_tree_attributes_keep_canonical_order);
  tcase_add_test (tree, test_tree_many_rows_free_without_recursion);
  suite_add_tcase (s, tree);

  tcase_set_timeout (examples, 30);
  tcase_add_test (examples, test_bontang_round_trip);
  tcase_add_test (examples, test_serang_round_trip);
  tcase_add_test (examples, test_bontang_content);
  tcase_add_test (examples, test_serang_content);
  tcase_add_test (examples, test_bontang_table_2_2);
  tcase_add_test (examples, test_new_renja_follows_permendagri_86);
  tcase_add_test (examples, test_new_renstra_has_eight_chapters);
  tcase_add_test (examples, test_metadata_refuses_control_characters);
  suite_add_tcase (s, examples);

  tcase_add_test (hostile, test_external_entity_does_not_leak_a_file);
  tcase_add_test (hostile, test_billion_laughs_refused_fast);
  tcase_add_test (hostile, test_deep_nesting_refused);
  tcase_add_test (hostile, test_invalid_utf8_names_position);
  tcase_add_test (hostile, test_truncated_file);
  tcase_add_test (hostile, test_other_vocabulary);
  tcase_add_test (hostile, test_bad_value_says_what_is_expected);
  tcase_add_test (hostile, test_bad_row_level_says_what_is_expected);
  tcase_add_test (hostile, test_duplicate_ids);
  tcase_add_test (hostile, test_row_without_parent);
  tcase_add_test (hostile, test_unknown_signatory);
  tcase_add_test (hostile, test_bad_cell_key);
  tcase_add_test (hostile, test_too_large_file_refused_before_reading);
  suite_add_tcase (s, hostile);

  tcase_add_test (saving, test_save_keeps_backup_of_previous_version);
  tcase_add_test (saving, test_save_into_read_only_folder_leaves_original);
  tcase_add_test (saving, test_save_on_full_disk_leaves_original);
  tcase_add_test (saving, test_save_over_read_only_file_leaves_it);
  tcase_add_test (saving, test_save_keeps_permissions_and_links);
  tcase_add_test (saving, test_load_missing_file);
  suite_add_tcase (s, saving);
  return s;
}

int
main (void)
{
  SRunner *runner = srunner_create (document_suite ());
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? 0 : 1;
}
