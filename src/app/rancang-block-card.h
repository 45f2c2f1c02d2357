/* rancang-block-card.h: a block of a part that is not text (a table, a
 * figure, a signature block, a page break) as a card in the narrative
 * editor, naming it. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-node.h"
#include "rancang-numbering.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_BLOCK_CARD (rancang_block_card_get_type ())
G_DECLARE_FINAL_TYPE (RancangBlockCard, rancang_block_card, RANCANG, BLOCK_CARD, GtkBox)

/* The card of NODE, numbered by NUMBERS (or not, when NULL). A table's
 * card has an Edit Table button, which emits "edit". */
GtkWidget   *rancang_block_card_new      (RancangNode      *node,
                                          RancangNumbers   *numbers);
RancangNode *rancang_block_card_get_node (RancangBlockCard *self);

G_END_DECLS
