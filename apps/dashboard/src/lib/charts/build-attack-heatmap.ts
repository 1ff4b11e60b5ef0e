import { formatShare, vocabLabel, type HeatmapData } from "@framewatch/charts";
import type { AttackMatrix, FactMode } from "@framewatch/db/queries";
import { evidenceId, outletInfo, ratio, type ChartTable, type ColorSlots } from "./common";

/** What a table caption says of its facts. */
export const FACTS_IN_WORDS: Record<FactMode, string> = {
  applied: "machine facts with analysts' reviews applied",
  machine: "machine facts only, reviews ignored",
  reviewed: "reviewed facts only",
};

/**
 * Outlet x GTD attack type. "count" = attack mentions; "share" = share of
 * the outlet's articles that mention the type at least once.
 */
export function buildAttackHeatmap(
  matrix: AttackMatrix,
  measure: "count" | "share",
  colors: ColorSlots,
  facts: FactMode = "applied",
): { data: HeatmapData; table: ChartTable } {
  const rows = matrix.rows.map((r) => outletInfo(r, colors));
  const cells = matrix.rows.flatMap((r) =>
    matrix.types.map((t) => {
      const mentions = r.mentions[t] ?? 0;
      const articlesWith = r.articlesWith[t] ?? 0;
      return measure === "share"
        ? { id: evidenceId("attack", r.key, t), row: r.key, column: t, value: ratio(articlesWith, r.articles), count: articlesWith, mentions, articles: r.articles }
        : { id: evidenceId("attack", r.key, t), row: r.key, column: t, value: mentions, count: mentions, mentions, articles: r.articles };
    }),
  );
  const names = new Map(rows.map((o) => [o.key, o.name]));
  const byId = new Map(matrix.rows.map((r) => [r.key, r]));
  return {
    data: {
      rows,
      columns: matrix.types.map((t) => ({ key: t, label: vocabLabel(t) })),
      cells: cells.map(({ id, row, column, value, count }) => {
        const reviewed = byId.get(row)?.reviewed?.[column] ?? 0;
        return reviewed > 0 ? { id, row, column, value, count, reviewed } : { id, row, column, value, count };
      }),
    },
    table: {
      caption: `${
        measure === "share" ? "Attack types by outlet: share of the outlet's articles mentioning the type" : "Attack types by outlet: number of mentions"
      } (${FACTS_IN_WORDS[facts]})`,
      columns: [
        { key: "outlet", label: "Outlet", rowHeader: true },
        { key: "type", label: "Attack type" },
        { key: "mentions", label: "Mentions", numeric: true },
        { key: "articlesWith", label: "Articles mentioning", numeric: true },
        { key: "share", label: "Share of articles", numeric: true },
        { key: "reviewed", label: "Reviewed mentions", numeric: true },
      ],
      rows: cells.map((c) => ({
        id: c.id,
        cells: {
          outlet: names.get(c.row) ?? c.row,
          type: vocabLabel(c.column),
          mentions: c.mentions,
          articlesWith: byId.get(c.row)?.articlesWith[c.column] ?? 0,
          share: formatShare(ratio(byId.get(c.row)?.articlesWith[c.column] ?? 0, c.articles)),
          reviewed: byId.get(c.row)?.reviewed?.[c.column] ?? 0,
        },
      })),
    },
  };
}
