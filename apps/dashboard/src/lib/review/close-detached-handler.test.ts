import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@framewatch/db";
import { seedArticles } from "@framewatch/db/testing";
import { createTestDatabase } from "@framewatch/db/testing/database";
import type { Role, SignedInUser } from "@/lib/auth/authorize";
import { closeDetachedHandler } from "./close-detached-handler";

// POST /api/review/detached over a real PostgreSQL, with an authorize function that reads a test header the way the
// real one (authorizeWrite(request, "editor")) reads a session: signed out 401, a viewer 403, an editor passes.
let prisma: PrismaClient;
let decisionId: number;

const editor: SignedInUser = { id: "u-editor", email: "ed@example.org", name: "Ed Editor", role: "editor" };
async function authorize(request: Request): Promise<SignedInUser | Response> {
  const role = request.headers.get("x-test-role") as Role | null;
  if (!role) return Response.json({ error: "Sign in first." }, { status: 401 });
  if (role === "viewer") return Response.json({ error: "Only an editor may do this." }, { status: 403 });
  return editor;
}

beforeAll(async () => {
  ({ prisma } = await createTestDatabase("close"));
  const articleId = (await seedArticles(prisma, [{ title: "Raid" }]))[0]!;
  decisionId = (
    await prisma.reviewDecision.create({
      data: {
        articleId,
        kind: "claim",
        action: "reject",
        reason: "not-militants",
        before: { low: 40, high: 40 },
        userId: "u-ana",
        userName: "Ana Analyst",
        userEmail: "ana@example.org",
        extractorVersion: "0.9.0",
        sentenceStart: 0,
        sentenceEnd: 24,
        sentence: "Forty fighters were seen.",
        sentenceHash: "h",
        anchorStart: 0,
        anchorEnd: 5,
        anchorText: "Forty",
        detachedAt: new Date(),
      },
    })
  ).id;
});

afterAll(async () => {
  await prisma?.$disconnect();
});

const post = async (body: string, role: Role | null = "editor", contentType = "application/json") => {
  const headers: Record<string, string> = { "content-type": contentType };
  if (role) headers["x-test-role"] = role;
  const response = await closeDetachedHandler({ prisma: () => prisma, authorize })(new Request("http://127.0.0.1/api/review/detached", { method: "POST", headers, body }));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("POST /api/review/detached", () => {
  it("refuses the signed out and viewers before reading the body, and malformed bodies with the parameter, writing nothing", async () => {
    const ok = JSON.stringify({ decisionId });
    expect((await post(ok, null)).status).toBe(401);
    expect((await post(ok, "viewer")).status).toBe(403);
    expect((await post(ok, "editor", "text/plain")).status).toBe(415);
    const cases: [string, string][] = [
      ["[1]", "body"],
      ["{", "body"],
      [JSON.stringify({ decisionId, reason: "x" }), "reason"],
      [JSON.stringify({ decisionId: "12" }), "decisionId"],
      [JSON.stringify({}), "decisionId"],
      [JSON.stringify({ decisionId, note: 5 }), "note"],
    ];
    for (const [body, parameter] of cases) {
      const r = await post(body);
      expect(r.status, body).toBe(400);
      expect(r.body.parameter, body).toBe(parameter);
    }
    expect((await post(JSON.stringify({ decisionId: 999_999 }))).status).toBe(404);
    expect(await prisma.reviewDecision.count()).toBe(1);
  });

  it("closes it for an editor (201, the close decision), then answers 409 with the close that stands", async () => {
    const first = await post(JSON.stringify({ decisionId, note: "checked" }));
    expect(first.status).toBe(201);
    expect(first.body.decision).toMatchObject({ action: "close", note: "checked", user: { name: "Ed Editor" } });
    const again = await post(JSON.stringify({ decisionId }));
    expect(again.status).toBe(409);
    expect(again.body.current).toMatchObject({ action: "close" });
    expect(await prisma.reviewDecision.count()).toBe(2);
  });
});
