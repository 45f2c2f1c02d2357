/* rancang-flow-text.c: paragraphs broken into lines and flowed onto pages.
 *
 * Nothing is measured twice in different ways: every width comes from
 * rancang-fonts.c, every position is decided here and stored as a box.
 */
#include "rancang-config.h"

#include "rancang-flow-text.h"

/* A run of text without a break opportunity inside, in one face. A word is
 * one or more pieces ("(" + italic "review" + ")"). */
typedef struct
{
  guint       offset, length;   /* into RancangPara.text */
  RancangFace face;
  double      width;
  gboolean    space_before;
  gboolean    break_before;     /* <br/> */
  gboolean    underline;
} Piece;

/* One line of a paragraph: pieces [start, end). */
typedef struct
{
  guint    start, end;          /* pieces */
  double   natural;             /* width with plain spaces */
  guint    gaps;
  gboolean last;                /* the paragraph's last line, or before a <br/>: not stretched */
} Line;

/* ------------------------------------------------------------------ pieces */

void
rancang_para_init (RancangPara *para,
                   RancangFace  base,
                   double       size)
{
  para->text = g_string_sized_new (256);
  para->pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  para->base = base;
  para->size = size;
  para->pending_space = FALSE;
  para->pending_break = FALSE;
}

void
rancang_para_clear (RancangPara *para)
{
  g_string_free (para->text, TRUE);
  g_array_unref (para->pieces);
}

static void
para_add_piece (RancangFlow *flow,
                RancangPara *para,
                const char  *text,
                gsize        length,
                RancangFace  face,
                gboolean     underline)
{
  Piece piece = { (guint) para->text->len, (guint) length, face, 0, para->pending_space,
                  para->pending_break, underline };

  g_string_append_len (para->text, text, length);
  piece.width = rancang_fonts_measure (flow->fonts, face, para->size, text, length);
  g_array_append_val (para->pieces, piece);
  para->pending_space = FALSE;
  para->pending_break = FALSE;
}

/* Splits TEXT at blanks; a no-break space (U+00A0) is no blank. */
void
rancang_para_add_text (RancangFlow *flow,
                       RancangPara *para,
                       const char  *text,
                       RancangFace  face,
                       gboolean     underline)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;

      while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        {
          if (para->pieces->len > 0 || para->pending_break)
            para->pending_space = TRUE;
          p++;
        }
      start = p;
      while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
        p++;
      if (p > start)
        para_add_piece (flow, para, start, p - start, face, underline);
    }
}

/* A <br/>: the next piece starts a line, with no space before it. */
void
rancang_para_add_break (RancangPara *para)
{
  para->pending_break = TRUE, para->pending_space = FALSE;
}


static double
space_width (RancangFlow *flow,
             RancangPara *para,
             const Piece *piece)
{
  return rancang_fonts_measure (flow->fonts, piece->face, para->size, " ", 1);
}

/* Greedy breaking, no hyphenation: Indonesian legal prose has long words,
 * but the originals never hyphenate either. */
static GArray *
para_break (RancangFlow *flow,
            RancangPara *para,
            double       first_width,
            double       width)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  Line line = { 0, 0, 0, 0, FALSE };
  guint i = 0, n = para->pieces->len;

  while (i < n)
    {
      const Piece *first = &g_array_index (para->pieces, Piece, i);
      double avail = lines->len == 0 ? first_width : width;
      double word = first->width, space;
      guint j = i + 1;

      while (j < n && !g_array_index (para->pieces, Piece, j).space_before
             && !g_array_index (para->pieces, Piece, j).break_before)
        word += g_array_index (para->pieces, Piece, j).width, j++;
      space = line.end > line.start ? space_width (flow, para, first) : 0;

      if (line.end > line.start && (first->break_before || line.natural + space + word > avail + 0.001))
        {
          line.last = first->break_before;
          g_array_append_val (lines, line);
          line = (Line) { i, i, 0, 0, FALSE };
          space = 0;
        }
      if (line.end > line.start)
        line.gaps++;
      line.natural += space + word;
      line.end = j;
      i = j;
    }
  if (line.end > line.start)
    {
      line.last = TRUE;
      g_array_append_val (lines, line);
    }
  return lines;
}

void
rancang_flow_underline (RancangFlow *flow,
                        double       x,
                        double       baseline,
                        double       width,
                        double       size)
{
  rancang_page_add_line (flow->page, x, baseline + size * 0.12, x + width, baseline + size * 0.12,
                         size / 16, RANCANG_BLACK);
}

/* Draws one line: justified lines as one box per piece, other lines as one
 * box per run of the same face. */
static void
emit_line (RancangFlow  *flow,
           RancangPara  *para,
           const Line   *line,
           double        x,
           double        width,
           double        baseline,
           RancangAlign  align)
{
  double extra = 0, pos;
  GString *run = NULL;
  double run_x = 0, run_w = 0;
  RancangFace run_face = para->base;

  if (align == RANCANG_ALIGN_JUSTIFY && !line->last && line->gaps > 0)
    extra = (width - line->natural) / line->gaps;
  if (extra < 0)
    extra = 0;
  pos = x;
  if (align == RANCANG_ALIGN_CENTER)
    pos = x + (width - line->natural) / 2;
  else if (align == RANCANG_ALIGN_RIGHT)
    pos = x + width - line->natural;

  for (guint i = line->start; i < line->end; i++)
    {
      const Piece *piece = &g_array_index (para->pieces, Piece, i);
      const char *text = para->text->str + piece->offset;
      double gap = 0;

      if (i > line->start && piece->space_before)
        gap = space_width (flow, para, piece) + extra;

      if (extra > 0 || piece->underline)
        {
          pos += gap;
          rancang_page_add_text (flow->layout, flow->page, pos, baseline, piece->face, para->size,
                                 piece->width, text, piece->length, RANCANG_BLACK);
          if (piece->underline)
            {
              /* After an underlined word the rule runs on under the space. */
              double joined = gap > 0 && i > line->start
                              && g_array_index (para->pieces, Piece, i - 1).underline ? gap : 0;
              rancang_flow_underline (flow, pos - joined, baseline, piece->width + joined, para->size);
            }
          pos += piece->width;
          continue;
        }
      if (run != NULL && piece->face == run_face)
        {
          if (gap > 0)
            g_string_append_c (run, ' ');
          g_string_append_len (run, text, piece->length);
          run_w += gap + piece->width;
          pos += gap + piece->width;
          continue;
        }
      if (run != NULL)
        {
          rancang_page_add_text (flow->layout, flow->page, run_x, baseline, run_face, para->size, run_w,
                                 run->str, run->len, RANCANG_BLACK);
          g_string_free (run, TRUE);
        }
      pos += gap;
      run = g_string_new_len (text, piece->length);
      run_x = pos;
      run_w = piece->width;
      run_face = piece->face;
      pos += piece->width;
    }
  if (run != NULL)
    {
      rancang_page_add_text (flow->layout, flow->page, run_x, baseline, run_face, para->size, run_w,
                             run->str, run->len, RANCANG_BLACK);
      g_string_free (run, TRUE);
    }
}

double
rancang_flow_baseline (RancangFlow *flow,
                       double       size,
                       double       leading)
{
  return flow->y + (leading - size) / 2 + rancang_fonts_ascent (flow->fonts, RANCANG_FACE_SERIF, size) * 0.92;
}

/* Lays out a paragraph from the current position over [X, X + WIDTH],
 * breaking pages between lines; a paragraph of two lines or more never
 * leaves one line alone at the foot of a page. */
void
rancang_flow_para (RancangFlow         *flow,
                   RancangPara         *para,
                   double               x,
                   double               width,
                   double               first_indent,
                   RancangAlign         align,
                   double               leading,
                   const RancangMarker *marker)
{
  GArray *lines;

  if (para->pieces->len == 0 && marker == NULL)
    return;
  lines = para_break (flow, para, width - first_indent, width);
  rancang_flow_ensure (flow, leading * MIN (lines->len, 2));
  if (lines->len == 0)
    rancang_flow_ensure (flow, leading);
  for (guint l = 0; l < MAX (lines->len, 1); l++)
    {
      double baseline;

      /* Nor carry one line alone to the next page. */
      if (l + 2 == lines->len && l > 0)
        rancang_flow_ensure (flow, 2 * leading);
      else
        rancang_flow_ensure (flow, leading);
      baseline = rancang_flow_baseline (flow, para->size, leading);
      if (l == 0 && marker != NULL && marker->text != NULL)
        {
          double mw = rancang_fonts_measure (flow->fonts, marker->face, para->size, marker->text, -1);
          rancang_page_add_text (flow->layout, flow->page, marker->x, baseline, marker->face, para->size, mw,
                                 marker->text, -1, RANCANG_BLACK);
        }
      if (l < lines->len)
        emit_line (flow, para, &g_array_index (lines, Line, l), x + (l == 0 ? first_indent : 0),
                   width - (l == 0 ? first_indent : 0), baseline, align);
      flow->y += leading;
      flow->fresh = FALSE;
    }
  g_array_unref (lines);
}

/* Plain text wrapped to WIDTH, for lines the caller places itself. */
GPtrArray *
rancang_flow_wrap_plain (RancangFlow *flow,
                         const char  *text,
                         RancangFace  face,
                         double       size,
                         double       width)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  RancangPara para;
  GArray *lines;

  rancang_para_init (&para, face, size);
  rancang_para_add_text (flow, &para, text, face, FALSE);
  lines = para_break (flow, &para, width, width);
  for (guint l = 0; l < lines->len; l++)
    {
      Line *line = &g_array_index (lines, Line, l);
      GString *s = g_string_new (NULL);
      for (guint i = line->start; i < line->end; i++)
        {
          Piece *piece = &g_array_index (para.pieces, Piece, i);
          if (i > line->start && piece->space_before)
            g_string_append_c (s, ' ');
          g_string_append_len (s, para.text->str + piece->offset, piece->length);
        }
      g_ptr_array_add (out, g_string_free (s, FALSE));
    }
  g_array_unref (lines);
  rancang_para_clear (&para);
  return out;
}

void
rancang_flow_centered_lines (RancangFlow *flow,
                             const char  *text,
                             RancangFace  face,
                             double       size,
                             double       leading)
{
  RancangPara para;

  rancang_para_init (&para, face & ~(RANCANG_FACE_BOLD_BIT | RANCANG_FACE_ITALIC_BIT), size);
  rancang_para_add_text (flow, &para, text, face, FALSE);
  rancang_flow_para (flow, &para, flow->left, flow->right - flow->left, 0, RANCANG_ALIGN_CENTER, leading, NULL);
  rancang_para_clear (&para);
}

void
rancang_flow_text_line (RancangFlow  *flow,
                        const char   *text,
                        RancangFace   face,
                        double        size,
                        double        leading,
                        RancangAlign  align,
                        double        x,
                        double        width)
{
  RancangPara para;

  rancang_para_init (&para, face & ~(RANCANG_FACE_BOLD_BIT | RANCANG_FACE_ITALIC_BIT), size);
  rancang_para_add_text (flow, &para, text, face, FALSE);
  rancang_flow_para (flow, &para, x, width, 0, align, leading, NULL);
  rancang_para_clear (&para);
}
