import { describe, expect, it } from "vitest";
import { superviseProcess } from "./supervise-process";

const node = (code: string) => ({ command: process.execPath, args: ["-e", code] });

describe("superviseProcess", () => {
  it("restarts a child that dies, with a growing delay, and gives up past the limit", async () => {
    const lines: string[] = [];
    const spawned: number[] = [];
    const supervised = superviseProcess({
      name: "crasher",
      ...node("process.exit(3)"),
      log: (l) => lines.push(l),
      maxRestarts: 2,
      backoffMs: 50,
      onSpawn: (child) => spawned.push(child.pid!),
    });
    expect(await supervised.ended).toBe(false);
    expect(spawned).toHaveLength(3);
    expect(supervised.restarts()).toBe(2);
    expect(lines[0]).toBe("The crasher exited with code 3; restarting it in 0 s.");
    expect(lines.at(-1)).toMatch(/crashed 3 times within 60 s, so it is not restarted/);
  });

  it("stops a running child on request and does not restart it", async () => {
    const supervised = superviseProcess({ name: "sleeper", ...node("setInterval(() => {}, 1000)"), log: () => {} });
    const pid = supervised.pid();
    expect(pid).toBeDefined();
    await supervised.stop();
    expect(await supervised.ended).toBe(true);
    expect(supervised.restarts()).toBe(0);
    expect(() => process.kill(pid!, 0)).toThrow();
  });
});
