// Prisma CLI configuration. The native schema engine cannot be downloaded on
// closed networks, so the CLI runs its WASM engine through the pg adapter
// (`engine: "js"`); `prisma generate` and `prisma migrate diff` work offline
// this way. Migrations are applied by our own runner (src/migrate).
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const root = path.join(import.meta.dirname, "..", "..");

// schema.prisma reads env("DATABASE_URL"); generate and diff never connect, so
// a placeholder lets them run on a machine with no database configured.
process.env.DATABASE_URL ??= "postgresql://localhost/framewatch";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(root, "prisma", "schema.prisma"),
  migrations: { path: path.join(root, "prisma", "migrations") },
  async adapter() {
    // Only commands that talk to a database use it; generate and diff do not.
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
