/* rancang-format.c: Indonesian numbers, money, dates and words.
 *
 * Only GLib's locale-independent functions are used (g_ascii_*, the GLib
 * Unicode tables, integer printf conversions, which have no grouping
 * without the ' flag): the same value must print the same on every desktop.
 */
#include "rancang-format.h"

#include <string.h>

/* A number's error carries its problem and values along with the English
 * message, through g_propagate_error() and g_error_copy(). */
typedef struct
{
  RancangNumberProblem problem;
  char                *text;
  char                *detail;
} RancangFormatErrorPrivate;

static void
rancang_format_error_private_init (RancangFormatErrorPrivate *priv)
{
  priv->problem = RANCANG_NUMBER_PROBLEM_NONE;
  priv->text = NULL;
  priv->detail = NULL;
}

static void
rancang_format_error_private_copy (const RancangFormatErrorPrivate *src,
                                   RancangFormatErrorPrivate       *dest)
{
  dest->problem = src->problem;
  dest->text = g_strdup (src->text);
  dest->detail = g_strdup (src->detail);
}

static void
rancang_format_error_private_clear (RancangFormatErrorPrivate *priv)
{
  g_clear_pointer (&priv->text, g_free);
  g_clear_pointer (&priv->detail, g_free);
}

G_DEFINE_EXTENDED_ERROR (RancangFormatError, rancang_format_error)

/* Error messages quote what the planner pasted; a whole paragraph pasted
 * into a cell would drown the message, and broken UTF-8 must not reach the
 * GError. */
#define QUOTE_MAX_CHARS 60

static char *
quote_text (const char *text)
{
  char    *valid = g_utf8_make_valid (text, -1);
  GString *s;

  if (g_utf8_strlen (valid, -1) <= QUOTE_MAX_CHARS)
    return valid;
  s = g_string_new_len (valid, g_utf8_offset_to_pointer (valid, QUOTE_MAX_CHARS) - valid);
  g_string_append (s, "…");
  g_free (valid);
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------------ numbers */

/* Digits of |units|, most significant first, at least scale + 1 of them so
 * that the integer part is never empty. */
static void
append_magnitude_digits (GString *s,
                         gint64   units,
                         guint    scale)
{
  char    buf[24];
  gsize   n = 0;
  guint64 mag = units < 0 ? (guint64) 0 - (guint64) units : (guint64) units;

  do
    {
      buf[n++] = (char) ('0' + mag % 10);
      mag /= 10;
    }
  while (mag > 0);
  while (n <= scale)
    buf[n++] = '0';
  while (n > 0)
    g_string_append_c (s, buf[--n]);
}

/* decimals: -1 for the digits the value has (trailing zeros dropped: the
 * SWOT tables print 1, 2,1 and 0,7 from weights of any scale); otherwise
 * exactly that many places, rounded half-up. */
char *
rancang_format_number (RancangDecimal value,
                       gint           decimals)
{
  GString *digits;
  GString *s;
  gsize    int_len, first;
  guint    width;

  g_return_val_if_fail (value.scale <= RANCANG_DECIMAL_MAX_SCALE, NULL);
  g_return_val_if_fail (decimals >= -1 && decimals <= RANCANG_DECIMAL_MAX_SCALE, NULL);

  if (decimals < 0)
    value = rancang_decimal_normalize (value);
  else if ((guint) decimals < value.scale)
    {
      /* Dropping places cannot overflow. */
      if (!rancang_decimal_round (value, (guint) decimals, RANCANG_ROUND_HALF_UP, &value))
        g_return_val_if_reached (NULL);
    }
  width = decimals < 0 ? value.scale : (guint) decimals;

  digits = g_string_new (NULL);
  append_magnitude_digits (digits, value.units, value.scale);
  int_len = digits->len - value.scale;

  s = g_string_new (NULL);
  if (value.units < 0)
    g_string_append_c (s, '-');
  first = int_len % 3 == 0 ? 3 : int_len % 3;
  g_string_append_len (s, digits->str, (gssize) first);
  for (gsize i = first; i < int_len; i += 3)
    {
      g_string_append_c (s, '.');
      g_string_append_len (s, digits->str + i, 3);
    }
  if (width > 0)
    {
      g_string_append_c (s, ',');
      g_string_append (s, digits->str + int_len);
      for (guint i = value.scale; i < width; i++)
        g_string_append_c (s, '0');
    }
  g_string_free (digits, TRUE);
  return g_string_free (s, FALSE);
}

/* The sign goes before "Rp", as in "-Rp1.234,00", the id-ID currency form. */
char *
rancang_format_rupiah (RancangDecimal     value,
                       RancangRupiahStyle style)
{
  const char *prefix, *suffix = "";
  gint        decimals = 0;
  char       *number, *result;
  gboolean    negative;

  switch (style)
    {
    case RANCANG_RUPIAH_SPACED:
      prefix = "Rp ";
      break;
    case RANCANG_RUPIAH_SEN:
      prefix = "Rp";
      decimals = 2;
      break;
    case RANCANG_RUPIAH_DASH:
      prefix = "Rp. ";
      suffix = ",-";
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  number = rancang_format_number (value, decimals);
  if (number == NULL)
    return NULL;
  negative = number[0] == '-';
  result = g_strconcat (negative ? "-" : "", prefix, number + (negative ? 1 : 0), suffix, NULL);
  g_free (number);
  return result;
}

/* value is already in percent: 87.4192 prints "87,42%" (no space, as the
 * documents print it). */
char *
rancang_format_percent (RancangDecimal value,
                        guint          decimals)
{
  char *number, *result;

  g_return_val_if_fail (decimals <= RANCANG_DECIMAL_MAX_SCALE, NULL);

  number = rancang_format_number (value, (gint) decimals);
  if (number == NULL)
    return NULL;
  result = g_strconcat (number, "%", NULL);
  g_free (number);
  return result;
}

/* -------------------------------------------------------------------- dates */

static const char *const month_names[12] = {
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
};

const char *
rancang_month_name (int month)
{
  if (month < 1 || month > 12)
    return NULL;
  return month_names[month - 1];
}

/* "7 Juli 2022": the day is not zero-padded even though some documents
 * print "09 April 2021". */
char *
rancang_format_date (const GDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (!g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%u %s %u",
                          (guint) g_date_get_day (date),
                          month_names[g_date_get_month (date) - 1],
                          (guint) g_date_get_year (date));
}

char *
rancang_format_date_dmy (int year,
                         int month,
                         int day)
{
  GDate date;

  /* Range checks first: the GDate types are narrower than int. */
  if (year < 1 || year > G_MAXUINT16 || month < 1 || month > 12 || day < 1 || day > 31)
    return NULL;
  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return rancang_format_date (&date);
}

char *
rancang_format_month_year (int year,
                           int month)
{
  if (year < 1 || year > G_MAXUINT16 || month < 1 || month > 12)
    return NULL;
  return g_strdup_printf ("%s %d", month_names[month - 1], year);
}

/* Signature blocks: "Malili, 3 Januari 2023". */
char *
rancang_format_place_date (const char  *place,
                           const GDate *date)
{
  char *text, *result;

  text = rancang_format_date (date);
  if (text == NULL || place == NULL || *place == '\0')
    return text;
  result = g_strconcat (place, ", ", text, NULL);
  g_free (text);
  return result;
}

/* "2022-07-07" into OUT; FALSE (OUT cleared) for anything else: a date
 * with another form, or one that does not exist (2023-02-30). The time
 * zone an XML Schema date may carry ("2022-07-07+08:00") says nothing
 * about the day a document is signed, so it is passed over. */
gboolean
rancang_date_parse_iso (const char *text,
                        GDate      *out)
{
  guint64 y, m, d;
  g_auto(GStrv) parts = NULL;
  g_autofree char *day = NULL;

  g_date_clear (out, 1);
  if (text == NULL)
    return FALSE;
  day = strlen (text) > 10 && strchr ("Z+-", text[10]) != NULL ? g_strndup (text, 10) : g_strdup (text);
  parts = g_strsplit (day, "-", -1);
  if (g_strv_length (parts) != 3 || strlen (parts[0]) != 4 || strlen (parts[1]) != 2 || strlen (parts[2]) != 2
      || !g_ascii_string_to_unsigned (parts[0], 10, 1, 9999, &y, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 1, 12, &m, NULL)
      || !g_ascii_string_to_unsigned (parts[2], 10, 1, 31, &d, NULL)
      || !g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return TRUE;
}

char *
rancang_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);
  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (date), (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

/* ---------------------------------------------------------- roman and words */

char *
rancang_format_roman (int      n,
                      gboolean upper)
{
  static const struct { int value; const char *upper, *lower; } numerals[] = {
    { 1000, "M", "m" }, { 900, "CM", "cm" }, { 500, "D", "d" }, { 400, "CD", "cd" },
    { 100, "C", "c" },  { 90, "XC", "xc" },  { 50, "L", "l" },  { 40, "XL", "xl" },
    { 10, "X", "x" },   { 9, "IX", "ix" },   { 5, "V", "v" },   { 4, "IV", "iv" },
    { 1, "I", "i" },
  };
  GString *s;

  if (n < 1 || n > 3999)
    return NULL;
  s = g_string_new (NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (numerals); i++)
    while (n >= numerals[i].value)
      {
        g_string_append (s, upper ? numerals[i].upper : numerals[i].lower);
        n -= numerals[i].value;
      }
  return g_string_free (s, FALSE);
}

/* Quarter labels of the Rencana Aksi tables: "TW. I" or "Triwulan I". */
char *
rancang_format_triwulan (int      quarter,
                         gboolean long_form)
{
  char *roman, *result;

  if (quarter < 1 || quarter > 4)
    return NULL;
  roman = rancang_format_roman (quarter, TRUE);
  result = g_strconcat (long_form ? "Triwulan " : "TW. ", roman, NULL);
  g_free (roman);
  return result;
}

static const char *const digit_words[10] = {
  "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
};

static void
append_word (GString    *s,
             const char *word)
{
  if (s->len > 0)
    g_string_append_c (s, ' ');
  g_string_append (s, word);
}

/* 1 .. 999. The se- forms (sepuluh, sebelas, seratus) are fixed words;
 * seribu is handled by the caller because "satu juta" takes no se-. */
static void
append_below_thousand (GString *s,
                       guint    n)
{
  guint hundreds = n / 100;
  guint rest = n % 100;

  if (hundreds == 1)
    append_word (s, "seratus");
  else if (hundreds > 1)
    {
      append_word (s, digit_words[hundreds]);
      append_word (s, "ratus");
    }

  if (rest == 0)
    return;
  if (rest < 10)
    append_word (s, digit_words[rest]);
  else if (rest == 10)
    append_word (s, "sepuluh");
  else if (rest == 11)
    append_word (s, "sebelas");
  else if (rest < 20)
    {
      append_word (s, digit_words[rest - 10]);
      append_word (s, "belas");
    }
  else
    {
      append_word (s, digit_words[rest / 10]);
      append_word (s, "puluh");
      if (rest % 10 != 0)
        append_word (s, digit_words[rest % 10]);
    }
}

/* Lower case; the fraction is read digit by digit after "koma", as the
 * documents read 22,5 ("dua puluh dua koma lima"), and trailing zeros are
 * not read. NULL from 1000 triliun up: there is no agreed word above
 * triliun, and no budget comes close. */
char *
rancang_terbilang (RancangDecimal        value,
                   RancangTerbilangStyle style)
{
  static const guint64 trillion = G_GUINT64_CONSTANT (1000000000000);
  const struct { guint64 size; const char *word; } scales[] = {
    { trillion, "triliun" },
    { G_GUINT64_CONSTANT (1000000000),
      (style & RANCANG_TERBILANG_MILYAR) ? "milyar" : "miliar" },
    { 1000000, "juta" },
    { 1000, "ribu" },
  };
  guint64  mag, pow = 1, whole, fraction;
  GString *s;

  g_return_val_if_fail (value.scale <= RANCANG_DECIMAL_MAX_SCALE, NULL);

  value = rancang_decimal_normalize (value);
  mag = value.units < 0 ? (guint64) 0 - (guint64) value.units : (guint64) value.units;
  for (guint i = 0; i < value.scale; i++)
    pow *= 10;
  whole = mag / pow;
  fraction = mag % pow;
  if (whole >= 1000 * trillion)
    return NULL;

  s = g_string_new (NULL);
  if (value.units < 0)
    append_word (s, "minus");

  if (whole == 0)
    append_word (s, "nol");
  for (gsize i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      guint group = (guint) (whole / scales[i].size % 1000);

      if (group == 0)
        continue;
      if (group == 1 && scales[i].size == 1000)
        append_word (s, "seribu");
      else
        {
          append_below_thousand (s, group);
          append_word (s, scales[i].word);
        }
    }
  if (whole % 1000 != 0)
    append_below_thousand (s, (guint) (whole % 1000));

  if (value.scale > 0)
    {
      append_word (s, "koma");
      for (guint64 p = pow / 10; p > 0; p /= 10)
        append_word (s, digit_words[fraction / p % 10]);
    }

  if (style & RANCANG_TERBILANG_RUPIAH)
    append_word (s, "rupiah");
  return g_string_free (s, FALSE);
}

/* Documents print amounts in words in Title Case ("Tiga Puluh Enam Miliar
 * ... Rupiah"): the first letter of every space-separated word is raised,
 * the rest is left as it is. */
char *
rancang_title_case (const char *text)
{
  GString  *s;
  gboolean  at_start = TRUE;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  s = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        at_start = TRUE;
      else if (at_start)
        {
          c = g_unichar_totitle (c);
          at_start = FALSE;
        }
      g_string_append_unichar (s, c);
    }
  return g_string_free (s, FALSE);
}

/* ---------------------------------------------------------------------- NIP */

static guint
digits_value (const char *digits,
              guint       n)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    v = v * 10 + (guint) (digits[i] - '0');
  return v;
}

/* The digits of NIP without its spaces, up to 18 kept, in DIGITS; the
 * count of all of them in *N; FALSE when something else than a digit or a
 * space is in it. */
static gboolean
nip_digits (const char *nip,
            char        digits[18],
            guint      *n)
{
  *n = 0;
  for (const char *p = nip; *p != '\0'; p++)
    {
      if (*p == ' ')
        continue;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      if (*n < 18)
        digits[*n] = *p;
      (*n)++;
    }
  return TRUE;
}

/* Spaces are allowed anywhere because the printed form is grouped
 * ("19741225 199303 1 002") and planners copy it from there. TMT is taken
 * as the first day of its month; a TMT before the birth date is impossible,
 * a TMT at an unusually young age is not this function's business. The
 * rule of the NIP is here only: the signatory editor words the problem in
 * the interface's language, rancang_nip_parse() in English. */
RancangNipProblem
rancang_nip_check (const char *nip,
                   RancangNip *out,
                   guint      *n_digits)
{
  char       digits[18];
  guint      n = 0;
  guint      by, bm, bd, ty, tm;
  gboolean   only_digits = nip_digits (nip != NULL ? nip : "", digits, &n);

  if (n_digits != NULL)
    *n_digits = n;
  if (!only_digits)
    return RANCANG_NIP_NOT_DIGITS;
  if (n != G_N_ELEMENTS (digits))
    return RANCANG_NIP_LENGTH;

  by = digits_value (digits, 4);
  bm = digits_value (digits + 4, 2);
  bd = digits_value (digits + 6, 2);
  if (by < 1900 || bm < 1 || bm > 12 || bd < 1 || bd > 31
      || !g_date_valid_dmy ((GDateDay) bd, (GDateMonth) bm, (GDateYear) by))
    return RANCANG_NIP_BIRTH_DATE;
  ty = digits_value (digits + 8, 4);
  tm = digits_value (digits + 12, 2);
  if (tm < 1 || tm > 12)
    return RANCANG_NIP_TMT_MONTH;
  if (ty < by || (ty == by && (tm < bm || (tm == bm && bd > 1))))
    return RANCANG_NIP_TMT_BEFORE_BIRTH;
  if (digits[14] != '1' && digits[14] != '2')
    return RANCANG_NIP_SEX;

  if (out != NULL)
    {
      out->birth_year = (GDateYear) by;
      out->birth_month = (GDateMonth) bm;
      out->birth_day = (GDateDay) bd;
      out->tmt_year = (guint16) ty;
      out->tmt_month = (guint8) tm;
      out->sex = (guint8) (digits[14] - '0');
      out->sequence = (guint16) digits_value (digits + 15, 3);
    }
  return RANCANG_NIP_VALID;
}

gboolean
rancang_nip_parse (const char  *nip,
                   RancangNip  *out,
                   GError     **error)
{
  RancangNip result;
  char digits[18] = { 0 };
  guint n;
  RancangNipProblem problem;
  g_autofree char *why = NULL;
  g_autofree char *quoted = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (nip == NULL)
    nip = "";
  problem = rancang_nip_check (nip, &result, &n);
  if (problem == RANCANG_NIP_VALID)
    {
      if (out != NULL)
        *out = result;
      return TRUE;
    }
  if (error == NULL)
    return FALSE;
  nip_digits (nip, digits, &n);
  switch (problem)
    {
    case RANCANG_NIP_NOT_DIGITS:
      why = g_strdup ("only digits and spaces are allowed");
      break;
    case RANCANG_NIP_LENGTH:
      why = g_strdup_printf ("has %u digits, a NIP has 18", n);
      break;
    case RANCANG_NIP_BIRTH_DATE:
      why = g_strdup_printf ("the birth date %.8s (digits 1-8, yyyymmdd) is not a valid date", digits);
      break;
    case RANCANG_NIP_TMT_MONTH:
      why = g_strdup_printf ("the TMT %.6s (digits 9-14, yyyymm) has no month %.2s", digits + 8, digits + 12);
      break;
    case RANCANG_NIP_TMT_BEFORE_BIRTH:
      why = g_strdup_printf ("the TMT %.4s-%.2s (digits 9-14) is before the birth date %.4s-%.2s-%.2s",
                             digits + 8, digits + 12, digits, digits + 4, digits + 6);
      break;
    case RANCANG_NIP_SEX:
    case RANCANG_NIP_VALID:
    default:
      why = g_strdup_printf ("the sex digit (digit 15) is %c, it must be 1 (male) or 2 (female)", digits[14]);
      break;
    }
  quoted = quote_text (nip);
  g_set_error (error, RANCANG_FORMAT_ERROR, RANCANG_FORMAT_ERROR_INVALID_NIP, "NIP “%s”: %s", quoted, why);
  return FALSE;
}

gboolean
rancang_nip_validate (const char  *nip,
                      GError     **error)
{
  return rancang_nip_parse (nip, NULL, error);
}

/* "19741225 199303 1 002": birth date, TMT, sex, sequence; as many groups
 * as there are digits, so a NIP being typed is grouped as it grows. */
char *
rancang_nip_group (const char *digits)
{
  static const guint breaks[] = { 8, 14, 15 };
  GString *out = g_string_new (NULL);
  guint b = 0, n = 0;

  for (const char *p = digits; *p != '\0'; p++)
    {
      if (*p == ' ')
        continue;
      if (b < G_N_ELEMENTS (breaks) && n == breaks[b])
        {
          g_string_append_c (out, ' ');
          b++;
        }
      g_string_append_c (out, *p);
      n++;
    }
  return g_string_free (out, FALSE);
}

/* The printed grouping of a valid NIP. */
char *
rancang_nip_format (const char *nip)
{
  if (!rancang_nip_parse (nip, NULL, NULL))
    return NULL;
  return rancang_nip_group (nip);
}

/* ------------------------------------------------------------------ pangkat */

/* PNS ranks, PP 99/2000 as amended; IV/e is the highest. */
static const RancangPangkat pangkat_table[] = {
  { "I/a",   "Juru Muda" },
  { "I/b",   "Juru Muda Tingkat I" },
  { "I/c",   "Juru" },
  { "I/d",   "Juru Tingkat I" },
  { "II/a",  "Pengatur Muda" },
  { "II/b",  "Pengatur Muda Tingkat I" },
  { "II/c",  "Pengatur" },
  { "II/d",  "Pengatur Tingkat I" },
  { "III/a", "Penata Muda" },
  { "III/b", "Penata Muda Tingkat I" },
  { "III/c", "Penata" },
  { "III/d", "Penata Tingkat I" },
  { "IV/a",  "Pembina" },
  { "IV/b",  "Pembina Tingkat I" },
  { "IV/c",  "Pembina Utama Muda" },
  { "IV/d",  "Pembina Utama Madya" },
  { "IV/e",  "Pembina Utama" },
};

const RancangPangkat *
rancang_pangkat_table (guint *n_entries)
{
  if (n_entries != NULL)
    *n_entries = G_N_ELEMENTS (pangkat_table);
  return pangkat_table;
}

/* Lower case, spaces removed: "IV / C" and "iv/c" are the same golongan. */
static char *
squeeze_golongan (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (s, g_ascii_tolower (*p));
  return g_string_free (s, FALSE);
}

const char *
rancang_pangkat_for_golongan (const char *golongan)
{
  const char *found = NULL;
  char       *key;

  g_return_val_if_fail (golongan != NULL, NULL);

  key = squeeze_golongan (golongan);
  for (gsize i = 0; i < G_N_ELEMENTS (pangkat_table) && found == NULL; i++)
    if (g_ascii_strcasecmp (key, pangkat_table[i].golongan) == 0)
      found = pangkat_table[i].pangkat;
  g_free (key);
  return found;
}

/* Lower case, one space between words, "Tk." read as "Tingkat": the
 * documents write "Penata Tk. I" as often as "Penata Tingkat I". */
static char *
squeeze_pangkat (const char *text)
{
  GString *s = g_string_new (NULL);
  char   **words = g_strsplit_set (text, " \t.", -1);

  for (char **w = words; *w != NULL; w++)
    {
      if (**w == '\0')
        continue;
      if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, g_ascii_strcasecmp (*w, "tk") == 0 ? "tingkat" : *w);
    }
  g_strfreev (words);
  for (gsize i = 0; i < s->len; i++)
    s->str[i] = g_ascii_tolower (s->str[i]);
  return g_string_free (s, FALSE);
}

const char *
rancang_golongan_for_pangkat (const char *pangkat)
{
  const char *found = NULL;
  char       *key;

  g_return_val_if_fail (pangkat != NULL, NULL);

  key = squeeze_pangkat (pangkat);
  for (gsize i = 0; i < G_N_ELEMENTS (pangkat_table) && found == NULL; i++)
    if (g_ascii_strcasecmp (key, pangkat_table[i].pangkat) == 0)
      found = pangkat_table[i].golongan;
  g_free (key);
  return found;
}

/* ------------------------------------------------------------------ parsing */

/* The English reason of each problem, after the quoted text; a problem
 * with a detail has it between reason and reason_after. */
static const struct
{
  RancangFormatError  code;
  const char         *reason;
  const char         *reason_after;
} problem_table[] = {
  [RANCANG_NUMBER_PROBLEM_NONE] = { RANCANG_FORMAT_ERROR_NOT_A_NUMBER, "is not a number", NULL },
  [RANCANG_NUMBER_PROBLEM_INVALID_UTF8] = { RANCANG_FORMAT_ERROR_NOT_A_NUMBER, "is not valid UTF-8 text", NULL },
  [RANCANG_NUMBER_PROBLEM_SPREADSHEET_ERROR] = { RANCANG_FORMAT_ERROR_NOT_A_NUMBER, "is a spreadsheet error, not a number", NULL },
  [RANCANG_NUMBER_PROBLEM_NOT_A_NUMBER] = { RANCANG_FORMAT_ERROR_NOT_A_NUMBER, "is not a number", NULL },
  [RANCANG_NUMBER_PROBLEM_NO_SEN_NOT_AFTER_DIGITS] = { RANCANG_FORMAT_ERROR_BAD_SEPARATORS,
                                                       "is not a number: “,-” must follow the digits", NULL },
  [RANCANG_NUMBER_PROBLEM_ENDS_WITH_SEPARATOR] = { RANCANG_FORMAT_ERROR_BAD_SEPARATORS,
                                                   "is not a number: it ends with a separator", NULL },
  [RANCANG_NUMBER_PROBLEM_COMMAS_AFTER_POINT] = { RANCANG_FORMAT_ERROR_BAD_SEPARATORS,
                                                  "has more than one “,” after a “.” (only one decimal separator is possible)", NULL },
  [RANCANG_NUMBER_PROBLEM_POINTS_AFTER_COMMA] = { RANCANG_FORMAT_ERROR_BAD_SEPARATORS,
                                                  "has more than one “.” after a “,” (only one decimal separator is possible)", NULL },
  [RANCANG_NUMBER_PROBLEM_NOT_INDONESIAN_STYLE] = { RANCANG_FORMAT_ERROR_BAD_SEPARATORS,
                                                    "is not in Indonesian style, where “.” groups thousands and “,” marks decimals", NULL },
  [RANCANG_NUMBER_PROBLEM_NOT_US_STYLE] = { RANCANG_FORMAT_ERROR_BAD_SEPARATORS,
                                            "is not in US style, where “,” groups thousands and “.” marks decimals", NULL },
  [RANCANG_NUMBER_PROBLEM_SEVERAL_COMMAS] = { RANCANG_FORMAT_ERROR_BAD_SEPARATORS,
                                              "has several “,” but in Indonesian style “,” marks decimals", NULL },
  [RANCANG_NUMBER_PROBLEM_SEVERAL_POINTS] = { RANCANG_FORMAT_ERROR_BAD_SEPARATORS,
                                              "has several “.” but in US style “.” marks decimals", NULL },
  [RANCANG_NUMBER_PROBLEM_POINT_GROUPS] = { RANCANG_FORMAT_ERROR_BAD_SEPARATORS,
                                            "is not a number: “.” must separate groups of three digits", NULL },
  [RANCANG_NUMBER_PROBLEM_COMMA_GROUPS] = { RANCANG_FORMAT_ERROR_BAD_SEPARATORS,
                                            "is not a number: “,” must separate groups of three digits", NULL },
  [RANCANG_NUMBER_PROBLEM_TOO_LARGE] = { RANCANG_FORMAT_ERROR_OUT_OF_RANGE,
                                         "is too large or has too many decimals to be held exactly", NULL },
  [RANCANG_NUMBER_PROBLEM_TEXT_AFTER_PERCENT] = { RANCANG_FORMAT_ERROR_NOT_A_NUMBER, "has text after the “%”", NULL },
  [RANCANG_NUMBER_PROBLEM_UNEXPECTED_CHARACTER] = { RANCANG_FORMAT_ERROR_NOT_A_NUMBER,
                                                    "is not a number: unexpected “", "” after the digits" },
  [RANCANG_NUMBER_PROBLEM_UNIT_TOO_LONG] = { RANCANG_FORMAT_ERROR_NOT_A_NUMBER,
                                             "is not a number: the text after it is too long to be a unit", NULL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (problem_table) == RANCANG_NUMBER_N_PROBLEMS);

char *
rancang_number_problem_message (RancangNumberProblem problem,
                                const char          *text,
                                const char          *detail)
{
  g_return_val_if_fail ((guint) problem < G_N_ELEMENTS (problem_table), NULL);

  if (problem_table[problem].reason_after != NULL)
    return g_strconcat ("“", text != NULL ? text : "", "” ", problem_table[problem].reason,
                        detail != NULL ? detail : "", problem_table[problem].reason_after, NULL);
  return g_strconcat ("“", text != NULL ? text : "", "” ", problem_table[problem].reason, NULL);
}

RancangNumberProblem
rancang_number_problem_of_error (const GError  *error,
                                 const char   **text,
                                 const char   **detail)
{
  const RancangFormatErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, RANCANG_NUMBER_PROBLEM_NONE);

  priv = error->domain == RANCANG_FORMAT_ERROR ? rancang_format_error_get_private (error) : NULL;
  if (text != NULL)
    *text = priv != NULL && priv->text != NULL ? priv->text : "";
  if (detail != NULL)
    *detail = priv != NULL && priv->detail != NULL ? priv->detail : "";
  return priv != NULL ? priv->problem : RANCANG_NUMBER_PROBLEM_NONE;
}

/* Refuses TEXT for PROBLEM: the GError has the problem's code and English
 * message, and carries the problem and its values for the interface. */
static gboolean
parse_fail (GError              **error,
            RancangNumberProblem  problem,
            const char           *text,
            const char           *detail)
{
  RancangFormatErrorPrivate *priv;
  char *quoted;
  char *message;

  if (error == NULL)
    return FALSE;
  quoted = quote_text (text);
  message = rancang_number_problem_message (problem, quoted, detail);
  *error = g_error_new_literal (RANCANG_FORMAT_ERROR, (gint) problem_table[problem].code, message);
  g_free (message);
  priv = rancang_format_error_get_private (*error);
  priv->problem = problem;
  priv->text = quoted;
  priv->detail = g_strdup (detail);
  return FALSE;
}

/* NBSP and its kin count as spaces: they arrive with text copied from
 * word processors and web pages. */
static gboolean
is_space_at (const char *p)
{
  return g_unichar_isspace (g_utf8_get_char (p));
}

static const char *
skip_spaces (const char *p,
             const char *end)
{
  while (p < end && is_space_at (p))
    p = g_utf8_next_char (p);
  return p;
}

static gboolean
span_equal (const char *start,
            const char *end,
            const char *word)
{
  gsize len = strlen (word);

  return (gsize) (end - start) == len && g_ascii_strncasecmp (start, word, len) == 0;
}

/* Cells that say "no value"; the en and em dash arrive from word
 * processors that replaced a typed "-". */
static gboolean
is_empty_marker (const char *start,
                 const char *end)
{
  static const char *const markers[] = { "", "-", "–", "—", "N/A", "NIHIL" };

  for (gsize i = 0; i < G_N_ELEMENTS (markers); i++)
    if (span_equal (start, end, markers[i]))
      return TRUE;
  return FALSE;
}

/* Turn a run of digits, "." and "," into the C form ("1234567.89"), or
 * set *problem to why it is no number. The run starts and ends with a digit. */
static gboolean
separators_to_c (const char          *tok,
                 gsize                len,
                 RancangNumberStyle   style,
                 GString             *c_form,
                 RancangNumberProblem *problem)
{
  gsize n_dots = 0, n_commas = 0;
  gsize last = 0;
  char  group = 0, decimal = 0;
  gsize int_len = len;
  gsize run = 0, groups = 0;

  for (gsize i = 0; i < len; i++)
    if (tok[i] == '.' || tok[i] == ',')
      {
        if (tok[i] == '.')
          n_dots++;
        else
          n_commas++;
        last = i;
      }

  if (n_dots > 0 && n_commas > 0)
    {
      /* Both: the last one written is the decimal separator. */
      decimal = tok[last];
      group = decimal == '.' ? ',' : '.';
      if ((decimal == '.' ? n_dots : n_commas) > 1)
        {
          *problem = decimal == ','
                     ? RANCANG_NUMBER_PROBLEM_COMMAS_AFTER_POINT
                     : RANCANG_NUMBER_PROBLEM_POINTS_AFTER_COMMA;
          return FALSE;
        }
      if ((style == RANCANG_NUMBERS_ID && decimal != ',')
          || (style == RANCANG_NUMBERS_US && decimal != '.'))
        {
          *problem = style == RANCANG_NUMBERS_ID
                     ? RANCANG_NUMBER_PROBLEM_NOT_INDONESIAN_STYLE
                     : RANCANG_NUMBER_PROBLEM_NOT_US_STYLE;
          return FALSE;
        }
    }
  else if (n_dots + n_commas >= 2)
    {
      group = n_dots > 0 ? '.' : ',';
      if ((style == RANCANG_NUMBERS_ID && group != '.')
          || (style == RANCANG_NUMBERS_US && group != ','))
        {
          *problem = style == RANCANG_NUMBERS_ID
                     ? RANCANG_NUMBER_PROBLEM_SEVERAL_COMMAS
                     : RANCANG_NUMBER_PROBLEM_SEVERAL_POINTS;
          return FALSE;
        }
    }
  else if (n_dots + n_commas == 1)
    {
      char     sep = tok[last];
      gsize    after = len - last - 1;
      gboolean grouping;

      if (style == RANCANG_NUMBERS_ID)
        grouping = sep == '.';
      else if (style == RANCANG_NUMBERS_US)
        grouping = sep == ',';
      else if (after != 3 || tok[0] == '0')
        grouping = FALSE;   /* a thousands group has 3 digits and no leading zero */
      else
        grouping = sep == '.';   /* "1.234" or "1,234": ambiguous, read as Indonesian */
      if (grouping)
        group = sep;
      else
        decimal = sep;
    }

  if (decimal != 0)
    int_len = last;

  /* Thousands groups: 1-3 digits without a leading zero, then threes. */
  for (gsize i = 0; i <= int_len; i++)
    {
      if (i < int_len && tok[i] != group)
        {
          g_string_append_c (c_form, tok[i]);
          run++;
          continue;
        }
      if (group == 0)
        continue;
      if (groups == 0 ? (run > 3 || tok[0] == '0') : run != 3)
        {
          *problem = group == '.'
                     ? RANCANG_NUMBER_PROBLEM_POINT_GROUPS
                     : RANCANG_NUMBER_PROBLEM_COMMA_GROUPS;
          return FALSE;
        }
      groups++;
      run = 0;
    }

  if (decimal != 0)
    {
      g_string_append_c (c_form, '.');
      g_string_append_len (c_form, tok + last + 1, (gssize) (len - last - 1));
    }
  return TRUE;
}

/* What planners paste into a cell, from Word, Excel or SIPD. The unit is
 * kept inline in *out, so there is nothing to free; *out is only written
 * on success. */
gboolean
rancang_parse_number (const char          *text,
                      RancangNumberStyle   style,
                      RancangParsedNumber *out,
                      GError             **error)
{
  RancangParsedNumber result;
  const char *start, *end, *p, *tok;
  gboolean    negative = FALSE, have_sign = FALSE;
  GString    *c_form;
  RancangNumberProblem problem = RANCANG_NUMBER_PROBLEM_NONE;
  gboolean    ok;

  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (&result, 0, sizeof result);
  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    return parse_fail (error, RANCANG_NUMBER_PROBLEM_INVALID_UTF8, text, NULL);

  start = skip_spaces (text, text + strlen (text));
  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!is_space_at (prev))
        break;
      end = prev;
    }

  if (is_empty_marker (start, end))
    {
      result.kind = RANCANG_PARSED_EMPTY;
      *out = result;
      return TRUE;
    }

  p = start;
  for (int pass = 0; pass < 2; pass++)
    {
      /* The sign may come before or after "Rp": "-Rp 5" and "Rp -5". */
      if (!have_sign && p < end && (*p == '-' || *p == '+' || g_str_has_prefix (p, "−")))
        {
          have_sign = TRUE;
          negative = *p != '+';
          p = g_utf8_next_char (p);
          p = skip_spaces (p, end);
        }
      if (pass == 0 && end - p >= 2 && g_ascii_strncasecmp (p, "rp", 2) == 0)
        {
          result.rupiah = TRUE;
          p += 2;
          if (p < end && *p == '.')
            p++;
          p = skip_spaces (p, end);
        }
    }

  if (p >= end || !g_ascii_isdigit (*p))
    {
      if (*start == '#')
        return parse_fail (error, RANCANG_NUMBER_PROBLEM_SPREADSHEET_ERROR, text, NULL);
      return parse_fail (error, RANCANG_NUMBER_PROBLEM_NOT_A_NUMBER, text, NULL);
    }

  tok = p;
  while (p < end && (g_ascii_isdigit (*p) || *p == '.' || *p == ','))
    p++;
  /* "Rp 15.322.392.321,-": the ",-" says "no sen". */
  if (p < end && *p == '-' && p[-1] == ',')
    {
      p++;
      ok = p - 1 - tok >= 2 && g_ascii_isdigit (p[-3]);
      if (!ok)
        return parse_fail (error, RANCANG_NUMBER_PROBLEM_NO_SEN_NOT_AFTER_DIGITS, text, NULL);
      c_form = g_string_new (negative ? "-" : "");
      ok = separators_to_c (tok, (gsize) (p - 2 - tok), style, c_form, &problem);
    }
  else
    {
      if (p[-1] == '.' || p[-1] == ',')
        return parse_fail (error, RANCANG_NUMBER_PROBLEM_ENDS_WITH_SEPARATOR, text, NULL);
      c_form = g_string_new (negative ? "-" : "");
      ok = separators_to_c (tok, (gsize) (p - tok), style, c_form, &problem);
    }
  if (!ok)
    {
      g_string_free (c_form, TRUE);
      return parse_fail (error, problem, text, NULL);
    }
  ok = rancang_decimal_parse_c (c_form->str, &result.value);
  g_string_free (c_form, TRUE);
  if (!ok)
    return parse_fail (error, RANCANG_NUMBER_PROBLEM_TOO_LARGE, text, NULL);

  p = skip_spaces (p, end);
  if (p < end && *p == '%')
    {
      result.percent = TRUE;
      p = skip_spaces (p + 1, end);
      if (p < end)
        return parse_fail (error, RANCANG_NUMBER_PROBLEM_TEXT_AFTER_PERCENT, text, NULL);
    }
  else if (p < end)
    {
      if (!g_unichar_isalpha (g_utf8_get_char (p)))
        {
          g_autofree char *character = g_strndup (p, (gsize) (g_utf8_next_char (p) - p));

          return parse_fail (error, RANCANG_NUMBER_PROBLEM_UNEXPECTED_CHARACTER, text, character);
        }
      if ((gsize) (end - p) >= sizeof result.unit)
        return parse_fail (error, RANCANG_NUMBER_PROBLEM_UNIT_TOO_LONG, text, NULL);
      memcpy (result.unit, p, (gsize) (end - p));
      result.unit[end - p] = '\0';
      if (g_ascii_strcasecmp (result.unit, "persen") == 0)
        result.percent = TRUE;
    }

  result.kind = RANCANG_PARSED_NUMBER;
  *out = result;
  return TRUE;
}

/* ------------------------------------------------------------ year labels */

char *
rancang_format_year_labels (const char *text,
                            int         year)
{
  GString *out;

  if (text == NULL)
    return NULL;
  if (year <= 0)
    return g_strdup (text);
  out = g_string_sized_new (strlen (text) + 8);
  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean starts_word = p == text || !g_ascii_isalnum (p[-1]);

      if (*p == 'n' && starts_word)
        {
          const char *q = p + 1;
          int offset = 0;

          if ((*q == '-' || *q == '+') && g_ascii_isdigit (q[1]))
            {
              offset = (*q == '-' ? -1 : 1) * (q[1] - '0');
              q += 2;
            }
          if (!g_ascii_isalnum (*q))
            {
              g_string_append_printf (out, "%d", year + offset);
              p = q - 1;
              continue;
            }
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}
