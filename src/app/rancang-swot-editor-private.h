/* rancang-swot-editor-private.h: what the files of the SWOT editor share,
 * and only they: its state, what the editor (rancang-swot-editor.c) does
 * for its parts, and its parts: the factor lists (rancang-swot-factor-
 * list.c) and the TOWS grid (rancang-swot-tows-grid.c). */
#pragma once

#include <gtk/gtk.h>

#include "rancang-check.h"
#include "rancang-compute.h"
#include "rancang-history.h"
#include "rancang-swot-chart.h"
#include "rancang-template.h"

G_BEGIN_DECLS

/* As rancang-swot-editor.h declares it; not included, so that the files
 * of the editor depend on the editor only through this header. */
typedef struct _RancangSwotEditor RancangSwotEditor;

enum { GROUP_S, GROUP_W, GROUP_O, GROUP_T, N_GROUPS };
enum { CELL_SO, CELL_WO, CELL_ST, CELL_WT, N_CELLS };
/* In the order of RancangSwotPart: the template of a table says its part. */
enum { TABLE_IFAS, TABLE_EFAS, TABLE_TOWS, N_TABLES };

extern const char        rancang_swot_group_letters[N_GROUPS];   /* 'S', 'W', 'O', 'T' */
extern const char *const rancang_swot_cell_names[N_CELLS];       /* "SO", "WO", "ST", "WT" */

/* One group's list: its grid, totals and the factors in it. */
typedef struct
{
  GtkWidget   *grid;
  GtkWidget   *bobot_sum;
  GtkWidget   *skor_total;
  GtkWidget   *weights_note;
  GtkWidget   *tows_list;       /* the factors listed in the TOWS matrix's header */
  GPtrArray   *rows;            /* FactorRow */
} Group;

typedef struct
{
  RancangSwotEditor *self;
  guint              group;
  RancangNode       *node;      /* the <row> */
  guint              row;       /* in its RancangTable */
  char              *code;      /* "S1" */
  GtkWidget         *code_label, *uraian, *bobot, *rating, *skor;
} FactorRow;

typedef struct
{
  RancangSwotEditor *self;
  RancangNode       *node;      /* the <row> of the tows table */
  guint              cell;
  GtkWidget         *box, *refs_button, *refs_label, *text, *warning;
} Strategy;

struct _RancangSwotEditor
{
  GtkBox              parent_instance;

  GtkLabel           *number_label;
  GtkLabel           *caption_label;
  GtkLabel           *message_label;
  GtkScrolledWindow  *scroller;
  GtkWidget          *sections[N_TABLES];
  GtkWidget          *missing[N_TABLES];
  GtkWidget          *ifas_label, *efas_label;
  RancangSwotChart   *chart;
  GtkWidget          *cell_boxes[N_CELLS];
  Group               groups[N_GROUPS];
  GPtrArray          *strategies;     /* Strategy */
  GPtrArray          *stale;          /* rows and strategies of widgets going away */
  guint               stale_id;

  RancangTemplateSet *templates;
  RancangHistory     *history;
  RancangDocument    *doc;
  RancangNode        *focus;          /* the table the window opened */
  RancangNode        *nodes[N_TABLES];
  RancangTable       *tables[N_TABLES];
  int                 col_faktor[N_TABLES];
  int                 col_bobot[N_TABLES], col_rating[N_TABLES], col_skor[N_TABLES];
  int                 col_kuadran, col_refs;
  RancangSwot         swot;
  GHashTable         *findings;       /* tows <row> -> explanation */
  gboolean            updating;       /* widgets being filled: nothing is stored */
  guint               focus_id;
  guint               focus_tries;
};

/* rancang-swot-editor.c: the tables, history steps and shared display. */
gboolean    rancang_swot_is_blank              (const char        *text);
guint       rancang_swot_table_of_group        (guint              group);
const char *rancang_swot_group_title           (guint              group);
char       *rancang_swot_cell_content          (RancangNode       *row,
                                                const char        *key);
char       *rancang_swot_format_decimal        (RancangDecimal     value);
char       *rancang_swot_typed_text            (RancangTable      *table,
                                                guint              row,
                                                int                column);
GtkWidget  *rancang_swot_cell_label            (const char        *text,
                                                float              xalign,
                                                const char        *css);
GtkWidget  *rancang_swot_icon_button           (const char        *icon,
                                                const char        *tooltip);
GtkWidget  *rancang_swot_add_button            (const char        *mnemonic);
void        rancang_swot_clear_grid            (GtkWidget         *grid);

void        rancang_swot_editor_set_cell       (RancangSwotEditor *self,
                                                RancangNode       *row,
                                                const char        *key,
                                                const char        *text);
void        rancang_swot_editor_begin          (RancangSwotEditor *self,
                                                const char        *label,
                                                const char        *merge_key);
void        rancang_swot_editor_end_structural (RancangSwotEditor *self,
                                                const char        *focus_code);
void        rancang_swot_editor_compute        (RancangSwotEditor *self);
void        rancang_swot_editor_read_findings  (RancangSwotEditor *self);
void        rancang_swot_editor_sync_stated    (RancangSwotEditor *self,
                                                guint              which);
void        rancang_swot_editor_refresh        (RancangSwotEditor *self);
void        rancang_swot_editor_update_summary (RancangSwotEditor *self);
void        rancang_swot_editor_set_entry_text (RancangSwotEditor *self,
                                                GtkWidget         *entry,
                                                const char        *text);
void        rancang_swot_editor_retire         (RancangSwotEditor *self,
                                                GPtrArray         *items,
                                                GDestroyNotify     free_func);

/* rancang-swot-factor-list.c: one group of factors, with bobot, rating and
 * skor, the group's totals, and the buttons that add, move and remove
 * factors. */
/* The grid of group G (GROUP_S ... GROUP_T), empty until built. */
GtkWidget  *rancang_swot_factor_list_new       (RancangSwotEditor *self,
                                                guint              g);
/* The factors made anew from the table; after a change of its shape. */
void        rancang_swot_factor_list_build     (RancangSwotEditor *self,
                                                guint              g);
/* The skor and totals as computed now. */
void        rancang_swot_factor_list_update    (RancangSwotEditor *self,
                                                guint              g);
/* Also the typed fields, but for the one being typed in. */
void        rancang_swot_factor_list_refresh   (RancangSwotEditor *self,
                                                guint              g);
void        rancang_swot_factor_list_clear     (RancangSwotEditor *self,
                                                guint              g);
void        rancang_swot_factor_row_free       (FactorRow         *fr);
/* The bobot or rating being typed, kept as leaving its field would keep
 * it; FALSE with the reason when it is no number. */
gboolean    rancang_swot_factor_list_commit    (RancangSwotEditor *self,
                                                GError           **error);

/* rancang-swot-tows-grid.c: the strategies in the four cells of the TOWS
 * matrix (its frame is the template's), each with the factors it
 * combines. */
/* The strategies made anew from the table; after a change of its shape. */
void        rancang_swot_tows_grid_build       (RancangSwotEditor *self);
/* Each strategy's references and findings as they are now. */
void        rancang_swot_tows_grid_update      (RancangSwotEditor *self);
void        rancang_swot_tows_grid_clear       (RancangSwotEditor *self);
void        rancang_swot_strategy_free         (Strategy          *st);

G_END_DECLS
