/* test-history.c: undo and redo of every kind of edit, on the Bontang
 * example, checked by comparing the canonical XML before and after. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "rancang-document.h"
#include "rancang-history.h"

static RancangDocument *
load_example (void)
{
  g_autoptr(GError) error = NULL;
  RancangDocument *doc = rancang_document_load_file (EXAMPLES_DIR "/renja-bontang-2023.xml", &error);

  ck_assert_msg (doc != NULL, "%s", error ? error->message : "");
  return doc;
}

static char *
xml_of (RancangDocument *doc)
{
  return rancang_document_to_xml (doc, NULL);
}

static int events[3];

static void
count_events (RancangHistory *history, RancangHistoryEvent event, gpointer data)
{
  events[event]++;
}

START_TEST (test_text_typing_merges)
{
  g_autoptr(RancangDocument) doc = load_example ();
  RancangHistory *h = rancang_history_new ();
  g_autofree char *before = xml_of (doc);
  RancangNode *s11 = rancang_document_lookup_id (doc, "s1-1");
  RancangNode *p = rancang_node_get_child (s11, "p");
  RancangNode *text = rancang_node_get_first_child (p);
  g_autofree char *orig = g_strdup (rancang_node_get_text (text));

  memset (events, 0, sizeof events);
  rancang_history_set_listener (h, count_events, NULL);
  ck_assert (rancang_history_is_clean (h));
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *t = g_strdup_printf ("%s%.*s", orig, i + 1, "abcde");
      rancang_history_begin (h, "Typing", "p1");
      rancang_history_set_text (h, text, t);
      rancang_history_end (h);
    }
  ck_assert_uint_eq (rancang_history_get_n_steps (h), 1);
  ck_assert_int_eq (events[RANCANG_HISTORY_EDIT], 5);
  ck_assert (!rancang_history_is_clean (h));
  ck_assert_str_eq (rancang_history_get_undo_label (h), "Typing");

  ck_assert (rancang_history_undo (h));
  ck_assert_str_eq (rancang_node_get_text (text), orig);
  {
    g_autofree char *after = xml_of (doc);
    ck_assert_str_eq (after, before);
  }
  ck_assert (rancang_history_is_clean (h));
  ck_assert (rancang_history_redo (h));
  ck_assert (g_str_has_suffix (rancang_node_get_text (text), "abcde"));
  ck_assert_int_eq (events[RANCANG_HISTORY_UNDO], 1);
  ck_assert_int_eq (events[RANCANG_HISTORY_REDO], 1);
  rancang_history_free (h);
}
END_TEST

START_TEST (test_break_merge_and_clean)
{
  g_autoptr(RancangDocument) doc = load_example ();
  RancangHistory *h = rancang_history_new ();
  RancangNode *pemda = rancang_node_get_child (rancang_document_get_metadata (doc), "pemda");

  rancang_history_begin (h, "Typing", "pemda");
  rancang_history_set_content (h, pemda, "Kota Bontangx");
  rancang_history_end (h);
  rancang_history_mark_clean (h);
  ck_assert (rancang_history_is_clean (h));
  rancang_history_begin (h, "Typing", "pemda");
  rancang_history_set_content (h, pemda, "Kota Bontangxy");
  rancang_history_end (h);
  /* Saving breaks the merge: undo goes back to what was saved. */
  ck_assert_uint_eq (rancang_history_get_n_steps (h), 2);
  ck_assert (!rancang_history_is_clean (h));
  rancang_history_undo (h);
  ck_assert (rancang_history_is_clean (h));
  ck_assert_str_eq (rancang_node_get_child_content (rancang_document_get_metadata (doc), "pemda"),
                    "Kota Bontangx");
  /* A new edit after undo drops the redo branch. */
  rancang_history_set_content (h, pemda, "Kota Samarinda");
  ck_assert (!rancang_history_can_redo (h));
  rancang_history_set_content (h, pemda, "");
  ck_assert_ptr_null (rancang_node_get_first_child (pemda));
  rancang_history_undo (h);
  ck_assert_str_eq (rancang_node_get_child_content (rancang_document_get_metadata (doc), "pemda"),
                    "Kota Samarinda");
  rancang_history_free (h);
}
END_TEST

START_TEST (test_attr)
{
  g_autoptr(RancangDocument) doc = load_example ();
  RancangHistory *h = rancang_history_new ();
  RancangNode *paper = rancang_node_get_child (rancang_document_get_metadata (doc), "paper");

  rancang_history_set_attr (h, paper, "size", "f4");
  rancang_history_set_attr (h, paper, "margin-top", "30");
  ck_assert_str_eq (rancang_node_get_attr (paper, "size"), "f4");
  rancang_history_undo (h);
  ck_assert_ptr_null (rancang_node_get_attr (paper, "margin-top"));
  rancang_history_undo (h);
  ck_assert_str_eq (rancang_node_get_attr (paper, "size"), "a4");
  ck_assert (!rancang_history_undo (h));
  rancang_history_redo (h);
  rancang_history_redo (h);
  ck_assert_str_eq (rancang_node_get_attr (paper, "margin-top"), "30");
  /* Setting the same value records nothing. */
  rancang_history_set_attr (h, paper, "size", "f4");
  ck_assert_uint_eq (rancang_history_get_n_steps (h), 2);
  rancang_history_free (h);
}
END_TEST

START_TEST (test_structure_round_trip)
{
  g_autoptr(RancangDocument) doc = load_example ();
  RancangHistory *h = rancang_history_new ();
  g_autofree char *before = xml_of (doc);
  g_autofree char *middle = NULL;
  RancangNode *bab2 = rancang_document_lookup_id (doc, "bab-2");
  RancangNode *s21 = rancang_document_lookup_id (doc, "s2-1");
  RancangNode *s22 = rancang_document_lookup_id (doc, "s2-2");
  RancangNode *s11 = rancang_document_lookup_id (doc, "s1-1");
  RancangNode *section = rancang_node_new_element ("section");

  rancang_node_set_attr (section, "id", "baru");
  rancang_node_set_child_content (section, "title", "BAGIAN BARU");

  rancang_history_begin (h, "Restructure", NULL);
  rancang_history_insert (h, bab2, s22, section);           /* a new 2.2 */
  rancang_history_move (h, s21, bab2, NULL);                 /* 2.1 to the end */
  rancang_history_remove (h, s11);                           /* 1.1 gone */
  rancang_history_set_attr (h, bab2, "id", "bab-dua");
  rancang_history_end (h);
  ck_assert_uint_eq (rancang_history_get_n_steps (h), 1);
  ck_assert_ptr_eq (rancang_node_get_last_child (bab2), s21);
  ck_assert_ptr_eq (rancang_node_get_next (section), s22);
  middle = xml_of (doc);

  rancang_history_undo (h);
  {
    g_autofree char *after = xml_of (doc);
    ck_assert_str_eq (after, before);
  }
  rancang_history_redo (h);
  {
    g_autofree char *after = xml_of (doc);
    ck_assert_str_eq (after, middle);
  }
  /* The removed 1.1 is held by the history and freed with it. */
  rancang_history_free (h);
}
END_TEST

START_TEST (test_undone_insert_freed)
{
  g_autoptr(RancangDocument) doc = load_example ();
  RancangHistory *h = rancang_history_new ();
  RancangNode *bab1 = rancang_document_lookup_id (doc, "bab-1");
  RancangNode *p = rancang_node_new_element ("p");

  rancang_node_set_content (p, "baru");
  rancang_history_insert (h, bab1, NULL, p);
  rancang_history_undo (h);
  ck_assert_ptr_null (rancang_node_get_parent (p));
  /* A new edit frees the undone insertion (valgrind/ASan see it). */
  rancang_history_set_attr (h, bab1, "id", "bab-satu");
  ck_assert (!rancang_history_can_redo (h));
  rancang_history_undo (h);
  rancang_history_free (h);
}
END_TEST

/* A node a redo step moved, then removed by a new step: the new step owns
 * it, and dropping the redo branch must not free it. */
START_TEST (test_redo_branch_does_not_free_removed)
{
  g_autoptr(RancangDocument) doc = load_example ();
  RancangHistory *h = rancang_history_new ();
  RancangNode *bab1 = rancang_document_lookup_id (doc, "bab-1");
  RancangNode *s12 = rancang_document_lookup_id (doc, "s1-2");
  RancangNode *s13 = rancang_document_lookup_id (doc, "s1-3");

  rancang_history_move (h, s12, bab1, rancang_node_get_next (s13));
  rancang_history_undo (h);
  rancang_history_remove (h, s12);
  ck_assert (!rancang_history_can_redo (h));
  rancang_history_undo (h);
  ck_assert_ptr_eq (rancang_node_get_next (s12), s13);
  ck_assert_str_eq (rancang_node_get_attr (s12, "id"), "s1-2");
  rancang_history_redo (h);
  rancang_history_free (h);
}
END_TEST

static Suite *
history_suite (void)
{
  Suite *s = suite_create ("history");
  TCase *tc = tcase_create ("core");

  tcase_add_test (tc, test_text_typing_merges);
  tcase_add_test (tc, test_break_merge_and_clean);
  tcase_add_test (tc, test_attr);
  tcase_add_test (tc, test_structure_round_trip);
  tcase_add_test (tc, test_undone_insert_freed);
  tcase_add_test (tc, test_redo_branch_does_not_free_removed);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  SRunner *sr = srunner_create (history_suite ());
  int failed;

  srunner_run_all (sr, CK_NORMAL);
  failed = srunner_ntests_failed (sr);
  srunner_free (sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
