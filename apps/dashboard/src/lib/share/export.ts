/**
 * Browser-side export helpers: the on-screen chart SVG with a title block as a
 * standalone SVG file, rasterised to PNG, and CSV of a data table. The CSV
 * builder is pure (also used by tests).
 */
import type { ChartTable } from "@/lib/charts";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header row of column labels, then one line per table row (RFC 4180 quoting, CRLF). */
export function buildCsv(table: Pick<ChartTable, "columns" | "rows">): string {
  const lines = [table.columns.map((c) => csvCell(c.label)).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row.cells[c.key])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

export const EXPORT_FONT = "DejaVu Sans, Verdana, system-ui, sans-serif";

/**
 * Wrap a chart's root <svg> (cloned, as shown) in a standalone document with
 * a white background, title, subtitle and source line. Presentation comes
 * from attributes and the chart's own <style>; only the font is pinned.
 */
export function composeExportSvg(svg: SVGSVGElement, text: { title: string; subtitle: string; source: string }): { markup: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const w = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const h = svg.height.baseVal.value || svg.getBoundingClientRect().height;
  clone.querySelectorAll("[tabindex]").forEach((el) => el.removeAttribute("tabindex"));
  clone.setAttribute("x", "16");
  clone.setAttribute("y", "64");
  const pad = 16;
  const width = Math.ceil(w + pad * 2);
  const height = Math.ceil(h + 64 + 36);
  const inner = new XMLSerializer().serializeToString(clone);
  const markup =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${pad}" y="28" font-size="18" font-weight="700" fill="#1d1d1f">${esc(text.title)}</text>` +
    `<text x="${pad}" y="50" font-size="12" fill="#5f6368">${esc(text.subtitle)}</text>` +
    inner +
    `<text x="${pad}" y="${height - 12}" font-size="11" fill="#5f6368">Framewatch · ${esc(text.source)}</text>` +
    `</svg>`;
  return { markup, width, height };
}

/** Rasterise SVG markup in the browser at `scale`× (canvas). */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.decoding = "sync";
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error("could not load the SVG"));
      img.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d")!;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("toBlob failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
