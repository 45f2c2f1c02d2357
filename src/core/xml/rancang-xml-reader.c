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
  gboolean    malformed;       /* the parser has stopped: validate no further */
  gboolean    foreign;         /* a name the schema does not have: build no tree */
  gboolean    stopped;         /* enough errors shown: read no further */
  guint       elements;
} ReadContext;

/* More elements than this is no planning document: the 50,000-row
 * benchmark document has about 505,000 (and takes 200 MB). The limit keeps
 * what a hostile file of millions of empty elements costs to the same order. */
#define MAX_ELEMENTS 1000000

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
          /* Every name the schema has, so that the reader keeps (and
           * interns, for good) no other. */
          g_hash_table_insert (allowed, g_strconcat ("name:", (char *) name, NULL), g_strdup (""));
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
  /* Once, before any reading: two files may be read in two threads, and
   * libxml2 must be set up before it is used from more than one. */
  xmlInitParser ();
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

static gboolean
is_schema_name (const char *name)
{
  g_autofree char *key = g_strconcat ("name:", name ? name : "", NULL);

  return g_hash_table_contains (get_schema ()->allowed, key);
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

/* Whether LINE is the last line of the file that holds anything but
 * whitespace: libxml2 says "Extra content at the end of the document" when
 * a file stops in the middle of its root element. */
static gboolean
ends_here (const ReadContext *ctx,
           guint              line)
{
  const char *end = ctx->data + ctx->length;
  guint last = 1;

  while (end > ctx->data && g_ascii_isspace (end[-1]))
    end--;
  for (const char *p = ctx->data; p < end; p++)
    if (*p == '\n')
      last++;
  return line >= last;
}

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
      /* Once the parser has given up, the streaming reader frees nodes the
       * validator still points to: error->node may be gone, and what the
       * schema says of a broken file is not reported anyway. */
      if (ctx->malformed)
        return;
      /* Past the messages shown, only count: placing one costs a scan. */
      if (ctx->valid_messages->len >= RANCANG_XML_MAX_MESSAGES)
        {
          ctx->valid_dropped++;
          return;
        }

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
  else if (error->code == XML_ERR_INVALID_CHAR && error->message
           && g_str_has_prefix (error->message, "Input is not proper UTF-8"))
    {
      const char *bytes = strstr (error->message, "Bytes:");
      g_autofree char *shown = tidy_libxml_message (bytes ? bytes : "");
      text = g_strdup_printf ("the text is not valid UTF-8 here%s%s%s; Rancang documents are UTF-8",
                              bytes ? " (" : "", bytes ? shown : "", bytes ? ")" : "");
    }
  else if (error->code == XML_ERR_INVALID_CHAR && error->message
           && (strstr (error->message, "Char value") != NULL || strstr (error->message, "xmlChar value") != NULL
               || strstr (error->message, "out of allowed range") != NULL))
    text = g_strdup_printf ("the character U+%04X is not allowed: an XML document cannot hold control "
                            "characters (other than tab and line breaks) or non-characters",
                            (guint) error->int1);
  else if (error->code == XML_ERR_DOCUMENT_END && ends_here (ctx, (guint) error->line))
    text = g_strdup ("the file ends before the document does: it was cut off (truncated) "
                     "or never finished");
  else
    text = tidy_libxml_message (error->message);

  add_message (ctx, (guint) error->line, (guint) error->int2, text);
  ctx->malformed = TRUE;
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

/* A declared encoding other than UTF-8 (EBCDIC, UTF-7, ...) would let the
 * parser see a DOCTYPE that the byte scan below cannot: the file is read as
 * UTF-8 whatever it declares (rancang_xml_read), and one that declares
 * something else is refused here with that reason. */
static gboolean
check_declared_encoding (ReadContext *ctx,
                         const char  *p)
{
  const char *end = ctx->data + ctx->length;
  const char *close, *at, *value_end;
  g_autofree char *value = NULL;
  guint line, column;
  char quote;

  if (end - p < 6 || memcmp (p, "<?xml", 5) != 0 || !g_ascii_isspace (p[5]))
    return TRUE;
  close = g_strstr_len (p, end - p, "?>");
  if (close == NULL)
    return TRUE; /* the parser reports the unterminated declaration */
  at = g_strstr_len (p, close - p, "encoding");
  if (at == NULL)
    return TRUE;
  for (at += 8; at < close && (g_ascii_isspace (*at) || *at == '='); at++)
    ;
  if (at >= close || (*at != '"' && *at != '\''))
    return TRUE;
  quote = *at++;
  value_end = memchr (at, quote, close - at);
  if (value_end == NULL)
    return TRUE;
  value = g_strndup (at, value_end - at);
  if (g_ascii_strcasecmp (value, "UTF-8") == 0 || g_ascii_strcasecmp (value, "UTF8") == 0
      || g_ascii_strcasecmp (value, "US-ASCII") == 0 || g_ascii_strcasecmp (value, "ASCII") == 0)
    return TRUE;

  position_of (ctx, at, &line, &column);
  {
    g_autofree char *text = g_strdup_printf ("the file declares the encoding \"%.40s\"; Rancang documents "
                                             "are UTF-8 (convert the file to UTF-8 first)", value);
    add_message (ctx, line, column, text);
  }
  ctx->code = RANCANG_DOCUMENT_ERROR_MALFORMED;
  return FALSE;
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
  if (!check_declared_encoding (ctx, p))
    return FALSE;

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
  if (p >= end)
    {
      add_message (ctx, 1, 1, ctx->length == 0 ? "the file is empty"
                                               : "the file holds no XML element: it is not a document");
      ctx->code = RANCANG_DOCUMENT_ERROR_MALFORMED;
      return FALSE;
    }
  if (*p != '<')
    {
      position_of (ctx, p, &line, &column);
      add_message (ctx, line, column, "this is not an XML file: an XML document starts with '<' "
                                      "(a Rancang document with <?xml version=\"1.0\" ...?>)");
      ctx->code = RANCANG_DOCUMENT_ERROR_MALFORMED;
      return FALSE;
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
           ReadContext     *ctx,
           gboolean         build)
{
  RancangNode *root = NULL;
  RancangNode *current = NULL;
  int ret;

  while ((ret = xmlTextReaderRead (reader)) == 1)
    {
      /* Not well-formed: stop validating (see on_parse_error) and reading.
       * Invalid with more errors than are shown: stop reading too, or a
       * file of a million wrong elements costs a million errors. */
      if (ctx->malformed || ctx->valid_dropped > 0)
        {
          ctx->stopped = ctx->valid_dropped > 0;
          xmlTextReaderRelaxNGSetSchema (reader, NULL);
          break;
        }
      /* A name the schema does not have: the file is invalid, and its
       * names (interned by the tree for the life of the process) are not
       * kept; reading goes on for the validator's messages. */
      if (ctx->foreign)
        continue;
      switch (xmlTextReaderNodeType (reader))
        {
        case XML_READER_TYPE_ELEMENT:
          {
            RancangNode *node;
            gboolean empty = xmlTextReaderIsEmptyElement (reader);

            if (++ctx->elements > MAX_ELEMENTS)
              {
                guint line = (guint) xmlGetLineNo (xmlTextReaderCurrentNode (reader));
                add_message (ctx, line, column_of (ctx, line, NULL),
                             "the file has more than 1,000,000 elements; a Rancang document never has that many");
                ctx->code = RANCANG_DOCUMENT_ERROR_TOO_LARGE;
                ctx->malformed = TRUE;
                continue;
              }
            if (root != NULL && !is_schema_name ((const char *) xmlTextReaderConstLocalName (reader)))
              {
                ctx->foreign = TRUE;
                continue;
              }
            if (root != NULL && !build)
              {
                /* validating only: the same checks, no tree */
                while (xmlTextReaderMoveToNextAttribute (reader) == 1)
                  if (!xmlTextReaderIsNamespaceDecl (reader)
                      && !is_schema_name ((const char *) xmlTextReaderConstLocalName (reader)))
                    ctx->foreign = TRUE;
                xmlTextReaderMoveToElement (reader);
                continue;
              }
            node = rancang_node_new_element ((const char *) xmlTextReaderConstLocalName (reader));

            rancang_node_set_line (node, (guint) xmlGetLineNo (xmlTextReaderCurrentNode (reader)));
            if (root == NULL && !is_rancang_root (reader, ctx))
              {
                rancang_node_free (node);
                return NULL;
              }
            while (xmlTextReaderMoveToNextAttribute (reader) == 1)
              {
                const char *attr = (const char *) xmlTextReaderConstLocalName (reader);

                if (xmlTextReaderIsNamespaceDecl (reader))
                  continue;
                if (!is_schema_name (attr))
                  ctx->foreign = TRUE;
                else
                  rancang_node_set_attr (node, attr, (const char *) xmlTextReaderConstValue (reader));
              }
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
          if (current != NULL && build)
            {
              drop_layout_text (current);
              current = rancang_node_get_parent (current);
            }
          break;

        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          /* Indentation after an element child of an element that is not
           * mixed content: drop_layout_text() would free it at the end tag,
           * so it is not made at all (most of a pretty-printed file's text
           * nodes are this). */
          if (!build)
            break;
          if (current != NULL)
            {
              RancangNode *last = rancang_node_get_last_child (current);

              if (last != NULL && !rancang_node_is_text (last)
                  && !rancang_xml_is_mixed (rancang_node_get_name (current)))
                break;
            }
          G_GNUC_FALLTHROUGH;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
          if (current != NULL && build)
            rancang_node_append_text (current, (const char *) xmlTextReaderConstValue (reader), -1);
          break;

        default:
          break; /* comments and processing instructions are not content */
        }
    }

  if (ret != 0 || ctx->foreign || xmlTextReaderIsValid (reader) != 1)
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
  xmlDocPtr xml = xmlCtxtReadMemory (pctxt, ctx->data, (int) ctx->length, ctx->name, "UTF-8", options);

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
  if (ctx->stopped)
    g_string_append_printf (text, "\n%s: more errors not shown (the file was read no further)", ctx->name);
  else if (ctx->dropped > 0)
    g_string_append_printf (text, "\n%s: %u more error(s) not shown", ctx->name, ctx->dropped);
  if (text->len == 0)
    g_string_append_printf (text, "%s: not a Rancang document", ctx->name);
  g_set_error_literal (error, RANCANG_DOCUMENT_ERROR, ctx->code, text->str);
}

static RancangNode *
read_data (const char *data,
           gsize       length,
           const char *name,
           gboolean    build,
           GError    **error)
{
  ReadContext ctx = { name, data, length, g_ptr_array_new_with_free_func (g_free),
                      g_ptr_array_new_with_free_func (g_free), 0, 0, RANCANG_DOCUMENT_ERROR_MALFORMED };
  xmlTextReaderPtr reader = NULL;
  RancangNode *root = NULL;
  /* No NOENT, no DTDLOAD, no DTDATTR, no HUGE: libxml2 keeps its limits. */
  int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING | XML_PARSE_IGNORE_ENC;

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

  /* libxml2 and the schema set up before anything else touches them; the
   * error handlers below are the calling thread's own. */
  get_schema ();
  /* The validator reports some errors only to the thread's handler. */
  xmlSetStructuredErrorFunc (&ctx, on_parse_error);
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);
  /* Always UTF-8, whatever the file declares (check_declared_encoding). */
  reader = xmlReaderForMemory (data, (int) length, name, "UTF-8", options);
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

  root = read_tree (reader, &ctx, build);
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

RancangNode *
rancang_xml_read (const char *data,
                  gsize       length,
                  const char *name,
                  GError    **error)
{
  return read_data (data, length, name, TRUE, error);
}

/* The same reading and validation, with the same messages, without making
 * the tree: for XML that is about to be written, whose tree exists. */
gboolean
rancang_xml_validate (const char *data,
                      gsize       length,
                      const char *name,
                      GError    **error)
{
  RancangNode *root = read_data (data, length, name, FALSE, error);

  if (root == NULL)
    return FALSE;
  rancang_node_free (root);
  return TRUE;
}
