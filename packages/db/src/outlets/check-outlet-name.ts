import { OutletChangeError } from "./outlet-change-error";

/** Longest outlet name accepted: real mastheads are far shorter; this only keeps junk out of every list. */
export const MAX_OUTLET_NAME_LENGTH = 200;

/** The name an admin typed, trimmed, or an "invalid-name" error saying what is wrong with it. */
export function checkOutletName(input: unknown): string {
  if (typeof input !== "string") throw new OutletChangeError("invalid-name", "The new name must be text.");
  const name = input.trim();
  if (name === "") throw new OutletChangeError("invalid-name", "The new name is empty.");
  if (name.length > MAX_OUTLET_NAME_LENGTH) {
    throw new OutletChangeError("invalid-name", `The new name is ${name.length} characters long; at most ${MAX_OUTLET_NAME_LENGTH} are allowed.`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u.test(name)) throw new OutletChangeError("invalid-name", "The new name contains control characters or line breaks.");
  return name;
}
