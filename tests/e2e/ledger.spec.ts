// The credit ledger (issue 16, item 2) at a phone's size: the buyer owes for an accepted order,
// the supplier records part of it, opens the buyer's statement from the chat and sends a payment
// reminder; the buyer sees it in the chat as a "Pay" button with a upi://pay link for what is
// due, with its QR code, and opens their own statement with the same closing balance. Then a
// credit limit makes the next accept ask first, and the Dues page ages what is owed.
import { expect, test } from "@playwright/test";
import { messageList, screenshot, supplierAndBuyerInConversation } from "./helpers";
import { postDesigns } from "./post-designs-helper";

test("a supplier sends a payment reminder with a UPI link and QR; both sides read the same statement", async ({ browser }) => {
  test.setTimeout(120_000);
  const { supplier, buyer, close } = await supplierAndBuyerInConversation(browser, { business: "Ledger Silks", buyer: "Rajkot Traders" });

  // No GST details needed: a UPI ID in Settings, Payments (a mistyped one is explained).
  await supplier.goto("/settings");
  await supplier.getByRole("link", { name: "UPI ID for payment reminders" }).click();
  await supplier.getByLabel("UPI ID").fill("ledger silks@okaxis");
  await supplier.getByRole("button", { name: "Save UPI ID" }).click();
  await expect(supplier.getByText("Enter the UPI ID as your UPI app shows it, like shop@okaxis.")).toBeVisible();
  await supplier.getByLabel("UPI ID").fill("ledgersilks@okaxis");
  await supplier.getByRole("button", { name: "Save UPI ID" }).click();
  await expect(supplier.getByText("Saved. Reminders ask buyers to pay ledgersilks@okaxis.")).toBeVisible();

  // An order of 4 pieces at Rs 1,500, accepted; Rs 2,000 of its Rs 6,000 paid.
  await supplier.goto("/chats");
  await supplier.getByRole("link", { name: /Rajkot Traders/ }).click();
  await postDesigns(supplier, ["1500"]);
  await messageList(buyer).getByRole("button", { name: /^Open D-0001/ }).click();
  await buyer.getByRole("button", { name: "Pick D-0001" }).click();
  const pick = buyer.getByRole("dialog", { name: "Pick D-0001" });
  for (let i = 0; i < 3; i++) await pick.getByRole("button", { name: /^More/ }).click();
  await pick.getByRole("button", { name: /^Add 4 pcs/ }).click();
  await buyer.getByRole("button", { name: /1 design, 4 pcs, Rs 6,000/ }).click();
  await buyer.getByRole("dialog", { name: "Your picks" }).getByRole("button", { name: "Confirm order" }).click();
  const card = messageList(supplier).getByRole("listitem").filter({ hasText: "Order #1001 placed" });
  await card.getByRole("button", { name: "Accept" }).click();
  await expect(messageList(buyer).getByText(/Order #1001 accepted/)).toBeVisible();
  await card.getByRole("button", { name: "Payment received" }).click();
  const payment = supplier.getByRole("dialog", { name: "Record payment" });
  await payment.getByLabel("Amount (Rs)").fill("2000");
  await payment.getByRole("button", { name: "Record payment" }).click();
  await expect(messageList(buyer).getByText(/payment of Rs 2,000 received/)).toBeVisible();

  // The supplier's statement of this buyer, from the chat's "More" menu.
  await supplier.getByRole("button", { name: "More", exact: true }).click();
  await supplier.getByRole("dialog", { name: "More" }).getByRole("link", { name: /^Statement/ }).click();
  await expect(supplier.getByRole("heading", { name: "Statement of account" })).toBeVisible();
  await expect(supplier.getByTestId("closing-balance")).toHaveText("Rs 4,000 due");
  const entries = supplier.getByRole("list", { name: "Orders and payments" }).getByRole("listitem");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText("Order #1001");
  await expect(entries.nth(1)).toContainText("Payment for #1001");
  const csv = await supplier.request.get(`${new URL(supplier.url()).pathname}/csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(",Closing balance,,,6000,2000,4000");
  await screenshot(supplier, "ledger-statement-supplier");

  // One tap (a second tap cannot send it twice), and the buyer has it in the chat.
  const send = supplier.getByRole("button", { name: "Send payment reminder" });
  await send.dblclick();
  await expect(supplier.getByText("Reminder sent: Rs 4,000 due, with a UPI link and QR code.")).toBeVisible();
  const reminder = messageList(buyer).getByRole("listitem").filter({ hasText: "Payment reminder from Ledger Silks" });
  await expect(reminder).toHaveCount(1);
  const pay = reminder.getByRole("link", { name: "Pay Rs 4,000 to ledgersilks@okaxis" });
  await expect(pay).toBeVisible();
  const href = await pay.getAttribute("href");
  expect(href).toBe("upi://pay?pa=ledgersilks%40okaxis&pn=Ledger%20Silks&am=4000.00&cu=INR&tn=Order%201001");
  // The QR code: a photo in the same message, loaded (a tap opens it full screen to scan).
  const qr = reminder.getByRole("button", { name: "Open photo 1 of 1" }).locator("img");
  await expect(qr).toBeVisible();
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await screenshot(buyer, "ledger-reminder-buyer");

  // The buyer's own statement says the same.
  await buyer.getByRole("button", { name: "More", exact: true }).click();
  await buyer.getByRole("dialog", { name: "More" }).getByRole("link", { name: /^Statement/ }).click();
  await expect(buyer.getByTestId("closing-balance")).toHaveText("Rs 4,000 due");
  await expect(buyer.getByRole("button", { name: "Send payment reminder" })).toHaveCount(0);
  await screenshot(buyer, "ledger-statement-buyer");

  // The owner sets a credit limit of Rs 5,000; the next order (Rs 1,500) would take the buyer to
  // Rs 5,500, so accepting it asks first.
  await supplier.getByLabel("Credit limit (Rs)").fill("5,000");
  await supplier.getByRole("button", { name: "Save credit limit" }).click();
  await expect(supplier.getByText("Credit limit saved: Rs 5,000.")).toBeVisible();
  await buyer.getByRole("link", { name: "Back to the chat" }).click();
  await messageList(buyer).getByRole("button", { name: /^Open D-0001/ }).first().click();
  await buyer.getByRole("button", { name: "Pick D-0001" }).click();
  await buyer.getByRole("dialog", { name: "Pick D-0001" }).getByRole("button", { name: /^Add 1 pc/ }).click();
  await buyer.getByRole("button", { name: /1 design, 1 pc, Rs 1,500/ }).click();
  await buyer.getByRole("dialog", { name: "Your picks" }).getByRole("button", { name: "Confirm order" }).click();
  await supplier.getByRole("link", { name: "Back to the chat" }).click();
  const second = messageList(supplier).getByRole("listitem").filter({ hasText: "Order #1002 placed" });
  await second.getByRole("button", { name: "Accept" }).click();
  await expect(second.getByRole("alert")).toContainText("Rajkot Traders owes Rs 4,000; with this order it is Rs 5,500, above their credit limit of Rs 5,000.");
  await screenshot(supplier, "ledger-credit-limit-warning");
  await second.getByRole("button", { name: "Accept anyway" }).click();
  await expect(messageList(buyer).getByText(/Order #1002 accepted/)).toBeVisible();

  // Dues: what each buyer owes, by age.
  await supplier.goto("/orders");
  await supplier.getByRole("link", { name: "Dues" }).click();
  const row = supplier.getByRole("list", { name: "Buyers with dues" }).getByRole("listitem");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Rajkot Traders");
  await expect(row).toContainText("Rs 5,500");
  await expect(row).toContainText("above credit limit Rs 5,000");
  await screenshot(supplier, "ledger-dues");

  // The buyer's My orders says what they owe each supplier, and opens the statement.
  await buyer.goto("/orders");
  const account = buyer.getByRole("region", { name: "Your account with each supplier" });
  await expect(account.getByRole("link", { name: /Ledger Silks\s*Rs 5,500 due/ })).toBeVisible();
  await account.getByRole("link", { name: /Ledger Silks/ }).click();
  await expect(buyer.getByTestId("closing-balance")).toHaveText("Rs 5,500 due");
  await close();
});
