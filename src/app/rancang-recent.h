/* rancang-recent.h: the documents opened lately, as the welcome page and
 * the Open menu list them (GtkRecentManager, the desktop's own list). */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* FILE, a Rancang document, opened or saved now. */
void  rancang_recent_add  (GtkRecentManager *recent,
                           GFile            *file);
/* The latest Rancang documents still there (up to eight) as rows of LIST
 * (activating one: its "uri" data) and items of SECTION ("win.open-recent");
 * returns how many. */
guint rancang_recent_fill (GtkRecentManager *recent,
                           GtkListBox       *list,
                           GMenu            *section);

G_END_DECLS
