/* rancang-narrative-editor.h: the text of a chapter, section or preface. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-document.h"
#include "rancang-history.h"
#include "rancang-node.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_NARRATIVE_EDITOR (rancang_narrative_editor_get_type ())
G_DECLARE_FINAL_TYPE (RancangNarrativeEditor, rancang_narrative_editor, RANCANG, NARRATIVE_EDITOR, GtkBox)

void         rancang_narrative_editor_set_part      (RancangNarrativeEditor *self,
                                                     RancangHistory         *history,
                                                     RancangDocument        *doc,
                                                     RancangNode            *part,
                                                     RancangNode            *scroll_to);
RancangNode *rancang_narrative_editor_get_part      (RancangNarrativeEditor *self);
void         rancang_narrative_editor_reload        (RancangNarrativeEditor *self);
GtkTextView *rancang_narrative_editor_get_view      (RancangNarrativeEditor *self,
                                                     RancangNode            *block);
GtkTextBuffer *rancang_narrative_editor_get_title  (RancangNarrativeEditor *self);
void         rancang_narrative_editor_focus_title   (RancangNarrativeEditor *self);
void         rancang_narrative_editor_show_find     (RancangNarrativeEditor *self);
void         rancang_narrative_editor_flush         (RancangNarrativeEditor *self);
void         rancang_narrative_editor_focus_block   (RancangNarrativeEditor *self,
                                                     RancangNode            *block,
                                                     int                     offset);

G_END_DECLS
