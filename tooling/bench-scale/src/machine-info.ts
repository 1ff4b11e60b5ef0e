import { execFileSync } from "node:child_process";
import os from "node:os";
import { REPO_ROOT } from "@framewatch/db/paths";
import type pg from "pg";
import type { MachineInfo } from "./bench-report";

export async function readMachineInfo(client: pg.Client): Promise<MachineInfo> {
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
    if (dirty) commit += " (with uncommitted changes)";
  } catch {
    // not a git checkout
  }
  const { rows } = await client.query<{ v: string }>("SELECT version() AS v");
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: rows[0]!.v.split(" on ")[0]!,
    commit,
    loadAverage: os.loadavg().map((x) => x.toFixed(2)).join(" "),
  };
}
