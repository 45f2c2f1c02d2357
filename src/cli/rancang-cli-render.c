/* rancang-cli render: a document as a print-ready PDF (and PNG pages).
 *
 * Exit status: 0 written, 1 the document is invalid (nothing is written),
 * 2 a usage or I/O error.
 */
#include "rancang-config.h"

#include <stdio.h>

#include <glib.h>

#include "rancang-cli-commands.h"
#include "rancang-document.h"
#include "rancang-fonts.h"
#include "rancang-layout-document.h"
#include "rancang-render.h"
#include "rancang-template.h"

enum { RENDER_OK = 0, RENDER_INVALID = 1, RENDER_USAGE = 2 };

int
rancang_cli_render (int    argc,
                    char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *paper_text = NULL;
  g_autofree char *png_dir = NULL;
  g_autofree char *templates_dir = NULL;
  gboolean pdfa = FALSE, version = FALSE;
  int dpi = 72;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Where to write the PDF", "OUT.pdf" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper_text, "a4, f4 or letter (default: the document's)", "SIZE" },
    { "pdfa", 0, 0, G_OPTION_ARG_NONE, &pdfa, "Write PDF/A-1b, for archiving", NULL },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &png_dir, "Also draw every page as DIR/page-NN.png", "DIR" },
    { "dpi", 0, 0, G_OPTION_ARG_INT, &dpi, "Resolution of the PNG pages (default 72)", "N" },
    { "templates", 't', 0, G_OPTION_ARG_FILENAME, &templates_dir, "Also read the table templates in DIR", "DIR" },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DOC.xml - print a document as a PDF");
  g_autoptr(GError) error = NULL;
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(RancangTemplateSet) templates = NULL;
  g_autoptr(RancangFonts) fonts = NULL;
  g_autoptr(RancangLayout) layout = NULL;
  RancangPaper paper = RANCANG_PAPER_FROM_DOCUMENT;

  g_option_context_set_description (context,
    "Example:\n  rancang-cli render renja-2023.xml -o renja-2023.pdf --paper f4\n\n"
    "Exit status: 0 written, 1 the document is invalid (no PDF is written), 2 usage or file error.\n");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("rancang-cli: %s\nTry 'rancang-cli render --help' for more information.\n", error->message);
      return RENDER_USAGE;
    }
  if (version)
    {
      g_print ("rancang-cli %s\n", RANCANG_VERSION);
      return RENDER_OK;
    }
  if (argc != 2)
    {
      g_printerr ("rancang-cli render: give exactly one document\n"
                  "Try 'rancang-cli render --help' for more information.\n");
      return RENDER_USAGE;
    }
  if (output == NULL && png_dir == NULL)
    {
      g_printerr ("rancang-cli render: say where to write the PDF with -o OUT.pdf\n");
      return RENDER_USAGE;
    }
  if (paper_text != NULL && !rancang_paper_from_string (paper_text, &paper))
    {
      g_printerr ("rancang-cli render: --paper must be a4, f4 or letter, not '%s'\n", paper_text);
      return RENDER_USAGE;
    }
  if (dpi < 10 || dpi > 1200)
    {
      g_printerr ("rancang-cli render: --dpi must be between 10 and 1200\n");
      return RENDER_USAGE;
    }

  doc = rancang_document_load_file (argv[1], &error);
  if (doc == NULL)
    {
      g_printerr ("%s\n", error->message);
      return error->domain == RANCANG_DOCUMENT_ERROR
             && (error->code == RANCANG_DOCUMENT_ERROR_IO || error->code == RANCANG_DOCUMENT_ERROR_TOO_LARGE)
             ? RENDER_USAGE : RENDER_INVALID;
    }
  templates = rancang_template_set_new_builtin (&error);
  if (templates == NULL
      || (templates_dir != NULL && !rancang_template_set_add_directory (templates, templates_dir, &error)))
    {
      g_printerr ("rancang-cli render: %s\n", error->message);
      return RENDER_USAGE;
    }
  fonts = rancang_fonts_new (&error);
  if (fonts == NULL)
    {
      g_printerr ("rancang-cli render: %s\n", error->message);
      return RENDER_USAGE;
    }

  layout = rancang_layout_document (doc, fonts, templates, paper, &error);
  if (layout == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return RENDER_INVALID;
    }
  if (output != NULL
      && !rancang_render_pdf (layout, fonts, pdfa ? RANCANG_PDF_PDFA_1B : RANCANG_PDF_DEFAULT, output, &error))
    {
      g_printerr ("rancang-cli render: %s\n", error->message);
      return RENDER_USAGE;
    }
  if (png_dir != NULL && !rancang_render_png_dir (layout, fonts, dpi, png_dir, &error))
    {
      g_printerr ("rancang-cli render: %s\n", error->message);
      return RENDER_USAGE;
    }
  return RENDER_OK;
}
