#!/usr/bin/env node
// The two README commands (`npm start`, `npm test`) and `npm run corpus`
// land here. A fresh machine has only Node.js and npm, so this script brings
// pnpm itself (through npx; corepack cannot verify pnpm offline), installs
// the workspace, and hands over to the real tools. Plain Node, no deps.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PNPM_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).packageManager.split("@")[1];
const [mode, ...args] = process.argv.slice(2);

// Turborepo and Next.js print a telemetry notice on every run otherwise, and
// would try to send usage data from a tool that is meant to run offline.
process.env.TURBO_TELEMETRY_DISABLED ??= "1";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

/** Output of setup steps: on stderr in `corpus` mode, so stdout carries only the command's own output. */
const setupStdio = mode === "corpus" ? ["ignore", 2, 2] : "inherit";
const say = (line) => process.stderr.write(`[framewatch] ${line}\n`);

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: setupStdio, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpm(pnpmArgs, options) {
  return run("npx", ["--yes", `pnpm@${PNPM_VERSION}`, ...pnpmArgs], options);
}

function mustSucceed(status, what) {
  if (status !== 0) {
    say(`${what} failed (exit ${status}).`);
    process.exit(status || 1);
  }
}

/** Installs the workspace unless node_modules is already current with the lockfile. */
function ensureInstalled() {
  const marker = path.join(ROOT, "node_modules", ".pnpm", "lock.yaml");
  const lock = path.join(ROOT, "pnpm-lock.yaml");
  const current = fs.existsSync(marker) && fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs;
  if (current && mode === "corpus") return;
  say(current ? "Checking dependencies..." : "Installing dependencies (first run takes a minute)...");
  mustSucceed(pnpm(["install", "--frozen-lockfile", "--prefer-offline"]), "Installing dependencies");
}

/** The Prisma client is generated code (git-ignored); regenerate when the schema is newer. */
function ensurePrismaClient() {
  const generated = path.join(ROOT, "packages", "db", "src", "generated", "prisma", "client.ts");
  const schema = path.join(ROOT, "prisma", "schema.prisma");
  if (fs.existsSync(generated) && fs.statSync(generated).mtimeMs >= fs.statSync(schema).mtimeMs) return;
  mustSucceed(pnpm(["--filter", "@framewatch/db", "generate"]), "Generating the Prisma client");
}

/** Runs a long-lived child in the foreground; Ctrl-C reaches it through the terminal and we wait for it to finish. */
function foreground(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: ROOT, stdio: "inherit", env });
  const forward = (signal) => {
    if (child.exitCode === null) child.kill(signal);
  };
  // The terminal sends SIGINT to the whole group; SIGTERM (e.g. from a supervisor) reaches only us.
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => forward("SIGTERM"));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const CLI = path.join(ROOT, "packages", "cli", "bin", "corpus.mjs");

switch (mode) {
  case "start": {
    ensureInstalled();
    ensurePrismaClient();
    say("Building the dashboard (cached after the first build)...");
    mustSucceed(pnpm(["exec", "turbo", "run", "build", "--filter=@framewatch/dashboard", "--output-logs=errors-only"]), "Building the dashboard");
    foreground(process.execPath, [CLI, "serve", ...args]);
    break;
  }
  case "test": {
    ensureInstalled();
    ensurePrismaClient();
    const { runAllTests } = await import("./run-all-tests.mjs");
    process.exit(await runAllTests({ root: ROOT, pnpm, say }));
  }
  case "corpus": {
    ensureInstalled();
    ensurePrismaClient();
    foreground(process.execPath, [CLI, ...args], { ...process.env, INIT_CWD: process.env.INIT_CWD ?? process.cwd() });
    break;
  }
  default:
    say(`Unknown mode "${mode}". Use: start | test | corpus`);
    process.exit(2);
}
