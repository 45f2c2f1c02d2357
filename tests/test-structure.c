/* test-structure.c: the outline edited (rancang-structure.h) on the
 * Bontang example: BAB I with 1.1 to 1.4, BAB II with 2.1 to 2.5 and
 * Tabel 2.1 in 2.1, BAB III to V. Every edit is one step that one undo
 * takes back whole (the canonical XML is the same again). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rancang-document.h"
#include "rancang-history.h"
#include "rancang-structure.h"

static RancangDocument *
load_example (void)
{
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = rancang_document_load_file (EXAMPLES_DIR "/renja-bontang-2023.xml", &error);

  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  return doc;
}

static const char *
id_of (RancangNode *node)
{
  return node != NULL ? rancang_node_get_attr (node, "id") : NULL;
}

static void
assert_undone (RancangDocument *doc,
               RancangHistory  *history,
               const char      *before)
{
  g_autofree char *after = NULL;

  ck_assert_uint_eq (rancang_history_get_n_steps (history), 1);
  ck_assert (rancang_history_undo (history));
  after = rancang_document_to_xml (doc, NULL);
  ck_assert_str_eq (after, before);
}

START_TEST (test_lookups)
{
  g_autoptr(RancangDocument) doc = load_example ();
  RancangNode *root = rancang_document_get_root (doc);
  RancangNode *s12 = rancang_document_lookup_id (doc, "s1-2");
  RancangNode *t21 = rancang_document_lookup_id (doc, "t2-1");
  RancangNode *row = rancang_node_get_child (t21, "row");

  /* a document opens on its first section */
  ck_assert_str_eq (id_of (rancang_structure_first_part (root)), "s1-1");
  ck_assert (rancang_structure_is_movable (s12));
  ck_assert (!rancang_structure_is_movable (t21));
  ck_assert (!rancang_structure_is_movable (rancang_node_get_child (root, "metadata")));
  /* among their own kind: 1.2 lies between 1.1 and 1.3 */
  ck_assert_str_eq (id_of (rancang_structure_same_kind_sibling (s12, FALSE)), "s1-1");
  ck_assert_str_eq (id_of (rancang_structure_same_kind_sibling (s12, TRUE)), "s1-3");
  ck_assert_ptr_null (rancang_structure_same_kind_sibling (rancang_document_lookup_id (doc, "s1-4"), TRUE));
  ck_assert_str_eq (id_of (rancang_structure_ancestor (row, "chapter")), "bab-2");
  /* a row is edited in its table, the table stands on its own */
  ck_assert_ptr_eq (rancang_structure_part_of (row), t21);
  ck_assert_ptr_eq (rancang_structure_part_of (t21), t21);
  ck_assert_ptr_eq (rancang_structure_part_of (rancang_node_get_child (s12, "p")), s12);
  ck_assert (rancang_structure_can_add_section (s12, FALSE));
  ck_assert (rancang_structure_can_add_section (s12, TRUE));
  ck_assert (rancang_structure_can_add_section (rancang_document_lookup_id (doc, "bab-1"), FALSE));
  ck_assert (!rancang_structure_can_add_section (rancang_document_lookup_id (doc, "bab-1"), TRUE));
  ck_assert (!rancang_structure_can_add_section (t21, FALSE));
}
END_TEST

START_TEST (test_add_section_after_and_into)
{
  g_autoptr(RancangDocument) doc = load_example ();
  RancangHistory *history = rancang_history_new ();
  RancangNode *root = rancang_document_get_root (doc);
  RancangNode *s12 = rancang_document_lookup_id (doc, "s1-2");
  g_autofree char *before = rancang_document_to_xml (doc, NULL);
  RancangNode *added;

  /* after 1.2, before 1.3, with an id of its own and a paragraph */
  added = rancang_structure_add_section (history, "New Section", root, s12, FALSE);
  ck_assert_ptr_nonnull (added);
  ck_assert_ptr_eq (rancang_node_get_parent (added), rancang_node_get_parent (s12));
  ck_assert_ptr_eq (rancang_structure_same_kind_sibling (s12, TRUE), added);
  ck_assert_str_eq (id_of (rancang_structure_same_kind_sibling (added, TRUE)), "s1-3");
  ck_assert_ptr_eq (rancang_document_lookup_id (doc, id_of (added)), added);
  ck_assert_ptr_nonnull (rancang_node_get_child (added, "p"));
  ck_assert_str_eq (rancang_node_get_child_content (added, "title"), "Judul Sub Bab");
  assert_undone (doc, history, before);

  /* into 1.2 as its last subsection (the undone step is dropped) */
  added = rancang_structure_add_section (history, "New Subsection", root, s12, TRUE);
  ck_assert_ptr_eq (rancang_node_get_parent (added), s12);
  ck_assert_ptr_null (rancang_structure_same_kind_sibling (added, TRUE));
  assert_undone (doc, history, before);
  rancang_history_free (history);
}
END_TEST

START_TEST (test_add_chapter_and_appendix)
{
  g_autoptr(RancangDocument) doc = load_example ();
  RancangHistory *history = rancang_history_new ();
  RancangNode *root = rancang_document_get_root (doc);
  g_autofree char *before = rancang_document_to_xml (doc, NULL);
  RancangNode *added;

  /* from a row of Tabel 2.1: after BAB II, before BAB III */
  added = rancang_structure_add_chapter (history, "New Chapter", root,
                                         rancang_node_get_child (rancang_document_lookup_id (doc, "t2-1"), "row"));
  ck_assert_str_eq (id_of (rancang_structure_same_kind_sibling (added, FALSE)), "bab-2");
  ck_assert_str_eq (id_of (rancang_structure_same_kind_sibling (added, TRUE)), "bab-3");
  ck_assert_str_ne (id_of (added), "bab-1");
  assert_undone (doc, history, before);
  rancang_history_free (history);

  history = rancang_history_new ();
  added = rancang_structure_add_appendix (history, "New Appendix", root);
  ck_assert_ptr_eq (rancang_node_get_parent (added), root);
  ck_assert (rancang_node_is (added, "appendix"));
  assert_undone (doc, history, before);
  rancang_history_free (history);
}
END_TEST

START_TEST (test_delete_move_rename)
{
  g_autoptr(RancangDocument) doc = load_example ();
  RancangHistory *history = rancang_history_new ();
  RancangNode *s12 = rancang_document_lookup_id (doc, "s1-2");
  RancangNode *s11 = rancang_document_lookup_id (doc, "s1-1");
  g_autofree char *before = rancang_document_to_xml (doc, NULL);

  /* deleting 1.2 shows 1.1, the one before */
  ck_assert_ptr_eq (rancang_structure_delete (history, "Delete", s12), s11);
  ck_assert_ptr_null (rancang_document_lookup_id (doc, "s1-2"));
  assert_undone (doc, history, before);
  rancang_history_free (history);

  /* 1.1 moved down comes after 1.2; the first cannot go up */
  history = rancang_history_new ();
  s12 = rancang_document_lookup_id (doc, "s1-2");
  ck_assert_ptr_null (rancang_structure_move (history, "Move Up", s11, FALSE));
  ck_assert_ptr_eq (rancang_structure_move (history, "Move Down", s11, TRUE), s11);
  ck_assert_ptr_eq (rancang_structure_same_kind_sibling (s12, TRUE), s11);
  assert_undone (doc, history, before);
  rancang_history_free (history);

  /* a title is one line */
  history = rancang_history_new ();
  ck_assert_ptr_eq (rancang_structure_rename (history, "Rename", s11, "Latar\nBelakang"), s11);
  ck_assert_str_eq (rancang_node_get_child_content (s11, "title"), "Latar Belakang");
  assert_undone (doc, history, before);
  /* what is not a part of text is not renamed */
  ck_assert_ptr_null (rancang_structure_rename (history, "Rename", rancang_document_lookup_id (doc, "t2-1"), "x"));
  rancang_history_free (history);
}
END_TEST

static Suite *
structure_suite (void)
{
  Suite *s = suite_create ("structure");
  TCase *tc = tcase_create ("core");

  tcase_add_test (tc, test_lookups);
  tcase_add_test (tc, test_add_section_after_and_into);
  tcase_add_test (tc, test_add_chapter_and_appendix);
  tcase_add_test (tc, test_delete_move_rename);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  SRunner *sr = srunner_create (structure_suite ());
  int failed;

  srunner_run_all (sr, CK_NORMAL);
  failed = srunner_ntests_failed (sr);
  srunner_free (sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
