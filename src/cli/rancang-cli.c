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

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-document.h"
#include "rancang-template.h"

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

/* ------------------------------------------------------------------ tables */

/* The built-in templates, and an office's own from DIR when given. */
static RancangTemplateSet *
load_templates (const char  *dir,
                GError     **error)
{
  g_autoptr(RancangTemplateSet) set = rancang_template_set_new_builtin (error);

  if (set == NULL)
    return NULL;
  if (dir != NULL && !rancang_template_set_add_directory (set, dir, error))
    return NULL;
  return g_steal_pointer (&set);
}

/* Loads one document and its templates; prints the error and returns
 * FALSE on failure. */
static gboolean
load_for_tables (const char          *command,
                 int                  argc,
                 char               **argv,
                 const char          *templates_dir,
                 RancangDocument    **doc,
                 RancangTemplateSet **set)
{
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      g_printerr ("rancang-cli %s: give exactly one document\nTry 'rancang-cli %s --help' for more information.\n",
                  command, command);
      return FALSE;
    }
  *doc = rancang_document_load_file (argv[1], &error);
  if (*doc == NULL)
    {
      print_error (error);
      return FALSE;
    }
  *set = load_templates (templates_dir, &error);
  if (*set == NULL)
    {
      print_error (error);
      g_clear_pointer (doc, rancang_document_free);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ check */

static int
command_check (int    argc,
               char **argv)
{
  g_autofree char *templates_dir = NULL;
  GOptionEntry entries[] = {
    { "templates", 't', 0, G_OPTION_ARG_FILENAME, &templates_dir,
      "Also read the table templates in DIR", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DOC.xml - list the inconsistencies of a document");
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(RancangTemplateSet) set = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  int status;

  g_option_context_set_description (context,
    "One finding per line, separated by tabs: table id, row kode (or #n for the\n"
    "n-th row), column, stated value, computed value, message.\n"
    "Exit status: 0 no findings, 1 findings, 2 the document could not be read.\n");
  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;
  if (!load_for_tables ("check", argc, argv, templates_dir, &doc, &set))
    return EXIT_USAGE;

  findings = rancang_check_document (doc, set);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *line = rancang_finding_to_line (g_ptr_array_index (findings, i));
      g_print ("%s\n", line);
    }
  return findings->len > 0 ? EXIT_INVALID : EXIT_OK;
}

/* ------------------------------------------------------------------ swot */

static void
print_decimal (const char     *label,
               RancangDecimal  value)
{
  g_autofree char *text = rancang_decimal_to_c_string (value);
  g_print ("%-10s %s\n", label, text);
}

static int
command_swot (int    argc,
              char **argv)
{
  g_autofree char *templates_dir = NULL;
  GOptionEntry entries[] = {
    { "templates", 't', 0, G_OPTION_ARG_FILENAME, &templates_dir,
      "Also read the table templates in DIR", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DOC.xml - the IFAS/EFAS totals and the SWOT quadrant");
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(RancangTemplateSet) set = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  RancangSwot swot;
  int status;

  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;
  if (!load_for_tables ("swot", argc, argv, templates_dir, &doc, &set))
    return EXIT_USAGE;

  tables = rancang_document_tables (doc, set, NULL);
  if (!rancang_swot_summarize (tables, &swot))
    {
      g_printerr ("%s: the document has no IFAS or EFAS table\n", argv[1]);
      return EXIT_INVALID;
    }
  if (swot.have_ifas)
    {
      print_decimal ("total S", swot.total_s);
      print_decimal ("total W", swot.total_w);
      print_decimal ("IFAS", swot.ifas);
    }
  if (swot.have_efas)
    {
      print_decimal ("total O", swot.total_o);
      print_decimal ("total T", swot.total_t);
      print_decimal ("EFAS", swot.efas);
    }
  if (swot.quadrant == 0)
    {
      g_printerr ("%s: the quadrant needs both an IFAS and an EFAS table\n", argv[1]);
      return EXIT_INVALID;
    }
  g_print ("%-10s %s (%s, %s)\n", "quadrant", swot.quadrant == 1 ? "I" : swot.quadrant == 2 ? "II"
           : swot.quadrant == 3 ? "III" : "IV", swot.combination, swot.strategy);
  return EXIT_OK;
}

/* ------------------------------------------------------------------ table export */

static void
put_field (GString    *out,
           const char *text,
           char        separator)
{
  if (text == NULL)
    text = "";
  if (separator == '\t')
    {
      for (const char *p = text; *p != '\0'; p++)
        g_string_append_c (out, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
      return;
    }
  if (strpbrk (text, ",\"\n\r") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* VALUE with exactly DECIMALS fraction digits: "166.10", not "166.1". */
static char *
fixed_string (RancangDecimal value,
              guint          decimals)
{
  g_autofree char *plain = rancang_decimal_to_c_string (value);
  const char *dot = strchr (plain, '.');
  guint have = dot != NULL ? (guint) strlen (dot + 1) : 0;
  GString *out = g_string_new (plain);

  if (decimals > have && dot == NULL)
    g_string_append_c (out, '.');
  for (; have < decimals; have++)
    g_string_append_c (out, '0');
  return g_string_free (out, FALSE);
}

static int
command_table (int    argc,
               char **argv)
{
  g_autofree char *templates_dir = NULL;
  g_autofree char *id = NULL;
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "id", 0, 0, G_OPTION_ARG_STRING, &id, "The table to export", "ID" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "csv (default) or tsv", "FORMAT" },
    { "templates", 't', 0, G_OPTION_ARG_FILENAME, &templates_dir,
      "Also read the table templates in DIR", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("export DOC.xml --id ID - write one table, with its computed cells");
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(RancangTemplateSet) set = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const RancangTable *table = NULL;
  RancangTemplate *tmpl;
  char separator;
  int status;

  g_option_context_set_description (context,
    "The first line holds the column keys. Derived cells carry the computed value in\n"
    "plain C form (percentages rounded half-up to the column's decimals, the rest\n"
    "exact); typed cells are written as typed.\n");
  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;
  if (argc < 2 || strcmp (argv[1], "export") != 0)
    {
      g_printerr ("rancang-cli table: the only subcommand is export\nTry 'rancang-cli table --help' for more information.\n");
      return EXIT_USAGE;
    }
  if (id == NULL)
    {
      g_printerr ("rancang-cli table export: --id is required\n");
      return EXIT_USAGE;
    }
  if (format == NULL || strcmp (format, "csv") == 0)
    separator = ',';
  else if (strcmp (format, "tsv") == 0)
    separator = '\t';
  else
    {
      g_printerr ("rancang-cli table export: unknown format \"%s\"; use csv or tsv\n", format);
      return EXIT_USAGE;
    }
  if (!load_for_tables ("table export", argc - 1, argv + 1, templates_dir, &doc, &set))
    return EXIT_USAGE;

  tables = rancang_document_tables (doc, set, NULL);
  for (guint i = 0; i < tables->len && table == NULL; i++)
    if (g_strcmp0 (rancang_table_get_id (g_ptr_array_index (tables, i)), id) == 0)
      table = g_ptr_array_index (tables, i);
  if (table == NULL)
    {
      RancangNode *node = rancang_document_lookup_id (doc, id);

      if (node == NULL || !rancang_node_is (node, "table"))
        {
          g_printerr ("rancang-cli table export: %s has no table with the id \"%s\"\n", argv[2], id);
          return EXIT_USAGE;
        }
      g_printerr ("%s: table %s uses the template \"%s\", which is not known; "
                  "give its folder with --templates\n", argv[2], id, rancang_node_get_attr (node, "template"));
      return EXIT_INVALID;
    }

  tmpl = rancang_table_get_template (table);
  for (guint c = 0; c < rancang_template_get_n_columns (tmpl); c++)
    {
      if (c > 0)
        g_string_append_c (out, separator);
      put_field (out, rancang_template_column_key (tmpl, c), separator);
    }
  g_string_append_c (out, '\n');
  for (guint r = 0; r < rancang_table_get_n_rows (table); r++)
    {
      for (guint c = 0; c < rancang_template_get_n_columns (tmpl); c++)
        {
          g_autofree char *computed = NULL;
          RancangDecimal value;

          if (c > 0)
            g_string_append_c (out, separator);
          if (rancang_table_is_computed (table, r, c))
            {
              /* Ratios are rounded once, here; sums and products are exact. */
              if (rancang_template_column_type (tmpl, c) == RANCANG_COLUMN_PERCENT)
                {
                  guint decimals = rancang_template_column_decimals (tmpl, c);

                  if (rancang_table_get_rounded (table, r, c, decimals, &value) == RANCANG_VALUE_NUMBER)
                    computed = fixed_string (value, decimals);
                }
              else if (rancang_table_get_value (table, r, c, &value) == RANCANG_VALUE_NUMBER)
                computed = rancang_decimal_to_c_string (value);
              put_field (out, computed, separator);
            }
          else
            put_field (out, rancang_table_get_text (table, r, c), separator);
        }
      g_string_append_c (out, '\n');
    }
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    return EXIT_USAGE;
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
  { "check", command_check, "List the inconsistencies of a document" },
  { "swot", command_swot, "Print the IFAS/EFAS totals and the SWOT quadrant" },
  { "table", command_table, "Export one table with its computed cells (table export)" },
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
