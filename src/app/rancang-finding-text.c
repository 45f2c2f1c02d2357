/* rancang-finding-text.c: see rancang-finding-text.h. */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-finding-text.h"
#include "rancang-table-import.h"

/* The N-th value of F (0-based), "" when it has none. */
static const char *
arg (const RancangFinding *f,
     guint                 n)
{
  for (guint i = 0; f->args != NULL && f->args[i] != NULL; i++)
    if (i == n)
      return f->args[i];
  return "";
}

/* The N-th value of F as a number is shown. */
static char *
number (const RancangFinding *f,
        guint                 n)
{
  return rancang_report_format_value (arg (f, n));
}

char *
rancang_finding_describe (const RancangFinding *f)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  switch (f->code)
    {
    case RANCANG_FINDING_CODE_STATED_DIFFERS:
      a = number (f, 0), b = number (f, 1), c = number (f, 2);
      return g_strdup_printf (_("stated %s, computed %s (difference %s)"), a, b, c);
    case RANCANG_FINDING_CODE_STATED_NO_NUMBER:
      b = number (f, 1);
      return g_strdup_printf (_("stated %s, computed %s"), arg (f, 0), b);
    case RANCANG_FINDING_CODE_STATED_NOTHING:
      return g_strdup_printf (_("stated %s, but there is nothing to compute"), arg (f, 0));
    case RANCANG_FINDING_CODE_STATED_NO_OPERANDS:
      a = number (f, 0);
      return g_strdup_printf (_("stated %s, but there is nothing to compute"), a);
    case RANCANG_FINDING_CODE_LEFT_EMPTY:
      b = number (f, 1);
      return g_strdup_printf (_("left empty, but the computed value is %s"), b);
    case RANCANG_FINDING_CODE_NOT_A_NUMBER:
      return g_strdup_printf (_("“%s” is text in a number column"), arg (f, 0));
    case RANCANG_FINDING_CODE_KODE_OUTSIDE_PARENT:
      return g_strdup_printf (_("kode %s does not start with the kode of its parent, %s"), arg (f, 0), arg (f, 1));
    case RANCANG_FINDING_CODE_WEIGHTS_SUM:
      b = number (f, 1);
      return g_strdup_printf (_("the weights of group %s add up to %s, not 1"), arg (f, 0), b);
    case RANCANG_FINDING_CODE_TOWS_NO_FACTOR:
      return g_strdup_printf (_("%s names the factor %s, which no SWOT table has"), arg (f, 0), arg (f, 1));
    case RANCANG_FINDING_CODE_TOWS_WRONG_SIDE:
      return g_strdup_printf (_("%s names %s factors in a %s strategy"), arg (f, 0), arg (f, 1), arg (f, 2));
    case RANCANG_FINDING_CODE_QUARTER_NOT_REPEATED:
      b = number (f, 1), c = number (f, 2);
      return g_strdup_printf (_("the target of %s is %s; with the mode “tetap” it repeats the annual target, %s"),
                              arg (f, 0), b, c);
    case RANCANG_FINDING_CODE_QUARTERS_SUM:
      a = number (f, 0), b = number (f, 1);
      return g_strdup_printf (_("the quarterly targets add up to %s, the annual target is %s"), a, b);
    case RANCANG_FINDING_CODE_ZERO_TARGET:
      c = number (f, 2);
      return g_strdup_printf (_("the target (%s) is 0 but the realisation (%s) is %s, so %s cannot be computed"),
                              arg (f, 0), arg (f, 1), c, arg (f, 3));
    case RANCANG_FINDING_CODE_OPTION_ROUNDING:
      return g_strdup_printf (_("the option rounding is “%s”; it must be half-up or truncate"), arg (f, 0));
    case RANCANG_FINDING_CODE_OPTION_DECIMALS:
      return g_strdup_printf (_("the option decimals is “%s”; it must be a whole number from 0 to 6"), arg (f, 0));
    case RANCANG_FINDING_CODE_NO_TEMPLATE:
      return g_strdup_printf (_("table %s names the template “%s”, which Rancang does not know"),
                              arg (f, 0), arg (f, 1));
    case RANCANG_FINDING_CODE_YEAR_OUTSIDE_PERIOD:
      return g_strdup_printf (_("the plan year %s is outside the period %s–%s"), arg (f, 0), arg (f, 1), arg (f, 2));
    default:
      return g_strdup (f->message != NULL ? f->message : "");
    }
}

char *
rancang_findings_entry_place (const RancangFindingsEntry *e)
{
  if (e->place != NULL)
    return g_strdup (e->place);
  if (e->finding->row > 0)
    return g_strdup_printf (_("row %u"), e->finding->row);
  return g_strdup ("");
}

char *
rancang_number_error_describe (const GError *error)
{
  const char *text = NULL;
  const char *detail = NULL;

  g_return_val_if_fail (error != NULL, NULL);

  switch (rancang_number_problem_of_error (error, &text, &detail))
    {
    case RANCANG_NUMBER_PROBLEM_INVALID_UTF8:
      return g_strdup_printf (_("“%s” is not valid UTF-8 text"), text);
    case RANCANG_NUMBER_PROBLEM_SPREADSHEET_ERROR:
      return g_strdup_printf (_("“%s” is a spreadsheet error, not a number"), text);
    case RANCANG_NUMBER_PROBLEM_NOT_A_NUMBER:
      return g_strdup_printf (_("“%s” is not a number"), text);
    case RANCANG_NUMBER_PROBLEM_NO_SEN_NOT_AFTER_DIGITS:
      return g_strdup_printf (_("“%s” is not a number: “,-” must follow the digits"), text);
    case RANCANG_NUMBER_PROBLEM_ENDS_WITH_SEPARATOR:
      return g_strdup_printf (_("“%s” is not a number: it ends with a separator"), text);
    case RANCANG_NUMBER_PROBLEM_COMMAS_AFTER_POINT:
      return g_strdup_printf (_("“%s” has more than one “,” after a “.” (only one decimal separator is possible)"), text);
    case RANCANG_NUMBER_PROBLEM_POINTS_AFTER_COMMA:
      return g_strdup_printf (_("“%s” has more than one “.” after a “,” (only one decimal separator is possible)"), text);
    case RANCANG_NUMBER_PROBLEM_NOT_INDONESIAN_STYLE:
      return g_strdup_printf (_("“%s” is not in Indonesian style, where “.” groups thousands and “,” marks decimals"),
                              text);
    case RANCANG_NUMBER_PROBLEM_NOT_US_STYLE:
      return g_strdup_printf (_("“%s” is not in US style, where “,” groups thousands and “.” marks decimals"), text);
    case RANCANG_NUMBER_PROBLEM_SEVERAL_COMMAS:
      return g_strdup_printf (_("“%s” has several “,” but in Indonesian style “,” marks decimals"), text);
    case RANCANG_NUMBER_PROBLEM_SEVERAL_POINTS:
      return g_strdup_printf (_("“%s” has several “.” but in US style “.” marks decimals"), text);
    case RANCANG_NUMBER_PROBLEM_POINT_GROUPS:
      return g_strdup_printf (_("“%s” is not a number: “.” must separate groups of three digits"), text);
    case RANCANG_NUMBER_PROBLEM_COMMA_GROUPS:
      return g_strdup_printf (_("“%s” is not a number: “,” must separate groups of three digits"), text);
    case RANCANG_NUMBER_PROBLEM_TOO_LARGE:
      return g_strdup_printf (_("“%s” is too large or has too many decimals to be held exactly"), text);
    case RANCANG_NUMBER_PROBLEM_TEXT_AFTER_PERCENT:
      return g_strdup_printf (_("“%s” has text after the “%%”"), text);
    case RANCANG_NUMBER_PROBLEM_UNEXPECTED_CHARACTER:
      return g_strdup_printf (_("“%s” is not a number: unexpected “%s” after the digits"), text, detail);
    case RANCANG_NUMBER_PROBLEM_UNIT_TOO_LONG:
      return g_strdup_printf (_("“%s” is not a number: the text after it is too long to be a unit"), text);
    case RANCANG_NUMBER_PROBLEM_NONE:
    case RANCANG_NUMBER_N_PROBLEMS:
    default:
      return g_strdup (error->message);
    }
}

char *
rancang_import_error_describe (const GError *error)
{
  guint n_more = 0;
  GPtrArray *cells;
  GString *text;

  g_return_val_if_fail (error != NULL, NULL);

  cells = rancang_import_error_get_cells (error, &n_more);
  if (cells == NULL)
    return g_strdup (error->message);
  text = g_string_new (NULL);
  for (guint i = 0; i < cells->len; i++)
    {
      const RancangImportCellError *cell = g_ptr_array_index (cells, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      if (cell->number_error != NULL)
        {
          g_autofree char *why = rancang_number_error_describe (cell->number_error);

          /* TRANSLATORS: the file or "clipboard", its line, a column key, and why */
          g_string_append_printf (text, _("%s:%u: column %s: %s"), cell->name, cell->line, cell->column, why);
        }
      else
        g_string_append (text, cell->line_text);
    }
  if (n_more > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("(%u more rows cannot be read)"), n_more);
    }
  return g_string_free (text, FALSE);
}
