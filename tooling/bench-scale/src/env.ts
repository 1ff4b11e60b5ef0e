/** The only module of the benchmark that reads process.env. */

/** Where the user typed the command (pnpm runs scripts in the package folder); output paths are relative to it. */
export function invocationDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/** The environment for a child process: ours, plus the given variables. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  // Our own DATABASE_URL (if any) must never leak into the dashboard or the import: they get the benchmark's.
  if (!("DATABASE_URL" in extra)) delete env.DATABASE_URL;
  return env;
}

/**
 * The environment for `npx pnpm ...` from inside a pnpm script: pnpm's own
 * npm_config_* settings would make npm print a warning for each of them.
 */
export function npxEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(childEnv({})).filter(([k]) => !k.toLowerCase().startsWith("npm_config_")));
}
