/* TOWS references and factor renumbering (rancang-tows.h), driven by the
 * fixture rows: the factors of swot-fixtures.md F1 (IFAS) and F2 (EFAS)
 * and the strategy cells of F4 (TOWS), read from
 * tests/fixtures/swot-fixtures.yaml as they are written there. A cell added to the fixture is
 * tested without new C: its code must read as the factors it lists, the
 * checker must find nothing wrong with it, and moving any factor must
 * leave it naming the same factors. */
#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-document.h"
#include "rancang-edit.h"
#include "rancang-history.h"
#include "rancang-template.h"
#include "rancang-tows.h"
#include "fixture.h"
#include "test-helpers.h"

/* ------------------------------------------------------------ the fixture */

typedef struct
{
  char  *code;     /* "S1" */
  char  *no;       /* "1" */
  char  *text;
  char  *bobot;
  char  *score;
  char  *total;    /* bobot x score: its skor */
} Factor;

typedef struct
{
  char      *where;     /* "F4 row T3 WT": for the messages */
  char      *quadrant;  /* "WT" */
  char      *code;      /* as printed: "W,3-T,1,3" */
  char      *text;
  GPtrArray *internal;  /* "W3" */
  GPtrArray *external;  /* "T1", "T3" */
} Cell;

/* A group's and a table's totals as the fixture expects them. */
typedef struct
{
  char   letter;      /* 'S'; 0 for the table's FINAL SCORE */
  char  *sum_bobot;   /* "1.0" */
  char  *sum_total;   /* "5.7", or the final score */
} Total;

static GPtrArray *factors;   /* Factor, F1 then F2 */
static GPtrArray *totals;    /* Total, in table order */
static GPtrArray *cells;     /* Cell, F4 */

static char *
dup_str (const FixtureNode *node,
         const char        *path)
{
  return g_strdup (fx_str (node, path));
}

static GPtrArray *
scalars (const FixtureNode *seq)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; seq != NULL && i < fx_len (seq); i++)
    g_ptr_array_add (out, dup_str (fx_at (seq, i), NULL));
  return out;
}

static void
read_factors (const FixtureNode *table)
{
  const FixtureNode *groups = fx_get (table, "groups");

  ck_assert_msg (fx_is_map (groups), "%s: groups is no mapping", fx_where (groups));
  for (guint g = 0; g < fx_len (groups); g++)
    {
      const FixtureNode *group = fx_at (groups, g);
      const FixtureNode *list = fx_get (group, "factors");
      Total *total = g_new0 (Total, 1);

      for (guint i = 0; i < fx_len (list); i++)
        {
          const FixtureNode *f = fx_at (list, i);
          Factor *factor = g_new0 (Factor, 1);

          factor->code = dup_str (f, "code");
          factor->no = dup_str (f, "no");
          factor->text = dup_str (f, "text");
          factor->bobot = dup_str (f, "bobot");
          factor->score = dup_str (f, "score");
          factor->total = dup_str (f, "total");
          ck_assert_msg (factor->code != NULL && factor->no != NULL,
                         "%s: a factor without code or no", fx_where (f));
          g_ptr_array_add (factors, factor);
        }
      total->letter = ((Factor *) g_ptr_array_index (factors, factors->len - 1))->code[0];
      total->sum_bobot = dup_str (fx_get (group, "expect"), "sum_bobot");
      total->sum_total = dup_str (fx_get (group, "expect"), "sum_total");
      ck_assert_msg (total->sum_bobot != NULL && total->sum_total != NULL,
                     "%s: group %c has no expected sums", fx_where (group), total->letter);
      g_ptr_array_add (totals, total);
    }
  {
    Total *final = g_new0 (Total, 1);

    final->sum_total = dup_str (fx_get (table, "expect"), "final_score");
    ck_assert_msg (final->sum_total != NULL, "%s: no final score", fx_where (table));
    g_ptr_array_add (totals, final);
  }
}

static void
read_cells (const FixtureNode *table)
{
  static const char *const quadrants[] = { "SO", "WO", "ST", "WT" };
  const FixtureNode *rows = fx_get (table, "rows");

  ck_assert_msg (fx_is_seq (rows), "%s: rows is no list", fx_where (rows));
  for (guint i = 0; i < fx_len (rows); i++)
    {
      const FixtureNode *row = fx_at (rows, i);

      for (guint q = 0; q < G_N_ELEMENTS (quadrants); q++)
        {
          const FixtureNode *c = fx_find (row, quadrants[q]);
          Cell *cell;

          if (c == NULL)
            continue;
          cell = g_new0 (Cell, 1);
          cell->where = g_strdup_printf ("F4 row %s %s (%s)", fx_str (row, "external"), quadrants[q], fx_where (c));
          cell->quadrant = g_strdup (quadrants[q]);
          cell->code = dup_str (c, "code");
          cell->text = dup_str (c, "text");
          cell->internal = scalars (fx_find (c, "internal"));
          cell->external = scalars (fx_find (c, "external"));
          g_ptr_array_add (cells, cell);
        }
    }
}

/* F1 (IFAS, Tabel 2.g) and F2 (EFAS, 2.h) before the TOWS matrix (F4,
 * 2.i), from the fixtures of swot-fixtures.md. */
static void
load_fixture (void)
{
  g_autoptr(Fixture) fixture = fixture_load ("swot-fixtures.yaml");

  factors = g_ptr_array_new ();
  totals = g_ptr_array_new ();
  cells = g_ptr_array_new ();
  read_factors (fixture_document (fixture, "F1"));
  read_factors (fixture_document (fixture, "F2"));
  read_cells (fixture_document (fixture, "F4"));
  ck_assert (factors->len > 0 && cells->len > 0);
}

/* ------------------------------------------------------------ documents */

static void
tows_add_cell (RancangNode *row,
          const char  *key,
          const char  *text)
{
  RancangNode *cell = rancang_node_new_element ("c");

  rancang_node_set_attr (cell, "k", key);
  rancang_node_set_content (cell, text);
  rancang_node_append_child (row, cell);
}

static RancangNode *
tows_add_row (RancangNode *table,
         const char  *level)
{
  RancangNode *row = rancang_node_new_element ("row");

  rancang_node_set_attr (row, "level", level);
  rancang_node_append_child (table, row);
  return row;
}

/* The factors of LETTERS; with STATED, each group's TOTAL row and the
 * FINAL SCORE with the stated values STATED, as a planner may have left
 * them. */
static RancangNode *
swot_table (const char *id,
            const char *letters,
            const char *stated)
{
  RancangNode *table = rancang_node_new_element ("table");

  rancang_node_set_attr (table, "id", id);
  rancang_node_set_attr (table, "template", id[0] == 'i' ? "swot-ifas" : "swot-efas");
  for (const char *l = letters; *l != '\0'; l++)
    {
      char letter[2] = { *l, '\0' };
      RancangNode *row;

      for (guint i = 0; i < factors->len; i++)
        {
          Factor *f = g_ptr_array_index (factors, i);

          if (f->code[0] != *l)
            continue;
          row = tows_add_row (table, "item");
          tows_add_cell (row, "faktor", letter);
          tows_add_cell (row, "no", f->no);
          tows_add_cell (row, "uraian", f->text);
          tows_add_cell (row, "bobot", f->bobot);
          tows_add_cell (row, "rating", f->score);
          if (stated != NULL)
            tows_add_cell (row, "skor", stated);
        }
      if (stated == NULL)
        continue;
      row = tows_add_row (table, "total");
      tows_add_cell (row, "faktor", letter);
      tows_add_cell (row, "bobot", stated);
      tows_add_cell (row, "skor", stated);
    }
  if (stated != NULL)
    {
      RancangNode *row = tows_add_row (table, "total");
      tows_add_cell (row, "uraian", "FINAL SCORE");
      tows_add_cell (row, "skor", stated);
    }
  return table;
}

/* IFAS, EFAS and TOWS of the fixture in one document. */
static RancangDocument *
tows_document (void)
{
  RancangNode *root = rancang_node_new_element ("document");
  RancangNode *body = rancang_node_ensure_child (root, "body");
  RancangNode *tows = rancang_node_new_element ("table");

  rancang_node_append_child (body, swot_table ("ifas", "SW", NULL));
  rancang_node_append_child (body, swot_table ("efas", "OT", NULL));
  rancang_node_set_attr (tows, "id", "tows");
  rancang_node_set_attr (tows, "template", "tows");
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (cells, i);
      RancangNode *row = rancang_node_new_element ("row");

      rancang_node_set_attr (row, "level", "item");
      tows_add_cell (row, "kuadran", cell->quadrant);
      tows_add_cell (row, "refs", cell->code);
      tows_add_cell (row, "uraian", cell->text);
      rancang_node_append_child (tows, row);
    }
  rancang_node_append_child (body, tows);
  return rancang_document_new_from_root (root);
}

static RancangTable *
table_of (RancangDocument    *doc,
          RancangTemplateSet *set,
          const char         *id)
{
  RancangNode *node = rancang_document_lookup_id (doc, id);
  RancangTemplate *tmpl;
  RancangTable *table;

  ck_assert_msg (node != NULL, "no table %s", id);
  tmpl = rancang_template_set_for_table (set, node, NULL);   /* a reference of our own */
  table = rancang_table_new (tmpl, node);
  rancang_template_unref (tmpl);
  return table;
}

static char *
cell_text (RancangNode *row,
           const char  *key)
{
  RancangNode *cell = rancang_edit_find_cell (row, key);

  return cell != NULL ? rancang_node_dup_content (cell) : g_strdup ("");
}

/* The refs of the I-th strategy as the tree now has them. */
static char *
refs_of (RancangDocument *doc,
         guint            i)
{
  RancangNode *row = rancang_node_get_first_child (rancang_document_lookup_id (doc, "tows"));

  while (i-- > 0)
    row = rancang_node_get_next (row);
  return cell_text (row, "refs");
}

/* The stored form the fixture's lists make: "S1,S2,S4-O1", each side in
 * the order of the numbers. */
static int
by_number (gconstpointer a,
           gconstpointer b)
{
  const char *x = *(const char *const *) a, *y = *(const char *const *) b;

  return atoi (x + 1) - atoi (y + 1);
}

static char *
stored_form (GPtrArray *internal,
             GPtrArray *external)
{
  g_autoptr(GPtrArray) in = g_ptr_array_copy (internal, NULL, NULL);
  g_autoptr(GPtrArray) ex = g_ptr_array_copy (external, NULL, NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  /* The copies borrow the strings. */
  g_ptr_array_set_free_func (in, NULL);
  g_ptr_array_set_free_func (ex, NULL);
  g_ptr_array_sort (in, by_number);
  g_ptr_array_sort (ex, by_number);
  g_ptr_array_add (in, NULL);
  g_ptr_array_add (ex, NULL);
  a = g_strjoinv (",", (char **) in->pdata);
  b = g_strjoinv (",", (char **) ex->pdata);
  return g_strconcat (a, "-", b, NULL);
}

static void
assert_codes (GPtrArray  *codes,
              Cell       *cell,
              const char *how)
{
  guint n = cell->internal->len + cell->external->len;

  ck_assert_msg (codes->len == n, "%s: “%s” read %s gives %u codes, the fixture lists %u",
                 cell->where, cell->code, how, codes->len, n);
  for (guint k = 0; k < n; k++)
    {
      const char *want = k < cell->internal->len ? g_ptr_array_index (cell->internal, k)
                                                 : g_ptr_array_index (cell->external, k - cell->internal->len);
      ck_assert_msg (g_str_equal (g_ptr_array_index (codes, k), want), "%s: “%s” read %s: code %u is %s, not %s",
                     cell->where, cell->code, how, k + 1, (char *) g_ptr_array_index (codes, k), want);
    }
}

/* --------------------------------------------------------------- tests */

START_TEST (test_fixture_codes_read)
{
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (cells, i);
      g_autoptr(GPtrArray) as_written = rancang_tows_refs_parse (cell->code, RANCANG_TOWS_REFS_AS_WRITTEN);
      g_autoptr(GPtrArray) unique = rancang_tows_refs_parse (cell->code, RANCANG_TOWS_REFS_UNIQUE);

      assert_codes (as_written, cell, "as written");
      assert_codes (unique, cell, "each once");
    }
}
END_TEST

/* What the editor writes back: the printed form becomes "S1,S2,S4-O1",
 * which reads back as the same factors. */
START_TEST (test_fixture_codes_stored)
{
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (cells, i);
      g_autoptr(GPtrArray) codes = rancang_tows_refs_parse (cell->code, RANCANG_TOWS_REFS_UNIQUE);
      g_autofree char *stored = rancang_tows_refs_format (codes);
      g_autofree char *want = stored_form (cell->internal, cell->external);
      g_autoptr(GPtrArray) again = rancang_tows_refs_parse (stored, RANCANG_TOWS_REFS_AS_WRITTEN);

      ck_assert_msg (g_str_equal (stored, want), "%s: “%s” is stored as “%s”, not “%s”",
                     cell->where, cell->code, stored, want);
      assert_codes (again, cell, "from its stored form");
    }
}
END_TEST

/* Every reference of the fixture names a factor of F1 or F2 of its own
 * quadrant's sides: the checker finds nothing in the TOWS table. */
START_TEST (test_fixture_checks_clean)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) doc = tows_document ();
  g_autoptr(GPtrArray) findings = rancang_check_document (doc, set);

  for (guint i = 0; i < findings->len; i++)
    {
      RancangFinding *f = g_ptr_array_index (findings, i);
      ck_assert_msg (f->kind != RANCANG_FINDING_TOWS_REF, "finding on the fixture: %s", f->message);
    }
}
END_TEST

/* A factor the lists do not have is reported once for each time it is
 * written; the editor names it once. */
START_TEST (test_repeats)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  g_autoptr(RancangDocument) doc = tows_document ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) as_written = rancang_tows_refs_parse ("S,1,1-O,9,9", RANCANG_TOWS_REFS_AS_WRITTEN);
  g_autoptr(GPtrArray) unique = rancang_tows_refs_parse ("S,1,1-O,9,9", RANCANG_TOWS_REFS_UNIQUE);
  g_autoptr(GPtrArray) bare = rancang_tows_refs_parse ("1, 2 - O1", RANCANG_TOWS_REFS_AS_WRITTEN);
  g_autoptr(GPtrArray) bare_once = rancang_tows_refs_parse ("1, 2 - O1", RANCANG_TOWS_REFS_UNIQUE);
  RancangNode *first = rancang_node_get_first_child (rancang_document_lookup_id (doc, "tows"));
  guint reported = 0;

  ck_assert_uint_eq (as_written->len, 4);
  ck_assert_uint_eq (unique->len, 2);
  ck_assert_str_eq (g_ptr_array_index (unique, 1), "O9");
  /* Numbers before any letter name no group: kept bare for the checker. */
  ck_assert_uint_eq (bare->len, 3);
  ck_assert_str_eq (g_ptr_array_index (bare, 0), "1");
  ck_assert_uint_eq (bare_once->len, 1);

  rancang_node_set_content (rancang_edit_find_cell (first, "refs"), "S,1,1-O,9,9");
  findings = rancang_check_document (doc, set);
  for (guint i = 0; i < findings->len; i++)
    {
      RancangFinding *f = g_ptr_array_index (findings, i);
      if (f->kind == RANCANG_FINDING_TOWS_REF)
        {
          ck_assert_str_eq (f->kode, "#1");
          ck_assert (strstr (f->message, "O9") != NULL);
          reported++;
        }
    }
  ck_assert_uint_eq (reported, 2);
}
END_TEST

/* Moving any factor down one place swaps it with the next of its group:
 * the references follow, so every strategy names the same factors, and
 * one undo puts everything back as printed. */
START_TEST (test_move_factor_references_follow)
{
  g_autoptr(RancangTemplateSet) set = builtin ();

  for (guint i = 0; i + 1 < factors->len; i++)
    {
      Factor *f = g_ptr_array_index (factors, i), *next = g_ptr_array_index (factors, i + 1);
      g_autoptr(RancangDocument) doc = NULL;
      g_autoptr(RancangHistory) history = NULL;
      g_autoptr(RancangTable) table = NULL;
      g_autoptr(RancangTable) tows = NULL;
      g_autoptr(GPtrArray) group = NULL;
      g_autofree char *moved = NULL;
      guint row = G_MAXUINT;

      if (next->code[0] != f->code[0])
        continue;
      doc = tows_document ();
      history = rancang_history_new ();
      table = table_of (doc, set, strchr ("SW", f->code[0]) != NULL ? "ifas" : "efas");
      tows = table_of (doc, set, "tows");
      group = rancang_swot_factors (table, f->code[0]);
      for (guint k = 0; k < group->len; k++)
        if (g_str_equal (((RancangSwotFactor *) g_ptr_array_index (group, k))->code, f->code))
          row = ((RancangSwotFactor *) g_ptr_array_index (group, k))->row;
      ck_assert_msg (row != G_MAXUINT, "factor %s is not in its table", f->code);

      rancang_history_begin (history, "Move Factor", NULL);
      moved = rancang_swot_move_factor (history, table, row, +1, tows);
      rancang_history_end (history);
      ck_assert_msg (g_strcmp0 (moved, next->code) == 0, "%s moved down is %s, not %s", f->code, moved, next->code);

      /* The moved factor's row now comes after the other and has its number. */
      {
        g_autoptr(RancangTable) now = table_of (doc, set, strchr ("SW", f->code[0]) != NULL ? "ifas" : "efas");
        g_autoptr(GPtrArray) after = rancang_swot_factors (now, f->code[0]);
        RancangSwotFactor *at = NULL;

        for (guint k = 0; k < after->len; k++)
          if (g_str_equal (((RancangSwotFactor *) g_ptr_array_index (after, k))->code, next->code))
            at = g_ptr_array_index (after, k);
        ck_assert (at != NULL);
        g_autofree char *text = cell_text (at->node, "uraian");
        ck_assert_msg (g_str_equal (text, f->text), "after moving %s down, %s is “%s”", f->code, next->code, text);
      }

      for (guint c = 0; c < cells->len; c++)
        {
          Cell *cell = g_ptr_array_index (cells, c);
          g_autoptr(GPtrArray) internal = g_ptr_array_new ();
          g_autoptr(GPtrArray) external = g_ptr_array_new ();
          g_autofree char *refs = refs_of (doc, c);
          g_autofree char *want = NULL;
          gboolean named = FALSE;

          for (guint side = 0; side < 2; side++)
            {
              GPtrArray *from = side == 0 ? cell->internal : cell->external;
              for (guint k = 0; k < from->len; k++)
                {
                  const char *code = g_ptr_array_index (from, k);
                  const char *to = g_str_equal (code, f->code) ? next->code
                                   : g_str_equal (code, next->code) ? f->code : code;
                  named |= to != code;
                  g_ptr_array_add (side == 0 ? internal : external, (gpointer) to);
                }
            }
          want = named ? stored_form (internal, external) : g_strdup (cell->code);
          ck_assert_msg (g_str_equal (refs, want), "%s after moving %s down: “%s”, not “%s”",
                         cell->where, f->code, refs, want);
        }

      ck_assert (rancang_history_undo (history));
      for (guint c = 0; c < cells->len; c++)
        {
          Cell *cell = g_ptr_array_index (cells, c);
          g_autofree char *refs = refs_of (doc, c);
          ck_assert_msg (g_str_equal (refs, cell->code), "%s after undo: “%s”", cell->where, refs);
        }
    }
}
END_TEST

/* Every factor of the fixture is named by a strategy: removing one keeps
 * the numbers, and the strategies naming it become findings. Without
 * strategies the factors after it close the gap. */
START_TEST (test_remove_factor)
{
  g_autoptr(RancangTemplateSet) set = builtin ();

  for (guint i = 0; i < factors->len; i++)
    {
      Factor *f = g_ptr_array_index (factors, i);
      const char *id = strchr ("SW", f->code[0]) != NULL ? "ifas" : "efas";
      g_autoptr(RancangDocument) doc = tows_document ();
      g_autoptr(RancangDocument) bare = tows_document ();
      g_autoptr(RancangHistory) history = rancang_history_new ();
      g_autoptr(RancangTable) table = table_of (doc, set, id);
      g_autoptr(RancangTable) tows = table_of (doc, set, "tows");
      g_autoptr(RancangTable) bare_table = table_of (bare, set, id);
      g_autoptr(GPtrArray) group = rancang_swot_factors (table, f->code[0]);
      g_autoptr(GPtrArray) findings = NULL;
      guint naming = 0, reported = 0, index = G_MAXUINT;

      for (guint k = 0; k < group->len; k++)
        if (g_str_equal (((RancangSwotFactor *) g_ptr_array_index (group, k))->code, f->code))
          index = k;
      ck_assert (index != G_MAXUINT);
      for (guint c = 0; c < cells->len; c++)
        {
          Cell *cell = g_ptr_array_index (cells, c);
          GPtrArray *side = strchr ("SW", f->code[0]) != NULL ? cell->internal : cell->external;
          naming += g_ptr_array_find_with_equal_func (side, f->code, g_str_equal, NULL);
        }
      ck_assert_msg (naming > 0, "fixture factor %s is named by no strategy", f->code);

      rancang_history_begin (history, "Remove Factor", NULL);
      rancang_swot_remove_factor (history, table, ((RancangSwotFactor *) g_ptr_array_index (group, index))->row, tows);
      rancang_history_end (history);
      for (guint c = 0; c < cells->len; c++)
        {
          g_autofree char *refs = refs_of (doc, c);
          ck_assert_str_eq (refs, ((Cell *) g_ptr_array_index (cells, c))->code);
        }
      findings = rancang_check_document (doc, set);
      for (guint k = 0; k < findings->len; k++)
        reported += ((RancangFinding *) g_ptr_array_index (findings, k))->kind == RANCANG_FINDING_TOWS_REF;
      ck_assert_msg (reported == naming, "%s removed: %u findings, %u strategies name it", f->code, reported, naming);

      /* No strategies to follow: the numbers after it close up. */
      {
        g_autoptr(RancangHistory) h = rancang_history_new ();
        g_autoptr(RancangTable) now = NULL;
        g_autoptr(GPtrArray) after = NULL;

        rancang_history_begin (h, "Remove Factor", NULL);
        rancang_swot_remove_factor (h, bare_table, ((RancangSwotFactor *) g_ptr_array_index (group, index))->row, NULL);
        rancang_history_end (h);
        now = table_of (bare, set, id);
        after = rancang_swot_factors (now, f->code[0]);
        ck_assert_uint_eq (after->len, group->len - 1);
        for (guint k = 0; k < after->len; k++)
          {
            RancangSwotFactor *a = g_ptr_array_index (after, k);
            Factor *was = g_ptr_array_index (factors, i - index + k + (k >= index));
            g_autofree char *want = g_strdup_printf ("%c%u", f->code[0], k + 1);
            g_autofree char *text = cell_text (a->node, "uraian");

            ck_assert_msg (g_str_equal (a->code, want), "%s removed: factor %u is %s", f->code, k + 1, a->code);
            ck_assert_str_eq (text, was->text);
          }
      }
    }
}
END_TEST

static void
assert_number (RancangNode *row,
               const char  *key,
               const char  *want,
               const char  *what)
{
  g_autofree char *text = cell_text (row, key);

  ck_assert_msg (fabs (g_ascii_strtod (text, NULL) - g_ascii_strtod (want, NULL)) < 1e-9 && text[0] != '\0',
                 "%s %s is “%s”, the fixture expects %s", what, key, text, want);
}

/* Stated totals of 0 are rewritten to what the fixture expects: each
 * factor's skor (bobot x score), each group's TOTAL (its sums) and the
 * FINAL SCORE. */
START_TEST (test_store_totals)
{
  g_autoptr(RancangTemplateSet) set = builtin ();
  const char *const ids[] = { "ifas", "efas" };
  const char *const letters[] = { "SW", "OT" };
  guint next_total = 0;

  for (guint t = 0; t < G_N_ELEMENTS (ids); t++)
    {
      g_autoptr(RancangNode) node = swot_table (ids[t], letters[t], "0");
      g_autoptr(RancangHistory) history = rancang_history_new ();
      RancangTemplate *tmpl = rancang_template_set_for_table (set, node, NULL);
      g_autoptr(RancangTable) table = rancang_table_new (tmpl, node);
      guint factor = 0;

      rancang_template_unref (tmpl);   /* the table holds its own */

      while (factor < factors->len && strchr (letters[t], ((Factor *) g_ptr_array_index (factors, factor))->code[0]) == NULL)
        factor++;
      rancang_history_begin (history, "Change Rating", NULL);
      rancang_swot_store_totals (history, table);
      rancang_history_end (history);
      for (RancangNode *row = rancang_node_get_first_child (node); row != NULL; row = rancang_node_get_next (row))
        {
          if (g_strcmp0 (rancang_node_get_attr (row, "level"), "item") == 0)
            {
              Factor *f = g_ptr_array_index (factors, factor++);

              assert_number (row, "skor", f->total, f->code);
            }
          else
            {
              Total *want = g_ptr_array_index (totals, next_total++);

              if (want->letter != 0)
                assert_number (row, "bobot", want->sum_bobot, "TOTAL");
              assert_number (row, "skor", want->sum_total, want->letter != 0 ? "TOTAL" : "FINAL SCORE");
            }
        }
    }
  ck_assert_uint_eq (next_total, totals->len);
}
END_TEST

static Suite *
tows_suite (void)
{
  Suite *s = suite_create ("tows");
  TCase *fixture = tcase_create ("fixture");

  tcase_add_unchecked_fixture (fixture, load_fixture, NULL);
  tcase_add_test (fixture, test_fixture_codes_read);
  tcase_add_test (fixture, test_fixture_codes_stored);
  tcase_add_test (fixture, test_fixture_checks_clean);
  tcase_add_test (fixture, test_repeats);
  tcase_add_test (fixture, test_move_factor_references_follow);
  tcase_add_test (fixture, test_remove_factor);
  tcase_add_test (fixture, test_store_totals);
  suite_add_tcase (s, fixture);
  return s;
}

int
main (void)
{
  SRunner *runner = srunner_create (tows_suite ());
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
