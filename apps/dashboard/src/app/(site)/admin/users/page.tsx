import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { listUsers } from "@framewatch/auth";
import { AdminUsers } from "@/components/account/AdminUsers";
import { getAuthPool } from "@/lib/auth/auth";
import { currentAccount } from "@/lib/auth/current-account";

export const metadata: Metadata = { title: "Accounts" };

/** Admins: every account, add one (one-time password shown once), change roles, remove. The API checks again. */
export default async function AdminUsersPage() {
  const account = await currentAccount(await headers());
  if (!account) redirect(`/sign-in?next=${encodeURIComponent("/admin/users")}`);
  if (account.user.role !== "admin") {
    return (
      <section className="account-page">
        <h1>Accounts</h1>
        <p data-testid="not-admin">Only admins manage accounts; you are signed in as {account.user.role}.</p>
      </section>
    );
  }
  const users = (await listUsers(getAuthPool())).map(({ id, email, name, role, mustChangePassword }) => ({ id, email, name, role, mustChangePassword }));
  return (
    <section>
      <h1>Accounts</h1>
      <p className="lede">
        Viewers read and share; editors also import; admins also manage accounts and outlets. The last admin can be neither removed nor demoted.
      </p>
      <AdminUsers initial={users} selfId={account.user.id} />
    </section>
  );
}
