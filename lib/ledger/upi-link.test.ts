import { describe, expect, it } from "vitest";
import { ordersNote, UPI_NOTE_MAX, upiPayLink } from "./upi-link";

describe("upiPayLink", () => {
  it("writes payee, name, amount in rupees with paise, currency and note, each encoded", () => {
    const link = upiPayLink({ upiId: "shree.sai@okaxis", payeeName: "Shree Sai Textiles (Surat)", amountPaise: 1_234_50, note: "Orders 1042 1043" });
    expect(link).toBe("upi://pay?pa=shree.sai%40okaxis&pn=Shree%20Sai%20Textiles%20%28Surat%29&am=1234.50&cu=INR&tn=Orders%201042%201043");
    const params = new URL(link).searchParams;
    expect(Object.fromEntries(params)).toEqual({ pa: "shree.sai@okaxis", pn: "Shree Sai Textiles (Surat)", am: "1234.50", cu: "INR", tn: "Orders 1042 1043" });
  });

  it("keeps names in Gujarati and an & in the name from breaking the link", () => {
    const params = new URL(upiPayLink({ upiId: "a@ybl", payeeName: "શ્રી સાંઈ & Co", amountPaise: 5, note: "x" })).searchParams;
    expect(params.get("pn")).toBe("શ્રી સાંઈ & Co");
    expect(params.get("am")).toBe("0.05");
  });

  it("refuses a zero, negative or fractional amount", () => {
    for (const amountPaise of [0, -100, 10.5]) expect(() => upiPayLink({ upiId: "a@ybl", payeeName: "A", amountPaise, note: "" })).toThrow();
  });
});

describe("ordersNote", () => {
  it("names one order or several, lowest first", () => {
    expect(ordersNote([1042])).toBe("Order 1042");
    expect(ordersNote([1051, 1042, 1043])).toBe("Orders 1042 1043 1051");
  });

  it("fits the note limit however many orders are due, saying how many it left out", () => {
    for (let count = 1; count <= 40; count++) {
      const numbers = Array.from({ length: count }, (_, i) => 100_000 + i);
      const note = ordersNote(numbers);
      expect(note.length).toBeLessThanOrEqual(UPI_NOTE_MAX);
      const shown = note.match(/\d{6}/g) ?? [];
      const more = Number(note.match(/\+(\d+) more$/)?.[1] ?? 0);
      expect(shown.length + more).toBe(count);
    }
  });
});
