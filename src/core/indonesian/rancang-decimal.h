/* rancang-decimal.h: exact decimal numbers.
 *
 * Planning documents add up rupiah amounts in the tens of billions and
 * multiply weights by ratings (bobot x rating, 0.3 x 7 = 2.1); a binary
 * double would print 2.0999999999999996 or lose the last rupiah, and an
 * auditor compares the printed totals digit by digit. So values are kept as
 * an integer count of 10^-scale: the value is units / 10^scale.
 *
 * Money is a whole number of rupiah (scale 0). Nothing here ever returns a
 * wrong result on overflow: every function that can overflow returns FALSE
 * and leaves *out untouched, so the caller can say "too large" instead of
 * printing a wrapped number.
 *
 * A value keeps the scale it was given (80.60 stays 80.60) as long as the
 * result fits; results only drop trailing fraction zeros when that is what
 * it takes to fit in 64 bits or in RANCANG_DECIMAL_MAX_SCALE.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RANCANG_DECIMAL_MAX_SCALE 18

typedef struct
{
  gint64 units;
  guint8 scale;   /* 0 .. RANCANG_DECIMAL_MAX_SCALE */
} RancangDecimal;

/* Ratios (realisasi / target x 100) are exact until they are printed, and
 * are rounded once: rounding an already rounded value is how "84,21 %" and
 * "84,22 %" end up in the same document. */
typedef enum
{
  RANCANG_ROUND_HALF_UP,    /* away from zero at .5: 52.5 -> 53, -2.5 -> -3 */
  RANCANG_ROUND_TRUNCATE,   /* towards zero: 98.999 -> 98.99 */
} RancangRounding;

RancangDecimal rancang_decimal_from_int     (gint64          value);
gboolean       rancang_decimal_make         (gint64          units,
                                             guint           scale,
                                             RancangDecimal *out);

gboolean       rancang_decimal_add          (RancangDecimal  a,
                                             RancangDecimal  b,
                                             RancangDecimal *out);
gboolean       rancang_decimal_sub          (RancangDecimal  a,
                                             RancangDecimal  b,
                                             RancangDecimal *out);
gboolean       rancang_decimal_mul          (RancangDecimal  a,
                                             RancangDecimal  b,
                                             RancangDecimal *out);
gboolean       rancang_decimal_neg          (RancangDecimal  a,
                                             RancangDecimal *out);

int            rancang_decimal_cmp          (RancangDecimal  a,
                                             RancangDecimal  b);
gboolean       rancang_decimal_is_zero      (RancangDecimal  a);
gboolean       rancang_decimal_is_negative  (RancangDecimal  a);

/* Cannot fail: removing fraction zeros only makes the number smaller. */
RancangDecimal rancang_decimal_normalize    (RancangDecimal  a);

gboolean       rancang_decimal_rescale      (RancangDecimal  a,
                                             guint           scale,
                                             RancangDecimal *out);
gboolean       rancang_decimal_round        (RancangDecimal  a,
                                             guint           decimals,
                                             RancangRounding rounding,
                                             RancangDecimal *out);
gboolean       rancang_decimal_ratio_round  (RancangDecimal  num,
                                             RancangDecimal  den,
                                             gint64          multiplier,
                                             guint           decimals,
                                             RancangRounding rounding,
                                             RancangDecimal *out);

gboolean       rancang_decimal_parse_c      (const char     *s,
                                             RancangDecimal *out);
char          *rancang_decimal_to_c_string  (RancangDecimal  a);
gboolean       rancang_decimal_c_equal      (const char     *a,
                                             const char     *b);

G_END_DECLS
