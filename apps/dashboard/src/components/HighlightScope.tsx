"use client";

import { useQueryStates } from "nuqs";
import type { ReactNode } from "react";
import { readerParsers, SPAN_KINDS, type SpanKindKey } from "@/lib/view-state";

const LABELS: Record<SpanKindKey, string> = {
  claims: "Fighter claims",
  attacks: "Attack types",
  framing: "Framing signals",
};

/**
 * Legend + toggles for the reader's highlights. Hidden kinds live in the URL
 * (`hide`), applied as classes on the wrapper so no server round trip is needed.
 */
export function HighlightScope({ counts, children }: { counts: Record<SpanKindKey, number>; children: ReactNode }) {
  const [{ hide }, setState] = useQueryStates({ hide: readerParsers.hide }, { shallow: true, scroll: false });
  return (
    <div className={hide.map((k) => `hide-${k}`).join(" ")}>
      <fieldset className="legend" data-testid="highlight-legend">
        <legend>Highlights</legend>
        {SPAN_KINDS.map((k) => (
          <label key={k} className={`legend-item legend-${k}`}>
            <input
              type="checkbox"
              checked={!hide.includes(k)}
              onChange={() =>
                void setState({ hide: hide.includes(k) ? hide.filter((x) => x !== k) : SPAN_KINDS.filter((x) => x === k || hide.includes(x)) })
              }
            />
            <span className="swatch" aria-hidden="true" /> {LABELS[k]} <span className="muted">({counts[k]})</span>
          </label>
        ))}
      </fieldset>
      {children}
    </div>
  );
}
