/* rancang-table-import.h: a table from the records of a CSV file.
 *
 * The first record is the header. For a template table it names the
 * template's column keys, in any order and any subset ("level", "kode",
 * "uraian", "pagu", ...; a key also matches regardless of case, and so
 * does a column's printed header, "Satuan"): "level" and "kode" become the
 * row's attributes, every other cell a <c k="KEY">.
 * For a generic table the header defines the columns: each header cell
 * becomes a <column> of <columns>, its key made from the header text
 * ("Tahun 2020" -> tahun-2020) and its text the header text; a header cell
 * "level" gives the rows' levels instead.
 *
 * Cells are trimmed. Text columns keep the text as typed; the cells of
 * numeric columns (count, decimal, money, percent) are read with
 * rancang_parse_number() in the style given ("1.234.567,89" Indonesian,
 * "1,234,567.89" US) and stored in the plain C form of the format
 * ("1234567.89", keeping the decimals typed: "98,50" -> "98.50"). "-",
 * "N/A" and "NIHIL" are kept as typed (no value, which is not zero). A unit
 * after a number ("3 jenis") goes to the row's satuan cell when that is
 * empty and must agree with it otherwise. Cells of derived columns are kept
 * the same way, as the STATED values the checker compares with the
 * computed ones, never as the truth; so is a spreadsheet error ("#DIV/0!")
 * there.
 *
 * Rows: a record whose cells are all blank is skipped. A row without level
 * is one more indicator of the row above it; the first row must have one.
 * When the template has a level column, the header must name it (the
 * roll-ups follow the levels); otherwise rows are level="item". A record
 * with more non-blank cells than the header has columns is an error; blank
 * cells past the header, and columns whose header cell and cells are all
 * blank, are ignored (spreadsheets write them).
 *
 * Every error (RANCANG_IMPORT_ERROR, or RANCANG_CSV_ERROR from the reader)
 * names the file and the line, and for a cell the column:
 *   data.csv:7: column pagu: "12,5,3" has several "," but in Indonesian
 *   style "," marks decimals
 * and nothing is changed.
 */
#pragma once

#include <glib.h>

#include "rancang-compute.h"
#include "rancang-csv.h"
#include "rancang-document.h"
#include "rancang-format.h"
#include "rancang-node.h"
#include "rancang-template.h"

G_BEGIN_DECLS

#define RANCANG_IMPORT_ERROR (rancang_import_error_quark ())

typedef enum
{
  RANCANG_IMPORT_ERROR_HEADER,     /* a header key the template does not have, twice, missing level */
  RANCANG_IMPORT_ERROR_CELL,       /* a cell that cannot be read, a row with too many cells */
  RANCANG_IMPORT_ERROR_EMPTY,      /* no header, or no row */
  RANCANG_IMPORT_ERROR_TEMPLATE,   /* no template of that id */
  RANCANG_IMPORT_ERROR_ID,         /* the document already uses the id */
  RANCANG_IMPORT_ERROR_SECTION,    /* no chapter or section of that number */
  RANCANG_IMPORT_ERROR_ARGUMENT,   /* an id that is no id, a caption that cannot be stored */
  RANCANG_IMPORT_ERROR_INVALID,    /* the document would not be valid with the table */
} RancangImportError;

typedef struct
{
  const char         *id;            /* the new table's id */
  const char         *template_id;   /* a template of the set, or "generic" */
  const char         *caption;       /* NULL or "": none */
  RancangNumberStyle  numbers;       /* RANCANG_NUMBERS_ID unless the file says otherwise */
  const char         *section;       /* "2.1", "3", "IV"; NULL: the last section */
} RancangImportOptions;

typedef enum
{
  RANCANG_ROWS_DEFAULT     = 0,
  RANCANG_ROWS_HEADER      = 1 << 0,   /* the first record is a header (a CSV file) */
  RANCANG_ROWS_KEEP_STATED = 1 << 1,   /* cells of derived columns kept as stated values */
} RancangRowsFlags;

GQuark       rancang_import_error_quark    (void);

RancangNode *rancang_table_from_csv        (const RancangCsv            *csv,
                                            RancangTemplate             *tmpl,
                                            const RancangImportOptions  *options,
                                            const char                  *name,
                                            GError                     **error);
/* Rows copied from a spreadsheet and pasted into a table (a header line
 * optional, by the rules above, Indonesian or US numbers detected, every
 * cell that cannot be read named), and rows copied out to one (a header
 * line, numbers as an Indonesian sheet reads them): rancang-table-import.c
 * says how. */
/* One cell named in a RANCANG_IMPORT_ERROR_CELL message, so that the
 * interface can word it in its language: where it is, and the error of
 * rancang_parse_number() that refused it (NULL when something else did;
 * then the English line is all there is). */
typedef struct
{
  char   *line_text;      /* the message's line, in English */
  char   *name;
  guint   line;
  char   *column;
  GError *number_error;
} RancangImportCellError;

/* The cells the message of ERROR names, in its order, and how many more
 * rows could not be read; NULL for an error that names no cells. */
GPtrArray   *rancang_import_error_get_cells (const GError               *error,
                                            guint                       *n_more);

GPtrArray   *rancang_rows_from_text        (RancangTemplate             *tmpl,
                                            const char                  *data,
                                            gssize                       length,
                                            const char                  *name,
                                            RancangRowsFlags             flags,
                                            GError                     **error);
char        *rancang_rows_to_text          (const RancangTable          *table,
                                            GPtrArray                   *rows);
/* A cell as the planner sees it, for copying and for previews: a number
 * column's number (typed or derived; a percent rounded to its column's
 * decimals) in *VALUE with RANCANG_VALUE_NUMBER; otherwise in *TEXT
 * (never NULL, owned by TABLE) what was typed, the row's level or its
 * kode; the level, kode and text columns count as RANCANG_VALUE_INVALID
 * (text that is no number). */
RancangValueState rancang_table_cell_shown (const RancangTable          *table,
                                            guint                        row,
                                            guint                        column,
                                            RancangDecimal              *value,
                                            const char                 **text);

G_END_DECLS
