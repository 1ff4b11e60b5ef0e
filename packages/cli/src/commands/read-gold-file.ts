import fs from "node:fs";
import { ATTACK_TYPES, CLAIMANT_TYPES, QUALIFIERS, REFERENTS } from "@framewatch/corpus-model";
import { GOLD_FORMAT, type GoldFile } from "@framewatch/corpus-model/eval";
import { z } from "zod";

const offset = z.number().int().nonnegative();
const evidence = z
  .object({ start: offset, end: offset, text: z.string().min(1) })
  .refine((e) => e.end - e.start === e.text.length, { message: "end - start must be the length of text" });

const DATE_PATTERN = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ } as const;

// Unknown keys are dropped, not refused: an article or claim printed by `corpus analyze --json` (with rules,
// evidence, framing...) is a valid gold record, so a gold file can start as the machine's output, corrected.
const goldClaim = z
  .object({
    low: z.number().nonnegative().nullable(),
    high: z.number().nonnegative().nullable(),
    qualifier: z.enum(QUALIFIERS),
    unit: z.enum(["people", "percent"]),
    claimant: z.string(),
    claimantType: z.enum(CLAIMANT_TYPES),
    refersTo: z.enum(REFERENTS),
    section: z.enum(["body", "title"]).optional(),
    text: z.string().optional(),
    start: offset.optional(),
    end: offset.optional(),
    quantity: evidence,
  })
  .refine((c) => c.low === null || c.high === null || c.low <= c.high, { message: "low must not exceed high" });

const goldAttack = z.object({
  type: z.enum(ATTACK_TYPES),
  text: z.string().optional(),
  start: offset.optional(),
  end: offset.optional(),
  trigger: evidence,
});

const goldDate = z
  .object({ date: z.string(), precision: z.enum(["day", "month", "year"]) })
  .refine((d) => DATE_PATTERN[d.precision].test(d.date) && !Number.isNaN(Date.parse(d.date)), {
    message: "date must be an ISO date with as many parts as precision says (2026-03-04 day, 2026-03 month, 2026 year)",
  });

const goldArticle = z.object({
  source: z.string().min(1),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, "sha256 must be 64 hexadecimal digits")
    .optional(),
  outlet: z.object({ name: z.string().min(1) }).nullable().optional(),
  published: goldDate.nullable().optional(),
  fighterClaims: z.array(goldClaim).optional(),
  attacks: z.array(goldAttack).optional(),
});

const goldFile = z
  .object({
    format: z.literal(GOLD_FORMAT, { error: `format must be "${GOLD_FORMAT}"` }),
    articles: z.array(goldArticle),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.articles.forEach((a, i) => {
      for (const key of [`source ${JSON.stringify(a.source)}`, ...(a.sha256 ? [`sha256 ${a.sha256.toLowerCase()}`] : [])]) {
        const first = seen.get(key);
        if (first !== undefined) ctx.addIssue({ code: "custom", path: ["articles", i], message: `same ${key} as articles[${first}]` });
        else seen.set(key, i);
      }
    });
  });

/** A gold file that cannot be used, with what is wrong (the first few problems, each with where it is). */
export class GoldFileError extends Error {}

/**
 * Reads and checks a gold file (docs/gold-format.md). Every problem is
 * reported before anything is scored: a gold file with one wrong claimant
 * type would silently skew every figure computed from it.
 */
export function readGoldFile(file: string): GoldFile {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new GoldFileError(`cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new GoldFileError(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = goldFile.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    const more = problems.length > 5 ? `\n  ... and ${problems.length - 5} more` : "";
    throw new GoldFileError(`not a gold file (docs/gold-format.md):\n  ${problems.slice(0, 5).join("\n  ")}${more}`);
  }
  const gold: GoldFile = parsed.data;
  return gold;
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return "(the file)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");
}
