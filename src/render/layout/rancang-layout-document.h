/* rancang-layout-document.h: a document laid out on pages.
 *
 * The one place where a Rancang document becomes pages (rancang-layout.h):
 * cover, prefaces, daftar isi / tabel / gambar with their real page numbers,
 * chapters, sections, paragraphs, lists, tables, signatures, lampiran,
 * running footers and page numbers.
 */
#pragma once

#include <glib.h>

#include "rancang-document.h"
#include "rancang-fonts.h"
#include "rancang-layout.h"
#include "rancang-template.h"

G_BEGIN_DECLS

typedef enum
{
  RANCANG_PAPER_FROM_DOCUMENT,   /* metadata/paper/@size */
  RANCANG_PAPER_A4,              /* 210 x 297 mm */
  RANCANG_PAPER_F4,              /* 215 x 330 mm, "Folio" in Indonesian offices */
  RANCANG_PAPER_LETTER,          /* 8.5 x 11 in */
} RancangPaper;

gboolean       rancang_paper_from_string  (const char          *text,
                                           RancangPaper        *paper);

RancangLayout *rancang_layout_document    (RancangDocument     *doc,
                                           RancangFonts        *fonts,
                                           RancangTemplateSet  *templates,
                                           RancangPaper         paper,
                                           GError             **error);

G_END_DECLS
