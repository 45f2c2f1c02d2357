/* rancang-recent.c: the documents opened lately (see the header). */
#include "rancang-config.h"

#include "rancang-recent.h"

void
rancang_recent_add (GtkRecentManager *recent,
                    GFile            *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0 };

  data.mime_type = (char *) "application/x-rancang+xml";
  data.app_name = (char *) "Rancang";
  data.app_exec = (char *) "rancang %u";
  gtk_recent_manager_add_full (recent, uri, &data);
}

static int
by_modified (gconstpointer a,
             gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (tb, ta);
}

guint
rancang_recent_fill (GtkRecentManager *recent,
                     GtkListBox       *list,
                     GMenu            *section)
{
  GList *items;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  g_menu_remove_all (section);
  if (recent == NULL)
    return 0;

  items = gtk_recent_manager_get_items (recent);
  items = g_list_sort (items, by_modified);
  for (GList *l = items; l != NULL && shown < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GMenuItem) item = NULL;
      GtkWidget *row, *box, *title, *subtitle;

      if (!gtk_recent_info_has_application (info, "Rancang") || path == NULL
          || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      shown++;

      item = g_menu_item_new (name, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (section, item);

      row = gtk_list_box_row_new ();
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      title = gtk_label_new (name);
      subtitle = gtk_label_new (path);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
      gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_add_css_class (subtitle, "dim-label");
      gtk_widget_add_css_class (subtitle, "caption");
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), subtitle);
      gtk_widget_set_margin_top (box, 8);
      gtk_widget_set_margin_bottom (box, 8);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (uri), g_free);
      gtk_list_box_append (list, row);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  return shown;
}
