/* fuzz-csv: the CSV importer, fed anything.
 *
 * The first byte of the input chooses the template (rencana-program,
 * evaluasi-renja, swot-ifas or a generic table) and the number style
 * (Indonesian or US); the rest is the file. For every input: the import
 * either adds one table to a new Renja, whose canonical form then loads again
 * and is a fixed point, or fails with an import/CSV error that names the file
 * and leaves the document as it was. Any other outcome aborts.
 *
 * Built like fuzz-xml (fuzz/meson.build): with libFuzzer by build-aux/fuzz,
 * and as a replay program the test suite runs over fuzz/regressions/csv/
 * and fuzz/corpus/csv/.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rancang-document.h"
#include "rancang-table-import.h"
#include "rancang-table-insert.h"
#include "rancang-template.h"

#define NAME "fuzz.csv"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void G_GNUC_NORETURN
die (const char *what,
     const char *detail)
{
  fprintf (stderr, "fuzz-csv: %s\n%s\n", what, detail ? detail : "");
  abort ();
}

static RancangTemplateSet *
templates (void)
{
  static RancangTemplateSet *set;

  /* Read once: the built-in templates never change. */
  if (set == NULL)
    {
      g_autoptr(GError) error = NULL;
      set = rancang_template_set_new_builtin (&error);
      if (set == NULL)
        die ("the built-in templates do not load", error->message);
    }
  return set;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const char *const template_ids[] = { "rencana-program", "evaluasi-renja", "swot-ifas", "generic" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(RancangDocument) again = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *second = NULL;
  gsize before_len, after_len, second_len;
  RancangImportOptions options = { 0 };
  RancangNode *table;

  if (size < 1)
    return 0;
  options.id = "impor";
  options.template_id = template_ids[data[0] % G_N_ELEMENTS (template_ids)];
  options.numbers = (data[0] & 0x10) ? RANCANG_NUMBERS_US : RANCANG_NUMBERS_ID;

  doc = rancang_document_new_from_template (RANCANG_KIND_RENJA, 2024, &error);
  if (doc == NULL)
    die ("the Renja template does not load", error->message);
  before = rancang_document_to_xml (doc, &before_len);

  table = rancang_document_import_csv (doc, templates (), &options, (const char *) data + 1, size - 1,
                                       NAME, "renja.xml", &error);
  if (table == NULL)
    {
      if (error == NULL)
        die ("a refused file gave no error", NULL);
      if (strstr (error->message, NAME) == NULL)
        die ("the error does not name the file", error->message);
      after = rancang_document_to_xml (doc, &after_len);
      if (after_len != before_len || memcmp (before, after, before_len) != 0)
        die ("a refused import changed the document", error->message);
      return 0;
    }

  after = rancang_document_to_xml (doc, &after_len);
  again = rancang_document_load_data (after, after_len, "renja.xml", &error2);
  if (again == NULL)
    die ("the document with the imported table does not load", error2->message);
  second = rancang_document_to_xml (again, &second_len);
  if (after_len != second_len || memcmp (after, second, after_len) != 0)
    die ("the canonical form with the imported table is not a fixed point", NULL);
  return 0;
}
