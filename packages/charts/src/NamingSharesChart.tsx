/**
 * NamingSharesChart: how each outlet names the group (ISIS / ISIL / Daesh /
 * Islamic State / IS), as 100% stacked horizontal bars. Shares make outlets
 * with many and few articles comparable; the raw count rides along on each
 * segment's datum (tooltip) and aria-label.
 */
import { useMemo, type ReactNode } from "react";
import { formatNumber, formatShare, plural } from "./format";
import { ChartFrame } from "./internal/ChartFrame";
import { markContext } from "./internal/marks";
import { StackedRows, type StackSegment } from "./internal/StackedRows";
import { groupTermColor } from "./palette";
import { GROUP_TERMS, type ChartBaseProps, type NamingSegmentDatum, type NamingSharesData } from "./types";

export interface NamingSharesChartProps extends ChartBaseProps<NamingSegmentDatum> {
  data: NamingSharesData;
  /** Replaces the default empty-state text. */
  emptyMessage?: string;
}

// accessors
const cellTerm = (c: { term: string }): string => c.term;

/** Term order: the caller's, else the contract's, then any unexpected term in data order. */
function termOrder(data: NamingSharesData): string[] {
  const order: string[] = [...(data.terms ?? GROUP_TERMS)];
  for (const c of data.cells) if (!order.includes(cellTerm(c))) order.push(cellTerm(c));
  return order;
}

export function NamingSharesChart(props: NamingSharesChartProps): ReactNode {
  const { data, width, height, idPrefix = "fw-naming", svgRole = "img" } = props;

  // Stack per outlet in term order. Zero-count cells get no segment (a
  // zero-width mark cannot be seen or clicked), and outlets with no
  // mentions at all keep their row so the reader sees they are there.
  const { segments, terms, totals } = useMemo(() => {
    const order = termOrder(data);
    const totals = new Map<string, number>();
    for (const c of data.cells) totals.set(c.outlet, (totals.get(c.outlet) ?? 0) + Math.max(0, c.count));
    const names = new Map(data.outlets.map((o) => [o.key, o.name]));
    const segments: StackSegment<NamingSegmentDatum>[] = [];
    for (const outlet of data.outlets) {
      const total = totals.get(outlet.key) ?? 0;
      if (total <= 0) continue;
      let x0 = 0;
      const cells = data.cells
        .filter((c) => c.outlet === outlet.key && c.count > 0)
        .sort((a, b) => order.indexOf(a.term) - order.indexOf(b.term));
      for (const c of cells) {
        const share = c.count / total;
        const outletName = names.get(c.outlet) ?? c.outlet;
        segments.push({
          id: c.id,
          rowKey: outlet.key,
          x0,
          x1: x0 + share,
          color: groupTermColor(c.term),
          inlineLabel: formatShare(share),
          ariaLabel: `${outletName}: "${c.term}" ${formatShare(share)} of group-name mentions (${formatNumber(c.count)} of ${formatNumber(total)})`,
          datum: { ...c, outletName, share, total },
        });
        x0 += share;
      }
    }
    const used = new Set(data.cells.filter((c) => c.count > 0).map(cellTerm));
    return { segments, terms: order.filter((t) => used.has(t)), totals };
  }, [data]);

  if (width <= 0 || height <= 0) return null;

  const mentioned = data.outlets.filter((o) => (totals.get(o.key) ?? 0) > 0).length;
  const emptyMessage =
    data.outlets.length === 0
      ? (props.emptyMessage ?? "No outlets selected.")
      : segments.length === 0
        ? (props.emptyMessage ?? "No group names (ISIS, ISIL, Daesh, Islamic State, IS) found in these outlets' articles.")
        : null;
  const title = props.title ?? "How outlets name the group";
  const description =
    props.description ??
    `100% stacked bars: share of each group name among all group-name mentions, for ${plural(data.outlets.length, "outlet")} (${mentioned} with mentions). Names: ${terms.join(", ") || "none"}.`;

  return (
    <ChartFrame
      kind="naming-shares"
      width={width}
      height={height}
      idPrefix={idPrefix}
      title={title}
      description={description}
      role={svgRole}
      emptyMessage={emptyMessage}
    >
      <StackedRows
        width={width}
        height={height}
        rows={data.outlets.map((o) => ({ key: o.key, name: o.name }))}
        segments={segments}
        xMax={1}
        xTickFormat={formatShare}
        xLabel="Share of group-name mentions"
        legend={terms.map((t) => ({ key: t, label: t, color: groupTermColor(t) }))}
        legendLabel="Legend: group name"
        markKind="naming-segment"
        ctx={markContext(props, segments.map((s) => s.id))}
      />
    </ChartFrame>
  );
}
