/* rancang-table-insert.h: a table made by an import put into a document.
 *
 * rancang_document_add_table() puts TABLE at the end of the text of the
 * chapter or section numbered SECTION ("2.1", "3", "IV"; before its first
 * sub-section; NULL: the last section), after checking that its id is free,
 * and then checks the whole document against its rules and the schema: on
 * failure TABLE is freed and the document is as it was.
 * rancang_document_import_csv() reads a CSV (rancang-table-import.h says
 * how) and adds the table it makes. Errors are RANCANG_IMPORT_ERROR and
 * name DOC_NAME.
 */
#pragma once

#include "rancang-document.h"
#include "rancang-node.h"
#include "rancang-table-import.h"
#include "rancang-template.h"

G_BEGIN_DECLS

gboolean     rancang_document_add_table    (RancangDocument             *doc,
                                            RancangNode                 *table,
                                            const char                  *section,
                                            const char                  *doc_name,
                                            GError                     **error);
RancangNode *rancang_document_import_csv   (RancangDocument             *doc,
                                            RancangTemplateSet          *templates,
                                            const RancangImportOptions  *options,
                                            const char                  *data,
                                            gsize                        length,
                                            const char                  *name,
                                            const char                  *doc_name,
                                            GError                     **error);

G_END_DECLS
