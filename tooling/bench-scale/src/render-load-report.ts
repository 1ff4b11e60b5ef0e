import type { MachineInfo } from "./bench-report";
import type { LoadArgs } from "./parse-load-args";
import type { LoadFigures } from "./run-load";

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : "-");

/** The Markdown report of `pnpm bench:load`: how it ran, then one row per route. */
export function renderLoadReport(input: { args: LoadArgs; machine: MachineInfo; loadAtStart: number[]; articles: number; figures: LoadFigures[]; when: Date }): string {
  const { args, machine, figures } = input;
  const lines = [
    `${machine.date}, commit ${machine.commit}. Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.ramGb} GB RAM, Node.js ${machine.node}, ${machine.postgres}; ` +
      `load average at start ${input.loadAtStart.map((x) => x.toFixed(2)).join(" ")}.`,
    "",
    `${input.articles.toLocaleString("en-US")} articles (generated, seed ${args.seed}); ${args.connections} connections for ${args.duration} s per route, ` +
      `one route after the other, each after one warm-up request; a request unanswered after ${args.timeout} s is a timeout. ` +
      "autocannon (HTTP/1.1 keep-alive, gzip accepted) against the production dashboard (apps/dashboard/server/main.mjs) on an embedded PostgreSQL; " +
      "latency = time to the whole response, percentiles over every response (nearest rank); unfinished = requests still unanswered when the time was up " +
      "(their clients stop; not counted as timeouts, and left out of the latencies); errors = connection errors and timeouts (autocannon's count); " +
      "RSS = peak of the dashboard's process tree during the run, sampled every 100 ms.",
    "",
    "| route | req/s | responses | unfinished at the end | p50 ms | p95 ms | p99 ms | max ms | errors | timeouts | non-2xx | 5xx | peak RSS MB | server after |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...figures.map(
      (f) =>
        `| ${f.route} | ${f.requestsPerSecond.toFixed(0)} | ${f.responses.toLocaleString("en-US")} | ${f.unfinished} | ${ms(f.latencyMs.p50)} | ${ms(f.latencyMs.p95)} | ${ms(f.latencyMs.p99)} | ${ms(f.latencyMs.max)} | ` +
        `${f.errors} | ${f.timeouts} | ${f.non2xx} | ${f.status5xx} | ${Math.round(f.peakRssBytes / 2 ** 20)} | ${f.serverAlive ? "running" : "**died**"} |`,
    ),
  ];
  return lines.join("\n");
}
