/* rancang-layout-tows.c: the TOWS table printed as its matrix.
 *
 * The document keeps the TOWS analysis as rows (a template with <tows>: the
 * quadrant SO|WO|ST|WT, the factors a strategy combines, its text), which
 * is how it is edited and checked. On paper it is the matrix planners know
 * (Tabel 2.i of the Serang Renstra): the strengths and weaknesses across
 * the top with their factors listed, the opportunities and threats down
 * the left, and in each of the four cells its strategies, each under the
 * factors it names ("S1,S2,S4-O1").
 *
 * The factors come from the document's IFAS and EFAS tables (templates
 * whose <index> is IFAS or EFAS), numbered as the checker numbers them.
 */
#include "rancang-config.h"

#include "rancang-layout-tows.h"

#include "rancang-flow-text.h"

#include <string.h>

#include "rancang-check.h"

#define SIZE        8.5
#define LEADING     (SIZE * 1.25)
#define PAD         3.0
#define GAP         4.0
#define RULE        0.5
#define HEAD_FILL   0xE6E6E6

enum { SIDE_S, SIDE_W, SIDE_O, SIDE_T, N_SIDES };
static const char sides[N_SIDES] = { 'S', 'W', 'O', 'T' };
static const char *const side_titles[N_SIDES] = { "KEKUATAN (S)", "KELEMAHAN (W)", "PELUANG (O)", "ANCAMAN (T)" };
/* The cells in reading order: row O (SO, WO), row T (ST, WT). */
static const char *const cell_names[4] = { "SO", "WO", "ST", "WT" };

/* One paragraph of a cell: wrapped lines in one face. */
typedef struct
{
  GPtrArray   *lines;
  RancangFace  face;
  gboolean     centered;
  double       space_before;
} Para;

typedef struct
{
  GArray *paras;     /* Para */
} Box;

static void
para_clear (Para *para)
{
  g_clear_pointer (&para->lines, g_ptr_array_unref);
}

static void
box_init (Box *box)
{
  box->paras = g_array_new (FALSE, TRUE, sizeof (Para));
  g_array_set_clear_func (box->paras, (GDestroyNotify) para_clear);
}

static void
box_add (RancangFlow *flow,
         Box         *box,
         const char  *text,
         RancangFace  face,
         gboolean     centered,
         double       space_before,
         double       width)
{
  Para para = { rancang_flow_wrap_plain (flow, text, face, SIZE, width - 2 * PAD), face, centered, space_before };
  g_array_append_val (box->paras, para);
}

static double
box_height (Box *box)
{
  double h = 2 * PAD;

  for (guint i = 0; i < box->paras->len; i++)
    {
      Para *para = &g_array_index (box->paras, Para, i);
      h += para->space_before + MAX (para->lines->len, 1) * LEADING;
    }
  return h;
}

static void
box_draw (RancangFlow *flow,
          Box         *box,
          double       x,
          double       top,
          double       w,
          double       h,
          gboolean     filled,
          gboolean     middle)
{
  double y = top + PAD;

  rancang_page_add_rect (flow->page, x, top, w, h, RULE, filled, HEAD_FILL, RANCANG_BLACK);
  if (middle)
    y = top + (h - box_height (box)) / 2 + PAD;
  for (guint i = 0; i < box->paras->len; i++)
    {
      Para *para = &g_array_index (box->paras, Para, i);
      double ascent = rancang_fonts_ascent (flow->fonts, para->face, SIZE);

      y += para->space_before;
      for (guint l = 0; l < para->lines->len; l++)
        {
          const char *line = g_ptr_array_index (para->lines, l);
          double tw = rancang_fonts_measure (flow->fonts, para->face, SIZE, line, -1);
          double tx = para->centered ? x + (w - tw) / 2 : x + PAD;

          rancang_page_add_text (flow->layout, flow->page, tx, y + (LEADING - SIZE) / 2 + ascent * 0.92,
                                 para->face, SIZE, tw, line, -1, RANCANG_BLACK);
          y += LEADING;
        }
    }
}

static void
box_clear (Box *box)
{
  g_clear_pointer (&box->paras, g_array_unref);
}

/* The factor tables of the document: IFAS (S, W) and EFAS (O, T). */
static RancangTable *
factor_table (RancangFlow     *flow,
              RancangSwotPart  part)
{
  for (guint i = 0; i < flow->tables->len; i++)
    {
      RancangTable *t = g_ptr_array_index (flow->tables, i);
      if (rancang_swot_part_of (rancang_table_get_template (t)) == part)
        return t;
    }
  return NULL;
}

/* "S1 Tersedianya kerangka regulasi ..." for each factor of SIDE. */
static void
add_factors (RancangFlow  *flow,
             Box          *box,
             RancangTable *table,
             char          side,
             double        width)
{
  RancangTemplate *tmpl;
  int faktor, no, uraian;
  guint count = 0;

  if (table == NULL)
    return;
  tmpl = rancang_table_get_template (table);
  faktor = rancang_template_lookup_column (tmpl, "faktor");
  no = rancang_template_lookup_column (tmpl, "no");
  uraian = rancang_template_lookup_column (tmpl, "uraian");
  if (faktor < 0 || uraian < 0)
    return;
  for (guint r = 0; r < rancang_table_get_n_rows (table); r++)
    {
      const char *f = rancang_table_get_text (table, r, (guint) faktor);
      const char *n = no >= 0 ? rancang_table_get_text (table, r, (guint) no) : NULL;
      const char *text = rancang_table_get_text (table, r, (guint) uraian);
      g_autofree char *letter = g_strstrip (g_ascii_strup (f != NULL ? f : "", -1));
      g_autofree char *number = g_strstrip (g_strdup (n != NULL ? n : ""));
      g_autofree char *line = NULL;

      if (rancang_table_get_level (table, r) == RANCANG_LEVEL_TOTAL || letter[0] != side || letter[1] != '\0')
        continue;
      count++;
      if (*number == '\0')
        {
          g_free (number);
          number = g_strdup_printf ("%u", count);
        }
      line = g_strdup_printf ("%c%s %s", side, number, text != NULL ? text : "");
      box_add (flow, box, line, RANCANG_FACE_SANS, FALSE, count > 1 ? 1 : GAP, width);
    }
}

gboolean
rancang_flow_tows_matrix (RancangFlow            *flow,
                          RancangNode            *node,
                          RancangTable           *table,
                          RancangFlowCaptionFunc  caption)
{
  RancangTemplate *tmpl = rancang_table_get_template (table);
  RancangTable *ifas = factor_table (flow, RANCANG_SWOT_PART_IFAS);
  RancangTable *efas = factor_table (flow, RANCANG_SWOT_PART_EFAS);
  int kuadran = rancang_template_lookup_column (tmpl, "kuadran");
  int refs = rancang_template_lookup_column (tmpl, "refs");
  int uraian = rancang_template_lookup_column (tmpl, "uraian");
  double width, col_w[3], col_x[3], head_h, row_h[2];
  Box head[3], rows[2][3];
  RancangPage *header_page = NULL;

  if (rancang_swot_part_of (tmpl) != RANCANG_SWOT_PART_TOWS || kuadran < 0 || uraian < 0
      || (ifas == NULL && efas == NULL))
    return FALSE;

  width = flow->right - flow->left;
  col_w[0] = width * 0.26, col_w[1] = col_w[2] = (width - col_w[0]) / 2;
  col_x[0] = flow->left, col_x[1] = col_x[0] + col_w[0], col_x[2] = col_x[1] + col_w[1];

  /* The header row: the corner, then S and W with their factors. */
  for (guint c = 0; c < 3; c++)
    box_init (&head[c]);
  box_add (flow, &head[0], "MATRIKS TOWS", RANCANG_FACE_SANS_BOLD, TRUE, 0, col_w[0]);
  for (guint s = SIDE_S; s <= SIDE_W; s++)
    {
      box_add (flow, &head[1 + s], side_titles[s], RANCANG_FACE_SANS_BOLD, TRUE, 0, col_w[1 + s]);
      add_factors (flow, &head[1 + s], ifas, sides[s], col_w[1 + s]);
    }
  head_h = 0;
  for (guint c = 0; c < 3; c++)
    head_h = MAX (head_h, box_height (&head[c]));

  /* Rows O and T: the side with its factors, then its two cells. */
  for (guint r = 0; r < 2; r++)
    {
      guint side = SIDE_O + r;

      for (guint c = 0; c < 3; c++)
        box_init (&rows[r][c]);
      box_add (flow, &rows[r][0], side_titles[side], RANCANG_FACE_SANS_BOLD, FALSE, 0, col_w[0]);
      add_factors (flow, &rows[r][0], efas, sides[side], col_w[0]);
      for (guint c = 0; c < 2; c++)
        {
          const char *cell = cell_names[r * 2 + c];
          g_autofree char *band = g_strdup_printf ("STRATEGI %c - %c", cell[0], cell[1]);
          gboolean first = TRUE;

          box_add (flow, &rows[r][1 + c], band, RANCANG_FACE_SANS_BOLD, TRUE, 0, col_w[1 + c]);
          for (guint t = 0; t < rancang_table_get_n_rows (table); t++)
            {
              const char *k = rancang_table_get_text (table, t, (guint) kuadran);
              const char *code = refs >= 0 ? rancang_table_get_text (table, t, (guint) refs) : NULL;
              const char *text = rancang_table_get_text (table, t, (guint) uraian);
              g_autofree char *stripped = g_strstrip (g_ascii_strup (k != NULL ? k : "", -1));

              if (g_strcmp0 (stripped, cell) != 0)
                continue;
              if (code != NULL && *code != '\0')
                box_add (flow, &rows[r][1 + c], code, RANCANG_FACE_SANS_BOLD, FALSE, first ? GAP : GAP + 2,
                         col_w[1 + c]);
              box_add (flow, &rows[r][1 + c], text != NULL ? text : "", RANCANG_FACE_SANS, FALSE,
                       code != NULL && *code != '\0' ? 0 : (first ? GAP : GAP + 2), col_w[1 + c]);
              first = FALSE;
            }
        }
      row_h[r] = 0;
      for (guint c = 0; c < 3; c++)
        row_h[r] = MAX (row_h[r], box_height (&rows[r][c]));
    }

  /* The caption, the header and the first row stay together; a row that
   * does not fit goes to the next page under the header again. */
  flow->y += flow->fresh ? 0 : 6;
  rancang_flow_ensure (flow, 3 * 14 + head_h + row_h[0]);
  caption (flow, node, 12);
  for (guint r = 0; r < 2; r++)
    {
      if (r > 0)
        rancang_flow_ensure (flow, row_h[r]);
      if (flow->page != header_page)
        {
          if (r > 0)
            rancang_flow_ensure (flow, head_h + row_h[r]);
          for (guint c = 0; c < 3; c++)
            box_draw (flow, &head[c], col_x[c], flow->y, col_w[c], head_h, TRUE, c == 0);
          flow->y += head_h;
          header_page = flow->page;
        }
      for (guint c = 0; c < 3; c++)
        box_draw (flow, &rows[r][c], col_x[c], flow->y, col_w[c], row_h[r], c == 0, FALSE);
      flow->y += row_h[r];
      flow->fresh = FALSE;
    }

  for (guint c = 0; c < 3; c++)
    {
      box_clear (&head[c]);
      box_clear (&rows[0][c]);
      box_clear (&rows[1][c]);
    }
  return TRUE;
}
