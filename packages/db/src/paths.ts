import path from "node:path";

// Node-only (scripts, CLI, tests): bundled code such as the Next.js server has
// no meaningful module path, so nothing the dashboard imports may use this.
/** The repository root: packages/db/src -> ../../.. */
export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
