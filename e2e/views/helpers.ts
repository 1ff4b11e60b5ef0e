import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { SCREENSHOT_DIR } from "../e2e-env";
import { expect } from "../fixtures";


/** Axe finds no serious or critical violations on the page as it is now. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
  expect(bad, bad.join("\n")).toEqual([]);
}

export async function screenshot(page: Page, view: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${view}.png`) });
}

/** data-id of every locator match, sorted. */
export async function ids(locator: Locator): Promise<string[]> {
  return (await locator.evaluateAll((els) => els.map((e) => e.getAttribute("data-id") ?? ""))).sort();
}

/** Opens the "Show data table" disclosure and returns the table's row ids. */
export async function tableIds(page: Page): Promise<string[]> {
  const details = page.getByTestId("data-table");
  await details.locator("summary").click();
  // Rows are rendered when the disclosure opens.
  await expect(details.locator("table")).toBeVisible();
  return ids(details.locator("tbody tr[data-id]"));
}

export type Json = Record<string, unknown>;
export const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
export const num = (v: unknown): number => (typeof v === "number" ? v : 0);
