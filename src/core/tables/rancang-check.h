/* rancang-check.h: the findings of a document.
 *
 * The checker reads the tables of a document through their templates
 * (rancang-compute.h) and reports what a careful reader would circle in red:
 *
 *  - a derived cell that was typed (the stated value) and differs from the
 *    computed one, after rounding the computed value to the stated value's
 *    decimals by the document's rule (half-up, or truncate when the
 *    metadata says <option name="rounding" value="truncate"/>; a table's
 *    own <option> comes first): a stated "98" for 97.99 is fine under
 *    half-up, a stated "#DIV/0!"
 *    or "-" where a value can be computed is not; parent pagu against the
 *    sum of the children; level="total" rows against the sum of the table;
 *  - a typed number that is no number;
 *  - SWOT weights (bobot) that do not sum to 1 per group;
 *  - TOWS references ("S1,S2,S4-O1") naming factors that do not exist;
 *  - a kode that does not start with its parent's kode;
 *  - quarterly targets (tw1..tw4) that do not add up to the annual target
 *    (tw_mode jumlah) or do not repeat it (tw_mode tetap).
 *
 * Each finding names the table, the row (by kode, or "#n" for the n-th row
 * of the table), the column, the stated and the computed value, and says
 * what it found by a code and the values that go with it: the interface
 * words it in its own language (core has no gettext); message is the same
 * in English, with numbers in plain C form, for rancang-cli.
 */
#pragma once

#include <glib.h>

#include "rancang-compute.h"
#include "rancang-decimal.h"
#include "rancang-document.h"
#include "rancang-template.h"

G_BEGIN_DECLS

typedef enum
{
  RANCANG_FINDING_MISMATCH,      /* stated differs from computed */
  RANCANG_FINDING_NOT_A_NUMBER,  /* a typed number that is no number */
  RANCANG_FINDING_WEIGHTS,       /* bobot of a group do not sum to 1 */
  RANCANG_FINDING_TOWS_REF,      /* a TOWS reference to no factor */
  RANCANG_FINDING_KODE,          /* kode not under the parent's kode */
  RANCANG_FINDING_QUARTERS,      /* triwulan targets against the annual one */
  RANCANG_FINDING_TEMPLATE,      /* the table names no known template */
  RANCANG_FINDING_OPTION,        /* an <option> Rancang cannot follow (rounding, decimals) */
  RANCANG_FINDING_ZERO_TARGET,   /* a realisation against a target of 0 */
  RANCANG_FINDING_YEAR,          /* a year that does not fit the plan's period */
} RancangFindingKind;

/* What a finding says, and its values in args[] (plain C form for numbers).
 * The English wording, for rancang-cli, is rancang_finding_code_format(). */
typedef enum
{
  RANCANG_FINDING_CODE_STATED_DIFFERS,      /* stated, computed, difference */
  RANCANG_FINDING_CODE_STATED_NO_NUMBER,    /* stated text, computed */
  RANCANG_FINDING_CODE_STATED_NOTHING,      /* stated text where nothing is computed */
  RANCANG_FINDING_CODE_LEFT_EMPTY,          /* stated "-" or such, computed */
  RANCANG_FINDING_CODE_STATED_NO_OPERANDS,  /* stated number, nothing to compute it from */
  RANCANG_FINDING_CODE_NOT_A_NUMBER,        /* typed text */
  RANCANG_FINDING_CODE_KODE_OUTSIDE_PARENT, /* kode, the parent's kode */
  RANCANG_FINDING_CODE_WEIGHTS_SUM,         /* group, sum of its weights */
  RANCANG_FINDING_CODE_TOWS_NO_FACTOR,      /* references, the factor no SWOT table has */
  RANCANG_FINDING_CODE_TOWS_WRONG_SIDE,     /* references, factor letter, the strategy's quadrant */
  RANCANG_FINDING_CODE_QUARTER_NOT_REPEATED,/* quarter column, its target, the annual target */
  RANCANG_FINDING_CODE_QUARTERS_SUM,        /* sum of the quarters, the annual target */
  RANCANG_FINDING_CODE_ZERO_TARGET,         /* target column, realisation column, realisation, ratio column */
  RANCANG_FINDING_CODE_OPTION_ROUNDING,     /* the value given */
  RANCANG_FINDING_CODE_OPTION_DECIMALS,     /* the value given */
  RANCANG_FINDING_CODE_NO_TEMPLATE,         /* table id, template id */
  RANCANG_FINDING_CODE_YEAR_OUTSIDE_PERIOD, /* plan year, first year, last year */
} RancangFindingCode;

typedef struct
{
  RancangFindingKind  kind;
  RancangFindingCode  code;
  char              **args;       /* the values of the code, NULL-terminated */
  char               *table_id;
  char               *kode;       /* the row's kode, or "#n" */
  guint               row;        /* 1-based within the table; 0 for the table */
  char               *column;     /* column key, or NULL */
  char               *stated;     /* as typed, or NULL */
  char               *computed;   /* plain C form, "" for empty, or NULL */
  char               *message;    /* in English: rancang_finding_code_format() with args */
} RancangFinding;

typedef struct
{
  gboolean       have_ifas;
  gboolean       have_efas;
  RancangDecimal total_s, total_w, total_o, total_t;
  RancangDecimal ifas;            /* x = S - W */
  RancangDecimal efas;            /* y = O - T */
  guint          quadrant;        /* 1..4 (I..IV); 0 without both */
  const char    *combination;     /* I "S-O", II "S-T", III "W-O", IV "W-T" */
  const char    *strategy;        /* "Progresif", "Diversifikasi", "Stabilitas", "Survival" */
} RancangSwot;

/* The part a table plays in the SWOT analysis, as its template says: the
 * factor list whose <index> is IFAS (S - W) or EFAS (O - T), or the TOWS
 * matrix (<tows>). An office's own templates play them the same way. */
typedef enum
{
  RANCANG_SWOT_PART_NONE = -1,
  RANCANG_SWOT_PART_IFAS,
  RANCANG_SWOT_PART_EFAS,
  RANCANG_SWOT_PART_TOWS,
  RANCANG_N_SWOT_PARTS
} RancangSwotPart;

void            rancang_finding_free          (RancangFinding          *finding);
char           *rancang_finding_to_line       (const RancangFinding    *finding);
const char     *rancang_finding_kind_to_string (RancangFindingKind     kind);
const char     *rancang_finding_code_format   (RancangFindingCode      code);
char           *rancang_message_expand        (const char              *format,
                                               const char *const       *args);

void            rancang_check_table           (const RancangTable      *table,
                                               GPtrArray               *findings);
GPtrArray      *rancang_check_document        (RancangDocument         *doc,
                                               RancangTemplateSet      *templates);
GPtrArray      *rancang_document_tables       (RancangDocument         *doc,
                                               RancangTemplateSet      *templates,
                                               GPtrArray               *findings);
void            rancang_table_apply_options   (RancangTable            *table,
                                               RancangDocument         *doc);

RancangSwotPart rancang_swot_part_of          (const RancangTemplate   *tmpl);
gboolean        rancang_swot_summarize        (GPtrArray               *tables,
                                               RancangSwot             *out);
void            rancang_swot_quadrant         (RancangDecimal           x,
                                               RancangDecimal           y,
                                               RancangSwot             *swot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangFinding, rancang_finding_free)

G_END_DECLS
