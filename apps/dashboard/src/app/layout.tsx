import type { Metadata } from "next";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Framewatch", template: "%s · Framewatch" },
  description: "How outlets report the ISIS remnant insurgency: framing, claimed fighter numbers and attack types, traced to the sentence.",
};

/** Document shell shared by the site (app/(site)) and the chrome-less embeds (app/embed). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <NuqsAdapter>{children}</NuqsAdapter>
      </body>
    </html>
  );
}
