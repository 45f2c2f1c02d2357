/* rancang-format.h: Indonesian numbers, money, dates and words.
 *
 * Documents are printed in Indonesian style whatever the desktop's locale
 * is (a planner in Bontang may well run an English desktop), so nothing
 * here calls setlocale(), localeconv() or printf grouping: every separator
 * and every month name is spelled out in rancang-format.c.
 *
 * Every function returning char * returns a new string for g_free(), or
 * NULL when the input cannot be formatted (the caller decides what to say).
 */
#pragma once

#include <glib.h>

#include "rancang-decimal.h"

G_BEGIN_DECLS

#define RANCANG_FORMAT_ERROR (rancang_format_error_quark ())

typedef enum
{
  RANCANG_FORMAT_ERROR_NOT_A_NUMBER,   /* text that is no number at all */
  RANCANG_FORMAT_ERROR_BAD_SEPARATORS, /* digits, but the "." and "," make no number */
  RANCANG_FORMAT_ERROR_OUT_OF_RANGE,   /* a number too large or too precise to hold */
  RANCANG_FORMAT_ERROR_INVALID_NIP,
} RancangFormatError;

GQuark rancang_format_error_quark (void);

/* The mark printed in a table cell that has no value (an empty quarter). */
#define RANCANG_FORMAT_EMPTY "-"

/* ------------------------------------------------------------------ numbers */

typedef enum
{
  RANCANG_RUPIAH_SPACED,    /* "Rp 1.234.567": tables and PUEBI prose */
  RANCANG_RUPIAH_SEN,       /* "Rp1.234.567,00": the form with sen */
  RANCANG_RUPIAH_DASH,      /* "Rp. 1.234.567,-": the older prose form (F-8) */
} RancangRupiahStyle;

char       *rancang_format_number          (RancangDecimal      value,
                                            gint                decimals);
char       *rancang_format_rupiah          (RancangDecimal      value,
                                            RancangRupiahStyle  style);
char       *rancang_format_percent         (RancangDecimal      value,
                                            guint               decimals);

/* -------------------------------------------------------------------- dates */

const char *rancang_month_name             (int                 month);
char       *rancang_format_date            (const GDate        *date);
char       *rancang_format_date_dmy        (int                 year,
                                            int                 month,
                                            int                 day);
char       *rancang_format_month_year      (int                 year,
                                            int                 month);
char       *rancang_format_place_date      (const char         *place,
                                            const GDate        *date);
/* The dates a document stores: ISO 8601 "2022-07-07". */
gboolean    rancang_date_parse_iso         (const char         *text,
                                            GDate              *out);
char       *rancang_date_format_iso        (const GDate        *date);

/* ---------------------------------------------------------- roman and words */

char       *rancang_format_roman           (int                 n,
                                            gboolean            upper);
char       *rancang_format_triwulan        (int                 quarter,
                                            gboolean            long_form);

/* The year labels of a column header counted from the plan year YEAR:
 * "Realisasi Renja PD Tahun n-2" with 2023 is "... Tahun 2021", "(n-1)"
 * is "(2022)", "n+1" is 2024. Only a lone "n", "n-D" or "n+D" is a label.
 * A copy of TEXT when it has none, or when YEAR is 0 (no plan year). */
char       *rancang_format_year_labels     (const char         *text,
                                            int                 year);

/* Flags: RUPIAH and MILYAR may be combined. */
typedef enum
{
  RANCANG_TERBILANG_PLAIN  = 0,
  RANCANG_TERBILANG_RUPIAH = 1 << 0,   /* append " rupiah" */
  RANCANG_TERBILANG_MILYAR = 1 << 1,   /* the spelling older documents use; KBBI says "miliar" */
} RancangTerbilangStyle;

char       *rancang_terbilang              (RancangDecimal        value,
                                            RancangTerbilangStyle style);
char       *rancang_title_case             (const char           *text);

/* ---------------------------------------------------------------------- NIP */

/* Nomor Induk Pegawai: yyyymmdd birth date, yyyymm TMT CPNS, sex, sequence. */
typedef struct
{
  GDateYear  birth_year;
  GDateMonth birth_month;
  GDateDay   birth_day;
  guint16    tmt_year;
  guint8     tmt_month;
  guint8     sex;        /* 1 male, 2 female */
  guint16    sequence;   /* 0 .. 999 */
} RancangNip;

/* What is wrong with a NIP, for the interface to say in its language. */
typedef enum
{
  RANCANG_NIP_VALID,
  RANCANG_NIP_NOT_DIGITS,         /* something else than digits and spaces */
  RANCANG_NIP_LENGTH,             /* not 18 digits */
  RANCANG_NIP_BIRTH_DATE,         /* digits 1-8 are no date (yyyymmdd) */
  RANCANG_NIP_TMT_MONTH,          /* digits 13-14 are no month */
  RANCANG_NIP_TMT_BEFORE_BIRTH,   /* the appointment before the birth date */
  RANCANG_NIP_SEX,                /* digit 15 is neither 1 nor 2 */
} RancangNipProblem;

RancangNipProblem
            rancang_nip_check              (const char         *nip,
                                            RancangNip         *out,
                                            guint              *n_digits);
gboolean    rancang_nip_parse              (const char         *nip,
                                            RancangNip         *out,
                                            GError            **error);
gboolean    rancang_nip_validate           (const char         *nip,
                                            GError            **error);
char       *rancang_nip_format             (const char         *nip);
char       *rancang_nip_group              (const char         *digits);

/* ------------------------------------------------------------------ pangkat */

typedef struct
{
  const char *golongan;   /* "IV/c" */
  const char *pangkat;    /* "Pembina Utama Muda" */
} RancangPangkat;

const RancangPangkat *rancang_pangkat_table        (guint      *n_entries);
const char           *rancang_pangkat_for_golongan (const char *golongan);
const char           *rancang_golongan_for_pangkat (const char *pangkat);

/* ------------------------------------------------------------------ parsing */

typedef enum
{
  RANCANG_NUMBERS_ID,     /* "1.234.567,89" */
  RANCANG_NUMBERS_US,     /* "1,234,567.89" */
  RANCANG_NUMBERS_AUTO,   /* decided per value; "1.234" stays ambiguous and reads as ID */
} RancangNumberStyle;

typedef enum
{
  RANCANG_PARSED_NUMBER,
  RANCANG_PARSED_EMPTY,   /* "-", "N/A", "NIHIL", "": no value, which is not zero */
} RancangParsedKind;

/* Plain data, nothing to free: the unit lives inline. */
typedef struct
{
  RancangParsedKind kind;
  RancangDecimal    value;      /* 0 when kind is EMPTY */
  char              unit[64];   /* "Dokumen", "Orang/bulan"; "" when none */
  gboolean          percent;    /* a trailing "%" or the unit "persen" */
  gboolean          rupiah;     /* a leading "Rp" or "Rp." */
} RancangParsedNumber;

gboolean    rancang_parse_number           (const char          *text,
                                            RancangNumberStyle   style,
                                            RancangParsedNumber *out,
                                            GError             **error);

/* Why rancang_parse_number() refused a text, finer than its GError code,
 * so that the interface can say it in its own language. Each problem has
 * the values the message needs: the text (quoted, shortened) and, for
 * RANCANG_NUMBER_PROBLEM_UNEXPECTED_CHARACTER, the character. */
typedef enum
{
  RANCANG_NUMBER_PROBLEM_NONE,                   /* the error is not about a number */
  RANCANG_NUMBER_PROBLEM_INVALID_UTF8,
  RANCANG_NUMBER_PROBLEM_SPREADSHEET_ERROR,      /* "#DIV/0!" */
  RANCANG_NUMBER_PROBLEM_NOT_A_NUMBER,           /* no digits where the number should start */
  RANCANG_NUMBER_PROBLEM_NO_SEN_NOT_AFTER_DIGITS, /* ",-" without digits before it */
  RANCANG_NUMBER_PROBLEM_ENDS_WITH_SEPARATOR,    /* "12." */
  RANCANG_NUMBER_PROBLEM_COMMAS_AFTER_POINT,     /* "1.234,5,6" */
  RANCANG_NUMBER_PROBLEM_POINTS_AFTER_COMMA,     /* "1,234.5.6" */
  RANCANG_NUMBER_PROBLEM_NOT_INDONESIAN_STYLE,   /* "1,234.5" read as Indonesian */
  RANCANG_NUMBER_PROBLEM_NOT_US_STYLE,           /* "1.234,5" read as US */
  RANCANG_NUMBER_PROBLEM_SEVERAL_COMMAS,         /* "12,5,3" read as Indonesian */
  RANCANG_NUMBER_PROBLEM_SEVERAL_POINTS,         /* "12.5.3" read as US */
  RANCANG_NUMBER_PROBLEM_POINT_GROUPS,           /* "1.23.456" */
  RANCANG_NUMBER_PROBLEM_COMMA_GROUPS,           /* "1,23,456" */
  RANCANG_NUMBER_PROBLEM_TOO_LARGE,              /* too large or too many decimals */
  RANCANG_NUMBER_PROBLEM_TEXT_AFTER_PERCENT,     /* "5 % naik" */
  RANCANG_NUMBER_PROBLEM_UNEXPECTED_CHARACTER,   /* "5 (lima)": the character "(" */
  RANCANG_NUMBER_PROBLEM_UNIT_TOO_LONG,          /* a whole sentence after the number */
  RANCANG_NUMBER_N_PROBLEMS
} RancangNumberProblem;

/* The English message (the GError's, which rancang-cli prints) of PROBLEM
 * with its values; DETAIL is only used by the problems that have one. */
char       *rancang_number_problem_message (RancangNumberProblem problem,
                                            const char          *text,
                                            const char          *detail);
/* The problem an error of rancang_parse_number() carries, with its values
 * (owned by ERROR); RANCANG_NUMBER_PROBLEM_NONE for any other error. */
RancangNumberProblem
            rancang_number_problem_of_error (const GError       *error,
                                            const char         **text,
                                            const char         **detail);

G_END_DECLS
