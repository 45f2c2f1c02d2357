/* rancang-part-editor.c: the editor contract (see the header). */
#include "rancang-part-editor.h"

G_DEFINE_INTERFACE (RancangPartEditor, rancang_part_editor, GTK_TYPE_WIDGET)

static void
rancang_part_editor_default_init (RancangPartEditorInterface *iface)
{
}

gboolean
rancang_part_editor_can_show (RancangPartEditor *self,
                              RancangNode       *part)
{
  g_return_val_if_fail (RANCANG_IS_PART_EDITOR (self), FALSE);
  return part != NULL && RANCANG_PART_EDITOR_GET_IFACE (self)->can_show (self, part);
}

void
rancang_part_editor_show (RancangPartEditor *self,
                          RancangSession    *session,
                          RancangNode       *part)
{
  g_return_if_fail (RANCANG_IS_PART_EDITOR (self));
  RANCANG_PART_EDITOR_GET_IFACE (self)->show (self, session, part);
}

RancangNode *
rancang_part_editor_get_part (RancangPartEditor *self)
{
  g_return_val_if_fail (RANCANG_IS_PART_EDITOR (self), NULL);
  return RANCANG_PART_EDITOR_GET_IFACE (self)->get_part (self);
}

void
rancang_part_editor_reload (RancangPartEditor *self)
{
  g_return_if_fail (RANCANG_IS_PART_EDITOR (self));
  RANCANG_PART_EDITOR_GET_IFACE (self)->reload (self);
}

gboolean
rancang_part_editor_commit (RancangPartEditor *self,
                            GError           **error)
{
  RancangPartEditorInterface *iface;

  g_return_val_if_fail (RANCANG_IS_PART_EDITOR (self), FALSE);
  iface = RANCANG_PART_EDITOR_GET_IFACE (self);
  /* An editor with nothing of its own to type commits nothing. */
  return iface->commit == NULL || iface->commit (self, error);
}

gboolean
rancang_part_editor_select (RancangPartEditor *self,
                            RancangNode       *place,
                            const char        *key)
{
  RancangPartEditorInterface *iface;

  g_return_val_if_fail (RANCANG_IS_PART_EDITOR (self), FALSE);
  iface = RANCANG_PART_EDITOR_GET_IFACE (self);
  return iface->select != NULL && iface->select (self, place, key);
}
