"use client";

import { useState, type FormEvent } from "react";
import type { Role } from "@/lib/auth/create-authorizer";
import { reasonOf, sendJson } from "./post-json";

export interface ListedUser {
  id: string;
  email: string;
  name: string;
  role: string;
  mustChangePassword: boolean;
}

const ROLE_CHOICES: Role[] = ["viewer", "editor", "admin"];

/** The account list for admins: add (the one-time password shown once), change a role, remove. */
export function AdminUsers({ initial, selfId }: { initial: ListedUser[]; selfId: string }) {
  const [users, setUsers] = useState(initial);
  const [status, setStatus] = useState<{ error: boolean; text: string }>({ error: false, text: "" });
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);

  async function reload() {
    const res = await fetch("/api/admin/users");
    if (res.ok) setUsers(((await res.json()) as { users: ListedUser[] }).users);
  }

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const { ok, data } = await sendJson("/api/admin/users", { email: form.get("email"), name: form.get("name") || undefined, role: form.get("role") });
    if (!ok) {
      setCreated(null);
      setStatus({ error: true, text: reasonOf(data, "Could not add the account.") });
      return;
    }
    const user = data.user as ListedUser;
    setCreated({ email: user.email, password: String(data.password) });
    setStatus({ error: false, text: `Added ${user.role} ${user.email}.` });
    element.reset();
    await reload();
  }

  async function changeRole(user: ListedUser, role: string) {
    const { ok, data } = await sendJson(`/api/admin/users/${encodeURIComponent(user.id)}`, { role }, "PATCH");
    setStatus(ok ? { error: false, text: `${user.email} is now ${role}.` } : { error: true, text: reasonOf(data, "Could not change the role.") });
    await reload();
  }

  async function remove(user: ListedUser) {
    if (!window.confirm(`Remove ${user.email}? They are signed out at once and can no longer sign in.`)) return;
    const { ok, data } = await sendJson(`/api/admin/users/${encodeURIComponent(user.id)}`, undefined, "DELETE");
    setStatus(ok ? { error: false, text: `Removed ${user.email}.` } : { error: true, text: reasonOf(data, "Could not remove the account.") });
    await reload();
  }

  return (
    <>
      <section className="chart-section">
        <h2>Add an account</h2>
        <form className="account-form account-form--inline" onSubmit={(e) => void create(e)} data-testid="add-user-form">
          <label>
            Email
            <input name="email" type="email" required />
          </label>
          <label>
            Name (optional)
            <input name="name" type="text" maxLength={200} />
          </label>
          <label>
            Role
            <select name="role" defaultValue="editor">
              {ROLE_CHOICES.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Add account</button>
        </form>
        {created ? (
          <div className="one-time-password" data-testid="one-time-password">
            <p>
              One-time password for <strong>{created.email}</strong>, shown only now: hand it over privately. At the first sign-in they must choose
              their own.
            </p>
            <input readOnly value={created.password} aria-label="One-time password" data-testid="one-time-password-value" onFocus={(e) => e.currentTarget.select()} />
          </div>
        ) : null}
      </section>
      <p className={status.error ? "form-error" : "muted"} role={status.error ? "alert" : "status"} data-testid="admin-status">
        {status.text}
      </p>
      <div className="table-scroll">
        <table className="account-table" data-testid="user-table">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Password</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-email={u.email}>
                <td>{u.email}</td>
                <td>{u.name}</td>
                <td>
                  <select aria-label={`Role of ${u.email}`} value={u.role} onChange={(e) => void changeRole(u, e.currentTarget.value)}>
                    {ROLE_CHOICES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{u.mustChangePassword ? "one-time, not yet changed" : "chosen"}</td>
                <td>
                  <button type="button" onClick={() => void remove(u)} aria-label={`Remove ${u.email}`}>
                    {u.id === selfId ? "Remove (you)" : "Remove"}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
