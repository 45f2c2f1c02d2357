/* CSV reading, table import, generated numbers and the rounding rule.
 *
 * Expected numbers come from the fixtures in domain/, not from the code:
 * the Bontang program table (renja-fixtures-bontang B-3.3, read from
 * tests/fixtures), the truncated
 * percentages of S Tabel 2.1 (renja.md section 3.1 and section 9 item 5:
 * 929/1500 printed 61, 520/560 printed 92, 22/34 printed 65 half-up) and the
 * Sistem Merit capaian of the LKjIP (lkjip-rencana-aksi.md: 0.66/0.65 x 100 =
 * 101.5385, printed 101.53 truncated, 101.54 half-up).
 *
 * tests/data/csv/bontang-3-3.csv is the Bontang Tabel 3.3 as an Indonesian
 * Excel saves it ("CSV UTF-8": byte order mark, CRLF, semicolons, money as
 * 10.909.930.646, targets with their unit as printed: "3 jenis"), made from
 * the rows of the fixture and of the transcribed example document. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-csv.h"
#include "rancang-document.h"
#include "rancang-format.h"
#include "rancang-numbering.h"
#include "rancang-table-import.h"
#include "rancang-table-insert.h"
#include "rancang-template.h"
#include "fixture.h"
#include "test-helpers.h"

#define BONTANG_CSV CSV_DATA_DIR "/bontang-3-3.csv"

/* ------------------------------------------------------------- helpers */

static RancangCsv *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  RancangCsv *csv = rancang_csv_parse (text, strlen (text), "t.csv", 0, &error);

  ck_assert_msg (csv != NULL, "%s", error != NULL ? error->message : "");
  return csv;
}

static const RancangCsvRecord *
record (const RancangCsv *csv,
        guint             i)
{
  ck_assert_uint_lt (i, csv->records->len);
  return g_ptr_array_index (csv->records, i);
}

static void
assert_fields (const RancangCsv *csv,
               guint             i,
               guint             line,
               ...)
{
  const RancangCsvRecord *r = record (csv, i);
  const char *want;
  guint n = 0;
  va_list args;

  ck_assert_uint_eq (r->line, line);
  va_start (args, line);
  while ((want = va_arg (args, const char *)) != NULL)
    {
      ck_assert_uint_lt (n, r->n_fields);
      ck_assert_str_eq (r->fields[n], want);
      n++;
    }
  va_end (args);
  ck_assert_uint_eq (r->n_fields, n);
}

static char *
parse_error (const char *text,
             gsize       length)
{
  g_autoptr(GError) error = NULL;
  RancangCsv *csv = rancang_csv_parse (text, length, "t.csv", 0, &error);

  ck_assert_msg (csv == NULL, "parsed, but should have failed");
  ck_assert (error != NULL && error->domain == RANCANG_CSV_ERROR);
  return g_strdup (error->message);
}

#define PARSE_ERROR(literal) parse_error (literal, sizeof (literal) - 1)

static RancangDocument *
new_renja (void)
{
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = rancang_document_new_from_template (RANCANG_KIND_RENJA, 2023, &error);

  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  return doc;
}

static RancangImportOptions
options (const char         *template_id,
         const char         *id,
         RancangNumberStyle  numbers)
{
  RancangImportOptions o = { id, template_id, NULL, numbers, NULL };
  return o;
}

/* Imports TEXT into DOC; returns the table node. */
static RancangNode *
import_ok (RancangDocument            *doc,
           RancangTemplateSet         *set,
           const RancangImportOptions *o,
           const char                 *text)
{
  g_autoptr(GError) error = NULL;
  RancangNode *table = rancang_document_import_csv (doc, set, o, text, strlen (text), "data.csv", "doc.xml", &error);

  ck_assert_msg (table != NULL, "%s", error != NULL ? error->message : "");
  return table;
}

/* Imports TEXT, which must fail, and checks that DOC did not change;
 * returns the message. */
static char *
import_error (RancangDocument            *doc,
              RancangTemplateSet         *set,
              const RancangImportOptions *o,
              const char                 *text)
{
  gsize length = strlen (text);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = rancang_document_to_xml (doc, NULL);
  g_autofree char *after = NULL;
  RancangNode *table = rancang_document_import_csv (doc, set, o, text, length, "data.csv", "doc.xml", &error);

  ck_assert_msg (table == NULL, "imported, but should have failed");
  ck_assert (error != NULL);
  after = rancang_document_to_xml (doc, NULL);
  ck_assert_str_eq (after, before);
  return g_strdup (error->message);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  ck_assert_msg (strstr (text, part) != NULL, "“%s” does not contain “%s”", text, part);
}

/* The <c k=KEY> text of ROW, or NULL. */
static const char *
cell (const RancangNode *row,
      const char        *key)
{
  for (RancangNode *c = rancang_node_get_first_child (row); c != NULL; c = rancang_node_get_next (c))
    if (rancang_node_is (c, "c") && g_strcmp0 (rancang_node_get_attr (c, "k"), key) == 0)
      {
        RancangNode *text = rancang_node_get_first_child (c);
        return text != NULL ? rancang_node_get_text (text) : "";
      }
  return NULL;
}

static RancangNode *
nth_row (const RancangNode *table,
         guint              n)
{
  for (RancangNode *r = rancang_node_get_child (table, "row"); r != NULL; r = rancang_node_get_next_named (r, "row"))
    if (n-- == 0)
      return r;
  ck_abort_msg ("no row %u", n);
  return NULL;
}

static RancangTable *
table_of (RancangDocument    *doc,
          RancangTemplateSet *set,
          const char         *id,
          GPtrArray         **tables_out)
{
  GPtrArray *tables = rancang_document_tables (doc, set, NULL);

  *tables_out = tables;
  for (guint i = 0; i < tables->len; i++)
    if (g_strcmp0 (rancang_table_get_id (g_ptr_array_index (tables, i)), id) == 0)
      return g_ptr_array_index (tables, i);
  ck_abort_msg ("no table %s", id);
  return NULL;
}

/* ------------------------------------------------------------- reader */

START_TEST (test_separator_detection)
{
  ck_assert_int_eq (rancang_csv_detect_separator ("a,b,c\n1,2,3\n", 12), ',');
  ck_assert_int_eq (rancang_csv_detect_separator ("a;b;c\r\n", 7), ';');
  ck_assert_int_eq (rancang_csv_detect_separator ("a\tb\tc\n", 6), '\t');
  /* An Indonesian header with a comma in a quoted cell, and a BOM. */
  {
    const char *text = "\xEF\xBB\xBF\"Pagu (Rp), 2023\";kode;uraian\n";
    ck_assert_int_eq (rancang_csv_detect_separator (text, strlen (text)), ';');
  }
  /* A comma in an unquoted semicolon header: semicolons win the count. */
  ck_assert_int_eq (rancang_csv_detect_separator ("Lokasi, Kecamatan;kode;uraian\n", 30), ';');
  /* One column: comma. Leading empty lines are skipped. */
  ck_assert_int_eq (rancang_csv_detect_separator ("uraian\n", 7), ',');
  ck_assert_int_eq (rancang_csv_detect_separator ("\n\na\tb\n", 6), '\t');

  {
    g_autoptr(RancangCsv) csv = parse_ok ("kode;uraian;pagu\n5.03;Kepegawaian, umum;1.234,5\n");
    ck_assert_int_eq (csv->separator, ';');
    assert_fields (csv, 1, 2, "5.03", "Kepegawaian, umum", "1.234,5", NULL);
  }
  {
    /* Pasted from a spreadsheet: tabs; spaces and quotes around text stay. */
    g_autoptr(RancangCsv) csv = parse_ok ("kode\turaian\n5.03\t Kepegawaian \n");
    ck_assert_int_eq (csv->separator, '\t');
    assert_fields (csv, 1, 2, "5.03", " Kepegawaian ", NULL);
  }
}
END_TEST

START_TEST (test_quotes)
{
  g_autoptr(RancangCsv) csv = parse_ok ("a,b,c,d\n"
                                        "x,\"say \"\"ya\"\"\",\"two\nlines\",\"\"\n"
                                        "\"a,b\",,\"\",last\n"
                                        "12\" monitor,\"\",  \"spaced\"  ,z");

  ck_assert_uint_eq (csv->records->len, 4);
  assert_fields (csv, 0, 1, "a", "b", "c", "d", NULL);
  /* The record starts on line 2 and spans two lines: the next is on 4. */
  assert_fields (csv, 1, 2, "x", "say \"ya\"", "two\nlines", "", NULL);
  assert_fields (csv, 2, 4, "a,b", "", "", "last", NULL);
  /* A quote inside an unquoted cell is text; blanks around a quoted cell go. */
  assert_fields (csv, 3, 5, "12\" monitor", "", "spaced", "z", NULL);
}
END_TEST

START_TEST (test_bom_crlf_and_blank_lines)
{
  g_autoptr(RancangCsv) csv = parse_ok ("\xEF\xBB\xBF" "level;kode\r\n"
                                        "\r\n"
                                        "program;\"5.03\r\n.01\"\r\n"
                                        "\r\n"
                                        ";;\r\n"
                                        "kegiatan;5.03.01.2.01");

  ck_assert_uint_eq (csv->records->len, 4);
  /* The BOM is not part of the first key; CRLF is not part of any field,
   * and a CRLF inside quotes is a line break. */
  assert_fields (csv, 0, 1, "level", "kode", NULL);
  assert_fields (csv, 1, 3, "program", "5.03\n.01", NULL);
  /* Empty lines are skipped; a record of empty fields is kept. */
  assert_fields (csv, 2, 6, "", "", "", NULL);
  assert_fields (csv, 3, 7, "kegiatan", "5.03.01.2.01", NULL);

  {
    /* An old Mac file: CR alone. */
    g_autoptr(RancangCsv) mac = parse_ok ("a,b\r1,2\r");
    assert_fields (mac, 1, 2, "1", "2", NULL);
  }
  {
    /* A file of a BOM only has no records. */
    g_autoptr(RancangCsv) empty = parse_ok ("\xEF\xBB\xBF");
    ck_assert_uint_eq (empty->records->len, 0);
  }
}
END_TEST

START_TEST (test_reader_errors)
{
  g_autofree char *unbalanced = PARSE_ERROR ("a,b\n1,2\n3,\"open\nand never\nclosed\n");
  g_autofree char *after = PARSE_ERROR ("a,b\n1,\"x\"y\n");
  g_autofree char *latin1 = PARSE_ERROR ("a,b\n1,2\nKec. Bont\xE1ng,3\n");
  g_autofree char *zero = PARSE_ERROR ("a,b\n1,2\n\0,3\n");

  /* The line where the quote opens. */
  ck_assert_str_eq (unbalanced, "t.csv:3: the quote that opens cell 2 is never closed "
                                "(a quote inside a quoted cell is written twice: \"\")");
  assert_contains (after, "t.csv:2: cell 2 has text after its closing quote");
  assert_contains (latin1, "t.csv:3: the text is not UTF-8 (byte 0xE1");
  assert_contains (latin1, "CSV UTF-8");
  assert_contains (zero, "t.csv:3: the file contains a zero byte");
}
END_TEST

/* ------------------------------------------------------------- numbers */

START_TEST (test_indonesian_and_us_numbers)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) doc = new_renja ();
  RancangImportOptions id = options ("rencana-program", "t-id", RANCANG_NUMBERS_ID);
  RancangImportOptions us = options ("rencana-program", "t-us", RANCANG_NUMBERS_US);
  RancangNode *a, *b;

  a = import_ok (doc, set, &id, "level;kode;uraian;pagu;target\n"
                                "program;1;A;1.234.567,89;72,58\n"
                                "program;2;B;Rp 15.322.392.321,-;98,50\n"
                                "program;3;C;-;\n");
  b = import_ok (doc, set, &us, "level,kode,uraian,pagu,target\n"
                                "program,1,A,\"1,234,567.89\",72.58\n"
                                "program,2,B,\"15,322,392,321\",98.50\n"
                                "program,3,C,N/A,\n");

  /* Plain C form, the same from both, the decimals as typed. */
  ck_assert_str_eq (cell (nth_row (a, 0), "pagu"), "1234567.89");
  ck_assert_str_eq (cell (nth_row (b, 0), "pagu"), "1234567.89");
  ck_assert_str_eq (cell (nth_row (a, 0), "target"), "72.58");
  ck_assert_str_eq (cell (nth_row (b, 0), "target"), "72.58");
  ck_assert_str_eq (cell (nth_row (a, 1), "pagu"), "15322392321");
  ck_assert_str_eq (cell (nth_row (b, 1), "pagu"), "15322392321");
  ck_assert_str_eq (cell (nth_row (a, 1), "target"), "98.50");
  ck_assert_str_eq (cell (nth_row (b, 1), "target"), "98.50");
  /* No value, which is not zero: kept as typed; a blank cell is no cell. */
  ck_assert_str_eq (cell (nth_row (a, 2), "pagu"), "-");
  ck_assert_str_eq (cell (nth_row (b, 2), "pagu"), "N/A");
  ck_assert_ptr_null (cell (nth_row (a, 2), "target"));

  /* Each style refuses the other's form. */
  {
    RancangImportOptions o = options ("rencana-program", "t-x", RANCANG_NUMBERS_US);
    g_autofree char *msg = import_error (doc, set, &o, "level;kode;pagu\nprogram;1;1.234.567,89\n");
    assert_contains (msg, "data.csv:2: column pagu: “1.234.567,89”");
  }
  {
    RancangImportOptions o = options ("rencana-program", "t-x", RANCANG_NUMBERS_ID);
    const char *text = "level,kode,pagu\nprogram,1,\"1,234,567.89\"\n";
    g_autofree char *msg = import_error (doc, set, &o, text);
    assert_contains (msg, "data.csv:2: column pagu: “1,234,567.89”");
  }
}
END_TEST

/* ------------------------------------------------------------- errors */

START_TEST (test_import_errors)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) doc = new_renja ();
  RancangImportOptions o = options ("rencana-program", "t-new", RANCANG_NUMBERS_ID);
  const char *text;
  char *msg;

  import_ok (doc, set, &(RancangImportOptions) { "t-old", "rencana-program", NULL, RANCANG_NUMBERS_ID, "3.3" },
             "level;kode;uraian\nprogram;5.03.01;A\n");

  /* A cell that cannot be read, named by line and column. */
  text = "level;kode;uraian;pagu\n"
         "program;5.03.01;A;\n"
         "kegiatan;5.03.01.2.01;B;1.000\n"
         "kegiatan;5.03.01.2.02;C;2.000\n"
         "\n"
         "kegiatan;5.03.01.2.03;D;3.000\n"
         "kegiatan;5.03.01.2.04;E;12,5,3\n";
  msg = import_error (doc, set, &o, text);
  ck_assert_str_eq (msg, "data.csv:7: column pagu: “12,5,3” has several “,” but in Indonesian style “,” marks decimals");
  g_free (msg);
  msg = import_error (doc, set, &o, "level;kode;pagu\nprogram;1;satu juta\n");
  assert_contains (msg, "data.csv:2: column pagu: “satu juta” is not a number");
  g_free (msg);

  /* More cells than the header. */
  msg = import_error (doc, set, &o, "level;kode;uraian\nprogram;1;A;extra\n");
  ck_assert_str_eq (msg, "data.csv:2: the row has 4 cells, but the header names 3 columns");
  g_free (msg);

  /* A header key the template does not have: which keys it has. */
  msg = import_error (doc, set, &o, "level;kode;uraian;anggaran\nprogram;1;A;5\n");
  assert_contains (msg, "data.csv:1: the header names the column “anggaran”, which the template "
                        "rencana-program does not have; its columns are: level, kode, uraian, indikator, "
                        "satuan, lokasi, target, pagu, sumber_dana, catatan, target_maju, pagu_maju");
  g_free (msg);
  msg = import_error (doc, set, &o, "level;kode;pagu;Pagu\nprogram;1;5;5\n");
  assert_contains (msg, "data.csv:1: the header names the column pagu twice (cells 3 and 4)");
  g_free (msg);
  msg = import_error (doc, set, &o, "kode;uraian\n1;A\n");
  assert_contains (msg, "data.csv:1: the header has no column level");
  g_free (msg);
  msg = import_error (doc, set, &o, "level;kode\nprogramme;1\n");
  assert_contains (msg, "data.csv:2: column level: “programme” is no level");
  g_free (msg);
  msg = import_error (doc, set, &o, "level;kode\n;1\nprogram;2\n");
  assert_contains (msg, "data.csv:2: column level: the first row needs a level");
  g_free (msg);

  /* The reader's errors come through with the file and line. */
  msg = import_error (doc, set, &o, "level;kode;uraian\nprogram;1;\"A\nprogram;2;B\n");
  assert_contains (msg, "data.csv:2: the quote that opens cell 3 is never closed");
  g_free (msg);
  msg = import_error (doc, set, &o, "level;kode;uraian\nprogram;1;Bont\xE1ng\n");
  assert_contains (msg, "data.csv:2: the text is not UTF-8");
  g_free (msg);

  /* Arguments: the template, the id, the section. */
  {
    RancangImportOptions bad = options ("rencana-progam", "t-new", RANCANG_NUMBERS_ID);
    g_autoptr(GError) error = NULL;

    msg = import_error (doc, set, &bad, "level\nprogram\n");
    assert_contains (msg, "there is no table template “rencana-progam”; the built-in ones are evaluasi-renja, ");
    assert_contains (msg, "rencana-program, ");
    g_free (msg);
    ck_assert_ptr_null (rancang_document_import_csv (doc, set, &bad, "level\nprogram\n", 14, "data.csv", "doc.xml", &error));
    ck_assert_int_eq (error->code, RANCANG_IMPORT_ERROR_TEMPLATE);
  }
  {
    RancangImportOptions dup = options ("rencana-program", "t-old", RANCANG_NUMBERS_ID);
    msg = import_error (doc, set, &dup, "level\nprogram\n");
    ck_assert_str_eq (msg, "doc.xml:1: the document already has a table with the id “t-old”; choose another id");
    g_free (msg);
    dup.id = "bab-3";
    msg = import_error (doc, set, &dup, "level\nprogram\n");
    assert_contains (msg, "the document already has a chapter with the id “bab-3”");
    g_free (msg);
    dup.id = "-x";
    msg = import_error (doc, set, &dup, "level\nprogram\n");
    assert_contains (msg, "“-x” is not an id");
    g_free (msg);
  }
  {
    RancangImportOptions where = { "t-new", "rencana-program", NULL, RANCANG_NUMBERS_ID, "3.9" };
    msg = import_error (doc, set, &where, "level\nprogram\n");
    ck_assert_str_eq (msg, "doc.xml: the document has no section 3.9; its chapters and sections are "
                           "1, 1.1, 1.2, 1.3, 1.4, 2, 2.1, 2.2, 2.3, 2.4, 2.5, 3, 3.1, 3.2, 3.3, 4, 5");
    g_free (msg);
    where.section = NULL;
    where.caption = "two\nlines";
    msg = import_error (doc, set, &where, "level\nprogram\n");
    assert_contains (msg, "the caption cannot be stored");
    g_free (msg);
  }

  /* Nothing to import. */
  msg = import_error (doc, set, &o, "");
  assert_contains (msg, "data.csv: the file is empty");
  g_free (msg);
  msg = import_error (doc, set, &o, "level;kode\n;;\n");
  assert_contains (msg, "data.csv: there is no row after the header");
  g_free (msg);
}
END_TEST

/* ------------------------------------------------------------- tables */

START_TEST (test_units_and_stated_values)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) doc = new_renja ();
  RancangImportOptions o = options ("evaluasi-renja", "t2-1", RANCANG_NUMBERS_ID);
  RancangNode *table;
  char *msg;

  /* B Tabel 2.1 (renja.md section 9 item 6): "#DIV/0!" and a "-" where a
   * value can be computed are kept as stated; the checker reports them. */
  table = import_ok (doc, set, &o, "level;kode;uraian;k6;k7;k8;k12\n"
                                   "program;05;A;100 Persen;75 persen;#DIV/0!;BKPSDM\n"
                                   "kegiatan;05.21;B;40;30;-;\n"
                                   "kegiatan;05.22;C;3 Dokumen;1;33,33 %;\n");
  ck_assert_str_eq (rancang_node_get_attr (nth_row (table, 0), "level"), "program");
  ck_assert_str_eq (cell (nth_row (table, 0), "satuan"), "Persen");
  ck_assert_str_eq (cell (nth_row (table, 0), "k6"), "100");
  ck_assert_str_eq (cell (nth_row (table, 0), "k8"), "#DIV/0!");
  ck_assert_str_eq (cell (nth_row (table, 1), "k8"), "-");
  ck_assert_str_eq (cell (nth_row (table, 2), "satuan"), "Dokumen");
  ck_assert_str_eq (cell (nth_row (table, 2), "k8"), "33.33");
  {
    g_autoptr(RancangTemplateSet) s = builtin ();
    g_autoptr(GPtrArray) findings = rancang_check_document (doc, s);

    ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "05", NULL), 1);
    ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "05.21", NULL), 1);
    ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "05.22", NULL), 0);
  }

  /* "#DIV/0!" is only a stated value where the column is derived. */
  o.id = "t-x";
  msg = import_error (doc, set, &o, "level;kode;k6\nprogram;1;#DIV/0!\n");
  assert_contains (msg, "data.csv:2: column k6: “#DIV/0!” is a spreadsheet error, not a number");
  g_free (msg);
  /* A unit against the row's satuan. */
  msg = import_error (doc, set, &o, "level;kode;satuan;k6\nprogram;1;Laporan;3 jenis\n");
  assert_contains (msg, "data.csv:2: column k6: “3 jenis” has the unit “jenis”, but the row's satuan is “Laporan”");
  g_free (msg);
  /* A unit in a percent column. */
  msg = import_error (doc, set, &o, "level;kode;k8\nprogram;1;3 jenis\n");
  assert_contains (msg, "column k8: “3 jenis” has the unit “jenis”, but the column holds percentages");
  g_free (msg);
  /* Text columns take any text, trimmed; a control character is refused. */
  msg = import_error (doc, set, &o, "level;kode;uraian\nprogram;1;A\001\n");
  assert_contains (msg, "data.csv:2: column uraian: the text contains the control character U+0001");
  g_free (msg);
}
END_TEST

START_TEST (test_generic)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) doc = new_renja ();
  RancangImportOptions o = options ("generic", "t-sdm", RANCANG_NUMBERS_ID);
  RancangNode *table, *columns, *column;
  const char *text = "No.;Uraian;Jumlah (Orang);Tahun 2020;Tahun 2020;;\n"
                     "1; Berdasarkan Jabatan ;12;1.234;\"multi\nline\";;\n"
                     "2;Fungsional;3;;;;\n";

  o.caption = "Sumber Daya Manusia";
  table = import_ok (doc, set, &o, text);
  ck_assert_str_eq (rancang_node_get_attr (table, "template"), "generic");
  ck_assert_str_eq (rancang_node_get_child_content (table, "caption"), "Sumber Daya Manusia");

  /* The header gives the columns: keys from the text, the text as header;
   * trailing blank columns are left out. */
  columns = rancang_node_get_child (table, "columns");
  ck_assert_ptr_nonnull (columns);
  column = rancang_node_get_first_child (columns);
  ck_assert_str_eq (rancang_node_get_attr (column, "key"), "no");
  ck_assert_str_eq (rancang_node_get_text (rancang_node_get_first_child (column)), "No.");
  column = rancang_node_get_next (column);
  ck_assert_str_eq (rancang_node_get_attr (column, "key"), "uraian");
  column = rancang_node_get_next (column);
  ck_assert_str_eq (rancang_node_get_attr (column, "key"), "jumlah-orang");
  ck_assert_str_eq (rancang_node_get_text (rancang_node_get_first_child (column)), "Jumlah (Orang)");
  column = rancang_node_get_next (column);
  ck_assert_str_eq (rancang_node_get_attr (column, "key"), "tahun-2020");
  column = rancang_node_get_next (column);
  ck_assert_str_eq (rancang_node_get_attr (column, "key"), "tahun-2020-2");
  ck_assert_ptr_null (rancang_node_get_next (column));

  /* Rows are items; cells as typed, trimmed. */
  ck_assert_str_eq (rancang_node_get_attr (nth_row (table, 0), "level"), "item");
  ck_assert_str_eq (cell (nth_row (table, 0), "uraian"), "Berdasarkan Jabatan");
  ck_assert_str_eq (cell (nth_row (table, 0), "tahun-2020"), "1.234");
  ck_assert_str_eq (cell (nth_row (table, 0), "tahun-2020-2"), "multi\nline");
  ck_assert_ptr_null (cell (nth_row (table, 1), "tahun-2020"));

  /* A level column gives the levels. */
  o.id = "t-lv";
  table = import_ok (doc, set, &o, "Level,Uraian\ngroup,Berdasarkan Jabatan\nitem,Struktural\n");
  ck_assert_str_eq (rancang_node_get_attr (nth_row (table, 0), "level"), "group");
  ck_assert_ptr_null (cell (nth_row (table, 0), "level"));
}
END_TEST

/* The Bontang program table, from an Indonesian CSV into a new Renja. */
/* The value at FIELD of fixture NODE (an amount, or a printed/computed
 * pair: its computed one) is the value of cell KEY of row R of T. */
static void
assert_fixture_money (const RancangTable *t,
                      int                 r,
                      const char         *key,
                      const FixtureNode  *node,
                      const char         *field)
{
  g_autofree char *computed = g_strdup_printf ("%s/computed", field);
  const char *want = fx_is_map (fx_find (node, field)) ? fx_str (node, computed) : fx_str (node, field);
  int c = rancang_template_lookup_column (rancang_table_get_template (t), key);
  RancangDecimal value;
  g_autofree char *text = NULL;

  ck_assert_int_ge (c, 0);
  ck_assert_msg (want != NULL, "%s: no %s", fx_where (node), field);
  ck_assert_msg (rancang_table_get_value (t, (guint) r, (guint) c, &value) == RANCANG_VALUE_NUMBER,
                 "%s %s: %s of row %d is no number", fx_where (node), field, key, r);
  text = rancang_decimal_to_c_string (value);
  ck_assert_msg (g_strcmp0 (text, want) == 0, "%s %s: %s of row %d is %s, expected %s",
                 fx_where (node), field, key, r, text, want);
}

START_TEST (test_bontang_program_table)
{
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *b33 = fixture_document (fx, "B-3.3");
  const FixtureNode *rows = fx_get (b33, "rows");
  const FixtureNode *totals = fx_get (b33, "totals");
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) doc = new_renja ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(RancangNumbers) numbers = NULL;
  g_autofree char *data = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(RancangDocument) loaded = NULL;
  RancangImportOptions o = { "t3-3", "rencana-program",
                             "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2023", RANCANG_NUMBERS_ID,
                             "3.3" };
  RancangNode *node, *section;
  const RancangTable *t;
  gsize length;
  int r;

  ck_assert_msg (g_file_get_contents (BONTANG_CSV, &data, &length, &error), "%s", error ? error->message : "");
  node = rancang_document_import_csv (doc, set, &o, data, length, "bontang-3-3.csv", "renja.xml", &error);
  ck_assert_msg (node != NULL, "%s", error != NULL ? error->message : "");

  /* In section 3.3, the table numbered 3.1 (the first of BAB III). */
  numbers = rancang_numbers_new (doc);
  section = rancang_numbers_lookup_section (numbers, "3.3");
  ck_assert_ptr_eq (rancang_node_get_parent (node), section);
  ck_assert_str_eq (rancang_numbers_get (numbers, node), "3.1");

  t = table_of (doc, set, "t3-3", &tables);
  ck_assert_uint_eq (rancang_table_get_n_rows (t), 64);   /* 5.03.02: one indicator per row */

  /* The roll-ups, computed from the sub kegiatan: renja-fixtures-bontang
   * B-3.3, its kegiatan (the "computed" of a printed/computed pair), sub
   * kegiatan and totals. */
  r = row_of (t, "5.03.01");
  ck_assert (rancang_table_is_computed (t, (guint) r, (guint) rancang_template_lookup_column (rancang_table_get_template (t), "pagu")));
  for (guint i = 0; i < fx_len (rows); i++)
    {
      const FixtureNode *row = fx_at (rows, i);
      const FixtureNode *children = fx_find (row, "children");

      assert_fixture_money (t, row_of (t, fx_str (row, "kode")), "pagu", row, "pagu_2023");
      assert_fixture_money (t, row_of (t, fx_str (row, "kode")), "pagu_maju", row, "pagu_2024");
      for (guint c = 0; c < fx_len (children); c++)
        {
          assert_fixture_money (t, row_of (t, fx_str (fx_at (children, c), "kode")), "pagu", fx_at (children, c), "pagu_2023");
          assert_fixture_money (t, row_of (t, fx_str (fx_at (children, c), "kode")), "pagu_maju", fx_at (children, c), "pagu_2024");
        }
    }
  for (guint i = 0; i < fx_len (totals); i++)
    {
      const FixtureNode *row = fx_at (totals, i);
      int tr = fx_str (row, "kode") != NULL ? row_of (t, fx_str (row, "kode")) : (int) rancang_table_get_n_rows (t) - 1;

      assert_fixture_money (t, tr, "pagu", row, "pagu_2023");
      assert_fixture_money (t, tr, "pagu_maju", row, "pagu_2024");
    }

  /* The stated values are kept as typed; the units went to satuan: "3 jenis". */
  for (guint i = 0; i < fx_len (rows); i++)
    {
      const FixtureNode *row = fx_at (rows, i);
      RancangNode *row_node = rancang_table_get_row_node (t, (guint) row_of (t, fx_str (row, "kode")));
      g_auto(GStrv) target = g_strsplit (fx_str (row, "target_2023"), " ", 2);

      if (fx_is_map (fx_find (row, "pagu_2023")))
        ck_assert_str_eq (cell (row_node, "pagu"), fx_str (row, "pagu_2023/printed"));
      ck_assert_str_eq (cell (row_node, "target"), target[0]);
      ck_assert_str_eq (cell (row_node, "satuan"), target[1]);
      if (fx_str (row, "lokasi") != NULL)
        ck_assert_str_eq (cell (row_node, "lokasi"), fx_str (row, "lokasi"));
      if (fx_str (row, "sumber_dana") != NULL)
        ck_assert_str_eq (cell (row_node, "sumber_dana"), fx_str (row, "sumber_dana"));
    }

  /* "All roll-ups are exact" in the original: no finding. */
  findings = rancang_check_document (doc, set);
  ck_assert_uint_eq (count_findings (findings, -1, "t3-3", NULL, NULL), 0);

  /* Saved and loaded again: the schema and the rules hold. */
  dir = g_dir_make_tmp ("test-csv-XXXXXX", &error);
  ck_assert_ptr_nonnull (dir);
  path = g_build_filename (dir, "renja.xml", NULL);
  ck_assert_msg (rancang_document_save_file (doc, path, &error), "%s", error ? error->message : "");
  loaded = rancang_document_load_file (path, &error);
  ck_assert_msg (loaded != NULL, "%s", error ? error->message : "");
  g_unlink (path);
  g_rmdir (dir);
}
END_TEST

/* ------------------------------------------------------------- numbers */

START_TEST (test_numbering)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) doc = new_renja ();
  g_autoptr(RancangNumbers) numbers = NULL;
  RancangNode *chapter, *s21, *t1, *t2, *t3;
  g_autofree char *label = NULL;
  g_autofree char *tlabel = NULL;

  t1 = import_ok (doc, set, &(RancangImportOptions) { "ta", "generic", NULL, RANCANG_NUMBERS_ID, "2.1" }, "a\nb\n");
  t2 = import_ok (doc, set, &(RancangImportOptions) { "tb", "generic", NULL, RANCANG_NUMBERS_ID, "2.4" }, "a\nb\n");
  t3 = import_ok (doc, set, &(RancangImportOptions) { "tc", "generic", NULL, RANCANG_NUMBERS_ID, "II" }, "a\nb\n");
  rancang_node_set_attr (t2, "numbered", "false");

  numbers = rancang_numbers_new (doc);
  chapter = rancang_numbers_lookup_section (numbers, "2");
  ck_assert_ptr_eq (rancang_numbers_lookup_section (numbers, "BAB II"), chapter);
  ck_assert_ptr_eq (rancang_numbers_lookup_section (numbers, "ii"), chapter);
  ck_assert_str_eq (rancang_node_get_attr (chapter, "id"), "bab-2");
  label = rancang_numbers_label (numbers, chapter);
  ck_assert_str_eq (label, "BAB II");
  s21 = rancang_numbers_lookup_section (numbers, "2.1.");
  ck_assert_str_eq (rancang_node_get_attr (s21, "id"), "evaluasi-renja");
  ck_assert_str_eq (rancang_numbers_get (numbers, s21), "2.1");
  ck_assert_ptr_null (rancang_numbers_lookup_section (numbers, "2.9"));
  ck_assert_ptr_null (rancang_numbers_lookup_section (numbers, "6"));

  /* A chapter's own table comes before its sections (it is put before
   * them), so it is Tabel 2.1; the un-numbered one does not count. */
  ck_assert_ptr_eq (rancang_node_get_parent (t3), chapter);
  ck_assert_str_eq (rancang_numbers_get (numbers, t3), "2.1");
  ck_assert_str_eq (rancang_numbers_get (numbers, t1), "2.2");
  ck_assert_ptr_null (rancang_numbers_get (numbers, t2));
  tlabel = rancang_numbers_label (numbers, t1);
  ck_assert_str_eq (tlabel, "Tabel 2.2");

  /* The default place is the last section: 3.3 (BAB IV and V have none). */
  ck_assert_str_eq (rancang_numbers_get (numbers, rancang_numbers_last_section (numbers)), "3.3");
}
END_TEST

/* ------------------------------------------------------------- rounding */

static RancangDocument *
rounding_document (RancangTemplateSet *set,
                   const char         *rule)
{
  RancangDocument *doc = new_renja ();
  RancangImportOptions o = options ("evaluasi-renja", "t2-1", RANCANG_NUMBERS_ID);

  if (rule != NULL)
    {
      RancangNode *option = rancang_node_new_element ("option");

      rancang_node_set_attr (option, "name", "rounding");
      rancang_node_set_attr (option, "value", rule);
      rancang_node_append_child (rancang_document_get_metadata (doc), option);
    }
  /* S Tabel 2.1 (renja.md section 3.1): realisasi / target, as printed;
   * the LKjIP's Sistem Merit (lkjip-rencana-aksi.md), printed 101,53. */
  import_ok (doc, set, &o, "level;kode;uraian;k6;k7;k8\n"
                           "kegiatan;5.03.02.2.01.11;kenaikan gaji berkala;1500;929;61\n"
                           "kegiatan;5.04.02.2.02.07;latsar;560;520;92\n"
                           "kegiatan;X.XX.01.2.07.02;Pengadaan Kendaraan;34;22;65\n"
                           "kegiatan;5.03.02.2.01.03;peserta seleksi CASN;1200;1221;101\n"
                           "kegiatan;M.01;Indeks Sistem Merit;0,65;0,66;101,53\n");
  return doc;
}

static void
assert_rounded (const RancangTable *t,
                const char         *kode,
                guint               decimals,
                const char         *expected)
{
  int c = rancang_template_lookup_column (rancang_table_get_template (t), "k8");
  RancangDecimal value;
  g_autofree char *text = NULL;

  ck_assert_int_eq (rancang_table_get_rounded (t, (guint) row_of (t, kode), (guint) c, decimals, &value),
                    RANCANG_VALUE_NUMBER);
  text = rancang_decimal_to_c_string (value);
  ck_assert_str_eq (text, expected);
}

START_TEST (test_rounding_rule)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) half_up = rounding_document (set, NULL);
  g_autoptr(RancangDocument) truncate = rounding_document (set, "truncate");
  g_autoptr(RancangDocument) explicit_half_up = rounding_document (set, "half-up");
  g_autoptr(RancangDocument) bad = rounding_document (set, "bankers");
  g_autoptr(GPtrArray) half_up_tables = NULL;
  g_autoptr(GPtrArray) truncate_tables = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  const RancangTable *h, *t;
  RancangRounding rule;

  ck_assert (rancang_rounding_from_string (" Truncate ", &rule) && rule == RANCANG_ROUND_TRUNCATE);
  ck_assert (rancang_rounding_from_string ("half-up", &rule) && rule == RANCANG_ROUND_HALF_UP);
  ck_assert (!rancang_rounding_from_string ("round", &rule));

  h = table_of (half_up, set, "t2-1", &half_up_tables);
  t = table_of (truncate, set, "t2-1", &truncate_tables);
  ck_assert_int_eq (rancang_table_get_rounding (h), RANCANG_ROUND_HALF_UP);
  ck_assert_int_eq (rancang_table_get_rounding (t), RANCANG_ROUND_TRUNCATE);

  /* 929/1500 = 61.93..: 62 half-up, 61 truncated, as S printed it. */
  assert_rounded (h, "5.03.02.2.01.11", 0, "62");
  assert_rounded (t, "5.03.02.2.01.11", 0, "61");
  /* 520/560 = 92.857..: 92.86 and 92.85; 93 and 92. */
  assert_rounded (h, "5.04.02.2.02.07", 2, "92.86");
  assert_rounded (t, "5.04.02.2.02.07", 2, "92.85");
  assert_rounded (t, "5.04.02.2.02.07", 0, "92");
  /* 0.66/0.65 = 101.538..: 101.54 half-up, 101.53 truncated (the LKjIP). */
  assert_rounded (h, "M.01", 2, "101.54");
  assert_rounded (t, "M.01", 2, "101.53");
  /* Exact values are not changed by the rule. */
  assert_rounded (t, "X.XX.01.2.07.02", 4, "64.7058");
  assert_rounded (h, "X.XX.01.2.07.02", 4, "64.7059");

  /* The checker compares by the document's rule. Half-up: the truncated
   * 61, 92, 101 and 101,53 are findings, 65 (64.71) is not. */
  findings = rancang_check_document (half_up, set);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "5.03.02.2.01.11", NULL), 1);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "5.04.02.2.02.07", NULL), 1);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "5.03.02.2.01.03", NULL), 1);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "M.01", NULL), 1);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "X.XX.01.2.07.02", NULL), 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = rancang_check_document (explicit_half_up, set);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", NULL, NULL), 4);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Truncate: exactly the other way round. */
  findings = rancang_check_document (truncate, set);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "5.03.02.2.01.11", NULL), 0);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "5.04.02.2.02.07", NULL), 0);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "5.03.02.2.01.03", NULL), 0);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "M.01", NULL), 0);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", "X.XX.01.2.07.02", NULL), 1);
  ck_assert_uint_eq (findings->len, 1);
  {
    RancangFinding *f = g_ptr_array_index (findings, 0);
    ck_assert_str_eq (f->stated, "65");
    ck_assert_str_eq (f->computed, "64.7");
  }
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* A rule Rancang does not know is a finding, and half-up holds. */
  findings = rancang_check_document (bad, set);
  ck_assert_uint_eq (count_findings (findings, -1, "", NULL, NULL), 1);
  ck_assert_uint_eq (count_findings (findings, -1, "t2-1", NULL, NULL), 4);
  {
    RancangFinding *f = NULL;

    for (guint i = 0; i < findings->len && f == NULL; i++)
      if (((RancangFinding *) g_ptr_array_index (findings, i))->kind == RANCANG_FINDING_OPTION)
        f = g_ptr_array_index (findings, i);
    ck_assert_ptr_nonnull (f);
    ck_assert_str_eq (f->message, "the option rounding is \"bankers\"; it must be half-up or truncate");
  }
}
END_TEST

START_TEST (test_table_option_and_decimals)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) doc = rounding_document (set, "truncate");
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GPtrArray) tables2 = NULL;
  RancangNode *node = rancang_document_lookup_id (doc, "t2-1");
  RancangNode *option = rancang_node_new_element ("option");
  RancangNode *decimals = rancang_node_new_element ("option");
  const RancangTable *t;
  int k8;

  /* The table's own option comes before the document's. */
  rancang_node_set_attr (option, "name", "rounding");
  rancang_node_set_attr (option, "value", "half-up");
  rancang_node_prepend_child (node, option);   /* no caption: options come first */
  t = table_of (doc, set, "t2-1", &tables);
  ck_assert_int_eq (rancang_table_get_rounding (t), RANCANG_ROUND_HALF_UP);
  k8 = rancang_template_lookup_column (rancang_table_get_template (t), "k8");
  ck_assert_uint_eq (rancang_table_get_decimals (t, (guint) k8), 2);

  /* decimals: the printed places of percent columns (S prints integers). */
  rancang_node_set_attr (decimals, "name", "decimals");
  rancang_node_set_attr (decimals, "value", "0");
  rancang_node_append_child (rancang_document_get_metadata (doc), decimals);
  t = table_of (doc, set, "t2-1", &tables2);
  ck_assert_uint_eq (rancang_table_get_decimals (t, (guint) k8), 0);
  ck_assert_uint_eq (rancang_table_get_decimals (t, (guint) rancang_template_lookup_column (rancang_table_get_template (t), "k6")), 0);

  /* A table made on its own (the layout, the window) gets the same. */
  {
    g_autoptr(RancangTemplate) tmpl = rancang_template_ref (rancang_template_set_lookup (set, "evaluasi-renja"));
    g_autoptr(RancangTable) own = rancang_table_new (tmpl, node);

    ck_assert_int_eq (rancang_table_get_rounding (own), RANCANG_ROUND_HALF_UP);
    ck_assert_uint_eq (rancang_table_get_decimals (own, (guint) k8), 2);
    rancang_node_unlink (option);
    rancang_node_free (option);
    rancang_table_apply_options (own, doc);
    ck_assert_int_eq (rancang_table_get_rounding (own), RANCANG_ROUND_TRUNCATE);
    ck_assert_uint_eq (rancang_table_get_decimals (own, (guint) k8), 0);
  }
}
END_TEST

/* ------------------------------------------------------ clipboard rows */

/* Three rows of B Tabel 2.1 (renja-fixtures-bontang.md B-2.1) as LibreOffice
 * Calc puts them on the clipboard: tab-separated, no header, the template's
 * typed columns in order (level, kode, uraian, indikator, satuan,
 * akumulasi, polaritas, k4, k5, k6, k7, k9, k12, ket), Indonesian numbers,
 * and a cell with a line break quoted. */
#define PASTE_ROW_17_09 \
  "kegiatan\t17.09\tProses penanganan kasus-kasus Pelanggaran Disiplin dan Ijin Perceraian\t" \
  "Jumlah pembahasan terkait berkas kasus yang masuk dari Perangkat Daerah\tkali\tkumulatif\t\t" \
  "15\t25\t6\t26\t15\t\tDPA: Pengelolaan Penyelesaian Pelanggaran Disiplin ASN\n"
#define PASTE_ROW_01_17 \
  "kegiatan\t01.17\tPenyediaan Makanan dan Minuman\tJumlah kotak makan\tkotak\tkumulatif\t\t" \
  "6.900\t557\t1.400\t1.055\t1.050\t\t\n"
#define PASTE_ROW_16_09 \
  "kegiatan\t16.09\tDiklat dan sertifikasi pengadaan barang dan jasa\t" \
  "Jumlah peserta diklat pengadaan barang dan jasa\torang\tkumulatif\t\t160\t0\t40\t30\t180\t\t" \
  "\"Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti, dan Pilihan\nBagi Jabatan Administrasi\"\n"

static RancangTemplate *
evaluasi_renja (RancangTemplateSet *set)
{
  RancangTemplate *tmpl = rancang_template_set_lookup (set, "evaluasi-renja");

  ck_assert (tmpl != NULL);
  return tmpl;
}

static const char *
row_cell (RancangNode *row,
          const char  *key)
{
  for (RancangNode *c = rancang_node_get_first_child (row); c != NULL; c = rancang_node_get_next (c))
    if (rancang_node_is (c, "c") && g_strcmp0 (rancang_node_get_attr (c, "k"), key) == 0)
      {
        RancangNode *text = rancang_node_get_first_child (c);
        return text != NULL ? rancang_node_get_text (text) : "";
      }
  return NULL;
}

START_TEST (test_paste_rows)
{
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *b21_rows = fx_get (fixture_document (fx, "B-2.1"), "rows");
  g_autoptr(RancangTemplateSet) set = builtin ();
  RancangTemplate *tmpl = evaluasi_renja (set);
  const char *text = PASTE_ROW_17_09 PASTE_ROW_01_17 PASTE_ROW_16_09;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = rancang_rows_from_text (tmpl, text, -1, "clipboard", RANCANG_ROWS_DEFAULT, &error);
  g_autoptr(RancangNode) table = NULL;
  g_autoptr(RancangTable) computed_table = NULL;

  ck_assert_msg (rows != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_uint_eq (rows->len, 3);
  {
    RancangNode *r0 = g_ptr_array_index (rows, 0), *r1 = g_ptr_array_index (rows, 1), *r2 = g_ptr_array_index (rows, 2);

    ck_assert (rancang_node_get_parent (r0) == NULL);
    ck_assert_str_eq (rancang_node_get_attr (r0, "level"), "kegiatan");
    ck_assert_str_eq (rancang_node_get_attr (r0, "kode"), "17.09");
    ck_assert_str_eq (row_cell (r0, "satuan"), "kali");
    ck_assert_str_eq (row_cell (r0, "k7"), "26");
    ck_assert_str_eq (rancang_node_get_attr (r1, "kode"), "01.17");
    /* "6.900" and "1.055" are Indonesian thousands. */
    ck_assert_str_eq (row_cell (r1, "k4"), "6900");
    ck_assert_str_eq (row_cell (r1, "k7"), "1055");
    ck_assert_str_eq (row_cell (r1, "k9"), "1050");
    ck_assert (row_cell (r1, "polaritas") == NULL);
    ck_assert_str_eq (row_cell (r2, "k5"), "0");
    ck_assert_str_eq (row_cell (r2, "ket"), "Penyelenggaraan Pengembangan Kompetensi Teknis Umum, Inti, dan Pilihan\n"
                                            "Bagi Jabatan Administrasi");
  }

  /* In a table, the derived cells come out as renja-fixtures-bontang B-2.1
   * computes them for the same rows (found by their indicator). */
  table = rancang_node_new_element ("table");
  rancang_node_set_attr (table, "id", "t");
  rancang_node_set_attr (table, "template", "evaluasi-renja");
  for (guint i = 0; i < rows->len; i++)
    rancang_node_append_child (table, rancang_node_copy (g_ptr_array_index (rows, i)));
  computed_table = rancang_table_new (tmpl, table);
  for (guint i = 0; i < rows->len; i++)
    {
      const FixtureNode *row = NULL;
      const char *derived[][2] = { { "k8", "c8_tingkat_realisasi_pct/computed" },
                                   { "k10", "c10_realisasi_capaian_sd_2022/computed" },
                                   { "k11", "c11_tingkat_capaian_pct/computed" } };

      for (guint f = 0; f < fx_len (b21_rows); f++)
        if (g_strcmp0 (fx_str (fx_at (b21_rows, f), "c3_indikator"), row_cell (g_ptr_array_index (rows, i), "indikator")) == 0)
          row = fx_at (b21_rows, f);
      ck_assert_msg (row != NULL, "pasted row %u is no row of B-2.1", i);
      for (guint d = 0; d < G_N_ELEMENTS (derived); d++)
        {
          RancangDecimal value;
          int c = rancang_template_lookup_column (tmpl, derived[d][0]);
          g_autofree char *got = NULL;

          ck_assert_int_eq (rancang_table_get_value (computed_table, i, (guint) c, &value), RANCANG_VALUE_NUMBER);
          got = rancang_decimal_to_c_string (value);
          ck_assert_msg (value_rounds_to (value, fx_str (row, derived[d][1])), "%s %s: %s, expected %s",
                         fx_where (row), derived[d][1], got, fx_str (row, derived[d][1]));
        }
    }
}
END_TEST

/* The cells a paste cannot read are named with their number's problem,
 * for the window to word them in its language. */
START_TEST (test_paste_errors_name_cells)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  RancangTemplate *tmpl = evaluasi_renja (set);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) copy = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GString) many = g_string_new (NULL);
  const RancangImportCellError *cell;
  const char *text;
  GPtrArray *cells;
  guint n_more = 99;

  rows = rancang_rows_from_text (tmpl, "kegiatan\t17.09\tProses\t\t\t\t\tlima belas\n"
                                 PASTE_ROW_01_17
                                 "kegiatan\t16.09\tDiklat\t\t\t\t\t160\t0\t40\t1.0,5\n",
                                 -1, "clipboard", RANCANG_ROWS_DEFAULT, &error);
  ck_assert (rows == NULL);
  copy = g_error_copy (error);
  cells = rancang_import_error_get_cells (copy, &n_more);
  ck_assert_ptr_nonnull (cells);
  ck_assert_uint_eq (cells->len, 2);
  ck_assert_uint_eq (n_more, 0);
  cell = g_ptr_array_index (cells, 0);
  ck_assert_str_eq (cell->name, "clipboard");
  ck_assert_uint_eq (cell->line, 1);
  ck_assert_str_eq (cell->column, "k4");
  ck_assert_int_eq (rancang_number_problem_of_error (cell->number_error, &text, NULL),
                    RANCANG_NUMBER_PROBLEM_NOT_A_NUMBER);
  ck_assert_str_eq (text, "lima belas");
  ck_assert (g_str_has_prefix (error->message, cell->line_text));
  cell = g_ptr_array_index (cells, 1);
  ck_assert_uint_eq (cell->line, 3);
  ck_assert_str_eq (cell->column, "k7");
  ck_assert_int_eq (rancang_number_problem_of_error (cell->number_error, &text, NULL),
                    RANCANG_NUMBER_PROBLEM_POINT_GROUPS);
  ck_assert_str_eq (text, "1.0,5");
  ck_assert (g_str_has_suffix (error->message, cell->line_text));
  g_clear_error (&error);

  /* A cell refused for something else than its number keeps its line. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = rancang_rows_from_text (tmpl, "level\tkode\tk6\tk7\tsatuan\nkegiatan\t01.17\t5 kotak\t5 dus\tkotak\n",
                                 -1, "clipboard", RANCANG_ROWS_DEFAULT, &error);
  ck_assert (rows == NULL);
  cells = rancang_import_error_get_cells (error, NULL);
  ck_assert_msg (cells != NULL, "%s", error->message);
  ck_assert_uint_eq (cells->len, 1);
  cell = g_ptr_array_index (cells, 0);
  ck_assert_ptr_null (cell->number_error);
  ck_assert_str_eq (cell->line_text, error->message);
  g_clear_error (&error);

  /* Past a screen of them, the rest is counted. */
  for (guint i = 0; i < 14; i++)
    g_string_append (many, "kegiatan\t17.09\tProses\t\t\t\t\tlima belas\n");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = rancang_rows_from_text (tmpl, many->str, -1, "clipboard", RANCANG_ROWS_DEFAULT, &error);
  ck_assert (rows == NULL);
  cells = rancang_import_error_get_cells (error, &n_more);
  ck_assert_uint_eq (cells->len, 12);
  ck_assert_uint_eq (n_more, 2);
  assert_contains (error->message, "(2 more rows cannot be read)");
}
END_TEST

START_TEST (test_paste_header_and_errors)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  RancangTemplate *tmpl = evaluasi_renja (set);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  /* A bad number names the line and the column, and nothing comes back. */
  rows = rancang_rows_from_text (tmpl, PASTE_ROW_17_09
                                 "kegiatan\t01.17\tPenyediaan Makanan dan Minuman\tJumlah kotak makan\tkotak\t"
                                 "kumulatif\t\t6.900\t557\t1.400\t1.0,55\t1.050\n" PASTE_ROW_16_09,
                                 -1, "clipboard", RANCANG_ROWS_DEFAULT, &error);
  ck_assert (rows == NULL);
  ck_assert (g_error_matches (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL));
  assert_contains (error->message, "clipboard:2: column k7");
  g_clear_error (&error);

  /* Every cell that cannot be read is named, one a line. */
  rows = rancang_rows_from_text (tmpl, "kegiatan\t17.09\tProses\t\t\t\t\tlima belas\n"
                                 PASTE_ROW_01_17
                                 "kegiatan\t16.09\tDiklat\t\t\t\t\t160\t0\t40\t1.0,5\n",
                                 -1, "clipboard", RANCANG_ROWS_DEFAULT, &error);
  ck_assert (rows == NULL);
  ck_assert_msg (g_str_has_prefix (error->message, "clipboard:1: column k4:"), "%s", error->message);
  assert_contains (error->message, "\nclipboard:3: column k7:");
  ck_assert (strstr (error->message, "clipboard:2") == NULL);
  g_clear_error (&error);

  /* More cells than the template has typed columns. */
  rows = rancang_rows_from_text (tmpl, "kegiatan\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12\t13\t14\n",
                                 -1, "clipboard", RANCANG_ROWS_DEFAULT, &error);
  ck_assert (rows == NULL);
  assert_contains (error->message, "clipboard:1: the row has 15 cells, but without a header line the cells are the "
                                   "14 typed columns of the template evaluasi-renja: level, kode, uraian,");
  g_clear_error (&error);

  /* The first row needs a level, as in the CSV import. */
  rows = rancang_rows_from_text (tmpl, "\t17.09\tProses\n", -1, "clipboard", RANCANG_ROWS_DEFAULT, &error);
  ck_assert (rows == NULL);
  assert_contains (error->message, "clipboard:1: column level");
  g_clear_error (&error);

  /* A header (keys or printed headers, any order) maps the columns; US
   * numbers are recognised when the text cannot be Indonesian. */
  rows = rancang_rows_from_text (tmpl,
                                 "Kode\tlevel\tUrusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan\tk6\t"
                                 "Realisasi Renja PD Tahun n-2\tTingkat Realisasi (%)\n"
                                 "01.17\tkegiatan\tPenyediaan Makanan dan Minuman\t1,400\t1,055.50\t75.39\n",
                                 -1, "clipboard", RANCANG_ROWS_DEFAULT, &error);
  ck_assert_msg (rows != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_uint_eq (rows->len, 1);
  ck_assert_str_eq (rancang_node_get_attr (g_ptr_array_index (rows, 0), "kode"), "01.17");
  ck_assert_str_eq (row_cell (g_ptr_array_index (rows, 0), "uraian"), "Penyediaan Makanan dan Minuman");
  ck_assert_str_eq (row_cell (g_ptr_array_index (rows, 0), "k6"), "1400");
  ck_assert_str_eq (row_cell (g_ptr_array_index (rows, 0), "k7"), "1055.50");
  /* The derived k8 is computed where the row goes, not stated... */
  ck_assert (row_cell (g_ptr_array_index (rows, 0), "k8") == NULL);
  g_clear_pointer (&rows, g_ptr_array_unref);
  /* ...unless asked, as the CSV import keeps it. */
  rows = rancang_rows_from_text (tmpl, "level\tkode\tk6\tk7\tk8\nkegiatan\t01.17\t1.400\t1.055\t75,36\n",
                                 -1, "data.csv", RANCANG_ROWS_HEADER | RANCANG_ROWS_KEEP_STATED, &error);
  ck_assert_msg (rows != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_str_eq (row_cell (g_ptr_array_index (rows, 0), "k8"), "75.36");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* A header naming a column the template lacks is an error with a
   * required header, and mere text without one. */
  rows = rancang_rows_from_text (tmpl, "level\tkode\tpagu\nkegiatan\t01.17\t5\n",
                                 -1, "data.csv", RANCANG_ROWS_HEADER, &error);
  ck_assert (rows == NULL);
  assert_contains (error->message, "data.csv:1: the header names the column “pagu”");
  g_clear_error (&error);
}
END_TEST

/* Rows of the Bontang example copied out and pasted back: the computed
 * columns as the fixture has them (17.22: k7 588, k8 98,00, k10 2325 + 588
 * + 467 = 3380, k11 109,03), and the typed cells unchanged. */
START_TEST (test_copy_rows)
{
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *b21_rows = fx_get (fixture_document (fx, "B-2.1"), "rows");
  g_autoptr(RancangTemplateSet) set = builtin ();
  RancangTemplate *tmpl = evaluasi_renja (set);
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (CSV_DATA_DIR "/../../../resources/examples/renja-bontang-2023.xml",
                                                               &error);
  g_autoptr(RancangTable) table = NULL;
  g_autoptr(GPtrArray) selected = g_ptr_array_new ();
  g_autoptr(GPtrArray) pasted = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  RancangNode *node;

  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  node = rancang_document_lookup_id (doc, "t2-1");
  ck_assert (node != NULL);
  table = rancang_table_new (tmpl, node);
  for (guint r = 0; r < rancang_table_get_n_rows (table); r++)
    if (g_strcmp0 (rancang_table_get_kode (table, r), "05.01") == 0
        || g_strcmp0 (rancang_table_get_kode (table, r), "17.22") == 0)
      g_ptr_array_add (selected, rancang_table_get_row_node (table, r));
  ck_assert_uint_eq (selected->len, 2);

  text = rancang_rows_to_text (table, selected);
  lines = g_strsplit (text, "\n", -1);
  ck_assert_uint_eq (g_strv_length (lines), 4);   /* header, two rows, "" */
  ck_assert (g_str_has_prefix (lines[0], "level\tKode\tUrusan/Bidang"));
  assert_contains (lines[0], "\tTingkat Realisasi (%)\t");
  ck_assert (g_str_has_prefix (lines[1], "kegiatan\t05.01\t"));
  ck_assert (g_str_has_prefix (lines[2], "kegiatan\t17.22\t"));
  /* k4 k5 k6 k7 k8 k9 k10 k11 of B-2.1's 17.22, numbers as an Indonesian
   * sheet reads them: the ratios with their two decimals and a comma. */
  {
    const char *fields[] = { "c4_target_renstra_akhir/nilai", "c5_realisasi_sd_2020/nilai", "c6_target_2021/nilai",
                             "c7_realisasi_2021/nilai", "c8_tingkat_realisasi_pct/computed", "c9_target_renja_2022/nilai",
                             "c10_realisasi_capaian_sd_2022/computed", "c11_tingkat_capaian_pct/computed" };
    const FixtureNode *row = NULL;
    GString *want = g_string_new ("\t");
    g_autofree char *expected = NULL;

    for (guint f = 0; f < fx_len (b21_rows); f++)
      if (g_strcmp0 (fx_str (fx_at (b21_rows, f), "c1_kode"), "17.22") == 0)
        row = fx_at (b21_rows, f);
    ck_assert (row != NULL);
    for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
      g_string_append_printf (want, "%s\t", fx_str (row, fields[f]));
    g_strdelimit (want->str, ".", ',');
    expected = g_string_free (want, FALSE);
    assert_contains (lines[2], expected);
  }
  ck_assert_str_eq (lines[3], "");

  pasted = rancang_rows_from_text (tmpl, text, -1, "clipboard", RANCANG_ROWS_DEFAULT, &error);
  ck_assert_msg (pasted != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_uint_eq (pasted->len, 2);
  for (guint i = 0; i < 2; i++)
    {
      RancangNode *original = g_ptr_array_index (selected, i);
      RancangNode *copy = g_ptr_array_index (pasted, i);

      ck_assert_str_eq (rancang_node_get_attr (copy, "kode"), rancang_node_get_attr (original, "kode"));
      ck_assert_str_eq (rancang_node_get_attr (copy, "level"), rancang_node_get_attr (original, "level"));
      for (guint c = 0; c < rancang_template_get_n_columns (tmpl); c++)
        {
          const char *key = rancang_template_column_key (tmpl, c);

          if (rancang_template_column_is_derived (tmpl, c))
            ck_assert (row_cell (copy, key) == NULL);
          else
            ck_assert_msg (g_strcmp0 (row_cell (copy, key), row_cell (original, key)) == 0,
                           "%s: %s, was %s", key, row_cell (copy, key), row_cell (original, key));
        }
    }
}
END_TEST

static Suite *
csv_suite (void)
{
  Suite *suite = suite_create ("csv");
  TCase *reader = tcase_create ("reader");
  TCase *import = tcase_create ("import");
  TCase *numbering = tcase_create ("numbering");
  TCase *rounding = tcase_create ("rounding");

  tcase_add_test (reader, test_separator_detection);
  tcase_add_test (reader, test_quotes);
  tcase_add_test (reader, test_bom_crlf_and_blank_lines);
  tcase_add_test (reader, test_reader_errors);
  tcase_add_test (import, test_indonesian_and_us_numbers);
  tcase_add_test (import, test_import_errors);
  tcase_add_test (import, test_units_and_stated_values);
  tcase_add_test (import, test_generic);
  tcase_add_test (import, test_bontang_program_table);
  tcase_add_test (import, test_paste_rows);
  tcase_add_test (import, test_paste_header_and_errors);
  tcase_add_test (import, test_paste_errors_name_cells);
  tcase_add_test (import, test_copy_rows);
  tcase_add_test (numbering, test_numbering);
  tcase_add_test (rounding, test_rounding_rule);
  tcase_add_test (rounding, test_table_option_and_decimals);
  tcase_set_timeout (import, 60);
  suite_add_tcase (suite, reader);
  suite_add_tcase (suite, import);
  suite_add_tcase (suite, numbering);
  suite_add_tcase (suite, rounding);
  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (csv_suite ());
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
