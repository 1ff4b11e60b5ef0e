import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { SignInForm } from "@/components/account/SignInForm";
import { currentUser } from "@/lib/auth/authorize";
import { safeNext } from "@/lib/auth/safe-next";

export const metadata: Metadata = { title: "Sign in" };

/** Email + password sign-in; accounts are made by an admin (`corpus user add`, /admin/users), not here. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  const user = await currentUser(await headers());
  return (
    <section className="account-page">
      <h1>Sign in</h1>
      {user ? (
        <p data-testid="already-signed-in">
          You are signed in as {user.email}. <Link href={next}>Continue</Link> or <Link href="/account">manage your account</Link>.
        </p>
      ) : (
        <>
          <p className="lede">
            Reading Framewatch needs no account; importing, reviewing and managing do. Accounts are made by an admin, who gives you a one-time
            password to replace when you first sign in.
          </p>
          <SignInForm next={next} />
        </>
      )}
    </section>
  );
}
