import type { PrismaClient } from "@framewatch/db";
import { mergeOutlets, OutletChangeError, renameOutlet, type OutletChangeReason } from "@framewatch/db/outlets";
import type { SignedInUser } from "@/lib/auth/authorize";
import { BodyError } from "@/lib/http/read-json-body";
import { readJsonRequest } from "@/lib/http/read-json-request";

/** The largest body read: a real one is a few dozen bytes (a name of at most 200 characters). */
export const MAX_OUTLET_BODY_BYTES = 4 * 1024;

export interface OutletHandlersOptions {
  prisma: () => PrismaClient;
  /** authorizeWrite(request, "admin") in the routes; tests pass their own (real) function. */
  authorize: (request: Request) => Promise<SignedInUser | Response>;
}

const STATUS: Record<OutletChangeReason, number> = { "invalid-name": 400, "same-outlet": 400, "unknown-outlet": 404, "name-taken": 409, stale: 409 };
const NO_STORE = { "cache-control": "no-store" };

const fail = (status: number, error: string, extra: Record<string, unknown> = {}) => Response.json({ error, ...extra }, { status, headers: NO_STORE });
const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0 && (v as number) < 2 ** 31;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The admin's outlet writes, on Fetch requests (App Router route handlers):
 *
 *   POST /api/outlets/<id>    {"name": "New name"}                          -> rename
 *   POST /api/outlets/merge   {"from": 3, "into": 7, "confirm": 12}        -> merge 3 into 7
 *
 * `confirm` is the number of articles the admin was shown as moving; if the
 * outlet has another count now, nothing changes and the answer is 409, so
 * the page can show the new count and ask again. Authorization comes first,
 * before the body is read; every refusal is JSON with an `error` and changes
 * nothing.
 */
export function outletHandlers({ prisma, authorize }: OutletHandlersOptions) {
  async function body(request: Request, example: string): Promise<Record<string, unknown> | Response> {
    try {
      const parsed = await readJsonRequest(request, MAX_OUTLET_BODY_BYTES, example);
      return isRecord(parsed) ? parsed : fail(400, `Body must be a JSON object: ${example}.`, { parameter: "body" });
    } catch (error) {
      if (error instanceof BodyError) return fail(error.status, error.message, { parameter: "body" });
      throw error;
    }
  }

  async function change(run: () => Promise<unknown>): Promise<Response> {
    try {
      return Response.json(await run(), { headers: NO_STORE });
    } catch (error) {
      if (!(error instanceof OutletChangeError)) throw error;
      return fail(STATUS[error.reason], error.message, { reason: error.reason, ...(error.holder ? { holder: error.holder } : {}) });
    }
  }

  return {
    async rename(request: Request, idParam: string): Promise<Response> {
      const user = await authorize(request);
      if (user instanceof Response) return user;
      const id = /^\d{1,9}$/.test(idParam) ? Number(idParam) : null;
      if (id === null || !isId(id)) return fail(404, `No outlet ${idParam.slice(0, 40)}.`, { parameter: "id" });
      const input = await body(request, '{"name": "New name"}');
      if (input instanceof Response) return input;
      if (typeof input.name !== "string") return fail(400, 'Send the new name as text: {"name": "New name"}.', { parameter: "name" });
      return change(() => renameOutlet(prisma(), { outlet: id, name: input.name }));
    },

    async merge(request: Request): Promise<Response> {
      const user = await authorize(request);
      if (user instanceof Response) return user;
      const example = '{"from": 3, "into": 7, "confirm": 12} (confirm: the number of articles that move)';
      const input = await body(request, example);
      if (input instanceof Response) return input;
      for (const key of ["from", "into"] as const) {
        if (!isId(input[key])) return fail(400, `"${key}" must be an outlet id: ${example}.`, { parameter: key });
      }
      const confirm = input.confirm;
      if (!Number.isSafeInteger(confirm) || (confirm as number) < 0) {
        return fail(400, `"confirm" must be the number of articles you were shown as moving: ${example}.`, { parameter: "confirm" });
      }
      return change(() => mergeOutlets(prisma(), { from: input.from as number, into: input.into as number, expectedArticles: confirm as number }));
    },
  };
}
