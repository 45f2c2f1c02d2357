/* rancang-render.h: the two back ends that draw a layout (rancang-layout.h).
 *
 * Both draw the same boxes and decide nothing: the PDF with libharu, the
 * screen, PNG files and printing with cairo.
 */
#pragma once

#include <glib.h>

#include "rancang-fonts.h"
#include "rancang-layout.h"

G_BEGIN_DECLS

#define RANCANG_RENDER_ERROR (rancang_render_error_quark ())

typedef enum
{
  RANCANG_RENDER_ERROR_PDF,    /* libharu refused something */
  RANCANG_RENDER_ERROR_IO,     /* the file could not be written */
  RANCANG_RENDER_ERROR_CAIRO,
} RancangRenderError;

typedef enum
{
  RANCANG_PDF_DEFAULT = 0,
  RANCANG_PDF_PDFA_1B = 1 << 0,  /* for archiving: PDF/A-1b conformance */
} RancangPdfFlags;

GQuark   rancang_render_error_quark  (void);

/* Writes PATH whole or not at all: when it fails, a file already there is
 * left as it was and ERROR (RANCANG_RENDER_ERROR_IO for the file) names PATH. */
gboolean rancang_render_pdf          (RancangLayout    *layout,
                                      RancangFonts     *fonts,
                                      RancangPdfFlags   flags,
                                      const char       *path,
                                      GError          **error);

/* cairo_t is passed as void * so that this header needs no cairo.h. */
void     rancang_render_cairo_page   (RancangLayout    *layout,
                                      RancangFonts     *fonts,
                                      guint             page,
                                      void             *cairo_context);
gboolean rancang_render_png          (RancangLayout    *layout,
                                      RancangFonts     *fonts,
                                      guint             page,
                                      double            dpi,
                                      const char       *path,
                                      GError          **error);
gboolean rancang_render_png_dir      (RancangLayout    *layout,
                                      RancangFonts     *fonts,
                                      double            dpi,
                                      const char       *dir,
                                      GError          **error);

G_END_DECLS
