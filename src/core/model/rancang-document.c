/* rancang-document.c: a planning document and its file. */
#include "rancang-document.h"

#include <errno.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "rancang-xml-private.h"

#define TEMPLATE_RESOURCE "/io/github/rancang/Rancang/core/templates/%s.xml"

struct _RancangDocument
{
  RancangNode *root;
};

G_DEFINE_QUARK (rancang-document-error-quark, rancang_document_error)

static const char *const kind_names[] = {
  [RANCANG_KIND_RENJA] = "renja",
  [RANCANG_KIND_RENSTRA] = "renstra",
  [RANCANG_KIND_RENCANA_AKSI] = "rencana-aksi",
};

const char *
rancang_kind_to_string (RancangKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

gboolean
rancang_kind_from_string (const char  *text,
                          RancangKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (text, kind_names[i]) == 0)
      {
        *kind = (RancangKind) i;
        return TRUE;
      }
  return FALSE;
}

/* What XML 1.0 can carry: valid UTF-8 without control characters other
 * than tab and line breaks (and none of those where one line is expected). */
gboolean
rancang_text_is_storable (const char *text,
                          gboolean    single_line,
                          GError    **error)
{
  const char *end;

  if (!g_utf8_validate (text, -1, &end))
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_ARGUMENT,
                   "the text is not valid UTF-8 (at byte %ld)", (long) (end - text));
      return FALSE;
    }
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean line_break = c == '\n' || c == '\r';

      if ((c < 0x20 && c != '\t' && !line_break) || c == 0xFFFE || c == 0xFFFF
          || (single_line && line_break))
        {
          g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_ARGUMENT,
                       "the text contains the control character U+%04X (at character %ld), "
                       "which a document cannot hold",
                       c, g_utf8_pointer_to_offset (text, p) + 1);
          return FALSE;
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------ life */

RancangDocument *
rancang_document_new_from_root (RancangNode *root)
{
  RancangDocument *doc = g_new0 (RancangDocument, 1);

  doc->root = root;
  return doc;
}

void
rancang_document_free (RancangDocument *doc)
{
  if (doc == NULL)
    return;
  rancang_node_free (doc->root);
  g_free (doc);
}

RancangDocument *
rancang_document_new_from_template (RancangKind   kind,
                                    int           plan_year,
                                    GError      **error)
{
  g_autofree char *path = g_strdup_printf (TEMPLATE_RESOURCE, rancang_kind_to_string (kind));
  g_autoptr(GBytes) bytes = NULL;
  RancangDocument *doc;
  const char *data;
  gsize size;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  doc = rancang_document_load_data (data, size, path, error);
  if (doc == NULL)
    return NULL;

  rancang_document_set_plan_year (doc, plan_year);
  /* A Renstra covers five years from its first; a Renja belongs to the
   * five-year period around its year until the planner says which. */
  if (kind == RANCANG_KIND_RENSTRA)
    rancang_document_set_period (doc, plan_year, plan_year + 4);
  else
    rancang_document_set_period (doc, plan_year - 2, plan_year + 2);
  return doc;
}

/* ------------------------------------------------------------------ files */

RancangDocument *
rancang_document_load_data (const char *data,
                            gsize       length,
                            const char *name,
                            GError    **error)
{
  RancangNode *root = rancang_xml_read (data, length, name, error);
  RancangDocument *doc;

  if (root == NULL)
    return NULL;
  doc = rancang_document_new_from_root (root);
  if (!rancang_document_check_rules (doc, name, error))
    {
      rancang_document_free (doc);
      return NULL;
    }
  return doc;
}

RancangDocument *
rancang_document_load_file (const char *path,
                            GError    **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GError) local = NULL;
  GStatBuf st;

  /* Refuse a huge file before reading any of it. */
  if (g_stat (path, &st) == 0 && st.st_size > RANCANG_MAX_FILE_SIZE)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_TOO_LARGE,
                   "%s: the file is %lld MB; Rancang documents are at most %d MB",
                   path, (long long) st.st_size / (1024 * 1024), RANCANG_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_IO,
                   "%s: is a folder, not a document", path);
      return NULL;
    }

  mapped = g_mapped_file_new (path, FALSE, &local);
  if (mapped == NULL)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_IO,
                   "%s: cannot be read: %s", path, local->message);
      return NULL;
    }
  return rancang_document_load_data (g_mapped_file_get_contents (mapped),
                                     g_mapped_file_get_length (mapped), path, error);
}

char *
rancang_document_to_xml (RancangDocument *doc,
                         gsize           *length)
{
  GString *out = rancang_xml_write (doc->root);

  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/* The new document is complete on disk (written beside, flushed) before it
 * takes the old one's name; the old one is first kept as FILE.bak. At every
 * moment PATH is either the whole old document or the whole new one. */
/* Where a save to PATH goes: through symbolic links to the file they name,
 * so that the link stays a link. NULL, with ERROR set, for a loop. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (int i = 0; i < 40; i++)
    {
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;

      if (!g_file_test (current, G_FILE_TEST_IS_SYMLINK))
        return g_steal_pointer (&current);
      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return g_steal_pointer (&current);
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                            : g_build_filename (dir, target, NULL);
    }
  g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_IO,
               "%s: not saved: too many symbolic links", path);
  return NULL;
}

/* The XML of DOC against the schema, the tree against the rules. Reading
 * is loss-free: the tree checked is the one the XML would give. */
static gboolean
validate_xml (RancangDocument *doc,
              const char      *xml,
              gsize            length,
              const char      *name,
              GError         **error)
{
  return rancang_xml_validate (xml, length, name, error) && rancang_document_check_rules (doc, name, error);
}

static gboolean
save_file (RancangDocument *doc,
           const char      *path,
           gboolean         validate,
           GError         **error)
{
  const char *name = path;
  g_autofree char *target = resolve_links (path, error);
  g_autofree char *backup = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;
  GStatBuf st;
  int mode = 0644;

  if (target == NULL)
    return FALSE;
  path = target;
  backup = g_strconcat (path, ".bak", NULL);
  xml = rancang_document_to_xml (doc, &length);
  if (validate && !validate_xml (doc, xml, length, name, error))
    return FALSE;

  /* The new version replaces the old one, so it takes the old one's
   * permissions: a private file stays private, and a read-only file is not
   * replaced (which the folder's permissions alone would allow). */
  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode))
    {
      mode = st.st_mode & 0777;
      if ((st.st_mode & S_IWUSR) == 0)
        {
          g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_IO,
                       "%s: not saved; the file on disk is unchanged: the file is read-only", path);
          return FALSE;
        }
    }

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *old = NULL;
      gsize old_length;

      if (!g_file_get_contents (path, &old, &old_length, &local)
          || !g_file_set_contents_full (backup, old, (gssize) old_length,
                                        G_FILE_SET_CONTENTS_CONSISTENT, mode, &local))
        {
          g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_IO,
                       "%s: not saved, because the backup copy of the previous version "
                       "could not be written: %s", path, local->message);
          return FALSE;
        }
    }

  if (!g_file_set_contents_full (path, xml, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 mode, &local))
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_IO,
                   "%s: not saved; the file on disk is unchanged: %s", path, local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
rancang_document_save_file (RancangDocument *doc,
                            const char      *path,
                            GError         **error)
{
  return save_file (doc, path, FALSE, error);
}

gboolean
rancang_document_save_file_valid (RancangDocument *doc,
                                  const char      *path,
                                  GError         **error)
{
  return save_file (doc, path, TRUE, error);
}

/* ------------------------------------------------------------------ rules */

typedef struct
{
  const char *name;
  GPtrArray  *messages;
  GHashTable *ids;        /* id -> node */
  GHashTable *signatories;
  guint       dropped;    /* messages past RANCANG_XML_MAX_MESSAGES */
} RuleContext;

static void G_GNUC_PRINTF (3, 4)
rule_message (RuleContext       *ctx,
              const RancangNode *node,
              const char        *format,
              ...)
{
  va_list args;
  g_autofree char *text = NULL;

  if (ctx->messages->len >= RANCANG_XML_MAX_MESSAGES)
    {
      ctx->dropped++;
      return;
    }
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (ctx->messages,
                   g_strdup_printf ("%s:%u:1: %s", ctx->name, MAX (rancang_node_get_line (node), 1), text));
}

/* Column keys have the form of the schema's tokens; checked here rather
 * than in the schema, where it would cost a regular expression per cell. */
static gboolean
is_key (const char *key)
{
  if (key == NULL || *key == '\0' || *key == '.' || *key == '-')
    return FALSE;
  for (const char *p = key; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.' && *p != '-')
      return FALSE;
  return TRUE;
}

static void
check_table (RuleContext       *ctx,
             const RancangNode *table)
{
  const char *id = rancang_node_get_attr (table, "id");
  g_autoptr(GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);
  RancangNode *cols = rancang_node_get_child (table, "columns");
  guint row_number = 0;
  gboolean seen_row = FALSE;

  for (RancangNode *c = cols ? rancang_node_get_first_child (cols) : NULL; c; c = rancang_node_get_next (c))
    {
      const char *key = rancang_node_get_attr (c, "key");
      if (!g_hash_table_add (columns, (gpointer) key))
        rule_message (ctx, c, "table %s has two columns with the key \"%s\"", id, key);
    }

  for (RancangNode *row = rancang_node_get_first_child (table); row; row = rancang_node_get_next (row))
    {
      g_autoptr(GHashTable) keys = NULL;

      if (!rancang_node_is (row, "row"))
        continue;
      row_number++;
      if (!seen_row && rancang_node_get_attr (row, "level") == NULL)
        rule_message (ctx, row, "row %u of table %s has no level, so it would be one more indicator "
                      "of the row above it, but there is no row above it; give it a level "
                      "(program, kegiatan, ...)", row_number, id);
      seen_row = TRUE;

      keys = g_hash_table_new (g_str_hash, g_str_equal);
      for (RancangNode *cell = rancang_node_get_first_child (row); cell; cell = rancang_node_get_next (cell))
        {
          const char *key = rancang_node_get_attr (cell, "k");
          if (!is_key (key))
            rule_message (ctx, cell, "row %u of table %s has a cell whose column key \"%s\" is not a key "
                          "(letters, digits, '_', '.', '-')", row_number, id, key);
          else if (!g_hash_table_add (keys, (gpointer) key))
            rule_message (ctx, cell, "row %u of table %s has two cells for column \"%s\"",
                          row_number, id, key);
          else if (cols != NULL && !g_hash_table_contains (columns, key))
            rule_message (ctx, cell, "row %u of table %s has a cell for column \"%s\", "
                          "which the table's <columns> do not name", row_number, id, key);
        }
    }
}

gboolean
rancang_document_validate (RancangDocument *doc,
                           const char      *name,
                           GError         **error)
{
  gsize length;
  g_autofree char *xml = rancang_document_to_xml (doc, &length);

  return validate_xml (doc, xml, length, name, error);
}

/* What the schema cannot say: ids are unique, signatures name a signatory,
 * periods run forward, the first row of a table is not a continuation. */
gboolean
rancang_document_check_rules (RancangDocument *doc,
                              const char      *name,
                              GError         **error)
{
  RuleContext ctx = { name, g_ptr_array_new_with_free_func (g_free),
                      g_hash_table_new (g_str_hash, g_str_equal),
                      g_hash_table_new (g_str_hash, g_str_equal) };
  RancangNode *meta = rancang_document_get_metadata (doc);
  RancangNode *period = rancang_node_get_child (meta, "period");
  gboolean ok;

  for (RancangNode *n = doc->root; n != NULL; n = rancang_node_next_in_tree (n, doc->root))
    {
      const char *id;

      if (rancang_node_is_text (n))
        continue;
      id = rancang_node_get_attr (n, "id");
      if (id != NULL && n != doc->root)
        {
          RancangNode *first = g_hash_table_lookup (ctx.ids, id);
          if (first != NULL)
            rule_message (&ctx, n, "the id \"%s\" is used twice (first on line %u); "
                          "ids name one thing each", id, rancang_node_get_line (first));
          else
            g_hash_table_insert (ctx.ids, (gpointer) id, n);
          if (rancang_node_is (n, "signatory"))
            g_hash_table_add (ctx.signatories, (gpointer) id);
        }
      if (rancang_node_is (n, "table"))
        check_table (&ctx, n);
    }

  for (RancangNode *n = doc->root; n != NULL; n = rancang_node_next_in_tree (n, doc->root))
    if (rancang_node_is (n, "signature")
        && !g_hash_table_contains (ctx.signatories, rancang_node_get_attr (n, "ref")))
      rule_message (&ctx, n, "the signature names the signatory \"%s\", who is not among "
                    "the document's <signatories>", rancang_node_get_attr (n, "ref"));

  if (period != NULL)
    {
      int start = atoi (rancang_node_get_attr (period, "start"));
      int end = atoi (rancang_node_get_attr (period, "end"));
      if (end < start)
        rule_message (&ctx, period, "the period ends (%d) before it starts (%d)", end, start);
    }

  ok = ctx.messages->len == 0;
  if (!ok)
    {
      if (ctx.dropped > 0)
        g_ptr_array_add (ctx.messages, g_strdup_printf ("%s: %u more error(s) not shown", name, ctx.dropped));
      g_ptr_array_add (ctx.messages, NULL);
      g_autofree char *text = g_strjoinv ("\n", (char **) ctx.messages->pdata);
      g_set_error_literal (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_INVALID, text);
    }
  g_ptr_array_unref (ctx.messages);
  g_hash_table_unref (ctx.ids);
  g_hash_table_unref (ctx.signatories);
  return ok;
}

/* ------------------------------------------------------------------ access */

RancangNode *rancang_document_get_root (RancangDocument *doc) { return doc->root; }

RancangNode *
rancang_document_get_metadata (RancangDocument *doc)
{
  return rancang_node_get_child (doc->root, "metadata");
}

RancangNode *
rancang_document_get_body (RancangDocument *doc)
{
  return rancang_node_get_child (doc->root, "body");
}

RancangNode *
rancang_document_lookup_id (RancangDocument *doc,
                            const char      *id)
{
  for (RancangNode *n = doc->root; n != NULL; n = rancang_node_next_in_tree (n, doc->root))
    if (!rancang_node_is_text (n) && g_strcmp0 (rancang_node_get_attr (n, "id"), id) == 0)
      return n;
  return NULL;
}

RancangKind
rancang_document_get_kind (RancangDocument *doc)
{
  RancangKind kind = RANCANG_KIND_RENJA;

  rancang_kind_from_string (rancang_node_get_attr (doc->root, "kind"), &kind);
  return kind;
}

int
rancang_document_get_plan_year (RancangDocument *doc)
{
  const char *text = rancang_node_get_child_content (rancang_document_get_metadata (doc), "plan-year");

  return text ? atoi (text) : 0;
}

void
rancang_document_set_plan_year (RancangDocument *doc,
                                int              year)
{
  g_autofree char *text = g_strdup_printf ("%d", year);

  rancang_node_set_child_content (rancang_document_get_metadata (doc), "plan-year", text);
}

void
rancang_document_get_period (RancangDocument *doc,
                             int             *start,
                             int             *end)
{
  RancangNode *period = rancang_node_get_child (rancang_document_get_metadata (doc), "period");
  const char *s = rancang_node_get_attr (period, "start");
  const char *e = rancang_node_get_attr (period, "end");

  *start = s ? atoi (s) : 0;
  *end = e ? atoi (e) : 0;
}

void
rancang_document_set_period (RancangDocument *doc,
                             int              start,
                             int              end)
{
  RancangNode *period = rancang_node_ensure_child (rancang_document_get_metadata (doc), "period");
  char text[16];

  g_snprintf (text, sizeof text, "%d", start);
  rancang_node_set_attr (period, "start", text);
  g_snprintf (text, sizeof text, "%d", end);
  rancang_node_set_attr (period, "end", text);
}

/* The text of a metadata element such as "pemda", "opd", "status". */
const char *
rancang_document_get_meta (RancangDocument *doc,
                           const char      *element)
{
  return rancang_node_get_child_content (rancang_document_get_metadata (doc), element);
}

gboolean
rancang_document_set_meta (RancangDocument *doc,
                           const char      *element,
                           const char      *value,
                           GError         **error)
{
  if (!rancang_text_is_storable (value, TRUE, error))
    return FALSE;
  rancang_node_set_child_content (rancang_document_get_metadata (doc), element, value);
  return TRUE;
}

const char *
rancang_document_get_opd_acronym (RancangDocument *doc)
{
  return rancang_node_get_attr (rancang_node_get_child (rancang_document_get_metadata (doc), "opd"),
                                "acronym");
}

void
rancang_document_set_opd_acronym (RancangDocument *doc,
                                  const char      *acronym)
{
  rancang_node_set_attr (rancang_node_ensure_child (rancang_document_get_metadata (doc), "opd"),
                         "acronym", acronym);
}

/* A document-wide setting (<option name= value=/> in the metadata). */
const char *
rancang_document_get_option (RancangDocument *doc,
                             const char      *name)
{
  RancangNode *meta = rancang_document_get_metadata (doc);

  for (RancangNode *o = rancang_node_get_child (meta, "option"); o; o = rancang_node_get_next_named (o, "option"))
    if (g_strcmp0 (rancang_node_get_attr (o, "name"), name) == 0)
      return rancang_node_get_attr (o, "value");
  return NULL;
}
