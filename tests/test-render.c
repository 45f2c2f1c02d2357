/* The layout and its two back ends.
 *
 * The examples are laid out and their pages inspected as boxes: labels,
 * orientations, the daftar isi against the pages where the chapters start,
 * every row of a long table exactly once with the header on every page. The
 * PDF is written and read back by poppler (pdftoppm) to compare it with
 * cairo's drawing of the same page. Command-line checks of the PDF itself
 * (qpdf, pdffonts, pdftotext, pdfinfo) are in render-pdf.sh. */
#include <check.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-ft.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "rancang-document.h"
#include "rancang-fonts.h"
#include "rancang-format.h"
#include "rancang-layout-document.h"
#include "rancang-render.h"
#include "rancang-template.h"

#define BONTANG EXAMPLES_DIR "/renja-bontang-2023.xml"
#define SERANG  EXAMPLES_DIR "/renstra-serang-2019-2023.xml"

/* ------------------------------------------------------------- helpers */

/* ERROR is set, of DOMAIN and CODE. */
#define assert_error(error, domain, code) \
  ck_assert_msg (g_error_matches ((error), (domain), (code)), "expected error %d, got: %s", (code), \
                 (error) != NULL ? (error)->message : "none")

static RancangFonts *
fonts_new (void)
{
  g_autoptr(GError) error = NULL;
  RancangFonts *fonts = rancang_fonts_new (&error);

  ck_assert_msg (fonts != NULL, "%s", error != NULL ? error->message : "");
  return fonts;
}

static RancangLayout *
layout_doc (RancangDocument *doc,
            RancangFonts    *fonts,
            RancangPaper     paper)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangTemplateSet) templates = rancang_template_set_new_builtin (&error);
  RancangLayout *layout;

  ck_assert_msg (templates != NULL, "%s", error != NULL ? error->message : "");
  layout = rancang_layout_document (doc, fonts, templates, paper, &error);
  ck_assert_msg (layout != NULL, "%s", error != NULL ? error->message : "");
  return layout;
}

static RancangDocument *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = rancang_document_load_file (path, &error);

  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  return doc;
}

/* The first page (index) whose text boxes include TEXT, from FROM on. */
static int
find_page_with (RancangLayout *layout,
                const char    *text,
                guint          from)
{
  for (guint p = from; p < layout->pages->len; p++)
    {
      RancangPage *page = g_ptr_array_index (layout->pages, p);
      for (guint i = 0; i < page->boxes->len; i++)
        {
          RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
          if (box->kind == RANCANG_BOX_TEXT && strcmp (box->u.text.utf8, text) == 0)
            return (int) p;
        }
    }
  return -1;
}

/* The first page with a text box that contains TEXT. */
static int
find_page_containing (RancangLayout *layout,
                      const char    *text)
{
  for (guint p = 0; p < layout->pages->len; p++)
    {
      RancangPage *page = g_ptr_array_index (layout->pages, p);
      for (guint i = 0; i < page->boxes->len; i++)
        {
          RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
          if (box->kind == RANCANG_BOX_TEXT && strstr (box->u.text.utf8, text) != NULL)
            return (int) p;
        }
    }
  return -1;
}

static gboolean
page_has_text (RancangPage *page,
               const char  *text)
{
  for (guint i = 0; i < page->boxes->len; i++)
    {
      RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
      if (box->kind == RANCANG_BOX_TEXT && strcmp (box->u.text.utf8, text) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
add_cell (RancangNode *row,
          const char  *key,
          const char  *text)
{
  RancangNode *c = rancang_node_new_element ("c");

  rancang_node_set_attr (c, "k", key);
  rancang_node_set_content (c, text);
  rancang_node_append_child (row, c);
}

/* A Renja whose section 3.3 holds a landscape program table of N rows, each
 * with its own kode. */
static RancangDocument *
generated_renja (int n_rows)
{
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = rancang_document_new_from_template (RANCANG_KIND_RENJA, 2024, &error);
  RancangNode *section, *table;
  int made = 0;

  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  section = rancang_document_lookup_id (doc, "program-dan-kegiatan");
  ck_assert_ptr_nonnull (section);
  table = rancang_node_new_element ("table");
  rancang_node_set_attr (table, "id", "rumusan-program");
  rancang_node_set_attr (table, "template", "rencana-program");
  rancang_node_set_attr (table, "orientation", "landscape");
  rancang_node_set_child_content (table, "caption", "Rumusan Rencana Program dan Kegiatan");
  rancang_node_append_child (section, table);

  for (int p = 1; made < n_rows; p++)
    for (int k = 0; k <= 9 && made < n_rows; k++)
      for (int s = 0; s <= (k == 0 ? 0 : 9) && made < n_rows; s++, made++)
        {
          RancangNode *row = rancang_node_new_element ("row");
          char kode[64];
          if (k == 0)
            g_snprintf (kode, sizeof kode, "5.03.%02d", p);
          else if (s == 0)
            g_snprintf (kode, sizeof kode, "5.03.%02d.2.%02d", p, k);
          else
            g_snprintf (kode, sizeof kode, "5.03.%02d.2.%02d.%02d", p, k, s);
          rancang_node_set_attr (row, "level", k == 0 ? "program" : s == 0 ? "kegiatan" : "subkegiatan");
          rancang_node_set_attr (row, "kode", kode);
          add_cell (row, "uraian", "Penyusunan Dokumen Perencanaan Perangkat Daerah dan Evaluasi Kinerja");
          add_cell (row, "indikator", "Persentase dokumen perencanaan yang tersusun tepat waktu");
          add_cell (row, "satuan", "Persen");
          add_cell (row, "target", "100");
          if (s > 0)
            add_cell (row, "pagu", "12345678");
          rancang_node_append_child (table, row);
        }
  return doc;
}

/* ------------------------------------------------------------- fonts */

START_TEST (test_fonts_measure_like_cairo)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  const char *text = "Rencana Kerja (RENJA) Tahun 2023: 15.322.725.321 \u201cHebat\u201d \u2013 \u25aa";
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, options);
  for (int face = 0; face < RANCANG_N_FACES; face++)
    {
      cairo_font_face_t *cface = cairo_ft_font_face_create_for_ft_face (rancang_fonts_get_ft_face (fonts, face),
                                                                        FT_LOAD_NO_HINTING);
      cairo_text_extents_t extents;
      double width = rancang_fonts_measure (fonts, face, 12, text, -1);

      /* The advance we measure is the one cairo draws: no hinting, no kerning. */
      cairo_set_font_face (cr, cface);
      cairo_set_font_size (cr, 12);
      cairo_text_extents (cr, text, &extents);
      ck_assert_msg (fabs (extents.x_advance - width) < 0.01, "face %d: cairo %f, ours %f", face,
                     extents.x_advance, width);
      ck_assert (width > 200 && width < 450);
      cairo_set_font_face (cr, NULL);
      cairo_font_face_destroy (cface);
    }
  ck_assert (rancang_fonts_has_glyph (fonts, RANCANG_FACE_SERIF, 0x201C));
  ck_assert (rancang_fonts_measure (fonts, RANCANG_FACE_SERIF_BOLD, 12, "Kode", -1)
             > rancang_fonts_measure (fonts, RANCANG_FACE_SERIF, 12, "Kode", -1));
  cairo_font_options_destroy (options);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}
END_TEST

/* Removes DIR and the files in it. */
static void
remove_dir (const char *dir)
{
  GDir *listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  if (listing != NULL)
    g_dir_close (listing);
  g_rmdir (dir);
}

static RancangFonts *
fonts_from (const char  *dir,
            GError     **error)
{
  g_setenv ("RANCANG_FONT_DIR", dir, TRUE);
  return rancang_fonts_new (error);
}

START_TEST (test_font_dir_from_environment)
{
  g_autofree char *old = g_strdup (g_getenv ("RANCANG_FONT_DIR"));
  g_autoptr(RancangFonts) bundled = NULL;
  g_autoptr(RancangFonts) copied = NULL;
  g_autoptr(RancangFonts) fallback = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *copy = g_dir_make_tmp ("rancang-fonts-XXXXXX", NULL);
  g_autofree char *empty = g_dir_make_tmp ("rancang-fonts-XXXXXX", NULL);
  g_autofree char *last = NULL;
  const char *text = "Rencana Kerja Tahun 2023";

  /* The fonts found without the variable, copied into a folder of our own. */
  g_unsetenv ("RANCANG_FONT_DIR");
  bundled = fonts_new ();
  for (int face = 0; face < RANCANG_N_FACES; face++)
    {
      const char *from = rancang_fonts_get_path (bundled, face);
      g_autofree char *name = g_path_get_basename (from);
      g_autofree char *to = g_build_filename (copy, name, NULL);
      g_autofree char *data = NULL;
      gsize length = 0;

      ck_assert (g_file_get_contents (from, &data, &length, NULL));
      ck_assert (g_file_set_contents (to, data, length, NULL));
      if (face == RANCANG_N_FACES - 1)
        last = g_steal_pointer (&to);
    }

  /* The variable's folder is the one read: every face from there. */
  copied = fonts_from (copy, &error);
  ck_assert_msg (copied != NULL, "%s", error != NULL ? error->message : "");
  for (int face = 0; face < RANCANG_N_FACES; face++)
    {
      g_autofree char *name = g_path_get_basename (rancang_fonts_get_path (bundled, face));
      g_autofree char *expected = g_build_filename (copy, name, NULL);

      ck_assert_str_eq (rancang_fonts_get_path (copied, face), expected);
      ck_assert_double_eq (rancang_fonts_measure (copied, face, 12, text, -1),
                           rancang_fonts_measure (bundled, face, 12, text, -1));
    }

  /* A folder that lacks one face fails and names the file it lacks. */
  g_unlink (last);
  ck_assert_ptr_null (fonts_from (copy, &error));
  assert_error (error, RANCANG_FONTS_ERROR, RANCANG_FONTS_ERROR_NOT_FOUND);
  ck_assert_msg (strstr (error->message, last) != NULL, "%s", error->message);
  g_clear_error (&error);

  /* A file there that is no font fails too, named. */
  ck_assert (g_file_set_contents (last, "not a font", -1, NULL));
  ck_assert_ptr_null (fonts_from (copy, &error));
  assert_error (error, RANCANG_FONTS_ERROR, RANCANG_FONTS_ERROR_BAD_FONT);
  ck_assert_msg (strstr (error->message, last) != NULL, "%s", error->message);
  g_clear_error (&error);

  /* A folder without the fonts is skipped for the next candidate: the
   * fonts found without the variable. */
  fallback = fonts_from (empty, &error);
  ck_assert_msg (fallback != NULL, "%s", error != NULL ? error->message : "");
  for (int face = 0; face < RANCANG_N_FACES; face++)
    ck_assert_str_eq (rancang_fonts_get_path (fallback, face), rancang_fonts_get_path (bundled, face));

  if (old != NULL)
    g_setenv ("RANCANG_FONT_DIR", old, TRUE);
  else
    g_unsetenv ("RANCANG_FONT_DIR");
  remove_dir (copy);
  remove_dir (empty);
}
END_TEST

/* ------------------------------------------------------------- the examples */

START_TEST (test_bontang_pages)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) doc = load (BONTANG);
  g_autoptr(RancangLayout) layout = layout_doc (doc, fonts, RANCANG_PAPER_FROM_DOCUMENT);
  RancangPage *cover = rancang_layout_get_page (layout, 0);
  RancangPage *preface = rancang_layout_get_page (layout, 1);
  guint landscape = 0, arabic = 0;
  int bab1 = find_page_with (layout, "BAB I", 4);

  ck_assert_uint_gt (layout->pages->len, 30);
  ck_assert_str_eq (cover->label, "");
  ck_assert_int_eq (cover->numbering, RANCANG_NUMBERING_NONE);
  ck_assert_str_eq (preface->label, "i");
  ck_assert (page_has_text (preface, "KATA PENGANTAR"));
  ck_assert (page_has_text (preface, "Drs. SUDI PRIYANTO, M.Si"));
  ck_assert (page_has_text (preface, "NIP. 19741225 199303 1 002"));
  ck_assert (page_has_text (preface, "Bontang, 7 Juli 2022"));
  ck_assert_int_ge (bab1, 0);
  ck_assert_str_eq (rancang_layout_get_page (layout, bab1)->label, "1");

  for (guint p = 0; p < layout->pages->len; p++)
    {
      RancangPage *page = g_ptr_array_index (layout->pages, p);
      if (page->landscape)
        {
          landscape++;
          ck_assert_double_gt (page->width, page->height);
          /* Landscape pages hold tables only: the header is on every one. */
          ck_assert_msg (page_has_text (page, "Kode") || page_has_text (page, "No.")
                         || page_has_text (page, "No"), "page %s has no header",
                         page->label);
        }
      if (page->numbering == RANCANG_NUMBERING_ARABIC)
        {
          g_autofree char *expected = g_strdup_printf ("%u", ++arabic);
          ck_assert_str_eq (page->label, expected);
        }
      ck_assert_double_eq_tol (MIN (page->width, page->height), 210 * 72 / 25.4, 0.01);
    }
  ck_assert_uint_gt (landscape, 10);
  /* The program table's total, computed and formatted the Indonesian way. */
  ck_assert_int_ge (find_page_with (layout, "15.322.725.321", 0), 0);
  ck_assert_int_lt (find_page_with (layout, "15,322,725,321", 0), 0);
}
END_TEST

/* The number the daftar isi prints for each BAB is the label of the page
 * where that BAB's heading stands. */
static void
check_contents (RancangLayout *layout)
{
  int contents = find_page_with (layout, "DAFTAR ISI", 1);
  guint checked = 0, body = 0;

  ck_assert_int_ge (contents, 0);
  while (body < layout->pages->len && rancang_layout_get_page (layout, body)->numbering != RANCANG_NUMBERING_ARABIC)
    body++;
  for (guint p = (guint) contents; p < layout->pages->len; p++)
    {
      RancangPage *page = g_ptr_array_index (layout->pages, p);
      if (p > (guint) contents && page->numbering != RANCANG_NUMBERING_ROMAN)
        break;
      for (guint i = 0; i < page->boxes->len; i++)
        {
          RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
          RancangBox *number = NULL;
          int target;

          if (box->kind != RANCANG_BOX_TEXT || !g_str_has_prefix (box->u.text.utf8, "BAB ")
              || box->x > 100)
            continue;
          /* The page number is the last box on the same baseline, or on the
           * last line of a wrapped title: the first right-aligned number after it. */
          for (guint j = i + 1; j < page->boxes->len; j++)
            {
              RancangBox *b = &g_array_index (page->boxes, RancangBox, j);
              if (b->kind == RANCANG_BOX_TEXT && b->x + b->w > page->width - 80 && b->u.text.utf8[0] != '.')
                {
                  number = b;
                  break;
                }
            }
          ck_assert_ptr_nonnull (number);
          target = find_page_with (layout, box->u.text.utf8, body);
          ck_assert_int_ge (target, 0);
          ck_assert_msg (strcmp (number->u.text.utf8, rancang_layout_get_page (layout, target)->label) == 0,
                         "%s: daftar isi says %s, the heading is on %s", box->u.text.utf8,
                         number->u.text.utf8, rancang_layout_get_page (layout, target)->label);
          checked++;
        }
    }
  ck_assert_uint_ge (checked, 5);
}

START_TEST (test_contents_page_numbers)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) bontang = load (BONTANG);
  g_autoptr(RancangDocument) serang = load (SERANG);
  g_autoptr(RancangLayout) a = layout_doc (bontang, fonts, RANCANG_PAPER_FROM_DOCUMENT);
  g_autoptr(RancangLayout) b = layout_doc (serang, fonts, RANCANG_PAPER_F4);

  check_contents (a);
  check_contents (b);
  ck_assert_double_eq_tol (rancang_layout_get_page (b, 0)->height, 330 * 72 / 25.4, 0.01);
}
END_TEST

START_TEST (test_per_chapter_numbers)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) doc = load (BONTANG);
  RancangNode *paper = rancang_node_get_child (rancang_document_get_metadata (doc), "paper");
  g_autoptr(RancangLayout) layout = NULL;
  int bab2;

  rancang_node_set_attr (paper, "page-numbers", "per-chapter");
  layout = layout_doc (doc, fonts, RANCANG_PAPER_LETTER);
  bab2 = find_page_with (layout, "BAB II", 4);
  ck_assert_int_ge (bab2, 0);
  ck_assert_str_eq (rancang_layout_get_page (layout, bab2)->label, "II-1");
  ck_assert_str_eq (rancang_layout_get_page (layout, bab2 + 1)->label, "II-2");
  ck_assert_str_eq (rancang_layout_get_page (layout, bab2 - 1)->prefix, "I-");
  ck_assert_double_eq_tol (rancang_layout_get_page (layout, 0)->width, 612, 0.01);
  check_contents (layout);
}
END_TEST

/* ------------------------------------------------------------- long tables */

START_TEST (test_long_table_every_row_once)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) doc = generated_renja (2000);
  g_autoptr(RancangLayout) layout = layout_doc (doc, fonts, RANCANG_PAPER_A4);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint table_pages = 0;

  for (guint p = 0; p < layout->pages->len; p++)
    {
      RancangPage *page = g_ptr_array_index (layout->pages, p);
      for (guint i = 0; i < page->boxes->len; i++)
        {
          RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
          if (box->kind == RANCANG_BOX_TEXT && g_str_has_prefix (box->u.text.utf8, "5.03."))
            {
              ck_assert_msg (!g_hash_table_contains (seen, box->u.text.utf8), "%s printed twice",
                             box->u.text.utf8);
              g_hash_table_add (seen, (gpointer) box->u.text.utf8);
              ck_assert (page->landscape);
            }
        }
      if (page->landscape)
        {
          table_pages++;
          ck_assert (page_has_text (page, "Kode"));
          ck_assert (page_has_text (page, "Rencana Tahun 2024"));   /* the plan year of generated_renja () */
        }
    }
  ck_assert_uint_eq (g_hash_table_size (seen), 2000);
  ck_assert_uint_gt (table_pages, 20);
}
END_TEST

START_TEST (test_row_taller_than_a_page)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) doc = generated_renja (3);
  RancangNode *table = rancang_document_lookup_id (doc, "rumusan-program");
  RancangNode *row = rancang_node_get_child (table, "row");
  GString *long_text = g_string_new (NULL);
  g_autoptr(RancangLayout) layout = NULL;
  guint words = 0, pages_with_words = 0;

  for (int i = 0; i < 1500; i++)
    g_string_append_printf (long_text, "kata%d ", i);
  add_cell (row, "catatan", long_text->str);
  g_string_free (long_text, TRUE);

  layout = layout_doc (doc, fonts, RANCANG_PAPER_A4);
  for (guint p = 0; p < layout->pages->len; p++)
    {
      RancangPage *page = g_ptr_array_index (layout->pages, p);
      gboolean any = FALSE;
      for (guint i = 0; i < page->boxes->len; i++)
        {
          RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
          if (box->kind == RANCANG_BOX_TEXT && g_str_has_prefix (box->u.text.utf8, "kata"))
            {
              g_auto(GStrv) parts = g_strsplit (box->u.text.utf8, " ", -1);
              words += g_strv_length (parts);
              any = TRUE;
              /* Never below the text block. */
              ck_assert_double_lt (box->y, page->height - 25 * 72 / 25.4);
            }
        }
      if (any)
        {
          pages_with_words++;
          ck_assert (page_has_text (page, "Kode"));
        }
    }
  ck_assert_uint_eq (words, 1500);
  ck_assert_uint_ge (pages_with_words, 2);
}
END_TEST


/* ------------------------------------------------------------- every block */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A small PNG, base64 as a document carries it. */
static char *
png_base64 (int w,
            int h)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create (surface);
  GByteArray *bytes = g_byte_array_new ();
  char *text;

  cairo_set_source_rgb (cr, 0.2, 0.3, 0.8);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  cairo_surface_destroy (surface);
  text = g_base64_encode (bytes->data, bytes->len);
  g_byte_array_unref (bytes);
  return text;
}

static const char small_document[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<document xmlns=\"urn:rancang:document\" version=\"1\" kind=\"renja\">\n"
  "<metadata><plan-year>2024</plan-year><period start=\"2021\" end=\"2026\"/><pemda>Kota Contoh</pemda>"
  "<opd acronym=\"BKD\">Badan Kepegawaian Daerah</opd><status>final</status>"
  "<paper size=\"a4\" margin-left=\"40\" margin-top=\"30\"/></metadata>\n"
  "<signatories><signatory id=\"k\"><jabatan>KEPALA BADAN KEPEGAWAIAN DAERAH</jabatan>"
  "<name>Dr. CONTOH, S.H.</name><golongan>IV/a</golongan><nip>197412251993031002</nip>"
  "<signature-image media-type=\"image/png\">%s</signature-image></signatory></signatories>\n"
  "<front><cover/><contents/><list-of-tables/><list-of-figures/></front>\n"
  "<body><chapter id=\"c1\"><title>PENDAHULUAN</title>"
  "<p>Lihat <ref target=\"t1\"/> pada <ref target=\"c2\"/>, sub bab <ref target=\"s21\"/> dan <ref target=\"g1\"/>.</p>"
  "<list style=\"decimal-paren\" start=\"3\"><item>tiga</item><item>empat<list style=\"upper-alpha\">"
  "<item>A satu</item></list></item></list>"
  "<list style=\"lower-roman\"><item>romawi</item></list>"
  "<page-break/><p style=\"center\">tengah</p><p style=\"right\">kanan</p><p style=\"quote\">kutipan <u>garis</u>"
  "<br/>baris baru</p></chapter>"
  "<chapter id=\"c2\"><title>ISI</title><section id=\"s21\"><title>BAGIAN</title>"
  "<section id=\"s211\"><title>RINCIAN</title><p>teks</p></section></section>"
  "<section id=\"s22\"><title>TABEL</title><table id=\"t1\" template=\"generic\"><caption>Daftar pegawai</caption>"
  "<columns><column key=\"nama\">Nama</column><column key=\"jumlah\" type=\"count\">Jumlah</column></columns>"
  "<row level=\"item\"><c k=\"nama\">Pegawai</c><c k=\"jumlah\">1234567</c></row></table>"
  "<figure id=\"g1\" kind=\"image\"><caption>Struktur</caption><image media-type=\"image/png\">%s</image></figure>"
  "<signature ref=\"k\"/></section></chapter></body>\n"
  "<appendix id=\"l1\"><title>DATA</title><p>lampiran</p></appendix>\n"
  "</document>\n";

START_TEST (test_every_block)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autofree char *signature = png_base64 (120, 50);
  g_autofree char *picture = png_base64 (600, 300);
  g_autofree char *xml = g_strdup_printf (small_document, signature, picture);
  g_autoptr(RancangDocument) doc = rancang_document_load_data (xml, strlen (xml), "small.xml", &error);
  g_autoptr(RancangLayout) layout = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rancang-render-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "small.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "small.png", NULL);
  guint images = 0;
  const char *expected[] = {
    "Lihat Tabel 2.1 pada BAB II, sub bab 2.1 dan Gambar 2.1.", "3)", "4)", "A.", "i.", "tengah", "kanan",
    "garis", "BAB II", "2.1", "2.1.1", "Tabel 2.1 Daftar pegawai", "1.234.567", "Gambar 2.1 Struktur",
    "KEPALA BADAN KEPEGAWAIAN", "DAERAH,", "Dr. CONTOH, S.H.", "Pembina", "NIP. 19741225 199303 1 002",
    "LAMPIRAN 1", "DAFTAR GAMBAR", "PEMERINTAH KOTA CONTOH",
  };

  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  layout = layout_doc (doc, fonts, RANCANG_PAPER_FROM_DOCUMENT);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    ck_assert_msg (find_page_containing (layout, expected[i]) >= 0, "\"%s\" is printed nowhere", expected[i]);
  /* The margins of the document: 40 mm on the left, 30 mm at the top. */
  {
    RancangPage *page = rancang_layout_get_page (layout, 1);
    double left = page->width, top = page->height;
    for (guint i = 0; i < page->boxes->len; i++)
      {
        RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
        left = MIN (left, box->x);
        top = MIN (top, box->y - box->h);
      }
    ck_assert_double_eq_tol (left, 40 * 72 / 25.4, 0.01);
    ck_assert_double_ge (top, 30 * 72 / 25.4 - 0.01);
    ck_assert_double_lt (top, 30 * 72 / 25.4 + 10);
  }
  /* The page break: "tengah" starts a page of its own. */
  ck_assert_int_gt (find_page_containing (layout, "tengah"), find_page_containing (layout, "Lihat"));
  ck_assert_int_gt (layout->outline->len, 6);

  /* The figure and the scanned signature, in both back ends. */
  for (guint p = 0; p < layout->pages->len; p++)
    {
      RancangPage *page = g_ptr_array_index (layout->pages, p);
      for (guint i = 0; i < page->boxes->len; i++)
        if (g_array_index (page->boxes, RancangBox, i).kind == RANCANG_BOX_IMAGE)
          {
            images++;
            ck_assert_int_eq (p, find_page_containing (layout, "Dr. CONTOH"));
          }
    }
  ck_assert_uint_eq (images, 2);
  ck_assert_msg (rancang_render_pdf (layout, fonts, RANCANG_PDF_DEFAULT, pdf, &error), "%s",
                 error != NULL ? error->message : "");
  ck_assert (rancang_render_png (layout, fonts, (guint) find_page_containing (layout, "Dr. CONTOH"), 50, png, NULL));
  g_unlink (pdf);
  g_unlink (png);
  g_rmdir (dir);
}
END_TEST

/* Column headers print their years counted from the plan year: Bontang's
 * Renja 2023 heads its n-2 columns "Tahun 2021" and its n-1 realisation
 * "(2022)", as the original (seed 002, Tabel 2.1) does. */
START_TEST (test_year_labels_in_headers)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) bontang = load (BONTANG);
  g_autoptr(RancangLayout) layout = layout_doc (bontang, fonts, RANCANG_PAPER_FROM_DOCUMENT);
  int table = find_page_with (layout, "8=(7/6)", 0);   /* Tabel 2.1's numbered header */
  RancangPage *page;

  ck_assert_int_ge (table, 0);
  page = g_ptr_array_index (layout->pages, table);
  ck_assert (page_has_text (page, "2021"));
  ck_assert (page_has_text (page, "(2022)"));
  ck_assert (!page_has_text (page, "n-2"));
  ck_assert_int_lt (find_page_containing (layout, "Tahun n-"), 0);
  ck_assert_int_lt (find_page_containing (layout, "(n-1)"), 0);
}
END_TEST

START_TEST (test_charts)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) bontang = load (BONTANG);
  g_autoptr(RancangDocument) serang = load (SERANG);
  RancangNode *penutup = rancang_document_lookup_id (bontang, "bab-5");
  RancangNode *figure = rancang_node_new_element ("figure");
  g_autoptr(RancangLayout) a = NULL;
  g_autoptr(RancangLayout) b = NULL;

  /* A bar per program of the program table, as long as its computed pagu. */
  rancang_node_set_attr (figure, "id", "pagu-per-program");
  rancang_node_set_attr (figure, "kind", "budget-chart");
  rancang_node_set_attr (figure, "source", "t3-3");
  rancang_node_set_child_content (figure, "caption", "Pagu indikatif per program");
  rancang_node_insert_after (rancang_node_get_child (penutup, "title"), figure);
  a = layout_doc (bontang, fonts, RANCANG_PAPER_FROM_DOCUMENT);
  ck_assert_int_ge (find_page_with (a, "Rp 10.909.930.646", 0), 0);
  ck_assert_int_ge (find_page_with (a, "Gambar 5.1 Pagu indikatif per program", 0), 0);

  /* The SWOT quadrant of Serang: the point and its quadrant named. */
  b = layout_doc (serang, fonts, RANCANG_PAPER_FROM_DOCUMENT);
  ck_assert_int_ge (find_page_with (b, "Kuadran I (S-O)", 0), 0);
  ck_assert_int_ge (find_page_with (b, "Progresif", 0), 0);
  ck_assert_int_eq (find_page_with (b, "Kuadran I (S-O)", 0), find_page_containing (b, "(0,7 ; 0,3)"));
}
END_TEST

/* Where the first text box starting with PREFIX stands: its page, x and
 * baseline; FALSE when there is none. */
static gboolean
find_box (RancangLayout *layout,
          const char    *prefix,
          int           *page_out,
          double        *x,
          double        *y)
{
  for (guint p = 0; p < layout->pages->len; p++)
    {
      RancangPage *page = g_ptr_array_index (layout->pages, p);
      for (guint i = 0; i < page->boxes->len; i++)
        {
          RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
          if (box->kind == RANCANG_BOX_TEXT && g_str_has_prefix (box->u.text.utf8, prefix))
            {
              *page_out = (int) p, *x = box->x, *y = box->y;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* The TOWS table of Serang (swot-fixtures.md F4) prints as its matrix:
 * strengths and weaknesses across, opportunities and threats down, each
 * strategy under its factors in its cell. */
START_TEST (test_tows_matrix)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) serang = load (SERANG);
  g_autoptr(RancangLayout) b = layout_doc (serang, fonts, RANCANG_PAPER_FROM_DOCUMENT);
  const char *codes[] = { "S1,S2,S4-O1", "S3,S4-O2", "W1,W2,W3-O1", "W1,W3,W4-O2", "S1,S2,S4-T1",
                          "S1,S2,S3,S4-T2", "S3-T3", "W1,W2,W3-T1", "W3,W4-T2", "W3-T1,T3" };
  int page, p;
  double sx, sy, wx, wy, ox, oy, tx, ty, x, y;

  ck_assert (find_box (b, "MATRIKS TOWS", &page, &x, &y));
  ck_assert (find_box (b, "KEKUATAN (S)", &p, &sx, &sy) && p == page);
  ck_assert (find_box (b, "KELEMAHAN (W)", &p, &wx, &wy) && p == page);
  ck_assert (find_box (b, "PELUANG (O)", &p, &ox, &oy) && p == page);
  ck_assert (find_box (b, "ANCAMAN (T)", &p, &tx, &ty) && p == page);
  /* S, W across in one row; O above T down the left. */
  ck_assert (sx < wx && fabs (sy - wy) < 0.01);
  ck_assert (ox < sx && oy > sy && ty > oy && fabs (ox - tx) < 0.01);
  /* The factors under their headings. */
  ck_assert (find_box (b, "S1 Tersedianya kerangka regulasi", &p, &x, &y) && p == page);
  ck_assert (x > ox && x < wx && y > sy && y < oy);
  ck_assert (find_box (b, "W4 Belum memadainya sistem", &p, &x, &y) && p == page);
  ck_assert (x > sx && y > wy && y < oy);
  ck_assert (find_box (b, "T3 Adanya potensi", &p, &x, &y) && p == page);
  ck_assert (x < sx && y > ty);

  /* Ten strategies, each in the cell of its quadrant. */
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      gboolean strength = codes[i][0] == 'S';
      gboolean opportunity = strchr (codes[i], 'O') != NULL;

      ck_assert_msg (find_box (b, codes[i], &p, &x, &y) && p == page, "%s not in the matrix", codes[i]);
      ck_assert_msg (strength ? (x > ox + 1 && x < wx) : x > sx + 1, "%s in the wrong column", codes[i]);
      ck_assert_msg (opportunity ? (y > oy && y < ty) : y > ty, "%s in the wrong row", codes[i]);
    }
  /* Not as rows of quadrant names any more. */
  ck_assert_int_lt (find_page_with (b, "SO", 0), 0);
}
END_TEST

/* ------------------------------------------------------------- PDF and cairo */

/* A PDF holds NUL bytes: strstr() would stop at the first. */
static gboolean
contains_bytes (const char *data,
                gsize       length,
                const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* The names of the files in DIR. */
static GPtrArray *
list_dir (const char *dir)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GDir *listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  if (listing != NULL)
    g_dir_close (listing);
  return names;
}

START_TEST (test_pdf_atomic)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) doc = load (BONTANG);
  g_autoptr(RancangLayout) layout = layout_doc (doc, fonts, RANCANG_PAPER_FROM_DOCUMENT);
  g_autofree char *dir = g_dir_make_tmp ("rancang-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "renja.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "renja.pdf", NULL);
  /* A name so long that no temporary name fits beside it (255 bytes is the
   * longest file name): the write fails before the file is touched. */
  g_autofree char *xs = g_strnfill (240, 'x');
  g_autofree char *long_name = g_strconcat ("renja-", xs, ".pdf", NULL);
  g_autofree char *kept = g_build_filename (dir, long_name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  ck_assert_uint_eq (strlen (long_name), 250);

  /* An old file is replaced by the whole PDF. */
  ck_assert (g_file_set_contents (path, "old", -1, NULL));
  ck_assert_msg (rancang_render_pdf (layout, fonts, RANCANG_PDF_DEFAULT, path, &error), "%s",
                 error != NULL ? error->message : "");
  ck_assert (g_file_get_contents (path, &data, &length, NULL));
  ck_assert (length > 10000 && memcmp (data, "%PDF-", 5) == 0);
  ck_assert (contains_bytes (data + length - 8, 8, "%%EOF"));
  ck_assert_msg (length < 1024 * 1024, "the Bontang PDF is %zu bytes", length);

  /* A folder that does not exist: an error naming the file the user chose,
   * with the reason, and nothing written. */
  ck_assert (!rancang_render_pdf (layout, fonts, RANCANG_PDF_DEFAULT, missing, &error));
  assert_error (error, RANCANG_RENDER_ERROR, RANCANG_RENDER_ERROR_IO);
  expected = g_strdup_printf ("%s: %s", missing, g_strerror (ENOENT));
  ck_assert_str_eq (error->message, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  /* A write that fails leaves the old file as it was (written here without
   * a temporary file, which its name leaves no room for). */
  {
    FILE *old = g_fopen (kept, "w");
    ck_assert_ptr_nonnull (old);
    ck_assert_int_ge (fputs ("old", old), 0);
    ck_assert_int_eq (fclose (old), 0);
  }
  ck_assert (!rancang_render_pdf (layout, fonts, RANCANG_PDF_DEFAULT, kept, &error));
  assert_error (error, RANCANG_RENDER_ERROR, RANCANG_RENDER_ERROR_IO);
  expected = g_strdup_printf ("%s: %s", kept, g_strerror (ENAMETOOLONG));
  ck_assert_str_eq (error->message, expected);
  g_clear_pointer (&data, g_free);
  ck_assert (g_file_get_contents (kept, &data, &length, NULL));
  ck_assert_str_eq (data, "old");

  /* Nothing else beside them: no temporary file, no half PDF. */
  files = list_dir (dir);
  ck_assert_uint_eq (files->len, 2);
  ck_assert (g_ptr_array_find_with_equal_func (files, "renja.pdf", g_str_equal, NULL));
  ck_assert (g_ptr_array_find_with_equal_func (files, long_name, g_str_equal, NULL));

  g_unlink (path);
  g_unlink (kept);
  g_rmdir (dir);
}
END_TEST

typedef struct
{
  int left, top, right, bottom;
} Ink;

/* The bounding box of the dark pixels inside a rectangle of an image. */
static Ink
ink_in (cairo_surface_t *surface,
        int              x0,
        int              y0,
        int              x1,
        int              y1)
{
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  Ink ink = { -1, -1, -1, -1 };

  for (int y = MAX (y0, 0); y <= MIN (y1, h - 1); y++)
    for (int x = MAX (x0, 0); x <= MIN (x1, w - 1); x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + 4 * x);
        int grey = (((px >> 16) & 0xFF) + ((px >> 8) & 0xFF) + (px & 0xFF)) / 3;
        if (grey >= 170)
          continue;
        if (ink.left < 0)
          ink = (Ink) { x, y, x, y };
        ink.left = MIN (ink.left, x), ink.right = MAX (ink.right, x);
        ink.top = MIN (ink.top, y), ink.bottom = MAX (ink.bottom, y);
      }
  return ink;
}

/* The cairo drawing of a page and poppler's rendering of the PDF page put
 * the ink of every text box in the same place, within two pixels at 72 dpi
 * (each box is looked at inside its own rectangle, so table rules and
 * neighbours do not count; descenders are left out, the faint antialiased
 * tail of a "p" at 8 pt is where the two rasterizers differ most). */
static void
compare_page (RancangLayout *layout,
              RancangFonts  *fonts,
              const char    *pdf,
              const char    *dir,
              guint          index)
{
  g_autofree char *ours = g_build_filename (dir, "cairo.png", NULL);
  g_autofree char *prefix = g_build_filename (dir, "poppler", NULL);
  g_autofree char *theirs = g_strconcat (prefix, ".png", NULL);
  g_autofree char *first = g_strdup_printf ("%u", index + 1);
  const char *argv[] = { "pdftoppm", "-png", "-r", "72", "-singlefile", "-f", first, "-l", first, pdf, prefix, NULL };
  RancangPage *page = rancang_layout_get_page (layout, index);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *a, *b;
  int status = 0, compared = 0;

  ck_assert (rancang_render_png (layout, fonts, index, 72, ours, NULL));
  ck_assert_msg (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error), "%s",
                 error != NULL ? error->message : "");
  ck_assert_int_eq (status, 0);
  a = cairo_image_surface_create_from_png (ours);
  b = cairo_image_surface_create_from_png (theirs);
  ck_assert_int_eq (cairo_surface_status (a), CAIRO_STATUS_SUCCESS);
  ck_assert_int_eq (cairo_surface_status (b), CAIRO_STATUS_SUCCESS);
  /* poppler rounds 595.3 points up, cairo to the nearest pixel. */
  ck_assert_int_le (abs (cairo_image_surface_get_width (a) - cairo_image_surface_get_width (b)), 1);
  ck_assert_int_le (abs (cairo_image_surface_get_height (a) - cairo_image_surface_get_height (b)), 1);
  cairo_surface_flush (a);
  cairo_surface_flush (b);

  for (guint i = 0; i < page->boxes->len; i++)
    {
      RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
      int x0, x1, y0, y1;
      Ink p, q;

      /* A box of a letter or two is too small to judge at 72 dpi. */
      if (box->kind != RANCANG_BOX_TEXT || box->w < 6)
        continue;
      x0 = (int) ceil (box->x + 0.5), x1 = (int) floor (box->x + box->w - 0.5);
      y0 = (int) ceil (box->y - 0.8 * box->h), y1 = (int) floor (box->y + 0.2 * box->h);
      p = ink_in (a, x0, y0, x1, y1);
      q = ink_in (b, x0, y0, x1, y1);
      if (p.left < 0 && q.left < 0)
        continue;
      compared++;
      ck_assert_msg (p.left >= 0 && q.left >= 0 && abs (p.left - q.left) <= 2 && abs (p.right - q.right) <= 2
                     && abs (p.top - q.top) <= 2,
                     "page %u, \"%s\": cairo's ink %d,%d-%d,%d, poppler's %d,%d-%d,%d", index + 1,
                     box->u.text.utf8, p.left, p.top, p.right, p.bottom, q.left, q.top, q.right, q.bottom);
    }
  ck_assert_int_gt (compared, 10);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  g_unlink (ours);
  g_unlink (theirs);
}

START_TEST (test_cairo_matches_pdf)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) doc = load (BONTANG);
  g_autoptr(RancangLayout) layout = layout_doc (doc, fonts, RANCANG_PAPER_FROM_DOCUMENT);
  g_autofree char *dir = g_dir_make_tmp ("rancang-render-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "renja.pdf", NULL);
  int bab1 = find_page_with (layout, "BAB I", 4);
  int table = find_page_with (layout, "15.322.725.321", 4);

  ck_assert (rancang_render_pdf (layout, fonts, RANCANG_PDF_DEFAULT, pdf, NULL));
  compare_page (layout, fonts, pdf, dir, 1);             /* kata pengantar and signature */
  compare_page (layout, fonts, pdf, dir, 2);             /* daftar isi */
  compare_page (layout, fonts, pdf, dir, (guint) bab1);  /* a BAB opening */
  compare_page (layout, fonts, pdf, dir, (guint) table); /* a landscape table */
  g_unlink (pdf);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_pdfa)
{
  g_autoptr(RancangFonts) fonts = fonts_new ();
  g_autoptr(RancangDocument) doc = load (SERANG);
  g_autoptr(RancangLayout) layout = layout_doc (doc, fonts, RANCANG_PAPER_FROM_DOCUMENT);
  g_autofree char *dir = g_dir_make_tmp ("rancang-render-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "renstra.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  ck_assert_msg (rancang_render_pdf (layout, fonts, RANCANG_PDF_PDFA_1B, pdf, &error), "%s",
                 error != NULL ? error->message : "");
  ck_assert (g_file_get_contents (pdf, &data, &length, NULL));
  /* The XMP metadata that claims PDF/A-1b. */
  ck_assert (contains_bytes (data, length, "pdfaid:part"));
  /* The sRGB output intent the colours refer to. */
  ck_assert (contains_bytes (data, length, "GTS_PDFA1"));
  g_unlink (pdf);
  g_rmdir (dir);
}
END_TEST

static Suite *
render_suite (void)
{
  Suite *suite = suite_create ("render");
  TCase *fonts = tcase_create ("fonts");
  TCase *layout = tcase_create ("layout");
  TCase *output = tcase_create ("output");

  tcase_add_test (fonts, test_fonts_measure_like_cairo);
  tcase_add_test (fonts, test_font_dir_from_environment);
  suite_add_tcase (suite, fonts);

  tcase_set_timeout (layout, 120);
  tcase_add_test (layout, test_bontang_pages);
  tcase_add_test (layout, test_contents_page_numbers);
  tcase_add_test (layout, test_per_chapter_numbers);
  tcase_add_test (layout, test_long_table_every_row_once);
  tcase_add_test (layout, test_row_taller_than_a_page);
  tcase_add_test (layout, test_every_block);
  tcase_add_test (layout, test_charts);
  tcase_add_test (layout, test_tows_matrix);
  tcase_add_test (layout, test_year_labels_in_headers);
  suite_add_tcase (suite, layout);

  tcase_set_timeout (output, 120);
  tcase_add_test (output, test_pdf_atomic);
  tcase_add_test (output, test_cairo_matches_pdf);
  tcase_add_test (output, test_pdfa);
  suite_add_tcase (suite, output);
  return suite;
}

int
main (void)
{
  SRunner *runner = srunner_create (render_suite ());
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
