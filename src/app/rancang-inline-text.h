/* rancang-inline-text.h: the inline content of a block of text (text, b,
 * i, u, sup, br, ref) in a GtkTextBuffer, and back into the tree. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-history.h"
#include "rancang-node.h"
#include "rancang-numbering.h"

G_BEGIN_DECLS

/* A <br/> in a buffer. */
#define RANCANG_LINE_SEPARATOR "\xe2\x80\xa8"   /* U+2028 */

gboolean     rancang_inline_text_is_inline (RancangNode    *node);
/* A block's view shows its inline children up to the first block child
 * (a list item may go on with a nested list): that child, or NULL. */
RancangNode *rancang_inline_text_stop      (RancangNode    *block);
/* The inline nodes from FIRST up to STOP, inserted at ITER with the tags
 * of the buffer's tag table; references numbered by NUMBERS in ROOT. */
void         rancang_inline_text_load      (GtkTextBuffer  *buffer,
                                            GtkTextIter    *iter,
                                            RancangNode    *first,
                                            RancangNode    *stop,
                                            RancangNode    *root,
                                            RancangNumbers *numbers);
/* The inline nodes of a buffer range, as the children of a scratch
 * element. */
RancangNode *rancang_inline_text_serialize (GtkTextIter    *start,
                                            GtkTextIter    *end);
/* BLOCK's inline content replaced by the children of BOX, as one step of
 * HISTORY ("Typing", merged per block). */
void         rancang_inline_text_apply     (RancangHistory *history,
                                            RancangNode    *block,
                                            RancangNode    *box);

G_END_DECLS
