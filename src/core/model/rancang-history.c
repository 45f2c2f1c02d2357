/* rancang-history.c: reversible edits of a document tree. */
#include "rancang-history.h"

#include <string.h>

typedef enum
{
  OP_TEXT,   /* a text node's text */
  OP_ATTR,   /* an attribute, NULL meaning absent */
  OP_PLACE,  /* where a node hangs; a NULL parent means detached */
} OpKind;

typedef struct
{
  OpKind       kind;
  RancangNode *node;
  const char  *name;          /* OP_ATTR: interned */
  char        *old_value;
  char        *new_value;
  /* OP_PLACE: the position before and after, as parent and next sibling.
   * Undo replays a step backwards, so the next sibling recorded when the op
   * was made is there again when the op is undone. */
  RancangNode *old_parent, *old_next;
  RancangNode *new_parent, *new_next;
} Op;

typedef struct
{
  char   *label;
  char   *merge_key;
  guint   id;      /* changes whenever the step changes: the clean marker compares it */
  GArray *ops;     /* of Op */
} Step;

struct _RancangHistory
{
  GPtrArray          *undo;   /* of Step, oldest first */
  GPtrArray          *redo;   /* of Step, the next to redo last */
  Step               *open;   /* the step being recorded */
  guint               depth;  /* nesting of begin/end */
  gboolean            merging_allowed;
  gboolean            open_is_merged;
  gboolean            open_changed; /* the open step edited something */
  guint               next_id;
  guint               clean_id;
  RancangHistoryFunc  func;
  gpointer            func_data;
};

static void
op_clear (Op *op)
{
  g_free (op->old_value);
  g_free (op->new_value);
}

static Step *
step_new (const char *label,
          const char *merge_key,
          guint       id)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->merge_key = g_strdup (merge_key);
  step->id = id;
  step->ops = g_array_new (FALSE, TRUE, sizeof (Op));
  g_array_set_clear_func (step->ops, (GDestroyNotify) op_clear);
  return step;
}

static void
step_free (Step *step)
{
  g_array_unref (step->ops);
  g_free (step->label);
  g_free (step->merge_key);
  g_free (step);
}

/* Free the steps of STACK and the detached nodes only they hold.
 *
 * Which op owns a node follows from the ops, never from the node's state
 * (a node a redo step moved may since have been removed by a new step,
 * which owns it now). Applied steps (undo): a node belongs to the step whose
 * last op on it detached it (a removal). Unapplied steps (redo): to the step
 * whose first op on it attached it (an insertion, now undone). */
static void
free_steps (GPtrArray *stack,
            gboolean   applied)
{
  g_autoptr(GHashTable) decisive = g_hash_table_new (NULL, NULL);   /* node -> Op* */
  GHashTableIter iter;
  gpointer node, value;

  for (guint k = 0; k < stack->len; k++)
    {
      /* Chronological: the undo stack oldest first, the redo stack newest
       * last (its last step is the next to redo, the earliest). */
      Step *step = g_ptr_array_index (stack, applied ? k : stack->len - 1 - k);
      for (guint j = 0; j < step->ops->len; j++)
        {
          Op *op = &g_array_index (step->ops, Op, j);
          if (op->kind != OP_PLACE)
            continue;
          if (applied)
            g_hash_table_insert (decisive, op->node, op);
          else if (!g_hash_table_contains (decisive, op->node))
            g_hash_table_insert (decisive, op->node, op);
        }
    }

  g_hash_table_iter_init (&iter, decisive);
  while (g_hash_table_iter_next (&iter, &node, &value))
    {
      Op *op = value;
      if (!(applied ? op->new_parent == NULL : op->old_parent == NULL))
        g_hash_table_iter_remove (&iter);
    }
  g_ptr_array_set_size (stack, 0);

  g_hash_table_iter_init (&iter, decisive);
  while (g_hash_table_iter_next (&iter, &node, NULL))
    rancang_node_free (node);
}

RancangHistory *
rancang_history_new (void)
{
  RancangHistory *history = g_new0 (RancangHistory, 1);

  history->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  history->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  history->merging_allowed = TRUE;
  return history;
}

void
rancang_history_free (RancangHistory *history)
{
  if (history == NULL)
    return;
  if (history->open != NULL)
    {
      g_ptr_array_add (history->undo, history->open);
      history->open = NULL;
    }
  /* Undone insertions (redo) and applied removals (undo) hold detached
   * nodes; the tree holds the rest. */
  free_steps (history->redo, FALSE);
  free_steps (history->undo, TRUE);
  g_ptr_array_unref (history->undo);
  g_ptr_array_unref (history->redo);
  g_free (history);
}

void
rancang_history_set_listener (RancangHistory     *history,
                              RancangHistoryFunc  func,
                              gpointer            user_data)
{
  history->func = func;
  history->func_data = user_data;
}

static void
notify (RancangHistory      *history,
        RancangHistoryEvent  event)
{
  if (history->func != NULL)
    history->func (history, event, history->func_data);
}

void
rancang_history_begin (RancangHistory *history,
                       const char     *label,
                       const char     *merge_key)
{
  if (history->depth++ > 0)
    return;

  g_assert (history->open == NULL);
  if (merge_key != NULL && history->merging_allowed && history->undo->len > 0)
    {
      Step *top = g_ptr_array_index (history->undo, history->undo->len - 1);
      if (g_strcmp0 (top->merge_key, merge_key) == 0)
        {
          history->open = g_ptr_array_steal_index (history->undo, history->undo->len - 1);
          history->open_is_merged = TRUE;
          history->open_changed = FALSE;
          return;
        }
    }
  history->open = step_new (label, merge_key, 0);
  history->open_is_merged = FALSE;
  history->open_changed = FALSE;
}

void
rancang_history_end (RancangHistory *history)
{
  Step *step;

  g_return_if_fail (history->depth > 0);
  if (--history->depth > 0)
    return;

  step = g_steal_pointer (&history->open);
  if (!history->open_changed)
    {
      if (history->open_is_merged)
        g_ptr_array_add (history->undo, step);
      else
        step_free (step);
      return;
    }

  step->id = ++history->next_id;
  g_ptr_array_add (history->undo, step);
  /* A new edit makes the undone future unreachable. */
  free_steps (history->redo, FALSE);
  history->merging_allowed = TRUE;
  notify (history, RANCANG_HISTORY_EDIT);
}

void
rancang_history_break_merge (RancangHistory *history)
{
  history->merging_allowed = FALSE;
}

/* Ops made outside begin/end are a step of their own. */
static Op *
add_op (RancangHistory *history,
        OpKind          kind,
        RancangNode    *node)
{
  Op op = { 0 };

  g_assert (history->open != NULL);
  op.kind = kind;
  op.node = node;
  g_array_append_val (history->open->ops, op);
  history->open_changed = TRUE;
  return &g_array_index (history->open->ops, Op, history->open->ops->len - 1);
}

static void
place (RancangNode *node,
       RancangNode *parent,
       RancangNode *next)
{
  if (parent == NULL)
    rancang_node_unlink (node);
  else if (next != NULL)
    rancang_node_insert_before (next, node);
  else
    rancang_node_append_child (parent, node);
}

void
rancang_history_set_text (RancangHistory *history,
                          RancangNode    *text_node,
                          const char     *text)
{
  Op *last;

  g_return_if_fail (rancang_node_is_text (text_node));
  if (g_strcmp0 (rancang_node_get_text (text_node), text) == 0)
    return;

  rancang_history_begin (history, "Edit", NULL);
  last = history->open->ops->len > 0
    ? &g_array_index (history->open->ops, Op, history->open->ops->len - 1) : NULL;
  if (last != NULL && last->kind == OP_TEXT && last->node == text_node)
    {
      /* Typing: one op per node per step, however many keystrokes. */
      g_free (last->new_value);
      last->new_value = g_strdup (text);
    }
  else
    {
      Op *op = add_op (history, OP_TEXT, text_node);
      op->old_value = g_strdup (rancang_node_get_text (text_node));
      op->new_value = g_strdup (text);
    }
  history->open_changed = TRUE;
  rancang_node_set_text (text_node, text);
  rancang_history_end (history);
}

void
rancang_history_set_attr (RancangHistory *history,
                          RancangNode    *node,
                          const char     *name,
                          const char     *value)
{
  Op *op;

  if (g_strcmp0 (rancang_node_get_attr (node, name), value) == 0)
    return;

  rancang_history_begin (history, "Edit", NULL);
  op = add_op (history, OP_ATTR, node);
  op->name = g_intern_string (name);
  op->old_value = g_strdup (rancang_node_get_attr (node, name));
  op->new_value = g_strdup (value);
  rancang_node_set_attr (node, name, value);
  rancang_history_end (history);
}

static void
record_place (RancangHistory *history,
              RancangNode    *node,
              RancangNode    *parent,
              RancangNode    *before)
{
  Op *op;

  rancang_history_begin (history, "Edit", NULL);
  op = add_op (history, OP_PLACE, node);
  op->old_parent = rancang_node_get_parent (node);
  op->old_next = op->old_parent != NULL ? rancang_node_get_next (node) : NULL;
  place (node, parent, before);
  op->new_parent = parent;
  op->new_next = parent != NULL ? rancang_node_get_next (node) : NULL;
  rancang_history_end (history);
}

void
rancang_history_insert (RancangHistory *history,
                        RancangNode    *parent,
                        RancangNode    *before,
                        RancangNode    *node)
{
  g_return_if_fail (parent != NULL && node != NULL);
  g_return_if_fail (rancang_node_get_parent (node) == NULL);
  g_return_if_fail (before == NULL || rancang_node_get_parent (before) == parent);
  record_place (history, node, parent, before);
}

void
rancang_history_remove (RancangHistory *history,
                        RancangNode    *node)
{
  g_return_if_fail (node != NULL && rancang_node_get_parent (node) != NULL);
  record_place (history, node, NULL, NULL);
}

void
rancang_history_move (RancangHistory *history,
                      RancangNode    *node,
                      RancangNode    *parent,
                      RancangNode    *before)
{
  g_return_if_fail (node != NULL && parent != NULL && node != before);
  g_return_if_fail (before == NULL || rancang_node_get_parent (before) == parent);
  for (RancangNode *p = parent; p != NULL; p = rancang_node_get_parent (p))
    g_return_if_fail (p != node);
  record_place (history, node, parent, before);
}

/* An element with plain text only (a title, <pemda>): its single text node
 * is edited in place, so typing in it merges into one op. */
void
rancang_history_set_content (RancangHistory *history,
                             RancangNode    *element,
                             const char     *text)
{
  RancangNode *first = rancang_node_get_first_child (element);
  gboolean empty = text == NULL || *text == '\0';

  if (first != NULL && rancang_node_is_text (first) && rancang_node_get_next (first) == NULL && !empty)
    {
      rancang_history_set_text (history, first, text);
      return;
    }

  rancang_history_begin (history, "Edit", NULL);
  while ((first = rancang_node_get_first_child (element)) != NULL)
    rancang_history_remove (history, first);
  if (!empty)
    rancang_history_insert (history, element, NULL, rancang_node_new_text (text));
  rancang_history_end (history);
}

gboolean
rancang_history_can_undo (RancangHistory *history)
{
  return history->undo->len > 0;
}

gboolean
rancang_history_can_redo (RancangHistory *history)
{
  return history->redo->len > 0;
}

const char *
rancang_history_get_undo_label (RancangHistory *history)
{
  Step *top = history->undo->len ? g_ptr_array_index (history->undo, history->undo->len - 1) : NULL;

  return top ? top->label : NULL;
}

const char *
rancang_history_get_redo_label (RancangHistory *history)
{
  Step *top = history->redo->len ? g_ptr_array_index (history->redo, history->redo->len - 1) : NULL;

  return top ? top->label : NULL;
}

static void
apply_op (Op       *op,
          gboolean  forward)
{
  const char *value = forward ? op->new_value : op->old_value;

  switch (op->kind)
    {
    case OP_TEXT:
      rancang_node_set_text (op->node, value);
      break;
    case OP_ATTR:
      rancang_node_set_attr (op->node, op->name, value);
      break;
    case OP_PLACE:
      if (forward)
        place (op->node, op->new_parent, op->new_next);
      else
        place (op->node, op->old_parent, op->old_next);
      break;
    default:
      g_assert_not_reached ();
    }
}

gboolean
rancang_history_undo (RancangHistory *history)
{
  Step *step;

  g_return_val_if_fail (history->depth == 0, FALSE);
  if (history->undo->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (history->undo, history->undo->len - 1);
  for (guint i = step->ops->len; i > 0; i--)
    apply_op (&g_array_index (step->ops, Op, i - 1), FALSE);
  g_ptr_array_add (history->redo, step);
  history->merging_allowed = FALSE;
  notify (history, RANCANG_HISTORY_UNDO);
  return TRUE;
}

gboolean
rancang_history_redo (RancangHistory *history)
{
  Step *step;

  g_return_val_if_fail (history->depth == 0, FALSE);
  if (history->redo->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (history->redo, history->redo->len - 1);
  for (guint i = 0; i < step->ops->len; i++)
    apply_op (&g_array_index (step->ops, Op, i), TRUE);
  g_ptr_array_add (history->undo, step);
  history->merging_allowed = FALSE;
  notify (history, RANCANG_HISTORY_REDO);
  return TRUE;
}

static guint
top_id (RancangHistory *history)
{
  if (history->undo->len == 0)
    return 0;
  return ((Step *) g_ptr_array_index (history->undo, history->undo->len - 1))->id;
}

void
rancang_history_mark_clean (RancangHistory *history)
{
  history->clean_id = top_id (history);
  /* Typing after a save is a new step, so undo returns to the saved text. */
  history->merging_allowed = FALSE;
}

/* A save copies the tree, then writes it in a thread: the state it saved
 * is the one it copied, whatever was typed while it wrote. */
guint
rancang_history_get_state (RancangHistory *history)
{
  return top_id (history);
}

void
rancang_history_mark_clean_at (RancangHistory *history,
                               guint           state)
{
  history->clean_id = state;
  if (state == top_id (history))
    history->merging_allowed = FALSE;
}

gboolean
rancang_history_is_clean (RancangHistory *history)
{
  return top_id (history) == history->clean_id;
}

guint
rancang_history_get_n_steps (RancangHistory *history)
{
  return history->undo->len;
}
