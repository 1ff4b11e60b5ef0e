/**
 * `pnpm --filter @framewatch/bench-scale compare-kept --a DIR --b DIR ROUTE...`: the same routes against two
 * databases kept by `bench:scale --keep` (say 5,000 and 100,000 articles), each served by the production
 * dashboard, measured in alternating rounds so both see the same machine load. On a shared machine the load
 * moves more between two sequential runs than a route's cost does between two sizes; interleaving cancels it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedServer } from "@framewatch/db/server";
import { findFreePort } from "@framewatch/db/testing";
import { DASHBOARD } from "./bench-harness";
import { childEnv } from "./env";
import { parseCount } from "./parse-args";
import { summarise } from "./percentiles";
import { sendRequest } from "./send-request";

interface Side {
  name: string;
  dir: string;
  pg?: EmbeddedServer;
  child?: ChildProcess;
  origin?: string;
}

function parse(argv: readonly string[]) {
  const sides: Side[] = [];
  const routes: string[] = [];
  let rounds = 4;
  let perRound = 50;
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i]!;
    if (t === "--") continue;
    if (t === "--a" || t === "--b") sides.push({ name: path.basename(path.dirname(path.resolve(argv[++i] ?? ""))), dir: path.resolve(argv[i] ?? "") });
    else if (t === "--rounds") rounds = parseCount(t, argv[++i], 1);
    else if (t === "--per-round") perRound = parseCount(t, argv[++i], 1);
    else if (t.startsWith("/")) routes.push(t);
    else throw new Error(`unknown argument "${t}"`);
  }
  if (sides.length !== 2 || routes.length === 0) throw new Error("usage: compare-kept --a DIR/postgres --b DIR/postgres [--rounds 4] [--per-round 50] /route...");
  return { sides, routes, rounds, perRound };
}

async function main(): Promise<void> {
  const { sides, routes, rounds, perRound } = parse(process.argv.slice(2));
  try {
    for (const s of sides) {
      s.pg = await startEmbeddedPostgres({ dataDir: s.dir, port: await findFreePort(), persistent: true });
      const port = await findFreePort();
      const out = fs.openSync(path.join(path.dirname(s.dir), "compare-dashboard.log"), "a");
      s.child = spawn(process.execPath, [path.join(DASHBOARD, "server", "main.mjs"), "--port", String(port), "--hostname", "127.0.0.1"], {
        cwd: DASHBOARD,
        stdio: ["ignore", out, out],
        env: childEnv({ DATABASE_URL: s.pg.ownerUrl("framewatch"), PORT: String(port), NODE_ENV: "production" }),
      });
      s.origin = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 120 && (await sendRequest(s.origin, { method: "GET", url: "/api/not-a-route" }, 5000)).status === 0; i++) {
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    const times = new Map<string, number[]>();
    const loads: string[] = [];
    for (let round = 0; round < rounds; round++) {
      loads.push(fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "));
      for (const url of routes) {
        for (const s of sides) {
          const key = `${url}\t${s.name}`;
          const list = times.get(key) ?? [];
          for (let i = 0; i < perRound; i++) {
            const r = await sendRequest(s.origin!, { method: "GET", url }, 30_000);
            if (r.status !== 200) throw new Error(`${url} on ${s.name}: HTTP ${r.status || r.error}`);
            // The first request fills the cache: printed apart, as bench:scale's "cold".
            if (round === 0 && i === 0) process.stdout.write(`cold ${s.name} ${url}: ${r.ms.toFixed(0)} ms\n`);
            else list.push(r.ms);
          }
          times.set(key, list);
        }
      }
    }
    const [a, b] = sides as [Side, Side];
    process.stdout.write(`\nload average at the start of each round: ${loads.join(" | ")}\n\n`);
    process.stdout.write(`| route | ${a.name} p50 | ${a.name} p95 | ${b.name} p50 | ${b.name} p95 | ${b.name} / ${a.name} p95 |\n| --- | ---: | ---: | ---: | ---: | ---: |\n`);
    for (const url of routes) {
      const x = summarise(times.get(`${url}\t${a.name}`)!);
      const y = summarise(times.get(`${url}\t${b.name}`)!);
      process.stdout.write(`| ${url} | ${x.p50.toFixed(1)} | ${x.p95.toFixed(1)} | ${y.p50.toFixed(1)} | ${y.p95.toFixed(1)} | ${(y.p95 / x.p95).toFixed(2)}x |\n`);
    }
  } finally {
    for (const s of sides) s.child?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 2000));
    for (const s of sides) await s.pg?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
