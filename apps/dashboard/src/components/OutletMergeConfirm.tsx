"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

/**
 * The button under a merge's confirmation: POST /api/outlets/merge with the
 * article count the admin was shown. If an import or another admin changed
 * that count meanwhile, the server refuses (409) and the page is reloaded
 * with the new count to confirm again.
 */
export function OutletMergeConfirm({ from, into, confirm, label }: { from: number; into: number; confirm: number; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="outlet-merge-confirm">
      <button
        type="button"
        disabled={pending}
        aria-busy={pending || undefined}
        data-testid="outlet-merge-confirm"
        onClick={() => {
          setError(null);
          startTransition(async () => {
            try {
              const res = await fetch("/api/outlets/merge", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ from, into, confirm }) });
              const answer = (await res.json().catch(() => ({}))) as { error?: string; into?: { id: number; name: string } };
              if (!res.ok) {
                setError(answer.error ?? `The merge failed (HTTP ${res.status}).`);
                // A stale count: show the new one.
                if (res.status === 409) router.refresh();
                return;
              }
              router.replace(`/admin/outlets?merged=1&q=${encodeURIComponent(answer.into?.name ?? "")}`);
            } catch {
              setError("The dashboard did not answer; nothing was merged.");
            }
          });
        }}
      >
        {label}
      </button>
      {error && (
        <p role="alert" className="outlet-status" data-testid="outlet-merge-error">
          {error}
        </p>
      )}
    </div>
  );
}
