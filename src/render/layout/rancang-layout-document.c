/* rancang-layout-document.c: a document laid out on pages.
 *
 * The document is walked in reading order: its paper, the front matter
 * (rancang-layout-front.c), chapters and sections with their blocks
 * (rancang-layout-blocks.c) and lampiran, poured into the page flow
 * (src/render/flow/), which decides where pages end.
 *
 * The daftar isi and daftar tabel print page numbers that are only known
 * once the body is laid out, so the whole document is laid out again with
 * the labels of the previous pass until no label changes (two passes
 * normally; a third when the daftar isi's own length moved the front matter).
 */
#include "rancang-config.h"

#include "rancang-layout-document.h"

#include <stdlib.h>

#include "rancang-check.h"
#include "rancang-flow-text.h"
#include "rancang-format.h"
#include "rancang-layout-blocks.h"
#include "rancang-layout-front.h"
#include "rancang-layout-inline.h"
#include "rancang-layout-style.h"
#include "rancang-numbering.h"

#define MAX_PASSES       4

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

/* ------------------------------------------------------------------ structure */

static void
flow_section (RancangFlow *flow,
              RancangNode *section,
              guint        depth)
{
  const char *number = rancang_flow_number_of (flow, section);
  const char *title = rancang_node_get_child_content (section, "title");
  g_autofree char *outline = g_strdup_printf ("%s %s", number, title != NULL ? title : "");
  double hang = depth == 1 ? 36 : 48;
  RancangMarker marker = { number, flow->left, RANCANG_FACE_SERIF_BOLD };
  RancangPara para;

  if (flow->want_portrait)
    rancang_flow_new_page (flow, FALSE);
  rancang_flow_space (flow, depth == 1 ? 12 : 8);
  /* Keep the heading with the first lines under it. */
  rancang_flow_ensure (flow, 4 * BODY_LEADING);
  rancang_flow_mark (flow, section, outline, depth);
  rancang_para_init (&para, RANCANG_FACE_SERIF, BODY_SIZE);
  rancang_para_add_text (flow, &para, title != NULL ? title : "", RANCANG_FACE_SERIF_BOLD, FALSE);
  rancang_flow_para (flow, &para, flow->left + hang, flow->right - flow->left - hang, 0, RANCANG_ALIGN_LEFT,
                     BODY_LEADING, &marker);
  rancang_para_clear (&para);
  flow->y += 4;

  rancang_flow_blocks (flow, section, flow->left, flow->right - flow->left);
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
  rancang_flow_blocks (flow, chapter, flow->left, flow->right - flow->left);
  for (RancangNode *section = rancang_node_get_child (chapter, "section"); section != NULL;
       section = rancang_node_get_next_named (section, "section"))
    flow_section (flow, section, 1);
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
        rancang_flow_cover (flow, cover);
      flow->numbering = RANCANG_NUMBERING_ROMAN;
      flow->number = 1;
      for (RancangNode *child = rancang_node_get_first_child (front); child != NULL;
           child = rancang_node_get_next (child))
        {
          if (rancang_node_is (child, "preface"))
            rancang_flow_preface (flow, child);
          else if (rancang_node_is (child, "contents"))
            rancang_flow_contents (flow, child);
          else if (rancang_node_is (child, "list-of-tables"))
            rancang_flow_list_of (flow, child, "DAFTAR TABEL", "table");
          else if (rancang_node_is (child, "list-of-figures"))
            rancang_flow_list_of (flow, child, "DAFTAR GAMBAR", "figure");
        }
    }

  flow->numbering = RANCANG_NUMBERING_ARABIC;
  flow->number = 1;
  for (RancangNode *c = rancang_node_get_child (rancang_document_get_body (flow->doc), "chapter"); c != NULL;
       c = rancang_node_get_next_named (c, "chapter"))
    {
      const char *roman = rancang_flow_number_of (flow, c);
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
      flow_chapter (flow, a, rancang_flow_number_of (flow, a));
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
rancang_layout_document (RancangDocument    *doc,
                         RancangFonts       *fonts,
                         RancangTemplateSet *templates,
                         RancangPaper        paper,
                         GError            **error)
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

