import { spawn } from "node:child_process";
import { afterEach, describe, expect, it, vi } from "vitest";
import { processTree, readStatusKb, RssSampler, treeRssBytes } from "./process-tree";

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
});

describe("process tree memory", () => {
  it("counts a child's memory in its parent's tree", async () => {
    // A child that holds ~200 MB, so the tree's RSS must grow by at least that.
    const child = spawn(process.execPath, ["-e", "const b = Buffer.alloc(200 * 1024 * 1024, 1); console.log('ready'); setInterval(() => b[0]++, 1000);"]);
    children.push(child);
    await new Promise((resolve) => child.stdout!.once("data", resolve));
    expect(processTree(process.pid)).toContain(child.pid);
    const own = readStatusKb(process.pid, "VmRSS") * 1024;
    expect(treeRssBytes(child.pid!)).toBeGreaterThan(200 * 1024 * 1024);
    expect(treeRssBytes(process.pid)).toBeGreaterThan(own + 200 * 1024 * 1024);
  });

  it("samples on a timer, once however often it is started", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    try {
      const sampler = new RssSampler(() => process.pid, 20).start().start();
      vi.advanceTimersByTime(200);
      sampler.stop();
      vi.advanceTimersByTime(200);
      expect(sampler.timeline).toHaveLength(10);
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps window and overall peaks", () => {
    const sampler = new RssSampler(() => process.pid);
    const first = sampler.sample();
    expect(first).toBeGreaterThan(0);
    expect(sampler.windowPeak).toBe(first);
    sampler.resetWindow();
    expect(sampler.windowPeak).toBe(0);
    expect(sampler.overallPeak).toBe(first);
    expect(new RssSampler(() => null).sample()).toBe(0);
  });

  it("reads nothing for a process that does not exist", () => {
    expect(treeRssBytes(2 ** 22 + 12345)).toBe(0);
  });
});
