/* fixture.h: the fixtures of ../shared/domain as the test suites read
 * them, from tests/fixtures/ (YAML, or JSON, which YAML reads too).
 *
 * A fixture file is a tree of mappings, sequences and scalars. A file of
 * several documents names each by the heading above it ("F1", "F5a",
 * "B-2.1": its first word); a JSON file names them by its top-level keys.
 * Paths are keys joined by '/', since keys hold dots ("5.03.02.2.03").
 * Every failure names the file, its line and the field. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _Fixture     Fixture;
typedef struct _FixtureNode FixtureNode;

/* The file NAME of tests/fixtures; fails the test when it does not parse. */
Fixture           *fixture_load           (const char        *name);
void               fixture_free           (Fixture           *fixture);
/* The document named NAME; fails the test when there is none. */
const FixtureNode *fixture_document       (const Fixture     *fixture,
                                           const char        *name);

/* The node at PATH below NODE (NODE itself for NULL), or NULL. */
const FixtureNode *fx_find                (const FixtureNode *node,
                                           const char        *path);
/* The node at PATH below NODE; fails the test naming the field when it is
 * missing. */
const FixtureNode *fx_get                 (const FixtureNode *node,
                                           const char        *path);
/* The text of the scalar at PATH: NULL for a missing field and for null
 * ("null", "~" or nothing). */
const char        *fx_str                 (const FixtureNode *node,
                                           const char        *path);
/* The integer at PATH; fails the test when it is not one. */
gint64             fx_int                 (const FixtureNode *node,
                                           const char        *path);
/* The item of the sequence SEQ whose scalar FIELD is VALUE (NULL: whose
 * FIELD is null or missing), or NULL when there is none. */
const FixtureNode *fx_find_item           (const FixtureNode *seq,
                                           const char        *field,
                                           const char        *value);
/* The number of items of a sequence or of pairs of a mapping. */
guint              fx_len                 (const FixtureNode *node);
/* The item I of a sequence, or the value of the pair I of a mapping. */
const FixtureNode *fx_at                  (const FixtureNode *node,
                                           guint              i);
/* The key of the pair I of a mapping. */
const char        *fx_key_at              (const FixtureNode *node,
                                           guint              i);
gboolean           fx_is_map              (const FixtureNode *node);
gboolean           fx_is_seq              (const FixtureNode *node);
/* "swot-fixtures.yaml:123", for messages. */
const char        *fx_where               (const FixtureNode *node);
/* A fixture's plain number ("3380", "98.00", "-333000") as the Indonesian
 * form writes it ("3.380", "98,00", "-333.000"): the tests' own writing,
 * to compare with what is shown, never the engine's. */
char              *indonesian_number      (const char        *plain);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Fixture, fixture_free)

G_END_DECLS
