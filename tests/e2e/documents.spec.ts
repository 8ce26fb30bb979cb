// Documents in chat (issue 15, item 5): a supplier sends a PDF price list from the composer's
// paperclip; it shows at once with its progress, and the buyer gets a card with the first page,
// the name, pages and size, which opens the PDF. A file that is not a PDF is refused on its card in
// words a person understands, and nothing reaches the buyer.
import { expect, test } from "@playwright/test";
import { audit, report, type Finding } from "./axe-audit";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";
import { textPdf } from "../support/pdf-files";
import { webpPhoto } from "../support/photo-files";

test("a supplier sends a PDF price list that the buyer opens; a renamed photo is refused", async ({ browser }) => {
  test.setTimeout(120_000);
  const findings: Finding[] = [];
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Paper Prints", buyer: "Docs Traders" });
  await supplier.getByRole("link", { name: /Docs Traders/ }).click();

  const pdf = textPdf("Diwali price list", 3);
  await supplier.getByLabel("Attach a PDF").setInputFiles({ name: "Diwali price list.pdf", mimeType: "application/pdf", buffer: pdf });
  const card = messageList(buyer).getByRole("link", { name: "Diwali price list.pdf 3 pages · 1 KB (PDF, opens in a new tab)" });
  await expect(card).toBeVisible({ timeout: 20_000 });
  await expect(card).toContainText("3 pages · 1 KB");
  // The first page is drawn on the card.
  await expect(card.locator("img")).toHaveJSProperty("complete", true);
  expect(await card.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
  await expect(buyer.getByText("📄 Diwali price list.pdf")).toHaveCount(0); // the card, not a text line
  await screenshot(buyer, "document-received");
  await audit(buyer, "a document in the chat", findings);

  // Opening: a new tab with the PDF itself, the very bytes that were sent, under its name.
  await expect(card).toHaveAttribute("target", "_blank");
  const href = (await card.getAttribute("href"))!;
  const response = await buyer.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain("Diwali%20price%20list.pdf");
  // Its own policy, which lets the browser's PDF viewer draw it (the site's would block it).
  expect(response.headers()["content-security-policy"]).toBe("object-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  expect(Buffer.from(await response.body()).equals(pdf)).toBe(true);
  // Signed out, the file is as missing as one that never existed.
  const stranger = await browser.newContext();
  expect((await stranger.request.get(new URL(href, buyer.url()).toString())).status()).toBe(404);
  await stranger.close();

  // A photo renamed to .pdf: refused on its card, with the server's reason; dismissing clears it.
  await supplier.getByLabel("Attach a PDF").setInputFiles({ name: "rates.pdf", mimeType: "application/pdf", buffer: await webpPhoto() });
  const refused = supplier.getByRole("list", { name: "Documents sending" }).getByRole("listitem");
  await expect(refused.getByRole("alert")).toHaveText("This file is not a PDF. Send a PDF file (price list, report).");
  await screenshot(supplier, "document-refused");
  await refused.getByRole("button", { name: "Dismiss" }).click();
  await expect(refused).toHaveCount(0);
  await expect(messageList(buyer).getByRole("link", { name: /rates\.pdf/ })).toHaveCount(0);

  expect(findings, report(findings)).toEqual([]);
  await close();
});
