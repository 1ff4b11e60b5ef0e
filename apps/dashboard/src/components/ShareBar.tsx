"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useState } from "react";
import type { ChartTable } from "@/lib/charts";
import { exportFileName, type ChartKey } from "@/lib/share/charts";
import { buildCsv, composeExportSvg, svgToPng } from "@/lib/share/export";
import { canonicalQuery, readViewState, withExplicitFacts, type ViewKey } from "@/lib/view-state";
import { useSignedInUser } from "./account/AccountContext";

interface Props {
  view: ViewKey;
  /** The chart on the page (exports and embeds), if any. */
  chart?: ChartKey | null;
  /** Heading and options/filters in words, drawn above exported images. */
  title?: string;
  subtitle?: string;
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copy link, short link, embed code and exports for the view as it is now. */
export function ShareBar({ view, chart = null, title = "", subtitle = "" }: Props) {
  const pathname = usePathname();
  const search = useSearchParams();
  const [output, setOutput] = useState<{ kind: "link" | "short" | "embed"; text: string } | null>(null);
  const [status, setStatus] = useState("");
  // Short links are stored, so they take an account; the full link reproduces the view exactly without one.
  const signedIn = useSignedInUser() !== null;

  const viewState = () => readViewState(view, new URLSearchParams(search?.toString() ?? "")).state;
  // Permalinks say which facts they show (claims, attacks, overview), even the default.
  const query = () => withExplicitFacts(view, canonicalQuery(view, viewState()));
  const fileName = (c: ChartKey, ext: string) => exportFileName(c, ext, new Date(), viewState().facts);
  const fullUrl = () => `${window.location.origin}${pathname}${query()}`;

  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied to the clipboard.`);
    } catch {
      setStatus(`${what} ready: select it below and copy.`);
    }
  }

  async function copyLink() {
    const url = fullUrl();
    setOutput({ kind: "link", text: url });
    await copy(url, "Link");
  }

  async function shortLink() {
    setStatus("Creating short link…");
    const res = await fetch("/api/short-links", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ path: pathname, query: query() }),
    });
    if (res.status === 401) {
      setStatus("Short links need signing in; the full link (Copy link) reproduces this view exactly.");
      return;
    }
    if (!res.ok) {
      // The API says why in JSON (e.g. a filter naming an outlet that no longer exists).
      const reason = ((await res.json().catch(() => null)) as { error?: string } | null)?.error;
      setStatus(`Could not create a short link${reason ? `: ${reason}` : "."}`);
      return;
    }
    const body = (await res.json()) as { path: string };
    const url = `${window.location.origin}${body.path}`;
    setOutput({ kind: "short", text: url });
    await copy(url, "Short link");
  }

  async function embed() {
    if (!chart) return;
    const src = `${window.location.origin}/embed/${chart}${query()}`;
    const height = document.querySelector(".chart-box")?.getBoundingClientRect().height ?? 480;
    const code = `<iframe src="${src}" title="Framewatch: ${title.replace(/"/g, "&quot;")}" width="100%" height="${Math.round(height + 90)}" style="border:0" loading="lazy"></iframe>`;
    setOutput({ kind: "embed", text: code });
    await copy(code, "Embed code");
  }

  function chartSvg(): SVGSVGElement | null {
    return document.querySelector<SVGSVGElement>(".chart-box svg[data-chart]");
  }

  async function exportImage(format: "svg" | "png") {
    if (!chart) return;
    const svg = chartSvg();
    if (!svg) {
      setStatus("Nothing to export: the chart is empty.");
      return;
    }
    const composed = composeExportSvg(svg, { title, subtitle, source: fullUrl() });
    if (format === "svg") {
      download(new Blob([composed.markup], { type: "image/svg+xml" }), fileName(chart, "svg"));
    } else {
      download(await svgToPng(composed.markup, composed.width, composed.height, 2), fileName(chart, "png"));
    }
    setStatus(`${format.toUpperCase()} downloaded.`);
  }

  async function exportData(format: "csv" | "json") {
    if (!chart) return;
    // The view's list page (cursor) is not the chart's; the export is the chart's whole table.
    const state = readViewState(view, new URLSearchParams(search?.toString() ?? "")).state;
    const res = await fetch(`/api/charts/${chart}${canonicalQuery(view, { ...state, cursor: null })}`);
    if (!res.ok) {
      setStatus("Could not load the chart data.");
      return;
    }
    const body = (await res.json()) as { table: ChartTable };
    const blob =
      format === "json"
        ? new Blob([JSON.stringify(body, null, 2)], { type: "application/json" })
        : new Blob([buildCsv(body.table)], { type: "text/csv;charset=utf-8" });
    download(blob, fileName(chart, format));
    setStatus(`${format.toUpperCase()} downloaded.`);
  }

  return (
    <div className="share-bar" data-testid="share-bar">
      <div className="share-actions" role="group" aria-label="Share and export">
        <button type="button" data-testid="share-copy" onClick={() => void copyLink()}>
          Copy link
        </button>
        {signedIn ? (
          <button type="button" data-testid="share-short" onClick={() => void shortLink()}>
            Short link
          </button>
        ) : (
          <span className="muted share-note" data-testid="share-short-needs-sign-in">
            (the link reproduces this view exactly; short links need <a href={`/sign-in?next=${encodeURIComponent(`${pathname ?? "/"}${query()}`)}`}>signing in</a>)
          </span>
        )}
        {chart ? (
          <>
            <button type="button" data-testid="share-embed" onClick={() => void embed()}>
              Embed
            </button>
            <span className="share-sep" aria-hidden="true" />
            <span className="muted share-label">Export</span>
            <button type="button" data-testid="export-png" onClick={() => void exportImage("png")}>
              PNG
            </button>
            <button type="button" data-testid="export-svg" onClick={() => void exportImage("svg")}>
              SVG
            </button>
            <button type="button" data-testid="export-csv" onClick={() => void exportData("csv")}>
              CSV
            </button>
            <button type="button" data-testid="export-json" onClick={() => void exportData("json")}>
              JSON
            </button>
          </>
        ) : null}
      </div>
      {output ? (
        output.kind === "embed" ? (
          <textarea className="share-output" readOnly rows={3} value={output.text} aria-label="Embed code" data-testid="share-output" onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input className="share-output" readOnly value={output.text} aria-label={output.kind === "short" ? "Short link" : "Link to this view"} data-testid="share-output" onFocus={(e) => e.currentTarget.select()} />
        )
      ) : null}
      <p className="muted share-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
