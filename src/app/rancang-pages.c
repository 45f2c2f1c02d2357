/* rancang-pages.c: a document laid out in pages, off the main thread. */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-pages.h"

#ifdef RANCANG_HAVE_RENDER
# include "rancang-fonts.h"
# include "rancang-layout-document.h"
# include "rancang-render.h"
#endif

struct _RancangPages
{
#ifdef RANCANG_HAVE_RENDER
  RancangLayout *layout;
  RancangFonts  *fonts;   /* FreeType faces are not shared between threads: each layout has its own */
#else
  int            unused;
#endif
};

gboolean
rancang_pages_available (void)
{
#ifdef RANCANG_HAVE_RENDER
  return TRUE;
#else
  return FALSE;
#endif
}

void
rancang_pages_free (RancangPages *pages)
{
  if (pages == NULL)
    return;
#ifdef RANCANG_HAVE_RENDER
  g_clear_pointer (&pages->layout, rancang_layout_free);
  g_clear_pointer (&pages->fonts, rancang_fonts_free);
#endif
  g_free (pages);
}

typedef struct
{
  RancangDocument *copy;
  char            *pdf_path;
} Job;

static void
job_free (Job *job)
{
  rancang_document_free (job->copy);
  g_free (job->pdf_path);
  g_free (job);
}

#ifdef RANCANG_HAVE_RENDER
static void
layout_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(RancangTemplateSet) templates = NULL;
  RancangPages *pages = g_new0 (RancangPages, 1);
  GError *error = NULL;

  pages->fonts = rancang_fonts_new (&error);
  if (pages->fonts != NULL)
    templates = rancang_template_set_new_builtin (&error);
  if (templates != NULL)
    pages->layout = rancang_layout_document (job->copy, pages->fonts, templates, RANCANG_PAPER_FROM_DOCUMENT, &error);
  if (pages->layout != NULL && job->pdf_path != NULL
      && !g_cancellable_set_error_if_cancelled (cancellable, &error))
    rancang_render_pdf (pages->layout, pages->fonts, RANCANG_PDF_DEFAULT, job->pdf_path, &error);
  if (error != NULL)
    {
      rancang_pages_free (pages);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, pages, (GDestroyNotify) rancang_pages_free);
}
#endif

/* With PDF_PATH, the pages are also written there as a PDF, in the same
 * worker thread. */
void
rancang_pages_new_async (RancangDocument     *doc,
                         const char          *pdf_path,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

#ifdef RANCANG_HAVE_RENDER
  Job *job = g_new0 (Job, 1);

  job->copy = rancang_document_new_from_root (rancang_node_copy (rancang_document_get_root (doc)));
  job->pdf_path = g_strdup (pdf_path);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, layout_thread);
#else
  (void) job_free;
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s",
                           _("This build of Rancang has no page layout engine."));
#endif
}

RancangPages *
rancang_pages_new_finish (GAsyncResult  *result,
                          GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

guint
rancang_pages_get_n_pages (RancangPages *pages)
{
#ifdef RANCANG_HAVE_RENDER
  return rancang_layout_get_n_pages (pages->layout);
#else
  return 0;
#endif
}

void
rancang_pages_get_size (RancangPages *pages,
                        guint         index,
                        double       *width,
                        double       *height,
                        gboolean     *landscape)
{
#ifdef RANCANG_HAVE_RENDER
  RancangPage *page = rancang_layout_get_page (pages->layout, index);

  *width = page->width;
  *height = page->height;
  *landscape = page->landscape;
#else
  *width = 595;
  *height = 842;
  *landscape = FALSE;
#endif
}

void
rancang_pages_draw (RancangPages *pages,
                    guint         index,
                    void         *cairo_context)
{
#ifdef RANCANG_HAVE_RENDER
  rancang_render_cairo_page (pages->layout, pages->fonts, index, cairo_context);
#endif
}

/* The page where the heading numbered NUMBER ("BAB II", "2.1", "Tabel 2.1")
 * starts, from the bookmarks of the layout; -1 when there is none. */
int
rancang_pages_find_heading (RancangPages *pages,
                            const char   *number)
{
#ifdef RANCANG_HAVE_RENDER
  g_autofree char *prefix = g_strconcat (number, " ", NULL);

  if (pages->layout->outline == NULL || number == NULL || *number == '\0')
    return -1;
  for (guint i = 0; i < pages->layout->outline->len; i++)
    {
      RancangOutlineEntry *entry = &g_array_index (pages->layout->outline, RancangOutlineEntry, i);
      if (entry->title != NULL && g_str_has_prefix (entry->title, prefix))
        return (int) entry->page;
    }
#endif
  return -1;
}
