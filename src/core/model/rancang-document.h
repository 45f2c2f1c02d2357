/* rancang-document.h: a planning document, its files and its metadata.
 *
 * A RancangDocument owns one tree (rancang-node.h) whose root is the
 * <document> element of the XML format. Loading validates the file against
 * the RelaxNG schema and the rules the schema cannot say (unique ids, known
 * signatories, ...); saving writes the canonical form atomically.
 */
#pragma once

#include <glib.h>

#include "rancang-node.h"

G_BEGIN_DECLS

#define RANCANG_NAMESPACE      "urn:rancang:document"
#define RANCANG_FORMAT_VERSION "1"

/* Rancang documents are text; anything larger than this is not one. */
#define RANCANG_MAX_FILE_SIZE  (128 * 1024 * 1024)

#define RANCANG_DOCUMENT_ERROR (rancang_document_error_quark ())

typedef enum
{
  RANCANG_DOCUMENT_ERROR_IO,        /* could not read or write the file */
  RANCANG_DOCUMENT_ERROR_TOO_LARGE, /* beyond RANCANG_MAX_FILE_SIZE */
  RANCANG_DOCUMENT_ERROR_UNSAFE,    /* DTDs and entities are refused */
  RANCANG_DOCUMENT_ERROR_MALFORMED, /* not well-formed XML, bad encoding */
  RANCANG_DOCUMENT_ERROR_INVALID,   /* well-formed, but not a Rancang document */
  RANCANG_DOCUMENT_ERROR_ARGUMENT,  /* a value given by the caller is not acceptable */
} RancangDocumentError;

typedef enum
{
  RANCANG_KIND_RENJA,
  RANCANG_KIND_RENSTRA,
  RANCANG_KIND_RENCANA_AKSI,
} RancangKind;

typedef struct _RancangDocument RancangDocument;

GQuark           rancang_document_error_quark    (void);

RancangDocument *rancang_document_new_from_template (RancangKind   kind,
                                                     int           plan_year,
                                                     GError      **error);
RancangDocument *rancang_document_new_from_root  (RancangNode      *root);
RancangDocument *rancang_document_load_file      (const char       *path,
                                                  GError          **error);
RancangDocument *rancang_document_load_data      (const char       *data,
                                                  gsize             length,
                                                  const char       *name,
                                                  GError          **error);
gboolean         rancang_document_save_file      (RancangDocument  *doc,
                                                  const char       *path,
                                                  GError          **error);
char            *rancang_document_to_xml         (RancangDocument  *doc,
                                                  gsize            *length);
gboolean         rancang_document_check_rules    (RancangDocument  *doc,
                                                  const char       *name,
                                                  GError          **error);
/* Would DOC load again: its XML against the schema and the tree against the
 * rules, without reading a second tree. For a document built by merging,
 * before it replaces a file; NAME is the file named in the messages. */
gboolean         rancang_document_validate       (RancangDocument  *doc,
                                                  const char       *name,
                                                  GError          **error);
/* rancang_document_save_file(), only when DOC is valid (as above; the
 * errors are not RANCANG_DOCUMENT_ERROR_IO then); the XML is made once. */
gboolean         rancang_document_save_file_valid (RancangDocument *doc,
                                                  const char       *path,
                                                  GError          **error);
void             rancang_document_free           (RancangDocument  *doc);

RancangNode     *rancang_document_get_root       (RancangDocument  *doc);
RancangNode     *rancang_document_get_metadata   (RancangDocument  *doc);
RancangNode     *rancang_document_get_body       (RancangDocument  *doc);
RancangNode     *rancang_document_lookup_id      (RancangDocument  *doc,
                                                  const char       *id);

RancangKind      rancang_document_get_kind       (RancangDocument  *doc);
int              rancang_document_get_plan_year  (RancangDocument  *doc);
void             rancang_document_set_plan_year  (RancangDocument  *doc,
                                                  int               year);
void             rancang_document_get_period     (RancangDocument  *doc,
                                                  int              *start,
                                                  int              *end);
void             rancang_document_set_period     (RancangDocument  *doc,
                                                  int               start,
                                                  int               end);
const char      *rancang_document_get_meta       (RancangDocument  *doc,
                                                  const char       *element);
gboolean         rancang_document_set_meta       (RancangDocument  *doc,
                                                  const char       *element,
                                                  const char       *value,
                                                  GError          **error);
const char      *rancang_document_get_opd_acronym (RancangDocument *doc);
void             rancang_document_set_opd_acronym (RancangDocument *doc,
                                                   const char      *acronym);
const char      *rancang_document_get_option     (RancangDocument  *doc,
                                                  const char       *name);

const char      *rancang_kind_to_string          (RancangKind       kind);
gboolean         rancang_kind_from_string        (const char       *text,
                                                  RancangKind      *kind);
gboolean         rancang_text_is_storable        (const char       *text,
                                                  gboolean          single_line,
                                                  GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RancangDocument, rancang_document_free)

G_END_DECLS
