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
#include <libxml/xmlerror.h>

#include "rancang-document.h"

#define SCHEMA_RESOURCE "/io/github/rancang/Rancang/core/rancang.rng"

typedef struct
{
  const char *name;
  const char *data;
  gsize       length;
  GPtrArray  *messages;
  guint       dropped;
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
add_message (ReadContext *ctx,
             guint        line,
             guint        column,
             const char  *text)
{
  if (ctx->messages->len >= RANCANG_XML_MAX_MESSAGES)
    {
      ctx->dropped++;
      return;
    }
  g_ptr_array_add (ctx->messages,
                   g_strdup_printf ("%s:%u:%u: %s", ctx->name, line ? line : 1,
                                    column ? column : 1, text));
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
      add_message (ctx, line, column_of (ctx, line, element), text);
      ctx->code = RANCANG_DOCUMENT_ERROR_INVALID;
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

static RancangNode *
build_node (xmlNode *xml)
{
  RancangNode *node = rancang_node_new_element ((const char *) xml->name);
  gboolean keep_space = rancang_xml_is_mixed ((const char *) xml->name);
  gboolean has_elements = FALSE;

  rancang_node_set_line (node, (guint) xmlGetLineNo (xml));
  for (xmlAttr *a = xml->properties; a != NULL; a = a->next)
    {
      xmlChar *value = xmlNodeListGetString (xml->doc, a->children, 1);
      rancang_node_set_attr (node, (const char *) a->name, value ? (const char *) value : "");
      xmlFree (value);
    }

  for (xmlNode *c = xml->children; c != NULL && !keep_space; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      has_elements = TRUE;

  for (xmlNode *c = xml->children; c != NULL; c = c->next)
    {
      switch (c->type)
        {
        case XML_ELEMENT_NODE:
          rancang_node_append_child (node, build_node (c));
          break;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
          /* Indentation between elements is layout of the file, not content. */
          if (has_elements && !keep_space)
            {
              const xmlChar *t = c->content;
              while (*t && g_ascii_isspace (*t))
                t++;
              if (*t == '\0')
                break;
            }
          rancang_node_append_text (node, (const char *) c->content, -1);
          break;
        default:
          break; /* comments and processing instructions are not content */
        }
    }
  return node;
}

/* ------------------------------------------------------------------ entry */

static void
fail (ReadContext *ctx,
      GError     **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

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
  ReadContext ctx = { name, data, length, g_ptr_array_new_with_free_func (g_free), 0,
                      RANCANG_DOCUMENT_ERROR_MALFORMED };
  xmlParserCtxtPtr pctxt = NULL;
  xmlDocPtr xml = NULL;
  RancangNode *root = NULL;
  xmlRelaxNGValidCtxtPtr vctxt;
  int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;

  if (length > RANCANG_MAX_FILE_SIZE)
    {
      g_set_error (error, RANCANG_DOCUMENT_ERROR, RANCANG_DOCUMENT_ERROR_TOO_LARGE,
                   "%s: the file is %" G_GSIZE_FORMAT " MB; Rancang documents are at most %d MB",
                   name, length / (1024 * 1024), RANCANG_MAX_FILE_SIZE / (1024 * 1024));
      goto out;
    }
  if (length > G_MAXINT)
    goto out;

  if (!check_prolog (&ctx))
    {
      fail (&ctx, error);
      goto out;
    }

  xmlSetStructuredErrorFunc (&ctx, on_parse_error);
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);

  pctxt = xmlNewParserCtxt ();
  xml = xmlCtxtReadMemory (pctxt, data, (int) length, name, NULL, options);
  if (xml == NULL || ctx.messages->len > 0)
    {
      if (ctx.messages->len == 0)
        add_message (&ctx, 1, 1, "not a well-formed XML file");
      fail (&ctx, error);
      goto out;
    }
  /* The prolog check already refused these; a second look costs nothing. */
  if (xml->intSubset != NULL || xml->extSubset != NULL)
    {
      ctx.code = RANCANG_DOCUMENT_ERROR_UNSAFE;
      add_message (&ctx, 1, 1, "a document type declaration is not allowed");
      fail (&ctx, error);
      goto out;
    }

  vctxt = xmlRelaxNGNewValidCtxt (get_schema ()->schema);
  xmlRelaxNGSetValidStructuredErrors (vctxt, on_parse_error, &ctx);
  if (xmlRelaxNGValidateDoc (vctxt, xml) != 0)
    {
      xmlRelaxNGFreeValidCtxt (vctxt);
      ctx.code = RANCANG_DOCUMENT_ERROR_INVALID;
      if (ctx.messages->len == 0)
        add_message (&ctx, 1, 1, "the file is not a Rancang document");
      fail (&ctx, error);
      goto out;
    }
  xmlRelaxNGFreeValidCtxt (vctxt);

  root = build_node (xmlDocGetRootElement (xml));

out:
  xmlSetStructuredErrorFunc (NULL, NULL);
  xmlSetGenericErrorFunc (NULL, NULL);
  if (xml != NULL)
    xmlFreeDoc (xml);
  if (pctxt != NULL)
    xmlFreeParserCtxt (pctxt);
  g_ptr_array_unref (ctx.messages);
  return root;
}
