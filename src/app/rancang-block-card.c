/* rancang-block-card.c: a block that is not text, as a card naming it.
 *
 * Tables are edited in the table editor and figures show in the page
 * preview; in the text of their part they are cards: an icon, the number
 * and caption a reader sees, and a line saying where they are edited. */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-block-card.h"
#include "rancang-parts.h"

struct _RancangBlockCard
{
  GtkBox       parent_instance;

  GtkImage    *icon;
  GtkLabel    *title_label;
  GtkLabel    *detail_label;
  GtkWidget   *edit_button;

  RancangNode *node;
};

G_DEFINE_FINAL_TYPE (RancangBlockCard, rancang_block_card, GTK_TYPE_BOX)

enum { EDIT, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_edit_clicked (RancangBlockCard *self)
{
  g_signal_emit (self, signals[EDIT], 0);
}

GtkWidget *
rancang_block_card_new (RancangNode    *node,
                        RancangNumbers *numbers)
{
  RancangBlockCard *self = g_object_new (RANCANG_TYPE_BLOCK_CARD, NULL);
  g_autofree char *number = numbers != NULL ? rancang_numbers_label (numbers, node) : NULL;
  g_autofree char *caption = rancang_parts_title (node);
  g_autofree char *heading = NULL;
  g_autofree char *details = NULL;
  const char *icon;

  self->node = node;
  if (rancang_node_is (node, "table"))
    {
      guint rows = 0;

      for (RancangNode *c = rancang_node_get_first_child (node); c != NULL; c = rancang_node_get_next (c))
        rows += rancang_node_is (c, "row");
      icon = "x-office-spreadsheet-symbolic";
      heading = g_strdup_printf ("%s  %s", number ? number : "", caption);
      details = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row, template “%s”. Tables are edited in the table editor.",
                                              "%u rows, template “%s”. Tables are edited in the table editor.", rows),
                                 rows, rancang_node_get_attr (node, "template"));
      gtk_widget_set_visible (self->edit_button, TRUE);
    }
  else if (rancang_node_is (node, "figure"))
    {
      icon = "image-x-generic-symbolic";
      heading = g_strdup_printf ("%s  %s", number ? number : "", caption);
      details = g_strdup (_("A figure, shown in the page preview and the PDF."));
    }
  else if (rancang_node_is (node, "signature"))
    {
      icon = "document-edit-symbolic";
      heading = g_strdup (_("Signature block"));
      details = g_strdup_printf (_("Signed by the signatory “%s”, as set in Document and Signatories."),
                                 rancang_node_get_attr (node, "ref"));
    }
  else
    {
      icon = "insert-page-break-symbolic";
      heading = g_strdup (_("Page break"));
      details = g_strdup (_("The text after it starts on a new page."));
    }
  gtk_image_set_from_icon_name (self->icon, icon);
  gtk_label_set_label (self->title_label, heading);
  gtk_label_set_label (self->detail_label, details);
  /* As the views of text blocks: the editor finds a block's widget so,
   * and tools the button of a table. */
  g_object_set_data (G_OBJECT (self), "rancang-node", node);
  g_object_set_data (G_OBJECT (self->edit_button), "rancang-node", node);
  return GTK_WIDGET (self);
}

RancangNode *
rancang_block_card_get_node (RancangBlockCard *self)
{
  g_return_val_if_fail (RANCANG_IS_BLOCK_CARD (self), NULL);

  return self->node;
}

static void
rancang_block_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RANCANG_TYPE_BLOCK_CARD);
  G_OBJECT_CLASS (rancang_block_card_parent_class)->dispose (object);
}

static void
rancang_block_card_class_init (RancangBlockCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_block_card_dispose;
  /* "edit": the Edit Table button of a table's card was clicked. */
  signals[EDIT] = g_signal_new ("edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-block-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangBlockCard, icon);
  gtk_widget_class_bind_template_child (widget_class, RancangBlockCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, RancangBlockCard, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RancangBlockCard, edit_button);
  gtk_widget_class_bind_template_callback (widget_class, on_edit_clicked);
}

static void
rancang_block_card_init (RancangBlockCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
