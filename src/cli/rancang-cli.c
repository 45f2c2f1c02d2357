/* rancang-cli: the Rancang engine without a display.
 *
 * Exit status, for every command: 0 success, 1 the document is invalid (or,
 * for commands that check, has findings), 2 a usage or I/O error.
 */
#include "rancang-config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rancang-document.h"

enum { EXIT_OK = 0, EXIT_INVALID = 1, EXIT_USAGE = 2 };

typedef int (*CommandFunc) (int argc, char **argv);

typedef struct
{
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} Command;

static gboolean opt_version;

static int
print_version (void)
{
  g_print ("rancang-cli %s\n", RANCANG_VERSION);
  return EXIT_OK;
}

/* Parses the options of one command; prints GNU-style errors. Returns
 * -1 to go on, or the exit status to stop with. */
static int
parse_options (GOptionContext *context,
               GOptionEntry   *entries,
               int            *argc,
               char         ***argv)
{
  g_autoptr(GError) error = NULL;
  GOptionEntry version_entry[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &opt_version, "Print the version and exit", NULL },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_main_entries (context, version_entry, NULL);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("rancang-cli: %s\nTry 'rancang-cli %s --help' for more information.\n",
                  error->message, (*argv)[0]);
      return EXIT_USAGE;
    }
  if (opt_version)
    return print_version ();
  return -1;
}

static void
print_error (const GError *error)
{
  g_printerr ("%s\n", error->message);
}

static int
status_for_error (const GError *error)
{
  if (error->domain == RANCANG_DOCUMENT_ERROR
      && (error->code == RANCANG_DOCUMENT_ERROR_IO || error->code == RANCANG_DOCUMENT_ERROR_ARGUMENT))
    return EXIT_USAGE;
  return EXIT_INVALID;
}

/* ------------------------------------------------------------------ new */

static int
command_new (int    argc,
             char **argv)
{
  g_autofree char *kind_text = NULL;
  g_autofree char *opd = NULL;
  g_autofree char *acronym = NULL;
  g_autofree char *pemda = NULL;
  g_autofree char *output = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind_text, "renja or renstra", "KIND" },
    { "year", 'y', 0, G_OPTION_ARG_INT, &year, "Plan year (first year of a Renstra)", "YEAR" },
    { "opd", 0, 0, G_OPTION_ARG_STRING, &opd, "Name of the Perangkat Daerah", "NAME" },
    { "acronym", 0, 0, G_OPTION_ARG_STRING, &acronym, "Its acronym, such as BKPSDM", "A" },
    { "pemda", 0, 0, G_OPTION_ARG_STRING, &pemda, "Pemerintah daerah, such as \"Kota Bontang\"", "NAME" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Where to write the new document", "FILE.xml" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- start a document from the Renja or Renstra outline");
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  RancangKind kind;
  int status;

  g_option_context_set_description (context,
    "Example:\n  rancang-cli new --kind renja --year 2024 --opd \"Badan Kepegawaian Daerah\" "
    "--acronym BKD --pemda \"Kota Bontang\" -o renja-2024.xml\n");
  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;

  if (kind_text == NULL || !rancang_kind_from_string (kind_text, &kind) || kind == RANCANG_KIND_RENCANA_AKSI)
    {
      g_printerr ("rancang-cli new: --kind must be renja or renstra\n");
      return EXIT_USAGE;
    }
  if (year < 1945 || year > 2200)
    {
      g_printerr ("rancang-cli new: --year must be a year such as 2024\n");
      return EXIT_USAGE;
    }
  if (output == NULL || argc > 1)
    {
      g_printerr ("rancang-cli new: give the new file with -o FILE.xml (and nothing else)\n");
      return EXIT_USAGE;
    }
  if (g_file_test (output, G_FILE_TEST_EXISTS))
    {
      g_printerr ("rancang-cli new: %s already exists; choose another name\n", output);
      return EXIT_USAGE;
    }

  doc = rancang_document_new_from_template (kind, year, &error);
  if (doc == NULL
      || (opd && !rancang_document_set_meta (doc, "opd", opd, &error))
      || (pemda && !rancang_document_set_meta (doc, "pemda", pemda, &error)))
    {
      g_printerr ("rancang-cli new: %s\n", error->message);
      return EXIT_USAGE;
    }
  if (acronym != NULL)
    {
      if (!rancang_text_is_storable (acronym, TRUE, &error))
        {
          g_printerr ("rancang-cli new: --acronym: %s\n", error->message);
          return EXIT_USAGE;
        }
      rancang_document_set_opd_acronym (doc, acronym);
    }
  if (!rancang_document_save_file (doc, output, &error))
    {
      print_error (error);
      return EXIT_USAGE;
    }
  return EXIT_OK;
}

/* ------------------------------------------------------------------ validate */

static int
command_validate (int    argc,
                  char **argv)
{
  gboolean quiet = FALSE;
  GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print nothing for valid files", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE... - check documents against the Rancang format");
  int status;
  int worst = EXIT_OK;

  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;
  if (argc < 2)
    {
      g_printerr ("rancang-cli validate: no file given\nTry 'rancang-cli validate --help' for more information.\n");
      return EXIT_USAGE;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RancangDocument) doc = rancang_document_load_file (argv[i], &error);

      if (doc == NULL)
        {
          print_error (error);
          worst = MAX (worst, status_for_error (error));
        }
      else if (!quiet)
        g_print ("%s: valid\n", argv[i]);
    }
  return worst;
}

/* ------------------------------------------------------------------ normalize */

static int
command_normalize (int    argc,
                   char **argv)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the canonical form here (default: replace IN.xml, keeping IN.xml.bak)", "OUT.xml" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("IN.xml - rewrite a document in its canonical form");
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_description (context,
    "The canonical form is what Rancang saves: the same document always gives the same\n"
    "bytes, so documents kept under version control show only real changes.\n"
    "Use -o - to write to standard output.\n");
  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 2)
    {
      g_printerr ("rancang-cli normalize: give exactly one document\nTry 'rancang-cli normalize --help' for more information.\n");
      return EXIT_USAGE;
    }

  doc = rancang_document_load_file (argv[1], &error);
  if (doc == NULL)
    {
      print_error (error);
      return status_for_error (error);
    }
  if (g_strcmp0 (output, "-") == 0)
    {
      gsize length;
      g_autofree char *xml = rancang_document_to_xml (doc, &length);
      if (fwrite (xml, 1, length, stdout) != length || fflush (stdout) != 0)
        return EXIT_USAGE;
      return EXIT_OK;
    }
  if (!rancang_document_save_file (doc, output ? output : argv[1], &error))
    {
      print_error (error);
      return EXIT_USAGE;
    }
  return EXIT_OK;
}

/* ------------------------------------------------------------------ main */

static const Command commands[] = {
  { "new", command_new, "Start a document from the Renja or Renstra outline" },
  { "validate", command_validate, "Check documents against the Rancang format" },
  { "normalize", command_normalize, "Rewrite a document in its canonical form" },
};

static void
print_usage (FILE *to)
{
  fprintf (to, "Usage: rancang-cli COMMAND [OPTION...] [ARGUMENT...]\n\n"
               "Prepare Renja and Renstra documents without a display.\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (to, "  %-12s %s\n", commands[i].name, commands[i].summary);
  fprintf (to, "\nOptions:\n  -h, --help     Show this help\n  --version      Print the version\n\n"
               "'rancang-cli COMMAND --help' describes a command.\n"
               "Exit status: 0 success, 1 invalid document or findings, 2 usage or file error.\n");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0)
    return print_version ();

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (argv[1], commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strconcat ("rancang-cli ", commands[i].name, NULL);
        g_set_prgname (prgname);
        return commands[i].func (argc - 1, argv + 1);
      }

  fprintf (stderr, "rancang-cli: unknown command '%s'\nTry 'rancang-cli --help' for more information.\n", argv[1]);
  return EXIT_USAGE;
}
