/* rancang-table-row-item.h: one row of the table editor's view: its index
 * in table order, its element and, when rows are nested under it, the
 * list of them (what the view's tree list model expands). */
#pragma once

#include <gio/gio.h>

#include "rancang-node.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_TABLE_ROW_ITEM (rancang_table_row_item_get_type ())
G_DECLARE_FINAL_TYPE (RancangTableRowItem, rancang_table_row_item, RANCANG, TABLE_ROW_ITEM, GObject)

RancangTableRowItem *rancang_table_row_item_new          (guint                index,
                                                          RancangNode         *node);
guint                rancang_table_row_item_get_index    (RancangTableRowItem *self);
RancangNode         *rancang_table_row_item_get_node     (RancangTableRowItem *self);
void                 rancang_table_row_item_add_child    (RancangTableRowItem *self,
                                                          RancangTableRowItem *child);
GListModel          *rancang_table_row_item_get_children (RancangTableRowItem *self);

G_END_DECLS
