/* bench-render: how long a document takes to become a PDF, and how much
 * memory it takes. Usage: bench-render DOC.xml OUT.pdf [PNG_DIR]
 * Prints load, layout and PDF times, pages, PDF size and peak memory.
 *
 * The figures the issue asks for (a 5,000-row Renja under 2 s and 200 MB,
 * the Bontang PDF under 1 MB):
 *   rancang-bench generate 5000 /tmp/renja-5000.xml
 *   bench-render /tmp/renja-5000.xml /tmp/renja-5000.pdf
 *   bench-render resources/examples/renja-bontang-2023.xml /tmp/bontang.pdf */
#include "rancang-config.h"

#include <stdio.h>
#include <sys/resource.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "rancang-fonts.h"
#include "rancang-layout-document.h"
#include "rancang-render.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(RancangTemplateSet) templates = NULL;
  g_autoptr(RancangFonts) fonts = NULL;
  g_autoptr(RancangLayout) layout = NULL;
  gint64 t0, t1, t2, t3;
  struct rusage usage;
  GStatBuf st;

  if (argc < 3)
    {
      fprintf (stderr, "usage: bench-render DOC.xml OUT.pdf [PNG_DIR]\n");
      return 2;
    }
  t0 = g_get_monotonic_time ();
  doc = rancang_document_load_file (argv[1], &error);
  templates = doc != NULL ? rancang_template_set_new_builtin (&error) : NULL;
  fonts = templates != NULL ? rancang_fonts_new (&error) : NULL;
  if (fonts == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  t1 = g_get_monotonic_time ();
  layout = rancang_layout_document (doc, fonts, templates, RANCANG_PAPER_FROM_DOCUMENT, &error);
  t2 = g_get_monotonic_time ();
  if (layout == NULL || !rancang_render_pdf (layout, fonts, RANCANG_PDF_DEFAULT, argv[2], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  t3 = g_get_monotonic_time ();
  if (argc > 3 && !rancang_render_png_dir (layout, fonts, 60, argv[3], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  getrusage (RUSAGE_SELF, &usage);
  g_stat (argv[2], &st);
  printf ("%-32s load %6.0f ms  layout %6.0f ms  pdf %6.0f ms  total %6.0f ms  %4u pages  %7.1f KB  peak %6.1f MB\n",
          argv[1], (t1 - t0) / 1000.0, (t2 - t1) / 1000.0, (t3 - t2) / 1000.0, (t3 - t0) / 1000.0,
          rancang_layout_get_n_pages (layout), st.st_size / 1024.0, usage.ru_maxrss / 1024.0);
  return 0;
}
