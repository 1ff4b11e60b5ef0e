/** An import run id from a path segment: a whole number PostgreSQL's int holds, or null. */
export function readRunId(segment: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(segment)) return null;
  const n = Number(segment);
  return n <= 2 ** 31 - 1 ? n : null;
}
