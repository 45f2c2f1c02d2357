/* test-helpers.h: what the Check tests of the model (test-csv,
 * test-compute, test-examples) share: the built-in template set, tables
 * built row by row, values compared with a fixture's, findings looked up. */
#pragma once

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-template.h"
#include "fixture.h"

G_BEGIN_DECLS

/* The built-in template set; fails the test when it does not load. */
RancangTemplateSet *builtin             (void);
/* The index of the row of T whose kode is KODE; fails the test when there
 * is none. */
int                 row_of              (const RancangTable *t,
                                         const char         *kode);

/* Whether EXACT, rounded half-up to the decimals EXPECTED is written with,
 * is EXPECTED ("166.10" for 166.1016..., "75.00" for 75). The fixtures give
 * a ratio rounded so; the rounding is the test's own, not the engine's. */
gboolean            value_rounds_to     (RancangDecimal      exact,
                                         const char         *expected);

/* A table element ID of the template TEMPLATE_ID, for rows to be added. */
RancangNode        *new_table           (const char         *id,
                                         const char         *template_id);
/* add_row (table, "kegiatan", "05.01", "k4", "59", "k5", "29", NULL): a row
 * of LEVEL and KODE (either may be NULL) with its cells, added to TABLE. */
RancangNode        *add_row             (RancangNode        *table,
                                         const char         *level,
                                         const char         *kode,
                                         ...) G_GNUC_NULL_TERMINATED;
/* The cell KEY with VALUE, added to ROW. */
void                add_cell            (RancangNode        *row,
                                         const char         *key,
                                         const char         *value);
/* The column KEY of T; fails the test when there is none. */
guint               col                 (const RancangTable *t,
                                         const char         *key);
/* The value of a cell is EXPECTED, as a fixture states it: exactly, or
 * rounded half-up to the decimals EXPECTED is written with (the test's own
 * rounding, not the engine's); NULL for an empty cell. WHERE names the
 * expectation in a failure. */
#define assert_value(t, row, key, expected) \
  assert_value_at (t, row, key, expected, G_STRINGIFY (__LINE__))
void                assert_value_at     (const RancangTable *t,
                                         guint               row,
                                         const char         *key,
                                         const char         *expected,
                                         const char         *where);
/* The same, for the value at FIELD of fixture NODE; a failure names both. */
void                assert_fixture_value (const RancangTable *t,
                                         guint               row,
                                         const char         *key,
                                         const FixtureNode  *node,
                                         const char         *field);
/* VALUE equals the decimal at FIELD of fixture NODE (as value_rounds_to). */
void                assert_decimal      (RancangDecimal      value,
                                         const FixtureNode  *node,
                                         const char         *field);
/* The findings of T alone. */
GPtrArray          *check_one           (const RancangTable *t);
/* The findings of KIND (or any, for -1) in table TABLE_ID, row KODE and
 * column KEY (NULL: any). */
guint               count_findings      (GPtrArray          *findings,
                                         int                 kind,
                                         const char         *table_id,
                                         const char         *kode,
                                         const char         *key);
/* The finding on TABLE_ID, KODE and KEY, or NULL. */
const RancangFinding *find_finding      (GPtrArray          *findings,
                                         const char         *table_id,
                                         const char         *kode,
                                         const char         *key);
/* FINDINGS on standard error, to see what a failure is about. */
void                dump                (GPtrArray          *findings);
/* The table ID of TABLES; fails the test when there is none. */
RancangTable       *table_by_id         (GPtrArray          *tables,
                                         const char         *id);
/* The template key (k4..k11) of a column of renja-fixtures-bontang B-2.1
 * ("c8_tingkat_realisasi_pct"), or NULL for the others. */
char               *b21_key             (const char         *column);
/* The total of renja-fixtures-bontang B-3.3 with KODE (NULL: TOTAL). */
const FixtureNode  *b33_total           (const FixtureNode  *b33,
                                         const char         *kode);
/* The row of renja-fixtures-bontang B-3.3 with KODE, among its rows and
 * their children (its sub kegiatan); fails the test when there is none. */
const FixtureNode  *b33_row             (const FixtureNode  *b33,
                                         const char         *kode);

G_END_DECLS
