/* rancang-outline-item.c: one row of the outline. */
#include "rancang-outline-item.h"

#include "rancang-parts.h"

struct _RancangOutlineItem
{
  GObject      parent_instance;
  RancangNode *node;       /* owned by the document */
  char        *number;
  char        *title;
  GListStore  *children;   /* of RancangOutlineItem */
};

enum { PROP_0, PROP_NUMBER, PROP_TITLE, N_PROPS };
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (RancangOutlineItem, rancang_outline_item, G_TYPE_OBJECT)

static void
rancang_outline_item_finalize (GObject *object)
{
  RancangOutlineItem *self = RANCANG_OUTLINE_ITEM (object);

  g_free (self->number);
  g_free (self->title);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (rancang_outline_item_parent_class)->finalize (object);
}

static void
rancang_outline_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RancangOutlineItem *self = RANCANG_OUTLINE_ITEM (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rancang_outline_item_class_init (RancangOutlineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rancang_outline_item_finalize;
  object_class->get_property = rancang_outline_item_get_property;

  properties[PROP_NUMBER] = g_param_spec_string ("number", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rancang_outline_item_init (RancangOutlineItem *self)
{
}

RancangOutlineItem *
rancang_outline_item_new (RancangNode *node,
                          const char  *number)
{
  RancangOutlineItem *self = g_object_new (RANCANG_TYPE_OUTLINE_ITEM, NULL);

  self->node = node;
  self->number = g_strdup (number);
  self->title = rancang_parts_title (node);
  return self;
}

RancangNode *
rancang_outline_item_get_node (RancangOutlineItem *self)
{
  return self->node;
}

const char *
rancang_outline_item_get_number (RancangOutlineItem *self)
{
  return self->number;
}

void
rancang_outline_item_set_number (RancangOutlineItem *self,
                                 const char         *number)
{
  if (g_strcmp0 (self->number, number) == 0)
    return;
  g_free (self->number);
  self->number = g_strdup (number);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
rancang_outline_item_get_title (RancangOutlineItem *self)
{
  return self->title;
}

void
rancang_outline_item_update_title (RancangOutlineItem *self)
{
  g_autofree char *title = rancang_parts_title (self->node);

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_steal_pointer (&title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
rancang_outline_item_get_icon_name (RancangOutlineItem *self)
{
  RancangNode *n = self->node;

  if (rancang_node_is (n, "metadata"))
    return "document-properties-symbolic";
  if (rancang_node_is (n, "table"))
    return "x-office-spreadsheet-symbolic";
  if (rancang_node_is (n, "figure"))
    return "image-x-generic-symbolic";
  if (rancang_node_is (n, "contents") || rancang_node_is (n, "list-of-tables")
      || rancang_node_is (n, "list-of-figures"))
    return "view-list-symbolic";
  if (rancang_node_is (n, "cover"))
    return "x-office-document-symbolic";
  if (rancang_node_is (n, "chapter") || rancang_node_is (n, "appendix"))
    return "folder-documents-symbolic";
  return "text-x-generic-symbolic";
}

GListStore *
rancang_outline_item_get_children (RancangOutlineItem *self)
{
  if (self->children == NULL)
    self->children = g_list_store_new (RANCANG_TYPE_OUTLINE_ITEM);
  return self->children;
}
