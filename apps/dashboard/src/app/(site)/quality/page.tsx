import type { Metadata } from "next";
import { measureMachine } from "@framewatch/db/review";
import { QualityReport } from "@/components/quality/QualityReport";
import { db } from "@/lib/db";

// Every decision changes the figures: never prerender, never cache.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Quality" };

/** The machine measured against the analysts' reviews (GET /api/quality gives the same figures as JSON). */
export default async function QualityPage() {
  const quality = await measureMachine(db());
  return (
    <>
      <h1>Quality</h1>
      <p className="lede">
        How far the machine&apos;s stored facts agree with what analysts decided: precision (of what the machine found, the share that is right), recall (of
        what the reviews hold, the share the machine found) and F1, with the counts they come from. An article counts only when its review is complete: every
        claim (or every attack) the machine found in it has a decision. Accepted and corrected facts are the reviews&apos; values, added ones count as missed,
        rejected ones as wrong. Dates are not measured, since reviews do not correct them. <code>corpus export --reviewed</code> writes the same reviews as a gold
        file; <code>corpus eval</code> on it and the same files gives these figures.
      </p>
      <QualityReport quality={quality} />
    </>
  );
}
