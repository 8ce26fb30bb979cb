// The axe-core audit the accessibility specs share: fails on "serious" or "critical" findings only;
// "moderate" and "minor" ones go to the log, judged case by case (issue 11).
import AxeBuilder from "@axe-core/playwright";
import { test, type Page } from "@playwright/test";

const BLOCKING = new Set(["serious", "critical"]);

export interface Finding {
  screen: string;
  text: string;
}

export async function audit(page: Page, screen: string, findings: Finding[]): Promise<void> {
  // Not "networkidle": every signed-in page keeps its event stream open. The chat fills in on the
  // client, so give hydration a moment: audit what a person sees, not a half-rendered page.
  await page.waitForLoadState("load");
  await page.waitForTimeout(500);
  const results = await new AxeBuilder({ page }).analyze();
  // In the JSON report: which screens a run reached (the optional ones depend on the demo data).
  test.info().annotations.push({ type: "audited", description: screen });
  for (const violation of results.violations) {
    const targets = violation.nodes.map((node) => node.target.join(" ")).slice(0, 5).join(" | ");
    const text = `[${violation.impact}] ${violation.id} (${violation.nodes.length}): ${targets} — ${violation.helpUrl}`;
    // The lesser findings go to the log, so the audit's whole picture stays visible.
    if (violation.impact && BLOCKING.has(violation.impact)) findings.push({ screen, text });
    else console.log(`${screen}: ${text}`);
  }
}

export const PHONE = { width: 390, height: 844 };
export const DESK = { width: 1280, height: 800 };

/** Audits what is on screen at the phone size and again at the desk size, and returns to the phone. */
export async function auditAtBothSizes(page: Page, screen: string, findings: Finding[]): Promise<void> {
  await page.setViewportSize(PHONE);
  await audit(page, `${screen} (phone)`, findings);
  await page.setViewportSize(DESK);
  await audit(page, `${screen} (desk)`, findings);
  await page.setViewportSize(PHONE);
}

export function report(findings: Finding[]): string {
  return findings.map((finding) => `${finding.screen}: ${finding.text}`).join("\n");
}
