/* rancang-layout-front.c: the cover and the front matter.
 *
 * The daftar isi and daftar tabel print page numbers that are only known
 * once the body is laid out: they print the labels of the previous pass
 * (rancang-layout-document.c lays the document out until none changes).
 */
#include "rancang-config.h"

#include "rancang-layout-front.h"

#include <math.h>

#include "rancang-layout-blocks.h"
#include "rancang-layout-inline.h"
#include "rancang-layout-style.h"

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

void
rancang_flow_cover (RancangFlow *flow,
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
      rancang_flow_image (flow, logo, 150, 150);
    }
  flow->y = flow->margin_top + height * 0.80;
  rancang_flow_centered_lines (flow, pemerintah, RANCANG_FACE_SERIF_BOLD, 16, 22);
  /* Typed cover lines already name the office. */
  if (rancang_node_get_child (cover, "line") == NULL)
    rancang_flow_centered_lines (flow, opd_upper, RANCANG_FACE_SERIF_BOLD, 13, 18);
}

void
rancang_flow_preface (RancangFlow *flow,
                      RancangNode *preface)
{
  const char *title = rancang_node_get_child_content (preface, "title");

  rancang_flow_new_page (flow, FALSE);
  rancang_flow_mark (flow, preface, title, 0);
  rancang_flow_centered_lines (flow, title != NULL ? title : "", RANCANG_FACE_SERIF_BOLD, TITLE_SIZE, 20);
  flow->y += 18;
  rancang_flow_blocks (flow, preface, flow->left, flow->right - flow->left);
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
      double baseline = rancang_flow_baseline (flow, size, leading);
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
      const char *number = rancang_flow_number_of (flow, section);
      double hang = 14 + rancang_fonts_measure (flow->fonts, RANCANG_FACE_SERIF, BODY_SIZE, number, -1);
      hang = MAX (hang, 34);
      flow_toc_entry (flow, number, rancang_node_get_child_content (section, "title"),
                      rancang_flow_previous_label (flow, section), x, hang, RANCANG_FACE_SERIF);
      toc_sections (flow, section, x + hang);
    }
}

void
rancang_flow_contents (RancangFlow *flow,
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
    rancang_page_add_text (flow->layout, flow->page, flow->right - w, rancang_flow_baseline (flow, 11, 14),
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
        flow_toc_entry (flow, NULL, title, rancang_flow_previous_label (flow, child), x, 0, RANCANG_FACE_SERIF_BOLD);
    }
  for (RancangNode *chapter = rancang_node_get_child (rancang_document_get_body (flow->doc), "chapter");
       chapter != NULL; chapter = rancang_node_get_next_named (chapter, "chapter"))
    {
      g_autofree char *bab = g_strdup_printf ("BAB %s", rancang_flow_number_of (flow, chapter));
      flow->y += 4;
      flow_toc_entry (flow, bab, rancang_node_get_child_content (chapter, "title"),
                      rancang_flow_previous_label (flow, chapter), x, 52, RANCANG_FACE_SERIF_BOLD);
      toc_sections (flow, chapter, x + 52);
    }
  for (RancangNode *appendix = rancang_node_get_child (root, "appendix"); appendix != NULL;
       appendix = rancang_node_get_next_named (appendix, "appendix"))
    {
      flow->y += 4;
      flow_toc_entry (flow, rancang_flow_number_of (flow, appendix),
                      rancang_node_get_child_content (appendix, "title"), rancang_flow_previous_label (flow, appendix), x, 80, RANCANG_FACE_SERIF_BOLD);
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
void
rancang_flow_list_of (RancangFlow *flow,
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
      const char *number = rancang_flow_number_of (flow, item);
      RancangNode *caption = rancang_node_get_child (item, "caption");
      g_autofree char *text = caption != NULL ? rancang_flow_inline_text (flow, caption) : g_strdup ("");

      if (number == NULL)
        continue;
      flow_toc_entry (flow, number, text, rancang_flow_previous_label (flow, item), flow->left, 70,
                      RANCANG_FACE_SERIF);
    }
}
