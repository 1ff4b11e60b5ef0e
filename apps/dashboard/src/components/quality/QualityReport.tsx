import Link from "next/link";
import { formatNumber } from "@framewatch/charts";
import { MEASURES, type MeasureId, type ScoreGroup } from "@framewatch/corpus-model/eval";
import type { MachineQuality } from "@framewatch/db/review";
import { formatRate } from "@/lib/quality/format-rate";

/** Reviews do not correct publication dates, so the gold they make has none: the date measures are not shown. */
const SHOWN = MEASURES.filter((m) => m.id !== "date" && m.id !== "datePrecision");
const ACCURACY = new Set<MeasureId>(["claimantType", "refersTo"]);

const plural = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/**
 * The Quality page's figures: the machine against the reviewed facts, overall (precision, recall, F1 with tp, fp
 * and fn), then F1 per outlet and per extractor version. A pure function of measureMachine's result, so the page
 * and its test render the same thing.
 */
export function QualityReport({ quality }: { quality: MachineQuality }) {
  if (quality.measuredArticles === 0) {
    return (
      <p className="empty" data-testid="quality-empty">
        {quality.reviewedArticles === 0
          ? "Nothing is reviewed yet. "
          : `${plural(quality.reviewedArticles, "article has", "articles have")} review decisions, but none is reviewed completely yet. `}
        The figures appear once an article&apos;s claims or attacks all have a decision: open an article from the <Link href="/claims">claims</Link> or{" "}
        <Link href="/attacks">attacks</Link> view and accept, correct or reject each of them.
      </p>
    );
  }
  return (
    <>
      <p data-testid="quality-basis">
        Based on {plural(quality.measuredArticles, "reviewed article")} ({formatNumber(quality.claimsComplete)} with every claim decided,{" "}
        {formatNumber(quality.attacksComplete)} with every attack decided).{" "}
        {quality.incompleteArticles > 0 ? `${plural(quality.incompleteArticles, "article")} with some decisions but no complete list ${quality.incompleteArticles === 1 ? "is" : "are"} left out. ` : ""}
        {quality.truncated ? `Only the first ${plural(quality.reviewedArticles, "reviewed article")} (by id) are read. ` : ""}
      </p>
      <h2>All reviewed articles</h2>
      <div className="table-scroll">
        <table className="history-table" data-testid="quality-overall">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col" className="num">Precision</th>
              <th scope="col" className="num">Recall</th>
              <th scope="col" className="num">F1</th>
              <th scope="col" className="num" title="true positives: found by the machine and right">tp</th>
              <th scope="col" className="num" title="false positives: found by the machine and wrong">fp</th>
              <th scope="col" className="num" title="false negatives: in the reviews, missed or misread by the machine">fn</th>
              <th scope="col" className="num">Articles</th>
              <th scope="col" className="num" title="the share of matched claims with the reviewed value">Accuracy</th>
            </tr>
          </thead>
          <tbody>
            {SHOWN.map((m) => {
              const r = quality.overall.measures[m.id];
              return (
                <tr key={m.id} data-measure={m.id}>
                  <th scope="row" title={m.what}>
                    {m.label}
                  </th>
                  <td className="num">{formatRate(r.precision)}</td>
                  <td className="num">{formatRate(r.recall)}</td>
                  <td className="num">{formatRate(r.f1)}</td>
                  <td className="num">{formatNumber(r.tp)}</td>
                  <td className="num">{formatNumber(r.fp)}</td>
                  <td className="num">{formatNumber(r.fn)}</td>
                  <td className="num">{formatNumber(r.articles)}</td>
                  <td className="num">{ACCURACY.has(m.id) ? formatRate(r.accuracy) : ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <GroupTable
        title="F1 per outlet"
        testId="quality-outlets"
        groups={quality.byOutlet.map((g) => ({ name: g.outlet, ...g }))}
        note={quality.outletsOmitted > 0 ? `${plural(quality.outletsOmitted, "outlet")} with fewer reviewed articles not listed.` : null}
      />
      <GroupTable title="F1 per extractor version" testId="quality-versions" groups={quality.byExtractorVersion.map((g) => ({ name: g.extractorVersion, ...g }))} note={null} />
    </>
  );
}

function GroupTable({ title, testId, groups, note }: { title: string; testId: string; groups: (ScoreGroup & { name: string })[]; note: string | null }) {
  return (
    <>
      <h2>{title}</h2>
      <div className="table-scroll">
        <table className="history-table" data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{testId === "quality-outlets" ? "Outlet" : "Version"}</th>
              <th scope="col" className="num">Articles</th>
              {SHOWN.map((m) => (
                <th key={m.id} scope="col" className="num" title={m.what}>
                  {m.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.name} data-group={g.name}>
                <th scope="row" className="break">
                  {g.name}
                </th>
                <td className="num">{formatNumber(g.articles)}</td>
                {SHOWN.map((m) => {
                  const r = g.measures[m.id];
                  return (
                    <td key={m.id} className="num" title={`tp ${r.tp}, fp ${r.fp}, fn ${r.fn}`}>
                      {formatRate(r.f1)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note ? <p className="muted">{note}</p> : null}
    </>
  );
}
