"use client";

import { usePathname, useRouter } from "next/navigation";
import { createContext, useContext, useEffect, type ReactNode } from "react";
import type { SignedInUser } from "@/lib/auth/create-authorizer";

const AccountContext = createContext<SignedInUser | null>(null);

/** Who is signed in, for client components that offer writes (e.g. short links); null when nobody is. */
export function useSignedInUser(): SignedInUser | null {
  return useContext(AccountContext);
}

/**
 * Provides the signed-in user to client components, and sends an account
 * still on its one-time password to /account from any page.
 */
export function AccountProvider({ user, mustChangePassword, children }: { user: SignedInUser | null; mustChangePassword: boolean; children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();
  useEffect(() => {
    if (mustChangePassword && pathname !== "/account") router.replace(`/account?next=${encodeURIComponent(pathname ?? "/")}`);
  }, [mustChangePassword, pathname, router]);
  return <AccountContext.Provider value={user}>{children}</AccountContext.Provider>;
}
