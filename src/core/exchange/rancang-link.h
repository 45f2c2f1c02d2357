/* rancang-link.h: a Renja and the Renstra it follows.
 *
 * rancang_link_documents() records the Renstra's id in the Renja's metadata
 * (<option name="renstra" value="ID"/>). rancang_link_compare() then lists
 * the Renja targets for its plan year that differ from the Renstra's: the
 * rows of the Renja's rencana-program tables (column target) against the
 * rows of the Renstra's rencana-program-renstra tables (column tN, N the
 * plan year's place in the Renstra period), matched by kode, rows without
 * kode by indikator; and every program and kegiatan of the Renja that the
 * Renstra does not plan (by kode, else by name). One line per difference,
 * tab-separated like `rancang-cli check`: table, kode, column, Renja
 * value, Renstra value, message.
 *
 * rancang_link_fill_from_renstra() writes the Renstra's plans for the
 * Renja's plan year N (year N - start + 1 of the period) into the Renja:
 *
 *   - the tujuan and sasaran rows of the Renstra's tujuan-sasaran table
 *     (else of its rencana-program-renstra table) into the Renja's
 *     tujuan-sasaran table, with the targets of every year of the period
 *     (the Renja's period becomes the Renstra's, so that its year columns
 *     are the same years);
 *   - the urusan, program, kegiatan and sub kegiatan rows of the last
 *     rencana-program-renstra table that plans year N (a Perubahan
 *     Renstra restates the earlier table) into the Renja's rencana-program
 *     table: target and pagu of year N, target and pagu of year N + 1 as
 *     the prakiraan maju. The pagu of every row is taken as the Renstra
 *     states it: where a parent's does not add up, the checker says so in
 *     the Renja as it does in the Renstra.
 *
 * A table the Renja has not got is created where the Renja outline puts it
 * (sections tujuan-dan-sasaran and program-dan-kegiatan, else BAB III). In
 * a table that has rows already, a row of the same kode (indikator for rows
 * without kode) is kept as it is and named in KEPT; the others are inserted
 * in kode order under their parent, with their continuation rows. The Renja
 * is linked (rancang_link_documents()). With a HISTORY, every change goes
 * through it as one step.
 */
#pragma once

#include <glib.h>

#include "rancang-document.h"
#include "rancang-history.h"

G_BEGIN_DECLS

#define RANCANG_OPTION_RENSTRA "renstra"

gboolean   rancang_link_documents (RancangDocument  *renja,
                                   RancangDocument  *renstra,
                                   GError          **error);
GPtrArray *rancang_link_compare   (RancangDocument  *renja,
                                   RancangDocument  *renstra,
                                   GError          **error);

typedef struct
{
  guint        n_added;        /* rows inserted, continuation rows included */
  GPtrArray   *kept;           /* of char*: kode (or indikator) of rows kept */
  RancangNode *tujuan_table;   /* the Renja's tujuan-sasaran table, or NULL */
  RancangNode *program_table;  /* the Renja's rencana-program table, or NULL */
} RancangFillResult;

void               rancang_fill_result_free        (RancangFillResult *result);
RancangFillResult *rancang_link_fill_from_renstra  (RancangDocument   *renja,
                                                    RancangDocument   *renstra,
                                                    RancangHistory    *history,
                                                    GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangFillResult, rancang_fill_result_free)

G_END_DECLS
