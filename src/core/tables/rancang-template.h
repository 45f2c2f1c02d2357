/* rancang-template.h: table templates.
 *
 * A table in a document names its template (<table template="evaluasi-renja">).
 * The template says which columns the table has (key, printed number, header,
 * grouped header, type) and which of them are derived and how. Derivations are
 * a small fixed set of kinds with parameters, so a template is data: the
 * built-in ones are XML files in resources/tables/, and an office can add its
 * own without code (rancang_template_set_add_directory()); a later template
 * of the same id replaces the built-in one.
 *
 *   <template id="realisasi-anggaran">
 *     <title>Realisasi Anggaran</title>
 *     <column key="level"/>                      level and kode come from the row
 *     <column key="kode" number="1" header="Kode"/>
 *     <column key="anggaran" number="3" type="money" header="Anggaran (Rp)"><rollup/></column>
 *     <column key="realisasi" number="4" type="money" header="Realisasi (Rp)"><rollup/></column>
 *     <column key="persen" number="5" type="percent" decimals="2" header="%">
 *       <ratio num="realisasi" den="anggaran"/>
 *     </column>
 *   </template>
 *
 * <column>: key (required, unique), number (the printed column number),
 * header, group (the grouped header above it), type (text, count, decimal,
 * money, percent; text by default), decimals (for printing; 2 for percent).
 * A column with no child element is typed in. Its children say how it is
 * derived; the first whose when= holds applies, and none applying means
 * empty:
 *
 *   <ratio num="a" den="b" polarity="polaritas"/>  a / b x 100; when the row's
 *       polarity cell says "negatif", (2b - a) / b x 100 floored at 0. Empty
 *       when b is zero or either side is empty. Rounded once, when printed.
 *   <sum of="a b c"/>         blanks count 0; all blank is blank
 *   <last of="t1 t2 t3"/>     the last non-empty
 *   <difference of="a b"/>    a - b
 *   <product of="a b"/>       a x b (bobot x rating)
 *   <rollup/>                 a row with children: the sum of its children's
 *       (the only derivation of its column); total rows sum the top rows.
 *
 *   when="akumulasi=kumulatif" or when="akumulasi!=kumulatif": a condition on
 *       a cell of the same row (case and surrounding blanks ignored; a word
 *       the column's <choice> lists under also= counts as its value).
 *   unless-typed="true": a default; a value typed in the cell stands (the
 *       realisation of a level indicator is reported, not added up).
 *
 * A column whose cells take one of a few values lists them, each with the
 * other words offices write for it (separated by ";"); the computation and
 * the checker read a cell by the value it names ("ya" is "kumulatif"), and
 * an editor offers the values. choices="open" makes the list suggestions
 * only (sumber dana):
 *
 *   <column key="akumulasi" header="Akumulasi">
 *     <choice value="kumulatif" also="ya"/>         targets over years add up
 *     <choice value="non-kumulatif" also="tidak; tetap"/>   the last stands
 *   </column>
 *
 * The words the derivations and the checker know: akumulasi "kumulatif"
 * (in when=), polarity "negatif" (lower is better, in <ratio polarity=>),
 * quarter modes "jumlah" and "tetap" (<quarters mode=>).
 *
 * After the columns, optional elements for the checker and the totals:
 *
 *   <totals group-by="faktor" columns="bobot skor"/>  total rows carry the sum
 *       of these columns over the rows of their group (a total row without a
 *       group carries the <index>).
 *   <weights column="bobot" group-by="faktor"/>  weights sum to 1 per group.
 *   <index name="IFAS" column="skor" plus="S" minus="W"/>  total S - total W.
 *   <quarters target="target" mode="tw_mode" of="tw1 tw2 tw3 tw4"/>  the
 *       quarters add up to the target (mode jumlah) or repeat it (tetap).
 *   <tows refs="refs" quadrant="kuadran"/>  references to SWOT factors.
 *   <plan years="t1 t2 t3 t4 t5" pagu="pagu1 pagu2 pagu3 pagu4 pagu5"/>  a
 *       Renstra's plan: the target (and Rp) of each year of the period.
 *   <plan target="target" pagu="pagu" next-target="target_maju"
 *         next-pagu="pagu_maju"/>  a Renja's plan of its year and the next.
 *       Filling a Renja from its Renstra and comparing their targets read
 *       the tables whose templates say these.
 *
 * Files are plain XML: a DTD or entity declaration is refused.
 */
#pragma once

#include <glib.h>

#include "rancang-node.h"

G_BEGIN_DECLS

#define RANCANG_TEMPLATE_ERROR (rancang_template_error_quark ())

typedef enum
{
  RANCANG_TEMPLATE_ERROR_MALFORMED,   /* not well-formed XML, or a DTD */
  RANCANG_TEMPLATE_ERROR_INVALID,     /* XML, but not a valid template */
  RANCANG_TEMPLATE_ERROR_NOT_FOUND,   /* no template of that id */
} RancangTemplateError;

typedef enum
{
  RANCANG_COLUMN_TEXT,
  RANCANG_COLUMN_COUNT,
  RANCANG_COLUMN_DECIMAL,
  RANCANG_COLUMN_MONEY,
  RANCANG_COLUMN_PERCENT,
} RancangColumnType;

typedef enum
{
  RANCANG_DERIVE_NONE,        /* typed in */
  RANCANG_DERIVE_RATIO,       /* num / den x 100; polarity negatif: (2 den - num) / den x 100, >= 0 */
  RANCANG_DERIVE_SUM,         /* a + b + ...; blanks count 0, all blank is blank */
  RANCANG_DERIVE_LAST,        /* the last non-empty of a list */
  RANCANG_DERIVE_DIFFERENCE,  /* a - b */
  RANCANG_DERIVE_PRODUCT,     /* a x b (bobot x rating) */
  RANCANG_DERIVE_ROLLUP,      /* a row with children: the sum of its children's */
} RancangDeriveKind;

/* What a table plans, for filling a Renja from its Renstra and comparing
 * their targets (rancang-link.h). */
typedef enum
{
  RANCANG_PLAN_NONE,
  RANCANG_PLAN_PERIOD,   /* a Renstra's: target (and Rp) of each year of the period */
  RANCANG_PLAN_YEAR,     /* a Renja's: target and Rp of the plan year, and of the next */
} RancangPlanKind;

typedef struct _RancangTemplate    RancangTemplate;
typedef struct _RancangTemplateSet RancangTemplateSet;

GQuark                 rancang_template_error_quark      (void);

RancangTemplate       *rancang_template_new_from_data    (const char            *data,
                                                          gsize                  length,
                                                          const char            *name,
                                                          GError               **error);
RancangTemplate       *rancang_template_new_generic      (const RancangNode     *columns);
RancangTemplate       *rancang_template_ref              (RancangTemplate       *tmpl);
void                   rancang_template_unref            (RancangTemplate       *tmpl);

const char            *rancang_template_get_id           (const RancangTemplate *tmpl);
const char            *rancang_template_get_title        (const RancangTemplate *tmpl);
guint                  rancang_template_get_n_columns    (const RancangTemplate *tmpl);
int                    rancang_template_lookup_column    (const RancangTemplate *tmpl,
                                                          const char            *key);
const char            *rancang_template_column_key       (const RancangTemplate *tmpl,
                                                          guint                  column);
const char            *rancang_template_column_number    (const RancangTemplate *tmpl,
                                                          guint                  column);
const char            *rancang_template_column_header    (const RancangTemplate *tmpl,
                                                          guint                  column);
const char            *rancang_template_column_group     (const RancangTemplate *tmpl,
                                                          guint                  column);
RancangColumnType      rancang_template_column_type      (const RancangTemplate *tmpl,
                                                          guint                  column);
guint                  rancang_template_column_decimals  (const RancangTemplate *tmpl,
                                                          guint                  column);
gboolean               rancang_template_column_is_derived (const RancangTemplate *tmpl,
                                                           guint                  column);
gboolean               rancang_template_column_rolls_up  (const RancangTemplate *tmpl,
                                                          guint                  column);
const char *const     *rancang_template_column_choices   (const RancangTemplate *tmpl,
                                                          guint                  column);
gboolean               rancang_template_column_choices_open (const RancangTemplate *tmpl,
                                                             guint                  column);
const char            *rancang_template_column_choice    (const RancangTemplate *tmpl,
                                                          guint                  column,
                                                          const char            *text);

RancangTemplateSet    *rancang_template_set_new          (void);
char                 **rancang_template_builtin_ids      (void);
RancangTemplateSet    *rancang_template_set_new_builtin  (GError               **error);
RancangTemplateSet    *rancang_template_set_get_builtin  (void);
gboolean               rancang_template_set_add          (RancangTemplateSet    *set,
                                                          RancangTemplate       *tmpl);
gboolean               rancang_template_set_add_file     (RancangTemplateSet    *set,
                                                          const char            *path,
                                                          GError               **error);
gboolean               rancang_template_set_add_directory (RancangTemplateSet   *set,
                                                           const char           *path,
                                                           GError              **error);
RancangTemplate       *rancang_template_set_lookup       (RancangTemplateSet    *set,
                                                          const char            *id);
RancangTemplate       *rancang_template_set_for_table    (RancangTemplateSet    *set,
                                                          const RancangNode     *table,
                                                          GError               **error);
void                   rancang_template_set_free         (RancangTemplateSet    *set);

RancangPlanKind        rancang_template_get_plan         (const RancangTemplate *tmpl);
guint                  rancang_template_plan_n_years     (const RancangTemplate *tmpl);
const char            *rancang_template_plan_target      (const RancangTemplate *tmpl,
                                                          guint                  year);
const char            *rancang_template_plan_pagu        (const RancangTemplate *tmpl,
                                                          guint                  year);

const char            *rancang_column_type_to_string     (RancangColumnType      type);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangTemplate, rancang_template_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangTemplateSet, rancang_template_set_free)

G_END_DECLS
