import { findOutletByName } from "../metadata/find-outlet";

/** A header line that is only an outlet's name ("SANA", "Al-Manar TV", "FDD's Long War Journal"). */
export function isMasthead(line: string): boolean {
  if (line.length > 60) return false;
  const name = line.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  return name.length > 1 && findOutletByName(name) !== null;
}
