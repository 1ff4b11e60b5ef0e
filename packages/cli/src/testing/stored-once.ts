import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { createPgPool } from "@framewatch/db/import";
import { makeTempDir, writeShortArticles } from "@framewatch/db/testing";
import { expect } from "vitest";

type Pool = ReturnType<typeof createPgPool>;

/** A folder of `count` short articles (see writeShortArticles) and their SHA-256s; the caller removes `dir`. */
export function shortCorpus(count: number): { dir: string; hashes: Set<string> } {
  const dir = makeTempDir("framewatch-cli-corpus-");
  const names = writeShortArticles(dir, count);
  const hashes = new Set(names.map((n) => createHash("sha256").update(fs.readFileSync(path.join(dir, n))).digest("hex")));
  return { dir, hashes };
}

/**
 * No article stored twice and none stored without all its facts: every short
 * article makes exactly one claim, and all of them the same number of attack
 * mentions and framing signals, so a duplicated, lost or half-stored fact
 * shows as a count that differs.
 */
export async function expectWholeArticles(pool: Pool): Promise<void> {
  const { rows: twice } = await pool.query<{ sha256: string }>(`SELECT sha256 FROM "Article" GROUP BY sha256 HAVING count(*) > 1`);
  expect(twice).toEqual([]);
  const { rows: shapes } = await pool.query<{ claims: number; attacks: number; signals: number }>(
    `SELECT DISTINCT
       (SELECT count(*) FROM "FighterClaim" c WHERE c."articleId" = a.id)::int AS claims,
       (SELECT count(*) FROM "AttackMention" m WHERE m."articleId" = a.id)::int AS attacks,
       (SELECT count(*) FROM "FramingSignal" s WHERE s."articleId" = a.id)::int AS signals
     FROM "Article" a`,
  );
  expect(shapes.length, JSON.stringify(shapes)).toBeLessThanOrEqual(1);
  if (shapes.length === 1) expect(shapes[0]!.claims).toBe(1);
}

/** Every file stored exactly once, whole (see expectWholeArticles), nothing left staged. */
export async function expectStoredOnce(pool: Pool, hashes: Set<string>): Promise<void> {
  await expectWholeArticles(pool);
  const { rows } = await pool.query<{ sha256: string }>(`SELECT sha256 FROM "Article"`);
  const stored = new Set(rows.map((r) => r.sha256));
  expect([...hashes].filter((h) => !stored.has(h))).toEqual([]);
  expect(stored.size).toBe(hashes.size);
  // Finished runs keep their rows as per-file outcomes, but no staged text and nothing pending.
  const { rows: staged } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ImportFile" WHERE raw IS NOT NULL OR status = 'pending'`);
  expect(staged[0]!.n).toBe(0);
}
