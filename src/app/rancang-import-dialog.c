/* rancang-import-dialog.c: choosing what to bring in from another office's
 * document, and deciding its conflicts. See rancang-import-dialog.h. */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-check.h"
#include "rancang-findings-panel.h"
#include "rancang-import-dialog.h"
#include "rancang-merge.h"
#include "rancang-numbering.h"
#include "rancang-session.h"

struct _RancangImportDialog
{
  GtkWindow        parent_instance;

  RancangSession  *session;
  RancangDocument *part;
  char            *name;
  GPtrArray       *items;       /* of RancangMergeItem */
  GPtrArray       *checks;      /* of GtkCheckButton, one per item */
  GHashTable      *chosen;      /* item keys */
  GPtrArray       *conflicts;   /* of RancangConflict, for the present choice */
  GHashTable      *decisions;   /* rancang_conflict_key() -> RancangPrefer */
  GPtrArray       *buttons;     /* per conflict: keep, take (GtkToggleButton) */

  GtkLabel        *intro_label;
  GtkListBox      *item_list;
  GtkListBox      *conflict_list;
  GtkWidget       *conflict_frame;
  GtkLabel        *conflict_heading;
  GtkLabel        *effect_label;
  GtkLabel        *error_label;
  GtkWidget       *import_button;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (RancangImportDialog, rancang_import_dialog, GTK_TYPE_WINDOW)

enum
{
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
count_named (RancangNode *root,
             const char  *name)
{
  guint n = 0;

  for (RancangNode *x = root; x; x = rancang_node_next_in_tree (x, root))
    if (!rancang_node_is_text (x) && rancang_node_is (x, name))
      n++;
  return n;
}

static void
update_import_button (RancangImportDialog *self)
{
  guint undecided = rancang_import_dialog_get_n_undecided (self);

  gtk_widget_set_sensitive (self->import_button, g_hash_table_size (self->chosen) > 0 && undecided == 0);
  if (self->conflicts->len == 0)
    gtk_label_set_label (self->conflict_heading, _("No conflicts: no row of the other document says otherwise "
                                                   "than this one."));
  else
    {
      g_autofree char *text = NULL;

      if (undecided > 0)
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u conflict: the same kode with another value. Decide each one (%u left).",
                                             "%u conflicts: the same kode with another value. Decide each one (%u left).",
                                             self->conflicts->len), self->conflicts->len, undecided);
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict, decided.", "%u conflicts, all decided.",
                                             self->conflicts->len), self->conflicts->len);
      gtk_label_set_label (self->conflict_heading, text);
    }
}

static void
on_decision_toggled (GtkToggleButton     *button,
                     RancangImportDialog *self)
{
  guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "conflict"));
  gboolean take = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "take"));
  RancangConflict *c;

  if (self->updating || !gtk_toggle_button_get_active (button) || n >= self->conflicts->len)
    return;
  c = g_ptr_array_index (self->conflicts, n);
  g_hash_table_insert (self->decisions, rancang_conflict_key (c),
                       GINT_TO_POINTER (take ? RANCANG_PREFER_PART : RANCANG_PREFER_BASE));
  update_import_button (self);
}

static char *
table_name (RancangNumbers  *numbers,
            RancangDocument *doc,
            const char      *id)
{
  RancangNode *table = rancang_document_lookup_id (doc, id);
  char *label = table ? rancang_numbers_label (numbers, table) : NULL;
  const char *caption = table ? rancang_node_get_child_content (table, "caption") : NULL;

  if (label != NULL)
    return label;
  if (caption != NULL && g_utf8_strlen (caption, -1) > 48)
    {
      g_autofree char *cut = g_utf8_substring (caption, 0, 46);
      return g_strconcat (cut, "…", NULL);
    }
  return g_strdup (caption ? caption : id);
}

static char *
column_name (RancangTemplateSet *templates,
             RancangDocument    *doc,
             const char         *table_id,
             const char         *key)
{
  RancangNode *table = rancang_document_lookup_id (doc, table_id);
  g_autoptr(RancangTemplate) tmpl = table && templates ? rancang_template_set_for_table (templates, table, NULL) : NULL;
  int c = tmpl ? rancang_template_lookup_column (tmpl, key) : -1;
  const char *header = c >= 0 ? rancang_template_column_header (tmpl, c) : NULL;

  return g_strdup (header ? header : key);
}

static GtkWidget *
decision_button (RancangImportDialog *self,
                 guint                n,
                 gboolean             take,
                 const char          *text)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *label = gtk_label_new (text);
  g_autofree char *name = g_strdup_printf ("%s-%u", take ? "take" : "keep", n);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "decision");
  gtk_widget_set_hexpand (button, TRUE);
  g_object_set_data (G_OBJECT (button), "conflict", GUINT_TO_POINTER (n));
  g_object_set_data (G_OBJECT (button), "take", GINT_TO_POINTER (take));
  g_signal_connect (button, "toggled", G_CALLBACK (on_decision_toggled), self);
  return button;
}

/* Merges the present choice into a scratch copy of the document: its
 * conflicts, and what the import would add. */
static void
recompute (RancangImportDialog *self)
{
  RancangDocument *doc = rancang_session_get_document (self->session);
  g_autoptr(RancangDocument) scratch = NULL;
  g_autoptr(RancangDocument) selected = NULL;
  g_autoptr(RancangTemplateSet) templates = rancang_template_set_new_builtin (NULL);
  RancangNumbers *numbers;
  GtkWidget *child;
  guint rows_before, rows_after, parts_before, parts_after;
  g_autofree char *effect = NULL;

  g_ptr_array_set_size (self->conflicts, 0);
  g_ptr_array_set_size (self->buttons, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->conflict_list))) != NULL)
    gtk_list_box_remove (self->conflict_list, child);
  if (doc == NULL)
    return;

  scratch = rancang_document_new_from_root (rancang_node_copy (rancang_document_get_root (doc)));
  selected = rancang_merge_select (self->part, self->chosen);
  rows_before = count_named (rancang_document_get_root (scratch), "row");
  parts_before = count_named (rancang_document_get_root (scratch), "section")
                 + count_named (rancang_document_get_root (scratch), "chapter");
  rancang_merge_part_full (scratch, selected, RANCANG_PREFER_NONE, NULL, NULL, self->conflicts);
  rows_after = count_named (rancang_document_get_root (scratch), "row");
  parts_after = count_named (rancang_document_get_root (scratch), "section")
                + count_named (rancang_document_get_root (scratch), "chapter");
  if (rows_after == rows_before && parts_after == parts_before)
    effect = g_strdup (self->conflicts->len > 0 ? _("Adds no rows; only the decided values change.")
                                                : _("Nothing new: this document has all of it already."));
  else
    {
      g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows",
                                                            rows_after - rows_before), rows_after - rows_before);
      g_autofree char *parts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u section", "%u sections",
                                                             parts_after - parts_before), parts_after - parts_before);
      effect = g_strdup_printf (_("Adds %s and %s to this document."), rows, parts);
    }
  gtk_label_set_label (self->effect_label, effect);

  numbers = rancang_numbers_new (doc);
  self->updating = TRUE;
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      RancangConflict *c = g_ptr_array_index (self->conflicts, i);
      g_autofree char *key = rancang_conflict_key (c);
      g_autofree char *table = table_name (numbers, doc, c->table);
      g_autofree char *column = column_name (templates, doc, c->table, c->column);
      g_autofree char *ours = rancang_report_format_value (c->base_value);
      g_autofree char *theirs = rancang_report_format_value (c->part_value);
      g_autofree char *where = g_strdup_printf ("%s · %s · %s", table, c->kode, column);
      g_autofree char *keep_text = g_strdup_printf (_("Keep this document’s: %s (%s)"), ours,
                                                    c->base_office ? c->base_office : "?");
      g_autofree char *take_text = g_strdup_printf (_("Take the other’s: %s (%s)"), theirs,
                                                    c->part_office ? c->part_office : "?");
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (where);
      GtkWidget *keep = decision_button (self, i, FALSE, keep_text);
      GtkWidget *take = decision_button (self, i, TRUE, take_text);
      gpointer decision;

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "heading");
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (take), GTK_TOGGLE_BUTTON (keep));
      if (g_hash_table_lookup_extended (self->decisions, key, NULL, &decision))
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (GPOINTER_TO_INT (decision) == RANCANG_PREFER_PART
                                                         ? take : keep), TRUE);
      gtk_box_append (GTK_BOX (choices), keep);
      gtk_box_append (GTK_BOX (choices), take);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), choices);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_widget_set_margin_start (box, 6);
      gtk_widget_set_margin_end (box, 6);
      gtk_list_box_append (self->conflict_list, box);
      g_ptr_array_add (self->buttons, keep);
      g_ptr_array_add (self->buttons, take);
    }
  self->updating = FALSE;
  rancang_numbers_free (numbers);
  gtk_widget_set_visible (self->conflict_frame, self->conflicts->len > 0);
  update_import_button (self);
}

static void
on_item_toggled (GtkCheckButton      *check,
                 RancangImportDialog *self)
{
  RancangMergeItem *item = g_object_get_data (G_OBJECT (check), "item");

  if (gtk_check_button_get_active (check))
    g_hash_table_add (self->chosen, item->key);
  else
    g_hash_table_remove (self->chosen, item->key);
  if (!self->updating)
    recompute (self);
}

guint
rancang_import_dialog_get_n_conflicts (RancangImportDialog *self)
{
  return self->conflicts->len;
}

guint
rancang_import_dialog_get_n_undecided (RancangImportDialog *self)
{
  guint n = 0;

  for (guint i = 0; i < self->conflicts->len; i++)
    {
      g_autofree char *key = rancang_conflict_key (g_ptr_array_index (self->conflicts, i));
      if (!g_hash_table_contains (self->decisions, key))
        n++;
    }
  return n;
}

gboolean
rancang_import_dialog_import (RancangImportDialog *self,
                              GError             **error)
{
  RancangDocument *doc = rancang_session_get_document (self->session);
  RancangHistory *history = rancang_session_get_history (self->session);
  g_autoptr(RancangDocument) selected = NULL;
  g_autoptr(RancangDocument) scratch = NULL;
  g_autoptr(GPtrArray) left = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);

  if (doc == NULL || history == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CLOSED, _("The document was closed."));
      return FALSE;
    }
  selected = rancang_merge_select (self->part, self->chosen);
  /* into a copy first: nothing reaches the document unless all of it can */
  scratch = rancang_document_new_from_root (rancang_node_copy (rancang_document_get_root (doc)));
  if (rancang_merge_part_full (scratch, selected, RANCANG_PREFER_NONE, self->decisions, NULL, left) > 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   g_dngettext (GETTEXT_PACKAGE, "%u conflict is not decided yet.",
                                "%u conflicts are not decided yet.", left->len), left->len);
      recompute (self);
      return FALSE;
    }
  /* what was typed since the file was chosen is kept before the editors
   * are rebuilt */
  if (!rancang_session_commit_pending (self->session, error))
    return FALSE;
  rancang_history_begin (history, _("Import from Another Document"), NULL);
  rancang_merge_part_full (doc, selected, RANCANG_PREFER_NONE, self->decisions, history, NULL);
  rancang_history_end (history);

  /* new parts and rows: the window shows the tree anew */
  g_signal_emit (self, signals[IMPORTED], 0);
  return TRUE;
}

static void
on_import_clicked (GtkButton           *button,
                   RancangImportDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!rancang_import_dialog_import (self, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
select_all (RancangImportDialog *self,
            gboolean             all)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i), all);
  self->updating = FALSE;
  recompute (self);
}

static void
on_select_all (GtkButton           *button,
               RancangImportDialog *self)
{
  select_all (self, TRUE);
}

static void
on_select_none (GtkButton           *button,
                RancangImportDialog *self)
{
  select_all (self, FALSE);
}

static void
on_cancel (GtkButton           *button,
           RancangImportDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
rancang_import_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RANCANG_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (rancang_import_dialog_parent_class)->dispose (object);
}

static void
rancang_import_dialog_finalize (GObject *object)
{
  RancangImportDialog *self = RANCANG_IMPORT_DIALOG (object);

  g_hash_table_unref (self->chosen);
  g_hash_table_unref (self->decisions);
  g_ptr_array_unref (self->conflicts);
  g_ptr_array_unref (self->buttons);
  g_ptr_array_unref (self->checks);
  g_ptr_array_unref (self->items);
  g_clear_pointer (&self->part, rancang_document_free);
  g_clear_object (&self->session);
  g_free (self->name);
  G_OBJECT_CLASS (rancang_import_dialog_parent_class)->finalize (object);
}

static void
rancang_import_dialog_class_init (RancangImportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = rancang_import_dialog_dispose;
  G_OBJECT_CLASS (klass)->finalize = rancang_import_dialog_finalize;
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  /* Escape cancels, as in any dialog */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangImportDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, RancangImportDialog, item_list);
  gtk_widget_class_bind_template_child (widget_class, RancangImportDialog, effect_label);
  gtk_widget_class_bind_template_child (widget_class, RancangImportDialog, conflict_heading);
  gtk_widget_class_bind_template_child (widget_class, RancangImportDialog, conflict_frame);
  gtk_widget_class_bind_template_child (widget_class, RancangImportDialog, conflict_list);
  gtk_widget_class_bind_template_child (widget_class, RancangImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, RancangImportDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel);
  gtk_widget_class_bind_template_callback (widget_class, on_import_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_select_all);
  gtk_widget_class_bind_template_callback (widget_class, on_select_none);
}

static void
rancang_import_dialog_init (RancangImportDialog *self)
{
  self->chosen = g_hash_table_new (g_str_hash, g_str_equal);
  self->decisions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_conflict_free);
  self->buttons = g_ptr_array_new ();
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

RancangImportDialog *
rancang_import_dialog_new (GtkWindow       *parent,
                           RancangSession  *session,
                           RancangDocument *part,
                           const char      *name)
{
  RancangImportDialog *self = g_object_new (RANCANG_TYPE_IMPORT_DIALOG,
                                            "transient-for", parent, "modal", TRUE,
                                            "destroy-with-parent", TRUE, NULL);
  const char *office = rancang_document_get_opd_acronym (part);
  g_autofree char *title = g_strdup_printf (_("Import from “%s”"), name);
  g_autofree char *intro_text = NULL;

  self->session = g_object_ref (session);
  self->part = part;
  self->name = g_strdup (name);
  self->items = rancang_merge_list_items (part);

  gtk_window_set_title (GTK_WINDOW (self), title);
  intro_text = g_strdup_printf (_("Choose the sections and tables of %s (%s) to bring into this document. "
                                  "Rows are matched by table and kode: rows only there are added under their "
                                  "parent, rows that are the same are kept once."),
                                name, office ? office : _("no office named"));
  gtk_label_set_label (self->intro_label, intro_text);

  self->updating = TRUE;
  for (guint i = 0; i < self->items->len; i++)
    {
      RancangMergeItem *item = g_ptr_array_index (self->items, i);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *label = gtk_label_new (item->label);

      /* long captions are cut, not the dialog widened */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_width_chars (GTK_LABEL (label), 20);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 70);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
      gtk_widget_set_hexpand (check, TRUE);
      gtk_widget_set_tooltip_text (check, item->label);
      gtk_widget_set_margin_start (line, 6 + 22 * item->depth);
      g_object_set_data (G_OBJECT (check), "item", item);
      g_signal_connect (check, "toggled", G_CALLBACK (on_item_toggled), self);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_box_append (GTK_BOX (line), gtk_image_new_from_icon_name (item->is_table ? "x-office-spreadsheet-symbolic"
                                                                                   : "text-x-generic-symbolic"));
      gtk_box_append (GTK_BOX (line), check);
      gtk_widget_set_margin_end (line, 12);
      if (item->is_table)
        {
          g_autofree char *rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", item->n_rows),
                                                   item->n_rows);
          GtkWidget *count = gtk_label_new (rows);
          gtk_widget_add_css_class (count, "dim-label");
          gtk_box_append (GTK_BOX (line), count);
        }
      gtk_list_box_append (self->item_list, line);
      g_ptr_array_add (self->checks, check);
    }
  self->updating = FALSE;

  recompute (self);
  return self;
}
