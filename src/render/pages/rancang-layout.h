/* rancang-layout.h: the page model.
 *
 * A layout is what a document looks like on paper: a list of pages, each a
 * list of boxes positioned in points from the page's top-left corner. Every
 * decision about where a line or a page breaks, where a word stands and what
 * number a page prints is taken once, by the layout (src/render/layout/ over
 * the page flow of src/render/flow/); the back ends (src/render/backends/:
 * rancang-render-pdf.c, rancang-render-cairo.c) only draw boxes. So the
 * preview, the PNG and the PDF can never disagree.
 *
 * Text boxes are positioned by their baseline: (x, y) is the left end of the
 * baseline. Justified text is one box per word, so the spacing of a line is
 * decided here too, not by a back end.
 */
#pragma once

#include <glib.h>

#include "rancang-face.h"

G_BEGIN_DECLS

typedef enum
{
  RANCANG_BOX_TEXT,
  RANCANG_BOX_LINE,
  RANCANG_BOX_RECT,
  RANCANG_BOX_IMAGE,
} RancangBoxKind;

typedef enum
{
  RANCANG_IMAGE_PNG,
  RANCANG_IMAGE_JPEG,
} RancangImageType;

/* One drawing on a page. Colours are 0xRRGGBB. */
typedef struct
{
  RancangBoxKind kind;
  float          x, y;            /* TEXT: baseline start; LINE: from; RECT, IMAGE: top-left */
  float          w, h;            /* TEXT: advance width, font size in h; LINE: to - from */
  guint32        color;
  union
  {
    struct
    {
      const char  *utf8;          /* owned by the layout */
      guint8       face;          /* RancangFace */
    } text;
    struct
    {
      float        width;
    } line;
    struct
    {
      float        stroke_width;  /* 0: no stroke */
      guint32      fill;          /* fill colour when filled */
      gboolean     filled;
    } rect;
    struct
    {
      GBytes      *data;          /* PNG or JPEG bytes, owned by the layout */
      guint8       type;          /* RancangImageType */
    } image;
  } u;
} RancangBox;

/* How a page's printed number reads; the PDF's page labels follow it. */
typedef enum
{
  RANCANG_NUMBERING_NONE,         /* the cover: nothing printed */
  RANCANG_NUMBERING_ROMAN,        /* front matter: i, ii, iii */
  RANCANG_NUMBERING_ARABIC,       /* the body: 1, 2, 3, or "II-3" with a prefix */
} RancangNumbering;

typedef struct
{
  double            width, height;    /* points, as the page is seen (landscape: wider) */
  gboolean          landscape;
  RancangNumbering  numbering;
  int               number;           /* 1-based within its numbering run */
  char             *prefix;           /* "II-" for per-chapter numbers, or NULL */
  char             *label;            /* as printed: "iii", "12", "II-3"; "" on the cover */
  GArray           *boxes;            /* RancangBox */
} RancangPage;

/* A PDF bookmark: a chapter, section or table, and where it starts. */
typedef struct
{
  char   *title;
  guint   level;                      /* 0 chapters and front matter, 1 sections, ... */
  guint   page;                       /* index into the layout's pages */
  double  y;                          /* from the top of that page */
} RancangOutlineEntry;

typedef struct
{
  GPtrArray    *pages;                /* RancangPage */
  GArray       *outline;              /* RancangOutlineEntry */
  char         *title;
  char         *author;               /* the OPD */
  char         *subject;
  GStringChunk *strings;              /* every text box's UTF-8 */
} RancangLayout;

RancangLayout *rancang_layout_new            (void);
void           rancang_layout_free           (RancangLayout *layout);

RancangPage   *rancang_layout_add_page       (RancangLayout *layout,
                                              double         width,
                                              double         height,
                                              gboolean       landscape);
RancangPage   *rancang_layout_get_page       (RancangLayout *layout,
                                              guint          index);
guint          rancang_layout_get_n_pages    (RancangLayout *layout);

void           rancang_page_add_text         (RancangLayout *layout,
                                              RancangPage   *page,
                                              double         x,
                                              double         baseline,
                                              RancangFace    face,
                                              double         size,
                                              double         advance,
                                              const char    *utf8,
                                              gssize         length,
                                              guint32        color);
void           rancang_page_add_line         (RancangPage   *page,
                                              double         x1,
                                              double         y1,
                                              double         x2,
                                              double         y2,
                                              double         width,
                                              guint32        color);
void           rancang_page_add_rect         (RancangPage   *page,
                                              double         x,
                                              double         y,
                                              double         w,
                                              double         h,
                                              double         stroke_width,
                                              gboolean       filled,
                                              guint32        fill,
                                              guint32        stroke);
void           rancang_page_add_image        (RancangPage   *page,
                                              double         x,
                                              double         y,
                                              double         w,
                                              double         h,
                                              RancangImageType type,
                                              GBytes        *data);

void           rancang_layout_add_outline    (RancangLayout *layout,
                                              const char    *title,
                                              guint          level,
                                              guint          page,
                                              double         y);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangLayout, rancang_layout_free)

G_END_DECLS
