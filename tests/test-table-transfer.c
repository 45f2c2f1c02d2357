/* test-table-transfer.c: rows pasted from a spreadsheet, copied out,
 * and the table's properties, in the window (issue #6), under Xvfb
 * (meson test --suite gui).
 *
 * The rows pasted into Tabel 2.1 of the Bontang example are rows of the
 * fixture B-2.1 (renja-fixtures-bontang.md), with Indonesian numbers; their
 * derived cells as the fixture computes them: 17.09: 26/6 = 433,33 %,
 * 25 + 26 + 15 = 66, 66/15 = 440,00 %; 01.17 (the kotak makan indicator):
 * 1055/1400 = 75,36 %, 557 + 1055 + 1050 = 2.662, 2662/6900 = 38,58 %;
 * 16.09: 30/40 = 75,00 %, 0 + 30 + 180 = 210, 210/160 = 131,25 %. */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "rancang-layout-document.h"
#include "rancang-outline.h"
#include "rancang-table-editor.h"
#include "rancang-table-properties.h"
#include "rancang-table-transfer.h"
#include "rancang-template.h"
#include "window-harness.h"

/* As LibreOffice Calc copies them: no header, the typed columns of the
 * template (level, kode, uraian, indikator, satuan, akumulasi, polaritas,
 * k4, k5, k6, k7, k9, k12, ket). */
#define ROW_17_09 \
  "kegiatan\t17.09\tProses penanganan kasus-kasus Pelanggaran Disiplin dan Ijin Perceraian\t" \
  "Jumlah pembahasan terkait berkas kasus yang masuk dari Perangkat Daerah\tkali\tkumulatif\t\t" \
  "15\t25\t6\t26\t15\t\tDPA: Pengelolaan Penyelesaian Pelanggaran Disiplin ASN\n"
#define ROW_01_17(k7) \
  "kegiatan\t01.17\tPenyediaan Makanan dan Minuman\tJumlah kotak makan\tkotak\tkumulatif\t\t" \
  "6.900\t557\t1.400\t" k7 "\t1.050\t\t\n"
#define ROW_16_09 \
  "kegiatan\t16.09\tDiklat dan sertifikasi pengadaan barang dan jasa\t" \
  "Jumlah peserta diklat pengadaan barang dan jasa\torang\tkumulatif\t\t160\t0\t40\t30\t180\t\t" \
  "\"Penyelenggaraan Pengembangan Kompetensi Teknis Umum,\nInti, dan Pilihan\"\n"

typedef struct
{
  RancangWindow      *window;
  RancangTableEditor *editor;
  RancangNode        *t21;
} Fixture;

/* With RANCANG_SCREENSHOTS=DIR, a picture of WIDGET as DIR/NAME.png, to
 * look at the dialogs. */

static gboolean
has_width (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0;
}

static void
save_png (GtkWidget  *widget,
          const char *name)
{
  const char *dir = g_getenv ("RANCANG_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL)
    return;
  harness_wait_for (has_width, widget, "the widget to be laid out for its screenshot");
  harness_frames (widget, 2);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_printerr ("%s: nothing drawn (%d x %d, mapped %d)\n", name, width, height, gtk_widget_get_mapped (widget));
      return;
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static gboolean
dialog_open (gpointer data)
{
  return rancang_table_transfer_get_dialog (data) != NULL;
}

/* Puts TEXT on the clipboard, runs transfer.paste and returns the preview. */
static GtkWidget *
paste (Fixture    *f,
       const char *text)
{
  GtkWidget *dialog;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->editor)), text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "transfer.paste", NULL));
  harness_wait_for (dialog_open, f->editor, "dialog open");
  dialog = rancang_table_transfer_get_dialog (f->editor);
  g_assert_true (GTK_IS_DIALOG (dialog));
  harness_drain ();
  return dialog;
}

static void
respond (Fixture   *f,
         GtkWidget *dialog,
         int        response)
{
  gtk_dialog_response (GTK_DIALOG (dialog), response);
  harness_drain ();
  g_assert_null (rancang_table_transfer_get_dialog (f->editor));
}

static void
open_t21 (Fixture            *f,
          RancangApplication *app,
          const char         *name)
{
  g_autofree char *path = harness_copy_example ("renja-bontang-2023.xml", name);
  RancangOutline *outline;

  f->window = harness_open_window (app, path);
  outline = RANCANG_OUTLINE (rancang_window_get_child (f->window, "outline"));
  f->editor = RANCANG_TABLE_EDITOR (rancang_window_get_child (f->window, "table"));
  f->t21 = harness_node_by_id (f->window, "t2-1");
  g_assert_true (rancang_outline_select_node (outline, f->t21));
  harness_frames (GTK_WIDGET (f->window), 2);
  g_assert_true (rancang_table_editor_get_table (f->editor) == f->t21);
}

static void
test_paste (void)
{
  RancangApplication *app = harness_start_app ();
  RancangHistory *history;
  Fixture f;
  GtkWidget *dialog;
  guint before;
  int row;

  open_t21 (&f, app, "paste.xml");
  history = rancang_window_get_history (f.window);
  before = harness_count_rows (f.t21);

  /* Three rows: the preview lists them, parsed, before anything changes. */
  dialog = paste (&f, ROW_17_09 ROW_01_17 ("1.055") ROW_16_09);
  g_assert_cmpuint (rancang_table_transfer_preview_n_rows (dialog), ==, 3);
  g_assert_null (rancang_table_transfer_preview_message (dialog));
  g_assert_true (gtk_widget_get_sensitive (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT)));
  g_assert_cmpuint (harness_count_rows (f.t21), ==, before);
  g_assert_false (rancang_history_can_undo (history));
  save_png (dialog, "paste-preview.png");
  respond (&f, dialog, GTK_RESPONSE_ACCEPT);

  /* Added at the end, with their derived cells computed. */
  g_assert_cmpuint (harness_count_rows (f.t21), ==, before + 3);
  row = (int) before;
  harness_assert_shown (f.editor, row, "kode", "17.09");
  harness_assert_shown (f.editor, row, "k7", "26");
  harness_assert_shown (f.editor, row, "k8", "433,33");
  harness_assert_shown (f.editor, row, "k10", "66");
  harness_assert_shown (f.editor, row, "k11", "440,00");
  row = (int) before + 1;
  harness_assert_shown (f.editor, row, "kode", "01.17");
  harness_assert_shown (f.editor, row, "k4", "6.900");
  harness_assert_shown (f.editor, row, "k7", "1.055");
  harness_assert_shown (f.editor, row, "k8", "75,36");
  harness_assert_shown (f.editor, row, "k10", "2.662");
  harness_assert_shown (f.editor, row, "k11", "38,58");
  row = (int) before + 2;
  harness_assert_shown (f.editor, row, "kode", "16.09");
  harness_assert_shown (f.editor, row, "k8", "75,00");
  harness_assert_shown (f.editor, row, "k10", "210");
  harness_assert_shown (f.editor, row, "k11", "131,25");
  harness_assert_shown (f.editor, row, "ket", "Penyelenggaraan Pengembangan Kompetensi Teknis Umum,\nInti, dan Pilihan");
  g_assert_true (harness_title_is_dirty (f.window));

  /* One undo takes the three out. */
  harness_activate (f.window, "win.undo");
  g_assert_cmpuint (harness_count_rows (f.t21), ==, before);
  g_assert_null (rancang_table_editor_dup_display (f.editor, before, "kode"));
  g_assert_false (rancang_history_can_undo (history));
  g_assert_false (harness_title_is_dirty (f.window));

  /* A bad number: the row and the column named, Paste disabled, nothing added. */
  dialog = paste (&f, ROW_17_09 ROW_01_17 ("1.0,55") ROW_16_09);
  g_assert_cmpuint (rancang_table_transfer_preview_n_rows (dialog), ==, 0);
  g_assert_nonnull (rancang_table_transfer_preview_message (dialog));
  g_assert_nonnull (strstr (rancang_table_transfer_preview_message (dialog), ":2: column k7"));
  g_assert_false (gtk_widget_get_sensitive (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT)));
  save_png (dialog, "paste-error.png");
  respond (&f, dialog, GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (harness_count_rows (f.t21), ==, before);
  g_assert_false (rancang_history_can_undo (history));

  harness_stop_app (app);
}

static gboolean
text_arrived (gpointer data)
{
  return *(char **) data != NULL;
}

static void
on_text (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  *(char **) data = text != NULL ? text : g_strdup ("");
}

static void
test_copy_paste (void)
{
  RancangApplication *app = harness_start_app ();
  g_autoptr(RancangTemplateSet) set = rancang_template_set_new_builtin (NULL);
  RancangTemplate *tmpl = rancang_template_set_lookup (set, "evaluasi-renja");
  g_autofree char *copied = NULL;
  Fixture f;
  GtkWidget *dialog;
  guint before;
  int row;

  open_t21 (&f, app, "copy.xml");
  before = harness_count_rows (f.t21);

  /* The row of the cell being edited is the selection: 05.01. */
  row = rancang_table_editor_find_row (f.editor, "05.01");
  g_assert_true (rancang_table_editor_select_cell (f.editor, harness_row_of (f.t21, "05.01"), "k6"));
  harness_drain ();
  {
    g_autoptr(GPtrArray) selected = rancang_table_editor_get_selected_rows (f.editor);
    g_assert_cmpuint (selected->len, ==, 1);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.editor), "transfer.copy", NULL));
  harness_drain ();
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f.editor)), NULL, on_text, &copied);
  harness_wait_for (text_arrived, &copied, "text arrived");
  /* A header line and the row, with its computed cells: 0/8 = 0,00 %,
   * 29 + 0 + 69 = 98, 98/59 = 166,10 %. */
  g_assert_true (g_str_has_prefix (copied, "level\tKode\t"));
  g_assert_nonnull (strstr (copied, "\nkegiatan\t05.01\tPendidikan dan pelatihan formal\t"));
  g_assert_nonnull (strstr (copied, "\t59\t29\t8\t0\t0,00\t69\t98\t166,10\t"));

  /* Pasted back: after 05.01, the same row as the editor shows it. */
  dialog = paste (&f, copied);
  g_assert_cmpstr (rancang_table_transfer_preview_message (dialog), ==, NULL);
  g_assert_cmpuint (rancang_table_transfer_preview_n_rows (dialog), ==, 1);
  respond (&f, dialog, GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (harness_count_rows (f.t21), ==, before + 1);
  for (guint c = 0; c < rancang_template_get_n_columns (tmpl); c++)
    {
      const char *key = rancang_template_column_key (tmpl, c);
      g_autofree char *original = rancang_table_editor_dup_display (f.editor, (guint) row, key);
      g_autofree char *pasted = rancang_table_editor_dup_display (f.editor, (guint) row + 1, key);

      g_assert_cmpstr (pasted, ==, original);
    }
  harness_activate (f.window, "win.undo");
  g_assert_cmpuint (harness_count_rows (f.t21), ==, before);
  harness_stop_app (app);
}

/* A paste after a program goes after its kegiatan; a CSV file through the
 * preview, replacing every row, undone in one step. */
static void
test_position_and_import (void)
{
  RancangApplication *app = harness_start_app ();
  Fixture f;
  GtkWidget *dialog;
  guint before;
  int program_16;

  open_t21 (&f, app, "import.xml");
  before = harness_count_rows (f.t21);

  /* Program 05 (rows 05, 05.01, 05.21, then program 16) selected. */
  program_16 = rancang_table_editor_find_row (f.editor, "16");
  g_assert_cmpint (program_16, ==, 3);
  g_assert_true (rancang_table_editor_select_cell (f.editor, harness_row_of (f.t21, "05"), "uraian"));
  harness_drain ();
  dialog = paste (&f, ROW_16_09);
  g_assert_cmpuint (rancang_table_transfer_preview_n_rows (dialog), ==, 1);
  respond (&f, dialog, GTK_RESPONSE_ACCEPT);
  g_assert_cmpuint (harness_count_rows (f.t21), ==, before + 1);
  harness_assert_shown (f.editor, program_16, "kode", "16.09");
  harness_assert_shown (f.editor, program_16, "k8", "75,00");
  harness_assert_shown (f.editor, program_16 + 1, "kode", "16");
  harness_activate (f.window, "win.undo");
  g_assert_cmpuint (harness_count_rows (f.t21), ==, before);

  /* An Indonesian CSV file (semicolons, a header), every row replaced. */
  rancang_table_transfer_preview (f.editor,
                                  "level;kode;uraian;satuan;akumulasi;k4;k5;k6;k7;k9\r\n"
                                  "kegiatan;01.17;Penyediaan Makanan dan Minuman;kotak;kumulatif;6.900;557;1.400;1.055;1.050\r\n",
                                  "makan.csv", TRUE);
  harness_drain ();
  dialog = rancang_table_transfer_get_dialog (f.editor);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (rancang_table_transfer_preview_n_rows (dialog), ==, 1);
  save_png (dialog, "import-preview.png");
  respond (&f, dialog, RANCANG_TRANSFER_RESPONSE_REPLACE);
  g_assert_cmpuint (harness_count_rows (f.t21), ==, 1);
  harness_assert_shown (f.editor, 0, "k8", "75,36");
  harness_assert_shown (f.editor, 0, "k10", "2.662");
  harness_assert_shown (f.editor, 0, "k11", "38,58");
  harness_activate (f.window, "win.undo");
  g_assert_cmpuint (harness_count_rows (f.t21), ==, before);
  g_assert_false (rancang_history_can_undo (rancang_window_get_history (f.window)));

  /* A file with a cell that is no number: named, nothing imported. */
  rancang_table_transfer_preview (f.editor, "level;kode;k7\nkegiatan;01.17;seribu\n", "makan.csv", TRUE);
  harness_drain ();
  dialog = rancang_table_transfer_get_dialog (f.editor);
  g_assert_cmpuint (rancang_table_transfer_preview_n_rows (dialog), ==, 0);
  g_assert_nonnull (strstr (rancang_table_transfer_preview_message (dialog), "makan.csv:2: column k7"));
  respond (&f, dialog, RANCANG_TRANSFER_RESPONSE_REPLACE);
  g_assert_cmpuint (harness_count_rows (f.t21), ==, before);
  harness_stop_app (app);
}

static gboolean
page_text_contains (RancangLayout *layout,
                    const char    *caption,
                    const char    *text)
{
  gboolean in_table = FALSE;

  for (guint p = 0; p < layout->pages->len; p++)
    {
      RancangPage *page = g_ptr_array_index (layout->pages, p);

      for (guint i = 0; i < page->boxes->len; i++)
        {
          RancangBox *box = &g_array_index (page->boxes, RancangBox, i);

          if (box->kind != RANCANG_BOX_TEXT)
            continue;
          if (strstr (box->u.text.utf8, caption) != NULL)
            in_table = TRUE;
          if (in_table && page->landscape && strstr (box->u.text.utf8, text) != NULL)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the printed Tabel 2.1 shows a keterangan ("DPA: ..."). */
static gboolean
prints_keterangan (RancangDocument *doc)
{
  g_autoptr(RancangFonts) fonts = rancang_fonts_new (NULL);
  g_autoptr(RancangTemplateSet) templates = rancang_template_set_new_builtin (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangLayout) layout = NULL;

  g_assert_nonnull (fonts);
  layout = rancang_layout_document (doc, fonts, templates, RANCANG_PAPER_FROM_DOCUMENT, &error);
  g_assert_no_error (error);
  return page_text_contains (layout, "REKAPITULASI HASIL EVALUASI", "DPA:");
}

static void
test_properties (void)
{
  RancangApplication *app = harness_start_app ();
  RancangHistory *history;
  RancangDocument *doc;
  Fixture f;
  GtkWidget *dialog;
  g_autofree char *caption = NULL;
  int row;

  open_t21 (&f, app, "properties.xml");
  history = rancang_window_get_history (f.window);
  doc = rancang_window_get_document (f.window);
  g_assert_true (prints_keterangan (doc));

  /* Caption, orientation and the keterangan left out of print: one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.editor), "transfer.properties", NULL));
  harness_drain ();
  dialog = rancang_table_transfer_get_dialog (f.editor);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (rancang_table_properties_get_caption (dialog), "EVALUASI RENJA 2021");
  g_assert_cmpuint (gtk_drop_down_get_selected (rancang_table_properties_get_orientation (dialog)), ==, 1);
  gtk_drop_down_set_selected (rancang_table_properties_get_orientation (dialog), 0);
  g_assert_nonnull (rancang_table_properties_get_column (dialog, "ket"));
  g_assert_null (rancang_table_properties_get_column (dialog, "akumulasi"));   /* never printed */
  gtk_check_button_set_active (rancang_table_properties_get_column (dialog, "ket"), FALSE);
  g_assert_true (gtk_check_button_get_active (rancang_table_properties_get_numbered (dialog)));
  gtk_check_button_set_active (rancang_table_properties_get_numbered (dialog), FALSE);
  g_assert_null (rancang_table_properties_get_warning (dialog));
  save_png (dialog, "table-properties.png");
  respond (&f, dialog, GTK_RESPONSE_ACCEPT);

  caption = rancang_node_dup_content (rancang_node_get_child (f.t21, "caption"));
  g_assert_cmpstr (caption, ==, "EVALUASI RENJA 2021");
  g_assert_cmpstr (rancang_node_get_attr (f.t21, "orientation"), ==, "portrait");
  g_assert_cmpstr (rancang_node_get_attr (f.t21, "hide-columns"), ==, "ket");
  g_assert_cmpstr (rancang_node_get_attr (f.t21, "numbered"), ==, "false");
  g_assert_true (harness_title_is_dirty (f.window));
  {
    /* What is saved loads again: the schema has the attribute. */
    g_autoptr(GError) error = NULL;
    g_autofree char *xml = rancang_document_to_xml (doc, NULL);
    g_autoptr(RancangDocument) again = rancang_document_load_data (xml, strlen (xml), "saved.xml", &error);

    g_assert_no_error (error);
    g_assert_nonnull (again);
  }

  harness_activate (f.window, "win.undo");
  g_clear_pointer (&caption, g_free);
  caption = rancang_node_dup_content (rancang_node_get_child (f.t21, "caption"));
  g_assert_cmpstr (caption, ==, "REKAPITULASI HASIL EVALUASI PELAKSANAAN RENJA PERANGKAT DAERAH s.d. TAHUN 2022 KOTA BONTANG");
  g_assert_cmpstr (rancang_node_get_attr (f.t21, "orientation"), ==, "landscape");
  g_assert_null (rancang_node_get_attr (f.t21, "hide-columns"));
  g_assert_null (rancang_node_get_attr (f.t21, "numbered"));
  g_assert_false (rancang_history_can_undo (history));

  /* Another template: the cells it has no column for are named, and kept. */
  row = rancang_table_editor_find_row (f.editor, "17.22");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.editor), "transfer.properties", NULL));
  harness_drain ();
  dialog = rancang_table_transfer_get_dialog (f.editor);
  g_assert_true (rancang_table_properties_select_template (dialog, "realisasi-anggaran"));
  g_assert_nonnull (rancang_table_properties_get_warning (dialog));
  g_assert_nonnull (strstr (rancang_table_properties_get_warning (dialog), "k7"));
  save_png (dialog, "table-properties-template.png");
  respond (&f, dialog, GTK_RESPONSE_ACCEPT);
  g_assert_cmpstr (rancang_node_get_attr (f.t21, "template"), ==, "realisasi-anggaran");
  g_assert_null (rancang_table_editor_dup_display (f.editor, (guint) row, "k8"));
  harness_activate (f.window, "win.undo");
  g_assert_cmpstr (rancang_node_get_attr (f.t21, "template"), ==, "evaluasi-renja");
  harness_assert_shown (f.editor, row, "k7", "588");
  harness_assert_shown (f.editor, row, "k8", "98,00");

  harness_stop_app (app);
}

/* The layout honours hide-columns. */
static void
test_hidden_columns_print (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (EXAMPLES_DIR "/renja-bontang-2023.xml", &error);
  RancangNode *t21;

  g_assert_no_error (error);
  t21 = rancang_document_lookup_id (doc, "t2-1");
  g_assert_true (prints_keterangan (doc));
  rancang_node_set_attr (t21, "hide-columns", "k12 ket");
  g_assert_false (prints_keterangan (doc));
}

int
main (int   argc,
      char *argv[])
{
  if (!harness_init (&argc, &argv))
    return 77;
  g_test_add_func ("/table-transfer/paste-undo-errors", test_paste);
  g_test_add_func ("/table-transfer/copy-paste", test_copy_paste);
  g_test_add_func ("/table-transfer/position-and-import", test_position_and_import);
  g_test_add_func ("/table-transfer/properties", test_properties);
  g_test_add_func ("/table-transfer/hidden-columns-print", test_hidden_columns_print);
  return harness_run ();
}
