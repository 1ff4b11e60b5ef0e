// Finds a Chromium for Playwright, installing one when none is found:
// Playwright's own download where the network allows it, otherwise Debian's
// package when running as root, otherwise a message saying what to install.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const E2E = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "e2e");
const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

export async function ensureChromium({ say }) {
  const found = findChromium();
  if (found) return found;

  say("No Chromium found: trying Playwright's browser download...");
  const cli = createRequire(path.join(E2E, "package.json")).resolve("@playwright/test/cli");
  const download = spawnSync(process.execPath, [cli, "install", "chromium"], { stdio: "inherit", timeout: 300_000 });
  const downloaded = download.status === 0 ? findChromium() : null;
  if (downloaded) return downloaded;

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    say("Playwright's download is unavailable: installing Debian's chromium package (apt-get)...");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env });
    const installed = findChromium();
    if (installed) return installed;
  }
  say(
    "Could not find or install Chromium for the end-to-end tests. Install one, then run npm test again:\n" +
      "  - with internet access: npx playwright install chromium (in the e2e folder)\n" +
      "  - on Debian/Ubuntu: sudo apt-get install chromium\n" +
      "  - or point FRAMEWATCH_CHROMIUM at a Chromium or Chrome executable.",
  );
  return null;
}

function findChromium() {
  const fromEnv = process.env.FRAMEWATCH_CHROMIUM;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  try {
    const { chromium } = createRequire(path.join(E2E, "package.json"))("@playwright/test");
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright not installed yet or no browser of its own: look for a system one.
  }
  return SYSTEM_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}
