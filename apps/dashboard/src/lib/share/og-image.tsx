/**
 * Unfurl images: a chart state drawn by the packages/charts component,
 * rendered to SVG markup on the server (react-dom/server) inside a 1200x630
 * frame with title and filters, rasterised with resvg and the bundled DejaVu
 * Sans font (no system fonts, no network).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import type { ViewState } from "@/lib/view-state";
import { staticChart, type LoadedChart } from "./load-chart";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const FONT_FAMILY = "DejaVu Sans";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

let fontPath: string | null = null;
/** DejaVuSans.ttf from the dejavu-fonts-ttf package (resolved from the dashboard's node_modules). */
export function dejaVuSansPath(): string {
  if (fontPath) return fontPath;
  // Resolved at run time from the server's working directory (the dashboard), not bundled.
  const bases = [path.join(process.cwd(), "package.json"), path.join(process.cwd(), "apps", "dashboard", "package.json")];
  for (const base of bases) {
    try {
      const pkg = createRequire(base).resolve("dejavu-fonts-ttf/package.json");
      const file = path.join(path.dirname(pkg), "ttf", "DejaVuSans.ttf");
      if (existsSync(file)) return (fontPath = file);
    } catch {
      // try the next base
    }
  }
  throw new Error("dejavu-fonts-ttf is not installed: cannot render chart images");
}

/** The 1200x630 SVG document for a loaded chart state. */
export function renderOgSvg(loaded: LoadedChart, state: ViewState): string {
  const chartX = 24;
  const chartY = 112;
  const chartW = OG_WIDTH - chartX * 2;
  const chartH = OG_HEIGHT - chartY - 44;
  const el = staticChart(loaded, state, chartW, chartH);
  let chart: string;
  if (el) {
    chart = renderToStaticMarkup(el)
      .replace(/font-family="[^"]*"/g, `font-family="${FONT_FAMILY}"`)
      .replace(/^<svg /, `<svg x="${chartX}" y="${chartY}" `);
  } else {
    chart =
      `<rect x="${chartX}" y="${chartY}" width="${chartW}" height="${chartH}" rx="6" fill="#f6f7f9" stroke="#dcdcdc"/>` +
      `<text x="${OG_WIDTH / 2}" y="${chartY + chartH / 2}" text-anchor="middle" font-size="22" fill="#5f6368">${esc(clip(loaded.meta.empty ?? "No data", 90))}</text>`;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${FONT_FAMILY}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>` +
    `<rect width="${OG_WIDTH}" height="8" fill="#0b5cad"/>` +
    `<text x="40" y="56" font-size="30" font-weight="bold" fill="#1d1d1f">${esc(clip(loaded.meta.title, 68))}</text>` +
    `<text x="40" y="90" font-size="18" fill="#5f6368">${esc(clip(loaded.meta.subtitle, 110))}</text>` +
    chart +
    `<text x="40" y="${OG_HEIGHT - 16}" font-size="18" font-weight="bold" fill="#0b5cad">Framewatch</text>` +
    `<text x="${OG_WIDTH - 40}" y="${OG_HEIGHT - 16}" font-size="14" text-anchor="end" fill="#5f6368">How outlets report the ISIS remnant insurgency</text>` +
    `</svg>`
  );
}

function fontFiles(): string[] {
  const regular = dejaVuSansPath();
  const bold = path.join(path.dirname(regular), "DejaVuSans-Bold.ttf");
  return existsSync(bold) ? [regular, bold] : [regular];
}

/** Rasterise an SVG document to PNG at its own size with resvg. */
export async function rasterise(svg: string): Promise<Buffer> {
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    fitTo: { mode: "original" },
    background: "#ffffff",
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}
