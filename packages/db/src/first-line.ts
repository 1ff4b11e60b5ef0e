/** An error's message (or the value as text), first line only: summaries and logs show one line per failure, never a stack. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}
