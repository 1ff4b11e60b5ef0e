import type pg from "pg";
import { hashSentence } from "./hash-sentence";
import type { ReviewAnchor } from "./review-types";

/** A standing decision as the query reads it: its anchor columns as stored (section unchecked). */
interface LiveDecision extends Omit<ReviewAnchor, "section"> {
  id: number;
  articleId: number;
  kind: "claim" | "attack";
  action: string;
  addedId: number | null;
  section: string;
}

interface NewFact {
  id: number;
  articleId: number;
  kind: "claim" | "attack";
  section: string;
  sentence: string;
  sentenceStart: number;
  anchorStart: number;
  anchorText: string;
}

export interface ReattachOutcome {
  reattached: number;
  detached: number;
}

/**
 * After a re-analysis replaced these articles' facts (inside the same
 * transaction, after the new rows are in): points each standing decision at
 * the new fact with the same anchor — same kind and section, a sentence with
 * the same text (hash), the same quantity or trigger text — the nearest one by
 * offsets when the text repeats, each new fact taken by one decision at most
 * (the newest wins). A decision about a fact an analyst added stays attached
 * when its sentence is still in the text (its offsets follow the sentence if
 * it moved). The rest are marked detached, for a second look. A fixed number of
 * statements for the whole batch: no round trip per fact.
 */
export async function reattachDecisions(client: pg.PoolClient, articleIds: readonly number[]): Promise<ReattachOutcome> {
  if (articleIds.length === 0) return { reattached: 0, detached: 0 };
  const { rows: live } = await client.query<LiveDecision>(
    `SELECT id, "articleId", kind::text AS kind, action::text AS action, "addedId", section, "sentenceStart", "sentenceEnd", sentence, "sentenceHash",
            "anchorStart", "anchorEnd", "anchorText"
       FROM "ReviewDecision" WHERE "articleId" = ANY($1::int[]) AND "supersededById" IS NULL AND "detachedAt" IS NULL AND action <> 'close' ORDER BY id DESC`,
    [articleIds],
  );
  if (live.length === 0) return { reattached: 0, detached: 0 };

  const machine = live.filter((d) => d.action !== "add" && d.addedId === null);
  const added = live.filter((d) => d.action === "add" || d.addedId !== null);
  const attach: { id: number; claimId: number | null; attackId: number | null }[] = [];
  const moved: { id: number; shift: number }[] = [];
  const detach: number[] = [];

  if (machine.length > 0) {
    const { rows: facts } = await client.query<NewFact>(
      `SELECT id, "articleId", 'claim' AS kind, section, sentence, "sentenceStart", "quantityStart" AS "anchorStart", "quantityText" AS "anchorText"
         FROM "FighterClaim" WHERE "articleId" = ANY($1::int[])
       UNION ALL
       SELECT id, "articleId", 'attack', 'body', sentence, "sentenceStart", "triggerStart", "triggerText"
         FROM "AttackMention" WHERE "articleId" = ANY($1::int[])`,
      [[...new Set(machine.map((d) => d.articleId))]],
    );
    const candidates = new Map<string, NewFact[]>();
    for (const f of facts) {
      const key = [f.articleId, f.kind, f.section, hashSentence(f.sentence), f.anchorText].join("\u0000");
      candidates.set(key, [...(candidates.get(key) ?? []), f]);
    }
    const taken = new Set<string>();
    for (const d of machine) {
      const key = [d.articleId, d.kind, d.section, d.sentenceHash, d.anchorText].join("\u0000");
      const distance = (f: NewFact) => Math.abs(f.anchorStart - d.anchorStart) + Math.abs(f.sentenceStart - d.sentenceStart);
      const best = (candidates.get(key) ?? []).filter((f) => !taken.has(`${f.kind}:${f.id}`)).sort((a, b) => distance(a) - distance(b) || a.id - b.id)[0];
      if (!best) detach.push(d.id);
      else {
        taken.add(`${best.kind}:${best.id}`);
        attach.push({ id: d.id, claimId: best.kind === "claim" ? best.id : null, attackId: best.kind === "attack" ? best.id : null });
      }
    }
  }

  if (added.length > 0) {
    const { rows: texts } = await client.query<{ id: number; title: string | null; body: string }>(`SELECT id, title, body FROM "Article" WHERE id = ANY($1::int[])`, [
      [...new Set(added.map((d) => d.articleId))],
    ]);
    const byId = new Map(texts.map((t) => [t.id, t]));
    for (const d of added) {
      const article = byId.get(d.articleId);
      const text = d.section === "title" ? (article?.title ?? "") : (article?.body ?? "");
      if (text.slice(d.sentenceStart, d.sentenceEnd) === d.sentence) continue;
      // The sentence moved (the cleaner now keeps or drops other lines): the nearest occurrence.
      const at = nearestIndexOf(text, d.sentence, d.sentenceStart);
      if (at < 0) detach.push(d.id);
      else moved.push({ id: d.id, shift: at - d.sentenceStart });
    }
  }

  if (attach.length > 0) {
    await client.query(
      `UPDATE "ReviewDecision" r SET "claimId" = v.claim, "attackId" = v.attack
         FROM unnest($1::int[], $2::int[], $3::int[]) AS v(id, claim, attack) WHERE r.id = v.id`,
      [attach.map((a) => a.id), attach.map((a) => a.claimId), attach.map((a) => a.attackId)],
    );
  }
  if (moved.length > 0) {
    await client.query(
      `UPDATE "ReviewDecision" r SET "sentenceStart" = r."sentenceStart" + v.shift, "sentenceEnd" = r."sentenceEnd" + v.shift,
              "anchorStart" = r."anchorStart" + v.shift, "anchorEnd" = r."anchorEnd" + v.shift
         FROM unnest($1::int[], $2::int[]) AS v(id, shift) WHERE r.id = v.id`,
      [moved.map((m) => m.id), moved.map((m) => m.shift)],
    );
  }
  if (detach.length > 0) await client.query(`UPDATE "ReviewDecision" SET "detachedAt" = now(), "claimId" = NULL, "attackId" = NULL WHERE id = ANY($1::int[])`, [detach]);
  return { reattached: attach.length + added.length - detach.filter((id) => added.some((d) => d.id === id)).length, detached: detach.length };
}

function nearestIndexOf(text: string, needle: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
