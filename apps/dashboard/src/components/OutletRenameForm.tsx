"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

interface Answer {
  error?: string;
  reason?: string;
  holder?: { id: number; name: string };
  previousName?: string;
}

/**
 * Renames one outlet through POST /api/outlets/<id>. A name another outlet
 * holds is refused by the server; the refusal links to the merge that would
 * make them one outlet instead.
 */
export function OutletRenameForm({ id, name }: { id: number; name: string }) {
  const router = useRouter();
  const [text, setText] = useState(name);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ text: string; mergeInto?: { id: number; name: string } } | null>(null);
  return (
    <form
      className="outlet-form"
      aria-busy={pending || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        setStatus(null);
        startTransition(async () => {
          try {
            const res = await fetch(`/api/outlets/${id}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: text }) });
            const answer = (await res.json().catch(() => ({}))) as Answer;
            if (!res.ok) {
              setStatus({ text: answer.error ?? `The rename failed (HTTP ${res.status}).`, mergeInto: answer.reason === "name-taken" ? answer.holder : undefined });
              return;
            }
            setStatus({ text: `Renamed. "${answer.previousName ?? name}" is kept as a former name.` });
            router.refresh();
          } catch {
            setStatus({ text: "The dashboard did not answer; nothing was renamed." });
          }
        });
      }}
    >
      <label htmlFor={`outlet-name-${id}`} className="visually-hidden">
        New name for {name}
      </label>
      <input id={`outlet-name-${id}`} name="name" value={text} maxLength={200} required onChange={(e) => setText(e.target.value)} data-testid="outlet-rename-input" />
      <button type="submit" disabled={pending || text.trim() === "" || text.trim() === name}>
        Rename
      </button>
      {status && (
        <p role="status" className="outlet-status" data-testid="outlet-rename-status">
          {status.text}{" "}
          {status.mergeInto && <Link href={`/admin/outlets?merge=${id}&into=${status.mergeInto.id}#merge`}>Merge into “{status.mergeInto.name}” instead…</Link>}
        </p>
      )}
    </form>
  );
}
