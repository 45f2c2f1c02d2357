/* rancang-flow.c: pages, their numbers and footers, and the keep rules.
 *
 * Pages are filled top to bottom; a block asks for the room it needs to stay
 * whole (rancang_flow_ensure) and goes to a new page of the same orientation
 * when the current one is full. Every page gets its number and label as it
 * is made, and its footer at once.
 */
#include "rancang-config.h"

#include "rancang-flow.h"

#include "rancang-format.h"

#define FOOTER_SIZE      9.0

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

/* Goes on in the orientation a block asks for: a new page when it turns. */
void
rancang_flow_orient (RancangFlow *flow,
                     gboolean     landscape)
{
  gboolean switch_page = landscape != flow->landscape || (flow->want_portrait && !landscape);

  flow->want_portrait = FALSE;
  if (!switch_page)
    return;
  if (flow->fresh)
    {
      /* An empty page of the other orientation is replaced, not left blank. */
      g_ptr_array_remove_index (flow->layout->pages, flow->layout->pages->len - 1);
      flow->number--;
    }
  rancang_flow_new_page (flow, landscape);
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

void
rancang_flow_space (RancangFlow *flow,
                    double       space)
{
  /* Space at the top of a page is dropped, as in any word processor. */
  if (!flow->fresh)
    flow->y += space;
}

/* Records the page label of NODE, for the daftar isi of the next pass, and a
 * bookmark when OUTLINE_TITLE is given. */
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

/* The page label NODE had in the previous pass: "" in the first. */
const char *
rancang_flow_previous_label (RancangFlow       *flow,
                             const RancangNode *node)
{
  const char *label = flow->previous != NULL ? g_hash_table_lookup (flow->previous, node) : NULL;

  return label != NULL ? label : "";
}
