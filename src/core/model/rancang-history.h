/* rancang-history.h: reversible edits of a document tree.
 *
 * Every edit the application makes to a document goes through a history:
 * setting a text node's text, setting or removing an attribute, inserting,
 * removing or moving a node. Edits are grouped into steps ("Typing",
 * "New Section"); undo and redo replay whole steps, so a structural edit
 * made of many operations is undone at once.
 *
 * A removed node is not freed: the history keeps it (detached) so that undo
 * can put it back. Free the history before the tree it edits.
 *
 * Consecutive steps begun with the same merge key (typing in one paragraph)
 * become one step until rancang_history_break_merge() or an undo.
 */
#pragma once

#include <glib.h>

#include "rancang-node.h"

G_BEGIN_DECLS

typedef struct _RancangHistory RancangHistory;

typedef enum
{
  RANCANG_HISTORY_EDIT,   /* a step was recorded (or grew by merging) */
  RANCANG_HISTORY_UNDO,
  RANCANG_HISTORY_REDO,
} RancangHistoryEvent;

typedef void (*RancangHistoryFunc) (RancangHistory      *history,
                                    RancangHistoryEvent  event,
                                    gpointer             user_data);

RancangHistory *rancang_history_new            (void);
void            rancang_history_free           (RancangHistory     *history);
void            rancang_history_set_listener   (RancangHistory     *history,
                                                RancangHistoryFunc  func,
                                                gpointer            user_data);

void            rancang_history_begin          (RancangHistory     *history,
                                                const char         *label,
                                                const char         *merge_key);
void            rancang_history_end            (RancangHistory     *history);
void            rancang_history_break_merge    (RancangHistory     *history);

void            rancang_history_set_text       (RancangHistory     *history,
                                                RancangNode        *text_node,
                                                const char         *text);
void            rancang_history_set_attr       (RancangHistory     *history,
                                                RancangNode        *node,
                                                const char         *name,
                                                const char         *value);
void            rancang_history_insert         (RancangHistory     *history,
                                                RancangNode        *parent,
                                                RancangNode        *before,
                                                RancangNode        *node);
void            rancang_history_remove         (RancangHistory     *history,
                                                RancangNode        *node);
void            rancang_history_move           (RancangHistory     *history,
                                                RancangNode        *node,
                                                RancangNode        *parent,
                                                RancangNode        *before);
void            rancang_history_set_content    (RancangHistory     *history,
                                                RancangNode        *element,
                                                const char         *text);

gboolean        rancang_history_can_undo       (RancangHistory     *history);
gboolean        rancang_history_can_redo       (RancangHistory     *history);
const char     *rancang_history_get_undo_label (RancangHistory     *history);
const char     *rancang_history_get_redo_label (RancangHistory     *history);
gboolean        rancang_history_undo           (RancangHistory     *history);
gboolean        rancang_history_redo           (RancangHistory     *history);

void            rancang_history_mark_clean     (RancangHistory     *history);
guint           rancang_history_get_state      (RancangHistory     *history);
void            rancang_history_mark_clean_at  (RancangHistory     *history,
                                                guint               state);
gboolean        rancang_history_is_clean       (RancangHistory     *history);
guint           rancang_history_get_n_steps    (RancangHistory     *history);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangHistory, rancang_history_free)

G_END_DECLS
