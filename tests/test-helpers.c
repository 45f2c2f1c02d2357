/* test-helpers.c: what the Check tests of the model share (see
 * test-helpers.h). */
#include <check.h>

#include "test-helpers.h"

RancangTemplateSet *
builtin (void)
{
  g_autoptr(GError) error = NULL;
  RancangTemplateSet *set = rancang_template_set_new_builtin (&error);

  ck_assert_msg (set != NULL, "%s", error != NULL ? error->message : "");
  return set;
}

int
row_of (const RancangTable *t,
                  const char         *kode)
{
  for (guint r = 0; r < rancang_table_get_n_rows (t); r++)
    if (g_strcmp0 (rancang_table_get_kode (t, r), kode) == 0)
      return (int) r;
  ck_abort_msg ("no row %s in %s", kode, rancang_table_get_id (t));
  return -1;
}

/* TEXT as a decimal: digits, at most one point, an optional minus. */
static gboolean
parse_decimal (const char *text,
               gint64     *units,
               guint      *scale)
{
  const char *p = text;
  gboolean negative = FALSE, point = FALSE;
  gint64 u = 0;
  guint s = 0, digits = 0;

  if (*p == '-')
    negative = TRUE, p++;
  for (; *p != '\0'; p++)
    {
      if (*p == '.' && !point)
        {
          point = TRUE;
          continue;
        }
      if (!g_ascii_isdigit (*p) || digits == 18)
        return FALSE;
      u = u * 10 + (*p - '0');
      digits++;
      if (point)
        s++;
    }
  if (digits == 0)
    return FALSE;
  *units = negative ? -u : u;
  *scale = s;
  return TRUE;
}

gboolean
value_rounds_to (RancangDecimal exact,
                 const char    *expected)
{
  gint64 want, got = exact.units;
  guint scale;

  if (!parse_decimal (expected, &want, &scale))
    return FALSE;
  if (exact.scale <= scale)
    {
      for (guint i = exact.scale; i < scale; i++)
        {
          if (got > G_MAXINT64 / 10 || got < G_MININT64 / 10)
            return FALSE;
          got *= 10;
        }
      return got == want;
    }
  else
    {
      gint64 unit = 1, rest;

      for (guint i = scale; i < exact.scale; i++)
        unit *= 10;
      rest = got % unit;
      got /= unit;
      /* half-up, away from zero, as the fixtures round */
      if (rest >= 0 && 2 * rest >= unit)
        got++;
      else if (rest < 0 && -2 * rest >= unit)
        got--;
      return got == want;
    }
}
