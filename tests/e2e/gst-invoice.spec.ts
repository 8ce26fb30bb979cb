// A GST tax invoice from an order (issue 16, item 1) at a phone's size: the owner fills the GST
// details (a mistyped GSTIN is explained), the buyer orders Rs 50,000, dispatch asks for the
// e-way bill, the supplier makes the invoice (IGST: the buyer is in another state), and the buyer
// opens it from the chat line and the order page.
import { expect, test } from "@playwright/test";
import { gstinCheckCharacter } from "@/lib/gst/gstin";
import { financialYearOf } from "@/lib/gst/financial-year";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

const FIRST14 = "24AAACS1234F1Z";
const GSTIN = FIRST14 + gstinCheckCharacter(FIRST14);
const MISTYPED = FIRST14 + (gstinCheckCharacter(FIRST14) === "A" ? "B" : "A");

test("the owner fills GST details, dispatches with an e-way bill and makes a tax invoice the buyer opens", async ({ browser }) => {
  test.setTimeout(120_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Invoice Silks", buyer: "Pune Traders" });
  const number = `ISK/${financialYearOf(new Date())}/0001`;

  // GST details: a typing mistake in the GSTIN is named and nothing typed is lost.
  await supplier.goto("/settings");
  await supplier.getByRole("link", { name: "GSTIN, address, invoice numbers" }).click();
  await supplier.getByLabel("Legal name").fill("Invoice Silks Private Limited");
  await supplier.getByLabel("Address").fill("Shop 12, Ring Road, Surat 395002");
  await supplier.getByLabel("State").selectOption("24");
  await supplier.getByLabel("GSTIN").fill(MISTYPED.toLowerCase());
  await supplier.getByLabel("Invoice prefix").fill("ISK");
  await supplier.getByRole("button", { name: "Save GST details" }).click();
  await expect(supplier.getByText("The last character of this GSTIN is wrong: check it for a typing mistake.").first()).toBeVisible();
  await expect(supplier.getByLabel("Legal name")).toHaveValue("Invoice Silks Private Limited");
  await supplier.getByLabel("GSTIN").fill(GSTIN);
  await supplier.getByRole("button", { name: "Save GST details" }).click();
  await expect(supplier.getByText("GST details saved. New invoices print them.")).toBeVisible();
  await screenshot(supplier, "gst-details");

  // The buyer orders 5 pieces at Rs 10,000 (18%: above Rs 2,500 a piece).
  await supplier.goto("/chats");
  await supplier.getByRole("link", { name: /Pune Traders/ }).click();
  await postDesigns(supplier, ["10000"]);
  await messageList(buyer).getByRole("button", { name: /^Open D-0001/ }).click();
  await buyer.getByRole("button", { name: "Pick D-0001" }).click();
  const pick = buyer.getByRole("dialog", { name: "Pick D-0001" });
  for (let i = 0; i < 4; i++) await pick.getByRole("button", { name: /^More/ }).click();
  await pick.getByRole("button", { name: /^Add 5 pcs/ }).click();
  await buyer.getByRole("button", { name: /1 design, 5 pcs, Rs 50,000/ }).click();
  await buyer.getByRole("dialog", { name: "Your picks" }).getByRole("button", { name: "Confirm order" }).click();
  const card = messageList(supplier).getByRole("listitem").filter({ hasText: "Order #1001 placed" });
  await card.getByRole("button", { name: "Accept" }).click();
  await expect(messageList(buyer).getByText(/Order #1001 accepted/)).toBeVisible();

  // Dispatch asks for the e-way bill of a Rs 50,000 order.
  await card.getByRole("button", { name: "Dispatch" }).click();
  const dispatch = supplier.getByRole("dialog", { name: "Mark dispatched" });
  await dispatch.getByLabel("Transporter").fill("VRL Logistics");
  await dispatch.getByLabel("LR number").fill("LR-7788");
  await dispatch.getByRole("button", { name: "Mark dispatched" }).click();
  await expect(dispatch.getByRole("alert")).toContainText("An order of Rs 50,000 or more travels with an e-way bill");
  await dispatch.getByLabel(/E-way bill number/).fill("1812 3456 7890");
  await dispatch.getByRole("button", { name: "Mark dispatched" }).click();
  await expect(messageList(buyer).getByText(/dispatched by VRL Logistics, LR LR-7788, 1 parcel, e-way bill 181234567890/)).toBeVisible();

  // The invoice, from the order page: the buyer is in Maharashtra, so IGST.
  await card.getByRole("link", { name: "View order" }).click();
  await supplier.getByRole("link", { name: "Make tax invoice" }).click();
  await supplier.getByLabel("Buyer's legal name").fill("Pune Traders LLP");
  await supplier.getByLabel("Billing address").fill("45 Laxmi Road, Pune 411030");
  await supplier.getByLabel("Buyer's state").selectOption("27");
  await supplier.getByRole("button", { name: "Make tax invoice" }).dblclick();
  const invoice = supplier.getByRole("article", { name: `Tax invoice ${number}` });
  await expect(invoice).toBeVisible();
  await expect(invoice.getByTestId("invoice-total")).toHaveText("Rs 59,000");
  await expect(invoice.getByRole("columnheader", { name: "IGST" })).toBeVisible();
  await expect(invoice.getByRole("columnheader", { name: "CGST" })).toHaveCount(0);
  await expect(invoice).toContainText("Rupees Fifty-Nine Thousand Only");
  await expect(invoice).toContainText("181234567890");
  await expect(invoice).toContainText(`GSTIN: ${GSTIN}`);
  await screenshot(supplier, "gst-invoice-supplier");

  // The buyer gets a line and the invoice's PDF in the chat, and opens the invoice from the order.
  await expect(messageList(buyer).getByText(`Tax invoice ${number} made for order #1001`)).toBeVisible();
  const pdfCard = messageList(buyer).getByRole("link", { name: new RegExp(`^Invoice ${number.replaceAll("/", "-")}\\.pdf 1 page`) });
  await expect(pdfCard).toBeVisible();
  // Make tax invoice was double-tapped: one invoice line, one PDF.
  await expect(messageList(buyer).getByRole("link", { name: /^Invoice ISK-/ })).toHaveCount(1);
  await expect(messageList(buyer).getByText(/^Tax invoice ISK\//)).toHaveCount(1);
  const pdf = await buyer.request.get((await pdfCard.getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await screenshot(buyer, "gst-invoice-pdf-in-chat");
  await buyer.goto("/orders");
  await buyer.getByRole("listitem").filter({ hasText: "#1001" }).getByRole("link").first().click();
  // The order now owes the invoice's total, GST included.
  const summary = buyer.getByRole("region", { name: "Summary" });
  await expect(summary).toContainText("Invoice, with GST");
  await expect(summary).toContainText("Balance");
  await expect(summary).toContainText("Rs 59,000");
  await buyer.getByRole("link", { name: `Tax invoice ${number}` }).click();
  await expect(buyer.getByRole("article", { name: `Tax invoice ${number}` }).getByTestId("invoice-total")).toHaveText("Rs 59,000");
  await expect(buyer.getByRole("button", { name: "Make tax invoice" })).toHaveCount(0);
  await screenshot(buyer, "gst-invoice-buyer");
  await close();
});
