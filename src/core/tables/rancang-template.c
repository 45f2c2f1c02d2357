/* rancang-template.c: table templates, read from XML. */
#include "rancang-template-private.h"

#include <string.h>

#include <gio/gio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#define TABLES_RESOURCE_DIR "/io/github/rancang/Rancang/core/tables/"

/* Templates are small; anything larger is not one. */
#define MAX_TEMPLATE_SIZE (1024 * 1024)
#define MAX_COLUMNS       64

G_DEFINE_QUARK (rancang-template-error-quark, rancang_template_error)

struct _RancangTemplateSet
{
  GHashTable *by_id;   /* id -> RancangTemplate (owned) */
};

static const char *const type_names[] = { "text", "count", "decimal", "money", "percent" };

static const struct
{
  const char        *element;
  RancangDeriveKind  kind;
  guint              min_args;
  guint              max_args;
} derive_kinds[] = {
  { "ratio",      RANCANG_DERIVE_RATIO,      2, 2 },
  { "sum",        RANCANG_DERIVE_SUM,        1, G_MAXUINT },
  { "last",       RANCANG_DERIVE_LAST,       1, G_MAXUINT },
  { "difference", RANCANG_DERIVE_DIFFERENCE, 2, 2 },
  { "product",    RANCANG_DERIVE_PRODUCT,    2, 2 },
  { "rollup",     RANCANG_DERIVE_ROLLUP,     0, 0 },
};

const char *
rancang_column_type_to_string (RancangColumnType type)
{
  g_return_val_if_fail ((guint) type < G_N_ELEMENTS (type_names), NULL);
  return type_names[type];
}

static gboolean
column_type_from_string (const char        *text,
                         RancangColumnType *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    if (g_strcmp0 (text, type_names[i]) == 0)
      {
        *type = (RancangColumnType) i;
        return TRUE;
      }
  return FALSE;
}

static RancangTemplate *
template_alloc (const char *id)
{
  RancangTemplate *tmpl = g_new0 (RancangTemplate, 1);

  tmpl->ref_count = 1;
  tmpl->id = g_strdup (id);
  tmpl->level_column = tmpl->kode_column = -1;
  tmpl->group_by = -1;
  tmpl->weights_column = tmpl->weights_group = -1;
  tmpl->index_column = -1;
  tmpl->quarters_target = tmpl->quarters_mode = -1;
  for (guint i = 0; i < 4; i++)
    tmpl->quarters[i] = -1;
  tmpl->tows_refs = tmpl->tows_quadrant = -1;
  return tmpl;
}

RancangTemplate *
rancang_template_ref (RancangTemplate *tmpl)
{
  g_return_val_if_fail (tmpl != NULL, NULL);
  g_atomic_int_inc (&tmpl->ref_count);
  return tmpl;
}

void
rancang_template_unref (RancangTemplate *tmpl)
{
  if (tmpl == NULL || !g_atomic_int_dec_and_test (&tmpl->ref_count))
    return;
  for (guint i = 0; i < tmpl->n_columns; i++)
    {
      RancangColumn *col = &tmpl->columns[i];

      for (guint j = 0; j < col->n_derivations; j++)
        {
          g_free (col->derivations[j].when_value);
          g_free (col->derivations[j].args);
        }
      g_free (col->derivations);
      for (guint j = 0; j < col->n_choices; j++)
        g_strfreev (col->choices[j].also);
      g_free (col->choices);
      g_strfreev (col->choice_values);   /* the values of the choices too */
      g_free (col->key);
      g_free (col->number);
      g_free (col->header);
      g_free (col->group);
    }
  g_free (tmpl->columns);
  g_free (tmpl->order);
  g_free (tmpl->id);
  g_free (tmpl->title);
  g_free (tmpl->index_name);
  g_free (tmpl->index_plus);
  g_free (tmpl->index_minus);
  g_free (tmpl->plan_targets);
  g_free (tmpl->plan_pagu);
  g_free (tmpl);
}

/* ------------------------------------------------------------ accessors */

const char *
rancang_template_get_id (const RancangTemplate *tmpl)
{
  return tmpl->id;
}

const char *
rancang_template_get_title (const RancangTemplate *tmpl)
{
  return tmpl->title;
}

guint
rancang_template_get_n_columns (const RancangTemplate *tmpl)
{
  return tmpl->n_columns;
}

int
rancang_template_lookup_column (const RancangTemplate *tmpl,
                                const char            *key)
{
  for (guint i = 0; i < tmpl->n_columns; i++)
    if (strcmp (tmpl->columns[i].key, key) == 0)
      return (int) i;
  return -1;
}

const char *
rancang_template_column_key (const RancangTemplate *tmpl, guint column)
{
  g_return_val_if_fail (column < tmpl->n_columns, NULL);
  return tmpl->columns[column].key;
}

const char *
rancang_template_column_number (const RancangTemplate *tmpl, guint column)
{
  g_return_val_if_fail (column < tmpl->n_columns, NULL);
  return tmpl->columns[column].number;
}

const char *
rancang_template_column_header (const RancangTemplate *tmpl, guint column)
{
  g_return_val_if_fail (column < tmpl->n_columns, NULL);
  return tmpl->columns[column].header;
}

const char *
rancang_template_column_group (const RancangTemplate *tmpl, guint column)
{
  g_return_val_if_fail (column < tmpl->n_columns, NULL);
  return tmpl->columns[column].group;
}

RancangColumnType
rancang_template_column_type (const RancangTemplate *tmpl, guint column)
{
  g_return_val_if_fail (column < tmpl->n_columns, RANCANG_COLUMN_TEXT);
  return tmpl->columns[column].type;
}

guint
rancang_template_column_decimals (const RancangTemplate *tmpl, guint column)
{
  g_return_val_if_fail (column < tmpl->n_columns, 0);
  return tmpl->columns[column].decimals;
}

gboolean
rancang_template_column_is_derived (const RancangTemplate *tmpl, guint column)
{
  g_return_val_if_fail (column < tmpl->n_columns, FALSE);
  return tmpl->columns[column].n_derivations > 0;
}

/* A column whose only derivation is <rollup/>: a row without children
 * has its value typed in; the rows with children and the totals sum. */
gboolean
rancang_template_column_rolls_up (const RancangTemplate *tmpl,
                                  guint                  column)
{
  g_return_val_if_fail (column < tmpl->n_columns, FALSE);
  return tmpl->columns[column].rollup;
}

/* The values of a choice column, NULL-terminated; NULL when the column
 * offers none. */
const char *const *
rancang_template_column_choices (const RancangTemplate *tmpl,
                                 guint                  column)
{
  g_return_val_if_fail (column < tmpl->n_columns, NULL);
  return (const char *const *) tmpl->columns[column].choice_values;
}

gboolean
rancang_template_column_choices_open (const RancangTemplate *tmpl,
                                      guint                  column)
{
  g_return_val_if_fail (column < tmpl->n_columns, FALSE);
  return tmpl->columns[column].choices_open;
}

/* TEXT and WORD are the same but for case and surrounding blanks. */
static gboolean
same_word (const char *text,
           const char *word)
{
  gsize len = strlen (word);

  while (g_ascii_isspace (*text))
    text++;
  if (len == 0 || g_ascii_strncasecmp (text, word, len) != 0)
    return FALSE;
  for (text += len; *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* The choice of COLUMN that TEXT names, by its value or one of its other
 * words ("ya" is "kumulatif"); NULL when TEXT names none. */
const char *
rancang_template_column_choice (const RancangTemplate *tmpl,
                                guint                  column,
                                const char            *text)
{
  const RancangColumn *col;

  g_return_val_if_fail (column < tmpl->n_columns, NULL);
  col = &tmpl->columns[column];
  if (text == NULL)
    return NULL;
  for (guint i = 0; i < col->n_choices; i++)
    {
      if (same_word (text, col->choices[i].value))
        return col->choices[i].value;
      for (char **a = col->choices[i].also; *a != NULL; a++)
        if (same_word (text, *a))
          return col->choices[i].value;
    }
  return NULL;
}

RancangPlanKind
rancang_template_get_plan (const RancangTemplate *tmpl)
{
  return tmpl->plan;
}

/* The years a period plan has (2 for a year plan: its year and the next). */
guint
rancang_template_plan_n_years (const RancangTemplate *tmpl)
{
  return tmpl->n_plan_years;
}

/* The key of the target column of YEAR: 1 to n of the period, or 0 (the
 * plan year) and 1 (the next) of a year plan; NULL when there is none. */
const char *
rancang_template_plan_target (const RancangTemplate *tmpl,
                              guint                  year)
{
  guint i = tmpl->plan == RANCANG_PLAN_PERIOD ? year - 1 : year;

  if (tmpl->plan == RANCANG_PLAN_NONE || (tmpl->plan == RANCANG_PLAN_PERIOD && year == 0)
      || i >= tmpl->n_plan_years || tmpl->plan_targets[i] < 0)
    return NULL;
  return tmpl->columns[tmpl->plan_targets[i]].key;
}

const char *
rancang_template_plan_pagu (const RancangTemplate *tmpl,
                            guint                  year)
{
  guint i = tmpl->plan == RANCANG_PLAN_PERIOD ? year - 1 : year;

  if (tmpl->plan == RANCANG_PLAN_NONE || (tmpl->plan == RANCANG_PLAN_PERIOD && year == 0)
      || i >= tmpl->n_plan_years || tmpl->plan_pagu[i] < 0)
    return NULL;
  return tmpl->columns[tmpl->plan_pagu[i]].key;
}

/* --------------------------------------------------------------- loading */

typedef struct
{
  const char  *name;
  GError     **error;
} Loader;

static gboolean
invalid (Loader        *ld,
         const xmlNode *node,
         const char    *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (Loader        *ld,
         const xmlNode *node,
         const char    *format,
         ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (ld->error, RANCANG_TEMPLATE_ERROR, RANCANG_TEMPLATE_ERROR_INVALID,
               "%s:%d: %s", ld->name, node != NULL ? (int) xmlGetLineNo (node) : 0, message);
  return FALSE;
}

static char *
get_attr (const xmlNode *node,
          const char    *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
is_element (const xmlNode *node,
            const char    *name)
{
  return node->type == XML_ELEMENT_NODE
         && (name == NULL || strcmp ((const char *) node->name, name) == 0);
}

static gboolean
column_ref (Loader          *ld,
            RancangTemplate *tmpl,
            const xmlNode   *node,
            const char      *key,
            int             *out)
{
  int index = rancang_template_lookup_column (tmpl, key);

  if (index < 0)
    return invalid (ld, node, "<%s> names the column \"%s\", which the template does not have",
                    (const char *) node->name, key);
  *out = index;
  return TRUE;
}

/* An attribute holding one column key; absent is fine when !required. */
static gboolean
column_attr (Loader          *ld,
             RancangTemplate *tmpl,
             const xmlNode   *node,
             const char      *attr,
             gboolean         required,
             int             *out)
{
  g_autofree char *key = get_attr (node, attr);

  if (key == NULL)
    {
      if (required)
        return invalid (ld, node, "<%s> needs the attribute %s", (const char *) node->name, attr);
      *out = -1;
      return TRUE;
    }
  return column_ref (ld, tmpl, node, key, out);
}

static gboolean
column_list (Loader          *ld,
             RancangTemplate *tmpl,
             const xmlNode   *node,
             const char      *attr,
             int            **out,
             guint           *n_out)
{
  g_autofree char *text = get_attr (node, attr);
  g_auto(GStrv) keys = NULL;
  GArray *indices;

  *out = NULL;
  *n_out = 0;
  if (text == NULL)
    return TRUE;
  keys = g_strsplit_set (text, " \t\n,", -1);
  indices = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; keys[i] != NULL; i++)
    {
      int index;

      if (keys[i][0] == '\0')
        continue;
      if (!column_ref (ld, tmpl, node, keys[i], &index))
        {
          g_array_free (indices, TRUE);
          return FALSE;
        }
      g_array_append_val (indices, index);
    }
  *n_out = indices->len;
  *out = (int *) (void *) g_array_free (indices, FALSE);
  return TRUE;
}

static gboolean
parse_derivation (Loader            *ld,
                  RancangTemplate   *tmpl,
                  const xmlNode     *node,
                  RancangDerivation *d)
{
  guint kind;
  g_autofree char *when = NULL;

  memset (d, 0, sizeof *d);
  d->when_column = d->polarity_column = -1;

  for (kind = 0; kind < G_N_ELEMENTS (derive_kinds); kind++)
    if (is_element (node, derive_kinds[kind].element))
      break;
  if (kind == G_N_ELEMENTS (derive_kinds))
    return invalid (ld, node, "<%s> is not a derivation; expected ratio, sum, last, difference, "
                    "product or rollup", (const char *) node->name);
  d->kind = derive_kinds[kind].kind;

  if (d->kind == RANCANG_DERIVE_RATIO)
    {
      d->args = g_new (int, 2);
      d->n_args = 2;
      if (!column_attr (ld, tmpl, node, "num", TRUE, &d->args[0])
          || !column_attr (ld, tmpl, node, "den", TRUE, &d->args[1])
          || !column_attr (ld, tmpl, node, "polarity", FALSE, &d->polarity_column))
        return FALSE;
    }
  else if (!column_list (ld, tmpl, node, "of", &d->args, &d->n_args))
    return FALSE;

  if (d->n_args < derive_kinds[kind].min_args || d->n_args > derive_kinds[kind].max_args)
    return invalid (ld, node, "<%s> takes %s columns in its attribute of", derive_kinds[kind].element,
                    d->kind == RANCANG_DERIVE_ROLLUP ? "no" : derive_kinds[kind].max_args == 2 ? "two" : "one or more");

  {
    g_autofree char *unless = get_attr (node, "unless-typed");
    d->unless_typed = g_strcmp0 (unless, "true") == 0;
  }

  when = get_attr (node, "when");
  if (when != NULL)
    {
      const char *eq = strchr (when, '=');
      g_autofree char *key = NULL;

      if (eq == NULL || eq == when)
        return invalid (ld, node, "when=\"%s\" is not of the form column=value or column!=value", when);
      d->when_negated = eq[-1] == '!';
      key = g_strndup (when, (gsize) (eq - when) - (d->when_negated ? 1 : 0));
      if (!column_ref (ld, tmpl, node, key, &d->when_column))
        return FALSE;
      d->when_value = g_strdup (eq + 1);
    }
  return TRUE;
}

/* <choice value="kumulatif" also="ya"/> children: the values a cell of
 * the column takes, each with the other words offices write for it
 * (separated by ";"); choices="open" on the column: a list of common
 * values, others as good (sumber dana). */
static gboolean
parse_choices (Loader        *ld,
               const xmlNode *node,
               RancangColumn *col)
{
  g_autofree char *open = get_attr (node, "choices");
  g_autoptr(GStrvBuilder) values = g_strv_builder_new ();
  GArray *choices = g_array_new (FALSE, TRUE, sizeof (RancangChoice));

  if (open != NULL && strcmp (open, "open") != 0)
    {
      g_array_free (choices, TRUE);
      return invalid (ld, node, "choices=\"%s\": expected open", open);
    }
  col->choices_open = open != NULL;
  for (const xmlNode *child = node->children; child != NULL; child = child->next)
    {
      RancangChoice choice = { 0 };
      g_autofree char *also = NULL;

      if (!is_element (child, "choice"))
        continue;
      choice.value = get_attr (child, "value");
      if (choice.value == NULL || *g_strstrip (choice.value) == '\0')
        {
          g_free (choice.value);
          col->choices = (RancangChoice *) (void *) choices->data;
          col->n_choices = choices->len;
          g_array_free (choices, FALSE);
          return invalid (ld, child, "a <choice> needs a value");
        }
      also = get_attr (child, "also");
      choice.also = g_strsplit (also != NULL ? also : "", ";", -1);
      for (char **a = choice.also; *a != NULL; a++)
        g_strstrip (*a);
      g_strv_builder_add (values, choice.value);
      g_clear_pointer (&choice.value, g_free);   /* the builder's copy stands */
      g_array_append_val (choices, choice);
    }
  col->n_choices = choices->len;
  col->choices = (RancangChoice *) (void *) g_array_free (choices, FALSE);
  if (col->n_choices > 0)
    {
      /* the value of each choice is the string of choice_values */
      col->choice_values = g_strv_builder_end (values);
      for (guint i = 0; i < col->n_choices; i++)
        col->choices[i].value = col->choice_values[i];
    }
  else if (col->choices_open)
    return invalid (ld, node, "choices=\"open\" needs <choice> values");
  return TRUE;
}

static gboolean
parse_column (Loader          *ld,
              RancangTemplate *tmpl,
              const xmlNode   *node,
              RancangColumn   *col)
{
  g_autofree char *type = get_attr (node, "type");
  g_autofree char *decimals = get_attr (node, "decimals");

  col->key = get_attr (node, "key");
  col->number = get_attr (node, "number");
  col->header = get_attr (node, "header");
  col->group = get_attr (node, "group");
  if (col->key == NULL || col->key[0] == '\0')
    return invalid (ld, node, "a <column> needs a key");
  if (col->header == NULL)
    col->header = g_strdup (col->key);
  col->type = RANCANG_COLUMN_TEXT;
  if (type != NULL && !column_type_from_string (type, &col->type))
    return invalid (ld, node, "type=\"%s\": expected text, count, decimal, money or percent", type);
  col->decimals = col->type == RANCANG_COLUMN_PERCENT ? 2 : 0;
  if (decimals != NULL)
    {
      guint64 n;

      if (!g_ascii_string_to_unsigned (decimals, 10, 0, 9, &n, NULL))
        return invalid (ld, node, "decimals=\"%s\": expected 0 to 9", decimals);
      col->decimals = (guint) n;
    }
  return parse_choices (ld, node, col);
}

/* Row-local derived columns in an order where every column comes after the
 * columns it reads; a cycle is an error. */
static gboolean
sort_columns (Loader          *ld,
              RancangTemplate *tmpl,
              const xmlNode   *root)
{
  guint64 pending = 0;

  tmpl->order = g_new (guint, tmpl->n_columns);
  tmpl->n_order = 0;
  for (guint i = 0; i < tmpl->n_columns; i++)
    if (tmpl->columns[i].row_local)
      pending |= G_GUINT64_CONSTANT (1) << i;

  while (pending != 0)
    {
      gboolean progress = FALSE;

      for (guint i = 0; i < tmpl->n_columns; i++)
        {
          guint64 bit = G_GUINT64_CONSTANT (1) << i;

          if ((pending & bit) && (tmpl->columns[i].depends_on & pending & ~bit) == 0)
            {
              tmpl->order[tmpl->n_order++] = i;
              pending &= ~bit;
              progress = TRUE;
            }
        }
      if (!progress)
        return invalid (ld, root, "the derived columns depend on each other in a cycle");
    }
  return TRUE;
}

/* <plan years=... pagu=...> (a period) or <plan target=... pagu=...
 * next-target=... next-pagu=...> (a year and the next). */
static gboolean
parse_plan (Loader          *ld,
            RancangTemplate *tmpl,
            const xmlNode   *node)
{
  g_autofree char *years = get_attr (node, "years");

  if (tmpl->plan != RANCANG_PLAN_NONE)
    return invalid (ld, node, "a template has one <plan>");
  if (years != NULL)
    {
      g_autofree int *pagu = NULL;
      guint n_pagu;

      tmpl->plan = RANCANG_PLAN_PERIOD;
      if (!column_list (ld, tmpl, node, "years", &tmpl->plan_targets, &tmpl->n_plan_years)
          || !column_list (ld, tmpl, node, "pagu", &pagu, &n_pagu))
        return FALSE;
      if (tmpl->n_plan_years == 0)
        return invalid (ld, node, "<plan years=...> names the target column of each year");
      if (n_pagu != 0 && n_pagu != tmpl->n_plan_years)
        return invalid (ld, node, "<plan pagu=...> names one column per year, as years= does");
      tmpl->plan_pagu = g_new (int, tmpl->n_plan_years);
      for (guint i = 0; i < tmpl->n_plan_years; i++)
        tmpl->plan_pagu[i] = n_pagu != 0 ? pagu[i] : -1;
      return TRUE;
    }
  tmpl->plan = RANCANG_PLAN_YEAR;
  tmpl->n_plan_years = 2;
  tmpl->plan_targets = g_new (int, 2);
  tmpl->plan_pagu = g_new (int, 2);
  return column_attr (ld, tmpl, node, "target", TRUE, &tmpl->plan_targets[0])
         && column_attr (ld, tmpl, node, "pagu", FALSE, &tmpl->plan_pagu[0])
         && column_attr (ld, tmpl, node, "next-target", FALSE, &tmpl->plan_targets[1])
         && column_attr (ld, tmpl, node, "next-pagu", FALSE, &tmpl->plan_pagu[1]);
}

static gboolean
parse_extra (Loader          *ld,
             RancangTemplate *tmpl,
             const xmlNode   *node)
{
  if (is_element (node, "totals"))
    {
      g_autofree int *cols = NULL;
      guint n;

      if (!column_attr (ld, tmpl, node, "group-by", FALSE, &tmpl->group_by)
          || !column_list (ld, tmpl, node, "columns", &cols, &n))
        return FALSE;
      for (guint i = 0; i < n; i++)
        tmpl->columns[cols[i]].total = TRUE;
      return TRUE;
    }
  if (is_element (node, "weights"))
    return column_attr (ld, tmpl, node, "column", TRUE, &tmpl->weights_column)
           && column_attr (ld, tmpl, node, "group-by", TRUE, &tmpl->weights_group);
  if (is_element (node, "index"))
    {
      tmpl->index_name = get_attr (node, "name");
      tmpl->index_plus = get_attr (node, "plus");
      tmpl->index_minus = get_attr (node, "minus");
      if (tmpl->index_name == NULL || tmpl->index_plus == NULL || tmpl->index_minus == NULL)
        return invalid (ld, node, "<index> needs name, column, plus and minus");
      if (tmpl->group_by < 0)
        return invalid (ld, node, "<index> needs a <totals group-by=...> before it");
      return column_attr (ld, tmpl, node, "column", TRUE, &tmpl->index_column);
    }
  if (is_element (node, "quarters"))
    {
      g_autofree int *cols = NULL;
      guint n;

      if (!column_attr (ld, tmpl, node, "target", TRUE, &tmpl->quarters_target)
          || !column_attr (ld, tmpl, node, "mode", TRUE, &tmpl->quarters_mode)
          || !column_list (ld, tmpl, node, "of", &cols, &n))
        return FALSE;
      if (n != 4)
        return invalid (ld, node, "<quarters of=...> names four columns, one per triwulan");
      memcpy (tmpl->quarters, cols, sizeof tmpl->quarters);
      return TRUE;
    }
  if (is_element (node, "tows"))
    return column_attr (ld, tmpl, node, "refs", TRUE, &tmpl->tows_refs)
           && column_attr (ld, tmpl, node, "quadrant", FALSE, &tmpl->tows_quadrant);
  if (is_element (node, "plan"))
    return parse_plan (ld, tmpl, node);
  return invalid (ld, node, "unexpected element <%s>", (const char *) node->name);
}

static gboolean
load_template (Loader          *ld,
               RancangTemplate *tmpl,
               const xmlNode   *root)
{
  GArray *columns = g_array_new (FALSE, TRUE, sizeof (RancangColumn));
  const xmlNode *node;

  /* Columns first, so that derivations may name columns further right. */
  for (node = root->children; node != NULL; node = node->next)
    {
      RancangColumn col = { 0 };

      if (is_element (node, "title") && tmpl->title == NULL)
        {
          xmlChar *text = xmlNodeGetContent (node);
          tmpl->title = g_strdup ((const char *) text);
          xmlFree (text);
          continue;
        }
      if (!is_element (node, "column"))
        continue;
      if (columns->len == MAX_COLUMNS)
        {
          invalid (ld, node, "a template has at most %d columns", MAX_COLUMNS);
          goto fail;
        }
      g_array_append_val (columns, col);
      tmpl->n_columns = columns->len;
      tmpl->columns = (RancangColumn *) (void *) columns->data;
      if (!parse_column (ld, tmpl, node, &g_array_index (columns, RancangColumn, columns->len - 1)))
        goto fail;
      {
        const char *key = g_array_index (columns, RancangColumn, columns->len - 1).key;

        if (rancang_template_lookup_column (tmpl, key) != (int) columns->len - 1)
          {
            invalid (ld, node, "the column \"%s\" appears twice", key);
            goto fail;
          }
      }
    }
  tmpl->n_columns = columns->len;
  tmpl->columns = (RancangColumn *) (void *) g_array_free (columns, FALSE);
  columns = NULL;
  if (tmpl->n_columns == 0)
    return invalid (ld, root, "a template needs at least one <column>");

  /* Then the derivations of each column. */
  guint index = 0;
  for (node = root->children; node != NULL; node = node->next)
    {
      RancangColumn *col;
      GArray *derivations;

      if (!is_element (node, "column"))
        continue;
      col = &tmpl->columns[index++];
      derivations = g_array_new (FALSE, TRUE, sizeof (RancangDerivation));
      for (const xmlNode *child = node->children; child != NULL; child = child->next)
        {
          RancangDerivation d;

          if (!is_element (child, NULL) || is_element (child, "choice"))
            continue;
          if (!parse_derivation (ld, tmpl, child, &d))
            {
              g_free (d.args);
              g_free (d.when_value);
              col->derivations = (RancangDerivation *) (void *) derivations->data;
              col->n_derivations = derivations->len;
              g_array_free (derivations, FALSE);
              return FALSE;
            }
          g_array_append_val (derivations, d);
        }
      col->n_derivations = derivations->len;
      col->derivations = (RancangDerivation *) (void *) g_array_free (derivations, FALSE);

      for (guint j = 0; j < col->n_derivations; j++)
        {
          const RancangDerivation *d = &col->derivations[j];

          if (d->kind == RANCANG_DERIVE_ROLLUP)
            {
              if (col->n_derivations != 1)
                return invalid (ld, node, "a <rollup/> column has no other derivation");
              col->rollup = col->total = TRUE;
              continue;
            }
          col->row_local = TRUE;
          for (guint k = 0; k < d->n_args; k++)
            col->depends_on |= G_GUINT64_CONSTANT (1) << d->args[k];
          if (d->when_column >= 0)
            col->depends_on |= G_GUINT64_CONSTANT (1) << d->when_column;
          if (d->polarity_column >= 0)
            col->depends_on |= G_GUINT64_CONSTANT (1) << d->polarity_column;
        }
      if (col->n_derivations > 0 && col->type == RANCANG_COLUMN_TEXT)
        return invalid (ld, node, "the derived column \"%s\" needs a numeric type", col->key);
    }

  for (node = root->children; node != NULL; node = node->next)
    if (is_element (node, NULL) && !is_element (node, "column") && !is_element (node, "title"))
      if (!parse_extra (ld, tmpl, node))
        return FALSE;

  tmpl->level_column = rancang_template_lookup_column (tmpl, "level");
  tmpl->kode_column = rancang_template_lookup_column (tmpl, "kode");
  return sort_columns (ld, tmpl, root);

fail:
  tmpl->n_columns = columns->len;
  tmpl->columns = (RancangColumn *) (void *) g_array_free (columns, FALSE);
  return FALSE;
}

RancangTemplate *
rancang_template_new_from_data (const char  *data,
                                gsize        length,
                                const char  *name,
                                GError     **error)
{
  Loader ld = { name, error };
  xmlDocPtr xml;
  xmlNodePtr root;
  RancangTemplate *tmpl = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (length > MAX_TEMPLATE_SIZE)
    {
      g_set_error (error, RANCANG_TEMPLATE_ERROR, RANCANG_TEMPLATE_ERROR_MALFORMED,
                   "%s: too large for a table template", name);
      return NULL;
    }
  /* No network, no entity substitution, no DTD: a template is plain data. */
  xml = xmlReadMemory (data, (int) length, name, NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (xml == NULL || xml->intSubset != NULL || xml->extSubset != NULL)
    {
      g_set_error (error, RANCANG_TEMPLATE_ERROR, RANCANG_TEMPLATE_ERROR_MALFORMED,
                   "%s: not a well-formed XML file without a DTD", name);
      goto out;
    }
  root = xmlDocGetRootElement (xml);
  if (root == NULL || !is_element (root, "template"))
    {
      invalid (&ld, root, "the root element must be <template>");
      goto out;
    }
  id = get_attr (root, "id");
  if (id == NULL || id[0] == '\0')
    {
      invalid (&ld, root, "<template> needs an id");
      goto out;
    }
  tmpl = template_alloc (id);
  if (!load_template (&ld, tmpl, root))
    g_clear_pointer (&tmpl, rancang_template_unref);

out:
  if (xml != NULL)
    xmlFreeDoc (xml);
  return tmpl;
}

/* The template of a table whose columns are its own (<columns> in the
 * document): nothing derived. */
RancangTemplate *
rancang_template_new_generic (const RancangNode *columns)
{
  RancangTemplate *tmpl = template_alloc ("generic");
  GArray *array = g_array_new (FALSE, TRUE, sizeof (RancangColumn));
  guint number = 1;

  for (RancangNode *node = columns != NULL ? rancang_node_get_first_child (columns) : NULL;
       node != NULL; node = rancang_node_get_next (node))
    {
      RancangColumn col = { 0 };
      const char *type = rancang_node_get_attr (node, "type");

      if (!rancang_node_is (node, "column") || rancang_node_get_attr (node, "key") == NULL)
        continue;
      col.key = g_strdup (rancang_node_get_attr (node, "key"));
      col.number = g_strdup_printf ("%u", number++);
      col.header = rancang_node_dup_content (node);
      col.group = g_strdup (rancang_node_get_attr (node, "group"));
      if (type == NULL || !column_type_from_string (type, &col.type))
        col.type = RANCANG_COLUMN_TEXT;
      col.decimals = col.type == RANCANG_COLUMN_PERCENT ? 2 : 0;
      g_array_append_val (array, col);
    }
  tmpl->n_columns = array->len;
  tmpl->columns = (RancangColumn *) (void *) g_array_free (array, FALSE);
  tmpl->order = g_new (guint, 1);
  tmpl->kode_column = rancang_template_lookup_column (tmpl, "kode");
  tmpl->level_column = rancang_template_lookup_column (tmpl, "level");
  return tmpl;
}

/* ------------------------------------------------------------------- sets */

RancangTemplateSet *
rancang_template_set_new (void)
{
  RancangTemplateSet *set = g_new0 (RancangTemplateSet, 1);

  set->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                      (GDestroyNotify) rancang_template_unref);
  return set;
}

void
rancang_template_set_free (RancangTemplateSet *set)
{
  if (set == NULL)
    return;
  g_hash_table_destroy (set->by_id);
  g_free (set);
}

/* Takes TMPL; a later template of the same id replaces the earlier, so an
 * office's own file wins over the built-in one. */
gboolean
rancang_template_set_add (RancangTemplateSet *set,
                          RancangTemplate    *tmpl)
{
  gboolean replaced = g_hash_table_contains (set->by_id, tmpl->id);

  g_hash_table_replace (set->by_id, tmpl->id, tmpl);
  return !replaced;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The ids of the built-in templates (the files of resources/tables/), in
 * alphabetical order: the one list of them. */
char **
rancang_template_builtin_ids (void)
{
  g_auto(GStrv) names = g_resources_enumerate_children (TABLES_RESOURCE_DIR, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (g_str_has_suffix (names[i], ".xml"))
      g_ptr_array_add (ids, g_strndup (names[i], strlen (names[i]) - 4));
  g_ptr_array_sort (ids, compare_ids);
  g_ptr_array_add (ids, NULL);
  return (char **) g_ptr_array_free (ids, FALSE);
}

RancangTemplateSet *
rancang_template_set_new_builtin (GError **error)
{
  g_autoptr(RancangTemplateSet) set = rancang_template_set_new ();
  g_auto(GStrv) ids = rancang_template_builtin_ids ();

  if (ids[0] == NULL)
    {
      g_set_error (error, RANCANG_TEMPLATE_ERROR, RANCANG_TEMPLATE_ERROR_NOT_FOUND,
                   "the built-in table templates are missing from %s", TABLES_RESOURCE_DIR);
      return NULL;
    }
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (TABLES_RESOURCE_DIR, ids[i], ".xml", NULL);
      g_autoptr(GBytes) bytes = NULL;
      RancangTemplate *tmpl;
      gsize size;
      const char *data;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return NULL;
      data = g_bytes_get_data (bytes, &size);
      tmpl = rancang_template_new_from_data (data, size, path, error);
      if (tmpl == NULL)
        return NULL;
      rancang_template_set_add (set, tmpl);
    }
  return g_steal_pointer (&set);
}

/* The built-in templates, loaded once and shared by the whole process:
 * for code that needs to know what a template says without a set of its
 * own. Never to be changed (no rancang_template_set_add()); NULL if the
 * built-in templates cannot be read. */
RancangTemplateSet *
rancang_template_set_get_builtin (void)
{
  static gsize loaded;
  static RancangTemplateSet *builtin;

  if (g_once_init_enter (&loaded))
    {
      builtin = rancang_template_set_new_builtin (NULL);
      g_once_init_leave (&loaded, 1);
    }
  return builtin;
}

gboolean
rancang_template_set_add_file (RancangTemplateSet  *set,
                               const char          *path,
                               GError             **error)
{
  g_autofree char *data = NULL;
  gsize length;
  RancangTemplate *tmpl;

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;
  tmpl = rancang_template_new_from_data (data, length, path, error);
  if (tmpl == NULL)
    return FALSE;
  rancang_template_set_add (set, tmpl);
  return TRUE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Every *.xml in PATH, in name order so that the result does not depend on
 * the file system. */
gboolean
rancang_template_set_add_directory (RancangTemplateSet  *set,
                                    const char          *path,
                                    GError             **error)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    if (!rancang_template_set_add_file (set, g_ptr_array_index (names, i), error))
      return FALSE;
  return TRUE;
}

RancangTemplate *
rancang_template_set_lookup (RancangTemplateSet *set,
                             const char         *id)
{
  return g_hash_table_lookup (set->by_id, id);
}

/* The template for TABLE, a <table> element, with a new reference: a generic
 * table gets one made from its own <columns>. */
RancangTemplate *
rancang_template_set_for_table (RancangTemplateSet  *set,
                                const RancangNode   *table,
                                GError             **error)
{
  const char *id = rancang_node_get_attr (table, "template");
  RancangTemplate *tmpl;

  if (id == NULL || strcmp (id, "generic") == 0)
    return rancang_template_new_generic (rancang_node_get_child (table, "columns"));
  tmpl = rancang_template_set_lookup (set, id);
  if (tmpl == NULL)
    {
      g_set_error (error, RANCANG_TEMPLATE_ERROR, RANCANG_TEMPLATE_ERROR_NOT_FOUND,
                   "table %s: there is no table template \"%s\"",
                   rancang_node_get_attr (table, "id") ? rancang_node_get_attr (table, "id") : "?", id);
      return NULL;
    }
  return rancang_template_ref (tmpl);
}
