/* rancang-csv.c: RFC 4180 records with their line numbers. */
#include "rancang-csv.h"

#include <string.h>

G_DEFINE_QUARK (rancang-csv-error-quark, rancang_csv_error)

#define BOM "\xEF\xBB\xBF"

static void
record_free (gpointer data)
{
  RancangCsvRecord *record = data;

  g_strfreev (record->fields);
  g_free (record);
}

void
rancang_csv_free (RancangCsv *csv)
{
  if (csv == NULL)
    return;
  g_ptr_array_unref (csv->records);
  g_free (csv);
}

static const char *
skip_bom (const char *data,
          gsize      *length)
{
  if (*length >= 3 && memcmp (data, BOM, 3) == 0)
    {
      *length -= 3;
      return data + 3;
    }
  return data;
}

/* The separator of the first non-empty line, counted outside quotes: the
 * most frequent of tab, ';' and ','; on a tie tab, then ';' (the header of
 * a semicolon file may well hold a comma). ',' when there is none. */
char
rancang_csv_detect_separator (const char *data,
                              gsize       length)
{
  static const char candidates[] = { '\t', ';', ',' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  const char *p, *end;
  char best = ',';
  guint best_count = 0;

  data = skip_bom (data, &length);
  end = data + length;
  p = data;
  while (p < end && (*p == '\n' || *p == '\r'))
    p++;
  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && (*p == '\n' || *p == '\r'))
        break;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
    }
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > best_count)
      {
        best = candidates[i];
        best_count = counts[i];
      }
  return best;
}

static guint
line_of (const char *data,
         const char *at)
{
  guint line = 1;

  for (const char *p = data; p < at; p++)
    if (*p == '\n' || (*p == '\r' && (p + 1 >= at || p[1] != '\n')))
      line++;
  return line;
}

static gboolean
check_encoding (const char  *data,
                gsize        length,
                const char  *name,
                GError     **error)
{
  const char *bad, *line_start;

  if (g_utf8_validate_len (data, length, &bad))
    return TRUE;
  if (*bad == '\0')
    {
      g_set_error (error, RANCANG_CSV_ERROR, RANCANG_CSV_ERROR_ENCODING,
                   "%s:%u: the file contains a zero byte, so it is not a text file",
                   name, line_of (data, bad));
      return FALSE;
    }
  line_start = bad;
  while (line_start > data && line_start[-1] != '\n' && line_start[-1] != '\r')
    line_start--;
  g_set_error (error, RANCANG_CSV_ERROR, RANCANG_CSV_ERROR_ENCODING,
               "%s:%u: the text is not UTF-8 (byte 0x%02X, byte %u of the line); save the sheet "
               "as \"CSV UTF-8\" (Excel) or as Text CSV with the character set \"Unicode (UTF-8)\" "
               "(LibreOffice)",
               name, line_of (data, bad), (guint) (guchar) *bad, (guint) (bad - line_start) + 1);
  return FALSE;
}

static void
end_field (GPtrArray *fields,
           GString   *field)
{
  g_ptr_array_add (fields, g_strndup (field->str, field->len));
  g_string_truncate (field, 0);
}

static void
end_record (RancangCsv *csv,
            GPtrArray  *fields,
            guint       line)
{
  RancangCsvRecord *record = g_new0 (RancangCsvRecord, 1);

  record->line = line;
  record->n_fields = fields->len;
  g_ptr_array_add (fields, NULL);
  record->fields = (char **) g_ptr_array_steal (fields, NULL);
  g_ptr_array_add (csv->records, record);
}

/* Splits DATA (LENGTH bytes, NAME for messages) into records; SEPARATOR 0
 * detects it (rancang_csv_detect_separator()). */
RancangCsv *
rancang_csv_parse (const char  *data,
                   gsize        length,
                   const char  *name,
                   char         separator,
                   GError     **error)
{
  g_autoptr(RancangCsv) csv = g_new0 (RancangCsv, 1);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p, *end;
  guint line = 1, record_line = 1, quote_line = 0;
  gboolean in_record = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (separator == 0 || separator == ',' || separator == ';' || separator == '\t', NULL);

  if (name == NULL)
    name = "(text)";
  csv->records = g_ptr_array_new_with_free_func (record_free);
  if (data == NULL)
    data = "";
  data = skip_bom (data, &length);
  if (!check_encoding (data, length, name, error))
    return NULL;
  csv->separator = separator != 0 ? separator : rancang_csv_detect_separator (data, length);

  p = data;
  end = data + length;
  while (p < end)
    {
      char c = *p;

      if (!in_record)
        {
          /* Empty lines separate nothing. */
          if (c == '\n' || c == '\r')
            {
              if (c == '\r' && p + 1 < end && p[1] == '\n')
                p++;
              p++;
              line++;
              continue;
            }
          in_record = TRUE;
          record_line = line;
        }

      /* At the start of a field: a quoted field, after blanks at most. */
      if (field->len == 0)
        {
          const char *q = p;

          while (q < end && (*q == ' ' || (*q == '\t' && csv->separator != '\t')))
            q++;
          if (q < end && *q == '"')
            {
              quote_line = line;
              p = q + 1;
              for (;;)
                {
                  if (p >= end)
                    {
                      g_set_error (error, RANCANG_CSV_ERROR, RANCANG_CSV_ERROR_SYNTAX,
                                   "%s:%u: the quote that opens cell %u is never closed "
                                   "(a quote inside a quoted cell is written twice: \"\")",
                                   name, quote_line, fields->len + 1);
                      return NULL;
                    }
                  if (*p == '"')
                    {
                      if (p + 1 < end && p[1] == '"')
                        {
                          g_string_append_c (field, '"');
                          p += 2;
                          continue;
                        }
                      p++;
                      break;
                    }
                  if (*p == '\r' || *p == '\n')
                    {
                      if (*p == '\r' && p + 1 < end && p[1] == '\n')
                        p++;
                      g_string_append_c (field, '\n');
                      line++;
                      p++;
                      continue;
                    }
                  g_string_append_c (field, *p++);
                }
              /* After the closing quote: blanks, then the end of the field. */
              while (p < end && (*p == ' ' || (*p == '\t' && csv->separator != '\t')))
                p++;
              if (p < end && *p != csv->separator && *p != '\n' && *p != '\r')
                {
                  g_set_error (error, RANCANG_CSV_ERROR, RANCANG_CSV_ERROR_SYNTAX,
                               "%s:%u: cell %u has text after its closing quote "
                               "(a quote inside a quoted cell is written twice: \"\")",
                               name, line, fields->len + 1);
                  return NULL;
                }
              if (field->len == 0)
                {
                  /* "" is an empty field: keep it apart from "not started". */
                  if (p >= end || *p != csv->separator)
                    {
                      end_field (fields, field);
                      goto end_of_line;
                    }
                  end_field (fields, field);
                  p++;
                  continue;
                }
              continue;
            }
        }

      if (c == csv->separator)
        {
          end_field (fields, field);
          p++;
          continue;
        }
      if (c == '\n' || c == '\r')
        {
          end_field (fields, field);
        end_of_line:
          if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          if (p < end)
            {
              p++;
              line++;
            }
          end_record (csv, fields, record_line);
          in_record = FALSE;
          continue;
        }
      g_string_append_c (field, c);
      p++;
    }
  if (in_record)
    {
      end_field (fields, field);
      end_record (csv, fields, record_line);
    }
  return g_steal_pointer (&csv);
}

/* Writes VALUE as one field of a record that SEPARATOR separates (the
 * caller writes the separators). Tab-separated records stay on one line, as
 * tools that read them line by line expect: tabs and line breaks become
 * spaces. Comma- or semicolon-separated fields are quoted as RFC 4180 says
 * when they hold the separator, a quote or a line break. NULL is empty. */
void
rancang_csv_append_field (GString    *out,
                          const char *value,
                          char        separator)
{
  const char specials[] = { separator, '"', '\n', '\r', '\0' };

  if (value == NULL)
    return;
  if (separator == '\t')
    {
      for (const char *p = value; *p != '\0'; p++)
        g_string_append_c (out, *p == '\t' || *p == '\n' || *p == '\r' ? ' ' : *p);
      return;
    }
  if (strpbrk (value, specials) == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}
