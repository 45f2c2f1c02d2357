/* rancang-recovery.h: unsaved work kept on disk until it is saved.
 *
 * Each window with unsaved changes writes its document, now and then, to
 * g_get_user_data_dir()/rancang/recovery/ID.xml with ID.info beside it (the
 * original file, the title, when). Saving or closing the window deletes
 * both; so whatever is still there when Rancang starts was left by a crash
 * or a kill, and is offered back.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct
{
  char      *id;
  char      *xml_path;
  char      *original;   /* the file it was editing, NULL when new */
  char      *title;
  GDateTime *saved;
} RancangRecoveryEntry;

char      *rancang_recovery_dir          (void);
char      *rancang_recovery_new_id       (void);
GPtrArray *rancang_recovery_list         (void);
void       rancang_recovery_entry_free   (RancangRecoveryEntry *entry);
gboolean   rancang_recovery_write        (const char           *id,
                                          const char           *original,
                                          const char           *title,
                                          const char           *xml,
                                          gsize                 length,
                                          GError              **error);
void       rancang_recovery_discard      (const char           *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangRecoveryEntry, rancang_recovery_entry_free)

G_END_DECLS
