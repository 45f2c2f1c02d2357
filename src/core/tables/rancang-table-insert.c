/* rancang-table-insert.c: an imported table put into a document (see the
 * header). */
#include "rancang-table-insert.h"

#include <string.h>

#include "rancang-numbering.h"

/* The form of the schema's tokens: ids and column keys. */
static gboolean
is_token (const char *text)
{
  if (text == NULL || !(g_ascii_isalnum (*text) || *text == '_'))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.' && *p != '-')
      return FALSE;
  return TRUE;
}

/* ---------------------------------------------------------------- document */

/* Whether ID can name a new table of DOC. */
static gboolean
check_id (RancangDocument  *doc,
          const char       *id,
          const char       *doc_name,
          GError          **error)
{
  RancangNode *taken;

  if (!is_token (id))
    {
      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_ARGUMENT,
                   "“%s” is not an id: an id is made of letters, digits, '_', '.' and '-', "
                   "and starts with a letter, a digit or '_'", id != NULL ? id : "");
      return FALSE;
    }
  taken = rancang_document_lookup_id (doc, id);
  if (taken != NULL)
    {
      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_ID,
                   "%s:%u: the document already has a %s with the id “%s”; choose another id",
                   doc_name, MAX (rancang_node_get_line (taken), 1), rancang_node_get_name (taken), id);
      return FALSE;
    }
  return TRUE;
}

/* The chapter or section numbered SECTION, or the last section. */
static RancangNode *
find_section (RancangDocument  *doc,
              const char       *section,
              const char       *doc_name,
              GError          **error)
{
  g_autoptr(RancangNumbers) numbers = rancang_numbers_new (doc);
  RancangNode *target;

  target = section != NULL ? rancang_numbers_lookup_section (numbers, section)
                           : rancang_numbers_last_section (numbers);
  if (target == NULL)
    {
      g_autofree char *list = rancang_numbers_list_sections (numbers);

      if (*list == '\0')
        g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_SECTION,
                     "%s: the document has no chapter to put the table in", doc_name);
      else
        g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_SECTION,
                     "%s: the document has no section %s; its chapters and sections are %s",
                     doc_name, section, list);
    }
  return target;
}

/* Adds TABLE (a <table> not in any document; DOC takes it) at the end of
 * the text of the chapter or section numbered SECTION (before its first
 * sub-section; NULL: the last section of the document), then checks the
 * whole document: the rules of rancang_document_check_rules() and the
 * schema. On failure TABLE is freed and DOC is as it was. */
gboolean
rancang_document_add_table (RancangDocument  *doc,
                            RancangNode      *table,
                            const char       *section,
                            const char       *doc_name,
                            GError          **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(RancangDocument) copy = NULL;
  g_autofree char *xml = NULL;
  RancangNode *target, *sub;
  gsize length;

  g_return_val_if_fail (doc != NULL && table != NULL && rancang_node_is (table, "table"), FALSE);
  g_return_val_if_fail (rancang_node_get_parent (table) == NULL, FALSE);

  if (doc_name == NULL)
    doc_name = "(document)";
  if (!check_id (doc, rancang_node_get_attr (table, "id"), doc_name, error)
      || (target = find_section (doc, section, doc_name, error)) == NULL)
    {
      rancang_node_free (table);
      return FALSE;
    }

  sub = rancang_node_get_child (target, "section");
  if (sub != NULL)
    rancang_node_insert_before (sub, table);
  else
    rancang_node_append_child (target, table);

  if (rancang_document_check_rules (doc, doc_name, &local))
    {
      /* The schema too: what is saved must load. */
      xml = rancang_document_to_xml (doc, &length);
      copy = rancang_document_load_data (xml, length, doc_name, &local);
    }
  if (copy == NULL)
    {
      rancang_node_free (table);
      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_INVALID,
                   "the table would make the document invalid, so it was not added:\n%s",
                   local->message);
      return FALSE;
    }
  return TRUE;
}

/* The built-in template ids, for messages. */
static char *
builtin_templates (void)
{
  g_auto(GStrv) ids = rancang_template_builtin_ids ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    g_string_append_printf (out, "%s, ", ids[i]);
  g_string_append (out, "and generic (the header gives the columns)");
  return g_string_free (out, FALSE);
}

/* Reads DATA (a CSV file, NAME in messages) into a new table of DOC, as
 * OPTIONS say: template (from TEMPLATES, or "generic"), id, caption,
 * section, number style. Returns the table, now in DOC, or NULL with DOC
 * as it was. Arguments are checked before the data: the template, the id,
 * the section, the caption. */
RancangNode *
rancang_document_import_csv (RancangDocument             *doc,
                             RancangTemplateSet          *templates,
                             const RancangImportOptions  *options,
                             const char                  *data,
                             gsize                        length,
                             const char                  *name,
                             const char                  *doc_name,
                             GError                     **error)
{
  g_autoptr(RancangCsv) csv = NULL;
  g_autoptr(GError) local = NULL;
  RancangTemplate *tmpl = NULL;
  RancangNode *table;

  g_return_val_if_fail (doc != NULL && options != NULL && options->template_id != NULL, NULL);

  if (doc_name == NULL)
    doc_name = "(document)";
  if (strcmp (options->template_id, "generic") != 0)
    {
      tmpl = templates != NULL ? rancang_template_set_lookup (templates, options->template_id) : NULL;
      if (tmpl == NULL)
        {
          g_autofree char *known = builtin_templates ();

          g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_TEMPLATE,
                       "there is no table template “%s”; the built-in ones are %s",
                       options->template_id, known);
          return NULL;
        }
    }
  if (!check_id (doc, options->id, doc_name, error)
      || find_section (doc, options->section, doc_name, error) == NULL)
    return NULL;
  if (options->caption != NULL && !rancang_text_is_storable (options->caption, TRUE, &local))
    {
      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_ARGUMENT,
                   "the caption cannot be stored: %s", local->message);
      return NULL;
    }

  csv = rancang_csv_parse (data, length, name, 0, error);
  if (csv == NULL)
    return NULL;
  table = rancang_table_from_csv (csv, tmpl, options, name, error);
  if (table == NULL)
    return NULL;
  if (!rancang_document_add_table (doc, table, options->section, doc_name, error))
    return NULL;
  return table;
}

