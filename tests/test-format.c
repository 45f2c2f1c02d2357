/* test-format.c: exact decimals and Indonesian formatting.
 *
 * Expected strings come from the fixtures in shared/domain, quoted as
 * printed in the source documents, not from this code; the YAML and JSON
 * of them are read from tests/fixtures (fixture.h), the tables of
 * rencana-aksi-fixtures.md and the prose of renja.md and renstra-swot.md
 * are quoted here:
 *   [RB]  renja-fixtures-bontang.md, "Formatting and terbilang fixtures"
 *   [F8]  rencana-aksi-fixtures.md, "F-8 Formatting fixtures"
 *   [F9]  rencana-aksi-fixtures.md, "F-9 Signature blocks"
 *   [R5]  renja.md, section 5 "Number and text conventions"
 *   [S6]  renstra-swot.md, section 6 "Number, currency, date and text conventions"
 *   [SF1] swot-fixtures.md, "F1. IFAS"
 */
#include <check.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rancang-decimal.h"
#include "rancang-format.h"
#include "fixture.h"

/* ------------------------------------------------------------------ helpers */

static RancangDecimal
dec (const char *c_form)
{
  RancangDecimal d = { 0, 0 };

  ck_assert_msg (rancang_decimal_parse_c (c_form, &d), "cannot parse “%s”", c_form);
  return d;
}

static RancangDecimal
dec_int (gint64 v)
{
  return rancang_decimal_from_int (v);
}

#define ASSERT_TAKE_STR(expr, expected)                                  \
  do                                                                     \
    {                                                                    \
      char *got_ = (expr);                                               \
      ck_assert_msg (got_ != NULL, "%s gave NULL, expected “%s”",        \
                     #expr, (expected));                                 \
      ck_assert_msg (strcmp (got_, (expected)) == 0,                     \
                     "%s gave “%s”, expected “%s”", #expr, got_,         \
                     (expected));                                        \
      g_free (got_);                                                     \
    }                                                                    \
  while (0)

#define ASSERT_NULL_STR(expr)                                            \
  do                                                                     \
    {                                                                    \
      char *got_ = (expr);                                               \
      ck_assert_msg (got_ == NULL, "%s gave “%s”, expected NULL",        \
                     #expr, got_);                                       \
    }                                                                    \
  while (0)

#define ASSERT_DEC_EQ(d, c_form)                                         \
  ASSERT_TAKE_STR (rancang_decimal_to_c_string (d), (c_form))

static char *
terbilang (gint64 n)
{
  return rancang_terbilang (dec_int (n), RANCANG_TERBILANG_PLAIN);
}

static char *
terbilang_c (const char *c_form)
{
  return rancang_terbilang (dec (c_form), RANCANG_TERBILANG_PLAIN);
}

static char *
terbilang_rupiah_title (gint64 n, RancangTerbilangStyle extra)
{
  char *words = rancang_terbilang (dec_int (n), RANCANG_TERBILANG_RUPIAH | extra);
  char *title;

  ck_assert_ptr_nonnull (words);
  title = rancang_title_case (words);
  g_free (words);
  return title;
}

static char *
fmt_c (const char *c_form, gint decimals)
{
  return rancang_format_number (dec (c_form), decimals);
}

static RancangParsedNumber
parse_ok (const char *text, RancangNumberStyle style)
{
  RancangParsedNumber out;
  GError *error = NULL;

  memset (&out, 0x5a, sizeof out);
  ck_assert_msg (rancang_parse_number (text, style, &out, &error),
                 "“%s” failed: %s", text, error ? error->message : "(no error)");
  ck_assert_ptr_null (error);
  return out;
}

static void
assert_parses_to (const char *text, RancangNumberStyle style, const char *c_form, const char *unit)
{
  RancangParsedNumber out = parse_ok (text, style);

  ck_assert_int_eq (out.kind, RANCANG_PARSED_NUMBER);
  ck_assert_msg (rancang_decimal_cmp (out.value, dec (c_form)) == 0,
                 "“%s” gave %" G_GINT64_FORMAT "e-%u, expected %s",
                 text, out.value.units, (guint) out.value.scale, c_form);
  ck_assert_str_eq (out.unit, unit);
}

/* Returns the message for further checks; the caller frees it. */
static char *
parse_fail_message (const char *text, RancangNumberStyle style, int code)
{
  RancangParsedNumber out;
  GError *error = NULL;
  char   *message;

  memset (&out, 0x5a, sizeof out);
  ck_assert_msg (!rancang_parse_number (text, style, &out, &error), "“%s” was accepted", text);
  ck_assert_ptr_nonnull (error);
  ck_assert_msg (error->domain == RANCANG_FORMAT_ERROR, "wrong domain for “%s”", text);
  ck_assert_msg (error->code == code, "“%s”: code %d, expected %d (%s)",
                 text, error->code, code, error->message);
  /* *out is left alone on failure. */
  ck_assert_int_eq (((unsigned char *) &out)[0], 0x5a);
  message = g_strdup (error->message);
  g_error_free (error);
  return message;
}

static void
assert_parse_fails (const char *text, RancangNumberStyle style, int code)
{
  g_free (parse_fail_message (text, style, code));
}

static char *
nip_error (const char *nip)
{
  GError *error = NULL;
  char   *message;

  ck_assert_msg (!rancang_nip_validate (nip, &error), "NIP “%s” was accepted", nip);
  ck_assert_ptr_nonnull (error);
  ck_assert (g_error_matches (error, RANCANG_FORMAT_ERROR, RANCANG_FORMAT_ERROR_INVALID_NIP));
  message = g_strdup (error->message);
  g_error_free (error);
  return message;
}

static void
assert_contains (const char *haystack, const char *needle)
{
  ck_assert_msg (strstr (haystack, needle) != NULL, "“%s” does not mention “%s”", haystack, needle);
}

/* ---------------------------------------------------------- decimal: basics */

START_TEST (test_decimal_parse_c)
{
  RancangDecimal d;

  d = dec ("1234567");
  ck_assert_int_eq (d.units, 1234567);
  ck_assert_uint_eq (d.scale, 0);
  d = dec ("-72.58");
  ck_assert_int_eq (d.units, -7258);
  ck_assert_uint_eq (d.scale, 2);
  d = dec ("0.3");
  ck_assert_int_eq (d.units, 3);
  ck_assert_uint_eq (d.scale, 1);
  /* The scale written is kept: a target of 80.60 stays 80.60. */
  d = dec ("80.60");
  ck_assert_int_eq (d.units, 8060);
  ck_assert_uint_eq (d.scale, 2);
  d = dec ("-9223372036854775808");
  ck_assert_int_eq (d.units, G_MININT64);
  d = dec ("0.000000000000000001");
  ck_assert_int_eq (d.units, 1);
  ck_assert_uint_eq (d.scale, 18);
  /* More fraction digits than fit, but only zeros: still exact. */
  d = dec ("1.50000000000000000000000");
  ck_assert (rancang_decimal_cmp (d, dec ("1.5")) == 0);
  d = dec ("9223372036854775807.000");
  ck_assert_int_eq (d.units, G_MAXINT64);
  ck_assert_uint_eq (d.scale, 0);
  d = dec ("-0");
  ck_assert (rancang_decimal_is_zero (d));

  /* Strict: the XML files never hold anything else. */
  {
    const char *bad[] = {
      "", "-", "abc", "1,234", "1.234,5", " 1", "1 ", "1.", ".5", "+1", "1e5", "1 234",
      "--1", "0x10", "1.2.3", "9223372036854775808", "-9223372036854775809",
      "1234567890123456789012345678901234567890", "0.0000000000000000001",
    };

    for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        d.units = 42;
        ck_assert_msg (!rancang_decimal_parse_c (bad[i], &d), "“%s” was accepted", bad[i]);
        ck_assert_int_eq (d.units, 42);
      }
    ck_assert (!rancang_decimal_parse_c (NULL, &d));
  }
}
END_TEST

START_TEST (test_decimal_to_c_string)
{
  ASSERT_DEC_EQ (dec ("2.1"), "2.1");
  ASSERT_DEC_EQ (dec_int (1234567), "1234567");
  ASSERT_DEC_EQ (dec ("-72.58"), "-72.58");
  ASSERT_DEC_EQ (dec ("-0.05"), "-0.05");
  ASSERT_DEC_EQ (dec ("80.60"), "80.6");
  ASSERT_DEC_EQ (dec ("1.000"), "1");
  ASSERT_DEC_EQ (dec_int (0), "0");
  ASSERT_DEC_EQ (dec ("0.000"), "0");
  ASSERT_DEC_EQ (dec_int (G_MININT64), "-9223372036854775808");
  ASSERT_DEC_EQ (dec_int (G_MAXINT64), "9223372036854775807");
  ASSERT_DEC_EQ (dec ("0.000000000000000001"), "0.000000000000000001");
  ASSERT_DEC_EQ (dec ("-9.223372036854775808"), "-9.223372036854775808");

  /* Round trip through the XML form. */
  {
    const char *forms[] = { "0", "1", "-1", "0.5", "36482718000", "92.508", "-0.000123" };

    for (gsize i = 0; i < G_N_ELEMENTS (forms); i++)
      ASSERT_DEC_EQ (dec (forms[i]), forms[i]);
  }
}
END_TEST

START_TEST (test_decimal_make)
{
  RancangDecimal d = { 7, 0 };

  ck_assert (rancang_decimal_make (2658, 2, &d));
  ASSERT_DEC_EQ (d, "26.58");
  ck_assert (!rancang_decimal_make (1, 19, &d));
  ASSERT_DEC_EQ (d, "26.58");
}
END_TEST

START_TEST (test_decimal_add_sub)
{
  RancangDecimal r;

  /* [RB] budget_identity: Belanja Operasi + Belanja Modal, S §3.3 */
  ck_assert (rancang_decimal_add (dec_int (34579248679), dec_int (1903469321), &r));
  ck_assert (rancang_decimal_cmp (r, dec_int (36482718000)) == 0);
  ck_assert_uint_eq (r.scale, 0);
  /* [RB] budget_identity, B 2021 APBD murni; [R5] 5.2 */
  ck_assert (rancang_decimal_add (dec_int (14424005657), dec_int (417374402), &r));
  ck_assert (rancang_decimal_cmp (r, dec_int (14841380059)) == 0);

  /* Exact where a double is not. */
  ck_assert (rancang_decimal_add (dec ("0.1"), dec ("0.2"), &r));
  ASSERT_DEC_EQ (r, "0.3");
  ck_assert (rancang_decimal_add (dec ("1.25"), dec ("-3"), &r));
  ASSERT_DEC_EQ (r, "-1.75");
  ck_assert_uint_eq (r.scale, 2);

  ck_assert (rancang_decimal_sub (dec_int (36482718000), dec_int (1903469321), &r));
  ck_assert (rancang_decimal_cmp (r, dec_int (34579248679)) == 0);
  /* [SF1] final score = 5.7 - 5.0 */
  ck_assert (rancang_decimal_sub (dec ("5.7"), dec ("5.0"), &r));
  ASSERT_DEC_EQ (r, "0.7");
  ck_assert (rancang_decimal_sub (dec ("0.3"), dec ("0.3"), &r));
  ck_assert (rancang_decimal_is_zero (r));

  /* The scale of the result is dropped only as far as needed to fit. */
  ck_assert (rancang_decimal_add (dec_int (9000000000000000000), dec ("0.0"), &r));
  ck_assert_int_eq (r.units, 9000000000000000000);
  ck_assert_uint_eq (r.scale, 0);
}
END_TEST

START_TEST (test_decimal_overflow)
{
  RancangDecimal r = { 4242, 3 };
  RancangDecimal max = dec_int (G_MAXINT64);
  RancangDecimal min = dec_int (G_MININT64);

  ck_assert (!rancang_decimal_add (max, dec_int (1), &r));
  ck_assert (!rancang_decimal_add (min, dec_int (-1), &r));
  ck_assert (!rancang_decimal_sub (min, dec_int (1), &r));
  ck_assert (!rancang_decimal_sub (dec_int (0), min, &r));
  ck_assert (!rancang_decimal_add (dec_int (9000000000000000000), dec ("0.5"), &r));
  ck_assert (!rancang_decimal_mul (dec_int (G_GINT64_CONSTANT (4611686018427387904)), dec_int (2), &r));
  ck_assert (!rancang_decimal_mul (max, max, &r));
  ck_assert (!rancang_decimal_mul (min, dec_int (-1), &r));
  /* 10^-10 x 10^-10 needs 20 places: refused rather than rounded. */
  ck_assert (!rancang_decimal_mul (dec ("0.0000000001"), dec ("0.0000000001"), &r));
  ck_assert (!rancang_decimal_neg (min, &r));
  /* A failure leaves *out alone. */
  ck_assert_int_eq (r.units, 4242);
  ck_assert_uint_eq (r.scale, 3);

  /* Edges that do fit. */
  ck_assert (rancang_decimal_add (max, dec_int (0), &r));
  ck_assert_int_eq (r.units, G_MAXINT64);
  ck_assert (rancang_decimal_add (min, max, &r));
  ck_assert_int_eq (r.units, -1);
  ck_assert (rancang_decimal_mul (dec_int (G_GINT64_CONSTANT (4611686018427387904)), dec_int (-2), &r));
  ck_assert_int_eq (r.units, G_MININT64);
  ck_assert (rancang_decimal_neg (max, &r));
  ck_assert_int_eq (r.units, -G_MAXINT64);
}
END_TEST

START_TEST (test_decimal_mul)
{
  RancangDecimal r;

  ck_assert (rancang_decimal_mul (dec ("0.3"), dec_int (7), &r));
  ASSERT_DEC_EQ (r, "2.1");
  /* [SF1] IFAS bobot x score = total */
  {
    static const struct { const char *bobot; gint64 score; const char *total; } rows[] = {
      { "0.3", 7, "2.1" }, { "0.2", 5, "1.0" }, { "0.3", 6, "1.8" }, { "0.2", 4, "0.8" },
      { "0.2", 4, "0.8" }, { "0.3", 4, "1.2" }, { "0.3", 6, "1.8" }, { "0.2", 6, "1.2" },
    };
    RancangDecimal sum = dec_int (0);

    for (gsize i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        ck_assert (rancang_decimal_mul (dec (rows[i].bobot), dec_int (rows[i].score), &r));
        ck_assert (rancang_decimal_cmp (r, dec (rows[i].total)) == 0);
        if (i < 4)
          ck_assert (rancang_decimal_add (sum, r, &sum));
      }
    ck_assert (rancang_decimal_cmp (sum, dec ("5.7")) == 0);
  }
  ck_assert (rancang_decimal_mul (dec ("-1.5"), dec ("-1.5"), &r));
  ASSERT_DEC_EQ (r, "2.25");
  ck_assert (rancang_decimal_mul (dec ("0.000000001"), dec ("0.000000001"), &r));
  ASSERT_DEC_EQ (r, "0.000000000000000001");
  /* 20 places, but the last two are zeros: exact at scale 18. */
  ck_assert (rancang_decimal_mul (dec ("0.0000000010"), dec ("0.0000000010"), &r));
  ASSERT_DEC_EQ (r, "0.000000000000000001");
}
END_TEST

START_TEST (test_decimal_cmp_normalize)
{
  RancangDecimal n;

  ck_assert_int_eq (rancang_decimal_cmp (dec ("1.10"), dec ("1.1")), 0);
  ck_assert_int_eq (rancang_decimal_cmp (dec ("-1"), dec ("0.5")), -1);
  ck_assert_int_eq (rancang_decimal_cmp (dec ("0.5"), dec ("-1")), 1);
  ck_assert_int_eq (rancang_decimal_cmp (dec_int (G_MAXINT64), dec ("0.000000000000000001")), 1);
  ck_assert_int_eq (rancang_decimal_cmp (dec_int (G_MININT64), dec ("-0.000000000000000001")), -1);
  ck_assert_int_eq (rancang_decimal_cmp (dec ("100.00"), dec_int (100)), 0);

  n = rancang_decimal_normalize (dec ("80.600"));
  ck_assert_int_eq (n.units, 806);
  ck_assert_uint_eq (n.scale, 1);
  n = rancang_decimal_normalize (dec ("0.000"));
  ck_assert_int_eq (n.units, 0);
  ck_assert_uint_eq (n.scale, 0);
  n = rancang_decimal_normalize (dec_int (1000));
  ck_assert_int_eq (n.units, 1000);
  ck_assert_uint_eq (n.scale, 0);

  ck_assert (rancang_decimal_is_zero (dec ("0.00")));
  ck_assert (!rancang_decimal_is_zero (dec ("0.01")));
  ck_assert (rancang_decimal_is_negative (dec ("-0.01")));
  ck_assert (!rancang_decimal_is_negative (dec ("-0")));
}
END_TEST

START_TEST (test_decimal_rescale)
{
  RancangDecimal r = { 1, 0 };

  ck_assert (rancang_decimal_rescale (dec ("2.1"), 3, &r));
  ck_assert_int_eq (r.units, 2100);
  ck_assert_uint_eq (r.scale, 3);
  ck_assert (rancang_decimal_rescale (dec ("2.100"), 1, &r));
  ck_assert_int_eq (r.units, 21);
  ck_assert (!rancang_decimal_rescale (dec ("2.15"), 1, &r));
  ck_assert (!rancang_decimal_rescale (dec_int (G_MAXINT64), 1, &r));
  ck_assert (!rancang_decimal_rescale (dec_int (1), 19, &r));
  ck_assert_int_eq (r.units, 21);
}
END_TEST

/* ------------------------------------------------------- decimal: rounding */

static void
assert_rounds (const char *value, guint decimals, RancangRounding rounding, const char *expected)
{
  RancangDecimal r;

  ck_assert_msg (rancang_decimal_round (dec (value), decimals, rounding, &r), "round %s", value);
  ck_assert_uint_eq (r.scale, decimals);
  ck_assert_msg (rancang_decimal_cmp (r, dec (expected)) == 0,
                 "%s rounded to %u gave %" G_GINT64_FORMAT "e-%u, expected %s",
                 value, decimals, r.units, (guint) r.scale, expected);
}

START_TEST (test_round_half_up)
{
  assert_rounds ("52.5", 0, RANCANG_ROUND_HALF_UP, "53");
  assert_rounds ("-2.5", 0, RANCANG_ROUND_HALF_UP, "-3");
  assert_rounds ("2.4999", 0, RANCANG_ROUND_HALF_UP, "2");
  assert_rounds ("109.0323", 2, RANCANG_ROUND_HALF_UP, "109.03");
  assert_rounds ("433.333", 2, RANCANG_ROUND_HALF_UP, "433.33");
  assert_rounds ("98.999", 2, RANCANG_ROUND_HALF_UP, "99.00");
  assert_rounds ("0.005", 2, RANCANG_ROUND_HALF_UP, "0.01");
  assert_rounds ("-0.005", 2, RANCANG_ROUND_HALF_UP, "-0.01");
  assert_rounds ("-0.004", 2, RANCANG_ROUND_HALF_UP, "0");
  /* [RB] format_id_ID: 87.4192 -> 87,42 and 92.508 -> 92,51 */
  assert_rounds ("87.4192", 2, RANCANG_ROUND_HALF_UP, "87.42");
  assert_rounds ("92.508", 2, RANCANG_ROUND_HALF_UP, "92.51");
  /* Padding: the result has exactly the places asked for. */
  assert_rounds ("2.1", 2, RANCANG_ROUND_HALF_UP, "2.10");
  assert_rounds ("9223372036854775807", 0, RANCANG_ROUND_HALF_UP, "9223372036854775807");
  assert_rounds ("-9.223372036854775808", 0, RANCANG_ROUND_HALF_UP, "-9");
}
END_TEST

START_TEST (test_round_truncate)
{
  RancangDecimal r = { 5, 0 };

  assert_rounds ("98.999", 2, RANCANG_ROUND_TRUNCATE, "98.99");
  assert_rounds ("-98.999", 2, RANCANG_ROUND_TRUNCATE, "-98.99");
  assert_rounds ("52.5", 0, RANCANG_ROUND_TRUNCATE, "52");
  assert_rounds ("-2.5", 0, RANCANG_ROUND_TRUNCATE, "-2");
  assert_rounds ("109.0323", 2, RANCANG_ROUND_TRUNCATE, "109.03");

  /* Padding that cannot fit is an overflow. */
  ck_assert (!rancang_decimal_round (dec_int (G_MAXINT64), 2, RANCANG_ROUND_HALF_UP, &r));
  ck_assert (!rancang_decimal_round (dec_int (1), 19, RANCANG_ROUND_HALF_UP, &r));
  ck_assert_int_eq (r.units, 5);
}
END_TEST

static void
assert_ratio (const char *num, const char *den, gint64 multiplier, guint decimals,
              RancangRounding rounding, const char *expected)
{
  RancangDecimal r;

  ck_assert_msg (rancang_decimal_ratio_round (dec (num), dec (den), multiplier, decimals, rounding, &r),
                 "ratio %s/%s failed", num, den);
  ck_assert_uint_eq (r.scale, decimals);
  ck_assert_msg (rancang_decimal_cmp (r, dec (expected)) == 0,
                 "%s x %" G_GINT64_FORMAT " / %s gave %" G_GINT64_FORMAT "e-%u, expected %s",
                 num, multiplier, den, r.units, (guint) r.scale, expected);
}

START_TEST (test_ratio_round)
{
  RancangDecimal r = { 77, 0 };

  /* [RB] budget_identity: round(14942283850/16152427613*100, 2) == 92.51;
   * [R5] 5.2: 92,508% */
  assert_ratio ("14942283850", "16152427613", 100, 2, RANCANG_ROUND_HALF_UP, "92.51");
  assert_ratio ("14942283850", "16152427613", 100, 3, RANCANG_ROUND_HALF_UP, "92.508");
  /* [S6] Renstra Tabel 2.1: 114/100 = 114; 100/60 = 166,7 printed 167 */
  assert_ratio ("114", "100", 100, 0, RANCANG_ROUND_HALF_UP, "114");
  assert_ratio ("100", "60", 100, 1, RANCANG_ROUND_HALF_UP, "166.7");
  assert_ratio ("100", "60", 100, 0, RANCANG_ROUND_HALF_UP, "167");

  /* Rounded once: 1300/3 = 433.333... */
  assert_ratio ("1300", "3", 1, 2, RANCANG_ROUND_HALF_UP, "433.33");
  assert_ratio ("105", "2", 1, 0, RANCANG_ROUND_HALF_UP, "53");
  assert_ratio ("-5", "2", 1, 0, RANCANG_ROUND_HALF_UP, "-3");
  assert_ratio ("5", "-2", 1, 0, RANCANG_ROUND_HALF_UP, "-3");
  assert_ratio ("5", "2", -1, 0, RANCANG_ROUND_HALF_UP, "-3");
  assert_ratio ("-5", "-2", 1, 0, RANCANG_ROUND_HALF_UP, "3");
  assert_ratio ("98999", "1000", 1, 2, RANCANG_ROUND_TRUNCATE, "98.99");
  assert_ratio ("-98999", "1000", 1, 2, RANCANG_ROUND_TRUNCATE, "-98.99");
  assert_ratio ("2", "3", 100, 2, RANCANG_ROUND_TRUNCATE, "66.66");
  assert_ratio ("2", "3", 100, 2, RANCANG_ROUND_HALF_UP, "66.67");
  /* Scales on both sides: 2.1 / 0.7 = 3 */
  assert_ratio ("2.1", "0.7", 1, 0, RANCANG_ROUND_HALF_UP, "3");
  assert_ratio ("0.000000000000000001", "1000000000000000000", 1, 18, RANCANG_ROUND_HALF_UP, "0");
  assert_ratio ("1", "0.000000000000000003", 1, 0, RANCANG_ROUND_HALF_UP, "333333333333333333");
  assert_ratio ("0", "7", 100, 2, RANCANG_ROUND_HALF_UP, "0");
  /* Large budgets with percent: 128-bit intermediate */
  assert_ratio ("9223372036854775807", "9223372036854775807", 100, 2, RANCANG_ROUND_HALF_UP, "100");

  /* Zero denominator and overflow. */
  ck_assert (!rancang_decimal_ratio_round (dec_int (5), dec_int (0), 100, 2, RANCANG_ROUND_HALF_UP, &r));
  ck_assert (!rancang_decimal_ratio_round (dec_int (5), dec ("0.00"), 100, 2, RANCANG_ROUND_HALF_UP, &r));
  ck_assert (!rancang_decimal_ratio_round (dec_int (G_MAXINT64), dec_int (1), 100, 0, RANCANG_ROUND_HALF_UP, &r));
  ck_assert (!rancang_decimal_ratio_round (dec_int (G_MAXINT64), dec_int (1), G_MAXINT64, 18,
                                           RANCANG_ROUND_HALF_UP, &r));
  ck_assert (!rancang_decimal_ratio_round (dec_int (1), dec_int (3), 1, 19, RANCANG_ROUND_HALF_UP, &r));
  ck_assert_int_eq (r.units, 77);
}
END_TEST

/* ---------------------------------------------------------- format: numbers */

START_TEST (test_format_number)
{
  /* [F8] thousands, decimal 2dp, decimal index */
  ASSERT_TAKE_STR (rancang_format_number (dec_int (16398547885), 0), "16.398.547.885");
  ASSERT_TAKE_STR (rancang_format_number (dec_int (1669), 0), "1.669");
  ASSERT_TAKE_STR (fmt_c ("80.6", 2), "80,60");
  ASSERT_TAKE_STR (fmt_c ("0.66", 2), "0,66");
  /* [R5] 5.1 */
  ASSERT_TAKE_STR (fmt_c ("87.42", -1), "87,42");
  ASSERT_TAKE_STR (fmt_c ("82.50", 2), "82,50");
  ASSERT_TAKE_STR (fmt_c ("22.5", -1), "22,5");
  /* [S6] numbers; SWOT values with minimal decimals ([SF1] "1.0" printed "1") */
  ASSERT_TAKE_STR (rancang_format_number (dec_int (3500000), -1), "3.500.000");
  ASSERT_TAKE_STR (fmt_c ("0.85", -1), "0,85");
  ASSERT_TAKE_STR (fmt_c ("66.67", 2), "66,67");
  ASSERT_TAKE_STR (rancang_format_number (dec_int (100), 2), "100,00");
  ASSERT_TAKE_STR (fmt_c ("28.57", 2), "28,57");
  ASSERT_TAKE_STR (fmt_c ("1.0", -1), "1");
  ASSERT_TAKE_STR (fmt_c ("2.1", -1), "2,1");
  ASSERT_TAKE_STR (fmt_c ("0.7", -1), "0,7");
  ASSERT_TAKE_STR (fmt_c ("5.7", -1), "5,7");

  /* Signs, sizes, rounding. */
  ASSERT_TAKE_STR (rancang_format_number (dec_int (-1234567), -1), "-1.234.567");
  ASSERT_TAKE_STR (fmt_c ("-1234567.89", -1), "-1.234.567,89");
  ASSERT_TAKE_STR (fmt_c ("1234567.89", 2), "1.234.567,89");
  ASSERT_TAKE_STR (fmt_c ("1234567.895", 2), "1.234.567,90");
  ASSERT_TAKE_STR (fmt_c ("999.995", 2), "1.000,00");
  ASSERT_TAKE_STR (fmt_c ("-0.004", 2), "0,00");
  ASSERT_TAKE_STR (fmt_c ("-0.005", 2), "-0,01");
  ASSERT_TAKE_STR (fmt_c ("0.05", -1), "0,05");
  ASSERT_TAKE_STR (rancang_format_number (dec_int (0), -1), "0");
  ASSERT_TAKE_STR (rancang_format_number (dec_int (0), 3), "0,000");
  ASSERT_TAKE_STR (rancang_format_number (dec_int (999), 0), "999");
  ASSERT_TAKE_STR (rancang_format_number (dec_int (1000), 0), "1.000");
  ASSERT_TAKE_STR (rancang_format_number (dec_int (100000), 0), "100.000");
  ASSERT_TAKE_STR (rancang_format_number (dec_int (G_MAXINT64), 2), "9.223.372.036.854.775.807,00");
  ASSERT_TAKE_STR (rancang_format_number (dec_int (G_MININT64), -1), "-9.223.372.036.854.775.808");
  ASSERT_TAKE_STR (fmt_c ("0.000000000000000001", -1), "0,000000000000000001");
  ASSERT_TAKE_STR (fmt_c ("12.5", 0), "13");
}
END_TEST

START_TEST (test_format_percent)
{
  /* [F8] percent */
  ASSERT_TAKE_STR (rancang_format_percent (dec ("99.95"), 2), "99,95%");
  ASSERT_TAKE_STR (rancang_format_percent (dec ("80.99"), 2), "80,99%");
  /* [R5] 5.1 "100%"; [S6] "91,55%" */
  ASSERT_TAKE_STR (rancang_format_percent (dec_int (100), 0), "100%");
  ASSERT_TAKE_STR (rancang_format_percent (dec ("91.55"), 2), "91,55%");
  ASSERT_TAKE_STR (rancang_format_percent (dec ("133.333"), 2), "133,33%");
  ASSERT_TAKE_STR (rancang_format_percent (dec ("-2.5"), 0), "-3%");
}
END_TEST

START_TEST (test_format_rupiah)
{
  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (1234567), RANCANG_RUPIAH_SPACED), "Rp 1.234.567");
  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (1234567), RANCANG_RUPIAH_SEN), "Rp1.234.567,00");
  /* [R5] 5.2 variants: Rp14.841.380.059,00 and Rp 417.374.402 */
  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (14841380059), RANCANG_RUPIAH_SEN), "Rp14.841.380.059,00");
  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (417374402), RANCANG_RUPIAH_SPACED), "Rp 417.374.402");
  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (15322725321), RANCANG_RUPIAH_SPACED), "Rp 15.322.725.321");
  /* [F8] Rupiah in prose */
  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (50000000), RANCANG_RUPIAH_DASH), "Rp. 50.000.000,-");
  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (31933728618), RANCANG_RUPIAH_DASH), "Rp. 31.933.728.618,-");
  /* [R5] 5.2 "Rp. 44.000.000,-" */
  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (44000000), RANCANG_RUPIAH_DASH), "Rp. 44.000.000,-");

  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (0), RANCANG_RUPIAH_SPACED), "Rp 0");
  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (-5000), RANCANG_RUPIAH_SPACED), "-Rp 5.000");
  ASSERT_TAKE_STR (rancang_format_rupiah (dec_int (-5000), RANCANG_RUPIAH_SEN), "-Rp5.000,00");
  ASSERT_TAKE_STR (rancang_format_rupiah (dec ("1234.5"), RANCANG_RUPIAH_SPACED), "Rp 1.235");
  ASSERT_TAKE_STR (rancang_format_rupiah (dec ("1234.5"), RANCANG_RUPIAH_SEN), "Rp1.234,50");
}
END_TEST

/* -------------------------------------------------------------------- dates */

START_TEST (test_format_date)
{
  static const char *const months[] = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
  };
  GDate *date;

  /* [F8] date */
  ASSERT_TAKE_STR (rancang_format_date_dmy (2023, 1, 3), "3 Januari 2023");
  ASSERT_TAKE_STR (rancang_format_date_dmy (2022, 10, 5), "5 Oktober 2022");
  ASSERT_TAKE_STR (rancang_format_date_dmy (2022, 1, 13), "13 Januari 2022");
  /* [R5] 5.3 */
  ASSERT_TAKE_STR (rancang_format_date_dmy (2021, 11, 8), "8 November 2021");
  ASSERT_TAKE_STR (rancang_format_date_dmy (2020, 12, 1), "1 Desember 2020");
  ASSERT_TAKE_STR (rancang_format_date_dmy (2021, 7, 27), "27 Juli 2021");

  for (int m = 1; m <= 12; m++)
    ck_assert_str_eq (rancang_month_name (m), months[m - 1]);
  ck_assert_ptr_null (rancang_month_name (0));
  ck_assert_ptr_null (rancang_month_name (13));
  ck_assert_ptr_null (rancang_month_name (-1));

  ASSERT_NULL_STR (rancang_format_date_dmy (2023, 2, 29));
  ASSERT_NULL_STR (rancang_format_date_dmy (2023, 13, 1));
  ASSERT_NULL_STR (rancang_format_date_dmy (2023, 0, 1));
  ASSERT_NULL_STR (rancang_format_date_dmy (2023, 1, 0));
  ASSERT_NULL_STR (rancang_format_date_dmy (2023, 1, 300));
  ASSERT_NULL_STR (rancang_format_date_dmy (0, 1, 1));
  ASSERT_NULL_STR (rancang_format_date_dmy (100000, 1, 1));
  ASSERT_TAKE_STR (rancang_format_date_dmy (2024, 2, 29), "29 Februari 2024");

  date = g_date_new_dmy (3, G_DATE_JANUARY, 2023);
  ASSERT_TAKE_STR (rancang_format_date (date), "3 Januari 2023");
  /* [F8] place+date; [F9] signature blocks */
  ASSERT_TAKE_STR (rancang_format_place_date ("Malili", date), "Malili, 3 Januari 2023");
  ASSERT_TAKE_STR (rancang_format_place_date (NULL, date), "3 Januari 2023");
  g_date_set_dmy (date, 7, G_DATE_JULY, 2022);
  ASSERT_TAKE_STR (rancang_format_place_date ("Bontang", date), "Bontang, 7 Juli 2022");
  g_date_clear (date, 1);
  ASSERT_NULL_STR (rancang_format_date (date));
  ASSERT_NULL_STR (rancang_format_place_date ("Bontang", date));
  g_date_free (date);

  /* [S6] month-year */
  ASSERT_TAKE_STR (rancang_format_month_year (2021, 9), "September 2021");
  ASSERT_TAKE_STR (rancang_format_month_year (2022, 5), "Mei 2022");
  ASSERT_NULL_STR (rancang_format_month_year (2022, 13));
}
END_TEST

/* ---------------------------------------------------------- roman, triwulan */

START_TEST (test_format_roman)
{
  static const struct { int n; const char *roman; } cases[] = {
    { 1, "I" }, { 2, "II" }, { 3, "III" }, { 4, "IV" }, { 5, "V" }, { 6, "VI" },
    { 8, "VIII" }, { 9, "IX" }, { 14, "XIV" }, { 40, "XL" }, { 90, "XC" },
    { 400, "CD" }, { 1994, "MCMXCIV" }, { 2023, "MMXXIII" }, { 3999, "MMMCMXCIX" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    ASSERT_TAKE_STR (rancang_format_roman (cases[i].n, TRUE), cases[i].roman);
  /* [S6] page numbers in front matter are lower case */
  ASSERT_TAKE_STR (rancang_format_roman (4, FALSE), "iv");
  ASSERT_TAKE_STR (rancang_format_roman (1994, FALSE), "mcmxciv");
  ASSERT_NULL_STR (rancang_format_roman (0, TRUE));
  ASSERT_NULL_STR (rancang_format_roman (-1, TRUE));
  ASSERT_NULL_STR (rancang_format_roman (4000, TRUE));
}
END_TEST

START_TEST (test_format_triwulan)
{
  /* [F8] quarter label */
  ASSERT_TAKE_STR (rancang_format_triwulan (1, FALSE), "TW. I");
  ASSERT_TAKE_STR (rancang_format_triwulan (2, FALSE), "TW. II");
  ASSERT_TAKE_STR (rancang_format_triwulan (3, FALSE), "TW. III");
  ASSERT_TAKE_STR (rancang_format_triwulan (4, FALSE), "TW. IV");
  ASSERT_TAKE_STR (rancang_format_triwulan (1, TRUE), "Triwulan I");
  ASSERT_NULL_STR (rancang_format_triwulan (0, FALSE));
  ASSERT_NULL_STR (rancang_format_triwulan (5, TRUE));
  /* [F8] empty quarter */
  ck_assert_str_eq (RANCANG_FORMAT_EMPTY, "-");
}
END_TEST

/* ---------------------------------------------------------------- terbilang */

START_TEST (test_terbilang_fixtures)
{
  /* [RB] terbilang: test_terbilang_fixture_list, from the file */
  /* [F8] terbilang (A:865 is printed wrongly; the fixture gives the right words) */
  ASSERT_TAKE_STR (terbilang_rupiah_title (31933728618, 0),
                   "Tiga Puluh Satu Miliar Sembilan Ratus Tiga Puluh Tiga Juta Tujuh Ratus Dua Puluh Delapan Ribu "
                   "Enam Ratus Delapan Belas Rupiah");
  ASSERT_TAKE_STR (terbilang_rupiah_title (44000000, 0), "Empat Puluh Empat Juta Rupiah");
  ASSERT_TAKE_STR (terbilang_rupiah_title (3271326133, 0),
                   "Tiga Miliar Dua Ratus Tujuh Puluh Satu Juta Tiga Ratus Dua Puluh Enam Ribu Seratus Tiga Puluh "
                   "Tiga Rupiah");
  /* [F8] terbilang edge */
  ASSERT_TAKE_STR (rancang_title_case ("seribu"), "Seribu");
  {
    char *w = terbilang (1000);
    ASSERT_TAKE_STR (rancang_title_case (w), "Seribu");
    g_free (w);
    w = terbilang (1100);
    ASSERT_TAKE_STR (rancang_title_case (w), "Seribu Seratus");
    g_free (w);
    w = terbilang (111);
    ASSERT_TAKE_STR (rancang_title_case (w), "Seratus Sebelas");
    g_free (w);
    w = terbilang (11);
    ASSERT_TAKE_STR (rancang_title_case (w), "Sebelas");
    g_free (w);
  }

  /* [R5] 5.6 small counts in prose; [S6] terbilang */
  ASSERT_TAKE_STR (terbilang (5), "lima");
  ASSERT_TAKE_STR (terbilang (2), "dua");
  ASSERT_TAKE_STR (terbilang (25), "dua puluh lima");
  ASSERT_TAKE_STR (terbilang (0), "nol");
  ASSERT_TAKE_STR (terbilang (30), "tiga puluh");
  ASSERT_TAKE_STR (terbilang (3), "tiga");
  ASSERT_TAKE_STR (terbilang (13), "tiga belas");
  ASSERT_TAKE_STR (terbilang (44), "empat puluh empat");
}
END_TEST

START_TEST (test_terbilang_edges)
{
  ASSERT_TAKE_STR (terbilang (10), "sepuluh");
  ASSERT_TAKE_STR (terbilang (11), "sebelas");
  ASSERT_TAKE_STR (terbilang (12), "dua belas");
  ASSERT_TAKE_STR (terbilang (19), "sembilan belas");
  ASSERT_TAKE_STR (terbilang (99), "sembilan puluh sembilan");
  ASSERT_TAKE_STR (terbilang (100), "seratus");
  ASSERT_TAKE_STR (terbilang (110), "seratus sepuluh");
  ASSERT_TAKE_STR (terbilang (200), "dua ratus");
  ASSERT_TAKE_STR (terbilang (1000), "seribu");
  ASSERT_TAKE_STR (terbilang (1001), "seribu satu");
  ASSERT_TAKE_STR (terbilang (2000), "dua ribu");
  ASSERT_TAKE_STR (terbilang (11000), "sebelas ribu");
  ASSERT_TAKE_STR (terbilang (101000), "seratus satu ribu");
  ASSERT_TAKE_STR (terbilang (1000000), "satu juta");
  ASSERT_TAKE_STR (terbilang (1001000), "satu juta seribu");
  ASSERT_TAKE_STR (terbilang (1000000000), "satu miliar");
  ASSERT_TAKE_STR (terbilang (G_GINT64_CONSTANT (1000000000000)), "satu triliun");
  ASSERT_TAKE_STR (terbilang (G_GINT64_CONSTANT (2000000000001)), "dua triliun satu");
  ASSERT_TAKE_STR (terbilang (G_GINT64_CONSTANT (999999999999999)),
                   "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar "
                   "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu "
                   "sembilan ratus sembilan puluh sembilan");
  /* Out of range: the caller reports it. */
  ASSERT_NULL_STR (terbilang (G_GINT64_CONSTANT (1000000000000000)));
  ASSERT_NULL_STR (terbilang (G_GINT64_CONSTANT (-1000000000000000)));
  ASSERT_NULL_STR (terbilang (G_MAXINT64));
  ASSERT_NULL_STR (terbilang (G_MININT64));

  ASSERT_TAKE_STR (terbilang (-5), "minus lima");
  ASSERT_TAKE_STR (terbilang_c ("-0.5"), "minus nol koma lima");
  ASSERT_TAKE_STR (terbilang_c ("0.05"), "nol koma nol lima");
  ASSERT_TAKE_STR (terbilang_c ("22.50"), "dua puluh dua koma lima");
  ASSERT_TAKE_STR (terbilang_c ("1000.125"), "seribu koma satu dua lima");
  ASSERT_TAKE_STR (terbilang_c ("0.000000000000000001"),
                   "nol koma nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol satu");
  ASSERT_TAKE_STR (terbilang_c ("5.000"), "lima");
  ASSERT_TAKE_STR (rancang_terbilang (dec_int (1500), RANCANG_TERBILANG_RUPIAH), "seribu lima ratus rupiah");
  ASSERT_TAKE_STR (rancang_terbilang (dec_int (0), RANCANG_TERBILANG_RUPIAH), "nol rupiah");
  ASSERT_TAKE_STR (rancang_terbilang (dec_int (2000000000), RANCANG_TERBILANG_MILYAR), "dua milyar");
}
END_TEST

START_TEST (test_title_case)
{
  ASSERT_TAKE_STR (rancang_title_case ("tiga puluh enam miliar rupiah"), "Tiga Puluh Enam Miliar Rupiah");
  ASSERT_TAKE_STR (rancang_title_case (""), "");
  ASSERT_TAKE_STR (rancang_title_case ("  dua  puluh "), "  Dua  Puluh ");
  ASSERT_TAKE_STR (rancang_title_case ("sudah Besar"), "Sudah Besar");
  ASSERT_TAKE_STR (rancang_title_case ("éclair ölçü"), "Éclair Ölçü");
}
END_TEST

/* ------------------------------------------------------------- fixtures */

/* renja-fixtures-bontang "Formatting and terbilang fixtures", format_id_ID:
 * each entry, by the fields it has, is money, a percentage, a decimal, a
 * date or a NIP, with the text the original prints. */
START_TEST (test_format_id_fixtures)
{
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *list = fx_get (fixture_document (fx, "Formatting"), "format_id_ID");
  guint tested = 0;

  for (guint i = 0; i < fx_len (list); i++)
    {
      const FixtureNode *e = fx_at (list, i);
      const char *where = fx_where (e);

      if (fx_str (e, "money") != NULL)
        {
          char *got = rancang_format_number (dec (fx_str (e, "value")), 0);
          ck_assert_msg (g_strcmp0 (got, fx_str (e, "money")) == 0, "%s money: %s", where, got);
          g_free (got);
          tested++;
        }
      if (fx_str (e, "pct_2dp") != NULL)
        {
          g_autofree char *want = g_strconcat (fx_str (e, "pct_2dp"), "%", NULL);
          char *got = rancang_format_percent (dec (fx_str (e, "value")), 2);
          ck_assert_msg (g_strcmp0 (got, want) == 0, "%s pct_2dp: %s", where, got);
          g_free (got);
          tested++;
        }
      if (fx_str (e, "dec_2dp") != NULL)
        {
          char *got = fmt_c (fx_str (e, "value"), 2);
          ck_assert_msg (g_strcmp0 (got, fx_str (e, "dec_2dp")) == 0, "%s dec_2dp: %s", where, got);
          g_free (got);
          tested++;
        }
      if (fx_str (e, "date") != NULL)
        {
          int y = 0, m = 0, d = 0;
          char *got;

          ck_assert_msg (sscanf (fx_str (e, "date"), "%d-%d-%d", &y, &m, &d) == 3, "%s date", where);
          got = rancang_format_date_dmy (y, m, d);
          ck_assert_msg (g_strcmp0 (got, fx_str (e, "text")) == 0, "%s text: %s", where, got);
          g_free (got);
          tested++;
        }
      if (fx_str (e, "nip") != NULL)
        {
          RancangNip nip;
          int y = 0, m = 0, d = 0, ty = 0, tm = 0;
          char *got;

          ck_assert_msg (rancang_nip_parse (fx_str (e, "nip"), &nip, NULL), "%s nip", where);
          ck_assert (sscanf (fx_str (e, "parts/lahir"), "%d-%d-%d", &y, &m, &d) == 3);
          ck_assert (sscanf (fx_str (e, "parts/tmt_cpns"), "%d-%d", &ty, &tm) == 2);
          ck_assert_msg ((int) nip.birth_year == y && (int) nip.birth_month == m && (int) nip.birth_day == d, "%s lahir", where);
          ck_assert_msg ((int) nip.tmt_year == ty && (int) nip.tmt_month == tm, "%s tmt_cpns", where);
          ck_assert_msg (nip.sex == fx_int (e, "parts/jk"), "%s jk", where);
          ck_assert_msg (nip.sequence == g_ascii_strtoull (fx_str (e, "parts/urut"), NULL, 10), "%s urut", where);
          got = rancang_nip_format (fx_str (e, "nip"));
          ck_assert_msg (g_strcmp0 (got, fx_str (e, "spaced")) == 0, "%s spaced: %s", where, got);
          g_free (got);
          tested++;
        }
    }
  ck_assert_uint_eq (tested, fx_len (list));
}
END_TEST

/* renja-fixtures-bontang terbilang: the words of each amount, in Title
 * Case with "Rupiah" where the original prints them so, and the original's
 * spelling "Milyar" where it has it. */
START_TEST (test_terbilang_fixture_list)
{
  g_autoptr(Fixture) fx = fixture_load ("renja-fixtures-bontang.yaml");
  const FixtureNode *list = fx_get (fixture_document (fx, "Formatting"), "terbilang");

  for (guint i = 0; i < fx_len (list); i++)
    {
      const FixtureNode *e = fx_at (list, i);
      const char *n = fx_str (e, "n");
      const char *want = fx_str (e, "text");
      char *got;

      if (g_str_has_suffix (want, " Rupiah"))
        got = terbilang_rupiah_title (g_ascii_strtoll (n, NULL, 10), 0);
      else
        got = terbilang_c (n);
      ck_assert_msg (g_strcmp0 (got, want) == 0, "%s: %s gave “%s”", fx_where (e), n, got);
      g_free (got);
      if (g_strcmp0 (fx_str (e, "source_spelling"), "Milyar") == 0)
        {
          g_auto(GStrv) parts = g_strsplit (want, "Miliar", -1);
          g_autofree char *milyar = g_strjoinv ("Milyar", parts);

          got = terbilang_rupiah_title (g_ascii_strtoll (n, NULL, 10), RANCANG_TERBILANG_MILYAR);
          ck_assert_msg (g_strcmp0 (got, milyar) == 0, "%s: Milyar gave “%s”", fx_where (e), got);
          g_free (got);
        }
    }
}
END_TEST

/* rencana-aksi-fixtures F-9 signature blocks and swot-fixtures F10: every
 * NIP is one, the printed form holds its digits, its date is a date. */
START_TEST (test_signature_fixtures)
{
  g_autoptr(Fixture) ra = fixture_load ("rencana-aksi-fixtures.json");
  g_autoptr(Fixture) swot = fixture_load ("swot-fixtures.yaml");
  const FixtureNode *blocks = fixture_document (ra, "F-9");
  const FixtureNode *f10 = fixture_document (swot, "F10");
  g_autoptr(GRegex) nip_regex = g_regex_new (fx_str (f10, "nip_regex"), 0, 0, NULL);

  for (guint i = 0; i < fx_len (blocks); i++)
    {
      const FixtureNode *b = fx_at (blocks, i);
      g_autofree char *digits = NULL;
      GString *only = g_string_new (NULL);

      if (fx_str (b, "nip") == NULL)
        {
          g_string_free (only, TRUE);
          continue;
        }
      ck_assert_msg (rancang_nip_validate (fx_str (b, "nip"), NULL), "%s nip", fx_where (b));
      for (const char *p = fx_str (b, "nip_print"); *p != '\0'; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (only, *p);
      digits = g_string_free (only, FALSE);
      ck_assert_msg (g_strcmp0 (digits, fx_str (b, "nip")) == 0, "%s nip_print", fx_where (b));
      if (fx_str (b, "date") != NULL)
        {
          int y = 0, m = 0, d = 0;
          char *text;

          ck_assert (sscanf (fx_str (b, "date"), "%d-%d-%d", &y, &m, &d) == 3);
          text = rancang_format_date_dmy (y, m, d);
          ck_assert_msg (text != NULL, "%s date", fx_where (b));
          g_free (text);
        }
    }
  /* F10: the decrees' signatory, printed grouped, as the regex of the fixture says */
  ck_assert (nip_regex != NULL);
  ck_assert (g_regex_match (nip_regex, fx_str (f10, "decree_renstra/penandatangan/nip"), 0, NULL));
  ck_assert (rancang_nip_validate (fx_str (f10, "decree_renstra/penandatangan/nip"), NULL));
  ck_assert (rancang_nip_validate (fx_str (f10, "decree_renja/penandatangan/nip"), NULL));
  {
    char *grouped = rancang_nip_format (fx_str (f10, "decree_renstra/penandatangan/nip"));
    ck_assert (g_regex_match (nip_regex, grouped, 0, NULL));
    g_free (grouped);
  }
}
END_TEST

/* ---------------------------------------------------------------------- NIP */

START_TEST (test_nip_valid)
{
  RancangNip nip;
  GError    *error = NULL;

  /* [RB] format_id_ID nip; [F8] NIP ungrouped; [F9] Renja Bontang */
  ck_assert (rancang_nip_parse ("197412251993031002", &nip, &error));
  ck_assert_ptr_null (error);
  ck_assert_uint_eq (nip.birth_year, 1974);
  ck_assert_uint_eq (nip.birth_month, 12);
  ck_assert_uint_eq (nip.birth_day, 25);
  ck_assert_uint_eq (nip.tmt_year, 1993);
  ck_assert_uint_eq (nip.tmt_month, 3);
  ck_assert_uint_eq (nip.sex, 1);
  ck_assert_uint_eq (nip.sequence, 2);
  ASSERT_TAKE_STR (rancang_nip_format ("197412251993031002"), "19741225 199303 1 002");

  /* [F8] NIP grouping; [F9] Rencana Aksi 2023 */
  ck_assert (rancang_nip_parse ("196501101986022004", &nip, NULL));
  ck_assert_uint_eq (nip.birth_year, 1965);
  ck_assert_uint_eq (nip.birth_month, 1);
  ck_assert_uint_eq (nip.birth_day, 10);
  ck_assert_uint_eq (nip.tmt_year, 1986);
  ck_assert_uint_eq (nip.tmt_month, 2);
  ck_assert_uint_eq (nip.sex, 2);
  ck_assert_uint_eq (nip.sequence, 4);
  ASSERT_TAKE_STR (rancang_nip_format ("196501101986022004"), "19650110 198602 2 004");

  /* Printed, grouped forms are accepted as they are copied: [S6] */
  ck_assert (rancang_nip_validate ("19650824 198801 1 002", NULL));
  ASSERT_TAKE_STR (rancang_nip_format ("19650824 198801 1 002"), "19650824 198801 1 002");
  ASSERT_TAKE_STR (rancang_nip_format (" 19650110 198602 2 004 "), "19650110 198602 2 004");
  ck_assert (rancang_nip_validate ("19650110  198602  2  004", NULL));
  /* TMT may be young: only "before birth" is impossible. */
  ck_assert (rancang_nip_validate ("197412251975011002", NULL));
  ck_assert (rancang_nip_validate ("200002292020011001", NULL));
}
END_TEST

/* The one NIP rule gives the window a code to word (the same cases as
 * test_nip_invalid), and the grouping of a NIP still being typed. */
START_TEST (test_nip_check_codes)
{
  static const struct { const char *nip; RancangNipProblem problem; guint n; } cases[] = {
    { "197412251993031002",         RANCANG_NIP_VALID,            18 },
    { "19741225 199303 1 002",      RANCANG_NIP_VALID,            18 },
    { "",                           RANCANG_NIP_LENGTH,           0 },
    { "19741225",                   RANCANG_NIP_LENGTH,           8 },
    { "1974122519930310021",        RANCANG_NIP_LENGTH,           19 },
    { "NIP. 19650110 198602 2 004", RANCANG_NIP_NOT_DIGITS,       0 },
    { "197413251993031002",         RANCANG_NIP_BIRTH_DATE,       18 },
    { "190002291993031002",         RANCANG_NIP_BIRTH_DATE,       18 },
    { "197412251993131002",         RANCANG_NIP_TMT_MONTH,        18 },
    { "197412251993001002",         RANCANG_NIP_TMT_MONTH,        18 },
    { "197412251973031002",         RANCANG_NIP_TMT_BEFORE_BIRTH, 18 },
    { "197412251974121002",         RANCANG_NIP_TMT_BEFORE_BIRTH, 18 },
    { "197412251993033002",         RANCANG_NIP_SEX,              18 },
  };
  RancangNip nip;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint n = 99;

      ck_assert_msg (rancang_nip_check (cases[i].nip, NULL, &n) == cases[i].problem, "NIP “%s”", cases[i].nip);
      ck_assert_uint_eq (n, cases[i].n);
      /* the English message says the same as the code */
      ck_assert (rancang_nip_validate (cases[i].nip, NULL) == (cases[i].problem == RANCANG_NIP_VALID));
    }
  ck_assert (rancang_nip_check ("196501101986022004", &nip, NULL) == RANCANG_NIP_VALID);
  ck_assert_uint_eq (nip.sex, 2);
  ck_assert_uint_eq (nip.sequence, 4);

  ASSERT_TAKE_STR (rancang_nip_group (""), "");
  ASSERT_TAKE_STR (rancang_nip_group ("1974"), "1974");
  ASSERT_TAKE_STR (rancang_nip_group ("197412251"), "19741225 1");
  ASSERT_TAKE_STR (rancang_nip_group ("197412251993031"), "19741225 199303 1");
  ASSERT_TAKE_STR (rancang_nip_group ("1974122519930310"), "19741225 199303 1 0");
  ASSERT_TAKE_STR (rancang_nip_group ("19741225 199303 1 002"), "19741225 199303 1 002");
}
END_TEST

START_TEST (test_nip_invalid)
{
  char *m;

  m = nip_error ("19741225199303100");   /* 17 digits */
  assert_contains (m, "17 digits");
  assert_contains (m, "19741225199303100");
  g_free (m);
  m = nip_error ("1974122519930310021");
  assert_contains (m, "19 digits");
  g_free (m);
  m = nip_error ("");
  assert_contains (m, "0 digits");
  g_free (m);

  m = nip_error ("197412251993131002");   /* TMT month 13 */
  assert_contains (m, "TMT");
  assert_contains (m, "month 13");
  g_free (m);
  m = nip_error ("197412251993001002");   /* TMT month 00 */
  assert_contains (m, "TMT");
  g_free (m);

  m = nip_error ("197413251993031002");   /* birth month 13 */
  assert_contains (m, "birth date 19741325");
  g_free (m);
  m = nip_error ("197402301993031002");   /* 30 February */
  assert_contains (m, "birth date");
  g_free (m);
  m = nip_error ("190002291993031002");   /* 1900 was no leap year */
  assert_contains (m, "birth date");
  g_free (m);

  m = nip_error ("197412251993033002");   /* sex digit 3 */
  assert_contains (m, "sex digit");
  assert_contains (m, "3");
  g_free (m);
  m = nip_error ("197412251993030002");
  assert_contains (m, "sex digit");
  g_free (m);

  m = nip_error ("197412251973031002");   /* TMT 1973 before birth 1974 */
  assert_contains (m, "before the birth date");
  g_free (m);
  m = nip_error ("197412251974121002");   /* TMT 1 Dec 1974 before 25 Dec 1974 */
  assert_contains (m, "before the birth date");
  g_free (m);

  m = nip_error ("NIP. 19650110 198602 2 004");
  assert_contains (m, "only digits");
  g_free (m);
  m = nip_error ("1974-12-25 199303 1 002");
  assert_contains (m, "only digits");
  g_free (m);
  m = nip_error ("19741225\xff" "1993031002");   /* broken UTF-8 is not quoted raw */
  ck_assert (g_utf8_validate (m, -1, NULL));
  g_free (m);

  ck_assert (!rancang_nip_validate (NULL, NULL));
  ck_assert (!rancang_nip_validate ("197412251993131002", NULL));
  ASSERT_NULL_STR (rancang_nip_format ("197412251993131002"));
  ASSERT_NULL_STR (rancang_nip_format ("19741225199303100"));
  ASSERT_NULL_STR (rancang_nip_format (NULL));
}
END_TEST

/* ------------------------------------------------------------------ pangkat */

START_TEST (test_pangkat)
{
  static const struct { const char *golongan, *pangkat; } expected[] = {
    { "I/a", "Juru Muda" }, { "I/b", "Juru Muda Tingkat I" }, { "I/c", "Juru" },
    { "I/d", "Juru Tingkat I" }, { "II/a", "Pengatur Muda" }, { "II/b", "Pengatur Muda Tingkat I" },
    { "II/c", "Pengatur" }, { "II/d", "Pengatur Tingkat I" }, { "III/a", "Penata Muda" },
    { "III/b", "Penata Muda Tingkat I" }, { "III/c", "Penata" }, { "III/d", "Penata Tingkat I" },
    { "IV/a", "Pembina" }, { "IV/b", "Pembina Tingkat I" }, { "IV/c", "Pembina Utama Muda" },
    { "IV/d", "Pembina Utama Madya" }, { "IV/e", "Pembina Utama" },
  };
  const RancangPangkat *table;
  guint n = 0;

  table = rancang_pangkat_table (&n);
  ck_assert_uint_eq (n, G_N_ELEMENTS (expected));
  ck_assert_ptr_nonnull (rancang_pangkat_table (NULL));
  for (guint i = 0; i < n; i++)
    {
      ck_assert_str_eq (table[i].golongan, expected[i].golongan);
      ck_assert_str_eq (table[i].pangkat, expected[i].pangkat);
      ck_assert_str_eq (rancang_pangkat_for_golongan (expected[i].golongan), expected[i].pangkat);
      ck_assert_str_eq (rancang_golongan_for_pangkat (expected[i].pangkat), expected[i].golongan);
    }

  /* [F9] signature blocks: Pembina Utama Muda; [R5] 5.5 golongan "IV/c" */
  ck_assert_str_eq (rancang_golongan_for_pangkat ("Pembina Utama Muda"), "IV/c");
  ck_assert_str_eq (rancang_pangkat_for_golongan ("IV/c"), "Pembina Utama Muda");

  ck_assert_str_eq (rancang_golongan_for_pangkat ("pembina utama muda"), "IV/c");
  ck_assert_str_eq (rancang_golongan_for_pangkat ("PEMBINA UTAMA MUDA"), "IV/c");
  ck_assert_str_eq (rancang_golongan_for_pangkat ("  Pembina  Utama   Muda "), "IV/c");
  ck_assert_str_eq (rancang_golongan_for_pangkat ("Penata Tk. I"), "III/d");
  ck_assert_str_eq (rancang_golongan_for_pangkat ("Pembina"), "IV/a");
  ck_assert_str_eq (rancang_pangkat_for_golongan ("iv/C"), "Pembina Utama Muda");
  ck_assert_str_eq (rancang_pangkat_for_golongan ("III / d"), "Penata Tingkat I");
  ck_assert_ptr_null (rancang_pangkat_for_golongan ("IV/f"));
  ck_assert_ptr_null (rancang_pangkat_for_golongan (""));
  ck_assert_ptr_null (rancang_golongan_for_pangkat ("Pembina Utama Tua"));
  ck_assert_ptr_null (rancang_golongan_for_pangkat (""));
}
END_TEST

/* ------------------------------------------------------------------ parsing */

START_TEST (test_parse_auto)
{
  RancangParsedNumber p;
  const RancangNumberStyle A = RANCANG_NUMBERS_AUTO;

  /* The examples of the brief, each seen in [R5] 5.1 or [S6] */
  assert_parses_to ("1.234.567", A, "1234567", "");
  assert_parses_to ("10,909,930,647", A, "10909930647", "");
  assert_parses_to ("72,58", A, "72.58", "");
  assert_parses_to ("239.43", A, "239.43", "");
  assert_parses_to ("1.234", A, "1234", "");          /* ambiguous: Indonesian */
  assert_parses_to ("1,234", A, "1.234", "");          /* ambiguous: Indonesian */
  assert_parses_to ("34.871.994.764", A, "34871994764", "");
  assert_parses_to ("87,42", A, "87.42", "");
  assert_parses_to ("0,61", A, "0.61", "");
  assert_parses_to ("22,5", A, "22.5", "");
  assert_parses_to ("90.31", A, "90.31", "");
  assert_parses_to ("100.75", A, "100.75", "");
  assert_parses_to ("12000", A, "12000", "");
  assert_parses_to ("3555", A, "3555", "");
  assert_parses_to ("01.00", A, "1", "");
  assert_parses_to ("8,347,500,000", A, "8347500000", "");   /* [S6] Tabel 6.1 */
  assert_parses_to ("0.85", A, "0.85", "");
  assert_parses_to ("0,89", A, "0.89", "");
  assert_parses_to ("0.90", A, "0.9", "");
  assert_parses_to ("5.52", A, "5.52", "");
  assert_parses_to ("3.611", A, "3611", "");
  assert_parses_to ("0.850", A, "0.85", "");   /* a group never starts with 0 */
  assert_parses_to ("1.234.567,89", A, "1234567.89", "");
  assert_parses_to ("1,234,567.89", A, "1234567.89", "");
  assert_parses_to ("-72,58", A, "-72.58", "");
  assert_parses_to ("+5", A, "5", "");
  assert_parses_to ("\xe2\x88\x92" "5", A, "-5", "");   /* U+2212 MINUS SIGN */
  assert_parses_to ("  3555  ", A, "3555", "");
  assert_parses_to ("\xc2\xa0" "1.234\xc2\xa0", A, "1234", "");   /* NBSP */
  assert_parses_to ("\t16.398.547.885\n", A, "16398547885", "");

  /* Units: [F10 via brief] "01 Dokumen", [R5] "12.00 Bulan", [S6] values with units */
  assert_parses_to ("01 Dokumen", A, "1", "Dokumen");
  assert_parses_to ("10 Dokumen", A, "10", "Dokumen");
  assert_parses_to ("12 Bulan", A, "12", "Bulan");
  assert_parses_to ("12.00 Bulan", A, "12", "Bulan");
  assert_parses_to ("49 Orang/bulan", A, "49", "Orang/bulan");
  assert_parses_to ("22800 pelamar", A, "22800", "pelamar");
  assert_parses_to ("38 unit / bulan", A, "38", "unit / bulan");
  assert_parses_to ("3 kali rapat", A, "3", "kali rapat");
  assert_parses_to ("2000 Surat", A, "2000", "Surat");
  assert_parses_to ("4876\xc2\xa0" "Formasi", A, "4876", "Formasi");

  /* Percent */
  p = parse_ok ("92,51%", A);
  ck_assert (p.percent);
  ck_assert (rancang_decimal_cmp (p.value, dec ("92.51")) == 0);
  p = parse_ok ("203.07%", A);
  ck_assert (p.percent);
  ck_assert (rancang_decimal_cmp (p.value, dec ("203.07")) == 0);
  p = parse_ok ("72,02 %", A);
  ck_assert (p.percent);
  p = parse_ok ("239.43 Persen", A);
  ck_assert (p.percent);
  ck_assert_str_eq (p.unit, "Persen");
  ck_assert (rancang_decimal_cmp (p.value, dec ("239.43")) == 0);
  p = parse_ok ("100", A);
  ck_assert (!p.percent);
  ck_assert (!p.rupiah);
  ck_assert_int_eq (p.kind, RANCANG_PARSED_NUMBER);

  /* Rupiah: [R5] 5.2 and [S6] variants */
  {
    static const struct { const char *text; const char *value; } rp[] = {
      { "Rp14.841.380.059,00", "14841380059" },
      { "Rp 14.424.005.657,00", "14424005657" },
      { "Rp. 15.745.997.485,00", "15745997485" },
      { "Rp 15.322.392.321,-", "15322392321" },
      { "Rp. 44.000.000,-", "44000000" },
      { "Rp 417.374.402", "417374402" },
      { "Rp.12.460.088.566,00", "12460088566" },
      { "Rp. 0,00", "0" },
      { "Rp. 50.000.000,-", "50000000" },
      { "RP 1.000", "1000" },
      { "-Rp 5.000", "-5000" },
      { "Rp -5.000", "-5000" },
    };

    for (gsize i = 0; i < G_N_ELEMENTS (rp); i++)
      {
        p = parse_ok (rp[i].text, A);
        ck_assert_msg (p.rupiah, "“%s” not seen as rupiah", rp[i].text);
        ck_assert_msg (rancang_decimal_cmp (p.value, dec (rp[i].value)) == 0, "“%s”", rp[i].text);
        ck_assert_str_eq (p.unit, "");
      }
  }
}
END_TEST

START_TEST (test_parse_empty)
{
  /* [R5] 5.1 "-" or "N/A"; [S6] "NIHIL"; [F8] empty quarter "-" */
  const char *empties[] = {
    "", "   ", "-", " - ", "\xe2\x80\x93" /* – */, "\xe2\x80\x94" /* — */,
    "N/A", "n/a", "NIHIL", "Nihil", "\xc2\xa0-\xc2\xa0",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      RancangParsedNumber p = parse_ok (empties[i], RANCANG_NUMBERS_AUTO);

      ck_assert_msg (p.kind == RANCANG_PARSED_EMPTY, "“%s” not empty", empties[i]);
      ck_assert (rancang_decimal_is_zero (p.value));
      ck_assert (!p.percent);
      ck_assert_str_eq (p.unit, "");
    }
  {
    RancangParsedNumber p = parse_ok (NULL, RANCANG_NUMBERS_ID);

    ck_assert_int_eq (p.kind, RANCANG_PARSED_EMPTY);
  }
  /* "0" is a value, not an empty cell ([F10] S8.3 TW IV prints 0). */
  {
    RancangParsedNumber p = parse_ok ("0", RANCANG_NUMBERS_AUTO);

    ck_assert_int_eq (p.kind, RANCANG_PARSED_NUMBER);
  }
}
END_TEST

/* Every reason rancang_parse_number() gives has a problem code, and the
 * code with its values words the same English message the GError has
 * (rancang-cli prints it; the window words the code itself). */
START_TEST (test_parse_problems)
{
  static const struct
  {
    const char           *text;
    RancangNumberStyle    style;
    RancangNumberProblem  problem;
    const char           *detail;
    const char           *message;
  } cases[] = {
    { "1\xff", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_INVALID_UTF8, "",
      "“1\xef\xbf\xbd” is not valid UTF-8 text" },
    { "#DIV/0!", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_SPREADSHEET_ERROR, "",
      "“#DIV/0!” is a spreadsheet error, not a number" },
    { "satu juta", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_NOT_A_NUMBER, "",
      "“satu juta” is not a number" },
    { "5.,-", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_NO_SEN_NOT_AFTER_DIGITS, "",
      "“5.,-” is not a number: “,-” must follow the digits" },
    { "12.", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_ENDS_WITH_SEPARATOR, "",
      "“12.” is not a number: it ends with a separator" },
    { "1.2.3,4,5", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_COMMAS_AFTER_POINT, "",
      "“1.2.3,4,5” has more than one “,” after a “.” (only one decimal separator is possible)" },
    { "1,234.5.6", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_POINTS_AFTER_COMMA, "",
      "“1,234.5.6” has more than one “.” after a “,” (only one decimal separator is possible)" },
    { "1,234.5", RANCANG_NUMBERS_ID, RANCANG_NUMBER_PROBLEM_NOT_INDONESIAN_STYLE, "",
      "“1,234.5” is not in Indonesian style, where “.” groups thousands and “,” marks decimals" },
    { "1.234,5", RANCANG_NUMBERS_US, RANCANG_NUMBER_PROBLEM_NOT_US_STYLE, "",
      "“1.234,5” is not in US style, where “,” groups thousands and “.” marks decimals" },
    { "12,5,3", RANCANG_NUMBERS_ID, RANCANG_NUMBER_PROBLEM_SEVERAL_COMMAS, "",
      "“12,5,3” has several “,” but in Indonesian style “,” marks decimals" },
    { "12.5.3", RANCANG_NUMBERS_US, RANCANG_NUMBER_PROBLEM_SEVERAL_POINTS, "",
      "“12.5.3” has several “.” but in US style “.” marks decimals" },
    { "1.23.456", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_POINT_GROUPS, "",
      "“1.23.456” is not a number: “.” must separate groups of three digits" },
    { "1,23,456", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_COMMA_GROUPS, "",
      "“1,23,456” is not a number: “,” must separate groups of three digits" },
    { "1234567890123456789012345678901234567890", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_TOO_LARGE, "",
      "“1234567890123456789012345678901234567890” is too large or has too many decimals to be held exactly" },
    { "5 % 6", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_TEXT_AFTER_PERCENT, "",
      "“5 % 6” has text after the “%”" },
    { "5 (lima)", RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_UNEXPECTED_CHARACTER, "(",
      "“5 (lima)” is not a number: unexpected “(” after the digits" },
    { "5 Dokumenperencanaanyangdisusuntepatwaktusesuaijadwalyangditetapkan",
      RANCANG_NUMBERS_AUTO, RANCANG_NUMBER_PROBLEM_UNIT_TOO_LONG, "",
      "“5 Dokumenperencanaanyangdisusuntepatwaktusesuaijadwalyangdit…” is not a number: "
      "the text after it is too long to be a unit" },
  };
  gboolean seen[RANCANG_NUMBER_N_PROBLEMS] = { FALSE };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RancangParsedNumber out;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) copy = NULL;
      g_autofree char *worded = NULL;
      const char *text, *detail;

      ck_assert_msg (!rancang_parse_number (cases[i].text, cases[i].style, &out, &error),
                     "“%s” was accepted", cases[i].text);
      ck_assert_str_eq (error->message, cases[i].message);
      ck_assert_int_eq (rancang_number_problem_of_error (error, &text, &detail), cases[i].problem);
      ck_assert_str_eq (detail, cases[i].detail);
      /* The values word the message again, byte for byte. */
      worded = rancang_number_problem_message (cases[i].problem, text, detail);
      ck_assert_str_eq (worded, cases[i].message);
      /* The problem survives a copy, as errors are passed on. */
      copy = g_error_copy (error);
      ck_assert_int_eq (rancang_number_problem_of_error (copy, NULL, NULL), cases[i].problem);
      seen[cases[i].problem] = TRUE;
    }
  for (guint p = RANCANG_NUMBER_PROBLEM_NONE + 1; p < RANCANG_NUMBER_N_PROBLEMS; p++)
    {
      g_autofree char *message = rancang_number_problem_message ((RancangNumberProblem) p, "TEKS", "DETAIL");

      ck_assert_msg (seen[p], "problem %u has no case", p);
      ck_assert_msg (g_str_has_prefix (message, "“TEKS” ") && strlen (message) > strlen ("“TEKS” "),
                     "problem %u: “%s”", p, message);
      if (p == RANCANG_NUMBER_PROBLEM_UNEXPECTED_CHARACTER)
        assert_contains (message, "“DETAIL”");
      else
        ck_assert (strstr (message, "DETAIL") == NULL);
    }
}
END_TEST

/* Errors that are not about a number carry no problem. */
START_TEST (test_parse_problem_other_errors)
{
  g_autoptr(GError) nip = NULL;
  g_autoptr(GError) other = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_FAILED, "x");

  ck_assert (!rancang_nip_validate ("123", &nip));
  ck_assert_int_eq (rancang_number_problem_of_error (nip, NULL, NULL), RANCANG_NUMBER_PROBLEM_NONE);
  ck_assert_int_eq (rancang_number_problem_of_error (other, NULL, NULL), RANCANG_NUMBER_PROBLEM_NONE);
}
END_TEST

START_TEST (test_parse_errors)
{
  const RancangNumberStyle A = RANCANG_NUMBERS_AUTO;
  char *m;

  /* [R5] 5.1: "#DIV/0!" leaks from Excel */
  m = parse_fail_message ("#DIV/0!", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_contains (m, "“#DIV/0!”");
  assert_contains (m, "spreadsheet error");
  g_free (m);
  m = parse_fail_message ("abc", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_contains (m, "“abc”");
  assert_contains (m, "not a number");
  g_free (m);
  m = parse_fail_message ("1.2.3,4,5", A, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_contains (m, "“1.2.3,4,5”");
  g_free (m);
  m = parse_fail_message ("1234567890123456789012345678901234567890", A, RANCANG_FORMAT_ERROR_OUT_OF_RANGE);
  assert_contains (m, "too large");
  g_free (m);
  /* [R5] 5.2: the typo "Rp 16.152.427.613,00,00" */
  m = parse_fail_message ("Rp 16.152.427.613,00,00", A, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_contains (m, "more than one");
  g_free (m);
  /* A long paste is quoted shortened. */
  m = parse_fail_message ("Jumlah dokumen Perencanaan Yang disusun Tepat Waktu sesuai jadwal yang ditetapkan",
                          A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_contains (m, "…");
  g_free (m);

  assert_parse_fails ("1.2.3", A, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("1.23.456", A, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("1234.567,5", A, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("0.500.000", A, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("12.", A, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("12,", A, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("1..2", A, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("Rp ,-", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("5.,-", A, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails (",5", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails (".5", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("1 2", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("5%x", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("5 % 6", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("Rp", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("%", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("--5", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("- -", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("N/A N/A", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("5 (lima)", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("9.223.372.036.854.775.808", A, RANCANG_FORMAT_ERROR_OUT_OF_RANGE);
  assert_parse_fails ("0,0000000000000000001", A, RANCANG_FORMAT_ERROR_OUT_OF_RANGE);
  assert_parse_fails ("12 Satuan yang panjangnya lebih dari enam puluh tiga byte sehingga bukan unit",
                      A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("12 Satuan yang panjangnya enam puluh empat byte persis, tidak lebih",
                      A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);
  assert_parse_fails ("\xff" "12", A, RANCANG_FORMAT_ERROR_NOT_A_NUMBER);

  /* Edges that are fine. */
  assert_parses_to ("9.223.372.036.854.775.807", A, "9223372036854775807", "");
  assert_parses_to ("-9.223.372.036.854.775.808", A, "-9223372036854775808", "");
  assert_parses_to ("12 Satuan yang panjangnya enam puluh tiga byte persis, tidak lebih",
                    A, "12", "Satuan yang panjangnya enam puluh tiga byte persis, tidak lebih");
}
END_TEST

START_TEST (test_parse_styles)
{
  const RancangNumberStyle ID = RANCANG_NUMBERS_ID, US = RANCANG_NUMBERS_US;

  assert_parses_to ("1.234,5", ID, "1234.5", "");
  assert_parses_to ("1.234", ID, "1234", "");
  assert_parses_to ("1,234", ID, "1.234", "");
  assert_parses_to ("72,58", ID, "72.58", "");
  assert_parses_to ("1.234.567", ID, "1234567", "");
  assert_parses_to ("Rp 15.322.392.321,-", ID, "15322392321", "");
  assert_parse_fails ("1,234.5", ID, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("10,909,930,647", ID, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("239.43", ID, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);

  assert_parses_to ("1,234.5", US, "1234.5", "");
  assert_parses_to ("1,234", US, "1234", "");
  assert_parses_to ("1.234", US, "1.234", "");
  assert_parses_to ("239.43", US, "239.43", "");
  assert_parses_to ("10,909,930,647", US, "10909930647", "");
  assert_parses_to ("8,347,500,000", US, "8347500000", "");
  assert_parse_fails ("1.234,5", US, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("1.234.567", US, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
  assert_parse_fails ("72,58", US, RANCANG_FORMAT_ERROR_BAD_SEPARATORS);
}
END_TEST

/* Round trip: what Rancang prints, Rancang reads back. */
START_TEST (test_format_parse_round_trip)
{
  const char *values[] = {
    "0", "1", "-1", "999", "1000", "1234567.89", "-1234567.89", "0.05", "36482718000", "92.508",
    "9223372036854775807", "-9223372036854775808",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      char *text = rancang_format_number (dec (values[i]), -1);
      RancangParsedNumber p = parse_ok (text, RANCANG_NUMBERS_ID);

      ck_assert_msg (rancang_decimal_cmp (p.value, dec (values[i])) == 0, "%s -> %s", values[i], text);
      g_free (text);
    }
}
END_TEST

/* Bontang's Renja 2023 prints its n-2 columns as "Tahun 2021" (seed 002,
 * Tabel 2.1; renja.md 5.4: n plan, n-1 current, n-2 evaluated, n+1 maju). */
START_TEST (test_year_labels)
{
  static const struct { const char *header; const char *printed; } cases[] = {
    { "Target Renja PD Tahun n-2", "Target Renja PD Tahun 2021" },
    { "Realisasi Capaian Program dan Kegiatan s/d Tahun Berjalan (n-1)",
      "Realisasi Capaian Program dan Kegiatan s/d Tahun Berjalan (2022)" },
    { "Rencana Tahun n", "Rencana Tahun 2023" },
    { "Prakiraan Maju n+1", "Prakiraan Maju 2024" },
    { "Indikator Kinerja naik Renja", "Indikator Kinerja naik Renja" },
    { "Satuan", "Satuan" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *printed = rancang_format_year_labels (cases[i].header, 2023);
      ck_assert_str_eq (printed, cases[i].printed);
    }
  /* Without a plan year the label stays as it is. */
  {
    g_autofree char *kept = rancang_format_year_labels ("Tahun n-2", 0);
    ck_assert_str_eq (kept, "Tahun n-2");
  }
}
END_TEST

/* --------------------------------------------------------------------- main */

static Suite *
format_suite (void)
{
  Suite *s = suite_create ("format");
  TCase *tc;

  tc = tcase_create ("decimal");
  tcase_add_test (tc, test_year_labels);
  tcase_add_test (tc, test_decimal_parse_c);
  tcase_add_test (tc, test_decimal_to_c_string);
  tcase_add_test (tc, test_decimal_make);
  tcase_add_test (tc, test_decimal_add_sub);
  tcase_add_test (tc, test_decimal_overflow);
  tcase_add_test (tc, test_decimal_mul);
  tcase_add_test (tc, test_decimal_cmp_normalize);
  tcase_add_test (tc, test_decimal_rescale);
  tcase_add_test (tc, test_round_half_up);
  tcase_add_test (tc, test_round_truncate);
  tcase_add_test (tc, test_ratio_round);
  suite_add_tcase (s, tc);

  tc = tcase_create ("format");
  tcase_add_test (tc, test_format_number);
  tcase_add_test (tc, test_format_percent);
  tcase_add_test (tc, test_format_rupiah);
  tcase_add_test (tc, test_format_date);
  tcase_add_test (tc, test_format_roman);
  tcase_add_test (tc, test_format_triwulan);
  suite_add_tcase (s, tc);

  tc = tcase_create ("terbilang");
  tcase_add_test (tc, test_terbilang_fixtures);
  tcase_add_test (tc, test_terbilang_fixture_list);
  tcase_add_test (tc, test_format_id_fixtures);
  tcase_add_test (tc, test_signature_fixtures);
  tcase_add_test (tc, test_terbilang_edges);
  tcase_add_test (tc, test_title_case);
  suite_add_tcase (s, tc);

  tc = tcase_create ("nip-pangkat");
  tcase_add_test (tc, test_nip_valid);
  tcase_add_test (tc, test_nip_invalid);
  tcase_add_test (tc, test_nip_check_codes);
  tcase_add_test (tc, test_pangkat);
  suite_add_tcase (s, tc);

  tc = tcase_create ("parse");
  tcase_add_test (tc, test_parse_auto);
  tcase_add_test (tc, test_parse_empty);
  tcase_add_test (tc, test_parse_errors);
  tcase_add_test (tc, test_parse_problems);
  tcase_add_test (tc, test_parse_problem_other_errors);
  tcase_add_test (tc, test_parse_styles);
  tcase_add_test (tc, test_format_parse_round_trip);
  suite_add_tcase (s, tc);

  return s;
}

int
main (void)
{
  SRunner *runner;
  int      failed;

  /* Take the locale from the environment, so that running the suite under
   * LC_ALL=de_DE.UTF-8 (decimal comma, "." grouping) proves the output does
   * not depend on it. */
  setlocale (LC_ALL, "");

  runner = srunner_create (format_suite ());
  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
