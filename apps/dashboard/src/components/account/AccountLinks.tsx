"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useSignedInUser } from "./AccountContext";
import { SignOutButton } from "./SignOutButton";

/** The header's account corner: who is signed in with account and sign-out links, or a sign-in link back to here. */
export function AccountLinks() {
  const user = useSignedInUser();
  const pathname = usePathname() ?? "/";
  const search = useSearchParams()?.toString() ?? "";
  if (!user) {
    const here = `${pathname}${search ? `?${search}` : ""}`;
    const href = pathname === "/sign-in" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(here)}`;
    return (
      <div className="account-links" data-testid="account-links">
        <Link href={href}>Sign in</Link>
      </div>
    );
  }
  return (
    <div className="account-links" data-testid="account-links">
      <span>
        Signed in as{" "}
        <Link href="/account" data-testid="signed-in-as">
          {user.name}
        </Link>{" "}
        <span className="badge">{user.role}</span>
      </span>
      {user.role === "editor" || user.role === "admin" ? (
        <>
          <Link href="/review" data-testid="review-link">
            Review
          </Link>
          <Link href="/imports/new">Import</Link>
        </>
      ) : null}
      {user.role === "admin" ? (
        <>
          <Link href="/admin/users">Users</Link>
          <Link href="/admin/outlets">Outlets</Link>
        </>
      ) : null}
      <SignOutButton />
    </div>
  );
}
