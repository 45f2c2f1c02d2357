/* rancang-find-bar.c: find and replace across the text views of a part.
 *
 * The bar searches the views its owner lists, in reading order, as if they
 * were one text: a step goes on from the selection of the current view to
 * the next views and wraps once. Matches are marked with the tag "match" of
 * each buffer's tag table (added on first use). Replacing goes through the
 * buffers, so the owner stores it as it stores typing; Replace All is one
 * step of the history.
 */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rancang-find-bar.h"

struct _RancangFindBar
{
  GtkBox               parent_instance;

  GtkSearchEntry      *find_entry;
  GtkEntry            *replace_entry;
  GtkLabel            *find_status;

  RancangFindBarViews  views;
  gpointer             views_data;
  RancangHistory      *history;
};

G_DEFINE_FINAL_TYPE (RancangFindBar, rancang_find_bar, GTK_TYPE_BOX)

static GtkTextTag *
match_tag (GtkTextBuffer *buffer)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, "match");

  if (tag == NULL)
    {
      tag = gtk_text_tag_new ("match");
      g_object_set (tag, "background", "#fce94f", NULL);
      gtk_text_tag_table_add (table, tag);
      g_object_unref (tag);
    }
  return tag;
}

static GList *
list_views (RancangFindBar  *self,
            GtkTextView    **current)
{
  *current = NULL;
  return self->views != NULL ? self->views (self->views_data, current) : NULL;
}

static const char *
needle_of (RancangFindBar *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->find_entry));
}

static void
update_matches (RancangFindBar *self)
{
  const char *needle = needle_of (self);
  GtkTextView *current;
  g_autoptr(GList) views = list_views (self, &current);
  guint count = 0;

  for (GList *l = views; l != NULL; l = l->next)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (l->data);
      GtkTextIter start, end, m_start, m_end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_tag (buffer, match_tag (buffer), &start, &end);
      if (*needle == '\0')
        continue;
      while (gtk_text_iter_forward_search (&start, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE,
                                           &m_start, &m_end, NULL))
        {
          gtk_text_buffer_apply_tag (buffer, match_tag (buffer), &m_start, &m_end);
          count++;
          start = m_end;
        }
    }
  if (*needle == '\0')
    gtk_label_set_label (self->find_status, "");
  else
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", count), count);
      gtk_label_set_label (self->find_status, text);
    }
}

static gboolean
select_match_in (GtkTextView *view,
                 const char  *needle,
                 GtkTextIter *from,
                 gboolean     forward)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter m_start, m_end;
  gboolean found = forward
    ? gtk_text_iter_forward_search (from, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE, &m_start, &m_end, NULL)
    : gtk_text_iter_backward_search (from, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE, &m_start, &m_end, NULL);

  if (!found)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_select_range (buffer, &m_start, &m_end);
  return TRUE;
}

void
rancang_find_bar_step (RancangFindBar *self,
                       gboolean        forward)
{
  const char *needle = needle_of (self);
  GtkTextView *current;
  g_autoptr(GList) views = NULL;
  GList *start;

  g_return_if_fail (RANCANG_IS_FIND_BAR (self));

  if (*needle == '\0')
    return;
  views = list_views (self, &current);
  if (views == NULL)
    return;
  if (!forward)
    views = g_list_reverse (views);
  start = current != NULL ? g_list_find (views, current) : NULL;
  if (start != NULL)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (current);
      GtkTextIter a, b;

      gtk_text_buffer_get_selection_bounds (buffer, &a, &b);
      if (select_match_in (current, needle, forward ? &b : &a, forward))
        return;
      start = start->next;
    }
  /* On through the other views, wrapping once. */
  for (guint pass = 0; pass < 2; pass++)
    for (GList *l = pass == 0 ? start : views; l != NULL; l = l->next)
      {
        GtkTextIter from;
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (l->data);

        if (forward)
          gtk_text_buffer_get_start_iter (buffer, &from);
        else
          gtk_text_buffer_get_end_iter (buffer, &from);
        if (select_match_in (l->data, needle, &from, forward))
          return;
      }
}

void
rancang_find_bar_replace (RancangFindBar *self,
                          gboolean        all)
{
  const char *needle = needle_of (self);
  const char *with = gtk_editable_get_text (GTK_EDITABLE (self->replace_entry));
  GtkTextView *current;
  g_autoptr(GList) views = NULL;

  g_return_if_fail (RANCANG_IS_FIND_BAR (self));

  if (*needle == '\0')
    return;
  if (!all)
    {
      g_list_free (list_views (self, &current));
      if (current != NULL)
        {
          GtkTextBuffer *buffer = gtk_text_view_get_buffer (current);
          GtkTextIter a, b;
          g_autofree char *selected = NULL;

          if (gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
            {
              g_autofree char *folded = NULL;
              g_autofree char *folded_needle = g_utf8_casefold (needle, -1);

              selected = gtk_text_iter_get_text (&a, &b);
              folded = g_utf8_casefold (selected, -1);
              if (g_utf8_collate (folded, folded_needle) == 0)
                {
                  gtk_text_buffer_delete (buffer, &a, &b);
                  gtk_text_buffer_insert (buffer, &a, with, -1);
                }
            }
        }
      rancang_find_bar_step (self, TRUE);
      update_matches (self);
      return;
    }

  /* One undo step for the whole replacement. */
  if (self->history != NULL)
    rancang_history_begin (self->history, _("Replace All"), NULL);
  views = list_views (self, &current);
  for (GList *l = views; l != NULL; l = l->next)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (l->data);
      GtkTextIter start, m_start, m_end;

      gtk_text_buffer_get_start_iter (buffer, &start);
      while (gtk_text_iter_forward_search (&start, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE,
                                           &m_start, &m_end, NULL))
        {
          gtk_text_buffer_delete (buffer, &m_start, &m_end);
          gtk_text_buffer_insert (buffer, &m_start, with, -1);
          start = m_start;
        }
    }
  if (self->history != NULL)
    rancang_history_end (self->history);
  update_matches (self);
}

void
rancang_find_bar_open (RancangFindBar *self,
                       const char     *text)
{
  GtkWidget *parent;

  g_return_if_fail (RANCANG_IS_FIND_BAR (self));

  parent = gtk_widget_get_parent (GTK_WIDGET (self));
  if (GTK_IS_REVEALER (parent))
    gtk_revealer_set_reveal_child (GTK_REVEALER (parent), TRUE);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->find_entry), text);
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
}

void
rancang_find_bar_close (RancangFindBar *self)
{
  GtkWidget *parent;
  GtkTextView *current;

  g_return_if_fail (RANCANG_IS_FIND_BAR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->find_entry), "");
  parent = gtk_widget_get_parent (GTK_WIDGET (self));
  if (GTK_IS_REVEALER (parent))
    gtk_revealer_set_reveal_child (GTK_REVEALER (parent), FALSE);
  g_list_free (list_views (self, &current));
  if (current != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (current));
}

void
rancang_find_bar_set_views (RancangFindBar      *self,
                            RancangFindBarViews  views,
                            gpointer             data)
{
  g_return_if_fail (RANCANG_IS_FIND_BAR (self));

  self->views = views;
  self->views_data = data;
}

void
rancang_find_bar_set_history (RancangFindBar *self,
                              RancangHistory *history)
{
  g_return_if_fail (RANCANG_IS_FIND_BAR (self));

  self->history = history;
}

static void
on_find_activate (RancangFindBar *self)
{
  rancang_find_bar_step (self, TRUE);
}

static void
action_step (GtkWidget *widget, const char *name, GVariant *param)
{
  rancang_find_bar_step (RANCANG_FIND_BAR (widget), g_str_equal (name, "find.next"));
}

static void
action_replace (GtkWidget *widget, const char *name, GVariant *param)
{
  rancang_find_bar_replace (RANCANG_FIND_BAR (widget), g_str_equal (name, "find.replace-all"));
}

static void
action_close (GtkWidget *widget, const char *name, GVariant *param)
{
  rancang_find_bar_close (RANCANG_FIND_BAR (widget));
}

static void
rancang_find_bar_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RANCANG_TYPE_FIND_BAR);
  G_OBJECT_CLASS (rancang_find_bar_parent_class)->dispose (object);
}

static void
rancang_find_bar_class_init (RancangFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_find_bar_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangFindBar, find_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangFindBar, replace_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangFindBar, find_status);
  gtk_widget_class_install_action (widget_class, "find.previous", NULL, action_step);
  gtk_widget_class_install_action (widget_class, "find.next", NULL, action_step);
  gtk_widget_class_install_action (widget_class, "find.replace", NULL, action_replace);
  gtk_widget_class_install_action (widget_class, "find.replace-all", NULL, action_replace);
  gtk_widget_class_install_action (widget_class, "find.close", NULL, action_close);
}

static void
rancang_find_bar_init (RancangFindBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->find_entry, "search-changed", G_CALLBACK (update_matches), self);
  g_signal_connect_swapped (self->find_entry, "activate", G_CALLBACK (on_find_activate), self);
}
