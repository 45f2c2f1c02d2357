/* rancang-numbering.c: numbers from the order of the tree. */
#include "rancang-numbering.h"

#include <stdlib.h>
#include <string.h>

#include "rancang-format.h"

struct _RancangNumbers
{
  GHashTable  *numbers;    /* node -> "2.1" (owned) */
  GHashTable  *sections;   /* "2.1" -> chapter or section node */
  GPtrArray   *order;      /* chapters and sections, in document order */
};

static gboolean
is_numbered_table (const RancangNode *node)
{
  const char *numbered = rancang_node_get_attr (node, "numbered");

  return g_strcmp0 (numbered, "false") != 0 && g_strcmp0 (numbered, "0") != 0;
}

static void
add (RancangNumbers    *numbers,
     const RancangNode *node,
     char              *number,
     gboolean           section)
{
  g_hash_table_insert (numbers->numbers, (gpointer) node, number);
  if (section)
    {
      g_hash_table_insert (numbers->sections, number, (gpointer) node);
      g_ptr_array_add (numbers->order, (gpointer) node);
    }
}

static void
number_sections (RancangNumbers    *numbers,
                 const RancangNode *parent,
                 const char        *prefix,
                 gboolean           in_body)
{
  guint n = 0;

  for (RancangNode *s = rancang_node_get_child (parent, "section"); s != NULL;
       s = rancang_node_get_next_named (s, "section"))
    {
      char *number = g_strdup_printf ("%s.%u", prefix, ++n);

      add (numbers, s, number, in_body);
      number_sections (numbers, s, number, in_body);
    }
}

/* Tables and figures are numbered per chapter (or lampiran), in document
 * order, sections and lists included. */
static void
number_tables_and_figures (RancangNumbers    *numbers,
                           const RancangNode *part,
                           const char        *prefix)
{
  guint tables = 0, figures = 0;

  for (RancangNode *n = rancang_node_next_in_tree (part, part); n != NULL;
       n = rancang_node_next_in_tree (n, part))
    {
      if (rancang_node_is_text (n))
        continue;
      if (rancang_node_is (n, "table") && is_numbered_table (n))
        add (numbers, n, g_strdup_printf ("%s.%u", prefix, ++tables), FALSE);
      else if (rancang_node_is (n, "figure"))
        add (numbers, n, g_strdup_printf ("%s.%u", prefix, ++figures), FALSE);
    }
}

/* Numbers every chapter, section, numbered table and figure of DOC, and
 * every lampiran ("L1": its sections "L1.1", its tables "Tabel L1.1"). */
RancangNumbers *
rancang_numbers_new (RancangDocument *doc)
{
  RancangNumbers *numbers = g_new0 (RancangNumbers, 1);
  RancangNode *body = rancang_document_get_body (doc);
  guint chapter_number = 0, appendix_number = 0;

  numbers->numbers = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  numbers->sections = g_hash_table_new (g_str_hash, g_str_equal);
  numbers->order = g_ptr_array_new ();

  for (RancangNode *chapter = body != NULL ? rancang_node_get_child (body, "chapter") : NULL;
       chapter != NULL; chapter = rancang_node_get_next_named (chapter, "chapter"))
    {
      char *number = g_strdup_printf ("%u", ++chapter_number);

      add (numbers, chapter, number, TRUE);
      number_sections (numbers, chapter, number, TRUE);
      number_tables_and_figures (numbers, chapter, number);
    }

  /* Lampiran stay out of the section lookup: "2.1" names a part of the body. */
  for (RancangNode *appendix = rancang_node_get_child (rancang_document_get_root (doc), "appendix");
       appendix != NULL; appendix = rancang_node_get_next_named (appendix, "appendix"))
    {
      char *number = g_strdup_printf ("L%u", ++appendix_number);

      add (numbers, appendix, number, FALSE);
      number_sections (numbers, appendix, number, FALSE);
      number_tables_and_figures (numbers, appendix, number);
    }
  return numbers;
}

void
rancang_numbers_free (RancangNumbers *numbers)
{
  if (numbers == NULL)
    return;
  g_hash_table_unref (numbers->sections);
  g_hash_table_unref (numbers->numbers);
  g_ptr_array_unref (numbers->order);
  g_free (numbers);
}

/* "2", "2.1", "2.1.3" or, for a table or figure, "2.1"; "L1", "L1.2" in a
 * lampiran; NULL when NODE has no number. */
const char *
rancang_numbers_get (const RancangNumbers *numbers,
                     const RancangNode    *node)
{
  g_return_val_if_fail (numbers != NULL, NULL);
  return g_hash_table_lookup (numbers->numbers, node);
}

/* As printed: "BAB II", "2.1", "Tabel 2.1", "Gambar 2.1", "LAMPIRAN 1";
 * NULL when NODE has no number. */
char *
rancang_numbers_label (const RancangNumbers *numbers,
                       const RancangNode    *node)
{
  const char *number = rancang_numbers_get (numbers, node);

  if (number == NULL)
    return NULL;
  if (rancang_node_is (node, "chapter"))
    {
      g_autofree char *roman = rancang_format_roman (atoi (number), TRUE);
      return g_strconcat ("BAB ", roman, NULL);
    }
  if (rancang_node_is (node, "appendix"))
    return g_strconcat ("LAMPIRAN ", number + 1, NULL);
  if (rancang_node_is (node, "table"))
    return g_strconcat ("Tabel ", number, NULL);
  if (rancang_node_is (node, "figure"))
    return g_strconcat ("Gambar ", number, NULL);
  return g_strdup (number);
}

/* A chapter's roman number ("IV"), or 0. */
static int
roman_value (const char *text)
{
  static const struct { char c; int v; } digits[] = {
    { 'I', 1 }, { 'V', 5 }, { 'X', 10 }, { 'L', 50 }, { 'C', 100 },
  };
  int total = 0;
  int previous = 1000;

  for (const char *p = text; *p != '\0'; p++)
    {
      int v = 0;

      for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
        if (g_ascii_toupper (*p) == digits[i].c)
          v = digits[i].v;
      if (v == 0)
        return 0;
      total += v > previous ? v - 2 * previous : v;
      previous = v;
    }
  return total;
}

/* The chapter or section of that number: "2.1", "2.1." or "3"; a chapter
 * also as "IV" or "BAB IV". NULL when there is none. */
RancangNode *
rancang_numbers_lookup_section (const RancangNumbers *numbers,
                                const char           *number)
{
  g_autofree char *key = NULL;
  gsize len;

  g_return_val_if_fail (numbers != NULL && number != NULL, NULL);

  key = g_strstrip (g_strdup (number));
  if (g_ascii_strncasecmp (key, "BAB", 3) == 0 && (key[3] == ' ' || key[3] == '\0'))
    {
      memmove (key, key + 3, strlen (key + 3) + 1);
      g_strchug (key);
    }
  len = strlen (key);
  if (len > 1 && key[len - 1] == '.')
    key[len - 1] = '\0';
  if (roman_value (key) > 0)
    {
      char *arabic = g_strdup_printf ("%d", roman_value (key));
      g_free (key);
      key = arabic;
    }
  return g_hash_table_lookup (numbers->sections, key);
}

/* The last <section> of the body in document order (the deepest of the
 * last ones), else the last chapter, or NULL for a body without chapters. */
RancangNode *
rancang_numbers_last_section (const RancangNumbers *numbers)
{
  g_return_val_if_fail (numbers != NULL, NULL);
  for (guint i = numbers->order->len; i-- > 0;)
    if (rancang_node_is (g_ptr_array_index (numbers->order, i), "section"))
      return g_ptr_array_index (numbers->order, i);
  return numbers->order->len > 0 ? g_ptr_array_index (numbers->order, numbers->order->len - 1) : NULL;
}

/* "1, 1.1, 1.2, 2, ..." for messages. */
char *
rancang_numbers_list_sections (const RancangNumbers *numbers)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < numbers->order->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, g_hash_table_lookup (numbers->numbers, g_ptr_array_index (numbers->order, i)));
    }
  return g_string_free (out, FALSE);
}
