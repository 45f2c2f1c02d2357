/* rancang-table-cell.c: one cell of the table editor (rancang-table-cell.h).
 *
 * A list view of GTK 4.8 keeps some 200 rows of widgets, and an entry in
 * each of their cells would cost seconds on every change of the rows: so
 * a cell is a GtkInscription (a GtkLabel costs too much by the thousand)
 * and becomes an entry only while it has the focus. GtkEntry, not
 * GtkEditableLabel: in GTK 4.8 an editable label that loses the focus and
 * is destroyed within 100 ms crashes in a timeout of its own.
 */
#include "rancang-config.h"

#include <glib/gi18n.h>

#include "rancang-table-cell.h"

/* Set in the cell's flags once its style classes say what it shows. */
#define LOOK_KNOWN (1u << 31)

struct _RancangTableCell
{
  GtkBox       parent_instance;

  GtkWidget   *label;      /* the GtkInscription */
  GtkWidget   *entry;      /* while it is edited */
  GtkWidget   *choice;     /* the button of the values, with the entry */
  GtkListItem *list_item;
  char        *tip;
  guint        column;
  guint        row;
  guint        flags;      /* RancangTableCellLook | LOOK_KNOWN */
  gboolean     has_choice;
  gboolean     stopping;   /* the entry goes in an idle moment */
  gboolean     updating;   /* the entry's text set by the cell itself */
};

G_DEFINE_FINAL_TYPE (RancangTableCell, rancang_table_cell, GTK_TYPE_BOX)

enum
{
  FOCUSED,
  ENTRY_ENTERED,
  ENTRY_LEFT,
  COMMIT,
  EDITED,
  CANCEL,
  OFFER_VALUES,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* By class, in the order of the bits of RancangTableCellLook. */
static const char *const look_classes[] = {
  "derived", "strong-row", "total-row", "indicator-row", "finding", "refused", "numeric", "total-placeholder",
};

static gboolean
by_key (GtkEventController *controller)
{
  GdkEvent *event = gtk_event_controller_get_current_event (controller);

  return event != NULL && gdk_event_get_event_type (event) == GDK_KEY_PRESS;
}

/* ------------------------------------------------------------- showing */

void
rancang_table_cell_show (RancangTableCell     *self,
                         const char           *shown,
                         const char           *text,
                         RancangTableCellLook  look,
                         const char           *tip)
{
  guint flags = (guint) look | LOOK_KNOWN;
  guint old = self->flags;

  /* Cells are refreshed by the thousand after each change: GTK is only
   * told what differs from what the cell shows. */
  if (g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (self->label)), shown) != 0)
    gtk_inscription_set_text (GTK_INSCRIPTION (self->label), shown);
  if (self->entry != NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), text) != 0)
    {
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
      self->updating = FALSE;
    }
  /* A typed cell takes the focus (Tab goes from one to the next) and
   * becomes an entry while it has it. */
  gtk_widget_set_focusable (GTK_WIDGET (self), !(look & RANCANG_TABLE_CELL_COMPUTED));
  if (flags != old)
    {
      for (guint i = 0; i < G_N_ELEMENTS (look_classes); i++)
        if ((flags ^ old) & (1u << i) || !(old & LOOK_KNOWN))
          {
            GtkWidget *target = (1u << i) == RANCANG_TABLE_CELL_PLACEHOLDER ? self->label : GTK_WIDGET (self);
            if (flags & (1u << i))
              gtk_widget_add_css_class (target, look_classes[i]);
            else
              gtk_widget_remove_css_class (target, look_classes[i]);
          }
      gtk_inscription_set_xalign (GTK_INSCRIPTION (self->label), look & RANCANG_TABLE_CELL_NUMERIC ? 1.0f : 0.0f);
      self->flags = flags;
    }
  rancang_table_cell_set_tip (self, tip);
}

/* One side of the look set apart from rancang_table_cell_show() (a
 * refusal, a kode being typed), and noted so that the next show knows
 * what the cell shows. */
void
rancang_table_cell_set_look (RancangTableCell     *self,
                             RancangTableCellLook  look,
                             gboolean              on)
{
  for (guint i = 0; i < G_N_ELEMENTS (look_classes); i++)
    if ((guint) look & (1u << i))
      {
        if (on)
          gtk_widget_add_css_class (GTK_WIDGET (self), look_classes[i]);
        else
          gtk_widget_remove_css_class (GTK_WIDGET (self), look_classes[i]);
      }
  self->flags = on ? self->flags | (guint) look : self->flags & ~(guint) look;
}

/* A cell's tooltip is kept and given when GTK asks for it:
 * gtk_widget_set_tooltip_text() asks the display where the pointer is, a
 * round trip to the X server per call, and cells are bound by the
 * thousand. */
void
rancang_table_cell_set_tip (RancangTableCell *self,
                            const char       *tip)
{
  if (g_strcmp0 (self->tip, tip) != 0)
    {
      g_free (self->tip);
      self->tip = g_strdup (tip);
    }
}

/* The tooltip the cell gives: the checker's finding, why a value was not
 * kept, or the row's level on the uraian. */
const char *
rancang_table_cell_get_tip (RancangTableCell *self)
{
  return self->tip;
}

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    data)
{
  RancangTableCell *self = RANCANG_TABLE_CELL (widget);

  if (self->tip == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->tip);
  return TRUE;
}

/* ------------------------------------------------------------- editing */

static void
remove_entry (RancangTableCell *self)
{
  GtkWidget *entry = self->entry, *choice = self->choice;

  self->entry = NULL;
  self->choice = NULL;
  gtk_box_remove (GTK_BOX (self), entry);
  if (choice != NULL)
    gtk_box_remove (GTK_BOX (self), choice);
  gtk_widget_set_visible (self->label, TRUE);
}

/* The entry goes once it has lost the focus: not within its own focus
 * handler. */
static gboolean
stop_editing_idle (gpointer data)
{
  RancangTableCell *self = data;
  GtkWidget *entry = self->entry;
  GtkPopover *popover = self->choice != NULL ? gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->choice)) : NULL;

  if (entry != NULL && gtk_widget_get_parent (entry) != GTK_WIDGET (self))
    {
      /* the cell went with its row */
      self->entry = NULL;
      self->choice = NULL;
    }
  else if (entry != NULL && !gtk_widget_has_focus (entry)
           && (popover == NULL || !gtk_widget_get_visible (GTK_WIDGET (popover))))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

      if (focus == NULL || (focus != GTK_WIDGET (self) && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self))))
        remove_entry (self);
    }
  self->stopping = FALSE;
  g_object_unref (self);
  return G_SOURCE_REMOVE;
}

void
rancang_table_cell_stop_editing (RancangTableCell *self)
{
  if (self->entry == NULL || self->stopping)
    return;
  self->stopping = TRUE;
  g_idle_add (stop_editing_idle, g_object_ref (self));
}

/* A cell bound to another row is no longer being edited. */
void
rancang_table_cell_drop_entry (RancangTableCell *self)
{
  if (self->entry == NULL)
    return;
  self->updating = TRUE;   /* (for good: its "activate" on leaving keeps nothing) */
  g_object_set_data (G_OBJECT (self->entry), "rancang-dropped", GINT_TO_POINTER (1));
  remove_entry (self);
  self->updating = FALSE;
}

static gboolean
entry_is_live (RancangTableCell *self,
               GtkWidget        *entry)
{
  return !self->updating && g_object_get_data (G_OBJECT (entry), "rancang-dropped") == NULL
         && gtk_widget_get_mapped (entry);
}

/* Enter keeps the change; leaving the cell keeps it too, Escape drops it. */
static void
on_entry_activate (GtkEntry         *entry,
                   RancangTableCell *self)
{
  if (entry_is_live (self, GTK_WIDGET (entry)))
    g_signal_emit (self, signals[COMMIT], 0);
}

static void
on_entry_leave (GtkEventControllerFocus *focus,
                RancangTableCell        *self)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  g_signal_emit (self, signals[ENTRY_LEFT], 0);
  on_entry_activate (GTK_ENTRY (entry), self);
  rancang_table_cell_stop_editing (self);
}

static void
on_entry_enter (GtkEventControllerFocus *focus,
                RancangTableCell        *self)
{
  g_signal_emit (self, signals[ENTRY_ENTERED], 0, by_key (GTK_EVENT_CONTROLLER (focus)));
}

static void
on_entry_changed (GtkEditable      *entry,
                  RancangTableCell *self)
{
  if (!self->updating && g_object_get_data (G_OBJECT (entry), "rancang-dropped") == NULL)
    g_signal_emit (self, signals[EDITED], 0);
}

static gboolean
on_entry_key (GtkEventControllerKey *key,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              RancangTableCell      *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  g_signal_emit (self, signals[CANCEL], 0);
  return TRUE;
}

static void
on_choice_clicked (GtkButton        *button,
                   RancangTableCell *self)
{
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), gtk_button_get_label (button));
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  g_signal_emit (self, signals[COMMIT], 0);
  rancang_table_cell_stop_editing (self);
}

/* The list of values, made anew each time it opens. */
static void
make_choice_popover (GtkMenuButton *button,
                     gpointer       data)
{
  RancangTableCell *self = data;
  g_autoptr(GPtrArray) values = NULL;
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  g_signal_emit (self, signals[OFFER_VALUES], 0, &values);
  for (guint i = 0; values != NULL && i < values->len; i++)
    {
      GtkWidget *item = gtk_button_new_with_label (g_ptr_array_index (values, i));

      gtk_button_set_has_frame (GTK_BUTTON (item), FALSE);
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (item))), 0);
      g_signal_connect (item, "clicked", G_CALLBACK (on_choice_clicked), self);
      gtk_box_append (GTK_BOX (box), item);
    }
  if (values == NULL || values->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No values yet: type one."));
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  g_signal_connect_swapped (popover, "closed", G_CALLBACK (rancang_table_cell_stop_editing), self);
  gtk_menu_button_set_popover (button, popover);
}

/* The cell as an entry (made now if it is not one yet). */
GtkWidget *
rancang_table_cell_start_editing (RancangTableCell *self)
{
  GtkEventController *focus, *key;
  GtkWidget *entry;

  if (self->entry != NULL)
    return self->entry;

  entry = gtk_entry_new ();
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_vexpand (entry, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 1);
  gtk_entry_set_has_frame (GTK_ENTRY (entry), FALSE);
  /* Ctrl+Z is the document's undo, as in the narrative editor. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_editable_set_alignment (GTK_EDITABLE (entry), self->flags & RANCANG_TABLE_CELL_NUMERIC ? 1.0f : 0.0f);
  gtk_widget_add_css_class (entry, "cell-entry");
  g_signal_connect (entry, "activate", G_CALLBACK (on_entry_activate), self);
  g_signal_connect (entry, "changed", G_CALLBACK (on_entry_changed), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (on_entry_enter), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_entry_leave), self);
  gtk_widget_add_controller (entry, focus);
  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_entry_key), self);
  gtk_widget_add_controller (entry, key);
  gtk_widget_set_visible (self->label, FALSE);
  gtk_box_append (GTK_BOX (self), entry);
  self->entry = entry;

  if (self->has_choice)
    {
      GtkWidget *choice = gtk_menu_button_new ();

      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (choice), "pan-down-symbolic");
      gtk_menu_button_set_has_frame (GTK_MENU_BUTTON (choice), FALSE);
      gtk_widget_set_focus_on_click (choice, FALSE);
      gtk_widget_set_tooltip_text (choice, _("Choose a value already used in the document"));
      gtk_widget_add_css_class (choice, "cell-choice");
      gtk_widget_set_valign (choice, GTK_ALIGN_CENTER);
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (choice), make_choice_popover, self, NULL);
      gtk_box_append (GTK_BOX (self), choice);
      self->choice = choice;
    }
  return entry;
}

GtkWidget *
rancang_table_cell_get_entry (RancangTableCell *self)
{
  return self->entry;
}

/* What is typed in the cell's entry, or NULL when it is not edited. */
const char *
rancang_table_cell_get_typed (RancangTableCell *self)
{
  return self->entry != NULL ? gtk_editable_get_text (GTK_EDITABLE (self->entry)) : NULL;
}

static gboolean
focus_entry_idle (gpointer data)
{
  GtkWidget *entry = data;
  GtkWidget *cell = gtk_widget_get_parent (entry);
  GtkRoot *root = gtk_widget_get_root (entry);

  if (RANCANG_IS_TABLE_CELL (cell) && root != NULL && RANCANG_TABLE_CELL (cell)->entry == entry
      && gtk_root_get_focus (root) == cell)
    gtk_widget_grab_focus (entry);
  return G_SOURCE_REMOVE;
}

/* The entry takes the focus from the cell, not within the cell's focus
 * change: it would be lost. */
void
rancang_table_cell_focus_entry (RancangTableCell *self)
{
  if (self->entry != NULL)
    g_idle_add_full (G_PRIORITY_HIGH_IDLE, focus_entry_idle, g_object_ref (self->entry), g_object_unref);
}

/* (is-focus, not enter: from its own entry the focus stays within) */
static void
on_focus (GtkEventControllerFocus *focus,
          GParamSpec              *pspec,
          RancangTableCell        *self)
{
  if (gtk_event_controller_focus_is_focus (focus))
    g_signal_emit (self, signals[FOCUSED], 0, by_key (GTK_EVENT_CONTROLLER (focus)));
}

/* ------------------------------------------------------------ the rest */

guint
rancang_table_cell_get_column (RancangTableCell *self)
{
  return self->column;
}

guint
rancang_table_cell_get_row (RancangTableCell *self)
{
  return self->row;
}

void
rancang_table_cell_set_row (RancangTableCell *self,
                            guint             row)
{
  self->row = row;
}

GtkListItem *
rancang_table_cell_get_list_item (RancangTableCell *self)
{
  return self->list_item;
}

void
rancang_table_cell_set_list_item (RancangTableCell *self,
                                  GtkListItem      *item)
{
  self->list_item = item;
}

/* Where the cell's row is in the view, or GTK_INVALID_LIST_POSITION. */
guint
rancang_table_cell_get_position (RancangTableCell *self)
{
  return self->list_item != NULL ? gtk_list_item_get_position (self->list_item) : GTK_INVALID_LIST_POSITION;
}

GtkWidget *
rancang_table_cell_new (guint    column,
                        gboolean choice)
{
  RancangTableCell *self = g_object_new (RANCANG_TYPE_TABLE_CELL, NULL);

  self->column = column;
  self->has_choice = choice;
  return GTK_WIDGET (self);
}

static void
rancang_table_cell_finalize (GObject *object)
{
  RancangTableCell *self = RANCANG_TABLE_CELL (object);

  g_free (self->tip);
  G_OBJECT_CLASS (rancang_table_cell_parent_class)->finalize (object);
}

static void
rancang_table_cell_class_init (RancangTableCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rancang_table_cell_finalize;
  signals[FOCUSED] = g_signal_new ("focused", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                   NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  signals[ENTRY_ENTERED] = g_signal_new ("entry-entered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  signals[ENTRY_LEFT] = g_signal_new ("entry-left", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                      NULL, G_TYPE_NONE, 0);
  signals[COMMIT] = g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                  NULL, G_TYPE_NONE, 0);
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                  NULL, G_TYPE_NONE, 0);
  signals[CANCEL] = g_signal_new ("cancel", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                  NULL, G_TYPE_NONE, 0);
  signals[OFFER_VALUES] = g_signal_new ("offer-values", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                        g_signal_accumulator_first_wins, NULL, NULL, G_TYPE_POINTER, 0);
}

static void
rancang_table_cell_init (RancangTableCell *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->label = gtk_inscription_new (NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "table-cell");
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (self->label), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_yalign (GTK_INSCRIPTION (self->label), 0.5f);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_FILL);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  g_signal_connect (focus, "notify::is-focus", G_CALLBACK (on_focus), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  gtk_box_append (GTK_BOX (self), self->label);
}
