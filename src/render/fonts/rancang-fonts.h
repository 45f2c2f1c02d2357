/* rancang-fonts.h: the bundled TrueType fonts and their metrics.
 *
 * Rancang prints with Liberation Serif and Liberation Sans (metric-compatible
 * with Times New Roman and Arial), shipped in resources/fonts/ so a document
 * looks the same on every machine. The layout measures text here, from the
 * same files both back ends embed or draw: advances in design units
 * (FT_LOAD_NO_SCALE), no kerning, no hinting, so a width measured here is
 * exactly the width a PDF viewer or cairo gives the same string.
 *
 * The folder is found at run time: $RANCANG_FONT_DIR, else the installed
 * datadir/rancang/fonts, else the source tree's resources/fonts.
 *
 * The FT_Faces are shared with cairo (rancang-render-cairo.c) and FreeType
 * faces are not thread-safe: use one RancangFonts per thread.
 */
#pragma once

#include <glib.h>

#include "rancang-face.h"

G_BEGIN_DECLS

#define RANCANG_FONTS_ERROR (rancang_fonts_error_quark ())

typedef enum
{
  RANCANG_FONTS_ERROR_NOT_FOUND,   /* no folder holds the font files, or one lacks a file */
  RANCANG_FONTS_ERROR_BAD_FONT,    /* FreeType could not read a file */
} RancangFontsError;

typedef struct _RancangFonts RancangFonts;

GQuark        rancang_fonts_error_quark   (void);

RancangFonts *rancang_fonts_new           (GError      **error);
void          rancang_fonts_free          (RancangFonts *fonts);

const char   *rancang_fonts_get_path      (RancangFonts *fonts,
                                           RancangFace   face);
/* The FT_Face of a face (void * so that callers need not include FreeType). */
void         *rancang_fonts_get_ft_face   (RancangFonts *fonts,
                                           RancangFace   face);

double        rancang_fonts_measure       (RancangFonts *fonts,
                                           RancangFace   face,
                                           double        size,
                                           const char   *utf8,
                                           gssize        length);
double        rancang_fonts_ascent        (RancangFonts *fonts,
                                           RancangFace   face,
                                           double        size);
double        rancang_fonts_descent       (RancangFonts *fonts,
                                           RancangFace   face,
                                           double        size);
gboolean      rancang_fonts_has_glyph     (RancangFonts *fonts,
                                           RancangFace   face,
                                           gunichar      c);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangFonts, rancang_fonts_free)

G_END_DECLS
