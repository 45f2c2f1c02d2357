/* rancang-table-header.h: the band of grouped headers over a table's
 * column titles ("Rencana Tahun 2023" over Lokasi, Target, Pagu, ...).
 *
 * One cell across the columns of a group, placed from the column view's
 * own titles, so that it follows resizing and horizontal scrolling. Each
 * column of the view names its column of the template with
 * rancang_table_header_set_column().
 */
#pragma once

#include <gtk/gtk.h>

#include "rancang-template.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_TABLE_HEADER (rancang_table_header_get_type ())
G_DECLARE_FINAL_TYPE (RancangTableHeader, rancang_table_header, RANCANG, TABLE_HEADER, GtkDrawingArea)

GtkWidget *rancang_table_header_new          (void);
void       rancang_table_header_set_view     (RancangTableHeader  *self,
                                              GtkColumnView       *view,
                                              GtkScrolledWindow   *scroller);
void       rancang_table_header_set_template (RancangTableHeader  *self,
                                              RancangTemplate     *tmpl,
                                              int                  plan_year);
void       rancang_table_header_set_column   (GtkColumnViewColumn *column,
                                              guint                template_column);
guint      rancang_table_header_get_column   (GtkColumnViewColumn *column);

G_END_DECLS
