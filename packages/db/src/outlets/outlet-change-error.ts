/** Why a rename or merge was refused. */
export type OutletChangeReason =
  /** No outlet has this id or name. */
  | "unknown-outlet"
  /** A merge of an outlet into itself. */
  | "same-outlet"
  /** The new name belongs to another outlet (its name or one of its former names). */
  | "name-taken"
  /** Empty, too long, or with control characters. */
  | "invalid-name"
  /** The outlet's article count is not the one the admin confirmed (an import or another admin changed it). */
  | "stale";

/**
 * A refused rename or merge, with a message written for the person who asked
 * (the CLI prints it, the API returns it). Nothing was changed.
 */
export class OutletChangeError extends Error {
  constructor(
    readonly reason: OutletChangeReason,
    message: string,
    /** For "name-taken": the outlet that holds the name, the one to merge into instead. */
    readonly holder?: { id: number; name: string },
  ) {
    super(message);
    this.name = "OutletChangeError";
  }
}
