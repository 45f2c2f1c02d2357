/* rancang-layout-chart.c: charts drawn with the same boxes as the text.
 *
 * The budget chart: a bar per program of a table, its computed pagu.
 *
 * The SWOT quadrant (Cartesian diagram): IFAS (S - W) across, EFAS (O - T)
 * up, the document's point and each quadrant named with its strategy. The
 * values and the quadrant come from the checker (rancang_swot_summarize),
 * so the chart can never disagree with the IFAS/EFAS tables. The same
 * boxes are made alone for the SWOT editor (rancang-layout-chart.h).
 */
#include "rancang-config.h"

#include "rancang-layout-chart.h"
#include "rancang-layout-chart-private.h"

#include "rancang-flow-text.h"

#include <math.h>
#include <string.h>

#include "rancang-check.h"
#include "rancang-format.h"

#define CHART_SIZE  240.0
#define LABEL_SIZE    9.0
/* The shade of the document's quadrant. */
#define RANCANG_SHADE 0xE8EEF6

static double
to_double (RancangDecimal d)
{
  return (double) d.units / pow (10, d.scale);
}

static void
label (RancangLayout *layout,
       RancangPage   *page,
       RancangFonts  *fonts,
       const char    *text,
       RancangFace    face,
       double         size,
       double         cx,
       double         baseline)
{
  double w = rancang_fonts_measure (fonts, face, size, text, -1);

  rancang_page_add_text (layout, page, cx - w / 2, baseline, face, size, w, text, -1, RANCANG_BLACK);
}

void
rancang_layout_swot_quadrant (RancangLayout     *layout,
                              RancangPage       *page,
                              RancangFonts      *fonts,
                              const RancangSwot *swot,
                              double             cx,
                              double             cy,
                              double             size)
{
  double half = size / 2, scale, x, y, px, py;
  /* Label sizes follow the chart, 9 pt at the printed 240 pt. */
  double ls = LABEL_SIZE * size / CHART_SIZE;
  const struct { int sx, sy; } corners[] = { { 1, 1 }, { -1, 1 }, { -1, -1 }, { 1, -1 } };

  x = to_double (swot->ifas), y = to_double (swot->efas);
  /* The point sits well inside the frame whatever its size. */
  scale = half * 0.55 / MAX (MAX (fabs (x), fabs (y)), 0.5);

  /* The document's quadrant lightly shaded, so it is found at a glance. */
  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      RancangSwot q;

      rancang_swot_quadrant (rancang_decimal_from_int (corners[i].sx), rancang_decimal_from_int (corners[i].sy), &q);
      if (q.quadrant == swot->quadrant)
        rancang_page_add_rect (page, corners[i].sx > 0 ? cx : cx - half, corners[i].sy > 0 ? cy - half : cy,
                               half, half, 0, TRUE, RANCANG_SHADE, RANCANG_SHADE);
    }
  rancang_page_add_rect (page, cx - half, cy - half, size, size, 0.5, FALSE, 0, RANCANG_GREY);
  rancang_page_add_line (page, cx - half, cy, cx + half, cy, 1, RANCANG_BLACK);
  rancang_page_add_line (page, cx, cy - half, cx, cy + half, 1, RANCANG_BLACK);
  label (layout, page, fonts, "Peluang (O)", RANCANG_FACE_SANS_BOLD, ls, cx, cy - half - 5 * ls / LABEL_SIZE);
  label (layout, page, fonts, "Ancaman (T)", RANCANG_FACE_SANS_BOLD, ls, cx, cy + half + 12 * ls / LABEL_SIZE);
  label (layout, page, fonts, "Kekuatan (S)", RANCANG_FACE_SANS_BOLD, ls, cx + half - 32 * ls / LABEL_SIZE,
         cy - 4 * ls / LABEL_SIZE);
  label (layout, page, fonts, "Kelemahan (W)", RANCANG_FACE_SANS_BOLD, ls, cx - half + 36 * ls / LABEL_SIZE,
         cy - 4 * ls / LABEL_SIZE);

  /* Each quadrant named as the checker names it, in its outer corner. */
  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    {
      RancangSwot q;
      g_autofree char *roman = NULL;
      g_autofree char *name = NULL;
      double qx = cx + corners[i].sx * half * 0.55, qy = cy - corners[i].sy * half * 0.82;

      rancang_swot_quadrant (rancang_decimal_from_int (corners[i].sx), rancang_decimal_from_int (corners[i].sy), &q);
      roman = rancang_format_roman ((int) q.quadrant, TRUE);
      name = g_strdup_printf ("Kuadran %s (%s)", roman, q.combination);
      label (layout, page, fonts, name, q.quadrant == swot->quadrant ? RANCANG_FACE_SANS_BOLD : RANCANG_FACE_SANS,
             ls, qx, qy - 4 * ls / LABEL_SIZE);
      label (layout, page, fonts, q.strategy, RANCANG_FACE_SANS_ITALIC, ls, qx, qy + 8 * ls / LABEL_SIZE);
    }

  px = cx + x * scale, py = cy - y * scale;
  rancang_page_add_line (page, cx, cy, px, py, 0.75, RANCANG_GREY);
  rancang_page_add_rect (page, px - 3, py - 3, 6, 6, 0, TRUE, RANCANG_BLACK, RANCANG_BLACK);
  {
    g_autofree char *xs = rancang_format_number (swot->ifas, -1);
    g_autofree char *ys = rancang_format_number (swot->efas, -1);
    g_autofree char *point = g_strdup_printf ("(%s ; %s)", xs != NULL ? xs : "?", ys != NULL ? ys : "?");
    label (layout, page, fonts, point, RANCANG_FACE_SANS_BOLD, ls, px, py + (y >= 0 ? -7 : 14) * ls / LABEL_SIZE);
  }
}

RancangLayout *
rancang_layout_swot_chart (RancangFonts      *fonts,
                           const RancangSwot *swot,
                           double             size)
{
  RancangLayout *layout = rancang_layout_new ();
  RancangPage *page = rancang_layout_add_page (layout, size, size + 2 * RANCANG_SWOT_CHART_MARGIN, FALSE);

  rancang_layout_swot_quadrant (layout, page, fonts, swot, size / 2, RANCANG_SWOT_CHART_MARGIN + size / 2, size);
  return layout;
}

/* TRUE when the chart was drawn; FALSE leaves the caller's frame. */
gboolean
rancang_flow_swot_quadrant (RancangFlow *flow,
                            RancangNode *figure)
{
  GPtrArray *all = flow->tables;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  const char *source = rancang_node_get_attr (figure, "source");
  g_auto(GStrv) ids = g_strsplit (source != NULL ? source : "", " ", -1);
  RancangSwot swot;
  double cx, cy, half = CHART_SIZE / 2;

  for (guint i = 0; i < all->len; i++)
    {
      RancangTable *table = g_ptr_array_index (all, i);
      if (source == NULL || g_strv_contains ((const char * const *) ids, rancang_table_get_id (table)))
        g_ptr_array_add (chosen, table);
    }
  if (!rancang_swot_summarize (chosen, &swot) || swot.quadrant == 0)
    return FALSE;

  rancang_flow_ensure (flow, CHART_SIZE + 40);
  cx = (flow->left + flow->right) / 2;
  cy = flow->y + 20 + half;
  rancang_layout_swot_quadrant (flow->layout, flow->page, flow->fonts, &swot, cx, cy, CHART_SIZE);

  flow->y = cy + half + 20;
  flow->fresh = FALSE;
  return TRUE;
}

/* Budget per program as horizontal bars: one bar for each program row of
 * the source table, as long as its pagu (the first money column, computed,
 * so a program's bar is the sum of its kegiatan). */
gboolean
rancang_flow_budget_chart (RancangFlow *flow,
                           RancangNode *figure)
{
  const char *source = rancang_node_get_attr (figure, "source");
  g_auto(GStrv) ids = g_strsplit (source != NULL ? source : "", " ", -1);
  RancangTable *table = NULL;
  RancangTemplate *tmpl;
  int money = -1, uraian;
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));
  double max = 0, label_w, bar_x, bar_w, bar_h = 12, gap = 6;

  for (guint i = 0; i < flow->tables->len && table == NULL; i++)
    {
      RancangTable *t = g_ptr_array_index (flow->tables, i);
      if (ids[0] != NULL && g_strcmp0 (rancang_table_get_id (t), ids[0]) == 0)
        table = t;
    }
  if (table == NULL)
    {
      g_array_unref (rows);
      return FALSE;
    }
  tmpl = rancang_table_get_template (table);
  for (guint c = 0; c < rancang_template_get_n_columns (tmpl) && money < 0; c++)
    if (rancang_template_column_type (tmpl, c) == RANCANG_COLUMN_MONEY)
      money = (int) c;
  uraian = rancang_template_lookup_column (tmpl, "uraian");
  for (guint r = 0; money >= 0 && r < rancang_table_get_n_rows (table); r++)
    {
      RancangDecimal value;
      if (rancang_table_get_level (table, r) == RANCANG_LEVEL_PROGRAM
          && rancang_table_get_value (table, r, money, &value) == RANCANG_VALUE_NUMBER)
        {
          g_array_append_val (rows, r);
          max = MAX (max, to_double (value));
        }
    }
  if (rows->len == 0 || max <= 0)
    {
      g_array_unref (rows);
      return FALSE;
    }

  label_w = (flow->right - flow->left) * 0.42;
  bar_x = flow->left + label_w + 6;
  bar_w = flow->right - bar_x - 80;
  for (guint i = 0; i < rows->len; i++)
    {
      guint r = g_array_index (rows, guint, i);
      RancangDecimal value;
      const char *name = uraian >= 0 ? rancang_table_get_text (table, r, uraian) : NULL;
      const char *kode = rancang_table_get_kode (table, r);
      g_autofree char *text = g_strdup_printf ("%s %s", kode != NULL ? kode : "", name != NULL ? name : "");
      g_autofree char *amount = NULL;
      g_autoptr(GPtrArray) lines = rancang_flow_wrap_plain (flow, text, RANCANG_FACE_SANS, 8, label_w);
      double w, row_h = MAX (bar_h, lines->len * 9.6) + gap, y;

      rancang_table_get_value (table, r, money, &value);
      amount = rancang_format_rupiah (value, RANCANG_RUPIAH_SPACED);
      rancang_flow_ensure (flow, row_h);
      y = flow->y;
      for (guint l = 0; l < lines->len; l++)
        {
          const char *line = g_ptr_array_index (lines, l);
          rancang_page_add_text (flow->layout, flow->page, flow->left, y + 7.5 + l * 9.6, RANCANG_FACE_SANS, 8,
                                 rancang_fonts_measure (flow->fonts, RANCANG_FACE_SANS, 8, line, -1), line, -1,
                                 RANCANG_BLACK);
        }
      w = MAX (bar_w * to_double (value) / max, 0.5);
      rancang_page_add_rect (flow->page, bar_x, y, w, bar_h, 0, TRUE, 0x4F6D9A, RANCANG_BLACK);
      if (amount != NULL)
        rancang_page_add_text (flow->layout, flow->page, bar_x + w + 4, y + 9, RANCANG_FACE_SANS, 8,
                               rancang_fonts_measure (flow->fonts, RANCANG_FACE_SANS, 8, amount, -1), amount, -1,
                               RANCANG_BLACK);
      flow->y += row_h;
      flow->fresh = FALSE;
    }
  g_array_unref (rows);
  return TRUE;
}
