// The Playwright web server: a fresh throwaway database (unless a local
// E2E_DATABASE_URL is given), the bundled corpus imported, and the
// production dashboard, all through the same `corpus serve` users run.
import fs from "node:fs";
import { E2E_DATA_DIR, E2E_PG_PORT, E2E_PORT, explicitE2eDatabaseUrl } from "../e2e-env";

const explicit = explicitE2eDatabaseUrl();
if (!explicit) fs.rmSync(E2E_DATA_DIR, { recursive: true, force: true });

process.env.PORT = String(E2E_PORT);
// Every spec signs its accounts in from this one machine: past the default 10 a minute, sign-ins would get 429.
process.env.FRAMEWATCH_SIGNIN_PER_MINUTE = "1000";
process.env.FRAMEWATCH_DATA_DIR = E2E_DATA_DIR;
process.env.FRAMEWATCH_PG_PORT = String(E2E_PG_PORT);
if (explicit) process.env.DATABASE_URL = explicit;
else delete process.env.DATABASE_URL;
process.argv = [process.argv[0]!, "corpus", "serve"];
await import("@framewatch/cli");
