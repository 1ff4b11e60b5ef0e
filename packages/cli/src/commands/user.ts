import { AccountError, addUser, changeRole, createAuth, listUsers, removeUser, resetPassword, ROLES, type Role } from "@framewatch/auth";
import { readAuthEnv } from "@framewatch/auth";
import { readAuthSecret } from "@framewatch/auth/secret";
import { createPgPool } from "@framewatch/db/import";
import { resolveDataDir } from "@framewatch/db/server";
import { EXIT_USAGE } from "./describe-failure";
import { openDatabase } from "./open-database";
import { parseArguments } from "./parse-arguments";

export const USER_USAGE = `Usage: corpus user add EMAIL [--admin|--editor|--viewer] [--name NAME]
       corpus user list
       corpus user role EMAIL viewer|editor|admin
       corpus user reset-password EMAIL
       corpus user remove EMAIL`;

type Action =
  | { kind: "add"; email: string; role: Role; name?: string }
  | { kind: "list" }
  | { kind: "role"; email: string; role: string }
  | { kind: "reset-password"; email: string }
  | { kind: "remove"; email: string };

/** The action the arguments ask for, or why they do not make sense (a usage error, before the database is opened). */
export function parseUserArguments(args: string[]): Action | { error: string } {
  const [sub, ...rest] = args;
  const parsed = parseArguments(rest, ["--admin", "--editor", "--viewer"], sub === "add" ? ["--name"] : []);
  if ("unknown" in parsed) return { error: `Unknown option "${parsed.unknown}" for corpus user ${sub}.` };
  if ("missingValue" in parsed) return { error: `${parsed.missingValue} needs a value.` };
  const { options, values, paths } = parsed;
  const roleFlags = [...options];
  if (sub !== "add" && roleFlags.length > 0) return { error: `${roleFlags[0]} is an option of corpus user add only.` };
  const want = (n: number, what: string) => (paths.length === n ? null : `corpus user ${sub} takes ${what}; got ${paths.length === 0 ? "none" : paths.join(" ")}.`);
  switch (sub) {
    case "add": {
      const problem = want(1, "one EMAIL");
      if (problem) return { error: problem };
      if (roleFlags.length > 1) return { error: `Give one role, not ${roleFlags.join(" and ")}.` };
      const names = values.get("--name") ?? [];
      if (names.length > 1) return { error: "Give --name once." };
      return { kind: "add", email: paths[0]!, role: (roleFlags[0]?.slice(2) as Role | undefined) ?? "viewer", name: names[0] };
    }
    case "list":
      return want(0, "no arguments") ? { error: want(0, "no arguments")! } : { kind: "list" };
    case "role": {
      const problem = want(2, `an EMAIL and a ROLE (${ROLES.join(", ")})`);
      return problem ? { error: problem } : { kind: "role", email: paths[0]!, role: paths[1]! };
    }
    case "reset-password":
    case "remove": {
      const problem = want(1, "one EMAIL");
      return problem ? { error: problem } : { kind: sub, email: paths[0]! };
    }
    case undefined:
      return { error: "corpus user needs a subcommand." };
    default:
      return { error: `Unknown subcommand "corpus user ${sub}".` };
  }
}

/**
 * `corpus user ...`: manages the dashboard's accounts in its database. The one-time passwords it prints are
 * shown once; the account must replace its password when it first signs in. Progress goes to stderr, so stdout
 * holds only the answer.
 */
export async function runUser(args: string[]): Promise<number> {
  const action = parseUserArguments(args);
  if ("error" in action) {
    process.stderr.write(`${action.error}\n\n${USER_USAGE}\n`);
    return EXIT_USAGE;
  }
  const authEnv = readAuthEnv();
  const db = await openDatabase((line) => process.stderr.write(`${line}\n`));
  const pool = createPgPool(db.handle.url, 2);
  try {
    // The data folder is where the dashboard's secret is too, so both agree on it (see read-auth-secret.ts).
    const auth = createAuth({ pool, secret: readAuthSecret(authEnv, resolveDataDir()), publicOrigin: "http://127.0.0.1" });
    switch (action.kind) {
      case "add": {
        const { account, password } = await addUser(auth, action);
        console.log(`Added ${account.role} ${account.email} (${account.name}).`);
        console.log(`One-time password: ${password}`);
        console.log("Hand it over privately: it is shown only now. At the first sign-in the account must choose its own password.");
        return 0;
      }
      case "list": {
        const users = await listUsers(pool);
        if (users.length === 0) console.log("No accounts yet. Add the first admin with: corpus user add --admin EMAIL");
        for (const u of users) {
          console.log(`${u.email}\t${u.role}\t${u.name}${u.mustChangePassword ? "\t(one-time password not yet changed)" : ""}`);
        }
        return 0;
      }
      case "role": {
        const account = await changeRole(pool, { email: action.email }, action.role);
        console.log(`${account.email} is now ${account.role}.`);
        return 0;
      }
      case "reset-password": {
        const password = await resetPassword(auth, pool, action.email);
        console.log(`${action.email.trim().toLowerCase()} is signed out everywhere.`);
        console.log(`One-time password: ${password}`);
        return 0;
      }
      case "remove": {
        const account = await removeUser(pool, { email: action.email });
        console.log(`Removed ${account.email} (${account.role}); their sessions ended.`);
        return 0;
      }
    }
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    process.stderr.write(`corpus user ${args[0]}: ${error.message}\n`);
    return error.usage ? EXIT_USAGE : 1;
  } finally {
    await pool.end();
    await db.close();
  }
}
