import { openDatabase } from "./open-database";

/** `corpus migrate`: applies pending migrations and exits. */
export async function runMigrate(): Promise<number> {
  const db = await openDatabase((line) => console.log(line));
  await db.close();
  console.log("Database schema is up to date.");
  return 0;
}
