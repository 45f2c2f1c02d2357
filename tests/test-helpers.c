/* test-helpers.c: what the Check tests of the model share (see
 * test-helpers.h). */
#include <check.h>

#include "test-helpers.h"

RancangTemplateSet *
builtin (void)
{
  g_autoptr(GError) error = NULL;
  RancangTemplateSet *set = rancang_template_set_new_builtin (&error);

  ck_assert_msg (set != NULL, "%s", error != NULL ? error->message : "");
  return set;
}

int
row_of (const RancangTable *t,
                  const char         *kode)
{
  for (guint r = 0; r < rancang_table_get_n_rows (t); r++)
    if (g_strcmp0 (rancang_table_get_kode (t, r), kode) == 0)
      return (int) r;
  ck_abort_msg ("no row %s in %s", kode, rancang_table_get_id (t));
  return -1;
}
