/* rancang-layout-table.c: tables on pages.
 *
 * A table takes its columns, headers and every derived value from its
 * template through the computation engine (rancang-compute.h): what is
 * printed in a total is what Rancang computed, never what was typed. Values
 * are formatted by rancang-format.c only.
 *
 * Rows are placed one after the other; the grouped header and the column
 * number row are drawn again at the top of every page the table reaches. A
 * row that does not fit moves to the next page whole; a row taller than a
 * page is cut between two of its lines and continued under the repeated
 * header, so no row is ever printed twice or lost.
 */
#include "rancang-config.h"

#include "rancang-layout-table.h"

#include "rancang-flow-text.h"
#include "rancang-layout-inline.h"
#include "rancang-layout-tows.h"

#include <string.h>

#include "rancang-format.h"

#define PAD_X    2.5
#define PAD_Y    2.0
#define RULE     0.5
#define HEADER_FILL 0xE6E6E6

typedef enum
{
  CELL_LEFT,
  CELL_CENTER,
  CELL_RIGHT,
} CellAlign;

typedef struct
{
  guint              column;      /* in the template */
  RancangColumnType  type;
  gboolean           kode;        /* never wraps */
  gboolean           uraian;      /* indented by level */
  char              *header;      /* as printed: year labels counted from the plan year */
  char              *group;       /* likewise, or NULL */
  double             min_w, natural_w;
  double             x, w;
} Col;

typedef struct
{
  RancangFlow       *flow;
  RancangTable      *table;
  RancangTemplate   *tmpl;
  GArray            *cols;        /* Col */
  int                satuan;      /* an unprinted satuan column, appended to values; -1 */
  double             size, leading;
  gboolean           has_groups, has_numbers;
  double             group_h, head_h, number_h;   /* header rows */
  double             left;
} Tab;

typedef struct
{
  GPtrArray   *lines;             /* char *, one a printed line */
  RancangFace  face;
  CellAlign    align;
  double       indent;
} Cell;

/* Whether the table leaves the column KEY out of print (hide-columns="k5 ket"). */
static gboolean
column_hidden (RancangNode *table,
               const char  *key)
{
  const char *hidden = rancang_node_get_attr (table, "hide-columns");
  gsize length = strlen (key);

  /* A list of the schema: tokens between any white space. */
  for (const char *p = hidden; p != NULL && *p != '\0'; )
    {
      const char *end = p;

      while (*end != '\0' && !g_ascii_isspace (*end))
        end++;
      if ((gsize) (end - p) == length && strncmp (p, key, length) == 0)
        return TRUE;
      p = *end != '\0' ? end + 1 : NULL;
    }
  return FALSE;
}

static gboolean
column_is_numeric (RancangColumnType type)
{
  return type != RANCANG_COLUMN_TEXT;
}

static RancangFace
row_face (RancangLevel level)
{
  switch (level)
    {
    case RANCANG_LEVEL_SUBKEGIATAN:
    case RANCANG_LEVEL_ITEM:
    case RANCANG_LEVEL_NONE:
      return RANCANG_FACE_SANS;
    default:
      /* Urusan, bidang, program, kegiatan, tujuan, sasaran, groups and totals. */
      return RANCANG_FACE_SANS_BOLD;
    }
}

static double
row_indent (RancangLevel level)
{
  switch (level)
    {
    case RANCANG_LEVEL_KEGIATAN:
    case RANCANG_LEVEL_SASARAN:
    case RANCANG_LEVEL_ITEM:
      return 6;
    case RANCANG_LEVEL_SUBKEGIATAN:
      return 12;
    default:
      return 0;
    }
}

/* The printed text of one cell: computed values in the Indonesian form, "-"
 * where a number has no value, the text as typed where it is no number. */
static char *
cell_text (Tab   *tab,
           guint  row,
           Col   *col)
{
  RancangLevel level = rancang_table_get_level (tab->table, row);
  const char *raw = rancang_table_get_text (tab->table, row, col->column);
  RancangDecimal value;
  RancangValueState state;
  char *text;

  /* An indicator row continues the row above: its kode and name are not repeated. */
  if (level == RANCANG_LEVEL_NONE && (col->kode || col->uraian))
    return g_strdup ("");
  if (col->kode)
    {
      const char *kode = rancang_table_get_kode (tab->table, row);
      return g_strdup (kode != NULL ? kode : (raw != NULL ? raw : ""));
    }
  if (!column_is_numeric (col->type))
    return g_strdup (raw != NULL ? raw : "");

  if (col->type == RANCANG_COLUMN_PERCENT)
    state = rancang_table_get_rounded (tab->table, row, col->column,
                                       rancang_table_get_decimals (tab->table, col->column), &value);
  else
    state = rancang_table_get_value (tab->table, row, col->column, &value);

  switch (state)
    {
    case RANCANG_VALUE_NUMBER:
      if (col->type == RANCANG_COLUMN_PERCENT)
        text = rancang_format_number (value, rancang_table_get_decimals (tab->table, col->column));
      else if (col->type == RANCANG_COLUMN_MONEY)
        text = rancang_format_number (value, 0);
      else
        text = rancang_format_number (value, -1);
      if (text == NULL)
        return g_strdup (raw != NULL ? raw : "");
      if (tab->satuan >= 0 && (col->type == RANCANG_COLUMN_DECIMAL || col->type == RANCANG_COLUMN_COUNT))
        {
          const char *unit = rancang_table_get_text (tab->table, row, tab->satuan);
          if (unit != NULL && *unit != '\0' && strcmp (unit, "%") != 0)
            {
              char *with_unit = g_strconcat (text, " ", unit, NULL);
              g_free (text);
              return with_unit;
            }
        }
      return text;
    case RANCANG_VALUE_INVALID:
      /* "#DIV/0!" or "199 kali": printed as typed, the checker reports it. */
      return g_strdup (raw != NULL ? raw : "");
    case RANCANG_VALUE_EMPTY:
    default:
      /* Money belongs to the program, not to its further indicators. */
      if (level == RANCANG_LEVEL_NONE && col->type == RANCANG_COLUMN_MONEY)
        return g_strdup ("");
      return g_strdup (RANCANG_FORMAT_EMPTY);
    }
}

static double
longest_word (RancangFlow *flow,
              const char  *text,
              RancangFace  face,
              double       size)
{
  double best = 0;
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;
      while (*p == ' ')
        p++;
      start = p;
      while (*p != '\0' && *p != ' ')
        p++;
      if (p > start)
        best = MAX (best, rancang_fonts_measure (flow->fonts, face, size, start, p - start));
    }
  return best;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static void
measure_columns (Tab *tab)
{
  RancangFlow *flow = tab->flow;
  guint n_rows = rancang_table_get_n_rows (tab->table);
  /* Widths follow the content, but a sample is enough for a very long table. */
  guint step = n_rows > 2000 ? n_rows / 1000 : 1;

  GArray *fulls = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint c = 0; c < tab->cols->len; c++)
    {
      Col *col = &g_array_index (tab->cols, Col, c);
      const char *header = col->header;
      const char *number = rancang_template_column_number (tab->tmpl, col->column);

      col->min_w = longest_word (flow, header != NULL ? header : "", RANCANG_FACE_SANS_BOLD, tab->size);
      col->min_w = MAX (col->min_w, rancang_fonts_measure (flow->fonts, RANCANG_FACE_SANS, tab->size,
                                                           number != NULL ? number : "", -1));
      g_array_set_size (fulls, 0);
      for (guint r = 0; r < n_rows; r += step)
        {
          g_autofree char *text = cell_text (tab, r, col);
          RancangFace face = row_face (rancang_table_get_level (tab->table, r));
          double full = rancang_fonts_measure (flow->fonts, face, tab->size, text, -1);

          /* A kode or a number never wraps; text typed in a number column
           * ("12 unit kendaraan roda dua ...") does. */
          if (col->kode || (column_is_numeric (col->type) && strchr (text, ' ') == NULL))
            col->min_w = MAX (col->min_w, full);
          else
            col->min_w = MAX (col->min_w, longest_word (flow, text, face, tab->size));
          if (*text != '\0')
            {
              full += col->uraian ? row_indent (rancang_table_get_level (tab->table, r)) : 0;
              g_array_append_val (fulls, full);
            }
        }
      /* The natural width is what most cells need, not the one long remark:
       * a column earns room by how much text its rows carry. */
      g_array_sort (fulls, compare_double);
      col->natural_w = fulls->len > 0 ? g_array_index (fulls, double, (fulls->len - 1) * 85 / 100) : 0;
      col->min_w += 2 * PAD_X;
      col->natural_w = MAX (col->natural_w + 2 * PAD_X, col->min_w);
      col->natural_w = MIN (col->natural_w, MAX (col->min_w, 260));
    }
  g_array_unref (fulls);
}

static gboolean
distribute_widths (Tab    *tab,
                   double  avail)
{
  double sum_min = 0, sum_nat = 0, x = tab->left;

  for (guint c = 0; c < tab->cols->len; c++)
    {
      Col *col = &g_array_index (tab->cols, Col, c);
      sum_min += col->min_w;
      sum_nat += col->natural_w;
    }
  if (sum_min > avail + 0.01)
    return FALSE;
  for (guint c = 0; c < tab->cols->len; c++)
    {
      Col *col = &g_array_index (tab->cols, Col, c);
      if (sum_nat <= avail)
        col->w = col->natural_w + (avail - sum_nat) * col->natural_w / sum_nat;
      else
        col->w = col->min_w + (avail - sum_min) * (col->natural_w - col->min_w) / MAX (sum_nat - sum_min, 0.001);
      col->x = x;
      x += col->w;
    }
  return TRUE;
}

/* ------------------------------------------------------------------ header */

static GPtrArray *
wrap (Tab         *tab,
      const char  *text,
      RancangFace  face,
      double       width)
{
  return rancang_flow_wrap_plain (tab->flow, text != NULL ? text : "", face, tab->size, MAX (width, 1));
}

static double
lines_height (Tab   *tab,
              guint  n)
{
  return MAX (n, 1) * tab->leading + 2 * PAD_Y;
}

static double
header_height (Tab *tab)
{
  return tab->group_h + tab->head_h + tab->number_h;
}

static void
measure_header (Tab *tab)
{
  tab->group_h = tab->head_h = tab->number_h = 0;
  for (guint c = 0; c < tab->cols->len; c++)
    {
      Col *col = &g_array_index (tab->cols, Col, c);
      const char *group = col->group;
      g_autoptr(GPtrArray) lines = wrap (tab, col->header,
                                         RANCANG_FACE_SANS_BOLD, col->w - 2 * PAD_X);
      if (group != NULL)
        {
          double span = 0;
          guint d = c;
          /* The group cell starts at the first column of the group only. */
          if (c == 0 || g_strcmp0 (group, g_array_index (tab->cols, Col, c - 1).group) != 0)
            {
              g_autoptr(GPtrArray) glines = NULL;
              for (; d < tab->cols->len
                     && g_strcmp0 (group, g_array_index (tab->cols, Col, d).group) == 0; d++)
                span += g_array_index (tab->cols, Col, d).w;
              glines = wrap (tab, group, RANCANG_FACE_SANS_BOLD, span - 2 * PAD_X);
              tab->group_h = MAX (tab->group_h, lines_height (tab, glines->len));
            }
          tab->head_h = MAX (tab->head_h, lines_height (tab, lines->len));
        }
      else
        tab->head_h = MAX (tab->head_h, lines_height (tab, lines->len) - tab->group_h);
    }
  /* A column without a group spans both rows: it may need more than the two. */
  for (guint c = 0; c < tab->cols->len; c++)
    {
      Col *col = &g_array_index (tab->cols, Col, c);
      if (col->group == NULL)
        {
          g_autoptr(GPtrArray) lines = wrap (tab, col->header,
                                             RANCANG_FACE_SANS_BOLD, col->w - 2 * PAD_X);
          tab->head_h = MAX (tab->head_h, lines_height (tab, lines->len) - tab->group_h);
        }
    }
  if (tab->has_numbers)
    tab->number_h = tab->leading + 2 * PAD_Y;
}

static void
text_in_box (Tab         *tab,
             GPtrArray   *lines,
             guint        from,
             guint        to,
             double       x,
             double       w,
             double       top,
             RancangFace  face,
             CellAlign    align,
             double       indent,
             gboolean     middle,
             double       box_h)
{
  RancangFlow *flow = tab->flow;
  double y = top + PAD_Y;
  double ascent = rancang_fonts_ascent (flow->fonts, face, tab->size);

  if (middle)
    y = top + (box_h - (to - from) * tab->leading) / 2;
  for (guint l = from; l < to && l < lines->len; l++)
    {
      const char *text = g_ptr_array_index (lines, l);
      double tw = rancang_fonts_measure (flow->fonts, face, tab->size, text, -1);
      double tx = x + PAD_X + indent;

      if (align == CELL_RIGHT)
        tx = x + w - PAD_X - tw;
      else if (align == CELL_CENTER)
        tx = x + (w - tw) / 2;
      rancang_page_add_text (flow->layout, flow->page, tx, y + (tab->leading - tab->size) / 2 + ascent * 0.92,
                             face, tab->size, tw, text, -1, RANCANG_BLACK);
      y += tab->leading;
    }
}

static void
draw_header (Tab *tab)
{
  RancangFlow *flow = tab->flow;
  RancangPage *page = flow->page;
  double top = flow->y, right = tab->left;
  double second = top + tab->group_h, numbers = second + tab->head_h;

  for (guint c = 0; c < tab->cols->len; c++)
    right = MAX (right, g_array_index (tab->cols, Col, c).x + g_array_index (tab->cols, Col, c).w);
  rancang_page_add_rect (page, tab->left, top, right - tab->left, tab->group_h + tab->head_h, 0, TRUE,
                         HEADER_FILL, RANCANG_BLACK);

  for (guint c = 0; c < tab->cols->len; c++)
    {
      Col *col = &g_array_index (tab->cols, Col, c);
      const char *group = col->group;
      g_autoptr(GPtrArray) lines = wrap (tab, col->header,
                                         RANCANG_FACE_SANS_BOLD, col->w - 2 * PAD_X);

      if (group != NULL)
        {
          if (c == 0 || g_strcmp0 (group, g_array_index (tab->cols, Col, c - 1).group) != 0)
            {
              double span = 0;
              g_autoptr(GPtrArray) glines = NULL;
              for (guint d = c; d < tab->cols->len
                     && g_strcmp0 (group, g_array_index (tab->cols, Col, d).group) == 0; d++)
                span += g_array_index (tab->cols, Col, d).w;
              glines = wrap (tab, group, RANCANG_FACE_SANS_BOLD, span - 2 * PAD_X);
              text_in_box (tab, glines, 0, glines->len, col->x, span, top, RANCANG_FACE_SANS_BOLD, CELL_CENTER,
                           0, TRUE, tab->group_h);
              rancang_page_add_line (page, col->x, second, col->x + span, second, RULE, RANCANG_BLACK);
            }
          else
            /* Inside a group the rule between two columns starts under the group cell. */
            rancang_page_add_line (page, col->x, second, col->x, numbers, RULE, RANCANG_BLACK);
          text_in_box (tab, lines, 0, lines->len, col->x, col->w, second, RANCANG_FACE_SANS_BOLD, CELL_CENTER, 0,
                       TRUE, tab->head_h);
        }
      else
        text_in_box (tab, lines, 0, lines->len, col->x, col->w, top, RANCANG_FACE_SANS_BOLD, CELL_CENTER, 0,
                     TRUE, tab->group_h + tab->head_h);

      if (c == 0 || group == NULL
          || g_strcmp0 (group, g_array_index (tab->cols, Col, c - 1).group) != 0)
        rancang_page_add_line (page, col->x, top, col->x, numbers, RULE, RANCANG_BLACK);

      if (tab->has_numbers)
        {
          const char *number = rancang_template_column_number (tab->tmpl, col->column);
          g_autoptr(GPtrArray) nl = g_ptr_array_new ();
          g_ptr_array_add (nl, (gpointer) (number != NULL ? number : ""));
          text_in_box (tab, nl, 0, 1, col->x, col->w, numbers, RANCANG_FACE_SANS, CELL_CENTER, 0, FALSE, 0);
          rancang_page_add_line (page, col->x, numbers, col->x, numbers + tab->number_h, RULE, RANCANG_BLACK);
        }
    }
  rancang_page_add_line (page, right, top, right, numbers + tab->number_h, RULE, RANCANG_BLACK);
  rancang_page_add_line (page, tab->left, top, right, top, RULE, RANCANG_BLACK);
  rancang_page_add_line (page, tab->left, numbers, right, numbers, RULE, RANCANG_BLACK);
  if (tab->has_numbers)
    rancang_page_add_line (page, tab->left, numbers + tab->number_h, right, numbers + tab->number_h, RULE,
                           RANCANG_BLACK);
  flow->y = numbers + tab->number_h;
  flow->fresh = FALSE;
}

/* ------------------------------------------------------------------ rows */

static double
table_right (Tab *tab)
{
  Col *last = &g_array_index (tab->cols, Col, tab->cols->len - 1);
  return last->x + last->w;
}

/* The rest of the table goes on a new page of the same orientation, under
 * the header again. */
static void
continue_on_new_page (Tab *tab)
{
  RancangFlow *flow = tab->flow;

  rancang_flow_new_page (flow, flow->landscape);
  draw_header (tab);
}

static void
draw_row_part (Tab      *tab,
               Cell     *cells,
               guint     from,
               guint     to,
               gboolean  merge_top)
{
  RancangFlow *flow = tab->flow;
  double top = flow->y, h = (to - from) * tab->leading + 2 * PAD_Y;

  for (guint c = 0; c < tab->cols->len; c++)
    {
      Col *col = &g_array_index (tab->cols, Col, c);
      Cell *cell = &cells[c];

      text_in_box (tab, cell->lines, from, to, col->x, col->w, top, cell->face, cell->align, cell->indent, FALSE, h);
      rancang_page_add_line (flow->page, col->x, top, col->x, top + h, RULE, RANCANG_BLACK);
      /* The kode and uraian of a program span its further indicator rows. */
      if (!(merge_top && (col->kode || col->uraian)))
        rancang_page_add_line (flow->page, col->x, top, col->x + col->w, top, RULE, RANCANG_BLACK);
    }
  rancang_page_add_line (flow->page, table_right (tab), top, table_right (tab), top + h, RULE, RANCANG_BLACK);
  flow->y = top + h;
}

static void
close_page_part (Tab *tab)
{
  RancangFlow *flow = tab->flow;
  rancang_page_add_line (flow->page, tab->left, flow->y, table_right (tab), flow->y, RULE, RANCANG_BLACK);
}

static void
layout_row (Tab   *tab,
            guint  row)
{
  RancangFlow *flow = tab->flow;
  RancangLevel level = rancang_table_get_level (tab->table, row);
  guint n = tab->cols->len, max_lines = 1, done = 0;
  Cell *cells = g_new0 (Cell, n);
  double capacity;

  for (guint c = 0; c < n; c++)
    {
      Col *col = &g_array_index (tab->cols, Col, c);
      g_autofree char *text = cell_text (tab, row, col);

      cells[c].face = row_face (level);
      cells[c].indent = col->uraian ? row_indent (level) : 0;
      cells[c].align = column_is_numeric (col->type) ? CELL_RIGHT : CELL_LEFT;
      if (col->kode || (column_is_numeric (col->type) && strchr (text, ' ') == NULL))
        {
          cells[c].lines = g_ptr_array_new_with_free_func (g_free);
          if (*text != '\0')
            g_ptr_array_add (cells[c].lines, g_strdup (text));
        }
      else
        cells[c].lines = wrap (tab, text, cells[c].face, col->w - 2 * PAD_X - cells[c].indent);
      max_lines = MAX (max_lines, cells[c].lines->len);
    }

  capacity = (int) ((flow->bottom - flow->margin_top - header_height (tab) - 2 * PAD_Y) / tab->leading);
  while (done < max_lines)
    {
      guint fit = (guint) MAX (0, (flow->bottom - flow->y - 2 * PAD_Y + 0.01) / tab->leading);
      guint rest = max_lines - done;
      guint take;

      if (fit >= rest)
        take = rest;
      else if (rest <= capacity || fit < 2)
        {
          /* Whole onto the next page; a row taller than a page is cut there. */
          close_page_part (tab);
          continue_on_new_page (tab);
          continue;
        }
      else
        take = fit;
      draw_row_part (tab, cells, done, done + take, done == 0 && level == RANCANG_LEVEL_NONE && row > 0
                     && flow->y > flow->margin_top + header_height (tab) + 0.5);
      done += take;
      if (done < max_lines)
        {
          close_page_part (tab);
          continue_on_new_page (tab);
        }
    }

  for (guint c = 0; c < n; c++)
    g_ptr_array_unref (cells[c].lines);
  g_free (cells);
}

/* ------------------------------------------------------------------ the table */

static void
flow_caption (RancangFlow *flow,
              RancangNode *node,
              double       size)
{
  const char *number = rancang_flow_number_of (flow, node);
  RancangNode *caption = rancang_node_get_child (node, "caption");
  g_autofree char *text = caption != NULL ? rancang_flow_inline_text (flow, caption) : NULL;
  g_autofree char *title = NULL;

  if (number != NULL && text != NULL)
    title = g_strdup_printf ("%s %s", number, text);
  else
    title = g_strdup (number != NULL ? number : text);
  rancang_flow_mark (flow, node, title != NULL ? title : rancang_node_get_attr (node, "id"), 2);
  if (title != NULL)
    {
      rancang_flow_centered_lines (flow, title, RANCANG_FACE_SERIF_BOLD, size, size * 1.3);
      flow->y += 6;
    }
}

static void
flow_source (RancangFlow *flow,
             RancangNode *node)
{
  RancangNode *source = rancang_node_get_child (node, "source");
  g_autofree char *text = source != NULL ? rancang_flow_inline_text (flow, source) : NULL;
  g_autofree char *line = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  if (text == NULL)
    return;
  line = g_strconcat ("Sumber: ", text, NULL);
  lines = rancang_flow_wrap_plain (flow, line, RANCANG_FACE_SERIF_ITALIC, 10, flow->right - flow->left);
  flow->y += 3;
  for (guint i = 0; i < lines->len; i++)
    {
      const char *l = g_ptr_array_index (lines, i);
      rancang_flow_ensure (flow, 13);
      rancang_page_add_text (flow->layout, flow->page, flow->left, flow->y + 10, RANCANG_FACE_SERIF_ITALIC, 10,
                             rancang_fonts_measure (flow->fonts, RANCANG_FACE_SERIF_ITALIC, 10, l, -1), l, -1,
                             RANCANG_BLACK);
      flow->y += 13;
    }
}

void
rancang_flow_table (RancangFlow *flow,
                    RancangNode *node)
{
  RancangTable *table = g_hash_table_lookup (flow->table_of, node);
  RancangTemplate *tmpl = table != NULL ? rancang_table_get_template (table) : NULL;
  gboolean landscape = g_strcmp0 (rancang_node_get_attr (node, "orientation"), "landscape") == 0;
  Tab tab = { flow };
  guint n_rows, n_template_cols;
  int year;
  gboolean any_number = FALSE;

  rancang_flow_orient (flow, landscape);
  if (table == NULL)
    {
      /* An unknown template: the caption and a note, never a crash (the checker reports it). */
      g_autoptr(GError) error = NULL;
      RancangTemplate *missing = rancang_template_set_for_table (flow->templates, node, &error);

      g_clear_pointer (&missing, rancang_template_unref);
      flow_caption (flow, node, 11);
      rancang_flow_centered_lines (flow, error != NULL ? error->message : "?", RANCANG_FACE_SERIF_ITALIC, 10, 13);
      flow->y += 12;
      return;
    }

  tab.tmpl = tmpl;
  tab.table = table;
  tab.cols = g_array_new (FALSE, TRUE, sizeof (Col));
  tab.satuan = -1;
  /* TOWS prints as its matrix: S and W across, O and T down. */
  if (rancang_flow_tows_matrix (flow, node, table, flow_caption))
    {
      flow_source (flow, node);
      goto out;
    }
  n_template_cols = rancang_template_get_n_columns (tmpl);
  n_rows = rancang_table_get_n_rows (tab.table);
  year = rancang_document_get_plan_year (flow->doc);

  for (guint c = 0; c < n_template_cols; c++)
    if (rancang_template_column_number (tmpl, c) != NULL)
      any_number = TRUE;
  /* The columns the template numbers are the printed ones; the others
   * (level, akumulasi, polaritas) steer the computation. */
  for (guint c = 0; c < n_template_cols; c++)
    {
      const char *key = rancang_template_column_key (tmpl, c);
      Col col = { c, rancang_template_column_type (tmpl, c) };

      if ((any_number ? rancang_template_column_number (tmpl, c) == NULL
                      : rancang_template_column_header (tmpl, c) == NULL)
          || column_hidden (node, key))
        {
          if (g_strcmp0 (key, "satuan") == 0)
            tab.satuan = (int) c;
          continue;
        }
      col.kode = g_strcmp0 (key, "kode") == 0;
      col.uraian = g_strcmp0 (key, "uraian") == 0;
      col.header = rancang_format_year_labels (rancang_template_column_header (tmpl, c), year);
      col.group = rancang_format_year_labels (rancang_template_column_group (tmpl, c), year);
      g_array_append_val (tab.cols, col);
      tab.has_numbers = tab.has_numbers || rancang_template_column_number (tmpl, c) != NULL;
      tab.has_groups = tab.has_groups || rancang_template_column_group (tmpl, c) != NULL;
    }
  if (tab.cols->len == 0)
    {
      flow_caption (flow, node, 11);
      goto out;
    }

  /* The largest size from 9 pt down to 6 pt at which every kode and number fits. */
  tab.left = flow->left;
  for (tab.size = tab.cols->len > 6 ? 8 : 9.5; tab.size >= 6; tab.size -= 0.5)
    {
      tab.leading = tab.size * 1.2;
      measure_columns (&tab);
      if (distribute_widths (&tab, flow->right - flow->left))
        break;
    }
  if (tab.size < 6)
    {
      /* Nothing fits: the smallest size, columns at their minimum, overflowing to the right. */
      double x = flow->left;
      tab.size = 6, tab.leading = 7.2;
      measure_columns (&tab);
      for (guint c = 0; c < tab.cols->len; c++)
        {
          Col *col = &g_array_index (tab.cols, Col, c);
          col->x = x, col->w = col->min_w, x += col->w;
        }
    }
  measure_header (&tab);

  /* The caption, the header and a first row stay together. */
  flow->y += flow->fresh ? 0 : 6;
  rancang_flow_ensure (flow, 3 * 14 + header_height (&tab) + 3 * tab.leading);
  flow_caption (flow, node, landscape ? 11 : 12);
  draw_header (&tab);
  for (guint r = 0; r < n_rows; r++)
    layout_row (&tab, r);
  close_page_part (&tab);
  flow_source (flow, node);

out:
  flow->y += 12;
  flow->fresh = FALSE;
  if (landscape)
    flow->want_portrait = TRUE;
  for (guint c = 0; c < tab.cols->len; c++)
    {
      g_free (g_array_index (tab.cols, Col, c).header);
      g_free (g_array_index (tab.cols, Col, c).group);
    }
  g_array_unref (tab.cols);
}
