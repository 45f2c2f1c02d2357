/* rancang-compare.h: the changes from another version of a document to
 * this one (rancang-diff.h) as a reader goes through them.
 *
 * Each change becomes a line under the part or table it is in, in
 * document order: the table's printed label and caption ("Tabel 2.5"),
 * the row's key and the column's header; a changed number with its old
 * and new value and their difference in Indonesian form; a changed
 * paragraph by the words that changed, with a few around them, not twice
 * the same long sentence. The window's compare panel shows a report; the
 * words around the values ("added", "Paragraph 3") are the interface's,
 * so nothing here is translated. A report is made from a copy of the
 * document, in a worker thread if need be.
 */
#pragma once

#include <glib.h>

#include "rancang-diff.h"
#include "rancang-document.h"

G_BEGIN_DECLS

typedef struct _RancangCompareReport RancangCompareReport;

/* Where a change is: the document's metadata, a table, or a part
 * (chapter, section, appendix, front matter). */
typedef enum
{
  RANCANG_COMPARE_IN_DOCUMENT,
  RANCANG_COMPARE_IN_TABLE,
  RANCANG_COMPARE_IN_PART,
} RancangCompareIn;

typedef struct
{
  RancangChange    *change;
  RancangCompareIn  in;
  char             *group;         /* "Tabel 2.5", an unnumbered table's caption, "2.1" for a part;
                                    * NULL for the document, or a table no longer there */
  char             *group_detail;  /* the table's caption, the part's title; or NULL */
  char             *place;         /* the row's key, the metadata field; NULL: say what changed */
  char             *column;        /* the column's header, the field; NULL for none */
  gboolean          title;         /* the change is to the part's title */
  char             *old_text;      /* what to show of the old value and of the new one */
  char             *new_text;
  char             *difference;    /* of numbers, Indonesian form with its sign ("+84.000"); or NULL */
} RancangCompareLine;

/* OTHER is the older version: the changes lead from it to THIS_DOC. */
RancangCompareReport     *rancang_compare_report_new        (RancangDocument            *other,
                                                             RancangDocument            *this_doc,
                                                             const char                 *other_name);
void                      rancang_compare_report_free       (RancangCompareReport       *report);
const char               *rancang_compare_report_get_other_name (const RancangCompareReport *report);
guint                     rancang_compare_report_n_changes  (const RancangCompareReport *report);
const RancangCompareLine *rancang_compare_report_get_line   (const RancangCompareReport *report,
                                                             guint                       i);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangCompareReport, rancang_compare_report_free)

G_END_DECLS
