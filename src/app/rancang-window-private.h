/* rancang-window-private.h: what the window's own files share: the widgets
 * and state that rancang-window.c owns and rancang-window-actions.c uses. */
#pragma once

#include "rancang-metadata-editor.h"
#include "rancang-narrative-editor.h"
#include "rancang-outline.h"
#include "rancang-preview.h"
#include "rancang-recovery.h"
#include "rancang-session.h"
#include "rancang-swot-editor.h"
#include "rancang-table-editor.h"
#include "rancang-window.h"

G_BEGIN_DECLS

typedef enum
{
  INFO_NONE,
  INFO_RECOVERY,       /* responses: 1 recover, 2 discard */
  INFO_SAVE_FAILED,    /* response 1: save as */
  INFO_LOAD_FAILED,    /* response 1: open another */
  INFO_NOTICE,
} InfoKind;

struct _RancangWindow
{
  GtkApplicationWindow   parent_instance;

  /* template */
  GtkLabel               *title_label;
  GtkLabel               *subtitle_label;
  GtkInfoBar             *info_bar;
  GtkLabel               *info_title;
  GtkLabel               *info_details;
  GtkStack               *main_stack;
  GtkPaned               *outer_paned;
  GtkPaned               *editor_paned;
  RancangOutline         *outline;
  GtkStack               *editor_stack;
  RancangMetadataEditor  *metadata_editor;
  RancangNarrativeEditor *narrative_editor;
  RancangTableEditor     *table_editor;     /* added to editor_stack as "table" */
  RancangSwotEditor      *swot_editor;      /* added to editor_stack as "swot": IFAS, EFAS, TOWS */
  GtkLabel               *generated_title;
  GtkLabel               *generated_label;
  RancangPreview         *preview;
  GtkButton              *findings_button;
  GtkLabel               *findings_label;
  GtkLabel               *pages_label;
  GtkProgressBar         *progress_bar;
  guint                   pulse_id;
  GtkLabel               *status_label;
  GtkListBox             *recent_list;
  GtkLabel               *recent_heading;
  GMenu                  *recent_section;

  /* state */
  RancangSession         *session;        /* the document shown, or NULL */
  GSettings              *settings;       /* the application's, or NULL */
  GPtrArray              *editors;        /* of RancangPartEditor, the children of editor_stack */
  guint                   busy;           /* loads, exports and prints in flight */
  gboolean                reverting;      /* the outline going back to the part shown */
  gboolean                close_after_save;
  gboolean                disposed;       /* results of worker threads arriving later are dropped */
  GCancellable           *cancellable;
  InfoKind                info_kind;
  GtkWidget              *info_buttons[2];
  GPtrArray              *recovery_entries;
  GtkWidget              *findings_popover;
  GtkRecentManager       *recent;
  GtkNativeDialog        *chooser;

  /* rancang-window-actions.c: the panel of findings and changes under the
   * editors, and the import dialog */
  GtkRevealer            *report_dock;
  GtkStack               *report_stack;
  GtkWidget              *findings_panel;
  GtkWidget              *compare_panel;
  GtkWidget              *import_dialog;
  guint                   share_busy;     /* compare and import files being read */
};

/* rancang-window.c */
void rancang_window_update_title      (RancangWindow *self);
void rancang_window_update_actions    (RancangWindow *self);
void rancang_window_structure_changed (RancangWindow *self,
                                       RancangNode   *select);
void rancang_window_discard_recovery  (RancangWindow *self);
void rancang_window_request_close     (RancangWindow *self);
void rancang_window_set_status        (RancangWindow *self,
                                       const char    *text);
void rancang_window_show_progress     (RancangWindow *self,
                                       gboolean       running);

/* rancang-window.c: after a change the editors did not make themselves
 * (undo, redo, an import, a fill), every editor shows the tree as it now
 * is. */
void rancang_window_reload_editors    (RancangWindow *self);

/* rancang-window-actions.c: sharing */
void rancang_window_share_init        (RancangWindow *self);
void rancang_window_share_dispose     (RancangWindow *self);
/* Takes REPORT (a RancangFindingsReport). */
void rancang_window_share_set_findings (RancangWindow *self,
                                        gpointer       report);
/* Another document, chosen in a file chooser opened beside this one's
 * folder, and read (in a worker: no GTK) with the error shown by name. */
typedef void (*RancangDocumentChosen) (RancangWindow *self,
                                       GFile         *file);
void             rancang_window_choose_document  (RancangWindow         *self,
                                                  const char            *title,
                                                  const char            *accept_label,
                                                  RancangDocumentChosen  chosen);
RancangDocument *rancang_window_read_document    (GFile                 *file,
                                                  GError               **error);
/* A file read in a worker for the window (compare, import, fill from
 * Renstra): THREAD runs with the job as task data, DONE on the window's
 * side; BUSY is the counter it is in flight in, STATUS what the status bar
 * says meanwhile. rancang_window_read_thread() is the THREAD that only
 * reads the document. */
typedef struct
{
  GFile           *file;
  RancangDocument *copy;    /* of this document, for the worker; or NULL */
  char            *name;
  char            *doc_id;  /* the window's document then (its recovery id) */
} RancangReadJob;

void             rancang_window_start_read       (RancangWindow         *self,
                                                  GFile                 *file,
                                                  RancangDocument       *copy,
                                                  guint                 *busy,
                                                  const char            *status,
                                                  GTaskThreadFunc        thread,
                                                  GAsyncReadyCallback    done);
void             rancang_window_read_thread      (GTask                 *task,
                                                  gpointer               source,
                                                  gpointer               data,
                                                  GCancellable          *cancellable);
gboolean         rancang_window_holds_job_document (RancangWindow       *self,
                                                    const RancangReadJob *job);
void             rancang_window_show_read_error  (RancangWindow         *self,
                                                  const char            *name,
                                                  const GError          *error);

/* rancang-window-renstra.c: the action "Fill from Renstra…" */
void     rancang_window_renstra_init            (RancangWindow    *self);

/* rancang-window-actions.c */
void rancang_window_actions_init      (RancangWindow *self);

G_END_DECLS
