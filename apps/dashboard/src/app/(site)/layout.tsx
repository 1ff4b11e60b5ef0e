import Link from "next/link";
import { headers } from "next/headers";
import { Suspense, type ReactNode } from "react";
import { AccountProvider } from "@/components/account/AccountContext";
import { AccountLinks } from "@/components/account/AccountLinks";
import { NavLinks, NavList } from "@/components/NavLinks";
import { currentAccount } from "@/lib/auth/current-account";

/** The full site: header and navigation around every view (embeds go without), and who is signed in. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const account = await currentAccount(await headers());
  return (
    <AccountProvider user={account?.user ?? null} mustChangePassword={account?.mustChangePassword ?? false}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          Framewatch
        </Link>
        <nav aria-label="Main">
          <Suspense fallback={<NavList pathname={null} query="" />}>
            <NavLinks />
          </Suspense>
        </nav>
        <Suspense fallback={null}>
          <AccountLinks />
        </Suspense>
      </header>
      <main id="main">{children}</main>
    </AccountProvider>
  );
}
