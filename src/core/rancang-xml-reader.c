/* rancang-xml-reader.c: from the bytes of a file to a validated tree.
 *
 * Files travel between offices by e-mail and flash drive, so the reader
 * trusts nothing: a Rancang document never needs a DTD, so any DOCTYPE is
 * refused before libxml2 sees the file (no external entity can be read, no
 * entity can be expanded), the network is off, depth and text size keep
 * libxml2's limits, and every message names the file, line and column.
 */
#include "rancang-xml-private.h"

#include <string.h>

#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

#include "rancang-document.h"

#define SCHEMA_RESOURCE "/io/github/rancang/Rancang/core/rancang.rng"

typedef struct
{
  const char *name;
  const char *data;
  gsize       length;
  GPtrArray  *messages;        /* well-formedness and safety: reported first */
  GPtrArray  *valid_messages;  /* schema: only when the file is well-formed */
  guint       dropped;
  guint       valid_dropped;
  int         code;
} ReadContext;

/* Schema, and the values it allows per element and attribute, kept to say
 * what was expected when a value is refused. */
typedef struct
{
  xmlRelaxNGPtr schema;
  GHashTable   *allowed; /* "element:NAME" or "attribute:NAME" -> "a, b, c" */
} Schema;

/* ------------------------------------------------------------------ messages */

static guint
column_of (const ReadContext *ctx,
           guint              line,
           const char        *element)
{
  const char *p = ctx->data;
  const char *end = ctx->data + ctx->length;
  const char *eol;
  const char *hit = NULL;

  for (guint l = 1; l < line && p < end; l++)
    {
      p = memchr (p, '\n', (gsize) (end - p));
      if (p == NULL)
        return 1;
      p++;
    }
  eol = memchr (p, '\n', (gsize) (end - p));
  if (eol == NULL)
    eol = end;

  if (element != NULL)
    {
      g_autofree char *needle = g_strconcat ("<", element, NULL);
      gsize n = strlen (needle);
      for (const char *q = p; q + n <= eol; q++)
        if (memcmp (q, needle, n) == 0 && (q + n == eol || (!g_ascii_isalnum (q[n]) && q[n] != '-')))
          {
            hit = q;
            break;
          }
    }
  if (hit == NULL)
    for (hit = p; hit < eol && (*hit == ' ' || *hit == '\t'); hit++)
      ;
  /* Columns count characters, as editors do, not bytes. */
  return (guint) g_utf8_strlen (p, hit - p) + 1;
}

static void
add_to (ReadContext *ctx,
        GPtrArray   *messages,
        guint        line,
        guint        column,
        const char  *text)
{
  if (messages->len >= RANCANG_XML_MAX_MESSAGES)
    {
      if (messages == ctx->messages)
        ctx->dropped++;
      else
        ctx->valid_dropped++;
      return;
    }
  g_ptr_array_add (messages,
                   g_strdup_printf ("%s:%u:%u: %s", ctx->name, line ? line : 1,
                                    column ? column : 1, text));
}

static void
add_message (ReadContext *ctx,
             guint        line,
             guint        column,
             const char  *text)
{
  add_to (ctx, ctx->messages, line, column, text);
}

static char *
tidy_libxml_message (const char *message)
{
  g_autofree char *flat = g_strdup (message ? message : "error");
  g_auto(GStrv) lines = NULL;

  g_strstrip (flat);
  lines = g_strsplit (flat, "\n", -1);
  return g_strjoinv ("; ", lines);
}

/* ------------------------------------------------------------------ schema */

static void
collect_allowed (xmlNode    *node,
                 GHashTable *allowed)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type != XML_ELEMENT_NODE)
        continue;
      if ((xmlStrEqual (n->name, BAD_CAST "element") || xmlStrEqual (n->name, BAD_CAST "attribute"))
          && xmlHasProp (n, BAD_CAST "name"))
        {
          g_autoptr(GString) values = g_string_new (NULL);
          xmlChar *name = xmlGetProp (n, BAD_CAST "name");

          for (xmlNode *c = n->children; c != NULL; c = c->next)
            if (c->type == XML_ELEMENT_NODE && xmlStrEqual (c->name, BAD_CAST "choice"))
              for (xmlNode *v = c->children; v != NULL; v = v->next)
                if (v->type == XML_ELEMENT_NODE && xmlStrEqual (v->name, BAD_CAST "value"))
                  {
                    xmlChar *text = xmlNodeGetContent (v);
                    g_string_append_printf (values, "%s%s", values->len ? ", " : "", (char *) text);
                    xmlFree (text);
                  }
          if (values->len > 0)
            g_hash_table_insert (allowed,
                                 g_strdup_printf ("%s:%s", (char *) n->name, (char *) name),
                                 g_strdup (values->str));
          xmlFree (name);
        }
      collect_allowed (n->children, allowed);
    }
}

static gpointer
load_schema (gpointer data)
{
  Schema *schema = g_new0 (Schema, 1);
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGParserCtxtPtr pctxt;
  xmlDocPtr rng;
  gsize size;
  const char *text;

  (void) data;
  bytes = g_resources_lookup_data (SCHEMA_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL); /* compiled into the library */
  text = g_bytes_get_data (bytes, &size);

  pctxt = xmlRelaxNGNewMemParserCtxt (text, (int) size);
  schema->schema = xmlRelaxNGParse (pctxt);
  xmlRelaxNGFreeParserCtxt (pctxt);
  g_assert (schema->schema != NULL);

  schema->allowed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  rng = xmlReadMemory (text, (int) size, "rancang.rng", NULL, XML_PARSE_NONET);
  if (rng != NULL)
    {
      collect_allowed (xmlDocGetRootElement (rng), schema->allowed);
      xmlFreeDoc (rng);
    }
  return schema;
}

static Schema *
get_schema (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_schema, NULL);
}

/* libxml2 says which element or attribute failed; the schema knows what it
 * would have taken. */
static char *
explain_validity (const char *message)
{
  Schema *schema = get_schema ();
  g_autofree char *text = tidy_libxml_message (message);
  char name[128];
  const char *allowed = NULL;

  if (sscanf (text, "Invalid attribute %127s for element", name) == 1)
    {
      g_autofree char *key = g_strconcat ("attribute:", name, NULL);
      allowed = g_hash_table_lookup (schema->allowed, key);
      if (allowed != NULL)
        return g_strdup_printf ("%s: attribute %s must be one of: %s", text, name, allowed);
    }
  if (sscanf (text, "Element %127s failed to validate content", name) == 1)
    {
      g_autofree char *key = g_strconcat ("element:", name, NULL);
      allowed = g_hash_table_lookup (schema->allowed, key);
      if (allowed != NULL)
        return g_strdup_printf ("%s: expected one of: %s", text, allowed);
    }
  return g_steal_pointer (&text);
}

/* ------------------------------------------------------------------ handlers */

static void
on_parse_error (void      *data,
                xmlErrorPtr error)
{
  ReadContext *ctx = data;
  g_autofree char *text = NULL;

  if (error->level == XML_ERR_WARNING)
    return;
  if (error->domain == XML_FROM_RELAXNGV)
    {
      guint line = error->node ? (guint) xmlGetLineNo ((xmlNode *) error->node) : (guint) error->line;
      const char *element = error->node ? (const char *) ((xmlNode *) error->node)->name : NULL;

      text = explain_validity (error->message);
      add_to (ctx, ctx->valid_messages, line, column_of (ctx, line, element), text);
      return;
    }

  if (error->code == XML_ERR_INTERNAL_ERROR && error->message
      && strstr (error->message, "Excessive depth") != NULL)
    text = g_strdup_printf ("elements are nested deeper than %d levels; "
                            "a Rancang document never is", 256);
  else if (error->message && strstr (error->message, "huge text node") != NULL)
    text = g_strdup ("a text is longer than 10,000,000 bytes; "
                     "a Rancang document never holds one that long");
  else
    text = tidy_libxml_message (error->message);

  add_message (ctx, (guint) error->line, (guint) error->int2, text);
  if (ctx->code != RANCANG_DOCUMENT_ERROR_UNSAFE)
    ctx->code = RANCANG_DOCUMENT_ERROR_MALFORMED;
}

static void
ignore_generic_error (void       *data,
                      const char *format,
                      ...)
{
  (void) data;
  (void) format;
}

/* ------------------------------------------------------------------ prolog */

static void
position_of (const ReadContext *ctx,
             const char        *at,
             guint             *line,
             guint             *column)
{
  const char *line_start = ctx->data;

  *line = 1;
  for (const char *p = ctx->data; p < at; p++)
    if (*p == '\n')
      {
        (*line)++;
        line_start = p + 1;
      }
  *column = (guint) g_utf8_strlen (line_start, at - line_start) + 1;
}

/* Refuses what a Rancang document never contains before its root element:
 * a document type declaration (the door to external and recursive
 * entities), or an encoding that is not ASCII-compatible (which would hide
 * one from this scan). */
static gboolean
check_prolog (ReadContext *ctx)
{
  const char *p = ctx->data;
  const char *end = ctx->data + ctx->length;
  guint line, column;

  if (ctx->length >= 2
      && (((guchar) p[0] == 0xFE && (guchar) p[1] == 0xFF)
          || ((guchar) p[0] == 0xFF && (guchar) p[1] == 0xFE)
          || memchr (p, '\0', MIN (ctx->length, 4)) != NULL))
    {
      add_message (ctx, 1, 1, "the file is not UTF-8 text (UTF-16 or binary data); "
                              "Rancang documents are UTF-8");
      ctx->code = RANCANG_DOCUMENT_ERROR_MALFORMED;
      return FALSE;
    }
  if (ctx->length >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  while (p < end)
    {
      if (g_ascii_isspace (*p))
        p++;
      else if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (p + 4, end - p - 4, "-->");
          if (close == NULL)
            return TRUE; /* the parser reports the unterminated comment */
          p = close + 3;
        }
      else if (end - p >= 2 && memcmp (p, "<?", 2) == 0)
        {
          const char *close = g_strstr_len (p + 2, end - p - 2, "?>");
          if (close == NULL)
            return TRUE;
          p = close + 2;
        }
      else if (end - p >= 9 && g_ascii_strncasecmp (p, "<!DOCTYPE", 9) == 0)
        {
          position_of (ctx, p, &line, &column);
          add_message (ctx, line, column,
                       "a document type declaration (<!DOCTYPE ...>) is not allowed: "
                       "Rancang documents use no DTD and no entities, so the file is refused "
                       "without reading what it declares");
          ctx->code = RANCANG_DOCUMENT_ERROR_UNSAFE;
          return FALSE;
        }
      else
        break;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ tree */

static const char *const mixed_elements[] = {
  "p", "heading", "item", "caption", "source", "b", "i", "u", "sup",
};

gboolean
rancang_xml_is_mixed (const char *element)
{
  for (guint i = 0; i < G_N_ELEMENTS (mixed_elements); i++)
    if (strcmp (mixed_elements[i], element) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* Indentation between elements is layout of the file, not content: an
 * element that is not mixed content and holds elements keeps no blank text. */
static void
drop_layout_text (RancangNode *node)
{
  RancangNode *c, *next;
  gboolean has_elements = FALSE;

  if (rancang_xml_is_mixed (rancang_node_get_name (node)))
    return;
  for (c = rancang_node_get_first_child (node); c && !has_elements; c = rancang_node_get_next (c))
    has_elements = !rancang_node_is_text (c);
  if (!has_elements)
    return;
  for (c = rancang_node_get_first_child (node); c; c = next)
    {
      next = rancang_node_get_next (c);
      if (rancang_node_is_text (c) && is_blank (rancang_node_get_text (c)))
        rancang_node_free (c);
    }
}

/* A file of another vocabulary (XHTML, an office document, another
 * program's XML) is named as such instead of drowning in schema errors. */
static gboolean
is_rancang_root (xmlTextReaderPtr reader,
                 ReadContext     *ctx)
{
  const char *local = (const char *) xmlTextReaderConstLocalName (reader);
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (reader);
  guint line = (guint) xmlGetLineNo (xmlTextReaderCurrentNode (reader));
  g_autofree char *text = NULL;

  if (g_strcmp0 (local, "document") == 0 && g_strcmp0 (ns, RANCANG_NAMESPACE) == 0)
    return TRUE;
  text = g_strdup_printf ("this is not a Rancang document: its root element is <%s> in %s%s%s; "
                          "expected <document xmlns=\"" RANCANG_NAMESPACE "\">",
                          local, ns ? "the namespace \"" : "no namespace", ns ? ns : "", ns ? "\"" : "");
  add_message (ctx, line, column_of (ctx, line, local), text);
  ctx->code = RANCANG_DOCUMENT_ERROR_INVALID;
  return FALSE;
}

/* Reads and validates in one pass: the file is never held as a libxml2
 * tree next to ours, which halves the memory a large document needs. */
static RancangNode *
read_tree (xmlTextReaderPtr reader,
           ReadContext     *ctx)
{
  RancangNode *root = NULL;
  RancangNode *current = NULL;
  int ret;

  while ((ret = xmlTextReaderRead (reader)) == 1)
    {
      switch (xmlTextReaderNodeType (reader))
        {
        case XML_READER_TYPE_ELEMENT:
          {
            RancangNode *node = rancang_node_new_element ((const char *) xmlTextReaderConstLocalName (reader));
            gboolean empty = xmlTextReaderIsEmptyElement (reader);

            rancang_node_set_line (node, (guint) xmlGetLineNo (xmlTextReaderCurrentNode (reader)));
            if (root == NULL && !is_rancang_root (reader, ctx))
              {
                rancang_node_free (node);
                return NULL;
              }
            while (xmlTextReaderMoveToNextAttribute (reader) == 1)
              if (!xmlTextReaderIsNamespaceDecl (reader))
                rancang_node_set_attr (node, (const char *) xmlTextReaderConstLocalName (reader),
                                       (const char *) xmlTextReaderConstValue (reader));
            xmlTextReaderMoveToElement (reader);

            if (current != NULL)
              rancang_node_append_child (current, node);
            else if (root == NULL)
              root = node;
            else
              rancang_node_free (node); /* cannot happen: one root element */
            if (!empty)
              current = node;
          }
          break;

        case XML_READER_TYPE_END_ELEMENT:
          if (current != NULL)
            {
              drop_layout_text (current);
              current = rancang_node_get_parent (current);
            }
          break;

        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          if (current != NULL)
            rancang_node_append_text (current, (const char *) xmlTextReaderConstValue (reader), -1);
          break;

        default:
          break; /* comments and processing instructions are not content */
        }
    }

  if (ret != 0 || xmlTextReaderIsValid (reader) != 1)
    {
      rancang_node_free (root);
      return NULL;
    }
  return root;
}

/* The streaming validator does not hand every error to a structured
 * handler; when it refuses a file without saying why, the file is
 * validated again as a whole tree, which reports each error with its
 * place. Only refused files pay for this. */
static void
explain_invalid (ReadContext *ctx,
                 int          options)
{
  xmlParserCtxtPtr pctxt = xmlNewParserCtxt ();
  xmlDocPtr xml = xmlCtxtReadMemory (pctxt, ctx->data, (int) ctx->length, ctx->name, NULL, options);

  if (xml != NULL)
    {
      xmlRelaxNGValidCtxtPtr vctxt = xmlRelaxNGNewValidCtxt (get_schema ()->schema);
      xmlRelaxNGSetValidStructuredErrors (vctxt, on_parse_error, ctx);
      xmlRelaxNGValidateDoc (vctxt, xml);
      xmlRelaxNGFreeValidCtxt (vctxt);
      xmlFreeDoc (xml);
    }
  xmlFreeParserCtxt (pctxt);
}

/* ------------------------------------------------------------------ entry */

static void
fail (ReadContext *ctx,
      GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* A file that is not even well-formed gets those errors alone: what the
   * schema says of a broken file is noise. */
  if (ctx->messages->len == 0 && ctx->valid_messages->len > 0)
    {
      g_ptr_array_extend_and_steal (ctx->messages, g_steal_pointer (&ctx->valid_messages));
      ctx->valid_messages = g_ptr_array_new_with_free_func (g_free);
      ctx->dropped = ctx->valid_dropped;
      ctx->code = RANCANG_DOCUMENT_ERROR_INVALID;
    }

  for (guint i = 0; i < ctx->messages->len; i++)
    g_string_append_printf (text, "%s%s", i ? "\n" : "", (char *) ctx->messages->pdata[i]);
  if (ctx->dropped > 0)
    g_string_append_printf (text, "\n%s: %u more error(s) not shown", ctx->name, ctx->dropped);
  if (text->len == 0)
    g_string_append_printf (text, "%s: not a Rancang document", ctx->name);
  g_set_error_literal (error, RANCANG_DOCUMENT_ERROR, ctx->code, text->str);
}

RancangNode *
rancang_xml_read (const char *data,
                  gsize       length,
                  const char *name,
                  GError    **error)
{
  ReadContext ctx = { name, data, length, g_ptr_array_new_with_free_func (g_free),
                      g_ptr_array_new_with_free_func (g_free), 0, 0, RANCANG_DOCUMENT_ERROR_MALFORMED };
  xmlTextReaderPtr reader = NULL;
  RancangNode *root = NULL;
  /* No NOENT, no DTDLOAD, no DTDATTR, no HUGE: libxml2 keeps its limits. */
  int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;

  if (length > RANCANG_MAX_FILE_SIZE)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_TOO_LARGE,
                   "%s: the file is %" G_GSIZE_FORMAT " MB; Rancang documents are at most %d MB",
                   name, length / (1024 * 1024), RANCANG_MAX_FILE_SIZE / (1024 * 1024));
      goto out;
    }

  if (!check_prolog (&ctx))
    {
      fail (&ctx, error);
      goto out;
    }

  /* The validator reports some errors only to the thread's handler. */
  xmlSetStructuredErrorFunc (&ctx, on_parse_error);
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);
  reader = xmlReaderForMemory (data, (int) length, name, NULL, options);
  if (reader == NULL)
    {
      add_message (&ctx, 1, 1, "the file could not be read as XML");
      fail (&ctx, error);
      goto out;
    }
  if (xmlTextReaderRelaxNGSetSchema (reader, get_schema ()->schema) != 0)
    g_error ("the compiled Rancang schema was refused by libxml2");
  /* After the schema: libxml2 hands the handler on to its validator then. */
  xmlTextReaderSetStructuredErrorHandler (reader, on_parse_error, &ctx);

  root = read_tree (reader, &ctx);
  if (root == NULL || ctx.messages->len > 0 || ctx.valid_messages->len > 0)
    {
      g_clear_pointer (&root, rancang_node_free);
      if (ctx.messages->len == 0 && ctx.valid_messages->len == 0)
        explain_invalid (&ctx, options);
      if (ctx.messages->len == 0 && ctx.valid_messages->len == 0)
        add_message (&ctx, 1, 1, "the file is not a Rancang document");
      fail (&ctx, error);
      goto out;
    }

out:
  xmlSetStructuredErrorFunc (NULL, NULL);
  xmlSetGenericErrorFunc (NULL, NULL);
  if (reader != NULL)
    xmlFreeTextReader (reader);
  g_ptr_array_unref (ctx.messages);
  g_ptr_array_unref (ctx.valid_messages);
  return root;
}
