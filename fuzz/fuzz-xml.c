/* fuzz-xml: the XML loader, fed anything.
 *
 * For every input: loading either succeeds or fails with a
 * RANCANG_DOCUMENT_ERROR whose message names the file; a loaded document's
 * canonical form loads again, and saving that gives the same bytes (the
 * canonical form is a fixed point). Any other outcome aborts, so libFuzzer
 * (and the replay test) report it.
 *
 * Built two ways (fuzz/meson.build): with -fsanitize=fuzzer by
 * build-aux/fuzz, and with fuzz/replay.c as a plain program that the test
 * suite runs over fuzz/regressions/ and the seed corpus.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rancang-document.h"

#define NAME "fuzz.xml"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void G_GNUC_NORETURN
die (const char *what,
     const char *detail)
{
  fprintf (stderr, "fuzz-xml: %s\n%s\n", what, detail ? detail : "");
  abort ();
}

/* The first difference between two canonical forms, for the report. */
static char *
first_difference (const char *a,
                  gsize       a_len,
                  const char *b,
                  gsize       b_len)
{
  gsize i = 0;

  while (i < a_len && i < b_len && a[i] == b[i])
    i++;
  return g_strdup_printf ("lengths %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT
                          ", first difference at byte %" G_GSIZE_FORMAT ":\n"
                          "first:  %.60s\nsecond: %.60s",
                          a_len, b_len, i, a + MIN (i, a_len), b + MIN (i, b_len));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  g_autoptr(RancangDocument) doc = NULL;
  g_autoptr(RancangDocument) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_len, second_len;

  doc = rancang_document_load_data ((const char *) data, size, NAME, &error);
  if (doc == NULL)
    {
      if (error == NULL || error->domain != RANCANG_DOCUMENT_ERROR)
        die ("a refused file gave no document error", error ? error->message : NULL);
      if (!g_str_has_prefix (error->message, NAME ":"))
        die ("the error does not name the file", error->message);
      return 0;
    }
  if (error != NULL)
    die ("a document loaded and an error was set too", error->message);

  first = rancang_document_to_xml (doc, &first_len);
  if (strlen (first) != first_len)
    die ("the canonical form holds a NUL byte", NULL);
  again = rancang_document_load_data (first, first_len, NAME, &error2);
  if (again == NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s\n--- canonical form:\n%s", error2->message, first);
      die ("the canonical form of a loaded document does not load", both);
    }
  second = rancang_document_to_xml (again, &second_len);
  if (first_len != second_len || memcmp (first, second, first_len) != 0)
    {
      g_autofree char *diff = first_difference (first, first_len, second, second_len);
      die ("the canonical form is not a fixed point: saving it again changes it", diff);
    }
  return 0;
}
