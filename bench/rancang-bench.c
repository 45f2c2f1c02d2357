/* rancang-bench: figures for the document core.
 *
 *   rancang-bench generate ROWS FILE   a Renja with ROWS table rows and narrative
 *   rancang-bench io FILE [REPEAT]     load + validate + save, timed; peak memory
 *   rancang-bench compute FILE         every derived column; then one cell
 *                                      changed 100 times, the worst update
 *   rancang-bench share FILE           diff against a copy with every 50th pagu
 *                                      changed; merge of its two halves
 *   rancang-bench share-files FILE DIR the same documents as files, for timing
 *                                      rancang-cli diff and merge end to end:
 *                                      DIR/old.xml, new.xml, base.xml, part.xml
 *
 * bench/run-bench.sh runs both over 500, 5,000 and 50,000 rows.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-diff.h"
#include "rancang-document.h"
#include "rancang-merge.h"
#include "rancang-template.h"

static const char *const sub_kegiatan[] = {
  "Penyusunan Dokumen Perencanaan Perangkat Daerah",
  "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
  "Penyediaan Gaji dan Tunjangan ASN",
  "Pengelolaan Kenaikan Pangkat ASN",
  "Pengembangan Kompetensi Teknis dan Fungsional ASN dengan Materi yang Relevan",
};

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

static RancangNode *
add_row (RancangNode *table,
         const char  *level,
         const char  *kode,
         const char  *uraian,
         gint64       pagu)
{
  RancangNode *row = rancang_node_new_element ("row");
  char money[32];

  rancang_node_set_attr (row, "level", level);
  rancang_node_set_attr (row, "kode", kode);
  add_cell (row, "uraian", uraian);
  add_cell (row, "indikator", "Persentase dokumen perencanaan yang tersusun tepat waktu");
  add_cell (row, "satuan", "Persen");
  add_cell (row, "lokasi", "Kota Bontang, Semua Kecamatan, Semua Kelurahan");
  add_cell (row, "target", "100");
  g_snprintf (money, sizeof money, "%" G_GINT64_FORMAT, pagu);
  add_cell (row, "pagu", money);
  add_cell (row, "sumber_dana", "PENDAPATAN ASLI DAERAH (PAD)");
  add_cell (row, "target_maju", "100");
  add_cell (row, "pagu_maju", money);
  rancang_node_append_child (table, row);
  return row;
}

static int
generate (int         rows,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_new_from_template (RANCANG_KIND_RENJA, 2024, &error);
  RancangNode *section = rancang_document_lookup_id (doc, "program-dan-kegiatan");
  RancangNode *table = rancang_node_new_element ("table");
  int made = 0;

  rancang_node_set_attr (table, "id", "rumusan-program");
  rancang_node_set_attr (table, "template", "rencana-program");
  rancang_node_set_attr (table, "orientation", "landscape");
  rancang_node_set_child_content (table, "caption", "Rumusan Rencana Program dan Kegiatan");

  /* Narrative grows with the table: a paragraph for every ten rows. */
  for (int i = 0; i < rows / 10; i++)
    {
      RancangNode *p = rancang_node_new_element ("p");
      rancang_node_set_content (p, "Renja merupakan dokumen rencana pembangunan Perangkat Daerah yang "
                                   "berjangka waktu 1 (satu) tahun guna mengoperasionalkan RKPD.");
      rancang_node_append_child (section, p);
    }
  rancang_node_append_child (section, table);

  for (int p = 1; made < rows; p++)
    {
      char kode[64];
      g_snprintf (kode, sizeof kode, "5.03.%02d", p % 100);
      add_row (table, "program", kode, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", 0), made++;
      for (int k = 1; k <= 9 && made < rows; k++)
        {
          g_snprintf (kode, sizeof kode, "5.03.%02d.2.%02d", p % 100, k);
          add_row (table, "kegiatan", kode, "Administrasi Umum Perangkat Daerah", 0), made++;
          for (int s = 1; s <= 10 && made < rows; s++)
            {
              g_snprintf (kode, sizeof kode, "5.03.%02d.2.%02d.%02d", p % 100, k, s);
              add_row (table, "subkegiatan", kode, sub_kegiatan[s % G_N_ELEMENTS (sub_kegiatan)],
                       (gint64) 12345678 * s + p), made++;
            }
        }
    }

  if (!rancang_document_save_file (doc, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}

static int
io (const char *path,
    int         repeat)
{
  g_autofree char *out = g_strconcat (path, ".saved.xml", NULL);
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));
  struct rusage usage;
  GStatBuf st;

  for (int i = 0; i < repeat; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(RancangDocument) doc = rancang_document_load_file (path, &error);
      double ms;

      if (doc == NULL || !rancang_document_save_file (doc, out, &error))
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
      ms = (double) (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  for (guint i = 0; i < times->len; i++) /* insertion sort: a handful of values */
    for (guint j = i; j > 0 && g_array_index (times, double, j) < g_array_index (times, double, j - 1); j--)
      {
        double t = g_array_index (times, double, j);
        g_array_index (times, double, j) = g_array_index (times, double, j - 1);
        g_array_index (times, double, j - 1) = t;
      }
  getrusage (RUSAGE_SELF, &usage);
  g_stat (path, &st);
  printf ("%-28s %8.1f KB  load+validate+save median %7.1f ms (min %7.1f, %d runs)  peak %6.1f MB\n",
          path, st.st_size / 1024.0, g_array_index (times, double, times->len / 2),
          g_array_index (times, double, 0), repeat, usage.ru_maxrss / 1024.0);
  g_unlink (out);
  g_autofree char *bak = g_strconcat (out, ".bak", NULL);
  g_unlink (bak);
  g_array_free (times, TRUE);
  return 0;
}

static int
compute (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (path, &error);
  g_autoptr(RancangTemplateSet) set = rancang_template_set_new_builtin (&error);
  RancangNode *node;
  RancangTemplate *tmpl;
  g_autoptr(RancangTable) table = NULL;
  gint64 start, read_us, compute_us, worst_us = 0, total_us = 0;
  guint rows, pagu, last_sub = 0;

  if (doc == NULL || set == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  node = rancang_document_lookup_id (doc, "rumusan-program");
  tmpl = rancang_template_set_lookup (set, "rencana-program");

  start = g_get_monotonic_time ();
  table = rancang_table_new (tmpl, node);
  read_us = g_get_monotonic_time () - start;

  start = g_get_monotonic_time ();
  rancang_table_compute (table);
  compute_us = g_get_monotonic_time () - start;

  /* The last sub kegiatan: its change rolls up through a kegiatan, a
   * program and every total. */
  rows = rancang_table_get_n_rows (table);
  for (guint r = 0; r < rows; r++)
    if (rancang_table_get_level (table, r) == rancang_level_from_string ("subkegiatan"))
      last_sub = r;
  pagu = (guint) rancang_template_lookup_column (tmpl, "pagu");
  for (int i = 0; i < 100; i++)
    {
      char text[32];
      gint64 one;

      g_snprintf (text, sizeof text, "%d", 1000000 + i);
      start = g_get_monotonic_time ();
      rancang_table_set_cell (table, last_sub, pagu, text);
      one = g_get_monotonic_time () - start;
      worst_us = MAX (worst_us, one);
      total_us += one;
    }
  printf ("%-28s %6u rows  read %7.1f ms  compute all %6.1f ms  one cell change: mean %.3f ms, worst %.3f ms\n",
          path, rows, read_us / 1000.0, compute_us / 1000.0, total_us / 100000.0, worst_us / 1000.0);
  return 0;
}

/* Keeps the rows of the rumusan-program table whose index has PARITY
 * (program rows and their kegiatan stay in both, so parents exist). */
static void
keep_half (RancangDocument *doc,
           int              half)
{
  RancangNode *table = rancang_document_lookup_id (doc, "rumusan-program");
  RancangNode *row = rancang_node_get_child (table, "row");
  int program = 0;

  while (row != NULL)
    {
      RancangNode *next = rancang_node_get_next_named (row, "row");
      if (g_strcmp0 (rancang_node_get_attr (row, "level"), "program") == 0)
        program++;
      else if (program % 2 != half)
        rancang_node_free (row);
      row = next;
    }
}

static double
ms_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static int
share (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) old_doc = rancang_document_load_file (path, &error);
  g_autoptr(RancangDocument) new_doc = NULL;
  g_autoptr(RancangDocument) base = NULL;
  g_autoptr(RancangDocument) part = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);
  RancangNode *table;
  int n = 0;
  gint64 start;
  double diff_ms, merge_ms;
  guint rows_before = 0, rows_after = 0;

  if (old_doc == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  new_doc = rancang_document_load_file (path, NULL);
  table = rancang_document_lookup_id (new_doc, "rumusan-program");
  for (RancangNode *row = rancang_node_get_child (table, "row"); row; row = rancang_node_get_next_named (row, "row"))
    if (++n % 50 == 0)
      for (RancangNode *c = rancang_node_get_child (row, "c"); c; c = rancang_node_get_next_named (c, "c"))
        if (g_strcmp0 (rancang_node_get_attr (c, "k"), "pagu") == 0)
          rancang_node_set_content (c, "1000000");

  start = g_get_monotonic_time ();
  changes = rancang_diff_documents (old_doc, new_doc);
  diff_ms = ms_since (start);

  base = rancang_document_load_file (path, NULL);
  part = rancang_document_load_file (path, NULL);
  keep_half (base, 0);
  keep_half (part, 1);
  table = rancang_document_lookup_id (base, "rumusan-program");
  for (RancangNode *row = rancang_node_get_child (table, "row"); row; row = rancang_node_get_next_named (row, "row"))
    rows_before++;
  start = g_get_monotonic_time ();
  rancang_merge_part (base, part, RANCANG_PREFER_NONE, conflicts);
  merge_ms = ms_since (start);
  for (RancangNode *row = rancang_node_get_child (table, "row"); row; row = rancang_node_get_next_named (row, "row"))
    rows_after++;

  printf ("%-28s diff %6.1f ms (%u changes)  merge of two halves %6.1f ms (%u rows + %u, %u conflicts)"
          "  (loading the files: see io)\n",
          path, diff_ms, changes->len, merge_ms, rows_before, rows_after - rows_before, conflicts->len);
  return 0;
}

static int
share_files (const char *path,
             const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = rancang_document_load_file (path, &error);
  g_autoptr(RancangDocument) base = NULL;
  g_autoptr(RancangDocument) part = NULL;
  g_autofree char *old_path = g_build_filename (dir, "old.xml", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.xml", NULL);
  g_autofree char *base_path = g_build_filename (dir, "base.xml", NULL);
  g_autofree char *part_path = g_build_filename (dir, "part.xml", NULL);
  RancangNode *table;
  int n = 0;

  if (doc == NULL || !rancang_document_save_file (doc, old_path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  table = rancang_document_lookup_id (doc, "rumusan-program");
  for (RancangNode *row = rancang_node_get_child (table, "row"); row; row = rancang_node_get_next_named (row, "row"))
    if (++n % 50 == 0)
      for (RancangNode *c = rancang_node_get_child (row, "c"); c; c = rancang_node_get_next_named (c, "c"))
        if (g_strcmp0 (rancang_node_get_attr (c, "k"), "pagu") == 0)
          rancang_node_set_content (c, "1000000");
  base = rancang_document_load_file (path, NULL);
  part = rancang_document_load_file (path, NULL);
  keep_half (base, 0);
  keep_half (part, 1);
  if (!rancang_document_save_file (doc, new_path, &error)
      || !rancang_document_save_file (base, base_path, &error)
      || !rancang_document_save_file (part, part_path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}

int
main (int    argc,
      char **argv)
{
  if (argc == 4 && g_str_equal (argv[1], "share-files"))
    return share_files (argv[2], argv[3]);
  if (argc == 4 && g_str_equal (argv[1], "generate"))
    return generate (atoi (argv[2]), argv[3]);
  if ((argc == 3 || argc == 4) && g_str_equal (argv[1], "io"))
    return io (argv[2], argc == 4 ? atoi (argv[3]) : 5);
  if (argc == 3 && g_str_equal (argv[1], "compute"))
    return compute (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "share"))
    return share (argv[2]);
  fprintf (stderr, "usage: rancang-bench generate ROWS FILE | io FILE [REPEAT] | compute FILE | share FILE"
                   " | share-files FILE DIR\n");
  return 2;
}
