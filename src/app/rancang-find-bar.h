/* rancang-find-bar.h: find and replace across the text views of a part,
 * in reading order, as one text. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-history.h"

G_BEGIN_DECLS

#define RANCANG_TYPE_FIND_BAR (rancang_find_bar_get_type ())
G_DECLARE_FINAL_TYPE (RancangFindBar, rancang_find_bar, RANCANG, FIND_BAR, GtkBox)

/* The views to search, in reading order (the caller frees the list, not
 * the views), and in CURRENT the one the search goes on from, or NULL. */
typedef GList *(*RancangFindBarViews) (gpointer      data,
                                       GtkTextView **current);

void  rancang_find_bar_set_views   (RancangFindBar      *self,
                                    RancangFindBarViews  views,
                                    gpointer             data);
/* Replace All is one step of HISTORY. */
void  rancang_find_bar_set_history (RancangFindBar      *self,
                                    RancangHistory      *history);
/* Shown (revealed, when in a GtkRevealer) with TEXT to find, if not NULL,
 * and the focus in the find entry. */
void  rancang_find_bar_open        (RancangFindBar      *self,
                                    const char          *text);
/* Emptied and hidden, the matches unmarked, the focus back in the view. */
void  rancang_find_bar_close       (RancangFindBar      *self);
void  rancang_find_bar_step        (RancangFindBar      *self,
                                    gboolean             forward);
void  rancang_find_bar_replace     (RancangFindBar      *self,
                                    gboolean             all);

G_END_DECLS
