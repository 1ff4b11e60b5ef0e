"use client";

import { useState, type FormEvent } from "react";
import { reasonOf, sendJson } from "./post-json";

/** Better Auth's change-password: other sessions end, this one stays; then on to `next`. */
export function ChangePasswordForm({ next, oneTime }: { next: string; oneTime: boolean }) {
  const [message, setMessage] = useState<{ error: boolean; text: string }>({ error: false, text: "" });
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== form.get("confirm")) {
      setMessage({ error: true, text: "The two new passwords differ." });
      return;
    }
    setBusy(true);
    const { ok, data } = await sendJson("/api/auth/change-password", { currentPassword: form.get("currentPassword"), newPassword, revokeOtherSessions: true });
    setBusy(false);
    if (!ok) {
      setMessage({ error: true, text: reasonOf(data, "Could not change the password.") });
      return;
    }
    element.reset();
    if (oneTime) window.location.assign(next);
    else setMessage({ error: false, text: "Password changed. Other browsers signed in as you were signed out." });
  }

  return (
    <form className="account-form" onSubmit={(e) => void submit(e)} data-testid="change-password-form">
      <label>
        {oneTime ? "One-time password" : "Current password"}
        <input name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label>
        New password (at least 10 characters)
        <input name="newPassword" type="password" autoComplete="new-password" minLength={10} required />
      </label>
      <label>
        New password again
        <input name="confirm" type="password" autoComplete="new-password" minLength={10} required />
      </label>
      <button type="submit" disabled={busy}>
        Change password
      </button>
      <p className={message.error ? "form-error" : "muted"} role={message.error ? "alert" : "status"} data-testid="form-message">
        {message.text}
      </p>
    </form>
  );
}
