/* rancang-session.c: one open document and its life (see the header). */
#include "rancang-session.h"

struct _RancangSession
{
  GObject          parent_instance;

  RancangDocument *doc;
  RancangHistory  *history;
  GFile           *file;
};

G_DEFINE_FINAL_TYPE (RancangSession, rancang_session, G_TYPE_OBJECT)

static void
rancang_session_finalize (GObject *object)
{
  RancangSession *self = RANCANG_SESSION (object);

  g_clear_pointer (&self->history, rancang_history_free);
  g_clear_pointer (&self->doc, rancang_document_free);
  g_clear_object (&self->file);
  G_OBJECT_CLASS (rancang_session_parent_class)->finalize (object);
}

static void
rancang_session_class_init (RancangSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = rancang_session_finalize;
}

static void
rancang_session_init (RancangSession *self)
{
}

RancangSession *
rancang_session_new (RancangDocument *doc,
                     GFile           *file)
{
  RancangSession *self;

  g_return_val_if_fail (doc != NULL, NULL);
  self = g_object_new (RANCANG_TYPE_SESSION, NULL);
  self->doc = doc;
  self->history = rancang_history_new ();
  self->file = file != NULL ? g_object_ref (file) : NULL;
  return self;
}

RancangDocument *
rancang_session_get_document (RancangSession *self)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), NULL);
  return self->doc;
}

RancangHistory *
rancang_session_get_history (RancangSession *self)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), NULL);
  return self->history;
}

GFile *
rancang_session_get_file (RancangSession *self)
{
  g_return_val_if_fail (RANCANG_IS_SESSION (self), NULL);
  return self->file;
}
