/* rancang-csv.h: reading CSV and tab-separated text.
 *
 * What spreadsheets write when a planner saves a sheet or copies cells:
 * RFC 4180 fields (quoted fields with "" for a quote and line breaks
 * inside the quotes), separated by a comma, by a semicolon (LibreOffice and
 * Excel in an Indonesian locale, where the comma is the decimal mark) or by
 * a tab (cells copied from LibreOffice or Excel and pasted), with or without
 * a UTF-8 byte order mark, with LF or CRLF line ends.
 *
 * The reader only splits: every field is returned as written (quotes and
 * "" escapes undone, CRLF inside quotes made LF), not trimmed, not
 * interpreted. Each record keeps the line it starts on, so that whoever
 * interprets the cells can say "data.csv:7: column pagu: ...". Empty lines
 * are skipped; a record that only has empty fields (";;;") is returned as
 * it is.
 *
 * Errors (RANCANG_CSV_ERROR) name the file and the line: text that is not
 * UTF-8, a quote that is never closed, text after a closing quote.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RANCANG_CSV_ERROR (rancang_csv_error_quark ())

typedef enum
{
  RANCANG_CSV_ERROR_ENCODING,   /* not UTF-8, or a zero byte */
  RANCANG_CSV_ERROR_SYNTAX,     /* an unbalanced quote, text after a closing quote */
} RancangCsvError;

/* One record (one row of the sheet). */
typedef struct
{
  guint   line;       /* 1-based line of the file where the record starts */
  guint   n_fields;   /* at least 1 */
  char  **fields;     /* n_fields UTF-8 strings, then NULL */
} RancangCsvRecord;

typedef struct
{
  char        separator;   /* ',', ';' or '\t' */
  GPtrArray  *records;     /* RancangCsvRecord *, in file order */
} RancangCsv;

GQuark      rancang_csv_error_quark      (void);

char        rancang_csv_detect_separator (const char  *data,
                                          gsize        length);
RancangCsv *rancang_csv_parse            (const char  *data,
                                          gsize        length,
                                          const char  *name,
                                          char         separator,
                                          GError     **error);
void        rancang_csv_free             (RancangCsv  *csv);
void        rancang_csv_append_field     (GString     *out,
                                          const char  *value,
                                          char         separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangCsv, rancang_csv_free)

G_END_DECLS
