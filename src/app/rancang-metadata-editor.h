/* rancang-metadata-editor.h: what the document is, and who signs it. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-history.h"
#include "rancang-node.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_METADATA_EDITOR (rancang_metadata_editor_get_type ())
G_DECLARE_FINAL_TYPE (RancangMetadataEditor, rancang_metadata_editor, RANCANG, METADATA_EDITOR, GtkBox)

void       rancang_metadata_editor_set_document      (RancangMetadataEditor *self,
                                                      RancangHistory        *history,
                                                      RancangNode           *root);
void       rancang_metadata_editor_reload            (RancangMetadataEditor *self);
void       rancang_metadata_editor_set_default_place (RancangMetadataEditor *self,
                                                      const char            *place);
GtkWidget *rancang_metadata_editor_get_field         (RancangMetadataEditor *self,
                                                      const char            *name);

G_END_DECLS
