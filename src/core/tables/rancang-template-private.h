/* rancang-template-private.h: what the engine and the checker read of a
 * template. Only rancang-template.c builds these structures. */
#pragma once

#include "rancang-template.h"

G_BEGIN_DECLS

/* One way of computing a column; the first whose condition holds applies. */
typedef struct
{
  RancangDeriveKind kind;
  int               when_column;   /* -1: always */
  char             *when_value;
  gboolean          when_negated;  /* when="akumulasi!=kumulatif" */
  int              *args;          /* column indices */
  guint             n_args;
  int               polarity_column;  /* ratio only; -1 none */
  gboolean          unless_typed;  /* a default: a typed value stands instead */
} RancangDerivation;

/* One value of a choice column and the other words that mean it. */
typedef struct
{
  char              *value;
  char             **also;         /* NULL-terminated */
} RancangChoice;

typedef struct
{
  char              *key;
  char              *number;
  char              *header;
  char              *group;
  RancangColumnType  type;
  guint              decimals;
  RancangDerivation *derivations;
  guint              n_derivations;
  gboolean           rollup;       /* has a <rollup/>: a parent sums its children */
  gboolean           total;        /* total rows carry the sum of this column */
  gboolean           row_local;    /* derived from the same row's cells */
  guint64            depends_on;   /* bit i: a derivation reads column i (i < 64) */
  RancangChoice     *choices;      /* <choice> children: the values of a choice column */
  guint              n_choices;
  char             **choice_values;/* their values, NULL-terminated; NULL without choices */
  gboolean           choices_open; /* choices="open": other values are as good */
} RancangColumn;

struct _RancangTemplate
{
  gint           ref_count;
  char          *id;
  char          *title;
  RancangColumn *columns;
  guint          n_columns;
  guint         *order;            /* row-local derived columns, dependencies first */
  guint          n_order;

  int            level_column;     /* "level" and "kode" come from the row's attributes */
  int            kode_column;

  int            group_by;         /* totals per group (faktor S|W); -1: one total */

  /* <weights column="bobot" group-by="faktor"/>: weights sum to 1 per group */
  int            weights_column;
  int            weights_group;

  /* <index name="IFAS" column="skor" plus="S" minus="W"/> (groups by group_by) */
  char          *index_name;
  int            index_column;
  char          *index_plus;
  char          *index_minus;

  /* <quarters target="target" mode="tw_mode" of="tw1 tw2 tw3 tw4"/> */
  int            quarters_target;
  int            quarters_mode;
  int            quarters[4];

  /* <tows refs="refs" quadrant="kuadran"/>: factor references to check */
  int            tows_refs;
  int            tows_quadrant;

  /* <plan years="t1 .. t5" pagu="pagu1 .. pagu5"/>: a Renstra's plan over
   * the years of its period; <plan target="target" pagu="pagu"
   * next-target="target_maju" next-pagu="pagu_maju"/>: a Renja's plan of
   * its year and the next. Column indices, -1 where none. */
  RancangPlanKind plan;
  int            *plan_targets;
  int            *plan_pagu;
  guint           n_plan_years;
};

G_END_DECLS
