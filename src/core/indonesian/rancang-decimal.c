/* rancang-decimal.c: exact decimal numbers.
 *
 * Intermediates are 128 bits wide so that aligning two scales or
 * multiplying two 64-bit values never overflows before the final check.
 * Signed 128-bit overflow builtins need compiler-rt under clang, so every
 * check that could overflow 128 bits is done on unsigned magnitudes.
 */
#include "rancang-decimal.h"

#include <string.h>

__extension__ typedef __int128          Wide;
__extension__ typedef unsigned __int128 UWide;

#define MAX_SCALE RANCANG_DECIMAL_MAX_SCALE

/* 10^n for n <= 38, the largest power of ten a UWide holds. */
static UWide
pow10_wide (guint n)
{
  UWide p = 1;

  g_assert (n <= 38);
  while (n-- > 0)
    p *= 10;
  return p;
}

static gboolean
wide_fits (Wide v)
{
  return v >= G_MININT64 && v <= G_MAXINT64;
}

static UWide
magnitude (Wide v)
{
  /* Unsigned negation is defined for every value, including the minimum. */
  return v < 0 ? (UWide) 0 - (UWide) v : (UWide) v;
}

static gboolean
valid (RancangDecimal a)
{
  return a.scale <= MAX_SCALE;
}

/* Store an exact value; fraction zeros are dropped only as far as needed
 * to fit, so a result keeps its scale whenever it can. */
static gboolean
store_wide (Wide            units,
            guint           scale,
            RancangDecimal *out)
{
  while ((scale > MAX_SCALE || !wide_fits (units)) && scale > 0 && units % 10 == 0)
    {
      units /= 10;
      scale--;
    }
  if (scale > MAX_SCALE || !wide_fits (units))
    return FALSE;
  out->units = (gint64) units;
  out->scale = (guint8) scale;
  return TRUE;
}

/* Store a signed magnitude as int64 units at a fixed scale. */
static gboolean
store_magnitude (UWide           mag,
                 gboolean        negative,
                 guint           scale,
                 RancangDecimal *out)
{
  if (negative)
    {
      if (mag > (UWide) G_MAXINT64 + 1)
        return FALSE;
      out->units = mag == 0 ? 0 : (gint64) (-(Wide) mag);
    }
  else
    {
      if (mag > (UWide) G_MAXINT64)
        return FALSE;
      out->units = (gint64) mag;
    }
  out->scale = (guint8) scale;
  return TRUE;
}

/* Quotient of two magnitudes, rounded as asked; half-up compares the
 * remainder with what is left of the divisor so that nothing overflows. */
static UWide
divide_magnitude (UWide           n,
                  UWide           d,
                  RancangRounding rounding)
{
  UWide q = n / d;
  UWide r = n % d;

  if (rounding == RANCANG_ROUND_HALF_UP && r != 0 && r >= d - r)
    q++;
  return q;
}

static gboolean
mul_magnitude (UWide  a,
               UWide  b,
               UWide *out)
{
  if (a != 0 && b > ~(UWide) 0 / a)
    return FALSE;
  *out = a * b;
  return TRUE;
}

RancangDecimal
rancang_decimal_from_int (gint64 value)
{
  RancangDecimal d = { value, 0 };

  return d;
}

/* For callers that hold units and a scale, e.g. from a file: refuses a
 * scale this type cannot hold instead of asserting. */
gboolean
rancang_decimal_make (gint64          units,
                      guint           scale,
                      RancangDecimal *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (scale > MAX_SCALE)
    return FALSE;
  out->units = units;
  out->scale = (guint8) scale;
  return TRUE;
}

gboolean
rancang_decimal_add (RancangDecimal  a,
                     RancangDecimal  b,
                     RancangDecimal *out)
{
  guint scale;
  Wide  wa, wb;

  g_return_val_if_fail (valid (a) && valid (b) && out != NULL, FALSE);

  scale = MAX (a.scale, b.scale);
  wa = (Wide) a.units * (Wide) pow10_wide (scale - a.scale);
  wb = (Wide) b.units * (Wide) pow10_wide (scale - b.scale);
  return store_wide (wa + wb, scale, out);
}

gboolean
rancang_decimal_sub (RancangDecimal  a,
                     RancangDecimal  b,
                     RancangDecimal *out)
{
  guint scale;
  Wide  wa, wb;

  g_return_val_if_fail (valid (a) && valid (b) && out != NULL, FALSE);

  scale = MAX (a.scale, b.scale);
  wa = (Wide) a.units * (Wide) pow10_wide (scale - a.scale);
  wb = (Wide) b.units * (Wide) pow10_wide (scale - b.scale);
  return store_wide (wa - wb, scale, out);
}

/* Exact: a product needing more than MAX_SCALE significant decimals fails
 * rather than being rounded behind the caller's back. */
gboolean
rancang_decimal_mul (RancangDecimal  a,
                     RancangDecimal  b,
                     RancangDecimal *out)
{
  g_return_val_if_fail (valid (a) && valid (b) && out != NULL, FALSE);

  return store_wide ((Wide) a.units * (Wide) b.units, (guint) a.scale + b.scale, out);
}

/* Fails only for the most negative units, which has no positive twin. */
gboolean
rancang_decimal_neg (RancangDecimal  a,
                     RancangDecimal *out)
{
  g_return_val_if_fail (valid (a) && out != NULL, FALSE);

  if (a.units == G_MININT64)
    return FALSE;
  out->units = -a.units;
  out->scale = a.scale;
  return TRUE;
}

int
rancang_decimal_cmp (RancangDecimal a,
                     RancangDecimal b)
{
  guint scale;
  Wide  wa, wb;

  g_return_val_if_fail (valid (a) && valid (b), 0);

  scale = MAX (a.scale, b.scale);
  wa = (Wide) a.units * (Wide) pow10_wide (scale - a.scale);
  wb = (Wide) b.units * (Wide) pow10_wide (scale - b.scale);
  return wa < wb ? -1 : wa > wb ? 1 : 0;
}

gboolean
rancang_decimal_is_zero (RancangDecimal a)
{
  return a.units == 0;
}

gboolean
rancang_decimal_is_negative (RancangDecimal a)
{
  return a.units < 0;
}

RancangDecimal
rancang_decimal_normalize (RancangDecimal a)
{
  g_return_val_if_fail (valid (a), a);

  while (a.scale > 0 && a.units % 10 == 0)
    {
      a.units /= 10;
      a.scale--;
    }
  return a;
}

/* Exact change of scale: FALSE when it would drop a non-zero digit or when
 * the padded units do not fit. */
gboolean
rancang_decimal_rescale (RancangDecimal  a,
                         guint           scale,
                         RancangDecimal *out)
{
  Wide w;

  g_return_val_if_fail (valid (a) && out != NULL, FALSE);

  if (scale > MAX_SCALE)
    return FALSE;
  if (scale >= a.scale)
    {
      w = (Wide) a.units * (Wide) pow10_wide (scale - a.scale);
      if (!wide_fits (w))
        return FALSE;
    }
  else
    {
      Wide p = (Wide) pow10_wide (a.scale - scale);

      if (a.units % p != 0)
        return FALSE;
      w = a.units / p;
    }
  out->units = (gint64) w;
  out->scale = (guint8) scale;
  return TRUE;
}

/* The result always has exactly `decimals` places, so that the caller can
 * print it as it is (100 rounded to 2 places is 100.00); padding a huge
 * value can therefore overflow. */
gboolean
rancang_decimal_round (RancangDecimal  a,
                       guint           decimals,
                       RancangRounding rounding,
                       RancangDecimal *out)
{
  UWide mag;

  g_return_val_if_fail (valid (a) && out != NULL, FALSE);

  if (decimals > MAX_SCALE)
    return FALSE;
  if (decimals >= a.scale)
    return rancang_decimal_rescale (a, decimals, out);

  mag = divide_magnitude (magnitude (a.units), pow10_wide (a.scale - decimals), rounding);
  return store_magnitude (mag, a.units < 0, decimals, out);
}

/* num x multiplier / den, with `decimals` places, rounded once. Scales are
 * cancelled against each other first so that the 128-bit numerator only
 * overflows for values far beyond any budget. */
gboolean
rancang_decimal_ratio_round (RancangDecimal  num,
                             RancangDecimal  den,
                             gint64          multiplier,
                             guint           decimals,
                             RancangRounding rounding,
                             RancangDecimal *out)
{
  UWide    n, d;
  int      exponent;
  gboolean negative;

  g_return_val_if_fail (valid (num) && valid (den) && out != NULL, FALSE);

  if (den.units == 0 || decimals > MAX_SCALE)
    return FALSE;

  negative = (num.units < 0) != (den.units < 0) ? TRUE : FALSE;
  if (multiplier < 0)
    negative = !negative;

  n = magnitude (num.units) * magnitude (multiplier);   /* < 2^126 */
  d = magnitude (den.units);

  /* value = n / 10^num.scale / (d / 10^den.scale) x 10^decimals */
  exponent = (int) den.scale + (int) decimals - (int) num.scale;
  if (exponent >= 0)
    {
      if (!mul_magnitude (n, pow10_wide ((guint) exponent), &n))
        return FALSE;
    }
  else
    {
      d *= pow10_wide ((guint) -exponent);   /* < 2^63 x 10^18, fits */
    }

  return store_magnitude (divide_magnitude (n, d, rounding),
                          negative && n != 0, decimals, out);
}

/* The plain form of the XML files: "-72.58". Strict, because these strings
 * are written by Rancang itself: anything else means a damaged file. The
 * scale written is kept ("80.60" has scale 2) unless it does not fit. */
gboolean
rancang_decimal_parse_c (const char     *s,
                         RancangDecimal *out)
{
  const char *p = s;
  const char *int_start, *frac_start = NULL;
  gsize       int_len, frac_len = 0, frac_sig;
  gboolean    negative = FALSE;
  UWide       mag = 0;
  guint       scale;

  g_return_val_if_fail (out != NULL, FALSE);

  if (s == NULL)
    return FALSE;
  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  int_start = p;
  while (g_ascii_isdigit (*p))
    p++;
  int_len = (gsize) (p - int_start);
  if (int_len == 0)
    return FALSE;

  if (*p == '.')
    {
      frac_start = ++p;
      while (g_ascii_isdigit (*p))
        p++;
      frac_len = (gsize) (p - frac_start);
      if (frac_len == 0)
        return FALSE;
    }
  if (*p != '\0')
    return FALSE;

  frac_sig = frac_len;
  while (frac_sig > 0 && frac_start[frac_sig - 1] == '0')
    frac_sig--;
  if (frac_sig > MAX_SCALE)
    return FALSE;

  /* The smallest exact form first; a bound well above 2^63 stops the
   * accumulation long before UWide could overflow. */
  for (gsize i = 0; i < int_len; i++)
    {
      mag = mag * 10 + (guint) (int_start[i] - '0');
      if (mag > (UWide) G_MAXUINT64)
        return FALSE;
    }
  for (gsize i = 0; i < frac_sig; i++)
    {
      mag = mag * 10 + (guint) (frac_start[i] - '0');
      if (mag > (UWide) G_MAXUINT64)
        return FALSE;
    }
  if (!store_magnitude (mag, negative, (guint) frac_sig, out))
    return FALSE;

  /* Then the scale as written, as far as it fits. */
  for (scale = (guint) frac_sig; scale < MIN (frac_len, MAX_SCALE); scale++)
    {
      RancangDecimal wider;

      if (!rancang_decimal_rescale (*out, scale + 1, &wider))
        break;
      *out = wider;
    }
  return TRUE;
}

/* Minimal form, the one the XML files use: "2.1", "1234567", "-0.05". */
char *
rancang_decimal_to_c_string (RancangDecimal a)
{
  char     digits[24];
  char     result[48];
  gsize    n = 0, len = 0;
  guint64  mag;

  g_return_val_if_fail (valid (a), NULL);

  a = rancang_decimal_normalize (a);
  mag = a.units < 0 ? (guint64) 0 - (guint64) a.units : (guint64) a.units;
  do
    {
      digits[n++] = (char) ('0' + mag % 10);
      mag /= 10;
    }
  while (mag > 0);
  while (n <= a.scale)
    digits[n++] = '0';

  /* digits[] is least significant first. */
  if (a.units < 0)
    result[len++] = '-';
  while (n > 0)
    {
      if (n == a.scale)
        result[len++] = '.';
      result[len++] = digits[--n];
    }
  result[len] = '\0';
  return g_strdup (result);
}

/* Whether two stored values are the same: the same text, or the same number
 * in C form written differently ("1000" and "1000.00"). */
gboolean
rancang_decimal_c_equal (const char *a,
                         const char *b)
{
  RancangDecimal x, y;

  if (g_strcmp0 (a, b) == 0)
    return TRUE;
  return a != NULL && b != NULL && rancang_decimal_parse_c (a, &x) && rancang_decimal_parse_c (b, &y)
         && rancang_decimal_cmp (x, y) == 0;
}
