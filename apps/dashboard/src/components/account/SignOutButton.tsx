"use client";

import { useState } from "react";

/** Ends the session (Better Auth's sign-out) and reloads the overview as a signed-out visitor. */
export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => null);
    window.location.assign("/");
  }
  return (
    <button type="button" className="link-button" data-testid="sign-out" disabled={busy} onClick={() => void signOut()}>
      Sign out
    </button>
  );
}
