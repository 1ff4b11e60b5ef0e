import { MEASURES } from "@framewatch/corpus-model/eval";
import type { PrismaClient } from "@framewatch/db";
import { measureMachine, type MachineQuality } from "@framewatch/db/review";
import { withDatabase } from "@/lib/http/database-unavailable";

/** What GET /api/quality answers: the measures (in display order, with what each counts) and the figures. */
export interface QualityResponse extends MachineQuality {
  measureDefinitions: typeof MEASURES;
}

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * GET /api/quality: precision, recall and F1 (with tp, fp, fn) of the stored machine facts against the analysts'
 * reviews, overall, per outlet and per extractor version (measureMachine: the gold `corpus export --reviewed`
 * writes, scored as `corpus eval` scores). Open to every reader, like the views. No query parameters. Bounded:
 * at most MAX_MEASURED_ARTICLES reviewed articles are read and MAX_OUTLET_GROUPS outlets listed (well under 1 MB).
 */
export function qualityHandler({ prisma }: { prisma: () => PrismaClient }) {
  return withDatabase(async function GET(request: Request) {
    const unknown = [...new URL(request.url).searchParams.keys()][0];
    if (unknown !== undefined) return json({ error: `Unknown parameter "${unknown.slice(0, 40)}": this API takes none.`, parameter: unknown.slice(0, 40) }, 400);
    const quality = await measureMachine(prisma());
    return json({ measureDefinitions: MEASURES, ...quality } satisfies QualityResponse);
  });
}
