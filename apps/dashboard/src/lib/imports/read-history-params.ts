import { MAX_PAGE_SIZE } from "@framewatch/db/queries";
import { FILE_OUTCOMES, isFileOutcome, type FileOutcome } from "@framewatch/db/import-history";
import { takePageParams, type ApiError, type PageParams } from "@/lib/share/api-params";

/** Runs (or files) per page of the history's JSON API when the request does not say. */
export const DEFAULT_HISTORY_PAGE = 50;

/**
 * The history API's query parameters, strictly: `limit` (1..MAX_PAGE_SIZE), `cursor` (a previous page's
 * `next` / `prev`) and, where `withOutcome`, `outcome` (one of FILE_OUTCOMES). Anything else is a 400 naming it.
 */
export function readHistoryParams(
  params: URLSearchParams,
  withOutcome: boolean,
): { ok: true; page: PageParams; outcome: FileOutcome | null } | ApiError {
  const paged = takePageParams(params, MAX_PAGE_SIZE, DEFAULT_HISTORY_PAGE);
  if (!paged.ok) return paged;
  const allowed = withOutcome ? ["outcome"] : [];
  for (const key of paged.rest.keys()) {
    if (!allowed.includes(key)) {
      return { ok: false, status: 400, parameter: key, error: `Unknown parameter "${key}". Allowed: ${[...allowed, "limit", "cursor"].join(", ")}.` };
    }
  }
  const outcomes = paged.rest.getAll("outcome");
  if (outcomes.length > 1 || (outcomes[0] !== undefined && !isFileOutcome(outcomes[0]))) {
    return { ok: false, status: 400, parameter: "outcome", error: `Invalid value for "outcome": "${outcomes.join(",").slice(0, 60)}" (one of ${FILE_OUTCOMES.join(", ")}).` };
  }
  return { ok: true, page: paged.page, outcome: (outcomes[0] as FileOutcome | undefined) ?? null };
}
