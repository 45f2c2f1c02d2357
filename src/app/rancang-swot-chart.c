/* rancang-swot-chart.c: the strategy quadrant beside the SWOT lists.
 *
 * The chart is the print layout's (rancang-layout-chart.h) drawn with
 * cairo, so what the editor shows is what the PDF prints. Without the
 * layout engine the chart is hidden and the quadrant is named in words. */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-format.h"
#include "rancang-swot-chart.h"

#ifdef RANCANG_HAVE_RENDER
# include "rancang-fonts.h"
# include "rancang-layout-chart.h"
# include "rancang-render.h"
#endif

/* The chart is laid out at this size (points) and scaled to its widget. */
#define CHART_POINTS 240.0
#define CHART_PIXELS 280

struct _RancangSwotChart
{
  GtkBox          parent_instance;

  GtkWidget      *chart;
  GtkWidget      *quadrant_label;
  GtkWidget      *position_label;
  GtkWidget      *advice_label;

#ifdef RANCANG_HAVE_RENDER
  RancangFonts   *fonts;
  RancangLayout  *layout;
#endif
};

G_DEFINE_FINAL_TYPE (RancangSwotChart, rancang_swot_chart, GTK_TYPE_BOX)

static char *
format_decimal (RancangDecimal value)
{
  char *text = rancang_format_number (value, -1);
  return text != NULL ? text : g_strdup ("?");
}

#ifdef RANCANG_HAVE_RENDER
static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  RancangSwotChart *self = data;
  RancangPage *page;
  double scale;

  if (self->layout == NULL)
    return;
  page = rancang_layout_get_page (self->layout, 0);
  scale = MIN (width / page->width, height / page->height);
  cairo_translate (cr, (width - page->width * scale) / 2, (height - page->height * scale) / 2);
  cairo_scale (cr, scale, scale);
  rancang_render_cairo_page (self->layout, self->fonts, 0, cr);
}
#endif

static void
update_drawing (RancangSwotChart  *self,
                const RancangSwot *swot)
{
#ifdef RANCANG_HAVE_RENDER
  g_clear_pointer (&self->layout, rancang_layout_free);
  if (self->fonts == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->fonts = rancang_fonts_new (&error);
      if (self->fonts == NULL)
        g_warning ("The SWOT chart cannot be drawn: %s", error->message);
    }
  if (self->fonts != NULL && swot->quadrant != 0)
    self->layout = rancang_layout_swot_chart (self->fonts, swot, CHART_POINTS);
  gtk_widget_set_visible (self->chart, self->layout != NULL);
  gtk_widget_queue_draw (self->chart);
#else
  gtk_widget_set_visible (self->chart, FALSE);
#endif
}

void
rancang_swot_chart_set_swot (RancangSwotChart  *self,
                             const RancangSwot *swot)
{
  g_return_if_fail (RANCANG_IS_SWOT_CHART (self));

  if (swot->quadrant != 0)
    {
      g_autofree char *roman = rancang_format_roman ((int) swot->quadrant, TRUE);
      g_autofree char *x = format_decimal (swot->ifas);
      g_autofree char *y = format_decimal (swot->efas);
      g_autofree char *quadrant = g_strdup_printf (_("Quadrant %s (%s): %s"), roman, swot->combination, swot->strategy);
      g_autofree char *position = g_strdup_printf (_("X = IFAS = %s; Y = EFAS = %s"), x, y);

      gtk_label_set_label (GTK_LABEL (self->quadrant_label), quadrant);
      gtk_label_set_label (GTK_LABEL (self->position_label), position);
    }
  else
    {
      gtk_label_set_label (GTK_LABEL (self->quadrant_label), _("No quadrant yet"));
      gtk_label_set_label (GTK_LABEL (self->position_label),
                           _("The quadrant needs both an IFAS and an EFAS table with factors."));
    }
  update_drawing (self, swot);
}

void
rancang_swot_chart_set_advice (RancangSwotChart *self,
                               const char       *combination,
                               GPtrArray        *strategies)
{
  GString *advice = g_string_new (NULL);

  g_return_if_fail (RANCANG_IS_SWOT_CHART (self));

  for (guint i = 0; strategies != NULL && i < strategies->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (g_ptr_array_index (strategies, i), -1);
      g_string_append_printf (advice, "%s• %s", advice->len > 0 ? "\n" : "", escaped);
    }
  if (advice->len > 0)
    {
      g_autofree char *head = g_strdup_printf (_("<b>Recommended strategies (%s)</b>"), combination);
      g_string_prepend (advice, "\n");
      g_string_prepend (advice, head);
    }
  gtk_label_set_markup (GTK_LABEL (self->advice_label), advice->str);
  gtk_widget_set_visible (self->advice_label, advice->len > 0);
  g_string_free (advice, TRUE);
}

GtkWidget *
rancang_swot_chart_get_widget (RancangSwotChart *self,
                               const char       *key)
{
  g_return_val_if_fail (RANCANG_IS_SWOT_CHART (self), NULL);

  if (g_strcmp0 (key, "chart") == 0)
    return self->chart;
  if (g_strcmp0 (key, "quadrant") == 0)
    return self->quadrant_label;
  if (g_strcmp0 (key, "position") == 0)
    return self->position_label;
  return NULL;
}

static void
rancang_swot_chart_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RANCANG_TYPE_SWOT_CHART);
  G_OBJECT_CLASS (rancang_swot_chart_parent_class)->dispose (object);
}

static void
rancang_swot_chart_finalize (GObject *object)
{
#ifdef RANCANG_HAVE_RENDER
  RancangSwotChart *self = RANCANG_SWOT_CHART (object);

  g_clear_pointer (&self->layout, rancang_layout_free);
  g_clear_pointer (&self->fonts, rancang_fonts_free);
#endif
  G_OBJECT_CLASS (rancang_swot_chart_parent_class)->finalize (object);
}

static void
rancang_swot_chart_class_init (RancangSwotChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_swot_chart_dispose;
  object_class->finalize = rancang_swot_chart_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-swot-chart.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangSwotChart, chart);
  gtk_widget_class_bind_template_child (widget_class, RancangSwotChart, quadrant_label);
  gtk_widget_class_bind_template_child (widget_class, RancangSwotChart, position_label);
  gtk_widget_class_bind_template_child (widget_class, RancangSwotChart, advice_label);
}

static void
rancang_swot_chart_init (RancangSwotChart *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Its captions below the square make the chart taller than wide. */
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->chart), CHART_PIXELS);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->chart),
                                       (int) (CHART_PIXELS * (CHART_POINTS + 36) / CHART_POINTS));
#ifdef RANCANG_HAVE_RENDER
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), draw_chart, self, NULL);
#endif
}
