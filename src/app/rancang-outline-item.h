/* rancang-outline-item.h: one row of the outline: a part of the document. */
#pragma once

#include <gio/gio.h>

#include "rancang-node.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_OUTLINE_ITEM (rancang_outline_item_get_type ())
G_DECLARE_FINAL_TYPE (RancangOutlineItem, rancang_outline_item, RANCANG, OUTLINE_ITEM, GObject)

RancangOutlineItem *rancang_outline_item_new          (RancangNode        *node,
                                                       const char         *number);
RancangNode        *rancang_outline_item_get_node     (RancangOutlineItem *self);
const char         *rancang_outline_item_get_number   (RancangOutlineItem *self);
void                rancang_outline_item_set_number   (RancangOutlineItem *self,
                                                       const char         *number);
const char         *rancang_outline_item_get_title    (RancangOutlineItem *self);
void                rancang_outline_item_update_title (RancangOutlineItem *self);
const char         *rancang_outline_item_get_icon_name (RancangOutlineItem *self);
GListStore         *rancang_outline_item_get_children (RancangOutlineItem *self);

G_END_DECLS
