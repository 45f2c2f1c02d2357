/* rancang-table-row-item.c: one row of the table editor's view
 * (rancang-table-row-item.h). */
#include "rancang-table-row-item.h"

struct _RancangTableRowItem
{
  GObject      parent_instance;

  guint        index;
  RancangNode *node;
  GListStore  *children;   /* NULL while nothing is under it */
};

G_DEFINE_FINAL_TYPE (RancangTableRowItem, rancang_table_row_item, G_TYPE_OBJECT)

RancangTableRowItem *
rancang_table_row_item_new (guint        index,
                            RancangNode *node)
{
  RancangTableRowItem *self = g_object_new (RANCANG_TYPE_TABLE_ROW_ITEM, NULL);

  self->index = index;
  self->node = node;
  return self;
}

guint
rancang_table_row_item_get_index (RancangTableRowItem *self)
{
  return self->index;
}

RancangNode *
rancang_table_row_item_get_node (RancangTableRowItem *self)
{
  return self->node;
}

void
rancang_table_row_item_add_child (RancangTableRowItem *self,
                                  RancangTableRowItem *child)
{
  if (self->children == NULL)
    self->children = g_list_store_new (RANCANG_TYPE_TABLE_ROW_ITEM);
  g_list_store_append (self->children, child);
}

/* The rows under it, or NULL: a row without them has no expander. */
GListModel *
rancang_table_row_item_get_children (RancangTableRowItem *self)
{
  return self->children != NULL ? G_LIST_MODEL (self->children) : NULL;
}

static void
rancang_table_row_item_dispose (GObject *object)
{
  g_clear_object (&RANCANG_TABLE_ROW_ITEM (object)->children);
  G_OBJECT_CLASS (rancang_table_row_item_parent_class)->dispose (object);
}

static void
rancang_table_row_item_class_init (RancangTableRowItemClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = rancang_table_row_item_dispose;
}

static void
rancang_table_row_item_init (RancangTableRowItem *self)
{
}
