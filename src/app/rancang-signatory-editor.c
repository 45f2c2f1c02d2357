/* rancang-signatory-editor.c: one signatory: who signs, where and when. */
#include "rancang-config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rancang-edit.h"
#include "rancang-format.h"
#include "rancang-signatory-editor.h"

struct _RancangSignatoryEditor
{
  GtkBox          parent_instance;

  GtkLabel       *id_label;
  GtkButton      *remove_button;
  GtkEntry       *place_entry;
  GtkMenuButton  *date_button;
  GtkCalendar    *calendar;
  GtkButton      *clear_date_button;
  GtkEntry       *greeting_entry;
  GtkEntry       *jabatan_entry;
  GtkEntry       *name_entry;
  GtkDropDown    *pangkat_dropdown;
  GtkEntry       *nip_entry;
  GtkLabel       *nip_error;
  GtkPicture     *signature_picture;
  GtkButton      *choose_image_button;
  GtkButton      *remove_image_button;

  RancangHistory *history;
  RancangNode    *node;
  gboolean        loading;
  GtkNativeDialog *chooser;
};

enum { REMOVE, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (RancangSignatoryEditor, rancang_signatory_editor, GTK_TYPE_BOX)

static void
set_child (RancangSignatoryEditor *self,
           const char             *name,
           const char             *text,
           gboolean                optional)
{
  g_autofree char *key = NULL;

  if (self->loading)
    return;
  key = g_strdup_printf ("sig:%p:%s", (void *) self->node, name);
  rancang_history_begin (self->history, _("Typing"), key);
  rancang_edit_set_child (self->history, self->node, name, text, rancang_signatory_order, optional);
  rancang_history_end (self->history);
}

/* ------------------------------------------------------------------ NIP */

/* Core's NIP rule, in the interface's language; NULL while nothing is typed. */
static char *
nip_problem (const char *digits)
{
  guint n;

  if (*digits == '\0')
    return NULL;
  switch (rancang_nip_check (digits, NULL, &n))
    {
    case RANCANG_NIP_VALID:
      return NULL;
    case RANCANG_NIP_NOT_DIGITS:   /* the entry keeps digits only */
    case RANCANG_NIP_LENGTH:
      return g_strdup_printf (_("%u of 18 digits"), n);
    case RANCANG_NIP_BIRTH_DATE:
      return g_strdup (_("Digits 1–8 must be the date of birth (yyyymmdd)."));
    case RANCANG_NIP_TMT_MONTH:
      return g_strdup (_("Digits 9–14 must be the year and month of appointment (yyyymm)."));
    case RANCANG_NIP_SEX:
      return g_strdup (_("Digit 15 must be 1 (male) or 2 (female)."));
    case RANCANG_NIP_TMT_BEFORE_BIRTH:
    default:
      return g_strdup (_("The appointment (digits 9–14) cannot be before the date of birth."));
    }
}

static void
show_nip_state (RancangSignatoryEditor *self,
                const char             *digits)
{
  g_autofree char *problem = nip_problem (digits);
  gboolean complete = strlen (digits) == 18;

  gtk_widget_set_visible (GTK_WIDGET (self->nip_error), problem != NULL);
  gtk_label_set_label (self->nip_error, problem ? problem : "");
  if (problem != NULL && complete)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->nip_entry), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->nip_error), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->nip_error), "error");
    }
  else
    {
      /* Still typing: a count, not an error. */
      gtk_widget_remove_css_class (GTK_WIDGET (self->nip_entry), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->nip_error), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->nip_error), "dim-label");
    }
}

const char *
rancang_signatory_editor_get_nip_error (RancangSignatoryEditor *self)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self->nip_error)))
    return NULL;
  return gtk_label_get_label (self->nip_error);
}

static void
on_nip_changed (GtkEditable            *editable,
                RancangSignatoryEditor *self)
{
  const char *text = gtk_editable_get_text (editable);
  int cursor = gtk_editable_get_position (editable);
  GString *digits = g_string_new (NULL);
  g_autofree char *grouped = NULL;
  guint digits_before_cursor = 0;
  int new_cursor = 0;

  for (int i = 0; text[i] != '\0'; i++)
    if (g_ascii_isdigit (text[i]))
      {
        g_string_append_c (digits, text[i]);
        if (i < cursor)
          digits_before_cursor++;
      }
  grouped = rancang_nip_group (digits->str);
  if (strcmp (grouped, text) != 0)
    {
      /* Regroup as the user types; the cursor stays after the same digit. */
      for (guint seen = 0; grouped[new_cursor] != '\0' && seen < digits_before_cursor; new_cursor++)
        if (g_ascii_isdigit (grouped[new_cursor]))
          seen++;
      g_signal_handlers_block_by_func (editable, on_nip_changed, self);
      gtk_editable_set_text (editable, grouped);
      gtk_editable_set_position (editable, new_cursor);
      g_signal_handlers_unblock_by_func (editable, on_nip_changed, self);
    }
  show_nip_state (self, digits->str);
  set_child (self, "nip", digits->str, TRUE);
  g_string_free (digits, TRUE);
}

/* ------------------------------------------------------------------ fields */

static void
on_entry_changed (GtkEditable            *editable,
                  RancangSignatoryEditor *self)
{
  const char *name = g_object_get_data (G_OBJECT (editable), "element");
  gboolean optional = g_object_get_data (G_OBJECT (editable), "optional") != NULL;
  g_autofree char *text = g_strdup (gtk_editable_get_text (editable));

  g_strdelimit (text, "\r\n", ' ');
  set_child (self, name, text, optional);
}

static void
show_date (RancangSignatoryEditor *self)
{
  GDate date;

  if (rancang_date_parse_iso (rancang_node_get_child_content (self->node, "date"), &date))
    {
      g_autofree char *text = rancang_format_date (&date);
      g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                       g_date_get_day (&date), 0, 0, 0);
      gtk_menu_button_set_label (self->date_button, text);
      gtk_calendar_select_day (self->calendar, dt);
    }
  else
    gtk_menu_button_set_label (self->date_button, _("No date"));
}

static void
on_day_selected (GtkCalendar            *calendar,
                 RancangSignatoryEditor *self)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (calendar);
  g_autofree char *iso = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (dt), (GDateMonth) g_date_time_get_month (dt),
                  (GDateYear) g_date_time_get_year (dt));
  iso = rancang_date_format_iso (&date);

  if (self->loading)
    return;
  rancang_history_begin (self->history, _("Set Date"), NULL);
  rancang_edit_set_child (self->history, self->node, "date", iso, rancang_signatory_order, TRUE);
  rancang_history_end (self->history);
  show_date (self);
  gtk_menu_button_popdown (self->date_button);
}

static void
on_clear_date (GtkButton              *button,
               RancangSignatoryEditor *self)
{
  rancang_edit_set_child (self->history, self->node, "date", NULL, rancang_signatory_order, TRUE);
  show_date (self);
  gtk_menu_button_popdown (self->date_button);
}

static void
on_pangkat_selected (GtkDropDown            *dropdown,
                     GParamSpec             *pspec,
                     RancangSignatoryEditor *self)
{
  guint n_entries;
  const RancangPangkat *table = rancang_pangkat_table (&n_entries);
  guint index = gtk_drop_down_get_selected (dropdown);

  if (self->loading)
    return;
  rancang_history_begin (self->history, _("Set Pangkat"), NULL);
  if (index == 0 || index > n_entries)
    {
      rancang_edit_set_child (self->history, self->node, "pangkat", NULL, rancang_signatory_order, TRUE);
      rancang_edit_set_child (self->history, self->node, "golongan", NULL, rancang_signatory_order, TRUE);
    }
  else
    {
      rancang_edit_set_child (self->history, self->node, "pangkat", table[index - 1].pangkat,
                              rancang_signatory_order, TRUE);
      rancang_edit_set_child (self->history, self->node, "golongan", table[index - 1].golongan,
                              rancang_signatory_order, TRUE);
    }
  rancang_history_end (self->history);
}

/* ------------------------------------------------------------------ image */

static void
show_image (RancangSignatoryEditor *self)
{
  RancangNode *image = rancang_node_get_child (self->node, "signature-image");
  g_autofree char *data = image ? rancang_node_dup_content (image) : NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (data != NULL && *data != '\0')
    {
      gsize len;
      guchar *raw = g_base64_decode (data, &len);
      g_autoptr(GBytes) bytes = g_bytes_new_take (raw, len);
      texture = gdk_texture_new_from_bytes (bytes, NULL);
    }
  gtk_picture_set_paintable (self->signature_picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->signature_picture), texture != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->remove_image_button), image != NULL);
}

static void
on_image_chosen (GtkNativeDialog        *dialog,
                 int                     response,
                 RancangSignatoryEditor *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *encoded = NULL;
  gsize length;
  RancangNode *image;
  const char *media_type;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &error))
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->choose_image_button), error->message);
      return;
    }
  if (length > 8 && memcmp (contents, "\x89PNG", 4) == 0)
    media_type = "image/png";
  else if (length > 3 && (guchar) contents[0] == 0xff && (guchar) contents[1] == 0xd8)
    media_type = "image/jpeg";
  else
    {
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->choose_image_button),
                                   _("Choose a PNG or JPEG image."));
      return;
    }
  encoded = g_base64_encode ((const guchar *) contents, length);
  rancang_history_begin (self->history, _("Set Signature Image"), NULL);
  image = rancang_edit_ensure_child (self->history, self->node, "signature-image", rancang_signatory_order);
  rancang_history_set_attr (self->history, image, "media-type", media_type);
  rancang_history_set_content (self->history, image, encoded);
  rancang_history_end (self->history);
  show_image (self);
}

static void
on_choose_image (GtkButton              *button,
                 RancangSignatoryEditor *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose a Signature Image"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PNG and JPEG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "jpg");
  gtk_file_filter_add_suffix (filter, "jpeg");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_image_chosen), self);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
on_remove_image (GtkButton              *button,
                 RancangSignatoryEditor *self)
{
  RancangNode *image = rancang_node_get_child (self->node, "signature-image");

  if (image != NULL)
    rancang_history_remove (self->history, image);
  show_image (self);
}

/* ------------------------------------------------------------------ load */

static void
bind_entry (RancangSignatoryEditor *self,
            GtkEntry               *entry,
            const char             *element,
            gboolean                optional)
{
  const char *text = rancang_node_get_child_content (self->node, element);

  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  g_object_set_data (G_OBJECT (entry), "element", (gpointer) element);
  g_object_set_data (G_OBJECT (entry), "optional", GINT_TO_POINTER (optional));
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), self);
}

static void
load (RancangSignatoryEditor *self)
{
  guint n_entries;
  const RancangPangkat *table = rancang_pangkat_table (&n_entries);
  g_autoptr(GtkStringList) pangkat = gtk_string_list_new (NULL);
  const char *golongan = rancang_node_get_child_content (self->node, "golongan");
  const char *pangkat_name = rancang_node_get_child_content (self->node, "pangkat");
  const char *nip = rancang_node_get_child_content (self->node, "nip");
  g_autofree char *heading = NULL;
  g_autofree char *grouped = NULL;
  guint selected = 0;

  self->loading = TRUE;
  heading = g_strdup_printf (_("Signatory “%s”"), rancang_node_get_attr (self->node, "id"));
  gtk_label_set_label (self->id_label, heading);
  bind_entry (self, self->place_entry, "place", TRUE);
  bind_entry (self, self->greeting_entry, "greeting", TRUE);
  bind_entry (self, self->jabatan_entry, "jabatan", FALSE);
  bind_entry (self, self->name_entry, "name", FALSE);

  gtk_string_list_append (pangkat, _("No pangkat"));
  for (guint i = 0; i < n_entries; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s (%s)", table[i].pangkat, table[i].golongan);
      gtk_string_list_append (pangkat, label);
      if ((golongan && g_strcmp0 (golongan, table[i].golongan) == 0)
          || (!golongan && pangkat_name && g_ascii_strcasecmp (pangkat_name, table[i].pangkat) == 0))
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->pangkat_dropdown, G_LIST_MODEL (pangkat));
  gtk_drop_down_set_expression (self->pangkat_dropdown,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_drop_down_set_selected (self->pangkat_dropdown, selected);

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->nip_entry), FALSE);
  grouped = rancang_nip_group (nip ? nip : "");
  gtk_editable_set_text (GTK_EDITABLE (self->nip_entry), grouped);
  show_nip_state (self, nip ? nip : "");

  show_date (self);
  show_image (self);
  self->loading = FALSE;
}

static void
on_remove_clicked (GtkButton              *button,
                   RancangSignatoryEditor *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* ------------------------------------------------------------------ class */

static void
rancang_signatory_editor_dispose (GObject *object)
{
  RancangSignatoryEditor *self = RANCANG_SIGNATORY_EDITOR (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), RANCANG_TYPE_SIGNATORY_EDITOR);
  G_OBJECT_CLASS (rancang_signatory_editor_parent_class)->dispose (object);
}

static void
rancang_signatory_editor_class_init (RancangSignatoryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rancang_signatory_editor_dispose;
  signals[REMOVE] = g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/rancang/Rancang/ui/rancang-signatory-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, id_label);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, remove_button);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, place_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, clear_date_button);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, greeting_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, jabatan_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, pangkat_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, nip_entry);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, nip_error);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, signature_picture);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, choose_image_button);
  gtk_widget_class_bind_template_child (widget_class, RancangSignatoryEditor, remove_image_button);
}

static void
rancang_signatory_editor_init (RancangSignatoryEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rancang_signatory_editor_new (RancangHistory *history,
                              RancangNode    *signatory)
{
  RancangSignatoryEditor *self = g_object_new (RANCANG_TYPE_SIGNATORY_EDITOR, NULL);

  self->history = history;
  self->node = signatory;
  load (self);
  g_signal_connect (self->nip_entry, "changed", G_CALLBACK (on_nip_changed), self);
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
  g_signal_connect (self->clear_date_button, "clicked", G_CALLBACK (on_clear_date), self);
  g_signal_connect (self->pangkat_dropdown, "notify::selected", G_CALLBACK (on_pangkat_selected), self);
  g_signal_connect (self->choose_image_button, "clicked", G_CALLBACK (on_choose_image), self);
  g_signal_connect (self->remove_image_button, "clicked", G_CALLBACK (on_remove_image), self);
  g_signal_connect (self->remove_button, "clicked", G_CALLBACK (on_remove_clicked), self);
  return GTK_WIDGET (self);
}

RancangNode *
rancang_signatory_editor_get_node (RancangSignatoryEditor *self)
{
  return self->node;
}

GtkEditable *
rancang_signatory_editor_get_nip (RancangSignatoryEditor *self)
{
  return GTK_EDITABLE (self->nip_entry);
}
