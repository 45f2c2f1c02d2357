/* rancang-layout-blocks.c: the blocks of the document's text, on pages.
 *
 * Each block takes its lines from the flow (rancang-flow-text.h) and asks
 * the flow for the room it must keep together: a sub-head is never the last
 * line of a page, a signature block stays whole.
 */
#include "rancang-config.h"

#include "rancang-layout-blocks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rancang-format.h"
#include "rancang-layout-chart-private.h"
#include "rancang-layout-inline.h"
#include "rancang-layout-style.h"
#include "rancang-layout-table.h"

static void
flow_paragraph (RancangFlow *flow,
                RancangNode *p,
                double       x,
                double       width)
{
  const char *style = rancang_node_get_attr (p, "style");
  double indent = FIRST_INDENT;
  RancangAlign align = RANCANG_ALIGN_JUSTIFY;
  RancangPara para;

  if (g_strcmp0 (style, "plain") == 0)
    indent = 0;
  else if (g_strcmp0 (style, "center") == 0)
    indent = 0, align = RANCANG_ALIGN_CENTER;
  else if (g_strcmp0 (style, "right") == 0)
    indent = 0, align = RANCANG_ALIGN_RIGHT;
  else if (g_strcmp0 (style, "quote") == 0)
    indent = 0, x += FIRST_INDENT, width -= 2 * FIRST_INDENT;

  rancang_para_init (&para, RANCANG_FACE_SERIF, BODY_SIZE);
  rancang_para_add_inline (flow, &para, p, 0, FALSE);
  rancang_flow_para (flow, &para, x, width, indent, align, BODY_LEADING, NULL);
  flow->y += PARA_SPACE;
  rancang_para_clear (&para);
}

static void
flow_heading (RancangFlow *flow,
              RancangNode *heading,
              double       x,
              double       width)
{
  RancangPara para;

  rancang_flow_space (flow, PARA_SPACE);
  /* A sub-head is never the last line of a page. */
  rancang_flow_ensure (flow, 3 * BODY_LEADING);
  rancang_para_init (&para, RANCANG_FACE_SERIF, BODY_SIZE);
  rancang_para_add_inline (flow, &para, heading, RANCANG_FACE_BOLD_BIT, FALSE);
  rancang_flow_para (flow, &para, x, width, 0, RANCANG_ALIGN_LEFT, BODY_LEADING, NULL);
  rancang_para_clear (&para);
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
      RancangMarker marker = { marker_text, x, RANCANG_FACE_SERIF };
      gboolean marked = FALSE;
      RancangPara para;

      /* A bullet the font lacks (➢) is printed as one it has. */
      if (!rancang_fonts_has_glyph (flow->fonts, RANCANG_FACE_SERIF, g_utf8_get_char (marker_text)))
        {
          g_free (marker_text);
          marker_text = g_strdup ("\xe2\x80\xa2");
          marker.text = marker_text;
        }

      rancang_para_init (&para, RANCANG_FACE_SERIF, BODY_SIZE);
      rancang_para_add_inline (flow, &para, item, 0, FALSE);
      if (para.pieces->len > 0)
        {
          rancang_flow_para (flow, &para, x + hang, width - hang, 0, RANCANG_ALIGN_JUSTIFY, BODY_LEADING, &marker);
          marked = TRUE;
        }
      rancang_para_clear (&para);

      for (RancangNode *child = rancang_node_get_first_child (item); child != NULL;
           child = rancang_node_get_next (child))
        {
          if (rancang_node_is (child, "list"))
            {
              if (!marked)
                {
                  /* An item that is only a nested list: the marker on a line of its own. */
                  RancangPara empty;
                  rancang_para_init (&empty, RANCANG_FACE_SERIF, BODY_SIZE);
                  rancang_flow_para (flow, &empty, x + hang, width - hang, 0, RANCANG_ALIGN_LEFT, BODY_LEADING,
                                     &marker);
                  rancang_para_clear (&empty);
                  marked = TRUE;
                }
              flow_list (flow, child, x + hang, width - hang, depth + 1);
            }
          else if (rancang_node_is (child, "p"))
            {
              RancangPara inner;
              rancang_para_init (&inner, RANCANG_FACE_SERIF, BODY_SIZE);
              rancang_para_add_inline (flow, &inner, child, 0, FALSE);
              rancang_flow_para (flow, &inner, x + hang, width - hang, 0, RANCANG_ALIGN_JUSTIFY, BODY_LEADING,
                                 marked ? NULL : &marker);
              rancang_para_clear (&inner);
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
  rancang_flow_space (flow, BODY_LEADING);
  rancang_flow_ensure (flow, n_lines * leading + gap);
  if (greeting != NULL)
    rancang_flow_text_line (flow, greeting, RANCANG_FACE_SERIF, BODY_SIZE, leading, RANCANG_ALIGN_CENTER, x, width);
  if (place_date != NULL)
    rancang_flow_text_line (flow, place_date, RANCANG_FACE_SERIF, BODY_SIZE, leading, RANCANG_ALIGN_CENTER, x, width);
  if (jabatan_line != NULL)
    rancang_flow_text_line (flow, jabatan_line, RANCANG_FACE_SERIF_BOLD, BODY_SIZE, leading, RANCANG_ALIGN_CENTER,
                            x, width);
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
      double baseline = rancang_flow_baseline (flow, BODY_SIZE, leading);
      rancang_page_add_text (flow->layout, flow->page, nx, baseline, RANCANG_FACE_SERIF_BOLD, BODY_SIZE, w,
                             name, -1, RANCANG_BLACK);
      rancang_flow_underline (flow, nx, baseline, w, BODY_SIZE);
      flow->y += leading;
    }
  if (pangkat != NULL)
    rancang_flow_text_line (flow, pangkat, RANCANG_FACE_SERIF, BODY_SIZE, leading, RANCANG_ALIGN_CENTER, x, width);
  if (nip_line != NULL)
    rancang_flow_text_line (flow, nip_line, RANCANG_FACE_SERIF, BODY_SIZE, leading, RANCANG_ALIGN_CENTER, x, width);
  flow->y += PARA_SPACE;
}

/* An image at 150 dpi, centred, within MAX_W x MAX_H points. */
void
rancang_flow_image (RancangFlow *flow,
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
  const char *number = rancang_flow_number_of (flow, figure);
  RancangNode *caption = rancang_node_get_child (figure, "caption");
  g_autofree char *caption_text = caption != NULL ? rancang_flow_inline_text (flow, caption) : g_strdup ("");
  g_autofree char *title = number != NULL ? g_strdup_printf ("%s %s", number, caption_text)
                                          : g_strdup (caption_text);
  RancangNode *image = rancang_node_get_child (figure, "image");
  double frame = 0;

  rancang_flow_space (flow, PARA_SPACE);
  if (image != NULL)
    rancang_flow_image (flow, image, flow->right - flow->left, (flow->bottom - flow->margin_top) * 0.6);
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

/* The blocks of PARENT in order over [X, X + WIDTH]: paragraphs, headings,
 * lists, tables, figures, signatures and page breaks. */
void
rancang_flow_blocks (RancangFlow *flow,
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
