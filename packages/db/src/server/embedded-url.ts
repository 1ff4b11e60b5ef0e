import type { Login } from "./embedded-credentials";

/** Connection string for `database` on the embedded server at `port`, as `login`. */
export function embeddedUrl(port: number, database: string, login: Login): string {
  return `postgresql://${encodeURIComponent(login.user)}:${encodeURIComponent(login.password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}
