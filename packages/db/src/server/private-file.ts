import { randomBytes } from "node:crypto";
import fs from "node:fs";

/**
 * Writes `text` to `file` readable by this OS user only (0600), atomically:
 * a crash leaves the old file or the new one, never half of one. With
 * `replace: false` an existing file is kept and false returned, so two
 * processes creating the same file at once agree on the first one's content.
 */
export function writePrivateFile(file: string, text: string, { replace = true }: { replace?: boolean } = {}): boolean {
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  fs.writeFileSync(temporary, text, { mode: 0o600, flag: "wx" });
  try {
    // mode is masked by the umask on creation; make sure, before a secret is in it for long.
    fs.chmodSync(temporary, 0o600);
    if (replace) {
      fs.renameSync(temporary, file);
      return true;
    }
    try {
      fs.linkSync(temporary, file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw error;
    }
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
