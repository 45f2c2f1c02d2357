/* rancang-outline.c: the document's parts as a tree, with their numbers.
 *
 * The model is rebuilt from the tree whenever its structure changes (a
 * document has tens of parts, not thousands: table rows are not parts), and
 * only relabelled when a title changes, so typing never rebuilds it.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-numbering.h"
#include "rancang-parts.h"
#include "rancang-outline-item.h"
#include "rancang-outline.h"

struct _RancangOutline
{
  GtkBox              parent_instance;

  GtkListView        *list_view;
  GMenuModel         *context_menu;
  GtkWidget          *popover;

  RancangDocument    *doc;
  RancangNode        *root;
  RancangNumbers     *numbers;    /* during a rebuild */
  GListStore         *top;        /* of RancangOutlineItem */
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  GHashTable         *items;      /* RancangNode* -> RancangOutlineItem* (borrowed) */
  gboolean            rebuilding;
};

enum { PART_SELECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RancangOutline, rancang_outline, GTK_TYPE_BOX)

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  GListStore *children = rancang_outline_item_get_children (item);

  if (g_list_model_get_n_items (G_LIST_MODEL (children)) == 0)
    return NULL;
  return G_LIST_MODEL (g_object_ref (children));
}

static void
add_part (RancangNode *node,
          gpointer     data)
{
  RancangOutline *self = data;
  g_autofree char *number = rancang_numbers_label (self->numbers, node);
  g_autoptr(RancangOutlineItem) item = rancang_outline_item_new (node, number ? number : "");
  GListStore *store = self->top;

  for (RancangNode *p = rancang_node_get_parent (node); p != NULL; p = rancang_node_get_parent (p))
    {
      RancangOutlineItem *parent = g_hash_table_lookup (self->items, p);
      if (parent != NULL)
        {
          store = rancang_outline_item_get_children (parent);
          break;
        }
    }
  g_list_store_append (store, item);
  g_hash_table_insert (self->items, node, item);
}

static void
on_selection_changed (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      RancangOutline     *self)
{
  if (self->rebuilding)
    return;
  g_signal_emit (self, signals[PART_SELECTED], 0, rancang_outline_get_selected_node (self));
}

void
rancang_outline_rebuild (RancangOutline *self)
{
  RancangNode *selected = rancang_outline_get_selected_node (self);
  RancangNode *metadata;

  self->rebuilding = TRUE;
  g_hash_table_remove_all (self->items);
  self->top = g_list_store_new (RANCANG_TYPE_OUTLINE_ITEM);

  if (self->root != NULL)
    {
      metadata = rancang_node_get_child (self->root, "metadata");
      if (metadata != NULL)
        {
          g_autoptr(RancangOutlineItem) item = rancang_outline_item_new (metadata, "");
          g_list_store_append (self->top, item);
          g_hash_table_insert (self->items, metadata, item);
        }
      /* Numbers change only with the structure, which rebuilds. */
      self->numbers = rancang_numbers_new (self->doc);
      rancang_parts_foreach (self->root, add_part, self);
      g_clear_pointer (&self->numbers, rancang_numbers_free);
    }

  /* The tree model takes the root store; the selection takes the tree. */
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (self->top), FALSE, TRUE,
                                        create_children, NULL, NULL);
  g_clear_object (&self->selection);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->tree));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  if (selected == NULL || !rancang_outline_select_node (self, selected))
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->rebuilding = FALSE;
}

void
rancang_outline_set_document (RancangOutline  *self,
                              RancangDocument *doc)
{
  self->doc = doc;
  self->root = doc ? rancang_document_get_root (doc) : NULL;
  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  rancang_outline_rebuild (self);
}

/* Typing in a title: the titles change, the numbers cannot. */
void
rancang_outline_update_labels (RancangOutline *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &item))
    rancang_outline_item_update_title (item);
}

RancangNode *
rancang_outline_get_selected_node (RancangOutline *self)
{
  GtkTreeListRow *row;
  g_autoptr(GObject) item = NULL;

  if (self->selection == NULL)
    return NULL;
  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return NULL;
  item = gtk_tree_list_row_get_item (row);
  return item ? rancang_outline_item_get_node (RANCANG_OUTLINE_ITEM (item)) : NULL;
}

gboolean
rancang_outline_select_node (RancangOutline *self,
                             RancangNode    *node)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr(RancangOutlineItem) item = gtk_tree_list_row_get_item (row);

      if (rancang_outline_item_get_node (item) == node)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }
  return FALSE;
}

guint
rancang_outline_get_n_rows (RancangOutline *self)
{
  return self->tree ? g_list_model_get_n_items (G_LIST_MODEL (self->tree)) : 0;
}

const char *
rancang_outline_get_row_number (RancangOutline *self,
                                RancangNode    *node)
{
  RancangOutlineItem *item = g_hash_table_lookup (self->items, node);

  return item ? rancang_outline_item_get_number (item) : NULL;
}

/* ------------------------------------------------------------------ rows */

static void
on_row_pressed (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkListItem     *list_item)
{
  GtkWidget *row_widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  RancangOutline *self = RANCANG_OUTLINE (gtk_widget_get_ancestor (row_widget, RANCANG_TYPE_OUTLINE));
  graphene_point_t point;
  GdkRectangle rect;

  gtk_single_selection_set_selected (self->selection, gtk_list_item_get_position (list_item));
  if (!gtk_widget_compute_point (row_widget, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  rect = (GdkRectangle) { (int) point.x, (int) point.y, 1, 1 };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover), &rect);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_add_css_class (number, "part-number");
  gtk_widget_add_css_class (icon, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), title);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_row_pressed), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (list_item, expander);
}

static void
update_row_labels (RancangOutlineItem *item,
                   GParamSpec         *pspec,
                   GtkWidget          *expander)
{
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *number = gtk_widget_get_next_sibling (icon);
  GtkWidget *title = gtk_widget_get_next_sibling (number);
  const char *text = rancang_outline_item_get_title (item);
  RancangNode *node = rancang_outline_item_get_node (item);

  if (rancang_node_is (node, "metadata"))
    text = _("Document and Signatories");
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), rancang_outline_item_get_icon_name (item));
  gtk_label_set_label (GTK_LABEL (number), rancang_outline_item_get_number (item));
  gtk_widget_set_visible (number, *rancang_outline_item_get_number (item) != '\0');
  gtk_label_set_label (GTK_LABEL (title), text);
  gtk_widget_set_tooltip_text (title, text);
  /* Chapters in capitals read as a wall: the outline shows them as titles. */
  if (rancang_node_is (node, "chapter") || rancang_node_is (node, "appendix"))
    gtk_widget_add_css_class (box, "chapter-row");
  else
    gtk_widget_remove_css_class (box, "chapter-row");
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  data)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  RancangOutlineItem *item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  update_row_labels (item, NULL, expander);
  g_signal_connect_object (item, "notify", G_CALLBACK (update_row_labels), expander, 0);
  g_object_set_data_full (G_OBJECT (list_item), "item", item, g_object_unref);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  data)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  RancangOutlineItem *item = g_object_get_data (G_OBJECT (list_item), "item");

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, update_row_labels, expander);
  g_object_set_data (G_OBJECT (list_item), "item", NULL);
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
}

/* ------------------------------------------------------------------ class */

static void
rancang_outline_dispose (GObject *object)
{
  RancangOutline *self = RANCANG_OUTLINE (object);

  g_clear_pointer (&self->popover, gtk_widget_unparent);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, on_selection_changed, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), RANCANG_TYPE_OUTLINE);
  g_clear_object (&self->selection);
  G_OBJECT_CLASS (rancang_outline_parent_class)->dispose (object);
}

static void
rancang_outline_finalize (GObject *object)
{
  RancangOutline *self = RANCANG_OUTLINE (object);

  g_hash_table_unref (self->items);
  G_OBJECT_CLASS (rancang_outline_parent_class)->finalize (object);
}

static void
rancang_outline_class_init (RancangOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_outline_dispose;
  object_class->finalize = rancang_outline_finalize;

  signals[PART_SELECTED] = g_signal_new ("part-selected", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-outline.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangOutline, list_view);
  gtk_widget_class_bind_template_child (widget_class, RancangOutline, context_menu);
}

static void
rancang_outline_init (RancangOutline *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->items = g_hash_table_new (NULL, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);

  self->popover = gtk_popover_menu_new_from_model (self->context_menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_widget_set_halign (self->popover, GTK_ALIGN_START);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));

  rancang_outline_rebuild (self);
}
