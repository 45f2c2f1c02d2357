/* rancang-table-rows.c: the rows of a table as a tree, and the rules of
 * editing them (rancang-table-rows.h says what). */
#include "rancang-table-rows.h"

#include <string.h>

#include "rancang-format.h"
#include "rancang-table-import.h"

struct _RancangTableRows
{
  RancangNode   *table;     /* the <table> element */
  guint          n_rows;
  RancangNode  **nodes;     /* per row: its element */
  RancangLevel  *levels;
  int           *parent;    /* per row: the row it is under, or -1 */
  guint         *end;       /* per row: the first row after those under it */
  gboolean       indicators; /* the template has an indikator column */
};

/* ---------------------------------------------------------------- levels */

/* One step deeper in the level's chain, or NONE at its bottom. */
RancangLevel
rancang_level_deeper (RancangLevel level)
{
  switch (level)
    {
    case RANCANG_LEVEL_TUJUAN:
    case RANCANG_LEVEL_URUSAN:
    case RANCANG_LEVEL_BIDANG:
    case RANCANG_LEVEL_PROGRAM:
    case RANCANG_LEVEL_KEGIATAN:
    case RANCANG_LEVEL_GROUP:
      return level + 1;
    default:
      return RANCANG_LEVEL_NONE;
    }
}

/* One step shallower in the level's chain, or NONE at its top. */
RancangLevel
rancang_level_shallower (RancangLevel level)
{
  switch (level)
    {
    case RANCANG_LEVEL_SASARAN:
    case RANCANG_LEVEL_BIDANG:
    case RANCANG_LEVEL_PROGRAM:
    case RANCANG_LEVEL_KEGIATAN:
    case RANCANG_LEVEL_SUBKEGIATAN:
    case RANCANG_LEVEL_ITEM:
      return level - 1;
    default:
      return RANCANG_LEVEL_NONE;
    }
}

/* Whether the row element ROW lies under ABOVE by their levels alone: one
 * more indicator of it (no level) or a deeper level (a kegiatan under a
 * program). What rows pasted after ABOVE must not come between. */
gboolean
rancang_row_is_under (RancangNode *row,
                      RancangNode *above)
{
  RancangLevel level = rancang_level_from_string (rancang_node_get_attr (row, "level"));
  RancangLevel top = rancang_level_from_string (rancang_node_get_attr (above, "level"));

  if (level == RANCANG_LEVEL_NONE)
    return TRUE;
  if (level == RANCANG_LEVEL_TOTAL || top == RANCANG_LEVEL_TOTAL || top == RANCANG_LEVEL_NONE)
    return FALSE;
  return level > top;
}

/* ----------------------------------------------------------------- kodes */

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

/* KODE is its parent's and more: 5.03.01.2.08.01 under 5.03.01.2.08. */
gboolean
rancang_kode_extends (const char *kode,
                      const char *parent_kode)
{
  return g_str_has_prefix (kode, parent_kode) && strlen (kode) > strlen (parent_kode);
}

/* The kode of ROW's parent when KODE (ROW's, or the one being typed) does
 * not extend it; NULL when it does, or when there is nothing to compare
 * (an indicator row, a blank kode, no parent or a parent without kode). */
const char *
rancang_table_kode_misfit (const RancangTable *table,
                           guint               row,
                           const char         *kode)
{
  const char *parent_kode;
  int parent;

  if (rancang_table_get_level (table, row) == RANCANG_LEVEL_NONE || is_blank (kode))
    return NULL;
  parent = rancang_table_get_parent (table, row);
  if (parent < 0)
    return NULL;
  parent_kode = rancang_table_get_kode (table, (guint) parent);
  if (is_blank (parent_kode) || rancang_kode_extends (kode, parent_kode))
    return NULL;
  return parent_kode;
}

/* -------------------------------------------------------------- the tree */

/* Every row under the row its computation names as parent (a
 * continuation row under the row it continues), as long as that row is
 * still open above it, so that the tree shows the rows in table order. */
static void
build_tree (RancangTableRows   *rows,
            const RancangTable *table)
{
  guint n = rows->n_rows;
  g_autofree int *stack = g_new (int, n + 1);
  guint depth = 0;
  int head = -1;

  for (guint r = 0; r < n; r++)
    {
      RancangLevel level = rows->levels[r];
      int want;

      if (level == RANCANG_LEVEL_TOTAL)
        {
          want = -1;
          head = -1;
        }
      else if (level == RANCANG_LEVEL_NONE && head >= 0)
        want = head;
      else
        {
          want = rancang_table_get_parent (table, r);
          head = (int) r;
        }
      while (depth > 0 && stack[depth - 1] != want)
        rows->end[stack[--depth]] = r;
      rows->parent[r] = depth > 0 ? stack[depth - 1] : -1;
      stack[depth++] = (int) r;
    }
  while (depth > 0)
    rows->end[stack[--depth]] = n;
}

RancangTableRows *
rancang_table_rows_new (const RancangTable *table)
{
  RancangTableRows *rows = g_new0 (RancangTableRows, 1);
  guint n = rancang_table_get_n_rows (table);

  rows->table = rancang_table_get_node (table);
  rows->n_rows = n;
  rows->nodes = g_new (RancangNode *, MAX (n, 1));
  rows->levels = g_new (RancangLevel, MAX (n, 1));
  rows->parent = g_new (int, MAX (n, 1));
  rows->end = g_new (guint, MAX (n, 1));
  rows->indicators = rancang_template_lookup_column (rancang_table_get_template (table), "indikator") >= 0;
  for (guint r = 0; r < n; r++)
    {
      rows->nodes[r] = rancang_table_get_row_node (table, r);
      rows->levels[r] = rancang_table_get_level (table, r);
    }
  build_tree (rows, table);
  return rows;
}

void
rancang_table_rows_free (RancangTableRows *rows)
{
  if (rows == NULL)
    return;
  g_free (rows->nodes);
  g_free (rows->levels);
  g_free (rows->parent);
  g_free (rows->end);
  g_free (rows);
}

/* The same elements in the same tree: what a view of A shows B as well. */
gboolean
rancang_table_rows_equal (const RancangTableRows *a,
                          const RancangTableRows *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (a->n_rows != b->n_rows)
    return FALSE;
  for (guint r = 0; r < a->n_rows; r++)
    if (a->nodes[r] != b->nodes[r] || a->parent[r] != b->parent[r] || a->end[r] != b->end[r])
      return FALSE;
  return TRUE;
}

guint
rancang_table_rows_get_n_rows (const RancangTableRows *rows)
{
  return rows->n_rows;
}

RancangNode *
rancang_table_rows_get_node (const RancangTableRows *rows,
                             guint                   row)
{
  g_return_val_if_fail (row < rows->n_rows, NULL);
  return rows->nodes[row];
}

RancangLevel
rancang_table_rows_get_level (const RancangTableRows *rows,
                              guint                   row)
{
  g_return_val_if_fail (row < rows->n_rows, RANCANG_LEVEL_NONE);
  return rows->levels[row];
}

int
rancang_table_rows_get_parent (const RancangTableRows *rows,
                               guint                   row)
{
  g_return_val_if_fail (row < rows->n_rows, -1);
  return rows->parent[row];
}

guint
rancang_table_rows_get_end (const RancangTableRows *rows,
                            guint                   row)
{
  g_return_val_if_fail (row < rows->n_rows, rows->n_rows);
  return rows->end[row];
}

int
rancang_table_rows_prev_sibling (const RancangTableRows *rows,
                                 guint                   row)
{
  g_return_val_if_fail (row < rows->n_rows, -1);
  for (guint q = row; q-- > 0;)
    {
      if (rows->parent[q] == rows->parent[row])
        return (int) q;
      if ((int) q == rows->parent[row])
        break;
    }
  return -1;
}

int
rancang_table_rows_next_sibling (const RancangTableRows *rows,
                                 guint                   row)
{
  guint q;

  g_return_val_if_fail (row < rows->n_rows, -1);
  q = rows->end[row];
  if (q < rows->n_rows && rows->parent[q] == rows->parent[row])
    return (int) q;
  return -1;
}

/* The rows of SELECTED (indices in table order) that are not under
 * another of them: each stands for its block, itself and the rows under
 * it. */
GArray *
rancang_table_rows_blocks (const RancangTableRows *rows,
                           const GArray           *selected)
{
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (guint));
  guint end = 0;

  for (guint i = 0; i < selected->len; i++)
    {
      guint r = g_array_index (selected, guint, i);

      if (r < end || r >= rows->n_rows)
        continue;
      g_array_append_val (blocks, r);
      end = rows->end[r];
    }
  return blocks;
}

/* ------------------------------------------------------------ new rows */

static RancangNode *
node_before (const RancangTableRows *rows,
             guint                   at)
{
  if (at < rows->n_rows)
    return rows->nodes[at];
  if (rows->n_rows > 0)
    return rancang_node_get_next (rows->nodes[rows->n_rows - 1]);
  return NULL;
}

/* Where a row goes to come after ROW and the rows under it. */
RancangNode *
rancang_table_rows_place_after (const RancangTableRows *rows,
                                guint                   row)
{
  g_return_val_if_fail (row < rows->n_rows, NULL);
  return node_before (rows, rows->end[row]);
}

/* Where a row goes when none is chosen: at the end, before the totals;
 * *LEVEL is the level of the last row that has one. */
RancangNode *
rancang_table_rows_place_at_end (const RancangTableRows *rows,
                                 RancangLevel           *level)
{
  guint at = rows->n_rows;

  while (at > 0 && rows->levels[at - 1] == RANCANG_LEVEL_TOTAL)
    at--;
  *level = RANCANG_LEVEL_NONE;
  for (guint r = at; r-- > 0 && *level == RANCANG_LEVEL_NONE;)
    *level = rows->levels[r];
  return node_before (rows, at);
}

/* The row whose indicators ROW is about: itself, or the row it continues;
 * -1 when it has none (a total, or a template without indikator). */
int
rancang_table_rows_indicator_owner (const RancangTableRows *rows,
                                    guint                   row)
{
  if (row >= rows->n_rows || !rows->indicators)
    return -1;
  if (rows->levels[row] == RANCANG_LEVEL_NONE && rows->parent[row] >= 0)
    row = (guint) rows->parent[row];
  if (rows->levels[row] == RANCANG_LEVEL_TOTAL || rows->levels[row] == RANCANG_LEVEL_NONE)
    return -1;
  return (int) row;
}

/* Where one more indicator of OWNER goes: after its indicators, before
 * the rows under it. */
RancangNode *
rancang_table_rows_place_indicator (const RancangTableRows *rows,
                                    guint                   owner)
{
  guint at = owner + 1;

  g_return_val_if_fail (owner < rows->n_rows, NULL);
  while (at < rows->n_rows && rows->levels[at] == RANCANG_LEVEL_NONE && rows->parent[at] == (int) owner)
    at++;
  return node_before (rows, at);
}

/* ------------------------------------------------------- what may be done */

/* An indicator row moves among indicators, a row with a level among rows
 * with a level: otherwise it would change what it belongs to. */
static gboolean
same_kind (const RancangTableRows *rows,
           guint                   a,
           guint                   b)
{
  return (rows->levels[a] == RANCANG_LEVEL_NONE) == (rows->levels[b] == RANCANG_LEVEL_NONE);
}

/* A block moves one step deeper (or shallower): each of its rows must
 * have a level that can, and a block goes deeper only under the row
 * before it of its own level. */
static gboolean
block_can_shift (const RancangTableRows *rows,
                 guint                   r,
                 gboolean                deeper)
{
  RancangLevel level = rows->levels[r];

  if (level == RANCANG_LEVEL_NONE || level == RANCANG_LEVEL_TOTAL)
    return FALSE;
  if (deeper)
    {
      int p = rancang_table_rows_prev_sibling (rows, r);
      if (p < 0 || rows->levels[p] != level)
        return FALSE;
    }
  for (guint d = r; d < rows->end[r]; d++)
    {
      RancangLevel l = rows->levels[d];
      if (l != RANCANG_LEVEL_NONE
          && (deeper ? rancang_level_deeper (l) : rancang_level_shallower (l)) == RANCANG_LEVEL_NONE)
        return FALSE;
    }
  return TRUE;
}

gboolean
rancang_table_rows_can_shift (const RancangTableRows *rows,
                              const GArray           *blocks,
                              gboolean                deeper)
{
  if (blocks->len == 0)
    return FALSE;
  for (guint i = 0; i < blocks->len; i++)
    if (!block_can_shift (rows, g_array_index (blocks, guint, i), deeper))
      return FALSE;
  return TRUE;
}

/* The blocks as siblings one after the other, or FALSE. */
static gboolean
blocks_are_a_run (const RancangTableRows *rows,
                  const GArray           *blocks)
{
  if (blocks->len == 0)
    return FALSE;
  for (guint i = 1; i < blocks->len; i++)
    {
      guint a = g_array_index (blocks, guint, i - 1), b = g_array_index (blocks, guint, i);
      if (rows->end[a] != b || rows->parent[a] != rows->parent[b] || !same_kind (rows, a, b))
        return FALSE;
    }
  return TRUE;
}

/* The sibling before (or after) the run of blocks, of the same kind, or -1. */
static int
move_neighbour (const RancangTableRows *rows,
                const GArray           *blocks,
                gboolean                up)
{
  guint edge;
  int q;

  if (!blocks_are_a_run (rows, blocks))
    return -1;
  edge = g_array_index (blocks, guint, up ? 0 : blocks->len - 1);
  q = up ? rancang_table_rows_prev_sibling (rows, edge) : rancang_table_rows_next_sibling (rows, edge);
  if (q < 0 || !same_kind (rows, (guint) q, edge))
    return -1;
  return q;
}

/* Where the run goes when it is the first (last) of its parent: to the
 * end (start) of the parent's sibling of the same level, a kegiatan from
 * one program to the next. Indicator rows stay with their row. FALSE when
 * there is no such place. */
static gboolean
move_across (const RancangTableRows *rows,
             const GArray           *blocks,
             gboolean                up,
             RancangNode           **before)
{
  guint first;
  int parent, other;

  if (!blocks_are_a_run (rows, blocks))
    return FALSE;
  first = g_array_index (blocks, guint, 0);
  parent = rows->parent[first];
  if (rows->levels[first] == RANCANG_LEVEL_NONE || parent < 0)
    return FALSE;
  /* (only from the edge: otherwise it moves among its siblings) */
  if (move_neighbour (rows, blocks, up) >= 0)
    return FALSE;
  other = up ? rancang_table_rows_prev_sibling (rows, (guint) parent)
             : rancang_table_rows_next_sibling (rows, (guint) parent);
  if (other < 0 || rows->levels[other] != rows->levels[parent])
    return FALSE;
  *before = rancang_table_rows_place_after (rows, (guint) other);
  if (!up)
    for (guint d = (guint) other + 1; d < rows->end[other]; d++)
      if (rows->parent[d] == other && rows->levels[d] != RANCANG_LEVEL_NONE)
        {
          *before = rows->nodes[d];
          break;
        }
  return TRUE;
}

gboolean
rancang_table_rows_can_move (const RancangTableRows *rows,
                             const GArray           *blocks,
                             gboolean                up)
{
  RancangNode *before;

  return move_neighbour (rows, blocks, up) >= 0 || move_across (rows, blocks, up, &before);
}

/* ------------------------------------------------------------- the edits */

/* A new empty row of LEVEL (NONE: one more indicator) before BEFORE. */
RancangNode *
rancang_table_rows_insert (RancangHistory *history,
                           RancangNode    *table,
                           RancangNode    *before,
                           RancangLevel    level)
{
  RancangNode *row = rancang_node_new_element ("row");

  if (level != RANCANG_LEVEL_NONE)
    rancang_node_set_attr (row, "level", rancang_level_to_string (level));
  rancang_history_insert (history, table, before, row);
  return row;
}

/* The blocks deleted; the number of rows that went. */
guint
rancang_table_rows_delete (const RancangTableRows *rows,
                           RancangHistory         *history,
                           const GArray           *blocks)
{
  guint removed = 0;

  for (guint i = 0; i < blocks->len; i++)
    {
      guint r = g_array_index (blocks, guint, i);
      for (guint d = r; d < rows->end[r]; d++, removed++)
        rancang_history_remove (history, rows->nodes[d]);
    }
  return removed;
}

/* Every row of the blocks one level deeper (or shallower), the rows under
 * them too: a kegiatan indented under the kegiatan before it becomes one
 * of its sub kegiatan, and its parent's roll-up follows. */
gboolean
rancang_table_rows_shift (const RancangTableRows *rows,
                          RancangHistory         *history,
                          const GArray           *blocks,
                          gboolean                deeper)
{
  if (!rancang_table_rows_can_shift (rows, blocks, deeper))
    return FALSE;
  for (guint i = 0; i < blocks->len; i++)
    {
      guint r = g_array_index (blocks, guint, i);
      for (guint d = r; d < rows->end[r]; d++)
        {
          RancangLevel l = rows->levels[d];
          if (l != RANCANG_LEVEL_NONE)
            rancang_history_set_attr (history, rows->nodes[d], "level",
                                      rancang_level_to_string (deeper ? rancang_level_deeper (l)
                                                                      : rancang_level_shallower (l)));
        }
    }
  return TRUE;
}

/* The run of blocks one step up (or down): past the sibling before it, or,
 * the first of its parent, on into the parent's neighbour. */
gboolean
rancang_table_rows_move (const RancangTableRows *rows,
                         RancangHistory         *history,
                         const GArray           *blocks,
                         gboolean                up)
{
  int q = move_neighbour (rows, blocks, up);
  RancangNode *before;
  guint first, last, from, to;

  if (q < 0 && !move_across (rows, blocks, up, &before))
    return FALSE;
  first = g_array_index (blocks, guint, 0);
  last = g_array_index (blocks, guint, blocks->len - 1);
  if (q < 0)
    {
      /* the blocks themselves go to the parent's neighbour */
      from = first;
      to = rows->end[last];
    }
  else
    {
      /* the neighbour's rows go to the other side of the blocks */
      before = up ? rancang_table_rows_place_after (rows, last) : rows->nodes[first];
      from = (guint) q;
      to = rows->end[q];
    }
  for (guint d = from; d < to; d++)
    rancang_history_move (history, rows->nodes[d], rows->table, before);
  return TRUE;
}

/* ------------------------------------------------------------- cells */

char *
rancang_table_cell_display (const RancangTable *table,
                            guint               row,
                            guint               column,
                            const char         *empty)
{
  RancangColumnType type = rancang_template_column_type (rancang_table_get_template (table), column);
  RancangDecimal value;
  const char *shown;
  char *text = NULL;

  switch (rancang_table_cell_shown (table, row, column, &value, &shown))
    {
    case RANCANG_VALUE_NUMBER:
      if (type == RANCANG_COLUMN_PERCENT)
        text = rancang_format_number (value, (gint) rancang_table_get_decimals (table, column));
      else
        text = rancang_format_number (value, type == RANCANG_COLUMN_MONEY ? 0 : -1);
      return text != NULL ? text : g_strdup (shown);
    case RANCANG_VALUE_EMPTY:
      return g_strdup (empty != NULL ? empty : shown);
    case RANCANG_VALUE_INVALID:
    default:
      return g_strdup (shown);
    }
}

/* --------------------------------------------------------- values in use */

typedef struct
{
  const char *value;
  guint       count;
} Used;

static int
compare_used (gconstpointer a,
              gconstpointer b)
{
  const Used *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_utf8_collate (x->value, y->value);
}

GPtrArray *
rancang_cell_values_in_use (RancangNode       *root,
                            const char        *key,
                            const char *const *known)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) used = g_array_new (FALSE, FALSE, sizeof (Used));
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer value, count;

  for (RancangNode *n = root; n != NULL; n = rancang_node_next_in_tree (n, root))
    if (rancang_node_is (n, "c") && g_strcmp0 (rancang_node_get_attr (n, "k"), key) == 0)
      {
        RancangNode *text = rancang_node_get_first_child (n);
        const char *s;

        if (text == NULL || !rancang_node_is_text (text))
          continue;
        s = rancang_node_get_text (text);
        if (*s == '\0' || g_str_equal (s, RANCANG_FORMAT_EMPTY))
          continue;
        g_hash_table_insert (counts, (gpointer) s,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, s)) + 1));
      }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &value, &count))
    {
      Used u = { value, GPOINTER_TO_UINT (count) };
      g_array_append_val (used, u);
    }
  g_array_sort (used, compare_used);
  for (guint i = 0; i < used->len; i++)
    g_ptr_array_add (values, g_strdup (g_array_index (used, Used, i).value));
  for (guint i = 0; known != NULL && known[i] != NULL; i++)
    if (!g_hash_table_contains (counts, known[i]))
      g_ptr_array_add (values, g_strdup (known[i]));
  return values;
}
