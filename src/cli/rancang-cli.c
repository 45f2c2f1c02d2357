/* rancang-cli: the Rancang engine without a display.
 *
 * Exit status, for every command: 0 success, 1 the document is invalid (or,
 * for commands that check, has findings), 2 a usage or I/O error.
 */
#include "rancang-config.h"

#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rancang-check.h"
#include "rancang-cli-commands.h"
#include "rancang-compute.h"
#include "rancang-csv.h"
#include "rancang-diff.h"
#include "rancang-document.h"
#include "rancang-identity.h"
#include "rancang-link.h"
#include "rancang-merge.h"
#include "rancang-table-import.h"
#include "rancang-table-insert.h"
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

/* A command given the wrong arguments: say what is wrong and where to look. */
static int
usage_error (const char *command,
             const char *problem)
{
  g_printerr ("rancang-cli %s: %s\nTry 'rancang-cli %s --help' for more information.\n",
              command, problem, command);
  return EXIT_USAGE;
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
  rancang_document_stamp (doc, NULL);
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
      usage_error (command, "give exactly one document");
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
  g_autofree char *renstra_path = NULL;
  GOptionEntry entries[] = {
    { "templates", 't', 0, G_OPTION_ARG_FILENAME, &templates_dir,
      "Also read the table templates in DIR", "DIR" },
    { "renstra", 0, 0, G_OPTION_ARG_FILENAME, &renstra_path,
      "Also compare the Renja's targets with this Renstra's (see 'rancang-cli link')", "RENSTRA.xml" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DOC.xml - list the inconsistencies of a document");
  g_autoptr(GPtrArray) link_lines = NULL;
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

  if (renstra_path != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(RancangDocument) renstra = rancang_document_load_file (renstra_path, &error);

      if (renstra != NULL)
        link_lines = rancang_link_compare (doc, renstra, &error);
      if (link_lines == NULL)
        {
          g_printerr ("rancang-cli check: %s\n", error->message);
          return EXIT_USAGE;
        }
    }

  findings = rancang_check_document (doc, set);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *line = rancang_finding_to_line (g_ptr_array_index (findings, i));
      g_print ("%s\n", line);
    }
  for (guint i = 0; link_lines != NULL && i < link_lines->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (link_lines, i));
  return findings->len > 0 || (link_lines != NULL && link_lines->len > 0) ? EXIT_INVALID : EXIT_OK;
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

/* table import DOC.xml --template T --id ID [...] FILE.csv; ARGV[0] is "import". */
static int
command_table_import (int    argc,
                      char **argv)
{
  g_autofree char *templates_dir = NULL;
  g_autofree char *template_id = NULL;
  g_autofree char *id = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *section = NULL;
  g_autofree char *numbers = NULL;
  GOptionEntry entries[] = {
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_id,
      "The table's template (rencana-program, evaluasi-renja, ..., or generic)", "T" },
    { "id", 0, 0, G_OPTION_ARG_STRING, &id, "The new table's id", "ID" },
    { "caption", 0, 0, G_OPTION_ARG_STRING, &caption, "Its caption", "TEXT" },
    { "section", 0, 0, G_OPTION_ARG_STRING, &section,
      "The chapter or section to add it to, by number: 2.1, 3.3, 4 (default: the last section)", "NUMBER" },
    { "numbers", 0, 0, G_OPTION_ARG_STRING, &numbers,
      "id (default): 1.234.567,89; us: 1,234,567.89", "id|us" },
    { "templates", 't', 0, G_OPTION_ARG_FILENAME, &templates_dir,
      "Also read the table templates in DIR", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("import DOC.xml FILE.csv - add a table read from a CSV file");
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(RancangTemplateSet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char **args = NULL;
  RancangImportOptions options = { 0 };
  RancangNode *table;
  gsize length;
  int status;

  g_option_context_set_description (context,
    "The first line of FILE.csv names the template's column keys (level, kode,\n"
    "uraian, ...); for --template generic it gives the columns. Cells are separated by\n"
    "commas, semicolons or tabs (detected). Numbers are stored in plain C form; derived\n"
    "cells present in the file are kept as stated values, which 'rancang-cli check'\n"
    "compares with the computed ones. A cell that cannot be read is reported with its\n"
    "line and column, and the document is left untouched.\n"
    "The document is saved in place, keeping DOC.xml.bak.\n\n"
    "Example:\n  rancang-cli table import renja-2024.xml --template rencana-program --id t3-3 \\\n"
    "      --section 3.3 --caption \"Rencana Program dan Kegiatan\" tabel-3-3.csv\n\n"
    "Exit status: 0 added, 1 the file or the document is invalid, 2 usage or file error.\n");

  /* "rancang-cli table import" in GOption's messages. */
  args = g_new0 (char *, argc + 1);
  memcpy (args, argv, sizeof (char *) * (gsize) argc);
  args[0] = (char *) "table import";
  argv = args;
  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;

  if (argc != 3)
    return usage_error ("table import", "give the document and the CSV file");
  if (template_id == NULL || id == NULL)
    {
      g_printerr ("rancang-cli table import: --template and --id are required\n");
      return EXIT_USAGE;
    }
  if (numbers == NULL || g_ascii_strcasecmp (numbers, "id") == 0)
    options.numbers = RANCANG_NUMBERS_ID;
  else if (g_ascii_strcasecmp (numbers, "us") == 0)
    options.numbers = RANCANG_NUMBERS_US;
  else
    {
      g_printerr ("rancang-cli table import: --numbers is id (1.234.567,89) or us (1,234,567.89), not \"%s\"\n",
                  numbers);
      return EXIT_USAGE;
    }
  options.id = id;
  options.template_id = template_id;
  options.caption = caption;
  options.section = section;

  doc = rancang_document_load_file (argv[1], &error);
  if (doc == NULL)
    {
      print_error (error);
      return status_for_error (error);
    }
  set = load_templates (templates_dir, &error);
  if (set == NULL)
    {
      print_error (error);
      return EXIT_USAGE;
    }
  if (g_file_test (argv[2], G_FILE_TEST_IS_DIR))
    {
      g_printerr ("%s: is a folder, not a CSV file\n", argv[2]);
      return EXIT_USAGE;
    }
  if (!g_file_get_contents (argv[2], &data, &length, &error))
    {
      g_printerr ("%s: cannot be read: %s\n", argv[2], error->message);
      return EXIT_USAGE;
    }
  if (length > RANCANG_MAX_FILE_SIZE)
    {
      g_printerr ("%s: the file is larger than a document may be (%d MB)\n", argv[2],
                  RANCANG_MAX_FILE_SIZE / (1024 * 1024));
      return EXIT_USAGE;
    }

  table = rancang_document_import_csv (doc, set, &options, data, length, argv[2], argv[1], &error);
  if (table == NULL)
    {
      gboolean usage = error->domain == RANCANG_IMPORT_ERROR
                       && (error->code == RANCANG_IMPORT_ERROR_TEMPLATE || error->code == RANCANG_IMPORT_ERROR_ID
                           || error->code == RANCANG_IMPORT_ERROR_SECTION || error->code == RANCANG_IMPORT_ERROR_ARGUMENT);
      gboolean prefix = error->domain == RANCANG_IMPORT_ERROR
                        && (error->code == RANCANG_IMPORT_ERROR_TEMPLATE || error->code == RANCANG_IMPORT_ERROR_ARGUMENT);

      g_printerr ("%s%s\n", prefix ? "rancang-cli table import: " : "", error->message);
      return usage ? EXIT_USAGE : EXIT_INVALID;
    }
  rancang_document_stamp (doc, NULL);
  if (!rancang_document_save_file (doc, argv[1], &error))
    {
      print_error (error);
      return EXIT_USAGE;
    }

  /* Stated values that differ from the computed ones are kept: say so. */
  {
    g_autoptr(GPtrArray) findings = rancang_check_document (doc, set);
    guint n = 0;

    for (guint i = 0; i < findings->len; i++)
      if (g_strcmp0 (((RancangFinding *) g_ptr_array_index (findings, i))->table_id, id) == 0)
        n++;
    if (n > 0)
      g_printerr ("%s: table %s added; 'rancang-cli check' lists %u finding%s in it\n",
                  argv[1], id, n, n == 1 ? "" : "s");
  }
  return EXIT_OK;
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
  g_autoptr(GOptionContext) context = g_option_context_new ("export DOC.xml --id ID - write one table, with its computed cells\n"
                                                            "  rancang-cli table import DOC.xml --template T --id ID FILE.csv - add a table "
                                                            "(see 'rancang-cli table import --help')");
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
    "plain C form (percentages rounded to the column's decimals by the document's\n"
    "rounding rule, half-up unless it says truncate; the rest exact); typed cells are\n"
    "written as typed.\n");
  if (argc >= 2 && strcmp (argv[1], "import") == 0)
    return command_table_import (argc - 1, argv + 1);
  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;
  if (argc < 2 || strcmp (argv[1], "export") != 0)
    return usage_error ("table", "the subcommands are export and import");
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
      rancang_csv_append_field (out, rancang_template_column_key (tmpl, c), separator);
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
                  guint decimals = rancang_table_get_decimals (table, c);

                  if (rancang_table_get_rounded (table, r, c, decimals, &value) == RANCANG_VALUE_NUMBER)
                    computed = fixed_string (value, decimals);
                }
              else if (rancang_table_get_value (table, r, c, &value) == RANCANG_VALUE_NUMBER)
                computed = rancang_decimal_to_c_string (value);
              rancang_csv_append_field (out, computed, separator);
            }
          else
            rancang_csv_append_field (out, rancang_table_get_text (table, r, c), separator);
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
    return usage_error ("validate", "no file given");

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
    return usage_error ("normalize", "give exactly one document");

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

/* Two documents read at once, the second in a thread of its own: reading
 * and validating is most of what diff, merge, link and fill-from-renstra
 * take. On failure, the
 * error of the first file that failed, in argument order. */
typedef struct
{
  const char      *path;
  RancangDocument *doc;
  GError          *error;
} LoadJob;

static gpointer
load_job (gpointer data)
{
  LoadJob *job = data;

  job->doc = rancang_document_load_file (job->path, &job->error);
  return NULL;
}

static gboolean
load_pair (const char       *first_path,
           const char       *second_path,
           RancangDocument **first,
           RancangDocument **second,
           GError          **error)
{
  LoadJob a = { first_path, NULL, NULL }, b = { second_path, NULL, NULL };
  GThread *thread = g_thread_try_new ("load", load_job, &b, NULL);

  load_job (&a);
  if (thread != NULL)
    g_thread_join (thread);
  else
    load_job (&b);
  if (a.doc == NULL || b.doc == NULL)
    {
      g_propagate_error (error, a.doc == NULL ? g_steal_pointer (&a.error) : g_steal_pointer (&b.error));
      g_clear_error (&a.error);
      g_clear_error (&b.error);
      g_clear_pointer (&a.doc, rancang_document_free);
      g_clear_pointer (&b.doc, rancang_document_free);
      return FALSE;
    }
  *first = a.doc;
  *second = b.doc;
  return TRUE;
}

/* Link and fill-from-renstra both end by stamping the Renja and writing
 * it: EXIT_OK, or the error printed and EXIT_USAGE. */
static int
save_stamped (RancangDocument *doc,
              const char      *path)
{
  g_autoptr(GError) error = NULL;

  rancang_document_stamp (doc, NULL);
  if (!rancang_document_save_file (doc, path, &error))
    {
      print_error (error);
      return EXIT_USAGE;
    }
  return EXIT_OK;
}

/* ------------------------------------------------------------------ diff */

static int
command_diff (int    argc,
              char **argv)
{
  g_autofree char *format = NULL;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "text (tab-separated, the default) or csv", "FORMAT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("OLD.xml NEW.xml - what changed between two versions of a document");
  g_autoptr(RancangDocument) old_doc = NULL;
  g_autoptr(RancangDocument) new_doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean csv;
  int status;

  g_option_context_set_description (context,
    "One change per line, in document order, fields separated by tabs (or CSV):\n"
    "what (metadata, chapter, section, appendix, preface, paragraph, table, row, cell),\n"
    "change (added, removed, changed, moved), where (element, section number or table id),\n"
    "key (row kode, paragraph number), field (column key, title, @attribute),\n"
    "old value, new value, and for numbers the difference new - old.\n"
    "Sections are matched by id, else by title; tables by id; rows by kode, rows\n"
    "without kode by their position under the row with a kode above them.\n"
    "Exit status: 0 the documents are the same, 1 they differ, 2 a usage or file error.\n");
  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;
  if (format != NULL && strcmp (format, "text") != 0 && strcmp (format, "csv") != 0)
    {
      g_printerr ("rancang-cli diff: unknown format '%s' (text or csv)\n", format);
      return EXIT_USAGE;
    }
  csv = g_strcmp0 (format, "csv") == 0;
  if (argc != 3)
    return usage_error ("diff", "give two documents, the old and the new");
  if (!load_pair (argv[1], argv[2], &old_doc, &new_doc, &error))
    {
      print_error (error);
      return EXIT_USAGE;
    }

  changes = rancang_diff_documents (old_doc, new_doc);
  if (changes->len == 0)
    return EXIT_OK;
  if (csv)
    g_string_append_printf (out, "%s\n", rancang_change_csv_header ());
  for (guint i = 0; i < changes->len; i++)
    {
      g_autofree char *line = csv ? rancang_change_to_csv (g_ptr_array_index (changes, i))
                                  : rancang_change_to_line (g_ptr_array_index (changes, i));
      g_string_append_printf (out, "%s\n", line);
    }
  if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
    return EXIT_USAGE;
  return EXIT_INVALID;
}

/* ------------------------------------------------------------------ merge */

static int
command_merge (int    argc,
               char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *prefer_text = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the merged document here", "OUT.xml" },
    { "prefer", 0, 0, G_OPTION_ARG_STRING, &prefer_text,
      "Settle conflicting values: base or part", "base|part" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("BASE.xml PART.xml... - merge the parts of several offices into one document");
  g_autoptr(RancangDocument) base = NULL;
  g_autoptr(RancangDocument) first_part = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);
  RancangPrefer prefer = RANCANG_PREFER_NONE;
  int status;

  g_option_context_set_description (context,
    "Sections of the parts are matched with the base's by id, else by title: their new\n"
    "blocks and tables are added there; a new section goes to the end of its chapter.\n"
    "Table rows are matched by table id and kode; rows only in a part are inserted in\n"
    "kode order under their parent; every row says which office (metadata/opd acronym)\n"
    "it comes from. The same cell with two values is a conflict: without --prefer every\n"
    "conflict is listed (conflict, table, kode, column, base value, base office, part\n"
    "value, part office; tab-separated), nothing is written and the exit status is 1.\n"
    "Exit status: 0 merged, 1 conflicts or an invalid result, 2 a usage or file error.\n");
  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;
  if (prefer_text != NULL)
    {
      if (strcmp (prefer_text, "base") == 0)
        prefer = RANCANG_PREFER_BASE;
      else if (strcmp (prefer_text, "part") == 0)
        prefer = RANCANG_PREFER_PART;
      else
        {
          g_printerr ("rancang-cli merge: --prefer takes base or part, not '%s'\n", prefer_text);
          return EXIT_USAGE;
        }
    }
  if (argc < 3 || output == NULL)
    return usage_error ("merge", "give the base, one or more parts, and -o OUT.xml");

  if (!load_pair (argv[1], argv[2], &base, &first_part, &error))
    {
      print_error (error);
      return EXIT_USAGE;
    }
  for (int i = 2; i < argc; i++)
    {
      g_autoptr(RancangDocument) part = i == 2 ? g_steal_pointer (&first_part)
                                               : rancang_document_load_file (argv[i], &error);

      if (part == NULL)
        {
          print_error (error);
          return EXIT_USAGE;
        }
      rancang_merge_part (base, part, prefer, conflicts);
    }
  if (conflicts->len > 0)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      for (guint i = 0; i < conflicts->len; i++)
        {
          g_autofree char *line = rancang_conflict_to_line (g_ptr_array_index (conflicts, i));
          g_string_append_printf (out, "%s\n", line);
        }
      if (fwrite (out->str, 1, out->len, stdout) != out->len || fflush (stdout) != 0)
        return EXIT_USAGE;
      g_printerr ("rancang-cli merge: %u conflicts; nothing written (--prefer base or --prefer part settles them)\n",
                  conflicts->len);
      return EXIT_INVALID;
    }

  /* the result must be a valid document before it replaces anything */
  rancang_document_stamp (base, NULL);
  if (!rancang_document_save_file_valid (base, output, &error))
    {
      if (g_error_matches (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_IO))
        {
          print_error (error);
          return EXIT_USAGE;
        }
      g_printerr ("rancang-cli merge: the merged document would not be valid; nothing written\n");
      print_error (error);
      return EXIT_INVALID;
    }
  return EXIT_OK;
}

/* ------------------------------------------------------------------ link */

static int
command_link (int    argc,
              char **argv)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(GOptionContext) context = g_option_context_new ("RENJA.xml RENSTRA.xml - record which Renstra a Renja follows");
  g_autoptr(RancangDocument) renja = NULL;
  g_autoptr(RancangDocument) renstra = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_description (context,
    "Records the Renstra's id in the Renja (<option name=\"renstra\" value=\"ID\"/>) and saves\n"
    "the Renja. 'rancang-cli check RENJA.xml --renstra RENSTRA.xml' then lists the Renja\n"
    "targets for its plan year that differ from the Renstra's.\n"
    "Exit status: 0 linked, 1 the plan year is outside the Renstra's period, 2 a usage or file error.\n");
  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 3)
    return usage_error ("link", "give the Renja and the Renstra");
  if (!load_pair (argv[1], argv[2], &renja, &renstra, &error))
    {
      print_error (error);
      return EXIT_USAGE;
    }
  if (!rancang_link_documents (renja, renstra, &error))
    {
      g_printerr ("rancang-cli link: %s\n", error->message);
      return status_for_error (error);
    }
  return save_stamped (renja, argv[1]);
}

/* ------------------------------------------------------- fill-from-renstra */

static int
command_fill_from_renstra (int    argc,
                           char **argv)
{
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the filled Renja here instead of over RENJA.xml", "OUT.xml" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("RENJA.xml RENSTRA.xml - write the Renstra's targets and pagu for the plan year into the Renja");
  g_autoptr(RancangDocument) renja = NULL;
  g_autoptr(RancangDocument) renstra = NULL;
  g_autoptr(RancangFillResult) result = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_description (context,
    "Creates the Renja's tujuan-sasaran and rencana-program rows from the Renstra:\n"
    "the tujuan and sasaran with their targets, and the urusan, programs, kegiatan and\n"
    "sub kegiatan with the target and pagu of the Renja's plan year (and of the next\n"
    "year as the prakiraan maju). Tables the Renja lacks are created in BAB III; in a\n"
    "table that has rows, a row of the same kode is kept as it is and listed\n"
    "(kept, then its kode or indikator; tab-separated). The Renja is linked to the Renstra, as by\n"
    "'rancang-cli link', and saved.\n"
    "Exit status: 0 filled, 1 the plan year is outside the Renstra's period or the\n"
    "Renstra plans nothing for it, 2 a usage or file error.\n");
  if ((status = parse_options (context, entries, &argc, &argv)) >= 0)
    return status;
  if (argc != 3)
    return usage_error ("fill-from-renstra", "give the Renja and the Renstra");
  if (!load_pair (argv[1], argv[2], &renja, &renstra, &error))
    {
      print_error (error);
      return EXIT_USAGE;
    }
  result = rancang_link_fill_from_renstra (renja, renstra, NULL, &error);
  if (result == NULL)
    {
      g_printerr ("rancang-cli fill-from-renstra: %s\n", error->message);
      return status_for_error (error);
    }
  for (guint i = 0; i < result->kept->len; i++)
    {
      g_print ("kept\t%s\n", (const char *) g_ptr_array_index (result->kept, i));
    }
  if ((status = save_stamped (renja, output != NULL ? output : argv[1])) != EXIT_OK)
    return status;
  g_printerr ("rancang-cli fill-from-renstra: %u rows added, %u kept\n", result->n_added, result->kept->len);
  return EXIT_OK;
}

/* ------------------------------------------------------------------ main */

static const Command commands[] = {
  { "new", command_new, "Start a document from the Renja or Renstra outline" },
  { "validate", command_validate, "Check documents against the Rancang format" },
  { "normalize", command_normalize, "Rewrite a document in its canonical form" },
  { "check", command_check, "List the inconsistencies of a document" },
  { "swot", command_swot, "Print the IFAS/EFAS totals and the SWOT quadrant" },
  { "table", command_table, "Export a table with its computed cells, or import one from CSV" },
  { "render", rancang_cli_render, "Print a document as a PDF (and PNG pages)" },
  { "diff", command_diff, "Show what changed between two versions of a document" },
  { "merge", command_merge, "Merge the parts of several offices into one document" },
  { "link", command_link, "Record which Renstra a Renja follows" },
  { "fill-from-renstra", command_fill_from_renstra, "Fill a Renja's targets and pagu from its Renstra" },
};

static void
print_usage (FILE *to)
{
  fprintf (to, "Usage: rancang-cli COMMAND [OPTION...] [ARGUMENT...]\n\n"
               "Prepare Renja and Renstra documents without a display.\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (to, "  %-18s %s\n", commands[i].name, commands[i].summary);
  fprintf (to, "\nOptions:\n  -h, --help     Show this help\n  --version      Print the version\n\n"
               "'rancang-cli COMMAND --help' describes a command.\n"
               "Exit status: 0 success, 1 invalid document or findings, 2 usage or file error.\n");
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
#ifdef __GLIBC__
  /* A command builds whole document trees and exits. Its heap grows in
   * large steps of address space (pages are only touched as they are
   * used) and is never trimmed meanwhile: a brk every 128 KB and the
   * trims between cost a merge of two 5,000-row documents a fifth of its
   * time. */
  mallopt (M_TOP_PAD, 256 << 20);
  mallopt (M_TRIM_THRESHOLD, 256 << 20);
#endif

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
