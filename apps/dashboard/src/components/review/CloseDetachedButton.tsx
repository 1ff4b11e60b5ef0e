"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * Closes one detached decision (POST /api/review/detached): the editor looked
 * again and dealt with it. A close is a decision of its own (who, when, an
 * optional note) that supersedes the detached one; nothing is deleted. The
 * list reloads on success; a refusal is said in words.
 */
export function CloseDetachedButton({ decisionId }: { decisionId: number }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });

  const close = async () => {
    setState({ busy: true, message: null });
    try {
      const r = await fetch("/api/review/detached", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decisionId, note: note.trim() || null }) });
      const body = (await r.json().catch(() => ({}))) as { error?: string };
      if (r.status === 201) {
        setState({ busy: false, message: "Closed." });
        router.refresh();
        return;
      }
      setState({ busy: false, message: body.error ?? `Not closed (HTTP ${r.status}).` });
      if (r.status === 409) router.refresh();
    } catch {
      setState({ busy: false, message: "Not closed: the server could not be reached." });
    }
  };

  return (
    <form
      className="close-detached"
      onSubmit={(e) => {
        e.preventDefault();
        void close();
      }}
    >
      <label>
        <span className="visually-hidden">Note on closing decision {decisionId}</span>
        <input type="text" name="note" maxLength={2000} placeholder="note (optional)" value={note} onChange={(e) => setNote(e.target.value)} />
      </label>{" "}
      <button type="submit" disabled={state.busy} data-testid="review-detached-close">
        Close
      </button>
      {state.message ? (
        <span role="status" className="muted" data-testid="review-detached-close-status">
          {" "}
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
