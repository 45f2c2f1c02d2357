/* rancang-preview.c: the pages as they will be printed.
 *
 * The same boxes as the PDF, drawn by the cairo back end: what the preview
 * shows is what prints. The layout is made in a worker thread on a copy of
 * the tree, a moment after typing stops, so it never holds typing up; the
 * pages shown are the last finished layout until the next one is ready.
 * Without the layout engine (src/render) the pane says so plainly.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-preview.h"

/* Short enough that the page follows within 200 ms of a change (the layout
 * of a Renja such as Bontang's takes about 40 ms in the worker), long
 * enough that a burst of typing makes one layout, not one per key. */
#define RELAYOUT_DELAY_MS 120

struct _RancangPreview
{
  GtkBox           parent_instance;

  GtkWidget       *scroller;
  GtkWidget       *pages_box;
  GtkWidget       *status;
  RancangDocument *doc;
  RancangPages    *pages;
  GCancellable    *cancellable;
  guint            relayout_id;
  char            *heading;   /* the number of the part to keep in view */
  gboolean         running;
  gboolean         again;
};

enum { LAYOUT_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RancangPreview, rancang_preview, GTK_TYPE_BOX)

gboolean
rancang_preview_is_available (void)
{
  return rancang_pages_available ();
}

/* ------------------------------------------------------------------ pages */

static void
draw_page (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  RancangPreview *self = data;
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "page"));
  double page_w, page_h;
  gboolean landscape;

  if (self->pages == NULL || index >= rancang_pages_get_n_pages (self->pages))
    return;
  rancang_pages_get_size (self->pages, index, &page_w, &page_h, &landscape);
  cairo_scale (cr, width / page_w, height / page_h);
  rancang_pages_draw (self->pages, index, cr);
}

/* A page is as wide as the pane allows, and as high as its paper says. */
static void
on_page_resize (GtkDrawingArea *area,
                int             width,
                int             height,
                RancangPreview *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "page"));
  double page_w, page_h;
  gboolean landscape;
  int want;

  if (self->pages == NULL || index >= rancang_pages_get_n_pages (self->pages))
    return;
  rancang_pages_get_size (self->pages, index, &page_w, &page_h, &landscape);
  want = (int) (width * page_h / page_w + 0.5);
  if (want != gtk_drawing_area_get_content_height (area))
    gtk_drawing_area_set_content_height (area, want);
}

static void
show_pages (RancangPreview *self)
{
  GtkWidget *child;
  guint n = self->pages ? rancang_pages_get_n_pages (self->pages) : 0;

  if (self->pages_box == NULL)
    return;
  while ((child = gtk_widget_get_first_child (self->pages_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->pages_box), child);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      double page_w, page_h;
      gboolean landscape;

      rancang_pages_get_size (self->pages, i, &page_w, &page_h, &landscape);
      g_object_set_data (G_OBJECT (area), "page", GUINT_TO_POINTER (i));
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 120);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), (int) (300 * page_h / page_w));
      gtk_widget_set_hexpand (area, TRUE);
      gtk_widget_add_css_class (area, "preview-page");
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page, self, NULL);
      g_signal_connect (area, "resize", G_CALLBACK (on_page_resize), self);
      gtk_box_append (GTK_BOX (self->pages_box), area);
    }
}

/* ------------------------------------------------------------------ layout */

static void relayout (RancangPreview *self);
void rancang_preview_show_heading (RancangPreview *self, const char *number);

static void
layout_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  g_autoptr(RancangPreview) self = data;
  g_autoptr(GError) error = NULL;
  RancangPages *pages = rancang_pages_new_finish (result, &error);
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  /* A layout of a document this preview no longer shows (or of a preview
   * being destroyed): drop it. */
  if (cancellable != NULL && g_cancellable_is_cancelled (cancellable))
    {
      g_clear_pointer (&pages, rancang_pages_free);
      return;
    }
  self->running = FALSE;
  if (pages == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_label_set_label (GTK_LABEL (self->status), error->message);
          gtk_widget_set_visible (self->status, TRUE);
        }
    }
  else
    {
      GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
      double scroll = gtk_adjustment_get_value (vadj);
      gboolean first = self->pages == NULL;

      g_clear_pointer (&self->pages, rancang_pages_free);
      self->pages = pages;
      gtk_widget_set_visible (self->status, FALSE);
      show_pages (self);
      /* A new layout replaces the pages, not the reader's place in them. */
      if (first)
        rancang_preview_show_heading (self, self->heading);
      else
        gtk_adjustment_set_value (vadj, scroll);
      g_signal_emit (self, signals[LAYOUT_CHANGED], 0);
    }
  if (self->again && self->doc != NULL)
    {
      self->again = FALSE;
      rancang_preview_invalidate (self);
    }
}

static void
relayout (RancangPreview *self)
{
  if (self->doc == NULL || !rancang_pages_available ())
    return;
  if (self->running)
    {
      /* One layout at a time; the latest edits get the next one. */
      self->again = TRUE;
      return;
    }
  self->running = TRUE;
  rancang_pages_new_async (self->doc, NULL, self->cancellable, layout_done, g_object_ref (self));
}

static gboolean
relayout_timeout (gpointer data)
{
  RancangPreview *self = data;

  self->relayout_id = 0;
  relayout (self);
  return G_SOURCE_REMOVE;
}

void
rancang_preview_invalidate (RancangPreview *self)
{
  if (self->doc == NULL || !rancang_pages_available ())
    return;
  g_clear_handle_id (&self->relayout_id, g_source_remove);
  self->relayout_id = g_timeout_add (RELAYOUT_DELAY_MS, relayout_timeout, self);
}

void
rancang_preview_set_document (RancangPreview  *self,
                              RancangDocument *doc)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->running = FALSE;
  self->again = FALSE;
  g_clear_handle_id (&self->relayout_id, g_source_remove);
  g_clear_pointer (&self->pages, rancang_pages_free);
  show_pages (self);
  self->doc = doc;
  if (doc != NULL && rancang_pages_available ())
    {
      gtk_label_set_label (GTK_LABEL (self->status), _("Laying out the pages…"));
      gtk_widget_set_visible (self->status, TRUE);
      /* After the window has shown the document: the first frame comes first. */
      self->relayout_id = g_timeout_add (400, relayout_timeout, self);
    }
  g_signal_emit (self, signals[LAYOUT_CHANGED], 0);
}

static gboolean
scroll_to_heading (gpointer data)
{
  RancangPreview *self = data;
  int page;
  GtkWidget *child;
  graphene_point_t point;

  if (self->pages == NULL || self->heading == NULL)
    return G_SOURCE_REMOVE;
  page = rancang_pages_find_heading (self->pages, self->heading);
  if (page < 0)
    return G_SOURCE_REMOVE;
  child = gtk_widget_get_first_child (self->pages_box);
  for (int i = 0; child != NULL && i < page; i++)
    child = gtk_widget_get_next_sibling (child);
  if (child != NULL && gtk_widget_compute_point (child, self->pages_box, &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)),
                              point.y);
  return G_SOURCE_REMOVE;
}

/* Keep the page where the part numbered NUMBER starts in view. */
void
rancang_preview_show_heading (RancangPreview *self,
                              const char     *number)
{
  if (number != self->heading)
    {
      g_free (self->heading);
      self->heading = g_strdup (number);
    }
  if (self->pages != NULL && gtk_widget_get_visible (GTK_WIDGET (self)))
    g_idle_add_full (G_PRIORITY_LOW, scroll_to_heading, g_object_ref (self), g_object_unref);
}

int
rancang_preview_get_n_pages (RancangPreview *self)
{
  return self->pages ? (int) rancang_pages_get_n_pages (self->pages) : -1;
}

RancangPages *
rancang_preview_get_pages (RancangPreview *self)
{
  return self->pages;
}

/* ------------------------------------------------------------------ class */

static void
rancang_preview_dispose (GObject *object)
{
  RancangPreview *self = RANCANG_PREVIEW (object);

  g_clear_handle_id (&self->relayout_id, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->doc = NULL;
  G_OBJECT_CLASS (rancang_preview_parent_class)->dispose (object);
}

static void
rancang_preview_finalize (GObject *object)
{
  RancangPreview *self = RANCANG_PREVIEW (object);

  g_clear_pointer (&self->pages, rancang_pages_free);
  g_free (self->heading);
  G_OBJECT_CLASS (rancang_preview_parent_class)->finalize (object);
}

static void
rancang_preview_class_init (RancangPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rancang_preview_dispose;
  object_class->finalize = rancang_preview_finalize;
  signals[LAYOUT_CHANGED] = g_signal_new ("layout-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "preview");
}

static void
init_placeholder (RancangPreview *self)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("document-print-preview-symbolic");
  GtkWidget *title = gtk_label_new (_("No Page Preview Yet"));
  GtkWidget *text = gtk_label_new (_("This build of Rancang has no page layout engine, so pages cannot be shown, "
                                     "exported to PDF or printed yet. Everything you type is kept in the document."));

  gtk_widget_add_css_class (GTK_WIDGET (self), "preview-placeholder");
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 64);
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_widget_set_vexpand (icon, TRUE);
  gtk_widget_set_valign (icon, GTK_ALIGN_END);
  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 40);
  gtk_widget_set_vexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_START);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_widget_set_margin_start (text, 18);
  gtk_widget_set_margin_end (text, 18);
  gtk_box_append (GTK_BOX (self), icon);
  gtk_box_append (GTK_BOX (self), title);
  gtk_box_append (GTK_BOX (self), text);
}

static void
rancang_preview_init (RancangPreview *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 12);
  self->cancellable = g_cancellable_new ();

  if (!rancang_pages_available ())
    {
      init_placeholder (self);
      return;
    }

  self->status = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->status, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (self->status), TRUE);
  gtk_widget_set_margin_top (self->status, 12);
  gtk_widget_set_visible (self->status, FALSE);
  self->pages_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 16);
  gtk_widget_set_margin_top (self->pages_box, 16);
  gtk_widget_set_margin_bottom (self->pages_box, 16);
  gtk_widget_set_margin_start (self->pages_box, 16);
  gtk_widget_set_margin_end (self->pages_box, 16);
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->pages_box);
  gtk_widget_set_vexpand (self->scroller, TRUE);
  gtk_widget_add_css_class (self->scroller, "desk");
  gtk_box_append (GTK_BOX (self), self->status);
  gtk_box_append (GTK_BOX (self), self->scroller);
}
