/* rancang-face.h: the faces a text box is set in.
 *
 * Its own header because both the page model (rancang-layout.h: a text box
 * names its face) and the fonts (rancang-fonts.h: a face's metrics) need it,
 * and neither depends on the other.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The eight bundled faces (rancang-fonts.c): serif and sans, four styles. */
typedef enum
{
  RANCANG_FACE_SERIF,
  RANCANG_FACE_SERIF_BOLD,
  RANCANG_FACE_SERIF_ITALIC,
  RANCANG_FACE_SERIF_BOLD_ITALIC,
  RANCANG_FACE_SANS,
  RANCANG_FACE_SANS_BOLD,
  RANCANG_FACE_SANS_ITALIC,
  RANCANG_FACE_SANS_BOLD_ITALIC,
  RANCANG_N_FACES
} RancangFace;

#define RANCANG_FACE_BOLD_BIT   1
#define RANCANG_FACE_ITALIC_BIT 2

G_END_DECLS
