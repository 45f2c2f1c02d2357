/* rancang-table-transfer.c: rows in and out of the table being edited.
 *
 * Planners keep their figures in spreadsheets; this is the way between a
 * sheet and a table of the document. What is pasted or imported is read by
 * the same rules as `rancang-cli table import` (rancang-table-import.c) and
 * shown first in a preview: the rows as they will be, numbers in the
 * Indonesian form, the computed columns computed, or the cell that cannot
 * be read named by its line and column and nothing to paste. Confirmed,
 * the rows go in as one step of the history, so one Undo takes them back.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-edit.h"
#include "rancang-finding-text.h"
#include "rancang-format.h"
#include "rancang-table-import.h"
#include "rancang-table-properties.h"
#include "rancang-table-rows.h"
#include "rancang-table-transfer.h"
#include "rancang-template.h"

typedef struct
{
  RancangTableEditor  *editor;      /* owns this */
  GtkWindow           *window;      /* weak */
  const RancangTransferHost *host;
  RancangTemplateSet  *templates;
  GtkWidget           *dialog;      /* the preview or properties open now */
  GtkNativeDialog     *chooser;
  char                *shown_template;   /* the template the editor was set up with last here */
} Transfer;

typedef struct
{
  Transfer        *transfer;
  RancangTemplate *tmpl;
  GPtrArray       *rows;        /* detached <row>s; NULL after an error */
  RancangNode     *scratch;     /* a <table> holding copies of ROWS, to compute them */
  RancangTable    *computed;
  char            *message;
  gboolean         import;
} Preview;

static Transfer *
transfer_of (RancangTableEditor *editor)
{
  return g_object_get_data (G_OBJECT (editor), "rancang-transfer");
}

static void
transfer_free (Transfer *transfer)
{
  if (transfer->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (transfer->dialog));
  if (transfer->chooser != NULL)
    {
      /* the chooser may answer after this is gone */
      g_signal_handlers_disconnect_by_data (transfer->chooser, transfer);
      gtk_native_dialog_destroy (transfer->chooser);
    }
  g_clear_object (&transfer->chooser);
  g_clear_weak_pointer (&transfer->window);
  g_clear_pointer (&transfer->templates, rancang_template_set_free);
  g_free (transfer->shown_template);
  g_free (transfer);
}

static void
preview_free (Preview *preview)
{
  g_clear_pointer (&preview->computed, rancang_table_free);
  g_clear_pointer (&preview->scratch, rancang_node_free);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  g_clear_pointer (&preview->tmpl, rancang_template_unref);
  g_free (preview->message);
  g_free (preview);
}

/* The document and its history, through the session the window shows;
 * NULL once the window is gone or shows none. */
static RancangSession *
session_of (Transfer *transfer)
{
  return transfer->window != NULL ? transfer->host->get_session (transfer->window) : NULL;
}

static RancangDocument *
document_of (Transfer *transfer)
{
  RancangSession *session = session_of (transfer);

  return session != NULL ? rancang_session_get_document (session) : NULL;
}

static RancangHistory *
history_of (Transfer *transfer)
{
  RancangSession *session = session_of (transfer);

  return session != NULL ? rancang_session_get_history (session) : NULL;
}

static void
set_status (Transfer   *transfer,
            const char *text)
{
  if (transfer->window != NULL)
    transfer->host->set_status (transfer->window, text);
}

/* The template of the table being edited, or NULL with a message shown. */
static RancangTemplate *
current_template (Transfer *transfer)
{
  RancangNode *table = rancang_table_editor_get_table (transfer->editor);
  g_autoptr(GError) error = NULL;
  RancangTemplate *tmpl;

  if (table == NULL || transfer->templates == NULL)
    return NULL;
  tmpl = rancang_template_set_for_table (transfer->templates, table, &error);
  if (tmpl == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("This table cannot take rows: %s"), error->message);
      set_status (transfer, text);
    }
  return tmpl;
}

static void
dialog_destroyed (GtkWidget *dialog,
                  Transfer  *transfer)
{
  if (transfer->dialog == dialog)
    transfer->dialog = NULL;
}

static void
keep_dialog (Transfer  *transfer,
             GtkWidget *dialog)
{
  if (transfer->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (transfer->dialog));
  transfer->dialog = dialog;
  g_signal_connect (dialog, "destroy", G_CALLBACK (dialog_destroyed), transfer);
}

/* --------------------------------------------------------------- preview */

/* A label that wraps, measured as a line of about sixty characters rather
 * than as a column of single words. */
static void
wrap_label (GtkWidget *label)
{
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 120);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
}

static guint
item_row (GtkListItem *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  return (guint) g_ascii_strtoull (gtk_string_object_get_string (string), NULL, 10);
}

static void
setup_preview_cell (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    Preview                  *preview)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  RancangColumnType type = rancang_template_column_type (preview->tmpl, column);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), type == RANCANG_COLUMN_TEXT ? 0.0f : 1.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "table-cell");
  if (type != RANCANG_COLUMN_TEXT)
    gtk_widget_add_css_class (label, "numeric");
  if (rancang_template_column_is_derived (preview->tmpl, column))
    gtk_widget_add_css_class (label, "derived");
  gtk_list_item_set_child (item, label);
}

static void
bind_preview_cell (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   Preview                  *preview)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *label = gtk_list_item_get_child (item);
  guint row = item_row (item);
  g_autofree char *text = rancang_table_cell_display (preview->computed, row, column, NULL);

  gtk_label_set_label (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, *text != '\0' ? text : NULL);
}

static GtkWidget *
preview_view (Preview *preview)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  GtkColumnView *view;
  guint n_columns = rancang_template_get_n_columns (preview->tmpl);

  for (guint r = 0; r < rancang_table_get_n_rows (preview->computed); r++)
    {
      char number[16];
      g_snprintf (number, sizeof number, "%u", r);
      gtk_string_list_append (strings, number);
    }
  view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (strings)))));
  gtk_column_view_set_show_column_separators (view, TRUE);
  gtk_column_view_set_show_row_separators (view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (view), "table-view");
  gtk_widget_add_css_class (GTK_WIDGET (view), "transfer-preview");

  for (guint c = 0; c < n_columns; c++)
    {
      const char *key = rancang_template_column_key (preview->tmpl, c);
      const char *header = rancang_template_column_header (preview->tmpl, c);
      gboolean empty = TRUE;
      const char *number = rancang_template_column_number (preview->tmpl, c);
      RancangColumnType type = rancang_template_column_type (preview->tmpl, c);
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autofree char *title = NULL;
      int width;

      /* A column no pasted row fills is left out: the numbers matter more. */
      for (guint r = 0; empty && r < rancang_table_get_n_rows (preview->computed); r++)
        {
          g_autofree char *text = rancang_table_cell_display (preview->computed, r, c, NULL);
          empty = *text == '\0';
        }
      if (empty && g_strcmp0 (key, "kode") != 0 && g_strcmp0 (key, "uraian") != 0)
        continue;
      if (g_strcmp0 (key, "level") == 0)
        title = g_strdup (_("Level"));
      else if (number != NULL && type != RANCANG_COLUMN_TEXT)
        /* The column number as printed under the headers, without its formula. */
        title = g_strdup_printf ("(%.*s)", (int) strcspn (number, "="), number);
      else if (number != NULL && header != NULL)
        title = g_strdup_printf ("(%s) %s", number, header);
      else
        title = g_strdup (header != NULL ? header : key);
      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_preview_cell), preview);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_preview_cell), preview);
      column = gtk_column_view_column_new (title, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (g_strcmp0 (key, "uraian") == 0 || g_strcmp0 (key, "indikator") == 0)
        width = 160;
      else if (g_strcmp0 (key, "kode") == 0 || g_strcmp0 (key, "level") == 0)
        width = 84;
      else if (type == RANCANG_COLUMN_TEXT)
        width = 84;
      else
        width = type == RANCANG_COLUMN_MONEY ? 116 : type == RANCANG_COLUMN_PERCENT ? 76 : 64;
      gtk_column_view_column_set_fixed_width (column, width);
      gtk_column_view_append_column (view, column);
    }
  return GTK_WIDGET (view);
}

/* Where new rows go: after the last selected row and what lies under it
 * (so that they do not take its kegiatan away from it), else at the end of
 * the rows (before a <source>). Returns the node to insert before, or
 * NULL; *AFTER is the selected row they follow, or NULL at the end. */
static RancangNode *
insertion_point (Transfer    *transfer,
                 RancangNode *table,
                 RancangNode **after)
{
  g_autoptr(GPtrArray) selected = rancang_table_editor_get_selected_rows (transfer->editor);
  RancangNode *last, *next;

  *after = NULL;
  if (selected->len == 0)
    return rancang_node_get_child (table, "source");
  last = *after = g_ptr_array_index (selected, selected->len - 1);
  next = rancang_node_get_next (last);
  while (next != NULL && (!rancang_node_is (next, "row") || rancang_row_is_under (next, last)))
    {
      if (rancang_node_is (next, "source"))
        break;
      next = rancang_node_get_next (next);
    }
  return next;
}

static RancangNode *
first_row (RancangNode *table)
{
  return rancang_node_get_child (table, "row");
}

static void
insert_rows (Transfer *transfer,
             Preview  *preview,
             gboolean  replace)
{
  RancangHistory *history = history_of (transfer);
  RancangNode *table = rancang_table_editor_get_table (transfer->editor);
  RancangNode *after, *before;
  guint n = preview->rows->len;
  g_autofree char *status = NULL;

  if (history == NULL || table == NULL)
    return;
  before = insertion_point (transfer, table, &after);
  if (preview->import)
    before = rancang_node_get_child (table, "source");

  rancang_history_break_merge (history);
  rancang_history_begin (history, replace ? _("Replace Rows") : preview->import ? _("Import Rows") : _("Paste Rows"), NULL);
  if (replace)
    {
      RancangNode *row;

      while ((row = first_row (table)) != NULL)
        rancang_history_remove (history, row);
    }
  for (guint i = 0; i < n; i++)
    rancang_history_insert (history, table, before, g_ptr_array_index (preview->rows, i));
  g_ptr_array_set_free_func (preview->rows, NULL);
  g_clear_pointer (&preview->rows, g_ptr_array_unref);
  rancang_history_end (history);
  rancang_history_break_merge (history);

  rancang_table_editor_reload (transfer->editor);
  status = g_strdup_printf (replace ? ngettext ("The table now has %u row.", "The table now has %u rows.", n)
                                    : ngettext ("%u row added.", "%u rows added.", n), n);
  set_status (transfer, status);
}

static void
on_preview_response (GtkDialog *dialog,
                     int        response,
                     Transfer  *transfer)
{
  Preview *preview = g_object_get_data (G_OBJECT (dialog), "rancang-preview");

  if (preview->rows != NULL && (response == GTK_RESPONSE_ACCEPT || response == RANCANG_TRANSFER_RESPONSE_REPLACE))
    insert_rows (transfer, preview, response == RANCANG_TRANSFER_RESPONSE_REPLACE);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* "(first row) 17.22 Pengusulan dan ..." for the subtitle. */
static char *
row_label (RancangNode *row)
{
  const char *kode = rancang_node_get_attr (row, "kode");
  RancangNode *cell = rancang_edit_find_cell (row, "uraian");
  g_autofree char *uraian = cell != NULL ? rancang_node_dup_content (cell) : NULL;

  if (uraian != NULL && g_utf8_strlen (uraian, -1) > 48)
    {
      char *cut = g_utf8_substring (uraian, 0, 46);
      g_free (uraian);
      uraian = g_strconcat (cut, "…", NULL);
      g_free (cut);
    }
  if (kode != NULL && uraian != NULL)
    return g_strdup_printf ("%s “%s”", kode, uraian);
  if (kode != NULL)
    return g_strdup (kode);
  return g_strdup_printf ("“%s”", uraian != NULL ? uraian : "");
}

void
rancang_table_transfer_preview (RancangTableEditor *editor,
                                const char         *text,
                                const char         *name,
                                gboolean            header)
{
  Transfer *transfer = transfer_of (editor);
  RancangNode *table = rancang_table_editor_get_table (editor);
  g_autoptr(GError) error = NULL;
  Preview *preview;
  GtkWidget *dialog, *content, *box, *heading, *subtitle, *scroller, *note, *button;
  g_autofree char *heading_text = NULL;
  g_autofree char *subtitle_text = NULL;
  guint n = 0;

  g_return_if_fail (transfer != NULL);
  if (table == NULL)
    return;

  preview = g_new0 (Preview, 1);
  preview->transfer = transfer;
  preview->import = header;
  preview->tmpl = current_template (transfer);
  if (preview->tmpl == NULL)
    {
      preview_free (preview);
      return;
    }
  if (text == NULL || *text == '\0')
    preview->message = g_strdup (_("The clipboard holds no text. Copy cells in LibreOffice Calc or Excel first."));
  else
    {
      RancangRowsFlags flags = header ? RANCANG_ROWS_HEADER | RANCANG_ROWS_KEEP_STATED : RANCANG_ROWS_DEFAULT;

      preview->rows = rancang_rows_from_text (preview->tmpl, text, -1, name, flags, &error);
      if (preview->rows == NULL)
        preview->message = rancang_import_error_describe (error);
    }
  if (preview->rows != NULL)
    {
      n = preview->rows->len;
      preview->scratch = rancang_node_new_element ("table");
      rancang_node_set_attr (preview->scratch, "id", "preview");
      rancang_node_set_attr (preview->scratch, "template", rancang_template_get_id (preview->tmpl));
      for (guint i = 0; i < n; i++)
        rancang_node_append_child (preview->scratch, rancang_node_copy (g_ptr_array_index (preview->rows, i)));
      preview->computed = rancang_table_new (preview->tmpl, preview->scratch);
      if (document_of (transfer) != NULL)
        rancang_table_apply_options (preview->computed, document_of (transfer));
    }

  dialog = g_object_new (GTK_TYPE_DIALOG,
                         "transient-for", transfer->window,
                         "modal", TRUE,
                         "use-header-bar", FALSE,
                         "title", header ? _("Import Rows") : _("Paste Rows"),
                         "default-width", 1220,
                         NULL);
  gtk_widget_add_css_class (dialog, "transfer-dialog");
  g_object_set_data_full (G_OBJECT (dialog), "rancang-preview", preview, (GDestroyNotify) preview_free);
  content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_vexpand (box, TRUE);
  /* Wrapped labels are measured at this width, not at a few characters. */
  gtk_widget_set_size_request (box, 540, -1);
  gtk_box_append (GTK_BOX (content), box);

  if (preview->rows != NULL)
    {
      RancangNode *after = NULL, *before;

      heading_text = g_strdup_printf (header ? ngettext ("%u row will be imported", "%u rows will be imported", n)
                                             : ngettext ("%u row will be pasted", "%u rows will be pasted", n), n);
      before = insertion_point (transfer, table, &after);
      if (header)
        subtitle_text = g_strdup_printf (_("From %s. Add them after the last row of the table, or replace "
                                           "every row of the table with them. One Undo takes it back."), name);
      else if (after != NULL)
        {
          g_autofree char *label = row_label (after);

          if (before != rancang_node_get_next (after))
            subtitle_text = g_strdup_printf (_("They go after the row %s and the rows under it. One Undo takes "
                                               "them out again."), label);
          else
            subtitle_text = g_strdup_printf (_("They go after the row %s. One Undo takes them out again."), label);
        }
      else
        subtitle_text = g_strdup (_("They go after the last row of the table. One Undo takes them out again."));
    }
  else
    {
      heading_text = g_strdup (header ? _("The file cannot be imported") : _("The rows cannot be pasted"));
      subtitle_text = g_strdup (_("Nothing was changed. Correct the cell in the spreadsheet and try again."));
    }

  heading = gtk_label_new (heading_text);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "title-2");
  gtk_box_append (GTK_BOX (box), heading);
  subtitle = gtk_label_new (subtitle_text);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  wrap_label (subtitle);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), subtitle);

  if (preview->rows == NULL)
    {
      GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
      GtkWidget *label = gtk_label_new (preview->message);

      gtk_widget_add_css_class (frame, "transfer-error");
      gtk_widget_set_margin_top (frame, 12);
      gtk_image_set_pixel_size (GTK_IMAGE (icon), 24);
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      wrap_label (label);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (frame), icon);
      gtk_box_append (GTK_BOX (frame), label);
      gtk_box_append (GTK_BOX (box), frame);
      gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);
    }
  else
    {
      scroller = gtk_scrolled_window_new ();
      gtk_widget_set_margin_top (scroller, 12);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), preview_view (preview));
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), MIN (60 + 34 * (int) n, 320));
      gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_widget_set_vexpand (scroller, TRUE);
      gtk_box_append (GTK_BOX (box), scroller);
      note = gtk_label_new (header ? _("Shaded columns are computed from the others; a value the file states "
                                       "for them is kept and checked against the computed one.")
                                   : _("Shaded columns are computed from the pasted values."));
      gtk_label_set_xalign (GTK_LABEL (note), 0);
      wrap_label (note);
      gtk_widget_add_css_class (note, "caption");
      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (box), note);
    }

  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  if (header && preview->rows != NULL)
    {
      button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Replace All Rows"), RANCANG_TRANSFER_RESPONSE_REPLACE);
      gtk_widget_add_css_class (button, "destructive-action");
    }
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), header ? _("_Add Rows") : _("_Paste"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_add_css_class (gtk_widget_get_parent (button), "dialog-buttons");
  gtk_dialog_set_response_sensitive (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT, preview->rows != NULL);
  if (preview->rows != NULL)
    gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);

  g_signal_connect (dialog, "response", G_CALLBACK (on_preview_response), transfer);
  keep_dialog (transfer, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

guint
rancang_table_transfer_preview_n_rows (GtkWidget *dialog)
{
  Preview *preview = g_object_get_data (G_OBJECT (dialog), "rancang-preview");
  return preview != NULL && preview->rows != NULL ? preview->rows->len : 0;
}

const char *
rancang_table_transfer_preview_message (GtkWidget *dialog)
{
  Preview *preview = g_object_get_data (G_OBJECT (dialog), "rancang-preview");
  return preview != NULL ? preview->message : NULL;
}

GtkWidget *
rancang_table_transfer_get_dialog (RancangTableEditor *editor)
{
  Transfer *transfer = transfer_of (editor);
  return transfer != NULL ? transfer->dialog : NULL;
}

/* ----------------------------------------------------------------- paste */

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(RancangTableEditor) editor = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (transfer_of (editor) == NULL || rancang_table_editor_get_table (editor) == NULL)
    return;
  rancang_table_transfer_preview (editor, text, _("clipboard"), FALSE);
}

static void
paste_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       data)
{
  Transfer *transfer = data;
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (transfer->editor));

  if (rancang_table_editor_get_table (transfer->editor) == NULL)
    return;
  gdk_clipboard_read_text_async (clipboard, NULL, on_clipboard_text, g_object_ref (transfer->editor));
}

/* ------------------------------------------------------------------ copy */

static void
copy_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       data)
{
  Transfer *transfer = data;
  RancangNode *node = rancang_table_editor_get_table (transfer->editor);
  g_autoptr(RancangTemplate) tmpl = NULL;
  g_autoptr(RancangTable) table = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *text = NULL;
  g_autofree char *status = NULL;
  guint n;

  if (node == NULL || (tmpl = current_template (transfer)) == NULL)
    return;
  table = rancang_table_new (tmpl, node);
  if (document_of (transfer) != NULL)
    rancang_table_apply_options (table, document_of (transfer));
  rows = rancang_table_editor_get_selected_rows (transfer->editor);
  /* Nothing selected: the whole table, ready for a sheet. */
  n = rows->len > 0 ? rows->len : rancang_table_get_n_rows (table);
  text = rancang_rows_to_text (table, rows->len > 0 ? rows : NULL);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (transfer->editor)), text);
  status = g_strdup_printf (ngettext ("%u row copied, with a header line, for a spreadsheet.",
                                      "%u rows copied, with a header line, for a spreadsheet.", n), n);
  set_status (transfer, status);
}

/* ------------------------------------------------------------ import CSV */

static void
on_import_response (GtkNativeDialog *chooser,
                    int              response,
                    Transfer        *transfer)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&transfer->chooser);
  if (file == NULL)
    return;

  name = g_file_get_basename (file);
  if (!g_file_load_contents (file, NULL, &data, &length, NULL, &error))
    {
      g_autofree char *text = g_strdup_printf (_("%s cannot be read: %s"), name, error->message);
      if (transfer->window != NULL)
        transfer->host->show_error (transfer->window, _("The file cannot be imported"), text);
      return;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("%s is not a text file: save the sheet as CSV first."), name);
      if (transfer->window != NULL)
        transfer->host->show_error (transfer->window, _("The file cannot be imported"), text);
      return;
    }
  rancang_table_transfer_preview (transfer->editor, data, name, TRUE);
}

static void
import_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       data)
{
  Transfer *transfer = data;
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  if (rancang_table_editor_get_table (transfer->editor) == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Import Rows from a CSV File"), transfer->window,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Spreadsheet text (CSV, TSV)"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_pattern (filter, "*.CSV");
  gtk_file_filter_add_pattern (filter, "*.tsv");
  gtk_file_filter_add_pattern (filter, "*.txt");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), transfer);
  if (transfer->chooser != NULL)
    gtk_native_dialog_destroy (transfer->chooser);
  g_clear_object (&transfer->chooser);
  transfer->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (transfer->chooser);
}

/* ------------------------------------------------------------ properties */

static void
remember_template (Transfer    *transfer,
                   RancangNode *table)
{
  g_free (transfer->shown_template);
  transfer->shown_template = g_strdup (table != NULL ? rancang_node_get_attr (table, "template") : NULL);
}

static void
on_properties_applied (RancangNode *table,
                       gpointer     data)
{
  Transfer *transfer = data;

  if (transfer->window == NULL || rancang_table_editor_get_table (transfer->editor) != table)
    return;
  /* The columns may have changed with the template: the editor anew. */
  rancang_table_editor_set_table (transfer->editor, history_of (transfer), document_of (transfer), table);
  remember_template (transfer, table);
}

static void
properties_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       data)
{
  Transfer *transfer = data;
  RancangNode *table = rancang_table_editor_get_table (transfer->editor);
  GtkWidget *dialog;

  if (table == NULL || transfer->window == NULL)
    return;
  remember_template (transfer, table);
  dialog = rancang_table_properties_new (transfer->window, history_of (transfer), document_of (transfer),
                                         table, transfer->templates,
                                         on_properties_applied, transfer);
  keep_dialog (transfer, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Undo and redo of a change of template: the window reloads the cells,
 * but the columns are the other template's. */
static void
after_undo_redo (RancangTableEditor *editor,
                 GVariant           *parameter,
                 GSimpleAction      *action)
{
  Transfer *transfer = transfer_of (editor);
  RancangNode *table = rancang_table_editor_get_table (editor);
  RancangDocument *doc = transfer != NULL ? document_of (transfer) : NULL;

  if (transfer == NULL || table == NULL || doc == NULL || transfer->shown_template == NULL)
    return;
  if (!rancang_node_is_within (table, rancang_document_get_root (doc)))
    return;
  if (g_strcmp0 (rancang_node_get_attr (table, "template"), transfer->shown_template) != 0)
    {
      rancang_table_editor_set_table (transfer->editor, history_of (transfer), doc, table);
      remember_template (transfer, table);
    }
}

/* ------------------------------------------------------------------ attach */

static const GActionEntry transfer_entries[] = {
  { "paste", paste_activated },
  { "copy", copy_activated },
  { "import-csv", import_activated },
  { "properties", properties_activated },
};

void
rancang_table_transfer_attach (RancangTableEditor        *editor,
                               GtkWindow                 *window,
                               const RancangTransferHost *host)
{
  Transfer *transfer;
  GSimpleActionGroup *group;

  g_return_if_fail (RANCANG_IS_TABLE_EDITOR (editor));
  g_return_if_fail (transfer_of (editor) == NULL);

  transfer = g_new0 (Transfer, 1);
  transfer->editor = editor;
  g_set_weak_pointer (&transfer->window, window);
  transfer->host = host;
  transfer->templates = rancang_template_set_new_builtin (NULL);
  g_object_set_data_full (G_OBJECT (editor), "rancang-transfer", transfer, (GDestroyNotify) transfer_free);

  group = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (group), transfer_entries, G_N_ELEMENTS (transfer_entries), transfer);
  gtk_widget_insert_action_group (GTK_WIDGET (editor), "transfer", G_ACTION_GROUP (group));
  g_object_unref (group);

  if (window != NULL)
    {
      const char *names[] = { "undo", "redo" };

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), names[i]);

          if (G_IS_SIMPLE_ACTION (action))
            g_signal_connect_object (action, "activate", G_CALLBACK (after_undo_redo), editor, G_CONNECT_AFTER | G_CONNECT_SWAPPED);
        }
    }
}
