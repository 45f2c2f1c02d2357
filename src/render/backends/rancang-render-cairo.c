/* rancang-render-cairo.c: a layout drawn with cairo.
 *
 * For the window's preview, printing and PNG files. The font faces are made
 * from the very FT_Faces the layout measured with, unhinted, so that a word
 * stands on screen exactly where it stands in the PDF.
 */
#include "rancang-config.h"

#include "rancang-render.h"

#include <string.h>

#include <cairo.h>
#include <cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H

typedef struct
{
  const guint8 *data;
  gsize         length, offset;
} PngReader;

static cairo_status_t
read_png (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->offset + length > reader->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr, ((color >> 16) & 0xFF) / 255.0, ((color >> 8) & 0xFF) / 255.0,
                        (color & 0xFF) / 255.0);
}

static void
draw_image (cairo_t    *cr,
            RancangBox *box)
{
  PngReader reader = { 0 };
  cairo_surface_t *surface;

  reader.data = g_bytes_get_data (box->u.image.data, &reader.length);
  if (box->u.image.type != RANCANG_IMAGE_PNG
      || (surface = cairo_image_surface_create_from_png_stream (read_png, &reader)) == NULL
      || cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      /* cairo reads no JPEG: its place is shown, the PDF has the picture. */
      cairo_rectangle (cr, box->x, box->y, box->w, box->h);
      cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
      cairo_fill (cr);
      return;
    }
  cairo_save (cr);
  cairo_translate (cr, box->x, box->y);
  cairo_scale (cr, box->w / cairo_image_surface_get_width (surface),
               box->h / cairo_image_surface_get_height (surface));
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
}

void
rancang_render_cairo_page (RancangLayout *layout,
                           RancangFonts  *fonts,
                           guint          index,
                           void          *cairo_context)
{
  cairo_t *cr = cairo_context;
  RancangPage *page = rancang_layout_get_page (layout, index);
  cairo_font_face_t *faces[RANCANG_N_FACES] = { NULL };
  cairo_font_options_t *options = cairo_font_options_create ();
  int current = -1;
  double current_size = 0;

  cairo_save (cr);
  /* Unhinted outlines and metrics: the advances the layout measured. */
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, page->width, page->height);
  cairo_fill (cr);

  for (guint i = 0; i < page->boxes->len; i++)
    {
      RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
      if (box->kind == RANCANG_BOX_RECT && box->u.rect.filled)
        {
          set_color (cr, box->u.rect.fill);
          cairo_rectangle (cr, box->x, box->y, box->w, box->h);
          cairo_fill (cr);
        }
    }
  for (guint i = 0; i < page->boxes->len; i++)
    {
      RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
      switch (box->kind)
        {
        case RANCANG_BOX_LINE:
          set_color (cr, box->color);
          cairo_set_line_width (cr, box->u.line.width);
          cairo_move_to (cr, box->x, box->y);
          cairo_line_to (cr, box->x + box->w, box->y + box->h);
          cairo_stroke (cr);
          break;
        case RANCANG_BOX_RECT:
          if (box->u.rect.stroke_width > 0)
            {
              set_color (cr, box->color);
              cairo_set_line_width (cr, box->u.rect.stroke_width);
              cairo_rectangle (cr, box->x, box->y, box->w, box->h);
              cairo_stroke (cr);
            }
          break;
        case RANCANG_BOX_IMAGE:
          draw_image (cr, box);
          break;
        case RANCANG_BOX_TEXT:
        default:
          break;
        }
    }
  for (guint i = 0; i < page->boxes->len; i++)
    {
      RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
      int face = box->u.text.face;

      if (box->kind != RANCANG_BOX_TEXT)
        continue;
      if (faces[face] == NULL)
        faces[face] = cairo_ft_font_face_create_for_ft_face (rancang_fonts_get_ft_face (fonts, face),
                                                             FT_LOAD_NO_HINTING);
      if (face != current || box->h != current_size)
        {
          cairo_set_font_face (cr, faces[face]);
          cairo_set_font_size (cr, box->h);
          current = face;
          current_size = box->h;
        }
      set_color (cr, box->color);
      cairo_move_to (cr, box->x, box->y);
      cairo_show_text (cr, box->u.text.utf8);
    }
  cairo_restore (cr);
  for (guint f = 0; f < RANCANG_N_FACES; f++)
    if (faces[f] != NULL)
      cairo_font_face_destroy (faces[f]);
}

gboolean
rancang_render_png (RancangLayout *layout,
                    RancangFonts  *fonts,
                    guint          index,
                    double         dpi,
                    const char    *path,
                    GError       **error)
{
  RancangPage *page = rancang_layout_get_page (layout, index);
  double scale = dpi / 72.0;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (page->width * scale + 0.5),
                                                         (int) (page->height * scale + 0.5));
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  cairo_scale (cr, scale, scale);
  rancang_render_cairo_page (layout, fonts, index, cr);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, RANCANG_RENDER_ERROR, RANCANG_RENDER_ERROR_IO, "%s: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* DIR/page-001.png, page-002.png, ... (the numbering pdftoppm uses). */
gboolean
rancang_render_png_dir (RancangLayout *layout,
                        RancangFonts  *fonts,
                        double         dpi,
                        const char    *dir,
                        GError       **error)
{
  guint n = rancang_layout_get_n_pages (layout);
  int digits = n >= 100 ? 3 : 2;

  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      g_set_error (error, RANCANG_RENDER_ERROR, RANCANG_RENDER_ERROR_IO, "%s: cannot create the folder", dir);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("page-%0*u.png", digits, i + 1);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      if (!rancang_render_png (layout, fonts, i, dpi, path, error))
        return FALSE;
    }
  return TRUE;
}
