import type { QuantityMatch } from "./parse-quantity";
import { CELL_BEFORE, LINKED_CELL_BEFORE, MAX_LINKED_CELL_SIZE, SMALL_CELL_BEFORE } from "./referent-rules";

/**
 * Whether the number counts the members of a cell: a container noun right
 * before it ("cells of five"), or a small one linked by a verb or a
 * network noun ("the cell consists of four men", "a network of some 40
 * gunmen"). Bounded windows keep it linear.
 */
export function detectCellContext(text: string, q: Pick<QuantityMatch, "start" | "low" | "high" | "unit">): boolean {
  if (CELL_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))) return true;
  const size = q.high ?? q.low;
  if (q.unit !== "people" || size === null || size > MAX_LINKED_CELL_SIZE) return false;
  const before = text.slice(Math.max(0, q.start - 90), q.start);
  return SMALL_CELL_BEFORE.test(before) || LINKED_CELL_BEFORE.test(before);
}
