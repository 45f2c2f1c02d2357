/* rancang-layout-style.h: the measures of the printed document's text.
 *
 * As the originals are set: 12 pt serif at one and a half lines, a first
 * line indent of 1.27 cm, titles at 14 pt. One place for the document's
 * body, front matter and structure alike.
 */
#pragma once

#define BODY_SIZE       12.0
#define BODY_LEADING    18.0    /* 1.5 lines, as the originals */
#define PARA_SPACE       6.0
#define FIRST_INDENT    36.0    /* 1.27 cm, Word's default the originals keep */
#define TITLE_SIZE      14.0
