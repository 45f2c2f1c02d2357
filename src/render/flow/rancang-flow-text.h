/* rancang-flow-text.h: text set in lines, the lines placed on pages.
 *
 * A paragraph is collected as pieces (runs of text without a break
 * opportunity, each in one face and measured by rancang-fonts.c), broken
 * greedily into lines and flowed onto pages with the keep rules of
 * paragraphs: never one line alone at the foot of a page, nor carried
 * alone to the next. The layout fills a paragraph from the document's
 * inline markup (rancang-layout-inline.h); this file knows no document.
 */
#pragma once

#include "rancang-flow.h"

G_BEGIN_DECLS

typedef enum
{
  RANCANG_ALIGN_JUSTIFY,
  RANCANG_ALIGN_LEFT,
  RANCANG_ALIGN_CENTER,
  RANCANG_ALIGN_RIGHT,
} RancangAlign;

typedef struct
{
  GString    *text;
  GArray     *pieces;
  RancangFace base;             /* the face of plain text: serif or sans regular */
  double      size;
  gboolean    pending_space;
  gboolean    pending_break;
} RancangPara;

/* What a list item or a numbered heading prints before its first line. */
typedef struct
{
  const char  *text;
  double       x;
  RancangFace  face;
} RancangMarker;

void       rancang_para_init             (RancangPara         *para,
                                          RancangFace          base,
                                          double               size);
void       rancang_para_clear            (RancangPara         *para);
void       rancang_para_add_text         (RancangFlow         *flow,
                                          RancangPara         *para,
                                          const char          *text,
                                          RancangFace          face,
                                          gboolean             underline);
void       rancang_para_add_break        (RancangPara         *para);

void       rancang_flow_para             (RancangFlow         *flow,
                                          RancangPara         *para,
                                          double               x,
                                          double               width,
                                          double               first_indent,
                                          RancangAlign         align,
                                          double               leading,
                                          const RancangMarker *marker);
void       rancang_flow_text_line        (RancangFlow         *flow,
                                          const char          *text,
                                          RancangFace          face,
                                          double               size,
                                          double               leading,
                                          RancangAlign         align,
                                          double               x,
                                          double               width);
void       rancang_flow_centered_lines   (RancangFlow         *flow,
                                          const char          *text,
                                          RancangFace          face,
                                          double               size,
                                          double               leading);
GPtrArray *rancang_flow_wrap_plain       (RancangFlow         *flow,
                                          const char          *text,
                                          RancangFace          face,
                                          double               size,
                                          double               width);
double     rancang_flow_baseline         (RancangFlow         *flow,
                                          double               size,
                                          double               leading);
void       rancang_flow_underline        (RancangFlow         *flow,
                                          double               x,
                                          double               baseline,
                                          double               width,
                                          double               size);

G_END_DECLS
