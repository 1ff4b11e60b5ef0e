import { describe, expect, it } from "vitest";
import { ChartDataTable } from "./ChartDataTable";
import { render } from "./testing/render";

describe("ChartDataTable", () => {
  const columns = [
    { key: "outlet", label: "Outlet" },
    { key: "count", label: "Mentions", numeric: true },
  ];
  it("renders a captioned table with scoped headers", () => {
    const html = render(
      <ChartDataTable caption="Group names by outlet" columns={columns} rows={[{ id: "r1", cells: { outlet: "Reuters", count: 1234 } }, { id: "r2", cells: { outlet: "Diyaruna", count: null } }]} selectedId="r2" />,
    );
    expect(html).toContain("<caption>Group names by outlet</caption>");
    expect(html).toContain('<th scope="col">Outlet</th>');
    expect(html).toContain('<th scope="row">Reuters</th>');
    expect(html).toContain(">1,234</td>");
    expect(html).toContain(">\u2014</td>");
    expect(html).toContain('data-id="r2" aria-selected="true" data-selected="true"');
  });
  it("says when there are no rows", () => {
    expect(render(<ChartDataTable caption="c" columns={columns} rows={[]} emptyMessage="No claims." />)).toMatch(/<td colSpan="2">No claims.<\/td>/i);
  });
});
