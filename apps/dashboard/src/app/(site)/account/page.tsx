import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/ChangePasswordForm";
import { SignOutButton } from "@/components/account/SignOutButton";
import { currentAccount } from "@/lib/auth/current-account";
import { safeNext } from "@/lib/auth/safe-next";

export const metadata: Metadata = { title: "Your account" };

/** Change password and sign out; where an account on a one-time password is sent first. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  const account = await currentAccount(await headers());
  if (!account) redirect(`/sign-in?next=${encodeURIComponent("/account")}`);
  const { user, mustChangePassword } = account;
  return (
    <section className="account-page">
      <h1>Your account</h1>
      <dl className="meta-list">
        <dt>Email</dt>
        <dd data-testid="account-email">{user.email}</dd>
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>Role</dt>
        <dd data-testid="account-role">{user.role}</dd>
      </dl>
      <h2>{mustChangePassword ? "Choose your own password" : "Change password"}</h2>
      {mustChangePassword ? (
        <p className="state-notice" data-testid="must-change-password">
          You signed in with a one-time password. Choose your own to go on: until then you can read, but not change anything.
        </p>
      ) : null}
      <ChangePasswordForm next={next === "/account" ? "/" : next} oneTime={mustChangePassword} />
      <h2>Sign out</h2>
      <SignOutButton />
    </section>
  );
}
