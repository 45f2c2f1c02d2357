/* rancang-block-structure.h: the edits of the narrative editor that change
 * the block structure of a part rather than the text of one block:
 * joining a block to the one before, raising and lowering a list item,
 * and the plain-text paste that turns lines into paragraphs. Each is one
 * undoable step of the history; the editor rebuilds its views after. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-history.h"
#include "rancang-node.h"

G_BEGIN_DECLS

/* The element before NODE among its siblings, text between skipped. */
RancangNode *rancang_block_prev_element (RancangNode    *node);
/* The block BLOCK would join on Backspace at its start (a paragraph or
 * heading before a paragraph, an item before an item), or NULL. */
RancangNode *rancang_block_join_target (RancangNode    *block);
/* BLOCK's content appended to PREV (its join target), BLOCK removed. */
void         rancang_block_join        (RancangHistory *history,
                                        RancangNode    *block,
                                        RancangNode    *prev);
/* ITEM one list level lower, into a list of the item before it; FALSE
 * when there is no item before it to hold it. */
gboolean     rancang_block_lower_item  (RancangHistory *history,
                                        RancangNode    *item);
/* ITEM one list level higher, after the item its list is in; FALSE when
 * it is already at the top level. */
gboolean     rancang_block_raise_item  (RancangHistory *history,
                                        RancangNode    *item);
/* Paste into VIEW as plain text, handled instead of GtkTextView's own:
 * connect to its "paste-clipboard". */
void         rancang_block_paste_plain (GtkTextView    *view,
                                        gpointer        data);

G_END_DECLS
