"use client";

import { ATTACK_TYPES, CLAIM_UNITS, CLAIMANT_TYPES, QUALIFIERS, REFERENTS } from "@framewatch/corpus-model/model";
import { ADDED_CLAIM_FIELDS, ATTACK_FIELDS, CLAIM_FIELDS, REJECT_REASONS, unitOfQuantity, type RejectReason } from "@framewatch/corpus-model/review";
import type { ReviewDecisionView, ReviewedFact } from "@framewatch/db/review";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { anchorFromSelection, readQuantity, type SelectionAnchor } from "./anchor-from-selection";
import { factKey, factLabel, fieldsOf, formatFields } from "./fact-display";
import { isTypingTarget, keyCommand, type ReviewMode } from "./review-keys";
import { ReviewHistory } from "./ReviewHistory";

const REASON_LABELS: Record<RejectReason, string> = {
  "not-militants": "not militants",
  "not-a-claim": "not a claim",
  duplicate: "duplicate",
  "wrong-article": "wrong article",
  other: "other",
};

interface Props {
  articleId: number;
  /** The facts as the server read them (listArticleReview). */
  initial: ReviewedFact[];
  /** Decisions a re-analysis could not re-attach. */
  detached: number;
  /** The signed-in user is an editor or admin. */
  canReview: boolean;
  /** The body's sentences as [start, end) offsets: where a selection's sentence is found. */
  sentences: [number, number][];
  body: string;
  /** `?fact=claim-12` / `attack-3` / `added-7`: the fact to focus first (from the review queue). */
  focusKey: string | null;
}

type Draft = Record<string, string>;

/** A fact's fields as form values (numbers as text; empty = no bound). */
function toDraft(values: Record<string, unknown>): Draft {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === null || v === undefined ? "" : String(v)]));
}

/**
 * The form values back as fields, keeping only what differs from `base` when given (a correction). `added`: the
 * fact is an analyst's, whose claims also carry their unit (a machine claim's unit is the extractor's).
 */
function fromDraft(kind: "claim" | "attack", draft: Draft, base: Record<string, unknown> | null, added: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of kind === "attack" ? ATTACK_FIELDS : added ? ADDED_CLAIM_FIELDS : CLAIM_FIELDS) {
    const raw = draft[key] ?? "";
    const value = key === "low" || key === "high" ? (raw.trim() === "" ? null : Number(raw.replace(/,/g, ""))) : raw;
    if (!base || base[key] !== value) out[key] = value;
  }
  return out;
}

/** A fact with a decision just recorded on it. */
function withDecision(fact: ReviewedFact, d: ReviewDecisionView): ReviewedFact {
  const added = fact.factId === null;
  const status = d.action === "reject" ? "rejected" : added ? "added" : d.action === "correct" ? "corrected" : "accepted";
  return { ...fact, decision: d, status, reviewed: d.action === "reject" ? null : d.after };
}

function newAddedFact(d: ReviewDecisionView): ReviewedFact {
  return {
    kind: d.kind,
    factId: null,
    addedId: d.id,
    machine: null,
    reviewed: d.after,
    status: "added",
    decision: d,
    confidence: null,
    section: d.anchor.section,
    sentenceStart: d.anchor.sentenceStart,
    sentenceEnd: d.anchor.sentenceEnd,
    anchorStart: d.anchor.anchorStart,
    anchorEnd: d.anchor.anchorEnd,
    anchorText: d.anchor.anchorText,
  };
}

/**
 * The reader's review panel: every claim and attack of the article with the
 * machine's values, its review state, the reviewed values and confidence;
 * for editors, Accept / Reject / Edit on each fact and Add from a selection in
 * the text, by click or by key (review-keys.ts). Decisions go to POST
 * /api/reviews naming the decision the page showed (`basedOn`); a 409 shows
 * who decided and reloads the facts, never overwriting. The article's text
 * is server-rendered: its segments carry `data-start` / `data-end` offsets,
 * which is how the focused fact's sentence is highlighted and a selection is
 * mapped onto the body.
 */
export function ReviewPanel({ articleId, initial, detached, canReview, sentences, body, focusKey }: Props) {
  const [facts, setFacts] = useState<ReviewedFact[]>(initial);
  const [focus, setFocus] = useState(() => (focusKey ? initial.findIndex((f) => factKey(f) === focusKey) : -1));
  const [mode, setMode] = useState<ReviewMode>("browse");
  const [reason, setReason] = useState<RejectReason | null>(null);
  const [note, setNote] = useState("");
  const [draft, setDraft] = useState<Draft>({});
  const [adding, setAdding] = useState<{ kind: "claim" | "attack"; anchor: SelectionAnchor } | null>(null);
  const [selection, setSelection] = useState<SelectionAnchor | { error: string } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [historyVersion, setHistoryVersion] = useState(0);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const firstField = useRef<HTMLElement | null>(null);

  // The focused fact: focus ring on its row, its sentence highlighted and scrolled into view in the text.
  useEffect(() => {
    const fact = facts[focus];
    if (!fact) return;
    items.current[focus]?.focus({ preventScroll: true });
    items.current[focus]?.scrollIntoView({ block: "nearest" });
    const root = document.querySelector(fact.section === "title" ? "#headline" : "[data-testid=article-body]");
    document.querySelectorAll(".review-sentence").forEach((el) => el.classList.remove("review-sentence"));
    if (!root) return;
    if (fact.section === "title") {
      root.classList.add("review-sentence");
      return;
    }
    const spans = [...root.querySelectorAll<HTMLElement>("[data-start]")].filter((el) => Number(el.dataset.start) < fact.sentenceEnd && Number(el.dataset.end) > fact.sentenceStart);
    spans.forEach((el) => el.classList.add("review-sentence"));
    spans[0]?.scrollIntoView({ block: "center" });
  }, [focus, facts]);

  // The selection in the article body, mapped to offsets through the segments' data-start.
  useEffect(() => {
    if (!canReview) return;
    const onChange = () => {
      const sel = document.getSelection();
      const root = document.querySelector("[data-testid=article-body]");
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !root) return setSelection(null);
      const range = sel.getRangeAt(0);
      const start = offsetOf(root, range.startContainer, range.startOffset);
      const end = offsetOf(root, range.endContainer, range.endOffset);
      if (start === null || end === null) return setSelection(null);
      setSelection(anchorFromSelection(body, sentences, start, end));
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [body, sentences, canReview]);

  useEffect(() => {
    if (mode === "edit" || mode === "add") firstField.current?.focus();
  }, [mode]);

  const reload = useCallback(async () => {
    const response = await fetch(`/api/articles/${articleId}/review`, { cache: "no-store" });
    if (!response.ok) return;
    const review = (await response.json()) as { claims: ReviewedFact[]; attacks: ReviewedFact[] };
    setFacts([...review.claims, ...review.attacks]);
  }, [articleId]);

  const close = useCallback(() => {
    setMode("browse");
    setReason(null);
    setNote("");
    setAdding(null);
    items.current[focus]?.focus({ preventScroll: true });
  }, [focus]);

  const send = useCallback(
    async (payload: Record<string, unknown>, index: number | null) => {
      setBusy(true);
      setProblem(null);
      try {
        const response = await fetch("/api/reviews", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ articleId, ...payload }) });
        const answer = (await response.json().catch(() => ({}))) as { decision?: ReviewDecisionView; current?: ReviewDecisionView | null; error?: string };
        if (response.status === 201 && answer.decision) {
          const d = answer.decision;
          let next = facts;
          if (index === null) {
            next = [...facts, newAddedFact(d)];
            // The words are a fact now: the "Add" offer for them goes with the selection.
            document.getSelection()?.removeAllRanges();
            setSelection(null);
          }
          else next = facts.map((f, i) => (i === index ? withDecision(f, d) : f));
          setFacts(next);
          setMode("browse");
          setReason(null);
          setNote("");
          setAdding(null);
          setAnnouncement(`Saved: ${d.action}${d.reason ? ` (${REASON_LABELS[d.reason]})` : ""} of ${d.kind} “${d.anchor.anchorText}”.`);
          setHistoryVersion((v) => v + 1);
          if (index !== null) setFocus(Math.min(next.length - 1, index + 1));
          else setFocus(next.length - 1);
          return;
        }
        if (response.status === 409) {
          const c = answer.current;
          setProblem(
            c
              ? `Not saved: ${c.user.name} decided on this fact (${c.action}) at ${new Date(c.createdAt).toLocaleString("en-GB")}. Its state is reloaded; look again.`
              : "Not saved: the article was re-analysed since you opened it. Its facts are reloaded.",
          );
          setMode("browse");
          await reload();
          return;
        }
        setProblem(`Not saved: ${answer.error ?? `the server answered ${response.status}`}`);
      } catch {
        setProblem("Not saved: the server could not be reached. Try again.");
      } finally {
        setBusy(false);
      }
    },
    [articleId, facts, reload],
  );

  const target = (f: ReviewedFact) => (f.factId !== null ? { factId: f.factId } : { addedId: f.addedId });

  const accept = useCallback(
    (index: number) => {
      const f = facts[index];
      if (f) void send({ kind: f.kind, action: "accept", ...target(f), basedOn: f.decision?.id ?? null }, index);
    },
    [facts, send],
  );

  const openEdit = useCallback(
    (index: number) => {
      const f = facts[index];
      if (!f) return;
      setFocus(index);
      setDraft(toDraft(fieldsOf(f) ?? {}));
      setMode("edit");
    },
    [facts],
  );

  const openReject = useCallback((index: number) => {
    setFocus(index);
    setReason(null);
    setNote("");
    setMode("reject");
  }, []);

  const openAdd = useCallback(
    (kind: "claim" | "attack") => {
      if (!selection || "error" in selection) {
        setProblem(selection && "error" in selection ? selection.error : "Select the words of the fact in the article first.");
        return;
      }
      const anchor = selection;
      if (kind === "claim") {
        const sameSentence = facts.find((f) => f.kind === "claim" && f.sentenceStart === anchor.sentenceStart && f.section === "body");
        const known = sameSentence ? fieldsOf(sameSentence) : null;
        const q = readQuantity(anchor.anchorText);
        setDraft(
          toDraft({
            ...q,
            unit: unitOfQuantity(anchor.anchorText),
            claimant: (known?.claimant as string | undefined) ?? "unknown",
            claimantType: (known?.claimantType as string | undefined) ?? "unknown",
            refersTo: (known?.refersTo as string | undefined) ?? "remaining",
          }),
        );
      } else setDraft({ type: "unknown" });
      setAdding({ kind, anchor });
      setMode("add");
    },
    [selection, facts],
  );

  const save = useCallback(() => {
    if (busy) return;
    if (mode === "add" && adding) {
      const { anchor } = adding;
      void send(
        {
          kind: adding.kind,
          action: "add",
          basedOn: null,
          fields: fromDraft(adding.kind, draft, null, true),
          anchor: { section: "body", sentenceStart: anchor.sentenceStart, sentenceEnd: anchor.sentenceEnd, anchorStart: anchor.anchorStart, anchorEnd: anchor.anchorEnd },
        },
        null,
      );
      return;
    }
    const f = facts[focus];
    if (!f) return;
    if (mode === "reject") {
      if (!reason) return setProblem("Pick a reason first (1-5).");
      void send({ kind: f.kind, action: "reject", ...target(f), basedOn: f.decision?.id ?? null, reason, note: note.trim() || null }, focus);
    } else if (mode === "edit") {
      const fields = fromDraft(f.kind, draft, fieldsOf(f), f.factId === null);
      if (Object.keys(fields).length === 0) return setProblem("Nothing changed: edit a field, or press Esc.");
      void send({ kind: f.kind, action: "correct", ...target(f), basedOn: f.decision?.id ?? null, fields }, focus);
    }
  }, [busy, mode, adding, draft, facts, focus, reason, note, send]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = keyCommand(
        { mode, count: facts.length, focus, canReview, typing: isTypingTarget(event.target as HTMLElement | null), hasSelection: selection !== null && !("error" in selection) },
        event,
      );
      if (!command) return;
      event.preventDefault();
      switch (command.type) {
        case "focus":
          setProblem(null);
          return setFocus(command.index);
        case "accept":
          return accept(focus);
        case "open-reject":
          return openReject(focus);
        case "reason":
          return setReason(command.reason);
        case "open-edit":
          return openEdit(focus);
        case "add":
          return openAdd(command.kind);
        case "save":
          return save();
        case "cancel":
          return close();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [mode, facts.length, focus, canReview, selection, accept, openReject, openEdit, openAdd, save, close]);

  const counts = useMemo(() => {
    const reviewed = facts.filter((f) => f.status !== "unreviewed").length;
    return `${reviewed} of ${facts.length} reviewed`;
  }, [facts]);

  /** `added`: the form is for an analyst's claim (being added, or edited), which also offers its unit. */
  const form = (kind: "claim" | "attack", added: boolean) => (
    <div className="review-form" data-testid="review-form">
      {kind === "claim" ? (
        <>
          <label>
            low <input ref={(el) => void (firstField.current = el)} inputMode="numeric" value={draft.low ?? ""} onChange={(e) => setDraft({ ...draft, low: e.target.value })} data-field="low" />
          </label>
          <label>
            high <input inputMode="numeric" value={draft.high ?? ""} onChange={(e) => setDraft({ ...draft, high: e.target.value })} data-field="high" />
          </label>
          {added ? <Select label="unit" value={draft.unit} options={CLAIM_UNITS} onChange={(v) => setDraft({ ...draft, unit: v })} /> : null}
          <Select label="qualifier" value={draft.qualifier} options={QUALIFIERS} onChange={(v) => setDraft({ ...draft, qualifier: v })} />
          <label>
            claimant <input value={draft.claimant ?? ""} onChange={(e) => setDraft({ ...draft, claimant: e.target.value })} data-field="claimant" />
          </label>
          <Select label="claimant type" field="claimantType" value={draft.claimantType} options={CLAIMANT_TYPES} onChange={(v) => setDraft({ ...draft, claimantType: v })} />
          <Select label="referent" field="refersTo" value={draft.refersTo} options={REFERENTS} onChange={(v) => setDraft({ ...draft, refersTo: v })} />
        </>
      ) : (
        <Select label="attack type" field="type" value={draft.type} options={ATTACK_TYPES} onChange={(v) => setDraft({ ...draft, type: v })} inputRef={firstField} />
      )}
      <div className="review-actions">
        <button type="button" onClick={save} disabled={busy}>
          Save <kbd>Enter</kbd>
        </button>
        <button type="button" onClick={close}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );

  return (
    <section aria-labelledby="review-heading" className="review-panel" data-testid="review-panel">
      <h2 id="review-heading">Review ({counts})</h2>
      {canReview ? (
        <p className="muted review-help">
          <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> edit; select words in the text, then <kbd>c</kbd> add a claim or <kbd>t</kbd> an attack.
        </p>
      ) : (
        <p className="muted">Editors and admins review these facts here.</p>
      )}
      {detached > 0 ? (
        <p className="notice" data-testid="review-detached">
          {detached} {detached === 1 ? "decision" : "decisions"} could not be re-attached after a re-analysis: see the history below.
        </p>
      ) : null}
      <div role="status" aria-live="polite" className="visually-hidden" data-testid="review-announcer">
        {announcement}
      </div>
      {problem ? (
        <p role="alert" className="notice" data-testid="review-problem">
          {problem}
        </p>
      ) : null}
      {canReview && mode !== "add" && selection && !("error" in selection) ? (
        <div className="review-add" data-testid="review-add">
          Selected “{selection.anchorText}”:{" "}
          <button type="button" onClick={() => openAdd("claim")}>
            Add claim <kbd>c</kbd>
          </button>{" "}
          <button type="button" onClick={() => openAdd("attack")}>
            Add attack <kbd>t</kbd>
          </button>
        </div>
      ) : null}
      {mode === "add" && adding ? (
        <div className="review-adding" data-testid="review-adding">
          <strong>
            New {adding.kind} “{adding.anchor.anchorText}”
          </strong>
          {form(adding.kind, true)}
        </div>
      ) : null}
      {facts.length === 0 ? <p className="muted">No claims or attacks in this article.</p> : null}
      <ol className="review-facts" data-testid="review-facts">
        {facts.map((f, i) => {
          const focused = i === focus;
          const reviewedText = f.reviewed ? formatFields(f.kind, f.reviewed) : null;
          return (
            <li
              key={factKey(f)}
              ref={(el) => void (items.current[i] = el)}
              tabIndex={-1}
              className={`review-fact status-${f.status}${focused ? " review-current" : ""}`}
              data-testid="review-fact"
              data-fact={factKey(f)}
              data-status={f.status}
              aria-current={focused ? "true" : undefined}
              onClick={() => mode === "browse" && setFocus(i)}
            >
              <div>
                <span className="badge">{f.kind}</span> <strong>“{factLabel(f)}”</strong>{" "}
                <span className={`badge review-status`} data-testid="review-status">
                  {f.status}
                </span>
                {f.confidence !== null ? <span className="muted"> confidence {f.confidence.toFixed(2)}</span> : null}
              </div>
              {f.machine ? (
                <div className="muted" data-testid="review-machine">
                  machine: {formatFields(f.kind, f.machine)}
                </div>
              ) : null}
              {reviewedText && f.status !== "accepted" ? <div data-testid="review-reviewed">reviewed: {reviewedText}</div> : null}
              {f.decision ? (
                <div className="muted" data-testid="review-decided">
                  {f.decision.action}
                  {f.decision.reason ? ` (${REASON_LABELS[f.decision.reason]})` : ""} by {f.decision.user.name}, {new Date(f.decision.createdAt).toLocaleString("en-GB")}
                </div>
              ) : null}
              {canReview && focused && mode === "reject" ? (
                <div className="review-form" data-testid="review-reject">
                  <fieldset>
                    <legend>Reason</legend>
                    {REJECT_REASONS.map((r, n) => (
                      <label key={r}>
                        <input type="radio" name={`reason-${factKey(f)}`} value={r} checked={reason === r} onChange={() => setReason(r)} /> <kbd>{n + 1}</kbd> {REASON_LABELS[r]}
                      </label>
                    ))}
                  </fieldset>
                  <label>
                    note (optional) <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} data-field="note" />
                  </label>
                  <div className="review-actions">
                    <button type="button" onClick={save} disabled={busy || !reason}>
                      Reject <kbd>Enter</kbd>
                    </button>
                    <button type="button" onClick={close}>
                      Cancel <kbd>Esc</kbd>
                    </button>
                  </div>
                </div>
              ) : null}
              {canReview && focused && mode === "edit" ? form(f.kind, f.factId === null) : null}
              {canReview && !(focused && mode !== "browse") ? (
                <div className="review-actions">
                  <button type="button" onClick={() => (setFocus(i), accept(i))} disabled={busy} data-testid="review-accept">
                    Accept
                  </button>
                  <button type="button" onClick={() => openReject(i)} disabled={busy} data-testid="review-reject-button">
                    Reject
                  </button>
                  <button type="button" onClick={() => openEdit(i)} disabled={busy}>
                    Edit
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <ReviewHistory articleId={articleId} version={historyVersion} />
    </section>
  );
}

function Select({
  label,
  field,
  value,
  options,
  onChange,
  inputRef,
}: {
  label: string;
  field?: string;
  value: string | undefined;
  options: readonly string[];
  onChange: (value: string) => void;
  inputRef?: { current: HTMLElement | null };
}) {
  return (
    <label>
      {label}{" "}
      <select ref={inputRef ? (el) => void (inputRef.current = el) : undefined} value={value ?? ""} onChange={(e) => onChange(e.target.value)} data-field={field ?? label}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o.replace(/_/g, " ")}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The offset in the section of a point of a DOM selection, through the enclosing segment's data-start; null outside the body. */
function offsetOf(root: Element, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement?.closest<HTMLElement>("[data-start]");
    if (!segment || !root.contains(segment)) return null;
    return Number(segment.dataset.start) + offset;
  }
  // An element boundary: the start of its offset-th child, or the end of the last.
  const element = node as Element;
  const child = element.childNodes[offset];
  const at = (child instanceof HTMLElement ? child : child?.parentElement)?.closest<HTMLElement>("[data-start]");
  if (at && root.contains(at)) return Number(at.dataset.start);
  const last = element.querySelectorAll<HTMLElement>("[data-end]");
  const end = last[last.length - 1];
  return end ? Number(end.dataset.end) : null;
}
