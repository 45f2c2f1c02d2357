/* rancang-layout-document.c: a document laid out on pages.
 *
 * The flow walks the document in reading order and fills pages top to
 * bottom. Nothing is measured twice in different ways: every width comes
 * from rancang-fonts.c, every position is decided here and stored as a box.
 *
 * The daftar isi and daftar tabel print page numbers that are only known
 * once the body is laid out, so the whole document is laid out again with
 * the labels of the previous pass until no label changes (two passes
 * normally; a third when the daftar isi's own length moved the front matter).
 */
#include "rancang-config.h"

#include "rancang-layout-document.h"
#include "rancang-layout-private.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rancang-check.h"
#include "rancang-format.h"
#include "rancang-numbering.h"

#define BODY_SIZE       12.0
#define BODY_LEADING    18.0    /* 1.5 lines, as the originals */
#define PARA_SPACE       6.0
#define FIRST_INDENT    36.0    /* 1.27 cm, Word's default the originals keep */
#define TITLE_SIZE      14.0
#define FOOTER_SIZE      9.0
#define MAX_PASSES       4

typedef enum
{
  ALIGN_JUSTIFY,
  ALIGN_LEFT,
  ALIGN_CENTER,
  ALIGN_RIGHT,
} Align;

/* A run of text without a break opportunity inside, in one face. A word is
 * one or more pieces ("(" + italic "review" + ")"). */
typedef struct
{
  guint       offset, length;   /* into Para.text */
  RancangFace face;
  double      width;
  gboolean    space_before;
  gboolean    break_before;     /* <br/> */
  gboolean    underline;
} Piece;

typedef struct
{
  GString    *text;
  GArray     *pieces;
  RancangFace base;             /* the face of plain text: serif or sans regular */
  double      size;
  gboolean    pending_space;
  gboolean    pending_break;
} Para;

typedef struct
{
  guint    start, end;          /* pieces */
  double   natural;             /* width with plain spaces */
  guint    gaps;
  gboolean last;                /* the paragraph's last line, or before a <br/>: not stretched */
} Line;

/* What a list item or a numbered heading prints before its first line. */
typedef struct
{
  const char  *text;
  double       x;
  RancangFace  face;
} Marker;

/* ------------------------------------------------------------------ paper */

gboolean
rancang_paper_from_string (const char   *text,
                           RancangPaper *paper)
{
  if (g_ascii_strcasecmp (text, "a4") == 0)
    *paper = RANCANG_PAPER_A4;
  else if (g_ascii_strcasecmp (text, "f4") == 0 || g_ascii_strcasecmp (text, "folio") == 0)
    *paper = RANCANG_PAPER_F4;
  else if (g_ascii_strcasecmp (text, "letter") == 0)
    *paper = RANCANG_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

static double
margin_attr (RancangNode *paper,
             const char  *name,
             double       fallback_mm)
{
  const char *value = paper != NULL ? rancang_node_get_attr (paper, name) : NULL;

  return (value != NULL ? g_ascii_strtod (value, NULL) : fallback_mm) * MM;
}

static void
flow_set_paper (RancangFlow  *flow,
                RancangPaper  paper)
{
  RancangNode *node = rancang_node_get_child (rancang_document_get_metadata (flow->doc), "paper");
  const char *size = node != NULL ? rancang_node_get_attr (node, "size") : NULL;
  const char *numbers = node != NULL ? rancang_node_get_attr (node, "page-numbers") : NULL;

  if (paper == RANCANG_PAPER_FROM_DOCUMENT && (size == NULL || !rancang_paper_from_string (size, &paper)))
    paper = RANCANG_PAPER_A4;
  switch (paper)
    {
    case RANCANG_PAPER_F4:
      flow->paper_w = 215 * MM, flow->paper_h = 330 * MM;
      break;
    case RANCANG_PAPER_LETTER:
      flow->paper_w = 612, flow->paper_h = 792;
      break;
    case RANCANG_PAPER_A4:
    case RANCANG_PAPER_FROM_DOCUMENT:
    default:
      flow->paper_w = 210 * MM, flow->paper_h = 297 * MM;
      break;
    }
  /* The originals bind on the left: a wider left margin. */
  flow->margin_top = margin_attr (node, "margin-top", 25);
  flow->margin_bottom = margin_attr (node, "margin-bottom", 25);
  flow->margin_left = margin_attr (node, "margin-left", 30);
  flow->margin_right = margin_attr (node, "margin-right", 25);
  flow->per_chapter = g_strcmp0 (numbers, "per-chapter") == 0;
}

/* ------------------------------------------------------------------ pages */

static char *
page_label (RancangNumbering  numbering,
            int               number,
            const char       *prefix)
{
  switch (numbering)
    {
    case RANCANG_NUMBERING_ROMAN:
      return rancang_format_roman (number, FALSE);
    case RANCANG_NUMBERING_ARABIC:
      return g_strdup_printf ("%s%d", prefix != NULL ? prefix : "", number);
    case RANCANG_NUMBERING_NONE:
    default:
      return g_strdup ("");
    }
}

static void
draw_footer (RancangFlow *flow)
{
  RancangPage *page = flow->page;
  double base = page->height - flow->margin_bottom + 24;
  double w;

  if (page->numbering == RANCANG_NUMBERING_NONE)
    return;
  w = rancang_fonts_measure (flow->fonts, RANCANG_FACE_SANS, FOOTER_SIZE, page->label, -1);
  if (page->numbering == RANCANG_NUMBERING_ROMAN)
    {
      rancang_page_add_text (flow->layout, page, (flow->left + flow->right - w) / 2, base,
                             RANCANG_FACE_SANS, FOOTER_SIZE, w, page->label, -1, RANCANG_BLACK);
      return;
    }
  /* Body pages: the running title and the number, under a thin rule. */
  rancang_page_add_line (page, flow->left, base - 11, flow->right, base - 11, 0.5, RANCANG_GREY);
  if (flow->running_title != NULL)
    {
      double tw = rancang_fonts_measure (flow->fonts, RANCANG_FACE_SANS_ITALIC, FOOTER_SIZE,
                                         flow->running_title, -1);
      rancang_page_add_text (flow->layout, page, flow->left, base, RANCANG_FACE_SANS_ITALIC, FOOTER_SIZE,
                             tw, flow->running_title, -1, RANCANG_BLACK);
    }
  rancang_page_add_text (flow->layout, page, flow->right - w, base, RANCANG_FACE_SANS, FOOTER_SIZE, w,
                         page->label, -1, RANCANG_BLACK);
}

void
rancang_flow_new_page (RancangFlow *flow,
                       gboolean     landscape)
{
  double w = landscape ? flow->paper_h : flow->paper_w;
  double h = landscape ? flow->paper_w : flow->paper_h;

  flow->page = rancang_layout_add_page (flow->layout, w, h, landscape);
  flow->page->numbering = flow->numbering;
  flow->page->number = flow->number;
  flow->page->prefix = g_strdup (flow->prefix);
  g_free (flow->page->label);
  flow->page->label = page_label (flow->numbering, flow->number, flow->prefix);
  flow->number++;

  flow->landscape = landscape;
  flow->fresh = TRUE;
  flow->want_portrait = FALSE;
  flow->left = flow->margin_left;
  flow->right = w - flow->margin_right;
  flow->y = flow->margin_top;
  /* Room for the footer inside the bottom margin. */
  flow->bottom = h - flow->margin_bottom;
  draw_footer (flow);
}

/* Makes room for HEIGHT points, on a new page of the same orientation when
 * the current one is full (a fresh page takes whatever comes). */
void
rancang_flow_ensure (RancangFlow *flow,
                     double       height)
{
  if (flow->want_portrait)
    rancang_flow_new_page (flow, FALSE);
  else if (flow->y + height > flow->bottom + 0.01 && !flow->fresh)
    rancang_flow_new_page (flow, flow->landscape);
}

static void
flow_space (RancangFlow *flow,
            double       space)
{
  /* Space at the top of a page is dropped, as in any word processor. */
  if (!flow->fresh)
    flow->y += space;
}

void
rancang_flow_mark (RancangFlow       *flow,
                   const RancangNode *node,
                   const char        *outline_title,
                   guint              outline_level)
{
  if (node != NULL)
    g_hash_table_replace (flow->labels, (gpointer) node, g_strdup (flow->page->label));
  if (outline_title != NULL)
    rancang_layout_add_outline (flow->layout, outline_title, outline_level,
                                rancang_layout_get_n_pages (flow->layout) - 1, flow->y);
}

static const char *
previous_label (RancangFlow       *flow,
                const RancangNode *node)
{
  const char *label = flow->previous != NULL ? g_hash_table_lookup (flow->previous, node) : NULL;

  return label != NULL ? label : "";
}

static const char *
number_of (RancangFlow       *flow,
           const RancangNode *node)
{
  return g_hash_table_lookup (flow->numbers, node);
}

/* What a <ref target> prints: "Tabel 2.1", "Gambar 2.1", "BAB II", "2.1",
 * "LAMPIRAN 1"; "??" for a target that does not exist (the checker says so). */
static char *
ref_text (RancangFlow       *flow,
          const RancangNode *ref)
{
  const char *target = rancang_node_get_attr (ref, "target");
  RancangNode *node = target != NULL ? rancang_document_lookup_id (flow->doc, target) : NULL;
  const char *number = node != NULL ? number_of (flow, node) : NULL;

  if (number == NULL)
    return g_strdup ("??");
  if (rancang_node_is (node, "chapter"))
    return g_strconcat ("BAB ", number, NULL);
  return g_strdup (number);
}

/* ------------------------------------------------------------------ inline text */

static void
para_init (Para        *para,
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

static void
para_clear (Para *para)
{
  g_string_free (para->text, TRUE);
  g_array_unref (para->pieces);
}

static void
para_add_piece (RancangFlow *flow,
                Para        *para,
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
static void
para_add_text (RancangFlow *flow,
               Para        *para,
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

static void
para_add_inline (RancangFlow       *flow,
                 Para              *para,
                 const RancangNode *node,
                 guint              style,
                 gboolean           underline)
{
  for (RancangNode *child = rancang_node_get_first_child (node); child != NULL;
       child = rancang_node_get_next (child))
    {
      RancangFace face = (RancangFace) (para->base | style);

      if (rancang_node_is_text (child))
        para_add_text (flow, para, rancang_node_get_text (child), face, underline);
      else if (rancang_node_is (child, "b"))
        para_add_inline (flow, para, child, style | RANCANG_FACE_BOLD_BIT, underline);
      else if (rancang_node_is (child, "i"))
        para_add_inline (flow, para, child, style | RANCANG_FACE_ITALIC_BIT, underline);
      else if (rancang_node_is (child, "u"))
        para_add_inline (flow, para, child, style, TRUE);
      else if (rancang_node_is (child, "sup"))
        para_add_inline (flow, para, child, style, underline);
      else if (rancang_node_is (child, "br"))
        para->pending_break = TRUE, para->pending_space = FALSE;
      else if (rancang_node_is (child, "ref"))
        {
          g_autofree char *text = ref_text (flow, child);
          para_add_text (flow, para, text, face, underline);
        }
      /* Lists, paragraphs and tables inside a list item are blocks of their own. */
    }
}

/* The text of an inline element with its cross references resolved, for
 * captions and titles that are laid out as plain lines. */
char *
rancang_flow_inline_text (RancangFlow       *flow,
                          const RancangNode *node)
{
  GString *s = g_string_new (NULL);

  for (RancangNode *child = rancang_node_get_first_child (node); child != NULL;
       child = rancang_node_get_next (child))
    {
      if (rancang_node_is_text (child))
        g_string_append (s, rancang_node_get_text (child));
      else if (rancang_node_is (child, "br"))
        g_string_append_c (s, ' ');
      else if (rancang_node_is (child, "ref"))
        {
          g_autofree char *text = ref_text (flow, child);
          g_string_append (s, text);
        }
      else if (!rancang_node_is (child, "list") && !rancang_node_is (child, "p")
               && !rancang_node_is (child, "table"))
        {
          g_autofree char *inner = rancang_flow_inline_text (flow, child);
          g_string_append (s, inner);
        }
    }
  return g_string_free (s, FALSE);
}

/* ------------------------------------------------------------------ line breaking */

static double
space_width (RancangFlow *flow,
             Para        *para,
             const Piece *piece)
{
  return rancang_fonts_measure (flow->fonts, piece->face, para->size, " ", 1);
}

/* Greedy breaking, no hyphenation: Indonesian legal prose has long words,
 * but the originals never hyphenate either. */
static GArray *
para_break (RancangFlow *flow,
            Para        *para,
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

static void
emit_underline (RancangFlow *flow,
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
emit_line (RancangFlow *flow,
           Para        *para,
           const Line  *line,
           double       x,
           double       width,
           double       baseline,
           Align        align)
{
  double extra = 0, pos;
  GString *run = NULL;
  double run_x = 0, run_w = 0;
  RancangFace run_face = para->base;

  if (align == ALIGN_JUSTIFY && !line->last && line->gaps > 0)
    extra = (width - line->natural) / line->gaps;
  if (extra < 0)
    extra = 0;
  pos = x;
  if (align == ALIGN_CENTER)
    pos = x + (width - line->natural) / 2;
  else if (align == ALIGN_RIGHT)
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
            emit_underline (flow, pos - (gap > 0 && i > line->start
                                         && g_array_index (para->pieces, Piece, i - 1).underline ? gap : 0),
                            baseline, piece->width + (gap > 0 && i > line->start
                                                      && g_array_index (para->pieces, Piece, i - 1).underline
                                                      ? gap : 0), para->size);
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

static double
baseline_in (RancangFlow *flow,
             double       size,
             double       leading)
{
  return flow->y + (leading - size) / 2 + rancang_fonts_ascent (flow->fonts, RANCANG_FACE_SERIF, size) * 0.92;
}

/* Lays out a paragraph from the current position over [X, X + WIDTH],
 * breaking pages between lines; a paragraph of two lines or more never
 * leaves one line alone at the foot of a page. */
static void
flow_para (RancangFlow  *flow,
           Para         *para,
           double        x,
           double        width,
           double        first_indent,
           Align         align,
           double        leading,
           const Marker *marker)
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
      baseline = baseline_in (flow, para->size, leading);
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
  Para para;
  GArray *lines;

  para_init (&para, face, size);
  para_add_text (flow, &para, text, face, FALSE);
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
  para_clear (&para);
  return out;
}

void
rancang_flow_centered_lines (RancangFlow *flow,
                             const char  *text,
                             RancangFace  face,
                             double       size,
                             double       leading)
{
  Para para;

  para_init (&para, face & ~(RANCANG_FACE_BOLD_BIT | RANCANG_FACE_ITALIC_BIT), size);
  para_add_text (flow, &para, text, face, FALSE);
  flow_para (flow, &para, flow->left, flow->right - flow->left, 0, ALIGN_CENTER, leading, NULL);
  para_clear (&para);
}

static void
flow_text_line (RancangFlow *flow,
                const char  *text,
                RancangFace  face,
                double       size,
                double       leading,
                Align        align,
                double       x,
                double       width)
{
  Para para;

  para_init (&para, face & ~(RANCANG_FACE_BOLD_BIT | RANCANG_FACE_ITALIC_BIT), size);
  para_add_text (flow, &para, text, face, FALSE);
  flow_para (flow, &para, x, width, 0, align, leading, NULL);
  para_clear (&para);
}

/* ------------------------------------------------------------------ blocks */

static void flow_blocks (RancangFlow *flow, RancangNode *parent, double x, double width);

static void
flow_paragraph (RancangFlow *flow,
                RancangNode *p,
                double       x,
                double       width)
{
  const char *style = rancang_node_get_attr (p, "style");
  double indent = FIRST_INDENT;
  Align align = ALIGN_JUSTIFY;
  Para para;

  if (g_strcmp0 (style, "plain") == 0)
    indent = 0;
  else if (g_strcmp0 (style, "center") == 0)
    indent = 0, align = ALIGN_CENTER;
  else if (g_strcmp0 (style, "right") == 0)
    indent = 0, align = ALIGN_RIGHT;
  else if (g_strcmp0 (style, "quote") == 0)
    indent = 0, x += FIRST_INDENT, width -= 2 * FIRST_INDENT;

  para_init (&para, RANCANG_FACE_SERIF, BODY_SIZE);
  para_add_inline (flow, &para, p, 0, FALSE);
  flow_para (flow, &para, x, width, indent, align, BODY_LEADING, NULL);
  flow->y += PARA_SPACE;
  para_clear (&para);
}

static void
flow_heading (RancangFlow *flow,
              RancangNode *heading,
              double       x,
              double       width)
{
  Para para;

  flow_space (flow, PARA_SPACE);
  /* A sub-head is never the last line of a page. */
  rancang_flow_ensure (flow, 3 * BODY_LEADING);
  para_init (&para, RANCANG_FACE_SERIF, BODY_SIZE);
  para_add_inline (flow, &para, heading, RANCANG_FACE_BOLD_BIT, FALSE);
  flow_para (flow, &para, x, width, 0, ALIGN_LEFT, BODY_LEADING, NULL);
  para_clear (&para);
  flow->y += 2;
}

static char *
list_marker (const char *style,
             const char *bullet,
             int         n,
             int         depth)
{
  if (g_strcmp0 (style, "decimal") == 0)
    return g_strdup_printf ("%d.", n);
  if (g_strcmp0 (style, "decimal-paren") == 0)
    return g_strdup_printf ("%d)", n);
  if (g_strcmp0 (style, "lower-alpha") == 0 || g_strcmp0 (style, "upper-alpha") == 0)
    {
      GString *s = g_string_new (NULL);
      char base = style[0] == 'l' ? 'a' : 'A';
      /* After z: aa, ab, ... as Word does. */
      if (n > 26)
        g_string_append_c (s, base + (n - 1) / 26 - 1);
      g_string_append_c (s, base + (n - 1) % 26);
      g_string_append_c (s, '.');
      return g_string_free (s, FALSE);
    }
  if (g_strcmp0 (style, "lower-roman") == 0)
    {
      g_autofree char *roman = rancang_format_roman (n, FALSE);
      return g_strconcat (roman, ".", NULL);
    }
  if (bullet != NULL && *bullet != '\0')
    return g_strdup (bullet);
  return g_strdup (depth % 2 == 0 ? "\xe2\x80\xa2" : "-");   /* •, then a dash */
}

static void
flow_list (RancangFlow *flow,
           RancangNode *list,
           double       x,
           double       width,
           int          depth)
{
  const char *style = rancang_node_get_attr (list, "style");
  const char *bullet = rancang_node_get_attr (list, "bullet");
  const char *start = rancang_node_get_attr (list, "start");
  int n = start != NULL ? atoi (start) : 1;
  double hang = 0;

  /* The hanging indent fits the widest marker of the list. */
  {
    int count = 0;
    for (RancangNode *item = rancang_node_get_child (list, "item"); item != NULL;
         item = rancang_node_get_next_named (item, "item"))
      count++;
    for (int k = n; k < n + count; k++)
      {
        g_autofree char *m = list_marker (style, bullet, k, depth);
        hang = MAX (hang, rancang_fonts_measure (flow->fonts, RANCANG_FACE_SERIF, BODY_SIZE, m, -1));
      }
    hang = MAX (hang + 8, 20);
  }

  for (RancangNode *item = rancang_node_get_child (list, "item"); item != NULL;
       item = rancang_node_get_next_named (item, "item"), n++)
    {
      g_autofree char *marker_text = list_marker (style, bullet, n, depth);
      Marker marker = { marker_text, x, RANCANG_FACE_SERIF };
      gboolean marked = FALSE;
      Para para;

      /* A bullet the font lacks (➢) is printed as one it has. */
      if (!rancang_fonts_has_glyph (flow->fonts, RANCANG_FACE_SERIF, g_utf8_get_char (marker_text)))
        {
          g_free (marker_text);
          marker_text = g_strdup ("\xe2\x80\xa2");
          marker.text = marker_text;
        }

      para_init (&para, RANCANG_FACE_SERIF, BODY_SIZE);
      para_add_inline (flow, &para, item, 0, FALSE);
      if (para.pieces->len > 0)
        {
          flow_para (flow, &para, x + hang, width - hang, 0, ALIGN_JUSTIFY, BODY_LEADING, &marker);
          marked = TRUE;
        }
      para_clear (&para);

      for (RancangNode *child = rancang_node_get_first_child (item); child != NULL;
           child = rancang_node_get_next (child))
        {
          if (rancang_node_is (child, "list"))
            {
              if (!marked)
                {
                  /* An item that is only a nested list: the marker on a line of its own. */
                  Para empty;
                  para_init (&empty, RANCANG_FACE_SERIF, BODY_SIZE);
                  flow_para (flow, &empty, x + hang, width - hang, 0, ALIGN_LEFT, BODY_LEADING, &marker);
                  para_clear (&empty);
                  marked = TRUE;
                }
              flow_list (flow, child, x + hang, width - hang, depth + 1);
            }
          else if (rancang_node_is (child, "p"))
            {
              Para inner;
              para_init (&inner, RANCANG_FACE_SERIF, BODY_SIZE);
              para_add_inline (flow, &inner, child, 0, FALSE);
              flow_para (flow, &inner, x + hang, width - hang, 0, ALIGN_JUSTIFY, BODY_LEADING,
                         marked ? NULL : &marker);
              para_clear (&inner);
              marked = TRUE;
            }
          else if (rancang_node_is (child, "table"))
            rancang_flow_table (flow, child);
        }
    }
  if (depth == 0)
    flow->y += PARA_SPACE;
}

/* Width and height of a PNG (IHDR) or JPEG (first SOFn), in pixels. */
static gboolean
image_size (GBytes *bytes,
            int    *w,
            int    *h)
{
  gsize n;
  const guint8 *d = g_bytes_get_data (bytes, &n);

  if (n > 24 && memcmp (d, "\x89PNG", 4) == 0)
    {
      *w = (d[16] << 24) | (d[17] << 16) | (d[18] << 8) | d[19];
      *h = (d[20] << 24) | (d[21] << 16) | (d[22] << 8) | d[23];
      return *w > 0 && *h > 0;
    }
  for (gsize i = 2; n > 4 && i + 9 < n;)
    {
      guint8 marker;
      if (d[i] != 0xFF)
        return FALSE;
      marker = d[i + 1];
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
        {
          *h = (d[i + 5] << 8) | d[i + 6];
          *w = (d[i + 7] << 8) | d[i + 8];
          return *w > 0 && *h > 0;
        }
      i += 2 + ((d[i + 2] << 8) | d[i + 3]);
    }
  return FALSE;
}

static GBytes *
decode_image (RancangNode      *image,
              RancangImageType *type)
{
  g_autofree char *content = NULL;
  gsize length = 0;
  guchar *data;

  if (image == NULL)
    return NULL;
  content = rancang_node_dup_content (image);
  g_strstrip (content);
  if (*content == '\0')
    return NULL;
  data = g_base64_decode (content, &length);
  *type = g_strcmp0 (rancang_node_get_attr (image, "media-type"), "image/jpeg") == 0
          ? RANCANG_IMAGE_JPEG : RANCANG_IMAGE_PNG;
  return g_bytes_new_take (data, length);
}

static void
flow_signature (RancangFlow *flow,
                RancangNode *signature)
{
  const char *ref = rancang_node_get_attr (signature, "ref");
  RancangNode *signatories = rancang_node_get_child (rancang_document_get_root (flow->doc), "signatories");
  RancangNode *who = NULL;
  const char *place, *date_text, *greeting, *jabatan, *name, *pangkat, *golongan, *nip;
  double x, width, leading = BODY_LEADING, gap = 4 * BODY_LEADING;
  g_autofree char *place_date = NULL;
  g_autofree char *jabatan_line = NULL;
  g_autofree char *nip_line = NULL;
  int n_lines = 0;

  for (RancangNode *s = signatories != NULL ? rancang_node_get_child (signatories, "signatory") : NULL;
       s != NULL; s = rancang_node_get_next_named (s, "signatory"))
    if (g_strcmp0 (rancang_node_get_attr (s, "id"), ref) == 0)
      who = s;
  if (who == NULL)
    return;

  place = rancang_node_get_child_content (who, "place");
  date_text = rancang_node_get_child_content (who, "date");
  greeting = rancang_node_get_child_content (who, "greeting");
  jabatan = rancang_node_get_child_content (who, "jabatan");
  name = rancang_node_get_child_content (who, "name");
  pangkat = rancang_node_get_child_content (who, "pangkat");
  golongan = rancang_node_get_child_content (who, "golongan");
  nip = rancang_node_get_child_content (who, "nip");

  if (date_text != NULL)
    {
      GDate date;

      if (rancang_date_parse_iso (date_text, &date))
        place_date = rancang_format_place_date (place, &date);
    }
  if (place_date == NULL && place != NULL)
    place_date = g_strdup (place);
  if (jabatan != NULL)
    jabatan_line = g_str_has_suffix (jabatan, ",") ? g_strdup (jabatan) : g_strconcat (jabatan, ",", NULL);
  if (pangkat == NULL && golongan != NULL)
    pangkat = rancang_pangkat_for_golongan (golongan);
  if (nip != NULL)
    {
      g_autofree char *grouped = rancang_nip_format (nip);
      nip_line = g_strconcat ("NIP. ", grouped != NULL ? grouped : nip, NULL);
    }

  /* The block stands in the right half of the text block, its lines centred. */
  x = flow->left + (flow->right - flow->left) * 0.45;
  width = flow->right - x;
  n_lines = (greeting != NULL) + (place_date != NULL) + 2 + (pangkat != NULL) + (nip_line != NULL);
  {
    g_autoptr(GPtrArray) jl = rancang_flow_wrap_plain (flow, jabatan_line != NULL ? jabatan_line : "",
                                                       RANCANG_FACE_SERIF_BOLD, BODY_SIZE, width);
    n_lines += jl->len > 1 ? jl->len - 1 : 0;
  }
  flow_space (flow, BODY_LEADING);
  rancang_flow_ensure (flow, n_lines * leading + gap);
  if (greeting != NULL)
    flow_text_line (flow, greeting, RANCANG_FACE_SERIF, BODY_SIZE, leading, ALIGN_CENTER, x, width);
  if (place_date != NULL)
    flow_text_line (flow, place_date, RANCANG_FACE_SERIF, BODY_SIZE, leading, ALIGN_CENTER, x, width);
  if (jabatan_line != NULL)
    flow_text_line (flow, jabatan_line, RANCANG_FACE_SERIF_BOLD, BODY_SIZE, leading, ALIGN_CENTER, x, width);
  {
    /* The scanned signature in the blank space, the stamp over its left part. */
    RancangImageType type = RANCANG_IMAGE_PNG;
    g_autoptr(GBytes) stamp = decode_image (rancang_node_get_child (who, "stamp-image"), &type);
    RancangImageType stamp_type = type;
    g_autoptr(GBytes) signed_image = decode_image (rancang_node_get_child (who, "signature-image"), &type);
    int pw = 0, ph = 0;

    if (stamp != NULL && image_size (stamp, &pw, &ph))
      {
        double h = gap + leading, w = h * pw / ph;
        rancang_page_add_image (flow->page, x + width / 2 - w, flow->y - leading / 2, w, h, stamp_type, stamp);
      }
    if (signed_image != NULL && image_size (signed_image, &pw, &ph))
      {
        double h = gap - 4, w = MIN (h * pw / ph, width);
        h = w * ph / pw;
        rancang_page_add_image (flow->page, x + (width - w) / 2, flow->y + (gap - h) / 2, w, h, type, signed_image);
      }
  }
  flow->y += gap;
  if (name != NULL)
    {
      double w = rancang_fonts_measure (flow->fonts, RANCANG_FACE_SERIF_BOLD, BODY_SIZE, name, -1);
      double nx = x + (width - w) / 2;
      double baseline = baseline_in (flow, BODY_SIZE, leading);
      rancang_page_add_text (flow->layout, flow->page, nx, baseline, RANCANG_FACE_SERIF_BOLD, BODY_SIZE, w,
                             name, -1, RANCANG_BLACK);
      emit_underline (flow, nx, baseline, w, BODY_SIZE);
      flow->y += leading;
    }
  if (pangkat != NULL)
    flow_text_line (flow, pangkat, RANCANG_FACE_SERIF, BODY_SIZE, leading, ALIGN_CENTER, x, width);
  if (nip_line != NULL)
    flow_text_line (flow, nip_line, RANCANG_FACE_SERIF, BODY_SIZE, leading, ALIGN_CENTER, x, width);
  flow->y += PARA_SPACE;
}

static void
flow_image (RancangFlow *flow,
            RancangNode *image,
            double       max_w,
            double       max_h)
{
  RancangImageType type = RANCANG_IMAGE_PNG;
  g_autoptr(GBytes) bytes = decode_image (image, &type);
  int pw = 0, ph = 0;
  double w, h;

  if (bytes == NULL || !image_size (bytes, &pw, &ph))
    return;
  /* 150 dpi unless that is too large for the place. */
  w = pw * 72.0 / 150.0, h = ph * 72.0 / 150.0;
  if (w > max_w)
    h *= max_w / w, w = max_w;
  if (h > max_h)
    w *= max_h / h, h = max_h;
  rancang_flow_ensure (flow, h);
  rancang_page_add_image (flow->page, (flow->left + flow->right - w) / 2, flow->y, w, h, type, bytes);
  flow->y += h;
  flow->fresh = FALSE;
}

static void
flow_figure (RancangFlow *flow,
             RancangNode *figure)
{
  const char *number = number_of (flow, figure);
  RancangNode *caption = rancang_node_get_child (figure, "caption");
  g_autofree char *caption_text = caption != NULL ? rancang_flow_inline_text (flow, caption) : g_strdup ("");
  g_autofree char *title = number != NULL ? g_strdup_printf ("%s %s", number, caption_text)
                                          : g_strdup (caption_text);
  RancangNode *image = rancang_node_get_child (figure, "image");
  double frame = 0;

  flow_space (flow, PARA_SPACE);
  if (image != NULL)
    flow_image (flow, image, flow->right - flow->left, (flow->bottom - flow->margin_top) * 0.6);
  else if (g_strcmp0 (rancang_node_get_attr (figure, "kind"), "swot-quadrant") == 0
           && rancang_flow_swot_quadrant (flow, figure))
    ;
  else if (g_strcmp0 (rancang_node_get_attr (figure, "kind"), "budget-chart") == 0
           && rancang_flow_budget_chart (flow, figure))
    ;
  else
    {
      /* No picture in the file (a chart drawn elsewhere, a scan not yet
       * attached): a frame keeps its place, so the page numbers do not move
       * when it arrives. */
      frame = 120;
      rancang_flow_ensure (flow, frame + 2 * BODY_LEADING);
      rancang_page_add_rect (flow->page, flow->left + 40, flow->y, flow->right - flow->left - 80, frame, 0.5,
                             FALSE, 0, RANCANG_GREY);
      flow->y += frame;
      flow->fresh = FALSE;
    }
  flow->y += 4;
  rancang_flow_mark (flow, figure, title, 2);
  rancang_flow_centered_lines (flow, title, RANCANG_FACE_SERIF_BOLD, 11, 14);
  flow->y += PARA_SPACE;
}

static void
flow_blocks (RancangFlow *flow,
             RancangNode *parent,
             double       x,
             double       width)
{
  for (RancangNode *child = rancang_node_get_first_child (parent); child != NULL;
       child = rancang_node_get_next (child))
    {
      if (rancang_node_is_text (child))
        continue;
      /* Text after a landscape table goes back to portrait. */
      if (flow->want_portrait && !rancang_node_is (child, "table"))
        rancang_flow_new_page (flow, FALSE), x = flow->left, width = flow->right - flow->left;

      if (rancang_node_is (child, "p"))
        flow_paragraph (flow, child, x, width);
      else if (rancang_node_is (child, "heading"))
        flow_heading (flow, child, x, width);
      else if (rancang_node_is (child, "list"))
        flow_list (flow, child, x, width, 0);
      else if (rancang_node_is (child, "table"))
        {
          rancang_flow_table (flow, child);
          x = flow->left, width = flow->right - flow->left;
        }
      else if (rancang_node_is (child, "figure"))
        flow_figure (flow, child);
      else if (rancang_node_is (child, "signature"))
        flow_signature (flow, child);
      else if (rancang_node_is (child, "page-break"))
        {
          if (!flow->fresh)
            rancang_flow_new_page (flow, FALSE);
        }
    }
}

/* ------------------------------------------------------------------ structure */

static void
flow_section (RancangFlow *flow,
              RancangNode *section,
              guint        depth)
{
  const char *number = number_of (flow, section);
  const char *title = rancang_node_get_child_content (section, "title");
  g_autofree char *outline = g_strdup_printf ("%s %s", number, title != NULL ? title : "");
  double hang = depth == 1 ? 36 : 48;
  Marker marker = { number, flow->left, RANCANG_FACE_SERIF_BOLD };
  Para para;

  if (flow->want_portrait)
    rancang_flow_new_page (flow, FALSE);
  flow_space (flow, depth == 1 ? 12 : 8);
  /* Keep the heading with the first lines under it. */
  rancang_flow_ensure (flow, 4 * BODY_LEADING);
  rancang_flow_mark (flow, section, outline, depth);
  para_init (&para, RANCANG_FACE_SERIF, BODY_SIZE);
  para_add_text (flow, &para, title != NULL ? title : "", RANCANG_FACE_SERIF_BOLD, FALSE);
  flow_para (flow, &para, flow->left + hang, flow->right - flow->left - hang, 0, ALIGN_LEFT, BODY_LEADING,
             &marker);
  para_clear (&para);
  flow->y += 4;

  flow_blocks (flow, section, flow->left, flow->right - flow->left);
  for (RancangNode *sub = rancang_node_get_child (section, "section"); sub != NULL;
       sub = rancang_node_get_next_named (sub, "section"))
    flow_section (flow, sub, depth + 1);
}

static void
flow_chapter (RancangFlow *flow,
              RancangNode *chapter,
              const char  *heading)
{
  const char *title = rancang_node_get_child_content (chapter, "title");
  g_autofree char *outline = g_strdup_printf ("%s %s", heading, title != NULL ? title : "");

  rancang_flow_new_page (flow, FALSE);
  rancang_flow_mark (flow, chapter, outline, 0);
  rancang_flow_centered_lines (flow, heading, RANCANG_FACE_SERIF_BOLD, TITLE_SIZE, 20);
  if (title != NULL)
    rancang_flow_centered_lines (flow, title, RANCANG_FACE_SERIF_BOLD, TITLE_SIZE, 20);
  flow->y += 18;
  flow_blocks (flow, chapter, flow->left, flow->right - flow->left);
  for (RancangNode *section = rancang_node_get_child (chapter, "section"); section != NULL;
       section = rancang_node_get_next_named (section, "section"))
    flow_section (flow, section, 1);
}

static const char *
status_text (const char *status)
{
  if (g_strcmp0 (status, "rancangan-awal") == 0)
    return "RANCANGAN AWAL";
  if (g_strcmp0 (status, "rancangan") == 0)
    return "RANCANGAN";
  if (g_strcmp0 (status, "rancangan-akhir") == 0)
    return "RANCANGAN AKHIR";
  return NULL;
}

static const char *
kind_title (RancangKind kind)
{
  switch (kind)
    {
    case RANCANG_KIND_RENSTRA:
      return "RENCANA STRATEGIS\n(RENSTRA)";
    case RANCANG_KIND_RENCANA_AKSI:
      return "RENCANA AKSI";
    case RANCANG_KIND_RENJA:
    default:
      return "RENCANA KERJA\n(RENJA)";
    }
}

static void
flow_cover (RancangFlow *flow,
            RancangNode *cover)
{
  RancangKind kind = rancang_document_get_kind (flow->doc);
  const char *status = status_text (rancang_document_get_meta (flow->doc, "status"));
  const char *opd = rancang_document_get_meta (flow->doc, "opd");
  const char *pemda = rancang_document_get_meta (flow->doc, "pemda");
  int start = 0, end = 0, year = rancang_document_get_plan_year (flow->doc);
  g_autofree char *year_line = NULL;
  g_autofree char *opd_upper = g_utf8_strup (opd != NULL ? opd : "", -1);
  g_autofree char *pemda_upper = g_utf8_strup (pemda != NULL ? pemda : "", -1);
  g_autofree char *pemerintah = g_strconcat ("PEMERINTAH ", pemda_upper, NULL);
  RancangNode *line = rancang_node_get_child (cover, "line");
  RancangNode *logo = rancang_node_get_child (cover, "logo");
  double height = flow->bottom - flow->margin_top;

  rancang_document_get_period (flow->doc, &start, &end);
  year_line = kind == RANCANG_KIND_RENSTRA ? g_strdup_printf ("TAHUN %d - %d", start, end)
                                           : g_strdup_printf ("TAHUN %d", year);

  rancang_flow_new_page (flow, FALSE);
  rancang_flow_mark (flow, cover, "Sampul", 0);
  /* A double frame, as the printed covers of the originals. */
  rancang_page_add_rect (flow->page, flow->left - 12, flow->margin_top - 12, flow->right - flow->left + 24,
                         flow->bottom - flow->margin_top + 24, 2, FALSE, 0, RANCANG_BLACK);
  rancang_page_add_rect (flow->page, flow->left - 8, flow->margin_top - 8, flow->right - flow->left + 16,
                         flow->bottom - flow->margin_top + 16, 0.5, FALSE, 0, RANCANG_BLACK);
  flow->y += 14;
  if (status != NULL)
    {
      double w = rancang_fonts_measure (flow->fonts, RANCANG_FACE_SANS_BOLD, 12, status, -1);
      double x = (flow->left + flow->right - w) / 2;
      rancang_page_add_rect (flow->page, x - 10, flow->y, w + 20, 24, 1, FALSE, 0, RANCANG_BLACK);
      rancang_page_add_text (flow->layout, flow->page, x, flow->y + 16.5, RANCANG_FACE_SANS_BOLD, 12, w,
                             status, -1, RANCANG_BLACK);
    }
  flow->y = flow->margin_top + height * 0.12;
  flow->fresh = FALSE;

  if (line != NULL)
    {
      /* The office's own cover lines, as typed. */
      for (; line != NULL; line = rancang_node_get_next_named (line, "line"))
        {
          g_autofree char *text = rancang_node_dup_content (line);
          rancang_flow_centered_lines (flow, text, RANCANG_FACE_SERIF_BOLD, 18, 26);
          flow->y += 6;
        }
    }
  else
    {
      g_auto(GStrv) parts = g_strsplit (kind_title (kind), "\n", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        rancang_flow_centered_lines (flow, parts[i], RANCANG_FACE_SERIF_BOLD, 24, 32);
      flow->y += 10;
      rancang_flow_centered_lines (flow, opd_upper, RANCANG_FACE_SERIF_BOLD, 16, 22);
      flow->y += 10;
      rancang_flow_centered_lines (flow, year_line, RANCANG_FACE_SERIF_BOLD, 18, 26);
    }

  if (logo != NULL)
    {
      flow->y = flow->margin_top + height * 0.40;
      flow_image (flow, logo, 150, 150);
    }
  flow->y = flow->margin_top + height * 0.80;
  rancang_flow_centered_lines (flow, pemerintah, RANCANG_FACE_SERIF_BOLD, 16, 22);
  /* Typed cover lines already name the office. */
  if (rancang_node_get_child (cover, "line") == NULL)
    rancang_flow_centered_lines (flow, opd_upper, RANCANG_FACE_SERIF_BOLD, 13, 18);
}

static void
flow_preface (RancangFlow *flow,
              RancangNode *preface)
{
  const char *title = rancang_node_get_child_content (preface, "title");

  rancang_flow_new_page (flow, FALSE);
  rancang_flow_mark (flow, preface, title, 0);
  rancang_flow_centered_lines (flow, title != NULL ? title : "", RANCANG_FACE_SERIF_BOLD, TITLE_SIZE, 20);
  flow->y += 18;
  flow_blocks (flow, preface, flow->left, flow->right - flow->left);
}

/* One line of a daftar isi: the number and title, wrapped under the title,
 * dot leaders, the page number flush right. */
static void
flow_toc_entry (RancangFlow *flow,
                const char  *number,
                const char  *title,
                const char  *label,
                double       x,
                double       hang,
                RancangFace  face)
{
  double number_col = 30, size = BODY_SIZE, leading = 16;
  double text_x = x + (number != NULL ? hang : 0);
  double width = flow->right - number_col - 6 - text_x;
  g_autoptr(GPtrArray) lines = rancang_flow_wrap_plain (flow, title, face, size, width);
  double dot = rancang_fonts_measure (flow->fonts, RANCANG_FACE_SERIF, size, ". ", 2);

  rancang_flow_ensure (flow, MAX (lines->len, 1) * leading);
  for (guint l = 0; l < MAX (lines->len, 1); l++)
    {
      double baseline = baseline_in (flow, size, leading);
      const char *text = l < lines->len ? g_ptr_array_index (lines, l) : "";
      double w = rancang_fonts_measure (flow->fonts, face, size, text, -1);

      if (l == 0 && number != NULL)
        rancang_page_add_text (flow->layout, flow->page, x, baseline, face, size,
                               rancang_fonts_measure (flow->fonts, face, size, number, -1), number, -1,
                               RANCANG_BLACK);
      rancang_page_add_text (flow->layout, flow->page, text_x, baseline, face, size, w, text, -1, RANCANG_BLACK);
      if (l + 1 >= lines->len)
        {
          double lw = rancang_fonts_measure (flow->fonts, RANCANG_FACE_SERIF, size, label, -1);
          double from = text_x + w + 4, to = flow->right - number_col;
          int n = (int) floor ((to - from) / dot);
          if (n > 0)
            {
              GString *dots = g_string_new (NULL);
              for (int i = 0; i < n; i++)
                g_string_append (dots, ". ");
              rancang_page_add_text (flow->layout, flow->page, to - n * dot, baseline, RANCANG_FACE_SERIF, size,
                                     n * dot, dots->str, dots->len, RANCANG_BLACK);
              g_string_free (dots, TRUE);
            }
          rancang_page_add_text (flow->layout, flow->page, flow->right - lw, baseline, RANCANG_FACE_SERIF, size, lw,
                                 label, -1, RANCANG_BLACK);
        }
      flow->y += leading;
      flow->fresh = FALSE;
    }
  flow->y += 2;
}

static void
toc_sections (RancangFlow *flow,
              RancangNode *parent,
              double       x)
{
  for (RancangNode *section = rancang_node_get_child (parent, "section"); section != NULL;
       section = rancang_node_get_next_named (section, "section"))
    {
      const char *number = number_of (flow, section);
      double hang = 14 + rancang_fonts_measure (flow->fonts, RANCANG_FACE_SERIF, BODY_SIZE, number, -1);
      hang = MAX (hang, 34);
      flow_toc_entry (flow, number, rancang_node_get_child_content (section, "title"),
                      previous_label (flow, section), x, hang, RANCANG_FACE_SERIF);
      toc_sections (flow, section, x + hang);
    }
}

static void
flow_contents (RancangFlow *flow,
               RancangNode *contents)
{
  RancangNode *root = rancang_document_get_root (flow->doc);
  RancangNode *front = rancang_node_get_child (root, "front");
  double x = flow->left;

  rancang_flow_new_page (flow, FALSE);
  rancang_flow_mark (flow, contents, "DAFTAR ISI", 0);
  rancang_flow_centered_lines (flow, "DAFTAR ISI", RANCANG_FACE_SERIF_BOLD, TITLE_SIZE, 20);
  flow->y += 18;
  {
    double w = rancang_fonts_measure (flow->fonts, RANCANG_FACE_SERIF_BOLD, 11, "Halaman", -1);
    rancang_page_add_text (flow->layout, flow->page, flow->right - w, baseline_in (flow, 11, 14),
                           RANCANG_FACE_SERIF_BOLD, 11, w, "Halaman", -1, RANCANG_BLACK);
    flow->y += 18;
  }

  for (RancangNode *child = rancang_node_get_first_child (front); child != NULL; child = rancang_node_get_next (child))
    {
      const char *title = NULL;
      if (rancang_node_is (child, "preface"))
        title = rancang_node_get_child_content (child, "title");
      else if (rancang_node_is (child, "contents"))
        title = "DAFTAR ISI";
      else if (rancang_node_is (child, "list-of-tables"))
        title = "DAFTAR TABEL";
      else if (rancang_node_is (child, "list-of-figures"))
        title = "DAFTAR GAMBAR";
      if (title != NULL)
        flow_toc_entry (flow, NULL, title, previous_label (flow, child), x, 0, RANCANG_FACE_SERIF_BOLD);
    }
  for (RancangNode *chapter = rancang_node_get_child (rancang_document_get_body (flow->doc), "chapter");
       chapter != NULL; chapter = rancang_node_get_next_named (chapter, "chapter"))
    {
      g_autofree char *bab = g_strdup_printf ("BAB %s", number_of (flow, chapter));
      flow->y += 4;
      flow_toc_entry (flow, bab, rancang_node_get_child_content (chapter, "title"),
                      previous_label (flow, chapter), x, 52, RANCANG_FACE_SERIF_BOLD);
      toc_sections (flow, chapter, x + 52);
    }
  for (RancangNode *appendix = rancang_node_get_child (root, "appendix"); appendix != NULL;
       appendix = rancang_node_get_next_named (appendix, "appendix"))
    {
      flow->y += 4;
      flow_toc_entry (flow, number_of (flow, appendix), rancang_node_get_child_content (appendix, "title"),
                      previous_label (flow, appendix), x, 80, RANCANG_FACE_SERIF_BOLD);
      toc_sections (flow, appendix, x + 80);
    }
}

static void
collect_named (RancangNode *node,
               const char  *name,
               GPtrArray   *out)
{
  for (RancangNode *n = node; n != NULL; n = rancang_node_next_in_tree (n, node))
    if (rancang_node_is (n, name))
      g_ptr_array_add (out, n);
}

/* Daftar tabel / daftar gambar: every numbered table or figure in order. */
static void
flow_list_of (RancangFlow *flow,
              RancangNode *marker,
              const char  *heading,
              const char  *element)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  RancangNode *root = rancang_document_get_root (flow->doc);

  collect_named (rancang_document_get_body (flow->doc), element, items);
  for (RancangNode *appendix = rancang_node_get_child (root, "appendix"); appendix != NULL;
       appendix = rancang_node_get_next_named (appendix, "appendix"))
    collect_named (appendix, element, items);

  rancang_flow_new_page (flow, FALSE);
  rancang_flow_mark (flow, marker, heading, 0);
  rancang_flow_centered_lines (flow, heading, RANCANG_FACE_SERIF_BOLD, TITLE_SIZE, 20);
  flow->y += 18;
  for (guint i = 0; i < items->len; i++)
    {
      RancangNode *item = g_ptr_array_index (items, i);
      const char *number = number_of (flow, item);
      RancangNode *caption = rancang_node_get_child (item, "caption");
      g_autofree char *text = caption != NULL ? rancang_flow_inline_text (flow, caption) : g_strdup ("");

      if (number == NULL)
        continue;
      flow_toc_entry (flow, number, text, previous_label (flow, item), flow->left, 70, RANCANG_FACE_SERIF);
    }
}

/* ------------------------------------------------------------------ numbering */

/* Every number the document prints, from the core's one numbering, decided
 * before anything is laid out so that a reference may point forwards.
 * Chapters keep their Roman numeral alone ("II"): the heading prints "BAB"
 * above it. */
static void
number_document (RancangFlow *flow)
{
  g_autoptr(RancangNumbers) numbers = rancang_numbers_new (flow->doc);
  RancangNode *root = rancang_document_get_root (flow->doc);

  for (RancangNode *n = root; n != NULL; n = rancang_node_next_in_tree (n, root))
    {
      const char *number;

      if (rancang_node_is_text (n) || (number = rancang_numbers_get (numbers, n)) == NULL)
        continue;
      if (rancang_node_is (n, "chapter"))
        g_hash_table_replace (flow->numbers, n, rancang_format_roman (atoi (number), TRUE));
      else if (rancang_node_is (n, "section"))
        g_hash_table_replace (flow->numbers, n, g_strdup (number));
      else
        g_hash_table_replace (flow->numbers, n, rancang_numbers_label (numbers, n));
    }
}

/* ------------------------------------------------------------------ passes */

static char *
running_title (RancangDocument *doc)
{
  const char *title = rancang_document_get_meta (doc, "running-title");
  const char *acronym = rancang_document_get_opd_acronym (doc);
  int start = 0, end = 0;

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  rancang_document_get_period (doc, &start, &end);
  if (acronym == NULL)
    acronym = "Perangkat Daerah";
  switch (rancang_document_get_kind (doc))
    {
    case RANCANG_KIND_RENSTRA:
      return g_strdup_printf ("Rencana Strategis %s Tahun %d-%d", acronym, start, end);
    case RANCANG_KIND_RENCANA_AKSI:
      return g_strdup_printf ("Rencana Aksi %s Tahun %d", acronym, rancang_document_get_plan_year (doc));
    case RANCANG_KIND_RENJA:
    default:
      return g_strdup_printf ("Rencana Kerja %s Tahun %d", acronym, rancang_document_get_plan_year (doc));
    }
}

static void
layout_pass (RancangFlow *flow)
{
  RancangNode *root = rancang_document_get_root (flow->doc);
  RancangNode *front = rancang_node_get_child (root, "front");
  guint chapter = 0;

  flow->numbering = RANCANG_NUMBERING_NONE;
  flow->number = 1;
  g_clear_pointer (&flow->prefix, g_free);

  if (front != NULL)
    {
      RancangNode *cover = rancang_node_get_child (front, "cover");
      if (cover != NULL)
        flow_cover (flow, cover);
      flow->numbering = RANCANG_NUMBERING_ROMAN;
      flow->number = 1;
      for (RancangNode *child = rancang_node_get_first_child (front); child != NULL;
           child = rancang_node_get_next (child))
        {
          if (rancang_node_is (child, "preface"))
            flow_preface (flow, child);
          else if (rancang_node_is (child, "contents"))
            flow_contents (flow, child);
          else if (rancang_node_is (child, "list-of-tables"))
            flow_list_of (flow, child, "DAFTAR TABEL", "table");
          else if (rancang_node_is (child, "list-of-figures"))
            flow_list_of (flow, child, "DAFTAR GAMBAR", "figure");
        }
    }

  flow->numbering = RANCANG_NUMBERING_ARABIC;
  flow->number = 1;
  for (RancangNode *c = rancang_node_get_child (rancang_document_get_body (flow->doc), "chapter"); c != NULL;
       c = rancang_node_get_next_named (c, "chapter"))
    {
      const char *roman = number_of (flow, c);
      g_autofree char *heading = g_strdup_printf ("BAB %s", roman);

      flow->chapter = ++chapter;
      if (flow->per_chapter)
        {
          g_free (flow->prefix);
          flow->prefix = g_strdup_printf ("%s-", roman);
          flow->number = 1;
        }
      flow_chapter (flow, c, heading);
    }
  for (RancangNode *a = rancang_node_get_child (root, "appendix"); a != NULL;
       a = rancang_node_get_next_named (a, "appendix"))
    {
      if (flow->per_chapter)
        {
          g_free (flow->prefix);
          flow->prefix = g_strdup ("L-");
          flow->number = 1;
        }
      flow_chapter (flow, a, number_of (flow, a));
    }
  if (flow->layout->pages->len == 0)
    rancang_flow_new_page (flow, FALSE);
}

static gboolean
labels_equal (GHashTable *a,
              GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (a == NULL || g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, g_hash_table_lookup (b, key)) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
has_generated_lists (RancangDocument *doc)
{
  RancangNode *front = rancang_node_get_child (rancang_document_get_root (doc), "front");

  return front != NULL && (rancang_node_get_child (front, "contents") != NULL
                           || rancang_node_get_child (front, "list-of-tables") != NULL
                           || rancang_node_get_child (front, "list-of-figures") != NULL);
}

RancangLayout *
rancang_layout_document (RancangDocument     *doc,
                         RancangFonts        *fonts,
                         RancangTemplateSet  *templates,
                         RancangPaper         paper,
                         GError             **error)
{
  RancangFlow flow = { 0 };
  RancangLayout *layout = NULL;
  const char *opd = rancang_document_get_meta (doc, "opd");
  const char *pemda = rancang_document_get_meta (doc, "pemda");
  const char *title = rancang_document_get_meta (doc, "title");

  flow.doc = doc;
  flow.fonts = fonts;
  flow.templates = templates;
  flow_set_paper (&flow, paper);
  flow.running_title = running_title (doc);
  flow.numbers = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  number_document (&flow);
  /* Computed once with each table's own rounding options, for every pass;
   * a table whose template is unknown is missing here and printed as such. */
  flow.tables = rancang_document_tables (doc, templates, NULL);
  flow.table_of = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < flow.tables->len; i++)
    {
      RancangTable *table = g_ptr_array_index (flow.tables, i);
      g_hash_table_insert (flow.table_of, rancang_table_get_node (table), table);
    }

  for (guint pass = 0; pass < MAX_PASSES; pass++)
    {
      rancang_layout_free (layout);
      layout = rancang_layout_new ();
      flow.layout = layout;
      flow.labels = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      layout_pass (&flow);
      if (labels_equal (flow.previous, flow.labels) || !has_generated_lists (doc))
        {
          g_clear_pointer (&flow.previous, g_hash_table_unref);
          flow.previous = flow.labels;
          break;
        }
      g_clear_pointer (&flow.previous, g_hash_table_unref);
      flow.previous = flow.labels;
    }

  layout->title = g_strdup (title != NULL ? title : flow.running_title);
  layout->author = g_strdup_printf ("%s %s", opd != NULL ? opd : "", pemda != NULL ? pemda : "");
  g_strstrip (layout->author);
  layout->subject = g_strdup (flow.running_title);

  g_clear_pointer (&flow.previous, g_hash_table_unref);
  g_hash_table_unref (flow.numbers);
  g_hash_table_unref (flow.table_of);
  g_ptr_array_unref (flow.tables);
  g_free (flow.running_title);
  g_free (flow.prefix);
  /* Nothing fails once the fonts are loaded: ERROR is kept for the day a
   * layout can (an image that cannot be read, say). */
  (void) error;
  return layout;
}
