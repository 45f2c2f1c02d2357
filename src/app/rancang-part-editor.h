/* rancang-part-editor.h: the one contract every editor of a part keeps.
 *
 * The window holds a list of editors (metadata and signatories, narrative,
 * table, SWOT/TOWS) and knows none of them by name for these five things:
 * which editor shows a part, showing it, showing the tree again after a
 * change the editor did not make (undo, import), committing what is being
 * typed, and going to a place inside the part. Every action that reads or
 * writes the document commits all editors first (rancang_part_editor_commit
 * over the list), so a value typed and not yet confirmed with Enter is never
 * lost by a save, an export or a close.
 */
#pragma once

#include <gtk/gtk.h>

#include "rancang-node.h"
#include "rancang-session.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_PART_EDITOR (rancang_part_editor_get_type ())
G_DECLARE_INTERFACE (RancangPartEditor, rancang_part_editor, RANCANG, PART_EDITOR, GtkWidget)

struct _RancangPartEditorInterface
{
  GTypeInterface parent_iface;

  /* Whether this editor is the one for PART (a node of the document). */
  gboolean     (*can_show) (RancangPartEditor *self,
                            RancangNode       *part);
  /* Shows PART of SESSION's document; NULL PART (or SESSION) lets go of
   * whatever was shown, committing nothing. */
  void         (*show)     (RancangPartEditor *self,
                            RancangSession    *session,
                            RancangNode       *part);
  RancangNode *(*get_part) (RancangPartEditor *self);
  /* The part shown again from the tree as it is now. */
  void         (*reload)   (RancangPartEditor *self);
  /* What is typed and not yet confirmed becomes part of the document, as
   * Enter would make it (one undoable step). FALSE with ERROR when a value
   * is refused: the action that asked must not go on as if it was kept. */
  gboolean     (*commit)   (RancangPartEditor *self,
                            GError           **error);
  /* Brings PLACE into view and focus: a row (with the column KEY, or NULL),
   * a block of text, a factor. FALSE when PLACE is not in the part shown. */
  gboolean     (*select)   (RancangPartEditor *self,
                            RancangNode       *place,
                            const char        *key);
};

gboolean     rancang_part_editor_can_show (RancangPartEditor *self,
                                           RancangNode       *part);
void         rancang_part_editor_show     (RancangPartEditor *self,
                                           RancangSession    *session,
                                           RancangNode       *part);
RancangNode *rancang_part_editor_get_part (RancangPartEditor *self);
void         rancang_part_editor_reload   (RancangPartEditor *self);
gboolean     rancang_part_editor_commit   (RancangPartEditor *self,
                                           GError           **error);
gboolean     rancang_part_editor_select   (RancangPartEditor *self,
                                           RancangNode       *place,
                                           const char        *key);

G_END_DECLS
