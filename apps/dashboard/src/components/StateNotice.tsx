"use client";

import { useState } from "react";
import { describeProblems, type StateProblem } from "@/lib/view-state";

/**
 * Shown when a link carried parameters the view could not use (unknown,
 * malformed, out of range, or a newer state version). They were reset to
 * their defaults; dismissing also tidies the address bar to the canonical link.
 * Renders nothing when the link had no such parameters.
 */
export function StateNotice({ problems, canonicalUrl }: { problems: readonly StateProblem[]; canonicalUrl: string }) {
  const [open, setOpen] = useState(true);
  if (!open || problems.length === 0) return null;
  return (
    <div className="state-notice" role="status" data-testid="state-notice">
      <p>
        Some link settings were not understood and were reset: <code>{describeProblems(problems)}</code>
      </p>
      <button
        type="button"
        aria-label="Dismiss notice"
        data-testid="state-notice-dismiss"
        onClick={() => {
          setOpen(false);
          window.history.replaceState(null, "", canonicalUrl);
        }}
      >
        Dismiss
      </button>
    </div>
  );
}
