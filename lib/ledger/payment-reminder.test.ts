// The reminder's text in the buyer's language: English as it always read, and in Hindi and Gujarati
// the same amount, orders and link, the link on a line of its own (the chat makes it tappable).
import { describe, expect, it } from "vitest";
import { reminderText } from "./payment-reminder";

const link = "upi://pay?pa=shop%40okaxis&pn=Ledger%20Silks&am=590.00&cu=INR&tn=Orders%20%231042";

describe("a payment reminder's text", () => {
  it("reads in English as before, for no order, one order and several", () => {
    expect(reminderText("Ledger Silks", 59_000, [1042], link)).toBe(`Payment reminder from Ledger Silks: Rs 590 is due for order #1042.\nPay by UPI:\n${link}\nOr scan the QR code with any UPI app.`);
    expect(reminderText("Ledger Silks", 59_000, [1042, 1043], link, "en")).toMatch(/^Payment reminder from Ledger Silks: Rs 590 is due for orders #1042, #1043\.\n/);
    expect(reminderText("Ledger Silks", 59_000, [], link, "en")).toMatch(/^Payment reminder from Ledger Silks: Rs 590 is due\.\n/);
  });

  it.each([
    ["hi", /[\u0900-\u097F]/],
    ["gu", /[\u0A80-\u0AFF]/],
  ] as const)("is written in %s with the same amount, orders and link", (locale, script) => {
    const text = reminderText("Ledger Silks", 1_23_456_50, [1042, 1043], link, locale);
    expect(text).toMatch(script);
    expect(text).toContain("Rs 1,23,456.50");
    expect(text).toContain("#1042, #1043");
    expect(text.split("\n")).toContain(link);
    expect(text).not.toMatch(/Payment reminder|is due|Pay by/);
  });
});
