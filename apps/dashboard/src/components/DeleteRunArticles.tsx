"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

interface Counts {
  articles: number;
  claims: number;
  attacks: number;
  signals: number;
  reviews: number;
}

type Step =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "confirm"; counts: Counts; note?: string }
  | { kind: "deleting"; counts: Counts }
  | { kind: "done"; counts: Counts }
  | { kind: "error"; message: string };

const n = (v: number) => v.toLocaleString("en-US");

/**
 * "Delete this run's articles": asks the server what goes (GET .../deletion), states it, and deletes only on a second,
 * explicit click that confirms that article count (POST {"confirm": n}). The server refuses (409) when the count
 * changed meanwhile, and then the new counts are shown for another confirmation; 401/403 (not an admin) are shown
 * as the server words them. Only admins may delete; the server decides, so the button is not hidden from anyone.
 */
export function DeleteRunArticles({ runId, articles }: { runId: number; articles: number }) {
  const router = useRouter();
  const [step, setStep] = useState<Step>({ kind: "idle" });
  const endpoint = `/api/imports/${runId}/deletion`;

  async function ask() {
    setStep({ kind: "loading" });
    try {
      const res = await fetch(endpoint, { headers: { accept: "application/json" } });
      const body = (await res.json()) as { counts?: Counts; deletable?: boolean; refusal?: { message: string } | null; error?: string };
      if (!res.ok || !body.counts) return setStep({ kind: "error", message: body.error ?? `The server answered ${res.status}.` });
      if (!body.deletable) return setStep({ kind: "error", message: body.refusal?.message ?? "These articles cannot be deleted now." });
      setStep({ kind: "confirm", counts: body.counts });
    } catch {
      setStep({ kind: "error", message: "Could not reach the dashboard; try again." });
    }
  }

  async function confirm(counts: Counts) {
    setStep({ kind: "deleting", counts });
    try {
      const res = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ confirm: counts.articles }) });
      const body = (await res.json()) as { deleted?: Counts; counts?: Counts; reason?: string; error?: string };
      if (res.ok && body.deleted) {
        setStep({ kind: "done", counts: body.deleted });
        router.refresh();
        return;
      }
      if (res.status === 409 && body.reason === "stale" && body.counts) {
        return setStep({ kind: "confirm", counts: body.counts, note: body.error });
      }
      setStep({ kind: "error", message: body.error ?? `The server answered ${res.status}.` });
    } catch {
      setStep({ kind: "error", message: "Could not reach the dashboard; nothing is known to be deleted. Reload the page to see." });
    }
  }

  return (
    <section className="danger-zone" aria-labelledby="delete-heading" data-testid="delete-run">
      <h2 id="delete-heading">Delete this run&apos;s articles</h2>
      {step.kind === "idle" || step.kind === "loading" || step.kind === "error" ? (
        <>
          <p className="muted">
            Admins can delete the {n(articles)} {articles === 1 ? "article" : "articles"} this run added, with every fact read from them. You will see exactly what
            goes before anything is deleted.
          </p>
          {step.kind === "error" ? (
            <p role="alert" data-testid="delete-error">
              {step.message}
            </p>
          ) : null}
          <button type="button" onClick={ask} disabled={step.kind === "loading"} data-testid="delete-ask">
            {step.kind === "loading" ? "Counting…" : "Delete this run's articles…"}
          </button>
        </>
      ) : step.kind === "done" ? (
        <p role="status" data-testid="delete-done">
          Deleted {n(step.counts.articles)} articles, {n(step.counts.claims)} fighter claims, {n(step.counts.attacks)} attack mentions and {n(step.counts.signals)}{" "}
          framing signals. The charts already reflect it.
        </p>
      ) : (
        <div role="alertdialog" aria-labelledby="delete-heading" aria-describedby="delete-what" data-testid="delete-confirm">
          {"note" in step && step.note ? <p role="alert">{step.note}</p> : null}
          <p id="delete-what">{describe(step.counts, runId)}</p>
          <ul>
            <li>{n(step.counts.articles)} articles</li>
            <li>{n(step.counts.claims)} fighter claims</li>
            <li>{n(step.counts.attacks)} attack mentions</li>
            <li>{n(step.counts.signals)} framing signals</li>
            {step.counts.reviews > 0 ? <li>{n(step.counts.reviews)} review decisions analysts made on them</li> : null}
          </ul>
          <p className="muted">This cannot be undone; importing the same files again imports them anew.</p>
          <button type="button" className="danger" disabled={step.kind === "deleting"} onClick={() => confirm(step.counts)} data-testid="delete-confirm-button">
            {step.kind === "deleting" ? "Deleting…" : `Delete ${n(step.counts.articles)} articles`}
          </button>{" "}
          <button type="button" disabled={step.kind === "deleting"} onClick={() => setStep({ kind: "idle" })}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}

function describe(counts: Counts, runId: number): string {
  return (
    `Deleting removes the ${n(counts.articles)} articles import #${runId} added (articles a later run re-analysed included; also those a later import ` +
    `found unchanged, since it is the same article), with their fighter claims, attack mentions and framing signals. The run stays in the history, marked deleted.`
  );
}
