/* rancang-layout.c: the page model's storage. */
#include "rancang-layout.h"

#include <string.h>

static void
page_free (gpointer data)
{
  RancangPage *page = data;

  for (guint i = 0; i < page->boxes->len; i++)
    {
      RancangBox *box = &g_array_index (page->boxes, RancangBox, i);
      if (box->kind == RANCANG_BOX_IMAGE)
        g_bytes_unref (box->u.image.data);
    }
  g_array_unref (page->boxes);
  g_free (page->prefix);
  g_free (page->label);
  g_free (page);
}

RancangLayout *
rancang_layout_new (void)
{
  RancangLayout *layout = g_new0 (RancangLayout, 1);

  layout->pages = g_ptr_array_new_with_free_func (page_free);
  layout->outline = g_array_new (FALSE, FALSE, sizeof (RancangOutlineEntry));
  layout->strings = g_string_chunk_new (64 * 1024);
  return layout;
}

void
rancang_layout_free (RancangLayout *layout)
{
  if (layout == NULL)
    return;
  g_ptr_array_unref (layout->pages);
  for (guint i = 0; i < layout->outline->len; i++)
    g_free (g_array_index (layout->outline, RancangOutlineEntry, i).title);
  g_array_unref (layout->outline);
  g_string_chunk_free (layout->strings);
  g_free (layout->title);
  g_free (layout->author);
  g_free (layout->subject);
  g_free (layout);
}

RancangPage *
rancang_layout_add_page (RancangLayout *layout,
                         double         width,
                         double         height,
                         gboolean       landscape)
{
  RancangPage *page = g_new0 (RancangPage, 1);

  page->width = width;
  page->height = height;
  page->landscape = landscape;
  page->label = g_strdup ("");
  page->boxes = g_array_sized_new (FALSE, FALSE, sizeof (RancangBox), 256);
  g_ptr_array_add (layout->pages, page);
  return page;
}

RancangPage *
rancang_layout_get_page (RancangLayout *layout,
                         guint          index)
{
  g_return_val_if_fail (index < layout->pages->len, NULL);
  return g_ptr_array_index (layout->pages, index);
}

guint
rancang_layout_get_n_pages (RancangLayout *layout)
{
  return layout->pages->len;
}

void
rancang_page_add_text (RancangLayout *layout,
                       RancangPage   *page,
                       double         x,
                       double         baseline,
                       RancangFace    face,
                       double         size,
                       double         advance,
                       const char    *utf8,
                       gssize         length,
                       guint32        color)
{
  RancangBox box = { .kind = RANCANG_BOX_TEXT };

  if (length < 0)
    length = strlen (utf8);
  if (length == 0)
    return;
  box.x = x;
  box.y = baseline;
  box.w = advance;
  box.h = size;
  box.color = color;
  box.u.text.utf8 = g_string_chunk_insert_len (layout->strings, utf8, length);
  box.u.text.face = face;
  g_array_append_val (page->boxes, box);
}

void
rancang_page_add_line (RancangPage *page,
                       double       x1,
                       double       y1,
                       double       x2,
                       double       y2,
                       double       width,
                       guint32      color)
{
  RancangBox box = { .kind = RANCANG_BOX_LINE };

  box.x = x1;
  box.y = y1;
  box.w = x2 - x1;
  box.h = y2 - y1;
  box.color = color;
  box.u.line.width = width;
  g_array_append_val (page->boxes, box);
}

void
rancang_page_add_rect (RancangPage *page,
                       double       x,
                       double       y,
                       double       w,
                       double       h,
                       double       stroke_width,
                       gboolean     filled,
                       guint32      fill,
                       guint32      stroke)
{
  RancangBox box = { .kind = RANCANG_BOX_RECT };

  box.x = x;
  box.y = y;
  box.w = w;
  box.h = h;
  box.color = stroke;
  box.u.rect.stroke_width = stroke_width;
  box.u.rect.filled = filled;
  box.u.rect.fill = fill;
  g_array_append_val (page->boxes, box);
}

void
rancang_page_add_image (RancangPage      *page,
                        double            x,
                        double            y,
                        double            w,
                        double            h,
                        RancangImageType  type,
                        GBytes           *data)
{
  RancangBox box = { .kind = RANCANG_BOX_IMAGE };

  box.x = x;
  box.y = y;
  box.w = w;
  box.h = h;
  box.u.image.data = g_bytes_ref (data);
  box.u.image.type = type;
  g_array_append_val (page->boxes, box);
}

void
rancang_layout_add_outline (RancangLayout *layout,
                            const char    *title,
                            guint          level,
                            guint          page,
                            double         y)
{
  RancangOutlineEntry entry = { g_strdup (title), level, page, y };

  g_array_append_val (layout->outline, entry);
}
