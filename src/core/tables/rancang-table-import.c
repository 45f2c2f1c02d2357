/* rancang-table-import.c: CSV records to a <table>; rows pasted from a
 * spreadsheet and copied out to one. rancang-table-insert.c puts the table
 * into a document. */
#include "rancang-table-import.h"

#include <string.h>

#include <gio/gio.h>

#include "rancang-compute.h"
#include "rancang-numbering.h"

/* A cell error carries the cells it names, through g_propagate_error()
 * and g_error_copy(), for the interface to word. */
typedef struct
{
  GPtrArray *cells;   /* of RancangImportCellError */
  guint      n_more;
} RancangImportErrorPrivate;

static void
cell_error_free (RancangImportCellError *cell)
{
  g_free (cell->line_text);
  g_free (cell->name);
  g_free (cell->column);
  g_clear_error (&cell->number_error);
  g_free (cell);
}

static gpointer
cell_error_copy (gconstpointer src,
                 gpointer      data G_GNUC_UNUSED)
{
  const RancangImportCellError *from = src;
  RancangImportCellError *cell = g_new0 (RancangImportCellError, 1);

  cell->line_text = g_strdup (from->line_text);
  cell->name = g_strdup (from->name);
  cell->line = from->line;
  cell->column = g_strdup (from->column);
  cell->number_error = from->number_error != NULL ? g_error_copy (from->number_error) : NULL;
  return cell;
}

static void
rancang_import_error_private_init (RancangImportErrorPrivate *priv)
{
  priv->cells = NULL;
  priv->n_more = 0;
}

static void
rancang_import_error_private_copy (const RancangImportErrorPrivate *src,
                                   RancangImportErrorPrivate       *dest)
{
  dest->cells = src->cells != NULL ? g_ptr_array_copy (src->cells, cell_error_copy, NULL) : NULL;
  if (dest->cells != NULL)
    g_ptr_array_set_free_func (dest->cells, (GDestroyNotify) cell_error_free);
  dest->n_more = src->n_more;
}

static void
rancang_import_error_private_clear (RancangImportErrorPrivate *priv)
{
  g_clear_pointer (&priv->cells, g_ptr_array_unref);
}

G_DEFINE_EXTENDED_ERROR (RancangImportError, rancang_import_error)

GPtrArray *
rancang_import_error_get_cells (const GError *error,
                                guint        *n_more)
{
  RancangImportErrorPrivate *priv;

  g_return_val_if_fail (error != NULL, NULL);

  priv = error->domain == RANCANG_IMPORT_ERROR ? rancang_import_error_get_private (error) : NULL;
  if (n_more != NULL)
    *n_more = priv != NULL ? priv->n_more : 0;
  return priv != NULL ? priv->cells : NULL;
}

/* ERROR (just set, a cell error) names the cell NAME:LINE, COLUMN, which
 * NUMBER_ERROR refused (or NULL). */
static void
name_cell (GError       **error,
           const char    *name,
           guint          line,
           const char    *column,
           const GError  *number_error)
{
  RancangImportErrorPrivate *priv;
  RancangImportCellError *cell;

  if (error == NULL || *error == NULL)
    return;
  priv = rancang_import_error_get_private (*error);
  cell = g_new0 (RancangImportCellError, 1);
  cell->line_text = g_strdup ((*error)->message);
  cell->name = g_strdup (name);
  cell->line = line;
  cell->column = g_strdup (column);
  cell->number_error = number_error != NULL ? g_error_copy (number_error) : NULL;
  if (priv->cells == NULL)
    priv->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_error_free);
  g_ptr_array_add (priv->cells, cell);
}


typedef enum
{
  ROLE_IGNORED,    /* a blank header cell: its cells must be blank too */
  ROLE_LEVEL,      /* the row's level attribute */
  ROLE_KODE,       /* the row's kode attribute */
  ROLE_CELL,       /* a <c k="KEY"> */
} Role;

typedef struct
{
  Role               role;
  char              *key;        /* ROLE_CELL */
  char              *header;     /* generic: the text of the <column> */
  int                column;     /* template column, or -1 (generic) */
  RancangColumnType  type;
  gboolean           derived;
} ImportColumn;

typedef struct
{
  const char                 *name;
  RancangTemplate            *tmpl;     /* NULL: generic */
  const RancangImportOptions *options;
  ImportColumn               *columns;  /* one per header cell */
  guint                       n_columns;
  int                         level;    /* header index, or -1 */
  int                         satuan;   /* header index of the satuan column, or -1 */
  int                         satuan_column;   /* the template's satuan column, or -1 */
  gboolean                    computed;  /* cells of derived columns are dropped, not stated */
  gboolean                    implicit;  /* no header: the template's typed columns */
} Import;

static void
import_clear (Import *im)
{
  for (guint i = 0; i < im->n_columns; i++)
    {
      g_free (im->columns[i].key);
      g_free (im->columns[i].header);
    }
  g_free (im->columns);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  while (g_ascii_isspace (*text))
    text++;
  return *text == '\0';
}

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/* ---------------------------------------------------------------- header */

/* "Tahun 2020" -> "tahun-2020", "Harga Beli / Perolehan" -> "harga-beli-perolehan",
 * "Kurang_Baik" -> "kurang_baik"; "" when nothing is left. */
static char *
key_from_header (const char *header)
{
  g_autofree char *ascii = g_str_to_ascii (header, "C");
  GString *key = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p) || *p == '_')
        g_string_append_c (key, g_ascii_tolower (*p));
      else if (key->len > 0 && key->str[key->len - 1] != '-')
        g_string_append_c (key, '-');
    }
  while (key->len > 0 && key->str[key->len - 1] == '-')
    g_string_truncate (key, key->len - 1);
  return g_string_free (key, FALSE);
}

/* The template's column keys, for messages: "level, kode, uraian, ...". */
static char *
template_keys (RancangTemplate *tmpl)
{
  GString *out = g_string_new (NULL);

  if (rancang_template_lookup_column (tmpl, "level") < 0)
    g_string_append (out, "level, ");
  if (rancang_template_lookup_column (tmpl, "kode") < 0)
    g_string_append (out, "kode, ");
  for (guint c = 0; c < rancang_template_get_n_columns (tmpl); c++)
    {
      if (c > 0)
        g_string_append (out, ", ");
      g_string_append (out, rancang_template_column_key (tmpl, c));
    }
  return g_string_free (out, FALSE);
}

static int
lookup_key (RancangTemplate *tmpl,
            const char      *key)
{
  int c = rancang_template_lookup_column (tmpl, key);

  if (c >= 0)
    return c;
  for (guint i = 0; i < rancang_template_get_n_columns (tmpl); i++)
    if (g_ascii_strcasecmp (rancang_template_column_key (tmpl, i), key) == 0)
      return (int) i;
  /* The printed header ("Satuan", "Realisasi Renja PD Tahun n-2"), as a
   * copy out of the table editor writes it. */
  for (guint i = 0; i < rancang_template_get_n_columns (tmpl); i++)
    {
      const char *header = rancang_template_column_header (tmpl, i);
      g_autofree char *a = NULL, *b = NULL;

      if (header == NULL)
        continue;
      a = g_utf8_casefold (header, -1);
      b = g_utf8_casefold (key, -1);
      if (strcmp (a, b) == 0)
        return (int) i;
    }
  return -1;
}

static gboolean
read_header (Import                 *im,
             const RancangCsvRecord *header,
             GError                **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  im->n_columns = header->n_fields;
  im->columns = g_new0 (ImportColumn, im->n_columns);
  im->level = im->satuan = -1;
  im->satuan_column = im->tmpl != NULL ? rancang_template_lookup_column (im->tmpl, "satuan") : -1;

  for (guint i = 0; i < im->n_columns; i++)
    {
      ImportColumn *col = &im->columns[i];
      g_autofree char *text = trimmed (header->fields[i]);
      g_autofree char *lower = g_ascii_strdown (text, -1);
      g_autoptr(GError) local = NULL;
      gpointer first;

      col->column = -1;
      if (*text == '\0')
        {
          col->role = ROLE_IGNORED;
          continue;
        }
      if (!rancang_text_is_storable (text, FALSE, &local))
        {
          g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_HEADER,
                       "%s:%u: header cell %u: %s", im->name, header->line, i + 1, local->message);
          return FALSE;
        }

      if (strcmp (lower, "level") == 0)
        {
          col->role = ROLE_LEVEL;
          col->key = g_strdup ("level");
        }
      else if (im->tmpl == NULL)
        {
          /* Generic: the header text names the column. */
          g_autofree char *base = key_from_header (text);
          guint n = 1;

          col->role = ROLE_CELL;
          col->type = RANCANG_COLUMN_TEXT;
          col->header = g_strdup (text);
          g_strdelimit (col->header, "\r\n", ' ');
          if (*base == '\0')
            {
              g_free (base);
              base = g_strdup_printf ("kolom-%u", i + 1);
            }
          col->key = g_strdup (base);
          while (g_hash_table_contains (seen, col->key))
            {
              g_free (col->key);
              col->key = g_strdup_printf ("%s-%u", base, ++n);
            }
        }
      else if (strcmp (lower, "kode") == 0)
        {
          col->role = ROLE_KODE;
          col->key = g_strdup ("kode");
        }
      else
        {
          int c = lookup_key (im->tmpl, text);

          if (c < 0)
            {
              g_autofree char *keys = template_keys (im->tmpl);

              g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_HEADER,
                           "%s:%u: the header names the column “%s”, which the template %s does not "
                           "have; its columns are: %s",
                           im->name, header->line, text, rancang_template_get_id (im->tmpl), keys);
              return FALSE;
            }
          col->role = ROLE_CELL;
          col->column = c;
          col->key = g_strdup (rancang_template_column_key (im->tmpl, (guint) c));
          col->type = rancang_template_column_type (im->tmpl, (guint) c);
          col->derived = rancang_template_column_is_derived (im->tmpl, (guint) c);
          if (strcmp (col->key, "satuan") == 0)
            im->satuan = (int) i;
        }

      if (g_hash_table_lookup_extended (seen, col->key, NULL, &first))
        {
          g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_HEADER,
                       "%s:%u: the header names the column %s twice (cells %u and %u)",
                       im->name, header->line, col->key, GPOINTER_TO_UINT (first) + 1, i + 1);
          return FALSE;
        }
      g_hash_table_insert (seen, col->key, GUINT_TO_POINTER (i));
      if (col->role == ROLE_LEVEL)
        im->level = (int) i;
    }

  if (im->tmpl != NULL && im->level < 0 && rancang_template_lookup_column (im->tmpl, "level") >= 0)
    {
      g_autofree char *level_names = rancang_level_names ();

      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_HEADER,
                   "%s:%u: the header has no column level; the template %s adds its rows up by "
                   "their level, so give each row one (%s), or none for one more indicator of "
                   "the row above",
                   im->name, header->line, rancang_template_get_id (im->tmpl), level_names);
      return FALSE;
    }
  return TRUE;
}

/* ----------------------------------------------------------------- cells */

/* VALUE in plain C form with the decimals it was typed with: "98.50". */
static char *
c_form (RancangDecimal value)
{
  g_autofree char *plain = rancang_decimal_to_c_string (value);
  const char *dot = strchr (plain, '.');
  guint have = dot != NULL ? (guint) strlen (dot + 1) : 0;
  GString *out = g_string_new (plain);

  if (value.scale > have && dot == NULL)
    g_string_append_c (out, '.');
  for (; have < value.scale; have++)
    g_string_append_c (out, '0');
  return g_string_free (out, FALSE);
}

static gboolean
is_percent_unit (const char *unit)
{
  return g_ascii_strcasecmp (unit, "%") == 0 || g_ascii_strcasecmp (unit, "persen") == 0;
}

static gboolean
same_unit (const char *a,
           const char *b)
{
  return g_utf8_collate (a, b) == 0 || g_ascii_strcasecmp (a, b) == 0
         || (is_percent_unit (a) && is_percent_unit (b));
}

/* Reads the cell TEXT (trimmed, not blank) of a numeric column: *STORED is
 * what the <c> holds; *UNIT (inline in PARSED) the unit that came with the
 * number, for the satuan column, or NULL. */
static gboolean
read_number (Import              *im,
             const ImportColumn  *col,
             guint                line,
             const char          *text,
             RancangParsedNumber *parsed,
             char               **stored,
             const char         **unit,
             GError             **error)
{
  g_autoptr(GError) local = NULL;

  *unit = NULL;
  if (!rancang_parse_number (text, im->options->numbers, parsed, &local))
    {
      if (col->derived && *text == '#')
        {
          /* "#DIV/0!" typed in the original: a stated value the checker reports. */
          *stored = g_strdup (text);
          return TRUE;
        }
      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL,
                   "%s:%u: column %s: %s", im->name, line, col->key, local->message);
      name_cell (error, im->name, line, col->key, local);
      return FALSE;
    }
  if (parsed->kind == RANCANG_PARSED_EMPTY)
    {
      *stored = g_strdup (text);
      return TRUE;
    }

  if (parsed->unit[0] != '\0' || parsed->percent)
    {
      const char *u = parsed->unit[0] != '\0' ? parsed->unit : "%";

      if (col->type == RANCANG_COLUMN_PERCENT)
        {
          if (!is_percent_unit (u))
            {
              g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL,
                           "%s:%u: column %s: “%s” has the unit “%s”, but the column holds percentages",
                           im->name, line, col->key, text, u);
              return FALSE;
            }
        }
      else if (col->type == RANCANG_COLUMN_MONEY && g_ascii_strcasecmp (u, "rupiah") == 0)
        ;
      else if (im->satuan_column < 0)
        {
          g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL,
                       "%s:%u: column %s: “%s” is a number with the unit “%s”, and there is no satuan "
                       "column to put the unit in; give the number alone, or add a satuan column",
                       im->name, line, col->key, text, u);
          return FALSE;
        }
      else
        *unit = u;
    }
  *stored = c_form (parsed->value);
  return TRUE;
}

/* --------------------------------------------------------------------- rows */

static RancangNode *
new_cell (const char *key,
          const char *text)
{
  RancangNode *cell = rancang_node_new_element ("c");

  rancang_node_set_attr (cell, "k", key);
  rancang_node_set_content (cell, text);
  return cell;
}

/* The <row> of one record, or NULL with *ERROR set; NULL without error
 * for a record whose cells are all blank. */
static RancangNode *
read_row (Import                 *im,
          const RancangCsvRecord *record,
          gboolean                first,
          GError                **error)
{
  g_autoptr(RancangNode) row = NULL;
  g_autoptr(GPtrArray) cells = NULL;     /* trimmed text per header cell */
  g_autofree char **stored = NULL;       /* per header cell, owned by STORE */
  g_autoptr(GPtrArray) store = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *satuan = NULL;
  g_autofree char *level_owned = NULL;
  const char *level = NULL;
  gboolean satuan_only = FALSE;
  int last = -1;
  guint line = record->line;

  for (guint i = 0; i < record->n_fields; i++)
    if (!is_blank (record->fields[i]))
      last = (int) i;
  if (last < 0)
    return NULL;
  if ((guint) last >= im->n_columns && im->implicit)
    {
      GString *keys = g_string_new (NULL);

      for (guint i = 0; i < im->n_columns; i++)
        g_string_append_printf (keys, "%s%s", i > 0 ? ", " : "", im->columns[i].key);
      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL,
                   "%s:%u: the row has %d cells, but without a header line the cells are the %u typed "
                   "columns of the template %s: %s; copy a header line with the cells to choose others",
                   im->name, line, last + 1, im->n_columns, rancang_template_get_id (im->tmpl), keys->str);
      g_string_free (keys, TRUE);
      return NULL;
    }
  if ((guint) last >= im->n_columns)
    {
      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL,
                   "%s:%u: the row has %d cells, but the header names %u columns",
                   im->name, line, last + 1, im->n_columns);
      return NULL;
    }

  cells = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < im->n_columns; i++)
    g_ptr_array_add (cells, trimmed (i < record->n_fields ? record->fields[i] : NULL));
  stored = g_new0 (char *, im->n_columns);

  row = rancang_node_new_element ("row");

  /* The level. */
  if (im->level >= 0)
    {
      const char *text = g_ptr_array_index (cells, im->level);

      if (*text != '\0')
        {
          char *w;

          level_owned = g_ascii_strdown (text, -1);
          w = level_owned;
          for (const char *p = level_owned; *p != '\0'; p++)
            if (*p != ' ' && *p != '-' && *p != '_')
              *w++ = *p;
          *w = '\0';
          /* "Sub Kegiatan" is subkegiatan. */
          if (rancang_level_from_string (level_owned) == RANCANG_LEVEL_NONE)
            {
              g_autofree char *level_names = rancang_level_names ();

              g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL,
                           "%s:%u: column level: “%s” is no level; a level is one of %s, or "
                           "blank for one more indicator of the row above",
                           im->name, line, text, level_names);
              return NULL;
            }
          level = level_owned;
        }
      else if (first)
        {
          g_autofree char *level_names = rancang_level_names ();

          g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL,
                       "%s:%u: column level: the first row needs a level (%s); a row without "
                       "one is one more indicator of the row above it",
                       im->name, line, level_names);
          return NULL;
        }
    }
  else
    level = "item";
  if (level != NULL)
    rancang_node_set_attr (row, "level", level);

  satuan = g_strdup (im->satuan >= 0 ? g_ptr_array_index (cells, im->satuan) : "");

  for (guint i = 0; i < im->n_columns; i++)
    {
      const ImportColumn *col = &im->columns[i];
      const char *text = g_ptr_array_index (cells, i);
      g_autoptr(GError) local = NULL;

      if (*text == '\0' || col->role == ROLE_LEVEL || (im->computed && col->derived))
        continue;
      if (col->role == ROLE_IGNORED)
        {
          g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL,
                       "%s:%u: cell %u holds “%s”, but the header names no column for it",
                       im->name, line, i + 1, text);
          return NULL;
        }
      if (!rancang_text_is_storable (text, col->role == ROLE_KODE, &local))
        {
          g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL,
                       "%s:%u: column %s: %s", im->name, line, col->key, local->message);
          return NULL;
        }
      if (col->role == ROLE_KODE)
        {
          rancang_node_set_attr (row, "kode", text);
          continue;
        }
      if (col->type == RANCANG_COLUMN_TEXT)
        {
          stored[i] = g_strdup (text);
          g_ptr_array_add (store, stored[i]);
          continue;
        }
      {
        RancangParsedNumber parsed;
        const char *unit;

        if (!read_number (im, col, line, text, &parsed, &stored[i], &unit, error))
          return NULL;
        g_ptr_array_add (store, stored[i]);
        if (unit != NULL)
          {
            if (*satuan == '\0')
              {
                g_free (satuan);
                satuan = g_strdup (unit);
              }
            else if (!same_unit (satuan, unit))
              {
                g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL,
                             "%s:%u: column %s: “%s” has the unit “%s”, but the row's satuan is “%s”",
                             im->name, line, col->key, text, unit, satuan);
                return NULL;
              }
          }
      }
    }
  if (im->satuan >= 0 && *satuan != '\0')
    {
      stored[im->satuan] = g_strdup (satuan);
      g_ptr_array_add (store, stored[im->satuan]);
    }
  else if (im->satuan < 0 && *satuan != '\0')
    satuan_only = TRUE;   /* the header has no satuan column: a cell of its own */

  /* Cells in the template's column order (the header's for generic). */
  if (im->tmpl != NULL)
    {
      for (guint c = 0; c < rancang_template_get_n_columns (im->tmpl); c++)
        {
          if (satuan_only && (int) c == im->satuan_column)
            rancang_node_append_child (row, new_cell ("satuan", satuan));
          for (guint i = 0; i < im->n_columns; i++)
            if (im->columns[i].role == ROLE_CELL && im->columns[i].column == (int) c && stored[i] != NULL)
              rancang_node_append_child (row, new_cell (im->columns[i].key, stored[i]));
        }
    }
  else
    {
      for (guint i = 0; i < im->n_columns; i++)
        if (im->columns[i].role == ROLE_CELL && stored[i] != NULL)
          rancang_node_append_child (row, new_cell (im->columns[i].key, stored[i]));
    }
  return g_steal_pointer (&row);
}

/* The rows of the records of CSV from FIRST on (detached <row>s), or NULL
 * with *ERROR set: the first that cannot be read, or none at all; with
 * EVERY, the message names every cell that cannot be read (up to a screen
 * of them), one a line. The one path of the CSV import and of a paste. */
#define MAX_CELL_ERRORS 12

static GPtrArray *
read_rows (Import           *im,
           const RancangCsv *csv,
           guint             first,
           gboolean          every,
           GError          **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) rancang_node_free);
  g_autoptr(GError) failed = NULL;
  g_autoptr(GString) messages = g_string_new (NULL);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func ((GDestroyNotify) cell_error_free);
  guint n_failed = 0, n_seen = 0;

  for (guint r = first; r < csv->records->len; r++)
    {
      g_autoptr(GError) local = NULL;
      RancangNode *row = read_row (im, g_ptr_array_index (csv->records, r), n_seen == 0, &local);

      if (local != NULL)
        {
          n_seen++;
          if (!every || !g_error_matches (local, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL))
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return NULL;
            }
          if (n_failed++ < MAX_CELL_ERRORS)
            {
              GPtrArray *named = rancang_import_error_get_cells (local, NULL);
              RancangImportCellError *cell;

              g_string_append_printf (messages, "%s%s", messages->len > 0 ? "\n" : "", local->message);
              /* A cell error of a row names its one cell, or none. */
              if (named != NULL && named->len == 1)
                cell = cell_error_copy (g_ptr_array_index (named, 0), NULL);
              else
                {
                  cell = g_new0 (RancangImportCellError, 1);
                  cell->line_text = g_strdup (local->message);
                }
              g_ptr_array_add (cells, cell);
            }
          if (failed == NULL)
            failed = g_steal_pointer (&local);
          continue;
        }
      if (row != NULL)
        {
          n_seen++;
          g_ptr_array_add (rows, row);
        }
    }
  if (failed != NULL)
    {
      if (n_failed > MAX_CELL_ERRORS)
        g_string_append_printf (messages, "\n(%u more rows cannot be read)", n_failed - MAX_CELL_ERRORS);
      g_set_error_literal (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL, messages->str);
      if (error != NULL)
        {
          RancangImportErrorPrivate *priv = rancang_import_error_get_private (*error);

          priv->cells = g_steal_pointer (&cells);
          priv->n_more = n_failed > MAX_CELL_ERRORS ? n_failed - MAX_CELL_ERRORS : 0;
        }
      return NULL;
    }
  if (rows->len == 0)
    {
      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_EMPTY,
                   first > 0 ? "%s: there is no row after the header" : "%s: there is no row",
                   im->name);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

/* A new <table> (not in any document) from CSV, whose first record is the
 * header, for TMPL (NULL: generic). NAME names the file in messages. */
RancangNode *
rancang_table_from_csv (const RancangCsv            *csv,
                        RancangTemplate             *tmpl,
                        const RancangImportOptions  *options,
                        const char                  *name,
                        GError                     **error)
{
  Import im = { name != NULL ? name : "(text)", tmpl, options, NULL, 0, -1, -1, -1, FALSE, FALSE };
  g_autoptr(RancangNode) table = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const RancangCsvRecord *header;
  gboolean ok = FALSE;

  g_return_val_if_fail (csv != NULL && options != NULL && options->id != NULL, NULL);

  if (csv->records->len == 0)
    {
      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_EMPTY,
                   "%s: the file is empty; its first line names the columns, one row follows per line",
                   im.name);
      return NULL;
    }
  header = g_ptr_array_index (csv->records, 0);
  if (!read_header (&im, header, error))
    goto out;

  table = rancang_node_new_element ("table");
  rancang_node_set_attr (table, "id", options->id);
  rancang_node_set_attr (table, "template", tmpl != NULL ? rancang_template_get_id (tmpl) : "generic");
  if (options->caption != NULL && *options->caption != '\0')
    rancang_node_set_child_content (table, "caption", options->caption);
  if (tmpl == NULL)
    {
      RancangNode *columns = rancang_node_new_element ("columns");

      for (guint i = 0; i < im.n_columns; i++)
        if (im.columns[i].role == ROLE_CELL)
          {
            RancangNode *column = rancang_node_new_element ("column");

            rancang_node_set_attr (column, "key", im.columns[i].key);
            rancang_node_set_content (column, im.columns[i].header);
            rancang_node_append_child (columns, column);
          }
      if (rancang_node_get_first_child (columns) == NULL)
        {
          rancang_node_free (columns);
          g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_HEADER,
                       "%s:%u: the header names no column", im.name, header->line);
          goto out;
        }
      rancang_node_append_child (table, columns);
    }

  rows = read_rows (&im, csv, 1, FALSE, error);
  if (rows == NULL)
    goto out;
  for (guint r = 0; r < rows->len; r++)
    rancang_node_append_child (table, g_ptr_array_index (rows, r));
  g_ptr_array_set_free_func (rows, NULL);
  ok = TRUE;

out:
  import_clear (&im);
  return ok ? g_steal_pointer (&table) : NULL;
}

/* ------------------------------------------------------------ clipboard */

/* Whether RECORD names columns of TMPL (every non-blank cell a key, a
 * printed header, level or kode) rather than holding a row. */
static gboolean
is_header (RancangTemplate        *tmpl,
           const RancangCsvRecord *record)
{
  guint named = 0;

  for (guint i = 0; i < record->n_fields; i++)
    {
      g_autofree char *text = trimmed (record->fields[i]);

      if (*text == '\0')
        continue;
      if (g_ascii_strcasecmp (text, "level") != 0 && g_ascii_strcasecmp (text, "kode") != 0
          && lookup_key (tmpl, text) < 0)
        return FALSE;
      named++;
    }
  return named > 0;
}

/* The header a headerless paste stands for: the template's typed columns
 * in its order (level first when it has one). */
static RancangCsvRecord *
typed_header (RancangTemplate *tmpl)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  RancangCsvRecord *record = g_new0 (RancangCsvRecord, 1);

  for (guint c = 0; c < rancang_template_get_n_columns (tmpl); c++)
    if (!rancang_template_column_is_derived (tmpl, c))
      g_ptr_array_add (keys, g_strdup (rancang_template_column_key (tmpl, c)));
  record->line = 0;
  record->n_fields = keys->len;
  g_ptr_array_add (keys, NULL);
  record->fields = (char **) g_ptr_array_free (g_steal_pointer (&keys), FALSE);
  return record;
}

static void
record_free (RancangCsvRecord *record)
{
  g_strfreev (record->fields);
  g_free (record);
}

/* New rows for a table of TMPL from DATA: cells copied from LibreOffice
 * Calc or Excel (tab-separated, cells with a tab or a line break quoted),
 * or a CSV file. NAME names the text in messages ("data.csv:7: column k7:
 * ...": the line of the text, then the column).
 *
 * With RANCANG_ROWS_HEADER the first record is a header, as for
 * rancang-cli table import. Otherwise the first record is a header when
 * every non-blank cell of it names a column (its key or its printed
 * header, as a copy out writes them); when it does not, every record is a
 * row and the cells are the template's typed columns in its order, level
 * first when the template has one ("kegiatan, 17.09, Proses penanganan
 * ..."). Cells are read by the rules of the CSV import above, numbers in
 * the Indonesian form unless the text cannot be read so and can as US
 * numbers ("1,234.5" throughout): a planner copies from one sheet, in one
 * locale. An ambiguous "1.234" is Indonesian.
 *
 * Without RANCANG_ROWS_KEEP_STATED the cells of derived columns are left
 * out: they are computed again where the rows go (a copy out carries the
 * computed values, which pasted back must not become stated ones that the
 * checker then holds against the next edit). With it they are kept as
 * stated values, as the CSV import does.
 *
 * Returns the rows (detached <row> elements, in order; free with the
 * array), or NULL with *ERROR set and nothing else; its message names
 * every cell that cannot be read, one a line. */
GPtrArray *
rancang_rows_from_text (RancangTemplate  *tmpl,
                        const char       *data,
                        gssize            length,
                        const char       *name,
                        RancangRowsFlags  flags,
                        GError          **error)
{
  static const RancangNumberStyle styles[] = { RANCANG_NUMBERS_ID, RANCANG_NUMBERS_US };
  g_autoptr(RancangCsv) csv = NULL;
  g_autoptr(GError) first_error = NULL;
  RancangCsvRecord *header = NULL;
  gboolean own_header = FALSE;
  char separator;
  guint start = 0;

  g_return_val_if_fail (tmpl != NULL && data != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);
  if (name == NULL)
    name = "(text)";
  /* A single column copied from a sheet has no separator at all. */
  separator = memchr (data, '\t', (gsize) length) != NULL ? '\t' : 0;
  csv = rancang_csv_parse (data, (gsize) length, name, separator, error);
  if (csv == NULL)
    return NULL;
  if (csv->records->len == 0)
    {
      g_set_error (error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_EMPTY,
                   "%s: there is no row", name);
      return NULL;
    }

  header = g_ptr_array_index (csv->records, 0);
  if ((flags & RANCANG_ROWS_HEADER) != 0 || is_header (tmpl, header))
    start = 1;
  else
    {
      header = typed_header (tmpl);
      own_header = TRUE;
    }

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      RancangImportOptions options = { "", rancang_template_get_id (tmpl), NULL, styles[s], NULL };
      Import im = { name, tmpl, &options, NULL, 0, -1, -1, -1, (flags & RANCANG_ROWS_KEEP_STATED) == 0, own_header };
      g_autoptr(GError) local = NULL;
      GPtrArray *rows = NULL;

      if (read_header (&im, header, &local))
        rows = read_rows (&im, csv, start, TRUE, &local);
      import_clear (&im);
      if (rows != NULL)
        {
          if (own_header)
            record_free (header);
          return rows;
        }
      if (first_error == NULL)
        first_error = g_steal_pointer (&local);
      if (!g_error_matches (first_error, RANCANG_IMPORT_ERROR, RANCANG_IMPORT_ERROR_CELL))
        break;
    }
  if (own_header)
    record_free (header);
  g_propagate_error (error, g_steal_pointer (&first_error));
  return NULL;
}

/* ------------------------------------------------------------ copy out */

/* One number as a sheet in an Indonesian locale reads it: the decimal
 * comma and no thousands dots ("1234567", "98,50"). LibreOffice Calc and
 * Excel set to Indonesia read it as a number; one set to English keeps it
 * as visible text rather than silently reading "1.234" as one point two;
 * rancang_rows_from_text() reads it back exactly. */
static char *
sheet_number (RancangDecimal value)
{
  char *text = c_form (value);

  g_strdelimit (text, ".", ',');
  return text;
}

RancangValueState
rancang_table_cell_shown (const RancangTable  *table,
                          guint                row,
                          guint                column,
                          RancangDecimal      *value,
                          const char         **text)
{
  RancangTemplate *tmpl = rancang_table_get_template (table);
  const char *key = rancang_template_column_key (tmpl, column);
  RancangColumnType type = rancang_template_column_type (tmpl, column);
  const char *raw = rancang_table_get_text (table, row, column);

  *text = raw != NULL ? raw : "";
  if (g_strcmp0 (key, "level") == 0 || g_strcmp0 (key, "kode") == 0)
    {
      const char *shown = g_strcmp0 (key, "level") == 0
                          ? rancang_node_get_attr (rancang_table_get_row_node (table, row), "level")
                          : rancang_table_get_kode (table, row);
      *text = shown != NULL ? shown : "";
      return RANCANG_VALUE_INVALID;
    }
  if (type == RANCANG_COLUMN_TEXT)
    return RANCANG_VALUE_INVALID;
  if (type == RANCANG_COLUMN_PERCENT)
    return rancang_table_get_rounded (table, row, column, rancang_table_get_decimals (table, column), value);
  return rancang_table_get_value (table, row, column, value);
}

static char *
sheet_cell (const RancangTable *table,
            guint               row,
            guint               column)
{
  RancangDecimal value;
  const char *text;

  switch (rancang_table_cell_shown (table, row, column, &value, &text))
    {
    case RANCANG_VALUE_NUMBER:
      return sheet_number (value);
    case RANCANG_VALUE_INVALID:
      return g_strdup (text);
    case RANCANG_VALUE_EMPTY:
    default:
      /* "-" stays "-"; a blank stays blank. */
      return g_strstrip (g_strdup (text));
    }
}

/* The rows ROWS (row elements of TABLE's table; NULL: every row) as
 * tab-separated text for a spreadsheet: a header line (the printed
 * headers, the key where a column has none), then one line per row, every
 * column of the template in its order, the derived ones with their
 * computed values (what the planner sees), numbers as sheet_number()
 * writes them. rancang_rows_from_text() reads it back into the same rows. */
char *
rancang_rows_to_text (const RancangTable *table,
                      GPtrArray          *rows)
{
  RancangTemplate *tmpl = rancang_table_get_template (table);
  guint n_columns = rancang_template_get_n_columns (tmpl);
  guint n_rows = rancang_table_get_n_rows (table);
  GString *out = g_string_new (NULL);
  gboolean has_level = rancang_template_lookup_column (tmpl, "level") >= 0;

  if (!has_level)
    g_string_append (out, "level\t");
  for (guint c = 0; c < n_columns; c++)
    {
      const char *header = rancang_template_column_header (tmpl, c);

      if (c > 0)
        g_string_append_c (out, '\t');
      rancang_csv_append_field (out, header != NULL ? header : rancang_template_column_key (tmpl, c), '\t');
    }
  g_string_append_c (out, '\n');

  for (guint r = 0; r < n_rows; r++)
    {
      RancangNode *node = rancang_table_get_row_node (table, r);

      if (rows != NULL)
        {
          guint i;

          for (i = 0; i < rows->len; i++)
            if (g_ptr_array_index (rows, i) == node)
              break;
          if (i == rows->len)
            continue;
        }
      if (!has_level)
        {
          const char *level = rancang_node_get_attr (node, "level");
          rancang_csv_append_field (out, level != NULL ? level : "", '\t');
          g_string_append_c (out, '\t');
        }
      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *cell = sheet_cell (table, r, c);

          if (c > 0)
            g_string_append_c (out, '\t');
          rancang_csv_append_field (out, cell, '\t');
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
