/* rancang-compare.c: the changes from another version, line by line. See
 * rancang-compare.h. */
#include "rancang-compare.h"

#include <string.h>

#include "rancang-findings.h"
#include "rancang-numbering.h"
#include "rancang-parts.h"
#include "rancang-template.h"

struct _RancangCompareReport
{
  char      *other_name;
  GPtrArray *changes;   /* of RancangChange */
  GPtrArray *lines;     /* of RancangCompareLine, in the same order */
};

static void
line_free (RancangCompareLine *line)
{
  g_free (line->group);
  g_free (line->group_detail);
  g_free (line->place);
  g_free (line->column);
  g_free (line->old_text);
  g_free (line->new_text);
  g_free (line->difference);
  g_free (line);
}

void
rancang_compare_report_free (RancangCompareReport *report)
{
  if (report == NULL)
    return;
  g_free (report->other_name);
  g_ptr_array_unref (report->lines);
  g_ptr_array_unref (report->changes);
  g_free (report);
}

const char *
rancang_compare_report_get_other_name (const RancangCompareReport *report)
{
  return report->other_name;
}

guint
rancang_compare_report_n_changes (const RancangCompareReport *report)
{
  return report != NULL ? report->changes->len : 0;
}

const RancangCompareLine *
rancang_compare_report_get_line (const RancangCompareReport *report,
                                 guint                       i)
{
  g_return_val_if_fail (report != NULL && i < report->lines->len, NULL);
  return g_ptr_array_index (report->lines, i);
}

/* A paragraph shortened to what fits a line, in quotes; LEAD and TRAIL
 * say that it is a piece of a longer one. */
static char *
excerpt_of (const char *text,
            gboolean    lead,
            gboolean    trail)
{
  g_autofree char *flat = g_strdup (text ? text : "");

  g_strdelimit (flat, "\n\t", ' ');
  g_strstrip (flat);
  if (g_utf8_strlen (flat, -1) > 90)
    {
      g_autofree char *cut = g_utf8_substring (flat, 0, 88);
      return g_strconcat ("“", lead ? "…" : "", cut, "…”", NULL);
    }
  return g_strconcat ("“", lead ? "…" : "", flat, trail ? "…" : "", "”", NULL);
}

/* Where A and B differ, with some words around it: a paragraph with one
 * word changed shows that word, not twice the same long sentence. */
static void
changed_parts (const char  *a,
               const char  *b,
               char       **out_a,
               char       **out_b)
{
  gsize la = strlen (a), lb = strlen (b);
  gsize prefix = 0, suffix = 0, start, end_a, end_b, context;

  while (prefix < la && prefix < lb && a[prefix] == b[prefix])
    prefix++;
  while (suffix < la - prefix && suffix < lb - prefix && a[la - 1 - suffix] == b[lb - 1 - suffix])
    suffix++;
  /* back to a word's start, and about five words before it */
  start = prefix;
  for (context = 0; start > 0 && (context < 30 || a[start - 1] != ' '); context++)
    start--;
  end_a = la - suffix;
  end_b = lb - suffix;
  for (context = 0; end_a < la && (context < 30 || a[end_a] != ' '); context++)
    end_a++, end_b++;
  /* whole characters only */
  while (start > 0 && (a[start] & 0xC0) == 0x80)
    start--;
  while (end_a < la && (a[end_a] & 0xC0) == 0x80)
    end_a++, end_b++;
  end_b = MIN (end_b, lb);
  {
    g_autofree char *x = g_strndup (a + start, end_a - start);
    g_autofree char *y = g_strndup (b + start, end_b - start);

    *out_a = excerpt_of (x, start > 0, end_a < la);
    *out_b = excerpt_of (y, start > 0, end_b < lb);
  }
}

/* The old and new value as a line shows them, and the difference. */
static void
values_of (RancangCompareLine *line)
{
  const RancangChange *c = line->change;
  gboolean cell = g_strcmp0 (c->what, "cell") == 0;

  if (g_strcmp0 (c->change, "moved") == 0)
    {
      /* from one place to another: the places as they are */
      line->old_text = g_strdup (c->old_value);
      line->new_text = g_strdup (c->new_value);
      return;
    }
  if (!cell && c->old_value != NULL && c->new_value != NULL && g_strcmp0 (c->change, "changed") == 0)
    changed_parts (c->old_value, c->new_value, &line->old_text, &line->new_text);
  else
    {
      line->old_text = cell ? rancang_report_format_value (c->old_value) : excerpt_of (c->old_value, FALSE, FALSE);
      line->new_text = cell ? rancang_report_format_value (c->new_value) : excerpt_of (c->new_value, FALSE, FALSE);
    }
  if (c->difference != NULL)
    {
      gboolean plus = c->difference[0] == '+';
      g_autofree char *d = rancang_report_format_value (plus ? c->difference + 1 : c->difference);

      line->difference = g_strconcat (plus ? "+" : "", d, NULL);
    }
}

RancangCompareReport *
rancang_compare_report_new (RancangDocument *other,
                            RancangDocument *this_doc,
                            const char      *other_name)
{
  RancangCompareReport *report = g_new0 (RancangCompareReport, 1);
  RancangTemplateSet *templates = rancang_template_set_get_builtin ();
  RancangNumbers *numbers = rancang_numbers_new (this_doc);
  RancangDiffPlaces *places = rancang_diff_places_new (this_doc);

  report->other_name = g_strdup (other_name);
  report->changes = rancang_diff_documents (other, this_doc);
  report->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  for (guint i = 0; i < report->changes->len; i++)
    {
      RancangChange *c = g_ptr_array_index (report->changes, i);
      RancangCompareLine *line = g_new0 (RancangCompareLine, 1);
      const char *column = NULL;
      RancangNode *place = rancang_diff_places_locate (places, c, &column);

      line->change = c;
      if (g_strcmp0 (c->what, "metadata") == 0)
        {
          line->in = RANCANG_COMPARE_IN_DOCUMENT;
          line->place = g_strdup (c->where);
          line->column = g_strdup (c->field);
        }
      else if (g_strcmp0 (c->what, "table") == 0 || g_strcmp0 (c->what, "row") == 0
               || g_strcmp0 (c->what, "cell") == 0)
        {
          RancangNode *table = place;

          line->in = RANCANG_COMPARE_IN_TABLE;
          while (table != NULL && !rancang_node_is (table, "table"))
            table = rancang_node_get_parent (table);
          if (table != NULL && (line->group = rancang_numbers_label (numbers, table)) != NULL)
            line->group_detail = g_strdup (rancang_node_get_child_content (table, "caption"));
          else if (table != NULL)
            line->group = g_strdup (rancang_node_get_child_content (table, "caption"));   /* an unnumbered table */
          line->place = g_strdup (c->key);
          if (g_strcmp0 (c->what, "cell") == 0 && table != NULL && templates != NULL)
            {
              g_autoptr(RancangTemplate) tmpl = rancang_template_set_for_table (templates, table, NULL);
              int k = tmpl ? rancang_template_lookup_column (tmpl, c->field) : -1;
              const char *header = k >= 0 ? rancang_template_column_header (tmpl, (guint) k) : NULL;

              line->column = g_strdup (header ? header : c->field);
            }
          else if (c->field != NULL && c->field[0] != '@')
            line->column = g_strdup (c->field);
        }
      else
        {
          RancangNode *part = place;

          line->in = RANCANG_COMPARE_IN_PART;
          while (part != NULL && !rancang_parts_is_titled (part))
            part = rancang_node_get_parent (part);
          line->group = g_strdup (c->where);
          line->group_detail = g_strdup (g_strcmp0 (c->change, "removed") == 0 && g_strcmp0 (c->what, "paragraph") != 0
                                         ? c->old_value
                                         : part != NULL ? rancang_node_get_child_content (part, "title") : NULL);
          if (g_strcmp0 (c->what, "paragraph") == 0)
            line->place = g_strdup (c->key != NULL ? c->key : "");
          line->title = g_strcmp0 (c->field, "title") == 0;
        }
      values_of (line);
      g_ptr_array_add (report->lines, line);
    }
  rancang_numbers_free (numbers);
  rancang_diff_places_free (places);
  return report;
}
