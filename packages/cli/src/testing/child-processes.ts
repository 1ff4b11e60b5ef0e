import fs from "node:fs";

/** The live direct children of `pid` with their command lines, read from /proc (Linux). */
export function childProcesses(pid: number): { pid: number; cmdline: string }[] {
  const children: { pid: number; cmdline: string }[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of stat is the parent pid; the command name before it may contain spaces, hence the split on ") ".
      const ppid = Number(fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      if (ppid === pid) children.push({ pid: Number(entry), cmdline: fs.readFileSync(`/proc/${entry}/cmdline`, "utf8") });
    } catch {
      // gone
    }
  }
  return children;
}

/** True while `pid` exists and has not been reaped. */
export function isRunning(pid: number): boolean {
  try {
    const state = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ")[0];
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}
