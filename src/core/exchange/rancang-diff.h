/* rancang-diff.h: what changed between two versions of a document.
 *
 * rancang_diff_documents() compares two documents and returns the changes,
 * in document order: metadata first, then for each chapter, section,
 * appendix and preface (matched by id, else by title) whether it was added,
 * removed, moved (its generated number changed) or retitled, its paragraphs
 * that changed (old and new text) and its tables: tables are matched by id,
 * rows by kode (rows without kode by position under the row with a kode
 * above them), and every changed cell gives the old and new values and,
 * when both are numbers, new - old.
 *
 * The bookkeeping of saves (the revision and the time of the last save,
 * rancang-identity.h) is not compared: two saves of the same content are
 * the same document.
 */
#pragma once

#include <glib.h>

#include "rancang-document.h"

G_BEGIN_DECLS

typedef struct
{
  char *what;        /* metadata, chapter, section, appendix, preface, paragraph, table, row, cell */
  char *change;      /* added, removed, changed, moved */
  char *where;       /* the section number or key, the table id, the metadata element */
  char *key;         /* the row kode (or PARENT#n), the paragraph number, ... */
  char *field;       /* the column key, "title", an attribute "@level" */
  char *old_value;
  char *new_value;
  char *difference;  /* new - old, when both are numbers */
} RancangChange;

void       rancang_change_free          (RancangChange   *change);
char      *rancang_change_to_line       (const RancangChange *change);
char      *rancang_change_to_csv        (const RancangChange *change);
const char *rancang_change_csv_header   (void);

GPtrArray *rancang_diff_documents       (RancangDocument *old_doc,
                                         RancangDocument *new_doc);

/* The rows of TABLE and their keys (owned by KEYS): the kode, TOTAL for a
 * total row, PARENT#n for the n-th row without kode under the row with kode
 * PARENT; a kode seen before in the table gets (2), (3), ... */
void       rancang_diff_row_keys        (RancangNode     *table,
                                         GPtrArray       *rows,
                                         GPtrArray       *keys);

/* The place of DOC (the newer document of the comparison) nearest to
 * CHANGE: the changed cell's row (with *COLUMN its column key), the row,
 * the table, the paragraph, the part, the metadata; for what was removed,
 * the row above it (by kode) or what held it. NULL when nothing of DOC is
 * near (a removed table). */
RancangNode *rancang_diff_locate       (RancangDocument     *doc,
                                        const RancangChange *change,
                                        const char         **column);

/* The same for many changes: DOC's tables, rows and parts looked up once
 * (DOC must not change while PLACES is in use). */
typedef struct _RancangDiffPlaces RancangDiffPlaces;

RancangDiffPlaces *rancang_diff_places_new    (RancangDocument     *doc);
void               rancang_diff_places_free   (RancangDiffPlaces   *places);
RancangNode       *rancang_diff_places_locate (RancangDiffPlaces   *places,
                                               const RancangChange *change,
                                               const char         **column);

G_END_DECLS
