import type { Metadata } from "next";
import Link from "next/link";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Suspense, type ReactNode } from "react";
import { NavLinks, NavList } from "@/components/NavLinks";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Framewatch", template: "%s · Framewatch" },
  description: "How outlets report the ISIS remnant insurgency: framing, claimed fighter numbers and attack types, traced to the sentence.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <NuqsAdapter>
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
        </NuqsAdapter>
      </body>
    </html>
  );
}
