import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Framewatch", template: "%s · Framewatch" },
  description: "How outlets report the ISIS remnant insurgency: framing, claimed fighter numbers and attack types, traced to the sentence.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <Link href="/" className="brand">
            Framewatch
          </Link>
          <nav aria-label="Main">
            <Link href="/">Articles</Link>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
