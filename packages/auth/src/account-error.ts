/**
 * Why an account could not be added, changed or removed, in words for the
 * person who asked: a bad email or role, an unknown or taken email, the last
 * admin. `status` is the HTTP status the dashboard answers with (the CLI
 * exits 2 for `usage`, 1 otherwise).
 */
export class AccountError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409,
    readonly usage = false,
  ) {
    super(message);
  }
}
