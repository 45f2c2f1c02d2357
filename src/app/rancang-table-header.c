/* rancang-table-header.c: the band of grouped headers over a table's
 * column titles (rancang-table-header.h). */
#include "rancang-config.h"

#include "rancang-format.h"
#include "rancang-table-header.h"

struct _RancangTableHeader
{
  GtkDrawingArea   parent_instance;

  GtkColumnView   *view;
  RancangTemplate *tmpl;
  int              plan_year;   /* what the headers' year labels count from; 0 without */
};

G_DEFINE_FINAL_TYPE (RancangTableHeader, rancang_table_header, GTK_TYPE_DRAWING_AREA)

void
rancang_table_header_set_column (GtkColumnViewColumn *column,
                                 guint                template_column)
{
  g_object_set_data (G_OBJECT (column), "template-column", GUINT_TO_POINTER (template_column));
}

guint
rancang_table_header_get_column (GtkColumnViewColumn *column)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (column), "template-column"));
}

/* The view's column titles, in the order of its visible columns. */
static GtkWidget *
first_title (RancangTableHeader *self)
{
  GtkWidget *header = self->view != NULL ? gtk_widget_get_first_child (GTK_WIDGET (self->view)) : NULL;

  return header != NULL ? gtk_widget_get_first_child (header) : NULL;
}

/* A group's name as printed: "Rencana Tahun n" is the year it stands for. */
static char *
group_shown (RancangTableHeader *self,
             const char         *group)
{
  return rancang_format_year_labels (group, self->plan_year);
}

static void
draw_band (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  RancangTableHeader *self = RANCANG_TABLE_HEADER (area);
  GListModel *columns;
  GtkWidget *title = first_title (self);
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  GdkRGBA color;
  const char *group = NULL;
  double start = 0, end = 0;
  guint n;

  if (self->tmpl == NULL || self->view == NULL)
    return;
  columns = gtk_column_view_get_columns (self->view);
  n = g_list_model_get_n_items (columns);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  for (guint i = 0; i <= n; i++, title = title != NULL ? gtk_widget_get_next_sibling (title) : NULL)
    {
      const char *this_group = NULL;
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);

      if (i < n)
        {
          g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

          this_group = rancang_template_column_group (self->tmpl, rancang_table_header_get_column (column));
          if (title == NULL || !gtk_widget_compute_bounds (title, GTK_WIDGET (area), &bounds))
            break;
        }
      if (group != NULL && (i == n || g_strcmp0 (this_group, group) != 0))
        {
          g_autofree char *shown = group_shown (self, group);
          PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (area), shown);
          int text_w, text_h;

          pango_layout_set_width (layout, (int) MAX (0, (end - start - 12) * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
          pango_layout_get_pixel_size (layout, &text_w, &text_h);
          cairo_save (cr);
          cairo_set_source_rgba (cr, 0.54, 0.58, 0.64, 0.16);
          cairo_rectangle (cr, start + 1, 2, end - start - 2, height - 2);
          cairo_fill (cr);
          cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.45);
          cairo_set_line_width (cr, 1);
          cairo_move_to (cr, start + 1, height - 0.5);
          cairo_line_to (cr, end - 1, height - 0.5);
          cairo_stroke (cr);
          cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
          cairo_move_to (cr, start + 6, (height - text_h) / 2.0 + 1);
          pango_cairo_show_layout (cr, layout);
          cairo_restore (cr);
          g_object_unref (layout);
          group = NULL;
        }
      if (i == n)
        break;
      if (this_group != NULL && group == NULL)
        {
          group = this_group;
          start = bounds.origin.x;
        }
      end = bounds.origin.x + bounds.size.width;
    }
}

/* The whole name of the group under the pointer, which the band may
 * have ellipsized. */
static gboolean
on_query_tooltip (GtkWidget  *band,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    data)
{
  RancangTableHeader *self = RANCANG_TABLE_HEADER (band);
  GListModel *columns = self->view != NULL ? gtk_column_view_get_columns (self->view) : NULL;
  GtkWidget *title = first_title (self);

  for (guint i = 0; self->tmpl != NULL && title != NULL && i < g_list_model_get_n_items (columns);
       i++, title = gtk_widget_get_next_sibling (title))
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      const char *group = rancang_template_column_group (self->tmpl, rancang_table_header_get_column (column));
      graphene_rect_t bounds;

      if (gtk_widget_compute_bounds (title, band, &bounds) && x >= bounds.origin.x
          && x < bounds.origin.x + bounds.size.width && group != NULL)
        {
          g_autofree char *shown = group_shown (self, group);

          gtk_tooltip_set_text (tooltip, shown);
          return TRUE;
        }
    }
  return FALSE;
}

/* The band follows VIEW's titles, as SCROLLER scrolls them sideways. */
void
rancang_table_header_set_view (RancangTableHeader *self,
                               GtkColumnView      *view,
                               GtkScrolledWindow  *scroller)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (scroller);

  self->view = view;
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

/* The groups of TMPL over the view's columns as they are now (shown when
 * it has any), redrawn as they are resized. */
void
rancang_table_header_set_template (RancangTableHeader *self,
                                   RancangTemplate    *tmpl,
                                   int                 plan_year)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);
  gboolean groups = FALSE;

  if (tmpl != NULL)
    rancang_template_ref (tmpl);
  g_clear_pointer (&self->tmpl, rancang_template_unref);
  self->tmpl = tmpl;
  self->plan_year = plan_year;
  for (guint i = 0; tmpl != NULL && i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      groups = groups || rancang_template_column_group (tmpl, rancang_table_header_get_column (column)) != NULL;
      g_signal_connect_object (column, "notify::fixed-width", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), groups);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GtkWidget *
rancang_table_header_new (void)
{
  return g_object_new (RANCANG_TYPE_TABLE_HEADER, NULL);
}

static void
rancang_table_header_finalize (GObject *object)
{
  RancangTableHeader *self = RANCANG_TABLE_HEADER (object);

  g_clear_pointer (&self->tmpl, rancang_template_unref);
  G_OBJECT_CLASS (rancang_table_header_parent_class)->finalize (object);
}

static void
rancang_table_header_class_init (RancangTableHeaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rancang_table_header_finalize;
}

static void
rancang_table_header_init (RancangTableHeader *self)
{
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self), 26);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_band, NULL, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "table-groups");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}
