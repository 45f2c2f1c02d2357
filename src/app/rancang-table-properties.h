/* rancang-table-properties.h: the properties of one table: caption,
 * template, orientation, the columns that print, the year labels. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-document.h"
#include "rancang-history.h"
#include "rancang-node.h"
#include "rancang-template.h"

G_BEGIN_DECLS

/* Called after the changes were made (one step of HISTORY). */
typedef void (*RancangTablePropertiesApplied) (RancangNode *table,
                                               gpointer     data);

GtkWidget      *rancang_table_properties_new             (GtkWindow                     *parent,
                                                          RancangHistory                *history,
                                                          RancangDocument               *doc,
                                                          RancangNode                   *table,
                                                          RancangTemplateSet            *templates,
                                                          RancangTablePropertiesApplied  applied,
                                                          gpointer                       data);

/* For tests: the widgets of DIALOG. */
GtkEditable    *rancang_table_properties_get_caption     (GtkWidget  *dialog);
GtkDropDown    *rancang_table_properties_get_orientation (GtkWidget  *dialog);   /* 0 portrait, 1 landscape */
gboolean        rancang_table_properties_select_template (GtkWidget  *dialog,
                                                          const char *template_id);
GtkCheckButton *rancang_table_properties_get_numbered    (GtkWidget  *dialog);
GtkCheckButton *rancang_table_properties_get_column      (GtkWidget  *dialog,
                                                          const char *key);
/* The warning shown for a template whose columns lack some of the table's
 * cells, or NULL. */
const char     *rancang_table_properties_get_warning     (GtkWidget  *dialog);

G_END_DECLS
