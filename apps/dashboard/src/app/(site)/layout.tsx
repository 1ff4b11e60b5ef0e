import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { NavLinks, NavList } from "@/components/NavLinks";

/** The full site: header and navigation around every view (embeds go without). */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
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
      </header>
      <main id="main">{children}</main>
    </>
  );
}
