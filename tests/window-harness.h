/* window-harness.h: what every GUI test (meson test --suite gui) shares: a
 * real RancangApplication in this process, waits with timeouts instead of
 * fixed sleeps, and a scratch folder per run that settings and recovery
 * files go to instead of the user's. */
#pragma once

#include <gtk/gtk.h>

#include "rancang-application.h"
#include "rancang-document.h"
#include "rancang-table-editor.h"
#include "rancang-window.h"

G_BEGIN_DECLS

/* This run's scratch folder. */
const char         *harness_work_dir     (void);

/* Iterate the main context until COND holds or TIMEOUT_MS pass. */
gboolean            harness_wait_until   (gboolean (*cond) (gpointer),
                                          gpointer  data,
                                          guint     timeout_ms);

/* How long harness_wait_for() waits at most: far more than anything takes
 * on a loaded 2-core machine; a wait that holds returns at once. */
#define HARNESS_PATIENCE_MS 60000

/* Iterate the main context until COND holds; fails the test, saying that
 * WHAT did not happen, when it does not within HARNESS_PATIENCE_MS. The
 * way to wait in a GUI test: for what is to happen, never for a time. */
#define harness_wait_for(cond, data, what) \
  harness_wait_for_at (__FILE__, __LINE__, G_STRFUNC, (cond), (data), (what))
void                harness_wait_for_at  (const char *file,
                                          int         line,
                                          const char *func,
                                          gboolean  (*cond) (gpointer),
                                          gpointer    data,
                                          const char *what);
/* Runs what is ready to run (idles, events already there), without
 * waiting for anything to come. */
void                harness_drain        (void);
/* Waits until the window of WIDGET has drawn N more frames (each lays out
 * what changed before it), then drains: for what shows only once laid
 * out, when there is no state of its own to wait for. */
void                harness_frames       (GtkWidget *widget,
                                          guint      n);

/* A copy of resources/examples/EXAMPLE in the scratch folder, named NAME. */
char               *harness_copy_example (const char *example,
                                          const char *name);

RancangApplication *harness_start_app    (void);
void                harness_stop_app     (RancangApplication *app);
/* A window on PATH, loaded (fails the test after 10 s). */
RancangWindow      *harness_open_window  (RancangApplication *app,
                                          const char         *path);
RancangNode        *harness_node_by_id   (RancangWindow      *window,
                                          const char         *id);
/* The <row> of TABLE with KODE, and a copy of the text of ROW's cell KEY
 * (NULL when there is none). */
RancangNode        *harness_row_of       (RancangNode        *table,
                                          const char         *kode);
char               *harness_cell_of      (RancangNode        *row,
                                          const char         *key);
/* How many <row> TABLE has. */
guint               harness_count_rows   (RancangNode        *table);
/* Fails the test unless EDITOR shows EXPECTED in cell KEY of ROW (ROW
 * not negative). */
void                harness_assert_shown (RancangTableEditor *editor,
                                          int                 row,
                                          const char         *key,
                                          const char         *expected);
/* For harness_wait_until: WINDOW (the data) is not busy reading a file. */
gboolean            harness_not_busy     (gpointer            window);
/* Activates "win.undo" and the like; fails the test when it is disabled. */
void                harness_activate     (RancangWindow      *window,
                                          const char         *action);
gboolean            harness_title_is_dirty (RancangWindow    *window);

/* Typing and shortcuts as a user does them, in this process (GTK 4.8 has
 * no public way to make key events): harness_type() hands TEXT, one
 * character at a time, to the input method of the widget that has the
 * focus, the way a key press reaches a GtkText or a GtkTextView (what is
 * selected is replaced); harness_press() activates, from the focused
 * widget, the action the application binds to ACCEL ("<Control>s"). Both
 * fail the test when there is no such widget or binding. */
void                harness_type         (RancangWindow      *window,
                                          const char         *text);
void                harness_press        (RancangWindow      *window,
                                          const char         *accel);
/* What a widget shows: a GtkLabel's, GtkInscription's or GtkEditable's
 * text. */
const char         *harness_shown_text   (GtkWidget          *widget);

/* The first widget under ROOT (depth first) of TYPE for which MATCH (when
 * not NULL) holds. */
GtkWidget          *harness_find_widget  (GtkWidget          *root,
                                          GType               type,
                                          gboolean          (*match) (GtkWidget *, gpointer),
                                          gpointer            data);

/* Before anything else in main(): skips (exit 77) without a display or
 * under AddressSanitizer, makes the scratch folder (or takes the parent's
 * when argv[1] starts with --child-), sets up gettext and gtk_test_init.
 * Returns FALSE when the caller must return 77. */
gboolean            harness_init         (int    *argc,
                                          char ***argv);
/* g_test_run(), then the scratch folder removed. */
int                 harness_run          (void);

G_END_DECLS
