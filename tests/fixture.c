/* fixture.c: the fixture files read with libyaml (see fixture.h). */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "fixture.h"

/* A fixture that does not read as the test expects fails the test: through
 * Check in the Check suites, through g_error in the GLib ones (the GUI
 * suites), where a Check assertion cannot report. */
#ifdef FIXTURE_GLIB_TESTS
#define fx_require(cond, ...) G_STMT_START { if (!(cond)) g_error (__VA_ARGS__); } G_STMT_END
#define fx_fail(...)          g_error (__VA_ARGS__)
#else
#include <check.h>
#define fx_require(cond, ...) ck_assert_msg (cond, __VA_ARGS__)
#define fx_fail(...)          ck_abort_msg (__VA_ARGS__)
#endif

typedef enum { FX_SCALAR, FX_SEQ, FX_MAP } FxKind;

struct _FixtureNode
{
  FxKind     kind;
  char      *text;      /* a scalar's text */
  gboolean   plain;     /* an unquoted scalar: "null" and "~" mean nothing */
  GPtrArray *items;     /* a sequence's items; a mapping's keys and values in turn */
  char      *where;
};

struct _Fixture
{
  char      *name;
  GPtrArray *nodes;     /* every node, to free */
  GPtrArray *documents;
  GPtrArray *names;     /* of the documents, from the heading above each */
};

static FixtureNode *
node_new (Fixture *fx, FxKind kind, const yaml_mark_t *mark)
{
  FixtureNode *node = g_new0 (FixtureNode, 1);

  node->kind = kind;
  node->where = g_strdup_printf ("%s:%zu", fx->name, mark->line + 1);
  if (kind != FX_SCALAR)
    node->items = g_ptr_array_new ();
  g_ptr_array_add (fx->nodes, node);
  return node;
}

static void
node_free (FixtureNode *node)
{
  g_free (node->text);
  g_free (node->where);
  if (node->items != NULL)
    g_ptr_array_unref (node->items);
  g_free (node);
}

void
fixture_free (Fixture *fx)
{
  g_ptr_array_unref (fx->nodes);
  g_ptr_array_unref (fx->documents);
  g_ptr_array_unref (fx->names);
  g_free (fx->name);
  g_free (fx);
}

/* A document's name: the first word of the comment after its "---". */
static void
read_names (Fixture *fx, const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strcmp (lines[i], "---") == 0 && lines[i + 1] != NULL && g_str_has_prefix (lines[i + 1], "# "))
      {
        const char *word = lines[i + 1] + 2;
        gsize n = strcspn (word, " ");

        while (n > 0 && (word[n - 1] == '.' || word[n - 1] == ':'))
          n--;
        g_ptr_array_add (fx->names, g_strndup (word, n));
      }
}

Fixture *
fixture_load (const char *name)
{
  g_autofree char *path = g_build_filename (FIXTURES_DIR, name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  Fixture *fx = g_new0 (Fixture, 1);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  yaml_parser_t parser;
  gboolean done = FALSE;

  fx_require (g_file_get_contents (path, &text, &length, &error), "%s", error ? error->message : "");
  fx->name = g_strdup (name);
  fx->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  fx->documents = g_ptr_array_new ();
  fx->names = g_ptr_array_new_with_free_func (g_free);
  read_names (fx, text);

  fx_require (yaml_parser_initialize (&parser), "%s: libyaml does not start", name);
  yaml_parser_set_input_string (&parser, (const unsigned char *) text, length);
  while (!done)
    {
      yaml_event_t event;
      FixtureNode *node = NULL;

      fx_require (yaml_parser_parse (&parser, &event), "%s:%zu: %s", name,
                     parser.problem_mark.line + 1, parser.problem ? parser.problem : "");
      switch (event.type)
        {
        case YAML_SCALAR_EVENT:
          node = node_new (fx, FX_SCALAR, &event.start_mark);
          node->text = g_strndup ((const char *) event.data.scalar.value, event.data.scalar.length);
          node->plain = event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
          break;
        case YAML_SEQUENCE_START_EVENT:
          node = node_new (fx, FX_SEQ, &event.start_mark);
          break;
        case YAML_MAPPING_START_EVENT:
          node = node_new (fx, FX_MAP, &event.start_mark);
          break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
          g_ptr_array_remove_index (stack, stack->len - 1);
          break;
        case YAML_ALIAS_EVENT:
          fx_fail ("%s:%zu: no aliases in fixtures", name, event.start_mark.line + 1);
          break;
        case YAML_STREAM_END_EVENT:
          done = TRUE;
          break;
        default:
          break;
        }
      if (node != NULL)
        {
          if (stack->len == 0)
            g_ptr_array_add (fx->documents, node);
          else
            g_ptr_array_add (((FixtureNode *) g_ptr_array_index (stack, stack->len - 1))->items, node);
          if (node->kind != FX_SCALAR)
            g_ptr_array_add (stack, node);
        }
      yaml_event_delete (&event);
    }
  yaml_parser_delete (&parser);
  return fx;
}

const FixtureNode *
fixture_document (const Fixture *fx,
                  const char    *name)
{
  for (guint i = 0; i < fx->names->len && i < fx->documents->len; i++)
    if (strcmp (g_ptr_array_index (fx->names, i), name) == 0)
      return g_ptr_array_index (fx->documents, i);
  if (fx->documents->len == 1)
    {
      const FixtureNode *only = fx_find (g_ptr_array_index (fx->documents, 0), name);

      if (only != NULL)
        return only;
    }
  fx_fail ("%s: no fixture %s", fx->name, name);
  return NULL;
}

static const FixtureNode *
lookup (const FixtureNode *node,
        const char        *key)
{
  if (node == NULL)
    return NULL;
  if (node->kind == FX_MAP)
    {
      for (guint i = 0; i + 1 < node->items->len; i += 2)
        {
          const FixtureNode *k = g_ptr_array_index (node->items, i);

          if (k->kind == FX_SCALAR && strcmp (k->text, key) == 0)
            return g_ptr_array_index (node->items, i + 1);
        }
      return NULL;
    }
  if (node->kind == FX_SEQ)
    {
      char *end;
      guint64 i = g_ascii_strtoull (key, &end, 10);

      if (*key != '\0' && *end == '\0' && i < node->items->len)
        return g_ptr_array_index (node->items, i);
    }
  return NULL;
}

const FixtureNode *
fx_find (const FixtureNode *node,
         const char        *path)
{
  g_auto(GStrv) keys = NULL;

  if (path == NULL || *path == '\0')
    return node;
  keys = g_strsplit (path, "/", -1);
  for (guint i = 0; keys[i] != NULL && node != NULL; i++)
    node = lookup (node, keys[i]);
  return node;
}

const FixtureNode *
fx_get (const FixtureNode *node,
        const char        *path)
{
  const FixtureNode *found = fx_find (node, path);

  fx_require (found != NULL, "%s: no field %s", fx_where (node), path);
  return found;
}

const char *
fx_str (const FixtureNode *node,
        const char        *path)
{
  const FixtureNode *found = fx_find (node, path);

  if (found == NULL)
    return NULL;
  fx_require (found->kind == FX_SCALAR, "%s: %s is not a scalar", fx_where (found), path);
  if (found->plain && (found->text[0] == '\0' || strcmp (found->text, "null") == 0
                       || strcmp (found->text, "~") == 0))
    return NULL;
  return found->text;
}

gint64
fx_int (const FixtureNode *node,
        const char        *path)
{
  const char *text = fx_str (node, path);
  gint64 value;
  g_autoptr(GError) error = NULL;

  fx_require (text != NULL, "%s: no number %s", fx_where (node), path);
  fx_require (g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &value, &error),
                 "%s: %s is %s, not an integer", fx_where (fx_get (node, path)), path, text);
  return value;
}

guint
fx_len (const FixtureNode *node)
{
  if (node == NULL || node->kind == FX_SCALAR)
    return 0;
  return node->kind == FX_MAP ? node->items->len / 2 : node->items->len;
}

const FixtureNode *
fx_at (const FixtureNode *node,
       guint              i)
{
  fx_require (i < fx_len (node), "%s: no item %u", fx_where (node), i);
  return g_ptr_array_index (node->items, node->kind == FX_MAP ? 2 * i + 1 : i);
}

const char *
fx_key_at (const FixtureNode *node,
           guint              i)
{
  fx_require (node->kind == FX_MAP && i < fx_len (node), "%s: no pair %u", fx_where (node), i);
  return ((FixtureNode *) g_ptr_array_index (node->items, 2 * i))->text;
}

gboolean
fx_is_map (const FixtureNode *node)
{
  return node != NULL && node->kind == FX_MAP;
}

gboolean
fx_is_seq (const FixtureNode *node)
{
  return node != NULL && node->kind == FX_SEQ;
}

const FixtureNode *
fx_find_item (const FixtureNode *seq,
              const char        *field,
              const char        *value)
{
  for (guint i = 0; i < fx_len (seq); i++)
    if (g_strcmp0 (fx_str (fx_at (seq, i), field), value) == 0)
      return fx_at (seq, i);
  return NULL;
}

const char *
fx_where (const FixtureNode *node)
{
  return node != NULL ? node->where : "(nothing)";
}

/* "-333000.5" as "-333.000,5": thousands by points, the decimals after a
 * comma. */
char *
indonesian_number (const char *plain)
{
  GString *text = g_string_new (NULL);
  const char *digits = plain[0] == '-' ? plain + 1 : plain;
  const char *point = strchr (digits, '.');
  gsize whole = point != NULL ? (gsize) (point - digits) : strlen (digits);

  if (digits != plain)
    g_string_append_c (text, '-');
  for (gsize i = 0; i < whole; i++)
    {
      if (i > 0 && (whole - i) % 3 == 0)
        g_string_append_c (text, '.');
      g_string_append_c (text, digits[i]);
    }
  if (point != NULL)
    g_string_append_printf (text, ",%s", point + 1);
  return g_string_free (text, FALSE);
}
