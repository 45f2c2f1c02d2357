/* rancang.h: the whole document core from one header.
 *
 * The core is the document and its rules, GLib and libxml2 only: the tree
 * and its undo history (model/), safe loading and canonical saving (xml/),
 * table templates, computation and the checker (tables/), Indonesian
 * numbers, formats and CSV (indonesian/), diff, merge and link between
 * documents (exchange/), and the structure edits the window and the CLI
 * share (edit/). The render library and the two programs build on it.
 */
#pragma once

#include "rancang-node.h"
#include "rancang-document.h"
#include "rancang-history.h"
#include "rancang-numbering.h"
#include "rancang-identity.h"

#include "rancang-template.h"
#include "rancang-compute.h"
#include "rancang-check.h"
#include "rancang-table-import.h"
#include "rancang-table-insert.h"
#include "rancang-table-rows.h"
#include "rancang-tows.h"

#include "rancang-decimal.h"
#include "rancang-format.h"
#include "rancang-csv.h"

#include "rancang-diff.h"
#include "rancang-merge.h"
#include "rancang-link.h"

#include "rancang-edit.h"
#include "rancang-parts.h"
#include "rancang-compare.h"
#include "rancang-findings.h"
#include "rancang-structure.h"
