/* replay: runs a libFuzzer target over files, without libFuzzer.
 *
 *   fuzz-xml-replay FILE|DIR...
 *
 * Each file (each file of each folder, recursively) is one input. Any
 * failure aborts inside the target; this program prints the file first so
 * the report says which one. Used by meson test on fuzz/regressions/ and the
 * seed corpus, in the normal and the sanitizer builds.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static guint replayed;

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static gboolean
replay (const char *path)
{
  g_autoptr(GError) error = NULL;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;
      gboolean ok = TRUE;

      if (dir == NULL)
        {
          fprintf (stderr, "replay: %s\n", error->message);
          return FALSE;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.')
          g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, compare_paths);
      for (guint i = 0; i < names->len; i++)
        ok = replay (g_ptr_array_index (names, i)) && ok;
      return ok;
    }
  else
    {
      g_autofree char *data = NULL;
      gsize length;

      if (!g_file_get_contents (path, &data, &length, &error))
        {
          fprintf (stderr, "replay: %s\n", error->message);
          return FALSE;
        }
      fprintf (stderr, "replay: %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
      /* A copy of exactly LENGTH bytes, so that a read past the end is caught. */
      {
        g_autofree uint8_t *exact = g_malloc (MAX (length, 1));
        memcpy (exact, data, length);
        LLVMFuzzerTestOneInput (exact, length);
      }
      replayed++;
      return TRUE;
    }
}

int
main (int    argc,
      char **argv)
{
  gboolean ok = TRUE;

  if (argc < 2)
    {
      fprintf (stderr, "Usage: %s FILE|DIR...\n", argv[0]);
      return 2;
    }
  for (int i = 1; i < argc; i++)
    ok = replay (argv[i]) && ok;
  printf ("%u inputs replayed\n", replayed);
  return ok && replayed > 0 ? 0 : 1;
}
