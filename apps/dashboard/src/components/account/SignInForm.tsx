"use client";

import { useState, type FormEvent } from "react";
import { reasonOf, sendJson } from "./post-json";

/** Email + password sign-in through Better Auth; an account on a one-time password goes to /account next. */
export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError("");
    const { ok, status, data } = await sendJson("/api/auth/sign-in/email", { email: form.get("email"), password: form.get("password") });
    if (!ok) {
      setBusy(false);
      setError(status === 429 ? "Too many attempts: wait a minute and try again." : status === 401 ? "Wrong email or password." : reasonOf(data, "Could not sign in."));
      return;
    }
    const user = data.user as { mustChangePassword?: boolean } | undefined;
    // A full load, so every server-rendered part (the header) sees the new session.
    window.location.assign(user?.mustChangePassword ? `/account?next=${encodeURIComponent(next)}` : next);
  }

  return (
    <form className="account-form" onSubmit={(e) => void submit(e)} data-testid="sign-in-form">
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
      <p className="form-error" role="alert" data-testid="form-error">
        {error}
      </p>
    </form>
  );
}
