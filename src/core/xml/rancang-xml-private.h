/* rancang-xml-private.h: the XML reader and writer, for rancang-document.c. */
#pragma once

#include <glib.h>

#include "rancang-node.h"

G_BEGIN_DECLS

/* At most this many messages are reported for one file; the rest are counted. */
#define RANCANG_XML_MAX_MESSAGES 25

RancangNode *rancang_xml_read            (const char        *data,
                                          gsize              length,
                                          const char        *name,
                                          GError           **error);
/* Reads and validates as rancang_xml_read() does, without making a tree. */
gboolean     rancang_xml_validate        (const char        *data,
                                          gsize              length,
                                          const char        *name,
                                          GError           **error);
GString     *rancang_xml_write           (const RancangNode *root);
gboolean     rancang_xml_is_mixed        (const char        *element);

G_END_DECLS
