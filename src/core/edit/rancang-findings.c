/* rancang-findings.c: the findings grouped by table. See rancang-findings.h. */
#include "rancang-findings.h"

#include <string.h>

#include "rancang-decimal.h"
#include "rancang-format.h"
#include "rancang-numbering.h"

struct _RancangFindingsReport
{
  GPtrArray *groups;    /* of RancangFindingsGroup, in document order */
  char      *signature; /* all of it as text, for rancang_findings_report_equal() */
  guint      n_errors;
  guint      n_notes;
};

/* While a group is made: its table's rows and template. */
typedef struct
{
  RancangFindingsGroup *group;
  GPtrArray            *rows;
  GHashTable           *by_kode;
  RancangTemplate      *tmpl;
  GPtrArray            *notes;
} Making;

static void
entry_free (RancangFindingsEntry *e)
{
  rancang_finding_free (e->finding);
  g_free (e->place);
  g_free (e->column_title);
  g_free (e);
}

static void
group_free (RancangFindingsGroup *g)
{
  g_free (g->title);
  g_free (g->caption);
  g_ptr_array_unref (g->entries);
  g_free (g);
}

static void
making_free (Making *m)
{
  g_ptr_array_unref (m->rows);
  g_hash_table_unref (m->by_kode);
  g_clear_pointer (&m->tmpl, rancang_template_unref);
  g_ptr_array_unref (m->notes);
  g_free (m);
}

void
rancang_findings_report_free (RancangFindingsReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->groups);
  g_free (report->signature);
  g_free (report);
}

guint
rancang_findings_report_n_errors (const RancangFindingsReport *report)
{
  return report != NULL ? report->n_errors : 0;
}

guint
rancang_findings_report_n_notes (const RancangFindingsReport *report)
{
  return report != NULL ? report->n_notes : 0;
}

guint
rancang_findings_report_n_groups (const RancangFindingsReport *report)
{
  return report != NULL ? report->groups->len : 0;
}

const RancangFindingsGroup *
rancang_findings_report_get_group (const RancangFindingsReport *report,
                                   guint                        i)
{
  g_return_val_if_fail (report != NULL && i < report->groups->len, NULL);
  return g_ptr_array_index (report->groups, i);
}

gboolean
rancang_findings_report_equal (const RancangFindingsReport *a,
                               const RancangFindingsReport *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return strcmp (a->signature, b->signature) == 0;
}

char *
rancang_report_format_value (const char *value)
{
  RancangDecimal d;

  if (value == NULL)
    return g_strdup ("");
  if (rancang_decimal_parse_c (value, &d))
    {
      char *text = rancang_format_number (d, -1);
      if (text != NULL)
        return text;
    }
  return g_strdup (value);
}

gboolean
rancang_finding_is_note (const RancangFinding *f)
{
  if (f->kind != RANCANG_FINDING_NOT_A_NUMBER)
    return FALSE;
  for (const char *p = f->stated; p != NULL && *p && p[1]; p++)
    if (g_ascii_isalpha (p[0]) && g_ascii_isalpha (p[1]))
      return TRUE;
  return FALSE;
}

/* The row's name for a reader: its kode, else its uraian (the first cell
 * with text), else NULL. */
static char *
row_place (const RancangFinding *f,
           RancangNode          *row)
{
  if (f->kode != NULL && f->kode[0] != '#' && f->kode[0] != '\0')
    return g_strdup (f->kode);
  if (row == NULL)
    return NULL;
  for (RancangNode *c = rancang_node_get_first_child (row); c; c = rancang_node_get_next (c))
    if (!rancang_node_is_text (c) && rancang_node_is (c, "c"))
      {
        g_autofree char *text = rancang_node_dup_content (c);

        if (text != NULL && *g_strstrip (text) != '\0')
          {
            if (g_utf8_strlen (text, -1) > 40)
              {
                g_autofree char *cut = g_utf8_substring (text, 0, 38);
                return g_strconcat (cut, "…", NULL);
              }
            return g_steal_pointer (&text);
          }
      }
  return NULL;
}

/* "Rp (16)" alone says little: its group after it, which a short line
 * cuts first. */
static char *
column_title (RancangTemplate *tmpl,
              const char      *key)
{
  int c = tmpl != NULL ? rancang_template_lookup_column (tmpl, key) : -1;
  const char *header = c >= 0 ? rancang_template_column_header (tmpl, (guint) c) : NULL;
  const char *number = c >= 0 ? rancang_template_column_number (tmpl, (guint) c) : NULL;
  const char *group = c >= 0 ? rancang_template_column_group (tmpl, (guint) c) : NULL;
  g_autofree char *name = NULL;

  if (number != NULL && *number)
    name = g_strdup_printf ("%s (%s)", header ? header : key, number);
  else
    name = g_strdup (header ? header : key);
  if (group != NULL && *group)
    return g_strdup_printf ("%s · %s", name, group);
  return g_steal_pointer (&name);
}

static Making *
making_new (RancangFindingsReport *report,
            RancangTemplateSet    *templates,
            RancangNumbers        *numbers,
            RancangNode           *table,
            const char            *table_id)
{
  Making *m = g_new0 (Making, 1);
  RancangFindingsGroup *group = g_new0 (RancangFindingsGroup, 1);
  char *label = table != NULL ? rancang_numbers_label (numbers, table) : NULL;

  group->title = label != NULL ? label : g_strdup (table_id);
  group->caption = g_strdup (table != NULL ? rancang_node_get_child_content (table, "caption") : NULL);
  group->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  g_ptr_array_add (report->groups, group);

  m->group = group;
  m->notes = g_ptr_array_new ();
  m->rows = g_ptr_array_new ();
  m->by_kode = g_hash_table_new (g_str_hash, g_str_equal);
  for (RancangNode *r = table != NULL ? rancang_node_get_first_child (table) : NULL; r; r = rancang_node_get_next (r))
    if (!rancang_node_is_text (r) && rancang_node_is (r, "row"))
      {
        const char *kode = rancang_node_get_attr (r, "kode");

        g_ptr_array_add (m->rows, r);
        if (kode != NULL && !g_hash_table_contains (m->by_kode, kode))
          g_hash_table_insert (m->by_kode, (gpointer) kode, r);
      }
  m->tmpl = table != NULL ? rancang_template_set_for_table (templates, table, NULL) : NULL;
  return m;
}

static void
append_signature (GString                    *signature,
                  const RancangFindingsGroup *group)
{
  g_string_append_printf (signature, "%s\t%s\n", group->title, group->caption ? group->caption : "");
  for (guint j = 0; j < group->entries->len; j++)
    {
      const RancangFindingsEntry *e = g_ptr_array_index (group->entries, j);
      const RancangFinding *f = e->finding;

      g_string_append_printf (signature, "%s\t%s\t%u\t%s\t%s\t%d", f->table_id ? f->table_id : "",
                              f->kode ? f->kode : "", f->row, e->place ? e->place : "",
                              f->column ? f->column : "", (int) f->code);
      for (char **a = f->args; a != NULL && *a != NULL; a++)
        g_string_append_printf (signature, "\t%s", *a);
      g_string_append_c (signature, '\n');
    }
}

RancangFindingsReport *
rancang_findings_report_new_with (RancangDocument    *doc,
                                  RancangTemplateSet *templates)
{
  RancangFindingsReport *report = g_new0 (RancangFindingsReport, 1);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GHashTable) making = NULL;
  g_autoptr(GHashTable) tables = NULL;
  g_autoptr(GString) signature = g_string_new (NULL);
  RancangNumbers *numbers;
  RancangNode *root;

  report->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  if (doc == NULL || templates == NULL)
    {
      report->signature = g_strdup ("");
      return report;
    }
  findings = rancang_check_document (doc, templates);
  /* the findings move into the entries */
  g_ptr_array_set_free_func (findings, NULL);
  making = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) making_free);
  tables = g_hash_table_new (g_str_hash, g_str_equal);
  numbers = rancang_numbers_new (doc);
  /* every table by id, once: a long table may have many findings */
  root = rancang_document_get_root (doc);
  for (RancangNode *n = root; n; n = rancang_node_next_in_tree (n, root))
    if (!rancang_node_is_text (n) && rancang_node_is (n, "table") && rancang_node_get_attr (n, "id") != NULL
        && !g_hash_table_contains (tables, rancang_node_get_attr (n, "id")))
      g_hash_table_insert (tables, (gpointer) rancang_node_get_attr (n, "id"), n);

  for (guint i = 0; i < findings->len; i++)
    {
      RancangFinding *f = g_ptr_array_index (findings, i);
      const char *table_id = f->table_id ? f->table_id : "";
      RancangNode *table = g_hash_table_lookup (tables, table_id);
      Making *m = g_hash_table_lookup (making, table_id);
      RancangFindingsEntry *e = g_new0 (RancangFindingsEntry, 1);
      RancangNode *row = NULL;

      if (m == NULL)
        {
          m = making_new (report, templates, numbers, table, table_id);
          g_hash_table_insert (making, (gpointer) table_id, m);
        }
      if (f->kode != NULL && f->kode[0] != '#')
        row = g_hash_table_lookup (m->by_kode, f->kode);
      else if (f->row >= 1 && f->row <= m->rows->len)
        row = g_ptr_array_index (m->rows, f->row - 1);
      e->finding = f;
      e->note = rancang_finding_is_note (f);
      e->place = row_place (f, row);
      if (f->column != NULL && table != NULL)
        e->column_title = column_title (m->tmpl, f->column);
      if (e->note)
        {
          report->n_notes++;
          m->group->n_notes++;
          g_ptr_array_add (m->notes, e);
        }
      else
        {
          report->n_errors++;
          g_ptr_array_add (m->group->entries, e);
        }
    }
  rancang_numbers_free (numbers);

  /* the findings of each table first, its notes after them */
  for (guint i = 0; i < report->groups->len; i++)
    {
      RancangFindingsGroup *group = g_ptr_array_index (report->groups, i);
      GHashTableIter iter;
      Making *m;

      g_hash_table_iter_init (&iter, making);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &m))
        if (m->group == group)
          for (guint j = 0; j < m->notes->len; j++)
            g_ptr_array_add (group->entries, g_ptr_array_index (m->notes, j));
      append_signature (signature, group);
    }
  report->signature = g_string_free (g_steal_pointer (&signature), FALSE);
  return report;
}

RancangFindingsReport *
rancang_findings_report_new (RancangDocument *doc)
{
  g_autoptr(RancangTemplateSet) templates = rancang_template_set_new_builtin (NULL);

  return rancang_findings_report_new_with (doc, templates);
}

RancangNode *
rancang_report_find_row (RancangDocument *doc,
                         const char      *table_id,
                         const char      *kode,
                         guint            n)
{
  RancangNode *table = table_id != NULL ? rancang_document_lookup_id (doc, table_id) : NULL;
  guint i = 0;

  if (table == NULL || !rancang_node_is (table, "table"))
    return NULL;
  for (RancangNode *r = rancang_node_get_first_child (table); r; r = rancang_node_get_next (r))
    {
      if (rancang_node_is_text (r) || !rancang_node_is (r, "row"))
        continue;
      i++;
      if (kode != NULL && kode[0] != '#' ? g_strcmp0 (rancang_node_get_attr (r, "kode"), kode) == 0 : i == n)
        return r;
    }
  return NULL;
}
