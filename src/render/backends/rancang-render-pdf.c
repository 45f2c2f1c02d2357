/* rancang-render-pdf.c: a layout as a PDF, with libharu.
 *
 * Every box is drawn where the layout put it. The bundled TTF files are
 * embedded (libharu writes only the glyphs used) with the UTF-8 encoder, so
 * the text can be searched and copied. Page labels repeat the printed page
 * numbers ("iii", "12", "II-3"), bookmarks follow the layout's outline.
 *
 * libharu reports errors through a callback; ours records the first one as
 * a GError and the document is abandoned, never half written: the bytes are
 * kept in memory and g_file_set_contents() writes them beside the target
 * and renames them over it, so a file that was there stays whole when the
 * writing fails.
 */
#include "rancang-config.h"

#include "rancang-render.h"

#include <hpdf.h>
#include <hpdf_catalog.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_page_label.h>
#include <hpdf_pdfa.h>
#include <lcms2.h>

#include <errno.h>

G_DEFINE_QUARK (rancang-render-error-quark, rancang_render_error)

typedef struct
{
  GError    *error;
  HPDF_Doc   pdf;
  HPDF_Font  fonts[RANCANG_N_FACES];
  HPDF_Encoder utf8;
} PdfWriter;

static void
on_hpdf_error (HPDF_STATUS  error_no,
               HPDF_STATUS  detail_no,
               void        *user_data)
{
  PdfWriter *writer = user_data;

  if (writer->error == NULL)
    writer->error = g_error_new (RANCANG_RENDER_ERROR, RANCANG_RENDER_ERROR_PDF,
                                 "libharu error 0x%04X (detail %u) while writing the PDF",
                                 (guint) error_no, (guint) detail_no);
}

/* libharu 2.3.0 gives a UTF-8 font its encoding CMap as /ToUnicode too: a
 * "cidrange", which a ToUnicode CMap may not hold (poppler warns, stricter
 * readers copy nothing). Its codes are the UTF-16 code units themselves, so
 * the right ToUnicode is the identity, written as bfranges of 256 codes. */
static void
fix_to_unicode (PdfWriter *writer,
                HPDF_Font  font)
{
  HPDF_Dict cmap;
  GString *text;

  if (HPDF_Dict_GetItem (font, "ToUnicode", HPDF_OCLASS_DICT) == NULL)
    return;
  cmap = HPDF_DictStream_New (writer->pdf->mmgr, writer->pdf->xref);
  if (cmap == NULL)
    return;
  text = g_string_new ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                       "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                       "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                       "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
  /* 256 ranges, in two blocks: a block may hold 100 entries at most. */
  for (guint block = 0; block < 256; block += 100)
    {
      guint n = MIN (100, 256 - block);
      g_string_append_printf (text, "%u beginbfrange\n", n);
      for (guint hi = block; hi < block + n; hi++)
        g_string_append_printf (text, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi);
      g_string_append (text, "endbfrange\n");
    }
  g_string_append (text, "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
  HPDF_Stream_Write (cmap->stream, (const HPDF_BYTE *) text->str, text->len);
  cmap->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
  HPDF_Dict_Add (font, "ToUnicode", cmap);
  g_string_free (text, TRUE);
}

static HPDF_Font
face_font (PdfWriter    *writer,
           RancangFonts *fonts,
           RancangFace   face)
{
  /* Loaded on first use: a document that never prints italic sans does not carry it. */
  if (writer->fonts[face] == NULL && writer->error == NULL)
    {
      const char *name = HPDF_LoadTTFontFromFile (writer->pdf, rancang_fonts_get_path (fonts, face), HPDF_TRUE);
      if (name != NULL)
        writer->fonts[face] = HPDF_GetFont (writer->pdf, name, "UTF-8");
      if (writer->fonts[face] != NULL)
        fix_to_unicode (writer, writer->fonts[face]);
    }
  return writer->fonts[face];
}

static void
set_rgb_stroke (HPDF_Page page,
                guint32   color)
{
  HPDF_Page_SetRGBStroke (page, ((color >> 16) & 0xFF) / 255.0f, ((color >> 8) & 0xFF) / 255.0f,
                          (color & 0xFF) / 255.0f);
}

static void
set_rgb_fill (HPDF_Page page,
              guint32   color)
{
  HPDF_Page_SetRGBFill (page, ((color >> 16) & 0xFF) / 255.0f, ((color >> 8) & 0xFF) / 255.0f,
                        (color & 0xFF) / 255.0f);
}

static void
draw_page (PdfWriter    *writer,
           RancangFonts *fonts,
           RancangPage  *lpage,
           HPDF_Page     page)
{
  double h = lpage->height;
  HPDF_Font current = NULL;
  double current_size = 0;
  guint32 current_color = 0;
  gboolean in_text = FALSE;

  /* Fills first, then rules and pictures, then the text over them. */
  for (guint i = 0; i < lpage->boxes->len; i++)
    {
      RancangBox *box = &g_array_index (lpage->boxes, RancangBox, i);
      if (box->kind == RANCANG_BOX_RECT && box->u.rect.filled)
        {
          set_rgb_fill (page, box->u.rect.fill);
          HPDF_Page_Rectangle (page, box->x, h - box->y - box->h, box->w, box->h);
          HPDF_Page_Fill (page);
        }
    }
  for (guint i = 0; i < lpage->boxes->len && writer->error == NULL; i++)
    {
      RancangBox *box = &g_array_index (lpage->boxes, RancangBox, i);
      switch (box->kind)
        {
        case RANCANG_BOX_LINE:
          HPDF_Page_SetLineWidth (page, box->u.line.width);
          set_rgb_stroke (page, box->color);
          HPDF_Page_MoveTo (page, box->x, h - box->y);
          HPDF_Page_LineTo (page, box->x + box->w, h - (box->y + box->h));
          HPDF_Page_Stroke (page);
          break;
        case RANCANG_BOX_RECT:
          if (box->u.rect.stroke_width > 0)
            {
              HPDF_Page_SetLineWidth (page, box->u.rect.stroke_width);
              set_rgb_stroke (page, box->color);
              HPDF_Page_Rectangle (page, box->x, h - box->y - box->h, box->w, box->h);
              HPDF_Page_Stroke (page);
            }
          break;
        case RANCANG_BOX_IMAGE:
          {
            gsize n;
            const guint8 *data = g_bytes_get_data (box->u.image.data, &n);
            HPDF_Image image = box->u.image.type == RANCANG_IMAGE_JPEG
                               ? HPDF_LoadJpegImageFromMem (writer->pdf, data, n)
                               : HPDF_LoadPngImageFromMem (writer->pdf, data, n);
            if (image != NULL)
              HPDF_Page_DrawImage (page, image, box->x, h - box->y - box->h, box->w, box->h);
          }
          break;
        case RANCANG_BOX_TEXT:
        default:
          break;
        }
    }
  for (guint i = 0; i < lpage->boxes->len && writer->error == NULL; i++)
    {
      RancangBox *box = &g_array_index (lpage->boxes, RancangBox, i);
      HPDF_Font font;

      if (box->kind != RANCANG_BOX_TEXT)
        continue;
      font = face_font (writer, fonts, box->u.text.face);
      if (font == NULL)
        break;
      if (!in_text)
        {
          HPDF_Page_BeginText (page);
          in_text = TRUE;
          set_rgb_fill (page, current_color);
        }
      if (font != current || box->h != current_size)
        {
          HPDF_Page_SetFontAndSize (page, font, box->h);
          current = font;
          current_size = box->h;
        }
      if (box->color != current_color)
        {
          set_rgb_fill (page, box->color);
          current_color = box->color;
        }
      HPDF_Page_TextOut (page, box->x, h - box->y, box->u.text.utf8);
    }
  if (in_text)
    HPDF_Page_EndText (page);
}

/* PDF/A-1b wants the colour space of DeviceRGB said by an output intent
 * with its ICC profile. The sRGB profile is made by Little CMS, so no
 * profile file has to travel with Rancang. (libharu's own
 * HPDF_PDFA_AppendOutputIntents misspells /DestOutputProfile.) */
static void
add_srgb_output_intent (PdfWriter *writer)
{
  HPDF_Doc pdf = writer->pdf;
  cmsHPROFILE profile = cmsCreate_sRGBProfile ();
  cmsUInt32Number size = 0;
  g_autofree guint8 *icc = NULL;
  HPDF_Dict stream, intent;
  HPDF_Array intents;

  if (profile == NULL || !cmsSaveProfileToMem (profile, NULL, &size))
    goto out;
  icc = g_malloc (size);
  if (!cmsSaveProfileToMem (profile, icc, &size))
    goto out;

  stream = HPDF_DictStream_New (pdf->mmgr, pdf->xref);
  if (stream == NULL)
    goto out;
  HPDF_Dict_AddNumber (stream, "N", 3);
  HPDF_Stream_Write (stream->stream, icc, size);
  stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;

  intent = HPDF_Dict_New (pdf->mmgr);
  if (intent == NULL || HPDF_Xref_Add (pdf->xref, intent) != HPDF_OK)
    goto out;
  HPDF_Dict_AddName (intent, "Type", "OutputIntent");
  HPDF_Dict_AddName (intent, "S", "GTS_PDFA1");
  HPDF_Dict_Add (intent, "OutputConditionIdentifier", HPDF_String_New (pdf->mmgr, "sRGB IEC61966-2.1", NULL));
  HPDF_Dict_Add (intent, "Info", HPDF_String_New (pdf->mmgr, "sRGB IEC61966-2.1", NULL));
  HPDF_Dict_Add (intent, "DestOutputProfile", stream);
  intents = HPDF_Array_New (pdf->mmgr);
  if (intents == NULL)
    goto out;
  HPDF_Array_Add (intents, intent);
  HPDF_Dict_Add (pdf->catalog, "OutputIntents", intents);

out:
  if (profile != NULL)
    cmsCloseProfile (profile);
}

/* Page labels: a new range wherever the numbering style or prefix changes
 * or a number does not follow the one before. */
static void
add_page_labels (PdfWriter     *writer,
                 RancangLayout *layout)
{
  RancangPage *prev = NULL;

  for (guint i = 0; i < layout->pages->len && writer->error == NULL; i++)
    {
      RancangPage *page = g_ptr_array_index (layout->pages, i);

      if (prev != NULL && prev->numbering == page->numbering && g_strcmp0 (prev->prefix, page->prefix) == 0
          && (page->numbering == RANCANG_NUMBERING_NONE || prev->number + 1 == page->number))
        {
          prev = page;
          continue;
        }
      if (page->numbering == RANCANG_NUMBERING_NONE)
        {
          /* The cover prints no number: a label with a prefix and no style. */
          HPDF_Dict label = HPDF_PageLabel_New (writer->pdf, HPDF_PAGE_NUM_STYLE_DECIMAL, 1, "Sampul");
          if (label != NULL)
            {
              HPDF_Dict_RemoveElement (label, "S");
              HPDF_Dict_RemoveElement (label, "St");
              HPDF_Catalog_AddPageLabel (writer->pdf->catalog, i, label);
            }
        }
      else
        HPDF_AddPageLabel (writer->pdf, i,
                           page->numbering == RANCANG_NUMBERING_ROMAN ? HPDF_PAGE_NUM_STYLE_LOWER_ROMAN
                                                                      : HPDF_PAGE_NUM_STYLE_DECIMAL,
                           page->number, page->prefix);
      prev = page;
    }
}

static void
add_outline (PdfWriter     *writer,
             RancangLayout *layout,
             GPtrArray     *pages)
{
  HPDF_Outline parents[8] = { NULL };

  for (guint i = 0; i < layout->outline->len && writer->error == NULL; i++)
    {
      RancangOutlineEntry *entry = &g_array_index (layout->outline, RancangOutlineEntry, i);
      guint level = MIN (entry->level, G_N_ELEMENTS (parents) - 1);
      HPDF_Outline parent = NULL, outline;
      RancangPage *lpage = g_ptr_array_index (layout->pages, entry->page);
      HPDF_Destination dest;

      /* A table directly under a chapter hangs from the chapter. */
      for (guint l = level; l > 0 && parent == NULL; l--)
        parent = parents[l - 1];
      outline = HPDF_CreateOutline (writer->pdf, parent, entry->title, writer->utf8);
      if (outline == NULL)
        break;
      dest = HPDF_Page_CreateDestination (g_ptr_array_index (pages, entry->page));
      HPDF_Destination_SetFitH (dest, MIN (lpage->height, lpage->height - entry->y + 6));
      HPDF_Outline_SetDestination (outline, dest);
      HPDF_Outline_SetOpened (outline, HPDF_FALSE);
      parents[level] = outline;
      for (guint l = level + 1; l < G_N_ELEMENTS (parents); l++)
        parents[l] = NULL;
    }
}

static void
set_info (PdfWriter     *writer,
          RancangLayout *layout,
          gboolean       escaped)
{
  const struct { HPDF_InfoType type; const char *text; } info[] = {
    { HPDF_INFO_TITLE, layout->title },
    { HPDF_INFO_AUTHOR, layout->author },
    { HPDF_INFO_SUBJECT, layout->subject },
  };

  for (guint i = 0; i < G_N_ELEMENTS (info); i++)
    if (info[i].text != NULL)
      {
        g_autofree char *text = escaped ? g_markup_escape_text (info[i].text, -1) : g_strdup (info[i].text);
        HPDF_SetInfoAttr (writer->pdf, info[i].type, text);
      }
}

/* Why a file could not be written, in the system's (translated) words:
 * GLib's own message names its temporary file, which the user never chose. */
static const char *
write_failure (const GError *error)
{
  static const int reasons[] = {
    ENOENT, ENOTDIR, EACCES, EPERM, EROFS, ENOSPC, EISDIR, ENAMETOOLONG, EEXIST, ELOOP,
    ETXTBSY, EIO, ENXIO, ENODEV, EMFILE, ENFILE, ENOMEM, EINVAL, EINTR, EAGAIN, EPIPE,
  };

  if (error->domain == G_FILE_ERROR && error->code != G_FILE_ERROR_FAILED)
    for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
      if (g_file_error_from_errno (reasons[i]) == (GFileError) error->code)
        return g_strerror (reasons[i]);
  return error->message;
}

gboolean
rancang_render_pdf (RancangLayout    *layout,
                    RancangFonts     *fonts,
                    RancangPdfFlags   flags,
                    const char       *path,
                    GError          **error)
{
  PdfWriter writer = { 0 };
  g_autoptr(GPtrArray) pages = g_ptr_array_new ();
  g_autofree guint8 *bytes = NULL;
  g_autoptr(GError) write_error = NULL;
  HPDF_UINT32 size = 0;

  /* No memory pool (0): libharu's pool hands out blocks without alignment,
   * which its own structures are then read through (undefined behaviour). */
  writer.pdf = HPDF_NewEx (on_hpdf_error, NULL, NULL, 0, &writer);
  if (writer.pdf == NULL)
    {
      g_set_error (error, RANCANG_RENDER_ERROR, RANCANG_RENDER_ERROR_PDF, "libharu could not start");
      return FALSE;
    }
  HPDF_SetCompressionMode (writer.pdf, HPDF_COMP_ALL);
  HPDF_UseUTFEncodings (writer.pdf);
  HPDF_SetCurrentEncoder (writer.pdf, "UTF-8");
  writer.utf8 = HPDF_GetEncoder (writer.pdf, "UTF-8");
  HPDF_SetPageMode (writer.pdf, HPDF_PAGE_MODE_USE_OUTLINE);

  HPDF_SetInfoAttr (writer.pdf, HPDF_INFO_CREATOR, "Rancang " RANCANG_VERSION);
  if (flags & RANCANG_PDF_PDFA_1B)
    {
      /* libharu copies the info into the XMP metadata as it is, without
       * escaping: give it escaped text for the XMP ("Keuangan & Aset"), then
       * the text itself for the info dictionary. */
      set_info (&writer, layout, TRUE);
      HPDF_PDFA_SetPDFAConformance (writer.pdf, HPDF_PDFA_1B);
      {
        /* libharu names the key /SubType; the specification says /Subtype. */
        HPDF_Dict xmp = HPDF_Dict_GetItem (writer.pdf->catalog, "Metadata", HPDF_OCLASS_DICT);
        if (xmp != NULL)
          {
            HPDF_Dict_RemoveElement (xmp, "SubType");
            HPDF_Dict_AddName (xmp, "Subtype", "XML");
          }
      }
      add_srgb_output_intent (&writer);
    }
  set_info (&writer, layout, FALSE);

  for (guint i = 0; i < layout->pages->len && writer.error == NULL; i++)
    {
      RancangPage *lpage = g_ptr_array_index (layout->pages, i);
      HPDF_Page page = HPDF_AddPage (writer.pdf);

      if (page == NULL)
        break;
      HPDF_Page_SetWidth (page, lpage->width);
      HPDF_Page_SetHeight (page, lpage->height);
      g_ptr_array_add (pages, page);
      draw_page (&writer, fonts, lpage, page);
    }
  if (writer.error == NULL)
    add_page_labels (&writer, layout);
  if (writer.error == NULL)
    add_outline (&writer, layout, pages);
  if (writer.error == NULL)
    HPDF_SaveToStream (writer.pdf);
  if (writer.error == NULL)
    {
      size = HPDF_GetStreamSize (writer.pdf);
      bytes = g_malloc (MAX (size, 1));
      HPDF_ReadFromStream (writer.pdf, bytes, &size);
    }
  HPDF_Free (writer.pdf);

  if (writer.error != NULL)
    {
      g_propagate_error (error, writer.error);
      return FALSE;
    }
  if (!g_file_set_contents (path, (const char *) bytes, size, &write_error))
    {
      g_set_error (error, RANCANG_RENDER_ERROR, RANCANG_RENDER_ERROR_IO, "%s: %s", path,
                   write_failure (write_error));
      return FALSE;
    }
  return TRUE;
}
