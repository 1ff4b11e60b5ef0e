import type { Metadata } from "next";
import { connection } from "next/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Framewatch", template: "%s · Framewatch" },
  description: "How outlets report the ISIS remnant insurgency: framing, claimed fighter numbers and attack types, traced to the sentence.",
};

/** Document shell shared by the site (app/(site)) and the chrome-less embeds (app/embed). */
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request, the 404 page included: Next.js puts the
  // proxy's per-request script nonce on its scripts only while rendering, so a
  // page prerendered at build time would carry scripts the CSP blocks.
  await connection();
  return (
    <html lang="en">
      <body>
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
