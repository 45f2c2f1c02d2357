/* rancang-fonts.c: the bundled fonts, measured with FreeType. */
#include "rancang-config.h"

#include "rancang-fonts.h"

#include <string.h>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

/* Advances of the first code points are cached: a 5,000-row table measures
 * millions of characters, almost all of them Latin-1. */
#define CACHED_CHARS 0x2200

struct _RancangFonts
{
  FT_Library  library;
  FT_Face     faces[RANCANG_N_FACES];
  char       *paths[RANCANG_N_FACES];
  double      units_per_em[RANCANG_N_FACES];
  gint32     *advances[RANCANG_N_FACES];    /* design units; -1 not measured yet */
};

static const char *const face_files[RANCANG_N_FACES] = {
  "LiberationSerif-Regular.ttf",
  "LiberationSerif-Bold.ttf",
  "LiberationSerif-Italic.ttf",
  "LiberationSerif-BoldItalic.ttf",
  "LiberationSans-Regular.ttf",
  "LiberationSans-Bold.ttf",
  "LiberationSans-Italic.ttf",
  "LiberationSans-BoldItalic.ttf",
};

G_DEFINE_QUARK (rancang-fonts-error-quark, rancang_fonts_error)

static char *
find_font_dir (void)
{
  const char *candidates[3] = {
    g_getenv ("RANCANG_FONT_DIR"),
#ifdef RANCANG_FONT_INSTALL_DIR
    RANCANG_FONT_INSTALL_DIR,
#else
    NULL,
#endif
#ifdef RANCANG_FONT_SOURCE_DIR
    RANCANG_FONT_SOURCE_DIR,
#else
    NULL,
#endif
  };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *probe = NULL;

      if (candidates[i] == NULL || candidates[i][0] == '\0')
        continue;
      probe = g_build_filename (candidates[i], face_files[0], NULL);
      if (g_file_test (probe, G_FILE_TEST_IS_REGULAR))
        return g_strdup (candidates[i]);
    }
  return NULL;
}

RancangFonts *
rancang_fonts_new (GError **error)
{
  g_autofree char *dir = find_font_dir ();
  RancangFonts *fonts;

  if (dir == NULL)
    {
      g_set_error (error, RANCANG_FONTS_ERROR, RANCANG_FONTS_ERROR_NOT_FOUND,
                   "The fonts of Rancang (%s, ...) were not found; set RANCANG_FONT_DIR to their folder",
                   face_files[0]);
      return NULL;
    }

  fonts = g_new0 (RancangFonts, 1);
  if (FT_Init_FreeType (&fonts->library) != 0)
    {
      g_set_error (error, RANCANG_FONTS_ERROR, RANCANG_FONTS_ERROR_BAD_FONT, "FreeType could not start");
      g_free (fonts);
      return NULL;
    }
  for (guint f = 0; f < RANCANG_N_FACES; f++)
    {
      fonts->paths[f] = g_build_filename (dir, face_files[f], NULL);
      /* The folder was chosen by its first file: say which other one lacks. */
      if (!g_file_test (fonts->paths[f], G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, RANCANG_FONTS_ERROR, RANCANG_FONTS_ERROR_NOT_FOUND,
                       "%s: no such font file; the folder of Rancang's fonts holds all eight", fonts->paths[f]);
          rancang_fonts_free (fonts);
          return NULL;
        }
      if (FT_New_Face (fonts->library, fonts->paths[f], 0, &fonts->faces[f]) != 0)
        {
          g_set_error (error, RANCANG_FONTS_ERROR, RANCANG_FONTS_ERROR_BAD_FONT,
                       "%s: not a font FreeType can read", fonts->paths[f]);
          rancang_fonts_free (fonts);
          return NULL;
        }
      fonts->units_per_em[f] = fonts->faces[f]->units_per_EM;
      fonts->advances[f] = g_new (gint32, CACHED_CHARS);
      for (guint c = 0; c < CACHED_CHARS; c++)
        fonts->advances[f][c] = -1;
    }
  return fonts;
}

void
rancang_fonts_free (RancangFonts *fonts)
{
  if (fonts == NULL)
    return;
  for (guint f = 0; f < RANCANG_N_FACES; f++)
    {
      if (fonts->faces[f] != NULL)
        FT_Done_Face (fonts->faces[f]);
      g_free (fonts->paths[f]);
      g_free (fonts->advances[f]);
    }
  FT_Done_FreeType (fonts->library);
  g_free (fonts);
}

const char *
rancang_fonts_get_path (RancangFonts *fonts,
                        RancangFace   face)
{
  return fonts->paths[face];
}

void *
rancang_fonts_get_ft_face (RancangFonts *fonts,
                           RancangFace   face)
{
  return fonts->faces[face];
}

static gint32
char_advance (RancangFonts *fonts,
              RancangFace   face,
              gunichar      c)
{
  FT_Fixed advance = 0;
  FT_UInt glyph;

  if (c < CACHED_CHARS && fonts->advances[face][c] >= 0)
    return fonts->advances[face][c];
  /* A character the font lacks is drawn as glyph 0 by both back ends: measure that. */
  glyph = FT_Get_Char_Index (fonts->faces[face], c);
  if (FT_Get_Advance (fonts->faces[face], glyph, FT_LOAD_NO_SCALE, &advance) != 0)
    advance = 0;
  if (c < CACHED_CHARS)
    fonts->advances[face][c] = (gint32) advance;
  return (gint32) advance;
}

double
rancang_fonts_measure (RancangFonts *fonts,
                       RancangFace   face,
                       double        size,
                       const char   *utf8,
                       gssize        length)
{
  const char *end = utf8 + (length < 0 ? (gssize) strlen (utf8) : length);
  gint64 units = 0;

  for (const char *p = utf8; p < end; p = g_utf8_next_char (p))
    units += char_advance (fonts, face, g_utf8_get_char (p));
  return (double) units * size / fonts->units_per_em[face];
}

double
rancang_fonts_ascent (RancangFonts *fonts,
                      RancangFace   face,
                      double        size)
{
  return fonts->faces[face]->ascender * size / fonts->units_per_em[face];
}

double
rancang_fonts_descent (RancangFonts *fonts,
                       RancangFace   face,
                       double        size)
{
  return -fonts->faces[face]->descender * size / fonts->units_per_em[face];
}

gboolean
rancang_fonts_has_glyph (RancangFonts *fonts,
                         RancangFace   face,
                         gunichar      c)
{
  return FT_Get_Char_Index (fonts->faces[face], c) != 0;
}
